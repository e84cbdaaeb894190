// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package identityregistry

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

// IdentityRegistryMetaData contains all meta data concerning the IdentityRegistry contract.
var IdentityRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"CategoryExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"IdentityAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"IdentityNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"}],\"name\":\"InvalidCategory\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"InvalidCountry\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInvestorId\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidUpgrader\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidWallet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"NotSupported\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"WalletBoundToOtherInvestor\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AgentAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AgentRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"}],\"name\":\"CategoryCleared\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"proof\",\"type\":\"bytes32\"}],\"name\":\"CategorySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"CountryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"ExpiryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"}],\"name\":\"FlagsUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"}],\"name\":\"IdentityRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"IdentityRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRAR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"addAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"anchorOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"wallets\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"identities\",\"type\":\"address[]\"},{\"internalType\":\"uint16[]\",\"name\":\"countries\",\"type\":\"uint16[]\"}],\"name\":\"batchRegisterIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"wallets\",\"type\":\"address[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"investorIds\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint16[]\",\"name\":\"countries\",\"type\":\"uint16[]\"},{\"internalType\":\"uint64[]\",\"name\":\"expiries\",\"type\":\"uint64[]\"},{\"internalType\":\"uint256[]\",\"name\":\"flags\",\"type\":\"uint256[]\"}],\"name\":\"batchRegisterIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"boundInvestorOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"}],\"name\":\"categoryOf\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"held\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"proof\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"contains\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"deleteIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"expireCategories\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"identity\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"identityOf\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"}],\"internalType\":\"structIdentityRegistry.Identity\",\"name\":\"id\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"identityStorage\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"upgrader\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"investorCountry\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"investorOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"isAgent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"isVerified\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"issuersRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"linkedIdentityRegistries\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"registries\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"record\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"records\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"fromRecord\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toRecord\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"identity_\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"registerIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"}],\"name\":\"registerIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"removeAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"}],\"name\":\"revokeCategory\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"proof\",\"type\":\"bytes32\"}],\"name\":\"setCategory\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"setClaimTopicsRegistry\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"setIdentityRegistryStorage\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"setTrustedIssuersRegistry\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"storedIdentity\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"storedInvestorCountry\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"topicsRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"updateCountry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"updateExpiry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"}],\"name\":\"updateFlags\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"identity_\",\"type\":\"address\"}],\"name\":\"updateIdentity\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"walletCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "IdentityRegistry",
	Bin: "0x60a060405230608052348015610013575f5ffd5b5061001c610021565b6100d3565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100715760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d05780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b608051612c646100f95f395f81816121170152818161214001526122900152612c645ff3fe6080604052600436106102a5575f3560e01c806384e798421161016f578063b9209e33116100d8578063e452bb7111610092578063f0eb5e541161006d578063f0eb5e54146108a4578063f11abfd8146108c3578063f68e9553146108d5578063f72c0d8b146108f5575f5ffd5b8063e452bb7114610866578063e744d7891461052a578063ed7960a914610885575f5ffd5b8063b9209e331461075a578063bf9eb95914610779578063c63456261461079a578063cf4ff90114610809578063d547741f14610828578063d89ac23714610847575f5ffd5b80639ee38db2116101295780639ee38db214610688578063a217fddf146106cc578063a8d29d1d146106df578063ad3cb1cc146106fe578063b4f3fcb7146103e5578063b70efaa11461073b575f5ffd5b806384e79842146105b9578063853ea853146105d85780638e098ca11461060c57806391d148541461062b57806397a6278e1461064a5780639b2c949014610669575f5ffd5b8063454a03e0116102115780635dbe47e8116101cb5780635dbe47e8146104ec578063653dc9f11461050b578063670af6a91461052a578063727e13bc146105495780637988d3a51461057b5780637e42683b1461059a575f5ffd5b8063454a03e014610449578063458858ed14610468578063485cc955146104875780634dffeb69146104a65780634f1ef286146104c557806352d1902d146104d8575f5ffd5b806335cffc951161026257806335cffc951461038857806336568abe146103a75780633b239a7f146103c65780633b3e12f4146103e557806340b598411461040b578063417513ea1461042a575f5ffd5b806301ffc9a7146102a95780631ffbb064146102dd578063248a9ca3146102fc57806326d941ae146103295780632f2ff15d1461034a5780633465d6d514610369575b5f5ffd5b3480156102b4575f5ffd5b506102c86102c3366004612597565b610915565b60405190151581526020015b60405180910390f35b3480156102e8575f5ffd5b506102c86102f73660046125d4565b61094b565b348015610307575f5ffd5b5061031b6103163660046125ed565b610963565b6040519081526020016102d4565b348015610334575f5ffd5b506103486103433660046125d4565b610983565b005b348015610355575f5ffd5b50610348610364366004612604565b6109e2565b348015610374575f5ffd5b5061031b6103833660046125d4565b610a04565b348015610393575f5ffd5b506103486103a236600461262e565b610a2b565b3480156103b2575f5ffd5b506103486103c1366004612604565b610aeb565b3480156103d1575f5ffd5b506103486103e0366004612667565b610b23565b3480156103f0575f5ffd5b505f5b6040516001600160a01b0390911681526020016102d4565b348015610416575f5ffd5b506103486104253660046126b5565b610bbc565b348015610435575f5ffd5b5061031b6104443660046125d4565b610ddd565b348015610454575f5ffd5b506103486104633660046126fd565b610e95565b348015610473575f5ffd5b5061034861048236600461273d565b610ec9565b348015610492575f5ffd5b506103486104a1366004612765565b610f1d565b3480156104b1575f5ffd5b5061031b6104c03660046125d4565b611016565b6103486104d33660046127a1565b611079565b3480156104e3575f5ffd5b5061031b611098565b3480156104f7575f5ffd5b506102c86105063660046125d4565b6110b3565b348015610516575f5ffd5b506103486105253660046128a2565b6110e7565b348015610535575f5ffd5b506103486105443660046125d4565b6111e1565b348015610554575f5ffd5b506105686105633660046125d4565b611249565b60405161ffff90911681526020016102d4565b348015610586575f5ffd5b506103f36105953660046125d4565b611253565b3480156105a5575f5ffd5b506105686105b43660046125d4565b61125d565b3480156105c4575f5ffd5b506103486105d33660046125d4565b611298565b3480156105e3575f5ffd5b506105f76105f2366004612765565b61130a565b604080519283526020830191909152016102d4565b348015610617575f5ffd5b50610348610626366004612765565b61135b565b348015610636575f5ffd5b506102c8610645366004612604565b6113e7565b348015610655575f5ffd5b506103486106643660046125d4565b61141d565b348015610674575f5ffd5b5061031b6106833660046125d4565b61148f565b348015610693575f5ffd5b506106a76106a236600461273d565b6114d6565b6040805193151584526001600160401b039092166020840152908201526060016102d4565b3480156106d7575f5ffd5b5061031b5f81565b3480156106ea575f5ffd5b506103486106f93660046125d4565b6115d4565b348015610709575f5ffd5b5061072e604051806040016040528060058152602001640352e302e360dc1b81525081565b6040516102d4919061293e565b348015610746575f5ffd5b5061031b6107553660046125ed565b6116bd565b348015610765575f5ffd5b506102c86107743660046125d4565b6116d9565b348015610784575f5ffd5b5061078d611725565b6040516102d49190612973565b3480156107a5575f5ffd5b506107b96107b43660046125d4565b61177d565b6040516102d491905f60a0820190508251825261ffff60208401511660208301526001600160401b0360408401511660408301526060830151606083015260808301511515608083015292915050565b348015610814575f5ffd5b506103f36108233660046125ed565b61185b565b348015610833575f5ffd5b50610348610842366004612604565b611880565b348015610852575f5ffd5b506103486108613660046129be565b61189c565b348015610871575f5ffd5b50610348610880366004612ab9565b6119ca565b348015610890575f5ffd5b5061034861089f366004612b0a565b6119f6565b3480156108af575f5ffd5b506103f36108be3660046125d4565b611a96565b3480156108ce575f5ffd5b50306103f3565b3480156108e0575f5ffd5b5061031b5f516020612c0f5f395f51905f5281565b348015610900575f5ffd5b5061031b5f516020612baf5f395f51905f5281565b5f6001600160e01b03198216637965db0b60e01b148061094557506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f6109455f516020612c0f5f395f51905f52836113e7565b5f9081525f516020612bef5f395f51905f52602052604090206001015490565b60405163329e2f1560e01b815260206004820152602860248201527f74686520726567697374727920697320697473206f776e206964656e746974796044820152672073746f7261676560c01b60648201526084015b60405180910390fd5b6109eb82610963565b6109f481611ad5565b6109fe8383611ae2565b50505050565b5f610a0d611b8a565b6001600160a01b039092165f90815260209290925250604090205490565b5f516020612c0f5f395f51905f52610a4281611ad5565b5f610a4c84611bae565b905060ff60f01b19811660ff60f01b60f085901b1617610a6a611b8a565b6001600160a01b0386165f908152602091909152604090205582610a8c611b8a565b6001600160a01b0386165f81815260019290920160205260409182902092909255517f574959d1bb248adc499e2a482ce35522e2c6ae685397f0a5446caf9499280add90610add9086815260200190565b60405180910390a250505050565b6001600160a01b0381163314610b145760405163334bd91960e11b815260040160405180910390fd5b610b1e8282611c08565b505050565b5f516020612c0f5f395f51905f52610b3a81611ad5565b610b4382611c81565b5f610b4d84611bae565b905061ffff60a01b19811661ffff60a01b60a085901b1617610b6d611b8a565b6001600160a01b0386165f818152602092909252604080832093909355915161ffff861692917f04ed3b726495c2dca1ff1215d9ca54e1a4030abb5e82b0f6ce55702416cee85391a350505050565b5f516020612c0f5f395f51905f52610bd381611ad5565b60078460ff161115610bfd5760405163e4e866a960e01b815260ff851660048201526024016109d9565b42836001600160401b031611610c495760405163685e2c7360e01b81526001600160a01b038616600482015260ff851660248201526001600160401b03841660448201526064016109d9565b5f610c5386611bae565b9050600160ff86161b60f081901b8217610c6b611b8a565b6001600160a01b0389165f908152602091909152604090205580610c8d611b8a565b6001600160a01b0389165f9081526001919091016020908152604091829020805490931790925580518082019091526001600160401b0387168152908101859052610cd6611b8a565b6001600160a01b0389165f8181526005929092016020908152604080842060ff8c16808652908352938190208551815467ffffffffffffffff19166001600160401b03918216178255958301516001909101558051948a168552908401889052919290917f772ad8cdd62699c4cbbc43709af7782701177096d6047d15e507f4cfb26281bc910160405180910390a3866001600160a01b03167f574959d1bb248adc499e2a482ce35522e2c6ae685397f0a5446caf9499280add610d98611b8a565b6001015f8a6001600160a01b03166001600160a01b031681526020019081526020015f2054604051610dcc91815260200190565b60405180910390a250505050505050565b5f5f610de883611bae565b90505f5b60088160ff161015610e6a575f610e01611b8a565b6001600160a01b0386165f9081526005919091016020908152604080832060ff861684529091529020546001600160401b031690508015801590610e4e575042816001600160401b031611155b15610e6157610e5e858484611cbb565b92505b50600101610dec565b50610e73611b8a565b6001600160a01b039093165f9081526001939093016020525050604090205490565b5f516020612c0f5f395f51905f52610eac81611ad5565b6109fe846001600160a01b038516846001600160401b035f611e02565b5f516020612c0f5f395f51905f52610ee081611ad5565b60078260ff161115610f0a5760405163e4e866a960e01b815260ff831660048201526024016109d9565b6109fe83610f1785611bae565b84611cbb565b5f610f26612074565b805490915060ff600160401b82041615906001600160401b03165f81158015610f4c5750825b90505f826001600160401b03166001148015610f675750303b155b905081158015610f75575080155b15610f935760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315610fbd57845460ff60401b1916600160401b1785555b610fc7878761209c565b831561100d57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050565b5f5f611020611b8a565b6001600160a01b0384165f90815260209190915260409020549050600160ff1b8116156110705761104f611b8a565b6001600160a01b0382165f9081526002919091016020526040902054611072565b5f5b9392505050565b61108161210c565b61108a826121b2565b61109482826121c9565b5050565b5f6110a1612285565b505f516020612bcf5f395f51905f5290565b5f600160ff1b6110c1611b8a565b6001600160a01b039093165f908152602093909352604090922054919091161515919050565b5f516020612c0f5f395f51905f526110fe81611ad5565b85848114158061110e5750828114155b1561112f576040516001621398b960e31b0319815260040160405180910390fd5b5f5b818110156111d6576111ce89898381811061114e5761114e612b32565b905060200201602081019061116391906125d4565b61119989898581811061117857611178612b32565b905060200201602081019061118d91906125d4565b6001600160a01b031690565b8787858181106111ab576111ab612b32565b90506020020160208101906111c09190612b46565b6001600160401b035f611e02565b600101611131565b505050505050505050565b60405163329e2f1560e01b815260206004820152603660248201527f766572696669636174696f6e20697320746865207265676973747261722773206044820152754b5943207265636f72642c206e6f7420636c61696d7360501b60648201526084016109d9565b5f6109458261125d565b5f61094582611a96565b5f5f611267611b8a565b6001600160a01b0384165f90815260209190915260409020549050600160ff1b8116156110705760a081901c611072565b6112ae5f516020612c0f5f395f51905f52610963565b6112b781611ad5565b6112ce5f516020612c0f5f395f51905f5283611ae2565b15611094576040516001600160a01b038316907ff68e73cec97f2d70aa641fb26e87a4383686e2efacb648f2165aeb02ac562ec5905f90a25050565b5f5f611314611b8a565b6001600160a01b0385165f9081526020919091526040902054611335611b8a565b6001600160a01b0385165f908152602091909152604090205490925090505b9250929050565b5f516020612c0f5f395f51905f5261137281611ad5565b5f61137c84611bae565b9050611387816122ce565b6001600160a01b0316836001600160a01b0316146109fe57836113a8611b8a565b6001600160a01b038084165f9081526002929092016020526040918290205491516389673d9b60e01b81529216600483015260248201526044016109d9565b5f9182525f516020612bef5f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6114335f516020612c0f5f395f51905f52610963565b61143c81611ad5565b6114535f516020612c0f5f395f51905f5283611c08565b15611094576040516001600160a01b038316907fed9c8ad8d5a0a66898ea49d2956929c93ae2e8bd50281b2ed897c5d1a6737e0b905f90a25050565b5f611498611b8a565b6002015f6114a4611b8a565b6001600160a01b039485165f908152602091825260408082205490961683529082019290925290920190912054919050565b5f5f5f60078460ff1611156114f257505f9150819050806115cd565b5f6114fb611b8a565b6001600160a01b0387165f9081526005919091016020908152604080832060ff891684528252808320815180830190925280546001600160401b031682526001015491810191909152915061154e611b8a565b6001600160a01b0388165f90815260209190915260409020549050600160ff1b811615801590611591575061158760ff871660f0612b5f565b81901c6001165f14155b80156115ba575081516001600160401b031615806115ba575042825f01516001600160401b0316115b8251602090930151909550919350909150505b9250925092565b5f516020612c0f5f395f51905f526115eb81611ad5565b5f6115f583611bae565b90505f611600611b8a565b6001600160a01b0383165f8181526002929092016020526040909120549150611627611b8a565b6001600160a01b0386165f9081526020919091526040902055611648611b8a565b6001600160a01b0385165f908152600191909101602052604081205561166c611b8a565b5f828152600491909101602052604080822080545f190190555182916001600160a01b038716917f40aa168fb32e6506340b1fafe2f08cfea604dce75057a2366b4074e0e55400a19190a350505050565b5f6116c6611b8a565b5f92835260040160205250604090205490565b5f5f6116e3611b8a565b6001600160a01b0384165f90815260209190915260409020549050600160ff1b81161580159061107257504260b082901c6001600160401b0316119392505050565b6040805160018082528183019092526060916020808301908036833701905050905030815f8151811061175a5761175a612b32565b60200260200101906001600160a01b031690816001600160a01b03168152505090565b6040805160a0810182525f808252602082018190529181018290526060810182905260808101829052906117af611b8a565b6001600160a01b0384165f90815260209190915260408120549150600160ff1b821690036117dd5750919050565b6117e5611b8a565b6001600160a01b0382165f908152600291909101602090815260409182902054845261ffff60a084901c16908401526001600160401b0360b083901c169083015261182e611b8a565b6001600160a01b039093165f90815260019384016020526040902054606083015250608081019190915290565b5f611864611b8a565b5f9283526003016020525060409020546001600160a01b031690565b61188982610963565b61189281611ad5565b6109fe8383611c08565b5f516020612c0f5f395f51905f526118b381611ad5565b8988811415806118c35750868114155b806118ce5750848114155b806118d95750828114155b156118fa576040516001621398b960e31b0319815260040160405180910390fd5b5f5b818110156119bb576119b38d8d8381811061191957611919612b32565b905060200201602081019061192e91906125d4565b8c8c8481811061194057611940612b32565b905060200201358b8b8581811061195957611959612b32565b905060200201602081019061196e9190612b46565b8a8a8681811061198057611980612b32565b90506020020160208101906119959190612b7e565b8989878181106119a7576119a7612b32565b90506020020135611e02565b6001016118fc565b50505050505050505050505050565b5f516020612c0f5f395f51905f526119e181611ad5565b6119ee8686868686611e02565b505050505050565b5f516020612c0f5f395f51905f52611a0d81611ad5565b5f611a1784611bae565b905067ffffffffffffffff60b01b19811667ffffffffffffffff60b01b60b085901b1617611a43611b8a565b6001600160a01b0386165f81815260209283526040908190209390935591516001600160401b03861681527f46728201bfafbc6f22db54cd99fafc271caa16238feb1085a47509a200f370229101610add565b5f5f611aa0611b8a565b6001600160a01b0384165f90815260209190915260409020549050600160ff1b81161561107057611ad0816122ce565b611072565b611adf8133612311565b50565b5f5f516020612bef5f395f51905f52611afb84846113e7565b611b7a575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055611b303390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610945565b5f915050610945565b5092915050565b7f94548e4ef8a1a64abf25138c2ff3ec41db61dd346b9c1962088585aa7d1df80090565b5f611bb7611b8a565b6001600160a01b0383165f90815260209190915260408120549150600160ff1b82169003611c035760405163fa9b64eb60e01b81526001600160a01b03831660048201526024016109d9565b919050565b5f5f516020612bef5f395f51905f52611c2184846113e7565b15611b7a575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a46001915050610945565b61ffff81161580611c9757506103e78161ffff16115b15611adf57604051634cb928b760e01b815261ffff821660048201526024016109d9565b600160ff82161b60f081901b1992909216915f9083611cd8611b8a565b6001600160a01b0387165f90815260209190915260409020558019611cfb611b8a565b6001600160a01b0387165f9081526001919091016020526040902080549091169055611d25611b8a565b6001600160a01b0386165f8181526005929092016020908152604080842060ff88168086529252808420805467ffffffffffffffff191681556001018490555190927f2ef3780a45d6ddf8b517799ad7a95bbb87352e0439066dda23b54324d90f5df391a3846001600160a01b03167f574959d1bb248adc499e2a482ce35522e2c6ae685397f0a5446caf9499280add611dbd611b8a565b6001015f886001600160a01b03166001600160a01b031681526020019081526020015f2054604051611df191815260200190565b60405180910390a250919392505050565b6001600160a01b038516611e29576040516323455ba160e01b815260040160405180910390fd5b83611e47576040516392a2a5bd60e01b815260040160405180910390fd5b611e5083611c81565b5f611e59611b8a565b6001600160a01b0387165f90815260209190915260409020549050600160ff1b811615611ea4576040516345052f4560e01b81526001600160a01b03871660048201526024016109d9565b806001600160a01b038116611f4257611ebb611b8a565b5f87815260039190910160205260409020546001600160a01b0316905080611f3d57508580611ee8611b8a565b5f8881526003919091016020526040902080546001600160a01b0319166001600160a01b039290921691909117905585611f20611b8a565b6001600160a01b0389165f90815260029190910160205260409020555b611f75565b85611f4b611b8a565b6001600160a01b0383165f908152600291909101602052604090205414611f7557866113a8611b8a565b600160ff1b60f08460ff16901b60b0866001600160401b0316901b60a08861ffff16901b846001600160a01b031617171717611faf611b8a565b6001600160a01b0389165f908152602091909152604090205582611fd1611b8a565b6001600160a01b0389165f9081526001919091016020526040902055611ff5611b8a565b5f878152600491909101602090815260409182902080546001019055815161ffff881681526001600160401b0387169181019190915290810184905286906001600160a01b038916907f76e9ee73259d54c015571008c9c830065ab269ab7aafa4a81d48179d09fdebfb9060600160405180910390a350505050505050565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610945565b6120a461234a565b6120ac61236f565b6001600160a01b0381166120d3576040516349e1399360e11b815260040160405180910390fd5b6120dd5f83611ae2565b506120f55f516020612baf5f395f51905f5280612377565b610b1e5f516020612baf5f395f51905f5282611ae2565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148061219257507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166121865f516020612bcf5f395f51905f52546001600160a01b031690565b6001600160a01b031614155b156121b05760405163703e46dd60e11b815260040160405180910390fd5b565b5f516020612baf5f395f51905f5261109481611ad5565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015612223575060408051601f3d908101601f1916820190925261222091810190612b97565b60015b61224b57604051634c9c8ce360e01b81526001600160a01b03831660048201526024016109d9565b5f516020612bcf5f395f51905f52811461227b57604051632a87526960e21b8152600481018290526024016109d9565b610b1e83836123d7565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146121b05760405163703e46dd60e11b815260040160405180910390fd5b5f81816122d9611b8a565b6001600160a01b0383165f9081526002919091016020526040902054905060a081901c156123075781612309565b805b949350505050565b61231b82826113e7565b6110945760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016109d9565b61235261242c565b6121b057604051631afcd79f60e31b815260040160405180910390fd5b6121b061234a565b5f516020612bef5f395f51905f525f61238f84610963565b5f85815260208490526040808220600101869055519192508491839187917fbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff9190a450505050565b6123e082612445565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a280511561242457610b1e82826124a8565b611094612541565b5f612435612074565b54600160401b900460ff16919050565b806001600160a01b03163b5f0361247a57604051634c9c8ce360e01b81526001600160a01b03821660048201526024016109d9565b5f516020612bcf5f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f6124b58484612560565b90508080156124d657505f3d11806124d657505f846001600160a01b03163b115b156124eb576124e3612573565b915050610945565b801561251557604051639996b31560e01b81526001600160a01b03851660048201526024016109d9565b3d156125285761252361258c565b611b83565b60405163d6bda27560e01b815260040160405180910390fd5b34156121b05760405163b398979f60e01b815260040160405180910390fd5b5f5f5f835160208501865af49392505050565b6040513d81523d5f602083013e3d602001810160405290565b6040513d5f823e3d81fd5b5f602082840312156125a7575f5ffd5b81356001600160e01b031981168114611072575f5ffd5b80356001600160a01b0381168114611c03575f5ffd5b5f602082840312156125e4575f5ffd5b611072826125be565b5f602082840312156125fd575f5ffd5b5035919050565b5f5f60408385031215612615575f5ffd5b82359150612625602084016125be565b90509250929050565b5f5f6040838503121561263f575f5ffd5b612648836125be565b946020939093013593505050565b803561ffff81168114611c03575f5ffd5b5f5f60408385031215612678575f5ffd5b612681836125be565b915061262560208401612656565b803560ff81168114611c03575f5ffd5b80356001600160401b0381168114611c03575f5ffd5b5f5f5f5f608085870312156126c8575f5ffd5b6126d1856125be565b93506126df6020860161268f565b92506126ed6040860161269f565b9396929550929360600135925050565b5f5f5f6060848603121561270f575f5ffd5b612718846125be565b9250612726602085016125be565b915061273460408501612656565b90509250925092565b5f5f6040838503121561274e575f5ffd5b612757836125be565b91506126256020840161268f565b5f5f60408385031215612776575f5ffd5b61277f836125be565b9150612625602084016125be565b634e487b7160e01b5f52604160045260245ffd5b5f5f604083850312156127b2575f5ffd5b6127bb836125be565b915060208301356001600160401b038111156127d5575f5ffd5b8301601f810185136127e5575f5ffd5b80356001600160401b038111156127fe576127fe61278d565b604051601f8201601f19908116603f011681016001600160401b038111828210171561282c5761282c61278d565b604052818152828201602001871015612843575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b5f5f83601f840112612872575f5ffd5b5081356001600160401b03811115612888575f5ffd5b6020830191508360208260051b8501011115611354575f5ffd5b5f5f5f5f5f5f606087890312156128b7575f5ffd5b86356001600160401b038111156128cc575f5ffd5b6128d889828a01612862565b90975095505060208701356001600160401b038111156128f6575f5ffd5b61290289828a01612862565b90955093505060408701356001600160401b03811115612920575f5ffd5b61292c89828a01612862565b979a9699509497509295939492505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b602080825282518282018190525f918401906040840190835b818110156129b35783516001600160a01b031683526020938401939092019160010161298c565b509095945050505050565b5f5f5f5f5f5f5f5f5f5f60a08b8d0312156129d7575f5ffd5b8a356001600160401b038111156129ec575f5ffd5b6129f88d828e01612862565b909b5099505060208b01356001600160401b03811115612a16575f5ffd5b612a228d828e01612862565b90995097505060408b01356001600160401b03811115612a40575f5ffd5b612a4c8d828e01612862565b90975095505060608b01356001600160401b03811115612a6a575f5ffd5b612a768d828e01612862565b90955093505060808b01356001600160401b03811115612a94575f5ffd5b612aa08d828e01612862565b915080935050809150509295989b9194979a5092959850565b5f5f5f5f5f60a08688031215612acd575f5ffd5b612ad6866125be565b945060208601359350612aeb60408701612656565b9250612af96060870161269f565b949793965091946080013592915050565b5f5f60408385031215612b1b575f5ffd5b612b24836125be565b91506126256020840161269f565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215612b56575f5ffd5b61107282612656565b8082018082111561094557634e487b7160e01b5f52601160045260245ffd5b5f60208284031215612b8e575f5ffd5b6110728261269f565b5f60208284031215612ba7575f5ffd5b505191905056fe189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e3360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800edcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c309238a2646970667358221220998a1a87e3787f2fb10020aab58e58d7d1909f94c5754abb14c981ef86fdcf5464736f6c63430008250033",
}

