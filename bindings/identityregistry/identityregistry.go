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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"IdentityAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"IdentityNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"InvalidCountry\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInvestorId\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidWallet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"WalletBoundToOtherInvestor\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"CountryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"ExpiryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"}],\"name\":\"FlagsUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"}],\"name\":\"IdentityRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"IdentityRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGISTRAR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"anchorOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"wallets\",\"type\":\"address[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"investorIds\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint16[]\",\"name\":\"countries\",\"type\":\"uint16[]\"},{\"internalType\":\"uint64[]\",\"name\":\"expiries\",\"type\":\"uint64[]\"},{\"internalType\":\"uint256[]\",\"name\":\"flags\",\"type\":\"uint256[]\"}],\"name\":\"batchRegisterIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"boundInvestorOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"deleteIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"identity\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"}],\"internalType\":\"structIdentityRegistry.Identity\",\"name\":\"id\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"investorOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"isVerified\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"record\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"records\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"fromRecord\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toRecord\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"}],\"name\":\"registerIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"updateCountry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"updateExpiry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"flags\",\"type\":\"uint256\"}],\"name\":\"updateFlags\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"walletCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "IdentityRegistry",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161126d38038061126d83398101604081905261002e916100e8565b6100385f8261003f565b5050610115565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166100df575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100973390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016100e2565b505f5b92915050565b5f602082840312156100f8575f5ffd5b81516001600160a01b038116811461010e575f5ffd5b9392505050565b61114b806101225f395ff3fe608060405234801561000f575f5ffd5b506004361061013d575f3560e01c8063a217fddf116100b4578063d547741f11610079578063d547741f14610321578063d89ac23714610334578063e452bb7114610347578063ed7960a91461035a578063f0eb5e541461036d578063f68e9553146103d1575f5ffd5b8063a217fddf14610295578063a8d29d1d1461029c578063b70efaa1146102af578063b9209e33146102ce578063cf4ff901146102e1575f5ffd5b806336568abe1161010557806336568abe146101e95780633b239a7f146101fc5780634dffeb691461020f578063853ea8531461022257806391d148541461024a5780639b2c94901461025d575f5ffd5b806301ffc9a714610141578063248a9ca3146101695780632f2ff15d146101995780633465d6d5146101ae57806335cffc95146101d6575b5f5ffd5b61015461014f366004610de7565b6103e5565b60405190151581526020015b60405180910390f35b61018b610177366004610e0e565b5f9081526020819052604090206001015490565b604051908152602001610160565b6101ac6101a7366004610e3b565b61041b565b005b61018b6101bc366004610e65565b6001600160a01b03165f9081526001602052604090205490565b6101ac6101e4366004610e7e565b610445565b6101ac6101f7366004610e3b565b6104dd565b6101ac61020a366004610eb7565b610515565b61018b61021d366004610e65565b6105a3565b610235610230366004610edf565b6105ed565b60408051928352602083019190915201610160565b610154610258366004610e3b565b610617565b61018b61026b366004610e65565b6001600160a01b039081165f90815260016020908152604080832054909316825260039052205490565b61018b5f81565b6101ac6102aa366004610e65565b61063f565b61018b6102bd366004610e0e565b5f9081526005602052604090205490565b6101546102dc366004610e65565b6106da565b6103096102ef366004610e0e565b5f908152600460205260409020546001600160a01b031690565b6040516001600160a01b039091168152602001610160565b6101ac61032f366004610e3b565b61071a565b6101ac610342366004610f48565b61073e565b6101ac61035536600461105f565b61086c565b6101ac6103683660046110b0565b610898565b61038061037b366004610e65565b610934565b60405161016091905f60a0820190508251825261ffff602084015116602083015267ffffffffffffffff60408401511660408301526060830151606083015260808301511515608083015292915050565b61018b5f51602061111f5f395f51905f5281565b5f6001600160e01b03198216637965db0b60e01b148061041557506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f82815260208190526040902060010154610435816109e4565b61043f83836109f1565b50505050565b5f51602061111f5f395f51905f5261045c816109e4565b5f61046684610a80565b6001600160a01b0385165f81815260016020908152604080832060f089901b60ff60f01b1660ff60f01b1987161790556002825291829020879055905186815292935090917f574959d1bb248adc499e2a482ce35522e2c6ae685397f0a5446caf9499280add91015b60405180910390a250505050565b6001600160a01b03811633146105065760405163334bd91960e11b815260040160405180910390fd5b6105108282610ad4565b505050565b5f51602061111f5f395f51905f5261052c816109e4565b61053582610b3d565b5f61053f84610a80565b6001600160a01b0385165f8181526001602052604080822061ffff60a01b19851661ffff60a01b60a08a901b161790555192935061ffff8616927f04ed3b726495c2dca1ff1215d9ca54e1a4030abb5e82b0f6ce55702416cee8539190a350505050565b6001600160a01b0381165f90815260016020526040812054600160ff1b8116156105e4576001600160a01b0381165f908152600360205260409020546105e6565b5f5b9392505050565b6001600160a01b038083165f908152600160205260408082205492841682529020545b9250929050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f51602061111f5f395f51905f52610656816109e4565b5f61066083610a80565b6001600160a01b038082165f81815260036020908152604080832054948916808452600183528184209490945560028252808320839055848352600590915280822080545f1901905551939450919283927f40aa168fb32e6506340b1fafe2f08cfea604dce75057a2366b4074e0e55400a191a350505050565b6001600160a01b0381165f90815260016020526040812054600160ff1b8116158015906105e657504260b082901c67ffffffffffffffff16119392505050565b5f82815260208190526040902060010154610734816109e4565b61043f8383610ad4565b5f51602061111f5f395f51905f52610755816109e4565b8988811415806107655750868114155b806107705750848114155b8061077b5750828114155b1561079c576040516001621398b960e31b0319815260040160405180910390fd5b5f5b8181101561085d576108558d8d838181106107bb576107bb6110d8565b90506020020160208101906107d09190610e65565b8c8c848181106107e2576107e26110d8565b905060200201358b8b858181106107fb576107fb6110d8565b905060200201602081019061081091906110ec565b8a8a86818110610822576108226110d8565b90506020020160208101906108379190611105565b898987818110610849576108496110d8565b90506020020135610b77565b60010161079e565b50505050505050505050505050565b5f51602061111f5f395f51905f52610883816109e4565b6108908686868686610b77565b505050505050565b5f51602061111f5f395f51905f526108af816109e4565b5f6108b984610a80565b6001600160a01b0385165f8181526001602090815260409182902060b088901b67ffffffffffffffff60b01b1667ffffffffffffffff60b01b198616179055905167ffffffffffffffff8716815292935090917f46728201bfafbc6f22db54cd99fafc271caa16238feb1085a47509a200f3702291016104cf565b6040805160a0810182525f808252602080830182905282840182905260608301829052608083018290526001600160a01b038516825260019052918220549091600160ff1b821690036109875750919050565b6001600160a01b038181165f90815260036020908152604080832054865260a085901c61ffff168683015260b09490941c67ffffffffffffffff168585015294909116815260029093529091205460608201526001608082015290565b6109ee8133610daa565b50565b5f6109fc8383610617565b610a79575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610a313390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610415565b505f610415565b6001600160a01b0381165f9081526001602052604081205490600160ff1b82169003610acf5760405163fa9b64eb60e01b81526001600160a01b03831660048201526024015b60405180910390fd5b919050565b5f610adf8383610617565b15610a79575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610415565b61ffff81161580610b5357506103e78161ffff16115b156109ee57604051634cb928b760e01b815261ffff82166004820152602401610ac6565b6001600160a01b038516610b9e576040516323455ba160e01b815260040160405180910390fd5b83610bbc576040516392a2a5bd60e01b815260040160405180910390fd5b610bc583610b3d565b6001600160a01b0385165f90815260016020526040902054600160ff1b811615610c0d576040516345052f4560e01b81526001600160a01b0387166004820152602401610ac6565b806001600160a01b038116610c7957505f858152600460205260409020546001600160a01b031680610c7457505f85815260046020908152604080832080546001600160a01b0319166001600160a01b038b16908117909155835260039091529020859055855b610cd3565b6001600160a01b0381165f908152600360205260409020548614610cd3576001600160a01b038181165f90815260036020526040908190205490516389673d9b60e01b815291891660048301526024820152604401610ac6565b6001600160a01b038781165f81815260016020818152604080842095871661ffff60a01b60a08d901b161767ffffffffffffffff60b01b60b08c901b161760ff60f01b60f08b901b1617600160ff1b17909555600281528483208890558a835260059052908390208054909101905590518791907f76e9ee73259d54c015571008c9c830065ab269ab7aafa4a81d48179d09fdebfb90610d999089908990899061ffff93909316835267ffffffffffffffff919091166020830152604082015260600190565b60405180910390a350505050505050565b610db48282610617565b610de35760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610ac6565b5050565b5f60208284031215610df7575f5ffd5b81356001600160e01b0319811681146105e6575f5ffd5b5f60208284031215610e1e575f5ffd5b5035919050565b80356001600160a01b0381168114610acf575f5ffd5b5f5f60408385031215610e4c575f5ffd5b82359150610e5c60208401610e25565b90509250929050565b5f60208284031215610e75575f5ffd5b6105e682610e25565b5f5f60408385031215610e8f575f5ffd5b610e9883610e25565b946020939093013593505050565b803561ffff81168114610acf575f5ffd5b5f5f60408385031215610ec8575f5ffd5b610ed183610e25565b9150610e5c60208401610ea6565b5f5f60408385031215610ef0575f5ffd5b610ef983610e25565b9150610e5c60208401610e25565b5f5f83601f840112610f17575f5ffd5b50813567ffffffffffffffff811115610f2e575f5ffd5b6020830191508360208260051b8501011115610610575f5ffd5b5f5f5f5f5f5f5f5f5f5f60a08b8d031215610f61575f5ffd5b8a3567ffffffffffffffff811115610f77575f5ffd5b610f838d828e01610f07565b909b5099505060208b013567ffffffffffffffff811115610fa2575f5ffd5b610fae8d828e01610f07565b90995097505060408b013567ffffffffffffffff811115610fcd575f5ffd5b610fd98d828e01610f07565b90975095505060608b013567ffffffffffffffff811115610ff8575f5ffd5b6110048d828e01610f07565b90955093505060808b013567ffffffffffffffff811115611023575f5ffd5b61102f8d828e01610f07565b915080935050809150509295989b9194979a5092959850565b803567ffffffffffffffff81168114610acf575f5ffd5b5f5f5f5f5f60a08688031215611073575f5ffd5b61107c86610e25565b94506020860135935061109160408701610ea6565b925061109f60608701611048565b949793965091946080013592915050565b5f5f604083850312156110c1575f5ffd5b6110ca83610e25565b9150610e5c60208401611048565b634e487b7160e01b5f52603260045260245ffd5b5f602082840312156110fc575f5ffd5b6105e682610ea6565b5f60208284031215611115575f5ffd5b6105e68261104856feedcc084d3dcd65a1f7f23c65c46722faca6953d28e43150a467cf43e5c309238a164736f6c6343000825000a",
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

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin) returns()
func (identityRegistry *IdentityRegistry) PackConstructor(admin common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("", admin)
	if err != nil {
		panic(err)
	}
	return enc
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (identityRegistry *IdentityRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackAccessControlUnauthorizedAccountError(raw[4:])
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
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["InvalidInvestorId"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackInvalidInvestorIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["InvalidWallet"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackInvalidWalletError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackLengthMismatchError(raw[4:])
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
