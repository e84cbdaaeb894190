// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package valuationfeed

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

// ValuationFeedMetaData contains all meta data concerning the ValuationFeed contract.
var ValuationFeedMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"description_\",\"type\":\"string\"},{\"internalType\":\"int192\",\"name\":\"minAnswer_\",\"type\":\"int192\"},{\"internalType\":\"int192\",\"name\":\"maxAnswer_\",\"type\":\"int192\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"transmitter\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"int192\",\"name\":\"minAnswer\",\"type\":\"int192\"},{\"internalType\":\"int192\",\"name\":\"maxAnswer\",\"type\":\"int192\"}],\"name\":\"AnswerOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int192\",\"name\":\"minAnswer\",\"type\":\"int192\"},{\"internalType\":\"int192\",\"name\":\"maxAnswer\",\"type\":\"int192\"}],\"name\":\"InvalidRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoDataPresent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"observedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"blockTime\",\"type\":\"uint256\"}],\"name\":\"ObservationInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"observedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastObservedAt\",\"type\":\"uint64\"}],\"name\":\"ObservationNotAfterLast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"}],\"name\":\"RoundNotFound\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"int256\",\"name\":\"current\",\"type\":\"int256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"roundId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"}],\"name\":\"AnswerUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"roundId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"startedBy\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"startedAt\",\"type\":\"uint256\"}],\"name\":\"NewRound\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TRANSMITTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"description\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"roundId\",\"type\":\"uint256\"}],\"name\":\"getAnswer\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint80\",\"name\":\"_roundId\",\"type\":\"uint80\"}],\"name\":\"getRoundData\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"},{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"startedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint80\",\"name\":\"answeredInRound\",\"type\":\"uint80\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"roundId\",\"type\":\"uint256\"}],\"name\":\"getTimestamp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestAnswer\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestRound\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestRoundData\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"},{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"startedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint80\",\"name\":\"answeredInRound\",\"type\":\"uint80\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestTimestamp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxAnswer\",\"outputs\":[{\"internalType\":\"int192\",\"name\":\"\",\"type\":\"int192\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minAnswer\",\"outputs\":[{\"internalType\":\"int192\",\"name\":\"\",\"type\":\"int192\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"uint64\",\"name\":\"observedAt\",\"type\":\"uint64\"}],\"name\":\"transmit\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"typeAndVersion\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "ValuationFeed",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161108338038061108383398101604081905261002e916101c2565b8260170b8460170b126100665760405163129b3ed960e21b8152601785810b600483015284900b602482015260440160405180910390fd5b60ff861660c05260016100798682610359565b50601784810b60805283900b60a0526100925f836100d9565b506001600160a01b038116156100ce576100cc7fd6a0f92c822ccba0fa91b30f08f085e68bc8eb3bb140aa16f8dc33ea47eb6cf2826100d9565b505b505050505050610417565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610179575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101313390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161017c565b505f5b92915050565b634e487b7160e01b5f52604160045260245ffd5b8051601781900b81146101a7575f5ffd5b919050565b80516001600160a01b03811681146101a7575f5ffd5b5f5f5f5f5f5f60c087890312156101d7575f5ffd5b865160ff811681146101e7575f5ffd5b60208801519096506001600160401b03811115610202575f5ffd5b8701601f81018913610212575f5ffd5b80516001600160401b0381111561022b5761022b610182565b604051601f8201601f19908116603f011681016001600160401b038111828210171561025957610259610182565b6040528181528282016020018b1015610270575f5ffd5b8160208401602083015e5f6020838301015280975050505061029460408801610196565b93506102a260608801610196565b92506102b0608088016101ac565b91506102be60a088016101ac565b90509295509295509295565b600181811c908216806102de57607f821691505b6020821081036102fc57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610354578282111561035457805f5260205f20601f840160051c602085101561032d57505f5b90810190601f840160051c035f5b81811015610350575f8382015560010161033b565b5050505b505050565b81516001600160401b0381111561037257610372610182565b6103868161038084546102ca565b84610302565b6020601f8211600181146103b8575f83156103a15750848201515b5f19600385901b1c1916600184901b178455610410565b5f84815260208120601f198516915b828110156103e757878501518255602094850194600190920191016103c7565b508482101561040457868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b60805160a05160c051610c2661045d5f395f61024e01525f81816102ca01528181610596015261060101525f81816101a60152818161056a01526105d60152610c265ff3fe608060405234801561000f575f5ffd5b506004361061013d575f3560e01c806370da2f67116100b45780639a6fc8f5116100795780639a6fc8f51461035e578063a217fddf146103a5578063b5ab58dc146103ac578063b633620c146103ce578063d547741f146103fa578063feaf968c1461040d575f5ffd5b806370da2f67146102c55780637284e416146102ec5780638205bf6a146102f457806383167bea1461032057806391d148541461034b575f5ffd5b80632f2ff15d116101055780632f2ff15d14610232578063313ce5671461024757806336568abe1461027857806350d25bcd1461028b57806354fd4d50146102ad578063668a0f02146102b4575f5ffd5b806301ffc9a714610141578063181f5a771461016957806322adbc78146101a1578063248a9ca3146101db5780632a4cf10b1461020b575b5f5ffd5b61015461014f366004610ad9565b610415565b60405190151581526020015b60405180910390f35b604080518082019091526013815272056616c756174696f6e4665656420312e302e3606c1b60208201525b6040516101609190610b07565b6101c87f000000000000000000000000000000000000000000000000000000000000000081565b60405160179190910b8152602001610160565b6101fd6101e9366004610b3c565b5f9081526020819052604090206001015490565b604051908152602001610160565b6101fd7fd6a0f92c822ccba0fa91b30f08f085e68bc8eb3bb140aa16f8dc33ea47eb6cf281565b610245610240366004610b53565b61044b565b005b60405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152602001610160565b610245610286366004610b53565b610475565b6002546001600160501b03165f9081526003602052604090205460170b6101fd565b60016101fd565b6002546001600160501b03166101fd565b6101c87f000000000000000000000000000000000000000000000000000000000000000081565b6101946104ad565b6002546001600160501b03165f90815260036020526040902054600160e01b900463ffffffff166101fd565b61033361032e366004610b8c565b61053d565b6040516001600160501b039091168152602001610160565b610154610359366004610b53565b610805565b61037161036c366004610bbb565b61082d565b604080516001600160501b03968716815260208101959095528401929092526060830152909116608082015260a001610160565b6101fd5f81565b6101fd6103ba366004610b3c565b5f9081526003602052604090205460170b90565b6101fd6103dc366004610b3c565b5f90815260036020526040902054600160e01b900463ffffffff1690565b610245610408366004610b53565b6108e2565b610371610906565b5f6001600160e01b03198216637965db0b60e01b148061044557506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f8281526020819052604090206001015461046581610997565b61046f83836109a4565b50505050565b6001600160a01b038116331461049e5760405163334bd91960e11b815260040160405180910390fd5b6104a88282610a33565b505050565b6060600180546104bc90610be1565b80601f01602080910402602001604051908101604052809291908181526020018280546104e890610be1565b80156105335780601f1061050a57610100808354040283529160200191610533565b820191905f5260205f20905b81548152906001019060200180831161051657829003601f168201915b5050505050905090565b5f7fd6a0f92c822ccba0fa91b30f08f085e68bc8eb3bb140aa16f8dc33ea47eb6cf261056881610997565b7f000000000000000000000000000000000000000000000000000000000000000060170b8412806105bb57507f000000000000000000000000000000000000000000000000000000000000000060170b84135b1561063457604051636c1ff1f760e11b8152600481018590527f0000000000000000000000000000000000000000000000000000000000000000601790810b60248301527f0000000000000000000000000000000000000000000000000000000000000000900b60448201526064015b60405180910390fd5b428367ffffffffffffffff1611156106715760405163261a831160e11b815267ffffffffffffffff8416600482015242602482015260440161062b565b600254600160501b900463ffffffff1667ffffffffffffffff841681106106c3576040516381e1cae360e01b815267ffffffffffffffff8516600482015263ffffffff8216602482015260440161062b565b6002805463ffffffff868116600160501b81026dffffffffffffffffffffffffffff1984166001600160501b03948516600101948516908117919091179094556040805160608101825260178b900b815260208082019384524285168284019081525f8881526003835284902092518354955191518716600160e01b026001600160e01b0392909716600160c01b026001600160e01b03199096166001600160c01b0390911617949094179390931693909317909255905167ffffffffffffffff881681529195503392917f0109fc6f55cf40689f02fbaad7af7fe7bbac8a3d2186600afc7d3e10cac60271910160405180910390a3826001600160501b0316857f0559884fd3a460db3073b7fc896cc77986f16e378210ded43186175bf646fc5f426040516107f591815260200190565b60405180910390a3505092915050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f808080806001600160501b038616158061085657506002546001600160501b03908116908716115b1561087f5760405163d7ea227160e01b81526001600160501b038716600482015260240161062b565b505050506001600160501b0382165f9081526003602090815260409182902082516060810184529054601781900b80835263ffffffff600160c01b83048116948401859052600160e01b9092049091169190930181905293949193909250908490565b5f828152602081905260409020600101546108fc81610997565b61046f8383610a33565b6002546001600160501b03165f8080808481036109355760405162bb258760e81b815260040160405180910390fd5b5050506001600160501b0382165f9081526003602090815260409182902082516060810184529054601781900b80835263ffffffff600160c01b83048116948401859052600160e01b9092049091169190930181905291925090839091929394565b6109a18133610a9c565b50565b5f6109af8383610805565b610a2c575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556109e43390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610445565b505f610445565b5f610a3e8383610805565b15610a2c575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610445565b610aa68282610805565b610ad55760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161062b565b5050565b5f60208284031215610ae9575f5ffd5b81356001600160e01b031981168114610b00575f5ffd5b9392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f60208284031215610b4c575f5ffd5b5035919050565b5f5f60408385031215610b64575f5ffd5b8235915060208301356001600160a01b0381168114610b81575f5ffd5b809150509250929050565b5f5f60408385031215610b9d575f5ffd5b82359150602083013567ffffffffffffffff81168114610b81575f5ffd5b5f60208284031215610bcb575f5ffd5b81356001600160501b0381168114610b00575f5ffd5b600181811c90821680610bf557607f821691505b602082108103610c1357634e487b7160e01b5f52602260045260245ffd5b5091905056fea164736f6c6343000825000a",
}

