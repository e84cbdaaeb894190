// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package feedconsumer

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

// FeedConsumerMetaData contains all meta data concerning the FeedConsumer contract.
var FeedConsumerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractAggregatorV3Interface\",\"name\":\"feed_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxAge_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blockTime\",\"type\":\"uint256\"}],\"name\":\"AnswerInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"},{\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"}],\"name\":\"IncompleteRound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"}],\"name\":\"NonPositiveAnswer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxAge\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blockTime\",\"type\":\"uint256\"}],\"name\":\"StaleAnswer\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"feed\",\"outputs\":[{\"internalType\":\"contractAggregatorV3Interface\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestValue\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"uint8\",\"name\":\"decimals\",\"type\":\"uint8\"},{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"},{\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxAge\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "FeedConsumer",
	Bin: "0x60c060405234801561000f575f5ffd5b506040516104c53803806104c583398101604081905261002e91610044565b6001600160a01b0390911660805260a05261007b565b5f5f60408385031215610055575f5ffd5b82516001600160a01b038116811461006b575f5ffd5b6020939093015192949293505050565b60805160a0516104106100b55f395f818160c701528181610223015261026801525f818160480152818160fd015261029c01526104105ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c806337a7b7d8146100435780634ab5cc8214610087578063687043c5146100c2575b5f5ffd5b61006a7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b61008f6100f7565b6040805194855260ff909316602085015269ffffffffffffffffffff90911691830191909152606082015260800161007e565b6100e97f000000000000000000000000000000000000000000000000000000000000000081565b60405190815260200161007e565b5f5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663feaf968c6040518163ffffffff1660e01b815260040160a060405180830381865afa158015610157573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061017b9190610340565b5091965091935091505069ffffffffffffffffffff8216158061019c575080155b156101d457604051633e8f755760e01b815269ffffffffffffffffffff83166004820152602481018290526044015b60405180910390fd5b5f84136101f75760405163098f884b60e31b8152600481018590526024016101cb565b4281111561022157604051631878078760e11b8152600481018290524260248201526044016101cb565b7f000000000000000000000000000000000000000000000000000000000000000061024c824261038e565b111561029a57604051632fb92d5d60e11b8152600481018290527f000000000000000000000000000000000000000000000000000000000000000060248201524260448201526064016101cb565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663313ce5676040518163ffffffff1660e01b8152600401602060405180830381865afa1580156102f6573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061031a91906103b3565b925090919293565b805169ffffffffffffffffffff8116811461033b575f5ffd5b919050565b5f5f5f5f5f60a08688031215610354575f5ffd5b61035d86610322565b6020870151604088015160608901519297509095509350915061038260808701610322565b90509295509295909350565b818103818111156103ad57634e487b7160e01b5f52601160045260245ffd5b92915050565b5f602082840312156103c3575f5ffd5b815160ff811681146103d3575f5ffd5b939250505056fea26469706673582212206547e33f741745bfdee7c53f40943f3b0144382bda0c85fec33c136cd891eea464736f6c63430008250033",
}

// FeedConsumer is an auto generated Go binding around an Ethereum contract.
type FeedConsumer struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *FeedConsumer) GetABI() abi.ABI {
	return c.abi
}

// NewFeedConsumer creates a new instance of FeedConsumer.
func NewFeedConsumer() *FeedConsumer {
	parsed, err := FeedConsumerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &FeedConsumer{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *FeedConsumer) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address feed_, uint256 maxAge_) returns()
