// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package iidentityregistrystorage

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

// IIdentityRegistryStorageMetaData contains all meta data concerning the IIdentityRegistryStorage contract.
var IIdentityRegistryStorageMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"investorAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"CountryModified\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"oldIdentity\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newIdentity\",\"type\":\"address\"}],\"name\":\"IdentityModified\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"identityRegistry\",\"type\":\"address\"}],\"name\":\"IdentityRegistryBound\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"identityRegistry\",\"type\":\"address\"}],\"name\":\"IdentityRegistryUnbound\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"investorAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"identity\",\"type\":\"address\"}],\"name\":\"IdentityStored\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"investorAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"identity\",\"type\":\"address\"}],\"name\":\"IdentityUnstored\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_userAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_identity\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"_country\",\"type\":\"uint16\"}],\"name\":\"addIdentityToStorage\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_identityRegistry\",\"type\":\"address\"}],\"name\":\"bindIdentityRegistry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"linkedIdentityRegistries\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_userAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_identity\",\"type\":\"address\"}],\"name\":\"modifyStoredIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_userAddress\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"_country\",\"type\":\"uint16\"}],\"name\":\"modifyStoredInvestorCountry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_userAddress\",\"type\":\"address\"}],\"name\":\"removeIdentityFromStorage\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_userAddress\",\"type\":\"address\"}],\"name\":\"storedIdentity\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_userAddress\",\"type\":\"address\"}],\"name\":\"storedInvestorCountry\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_identityRegistry\",\"type\":\"address\"}],\"name\":\"unbindIdentityRegistry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "IIdentityRegistryStorage",
}

// IIdentityRegistryStorage is an auto generated Go binding around an Ethereum contract.
type IIdentityRegistryStorage struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IIdentityRegistryStorage) GetABI() abi.ABI {
	return c.abi
}

