// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package ierc7943nonfungible

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

// IERC7943NonFungibleMetaData contains all meta data concerning the IERC7943NonFungible contract.
var IERC7943NonFungibleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"ERC7943CannotReceive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"ERC7943CannotSend\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC7943CannotTransfer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC7943InsufficientUnfrozenBalance\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ForcedTransfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bool\",\"name\":\"frozenStatus\",\"type\":\"bool\"}],\"name\":\"Frozen\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"canReceive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"canSend\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"canTransfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"forcedTransfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"result\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getFrozenTokens\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"frozenStatus\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"frozenStatus\",\"type\":\"bool\"}],\"name\":\"setFrozenTokens\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"result\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "IERC7943NonFungible",
}

// IERC7943NonFungible is an auto generated Go binding around an Ethereum contract.
type IERC7943NonFungible struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IERC7943NonFungible) GetABI() abi.ABI {
	return c.abi
}

// NewIERC7943NonFungible creates a new instance of IERC7943NonFungible.
func NewIERC7943NonFungible() *IERC7943NonFungible {
	parsed, err := IERC7943NonFungibleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IERC7943NonFungible{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IERC7943NonFungible) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCanReceive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90d370ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function canReceive(address account) view returns(bool allowed)
func (iERC7943NonFungible *IERC7943NonFungible) PackCanReceive(account common.Address) []byte {
	enc, err := iERC7943NonFungible.abi.Pack("canReceive", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCanReceive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90d370ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function canReceive(address account) view returns(bool allowed)
func (iERC7943NonFungible *IERC7943NonFungible) TryPackCanReceive(account common.Address) ([]byte, error) {
	return iERC7943NonFungible.abi.Pack("canReceive", account)
}

// UnpackCanReceive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x90d370ba.
//
// Solidity: function canReceive(address account) view returns(bool allowed)
func (iERC7943NonFungible *IERC7943NonFungible) UnpackCanReceive(data []byte) (bool, error) {
	out, err := iERC7943NonFungible.abi.Unpack("canReceive", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackCanSend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2bc06a92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function canSend(address account) view returns(bool allowed)
func (iERC7943NonFungible *IERC7943NonFungible) PackCanSend(account common.Address) []byte {
	enc, err := iERC7943NonFungible.abi.Pack("canSend", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCanSend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2bc06a92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function canSend(address account) view returns(bool allowed)
func (iERC7943NonFungible *IERC7943NonFungible) TryPackCanSend(account common.Address) ([]byte, error) {
	return iERC7943NonFungible.abi.Pack("canSend", account)
}

// UnpackCanSend is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2bc06a92.
//
// Solidity: function canSend(address account) view returns(bool allowed)
func (iERC7943NonFungible *IERC7943NonFungible) UnpackCanSend(data []byte) (bool, error) {
	out, err := iERC7943NonFungible.abi.Unpack("canSend", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackCanTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe46638e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function canTransfer(address from, address to, uint256 tokenId) view returns(bool allowed)
func (iERC7943NonFungible *IERC7943NonFungible) PackCanTransfer(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := iERC7943NonFungible.abi.Pack("canTransfer", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCanTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe46638e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function canTransfer(address from, address to, uint256 tokenId) view returns(bool allowed)
func (iERC7943NonFungible *IERC7943NonFungible) TryPackCanTransfer(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return iERC7943NonFungible.abi.Pack("canTransfer", from, to, tokenId)
}

// UnpackCanTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe46638e6.
//
// Solidity: function canTransfer(address from, address to, uint256 tokenId) view returns(bool allowed)
func (iERC7943NonFungible *IERC7943NonFungible) UnpackCanTransfer(data []byte) (bool, error) {
	out, err := iERC7943NonFungible.abi.Unpack("canTransfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackForcedTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fc1d0e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedTransfer(address from, address to, uint256 tokenId) returns(bool result)
func (iERC7943NonFungible *IERC7943NonFungible) PackForcedTransfer(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := iERC7943NonFungible.abi.Pack("forcedTransfer", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fc1d0e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedTransfer(address from, address to, uint256 tokenId) returns(bool result)
func (iERC7943NonFungible *IERC7943NonFungible) TryPackForcedTransfer(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return iERC7943NonFungible.abi.Pack("forcedTransfer", from, to, tokenId)
}

// UnpackForcedTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fc1d0e7.
//
// Solidity: function forcedTransfer(address from, address to, uint256 tokenId) returns(bool result)
func (iERC7943NonFungible *IERC7943NonFungible) UnpackForcedTransfer(data []byte) (bool, error) {
	out, err := iERC7943NonFungible.abi.Unpack("forcedTransfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackGetFrozenTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff6e708c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getFrozenTokens(address account, uint256 tokenId) view returns(bool frozenStatus)
func (iERC7943NonFungible *IERC7943NonFungible) PackGetFrozenTokens(account common.Address, tokenId *big.Int) []byte {
	enc, err := iERC7943NonFungible.abi.Pack("getFrozenTokens", account, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetFrozenTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff6e708c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getFrozenTokens(address account, uint256 tokenId) view returns(bool frozenStatus)
func (iERC7943NonFungible *IERC7943NonFungible) TryPackGetFrozenTokens(account common.Address, tokenId *big.Int) ([]byte, error) {
	return iERC7943NonFungible.abi.Pack("getFrozenTokens", account, tokenId)
}

// UnpackGetFrozenTokens is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xff6e708c.
//
// Solidity: function getFrozenTokens(address account, uint256 tokenId) view returns(bool frozenStatus)
func (iERC7943NonFungible *IERC7943NonFungible) UnpackGetFrozenTokens(data []byte) (bool, error) {
	out, err := iERC7943NonFungible.abi.Unpack("getFrozenTokens", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSetFrozenTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80c4775b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFrozenTokens(address account, uint256 tokenId, bool frozenStatus) returns(bool result)
func (iERC7943NonFungible *IERC7943NonFungible) PackSetFrozenTokens(account common.Address, tokenId *big.Int, frozenStatus bool) []byte {
	enc, err := iERC7943NonFungible.abi.Pack("setFrozenTokens", account, tokenId, frozenStatus)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFrozenTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80c4775b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFrozenTokens(address account, uint256 tokenId, bool frozenStatus) returns(bool result)
func (iERC7943NonFungible *IERC7943NonFungible) TryPackSetFrozenTokens(account common.Address, tokenId *big.Int, frozenStatus bool) ([]byte, error) {
	return iERC7943NonFungible.abi.Pack("setFrozenTokens", account, tokenId, frozenStatus)
}

// UnpackSetFrozenTokens is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80c4775b.
//
// Solidity: function setFrozenTokens(address account, uint256 tokenId, bool frozenStatus) returns(bool result)
func (iERC7943NonFungible *IERC7943NonFungible) UnpackSetFrozenTokens(data []byte) (bool, error) {
	out, err := iERC7943NonFungible.abi.Unpack("setFrozenTokens", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (iERC7943NonFungible *IERC7943NonFungible) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := iERC7943NonFungible.abi.Pack("supportsInterface", interfaceId)
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
func (iERC7943NonFungible *IERC7943NonFungible) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return iERC7943NonFungible.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (iERC7943NonFungible *IERC7943NonFungible) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := iERC7943NonFungible.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// IERC7943NonFungibleForcedTransfer represents a ForcedTransfer event raised by the IERC7943NonFungible contract.
type IERC7943NonFungibleForcedTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const IERC7943NonFungibleForcedTransferEventName = "ForcedTransfer"

// ContractEventName returns the user-defined event name.
func (IERC7943NonFungibleForcedTransfer) ContractEventName() string {
	return IERC7943NonFungibleForcedTransferEventName
}

// UnpackForcedTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ForcedTransfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (iERC7943NonFungible *IERC7943NonFungible) UnpackForcedTransferEvent(log *types.Log) (*IERC7943NonFungibleForcedTransfer, error) {
	event := "ForcedTransfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iERC7943NonFungible.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IERC7943NonFungibleForcedTransfer)
	if len(log.Data) > 0 {
		if err := iERC7943NonFungible.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iERC7943NonFungible.abi.Events[event].Inputs {
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

// IERC7943NonFungibleFrozen represents a Frozen event raised by the IERC7943NonFungible contract.
type IERC7943NonFungibleFrozen struct {
	Account      common.Address
	TokenId      *big.Int
	FrozenStatus bool
	Raw          *types.Log // Blockchain specific contextual infos
}

const IERC7943NonFungibleFrozenEventName = "Frozen"

// ContractEventName returns the user-defined event name.
func (IERC7943NonFungibleFrozen) ContractEventName() string {
	return IERC7943NonFungibleFrozenEventName
}

// UnpackFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Frozen(address indexed account, uint256 indexed tokenId, bool indexed frozenStatus)
func (iERC7943NonFungible *IERC7943NonFungible) UnpackFrozenEvent(log *types.Log) (*IERC7943NonFungibleFrozen, error) {
	event := "Frozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iERC7943NonFungible.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IERC7943NonFungibleFrozen)
	if len(log.Data) > 0 {
		if err := iERC7943NonFungible.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iERC7943NonFungible.abi.Events[event].Inputs {
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
func (iERC7943NonFungible *IERC7943NonFungible) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], iERC7943NonFungible.abi.Errors["ERC7943CannotReceive"].ID.Bytes()[:4]) {
		return iERC7943NonFungible.UnpackERC7943CannotReceiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], iERC7943NonFungible.abi.Errors["ERC7943CannotSend"].ID.Bytes()[:4]) {
		return iERC7943NonFungible.UnpackERC7943CannotSendError(raw[4:])
	}
	if bytes.Equal(raw[:4], iERC7943NonFungible.abi.Errors["ERC7943CannotTransfer"].ID.Bytes()[:4]) {
		return iERC7943NonFungible.UnpackERC7943CannotTransferError(raw[4:])
	}
	if bytes.Equal(raw[:4], iERC7943NonFungible.abi.Errors["ERC7943InsufficientUnfrozenBalance"].ID.Bytes()[:4]) {
		return iERC7943NonFungible.UnpackERC7943InsufficientUnfrozenBalanceError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IERC7943NonFungibleERC7943CannotReceive represents a ERC7943CannotReceive error raised by the IERC7943NonFungible contract.
type IERC7943NonFungibleERC7943CannotReceive struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC7943CannotReceive(address account)
func IERC7943NonFungibleERC7943CannotReceiveErrorID() common.Hash {
	return common.HexToHash("0x705c1eed043f2b5dd3a4688f5c1e6b1faf4697a98d761d0c7c4a271abe1871d7")
}

// UnpackERC7943CannotReceiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC7943CannotReceive(address account)
func (iERC7943NonFungible *IERC7943NonFungible) UnpackERC7943CannotReceiveError(raw []byte) (*IERC7943NonFungibleERC7943CannotReceive, error) {
	out := new(IERC7943NonFungibleERC7943CannotReceive)
	if err := iERC7943NonFungible.abi.UnpackIntoInterface(out, "ERC7943CannotReceive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IERC7943NonFungibleERC7943CannotSend represents a ERC7943CannotSend error raised by the IERC7943NonFungible contract.
type IERC7943NonFungibleERC7943CannotSend struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC7943CannotSend(address account)
func IERC7943NonFungibleERC7943CannotSendErrorID() common.Hash {
	return common.HexToHash("0x45bae9e2664ba3991d05bcca7d5c5f19ee9f38b3035017e78a7a5def3ce92fce")
}

// UnpackERC7943CannotSendError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC7943CannotSend(address account)
func (iERC7943NonFungible *IERC7943NonFungible) UnpackERC7943CannotSendError(raw []byte) (*IERC7943NonFungibleERC7943CannotSend, error) {
	out := new(IERC7943NonFungibleERC7943CannotSend)
	if err := iERC7943NonFungible.abi.UnpackIntoInterface(out, "ERC7943CannotSend", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IERC7943NonFungibleERC7943CannotTransfer represents a ERC7943CannotTransfer error raised by the IERC7943NonFungible contract.
type IERC7943NonFungibleERC7943CannotTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC7943CannotTransfer(address from, address to, uint256 tokenId)
func IERC7943NonFungibleERC7943CannotTransferErrorID() common.Hash {
	return common.HexToHash("0x22dda4bed2c3de93b2113939aa840605ac72c6ea305ccc6956bfd21a80ff1844")
}

// UnpackERC7943CannotTransferError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC7943CannotTransfer(address from, address to, uint256 tokenId)
func (iERC7943NonFungible *IERC7943NonFungible) UnpackERC7943CannotTransferError(raw []byte) (*IERC7943NonFungibleERC7943CannotTransfer, error) {
	out := new(IERC7943NonFungibleERC7943CannotTransfer)
	if err := iERC7943NonFungible.abi.UnpackIntoInterface(out, "ERC7943CannotTransfer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IERC7943NonFungibleERC7943InsufficientUnfrozenBalance represents a ERC7943InsufficientUnfrozenBalance error raised by the IERC7943NonFungible contract.
type IERC7943NonFungibleERC7943InsufficientUnfrozenBalance struct {
	Account common.Address
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC7943InsufficientUnfrozenBalance(address account, uint256 tokenId)
func IERC7943NonFungibleERC7943InsufficientUnfrozenBalanceErrorID() common.Hash {
	return common.HexToHash("0xa494aa4ba303d99ea27a2c946d5fdff3907877cd3268ab21f706de014e824883")
}

// UnpackERC7943InsufficientUnfrozenBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC7943InsufficientUnfrozenBalance(address account, uint256 tokenId)
func (iERC7943NonFungible *IERC7943NonFungible) UnpackERC7943InsufficientUnfrozenBalanceError(raw []byte) (*IERC7943NonFungibleERC7943InsufficientUnfrozenBalance, error) {
	out := new(IERC7943NonFungibleERC7943InsufficientUnfrozenBalance)
	if err := iERC7943NonFungible.abi.UnpackIntoInterface(out, "ERC7943InsufficientUnfrozenBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}
