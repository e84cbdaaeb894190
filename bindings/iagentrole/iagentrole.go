// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package iagentrole

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

// IAgentRoleMetaData contains all meta data concerning the IAgentRole contract.
var IAgentRoleMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_agent\",\"type\":\"address\"}],\"name\":\"AgentAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_agent\",\"type\":\"address\"}],\"name\":\"AgentRemoved\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_agent\",\"type\":\"address\"}],\"name\":\"addAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_agent\",\"type\":\"address\"}],\"name\":\"isAgent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_agent\",\"type\":\"address\"}],\"name\":\"removeAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "IAgentRole",
}

// IAgentRole is an auto generated Go binding around an Ethereum contract.
type IAgentRole struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IAgentRole) GetABI() abi.ABI {
	return c.abi
}

// NewIAgentRole creates a new instance of IAgentRole.
func NewIAgentRole() *IAgentRole {
	parsed, err := IAgentRoleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IAgentRole{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IAgentRole) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAddAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84e79842.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addAgent(address _agent) returns()
func (iAgentRole *IAgentRole) PackAddAgent(agent common.Address) []byte {
	enc, err := iAgentRole.abi.Pack("addAgent", agent)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84e79842.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addAgent(address _agent) returns()
func (iAgentRole *IAgentRole) TryPackAddAgent(agent common.Address) ([]byte, error) {
	return iAgentRole.abi.Pack("addAgent", agent)
}

// PackIsAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ffbb064.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAgent(address _agent) view returns(bool)
func (iAgentRole *IAgentRole) PackIsAgent(agent common.Address) []byte {
	enc, err := iAgentRole.abi.Pack("isAgent", agent)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ffbb064.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isAgent(address _agent) view returns(bool)
func (iAgentRole *IAgentRole) TryPackIsAgent(agent common.Address) ([]byte, error) {
	return iAgentRole.abi.Pack("isAgent", agent)
}

// UnpackIsAgent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1ffbb064.
//
// Solidity: function isAgent(address _agent) view returns(bool)
func (iAgentRole *IAgentRole) UnpackIsAgent(data []byte) (bool, error) {
	out, err := iAgentRole.abi.Unpack("isAgent", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRemoveAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97a6278e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeAgent(address _agent) returns()
func (iAgentRole *IAgentRole) PackRemoveAgent(agent common.Address) []byte {
	enc, err := iAgentRole.abi.Pack("removeAgent", agent)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97a6278e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeAgent(address _agent) returns()
func (iAgentRole *IAgentRole) TryPackRemoveAgent(agent common.Address) ([]byte, error) {
	return iAgentRole.abi.Pack("removeAgent", agent)
}

// IAgentRoleAgentAdded represents a AgentAdded event raised by the IAgentRole contract.
type IAgentRoleAgentAdded struct {
	Agent common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const IAgentRoleAgentAddedEventName = "AgentAdded"

// ContractEventName returns the user-defined event name.
func (IAgentRoleAgentAdded) ContractEventName() string {
	return IAgentRoleAgentAddedEventName
}

// UnpackAgentAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentAdded(address indexed _agent)
func (iAgentRole *IAgentRole) UnpackAgentAddedEvent(log *types.Log) (*IAgentRoleAgentAdded, error) {
	event := "AgentAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iAgentRole.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IAgentRoleAgentAdded)
	if len(log.Data) > 0 {
		if err := iAgentRole.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iAgentRole.abi.Events[event].Inputs {
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

// IAgentRoleAgentRemoved represents a AgentRemoved event raised by the IAgentRole contract.
type IAgentRoleAgentRemoved struct {
	Agent common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const IAgentRoleAgentRemovedEventName = "AgentRemoved"

// ContractEventName returns the user-defined event name.
func (IAgentRoleAgentRemoved) ContractEventName() string {
	return IAgentRoleAgentRemovedEventName
}

// UnpackAgentRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentRemoved(address indexed _agent)
func (iAgentRole *IAgentRole) UnpackAgentRemovedEvent(log *types.Log) (*IAgentRoleAgentRemoved, error) {
	event := "AgentRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iAgentRole.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IAgentRoleAgentRemoved)
	if len(log.Data) > 0 {
		if err := iAgentRole.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iAgentRole.abi.Events[event].Inputs {
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
