// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package itrustedissuersregistry

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

// ITrustedIssuersRegistryMetaData contains all meta data concerning the ITrustedIssuersRegistry contract.
var ITrustedIssuersRegistryMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"trustedIssuer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"claimTopics\",\"type\":\"uint256[]\"}],\"name\":\"ClaimTopicsUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"trustedIssuer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"claimTopics\",\"type\":\"uint256[]\"}],\"name\":\"TrustedIssuerAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"trustedIssuer\",\"type\":\"address\"}],\"name\":\"TrustedIssuerRemoved\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_trustedIssuer\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"_claimTopics\",\"type\":\"uint256[]\"}],\"name\":\"addTrustedIssuer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_trustedIssuer\",\"type\":\"address\"}],\"name\":\"getTrustedIssuerClaimTopics\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getTrustedIssuers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimTopic\",\"type\":\"uint256\"}],\"name\":\"getTrustedIssuersForClaimTopic\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_issuer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_claimTopic\",\"type\":\"uint256\"}],\"name\":\"hasClaimTopic\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_issuer\",\"type\":\"address\"}],\"name\":\"isTrustedIssuer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_trustedIssuer\",\"type\":\"address\"}],\"name\":\"removeTrustedIssuer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_trustedIssuer\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"_claimTopics\",\"type\":\"uint256[]\"}],\"name\":\"updateIssuerClaimTopics\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ITrustedIssuersRegistry",
}