// IdentityRegistry is an auto generated Go binding around an Ethereum contract.
type IdentityRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IdentityRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewIdentityRegistry creates a new instance of IdentityRegistry.
func NewIdentityRegistry() *IdentityRegistry {
	parsed, err := IdentityRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IdentityRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IdentityRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (identityRegistry *IdentityRegistry) PackDEFAULTADMINROLE() []byte {
	enc, err := identityRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (identityRegistry *IdentityRegistry) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return identityRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (identityRegistry *IdentityRegistry) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := identityRegistry.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (identityRegistry *IdentityRegistry) PackREGISTRARROLE() []byte {
	enc, err := identityRegistry.abi.Pack("REGISTRAR_ROLE")
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
func (identityRegistry *IdentityRegistry) TryPackREGISTRARROLE() ([]byte, error) {
	return identityRegistry.abi.Pack("REGISTRAR_ROLE")
}

// UnpackREGISTRARROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf68e9553.
//
// Solidity: function REGISTRAR_ROLE() view returns(bytes32)
func (identityRegistry *IdentityRegistry) UnpackREGISTRARROLE(data []byte) ([32]byte, error) {
	out, err := identityRegistry.abi.Unpack("REGISTRAR_ROLE", data)
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
func (identityRegistry *IdentityRegistry) PackUPGRADERROLE() []byte {
	enc, err := identityRegistry.abi.Pack("UPGRADER_ROLE")
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
func (identityRegistry *IdentityRegistry) TryPackUPGRADERROLE() ([]byte, error) {
	return identityRegistry.abi.Pack("UPGRADER_ROLE")
}

// UnpackUPGRADERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf72c0d8b.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (identityRegistry *IdentityRegistry) UnpackUPGRADERROLE(data []byte) ([32]byte, error) {
	out, err := identityRegistry.abi.Unpack("UPGRADER_ROLE", data)
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
func (identityRegistry *IdentityRegistry) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := identityRegistry.abi.Pack("UPGRADE_INTERFACE_VERSION")
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
func (identityRegistry *IdentityRegistry) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return identityRegistry.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (identityRegistry *IdentityRegistry) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := identityRegistry.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackAddAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84e79842.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addAgent(address agent) returns()
func (identityRegistry *IdentityRegistry) PackAddAgent(agent common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("addAgent", agent)
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
func (identityRegistry *IdentityRegistry) TryPackAddAgent(agent common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("addAgent", agent)
}

// PackAnchorOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf4ff901.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function anchorOf(bytes32 investorId) view returns(address)
func (identityRegistry *IdentityRegistry) PackAnchorOf(investorId [32]byte) []byte {
	enc, err := identityRegistry.abi.Pack("anchorOf", investorId)
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
func (identityRegistry *IdentityRegistry) TryPackAnchorOf(investorId [32]byte) ([]byte, error) {
	return identityRegistry.abi.Pack("anchorOf", investorId)
}

// UnpackAnchorOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf4ff901.
//
// Solidity: function anchorOf(bytes32 investorId) view returns(address)
func (identityRegistry *IdentityRegistry) UnpackAnchorOf(data []byte) (common.Address, error) {
	out, err := identityRegistry.abi.Unpack("anchorOf", data)
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
func (identityRegistry *IdentityRegistry) PackBatchRegisterIdentityERC3643(wallets []common.Address, identities []common.Address, countries []uint16) []byte {
	enc, err := identityRegistry.abi.Pack("batchRegisterIdentity", wallets, identities, countries)
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
func (identityRegistry *IdentityRegistry) TryPackBatchRegisterIdentityERC3643(wallets []common.Address, identities []common.Address, countries []uint16) ([]byte, error) {
	return identityRegistry.abi.Pack("batchRegisterIdentity", wallets, identities, countries)
}

// PackBatchRegisterIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd89ac237.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchRegisterIdentity(address[] wallets, bytes32[] investorIds, uint16[] countries, uint64[] expiries, uint256[] flags) returns()
func (identityRegistry *IdentityRegistry) PackBatchRegisterIdentity(wallets []common.Address, investorIds [][32]byte, countries []uint16, expiries []uint64, flags []*big.Int) []byte {
	enc, err := identityRegistry.abi.Pack("batchRegisterIdentity0", wallets, investorIds, countries, expiries, flags)
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
func (identityRegistry *IdentityRegistry) TryPackBatchRegisterIdentity(wallets []common.Address, investorIds [][32]byte, countries []uint16, expiries []uint64, flags []*big.Int) ([]byte, error) {
	return identityRegistry.abi.Pack("batchRegisterIdentity0", wallets, investorIds, countries, expiries, flags)
}

// PackBoundInvestorOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b2c9490.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function boundInvestorOf(address wallet) view returns(bytes32)
func (identityRegistry *IdentityRegistry) PackBoundInvestorOf(wallet common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("boundInvestorOf", wallet)
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
func (identityRegistry *IdentityRegistry) TryPackBoundInvestorOf(wallet common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("boundInvestorOf", wallet)
}

// UnpackBoundInvestorOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9b2c9490.
//
// Solidity: function boundInvestorOf(address wallet) view returns(bytes32)
func (identityRegistry *IdentityRegistry) UnpackBoundInvestorOf(data []byte) ([32]byte, error) {
	out, err := identityRegistry.abi.Unpack("boundInvestorOf", data)
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
func (identityRegistry *IdentityRegistry) PackCategoryOf(wallet common.Address, category uint8) []byte {
	enc, err := identityRegistry.abi.Pack("categoryOf", wallet, category)
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
func (identityRegistry *IdentityRegistry) TryPackCategoryOf(wallet common.Address, category uint8) ([]byte, error) {
	return identityRegistry.abi.Pack("categoryOf", wallet, category)
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
func (identityRegistry *IdentityRegistry) UnpackCategoryOf(data []byte) (CategoryOfOutput, error) {
	out, err := identityRegistry.abi.Unpack("categoryOf", data)
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
func (identityRegistry *IdentityRegistry) PackContains(wallet common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("contains", wallet)
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
func (identityRegistry *IdentityRegistry) TryPackContains(wallet common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("contains", wallet)
}

// UnpackContains is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5dbe47e8.
//
// Solidity: function contains(address wallet) view returns(bool)
func (identityRegistry *IdentityRegistry) UnpackContains(data []byte) (bool, error) {
	out, err := identityRegistry.abi.Unpack("contains", data)
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
func (identityRegistry *IdentityRegistry) PackDeleteIdentity(wallet common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("deleteIdentity", wallet)
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
func (identityRegistry *IdentityRegistry) TryPackDeleteIdentity(wallet common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("deleteIdentity", wallet)
}

// PackExpireCategories is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x417513ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function expireCategories(address wallet) returns(uint256)
func (identityRegistry *IdentityRegistry) PackExpireCategories(wallet common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("expireCategories", wallet)
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
func (identityRegistry *IdentityRegistry) TryPackExpireCategories(wallet common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("expireCategories", wallet)
}

// UnpackExpireCategories is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x417513ea.
//
// Solidity: function expireCategories(address wallet) returns(uint256)
func (identityRegistry *IdentityRegistry) UnpackExpireCategories(data []byte) (*big.Int, error) {
	out, err := identityRegistry.abi.Unpack("expireCategories", data)
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
func (identityRegistry *IdentityRegistry) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := identityRegistry.abi.Pack("getRoleAdmin", role)
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
func (identityRegistry *IdentityRegistry) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return identityRegistry.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (identityRegistry *IdentityRegistry) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := identityRegistry.abi.Unpack("getRoleAdmin", data)
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
func (identityRegistry *IdentityRegistry) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("grantRole", role, account)
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
func (identityRegistry *IdentityRegistry) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (identityRegistry *IdentityRegistry) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("hasRole", role, account)
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
func (identityRegistry *IdentityRegistry) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (identityRegistry *IdentityRegistry) UnpackHasRole(data []byte) (bool, error) {
	out, err := identityRegistry.abi.Unpack("hasRole", data)
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
func (identityRegistry *IdentityRegistry) PackIdentity(wallet common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("identity", wallet)
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
func (identityRegistry *IdentityRegistry) TryPackIdentity(wallet common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("identity", wallet)
}

// UnpackIdentity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0eb5e54.
//
// Solidity: function identity(address wallet) view returns(address)
func (identityRegistry *IdentityRegistry) UnpackIdentity(data []byte) (common.Address, error) {
	out, err := identityRegistry.abi.Unpack("identity", data)
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
func (identityRegistry *IdentityRegistry) PackIdentityOf(wallet common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("identityOf", wallet)
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
func (identityRegistry *IdentityRegistry) TryPackIdentityOf(wallet common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("identityOf", wallet)
}

// UnpackIdentityOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6345626.
//
// Solidity: function identityOf(address wallet) view returns((bytes32,uint16,uint64,uint256,bool) id)
func (identityRegistry *IdentityRegistry) UnpackIdentityOf(data []byte) (IdentityRegistryIdentity, error) {
	out, err := identityRegistry.abi.Unpack("identityOf", data)
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
func (identityRegistry *IdentityRegistry) PackIdentityStorage() []byte {
	enc, err := identityRegistry.abi.Pack("identityStorage")
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
func (identityRegistry *IdentityRegistry) TryPackIdentityStorage() ([]byte, error) {
	return identityRegistry.abi.Pack("identityStorage")
}

// UnpackIdentityStorage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf11abfd8.
//
// Solidity: function identityStorage() view returns(address)
func (identityRegistry *IdentityRegistry) UnpackIdentityStorage(data []byte) (common.Address, error) {
	out, err := identityRegistry.abi.Unpack("identityStorage", data)
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
func (identityRegistry *IdentityRegistry) PackInitialize(admin common.Address, upgrader common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("initialize", admin, upgrader)
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
func (identityRegistry *IdentityRegistry) TryPackInitialize(admin common.Address, upgrader common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("initialize", admin, upgrader)
}

// PackInvestorCountry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e42683b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function investorCountry(address wallet) view returns(uint16)
func (identityRegistry *IdentityRegistry) PackInvestorCountry(wallet common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("investorCountry", wallet)
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
func (identityRegistry *IdentityRegistry) TryPackInvestorCountry(wallet common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("investorCountry", wallet)
}

// UnpackInvestorCountry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7e42683b.
//
// Solidity: function investorCountry(address wallet) view returns(uint16)
func (identityRegistry *IdentityRegistry) UnpackInvestorCountry(data []byte) (uint16, error) {
	out, err := identityRegistry.abi.Unpack("investorCountry", data)
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
func (identityRegistry *IdentityRegistry) PackInvestorOf(wallet common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("investorOf", wallet)
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
func (identityRegistry *IdentityRegistry) TryPackInvestorOf(wallet common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("investorOf", wallet)
}

// UnpackInvestorOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4dffeb69.
//
// Solidity: function investorOf(address wallet) view returns(bytes32)
func (identityRegistry *IdentityRegistry) UnpackInvestorOf(data []byte) ([32]byte, error) {
	out, err := identityRegistry.abi.Unpack("investorOf", data)
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
func (identityRegistry *IdentityRegistry) PackIsAgent(agent common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("isAgent", agent)
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
func (identityRegistry *IdentityRegistry) TryPackIsAgent(agent common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("isAgent", agent)
}

// UnpackIsAgent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1ffbb064.
//
// Solidity: function isAgent(address agent) view returns(bool)
func (identityRegistry *IdentityRegistry) UnpackIsAgent(data []byte) (bool, error) {
	out, err := identityRegistry.abi.Unpack("isAgent", data)
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
func (identityRegistry *IdentityRegistry) PackIsVerified(wallet common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("isVerified", wallet)
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
func (identityRegistry *IdentityRegistry) TryPackIsVerified(wallet common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("isVerified", wallet)
}

// UnpackIsVerified is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb9209e33.
//
// Solidity: function isVerified(address wallet) view returns(bool)
func (identityRegistry *IdentityRegistry) UnpackIsVerified(data []byte) (bool, error) {
	out, err := identityRegistry.abi.Unpack("isVerified", data)
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
func (identityRegistry *IdentityRegistry) PackIssuersRegistry() []byte {
	enc, err := identityRegistry.abi.Pack("issuersRegistry")
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
func (identityRegistry *IdentityRegistry) TryPackIssuersRegistry() ([]byte, error) {
	return identityRegistry.abi.Pack("issuersRegistry")
}

// UnpackIssuersRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb4f3fcb7.
//
// Solidity: function issuersRegistry() pure returns(address)
func (identityRegistry *IdentityRegistry) UnpackIssuersRegistry(data []byte) (common.Address, error) {
	out, err := identityRegistry.abi.Unpack("issuersRegistry", data)
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
func (identityRegistry *IdentityRegistry) PackLinkedIdentityRegistries() []byte {
	enc, err := identityRegistry.abi.Pack("linkedIdentityRegistries")
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
func (identityRegistry *IdentityRegistry) TryPackLinkedIdentityRegistries() ([]byte, error) {
	return identityRegistry.abi.Pack("linkedIdentityRegistries")
}

// UnpackLinkedIdentityRegistries is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf9eb959.
//
// Solidity: function linkedIdentityRegistries() view returns(address[] registries)
func (identityRegistry *IdentityRegistry) UnpackLinkedIdentityRegistries(data []byte) ([]common.Address, error) {
	out, err := identityRegistry.abi.Unpack("linkedIdentityRegistries", data)
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
func (identityRegistry *IdentityRegistry) PackProxiableUUID() []byte {
	enc, err := identityRegistry.abi.Pack("proxiableUUID")
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
func (identityRegistry *IdentityRegistry) TryPackProxiableUUID() ([]byte, error) {
	return identityRegistry.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (identityRegistry *IdentityRegistry) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := identityRegistry.abi.Unpack("proxiableUUID", data)
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
func (identityRegistry *IdentityRegistry) PackRecord(wallet common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("record", wallet)
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
func (identityRegistry *IdentityRegistry) TryPackRecord(wallet common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("record", wallet)
}

// UnpackRecord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3465d6d5.
//
// Solidity: function record(address wallet) view returns(uint256)
func (identityRegistry *IdentityRegistry) UnpackRecord(data []byte) (*big.Int, error) {
	out, err := identityRegistry.abi.Unpack("record", data)
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
func (identityRegistry *IdentityRegistry) PackRecords(from common.Address, to common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("records", from, to)
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
func (identityRegistry *IdentityRegistry) TryPackRecords(from common.Address, to common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("records", from, to)
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
func (identityRegistry *IdentityRegistry) UnpackRecords(data []byte) (RecordsOutput, error) {
	out, err := identityRegistry.abi.Unpack("records", data)
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
func (identityRegistry *IdentityRegistry) PackRegisterIdentityERC3643(wallet common.Address, identity common.Address, country uint16) []byte {
	enc, err := identityRegistry.abi.Pack("registerIdentity", wallet, identity, country)
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
func (identityRegistry *IdentityRegistry) TryPackRegisterIdentityERC3643(wallet common.Address, identity common.Address, country uint16) ([]byte, error) {
	return identityRegistry.abi.Pack("registerIdentity", wallet, identity, country)
}

// PackRegisterIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe452bb71.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerIdentity(address wallet, bytes32 investorId, uint16 country, uint64 expiry, uint256 flags) returns()
func (identityRegistry *IdentityRegistry) PackRegisterIdentity(wallet common.Address, investorId [32]byte, country uint16, expiry uint64, flags *big.Int) []byte {
	enc, err := identityRegistry.abi.Pack("registerIdentity0", wallet, investorId, country, expiry, flags)
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
func (identityRegistry *IdentityRegistry) TryPackRegisterIdentity(wallet common.Address, investorId [32]byte, country uint16, expiry uint64, flags *big.Int) ([]byte, error) {
	return identityRegistry.abi.Pack("registerIdentity0", wallet, investorId, country, expiry, flags)
}

// PackRemoveAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97a6278e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeAgent(address agent) returns()
func (identityRegistry *IdentityRegistry) PackRemoveAgent(agent common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("removeAgent", agent)
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
func (identityRegistry *IdentityRegistry) TryPackRemoveAgent(agent common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("removeAgent", agent)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (identityRegistry *IdentityRegistry) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("renounceRole", role, callerConfirmation)
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
func (identityRegistry *IdentityRegistry) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x458858ed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeCategory(address wallet, uint8 category) returns()
func (identityRegistry *IdentityRegistry) PackRevokeCategory(wallet common.Address, category uint8) []byte {
	enc, err := identityRegistry.abi.Pack("revokeCategory", wallet, category)
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
func (identityRegistry *IdentityRegistry) TryPackRevokeCategory(wallet common.Address, category uint8) ([]byte, error) {
	return identityRegistry.abi.Pack("revokeCategory", wallet, category)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (identityRegistry *IdentityRegistry) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("revokeRole", role, account)
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
func (identityRegistry *IdentityRegistry) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("revokeRole", role, account)
}

// PackSetCategory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40b59841.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCategory(address wallet, uint8 category, uint64 expiry, bytes32 proof) returns()
func (identityRegistry *IdentityRegistry) PackSetCategory(wallet common.Address, category uint8, expiry uint64, proof [32]byte) []byte {
	enc, err := identityRegistry.abi.Pack("setCategory", wallet, category, expiry, proof)
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
func (identityRegistry *IdentityRegistry) TryPackSetCategory(wallet common.Address, category uint8, expiry uint64, proof [32]byte) ([]byte, error) {
	return identityRegistry.abi.Pack("setCategory", wallet, category, expiry, proof)
}

// PackSetClaimTopicsRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x670af6a9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setClaimTopicsRegistry(address ) pure returns()
func (identityRegistry *IdentityRegistry) PackSetClaimTopicsRegistry(arg0 common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("setClaimTopicsRegistry", arg0)
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
func (identityRegistry *IdentityRegistry) TryPackSetClaimTopicsRegistry(arg0 common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("setClaimTopicsRegistry", arg0)
}

// PackSetIdentityRegistryStorage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26d941ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setIdentityRegistryStorage(address ) pure returns()
func (identityRegistry *IdentityRegistry) PackSetIdentityRegistryStorage(arg0 common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("setIdentityRegistryStorage", arg0)
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
func (identityRegistry *IdentityRegistry) TryPackSetIdentityRegistryStorage(arg0 common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("setIdentityRegistryStorage", arg0)
}

// PackSetTrustedIssuersRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe744d789.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTrustedIssuersRegistry(address ) pure returns()
func (identityRegistry *IdentityRegistry) PackSetTrustedIssuersRegistry(arg0 common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("setTrustedIssuersRegistry", arg0)
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
func (identityRegistry *IdentityRegistry) TryPackSetTrustedIssuersRegistry(arg0 common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("setTrustedIssuersRegistry", arg0)
}

// PackStoredIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7988d3a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function storedIdentity(address wallet) view returns(address)
func (identityRegistry *IdentityRegistry) PackStoredIdentity(wallet common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("storedIdentity", wallet)
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
func (identityRegistry *IdentityRegistry) TryPackStoredIdentity(wallet common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("storedIdentity", wallet)
}

// UnpackStoredIdentity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7988d3a5.
//
// Solidity: function storedIdentity(address wallet) view returns(address)
func (identityRegistry *IdentityRegistry) UnpackStoredIdentity(data []byte) (common.Address, error) {
	out, err := identityRegistry.abi.Unpack("storedIdentity", data)
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
func (identityRegistry *IdentityRegistry) PackStoredInvestorCountry(wallet common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("storedInvestorCountry", wallet)
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
func (identityRegistry *IdentityRegistry) TryPackStoredInvestorCountry(wallet common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("storedInvestorCountry", wallet)
}

// UnpackStoredInvestorCountry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x727e13bc.
//
// Solidity: function storedInvestorCountry(address wallet) view returns(uint16)
func (identityRegistry *IdentityRegistry) UnpackStoredInvestorCountry(data []byte) (uint16, error) {
	out, err := identityRegistry.abi.Unpack("storedInvestorCountry", data)
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
func (identityRegistry *IdentityRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := identityRegistry.abi.Pack("supportsInterface", interfaceId)
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
func (identityRegistry *IdentityRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return identityRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (identityRegistry *IdentityRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := identityRegistry.abi.Unpack("supportsInterface", data)
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
func (identityRegistry *IdentityRegistry) PackTopicsRegistry() []byte {
	enc, err := identityRegistry.abi.Pack("topicsRegistry")
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
func (identityRegistry *IdentityRegistry) TryPackTopicsRegistry() ([]byte, error) {
	return identityRegistry.abi.Pack("topicsRegistry")
}

// UnpackTopicsRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3b3e12f4.
//
// Solidity: function topicsRegistry() pure returns(address)
func (identityRegistry *IdentityRegistry) UnpackTopicsRegistry(data []byte) (common.Address, error) {
	out, err := identityRegistry.abi.Unpack("topicsRegistry", data)
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
func (identityRegistry *IdentityRegistry) PackUpdateCountry(wallet common.Address, country uint16) []byte {
	enc, err := identityRegistry.abi.Pack("updateCountry", wallet, country)
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
func (identityRegistry *IdentityRegistry) TryPackUpdateCountry(wallet common.Address, country uint16) ([]byte, error) {
	return identityRegistry.abi.Pack("updateCountry", wallet, country)
}

// PackUpdateExpiry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed7960a9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateExpiry(address wallet, uint64 expiry) returns()
func (identityRegistry *IdentityRegistry) PackUpdateExpiry(wallet common.Address, expiry uint64) []byte {
	enc, err := identityRegistry.abi.Pack("updateExpiry", wallet, expiry)
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
func (identityRegistry *IdentityRegistry) TryPackUpdateExpiry(wallet common.Address, expiry uint64) ([]byte, error) {
	return identityRegistry.abi.Pack("updateExpiry", wallet, expiry)
}

// PackUpdateFlags is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35cffc95.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateFlags(address wallet, uint256 flags) returns()
func (identityRegistry *IdentityRegistry) PackUpdateFlags(wallet common.Address, flags *big.Int) []byte {
	enc, err := identityRegistry.abi.Pack("updateFlags", wallet, flags)
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
func (identityRegistry *IdentityRegistry) TryPackUpdateFlags(wallet common.Address, flags *big.Int) ([]byte, error) {
	return identityRegistry.abi.Pack("updateFlags", wallet, flags)
}

// PackUpdateIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e098ca1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateIdentity(address wallet, address identity_) view returns()
func (identityRegistry *IdentityRegistry) PackUpdateIdentity(wallet common.Address, identity common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("updateIdentity", wallet, identity)
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
func (identityRegistry *IdentityRegistry) TryPackUpdateIdentity(wallet common.Address, identity common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("updateIdentity", wallet, identity)
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (identityRegistry *IdentityRegistry) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := identityRegistry.abi.Pack("upgradeToAndCall", newImplementation, data)
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
func (identityRegistry *IdentityRegistry) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return identityRegistry.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackWalletCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb70efaa1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function walletCount(bytes32 investorId) view returns(uint256)
func (identityRegistry *IdentityRegistry) PackWalletCount(investorId [32]byte) []byte {
	enc, err := identityRegistry.abi.Pack("walletCount", investorId)
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
func (identityRegistry *IdentityRegistry) TryPackWalletCount(investorId [32]byte) ([]byte, error) {
	return identityRegistry.abi.Pack("walletCount", investorId)
}

// UnpackWalletCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb70efaa1.
//
// Solidity: function walletCount(bytes32 investorId) view returns(uint256)
func (identityRegistry *IdentityRegistry) UnpackWalletCount(data []byte) (*big.Int, error) {
	out, err := identityRegistry.abi.Unpack("walletCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// IdentityRegistryAgentAdded represents a AgentAdded event raised by the IdentityRegistry contract.
type IdentityRegistryAgentAdded struct {
	Agent common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryAgentAddedEventName = "AgentAdded"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryAgentAdded) ContractEventName() string {
	return IdentityRegistryAgentAddedEventName
}

// UnpackAgentAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentAdded(address indexed agent)
func (identityRegistry *IdentityRegistry) UnpackAgentAddedEvent(log *types.Log) (*IdentityRegistryAgentAdded, error) {
	event := "AgentAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryAgentAdded)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
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

// IdentityRegistryAgentRemoved represents a AgentRemoved event raised by the IdentityRegistry contract.
type IdentityRegistryAgentRemoved struct {
	Agent common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryAgentRemovedEventName = "AgentRemoved"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryAgentRemoved) ContractEventName() string {
	return IdentityRegistryAgentRemovedEventName
}

// UnpackAgentRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentRemoved(address indexed agent)
func (identityRegistry *IdentityRegistry) UnpackAgentRemovedEvent(log *types.Log) (*IdentityRegistryAgentRemoved, error) {
	event := "AgentRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryAgentRemoved)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
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

// IdentityRegistryCategoryCleared represents a CategoryCleared event raised by the IdentityRegistry contract.
type IdentityRegistryCategoryCleared struct {
	Wallet   common.Address
	Category uint8
	Raw      *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryCategoryClearedEventName = "CategoryCleared"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryCategoryCleared) ContractEventName() string {
	return IdentityRegistryCategoryClearedEventName
}

// UnpackCategoryClearedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CategoryCleared(address indexed wallet, uint8 indexed category)
func (identityRegistry *IdentityRegistry) UnpackCategoryClearedEvent(log *types.Log) (*IdentityRegistryCategoryCleared, error) {
	event := "CategoryCleared"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryCategoryCleared)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
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

// IdentityRegistryCategorySet represents a CategorySet event raised by the IdentityRegistry contract.
type IdentityRegistryCategorySet struct {
	Wallet   common.Address
	Category uint8
	Expiry   uint64
	Proof    [32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryCategorySetEventName = "CategorySet"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryCategorySet) ContractEventName() string {
	return IdentityRegistryCategorySetEventName
}

// UnpackCategorySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CategorySet(address indexed wallet, uint8 indexed category, uint64 expiry, bytes32 proof)
func (identityRegistry *IdentityRegistry) UnpackCategorySetEvent(log *types.Log) (*IdentityRegistryCategorySet, error) {
	event := "CategorySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryCategorySet)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
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

// IdentityRegistryCountryUpdated represents a CountryUpdated event raised by the IdentityRegistry contract.
type IdentityRegistryCountryUpdated struct {
	Wallet  common.Address
	Country uint16
	Raw     *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryCountryUpdatedEventName = "CountryUpdated"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryCountryUpdated) ContractEventName() string {
	return IdentityRegistryCountryUpdatedEventName
}

// UnpackCountryUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CountryUpdated(address indexed wallet, uint16 indexed country)
func (identityRegistry *IdentityRegistry) UnpackCountryUpdatedEvent(log *types.Log) (*IdentityRegistryCountryUpdated, error) {
	event := "CountryUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryCountryUpdated)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
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

// IdentityRegistryExpiryUpdated represents a ExpiryUpdated event raised by the IdentityRegistry contract.
type IdentityRegistryExpiryUpdated struct {
	Wallet common.Address
	Expiry uint64
	Raw    *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryExpiryUpdatedEventName = "ExpiryUpdated"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryExpiryUpdated) ContractEventName() string {
	return IdentityRegistryExpiryUpdatedEventName
}

// UnpackExpiryUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExpiryUpdated(address indexed wallet, uint64 expiry)
func (identityRegistry *IdentityRegistry) UnpackExpiryUpdatedEvent(log *types.Log) (*IdentityRegistryExpiryUpdated, error) {
	event := "ExpiryUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryExpiryUpdated)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
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

// IdentityRegistryFlagsUpdated represents a FlagsUpdated event raised by the IdentityRegistry contract.
type IdentityRegistryFlagsUpdated struct {
	Wallet common.Address
	Flags  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryFlagsUpdatedEventName = "FlagsUpdated"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryFlagsUpdated) ContractEventName() string {
	return IdentityRegistryFlagsUpdatedEventName
}

// UnpackFlagsUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FlagsUpdated(address indexed wallet, uint256 flags)
func (identityRegistry *IdentityRegistry) UnpackFlagsUpdatedEvent(log *types.Log) (*IdentityRegistryFlagsUpdated, error) {
	event := "FlagsUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryFlagsUpdated)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
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

// IdentityRegistryIdentityRegistered represents a IdentityRegistered event raised by the IdentityRegistry contract.
type IdentityRegistryIdentityRegistered struct {
	Wallet     common.Address
	InvestorId [32]byte
	Country    uint16
	Expiry     uint64
	Flags      *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryIdentityRegisteredEventName = "IdentityRegistered"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryIdentityRegistered) ContractEventName() string {
	return IdentityRegistryIdentityRegisteredEventName
}

// UnpackIdentityRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IdentityRegistered(address indexed wallet, bytes32 indexed investorId, uint16 country, uint64 expiry, uint256 flags)
func (identityRegistry *IdentityRegistry) UnpackIdentityRegisteredEvent(log *types.Log) (*IdentityRegistryIdentityRegistered, error) {
	event := "IdentityRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryIdentityRegistered)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
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

// IdentityRegistryIdentityRemoved represents a IdentityRemoved event raised by the IdentityRegistry contract.
type IdentityRegistryIdentityRemoved struct {
	Wallet     common.Address
	InvestorId [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryIdentityRemovedEventName = "IdentityRemoved"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryIdentityRemoved) ContractEventName() string {
	return IdentityRegistryIdentityRemovedEventName
}

// UnpackIdentityRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IdentityRemoved(address indexed wallet, bytes32 indexed investorId)
func (identityRegistry *IdentityRegistry) UnpackIdentityRemovedEvent(log *types.Log) (*IdentityRegistryIdentityRemoved, error) {
	event := "IdentityRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryIdentityRemoved)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
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

// IdentityRegistryInitialized represents a Initialized event raised by the IdentityRegistry contract.
type IdentityRegistryInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryInitialized) ContractEventName() string {
	return IdentityRegistryInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (identityRegistry *IdentityRegistry) UnpackInitializedEvent(log *types.Log) (*IdentityRegistryInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryInitialized)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
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

// IdentityRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the IdentityRegistry contract.
type IdentityRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryRoleAdminChanged) ContractEventName() string {
	return IdentityRegistryRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (identityRegistry *IdentityRegistry) UnpackRoleAdminChangedEvent(log *types.Log) (*IdentityRegistryRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
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

// IdentityRegistryRoleGranted represents a RoleGranted event raised by the IdentityRegistry contract.
type IdentityRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryRoleGranted) ContractEventName() string {
	return IdentityRegistryRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (identityRegistry *IdentityRegistry) UnpackRoleGrantedEvent(log *types.Log) (*IdentityRegistryRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryRoleGranted)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
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

// IdentityRegistryRoleRevoked represents a RoleRevoked event raised by the IdentityRegistry contract.
type IdentityRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryRoleRevoked) ContractEventName() string {
	return IdentityRegistryRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (identityRegistry *IdentityRegistry) UnpackRoleRevokedEvent(log *types.Log) (*IdentityRegistryRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryRoleRevoked)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
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

// IdentityRegistryUpgraded represents a Upgraded event raised by the IdentityRegistry contract.
type IdentityRegistryUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryUpgraded) ContractEventName() string {
	return IdentityRegistryUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (identityRegistry *IdentityRegistry) UnpackUpgradedEvent(log *types.Log) (*IdentityRegistryUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryUpgraded)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
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
func (identityRegistry *IdentityRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["CategoryExpired"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackCategoryExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["IdentityAlreadyRegistered"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackIdentityAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["IdentityNotRegistered"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackIdentityNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["InvalidCategory"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackInvalidCategoryError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["InvalidCountry"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackInvalidCountryError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["InvalidInvestorId"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackInvalidInvestorIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["InvalidUpgrader"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackInvalidUpgraderError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["InvalidWallet"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackInvalidWalletError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["NotSupported"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackNotSupportedError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["WalletBoundToOtherInvestor"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackWalletBoundToOtherInvestorError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IdentityRegistryAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the IdentityRegistry contract.
type IdentityRegistryAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func IdentityRegistryAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (identityRegistry *IdentityRegistry) UnpackAccessControlBadConfirmationError(raw []byte) (*IdentityRegistryAccessControlBadConfirmation, error) {
	out := new(IdentityRegistryAccessControlBadConfirmation)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the IdentityRegistry contract.
type IdentityRegistryAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func IdentityRegistryAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (identityRegistry *IdentityRegistry) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*IdentityRegistryAccessControlUnauthorizedAccount, error) {
	out := new(IdentityRegistryAccessControlUnauthorizedAccount)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryAddressEmptyCode represents a AddressEmptyCode error raised by the IdentityRegistry contract.
type IdentityRegistryAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func IdentityRegistryAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (identityRegistry *IdentityRegistry) UnpackAddressEmptyCodeError(raw []byte) (*IdentityRegistryAddressEmptyCode, error) {
	out := new(IdentityRegistryAddressEmptyCode)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryCategoryExpired represents a CategoryExpired error raised by the IdentityRegistry contract.
type IdentityRegistryCategoryExpired struct {
	Wallet   common.Address
	Category uint8
	Expiry   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CategoryExpired(address wallet, uint8 category, uint64 expiry)
func IdentityRegistryCategoryExpiredErrorID() common.Hash {
	return common.HexToHash("0x685e2c73521076eaae0421113779e80d509fe097f295a3c31a233661946137f7")
}

// UnpackCategoryExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CategoryExpired(address wallet, uint8 category, uint64 expiry)
func (identityRegistry *IdentityRegistry) UnpackCategoryExpiredError(raw []byte) (*IdentityRegistryCategoryExpired, error) {
	out := new(IdentityRegistryCategoryExpired)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "CategoryExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the IdentityRegistry contract.
type IdentityRegistryERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func IdentityRegistryERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (identityRegistry *IdentityRegistry) UnpackERC1967InvalidImplementationError(raw []byte) (*IdentityRegistryERC1967InvalidImplementation, error) {
	out := new(IdentityRegistryERC1967InvalidImplementation)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryERC1967NonPayable represents a ERC1967NonPayable error raised by the IdentityRegistry contract.
type IdentityRegistryERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func IdentityRegistryERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (identityRegistry *IdentityRegistry) UnpackERC1967NonPayableError(raw []byte) (*IdentityRegistryERC1967NonPayable, error) {
	out := new(IdentityRegistryERC1967NonPayable)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryFailedCall represents a FailedCall error raised by the IdentityRegistry contract.
type IdentityRegistryFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func IdentityRegistryFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (identityRegistry *IdentityRegistry) UnpackFailedCallError(raw []byte) (*IdentityRegistryFailedCall, error) {
	out := new(IdentityRegistryFailedCall)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryIdentityAlreadyRegistered represents a IdentityAlreadyRegistered error raised by the IdentityRegistry contract.
type IdentityRegistryIdentityAlreadyRegistered struct {
	Wallet common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IdentityAlreadyRegistered(address wallet)
func IdentityRegistryIdentityAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x45052f45140f2fa9009e19fa5b92516f5dcb3e38b4eeb05ae2475eea0e2da053")
}

// UnpackIdentityAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IdentityAlreadyRegistered(address wallet)
func (identityRegistry *IdentityRegistry) UnpackIdentityAlreadyRegisteredError(raw []byte) (*IdentityRegistryIdentityAlreadyRegistered, error) {
	out := new(IdentityRegistryIdentityAlreadyRegistered)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "IdentityAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryIdentityNotRegistered represents a IdentityNotRegistered error raised by the IdentityRegistry contract.
type IdentityRegistryIdentityNotRegistered struct {
	Wallet common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IdentityNotRegistered(address wallet)
func IdentityRegistryIdentityNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xfa9b64eb64fc68a272709bb8e865cb0a60e3ab75b8fef7cec7b7e8e634dbe063")
}

// UnpackIdentityNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IdentityNotRegistered(address wallet)
func (identityRegistry *IdentityRegistry) UnpackIdentityNotRegisteredError(raw []byte) (*IdentityRegistryIdentityNotRegistered, error) {
	out := new(IdentityRegistryIdentityNotRegistered)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "IdentityNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryInvalidCategory represents a InvalidCategory error raised by the IdentityRegistry contract.
type IdentityRegistryInvalidCategory struct {
	Category uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidCategory(uint8 category)
func IdentityRegistryInvalidCategoryErrorID() common.Hash {
	return common.HexToHash("0xe4e866a9fb77fd4d9914aed6170fcd6ed3df7096154eedbf56cb1c71ce9b3e6f")
}

// UnpackInvalidCategoryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidCategory(uint8 category)
func (identityRegistry *IdentityRegistry) UnpackInvalidCategoryError(raw []byte) (*IdentityRegistryInvalidCategory, error) {
	out := new(IdentityRegistryInvalidCategory)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "InvalidCategory", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryInvalidCountry represents a InvalidCountry error raised by the IdentityRegistry contract.
type IdentityRegistryInvalidCountry struct {
	Country uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidCountry(uint16 country)
func IdentityRegistryInvalidCountryErrorID() common.Hash {
	return common.HexToHash("0x4cb928b79f492825f539455450899543b3da5fec51cbdd3ca3a59a02c1156068")
}

// UnpackInvalidCountryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidCountry(uint16 country)
func (identityRegistry *IdentityRegistry) UnpackInvalidCountryError(raw []byte) (*IdentityRegistryInvalidCountry, error) {
	out := new(IdentityRegistryInvalidCountry)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "InvalidCountry", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryInvalidInitialization represents a InvalidInitialization error raised by the IdentityRegistry contract.
type IdentityRegistryInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func IdentityRegistryInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (identityRegistry *IdentityRegistry) UnpackInvalidInitializationError(raw []byte) (*IdentityRegistryInvalidInitialization, error) {
	out := new(IdentityRegistryInvalidInitialization)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryInvalidInvestorId represents a InvalidInvestorId error raised by the IdentityRegistry contract.
type IdentityRegistryInvalidInvestorId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInvestorId()
func IdentityRegistryInvalidInvestorIdErrorID() common.Hash {
	return common.HexToHash("0x92a2a5bdab2c6772cb371254270c413e0c47af03bca7b2fc1bd6e489defdc4a3")
}

// UnpackInvalidInvestorIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInvestorId()
func (identityRegistry *IdentityRegistry) UnpackInvalidInvestorIdError(raw []byte) (*IdentityRegistryInvalidInvestorId, error) {
	out := new(IdentityRegistryInvalidInvestorId)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "InvalidInvestorId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryInvalidUpgrader represents a InvalidUpgrader error raised by the IdentityRegistry contract.
type IdentityRegistryInvalidUpgrader struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidUpgrader()
func IdentityRegistryInvalidUpgraderErrorID() common.Hash {
	return common.HexToHash("0x93c27326af213034bd281f7765a9aabcf1b2c7794e6bcf620bbaab397462410f")
}

// UnpackInvalidUpgraderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidUpgrader()
func (identityRegistry *IdentityRegistry) UnpackInvalidUpgraderError(raw []byte) (*IdentityRegistryInvalidUpgrader, error) {
	out := new(IdentityRegistryInvalidUpgrader)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "InvalidUpgrader", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryInvalidWallet represents a InvalidWallet error raised by the IdentityRegistry contract.
type IdentityRegistryInvalidWallet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidWallet()
func IdentityRegistryInvalidWalletErrorID() common.Hash {
	return common.HexToHash("0x23455ba1dd5d22534bfa2aa6565424d4ca815608d443e8e14114d11de76a47e2")
}

// UnpackInvalidWalletError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidWallet()
func (identityRegistry *IdentityRegistry) UnpackInvalidWalletError(raw []byte) (*IdentityRegistryInvalidWallet, error) {
	out := new(IdentityRegistryInvalidWallet)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "InvalidWallet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryLengthMismatch represents a LengthMismatch error raised by the IdentityRegistry contract.
type IdentityRegistryLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch()
func IdentityRegistryLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xff633a3803c58b9bc21e58efecee59f27e033cc0b1883fccb4969c76146fe60f")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch()
func (identityRegistry *IdentityRegistry) UnpackLengthMismatchError(raw []byte) (*IdentityRegistryLengthMismatch, error) {
	out := new(IdentityRegistryLengthMismatch)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryNotInitializing represents a NotInitializing error raised by the IdentityRegistry contract.
type IdentityRegistryNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func IdentityRegistryNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (identityRegistry *IdentityRegistry) UnpackNotInitializingError(raw []byte) (*IdentityRegistryNotInitializing, error) {
	out := new(IdentityRegistryNotInitializing)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryNotSupported represents a NotSupported error raised by the IdentityRegistry contract.
type IdentityRegistryNotSupported struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSupported(string reason)
func IdentityRegistryNotSupportedErrorID() common.Hash {
	return common.HexToHash("0x329e2f15154ecf1df584c66d531aa4ec1a2a0b60ea4ed01ae287032531871b9e")
}

// UnpackNotSupportedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSupported(string reason)
func (identityRegistry *IdentityRegistry) UnpackNotSupportedError(raw []byte) (*IdentityRegistryNotSupported, error) {
	out := new(IdentityRegistryNotSupported)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "NotSupported", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryUUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the IdentityRegistry contract.
type IdentityRegistryUUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func IdentityRegistryUUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (identityRegistry *IdentityRegistry) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*IdentityRegistryUUPSUnauthorizedCallContext, error) {
	out := new(IdentityRegistryUUPSUnauthorizedCallContext)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryUUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the IdentityRegistry contract.
type IdentityRegistryUUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func IdentityRegistryUUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (identityRegistry *IdentityRegistry) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*IdentityRegistryUUPSUnsupportedProxiableUUID, error) {
	out := new(IdentityRegistryUUPSUnsupportedProxiableUUID)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryWalletBoundToOtherInvestor represents a WalletBoundToOtherInvestor error raised by the IdentityRegistry contract.
type IdentityRegistryWalletBoundToOtherInvestor struct {
	Wallet     common.Address
	InvestorId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WalletBoundToOtherInvestor(address wallet, bytes32 investorId)
func IdentityRegistryWalletBoundToOtherInvestorErrorID() common.Hash {
	return common.HexToHash("0x89673d9bc72334d61cd7f12cb83505e7e87a4a560b5263bf28ddc70569858202")
}

// UnpackWalletBoundToOtherInvestorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WalletBoundToOtherInvestor(address wallet, bytes32 investorId)
func (identityRegistry *IdentityRegistry) UnpackWalletBoundToOtherInvestorError(raw []byte) (*IdentityRegistryWalletBoundToOtherInvestor, error) {
	out := new(IdentityRegistryWalletBoundToOtherInvestor)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "WalletBoundToOtherInvestor", raw); err != nil {
		return nil, err
	}
	return out, nil
}