// NewIIdentityRegistryStorage creates a new instance of IIdentityRegistryStorage.
func NewIIdentityRegistryStorage() *IIdentityRegistryStorage {
	parsed, err := IIdentityRegistryStorageMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IIdentityRegistryStorage{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IIdentityRegistryStorage) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAddIdentityToStorage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa53410dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addIdentityToStorage(address _userAddress, address _identity, uint16 _country) returns()
func (iIdentityRegistryStorage *IIdentityRegistryStorage) PackAddIdentityToStorage(userAddress common.Address, identity common.Address, country uint16) []byte {
	enc, err := iIdentityRegistryStorage.abi.Pack("addIdentityToStorage", userAddress, identity, country)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddIdentityToStorage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa53410dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addIdentityToStorage(address _userAddress, address _identity, uint16 _country) returns()
func (iIdentityRegistryStorage *IIdentityRegistryStorage) TryPackAddIdentityToStorage(userAddress common.Address, identity common.Address, country uint16) ([]byte, error) {
	return iIdentityRegistryStorage.abi.Pack("addIdentityToStorage", userAddress, identity, country)
}

// PackBindIdentityRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x690a49f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bindIdentityRegistry(address _identityRegistry) returns()
func (iIdentityRegistryStorage *IIdentityRegistryStorage) PackBindIdentityRegistry(identityRegistry common.Address) []byte {
	enc, err := iIdentityRegistryStorage.abi.Pack("bindIdentityRegistry", identityRegistry)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBindIdentityRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x690a49f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bindIdentityRegistry(address _identityRegistry) returns()
func (iIdentityRegistryStorage *IIdentityRegistryStorage) TryPackBindIdentityRegistry(identityRegistry common.Address) ([]byte, error) {
	return iIdentityRegistryStorage.abi.Pack("bindIdentityRegistry", identityRegistry)
}

// PackLinkedIdentityRegistries is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf9eb959.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function linkedIdentityRegistries() view returns(address[])
func (iIdentityRegistryStorage *IIdentityRegistryStorage) PackLinkedIdentityRegistries() []byte {
	enc, err := iIdentityRegistryStorage.abi.Pack("linkedIdentityRegistries")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLinkedIdentityRegistries is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf9eb959.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function linkedIdentityRegistries() view returns(address[])
func (iIdentityRegistryStorage *IIdentityRegistryStorage) TryPackLinkedIdentityRegistries() ([]byte, error) {
	return iIdentityRegistryStorage.abi.Pack("linkedIdentityRegistries")
}

// UnpackLinkedIdentityRegistries is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf9eb959.
//
// Solidity: function linkedIdentityRegistries() view returns(address[])
func (iIdentityRegistryStorage *IIdentityRegistryStorage) UnpackLinkedIdentityRegistries(data []byte) ([]common.Address, error) {
	out, err := iIdentityRegistryStorage.abi.Unpack("linkedIdentityRegistries", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackModifyStoredIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe805cf86.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modifyStoredIdentity(address _userAddress, address _identity) returns()
func (iIdentityRegistryStorage *IIdentityRegistryStorage) PackModifyStoredIdentity(userAddress common.Address, identity common.Address) []byte {
	enc, err := iIdentityRegistryStorage.abi.Pack("modifyStoredIdentity", userAddress, identity)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModifyStoredIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe805cf86.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modifyStoredIdentity(address _userAddress, address _identity) returns()
func (iIdentityRegistryStorage *IIdentityRegistryStorage) TryPackModifyStoredIdentity(userAddress common.Address, identity common.Address) ([]byte, error) {
	return iIdentityRegistryStorage.abi.Pack("modifyStoredIdentity", userAddress, identity)
}

// PackModifyStoredInvestorCountry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f3418d5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modifyStoredInvestorCountry(address _userAddress, uint16 _country) returns()
func (iIdentityRegistryStorage *IIdentityRegistryStorage) PackModifyStoredInvestorCountry(userAddress common.Address, country uint16) []byte {
	enc, err := iIdentityRegistryStorage.abi.Pack("modifyStoredInvestorCountry", userAddress, country)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModifyStoredInvestorCountry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f3418d5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modifyStoredInvestorCountry(address _userAddress, uint16 _country) returns()
func (iIdentityRegistryStorage *IIdentityRegistryStorage) TryPackModifyStoredInvestorCountry(userAddress common.Address, country uint16) ([]byte, error) {
	return iIdentityRegistryStorage.abi.Pack("modifyStoredInvestorCountry", userAddress, country)
}

// PackRemoveIdentityFromStorage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf191bcd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeIdentityFromStorage(address _userAddress) returns()
func (iIdentityRegistryStorage *IIdentityRegistryStorage) PackRemoveIdentityFromStorage(userAddress common.Address) []byte {
	enc, err := iIdentityRegistryStorage.abi.Pack("removeIdentityFromStorage", userAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveIdentityFromStorage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf191bcd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeIdentityFromStorage(address _userAddress) returns()
func (iIdentityRegistryStorage *IIdentityRegistryStorage) TryPackRemoveIdentityFromStorage(userAddress common.Address) ([]byte, error) {
	return iIdentityRegistryStorage.abi.Pack("removeIdentityFromStorage", userAddress)
}

// PackStoredIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7988d3a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function storedIdentity(address _userAddress) view returns(address)
func (iIdentityRegistryStorage *IIdentityRegistryStorage) PackStoredIdentity(userAddress common.Address) []byte {
	enc, err := iIdentityRegistryStorage.abi.Pack("storedIdentity", userAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStoredIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7988d3a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function storedIdentity(address _userAddress) view returns(address)
func (iIdentityRegistryStorage *IIdentityRegistryStorage) TryPackStoredIdentity(userAddress common.Address) ([]byte, error) {
	return iIdentityRegistryStorage.abi.Pack("storedIdentity", userAddress)
}

// UnpackStoredIdentity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7988d3a5.
//
// Solidity: function storedIdentity(address _userAddress) view returns(address)
func (iIdentityRegistryStorage *IIdentityRegistryStorage) UnpackStoredIdentity(data []byte) (common.Address, error) {
	out, err := iIdentityRegistryStorage.abi.Unpack("storedIdentity", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackStoredInvestorCountry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x727e13bc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function storedInvestorCountry(address _userAddress) view returns(uint16)
func (iIdentityRegistryStorage *IIdentityRegistryStorage) PackStoredInvestorCountry(userAddress common.Address) []byte {
	enc, err := iIdentityRegistryStorage.abi.Pack("storedInvestorCountry", userAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStoredInvestorCountry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x727e13bc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function storedInvestorCountry(address _userAddress) view returns(uint16)
func (iIdentityRegistryStorage *IIdentityRegistryStorage) TryPackStoredInvestorCountry(userAddress common.Address) ([]byte, error) {
	return iIdentityRegistryStorage.abi.Pack("storedInvestorCountry", userAddress)
}

// UnpackStoredInvestorCountry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x727e13bc.
//
// Solidity: function storedInvestorCountry(address _userAddress) view returns(uint16)
func (iIdentityRegistryStorage *IIdentityRegistryStorage) UnpackStoredInvestorCountry(data []byte) (uint16, error) {
	out, err := iIdentityRegistryStorage.abi.Unpack("storedInvestorCountry", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackUnbindIdentityRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97a012f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbindIdentityRegistry(address _identityRegistry) returns()
func (iIdentityRegistryStorage *IIdentityRegistryStorage) PackUnbindIdentityRegistry(identityRegistry common.Address) []byte {
	enc, err := iIdentityRegistryStorage.abi.Pack("unbindIdentityRegistry", identityRegistry)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbindIdentityRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97a012f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbindIdentityRegistry(address _identityRegistry) returns()
func (iIdentityRegistryStorage *IIdentityRegistryStorage) TryPackUnbindIdentityRegistry(identityRegistry common.Address) ([]byte, error) {
	return iIdentityRegistryStorage.abi.Pack("unbindIdentityRegistry", identityRegistry)
}

// IIdentityRegistryStorageCountryModified represents a CountryModified event raised by the IIdentityRegistryStorage contract.
type IIdentityRegistryStorageCountryModified struct {
	InvestorAddress common.Address
	Country         uint16
	Raw             *types.Log // Blockchain specific contextual infos
}

const IIdentityRegistryStorageCountryModifiedEventName = "CountryModified"

// ContractEventName returns the user-defined event name.
func (IIdentityRegistryStorageCountryModified) ContractEventName() string {
	return IIdentityRegistryStorageCountryModifiedEventName
}

// UnpackCountryModifiedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CountryModified(address indexed investorAddress, uint16 indexed country)
func (iIdentityRegistryStorage *IIdentityRegistryStorage) UnpackCountryModifiedEvent(log *types.Log) (*IIdentityRegistryStorageCountryModified, error) {
	event := "CountryModified"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iIdentityRegistryStorage.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IIdentityRegistryStorageCountryModified)
	if len(log.Data) > 0 {
		if err := iIdentityRegistryStorage.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iIdentityRegistryStorage.abi.Events[event].Inputs {
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

// IIdentityRegistryStorageIdentityModified represents a IdentityModified event raised by the IIdentityRegistryStorage contract.
type IIdentityRegistryStorageIdentityModified struct {
	OldIdentity common.Address
	NewIdentity common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const IIdentityRegistryStorageIdentityModifiedEventName = "IdentityModified"

// ContractEventName returns the user-defined event name.
func (IIdentityRegistryStorageIdentityModified) ContractEventName() string {
	return IIdentityRegistryStorageIdentityModifiedEventName
}

// UnpackIdentityModifiedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IdentityModified(address indexed oldIdentity, address indexed newIdentity)
func (iIdentityRegistryStorage *IIdentityRegistryStorage) UnpackIdentityModifiedEvent(log *types.Log) (*IIdentityRegistryStorageIdentityModified, error) {
	event := "IdentityModified"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iIdentityRegistryStorage.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IIdentityRegistryStorageIdentityModified)
	if len(log.Data) > 0 {
		if err := iIdentityRegistryStorage.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iIdentityRegistryStorage.abi.Events[event].Inputs {
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

// IIdentityRegistryStorageIdentityRegistryBound represents a IdentityRegistryBound event raised by the IIdentityRegistryStorage contract.
type IIdentityRegistryStorageIdentityRegistryBound struct {
	IdentityRegistry common.Address
	Raw              *types.Log // Blockchain specific contextual infos
}

const IIdentityRegistryStorageIdentityRegistryBoundEventName = "IdentityRegistryBound"

// ContractEventName returns the user-defined event name.
func (IIdentityRegistryStorageIdentityRegistryBound) ContractEventName() string {
	return IIdentityRegistryStorageIdentityRegistryBoundEventName
}

// UnpackIdentityRegistryBoundEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IdentityRegistryBound(address indexed identityRegistry)
func (iIdentityRegistryStorage *IIdentityRegistryStorage) UnpackIdentityRegistryBoundEvent(log *types.Log) (*IIdentityRegistryStorageIdentityRegistryBound, error) {
	event := "IdentityRegistryBound"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iIdentityRegistryStorage.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IIdentityRegistryStorageIdentityRegistryBound)
	if len(log.Data) > 0 {
		if err := iIdentityRegistryStorage.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iIdentityRegistryStorage.abi.Events[event].Inputs {
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

// IIdentityRegistryStorageIdentityRegistryUnbound represents a IdentityRegistryUnbound event raised by the IIdentityRegistryStorage contract.
type IIdentityRegistryStorageIdentityRegistryUnbound struct {
	IdentityRegistry common.Address
	Raw              *types.Log // Blockchain specific contextual infos
}

const IIdentityRegistryStorageIdentityRegistryUnboundEventName = "IdentityRegistryUnbound"

// ContractEventName returns the user-defined event name.
func (IIdentityRegistryStorageIdentityRegistryUnbound) ContractEventName() string {
	return IIdentityRegistryStorageIdentityRegistryUnboundEventName
}

// UnpackIdentityRegistryUnboundEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IdentityRegistryUnbound(address indexed identityRegistry)
func (iIdentityRegistryStorage *IIdentityRegistryStorage) UnpackIdentityRegistryUnboundEvent(log *types.Log) (*IIdentityRegistryStorageIdentityRegistryUnbound, error) {
	event := "IdentityRegistryUnbound"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iIdentityRegistryStorage.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IIdentityRegistryStorageIdentityRegistryUnbound)
	if len(log.Data) > 0 {
		if err := iIdentityRegistryStorage.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iIdentityRegistryStorage.abi.Events[event].Inputs {
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

// IIdentityRegistryStorageIdentityStored represents a IdentityStored event raised by the IIdentityRegistryStorage contract.
type IIdentityRegistryStorageIdentityStored struct {
	InvestorAddress common.Address
	Identity        common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const IIdentityRegistryStorageIdentityStoredEventName = "IdentityStored"

// ContractEventName returns the user-defined event name.
func (IIdentityRegistryStorageIdentityStored) ContractEventName() string {
	return IIdentityRegistryStorageIdentityStoredEventName
}

// UnpackIdentityStoredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IdentityStored(address indexed investorAddress, address indexed identity)
func (iIdentityRegistryStorage *IIdentityRegistryStorage) UnpackIdentityStoredEvent(log *types.Log) (*IIdentityRegistryStorageIdentityStored, error) {
	event := "IdentityStored"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iIdentityRegistryStorage.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IIdentityRegistryStorageIdentityStored)
	if len(log.Data) > 0 {
		if err := iIdentityRegistryStorage.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iIdentityRegistryStorage.abi.Events[event].Inputs {
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

// IIdentityRegistryStorageIdentityUnstored represents a IdentityUnstored event raised by the IIdentityRegistryStorage contract.
type IIdentityRegistryStorageIdentityUnstored struct {
	InvestorAddress common.Address
	Identity        common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const IIdentityRegistryStorageIdentityUnstoredEventName = "IdentityUnstored"

// ContractEventName returns the user-defined event name.
func (IIdentityRegistryStorageIdentityUnstored) ContractEventName() string {
	return IIdentityRegistryStorageIdentityUnstoredEventName
}

// UnpackIdentityUnstoredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IdentityUnstored(address indexed investorAddress, address indexed identity)
func (iIdentityRegistryStorage *IIdentityRegistryStorage) UnpackIdentityUnstoredEvent(log *types.Log) (*IIdentityRegistryStorageIdentityUnstored, error) {
	event := "IdentityUnstored"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iIdentityRegistryStorage.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IIdentityRegistryStorageIdentityUnstored)
	if len(log.Data) > 0 {
		if err := iIdentityRegistryStorage.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iIdentityRegistryStorage.abi.Events[event].Inputs {
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
