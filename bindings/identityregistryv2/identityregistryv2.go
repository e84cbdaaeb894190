// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package identityregistryv2

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// IdentityRegistryIdentity is an auto generated low-level Go binding around an user-defined struct.
type IdentityRegistryIdentity struct {
	InvestorId [32]byte
	Country    uint16
	Expiry     uint64
	Flags      *big.Int
	Registered bool
}

// IdentityRegistryV2MetaData contains all meta data concerning the IdentityRegistryV2 contract.
var IdentityRegistryV2MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"CategoryExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"IdentityAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"IdentityNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"}],\"name\":\"InvalidCategory\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"InvalidCountry\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInvestorId\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidUpgrader\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidWallet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"NotSupported\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"WalletBoundToOtherInvestor\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"accreditation\",\"type\":\"bytes32\"}],\"name\":\"AccreditationSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AgentAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AgentRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"}],\"name\":\"CategoryCleared\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"proof\",\"type\":\"bytes32\"}],\"name\":\"CategorySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"CountryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"ExpiryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"}],\"name\":\"FlagsUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"}],\"name\":\"IdentityRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"IdentityRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRAR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"accreditationOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"addAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"anchorOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"wallets\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"identities\",\"type\":\"address[]\"},{\"internalType\":\"uint16[]\",\"name\":\"countries\",\"type\":\"uint16[]\"}],\"name\":\"batchRegisterIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"wallets\",\"type\":\"address[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"investorIds\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint16[]\",\"name\":\"countries\",\"type\":\"uint16[]\"},{\"internalType\":\"uint64[]\",\"name\":\"expiries\",\"type\":\"uint64[]\"},{\"internalType\":\"uint256[]\",\"name\":\"flags\",\"type\":\"uint256[]\"}],\"name\":\"batchRegisterIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"boundInvestorOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"}],\"name\":\"categoryOf\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"held\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"proof\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"contains\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"deleteIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"expireCategories\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"identity\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"identityOf\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"}],\"internalType\":\"structIdentityRegistry.Identity\",\"name\":\"id\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"identityStorage\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"upgrader\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"investorCountry\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"investorOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"isAgent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"isVerified\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"issuersRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"linkedIdentityRegistries\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"registries\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"record\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"records\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"fromRecord\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toRecord\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"identity_\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"registerIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"}],\"name\":\"registerIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"removeAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"}],\"name\":\"revokeCategory\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"accreditation\",\"type\":\"bytes32\"}],\"name\":\"setAccreditation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"proof\",\"type\":\"bytes32\"}],\"name\":\"setCategory\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"setClaimTopicsRegistry\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"setIdentityRegistryStorage\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"setTrustedIssuersRegistry\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"storedIdentity\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"storedInvestorCountry\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"topicsRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"updateCountry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"updateExpiry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"}],\"name\":\"updateFlags\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"identity_\",\"type\":\"address\"}],\"name\":\"updateIdentity\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"walletCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "IdentityRegistryV2",
	Bin: "0x60a060405230608052348015610013575f5ffd5b5061001c610021565b6100d3565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100715760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d05780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b608051612d886100f95f395f818161223b0152818161226401526123b40152612d885ff3fe6080604052600436106102d9575f3560e01c80637e42683b11610189578063b9209e33116100d8578063e452bb7111610092578063f0eb5e541161006d578063f0eb5e5414610916578063f11abfd814610935578063f68e955314610947578063f72c0d8b14610967575f5ffd5b8063e452bb71146108d8578063e744d7891461059c578063ed7960a9146108f7575f5ffd5b8063b9209e33146107cc578063bf9eb959146107eb578063c63456261461080c578063cf4ff9011461087b578063d547741f1461089a578063d89ac237146108b9575f5ffd5b80639b2c949011610143578063a8d29d1d1161011e578063a8d29d1d14610751578063ad3cb1cc14610770578063b4f3fcb714610438578063b70efaa1146107ad575f5ffd5b80639b2c9490146106db5780639ee38db2146106fa578063a217fddf1461073e575f5ffd5b80637e42683b1461060c57806384e798421461062b578063853ea8531461064a5780638e098ca11461067e57806391d148541461069d57806397a6278e146106bc575f5ffd5b8063417513ea1161024557806352d1902d116101ff578063653dc9f1116101da578063653dc9f11461057d578063670af6a91461059c578063727e13bc146105bb5780637988d3a5146105ed575f5ffd5b806352d1902d1461052b5780635624181c1461053f5780635dbe47e81461055e575f5ffd5b8063417513ea1461047d578063454a03e01461049c578063458858ed146104bb578063485cc955146104da5780634dffeb69146104f95780634f1ef28614610518575f5ffd5b80633465d6d5116102965780633465d6d5146103bc57806335cffc95146103db57806336568abe146103fa5780633b239a7f146104195780633b3e12f41461043857806340b598411461045e575f5ffd5b806301ffc9a7146102dd5780631ffbb06414610311578063248a9ca31461033057806326d941ae1461035d5780632cc000ee1461037e5780632f2ff15d1461039d575b5f5ffd5b3480156102e8575f5ffd5b506102fc6102f73660046126bb565b610987565b60405190151581526020015b60405180910390f35b34801561031c575f5ffd5b506102fc61032b3660046126f8565b6109bd565b34801561033b575f5ffd5b5061034f61034a366004612711565b6109d5565b604051908152602001610308565b348015610368575f5ffd5b5061037c6103773660046126f8565b6109f5565b005b348015610389575f5ffd5b5061037c610398366004612728565b610a54565b3480156103a8575f5ffd5b5061037c6103b7366004612750565b610adf565b3480156103c7575f5ffd5b5061034f6103d63660046126f8565b610b01565b3480156103e6575f5ffd5b5061037c6103f5366004612728565b610b28565b348015610405575f5ffd5b5061037c610414366004612750565b610be8565b348015610424575f5ffd5b5061037c61043336600461278b565b610c20565b348015610443575f5ffd5b505f5b6040516001600160a01b039091168152602001610308565b348015610469575f5ffd5b5061037c6104783660046127d9565b610cb9565b348015610488575f5ffd5b5061034f6104973660046126f8565b610eda565b3480156104a7575f5ffd5b5061037c6104b6366004612821565b610f92565b3480156104c6575f5ffd5b5061037c6104d5366004612861565b610fc6565b3480156104e5575f5ffd5b5061037c6104f4366004612889565b61101a565b348015610504575f5ffd5b5061034f6105133660046126f8565b611113565b61037c6105263660046128c5565b611176565b348015610536575f5ffd5b5061034f611195565b34801561054a575f5ffd5b5061034f6105593660046126f8565b6111b0565b348015610569575f5ffd5b506102fc6105783660046126f8565b6111d7565b348015610588575f5ffd5b5061037c6105973660046129c6565b61120b565b3480156105a7575f5ffd5b5061037c6105b63660046126f8565b611305565b3480156105c6575f5ffd5b506105da6105d53660046126f8565b61136d565b60405161ffff9091168152602001610308565b3480156105f8575f5ffd5b506104466106073660046126f8565b611377565b348015610617575f5ffd5b506105da6106263660046126f8565b611381565b348015610636575f5ffd5b5061037c6106453660046126f8565b6113bc565b348015610655575f5ffd5b50610669610664366004612889565b61142e565b60408051928352602083019190915201610308565b348015610689575f5ffd5b5061037c610698366004612889565b61147f565b3480156106a8575f5ffd5b506102fc6106b7366004612750565b61150b565b3480156106c7575f5ffd5b5061037c6106d63660046126f8565b611541565b3480156106e6575f5ffd5b5061034f6106f53660046126f8565b6115b3565b348015610705575f5ffd5b50610719610714366004612861565b6115fa565b6040805193151584526001600160401b03909216602084015290820152606001610308565b348015610749575f5ffd5b5061034f5f81565b34801561075c575f5ffd5b5061037c61076b3660046126f8565b6116f8565b34801561077b575f5ffd5b506107a0604051806040016040528060058152602001640352e302e360dc1b81525081565b6040516103089190612a62565b3480156107b8575f5ffd5b5061034f6107c7366004612711565b6117e1565b3480156107d7575f5ffd5b506102fc6107e63660046126f8565b6117fd565b3480156107f6575f5ffd5b506107ff611849565b6040516103089190612a97565b348015610817575f5ffd5b5061082b6108263660046126f8565b6118a1565b60405161030891905f60a0820190508251825261ffff60208401511660208301526001600160401b0360408401511660408301526060830151606083015260808301511515608083015292915050565b348015610886575f5ffd5b50610446610895366004612711565b61197f565b3480156108a5575f5ffd5b5061037c6108b4366004612750565b6119a4565b3480156108c4575f5ffd5b5061037c6108d3366004612ae2565b6119c0565b3480156108e3575f5ffd5b5061037c6108f2366004612bdd565b611aee565b348015610902575f5ffd5b5061037c610911366004612c2e565b611b1a565b348015610921575f5ffd5b506104466109303660046126f8565b611bba565b348015610940575f5ffd5b5030610446565b348015610952575f5ffd5b5061034f5f516020612d335f395f51905f5281565b348015610972575f5ffd5b5061034f5f516020612cd35f395f51905f5281565b5f6001600160e01b03198216637965db0b60e01b14806109b757506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f6109b75f516020612d335f395f51905f528361150b565b5f9081525f516020612d135f395f51905f52602052604090206001015490565b60405163329e2f1560e01b815260206004820152602860248201527f74686520726567697374727920697320697473206f776e206964656e746974796044820152672073746f7261676560c01b60648201526084015b60405180910390fd5b5f516020612d335f395f51905f52610a6b81611bf9565b817faab4d834527db0ba3a4be7998c716d39d613e2f6d4194e4060103d6990f27b006001600160a01b0385165f81815260209283526040908190209390935591518481527fbbef0e5a1ae1bc77ee9413bf3aa90ab30009350de4f1766775bbb65d78431cf5910160405180910390a2505050565b610ae8826109d5565b610af181611bf9565b610afb8383611c06565b50505050565b5f610b0a611cae565b6001600160a01b039092165f90815260209290925250604090205490565b5f516020612d335f395f51905f52610b3f81611bf9565b5f610b4984611cd2565b905060ff60f01b19811660ff60f01b60f085901b1617610b67611cae565b6001600160a01b0386165f908152602091909152604090205582610b89611cae565b6001600160a01b0386165f81815260019290920160205260409182902092909255517f574959d1bb248adc499e2a482ce35522e2c6ae685397f0a5446caf9499280add90610bda9086815260200190565b60405180910390a250505050565b6001600160a01b0381163314610c115760405163334bd91960e11b815260040160405180910390fd5b610c1b8282611d2c565b505050565b5f516020612d335f395f51905f52610c3781611bf9565b610c4082611da5565b5f610c4a84611cd2565b905061ffff60a01b19811661ffff60a01b60a085901b1617610c6a611cae565b6001600160a01b0386165f818152602092909252604080832093909355915161ffff861692917f04ed3b726495c2dca1ff1215d9ca54e1a4030abb5e82b0f6ce55702416cee85391a350505050565b5f516020612d335f395f51905f52610cd081611bf9565b60078460ff161115610cfa5760405163e4e866a960e01b815260ff85166004820152602401610a4b565b42836001600160401b031611610d465760405163685e2c7360e01b81526001600160a01b038616600482015260ff851660248201526001600160401b0384166044820152606401610a4b565b5f610d5086611cd2565b9050600160ff86161b60f081901b8217610d68611cae565b6001600160a01b0389165f908152602091909152604090205580610d8a611cae565b6001600160a01b0389165f9081526001919091016020908152604091829020805490931790925580518082019091526001600160401b0387168152908101859052610dd3611cae565b6001600160a01b0389165f8181526005929092016020908152604080842060ff8c16808652908352938190208551815467ffffffffffffffff19166001600160401b03918216178255958301516001909101558051948a168552908401889052919290917f772ad8cdd62699c4cbbc43709af7782701177096d6047d15e507f4cfb26281bc910160405180910390a3866001600160a01b03167f574959d1bb248adc499e2a482ce35522e2c6ae685397f0a5446caf9499280add610e95611cae565b6001015f8a6001600160a01b03166001600160a01b031681526020019081526020015f2054604051610ec991815260200190565b60405180910390a250505050505050565b5f5f610ee583611cd2565b90505f5b60088160ff161015610f67575f610efe611cae565b6001600160a01b0386165f9081526005919091016020908152604080832060ff861684529091529020546001600160401b031690508015801590610f4b575042816001600160401b031611155b15610f5e57610f5b858484611ddf565b92505b50600101610ee9565b50610f70611cae565b6001600160a01b039093165f9081526001939093016020525050604090205490565b5f516020612d335f395f51905f52610fa981611bf9565b610afb846001600160a01b038516846001600160401b035f611f26565b5f516020612d335f395f51905f52610fdd81611bf9565b60078260ff1611156110075760405163e4e866a960e01b815260ff83166004820152602401610a4b565b610afb8361101485611cd2565b84611ddf565b5f611023612198565b805490915060ff600160401b82041615906001600160401b03165f811580156110495750825b90505f826001600160401b031660011480156110645750303b155b905081158015611072575080155b156110905760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff1916600117855583156110ba57845460ff60401b1916600160401b1785555b6110c487876121c0565b831561110a57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050565b5f5f61111d611cae565b6001600160a01b0384165f90815260209190915260409020549050600160ff1b81161561116d5761114c611cae565b6001600160a01b0382165f908152600291909101602052604090205461116f565b5f5b9392505050565b61117e612230565b611187826122d6565b61119182826122ed565b5050565b5f61119e6123a9565b505f516020612cf35f395f51905f5290565b5f7faab4d834527db0ba3a4be7998c716d39d613e2f6d4194e4060103d6990f27b00610b0a565b5f600160ff1b6111e5611cae565b6001600160a01b039093165f908152602093909352604090922054919091161515919050565b5f516020612d335f395f51905f5261122281611bf9565b8584811415806112325750828114155b15611253576040516001621398b960e31b0319815260040160405180910390fd5b5f5b818110156112fa576112f289898381811061127257611272612c56565b905060200201602081019061128791906126f8565b6112bd89898581811061129c5761129c612c56565b90506020020160208101906112b191906126f8565b6001600160a01b031690565b8787858181106112cf576112cf612c56565b90506020020160208101906112e49190612c6a565b6001600160401b035f611f26565b600101611255565b505050505050505050565b60405163329e2f1560e01b815260206004820152603660248201527f766572696669636174696f6e20697320746865207265676973747261722773206044820152754b5943207265636f72642c206e6f7420636c61696d7360501b6064820152608401610a4b565b5f6109b782611381565b5f6109b782611bba565b5f5f61138b611cae565b6001600160a01b0384165f90815260209190915260409020549050600160ff1b81161561116d5760a081901c61116f565b6113d25f516020612d335f395f51905f526109d5565b6113db81611bf9565b6113f25f516020612d335f395f51905f5283611c06565b15611191576040516001600160a01b038316907ff68e73cec97f2d70aa641fb26e87a4383686e2efacb648f2165aeb02ac562ec5905f90a25050565b5f5f611438611cae565b6001600160a01b0385165f9081526020919091526040902054611459611cae565b6001600160a01b0385165f908152602091909152604090205490925090505b9250929050565b5f516020612d335f395f51905f5261149681611bf9565b5f6114a084611cd2565b90506114ab816123f2565b6001600160a01b0316836001600160a01b031614610afb57836114cc611cae565b6001600160a01b038084165f9081526002929092016020526040918290205491516389673d9b60e01b8152921660048301526024820152604401610a4b565b5f9182525f516020612d135f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6115575f516020612d335f395f51905f526109d5565b61156081611bf9565b6115775f516020612d335f395f51905f5283611d2c565b15611191576040516001600160a01b038316907fed9c8ad8d5a0a66898ea49d2956929c93ae2e8bd50281b2ed897c5d1a6737e0b905f90a25050565b5f6115bc611cae565b6002015f6115c8611cae565b6001600160a01b039485165f908152602091825260408082205490961683529082019290925290920190912054919050565b5f5f5f60078460ff16111561161657505f9150819050806116f1565b5f61161f611cae565b6001600160a01b0387165f9081526005919091016020908152604080832060ff891684528252808320815180830190925280546001600160401b0316825260010154918101919091529150611672611cae565b6001600160a01b0388165f90815260209190915260409020549050600160ff1b8116158015906116b557506116ab60ff871660f0612c83565b81901c6001165f14155b80156116de575081516001600160401b031615806116de575042825f01516001600160401b0316115b8251602090930151909550919350909150505b9250925092565b5f516020612d335f395f51905f5261170f81611bf9565b5f61171983611cd2565b90505f611724611cae565b6001600160a01b0383165f818152600292909201602052604090912054915061174b611cae565b6001600160a01b0386165f908152602091909152604090205561176c611cae565b6001600160a01b0385165f9081526001919091016020526040812055611790611cae565b5f828152600491909101602052604080822080545f190190555182916001600160a01b038716917f40aa168fb32e6506340b1fafe2f08cfea604dce75057a2366b4074e0e55400a19190a350505050565b5f6117ea611cae565b5f92835260040160205250604090205490565b5f5f611807611cae565b6001600160a01b0384165f90815260209190915260409020549050600160ff1b81161580159061116f57504260b082901c6001600160401b0316119392505050565b6040805160018082528183019092526060916020808301908036833701905050905030815f8151811061187e5761187e612c56565b60200260200101906001600160a01b031690816001600160a01b03168152505090565b6040805160a0810182525f808252602082018190529181018290526060810182905260808101829052906118d3611cae565b6001600160a01b0384165f90815260209190915260408120549150600160ff1b821690036119015750919050565b611909611cae565b6001600160a01b0382165f908152600291909101602090815260409182902054845261ffff60a084901c16908401526001600160401b0360b083901c1690830152611952611cae565b6001600160a01b039093165f90815260019384016020526040902054606083015250608081019190915290565b5f611988611cae565b5f9283526003016020525060409020546001600160a01b031690565b6119ad826109d5565b6119b681611bf9565b610afb8383611d2c565b5f516020612d335f395f51905f526119d781611bf9565b8988811415806119e75750868114155b806119f25750848114155b806119fd5750828114155b15611a1e576040516001621398b960e31b0319815260040160405180910390fd5b5f5b81811015611adf57611ad78d8d83818110611a3d57611a3d612c56565b9050602002016020810190611a5291906126f8565b8c8c84818110611a6457611a64612c56565b905060200201358b8b85818110611a7d57611a7d612c56565b9050602002016020810190611a929190612c6a565b8a8a86818110611aa457611aa4612c56565b9050602002016020810190611ab99190612ca2565b898987818110611acb57611acb612c56565b90506020020135611f26565b600101611a20565b50505050505050505050505050565b5f516020612d335f395f51905f52611b0581611bf9565b611b128686868686611f26565b505050505050565b5f516020612d335f395f51905f52611b3181611bf9565b5f611b3b84611cd2565b905067ffffffffffffffff60b01b19811667ffffffffffffffff60b01b60b085901b1617611b67611cae565b6001600160a01b0386165f81815260209283526040908190209390935591516001600160401b03861681527f46728201bfafbc6f22db54cd99fafc271caa16238feb1085a47509a200f370229101610bda565b5f5f611bc4611cae565b6001600160a01b0384165f90815260209190915260409020549050600160ff1b81161561116d57611bf4816123f2565b61116f565b611c038133612435565b50565b5f5f516020612d135f395f51905f52611c1f848461150b565b611c9e575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055611c543390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a460019150506109b7565b5f9150506109b7565b5092915050565b7f94548e4ef8a1a64abf25138c2ff3ec41db61dd346b9c1962088585aa7d1df80090565b5f611cdb611cae565b6001600160a01b0383165f90815260209190915260408120549150600160ff1b82169003611d275760405163fa9b64eb60e01b81526001600160a01b0383166004820152602401610a4b565b919050565b5f5f516020612d135f395f51905f52611d45848461150b565b15611c9e575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a460019150506109b7565b61ffff81161580611dbb57506103e78161ffff16115b15611c0357604051634cb928b760e01b815261ffff82166004820152602401610a4b565b600160ff82161b60f081901b1992909216915f9083611dfc611cae565b6001600160a01b0387165f90815260209190915260409020558019611e1f611cae565b6001600160a01b0387165f9081526001919091016020526040902080549091169055611e49611cae565b6001600160a01b0386165f8181526005929092016020908152604080842060ff88168086529252808420805467ffffffffffffffff191681556001018490555190927f2ef3780a45d6ddf8b517799ad7a95bbb87352e0439066dda23b54324d90f5df391a3846001600160a01b03167f574959d1bb248adc499e2a482ce35522e2c6ae685397f0a5446caf9499280add611ee1611cae565b6001015f886001600160a01b03166001600160a01b031681526020019081526020015f2054604051611f1591815260200190565b60405180910390a250919392505050565b6001600160a01b038516611f4d576040516323455ba160e01b815260040160405180910390fd5b83611f6b576040516392a2a5bd60e01b815260040160405180910390fd5b611f7483611da5565b5f611f7d611cae565b6001600160a01b0387165f90815260209190915260409020549050600160ff1b811615611fc8576040516345052f4560e01b81526001600160a01b0387166004820152602401610a4b565b806001600160a01b03811661206657611fdf611cae565b5f87815260039190910160205260409020546001600160a01b03169050806120615750858061200c611cae565b5f8881526003919091016020526040902080546001600160a01b0319166001600160a01b039290921691909117905585612044611cae565b6001600160a01b0389165f90815260029190910160205260409020555b612099565b8561206f611cae565b6001600160a01b0383165f90815260029190910160205260409020541461209957866114cc611cae565b600160ff1b60f08460ff16901b60b0866001600160401b0316901b60a08861ffff16901b846001600160a01b0316171717176120d3611cae565b6001600160a01b0389165f9081526020919091526040902055826120f5611cae565b6001600160a01b0389165f9081526001919091016020526040902055612119611cae565b5f878152600491909101602090815260409182902080546001019055815161ffff881681526001600160401b0387169181019190915290810184905286906001600160a01b038916907f76e9ee73259d54c015571008c9c830065ab269ab7aafa4a81d48179d09fdebfb9060600160405180910390a350505050505050565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a006109b7565b6121c861246e565b6121d0612493565b6001600160a01b0381166121f7576040516349e1399360e11b815260040160405180910390fd5b6122015f83611c06565b506122195f516020612cd35f395f51905f528061249b565b610c1b5f516020612cd35f395f51905f5282611c06565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614806122b657507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166122aa5f516020612cf35f395f51905f52546001600160a01b031690565b6001600160a01b031614155b156122d45760405163703e46dd60e11b815260040160405180910390fd5b565b5f516020612cd35f395f51905f5261119181611bf9565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015612347575060408051601f3d908101601f1916820190925261234491810190612cbb565b60015b61236f57604051634c9c8ce360e01b81526001600160a01b0383166004820152602401610a4b565b5f516020612cf35f395f51905f52811461239f57604051632a87526960e21b815260048101829052602401610a4b565b610c1b83836124fb565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146122d45760405163703e46dd60e11b815260040160405180910390fd5b5f81816123fd611cae565b6001600160a01b0383165f9081526002919091016020526040902054905060a081901c1561242b578161242d565b805b949350505050565b61243f828261150b565b6111915760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610a4b565b612476612550565b6122d457604051631afcd79f60e31b815260040160405180910390fd5b6122d461246e565b5f516020612d135f395f51905f525f6124b3846109d5565b5f85815260208490526040808220600101869055519192508491839187917fbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff9190a450505050565b61250482612569565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a280511561254857610c1b82826125cc565b611191612665565b5f612559612198565b54600160401b900460ff16919050565b806001600160a01b03163b5f0361259e57604051634c9c8ce360e01b81526001600160a01b0382166004820152602401610a4b565b5f516020612cf35f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f6125d98484612684565b90508080156125fa57505f3d11806125fa57505f846001600160a01b03163b115b1561260f57612607612697565b9150506109b7565b801561263957604051639996b31560e01b81526001600160a01b0385166004820152602401610a4b565b3d1561264c576126476126b0565b611ca7565b60405163d6bda27560e01b815260040160405180910390fd5b34156122d45760405163b398979f60e01b815260040160405180910390fd5b5f5f5f835160208501865af49392505050565b6040513d81523d5f602083013e3d602001810160405290565b6040513d5f823e3d81fd5b5f602082840312156126cb575f5ffd5b81356001600160e01b03198116811461116f575f5ffd5b80356001600160a01b0381168114611d27575f5ffd5b5f60208284031215612708575f5ffd5b61116f826126e2565b5f60208284031215612721575f5ffd5b5035919050565b5f5f60408385031215612739575f5ffd5b612742836126e2565b946020939093013593505050565b5f5f60408385031215612761575f5ffd5b82359150612771602084016126e2565b90509250929050565b803561ffff81168114611d27575f5ffd5b5f5f6040838503121561279c575f5ffd5b6127a5836126e2565b91506127716020840161277a565b803560ff81168114611d27575f5ffd5b80356001600160401b0381168114611d27575f5ffd5b5f5f5f5f608085870312156127ec575f5ffd5b6127f5856126e2565b9350612803602086016127b3565b9250612811604086016127c3565b9396929550929360600135925050565b5f5f5f60608486031215612833575f5ffd5b61283c846126e2565b925061284a602085016126e2565b91506128586040850161277a565b90509250925092565b5f5f60408385031215612872575f5ffd5b61287b836126e2565b9150612771602084016127b3565b5f5f6040838503121561289a575f5ffd5b6128a3836126e2565b9150612771602084016126e2565b634e487b7160e01b5f52604160045260245ffd5b5f5f604083850312156128d6575f5ffd5b6128df836126e2565b915060208301356001600160401b038111156128f9575f5ffd5b8301601f81018513612909575f5ffd5b80356001600160401b03811115612922576129226128b1565b604051601f8201601f19908116603f011681016001600160401b0381118282101715612950576129506128b1565b604052818152828201602001871015612967575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b5f5f83601f840112612996575f5ffd5b5081356001600160401b038111156129ac575f5ffd5b6020830191508360208260051b8501011115611478575f5ffd5b5f5f5f5f5f5f606087890312156129db575f5ffd5b86356001600160401b038111156129f0575f5ffd5b6129fc89828a01612986565b90975095505060208701356001600160401b03811115612a1a575f5ffd5b612a2689828a01612986565b90955093505060408701356001600160401b03811115612a44575f5ffd5b612a5089828a01612986565b979a9699509497509295939492505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b602080825282518282018190525f918401906040840190835b81811015612ad75783516001600160a01b0316835260209384019390920191600101612ab0565b509095945050505050565b5f5f5f5f5f5f5f5f5f5f60a08b8d031215612afb575f5ffd5b8a356001600160401b03811115612b10575f5ffd5b612b1c8d828e01612986565b909b5099505060208b01356001600160401b03811115612b3a575f5ffd5b612b468d828e01612986565b90995097505060408b01356001600160401b03811115612b64575f5ffd5b612b708d828e01612986565b90975095505060608b01356001600160401b03811115612b8e575f5ffd5b612b9a8d828e01612986565b90955093505060808b01356001600160401b03811115612bb8575f5ffd5b612bc48d828e01612986565b915080935050809150509295989b9194979a5092959850565b5f5f5f5f5f60a08688031215612bf1575f5ffd5b612bfa866126e2565b945060208601359350612c0f6040870161277a565b9250612c1d606087016127c3565b949793965091946080013592915050565b5f5f60408385031215612c3f575f5ffd5b612c48836126e2565b9150612771602084016127c3565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215612c7a575f5ffd5b61116f8261277a565b808201808211156109b757634e487b7160e01b5f52601160045260245ffd5b5f60208284031215612cb2575f5ffd5b61116f826127c3565b5f60208284031215612ccb575f5ffd5b505191905056fe189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e3360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800edcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c309238a26469706673582212202b51115c22c9b6ec4132d742d926c76dbc24c20107997ff018b67eab5ca82e2164736f6c63430008250033",
}

