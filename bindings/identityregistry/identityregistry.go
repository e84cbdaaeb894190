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
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"IdentityAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"IdentityNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"InvalidCountry\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInvestorId\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidUpgrader\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidWallet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"NotSupported\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"WalletBoundToOtherInvestor\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AgentAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AgentRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"CountryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"ExpiryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"}],\"name\":\"FlagsUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"}],\"name\":\"IdentityRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"IdentityRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRAR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"addAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"anchorOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"wallets\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"identities\",\"type\":\"address[]\"},{\"internalType\":\"uint16[]\",\"name\":\"countries\",\"type\":\"uint16[]\"}],\"name\":\"batchRegisterIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"wallets\",\"type\":\"address[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"investorIds\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint16[]\",\"name\":\"countries\",\"type\":\"uint16[]\"},{\"internalType\":\"uint64[]\",\"name\":\"expiries\",\"type\":\"uint64[]\"},{\"internalType\":\"uint256[]\",\"name\":\"flags\",\"type\":\"uint256[]\"}],\"name\":\"batchRegisterIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"boundInvestorOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"contains\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"deleteIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"identity\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"identityOf\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"}],\"internalType\":\"structIdentityRegistry.Identity\",\"name\":\"id\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"identityStorage\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"upgrader\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"investorCountry\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"investorOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"isAgent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"isVerified\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"issuersRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"linkedIdentityRegistries\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"registries\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"record\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"records\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"fromRecord\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toRecord\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"identity_\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"registerIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"}],\"name\":\"registerIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"removeAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"setClaimTopicsRegistry\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"setIdentityRegistryStorage\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"setTrustedIssuersRegistry\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"storedIdentity\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"storedInvestorCountry\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"topicsRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"updateCountry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"updateExpiry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"}],\"name\":\"updateFlags\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"identity_\",\"type\":\"address\"}],\"name\":\"updateIdentity\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"walletCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "IdentityRegistry",
	Bin: "0x60a060405230608052348015610013575f5ffd5b5061001c610021565b6100d3565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100715760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d05780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6080516125776100f95f395f8181611ac901528181611af20152611c4201526125775ff3fe60806040526004361061026a575f3560e01c8063853ea8531161014a578063bf9eb959116100be578063e744d78911610078578063e744d78914610492578063ed7960a9146107a9578063f0eb5e54146107c8578063f11abfd8146107e7578063f68e9553146107f9578063f72c0d8b14610819575f5ffd5b8063bf9eb9591461069d578063c6345626146106be578063cf4ff9011461072d578063d547741f1461074c578063d89ac2371461076b578063e452bb711461078a575f5ffd5b8063a217fddf1161010f578063a217fddf146105f0578063a8d29d1d14610603578063ad3cb1cc14610622578063b4f3fcb7146103aa578063b70efaa11461065f578063b9209e331461067e575f5ffd5b8063853ea853146105405780638e098ca11461057457806391d148541461059357806397a6278e146105b25780639b2c9490146105d1575f5ffd5b8063485cc955116101e1578063653dc9f1116101a6578063653dc9f114610473578063670af6a914610492578063727e13bc146104b15780637988d3a5146104e35780637e42683b1461050257806384e7984214610521575f5ffd5b8063485cc955146103ef5780634dffeb691461040e5780634f1ef2861461042d57806352d1902d146104405780635dbe47e814610454575f5ffd5b80633465d6d5116102325780633465d6d51461032e57806335cffc951461034d57806336568abe1461036c5780633b239a7f1461038b5780633b3e12f4146103aa578063454a03e0146103d0575f5ffd5b806301ffc9a71461026e5780631ffbb064146102a2578063248a9ca3146102c157806326d941ae146102ee5780632f2ff15d1461030f575b5f5ffd5b348015610279575f5ffd5b5061028d610288366004611f49565b610839565b60405190151581526020015b60405180910390f35b3480156102ad575f5ffd5b5061028d6102bc366004611f86565b61086f565b3480156102cc575f5ffd5b506102e06102db366004611f9f565b610887565b604051908152602001610299565b3480156102f9575f5ffd5b5061030d610308366004611f86565b6108a7565b005b34801561031a575f5ffd5b5061030d610329366004611fb6565b610906565b348015610339575f5ffd5b506102e0610348366004611f86565b610928565b348015610358575f5ffd5b5061030d610367366004611fe0565b61094f565b348015610377575f5ffd5b5061030d610386366004611fb6565b610a0f565b348015610396575f5ffd5b5061030d6103a5366004612019565b610a47565b3480156103b5575f5ffd5b505f5b6040516001600160a01b039091168152602001610299565b3480156103db575f5ffd5b5061030d6103ea366004612041565b610ae0565b3480156103fa575f5ffd5b5061030d610409366004612081565b610b14565b348015610419575f5ffd5b506102e0610428366004611f86565b610c0d565b61030d61043b3660046120bd565b610c70565b34801561044b575f5ffd5b506102e0610c8f565b34801561045f575f5ffd5b5061028d61046e366004611f86565b610caa565b34801561047e575f5ffd5b5061030d61048d3660046121be565b610cde565b34801561049d575f5ffd5b5061030d6104ac366004611f86565b610dd8565b3480156104bc575f5ffd5b506104d06104cb366004611f86565b610e40565b60405161ffff9091168152602001610299565b3480156104ee575f5ffd5b506103b86104fd366004611f86565b610e4a565b34801561050d575f5ffd5b506104d061051c366004611f86565b610e54565b34801561052c575f5ffd5b5061030d61053b366004611f86565b610e8f565b34801561054b575f5ffd5b5061055f61055a366004612081565b610f01565b60408051928352602083019190915201610299565b34801561057f575f5ffd5b5061030d61058e366004612081565b610f52565b34801561059e575f5ffd5b5061028d6105ad366004611fb6565b610fde565b3480156105bd575f5ffd5b5061030d6105cc366004611f86565b611014565b3480156105dc575f5ffd5b506102e06105eb366004611f86565b611086565b3480156105fb575f5ffd5b506102e05f81565b34801561060e575f5ffd5b5061030d61061d366004611f86565b6110cd565b34801561062d575f5ffd5b50610652604051806040016040528060058152602001640352e302e360dc1b81525081565b604051610299919061225a565b34801561066a575f5ffd5b506102e0610679366004611f9f565b6111b6565b348015610689575f5ffd5b5061028d610698366004611f86565b6111d2565b3480156106a8575f5ffd5b506106b161121e565b604051610299919061228f565b3480156106c9575f5ffd5b506106dd6106d8366004611f86565b611276565b60405161029991905f60a0820190508251825261ffff60208401511660208301526001600160401b0360408401511660408301526060830151606083015260808301511515608083015292915050565b348015610738575f5ffd5b506103b8610747366004611f9f565b611354565b348015610757575f5ffd5b5061030d610766366004611fb6565b611379565b348015610776575f5ffd5b5061030d6107853660046122da565b611395565b348015610795575f5ffd5b5061030d6107a43660046123eb565b6114c3565b3480156107b4575f5ffd5b5061030d6107c336600461243c565b6114ef565b3480156107d3575f5ffd5b506103b86107e2366004611f86565b61158f565b3480156107f2575f5ffd5b50306103b8565b348015610804575f5ffd5b506102e05f5160206125225f395f51905f5281565b348015610824575f5ffd5b506102e05f5160206124c25f395f51905f5281565b5f6001600160e01b03198216637965db0b60e01b148061086957506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f6108695f5160206125225f395f51905f5283610fde565b5f9081525f5160206125025f395f51905f52602052604090206001015490565b60405163329e2f1560e01b815260206004820152602860248201527f74686520726567697374727920697320697473206f776e206964656e746974796044820152672073746f7261676560c01b60648201526084015b60405180910390fd5b61090f82610887565b610918816115ce565b61092283836115db565b50505050565b5f610931611683565b6001600160a01b039092165f90815260209290925250604090205490565b5f5160206125225f395f51905f52610966816115ce565b5f610970846116a7565b905060ff60f01b19811660ff60f01b60f085901b161761098e611683565b6001600160a01b0386165f9081526020919091526040902055826109b0611683565b6001600160a01b0386165f81815260019290920160205260409182902092909255517f574959d1bb248adc499e2a482ce35522e2c6ae685397f0a5446caf9499280add90610a019086815260200190565b60405180910390a250505050565b6001600160a01b0381163314610a385760405163334bd91960e11b815260040160405180910390fd5b610a428282611701565b505050565b5f5160206125225f395f51905f52610a5e816115ce565b610a678261177a565b5f610a71846116a7565b905061ffff60a01b19811661ffff60a01b60a085901b1617610a91611683565b6001600160a01b0386165f818152602092909252604080832093909355915161ffff861692917f04ed3b726495c2dca1ff1215d9ca54e1a4030abb5e82b0f6ce55702416cee85391a350505050565b5f5160206125225f395f51905f52610af7816115ce565b610922846001600160a01b038516846001600160401b035f6117b4565b5f610b1d611a26565b805490915060ff600160401b82041615906001600160401b03165f81158015610b435750825b90505f826001600160401b03166001148015610b5e5750303b155b905081158015610b6c575080155b15610b8a5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315610bb457845460ff60401b1916600160401b1785555b610bbe8787611a4e565b8315610c0457845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050565b5f5f610c17611683565b6001600160a01b0384165f90815260209190915260409020549050600160ff1b811615610c6757610c46611683565b6001600160a01b0382165f9081526002919091016020526040902054610c69565b5f5b9392505050565b610c78611abe565b610c8182611b64565b610c8b8282611b7b565b5050565b5f610c98611c37565b505f5160206124e25f395f51905f5290565b5f600160ff1b610cb8611683565b6001600160a01b039093165f908152602093909352604090922054919091161515919050565b5f5160206125225f395f51905f52610cf5816115ce565b858481141580610d055750828114155b15610d26576040516001621398b960e31b0319815260040160405180910390fd5b5f5b81811015610dcd57610dc5898983818110610d4557610d45612464565b9050602002016020810190610d5a9190611f86565b610d90898985818110610d6f57610d6f612464565b9050602002016020810190610d849190611f86565b6001600160a01b031690565b878785818110610da257610da2612464565b9050602002016020810190610db79190612478565b6001600160401b035f6117b4565b600101610d28565b505050505050505050565b60405163329e2f1560e01b815260206004820152603660248201527f766572696669636174696f6e20697320746865207265676973747261722773206044820152754b5943207265636f72642c206e6f7420636c61696d7360501b60648201526084016108fd565b5f61086982610e54565b5f6108698261158f565b5f5f610e5e611683565b6001600160a01b0384165f90815260209190915260409020549050600160ff1b811615610c675760a081901c610c69565b610ea55f5160206125225f395f51905f52610887565b610eae816115ce565b610ec55f5160206125225f395f51905f52836115db565b15610c8b576040516001600160a01b038316907ff68e73cec97f2d70aa641fb26e87a4383686e2efacb648f2165aeb02ac562ec5905f90a25050565b5f5f610f0b611683565b6001600160a01b0385165f9081526020919091526040902054610f2c611683565b6001600160a01b0385165f908152602091909152604090205490925090505b9250929050565b5f5160206125225f395f51905f52610f69816115ce565b5f610f73846116a7565b9050610f7e81611c80565b6001600160a01b0316836001600160a01b0316146109225783610f9f611683565b6001600160a01b038084165f9081526002929092016020526040918290205491516389673d9b60e01b81529216600483015260248201526044016108fd565b5f9182525f5160206125025f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b61102a5f5160206125225f395f51905f52610887565b611033816115ce565b61104a5f5160206125225f395f51905f5283611701565b15610c8b576040516001600160a01b038316907fed9c8ad8d5a0a66898ea49d2956929c93ae2e8bd50281b2ed897c5d1a6737e0b905f90a25050565b5f61108f611683565b6002015f61109b611683565b6001600160a01b039485165f908152602091825260408082205490961683529082019290925290920190912054919050565b5f5160206125225f395f51905f526110e4816115ce565b5f6110ee836116a7565b90505f6110f9611683565b6001600160a01b0383165f8181526002929092016020526040909120549150611120611683565b6001600160a01b0386165f9081526020919091526040902055611141611683565b6001600160a01b0385165f9081526001919091016020526040812055611165611683565b5f828152600491909101602052604080822080545f190190555182916001600160a01b038716917f40aa168fb32e6506340b1fafe2f08cfea604dce75057a2366b4074e0e55400a19190a350505050565b5f6111bf611683565b5f92835260040160205250604090205490565b5f5f6111dc611683565b6001600160a01b0384165f90815260209190915260409020549050600160ff1b811615801590610c6957504260b082901c6001600160401b0316119392505050565b6040805160018082528183019092526060916020808301908036833701905050905030815f8151811061125357611253612464565b60200260200101906001600160a01b031690816001600160a01b03168152505090565b6040805160a0810182525f808252602082018190529181018290526060810182905260808101829052906112a8611683565b6001600160a01b0384165f90815260209190915260408120549150600160ff1b821690036112d65750919050565b6112de611683565b6001600160a01b0382165f908152600291909101602090815260409182902054845261ffff60a084901c16908401526001600160401b0360b083901c1690830152611327611683565b6001600160a01b039093165f90815260019384016020526040902054606083015250608081019190915290565b5f61135d611683565b5f9283526003016020525060409020546001600160a01b031690565b61138282610887565b61138b816115ce565b6109228383611701565b5f5160206125225f395f51905f526113ac816115ce565b8988811415806113bc5750868114155b806113c75750848114155b806113d25750828114155b156113f3576040516001621398b960e31b0319815260040160405180910390fd5b5f5b818110156114b4576114ac8d8d8381811061141257611412612464565b90506020020160208101906114279190611f86565b8c8c8481811061143957611439612464565b905060200201358b8b8581811061145257611452612464565b90506020020160208101906114679190612478565b8a8a8681811061147957611479612464565b905060200201602081019061148e9190612491565b8989878181106114a0576114a0612464565b905060200201356117b4565b6001016113f5565b50505050505050505050505050565b5f5160206125225f395f51905f526114da816115ce565b6114e786868686866117b4565b505050505050565b5f5160206125225f395f51905f52611506816115ce565b5f611510846116a7565b905067ffffffffffffffff60b01b19811667ffffffffffffffff60b01b60b085901b161761153c611683565b6001600160a01b0386165f81815260209283526040908190209390935591516001600160401b03861681527f46728201bfafbc6f22db54cd99fafc271caa16238feb1085a47509a200f370229101610a01565b5f5f611599611683565b6001600160a01b0384165f90815260209190915260409020549050600160ff1b811615610c67576115c981611c80565b610c69565b6115d88133611cc3565b50565b5f5f5160206125025f395f51905f526115f48484610fde565b611673575f848152602082815260408083206001600160a01b03871684529091529020805460ff191660011790556116293390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610869565b5f915050610869565b5092915050565b7f94548e4ef8a1a64abf25138c2ff3ec41db61dd346b9c1962088585aa7d1df80090565b5f6116b0611683565b6001600160a01b0383165f90815260209190915260408120549150600160ff1b821690036116fc5760405163fa9b64eb60e01b81526001600160a01b03831660048201526024016108fd565b919050565b5f5f5160206125025f395f51905f5261171a8484610fde565b15611673575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a46001915050610869565b61ffff8116158061179057506103e78161ffff16115b156115d857604051634cb928b760e01b815261ffff821660048201526024016108fd565b6001600160a01b0385166117db576040516323455ba160e01b815260040160405180910390fd5b836117f9576040516392a2a5bd60e01b815260040160405180910390fd5b6118028361177a565b5f61180b611683565b6001600160a01b0387165f90815260209190915260409020549050600160ff1b811615611856576040516345052f4560e01b81526001600160a01b03871660048201526024016108fd565b806001600160a01b0381166118f45761186d611683565b5f87815260039190910160205260409020546001600160a01b03169050806118ef5750858061189a611683565b5f8881526003919091016020526040902080546001600160a01b0319166001600160a01b0392909216919091179055856118d2611683565b6001600160a01b0389165f90815260029190910160205260409020555b611927565b856118fd611683565b6001600160a01b0383165f9081526002919091016020526040902054146119275786610f9f611683565b600160ff1b60f08460ff16901b60b0866001600160401b0316901b60a08861ffff16901b846001600160a01b031617171717611961611683565b6001600160a01b0389165f908152602091909152604090205582611983611683565b6001600160a01b0389165f90815260019190910160205260409020556119a7611683565b5f878152600491909101602090815260409182902080546001019055815161ffff881681526001600160401b0387169181019190915290810184905286906001600160a01b038916907f76e9ee73259d54c015571008c9c830065ab269ab7aafa4a81d48179d09fdebfb9060600160405180910390a350505050505050565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610869565b611a56611cfc565b611a5e611d21565b6001600160a01b038116611a85576040516349e1399360e11b815260040160405180910390fd5b611a8f5f836115db565b50611aa75f5160206124c25f395f51905f5280611d29565b610a425f5160206124c25f395f51905f52826115db565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480611b4457507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316611b385f5160206124e25f395f51905f52546001600160a01b031690565b6001600160a01b031614155b15611b625760405163703e46dd60e11b815260040160405180910390fd5b565b5f5160206124c25f395f51905f52610c8b816115ce565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015611bd5575060408051601f3d908101601f19168201909252611bd2918101906124aa565b60015b611bfd57604051634c9c8ce360e01b81526001600160a01b03831660048201526024016108fd565b5f5160206124e25f395f51905f528114611c2d57604051632a87526960e21b8152600481018290526024016108fd565b610a428383611d89565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614611b625760405163703e46dd60e11b815260040160405180910390fd5b5f8181611c8b611683565b6001600160a01b0383165f9081526002919091016020526040902054905060a081901c15611cb95781611cbb565b805b949350505050565b611ccd8282610fde565b610c8b5760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016108fd565b611d04611dde565b611b6257604051631afcd79f60e31b815260040160405180910390fd5b611b62611cfc565b5f5160206125025f395f51905f525f611d4184610887565b5f85815260208490526040808220600101869055519192508491839187917fbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff9190a450505050565b611d9282611df7565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a2805115611dd657610a428282611e5a565b610c8b611ef3565b5f611de7611a26565b54600160401b900460ff16919050565b806001600160a01b03163b5f03611e2c57604051634c9c8ce360e01b81526001600160a01b03821660048201526024016108fd565b5f5160206124e25f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f611e678484611f12565b9050808015611e8857505f3d1180611e8857505f846001600160a01b03163b115b15611e9d57611e95611f25565b915050610869565b8015611ec757604051639996b31560e01b81526001600160a01b03851660048201526024016108fd565b3d15611eda57611ed5611f3e565b61167c565b60405163d6bda27560e01b815260040160405180910390fd5b3415611b625760405163b398979f60e01b815260040160405180910390fd5b5f5f5f835160208501865af49392505050565b6040513d81523d5f602083013e3d602001810160405290565b6040513d5f823e3d81fd5b5f60208284031215611f59575f5ffd5b81356001600160e01b031981168114610c69575f5ffd5b80356001600160a01b03811681146116fc575f5ffd5b5f60208284031215611f96575f5ffd5b610c6982611f70565b5f60208284031215611faf575f5ffd5b5035919050565b5f5f60408385031215611fc7575f5ffd5b82359150611fd760208401611f70565b90509250929050565b5f5f60408385031215611ff1575f5ffd5b611ffa83611f70565b946020939093013593505050565b803561ffff811681146116fc575f5ffd5b5f5f6040838503121561202a575f5ffd5b61203383611f70565b9150611fd760208401612008565b5f5f5f60608486031215612053575f5ffd5b61205c84611f70565b925061206a60208501611f70565b915061207860408501612008565b90509250925092565b5f5f60408385031215612092575f5ffd5b61209b83611f70565b9150611fd760208401611f70565b634e487b7160e01b5f52604160045260245ffd5b5f5f604083850312156120ce575f5ffd5b6120d783611f70565b915060208301356001600160401b038111156120f1575f5ffd5b8301601f81018513612101575f5ffd5b80356001600160401b0381111561211a5761211a6120a9565b604051601f8201601f19908116603f011681016001600160401b0381118282101715612148576121486120a9565b60405281815282820160200187101561215f575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b5f5f83601f84011261218e575f5ffd5b5081356001600160401b038111156121a4575f5ffd5b6020830191508360208260051b8501011115610f4b575f5ffd5b5f5f5f5f5f5f606087890312156121d3575f5ffd5b86356001600160401b038111156121e8575f5ffd5b6121f489828a0161217e565b90975095505060208701356001600160401b03811115612212575f5ffd5b61221e89828a0161217e565b90955093505060408701356001600160401b0381111561223c575f5ffd5b61224889828a0161217e565b979a9699509497509295939492505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b602080825282518282018190525f918401906040840190835b818110156122cf5783516001600160a01b03168352602093840193909201916001016122a8565b509095945050505050565b5f5f5f5f5f5f5f5f5f5f60a08b8d0312156122f3575f5ffd5b8a356001600160401b03811115612308575f5ffd5b6123148d828e0161217e565b909b5099505060208b01356001600160401b03811115612332575f5ffd5b61233e8d828e0161217e565b90995097505060408b01356001600160401b0381111561235c575f5ffd5b6123688d828e0161217e565b90975095505060608b01356001600160401b03811115612386575f5ffd5b6123928d828e0161217e565b90955093505060808b01356001600160401b038111156123b0575f5ffd5b6123bc8d828e0161217e565b915080935050809150509295989b9194979a5092959850565b80356001600160401b03811681146116fc575f5ffd5b5f5f5f5f5f60a086880312156123ff575f5ffd5b61240886611f70565b94506020860135935061241d60408701612008565b925061242b606087016123d5565b949793965091946080013592915050565b5f5f6040838503121561244d575f5ffd5b61245683611f70565b9150611fd7602084016123d5565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215612488575f5ffd5b610c6982612008565b5f602082840312156124a1575f5ffd5b610c69826123d5565b5f602082840312156124ba575f5ffd5b505191905056fe189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e3360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800edcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c309238a2646970667358221220dcb57fe90577e2cfe60453f36b02ce934d0ebe91258508c4d11ca5875232561164736f6c63430008250033",
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