func (feedConsumer *FeedConsumer) PackConstructor(feed_ common.Address, maxAge_ *big.Int) []byte {
	enc, err := feedConsumer.abi.Pack("", feed_, maxAge_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackFeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37a7b7d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feed() view returns(address)
func (feedConsumer *FeedConsumer) PackFeed() []byte {
	enc, err := feedConsumer.abi.Pack("feed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37a7b7d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feed() view returns(address)
func (feedConsumer *FeedConsumer) TryPackFeed() ([]byte, error) {
	return feedConsumer.abi.Pack("feed")
}

// UnpackFeed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x37a7b7d8.
//
// Solidity: function feed() view returns(address)
func (feedConsumer *FeedConsumer) UnpackFeed(data []byte) (common.Address, error) {
	out, err := feedConsumer.abi.Unpack("feed", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackLatestValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ab5cc82.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestValue() view returns(int256 answer, uint8 decimals, uint80 roundId, uint256 updatedAt)
func (feedConsumer *FeedConsumer) PackLatestValue() []byte {
	enc, err := feedConsumer.abi.Pack("latestValue")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ab5cc82.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestValue() view returns(int256 answer, uint8 decimals, uint80 roundId, uint256 updatedAt)
func (feedConsumer *FeedConsumer) TryPackLatestValue() ([]byte, error) {
	return feedConsumer.abi.Pack("latestValue")
}

// LatestValueOutput serves as a container for the return parameters of contract
// method LatestValue.
type LatestValueOutput struct {
	Answer    *big.Int
	Decimals  uint8
	RoundId   *big.Int
	UpdatedAt *big.Int
}

// UnpackLatestValue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4ab5cc82.
//
// Solidity: function latestValue() view returns(int256 answer, uint8 decimals, uint80 roundId, uint256 updatedAt)
func (feedConsumer *FeedConsumer) UnpackLatestValue(data []byte) (LatestValueOutput, error) {
	out, err := feedConsumer.abi.Unpack("latestValue", data)
	outstruct := new(LatestValueOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Answer = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Decimals = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	outstruct.RoundId = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.UpdatedAt = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackMaxAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x687043c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxAge() view returns(uint256)
func (feedConsumer *FeedConsumer) PackMaxAge() []byte {
	enc, err := feedConsumer.abi.Pack("maxAge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x687043c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxAge() view returns(uint256)
func (feedConsumer *FeedConsumer) TryPackMaxAge() ([]byte, error) {
	return feedConsumer.abi.Pack("maxAge")
}

// UnpackMaxAge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x687043c5.
//
// Solidity: function maxAge() view returns(uint256)
func (feedConsumer *FeedConsumer) UnpackMaxAge(data []byte) (*big.Int, error) {
	out, err := feedConsumer.abi.Unpack("maxAge", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (feedConsumer *FeedConsumer) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], feedConsumer.abi.Errors["AnswerInFuture"].ID.Bytes()[:4]) {
		return feedConsumer.UnpackAnswerInFutureError(raw[4:])
	}
	if bytes.Equal(raw[:4], feedConsumer.abi.Errors["IncompleteRound"].ID.Bytes()[:4]) {
		return feedConsumer.UnpackIncompleteRoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], feedConsumer.abi.Errors["NonPositiveAnswer"].ID.Bytes()[:4]) {
		return feedConsumer.UnpackNonPositiveAnswerError(raw[4:])
	}
	if bytes.Equal(raw[:4], feedConsumer.abi.Errors["StaleAnswer"].ID.Bytes()[:4]) {
		return feedConsumer.UnpackStaleAnswerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// FeedConsumerAnswerInFuture represents a AnswerInFuture error raised by the FeedConsumer contract.
type FeedConsumerAnswerInFuture struct {
	UpdatedAt *big.Int
	BlockTime *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AnswerInFuture(uint256 updatedAt, uint256 blockTime)
func FeedConsumerAnswerInFutureErrorID() common.Hash {
	return common.HexToHash("0x30f00f0e39bd22d0d2f54f7361676833303242c00d6af6dfe0191687ea42636f")
}

// UnpackAnswerInFutureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AnswerInFuture(uint256 updatedAt, uint256 blockTime)
func (feedConsumer *FeedConsumer) UnpackAnswerInFutureError(raw []byte) (*FeedConsumerAnswerInFuture, error) {
	out := new(FeedConsumerAnswerInFuture)
	if err := feedConsumer.abi.UnpackIntoInterface(out, "AnswerInFuture", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeedConsumerIncompleteRound represents a IncompleteRound error raised by the FeedConsumer contract.
type FeedConsumerIncompleteRound struct {
	RoundId   *big.Int
	UpdatedAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IncompleteRound(uint80 roundId, uint256 updatedAt)
func FeedConsumerIncompleteRoundErrorID() common.Hash {
	return common.HexToHash("0x3e8f7557a772adf33d893a971d3f9eb42d674933c688388c2c87f1f3d57f6d97")
}

// UnpackIncompleteRoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IncompleteRound(uint80 roundId, uint256 updatedAt)
func (feedConsumer *FeedConsumer) UnpackIncompleteRoundError(raw []byte) (*FeedConsumerIncompleteRound, error) {
	out := new(FeedConsumerIncompleteRound)
	if err := feedConsumer.abi.UnpackIntoInterface(out, "IncompleteRound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeedConsumerNonPositiveAnswer represents a NonPositiveAnswer error raised by the FeedConsumer contract.
type FeedConsumerNonPositiveAnswer struct {
	Answer *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonPositiveAnswer(int256 answer)
func FeedConsumerNonPositiveAnswerErrorID() common.Hash {
	return common.HexToHash("0x4c7c4258c977373fa419bcb82807ecc7c0be18e3a6b29a0417a966e7f85a2142")
}

// UnpackNonPositiveAnswerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonPositiveAnswer(int256 answer)
func (feedConsumer *FeedConsumer) UnpackNonPositiveAnswerError(raw []byte) (*FeedConsumerNonPositiveAnswer, error) {
	out := new(FeedConsumerNonPositiveAnswer)
	if err := feedConsumer.abi.UnpackIntoInterface(out, "NonPositiveAnswer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeedConsumerStaleAnswer represents a StaleAnswer error raised by the FeedConsumer contract.
type FeedConsumerStaleAnswer struct {
	UpdatedAt *big.Int
	MaxAge    *big.Int
	BlockTime *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaleAnswer(uint256 updatedAt, uint256 maxAge, uint256 blockTime)
func FeedConsumerStaleAnswerErrorID() common.Hash {
	return common.HexToHash("0x5f725aba7987054c0f8ae5304b046d8ab92b827aab13eae843f3aeac2d308f23")
}

// UnpackStaleAnswerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaleAnswer(uint256 updatedAt, uint256 maxAge, uint256 blockTime)
func (feedConsumer *FeedConsumer) UnpackStaleAnswerError(raw []byte) (*FeedConsumerStaleAnswer, error) {
	out := new(FeedConsumerStaleAnswer)
	if err := feedConsumer.abi.UnpackIntoInterface(out, "StaleAnswer", raw); err != nil {
		return nil, err
	}
	return out, nil
}
