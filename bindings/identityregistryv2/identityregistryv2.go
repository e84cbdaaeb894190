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
	ABI: "[{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"IdentityAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"IdentityNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"InvalidCountry\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInvestorId\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidUpgrader\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidWallet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"NotSupported\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"WalletBoundToOtherInvestor\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"accreditation\",\"type\":\"bytes32\"}],\"name\":\"AccreditationSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AgentAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AgentRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"CountryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"ExpiryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"}],\"name\":\"FlagsUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"}],\"name\":\"IdentityRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"IdentityRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRAR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"accreditationOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"addAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"anchorOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"wallets\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"identities\",\"type\":\"address[]\"},{\"internalType\":\"uint16[]\",\"name\":\"countries\",\"type\":\"uint16[]\"}],\"name\":\"batchRegisterIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"wallets\",\"type\":\"address[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"investorIds\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint16[]\",\"name\":\"countries\",\"type\":\"uint16[]\"},{\"internalType\":\"uint64[]\",\"name\":\"expiries\",\"type\":\"uint64[]\"},{\"internalType\":\"uint256[]\",\"name\":\"flags\",\"type\":\"uint256[]\"}],\"name\":\"batchRegisterIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"boundInvestorOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"contains\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"deleteIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"identity\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"identityOf\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"}],\"internalType\":\"structIdentityRegistry.Identity\",\"name\":\"id\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"identityStorage\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"upgrader\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"investorCountry\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"investorOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"isAgent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"isVerified\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"issuersRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"linkedIdentityRegistries\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"registries\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"record\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"records\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"fromRecord\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toRecord\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"identity_\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"registerIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"}],\"name\":\"registerIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"removeAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"accreditation\",\"type\":\"bytes32\"}],\"name\":\"setAccreditation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"setClaimTopicsRegistry\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"setIdentityRegistryStorage\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"setTrustedIssuersRegistry\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"storedIdentity\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"storedInvestorCountry\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"topicsRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"updateCountry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"updateExpiry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"}],\"name\":\"updateFlags\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"identity_\",\"type\":\"address\"}],\"name\":\"updateIdentity\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"walletCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "IdentityRegistryV2",
	Bin: "0x60a060405230608052348015610013575f5ffd5b5061001c610021565b6100d3565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100715760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d05780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b60805161267d6100f95f395f8181611bcf01528181611bf80152611d48015261267d5ff3fe608060405260043610610280575f3560e01c806384e7984211610155578063bf9eb959116100be578063e744d78911610078578063e744d789146104e6578063ed7960a9146107fd578063f0eb5e541461081c578063f11abfd81461083b578063f68e95531461084d578063f72c0d8b1461086d575f5ffd5b8063bf9eb959146106f1578063c634562614610712578063cf4ff90114610781578063d547741f146107a0578063d89ac237146107bf578063e452bb71146107de575f5ffd5b8063a217fddf1161010f578063a217fddf14610644578063a8d29d1d14610657578063ad3cb1cc14610676578063b4f3fcb7146103df578063b70efaa1146106b3578063b9209e33146106d2575f5ffd5b806384e7984214610575578063853ea853146105945780638e098ca1146105c857806391d14854146105e757806397a6278e146106065780639b2c949014610625575f5ffd5b8063454a03e0116101f75780635dbe47e8116101b15780635dbe47e8146104a8578063653dc9f1146104c7578063670af6a9146104e6578063727e13bc146105055780637988d3a5146105375780637e42683b14610556575f5ffd5b8063454a03e014610405578063485cc955146104245780634dffeb69146104435780634f1ef2861461046257806352d1902d146104755780635624181c14610489575f5ffd5b80632f2ff15d116102485780632f2ff15d146103445780633465d6d51461036357806335cffc951461038257806336568abe146103a15780633b239a7f146103c05780633b3e12f4146103df575f5ffd5b806301ffc9a7146102845780631ffbb064146102b8578063248a9ca3146102d757806326d941ae146103045780632cc000ee14610325575b5f5ffd5b34801561028f575f5ffd5b506102a361029e36600461204f565b61088d565b60405190151581526020015b60405180910390f35b3480156102c3575f5ffd5b506102a36102d236600461208c565b6108c3565b3480156102e2575f5ffd5b506102f66102f13660046120a5565b6108db565b6040519081526020016102af565b34801561030f575f5ffd5b5061032361031e36600461208c565b6108fb565b005b348015610330575f5ffd5b5061032361033f3660046120bc565b61095a565b34801561034f575f5ffd5b5061032361035e3660046120e4565b6109e5565b34801561036e575f5ffd5b506102f661037d36600461208c565b610a07565b34801561038d575f5ffd5b5061032361039c3660046120bc565b610a2e565b3480156103ac575f5ffd5b506103236103bb3660046120e4565b610aee565b3480156103cb575f5ffd5b506103236103da36600461211f565b610b26565b3480156103ea575f5ffd5b505f5b6040516001600160a01b0390911681526020016102af565b348015610410575f5ffd5b5061032361041f366004612147565b610bbf565b34801561042f575f5ffd5b5061032361043e366004612187565b610bf3565b34801561044e575f5ffd5b506102f661045d36600461208c565b610cec565b6103236104703660046121c3565b610d4f565b348015610480575f5ffd5b506102f6610d6e565b348015610494575f5ffd5b506102f66104a336600461208c565b610d89565b3480156104b3575f5ffd5b506102a36104c236600461208c565b610db0565b3480156104d2575f5ffd5b506103236104e13660046122c4565b610de4565b3480156104f1575f5ffd5b5061032361050036600461208c565b610ede565b348015610510575f5ffd5b5061052461051f36600461208c565b610f46565b60405161ffff90911681526020016102af565b348015610542575f5ffd5b506103ed61055136600461208c565b610f50565b348015610561575f5ffd5b5061052461057036600461208c565b610f5a565b348015610580575f5ffd5b5061032361058f36600461208c565b610f95565b34801561059f575f5ffd5b506105b36105ae366004612187565b611007565b604080519283526020830191909152016102af565b3480156105d3575f5ffd5b506103236105e2366004612187565b611058565b3480156105f2575f5ffd5b506102a36106013660046120e4565b6110e4565b348015610611575f5ffd5b5061032361062036600461208c565b61111a565b348015610630575f5ffd5b506102f661063f36600461208c565b61118c565b34801561064f575f5ffd5b506102f65f81565b348015610662575f5ffd5b5061032361067136600461208c565b6111d3565b348015610681575f5ffd5b506106a6604051806040016040528060058152602001640352e302e360dc1b81525081565b6040516102af9190612360565b3480156106be575f5ffd5b506102f66106cd3660046120a5565b6112bc565b3480156106dd575f5ffd5b506102a36106ec36600461208c565b6112d8565b3480156106fc575f5ffd5b50610705611324565b6040516102af9190612395565b34801561071d575f5ffd5b5061073161072c36600461208c565b61137c565b6040516102af91905f60a0820190508251825261ffff60208401511660208301526001600160401b0360408401511660408301526060830151606083015260808301511515608083015292915050565b34801561078c575f5ffd5b506103ed61079b3660046120a5565b61145a565b3480156107ab575f5ffd5b506103236107ba3660046120e4565b61147f565b3480156107ca575f5ffd5b506103236107d93660046123e0565b61149b565b3480156107e9575f5ffd5b506103236107f83660046124f1565b6115c9565b348015610808575f5ffd5b50610323610817366004612542565b6115f5565b348015610827575f5ffd5b506103ed61083636600461208c565b611695565b348015610846575f5ffd5b50306103ed565b348015610858575f5ffd5b506102f65f5160206126285f395f51905f5281565b348015610878575f5ffd5b506102f65f5160206125c85f395f51905f5281565b5f6001600160e01b03198216637965db0b60e01b14806108bd57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f6108bd5f5160206126285f395f51905f52836110e4565b5f9081525f5160206126085f395f51905f52602052604090206001015490565b60405163329e2f1560e01b815260206004820152602860248201527f74686520726567697374727920697320697473206f776e206964656e746974796044820152672073746f7261676560c01b60648201526084015b60405180910390fd5b5f5160206126285f395f51905f52610971816116d4565b817faab4d834527db0ba3a4be7998c716d39d613e2f6d4194e4060103d6990f27b006001600160a01b0385165f81815260209283526040908190209390935591518481527fbbef0e5a1ae1bc77ee9413bf3aa90ab30009350de4f1766775bbb65d78431cf5910160405180910390a2505050565b6109ee826108db565b6109f7816116d4565b610a0183836116e1565b50505050565b5f610a10611789565b6001600160a01b039092165f90815260209290925250604090205490565b5f5160206126285f395f51905f52610a45816116d4565b5f610a4f846117ad565b905060ff60f01b19811660ff60f01b60f085901b1617610a6d611789565b6001600160a01b0386165f908152602091909152604090205582610a8f611789565b6001600160a01b0386165f81815260019290920160205260409182902092909255517f574959d1bb248adc499e2a482ce35522e2c6ae685397f0a5446caf9499280add90610ae09086815260200190565b60405180910390a250505050565b6001600160a01b0381163314610b175760405163334bd91960e11b815260040160405180910390fd5b610b218282611807565b505050565b5f5160206126285f395f51905f52610b3d816116d4565b610b4682611880565b5f610b50846117ad565b905061ffff60a01b19811661ffff60a01b60a085901b1617610b70611789565b6001600160a01b0386165f818152602092909252604080832093909355915161ffff861692917f04ed3b726495c2dca1ff1215d9ca54e1a4030abb5e82b0f6ce55702416cee85391a350505050565b5f5160206126285f395f51905f52610bd6816116d4565b610a01846001600160a01b038516846001600160401b035f6118ba565b5f610bfc611b2c565b805490915060ff600160401b82041615906001600160401b03165f81158015610c225750825b90505f826001600160401b03166001148015610c3d5750303b155b905081158015610c4b575080155b15610c695760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315610c9357845460ff60401b1916600160401b1785555b610c9d8787611b54565b8315610ce357845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050565b5f5f610cf6611789565b6001600160a01b0384165f90815260209190915260409020549050600160ff1b811615610d4657610d25611789565b6001600160a01b0382165f9081526002919091016020526040902054610d48565b5f5b9392505050565b610d57611bc4565b610d6082611c6a565b610d6a8282611c81565b5050565b5f610d77611d3d565b505f5160206125e85f395f51905f5290565b5f7faab4d834527db0ba3a4be7998c716d39d613e2f6d4194e4060103d6990f27b00610a10565b5f600160ff1b610dbe611789565b6001600160a01b039093165f908152602093909352604090922054919091161515919050565b5f5160206126285f395f51905f52610dfb816116d4565b858481141580610e0b5750828114155b15610e2c576040516001621398b960e31b0319815260040160405180910390fd5b5f5b81811015610ed357610ecb898983818110610e4b57610e4b61256a565b9050602002016020810190610e60919061208c565b610e96898985818110610e7557610e7561256a565b9050602002016020810190610e8a919061208c565b6001600160a01b031690565b878785818110610ea857610ea861256a565b9050602002016020810190610ebd919061257e565b6001600160401b035f6118ba565b600101610e2e565b505050505050505050565b60405163329e2f1560e01b815260206004820152603660248201527f766572696669636174696f6e20697320746865207265676973747261722773206044820152754b5943207265636f72642c206e6f7420636c61696d7360501b6064820152608401610951565b5f6108bd82610f5a565b5f6108bd82611695565b5f5f610f64611789565b6001600160a01b0384165f90815260209190915260409020549050600160ff1b811615610d465760a081901c610d48565b610fab5f5160206126285f395f51905f526108db565b610fb4816116d4565b610fcb5f5160206126285f395f51905f52836116e1565b15610d6a576040516001600160a01b038316907ff68e73cec97f2d70aa641fb26e87a4383686e2efacb648f2165aeb02ac562ec5905f90a25050565b5f5f611011611789565b6001600160a01b0385165f9081526020919091526040902054611032611789565b6001600160a01b0385165f908152602091909152604090205490925090505b9250929050565b5f5160206126285f395f51905f5261106f816116d4565b5f611079846117ad565b905061108481611d86565b6001600160a01b0316836001600160a01b031614610a0157836110a5611789565b6001600160a01b038084165f9081526002929092016020526040918290205491516389673d9b60e01b8152921660048301526024820152604401610951565b5f9182525f5160206126085f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6111305f5160206126285f395f51905f526108db565b611139816116d4565b6111505f5160206126285f395f51905f5283611807565b15610d6a576040516001600160a01b038316907fed9c8ad8d5a0a66898ea49d2956929c93ae2e8bd50281b2ed897c5d1a6737e0b905f90a25050565b5f611195611789565b6002015f6111a1611789565b6001600160a01b039485165f908152602091825260408082205490961683529082019290925290920190912054919050565b5f5160206126285f395f51905f526111ea816116d4565b5f6111f4836117ad565b90505f6111ff611789565b6001600160a01b0383165f8181526002929092016020526040909120549150611226611789565b6001600160a01b0386165f9081526020919091526040902055611247611789565b6001600160a01b0385165f908152600191909101602052604081205561126b611789565b5f828152600491909101602052604080822080545f190190555182916001600160a01b038716917f40aa168fb32e6506340b1fafe2f08cfea604dce75057a2366b4074e0e55400a19190a350505050565b5f6112c5611789565b5f92835260040160205250604090205490565b5f5f6112e2611789565b6001600160a01b0384165f90815260209190915260409020549050600160ff1b811615801590610d4857504260b082901c6001600160401b0316119392505050565b6040805160018082528183019092526060916020808301908036833701905050905030815f815181106113595761135961256a565b60200260200101906001600160a01b031690816001600160a01b03168152505090565b6040805160a0810182525f808252602082018190529181018290526060810182905260808101829052906113ae611789565b6001600160a01b0384165f90815260209190915260408120549150600160ff1b821690036113dc5750919050565b6113e4611789565b6001600160a01b0382165f908152600291909101602090815260409182902054845261ffff60a084901c16908401526001600160401b0360b083901c169083015261142d611789565b6001600160a01b039093165f90815260019384016020526040902054606083015250608081019190915290565b5f611463611789565b5f9283526003016020525060409020546001600160a01b031690565b611488826108db565b611491816116d4565b610a018383611807565b5f5160206126285f395f51905f526114b2816116d4565b8988811415806114c25750868114155b806114cd5750848114155b806114d85750828114155b156114f9576040516001621398b960e31b0319815260040160405180910390fd5b5f5b818110156115ba576115b28d8d838181106115185761151861256a565b905060200201602081019061152d919061208c565b8c8c8481811061153f5761153f61256a565b905060200201358b8b858181106115585761155861256a565b905060200201602081019061156d919061257e565b8a8a8681811061157f5761157f61256a565b90506020020160208101906115949190612597565b8989878181106115a6576115a661256a565b905060200201356118ba565b6001016114fb565b50505050505050505050505050565b5f5160206126285f395f51905f526115e0816116d4565b6115ed86868686866118ba565b505050505050565b5f5160206126285f395f51905f5261160c816116d4565b5f611616846117ad565b905067ffffffffffffffff60b01b19811667ffffffffffffffff60b01b60b085901b1617611642611789565b6001600160a01b0386165f81815260209283526040908190209390935591516001600160401b03861681527f46728201bfafbc6f22db54cd99fafc271caa16238feb1085a47509a200f370229101610ae0565b5f5f61169f611789565b6001600160a01b0384165f90815260209190915260409020549050600160ff1b811615610d46576116cf81611d86565b610d48565b6116de8133611dc9565b50565b5f5f5160206126085f395f51905f526116fa84846110e4565b611779575f848152602082815260408083206001600160a01b03871684529091529020805460ff1916600117905561172f3390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a460019150506108bd565b5f9150506108bd565b5092915050565b7f94548e4ef8a1a64abf25138c2ff3ec41db61dd346b9c1962088585aa7d1df80090565b5f6117b6611789565b6001600160a01b0383165f90815260209190915260408120549150600160ff1b821690036118025760405163fa9b64eb60e01b81526001600160a01b0383166004820152602401610951565b919050565b5f5f5160206126085f395f51905f5261182084846110e4565b15611779575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a460019150506108bd565b61ffff8116158061189657506103e78161ffff16115b156116de57604051634cb928b760e01b815261ffff82166004820152602401610951565b6001600160a01b0385166118e1576040516323455ba160e01b815260040160405180910390fd5b836118ff576040516392a2a5bd60e01b815260040160405180910390fd5b61190883611880565b5f611911611789565b6001600160a01b0387165f90815260209190915260409020549050600160ff1b81161561195c576040516345052f4560e01b81526001600160a01b0387166004820152602401610951565b806001600160a01b0381166119fa57611973611789565b5f87815260039190910160205260409020546001600160a01b03169050806119f5575085806119a0611789565b5f8881526003919091016020526040902080546001600160a01b0319166001600160a01b0392909216919091179055856119d8611789565b6001600160a01b0389165f90815260029190910160205260409020555b611a2d565b85611a03611789565b6001600160a01b0383165f908152600291909101602052604090205414611a2d57866110a5611789565b600160ff1b60f08460ff16901b60b0866001600160401b0316901b60a08861ffff16901b846001600160a01b031617171717611a67611789565b6001600160a01b0389165f908152602091909152604090205582611a89611789565b6001600160a01b0389165f9081526001919091016020526040902055611aad611789565b5f878152600491909101602090815260409182902080546001019055815161ffff881681526001600160401b0387169181019190915290810184905286906001600160a01b038916907f76e9ee73259d54c015571008c9c830065ab269ab7aafa4a81d48179d09fdebfb9060600160405180910390a350505050505050565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a006108bd565b611b5c611e02565b611b64611e27565b6001600160a01b038116611b8b576040516349e1399360e11b815260040160405180910390fd5b611b955f836116e1565b50611bad5f5160206125c85f395f51905f5280611e2f565b610b215f5160206125c85f395f51905f52826116e1565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480611c4a57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316611c3e5f5160206125e85f395f51905f52546001600160a01b031690565b6001600160a01b031614155b15611c685760405163703e46dd60e11b815260040160405180910390fd5b565b5f5160206125c85f395f51905f52610d6a816116d4565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015611cdb575060408051601f3d908101601f19168201909252611cd8918101906125b0565b60015b611d0357604051634c9c8ce360e01b81526001600160a01b0383166004820152602401610951565b5f5160206125e85f395f51905f528114611d3357604051632a87526960e21b815260048101829052602401610951565b610b218383611e8f565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614611c685760405163703e46dd60e11b815260040160405180910390fd5b5f8181611d91611789565b6001600160a01b0383165f9081526002919091016020526040902054905060a081901c15611dbf5781611dc1565b805b949350505050565b611dd382826110e4565b610d6a5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610951565b611e0a611ee4565b611c6857604051631afcd79f60e31b815260040160405180910390fd5b611c68611e02565b5f5160206126085f395f51905f525f611e47846108db565b5f85815260208490526040808220600101869055519192508491839187917fbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff9190a450505050565b611e9882611efd565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a2805115611edc57610b218282611f60565b610d6a611ff9565b5f611eed611b2c565b54600160401b900460ff16919050565b806001600160a01b03163b5f03611f3257604051634c9c8ce360e01b81526001600160a01b0382166004820152602401610951565b5f5160206125e85f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f611f6d8484612018565b9050808015611f8e57505f3d1180611f8e57505f846001600160a01b03163b115b15611fa357611f9b61202b565b9150506108bd565b8015611fcd57604051639996b31560e01b81526001600160a01b0385166004820152602401610951565b3d15611fe057611fdb612044565b611782565b60405163d6bda27560e01b815260040160405180910390fd5b3415611c685760405163b398979f60e01b815260040160405180910390fd5b5f5f5f835160208501865af49392505050565b6040513d81523d5f602083013e3d602001810160405290565b6040513d5f823e3d81fd5b5f6020828403121561205f575f5ffd5b81356001600160e01b031981168114610d48575f5ffd5b80356001600160a01b0381168114611802575f5ffd5b5f6020828403121561209c575f5ffd5b610d4882612076565b5f602082840312156120b5575f5ffd5b5035919050565b5f5f604083850312156120cd575f5ffd5b6120d683612076565b946020939093013593505050565b5f5f604083850312156120f5575f5ffd5b8235915061210560208401612076565b90509250929050565b803561ffff81168114611802575f5ffd5b5f5f60408385031215612130575f5ffd5b61213983612076565b91506121056020840161210e565b5f5f5f60608486031215612159575f5ffd5b61216284612076565b925061217060208501612076565b915061217e6040850161210e565b90509250925092565b5f5f60408385031215612198575f5ffd5b6121a183612076565b915061210560208401612076565b634e487b7160e01b5f52604160045260245ffd5b5f5f604083850312156121d4575f5ffd5b6121dd83612076565b915060208301356001600160401b038111156121f7575f5ffd5b8301601f81018513612207575f5ffd5b80356001600160401b03811115612220576122206121af565b604051601f8201601f19908116603f011681016001600160401b038111828210171561224e5761224e6121af565b604052818152828201602001871015612265575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b5f5f83601f840112612294575f5ffd5b5081356001600160401b038111156122aa575f5ffd5b6020830191508360208260051b8501011115611051575f5ffd5b5f5f5f5f5f5f606087890312156122d9575f5ffd5b86356001600160401b038111156122ee575f5ffd5b6122fa89828a01612284565b90975095505060208701356001600160401b03811115612318575f5ffd5b61232489828a01612284565b90955093505060408701356001600160401b03811115612342575f5ffd5b61234e89828a01612284565b979a9699509497509295939492505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b602080825282518282018190525f918401906040840190835b818110156123d55783516001600160a01b03168352602093840193909201916001016123ae565b509095945050505050565b5f5f5f5f5f5f5f5f5f5f60a08b8d0312156123f9575f5ffd5b8a356001600160401b0381111561240e575f5ffd5b61241a8d828e01612284565b909b5099505060208b01356001600160401b03811115612438575f5ffd5b6124448d828e01612284565b90995097505060408b01356001600160401b03811115612462575f5ffd5b61246e8d828e01612284565b90975095505060608b01356001600160401b0381111561248c575f5ffd5b6124988d828e01612284565b90955093505060808b01356001600160401b038111156124b6575f5ffd5b6124c28d828e01612284565b915080935050809150509295989b9194979a5092959850565b80356001600160401b0381168114611802575f5ffd5b5f5f5f5f5f60a08688031215612505575f5ffd5b61250e86612076565b9450602086013593506125236040870161210e565b9250612531606087016124db565b949793965091946080013592915050565b5f5f60408385031215612553575f5ffd5b61255c83612076565b9150612105602084016124db565b634e487b7160e01b5f52603260045260245ffd5b5f6020828403121561258e575f5ffd5b610d488261210e565b5f602082840312156125a7575f5ffd5b610d48826124db565b5f602082840312156125c0575f5ffd5b505191905056fe189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e3360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800edcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c309238a2646970667358221220672d2e4a9ca96a2c42d15ec8b96c2fca2680d3d7e8881861cf4471d7e0b6af6464736f6c63430008250033",
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
