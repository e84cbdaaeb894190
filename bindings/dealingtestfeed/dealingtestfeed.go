// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package dealingtestfeed

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

// DealingTestFeedMetaData contains all meta data concerning the DealingTestFeed contract.
var DealingTestFeedMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"},{\"internalType\":\"int192\",\"name\":\"minAnswer_\",\"type\":\"int192\"},{\"internalType\":\"int192\",\"name\":\"maxAnswer_\",\"type\":\"int192\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"NoDataPresent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"}],\"name\":\"RoundNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"}],\"name\":\"getRoundData\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"\",\"type\":\"uint80\"},{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint80\",\"name\":\"\",\"type\":\"uint80\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestRound\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"\",\"type\":\"uint80\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestRoundData\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"\",\"type\":\"uint80\"},{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint80\",\"name\":\"\",\"type\":\"uint80\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxAnswer\",\"outputs\":[{\"internalType\":\"int192\",\"name\":\"\",\"type\":\"int192\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minAnswer\",\"outputs\":[{\"internalType\":\"int192\",\"name\":\"\",\"type\":\"int192\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"startedAt\",\"type\":\"uint256\"}],\"name\":\"push\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"p\",\"type\":\"bool\"}],\"name\":\"setPaused\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "DealingTestFeed",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161053238038061053283398101604081905261002e9161007d565b60ff929092166080525f80546001600160c01b039283166001600160c01b031991821617909155600180549290931691161790556100c4565b8051601781900b8114610078575f5ffd5b919050565b5f5f5f6060848603121561008f575f5ffd5b835160ff8116811461009f575f5ffd5b92506100ad60208501610067565b91506100bb60408501610067565b90509250925092565b6080516104576100db5f395f60eb01526104575ff3fe608060405234801561000f575f5ffd5b5060043610610090575f3560e01c8063668a0f0211610063578063668a0f021461014357806370da2f671461016e5780638ad56db31461017b5780639a6fc8f51461018e578063feaf968c146101d5575f5ffd5b806316c38b3c1461009457806322adbc78146100c2578063313ce567146100e65780635c975abb1461011f575b5f5ffd5b6100c06100a236600461037f565b60018054911515600160c01b0260ff60c01b19909216919091179055565b005b5f546100ce9060170b81565b60405160179190910b81526020015b60405180910390f35b61010d7f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff90911681526020016100dd565b60015461013390600160c01b900460ff1681565b60405190151581526020016100dd565b600254610156906001600160501b031681565b6040516001600160501b0390911681526020016100dd565b6001546100ce9060170b81565b6101566101893660046103a5565b6101dd565b6101a161019c3660046103c5565b61025b565b604080516001600160501b03968716815260208101959095528401929092526060830152909116608082015260a0016100dd565b6101a16102fc565b600280545f919082906101f8906001600160501b03166103eb565b82546001600160501b038083166101009490940a84810291021990911617909255604080516060810182529586526020808701958652428783019081525f9384526003909152912094518555925160018501559151600290930192909255919050565b5f808080806001600160501b038616158061028457506002546001600160501b03908116908716115b156102b15760405163d7ea227160e01b81526001600160501b038716600482015260240160405180910390fd5b505050506001600160501b0382165f90815260036020908152604091829020825160608101845281548082526001830154938201849052600290920154930183905293949092508490565b6002545f9081908190819081906001600160501b03168082036103315760405162bb258760e81b815260040160405180910390fd5b6001600160501b0381165f9081526003602090815260409182902082516060810184528154808252600183015493820184905260029092015493018390529298929750955093508692509050565b5f6020828403121561038f575f5ffd5b8135801515811461039e575f5ffd5b9392505050565b5f5f604083850312156103b6575f5ffd5b50508035926020909101359150565b5f602082840312156103d5575f5ffd5b81356001600160501b038116811461039e575f5ffd5b5f6001600160501b0382166001600160501b03810361041857634e487b7160e01b5f52601160045260245ffd5b6001019291505056fea2646970667358221220c2457cdebe7b49bf018c08e5d1eaaac3aca922995e693be452b387f2e56773a964736f6c63430008250033",
}

// DealingTestFeed is an auto generated Go binding around an Ethereum contract.
type DealingTestFeed struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DealingTestFeed) GetABI() abi.ABI {
	return c.abi
}

// NewDealingTestFeed creates a new instance of DealingTestFeed.
func NewDealingTestFeed() *DealingTestFeed {
	parsed, err := DealingTestFeedMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DealingTestFeed{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DealingTestFeed) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint8 decimals_, int192 minAnswer_, int192 maxAnswer_) returns()
