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
	ABI: "[{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"IdentityAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"IdentityNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"InvalidCountry\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInvestorId\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidUpgrader\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidWallet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"WalletBoundToOtherInvestor\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"accreditation\",\"type\":\"bytes32\"}],\"name\":\"AccreditationSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"CountryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"ExpiryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"}],\"name\":\"FlagsUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"}],\"name\":\"IdentityRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"IdentityRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRAR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"accreditationOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"anchorOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"wallets\",\"type\":\"address[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"investorIds\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint16[]\",\"name\":\"countries\",\"type\":\"uint16[]\"},{\"internalType\":\"uint64[]\",\"name\":\"expiries\",\"type\":\"uint64[]\"},{\"internalType\":\"uint256[]\",\"name\":\"flags\",\"type\":\"uint256[]\"}],\"name\":\"batchRegisterIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"boundInvestorOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"deleteIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"identity\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"}],\"internalType\":\"structIdentityRegistry.Identity\",\"name\":\"id\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"upgrader\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"investorOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"isVerified\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"record\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"records\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"fromRecord\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toRecord\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"}],\"name\":\"registerIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"accreditation\",\"type\":\"bytes32\"}],\"name\":\"setAccreditation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"updateCountry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"updateExpiry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"}],\"name\":\"updateFlags\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"walletCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "IdentityRegistryV2",
	Bin: "0x60a060405230608052348015610013575f5ffd5b5061001c610021565b6100d3565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100715760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d05780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b608051611e136100f95f395f818161121e0152818161124701526113970152611e135ff3fe6080604052600436106101ba575f3560e01c806391d14854116100f2578063cf4ff90111610092578063ed7960a911610062578063ed7960a914610512578063f0eb5e5414610531578063f68e9553146105a0578063f72c0d8b146105c0575f5ffd5b8063cf4ff9011461047e578063d547741f146104b5578063d89ac237146104d4578063e452bb71146104f3575f5ffd5b8063a8d29d1d116100cd578063a8d29d1d146103e4578063ad3cb1cc14610403578063b70efaa114610440578063b9209e331461045f575f5ffd5b806391d14854146103935780639b2c9490146103b2578063a217fddf146103d1575f5ffd5b80633b239a7f1161015d5780634f1ef286116101385780634f1ef2861461031957806352d1902d1461032c5780635624181c14610340578063853ea8531461035f575f5ffd5b80633b239a7f146102bc578063485cc955146102db5780634dffeb69146102fa575f5ffd5b80632f2ff15d116101985780632f2ff15d146102405780633465d6d51461025f57806335cffc951461027e57806336568abe1461029d575f5ffd5b806301ffc9a7146101be578063248a9ca3146101f25780632cc000ee1461021f575b5f5ffd5b3480156101c9575f5ffd5b506101dd6101d836600461190c565b6105e0565b60405190151581526020015b60405180910390f35b3480156101fd575f5ffd5b5061021161020c366004611933565b610616565b6040519081526020016101e9565b34801561022a575f5ffd5b5061023e610239366004611960565b610636565b005b34801561024b575f5ffd5b5061023e61025a366004611988565b6106c1565b34801561026a575f5ffd5b506102116102793660046119b2565b6106e3565b348015610289575f5ffd5b5061023e610298366004611960565b61070a565b3480156102a8575f5ffd5b5061023e6102b7366004611988565b6107ca565b3480156102c7575f5ffd5b5061023e6102d63660046119dc565b610802565b3480156102e6575f5ffd5b5061023e6102f5366004611a04565b61089b565b348015610305575f5ffd5b506102116103143660046119b2565b610994565b61023e610327366004611a40565b6109f7565b348015610337575f5ffd5b50610211610a16565b34801561034b575f5ffd5b5061021161035a3660046119b2565b610a31565b34801561036a575f5ffd5b5061037e610379366004611a04565b610a58565b604080519283526020830191909152016101e9565b34801561039e575f5ffd5b506101dd6103ad366004611988565b610aa9565b3480156103bd575f5ffd5b506102116103cc3660046119b2565b610adf565b3480156103dc575f5ffd5b506102115f81565b3480156103ef575f5ffd5b5061023e6103fe3660046119b2565b610b26565b34801561040e575f5ffd5b50610433604051806040016040528060058152602001640352e302e360dc1b81525081565b6040516101e99190611b01565b34801561044b575f5ffd5b5061021161045a366004611933565b610c0f565b34801561046a575f5ffd5b506101dd6104793660046119b2565b610c2b565b348015610489575f5ffd5b5061049d610498366004611933565b610c77565b6040516001600160a01b0390911681526020016101e9565b3480156104c0575f5ffd5b5061023e6104cf366004611988565b610c9c565b3480156104df575f5ffd5b5061023e6104ee366004611b76565b610cb8565b3480156104fe575f5ffd5b5061023e61050d366004611c87565b610de6565b34801561051d575f5ffd5b5061023e61052c366004611cd8565b610e12565b34801561053c575f5ffd5b5061055061054b3660046119b2565b610eb2565b6040516101e991905f60a0820190508251825261ffff60208401511660208301526001600160401b0360408401511660408301526060830151606083015260808301511515608083015292915050565b3480156105ab575f5ffd5b506102115f516020611dbe5f395f51905f5281565b3480156105cb575f5ffd5b506102115f516020611d5e5f395f51905f5281565b5f6001600160e01b03198216637965db0b60e01b148061061057506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f9081525f516020611d9e5f395f51905f52602052604090206001015490565b5f516020611dbe5f395f51905f5261064d81610f90565b817faab4d834527db0ba3a4be7998c716d39d613e2f6d4194e4060103d6990f27b006001600160a01b0385165f81815260209283526040908190209390935591518481527fbbef0e5a1ae1bc77ee9413bf3aa90ab30009350de4f1766775bbb65d78431cf5910160405180910390a2505050565b6106ca82610616565b6106d381610f90565b6106dd8383610f9d565b50505050565b5f6106ec611045565b6001600160a01b039092165f90815260209290925250604090205490565b5f516020611dbe5f395f51905f5261072181610f90565b5f61072b84611069565b905060ff60f01b19811660ff60f01b60f085901b1617610749611045565b6001600160a01b0386165f90815260209190915260409020558261076b611045565b6001600160a01b0386165f81815260019290920160205260409182902092909255517f574959d1bb248adc499e2a482ce35522e2c6ae685397f0a5446caf9499280add906107bc9086815260200190565b60405180910390a250505050565b6001600160a01b03811633146107f35760405163334bd91960e11b815260040160405180910390fd5b6107fd82826110c8565b505050565b5f516020611dbe5f395f51905f5261081981610f90565b61082282611141565b5f61082c84611069565b905061ffff60a01b19811661ffff60a01b60a085901b161761084c611045565b6001600160a01b0386165f818152602092909252604080832093909355915161ffff861692917f04ed3b726495c2dca1ff1215d9ca54e1a4030abb5e82b0f6ce55702416cee85391a350505050565b5f6108a461117b565b805490915060ff600160401b82041615906001600160401b03165f811580156108ca5750825b90505f826001600160401b031660011480156108e55750303b155b9050811580156108f3575080155b156109115760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561093b57845460ff60401b1916600160401b1785555b61094587876111a3565b831561098b57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050565b5f5f61099e611045565b6001600160a01b0384165f90815260209190915260409020549050600160ff1b8116156109ee576109cd611045565b6001600160a01b0382165f90815260029190910160205260409020546109f0565b5f5b9392505050565b6109ff611213565b610a08826112b9565b610a1282826112d0565b5050565b5f610a1f61138c565b505f516020611d7e5f395f51905f5290565b5f7faab4d834527db0ba3a4be7998c716d39d613e2f6d4194e4060103d6990f27b006106ec565b5f5f610a62611045565b6001600160a01b0385165f9081526020919091526040902054610a83611045565b6001600160a01b0385165f908152602091909152604090205490925090505b9250929050565b5f9182525f516020611d9e5f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f610ae8611045565b6002015f610af4611045565b6001600160a01b039485165f908152602091825260408082205490961683529082019290925290920190912054919050565b5f516020611dbe5f395f51905f52610b3d81610f90565b5f610b4783611069565b90505f610b52611045565b6001600160a01b0383165f8181526002929092016020526040909120549150610b79611045565b6001600160a01b0386165f9081526020919091526040902055610b9a611045565b6001600160a01b0385165f9081526001919091016020526040812055610bbe611045565b5f828152600491909101602052604080822080545f190190555182916001600160a01b038716917f40aa168fb32e6506340b1fafe2f08cfea604dce75057a2366b4074e0e55400a19190a350505050565b5f610c18611045565b5f92835260040160205250604090205490565b5f5f610c35611045565b6001600160a01b0384165f90815260209190915260409020549050600160ff1b8116158015906109f057504260b082901c6001600160401b0316119392505050565b5f610c80611045565b5f9283526003016020525060409020546001600160a01b031690565b610ca582610616565b610cae81610f90565b6106dd83836110c8565b5f516020611dbe5f395f51905f52610ccf81610f90565b898881141580610cdf5750868114155b80610cea5750848114155b80610cf55750828114155b15610d16576040516001621398b960e31b0319815260040160405180910390fd5b5f5b81811015610dd757610dcf8d8d83818110610d3557610d35611d00565b9050602002016020810190610d4a91906119b2565b8c8c84818110610d5c57610d5c611d00565b905060200201358b8b85818110610d7557610d75611d00565b9050602002016020810190610d8a9190611d14565b8a8a86818110610d9c57610d9c611d00565b9050602002016020810190610db19190611d2d565b898987818110610dc357610dc3611d00565b905060200201356113d5565b600101610d18565b50505050505050505050505050565b5f516020611dbe5f395f51905f52610dfd81610f90565b610e0a86868686866113d5565b505050505050565b5f516020611dbe5f395f51905f52610e2981610f90565b5f610e3384611069565b905067ffffffffffffffff60b01b19811667ffffffffffffffff60b01b60b085901b1617610e5f611045565b6001600160a01b0386165f81815260209283526040908190209390935591516001600160401b03861681527f46728201bfafbc6f22db54cd99fafc271caa16238feb1085a47509a200f3702291016107bc565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810182905290610ee4611045565b6001600160a01b0384165f90815260209190915260408120549150600160ff1b82169003610f125750919050565b610f1a611045565b6001600160a01b0382165f908152600291909101602090815260409182902054845261ffff60a084901c16908401526001600160401b0360b083901c1690830152610f63611045565b6001600160a01b039093165f90815260019384016020526040902054606083015250608081019190915290565b610f9a8133611686565b50565b5f5f516020611d9e5f395f51905f52610fb68484610aa9565b611035575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055610feb3390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610610565b5f915050610610565b5092915050565b7f94548e4ef8a1a64abf25138c2ff3ec41db61dd346b9c1962088585aa7d1df80090565b5f611072611045565b6001600160a01b0383165f90815260209190915260408120549150600160ff1b821690036110c35760405163fa9b64eb60e01b81526001600160a01b03831660048201526024015b60405180910390fd5b919050565b5f5f516020611d9e5f395f51905f526110e18484610aa9565b15611035575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a46001915050610610565b61ffff8116158061115757506103e78161ffff16115b15610f9a57604051634cb928b760e01b815261ffff821660048201526024016110ba565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610610565b6111ab6116bf565b6111b36116e4565b6001600160a01b0381166111da576040516349e1399360e11b815260040160405180910390fd5b6111e45f83610f9d565b506111fc5f516020611d5e5f395f51905f52806116ec565b6107fd5f516020611d5e5f395f51905f5282610f9d565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148061129957507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031661128d5f516020611d7e5f395f51905f52546001600160a01b031690565b6001600160a01b031614155b156112b75760405163703e46dd60e11b815260040160405180910390fd5b565b5f516020611d5e5f395f51905f52610a1281610f90565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa92505050801561132a575060408051601f3d908101601f1916820190925261132791810190611d46565b60015b61135257604051634c9c8ce360e01b81526001600160a01b03831660048201526024016110ba565b5f516020611d7e5f395f51905f52811461138257604051632a87526960e21b8152600481018290526024016110ba565b6107fd838361174c565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146112b75760405163703e46dd60e11b815260040160405180910390fd5b6001600160a01b0385166113fc576040516323455ba160e01b815260040160405180910390fd5b8361141a576040516392a2a5bd60e01b815260040160405180910390fd5b61142383611141565b5f61142c611045565b6001600160a01b0387165f90815260209190915260409020549050600160ff1b811615611477576040516345052f4560e01b81526001600160a01b03871660048201526024016110ba565b806001600160a01b0381166115155761148e611045565b5f87815260039190910160205260409020546001600160a01b0316905080611510575085806114bb611045565b5f8881526003919091016020526040902080546001600160a01b0319166001600160a01b0392909216919091179055856114f3611045565b6001600160a01b0389165f90815260029190910160205260409020555b611587565b8561151e611045565b6001600160a01b0383165f9081526002919091016020526040902054146115875786611548611045565b6001600160a01b038084165f9081526002929092016020526040918290205491516389673d9b60e01b81529216600483015260248201526044016110ba565b600160ff1b60f08460ff16901b60b0866001600160401b0316901b60a08861ffff16901b846001600160a01b0316171717176115c1611045565b6001600160a01b0389165f9081526020919091526040902055826115e3611045565b6001600160a01b0389165f9081526001919091016020526040902055611607611045565b5f878152600491909101602090815260409182902080546001019055815161ffff881681526001600160401b0387169181019190915290810184905286906001600160a01b038916907f76e9ee73259d54c015571008c9c830065ab269ab7aafa4a81d48179d09fdebfb9060600160405180910390a350505050505050565b6116908282610aa9565b610a125760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016110ba565b6116c76117a1565b6112b757604051631afcd79f60e31b815260040160405180910390fd5b6112b76116bf565b5f516020611d9e5f395f51905f525f61170484610616565b5f85815260208490526040808220600101869055519192508491839187917fbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff9190a450505050565b611755826117ba565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a2805115611799576107fd828261181d565b610a126118b6565b5f6117aa61117b565b54600160401b900460ff16919050565b806001600160a01b03163b5f036117ef57604051634c9c8ce360e01b81526001600160a01b03821660048201526024016110ba565b5f516020611d7e5f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f61182a84846118d5565b905080801561184b57505f3d118061184b57505f846001600160a01b03163b115b15611860576118586118e8565b915050610610565b801561188a57604051639996b31560e01b81526001600160a01b03851660048201526024016110ba565b3d1561189d57611898611901565b61103e565b60405163d6bda27560e01b815260040160405180910390fd5b34156112b75760405163b398979f60e01b815260040160405180910390fd5b5f5f5f835160208501865af49392505050565b6040513d81523d5f602083013e3d602001810160405290565b6040513d5f823e3d81fd5b5f6020828403121561191c575f5ffd5b81356001600160e01b0319811681146109f0575f5ffd5b5f60208284031215611943575f5ffd5b5035919050565b80356001600160a01b03811681146110c3575f5ffd5b5f5f60408385031215611971575f5ffd5b61197a8361194a565b946020939093013593505050565b5f5f60408385031215611999575f5ffd5b823591506119a96020840161194a565b90509250929050565b5f602082840312156119c2575f5ffd5b6109f08261194a565b803561ffff811681146110c3575f5ffd5b5f5f604083850312156119ed575f5ffd5b6119f68361194a565b91506119a9602084016119cb565b5f5f60408385031215611a15575f5ffd5b611a1e8361194a565b91506119a96020840161194a565b634e487b7160e01b5f52604160045260245ffd5b5f5f60408385031215611a51575f5ffd5b611a5a8361194a565b915060208301356001600160401b03811115611a74575f5ffd5b8301601f81018513611a84575f5ffd5b80356001600160401b03811115611a9d57611a9d611a2c565b604051601f8201601f19908116603f011681016001600160401b0381118282101715611acb57611acb611a2c565b604052818152828201602001871015611ae2575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f83601f840112611b46575f5ffd5b5081356001600160401b03811115611b5c575f5ffd5b6020830191508360208260051b8501011115610aa2575f5ffd5b5f5f5f5f5f5f5f5f5f5f60a08b8d031215611b8f575f5ffd5b8a356001600160401b03811115611ba4575f5ffd5b611bb08d828e01611b36565b909b5099505060208b01356001600160401b03811115611bce575f5ffd5b611bda8d828e01611b36565b90995097505060408b01356001600160401b03811115611bf8575f5ffd5b611c048d828e01611b36565b90975095505060608b01356001600160401b03811115611c22575f5ffd5b611c2e8d828e01611b36565b90955093505060808b01356001600160401b03811115611c4c575f5ffd5b611c588d828e01611b36565b915080935050809150509295989b9194979a5092959850565b80356001600160401b03811681146110c3575f5ffd5b5f5f5f5f5f60a08688031215611c9b575f5ffd5b611ca48661194a565b945060208601359350611cb9604087016119cb565b9250611cc760608701611c71565b949793965091946080013592915050565b5f5f60408385031215611ce9575f5ffd5b611cf28361194a565b91506119a960208401611c71565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611d24575f5ffd5b6109f0826119cb565b5f60208284031215611d3d575f5ffd5b6109f082611c71565b5f60208284031215611d56575f5ffd5b505191905056fe189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e3360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800edcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c309238a2646970667358221220e42b1334d9ee45c1e352d7fda88c4f29a483a70edd2115e65d668c130824ef1864736f6c63430008250033",
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

// PackBatchRegisterIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd89ac237.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchRegisterIdentity(address[] wallets, bytes32[] investorIds, uint16[] countries, uint64[] expiries, uint256[] flags) returns()
func (identityRegistryV2 *IdentityRegistryV2) PackBatchRegisterIdentity(wallets []common.Address, investorIds [][32]byte, countries []uint16, expiries []uint64, flags []*big.Int) []byte {
	enc, err := identityRegistryV2.abi.Pack("batchRegisterIdentity", wallets, investorIds, countries, expiries, flags)
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
	return identityRegistryV2.abi.Pack("batchRegisterIdentity", wallets, investorIds, countries, expiries, flags)
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
// Solidity: function identity(address wallet) view returns((bytes32,uint16,uint64,uint256,bool) id)
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
// Solidity: function identity(address wallet) view returns((bytes32,uint16,uint64,uint256,bool) id)
func (identityRegistryV2 *IdentityRegistryV2) TryPackIdentity(wallet common.Address) ([]byte, error) {
	return identityRegistryV2.abi.Pack("identity", wallet)
}

// UnpackIdentity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0eb5e54.
//
// Solidity: function identity(address wallet) view returns((bytes32,uint16,uint64,uint256,bool) id)
func (identityRegistryV2 *IdentityRegistryV2) UnpackIdentity(data []byte) (IdentityRegistryIdentity, error) {
	out, err := identityRegistryV2.abi.Unpack("identity", data)
	if err != nil {
		return *new(IdentityRegistryIdentity), err
	}
	out0 := *abi.ConvertType(out[0], new(IdentityRegistryIdentity)).(*IdentityRegistryIdentity)
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

// PackRegisterIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe452bb71.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerIdentity(address wallet, bytes32 investorId, uint16 country, uint64 expiry, uint256 flags) returns()
func (identityRegistryV2 *IdentityRegistryV2) PackRegisterIdentity(wallet common.Address, investorId [32]byte, country uint16, expiry uint64, flags *big.Int) []byte {
	enc, err := identityRegistryV2.abi.Pack("registerIdentity", wallet, investorId, country, expiry, flags)
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
	return identityRegistryV2.abi.Pack("registerIdentity", wallet, investorId, country, expiry, flags)
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
