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
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"IdentityAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"IdentityNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"InvalidCountry\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInvestorId\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidUpgrader\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidWallet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"WalletBoundToOtherInvestor\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"CountryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"ExpiryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"}],\"name\":\"FlagsUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"}],\"name\":\"IdentityRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"IdentityRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRAR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"anchorOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"wallets\",\"type\":\"address[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"investorIds\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint16[]\",\"name\":\"countries\",\"type\":\"uint16[]\"},{\"internalType\":\"uint64[]\",\"name\":\"expiries\",\"type\":\"uint64[]\"},{\"internalType\":\"uint256[]\",\"name\":\"flags\",\"type\":\"uint256[]\"}],\"name\":\"batchRegisterIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"boundInvestorOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"deleteIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"identity\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"}],\"internalType\":\"structIdentityRegistry.Identity\",\"name\":\"id\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"upgrader\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"investorOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"isVerified\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"record\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"records\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"fromRecord\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toRecord\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"}],\"name\":\"registerIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"updateCountry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"updateExpiry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"}],\"name\":\"updateFlags\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"walletCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "IdentityRegistry",
	Bin: "0x60a060405230608052348015610013575f5ffd5b5061001c610021565b6100d3565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100715760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d05780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b608051611cfe6100f95f395f81816111090152818161113201526112820152611cfe5ff3fe608060405260043610610195575f3560e01c80639b2c9490116100e7578063d547741f11610087578063ed7960a911610062578063ed7960a9146104af578063f0eb5e54146104ce578063f68e95531461053d578063f72c0d8b1461055d575f5ffd5b8063d547741f14610452578063d89ac23714610471578063e452bb7114610490575f5ffd5b8063ad3cb1cc116100c2578063ad3cb1cc146103a0578063b70efaa1146103dd578063b9209e33146103fc578063cf4ff9011461041b575f5ffd5b80639b2c94901461034f578063a217fddf1461036e578063a8d29d1d14610381575f5ffd5b80633b239a7f116101525780634f1ef2861161012d5780634f1ef286146102d557806352d1902d146102e8578063853ea853146102fc57806391d1485414610330575f5ffd5b80633b239a7f14610278578063485cc955146102975780634dffeb69146102b6575f5ffd5b806301ffc9a714610199578063248a9ca3146101cd5780632f2ff15d146101fa5780633465d6d51461021b57806335cffc951461023a57806336568abe14610259575b5f5ffd5b3480156101a4575f5ffd5b506101b86101b33660046117f7565b61057d565b60405190151581526020015b60405180910390f35b3480156101d8575f5ffd5b506101ec6101e736600461181e565b6105b3565b6040519081526020016101c4565b348015610205575f5ffd5b5061021961021436600461184b565b6105d3565b005b348015610226575f5ffd5b506101ec610235366004611875565b6105f5565b348015610245575f5ffd5b5061021961025436600461188e565b61061c565b348015610264575f5ffd5b5061021961027336600461184b565b6106dc565b348015610283575f5ffd5b506102196102923660046118c7565b610714565b3480156102a2575f5ffd5b506102196102b13660046118ef565b6107ad565b3480156102c1575f5ffd5b506101ec6102d0366004611875565b6108a6565b6102196102e336600461192b565b610909565b3480156102f3575f5ffd5b506101ec610928565b348015610307575f5ffd5b5061031b6103163660046118ef565b610943565b604080519283526020830191909152016101c4565b34801561033b575f5ffd5b506101b861034a36600461184b565b610994565b34801561035a575f5ffd5b506101ec610369366004611875565b6109ca565b348015610379575f5ffd5b506101ec5f81565b34801561038c575f5ffd5b5061021961039b366004611875565b610a11565b3480156103ab575f5ffd5b506103d0604051806040016040528060058152602001640352e302e360dc1b81525081565b6040516101c491906119ec565b3480156103e8575f5ffd5b506101ec6103f736600461181e565b610afa565b348015610407575f5ffd5b506101b8610416366004611875565b610b16565b348015610426575f5ffd5b5061043a61043536600461181e565b610b62565b6040516001600160a01b0390911681526020016101c4565b34801561045d575f5ffd5b5061021961046c36600461184b565b610b87565b34801561047c575f5ffd5b5061021961048b366004611a61565b610ba3565b34801561049b575f5ffd5b506102196104aa366004611b72565b610cd1565b3480156104ba575f5ffd5b506102196104c9366004611bc3565b610cfd565b3480156104d9575f5ffd5b506104ed6104e8366004611875565b610d9d565b6040516101c491905f60a0820190508251825261ffff60208401511660208301526001600160401b0360408401511660408301526060830151606083015260808301511515608083015292915050565b348015610548575f5ffd5b506101ec5f516020611ca95f395f51905f5281565b348015610568575f5ffd5b506101ec5f516020611c495f395f51905f5281565b5f6001600160e01b03198216637965db0b60e01b14806105ad57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f9081525f516020611c895f395f51905f52602052604090206001015490565b6105dc826105b3565b6105e581610e7b565b6105ef8383610e88565b50505050565b5f6105fe610f30565b6001600160a01b039092165f90815260209290925250604090205490565b5f516020611ca95f395f51905f5261063381610e7b565b5f61063d84610f54565b905060ff60f01b19811660ff60f01b60f085901b161761065b610f30565b6001600160a01b0386165f90815260209190915260409020558261067d610f30565b6001600160a01b0386165f81815260019290920160205260409182902092909255517f574959d1bb248adc499e2a482ce35522e2c6ae685397f0a5446caf9499280add906106ce9086815260200190565b60405180910390a250505050565b6001600160a01b03811633146107055760405163334bd91960e11b815260040160405180910390fd5b61070f8282610fb3565b505050565b5f516020611ca95f395f51905f5261072b81610e7b565b6107348261102c565b5f61073e84610f54565b905061ffff60a01b19811661ffff60a01b60a085901b161761075e610f30565b6001600160a01b0386165f818152602092909252604080832093909355915161ffff861692917f04ed3b726495c2dca1ff1215d9ca54e1a4030abb5e82b0f6ce55702416cee85391a350505050565b5f6107b6611066565b805490915060ff600160401b82041615906001600160401b03165f811580156107dc5750825b90505f826001600160401b031660011480156107f75750303b155b905081158015610805575080155b156108235760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561084d57845460ff60401b1916600160401b1785555b610857878761108e565b831561089d57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050565b5f5f6108b0610f30565b6001600160a01b0384165f90815260209190915260409020549050600160ff1b811615610900576108df610f30565b6001600160a01b0382165f9081526002919091016020526040902054610902565b5f5b9392505050565b6109116110fe565b61091a826111a4565b61092482826111bb565b5050565b5f610931611277565b505f516020611c695f395f51905f5290565b5f5f61094d610f30565b6001600160a01b0385165f908152602091909152604090205461096e610f30565b6001600160a01b0385165f908152602091909152604090205490925090505b9250929050565b5f9182525f516020611c895f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f6109d3610f30565b6002015f6109df610f30565b6001600160a01b039485165f908152602091825260408082205490961683529082019290925290920190912054919050565b5f516020611ca95f395f51905f52610a2881610e7b565b5f610a3283610f54565b90505f610a3d610f30565b6001600160a01b0383165f8181526002929092016020526040909120549150610a64610f30565b6001600160a01b0386165f9081526020919091526040902055610a85610f30565b6001600160a01b0385165f9081526001919091016020526040812055610aa9610f30565b5f828152600491909101602052604080822080545f190190555182916001600160a01b038716917f40aa168fb32e6506340b1fafe2f08cfea604dce75057a2366b4074e0e55400a19190a350505050565b5f610b03610f30565b5f92835260040160205250604090205490565b5f5f610b20610f30565b6001600160a01b0384165f90815260209190915260409020549050600160ff1b81161580159061090257504260b082901c6001600160401b0316119392505050565b5f610b6b610f30565b5f9283526003016020525060409020546001600160a01b031690565b610b90826105b3565b610b9981610e7b565b6105ef8383610fb3565b5f516020611ca95f395f51905f52610bba81610e7b565b898881141580610bca5750868114155b80610bd55750848114155b80610be05750828114155b15610c01576040516001621398b960e31b0319815260040160405180910390fd5b5f5b81811015610cc257610cba8d8d83818110610c2057610c20611beb565b9050602002016020810190610c359190611875565b8c8c84818110610c4757610c47611beb565b905060200201358b8b85818110610c6057610c60611beb565b9050602002016020810190610c759190611bff565b8a8a86818110610c8757610c87611beb565b9050602002016020810190610c9c9190611c18565b898987818110610cae57610cae611beb565b905060200201356112c0565b600101610c03565b50505050505050505050505050565b5f516020611ca95f395f51905f52610ce881610e7b565b610cf586868686866112c0565b505050505050565b5f516020611ca95f395f51905f52610d1481610e7b565b5f610d1e84610f54565b905067ffffffffffffffff60b01b19811667ffffffffffffffff60b01b60b085901b1617610d4a610f30565b6001600160a01b0386165f81815260209283526040908190209390935591516001600160401b03861681527f46728201bfafbc6f22db54cd99fafc271caa16238feb1085a47509a200f3702291016106ce565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810182905290610dcf610f30565b6001600160a01b0384165f90815260209190915260408120549150600160ff1b82169003610dfd5750919050565b610e05610f30565b6001600160a01b0382165f908152600291909101602090815260409182902054845261ffff60a084901c16908401526001600160401b0360b083901c1690830152610e4e610f30565b6001600160a01b039093165f90815260019384016020526040902054606083015250608081019190915290565b610e858133611571565b50565b5f5f516020611c895f395f51905f52610ea18484610994565b610f20575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055610ed63390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a460019150506105ad565b5f9150506105ad565b5092915050565b7f94548e4ef8a1a64abf25138c2ff3ec41db61dd346b9c1962088585aa7d1df80090565b5f610f5d610f30565b6001600160a01b0383165f90815260209190915260408120549150600160ff1b82169003610fae5760405163fa9b64eb60e01b81526001600160a01b03831660048201526024015b60405180910390fd5b919050565b5f5f516020611c895f395f51905f52610fcc8484610994565b15610f20575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a460019150506105ad565b61ffff8116158061104257506103e78161ffff16115b15610e8557604051634cb928b760e01b815261ffff82166004820152602401610fa5565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a006105ad565b6110966115aa565b61109e6115cf565b6001600160a01b0381166110c5576040516349e1399360e11b815260040160405180910390fd5b6110cf5f83610e88565b506110e75f516020611c495f395f51905f52806115d7565b61070f5f516020611c495f395f51905f5282610e88565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148061118457507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166111785f516020611c695f395f51905f52546001600160a01b031690565b6001600160a01b031614155b156111a25760405163703e46dd60e11b815260040160405180910390fd5b565b5f516020611c495f395f51905f5261092481610e7b565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015611215575060408051601f3d908101601f1916820190925261121291810190611c31565b60015b61123d57604051634c9c8ce360e01b81526001600160a01b0383166004820152602401610fa5565b5f516020611c695f395f51905f52811461126d57604051632a87526960e21b815260048101829052602401610fa5565b61070f8383611637565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146111a25760405163703e46dd60e11b815260040160405180910390fd5b6001600160a01b0385166112e7576040516323455ba160e01b815260040160405180910390fd5b83611305576040516392a2a5bd60e01b815260040160405180910390fd5b61130e8361102c565b5f611317610f30565b6001600160a01b0387165f90815260209190915260409020549050600160ff1b811615611362576040516345052f4560e01b81526001600160a01b0387166004820152602401610fa5565b806001600160a01b03811661140057611379610f30565b5f87815260039190910160205260409020546001600160a01b03169050806113fb575085806113a6610f30565b5f8881526003919091016020526040902080546001600160a01b0319166001600160a01b0392909216919091179055856113de610f30565b6001600160a01b0389165f90815260029190910160205260409020555b611472565b85611409610f30565b6001600160a01b0383165f9081526002919091016020526040902054146114725786611433610f30565b6001600160a01b038084165f9081526002929092016020526040918290205491516389673d9b60e01b8152921660048301526024820152604401610fa5565b600160ff1b60f08460ff16901b60b0866001600160401b0316901b60a08861ffff16901b846001600160a01b0316171717176114ac610f30565b6001600160a01b0389165f9081526020919091526040902055826114ce610f30565b6001600160a01b0389165f90815260019190910160205260409020556114f2610f30565b5f878152600491909101602090815260409182902080546001019055815161ffff881681526001600160401b0387169181019190915290810184905286906001600160a01b038916907f76e9ee73259d54c015571008c9c830065ab269ab7aafa4a81d48179d09fdebfb9060600160405180910390a350505050505050565b61157b8282610994565b6109245760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610fa5565b6115b261168c565b6111a257604051631afcd79f60e31b815260040160405180910390fd5b6111a26115aa565b5f516020611c895f395f51905f525f6115ef846105b3565b5f85815260208490526040808220600101869055519192508491839187917fbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff9190a450505050565b611640826116a5565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a28051156116845761070f8282611708565b6109246117a1565b5f611695611066565b54600160401b900460ff16919050565b806001600160a01b03163b5f036116da57604051634c9c8ce360e01b81526001600160a01b0382166004820152602401610fa5565b5f516020611c695f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f61171584846117c0565b905080801561173657505f3d118061173657505f846001600160a01b03163b115b1561174b576117436117d3565b9150506105ad565b801561177557604051639996b31560e01b81526001600160a01b0385166004820152602401610fa5565b3d15611788576117836117ec565b610f29565b60405163d6bda27560e01b815260040160405180910390fd5b34156111a25760405163b398979f60e01b815260040160405180910390fd5b5f5f5f835160208501865af49392505050565b6040513d81523d5f602083013e3d602001810160405290565b6040513d5f823e3d81fd5b5f60208284031215611807575f5ffd5b81356001600160e01b031981168114610902575f5ffd5b5f6020828403121561182e575f5ffd5b5035919050565b80356001600160a01b0381168114610fae575f5ffd5b5f5f6040838503121561185c575f5ffd5b8235915061186c60208401611835565b90509250929050565b5f60208284031215611885575f5ffd5b61090282611835565b5f5f6040838503121561189f575f5ffd5b6118a883611835565b946020939093013593505050565b803561ffff81168114610fae575f5ffd5b5f5f604083850312156118d8575f5ffd5b6118e183611835565b915061186c602084016118b6565b5f5f60408385031215611900575f5ffd5b61190983611835565b915061186c60208401611835565b634e487b7160e01b5f52604160045260245ffd5b5f5f6040838503121561193c575f5ffd5b61194583611835565b915060208301356001600160401b0381111561195f575f5ffd5b8301601f8101851361196f575f5ffd5b80356001600160401b0381111561198857611988611917565b604051601f8201601f19908116603f011681016001600160401b03811182821017156119b6576119b6611917565b6040528181528282016020018710156119cd575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f83601f840112611a31575f5ffd5b5081356001600160401b03811115611a47575f5ffd5b6020830191508360208260051b850101111561098d575f5ffd5b5f5f5f5f5f5f5f5f5f5f60a08b8d031215611a7a575f5ffd5b8a356001600160401b03811115611a8f575f5ffd5b611a9b8d828e01611a21565b909b5099505060208b01356001600160401b03811115611ab9575f5ffd5b611ac58d828e01611a21565b90995097505060408b01356001600160401b03811115611ae3575f5ffd5b611aef8d828e01611a21565b90975095505060608b01356001600160401b03811115611b0d575f5ffd5b611b198d828e01611a21565b90955093505060808b01356001600160401b03811115611b37575f5ffd5b611b438d828e01611a21565b915080935050809150509295989b9194979a5092959850565b80356001600160401b0381168114610fae575f5ffd5b5f5f5f5f5f60a08688031215611b86575f5ffd5b611b8f86611835565b945060208601359350611ba4604087016118b6565b9250611bb260608701611b5c565b949793965091946080013592915050565b5f5f60408385031215611bd4575f5ffd5b611bdd83611835565b915061186c60208401611b5c565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611c0f575f5ffd5b610902826118b6565b5f60208284031215611c28575f5ffd5b61090282611b5c565b5f60208284031215611c41575f5ffd5b505191905056fe189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e3360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800edcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c309238a2646970667358221220c69ebf0556623351a921b8f29eafb3664be82e0e3d1c9c16a22a9a4778aaf08964736f6c63430008250033",
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

// PackBatchRegisterIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd89ac237.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchRegisterIdentity(address[] wallets, bytes32[] investorIds, uint16[] countries, uint64[] expiries, uint256[] flags) returns()
func (identityRegistry *IdentityRegistry) PackBatchRegisterIdentity(wallets []common.Address, investorIds [][32]byte, countries []uint16, expiries []uint64, flags []*big.Int) []byte {
	enc, err := identityRegistry.abi.Pack("batchRegisterIdentity", wallets, investorIds, countries, expiries, flags)
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
	return identityRegistry.abi.Pack("batchRegisterIdentity", wallets, investorIds, countries, expiries, flags)
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
// Solidity: function identity(address wallet) view returns((bytes32,uint16,uint64,uint256,bool) id)
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
// Solidity: function identity(address wallet) view returns((bytes32,uint16,uint64,uint256,bool) id)
func (identityRegistry *IdentityRegistry) TryPackIdentity(wallet common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("identity", wallet)
}

// UnpackIdentity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0eb5e54.
//
// Solidity: function identity(address wallet) view returns((bytes32,uint16,uint64,uint256,bool) id)
func (identityRegistry *IdentityRegistry) UnpackIdentity(data []byte) (IdentityRegistryIdentity, error) {
	out, err := identityRegistry.abi.Unpack("identity", data)
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

// PackRegisterIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe452bb71.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerIdentity(address wallet, bytes32 investorId, uint16 country, uint64 expiry, uint256 flags) returns()
func (identityRegistry *IdentityRegistry) PackRegisterIdentity(wallet common.Address, investorId [32]byte, country uint16, expiry uint64, flags *big.Int) []byte {
	enc, err := identityRegistry.abi.Pack("registerIdentity", wallet, investorId, country, expiry, flags)
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
	return identityRegistry.abi.Pack("registerIdentity", wallet, investorId, country, expiry, flags)
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