func (dealingTestFeed *DealingTestFeed) PackConstructor(decimals_ uint8, minAnswer_ *big.Int, maxAnswer_ *big.Int) []byte {
	enc, err := dealingTestFeed.abi.Pack("", decimals_, minAnswer_, maxAnswer_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (dealingTestFeed *DealingTestFeed) PackDecimals() []byte {
	enc, err := dealingTestFeed.abi.Pack("decimals")
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
func (dealingTestFeed *DealingTestFeed) TryPackDecimals() ([]byte, error) {
	return dealingTestFeed.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (dealingTestFeed *DealingTestFeed) UnpackDecimals(data []byte) (uint8, error) {
	out, err := dealingTestFeed.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackGetRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a6fc8f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoundData(uint80 roundId) view returns(uint80, int256, uint256, uint256, uint80)
func (dealingTestFeed *DealingTestFeed) PackGetRoundData(roundId *big.Int) []byte {
	enc, err := dealingTestFeed.abi.Pack("getRoundData", roundId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a6fc8f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoundData(uint80 roundId) view returns(uint80, int256, uint256, uint256, uint80)
func (dealingTestFeed *DealingTestFeed) TryPackGetRoundData(roundId *big.Int) ([]byte, error) {
	return dealingTestFeed.abi.Pack("getRoundData", roundId)
}

// GetRoundDataOutput serves as a container for the return parameters of contract
// method GetRoundData.
type GetRoundDataOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
	Arg2 *big.Int
	Arg3 *big.Int
	Arg4 *big.Int
}

// UnpackGetRoundData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a6fc8f5.
//
// Solidity: function getRoundData(uint80 roundId) view returns(uint80, int256, uint256, uint256, uint80)
func (dealingTestFeed *DealingTestFeed) UnpackGetRoundData(data []byte) (GetRoundDataOutput, error) {
	out, err := dealingTestFeed.abi.Unpack("getRoundData", data)
	outstruct := new(GetRoundDataOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Arg2 = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.Arg3 = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.Arg4 = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackLatestRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x668a0f02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestRound() view returns(uint80)
func (dealingTestFeed *DealingTestFeed) PackLatestRound() []byte {
	enc, err := dealingTestFeed.abi.Pack("latestRound")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x668a0f02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestRound() view returns(uint80)
func (dealingTestFeed *DealingTestFeed) TryPackLatestRound() ([]byte, error) {
	return dealingTestFeed.abi.Pack("latestRound")
}

// UnpackLatestRound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x668a0f02.
//
// Solidity: function latestRound() view returns(uint80)
func (dealingTestFeed *DealingTestFeed) UnpackLatestRound(data []byte) (*big.Int, error) {
	out, err := dealingTestFeed.abi.Unpack("latestRound", data)
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
// Solidity: function latestRoundData() view returns(uint80, int256, uint256, uint256, uint80)
func (dealingTestFeed *DealingTestFeed) PackLatestRoundData() []byte {
	enc, err := dealingTestFeed.abi.Pack("latestRoundData")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfeaf968c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestRoundData() view returns(uint80, int256, uint256, uint256, uint80)
func (dealingTestFeed *DealingTestFeed) TryPackLatestRoundData() ([]byte, error) {
	return dealingTestFeed.abi.Pack("latestRoundData")
}

// LatestRoundDataOutput serves as a container for the return parameters of contract
// method LatestRoundData.
type LatestRoundDataOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
	Arg2 *big.Int
	Arg3 *big.Int
	Arg4 *big.Int
}

// UnpackLatestRoundData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfeaf968c.
//
// Solidity: function latestRoundData() view returns(uint80, int256, uint256, uint256, uint80)
func (dealingTestFeed *DealingTestFeed) UnpackLatestRoundData(data []byte) (LatestRoundDataOutput, error) {
	out, err := dealingTestFeed.abi.Unpack("latestRoundData", data)
	outstruct := new(LatestRoundDataOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Arg2 = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.Arg3 = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.Arg4 = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackMaxAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70da2f67.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxAnswer() view returns(int192)
func (dealingTestFeed *DealingTestFeed) PackMaxAnswer() []byte {
	enc, err := dealingTestFeed.abi.Pack("maxAnswer")
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
func (dealingTestFeed *DealingTestFeed) TryPackMaxAnswer() ([]byte, error) {
	return dealingTestFeed.abi.Pack("maxAnswer")
}

// UnpackMaxAnswer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70da2f67.
//
// Solidity: function maxAnswer() view returns(int192)
func (dealingTestFeed *DealingTestFeed) UnpackMaxAnswer(data []byte) (*big.Int, error) {
	out, err := dealingTestFeed.abi.Unpack("maxAnswer", data)
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
func (dealingTestFeed *DealingTestFeed) PackMinAnswer() []byte {
	enc, err := dealingTestFeed.abi.Pack("minAnswer")
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
func (dealingTestFeed *DealingTestFeed) TryPackMinAnswer() ([]byte, error) {
	return dealingTestFeed.abi.Pack("minAnswer")
}

// UnpackMinAnswer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22adbc78.
//
// Solidity: function minAnswer() view returns(int192)
func (dealingTestFeed *DealingTestFeed) UnpackMinAnswer(data []byte) (*big.Int, error) {
	out, err := dealingTestFeed.abi.Unpack("minAnswer", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (dealingTestFeed *DealingTestFeed) PackPaused() []byte {
	enc, err := dealingTestFeed.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (dealingTestFeed *DealingTestFeed) TryPackPaused() ([]byte, error) {
	return dealingTestFeed.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (dealingTestFeed *DealingTestFeed) UnpackPaused(data []byte) (bool, error) {
	out, err := dealingTestFeed.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPush is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ad56db3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function push(int256 answer, uint256 startedAt) returns(uint80 roundId)
func (dealingTestFeed *DealingTestFeed) PackPush(answer *big.Int, startedAt *big.Int) []byte {
	enc, err := dealingTestFeed.abi.Pack("push", answer, startedAt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPush is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ad56db3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function push(int256 answer, uint256 startedAt) returns(uint80 roundId)
func (dealingTestFeed *DealingTestFeed) TryPackPush(answer *big.Int, startedAt *big.Int) ([]byte, error) {
	return dealingTestFeed.abi.Pack("push", answer, startedAt)
}

// UnpackPush is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ad56db3.
//
// Solidity: function push(int256 answer, uint256 startedAt) returns(uint80 roundId)
func (dealingTestFeed *DealingTestFeed) UnpackPush(data []byte) (*big.Int, error) {
	out, err := dealingTestFeed.abi.Unpack("push", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16c38b3c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPaused(bool p) returns()
func (dealingTestFeed *DealingTestFeed) PackSetPaused(p bool) []byte {
	enc, err := dealingTestFeed.abi.Pack("setPaused", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16c38b3c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPaused(bool p) returns()
func (dealingTestFeed *DealingTestFeed) TryPackSetPaused(p bool) ([]byte, error) {
	return dealingTestFeed.abi.Pack("setPaused", p)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (dealingTestFeed *DealingTestFeed) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], dealingTestFeed.abi.Errors["NoDataPresent"].ID.Bytes()[:4]) {
		return dealingTestFeed.UnpackNoDataPresentError(raw[4:])
	}
	if bytes.Equal(raw[:4], dealingTestFeed.abi.Errors["RoundNotFound"].ID.Bytes()[:4]) {
		return dealingTestFeed.UnpackRoundNotFoundError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DealingTestFeedNoDataPresent represents a NoDataPresent error raised by the DealingTestFeed contract.
type DealingTestFeedNoDataPresent struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoDataPresent()
func DealingTestFeedNoDataPresentErrorID() common.Hash {
	return common.HexToHash("0xbb258700699f4449978821f51700c766295ef133e7bb6177607142c8d88db786")
}

// UnpackNoDataPresentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoDataPresent()
func (dealingTestFeed *DealingTestFeed) UnpackNoDataPresentError(raw []byte) (*DealingTestFeedNoDataPresent, error) {
	out := new(DealingTestFeedNoDataPresent)
	if err := dealingTestFeed.abi.UnpackIntoInterface(out, "NoDataPresent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DealingTestFeedRoundNotFound represents a RoundNotFound error raised by the DealingTestFeed contract.
type DealingTestFeedRoundNotFound struct {
	RoundId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundNotFound(uint80 roundId)
func DealingTestFeedRoundNotFoundErrorID() common.Hash {
	return common.HexToHash("0xd7ea22717cf6eee389a068b428de9324f2c7666099d161eab466dc44dfd75362")
}

// UnpackRoundNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundNotFound(uint80 roundId)
func (dealingTestFeed *DealingTestFeed) UnpackRoundNotFoundError(raw []byte) (*DealingTestFeedRoundNotFound, error) {
	out := new(DealingTestFeedRoundNotFound)
	if err := dealingTestFeed.abi.UnpackIntoInterface(out, "RoundNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}
