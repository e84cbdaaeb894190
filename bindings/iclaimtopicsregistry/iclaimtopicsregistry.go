// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package iclaimtopicsregistry

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

// IClaimTopicsRegistryMetaData contains all meta data concerning the IClaimTopicsRegistry contract.
var IClaimTopicsRegistryMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimTopic\",\"type\":\"uint256\"}],\"name\":\"ClaimTopicAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimTopic\",\"type\":\"uint256\"}],\"name\":\"ClaimTopicRemoved\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"_claimTopic\",\"type\":\"uint256\"}],\"name\":\"addClaimTopic\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getClaimTopics\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"_claimTopic\",\"type\":\"uint256\"}],\"name\":\"removeClaimTopic\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "IClaimTopicsRegistry",
}

// IClaimTopicsRegistry is an auto generated Go binding around an Ethereum contract.
type IClaimTopicsRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IClaimTopicsRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewIClaimTopicsRegistry creates a new instance of IClaimTopicsRegistry.
func NewIClaimTopicsRegistry() *IClaimTopicsRegistry {
	parsed, err := IClaimTopicsRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IClaimTopicsRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IClaimTopicsRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAddClaimTopic is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7b22551.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addClaimTopic(uint256 _claimTopic) returns()
func (iClaimTopicsRegistry *IClaimTopicsRegistry) PackAddClaimTopic(claimTopic *big.Int) []byte {
	enc, err := iClaimTopicsRegistry.abi.Pack("addClaimTopic", claimTopic)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddClaimTopic is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7b22551.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addClaimTopic(uint256 _claimTopic) returns()
func (iClaimTopicsRegistry *IClaimTopicsRegistry) TryPackAddClaimTopic(claimTopic *big.Int) ([]byte, error) {
	return iClaimTopicsRegistry.abi.Pack("addClaimTopic", claimTopic)
}

// PackGetClaimTopics is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf09d604.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getClaimTopics() view returns(uint256[])
func (iClaimTopicsRegistry *IClaimTopicsRegistry) PackGetClaimTopics() []byte {
	enc, err := iClaimTopicsRegistry.abi.Pack("getClaimTopics")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetClaimTopics is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf09d604.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getClaimTopics() view returns(uint256[])
func (iClaimTopicsRegistry *IClaimTopicsRegistry) TryPackGetClaimTopics() ([]byte, error) {
	return iClaimTopicsRegistry.abi.Pack("getClaimTopics")
}

// UnpackGetClaimTopics is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdf09d604.
//
// Solidity: function getClaimTopics() view returns(uint256[])
func (iClaimTopicsRegistry *IClaimTopicsRegistry) UnpackGetClaimTopics(data []byte) ([]*big.Int, error) {
	out, err := iClaimTopicsRegistry.abi.Unpack("getClaimTopics", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackRemoveClaimTopic is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08297846.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeClaimTopic(uint256 _claimTopic) returns()
func (iClaimTopicsRegistry *IClaimTopicsRegistry) PackRemoveClaimTopic(claimTopic *big.Int) []byte {
	enc, err := iClaimTopicsRegistry.abi.Pack("removeClaimTopic", claimTopic)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveClaimTopic is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08297846.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeClaimTopic(uint256 _claimTopic) returns()
func (iClaimTopicsRegistry *IClaimTopicsRegistry) TryPackRemoveClaimTopic(claimTopic *big.Int) ([]byte, error) {
	return iClaimTopicsRegistry.abi.Pack("removeClaimTopic", claimTopic)
}

// IClaimTopicsRegistryClaimTopicAdded represents a ClaimTopicAdded event raised by the IClaimTopicsRegistry contract.
type IClaimTopicsRegistryClaimTopicAdded struct {
	ClaimTopic *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const IClaimTopicsRegistryClaimTopicAddedEventName = "ClaimTopicAdded"

// ContractEventName returns the user-defined event name.
func (IClaimTopicsRegistryClaimTopicAdded) ContractEventName() string {
	return IClaimTopicsRegistryClaimTopicAddedEventName
}

// UnpackClaimTopicAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimTopicAdded(uint256 indexed claimTopic)
func (iClaimTopicsRegistry *IClaimTopicsRegistry) UnpackClaimTopicAddedEvent(log *types.Log) (*IClaimTopicsRegistryClaimTopicAdded, error) {
	event := "ClaimTopicAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iClaimTopicsRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IClaimTopicsRegistryClaimTopicAdded)
	if len(log.Data) > 0 {
		if err := iClaimTopicsRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iClaimTopicsRegistry.abi.Events[event].Inputs {
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

// IClaimTopicsRegistryClaimTopicRemoved represents a ClaimTopicRemoved event raised by the IClaimTopicsRegistry contract.
type IClaimTopicsRegistryClaimTopicRemoved struct {
	ClaimTopic *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const IClaimTopicsRegistryClaimTopicRemovedEventName = "ClaimTopicRemoved"

// ContractEventName returns the user-defined event name.
func (IClaimTopicsRegistryClaimTopicRemoved) ContractEventName() string {
	return IClaimTopicsRegistryClaimTopicRemovedEventName
}

// UnpackClaimTopicRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimTopicRemoved(uint256 indexed claimTopic)
func (iClaimTopicsRegistry *IClaimTopicsRegistry) UnpackClaimTopicRemovedEvent(log *types.Log) (*IClaimTopicsRegistryClaimTopicRemoved, error) {
	event := "ClaimTopicRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iClaimTopicsRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IClaimTopicsRegistryClaimTopicRemoved)
	if len(log.Data) > 0 {
		if err := iClaimTopicsRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iClaimTopicsRegistry.abi.Events[event].Inputs {
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