// ValuationFeed is an auto generated Go binding around an Ethereum contract.
type ValuationFeed struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ValuationFeed) GetABI() abi.ABI {
	return c.abi
}

// NewValuationFeed creates a new instance of ValuationFeed.
func NewValuationFeed() *ValuationFeed {
	parsed, err := ValuationFeedMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ValuationFeed{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ValuationFeed) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint8 decimals_, string description_, int192 minAnswer_, int192 maxAnswer_, address admin, address transmitter) returns()
func (valuationFeed *ValuationFeed) PackConstructor(decimals_ uint8, description_ string, minAnswer_ *big.Int, maxAnswer_ *big.Int, admin common.Address, transmitter common.Address) []byte {
	enc, err := valuationFeed.abi.Pack("", decimals_, description_, minAnswer_, maxAnswer_, admin, transmitter)
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
func (valuationFeed *ValuationFeed) PackDEFAULTADMINROLE() []byte {
	enc, err := valuationFeed.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (valuationFeed *ValuationFeed) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return valuationFeed.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (valuationFeed *ValuationFeed) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := valuationFeed.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackTRANSMITTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a4cf10b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TRANSMITTER_ROLE() view returns(bytes32)
func (valuationFeed *ValuationFeed) PackTRANSMITTERROLE() []byte {
	enc, err := valuationFeed.abi.Pack("TRANSMITTER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTRANSMITTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a4cf10b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TRANSMITTER_ROLE() view returns(bytes32)
func (valuationFeed *ValuationFeed) TryPackTRANSMITTERROLE() ([]byte, error) {
	return valuationFeed.abi.Pack("TRANSMITTER_ROLE")
}

// UnpackTRANSMITTERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2a4cf10b.
//
// Solidity: function TRANSMITTER_ROLE() view returns(bytes32)
func (valuationFeed *ValuationFeed) UnpackTRANSMITTERROLE(data []byte) ([32]byte, error) {
	out, err := valuationFeed.abi.Unpack("TRANSMITTER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (valuationFeed *ValuationFeed) PackDecimals() []byte {
	enc, err := valuationFeed.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (valuationFeed *ValuationFeed) TryPackDecimals() ([]byte, error) {
	return valuationFeed.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (valuationFeed *ValuationFeed) UnpackDecimals(data []byte) (uint8, error) {
	out, err := valuationFeed.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDescription is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7284e416.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function description() view returns(string)
func (valuationFeed *ValuationFeed) PackDescription() []byte {
	enc, err := valuationFeed.abi.Pack("description")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDescription is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7284e416.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function description() view returns(string)
func (valuationFeed *ValuationFeed) TryPackDescription() ([]byte, error) {
	return valuationFeed.abi.Pack("description")
}

// UnpackDescription is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7284e416.
//
// Solidity: function description() view returns(string)
func (valuationFeed *ValuationFeed) UnpackDescription(data []byte) (string, error) {
	out, err := valuationFeed.abi.Unpack("description", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackGetAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5ab58dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAnswer(uint256 roundId) view returns(int256)
func (valuationFeed *ValuationFeed) PackGetAnswer(roundId *big.Int) []byte {
	enc, err := valuationFeed.abi.Pack("getAnswer", roundId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5ab58dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAnswer(uint256 roundId) view returns(int256)
func (valuationFeed *ValuationFeed) TryPackGetAnswer(roundId *big.Int) ([]byte, error) {
	return valuationFeed.abi.Pack("getAnswer", roundId)
}

// UnpackGetAnswer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb5ab58dc.
//
// Solidity: function getAnswer(uint256 roundId) view returns(int256)
func (valuationFeed *ValuationFeed) UnpackGetAnswer(data []byte) (*big.Int, error) {
	out, err := valuationFeed.abi.Unpack("getAnswer", data)
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
func (valuationFeed *ValuationFeed) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := valuationFeed.abi.Pack("getRoleAdmin", role)
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
func (valuationFeed *ValuationFeed) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return valuationFeed.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (valuationFeed *ValuationFeed) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := valuationFeed.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a6fc8f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoundData(uint80 _roundId) view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (valuationFeed *ValuationFeed) PackGetRoundData(roundId *big.Int) []byte {
	enc, err := valuationFeed.abi.Pack("getRoundData", roundId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a6fc8f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoundData(uint80 _roundId) view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (valuationFeed *ValuationFeed) TryPackGetRoundData(roundId *big.Int) ([]byte, error) {
	return valuationFeed.abi.Pack("getRoundData", roundId)
}

// GetRoundDataOutput serves as a container for the return parameters of contract
// method GetRoundData.
type GetRoundDataOutput struct {
	RoundId         *big.Int
	Answer          *big.Int
	StartedAt       *big.Int
	UpdatedAt       *big.Int
	AnsweredInRound *big.Int
}

// UnpackGetRoundData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a6fc8f5.
//
// Solidity: function getRoundData(uint80 _roundId) view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (valuationFeed *ValuationFeed) UnpackGetRoundData(data []byte) (GetRoundDataOutput, error) {
	out, err := valuationFeed.abi.Unpack("getRoundData", data)
	outstruct := new(GetRoundDataOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.RoundId = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Answer = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.StartedAt = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.UpdatedAt = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.AnsweredInRound = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb633620c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTimestamp(uint256 roundId) view returns(uint256)
func (valuationFeed *ValuationFeed) PackGetTimestamp(roundId *big.Int) []byte {
	enc, err := valuationFeed.abi.Pack("getTimestamp", roundId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb633620c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTimestamp(uint256 roundId) view returns(uint256)
func (valuationFeed *ValuationFeed) TryPackGetTimestamp(roundId *big.Int) ([]byte, error) {
	return valuationFeed.abi.Pack("getTimestamp", roundId)
}

// UnpackGetTimestamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb633620c.
//
// Solidity: function getTimestamp(uint256 roundId) view returns(uint256)
func (valuationFeed *ValuationFeed) UnpackGetTimestamp(data []byte) (*big.Int, error) {
	out, err := valuationFeed.abi.Unpack("getTimestamp", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (valuationFeed *ValuationFeed) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := valuationFeed.abi.Pack("grantRole", role, account)
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
func (valuationFeed *ValuationFeed) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return valuationFeed.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (valuationFeed *ValuationFeed) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := valuationFeed.abi.Pack("hasRole", role, account)
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
func (valuationFeed *ValuationFeed) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return valuationFeed.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (valuationFeed *ValuationFeed) UnpackHasRole(data []byte) (bool, error) {
	out, err := valuationFeed.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLatestAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50d25bcd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestAnswer() view returns(int256)
func (valuationFeed *ValuationFeed) PackLatestAnswer() []byte {
	enc, err := valuationFeed.abi.Pack("latestAnswer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50d25bcd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestAnswer() view returns(int256)
func (valuationFeed *ValuationFeed) TryPackLatestAnswer() ([]byte, error) {
	return valuationFeed.abi.Pack("latestAnswer")
}

// UnpackLatestAnswer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50d25bcd.
//
// Solidity: function latestAnswer() view returns(int256)
func (valuationFeed *ValuationFeed) UnpackLatestAnswer(data []byte) (*big.Int, error) {
	out, err := valuationFeed.abi.Unpack("latestAnswer", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLatestRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x668a0f02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestRound() view returns(uint256)
func (valuationFeed *ValuationFeed) PackLatestRound() []byte {
	enc, err := valuationFeed.abi.Pack("latestRound")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x668a0f02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestRound() view returns(uint256)
func (valuationFeed *ValuationFeed) TryPackLatestRound() ([]byte, error) {
	return valuationFeed.abi.Pack("latestRound")
}

// UnpackLatestRound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x668a0f02.
//
// Solidity: function latestRound() view returns(uint256)
func (valuationFeed *ValuationFeed) UnpackLatestRound(data []byte) (*big.Int, error) {
	out, err := valuationFeed.abi.Unpack("latestRound", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLatestRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfeaf968c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestRoundData() view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (valuationFeed *ValuationFeed) PackLatestRoundData() []byte {
	enc, err := valuationFeed.abi.Pack("latestRoundData")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfeaf968c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestRoundData() view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (valuationFeed *ValuationFeed) TryPackLatestRoundData() ([]byte, error) {
	return valuationFeed.abi.Pack("latestRoundData")
}

// LatestRoundDataOutput serves as a container for the return parameters of contract
// method LatestRoundData.
type LatestRoundDataOutput struct {
	RoundId         *big.Int
	Answer          *big.Int
	StartedAt       *big.Int
	UpdatedAt       *big.Int
	AnsweredInRound *big.Int
}

// UnpackLatestRoundData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfeaf968c.
//
// Solidity: function latestRoundData() view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (valuationFeed *ValuationFeed) UnpackLatestRoundData(data []byte) (LatestRoundDataOutput, error) {
	out, err := valuationFeed.abi.Unpack("latestRoundData", data)
	outstruct := new(LatestRoundDataOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.RoundId = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Answer = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.StartedAt = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.UpdatedAt = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.AnsweredInRound = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackLatestTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8205bf6a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestTimestamp() view returns(uint256)
func (valuationFeed *ValuationFeed) PackLatestTimestamp() []byte {
	enc, err := valuationFeed.abi.Pack("latestTimestamp")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8205bf6a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestTimestamp() view returns(uint256)
func (valuationFeed *ValuationFeed) TryPackLatestTimestamp() ([]byte, error) {
	return valuationFeed.abi.Pack("latestTimestamp")
}

// UnpackLatestTimestamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8205bf6a.
//
// Solidity: function latestTimestamp() view returns(uint256)
func (valuationFeed *ValuationFeed) UnpackLatestTimestamp(data []byte) (*big.Int, error) {
	out, err := valuationFeed.abi.Unpack("latestTimestamp", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70da2f67.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxAnswer() view returns(int192)
func (valuationFeed *ValuationFeed) PackMaxAnswer() []byte {
	enc, err := valuationFeed.abi.Pack("maxAnswer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70da2f67.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxAnswer() view returns(int192)
func (valuationFeed *ValuationFeed) TryPackMaxAnswer() ([]byte, error) {
	return valuationFeed.abi.Pack("maxAnswer")
}

// UnpackMaxAnswer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70da2f67.
//
// Solidity: function maxAnswer() view returns(int192)
func (valuationFeed *ValuationFeed) UnpackMaxAnswer(data []byte) (*big.Int, error) {
	out, err := valuationFeed.abi.Unpack("maxAnswer", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMinAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22adbc78.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minAnswer() view returns(int192)
func (valuationFeed *ValuationFeed) PackMinAnswer() []byte {
	enc, err := valuationFeed.abi.Pack("minAnswer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22adbc78.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minAnswer() view returns(int192)
func (valuationFeed *ValuationFeed) TryPackMinAnswer() ([]byte, error) {
	return valuationFeed.abi.Pack("minAnswer")
}

// UnpackMinAnswer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22adbc78.
//
// Solidity: function minAnswer() view returns(int192)
func (valuationFeed *ValuationFeed) UnpackMinAnswer(data []byte) (*big.Int, error) {
	out, err := valuationFeed.abi.Unpack("minAnswer", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (valuationFeed *ValuationFeed) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := valuationFeed.abi.Pack("renounceRole", role, callerConfirmation)
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
func (valuationFeed *ValuationFeed) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return valuationFeed.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (valuationFeed *ValuationFeed) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := valuationFeed.abi.Pack("revokeRole", role, account)
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
func (valuationFeed *ValuationFeed) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return valuationFeed.abi.Pack("revokeRole", role, account)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (valuationFeed *ValuationFeed) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := valuationFeed.abi.Pack("supportsInterface", interfaceId)
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
func (valuationFeed *ValuationFeed) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return valuationFeed.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (valuationFeed *ValuationFeed) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := valuationFeed.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83167bea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transmit(int256 answer, uint64 observedAt) returns(uint80 roundId)
func (valuationFeed *ValuationFeed) PackTransmit(answer *big.Int, observedAt uint64) []byte {
	enc, err := valuationFeed.abi.Pack("transmit", answer, observedAt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83167bea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transmit(int256 answer, uint64 observedAt) returns(uint80 roundId)
func (valuationFeed *ValuationFeed) TryPackTransmit(answer *big.Int, observedAt uint64) ([]byte, error) {
	return valuationFeed.abi.Pack("transmit", answer, observedAt)
}

// UnpackTransmit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x83167bea.
//
// Solidity: function transmit(int256 answer, uint64 observedAt) returns(uint80 roundId)
func (valuationFeed *ValuationFeed) UnpackTransmit(data []byte) (*big.Int, error) {
	out, err := valuationFeed.abi.Unpack("transmit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTypeAndVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x181f5a77.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function typeAndVersion() pure returns(string)
func (valuationFeed *ValuationFeed) PackTypeAndVersion() []byte {
	enc, err := valuationFeed.abi.Pack("typeAndVersion")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTypeAndVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x181f5a77.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function typeAndVersion() pure returns(string)
func (valuationFeed *ValuationFeed) TryPackTypeAndVersion() ([]byte, error) {
	return valuationFeed.abi.Pack("typeAndVersion")
}

// UnpackTypeAndVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x181f5a77.
//
// Solidity: function typeAndVersion() pure returns(string)
func (valuationFeed *ValuationFeed) UnpackTypeAndVersion(data []byte) (string, error) {
	out, err := valuationFeed.abi.Unpack("typeAndVersion", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() pure returns(uint256)
func (valuationFeed *ValuationFeed) PackVersion() []byte {
	enc, err := valuationFeed.abi.Pack("version")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function version() pure returns(uint256)
func (valuationFeed *ValuationFeed) TryPackVersion() ([]byte, error) {
	return valuationFeed.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(uint256)
func (valuationFeed *ValuationFeed) UnpackVersion(data []byte) (*big.Int, error) {
	out, err := valuationFeed.abi.Unpack("version", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// ValuationFeedAnswerUpdated represents a AnswerUpdated event raised by the ValuationFeed contract.
type ValuationFeedAnswerUpdated struct {
	Current   *big.Int
	RoundId   *big.Int
	UpdatedAt *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const ValuationFeedAnswerUpdatedEventName = "AnswerUpdated"

// ContractEventName returns the user-defined event name.
func (ValuationFeedAnswerUpdated) ContractEventName() string {
	return ValuationFeedAnswerUpdatedEventName
}

// UnpackAnswerUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AnswerUpdated(int256 indexed current, uint256 indexed roundId, uint256 updatedAt)
func (valuationFeed *ValuationFeed) UnpackAnswerUpdatedEvent(log *types.Log) (*ValuationFeedAnswerUpdated, error) {
	event := "AnswerUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != valuationFeed.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValuationFeedAnswerUpdated)
	if len(log.Data) > 0 {
		if err := valuationFeed.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range valuationFeed.abi.Events[event].Inputs {
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

// ValuationFeedNewRound represents a NewRound event raised by the ValuationFeed contract.
type ValuationFeedNewRound struct {
	RoundId   *big.Int
	StartedBy common.Address
	StartedAt *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const ValuationFeedNewRoundEventName = "NewRound"

// ContractEventName returns the user-defined event name.
func (ValuationFeedNewRound) ContractEventName() string {
	return ValuationFeedNewRoundEventName
}

// UnpackNewRoundEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NewRound(uint256 indexed roundId, address indexed startedBy, uint256 startedAt)
func (valuationFeed *ValuationFeed) UnpackNewRoundEvent(log *types.Log) (*ValuationFeedNewRound, error) {
	event := "NewRound"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != valuationFeed.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValuationFeedNewRound)
	if len(log.Data) > 0 {
		if err := valuationFeed.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range valuationFeed.abi.Events[event].Inputs {
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

// ValuationFeedRoleAdminChanged represents a RoleAdminChanged event raised by the ValuationFeed contract.
type ValuationFeedRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const ValuationFeedRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (ValuationFeedRoleAdminChanged) ContractEventName() string {
	return ValuationFeedRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (valuationFeed *ValuationFeed) UnpackRoleAdminChangedEvent(log *types.Log) (*ValuationFeedRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != valuationFeed.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValuationFeedRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := valuationFeed.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range valuationFeed.abi.Events[event].Inputs {
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

// ValuationFeedRoleGranted represents a RoleGranted event raised by the ValuationFeed contract.
type ValuationFeedRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ValuationFeedRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (ValuationFeedRoleGranted) ContractEventName() string {
	return ValuationFeedRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (valuationFeed *ValuationFeed) UnpackRoleGrantedEvent(log *types.Log) (*ValuationFeedRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != valuationFeed.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValuationFeedRoleGranted)
	if len(log.Data) > 0 {
		if err := valuationFeed.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range valuationFeed.abi.Events[event].Inputs {
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

// ValuationFeedRoleRevoked represents a RoleRevoked event raised by the ValuationFeed contract.
type ValuationFeedRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ValuationFeedRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (ValuationFeedRoleRevoked) ContractEventName() string {
	return ValuationFeedRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (valuationFeed *ValuationFeed) UnpackRoleRevokedEvent(log *types.Log) (*ValuationFeedRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != valuationFeed.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValuationFeedRoleRevoked)
	if len(log.Data) > 0 {
		if err := valuationFeed.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range valuationFeed.abi.Events[event].Inputs {
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
func (valuationFeed *ValuationFeed) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["AnswerOutOfRange"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackAnswerOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["InvalidRange"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackInvalidRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["NoDataPresent"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackNoDataPresentError(raw[4:])
	}
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["ObservationInFuture"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackObservationInFutureError(raw[4:])
	}
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["ObservationNotAfterLast"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackObservationNotAfterLastError(raw[4:])
	}
	if bytes.Equal(raw[:4], valuationFeed.abi.Errors["RoundNotFound"].ID.Bytes()[:4]) {
		return valuationFeed.UnpackRoundNotFoundError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ValuationFeedAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the ValuationFeed contract.
type ValuationFeedAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func ValuationFeedAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (valuationFeed *ValuationFeed) UnpackAccessControlBadConfirmationError(raw []byte) (*ValuationFeedAccessControlBadConfirmation, error) {
	out := new(ValuationFeedAccessControlBadConfirmation)
	if err := valuationFeed.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValuationFeedAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the ValuationFeed contract.
type ValuationFeedAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func ValuationFeedAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (valuationFeed *ValuationFeed) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*ValuationFeedAccessControlUnauthorizedAccount, error) {
	out := new(ValuationFeedAccessControlUnauthorizedAccount)
	if err := valuationFeed.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValuationFeedAnswerOutOfRange represents a AnswerOutOfRange error raised by the ValuationFeed contract.
type ValuationFeedAnswerOutOfRange struct {
	Answer    *big.Int
	MinAnswer *big.Int
	MaxAnswer *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AnswerOutOfRange(int256 answer, int192 minAnswer, int192 maxAnswer)
func ValuationFeedAnswerOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xd83fe3ee318e96967ec3b484dfd9bd521e9d20064050bb3abcdc4ac1dc49a0f6")
}

// UnpackAnswerOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AnswerOutOfRange(int256 answer, int192 minAnswer, int192 maxAnswer)
func (valuationFeed *ValuationFeed) UnpackAnswerOutOfRangeError(raw []byte) (*ValuationFeedAnswerOutOfRange, error) {
	out := new(ValuationFeedAnswerOutOfRange)
	if err := valuationFeed.abi.UnpackIntoInterface(out, "AnswerOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValuationFeedInvalidRange represents a InvalidRange error raised by the ValuationFeed contract.
type ValuationFeedInvalidRange struct {
	MinAnswer *big.Int
	MaxAnswer *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRange(int192 minAnswer, int192 maxAnswer)
func ValuationFeedInvalidRangeErrorID() common.Hash {
	return common.HexToHash("0x4a6cfb64aec86f971040c547bb54f98db8771058a689c6320556fdd872c4708d")
}

// UnpackInvalidRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRange(int192 minAnswer, int192 maxAnswer)
func (valuationFeed *ValuationFeed) UnpackInvalidRangeError(raw []byte) (*ValuationFeedInvalidRange, error) {
	out := new(ValuationFeedInvalidRange)
	if err := valuationFeed.abi.UnpackIntoInterface(out, "InvalidRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValuationFeedNoDataPresent represents a NoDataPresent error raised by the ValuationFeed contract.
type ValuationFeedNoDataPresent struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoDataPresent()
func ValuationFeedNoDataPresentErrorID() common.Hash {
	return common.HexToHash("0xbb258700699f4449978821f51700c766295ef133e7bb6177607142c8d88db786")
}

// UnpackNoDataPresentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoDataPresent()
func (valuationFeed *ValuationFeed) UnpackNoDataPresentError(raw []byte) (*ValuationFeedNoDataPresent, error) {
	out := new(ValuationFeedNoDataPresent)
	if err := valuationFeed.abi.UnpackIntoInterface(out, "NoDataPresent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValuationFeedObservationInFuture represents a ObservationInFuture error raised by the ValuationFeed contract.
type ValuationFeedObservationInFuture struct {
	ObservedAt uint64
	BlockTime  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ObservationInFuture(uint64 observedAt, uint256 blockTime)
func ValuationFeedObservationInFutureErrorID() common.Hash {
	return common.HexToHash("0x4c350622195dbf71791d51760976c1dc4c0c0e452d48c9266a3b6d10dbd46bed")
}

// UnpackObservationInFutureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ObservationInFuture(uint64 observedAt, uint256 blockTime)
func (valuationFeed *ValuationFeed) UnpackObservationInFutureError(raw []byte) (*ValuationFeedObservationInFuture, error) {
	out := new(ValuationFeedObservationInFuture)
	if err := valuationFeed.abi.UnpackIntoInterface(out, "ObservationInFuture", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValuationFeedObservationNotAfterLast represents a ObservationNotAfterLast error raised by the ValuationFeed contract.
type ValuationFeedObservationNotAfterLast struct {
	ObservedAt     uint64
	LastObservedAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ObservationNotAfterLast(uint64 observedAt, uint64 lastObservedAt)
func ValuationFeedObservationNotAfterLastErrorID() common.Hash {
	return common.HexToHash("0x81e1cae3b56cd9a427cea9ab1c80cb718e3342402686daa5a59d059dc09eeb32")
}

// UnpackObservationNotAfterLastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ObservationNotAfterLast(uint64 observedAt, uint64 lastObservedAt)
func (valuationFeed *ValuationFeed) UnpackObservationNotAfterLastError(raw []byte) (*ValuationFeedObservationNotAfterLast, error) {
	out := new(ValuationFeedObservationNotAfterLast)
	if err := valuationFeed.abi.UnpackIntoInterface(out, "ObservationNotAfterLast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValuationFeedRoundNotFound represents a RoundNotFound error raised by the ValuationFeed contract.
type ValuationFeedRoundNotFound struct {
	RoundId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundNotFound(uint80 roundId)
func ValuationFeedRoundNotFoundErrorID() common.Hash {
	return common.HexToHash("0xd7ea22717cf6eee389a068b428de9324f2c7666099d161eab466dc44dfd75362")
}

// UnpackRoundNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundNotFound(uint80 roundId)
func (valuationFeed *ValuationFeed) UnpackRoundNotFoundError(raw []byte) (*ValuationFeedRoundNotFound, error) {
	out := new(ValuationFeedRoundNotFound)
	if err := valuationFeed.abi.UnpackIntoInterface(out, "RoundNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}