// ITrustedIssuersRegistry is an auto generated Go binding around an Ethereum contract.
type ITrustedIssuersRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ITrustedIssuersRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewITrustedIssuersRegistry creates a new instance of ITrustedIssuersRegistry.
func NewITrustedIssuersRegistry() *ITrustedIssuersRegistry {
	parsed, err := ITrustedIssuersRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ITrustedIssuersRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ITrustedIssuersRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAddTrustedIssuer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f63ea98.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addTrustedIssuer(address _trustedIssuer, uint256[] _claimTopics) returns()
func (iTrustedIssuersRegistry *ITrustedIssuersRegistry) PackAddTrustedIssuer(trustedIssuer common.Address, claimTopics []*big.Int) []byte {
	enc, err := iTrustedIssuersRegistry.abi.Pack("addTrustedIssuer", trustedIssuer, claimTopics)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddTrustedIssuer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f63ea98.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addTrustedIssuer(address _trustedIssuer, uint256[] _claimTopics) returns()
func (iTrustedIssuersRegistry *ITrustedIssuersRegistry) TryPackAddTrustedIssuer(trustedIssuer common.Address, claimTopics []*big.Int) ([]byte, error) {
	return iTrustedIssuersRegistry.abi.Pack("addTrustedIssuer", trustedIssuer, claimTopics)
}

// PackGetTrustedIssuerClaimTopics is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc28fb278.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTrustedIssuerClaimTopics(address _trustedIssuer) view returns(uint256[])
func (iTrustedIssuersRegistry *ITrustedIssuersRegistry) PackGetTrustedIssuerClaimTopics(trustedIssuer common.Address) []byte {
	enc, err := iTrustedIssuersRegistry.abi.Pack("getTrustedIssuerClaimTopics", trustedIssuer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTrustedIssuerClaimTopics is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc28fb278.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTrustedIssuerClaimTopics(address _trustedIssuer) view returns(uint256[])
func (iTrustedIssuersRegistry *ITrustedIssuersRegistry) TryPackGetTrustedIssuerClaimTopics(trustedIssuer common.Address) ([]byte, error) {
	return iTrustedIssuersRegistry.abi.Pack("getTrustedIssuerClaimTopics", trustedIssuer)
}

// UnpackGetTrustedIssuerClaimTopics is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc28fb278.
//
// Solidity: function getTrustedIssuerClaimTopics(address _trustedIssuer) view returns(uint256[])
func (iTrustedIssuersRegistry *ITrustedIssuersRegistry) UnpackGetTrustedIssuerClaimTopics(data []byte) ([]*big.Int, error) {
	out, err := iTrustedIssuersRegistry.abi.Unpack("getTrustedIssuerClaimTopics", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackGetTrustedIssuers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9dd24c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTrustedIssuers() view returns(address[])
func (iTrustedIssuersRegistry *ITrustedIssuersRegistry) PackGetTrustedIssuers() []byte {
	enc, err := iTrustedIssuersRegistry.abi.Pack("getTrustedIssuers")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTrustedIssuers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9dd24c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTrustedIssuers() view returns(address[])
func (iTrustedIssuersRegistry *ITrustedIssuersRegistry) TryPackGetTrustedIssuers() ([]byte, error) {
	return iTrustedIssuersRegistry.abi.Pack("getTrustedIssuers")
}

// UnpackGetTrustedIssuers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd9dd24c5.
//
// Solidity: function getTrustedIssuers() view returns(address[])
func (iTrustedIssuersRegistry *ITrustedIssuersRegistry) UnpackGetTrustedIssuers(data []byte) ([]common.Address, error) {
	out, err := iTrustedIssuersRegistry.abi.Unpack("getTrustedIssuers", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackGetTrustedIssuersForClaimTopic is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52c111d1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTrustedIssuersForClaimTopic(uint256 claimTopic) view returns(address[])
func (iTrustedIssuersRegistry *ITrustedIssuersRegistry) PackGetTrustedIssuersForClaimTopic(claimTopic *big.Int) []byte {
	enc, err := iTrustedIssuersRegistry.abi.Pack("getTrustedIssuersForClaimTopic", claimTopic)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTrustedIssuersForClaimTopic is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52c111d1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTrustedIssuersForClaimTopic(uint256 claimTopic) view returns(address[])
func (iTrustedIssuersRegistry *ITrustedIssuersRegistry) TryPackGetTrustedIssuersForClaimTopic(claimTopic *big.Int) ([]byte, error) {
	return iTrustedIssuersRegistry.abi.Pack("getTrustedIssuersForClaimTopic", claimTopic)
}

// UnpackGetTrustedIssuersForClaimTopic is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52c111d1.
//
// Solidity: function getTrustedIssuersForClaimTopic(uint256 claimTopic) view returns(address[])
func (iTrustedIssuersRegistry *ITrustedIssuersRegistry) UnpackGetTrustedIssuersForClaimTopic(data []byte) ([]common.Address, error) {
	out, err := iTrustedIssuersRegistry.abi.Unpack("getTrustedIssuersForClaimTopic", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackHasClaimTopic is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34a89987.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasClaimTopic(address _issuer, uint256 _claimTopic) view returns(bool)
func (iTrustedIssuersRegistry *ITrustedIssuersRegistry) PackHasClaimTopic(issuer common.Address, claimTopic *big.Int) []byte {
	enc, err := iTrustedIssuersRegistry.abi.Pack("hasClaimTopic", issuer, claimTopic)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasClaimTopic is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34a89987.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasClaimTopic(address _issuer, uint256 _claimTopic) view returns(bool)
func (iTrustedIssuersRegistry *ITrustedIssuersRegistry) TryPackHasClaimTopic(issuer common.Address, claimTopic *big.Int) ([]byte, error) {
	return iTrustedIssuersRegistry.abi.Pack("hasClaimTopic", issuer, claimTopic)
}

// UnpackHasClaimTopic is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x34a89987.
//
// Solidity: function hasClaimTopic(address _issuer, uint256 _claimTopic) view returns(bool)
func (iTrustedIssuersRegistry *ITrustedIssuersRegistry) UnpackHasClaimTopic(data []byte) (bool, error) {
	out, err := iTrustedIssuersRegistry.abi.Unpack("hasClaimTopic", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsTrustedIssuer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef2ed1a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isTrustedIssuer(address _issuer) view returns(bool)
func (iTrustedIssuersRegistry *ITrustedIssuersRegistry) PackIsTrustedIssuer(issuer common.Address) []byte {
	enc, err := iTrustedIssuersRegistry.abi.Pack("isTrustedIssuer", issuer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsTrustedIssuer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef2ed1a4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isTrustedIssuer(address _issuer) view returns(bool)
func (iTrustedIssuersRegistry *ITrustedIssuersRegistry) TryPackIsTrustedIssuer(issuer common.Address) ([]byte, error) {
	return iTrustedIssuersRegistry.abi.Pack("isTrustedIssuer", issuer)
}

// UnpackIsTrustedIssuer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xef2ed1a4.
//
// Solidity: function isTrustedIssuer(address _issuer) view returns(bool)
func (iTrustedIssuersRegistry *ITrustedIssuersRegistry) UnpackIsTrustedIssuer(data []byte) (bool, error) {
	out, err := iTrustedIssuersRegistry.abi.Unpack("isTrustedIssuer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRemoveTrustedIssuer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb93d28eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeTrustedIssuer(address _trustedIssuer) returns()
func (iTrustedIssuersRegistry *ITrustedIssuersRegistry) PackRemoveTrustedIssuer(trustedIssuer common.Address) []byte {
	enc, err := iTrustedIssuersRegistry.abi.Pack("removeTrustedIssuer", trustedIssuer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveTrustedIssuer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb93d28eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeTrustedIssuer(address _trustedIssuer) returns()
func (iTrustedIssuersRegistry *ITrustedIssuersRegistry) TryPackRemoveTrustedIssuer(trustedIssuer common.Address) ([]byte, error) {
	return iTrustedIssuersRegistry.abi.Pack("removeTrustedIssuer", trustedIssuer)
}

// PackUpdateIssuerClaimTopics is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04bc7e84.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateIssuerClaimTopics(address _trustedIssuer, uint256[] _claimTopics) returns()
func (iTrustedIssuersRegistry *ITrustedIssuersRegistry) PackUpdateIssuerClaimTopics(trustedIssuer common.Address, claimTopics []*big.Int) []byte {
	enc, err := iTrustedIssuersRegistry.abi.Pack("updateIssuerClaimTopics", trustedIssuer, claimTopics)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateIssuerClaimTopics is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04bc7e84.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateIssuerClaimTopics(address _trustedIssuer, uint256[] _claimTopics) returns()
func (iTrustedIssuersRegistry *ITrustedIssuersRegistry) TryPackUpdateIssuerClaimTopics(trustedIssuer common.Address, claimTopics []*big.Int) ([]byte, error) {
	return iTrustedIssuersRegistry.abi.Pack("updateIssuerClaimTopics", trustedIssuer, claimTopics)
}

// ITrustedIssuersRegistryClaimTopicsUpdated represents a ClaimTopicsUpdated event raised by the ITrustedIssuersRegistry contract.
type ITrustedIssuersRegistryClaimTopicsUpdated struct {
	TrustedIssuer common.Address
	ClaimTopics   []*big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const ITrustedIssuersRegistryClaimTopicsUpdatedEventName = "ClaimTopicsUpdated"

// ContractEventName returns the user-defined event name.
func (ITrustedIssuersRegistryClaimTopicsUpdated) ContractEventName() string {
	return ITrustedIssuersRegistryClaimTopicsUpdatedEventName
}

// UnpackClaimTopicsUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimTopicsUpdated(address indexed trustedIssuer, uint256[] claimTopics)
func (iTrustedIssuersRegistry *ITrustedIssuersRegistry) UnpackClaimTopicsUpdatedEvent(log *types.Log) (*ITrustedIssuersRegistryClaimTopicsUpdated, error) {
	event := "ClaimTopicsUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iTrustedIssuersRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ITrustedIssuersRegistryClaimTopicsUpdated)
	if len(log.Data) > 0 {
		if err := iTrustedIssuersRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iTrustedIssuersRegistry.abi.Events[event].Inputs {
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

// ITrustedIssuersRegistryTrustedIssuerAdded represents a TrustedIssuerAdded event raised by the ITrustedIssuersRegistry contract.
type ITrustedIssuersRegistryTrustedIssuerAdded struct {
	TrustedIssuer common.Address
	ClaimTopics   []*big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const ITrustedIssuersRegistryTrustedIssuerAddedEventName = "TrustedIssuerAdded"

// ContractEventName returns the user-defined event name.
func (ITrustedIssuersRegistryTrustedIssuerAdded) ContractEventName() string {
	return ITrustedIssuersRegistryTrustedIssuerAddedEventName
}

// UnpackTrustedIssuerAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TrustedIssuerAdded(address indexed trustedIssuer, uint256[] claimTopics)
func (iTrustedIssuersRegistry *ITrustedIssuersRegistry) UnpackTrustedIssuerAddedEvent(log *types.Log) (*ITrustedIssuersRegistryTrustedIssuerAdded, error) {
	event := "TrustedIssuerAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iTrustedIssuersRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ITrustedIssuersRegistryTrustedIssuerAdded)
	if len(log.Data) > 0 {
		if err := iTrustedIssuersRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iTrustedIssuersRegistry.abi.Events[event].Inputs {
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

// ITrustedIssuersRegistryTrustedIssuerRemoved represents a TrustedIssuerRemoved event raised by the ITrustedIssuersRegistry contract.
type ITrustedIssuersRegistryTrustedIssuerRemoved struct {
	TrustedIssuer common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ITrustedIssuersRegistryTrustedIssuerRemovedEventName = "TrustedIssuerRemoved"

// ContractEventName returns the user-defined event name.
func (ITrustedIssuersRegistryTrustedIssuerRemoved) ContractEventName() string {
	return ITrustedIssuersRegistryTrustedIssuerRemovedEventName
}

// UnpackTrustedIssuerRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TrustedIssuerRemoved(address indexed trustedIssuer)
func (iTrustedIssuersRegistry *ITrustedIssuersRegistry) UnpackTrustedIssuerRemovedEvent(log *types.Log) (*ITrustedIssuersRegistryTrustedIssuerRemoved, error) {
	event := "TrustedIssuerRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iTrustedIssuersRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ITrustedIssuersRegistryTrustedIssuerRemoved)
	if len(log.Data) > 0 {
		if err := iTrustedIssuersRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iTrustedIssuersRegistry.abi.Events[event].Inputs {
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
