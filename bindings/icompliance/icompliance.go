// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package icompliance

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

// IComplianceMetaData contains all meta data concerning the ICompliance contract.
var IComplianceMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"_token\",\"type\":\"address\"}],\"name\":\"TokenBound\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"_token\",\"type\":\"address\"}],\"name\":\"TokenUnbound\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_token\",\"type\":\"address\"}],\"name\":\"bindToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_amount\",\"type\":\"uint256\"}],\"name\":\"canTransfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_amount\",\"type\":\"uint256\"}],\"name\":\"created\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_amount\",\"type\":\"uint256\"}],\"name\":\"destroyed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getTokenBound\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_token\",\"type\":\"address\"}],\"name\":\"isTokenBound\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_amount\",\"type\":\"uint256\"}],\"name\":\"transferred\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_token\",\"type\":\"address\"}],\"name\":\"unbindToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ICompliance",
}

// ICompliance is an auto generated Go binding around an Ethereum contract.
type ICompliance struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ICompliance) GetABI() abi.ABI {
	return c.abi
}

// NewICompliance creates a new instance of ICompliance.
func NewICompliance() *ICompliance {
	parsed, err := IComplianceMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ICompliance{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ICompliance) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBindToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ff5aa02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bindToken(address _token) returns()
func (iCompliance *ICompliance) PackBindToken(token common.Address) []byte {
	enc, err := iCompliance.abi.Pack("bindToken", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBindToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ff5aa02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bindToken(address _token) returns()
func (iCompliance *ICompliance) TryPackBindToken(token common.Address) ([]byte, error) {
	return iCompliance.abi.Pack("bindToken", token)
}

// PackCanTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe46638e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function canTransfer(address _from, address _to, uint256 _amount) view returns(bool)
func (iCompliance *ICompliance) PackCanTransfer(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := iCompliance.abi.Pack("canTransfer", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCanTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe46638e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function canTransfer(address _from, address _to, uint256 _amount) view returns(bool)
func (iCompliance *ICompliance) TryPackCanTransfer(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return iCompliance.abi.Pack("canTransfer", from, to, amount)
}

// UnpackCanTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe46638e6.
//
// Solidity: function canTransfer(address _from, address _to, uint256 _amount) view returns(bool)
func (iCompliance *ICompliance) UnpackCanTransfer(data []byte) (bool, error) {
	out, err := iCompliance.abi.Unpack("canTransfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackCreated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f8dead3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function created(address _to, uint256 _amount) returns()
func (iCompliance *ICompliance) PackCreated(to common.Address, amount *big.Int) []byte {
	enc, err := iCompliance.abi.Pack("created", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f8dead3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function created(address _to, uint256 _amount) returns()
func (iCompliance *ICompliance) TryPackCreated(to common.Address, amount *big.Int) ([]byte, error) {
	return iCompliance.abi.Pack("created", to, amount)
}

// PackDestroyed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d2ea772.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function destroyed(address _from, uint256 _amount) returns()
func (iCompliance *ICompliance) PackDestroyed(from common.Address, amount *big.Int) []byte {
	enc, err := iCompliance.abi.Pack("destroyed", from, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDestroyed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d2ea772.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function destroyed(address _from, uint256 _amount) returns()
func (iCompliance *ICompliance) TryPackDestroyed(from common.Address, amount *big.Int) ([]byte, error) {
	return iCompliance.abi.Pack("destroyed", from, amount)
}

// PackGetTokenBound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a3edf28.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTokenBound() view returns(address)
func (iCompliance *ICompliance) PackGetTokenBound() []byte {
	enc, err := iCompliance.abi.Pack("getTokenBound")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTokenBound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a3edf28.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTokenBound() view returns(address)
func (iCompliance *ICompliance) TryPackGetTokenBound() ([]byte, error) {
	return iCompliance.abi.Pack("getTokenBound")
}

// UnpackGetTokenBound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6a3edf28.
//
// Solidity: function getTokenBound() view returns(address)
func (iCompliance *ICompliance) UnpackGetTokenBound(data []byte) (common.Address, error) {
	out, err := iCompliance.abi.Unpack("getTokenBound", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsTokenBound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x993e8b95.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isTokenBound(address _token) view returns(bool)
func (iCompliance *ICompliance) PackIsTokenBound(token common.Address) []byte {
	enc, err := iCompliance.abi.Pack("isTokenBound", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsTokenBound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x993e8b95.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isTokenBound(address _token) view returns(bool)
func (iCompliance *ICompliance) TryPackIsTokenBound(token common.Address) ([]byte, error) {
	return iCompliance.abi.Pack("isTokenBound", token)
}

// UnpackIsTokenBound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x993e8b95.
//
// Solidity: function isTokenBound(address _token) view returns(bool)
func (iCompliance *ICompliance) UnpackIsTokenBound(data []byte) (bool, error) {
	out, err := iCompliance.abi.Unpack("isTokenBound", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferred is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8baf29b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferred(address _from, address _to, uint256 _amount) returns()
func (iCompliance *ICompliance) PackTransferred(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := iCompliance.abi.Pack("transferred", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferred is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8baf29b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferred(address _from, address _to, uint256 _amount) returns()
func (iCompliance *ICompliance) TryPackTransferred(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return iCompliance.abi.Pack("transferred", from, to, amount)
}

// PackUnbindToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40db3b50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbindToken(address _token) returns()
func (iCompliance *ICompliance) PackUnbindToken(token common.Address) []byte {
	enc, err := iCompliance.abi.Pack("unbindToken", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbindToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40db3b50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbindToken(address _token) returns()
func (iCompliance *ICompliance) TryPackUnbindToken(token common.Address) ([]byte, error) {
	return iCompliance.abi.Pack("unbindToken", token)
}

// IComplianceTokenBound represents a TokenBound event raised by the ICompliance contract.
type IComplianceTokenBound struct {
	Token common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const IComplianceTokenBoundEventName = "TokenBound"

// ContractEventName returns the user-defined event name.
func (IComplianceTokenBound) ContractEventName() string {
	return IComplianceTokenBoundEventName
}

// UnpackTokenBoundEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenBound(address _token)
func (iCompliance *ICompliance) UnpackTokenBoundEvent(log *types.Log) (*IComplianceTokenBound, error) {
	event := "TokenBound"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iCompliance.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IComplianceTokenBound)
	if len(log.Data) > 0 {
		if err := iCompliance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iCompliance.abi.Events[event].Inputs {
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

// IComplianceTokenUnbound represents a TokenUnbound event raised by the ICompliance contract.
type IComplianceTokenUnbound struct {
	Token common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const IComplianceTokenUnboundEventName = "TokenUnbound"

// ContractEventName returns the user-defined event name.
func (IComplianceTokenUnbound) ContractEventName() string {
	return IComplianceTokenUnboundEventName
}

// UnpackTokenUnboundEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenUnbound(address _token)
func (iCompliance *ICompliance) UnpackTokenUnboundEvent(log *types.Log) (*IComplianceTokenUnbound, error) {
	event := "TokenUnbound"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iCompliance.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IComplianceTokenUnbound)
	if len(log.Data) > 0 {
		if err := iCompliance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iCompliance.abi.Events[event].Inputs {
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