// IdentityRegistryV2 is an auto generated Go binding around an Ethereum contract.
type IdentityRegistryV2 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IdentityRegistryV2) GetABI() abi.ABI {
	return c.abi
}

// NewIdentityRegistryV2 creates a new instance of IdentityRegistryV2.
func NewIdentityRegistryV2() *IdentityRegistryV2 {
	parsed, err := IdentityRegistryV2MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IdentityRegistryV2{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IdentityRegistryV2) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (identityRegistryV2 *IdentityRegistryV2) PackDEFAULTADMINROLE() []byte {
	enc, err := identityRegistryV2.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (identityRegistryV2 *IdentityRegistryV2) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return identityRegistryV2.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (identityRegistryV2 *IdentityRegistryV2) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := identityRegistryV2.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackREGISTRARROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf68e9553.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (identityRegistryV2 *IdentityRegistryV2) PackREGISTRARROLE() []byte {
	enc, err := identityRegistryV2.abi.Pack("REGISTRAR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREGISTRARROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf68e9553.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (identityRegistryV2 *IdentityRegistryV2) TryPackREGISTRARROLE() ([]byte, error) {
	return identityRegistryV2.abi.Pack("REGISTRAR_ROLE")
}

// UnpackREGISTRARROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf68e9553.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (identityRegistryV2 *IdentityRegistryV2) UnpackREGISTRARROLE(data []byte) ([32]byte, error) {
	out, err := identityRegistryV2.abi.Unpack("REGISTRAR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackUPGRADERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf72c0d8b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (identityRegistryV2 *IdentityRegistryV2) PackUPGRADERROLE() []byte {
	enc, err := identityRegistryV2.abi.Pack("UPGRADER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUPGRADERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf72c0d8b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (identityRegistryV2 *IdentityRegistryV2) TryPackUPGRADERROLE() ([]byte, error) {
	return identityRegistryV2.abi.Pack("UPGRADER_ROLE")
}

// UnpackUPGRADERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf72c0d8b.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (identityRegistryV2 *IdentityRegistryV2) UnpackUPGRADERROLE(data []byte) ([32]byte, error) {
	out, err := identityRegistryV2.abi.Unpack("UPGRADER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackUPGRADEINTERFACEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad3cb1cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (identityRegistryV2 *IdentityRegistryV2) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := identityRegistryV2.abi.Pack("UPGRADE_INTERFACE_VERSION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUPGRADEINTERFACEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad3cb1cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (identityRegistryV2 *IdentityRegistryV2) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return identityRegistryV2.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (identityRegistryV2 *IdentityRegistryV2) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := identityRegistryV2.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackAccreditationOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5624181c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accreditationOf(address wallet) view returns(bytes32)
func (identityRegistryV2 *IdentityRegistryV2) PackAccreditationOf(wallet common.Address) []byte {
	enc, err := identityRegistryV2.abi.Pack("accreditationOf", wallet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccreditationOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5624181c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accreditationOf(address wallet) view returns(bytes32)
func (identityRegistryV2 *IdentityRegistryV2) TryPackAccreditationOf(wallet common.Address) ([]byte, error) {
	return identityRegistryV2.abi.Pack("accreditationOf", wallet)
}

// UnpackAccreditationOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5624181c.
//
// Solidity: function accreditationOf(address wallet) view returns(bytes32)
func (identityRegistryV2 *IdentityRegistryV2) UnpackAccreditationOf(data []byte) ([32]byte, error) {
	out, err := identityRegistryV2.abi.Unpack("accreditationOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAddAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84e79842.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addAgent(address agent) returns()
func (identityRegistryV2 *IdentityRegistryV2) PackAddAgent(agent common.Address) []byte {
	enc, err := identityRegistryV2.abi.Pack("addAgent", agent)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84e79842.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addAgent(address agent) returns()
func (identityRegistryV2 *IdentityRegistryV2) TryPackAddAgent(agent common.Address) ([]byte, error) {
	return identityRegistryV2.abi.Pack("addAgent", agent)
}

// PackAnchorOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf4ff901.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchorOf(bytes32 investorId) view returns(address)
func (identityRegistryV2 *IdentityRegistryV2) PackAnchorOf(investorId [32]byte) []byte {
	enc, err := identityRegistryV2.abi.Pack("anchorOf", investorId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAnchorOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf4ff901.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function anchorOf(bytes32 investorId) view returns(address)
func (identityRegistryV2 *IdentityRegistryV2) TryPackAnchorOf(investorId [32]byte) ([]byte, error) {
	return identityRegistryV2.abi.Pack("anchorOf", investorId)
}

// UnpackAnchorOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf4ff901.
//
// Solidity: function anchorOf(bytes32 investorId) view returns(address)
func (identityRegistryV2 *IdentityRegistryV2) UnpackAnchorOf(data []byte) (common.Address, error) {
	out, err := identityRegistryV2.abi.Unpack("anchorOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBatchRegisterIdentityERC3643 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x653dc9f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchRegisterIdentity(address[] wallets, address[] identities, uint16[] countries) returns()
func (identityRegistryV2 *IdentityRegistryV2) PackBatchRegisterIdentityERC3643(wallets []common.Address, identities []common.Address, countries []uint16) []byte {
	enc, err := identityRegistryV2.abi.Pack("batchRegisterIdentity", wallets, identities, countries)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchRegisterIdentityERC3643 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x653dc9f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchRegisterIdentity(address[] wallets, address[] identities, uint16[] countries) returns()
func (identityRegistryV2 *IdentityRegistryV2) TryPackBatchRegisterIdentityERC3643(wallets []common.Address, identities []common.Address, countries []uint16) ([]byte, error) {
	return identityRegistryV2.abi.Pack("batchRegisterIdentity", wallets, identities, countries)
}

// PackBatchRegisterIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd89ac237.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchRegisterIdentity(address[] wallets, bytes32[] investorIds, uint16[] countries, uint64[] expiries, uint256[] flags) returns()
func (identityRegistryV2 *IdentityRegistryV2) PackBatchRegisterIdentity(wallets []common.Address, investorIds [][32]byte, countries []uint16, expiries []uint64, flags []*big.Int) []byte {
	enc, err := identityRegistryV2.abi.Pack("batchRegisterIdentity0", wallets, investorIds, countries, expiries, flags)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchRegisterIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd89ac237.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchRegisterIdentity(address[] wallets, bytes32[] investorIds, uint16[] countries, uint64[] expiries, uint256[] flags) returns()
func (identityRegistryV2 *IdentityRegistryV2) TryPackBatchRegisterIdentity(wallets []common.Address, investorIds [][32]byte, countries []uint16, expiries []uint64, flags []*big.Int) ([]byte, error) {
	return identityRegistryV2.abi.Pack("batchRegisterIdentity0", wallets, investorIds, countries, expiries, flags)
}

// PackBoundInvestorOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b2c9490.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function boundInvestorOf(address wallet) view returns(bytes32)
func (identityRegistryV2 *IdentityRegistryV2) PackBoundInvestorOf(wallet common.Address) []byte {
	enc, err := identityRegistryV2.abi.Pack("boundInvestorOf", wallet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBoundInvestorOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b2c9490.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function boundInvestorOf(address wallet) view returns(bytes32)
func (identityRegistryV2 *IdentityRegistryV2) TryPackBoundInvestorOf(wallet common.Address) ([]byte, error) {
	return identityRegistryV2.abi.Pack("boundInvestorOf", wallet)
}

// UnpackBoundInvestorOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9b2c9490.
//
// Solidity: function boundInvestorOf(address wallet) view returns(bytes32)
func (identityRegistryV2 *IdentityRegistryV2) UnpackBoundInvestorOf(data []byte) ([32]byte, error) {
	out, err := identityRegistryV2.abi.Unpack("boundInvestorOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCategoryOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ee38db2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function categoryOf(address wallet, uint8 category) view returns(bool held, uint64 expiry, bytes32 proof)
func (identityRegistryV2 *IdentityRegistryV2) PackCategoryOf(wallet common.Address, category uint8) []byte {
	enc, err := identityRegistryV2.abi.Pack("categoryOf", wallet, category)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCategoryOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ee38db2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function categoryOf(address wallet, uint8 category) view returns(bool held, uint64 expiry, bytes32 proof)
func (identityRegistryV2 *IdentityRegistryV2) TryPackCategoryOf(wallet common.Address, category uint8) ([]byte, error) {
	return identityRegistryV2.abi.Pack("categoryOf", wallet, category)
}

// CategoryOfOutput serves as a container for the return parameters of contract
// method CategoryOf.
type CategoryOfOutput struct {
	Held   bool
	Expiry uint64
	Proof  [32]byte
}

// UnpackCategoryOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ee38db2.
//
// Solidity: function categoryOf(address wallet, uint8 category) view returns(bool held, uint64 expiry, bytes32 proof)
func (identityRegistryV2 *IdentityRegistryV2) UnpackCategoryOf(data []byte) (CategoryOfOutput, error) {
	out, err := identityRegistryV2.abi.Unpack("categoryOf", data)
	outstruct := new(CategoryOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Held = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Expiry = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Proof = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackContains is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dbe47e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contains(address wallet) view returns(bool)
func (identityRegistryV2 *IdentityRegistryV2) PackContains(wallet common.Address) []byte {
	enc, err := identityRegistryV2.abi.Pack("contains", wallet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContains is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dbe47e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contains(address wallet) view returns(bool)
func (identityRegistryV2 *IdentityRegistryV2) TryPackContains(wallet common.Address) ([]byte, error) {
	return identityRegistryV2.abi.Pack("contains", wallet)
}

// UnpackContains is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5dbe47e8.
//
// Solidity: function contains(address wallet) view returns(bool)
func (identityRegistryV2 *IdentityRegistryV2) UnpackContains(data []byte) (bool, error) {
	out, err := identityRegistryV2.abi.Unpack("contains", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDeleteIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8d29d1d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deleteIdentity(address wallet) returns()
func (identityRegistryV2 *IdentityRegistryV2) PackDeleteIdentity(wallet common.Address) []byte {
	enc, err := identityRegistryV2.abi.Pack("deleteIdentity", wallet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeleteIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8d29d1d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deleteIdentity(address wallet) returns()
func (identityRegistryV2 *IdentityRegistryV2) TryPackDeleteIdentity(wallet common.Address) ([]byte, error) {
	return identityRegistryV2.abi.Pack("deleteIdentity", wallet)
}

// PackExpireCategories is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x417513ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function expireCategories(address wallet) returns(uint256)
func (identityRegistryV2 *IdentityRegistryV2) PackExpireCategories(wallet common.Address) []byte {
	enc, err := identityRegistryV2.abi.Pack("expireCategories", wallet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExpireCategories is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x417513ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function expireCategories(address wallet) returns(uint256)
func (identityRegistryV2 *IdentityRegistryV2) TryPackExpireCategories(wallet common.Address) ([]byte, error) {
	return identityRegistryV2.abi.Pack("expireCategories", wallet)
}

// UnpackExpireCategories is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x417513ea.
//
// Solidity: function expireCategories(address wallet) returns(uint256)
func (identityRegistryV2 *IdentityRegistryV2) UnpackExpireCategories(data []byte) (*big.Int, error) {
	out, err := identityRegistryV2.abi.Unpack("expireCategories", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (identityRegistryV2 *IdentityRegistryV2) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := identityRegistryV2.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (identityRegistryV2 *IdentityRegistryV2) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return identityRegistryV2.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (identityRegistryV2 *IdentityRegistryV2) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := identityRegistryV2.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (identityRegistryV2 *IdentityRegistryV2) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := identityRegistryV2.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (identityRegistryV2 *IdentityRegistryV2) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return identityRegistryV2.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (identityRegistryV2 *IdentityRegistryV2) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := identityRegistryV2.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (identityRegistryV2 *IdentityRegistryV2) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return identityRegistryV2.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (identityRegistryV2 *IdentityRegistryV2) UnpackHasRole(data []byte) (bool, error) {
	out, err := identityRegistryV2.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0eb5e54.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function identity(address wallet) view returns(address)
func (identityRegistryV2 *IdentityRegistryV2) PackIdentity(wallet common.Address) []byte {
	enc, err := identityRegistryV2.abi.Pack("identity", wallet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0eb5e54.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function identity(address wallet) view returns(address)
func (identityRegistryV2 *IdentityRegistryV2) TryPackIdentity(wallet common.Address) ([]byte, error) {
	return identityRegistryV2.abi.Pack("identity", wallet)
}

// UnpackIdentity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0eb5e54.
//
// Solidity: function identity(address wallet) view returns(address)
func (identityRegistryV2 *IdentityRegistryV2) UnpackIdentity(data []byte) (common.Address, error) {
	out, err := identityRegistryV2.abi.Unpack("identity", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIdentityOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6345626.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function identityOf(address wallet) view returns((bytes32,uint16,uint64,uint256,bool) id)
func (identityRegistryV2 *IdentityRegistryV2) PackIdentityOf(wallet common.Address) []byte {
	enc, err := identityRegistryV2.abi.Pack("identityOf", wallet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIdentityOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6345626.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function identityOf(address wallet) view returns((bytes32,uint16,uint64,uint256,bool) id)
func (identityRegistryV2 *IdentityRegistryV2) TryPackIdentityOf(wallet common.Address) ([]byte, error) {
	return identityRegistryV2.abi.Pack("identityOf", wallet)
}

// UnpackIdentityOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6345626.
//
// Solidity: function identityOf(address wallet) view returns((bytes32,uint16,uint64,uint256,bool) id)
func (identityRegistryV2 *IdentityRegistryV2) UnpackIdentityOf(data []byte) (IdentityRegistryIdentity, error) {
	out, err := identityRegistryV2.abi.Unpack("identityOf", data)
	if err != nil {
		return *new(IdentityRegistryIdentity), err
	}
	out0 := *abi.ConvertType(out[0], new(IdentityRegistryIdentity)).(*IdentityRegistryIdentity)
	return out0, nil
}

// PackIdentityStorage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf11abfd8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function identityStorage() view returns(address)
func (identityRegistryV2 *IdentityRegistryV2) PackIdentityStorage() []byte {
	enc, err := identityRegistryV2.abi.Pack("identityStorage")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIdentityStorage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf11abfd8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function identityStorage() view returns(address)
func (identityRegistryV2 *IdentityRegistryV2) TryPackIdentityStorage() ([]byte, error) {
	return identityRegistryV2.abi.Pack("identityStorage")
}

// UnpackIdentityStorage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf11abfd8.
//
// Solidity: function identityStorage() view returns(address)
func (identityRegistryV2 *IdentityRegistryV2) UnpackIdentityStorage(data []byte) (common.Address, error) {
	out, err := identityRegistryV2.abi.Unpack("identityStorage", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x485cc955.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address admin, address upgrader) returns()
func (identityRegistryV2 *IdentityRegistryV2) PackInitialize(admin common.Address, upgrader common.Address) []byte {
	enc, err := identityRegistryV2.abi.Pack("initialize", admin, upgrader)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x485cc955.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address admin, address upgrader) returns()
func (identityRegistryV2 *IdentityRegistryV2) TryPackInitialize(admin common.Address, upgrader common.Address) ([]byte, error) {
	return identityRegistryV2.abi.Pack("initialize", admin, upgrader)
}

// PackInvestorCountry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e42683b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function investorCountry(address wallet) view returns(uint16)
func (identityRegistryV2 *IdentityRegistryV2) PackInvestorCountry(wallet common.Address) []byte {
	enc, err := identityRegistryV2.abi.Pack("investorCountry", wallet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInvestorCountry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e42683b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function investorCountry(address wallet) view returns(uint16)
func (identityRegistryV2 *IdentityRegistryV2) TryPackInvestorCountry(wallet common.Address) ([]byte, error) {
	return identityRegistryV2.abi.Pack("investorCountry", wallet)
}

// UnpackInvestorCountry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7e42683b.
//
// Solidity: function investorCountry(address wallet) view returns(uint16)
func (identityRegistryV2 *IdentityRegistryV2) UnpackInvestorCountry(data []byte) (uint16, error) {
	out, err := identityRegistryV2.abi.Unpack("investorCountry", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackInvestorOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4dffeb69.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function investorOf(address wallet) view returns(bytes32)
func (identityRegistryV2 *IdentityRegistryV2) PackInvestorOf(wallet common.Address) []byte {
	enc, err := identityRegistryV2.abi.Pack("investorOf", wallet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInvestorOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4dffeb69.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function investorOf(address wallet) view returns(bytes32)
func (identityRegistryV2 *IdentityRegistryV2) TryPackInvestorOf(wallet common.Address) ([]byte, error) {
	return identityRegistryV2.abi.Pack("investorOf", wallet)
}

// UnpackInvestorOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4dffeb69.
//
// Solidity: function investorOf(address wallet) view returns(bytes32)
func (identityRegistryV2 *IdentityRegistryV2) UnpackInvestorOf(data []byte) ([32]byte, error) {
	out, err := identityRegistryV2.abi.Unpack("investorOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackIsAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ffbb064.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAgent(address agent) view returns(bool)
func (identityRegistryV2 *IdentityRegistryV2) PackIsAgent(agent common.Address) []byte {
	enc, err := identityRegistryV2.abi.Pack("isAgent", agent)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ffbb064.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isAgent(address agent) view returns(bool)
func (identityRegistryV2 *IdentityRegistryV2) TryPackIsAgent(agent common.Address) ([]byte, error) {
	return identityRegistryV2.abi.Pack("isAgent", agent)
}

// UnpackIsAgent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1ffbb064.
//
// Solidity: function isAgent(address agent) view returns(bool)
func (identityRegistryV2 *IdentityRegistryV2) UnpackIsAgent(data []byte) (bool, error) {
	out, err := identityRegistryV2.abi.Unpack("isAgent", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsVerified is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9209e33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isVerified(address wallet) view returns(bool)
func (identityRegistryV2 *IdentityRegistryV2) PackIsVerified(wallet common.Address) []byte {
	enc, err := identityRegistryV2.abi.Pack("isVerified", wallet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsVerified is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9209e33.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isVerified(address wallet) view returns(bool)
func (identityRegistryV2 *IdentityRegistryV2) TryPackIsVerified(wallet common.Address) ([]byte, error) {
	return identityRegistryV2.abi.Pack("isVerified", wallet)
}

// UnpackIsVerified is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb9209e33.
//
// Solidity: function isVerified(address wallet) view returns(bool)
func (identityRegistryV2 *IdentityRegistryV2) UnpackIsVerified(data []byte) (bool, error) {
	out, err := identityRegistryV2.abi.Unpack("isVerified", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIssuersRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4f3fcb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function issuersRegistry() pure returns(address)
func (identityRegistryV2 *IdentityRegistryV2) PackIssuersRegistry() []byte {
	enc, err := identityRegistryV2.abi.Pack("issuersRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIssuersRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4f3fcb7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function issuersRegistry() pure returns(address)
func (identityRegistryV2 *IdentityRegistryV2) TryPackIssuersRegistry() ([]byte, error) {
	return identityRegistryV2.abi.Pack("issuersRegistry")
}

// UnpackIssuersRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb4f3fcb7.
//
// Solidity: function issuersRegistry() pure returns(address)
func (identityRegistryV2 *IdentityRegistryV2) UnpackIssuersRegistry(data []byte) (common.Address, error) {
	out, err := identityRegistryV2.abi.Unpack("issuersRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackLinkedIdentityRegistries is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf9eb959.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function linkedIdentityRegistries() view returns(address[] registries)
func (identityRegistryV2 *IdentityRegistryV2) PackLinkedIdentityRegistries() []byte {
	enc, err := identityRegistryV2.abi.Pack("linkedIdentityRegistries")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLinkedIdentityRegistries is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf9eb959.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function linkedIdentityRegistries() view returns(address[] registries)
func (identityRegistryV2 *IdentityRegistryV2) TryPackLinkedIdentityRegistries() ([]byte, error) {
	return identityRegistryV2.abi.Pack("linkedIdentityRegistries")
}

// UnpackLinkedIdentityRegistries is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf9eb959.
//
// Solidity: function linkedIdentityRegistries() view returns(address[] registries)
func (identityRegistryV2 *IdentityRegistryV2) UnpackLinkedIdentityRegistries(data []byte) ([]common.Address, error) {
	out, err := identityRegistryV2.abi.Unpack("linkedIdentityRegistries", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackProxiableUUID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d1902d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (identityRegistryV2 *IdentityRegistryV2) PackProxiableUUID() []byte {
	enc, err := identityRegistryV2.abi.Pack("proxiableUUID")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProxiableUUID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d1902d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (identityRegistryV2 *IdentityRegistryV2) TryPackProxiableUUID() ([]byte, error) {
	return identityRegistryV2.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (identityRegistryV2 *IdentityRegistryV2) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := identityRegistryV2.abi.Unpack("proxiableUUID", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3465d6d5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function record(address wallet) view returns(uint256)
func (identityRegistryV2 *IdentityRegistryV2) PackRecord(wallet common.Address) []byte {
	enc, err := identityRegistryV2.abi.Pack("record", wallet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3465d6d5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function record(address wallet) view returns(uint256)
func (identityRegistryV2 *IdentityRegistryV2) TryPackRecord(wallet common.Address) ([]byte, error) {
	return identityRegistryV2.abi.Pack("record", wallet)
}

// UnpackRecord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3465d6d5.
//
// Solidity: function record(address wallet) view returns(uint256)
func (identityRegistryV2 *IdentityRegistryV2) UnpackRecord(data []byte) (*big.Int, error) {
	out, err := identityRegistryV2.abi.Unpack("record", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRecords is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x853ea853.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function records(address from, address to) view returns(uint256 fromRecord, uint256 toRecord)
func (identityRegistryV2 *IdentityRegistryV2) PackRecords(from common.Address, to common.Address) []byte {
	enc, err := identityRegistryV2.abi.Pack("records", from, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecords is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x853ea853.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function records(address from, address to) view returns(uint256 fromRecord, uint256 toRecord)
func (identityRegistryV2 *IdentityRegistryV2) TryPackRecords(from common.Address, to common.Address) ([]byte, error) {
	return identityRegistryV2.abi.Pack("records", from, to)
}

// RecordsOutput serves as a container for the return parameters of contract
// method Records.
type RecordsOutput struct {
	FromRecord *big.Int
	ToRecord   *big.Int
}

// UnpackRecords is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x853ea853.
//
// Solidity: function records(address from, address to) view returns(uint256 fromRecord, uint256 toRecord)
func (identityRegistryV2 *IdentityRegistryV2) UnpackRecords(data []byte) (RecordsOutput, error) {
	out, err := identityRegistryV2.abi.Unpack("records", data)
	outstruct := new(RecordsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.FromRecord = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.ToRecord = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRegisterIdentityERC3643 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x454a03e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerIdentity(address wallet, address identity_, uint16 country) returns()
func (identityRegistryV2 *IdentityRegistryV2) PackRegisterIdentityERC3643(wallet common.Address, identity common.Address, country uint16) []byte {
	enc, err := identityRegistryV2.abi.Pack("registerIdentity", wallet, identity, country)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterIdentityERC3643 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x454a03e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerIdentity(address wallet, address identity_, uint16 country) returns()
func (identityRegistryV2 *IdentityRegistryV2) TryPackRegisterIdentityERC3643(wallet common.Address, identity common.Address, country uint16) ([]byte, error) {
	return identityRegistryV2.abi.Pack("registerIdentity", wallet, identity, country)
}

// PackRegisterIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe452bb71.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerIdentity(address wallet, bytes32 investorId, uint16 country, uint64 expiry, uint256 flags) returns()
func (identityRegistryV2 *IdentityRegistryV2) PackRegisterIdentity(wallet common.Address, investorId [32]byte, country uint16, expiry uint64, flags *big.Int) []byte {
	enc, err := identityRegistryV2.abi.Pack("registerIdentity0", wallet, investorId, country, expiry, flags)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe452bb71.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerIdentity(address wallet, bytes32 investorId, uint16 country, uint64 expiry, uint256 flags) returns()
func (identityRegistryV2 *IdentityRegistryV2) TryPackRegisterIdentity(wallet common.Address, investorId [32]byte, country uint16, expiry uint64, flags *big.Int) ([]byte, error) {
	return identityRegistryV2.abi.Pack("registerIdentity0", wallet, investorId, country, expiry, flags)
}

// PackRemoveAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97a6278e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeAgent(address agent) returns()
func (identityRegistryV2 *IdentityRegistryV2) PackRemoveAgent(agent common.Address) []byte {
	enc, err := identityRegistryV2.abi.Pack("removeAgent", agent)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97a6278e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeAgent(address agent) returns()
func (identityRegistryV2 *IdentityRegistryV2) TryPackRemoveAgent(agent common.Address) ([]byte, error) {
	return identityRegistryV2.abi.Pack("removeAgent", agent)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (identityRegistryV2 *IdentityRegistryV2) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := identityRegistryV2.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (identityRegistryV2 *IdentityRegistryV2) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return identityRegistryV2.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x458858ed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeCategory(address wallet, uint8 category) returns()
func (identityRegistryV2 *IdentityRegistryV2) PackRevokeCategory(wallet common.Address, category uint8) []byte {
	enc, err := identityRegistryV2.abi.Pack("revokeCategory", wallet, category)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x458858ed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeCategory(address wallet, uint8 category) returns()
func (identityRegistryV2 *IdentityRegistryV2) TryPackRevokeCategory(wallet common.Address, category uint8) ([]byte, error) {
	return identityRegistryV2.abi.Pack("revokeCategory", wallet, category)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (identityRegistryV2 *IdentityRegistryV2) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := identityRegistryV2.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (identityRegistryV2 *IdentityRegistryV2) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return identityRegistryV2.abi.Pack("revokeRole", role, account)
}

// PackSetAccreditation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2cc000ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAccreditation(address wallet, bytes32 accreditation) returns()
func (identityRegistryV2 *IdentityRegistryV2) PackSetAccreditation(wallet common.Address, accreditation [32]byte) []byte {
	enc, err := identityRegistryV2.abi.Pack("setAccreditation", wallet, accreditation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAccreditation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2cc000ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAccreditation(address wallet, bytes32 accreditation) returns()
func (identityRegistryV2 *IdentityRegistryV2) TryPackSetAccreditation(wallet common.Address, accreditation [32]byte) ([]byte, error) {
	return identityRegistryV2.abi.Pack("setAccreditation", wallet, accreditation)
}

// PackSetCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40b59841.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCategory(address wallet, uint8 category, uint64 expiry, bytes32 proof) returns()
func (identityRegistryV2 *IdentityRegistryV2) PackSetCategory(wallet common.Address, category uint8, expiry uint64, proof [32]byte) []byte {
	enc, err := identityRegistryV2.abi.Pack("setCategory", wallet, category, expiry, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40b59841.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCategory(address wallet, uint8 category, uint64 expiry, bytes32 proof) returns()
func (identityRegistryV2 *IdentityRegistryV2) TryPackSetCategory(wallet common.Address, category uint8, expiry uint64, proof [32]byte) ([]byte, error) {
	return identityRegistryV2.abi.Pack("setCategory", wallet, category, expiry, proof)
}

// PackSetClaimTopicsRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x670af6a9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setClaimTopicsRegistry(address ) pure returns()
func (identityRegistryV2 *IdentityRegistryV2) PackSetClaimTopicsRegistry(arg0 common.Address) []byte {
	enc, err := identityRegistryV2.abi.Pack("setClaimTopicsRegistry", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetClaimTopicsRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x670af6a9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setClaimTopicsRegistry(address ) pure returns()
func (identityRegistryV2 *IdentityRegistryV2) TryPackSetClaimTopicsRegistry(arg0 common.Address) ([]byte, error) {
	return identityRegistryV2.abi.Pack("setClaimTopicsRegistry", arg0)
}

// PackSetIdentityRegistryStorage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26d941ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setIdentityRegistryStorage(address ) pure returns()
func (identityRegistryV2 *IdentityRegistryV2) PackSetIdentityRegistryStorage(arg0 common.Address) []byte {
	enc, err := identityRegistryV2.abi.Pack("setIdentityRegistryStorage", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetIdentityRegistryStorage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26d941ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setIdentityRegistryStorage(address ) pure returns()
func (identityRegistryV2 *IdentityRegistryV2) TryPackSetIdentityRegistryStorage(arg0 common.Address) ([]byte, error) {
	return identityRegistryV2.abi.Pack("setIdentityRegistryStorage", arg0)
}

// PackSetTrustedIssuersRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe744d789.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTrustedIssuersRegistry(address ) pure returns()
func (identityRegistryV2 *IdentityRegistryV2) PackSetTrustedIssuersRegistry(arg0 common.Address) []byte {
	enc, err := identityRegistryV2.abi.Pack("setTrustedIssuersRegistry", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTrustedIssuersRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe744d789.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTrustedIssuersRegistry(address ) pure returns()
func (identityRegistryV2 *IdentityRegistryV2) TryPackSetTrustedIssuersRegistry(arg0 common.Address) ([]byte, error) {
	return identityRegistryV2.abi.Pack("setTrustedIssuersRegistry", arg0)
}

// PackStoredIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7988d3a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function storedIdentity(address wallet) view returns(address)
func (identityRegistryV2 *IdentityRegistryV2) PackStoredIdentity(wallet common.Address) []byte {
	enc, err := identityRegistryV2.abi.Pack("storedIdentity", wallet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStoredIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7988d3a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function storedIdentity(address wallet) view returns(address)
func (identityRegistryV2 *IdentityRegistryV2) TryPackStoredIdentity(wallet common.Address) ([]byte, error) {
	return identityRegistryV2.abi.Pack("storedIdentity", wallet)
}

// UnpackStoredIdentity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7988d3a5.
//
// Solidity: function storedIdentity(address wallet) view returns(address)
func (identityRegistryV2 *IdentityRegistryV2) UnpackStoredIdentity(data []byte) (common.Address, error) {
	out, err := identityRegistryV2.abi.Unpack("storedIdentity", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackStoredInvestorCountry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x727e13bc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function storedInvestorCountry(address wallet) view returns(uint16)
func (identityRegistryV2 *IdentityRegistryV2) PackStoredInvestorCountry(wallet common.Address) []byte {
	enc, err := identityRegistryV2.abi.Pack("storedInvestorCountry", wallet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStoredInvestorCountry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x727e13bc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function storedInvestorCountry(address wallet) view returns(uint16)
func (identityRegistryV2 *IdentityRegistryV2) TryPackStoredInvestorCountry(wallet common.Address) ([]byte, error) {
	return identityRegistryV2.abi.Pack("storedInvestorCountry", wallet)
}

// UnpackStoredInvestorCountry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x727e13bc.
//
// Solidity: function storedInvestorCountry(address wallet) view returns(uint16)
func (identityRegistryV2 *IdentityRegistryV2) UnpackStoredInvestorCountry(data []byte) (uint16, error) {
	out, err := identityRegistryV2.abi.Unpack("storedInvestorCountry", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (identityRegistryV2 *IdentityRegistryV2) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := identityRegistryV2.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (identityRegistryV2 *IdentityRegistryV2) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return identityRegistryV2.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (identityRegistryV2 *IdentityRegistryV2) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := identityRegistryV2.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTopicsRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b3e12f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function topicsRegistry() pure returns(address)
func (identityRegistryV2 *IdentityRegistryV2) PackTopicsRegistry() []byte {
	enc, err := identityRegistryV2.abi.Pack("topicsRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTopicsRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b3e12f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function topicsRegistry() pure returns(address)
func (identityRegistryV2 *IdentityRegistryV2) TryPackTopicsRegistry() ([]byte, error) {
	return identityRegistryV2.abi.Pack("topicsRegistry")
}

// UnpackTopicsRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3b3e12f4.
//
// Solidity: function topicsRegistry() pure returns(address)
func (identityRegistryV2 *IdentityRegistryV2) UnpackTopicsRegistry(data []byte) (common.Address, error) {
	out, err := identityRegistryV2.abi.Unpack("topicsRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUpdateCountry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b239a7f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateCountry(address wallet, uint16 country) returns()
func (identityRegistryV2 *IdentityRegistryV2) PackUpdateCountry(wallet common.Address, country uint16) []byte {
	enc, err := identityRegistryV2.abi.Pack("updateCountry", wallet, country)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateCountry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b239a7f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateCountry(address wallet, uint16 country) returns()
func (identityRegistryV2 *IdentityRegistryV2) TryPackUpdateCountry(wallet common.Address, country uint16) ([]byte, error) {
	return identityRegistryV2.abi.Pack("updateCountry", wallet, country)
}

// PackUpdateExpiry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed7960a9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateExpiry(address wallet, uint64 expiry) returns()
func (identityRegistryV2 *IdentityRegistryV2) PackUpdateExpiry(wallet common.Address, expiry uint64) []byte {
	enc, err := identityRegistryV2.abi.Pack("updateExpiry", wallet, expiry)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateExpiry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed7960a9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateExpiry(address wallet, uint64 expiry) returns()
func (identityRegistryV2 *IdentityRegistryV2) TryPackUpdateExpiry(wallet common.Address, expiry uint64) ([]byte, error) {
	return identityRegistryV2.abi.Pack("updateExpiry", wallet, expiry)
}

// PackUpdateFlags is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35cffc95.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateFlags(address wallet, uint256 flags) returns()
func (identityRegistryV2 *IdentityRegistryV2) PackUpdateFlags(wallet common.Address, flags *big.Int) []byte {
	enc, err := identityRegistryV2.abi.Pack("updateFlags", wallet, flags)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateFlags is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35cffc95.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateFlags(address wallet, uint256 flags) returns()
func (identityRegistryV2 *IdentityRegistryV2) TryPackUpdateFlags(wallet common.Address, flags *big.Int) ([]byte, error) {
	return identityRegistryV2.abi.Pack("updateFlags", wallet, flags)
}

// PackUpdateIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e098ca1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateIdentity(address wallet, address identity_) view returns()
func (identityRegistryV2 *IdentityRegistryV2) PackUpdateIdentity(wallet common.Address, identity common.Address) []byte {
	enc, err := identityRegistryV2.abi.Pack("updateIdentity", wallet, identity)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e098ca1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateIdentity(address wallet, address identity_) view returns()
func (identityRegistryV2 *IdentityRegistryV2) TryPackUpdateIdentity(wallet common.Address, identity common.Address) ([]byte, error) {
	return identityRegistryV2.abi.Pack("updateIdentity", wallet, identity)
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (identityRegistryV2 *IdentityRegistryV2) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := identityRegistryV2.abi.Pack("upgradeToAndCall", newImplementation, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (identityRegistryV2 *IdentityRegistryV2) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return identityRegistryV2.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackWalletCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb70efaa1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function walletCount(bytes32 investorId) view returns(uint256)
func (identityRegistryV2 *IdentityRegistryV2) PackWalletCount(investorId [32]byte) []byte {
	enc, err := identityRegistryV2.abi.Pack("walletCount", investorId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWalletCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb70efaa1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function walletCount(bytes32 investorId) view returns(uint256)
func (identityRegistryV2 *IdentityRegistryV2) TryPackWalletCount(investorId [32]byte) ([]byte, error) {
	return identityRegistryV2.abi.Pack("walletCount", investorId)
}

// UnpackWalletCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb70efaa1.
//
// Solidity: function walletCount(bytes32 investorId) view returns(uint256)
func (identityRegistryV2 *IdentityRegistryV2) UnpackWalletCount(data []byte) (*big.Int, error) {
	out, err := identityRegistryV2.abi.Unpack("walletCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// IdentityRegistryV2AccreditationSet represents a AccreditationSet event raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2AccreditationSet struct {
	Wallet        common.Address
	Accreditation [32]byte
	Raw           *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryV2AccreditationSetEventName = "AccreditationSet"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryV2AccreditationSet) ContractEventName() string {
	return IdentityRegistryV2AccreditationSetEventName
}

// UnpackAccreditationSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AccreditationSet(address indexed wallet, bytes32 accreditation)
func (identityRegistryV2 *IdentityRegistryV2) UnpackAccreditationSetEvent(log *types.Log) (*IdentityRegistryV2AccreditationSet, error) {
	event := "AccreditationSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistryV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryV2AccreditationSet)
	if len(log.Data) > 0 {
		if err := identityRegistryV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistryV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryV2AgentAdded represents a AgentAdded event raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2AgentAdded struct {
	Agent common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryV2AgentAddedEventName = "AgentAdded"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryV2AgentAdded) ContractEventName() string {
	return IdentityRegistryV2AgentAddedEventName
}

// UnpackAgentAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentAdded(address indexed agent)
func (identityRegistryV2 *IdentityRegistryV2) UnpackAgentAddedEvent(log *types.Log) (*IdentityRegistryV2AgentAdded, error) {
	event := "AgentAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistryV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryV2AgentAdded)
	if len(log.Data) > 0 {
		if err := identityRegistryV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistryV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryV2AgentRemoved represents a AgentRemoved event raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2AgentRemoved struct {
	Agent common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryV2AgentRemovedEventName = "AgentRemoved"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryV2AgentRemoved) ContractEventName() string {
	return IdentityRegistryV2AgentRemovedEventName
}

// UnpackAgentRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentRemoved(address indexed agent)
func (identityRegistryV2 *IdentityRegistryV2) UnpackAgentRemovedEvent(log *types.Log) (*IdentityRegistryV2AgentRemoved, error) {
	event := "AgentRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistryV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryV2AgentRemoved)
	if len(log.Data) > 0 {
		if err := identityRegistryV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistryV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryV2CategoryCleared represents a CategoryCleared event raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2CategoryCleared struct {
	Wallet   common.Address
	Category uint8
	Raw      *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryV2CategoryClearedEventName = "CategoryCleared"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryV2CategoryCleared) ContractEventName() string {
	return IdentityRegistryV2CategoryClearedEventName
}

// UnpackCategoryClearedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CategoryCleared(address indexed wallet, uint8 indexed category)
func (identityRegistryV2 *IdentityRegistryV2) UnpackCategoryClearedEvent(log *types.Log) (*IdentityRegistryV2CategoryCleared, error) {
	event := "CategoryCleared"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistryV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryV2CategoryCleared)
	if len(log.Data) > 0 {
		if err := identityRegistryV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistryV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryV2CategorySet represents a CategorySet event raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2CategorySet struct {
	Wallet   common.Address
	Category uint8
	Expiry   uint64
	Proof    [32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryV2CategorySetEventName = "CategorySet"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryV2CategorySet) ContractEventName() string {
	return IdentityRegistryV2CategorySetEventName
}

// UnpackCategorySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CategorySet(address indexed wallet, uint8 indexed category, uint64 expiry, bytes32 proof)
func (identityRegistryV2 *IdentityRegistryV2) UnpackCategorySetEvent(log *types.Log) (*IdentityRegistryV2CategorySet, error) {
	event := "CategorySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistryV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryV2CategorySet)
	if len(log.Data) > 0 {
		if err := identityRegistryV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistryV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryV2CountryUpdated represents a CountryUpdated event raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2CountryUpdated struct {
	Wallet  common.Address
	Country uint16
	Raw     *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryV2CountryUpdatedEventName = "CountryUpdated"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryV2CountryUpdated) ContractEventName() string {
	return IdentityRegistryV2CountryUpdatedEventName
}

// UnpackCountryUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CountryUpdated(address indexed wallet, uint16 indexed country)
func (identityRegistryV2 *IdentityRegistryV2) UnpackCountryUpdatedEvent(log *types.Log) (*IdentityRegistryV2CountryUpdated, error) {
	event := "CountryUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistryV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryV2CountryUpdated)
	if len(log.Data) > 0 {
		if err := identityRegistryV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistryV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryV2ExpiryUpdated represents a ExpiryUpdated event raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2ExpiryUpdated struct {
	Wallet common.Address
	Expiry uint64
	Raw    *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryV2ExpiryUpdatedEventName = "ExpiryUpdated"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryV2ExpiryUpdated) ContractEventName() string {
	return IdentityRegistryV2ExpiryUpdatedEventName
}

// UnpackExpiryUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExpiryUpdated(address indexed wallet, uint64 expiry)
func (identityRegistryV2 *IdentityRegistryV2) UnpackExpiryUpdatedEvent(log *types.Log) (*IdentityRegistryV2ExpiryUpdated, error) {
	event := "ExpiryUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistryV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryV2ExpiryUpdated)
	if len(log.Data) > 0 {
		if err := identityRegistryV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistryV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryV2FlagsUpdated represents a FlagsUpdated event raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2FlagsUpdated struct {
	Wallet common.Address
	Flags  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryV2FlagsUpdatedEventName = "FlagsUpdated"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryV2FlagsUpdated) ContractEventName() string {
	return IdentityRegistryV2FlagsUpdatedEventName
}

// UnpackFlagsUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FlagsUpdated(address indexed wallet, uint256 flags)
func (identityRegistryV2 *IdentityRegistryV2) UnpackFlagsUpdatedEvent(log *types.Log) (*IdentityRegistryV2FlagsUpdated, error) {
	event := "FlagsUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistryV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryV2FlagsUpdated)
	if len(log.Data) > 0 {
		if err := identityRegistryV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistryV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryV2IdentityRegistered represents a IdentityRegistered event raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2IdentityRegistered struct {
	Wallet     common.Address
	InvestorId [32]byte
	Country    uint16
	Expiry     uint64
	Flags      *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryV2IdentityRegisteredEventName = "IdentityRegistered"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryV2IdentityRegistered) ContractEventName() string {
	return IdentityRegistryV2IdentityRegisteredEventName
}

// UnpackIdentityRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IdentityRegistered(address indexed wallet, bytes32 indexed investorId, uint16 country, uint64 expiry, uint256 flags)
func (identityRegistryV2 *IdentityRegistryV2) UnpackIdentityRegisteredEvent(log *types.Log) (*IdentityRegistryV2IdentityRegistered, error) {
	event := "IdentityRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistryV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryV2IdentityRegistered)
	if len(log.Data) > 0 {
		if err := identityRegistryV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistryV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryV2IdentityRemoved represents a IdentityRemoved event raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2IdentityRemoved struct {
	Wallet     common.Address
	InvestorId [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryV2IdentityRemovedEventName = "IdentityRemoved"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryV2IdentityRemoved) ContractEventName() string {
	return IdentityRegistryV2IdentityRemovedEventName
}

// UnpackIdentityRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IdentityRemoved(address indexed wallet, bytes32 indexed investorId)
func (identityRegistryV2 *IdentityRegistryV2) UnpackIdentityRemovedEvent(log *types.Log) (*IdentityRegistryV2IdentityRemoved, error) {
	event := "IdentityRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistryV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryV2IdentityRemoved)
	if len(log.Data) > 0 {
		if err := identityRegistryV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistryV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryV2Initialized represents a Initialized event raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2Initialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryV2InitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryV2Initialized) ContractEventName() string {
	return IdentityRegistryV2InitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (identityRegistryV2 *IdentityRegistryV2) UnpackInitializedEvent(log *types.Log) (*IdentityRegistryV2Initialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistryV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryV2Initialized)
	if len(log.Data) > 0 {
		if err := identityRegistryV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistryV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryV2RoleAdminChanged represents a RoleAdminChanged event raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2RoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryV2RoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryV2RoleAdminChanged) ContractEventName() string {
	return IdentityRegistryV2RoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (identityRegistryV2 *IdentityRegistryV2) UnpackRoleAdminChangedEvent(log *types.Log) (*IdentityRegistryV2RoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistryV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryV2RoleAdminChanged)
	if len(log.Data) > 0 {
		if err := identityRegistryV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistryV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryV2RoleGranted represents a RoleGranted event raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2RoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryV2RoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryV2RoleGranted) ContractEventName() string {
	return IdentityRegistryV2RoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (identityRegistryV2 *IdentityRegistryV2) UnpackRoleGrantedEvent(log *types.Log) (*IdentityRegistryV2RoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistryV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryV2RoleGranted)
	if len(log.Data) > 0 {
		if err := identityRegistryV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistryV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryV2RoleRevoked represents a RoleRevoked event raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2RoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryV2RoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryV2RoleRevoked) ContractEventName() string {
	return IdentityRegistryV2RoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (identityRegistryV2 *IdentityRegistryV2) UnpackRoleRevokedEvent(log *types.Log) (*IdentityRegistryV2RoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistryV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryV2RoleRevoked)
	if len(log.Data) > 0 {
		if err := identityRegistryV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistryV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryV2Upgraded represents a Upgraded event raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2Upgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryV2UpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryV2Upgraded) ContractEventName() string {
	return IdentityRegistryV2UpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (identityRegistryV2 *IdentityRegistryV2) UnpackUpgradedEvent(log *types.Log) (*IdentityRegistryV2Upgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistryV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryV2Upgraded)
	if len(log.Data) > 0 {
		if err := identityRegistryV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistryV2.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (identityRegistryV2 *IdentityRegistryV2) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], identityRegistryV2.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return identityRegistryV2.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistryV2.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return identityRegistryV2.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistryV2.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return identityRegistryV2.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistryV2.abi.Errors["CategoryExpired"].ID.Bytes()[:4]) {
		return identityRegistryV2.UnpackCategoryExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistryV2.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return identityRegistryV2.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistryV2.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return identityRegistryV2.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistryV2.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return identityRegistryV2.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistryV2.abi.Errors["IdentityAlreadyRegistered"].ID.Bytes()[:4]) {
		return identityRegistryV2.UnpackIdentityAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistryV2.abi.Errors["IdentityNotRegistered"].ID.Bytes()[:4]) {
		return identityRegistryV2.UnpackIdentityNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistryV2.abi.Errors["InvalidCategory"].ID.Bytes()[:4]) {
		return identityRegistryV2.UnpackInvalidCategoryError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistryV2.abi.Errors["InvalidCountry"].ID.Bytes()[:4]) {
		return identityRegistryV2.UnpackInvalidCountryError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistryV2.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return identityRegistryV2.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistryV2.abi.Errors["InvalidInvestorId"].ID.Bytes()[:4]) {
		return identityRegistryV2.UnpackInvalidInvestorIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistryV2.abi.Errors["InvalidUpgrader"].ID.Bytes()[:4]) {
		return identityRegistryV2.UnpackInvalidUpgraderError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistryV2.abi.Errors["InvalidWallet"].ID.Bytes()[:4]) {
		return identityRegistryV2.UnpackInvalidWalletError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistryV2.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return identityRegistryV2.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistryV2.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return identityRegistryV2.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistryV2.abi.Errors["NotSupported"].ID.Bytes()[:4]) {
		return identityRegistryV2.UnpackNotSupportedError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistryV2.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return identityRegistryV2.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistryV2.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return identityRegistryV2.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistryV2.abi.Errors["WalletBoundToOtherInvestor"].ID.Bytes()[:4]) {
		return identityRegistryV2.UnpackWalletBoundToOtherInvestorError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IdentityRegistryV2AccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2AccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func IdentityRegistryV2AccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (identityRegistryV2 *IdentityRegistryV2) UnpackAccessControlBadConfirmationError(raw []byte) (*IdentityRegistryV2AccessControlBadConfirmation, error) {
	out := new(IdentityRegistryV2AccessControlBadConfirmation)
	if err := identityRegistryV2.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryV2AccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2AccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func IdentityRegistryV2AccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (identityRegistryV2 *IdentityRegistryV2) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*IdentityRegistryV2AccessControlUnauthorizedAccount, error) {
	out := new(IdentityRegistryV2AccessControlUnauthorizedAccount)
	if err := identityRegistryV2.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryV2AddressEmptyCode represents a AddressEmptyCode error raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2AddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func IdentityRegistryV2AddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (identityRegistryV2 *IdentityRegistryV2) UnpackAddressEmptyCodeError(raw []byte) (*IdentityRegistryV2AddressEmptyCode, error) {
	out := new(IdentityRegistryV2AddressEmptyCode)
	if err := identityRegistryV2.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryV2CategoryExpired represents a CategoryExpired error raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2CategoryExpired struct {
	Wallet   common.Address
	Category uint8
	Expiry   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CategoryExpired(address wallet, uint8 category, uint64 expiry)
func IdentityRegistryV2CategoryExpiredErrorID() common.Hash {
	return common.HexToHash("0x685e2c73521076eaae0421113779e80d509fe097f295a3c31a233661946137f7")
}

// UnpackCategoryExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CategoryExpired(address wallet, uint8 category, uint64 expiry)
func (identityRegistryV2 *IdentityRegistryV2) UnpackCategoryExpiredError(raw []byte) (*IdentityRegistryV2CategoryExpired, error) {
	out := new(IdentityRegistryV2CategoryExpired)
	if err := identityRegistryV2.abi.UnpackIntoInterface(out, "CategoryExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryV2ERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2ERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func IdentityRegistryV2ERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (identityRegistryV2 *IdentityRegistryV2) UnpackERC1967InvalidImplementationError(raw []byte) (*IdentityRegistryV2ERC1967InvalidImplementation, error) {
	out := new(IdentityRegistryV2ERC1967InvalidImplementation)
	if err := identityRegistryV2.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryV2ERC1967NonPayable represents a ERC1967NonPayable error raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2ERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func IdentityRegistryV2ERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (identityRegistryV2 *IdentityRegistryV2) UnpackERC1967NonPayableError(raw []byte) (*IdentityRegistryV2ERC1967NonPayable, error) {
	out := new(IdentityRegistryV2ERC1967NonPayable)
	if err := identityRegistryV2.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryV2FailedCall represents a FailedCall error raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2FailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func IdentityRegistryV2FailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (identityRegistryV2 *IdentityRegistryV2) UnpackFailedCallError(raw []byte) (*IdentityRegistryV2FailedCall, error) {
	out := new(IdentityRegistryV2FailedCall)
	if err := identityRegistryV2.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryV2IdentityAlreadyRegistered represents a IdentityAlreadyRegistered error raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2IdentityAlreadyRegistered struct {
	Wallet common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IdentityAlreadyRegistered(address wallet)
func IdentityRegistryV2IdentityAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x45052f45140f2fa9009e19fa5b92516f5dcb3e38b4eeb05ae2475eea0e2da053")
}

// UnpackIdentityAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IdentityAlreadyRegistered(address wallet)
func (identityRegistryV2 *IdentityRegistryV2) UnpackIdentityAlreadyRegisteredError(raw []byte) (*IdentityRegistryV2IdentityAlreadyRegistered, error) {
	out := new(IdentityRegistryV2IdentityAlreadyRegistered)
	if err := identityRegistryV2.abi.UnpackIntoInterface(out, "IdentityAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryV2IdentityNotRegistered represents a IdentityNotRegistered error raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2IdentityNotRegistered struct {
	Wallet common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IdentityNotRegistered(address wallet)
func IdentityRegistryV2IdentityNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xfa9b64eb64fc68a272709bb8e865cb0a60e3ab75b8fef7cec7b7e8e634dbe063")
}

// UnpackIdentityNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IdentityNotRegistered(address wallet)
func (identityRegistryV2 *IdentityRegistryV2) UnpackIdentityNotRegisteredError(raw []byte) (*IdentityRegistryV2IdentityNotRegistered, error) {
	out := new(IdentityRegistryV2IdentityNotRegistered)
	if err := identityRegistryV2.abi.UnpackIntoInterface(out, "IdentityNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryV2InvalidCategory represents a InvalidCategory error raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2InvalidCategory struct {
	Category uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidCategory(uint8 category)
func IdentityRegistryV2InvalidCategoryErrorID() common.Hash {
	return common.HexToHash("0xe4e866a9fb77fd4d9914aed6170fcd6ed3df7096154eedbf56cb1c71ce9b3e6f")
}

// UnpackInvalidCategoryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidCategory(uint8 category)
func (identityRegistryV2 *IdentityRegistryV2) UnpackInvalidCategoryError(raw []byte) (*IdentityRegistryV2InvalidCategory, error) {
	out := new(IdentityRegistryV2InvalidCategory)
	if err := identityRegistryV2.abi.UnpackIntoInterface(out, "InvalidCategory", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryV2InvalidCountry represents a InvalidCountry error raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2InvalidCountry struct {
	Country uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidCountry(uint16 country)
func IdentityRegistryV2InvalidCountryErrorID() common.Hash {
	return common.HexToHash("0x4cb928b79f492825f539455450899543b3da5fec51cbdd3ca3a59a02c1156068")
}

// UnpackInvalidCountryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidCountry(uint16 country)
func (identityRegistryV2 *IdentityRegistryV2) UnpackInvalidCountryError(raw []byte) (*IdentityRegistryV2InvalidCountry, error) {
	out := new(IdentityRegistryV2InvalidCountry)
	if err := identityRegistryV2.abi.UnpackIntoInterface(out, "InvalidCountry", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryV2InvalidInitialization represents a InvalidInitialization error raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2InvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func IdentityRegistryV2InvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (identityRegistryV2 *IdentityRegistryV2) UnpackInvalidInitializationError(raw []byte) (*IdentityRegistryV2InvalidInitialization, error) {
	out := new(IdentityRegistryV2InvalidInitialization)
	if err := identityRegistryV2.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryV2InvalidInvestorId represents a InvalidInvestorId error raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2InvalidInvestorId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInvestorId()
func IdentityRegistryV2InvalidInvestorIdErrorID() common.Hash {
	return common.HexToHash("0x92a2a5bdab2c6772cb371254270c413e0c47af03bca7b2fc1bd6e489defdc4a3")
}

// UnpackInvalidInvestorIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInvestorId()
func (identityRegistryV2 *IdentityRegistryV2) UnpackInvalidInvestorIdError(raw []byte) (*IdentityRegistryV2InvalidInvestorId, error) {
	out := new(IdentityRegistryV2InvalidInvestorId)
	if err := identityRegistryV2.abi.UnpackIntoInterface(out, "InvalidInvestorId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryV2InvalidUpgrader represents a InvalidUpgrader error raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2InvalidUpgrader struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidUpgrader()
func IdentityRegistryV2InvalidUpgraderErrorID() common.Hash {
	return common.HexToHash("0x93c27326af213034bd281f7765a9aabcf1b2c7794e6bcf620bbaab397462410f")
}

// UnpackInvalidUpgraderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidUpgrader()
func (identityRegistryV2 *IdentityRegistryV2) UnpackInvalidUpgraderError(raw []byte) (*IdentityRegistryV2InvalidUpgrader, error) {
	out := new(IdentityRegistryV2InvalidUpgrader)
	if err := identityRegistryV2.abi.UnpackIntoInterface(out, "InvalidUpgrader", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryV2InvalidWallet represents a InvalidWallet error raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2InvalidWallet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidWallet()
func IdentityRegistryV2InvalidWalletErrorID() common.Hash {
	return common.HexToHash("0x23455ba1dd5d22534bfa2aa6565424d4ca815608d443e8e14114d11de76a47e2")
}

// UnpackInvalidWalletError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidWallet()
func (identityRegistryV2 *IdentityRegistryV2) UnpackInvalidWalletError(raw []byte) (*IdentityRegistryV2InvalidWallet, error) {
	out := new(IdentityRegistryV2InvalidWallet)
	if err := identityRegistryV2.abi.UnpackIntoInterface(out, "InvalidWallet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryV2LengthMismatch represents a LengthMismatch error raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2LengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch()
func IdentityRegistryV2LengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xff633a3803c58b9bc21e58efecee59f27e033cc0b1883fccb4969c76146fe60f")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch()
func (identityRegistryV2 *IdentityRegistryV2) UnpackLengthMismatchError(raw []byte) (*IdentityRegistryV2LengthMismatch, error) {
	out := new(IdentityRegistryV2LengthMismatch)
	if err := identityRegistryV2.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryV2NotInitializing represents a NotInitializing error raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2NotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func IdentityRegistryV2NotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (identityRegistryV2 *IdentityRegistryV2) UnpackNotInitializingError(raw []byte) (*IdentityRegistryV2NotInitializing, error) {
	out := new(IdentityRegistryV2NotInitializing)
	if err := identityRegistryV2.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryV2NotSupported represents a NotSupported error raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2NotSupported struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSupported(string reason)
func IdentityRegistryV2NotSupportedErrorID() common.Hash {
	return common.HexToHash("0x329e2f15154ecf1df584c66d531aa4ec1a2a0b60ea4ed01ae287032531871b9e")
}

// UnpackNotSupportedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSupported(string reason)
func (identityRegistryV2 *IdentityRegistryV2) UnpackNotSupportedError(raw []byte) (*IdentityRegistryV2NotSupported, error) {
	out := new(IdentityRegistryV2NotSupported)
	if err := identityRegistryV2.abi.UnpackIntoInterface(out, "NotSupported", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryV2UUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2UUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func IdentityRegistryV2UUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (identityRegistryV2 *IdentityRegistryV2) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*IdentityRegistryV2UUPSUnauthorizedCallContext, error) {
	out := new(IdentityRegistryV2UUPSUnauthorizedCallContext)
	if err := identityRegistryV2.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryV2UUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2UUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func IdentityRegistryV2UUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (identityRegistryV2 *IdentityRegistryV2) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*IdentityRegistryV2UUPSUnsupportedProxiableUUID, error) {
	out := new(IdentityRegistryV2UUPSUnsupportedProxiableUUID)
	if err := identityRegistryV2.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryV2WalletBoundToOtherInvestor represents a WalletBoundToOtherInvestor error raised by the IdentityRegistryV2 contract.
type IdentityRegistryV2WalletBoundToOtherInvestor struct {
	Wallet     common.Address
	InvestorId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WalletBoundToOtherInvestor(address wallet, bytes32 investorId)
func IdentityRegistryV2WalletBoundToOtherInvestorErrorID() common.Hash {
	return common.HexToHash("0x89673d9bc72334d61cd7f12cb83505e7e87a4a560b5263bf28ddc70569858202")
}

// UnpackWalletBoundToOtherInvestorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WalletBoundToOtherInvestor(address wallet, bytes32 investorId)
func (identityRegistryV2 *IdentityRegistryV2) UnpackWalletBoundToOtherInvestorError(raw []byte) (*IdentityRegistryV2WalletBoundToOtherInvestor, error) {
	out := new(IdentityRegistryV2WalletBoundToOtherInvestor)
	if err := identityRegistryV2.abi.UnpackIntoInterface(out, "WalletBoundToOtherInvestor", raw); err != nil {
		return nil, err
	}
	return out, nil
}
