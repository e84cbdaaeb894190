// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package ierc7943fungible

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

// IERC7943FungibleMetaData contains all meta data concerning the IERC7943Fungible contract.
var IERC7943FungibleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"ERC7943CannotReceive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"ERC7943CannotSend\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ERC7943CannotTransfer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"unfrozen\",\"type\":\"uint256\"}],\"name\":\"ERC7943InsufficientUnfrozenBalance\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ForcedTransfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Frozen\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"canReceive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"canSend\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"canTransfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"forcedTransfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"result\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getFrozenTokens\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"setFrozenTokens\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"result\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "IERC7943Fungible",
}

// IERC7943Fungible is an auto generated Go binding around an Ethereum contract.
type IERC7943Fungible struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IERC7943Fungible) GetABI() abi.ABI {
	return c.abi
}

// NewIERC7943Fungible creates a new instance of IERC7943Fungible.
func NewIERC7943Fungible() *IERC7943Fungible {
	parsed, err := IERC7943FungibleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IERC7943Fungible{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IERC7943Fungible) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCanReceive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90d370ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function canReceive(address account) view returns(bool allowed)
func (iERC7943Fungible *IERC7943Fungible) PackCanReceive(account common.Address) []byte {
	enc, err := iERC7943Fungible.abi.Pack("canReceive", account)
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
func (iERC7943Fungible *IERC7943Fungible) TryPackCanReceive(account common.Address) ([]byte, error) {
	return iERC7943Fungible.abi.Pack("canReceive", account)
}

// UnpackCanReceive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x90d370ba.
//
// Solidity: function canReceive(address account) view returns(bool allowed)
func (iERC7943Fungible *IERC7943Fungible) UnpackCanReceive(data []byte) (bool, error) {
	out, err := iERC7943Fungible.abi.Unpack("canReceive", data)
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
func (iERC7943Fungible *IERC7943Fungible) PackCanSend(account common.Address) []byte {
	enc, err := iERC7943Fungible.abi.Pack("canSend", account)
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
func (iERC7943Fungible *IERC7943Fungible) TryPackCanSend(account common.Address) ([]byte, error) {
	return iERC7943Fungible.abi.Pack("canSend", account)
}

// UnpackCanSend is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2bc06a92.
//
// Solidity: function canSend(address account) view returns(bool allowed)
func (iERC7943Fungible *IERC7943Fungible) UnpackCanSend(data []byte) (bool, error) {
	out, err := iERC7943Fungible.abi.Unpack("canSend", data)
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
// Solidity: function canTransfer(address from, address to, uint256 amount) view returns(bool allowed)
func (iERC7943Fungible *IERC7943Fungible) PackCanTransfer(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := iERC7943Fungible.abi.Pack("canTransfer", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCanTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe46638e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function canTransfer(address from, address to, uint256 amount) view returns(bool allowed)
func (iERC7943Fungible *IERC7943Fungible) TryPackCanTransfer(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return iERC7943Fungible.abi.Pack("canTransfer", from, to, amount)
}

// UnpackCanTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe46638e6.
//
// Solidity: function canTransfer(address from, address to, uint256 amount) view returns(bool allowed)
func (iERC7943Fungible *IERC7943Fungible) UnpackCanTransfer(data []byte) (bool, error) {
	out, err := iERC7943Fungible.abi.Unpack("canTransfer", data)
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
// Solidity: function forcedTransfer(address from, address to, uint256 amount) returns(bool result)
func (iERC7943Fungible *IERC7943Fungible) PackForcedTransfer(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := iERC7943Fungible.abi.Pack("forcedTransfer", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fc1d0e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedTransfer(address from, address to, uint256 amount) returns(bool result)
func (iERC7943Fungible *IERC7943Fungible) TryPackForcedTransfer(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return iERC7943Fungible.abi.Pack("forcedTransfer", from, to, amount)
}

// UnpackForcedTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fc1d0e7.
//
// Solidity: function forcedTransfer(address from, address to, uint256 amount) returns(bool result)
func (iERC7943Fungible *IERC7943Fungible) UnpackForcedTransfer(data []byte) (bool, error) {
	out, err := iERC7943Fungible.abi.Unpack("forcedTransfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackGetFrozenTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x158b1a57.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getFrozenTokens(address account) view returns(uint256 amount)
func (iERC7943Fungible *IERC7943Fungible) PackGetFrozenTokens(account common.Address) []byte {
	enc, err := iERC7943Fungible.abi.Pack("getFrozenTokens", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetFrozenTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x158b1a57.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getFrozenTokens(address account) view returns(uint256 amount)
func (iERC7943Fungible *IERC7943Fungible) TryPackGetFrozenTokens(account common.Address) ([]byte, error) {
	return iERC7943Fungible.abi.Pack("getFrozenTokens", account)
}

// UnpackGetFrozenTokens is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x158b1a57.
//
// Solidity: function getFrozenTokens(address account) view returns(uint256 amount)
func (iERC7943Fungible *IERC7943Fungible) UnpackGetFrozenTokens(data []byte) (*big.Int, error) {
	out, err := iERC7943Fungible.abi.Unpack("getFrozenTokens", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetFrozenTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xebe45cba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFrozenTokens(address account, uint256 amount) returns(bool result)
func (iERC7943Fungible *IERC7943Fungible) PackSetFrozenTokens(account common.Address, amount *big.Int) []byte {
	enc, err := iERC7943Fungible.abi.Pack("setFrozenTokens", account, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFrozenTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xebe45cba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFrozenTokens(address account, uint256 amount) returns(bool result)
func (iERC7943Fungible *IERC7943Fungible) TryPackSetFrozenTokens(account common.Address, amount *big.Int) ([]byte, error) {
	return iERC7943Fungible.abi.Pack("setFrozenTokens", account, amount)
}

// UnpackSetFrozenTokens is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xebe45cba.
//
// Solidity: function setFrozenTokens(address account, uint256 amount) returns(bool result)
func (iERC7943Fungible *IERC7943Fungible) UnpackSetFrozenTokens(data []byte) (bool, error) {
	out, err := iERC7943Fungible.abi.Unpack("setFrozenTokens", data)
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
func (iERC7943Fungible *IERC7943Fungible) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := iERC7943Fungible.abi.Pack("supportsInterface", interfaceId)
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
func (iERC7943Fungible *IERC7943Fungible) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return iERC7943Fungible.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (iERC7943Fungible *IERC7943Fungible) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := iERC7943Fungible.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// IERC7943FungibleForcedTransfer represents a ForcedTransfer event raised by the IERC7943Fungible contract.
type IERC7943FungibleForcedTransfer struct {
	From   common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const IERC7943FungibleForcedTransferEventName = "ForcedTransfer"

// ContractEventName returns the user-defined event name.
func (IERC7943FungibleForcedTransfer) ContractEventName() string {
	return IERC7943FungibleForcedTransferEventName
}

// UnpackForcedTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ForcedTransfer(address indexed from, address indexed to, uint256 amount)
func (iERC7943Fungible *IERC7943Fungible) UnpackForcedTransferEvent(log *types.Log) (*IERC7943FungibleForcedTransfer, error) {
	event := "ForcedTransfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iERC7943Fungible.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IERC7943FungibleForcedTransfer)
	if len(log.Data) > 0 {
		if err := iERC7943Fungible.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iERC7943Fungible.abi.Events[event].Inputs {
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

// IERC7943FungibleFrozen represents a Frozen event raised by the IERC7943Fungible contract.
type IERC7943FungibleFrozen struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const IERC7943FungibleFrozenEventName = "Frozen"

// ContractEventName returns the user-defined event name.
func (IERC7943FungibleFrozen) ContractEventName() string {
	return IERC7943FungibleFrozenEventName
}

// UnpackFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Frozen(address indexed account, uint256 amount)
func (iERC7943Fungible *IERC7943Fungible) UnpackFrozenEvent(log *types.Log) (*IERC7943FungibleFrozen, error) {
	event := "Frozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iERC7943Fungible.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IERC7943FungibleFrozen)
	if len(log.Data) > 0 {
		if err := iERC7943Fungible.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iERC7943Fungible.abi.Events[event].Inputs {
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
func (iERC7943Fungible *IERC7943Fungible) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], iERC7943Fungible.abi.Errors["ERC7943CannotReceive"].ID.Bytes()[:4]) {
		return iERC7943Fungible.UnpackERC7943CannotReceiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], iERC7943Fungible.abi.Errors["ERC7943CannotSend"].ID.Bytes()[:4]) {
		return iERC7943Fungible.UnpackERC7943CannotSendError(raw[4:])
	}
	if bytes.Equal(raw[:4], iERC7943Fungible.abi.Errors["ERC7943CannotTransfer"].ID.Bytes()[:4]) {
		return iERC7943Fungible.UnpackERC7943CannotTransferError(raw[4:])
	}
	if bytes.Equal(raw[:4], iERC7943Fungible.abi.Errors["ERC7943InsufficientUnfrozenBalance"].ID.Bytes()[:4]) {
		return iERC7943Fungible.UnpackERC7943InsufficientUnfrozenBalanceError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IERC7943FungibleERC7943CannotReceive represents a ERC7943CannotReceive error raised by the IERC7943Fungible contract.
type IERC7943FungibleERC7943CannotReceive struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC7943CannotReceive(address account)
func IERC7943FungibleERC7943CannotReceiveErrorID() common.Hash {
	return common.HexToHash("0x705c1eed043f2b5dd3a4688f5c1e6b1faf4697a98d761d0c7c4a271abe1871d7")
}

// UnpackERC7943CannotReceiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC7943CannotReceive(address account)
func (iERC7943Fungible *IERC7943Fungible) UnpackERC7943CannotReceiveError(raw []byte) (*IERC7943FungibleERC7943CannotReceive, error) {
	out := new(IERC7943FungibleERC7943CannotReceive)
	if err := iERC7943Fungible.abi.UnpackIntoInterface(out, "ERC7943CannotReceive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IERC7943FungibleERC7943CannotSend represents a ERC7943CannotSend error raised by the IERC7943Fungible contract.
type IERC7943FungibleERC7943CannotSend struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC7943CannotSend(address account)
func IERC7943FungibleERC7943CannotSendErrorID() common.Hash {
	return common.HexToHash("0x45bae9e2664ba3991d05bcca7d5c5f19ee9f38b3035017e78a7a5def3ce92fce")
}

// UnpackERC7943CannotSendError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC7943CannotSend(address account)
func (iERC7943Fungible *IERC7943Fungible) UnpackERC7943CannotSendError(raw []byte) (*IERC7943FungibleERC7943CannotSend, error) {
	out := new(IERC7943FungibleERC7943CannotSend)
	if err := iERC7943Fungible.abi.UnpackIntoInterface(out, "ERC7943CannotSend", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IERC7943FungibleERC7943CannotTransfer represents a ERC7943CannotTransfer error raised by the IERC7943Fungible contract.
type IERC7943FungibleERC7943CannotTransfer struct {
	From   common.Address
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC7943CannotTransfer(address from, address to, uint256 amount)
func IERC7943FungibleERC7943CannotTransferErrorID() common.Hash {
	return common.HexToHash("0x22dda4bed2c3de93b2113939aa840605ac72c6ea305ccc6956bfd21a80ff1844")
}

// UnpackERC7943CannotTransferError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC7943CannotTransfer(address from, address to, uint256 amount)
func (iERC7943Fungible *IERC7943Fungible) UnpackERC7943CannotTransferError(raw []byte) (*IERC7943FungibleERC7943CannotTransfer, error) {
	out := new(IERC7943FungibleERC7943CannotTransfer)
	if err := iERC7943Fungible.abi.UnpackIntoInterface(out, "ERC7943CannotTransfer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IERC7943FungibleERC7943InsufficientUnfrozenBalance represents a ERC7943InsufficientUnfrozenBalance error raised by the IERC7943Fungible contract.
type IERC7943FungibleERC7943InsufficientUnfrozenBalance struct {
	Account  common.Address
	Amount   *big.Int
	Unfrozen *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC7943InsufficientUnfrozenBalance(address account, uint256 amount, uint256 unfrozen)
func IERC7943FungibleERC7943InsufficientUnfrozenBalanceErrorID() common.Hash {
	return common.HexToHash("0x00384e71f9ee67e5b3db3a408056d2dd6ab6178ba0c4f873853601e1f83f4b8a")
}

// UnpackERC7943InsufficientUnfrozenBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC7943InsufficientUnfrozenBalance(address account, uint256 amount, uint256 unfrozen)
func (iERC7943Fungible *IERC7943Fungible) UnpackERC7943InsufficientUnfrozenBalanceError(raw []byte) (*IERC7943FungibleERC7943InsufficientUnfrozenBalance, error) {
	out := new(IERC7943FungibleERC7943InsufficientUnfrozenBalance)
	if err := iERC7943Fungible.abi.UnpackIntoInterface(out, "ERC7943InsufficientUnfrozenBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}
