// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package iidentityregistry

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

// IIdentityRegistryMetaData contains all meta data concerning the IIdentityRegistry contract.
var IIdentityRegistryMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"claimTopicsRegistry\",\"type\":\"address\"}],\"name\":\"ClaimTopicsRegistrySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"investorAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"CountryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"investorAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"identity\",\"type\":\"address\"}],\"name\":\"IdentityRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"investorAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"identity\",\"type\":\"address\"}],\"name\":\"IdentityRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"identityStorage\",\"type\":\"address\"}],\"name\":\"IdentityStorageSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"oldIdentity\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newIdentity\",\"type\":\"address\"}],\"name\":\"IdentityUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"trustedIssuersRegistry\",\"type\":\"address\"}],\"name\":\"TrustedIssuersRegistrySet\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"_userAddresses\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"_identities\",\"type\":\"address[]\"},{\"internalType\":\"uint16[]\",\"name\":\"_countries\",\"type\":\"uint16[]\"}],\"name\":\"batchRegisterIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_userAddress\",\"type\":\"address\"}],\"name\":\"contains\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_userAddress\",\"type\":\"address\"}],\"name\":\"deleteIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_userAddress\",\"type\":\"address\"}],\"name\":\"identity\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"identityStorage\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_userAddress\",\"type\":\"address\"}],\"name\":\"investorCountry\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_userAddress\",\"type\":\"address\"}],\"name\":\"isVerified\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"issuersRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_userAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_identity\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"_country\",\"type\":\"uint16\"}],\"name\":\"registerIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_claimTopicsRegistry\",\"type\":\"address\"}],\"name\":\"setClaimTopicsRegistry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_identityRegistryStorage\",\"type\":\"address\"}],\"name\":\"setIdentityRegistryStorage\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_trustedIssuersRegistry\",\"type\":\"address\"}],\"name\":\"setTrustedIssuersRegistry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"topicsRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_userAddress\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"_country\",\"type\":\"uint16\"}],\"name\":\"updateCountry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_userAddress\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_identity\",\"type\":\"address\"}],\"name\":\"updateIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "IIdentityRegistry",
}

// IIdentityRegistry is an auto generated Go binding around an Ethereum contract.
type IIdentityRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IIdentityRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewIIdentityRegistry creates a new instance of IIdentityRegistry.
func NewIIdentityRegistry() *IIdentityRegistry {
	parsed, err := IIdentityRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IIdentityRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IIdentityRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBatchRegisterIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x653dc9f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchRegisterIdentity(address[] _userAddresses, address[] _identities, uint16[] _countries) returns()
func (iIdentityRegistry *IIdentityRegistry) PackBatchRegisterIdentity(userAddresses []common.Address, identities []common.Address, countries []uint16) []byte {
	enc, err := iIdentityRegistry.abi.Pack("batchRegisterIdentity", userAddresses, identities, countries)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchRegisterIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x653dc9f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchRegisterIdentity(address[] _userAddresses, address[] _identities, uint16[] _countries) returns()
func (iIdentityRegistry *IIdentityRegistry) TryPackBatchRegisterIdentity(userAddresses []common.Address, identities []common.Address, countries []uint16) ([]byte, error) {
	return iIdentityRegistry.abi.Pack("batchRegisterIdentity", userAddresses, identities, countries)
}

// PackContains is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dbe47e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contains(address _userAddress) view returns(bool)
func (iIdentityRegistry *IIdentityRegistry) PackContains(userAddress common.Address) []byte {
	enc, err := iIdentityRegistry.abi.Pack("contains", userAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContains is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dbe47e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contains(address _userAddress) view returns(bool)
func (iIdentityRegistry *IIdentityRegistry) TryPackContains(userAddress common.Address) ([]byte, error) {
	return iIdentityRegistry.abi.Pack("contains", userAddress)
}

// UnpackContains is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5dbe47e8.
//
// Solidity: function contains(address _userAddress) view returns(bool)
func (iIdentityRegistry *IIdentityRegistry) UnpackContains(data []byte) (bool, error) {
	out, err := iIdentityRegistry.abi.Unpack("contains", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDeleteIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8d29d1d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deleteIdentity(address _userAddress) returns()
func (iIdentityRegistry *IIdentityRegistry) PackDeleteIdentity(userAddress common.Address) []byte {
	enc, err := iIdentityRegistry.abi.Pack("deleteIdentity", userAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeleteIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8d29d1d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deleteIdentity(address _userAddress) returns()
func (iIdentityRegistry *IIdentityRegistry) TryPackDeleteIdentity(userAddress common.Address) ([]byte, error) {
	return iIdentityRegistry.abi.Pack("deleteIdentity", userAddress)
}

// PackIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0eb5e54.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function identity(address _userAddress) view returns(address)
func (iIdentityRegistry *IIdentityRegistry) PackIdentity(userAddress common.Address) []byte {
	enc, err := iIdentityRegistry.abi.Pack("identity", userAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0eb5e54.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function identity(address _userAddress) view returns(address)
func (iIdentityRegistry *IIdentityRegistry) TryPackIdentity(userAddress common.Address) ([]byte, error) {
	return iIdentityRegistry.abi.Pack("identity", userAddress)
}

// UnpackIdentity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0eb5e54.
//
// Solidity: function identity(address _userAddress) view returns(address)
func (iIdentityRegistry *IIdentityRegistry) UnpackIdentity(data []byte) (common.Address, error) {
	out, err := iIdentityRegistry.abi.Unpack("identity", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIdentityStorage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf11abfd8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function identityStorage() view returns(address)
func (iIdentityRegistry *IIdentityRegistry) PackIdentityStorage() []byte {
	enc, err := iIdentityRegistry.abi.Pack("identityStorage")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIdentityStorage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf11abfd8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function identityStorage() view returns(address)
func (iIdentityRegistry *IIdentityRegistry) TryPackIdentityStorage() ([]byte, error) {
	return iIdentityRegistry.abi.Pack("identityStorage")
}

// UnpackIdentityStorage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf11abfd8.
//
// Solidity: function identityStorage() view returns(address)
func (iIdentityRegistry *IIdentityRegistry) UnpackIdentityStorage(data []byte) (common.Address, error) {
	out, err := iIdentityRegistry.abi.Unpack("identityStorage", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackInvestorCountry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e42683b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function investorCountry(address _userAddress) view returns(uint16)
func (iIdentityRegistry *IIdentityRegistry) PackInvestorCountry(userAddress common.Address) []byte {
	enc, err := iIdentityRegistry.abi.Pack("investorCountry", userAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInvestorCountry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e42683b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function investorCountry(address _userAddress) view returns(uint16)
func (iIdentityRegistry *IIdentityRegistry) TryPackInvestorCountry(userAddress common.Address) ([]byte, error) {
	return iIdentityRegistry.abi.Pack("investorCountry", userAddress)
}

// UnpackInvestorCountry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7e42683b.
//
// Solidity: function investorCountry(address _userAddress) view returns(uint16)
func (iIdentityRegistry *IIdentityRegistry) UnpackInvestorCountry(data []byte) (uint16, error) {
	out, err := iIdentityRegistry.abi.Unpack("investorCountry", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackIsVerified is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9209e33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isVerified(address _userAddress) view returns(bool)
func (iIdentityRegistry *IIdentityRegistry) PackIsVerified(userAddress common.Address) []byte {
	enc, err := iIdentityRegistry.abi.Pack("isVerified", userAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsVerified is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9209e33.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isVerified(address _userAddress) view returns(bool)
func (iIdentityRegistry *IIdentityRegistry) TryPackIsVerified(userAddress common.Address) ([]byte, error) {
	return iIdentityRegistry.abi.Pack("isVerified", userAddress)
}

// UnpackIsVerified is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb9209e33.
//
// Solidity: function isVerified(address _userAddress) view returns(bool)
func (iIdentityRegistry *IIdentityRegistry) UnpackIsVerified(data []byte) (bool, error) {
	out, err := iIdentityRegistry.abi.Unpack("isVerified", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIssuersRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4f3fcb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function issuersRegistry() view returns(address)
func (iIdentityRegistry *IIdentityRegistry) PackIssuersRegistry() []byte {
	enc, err := iIdentityRegistry.abi.Pack("issuersRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIssuersRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4f3fcb7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function issuersRegistry() view returns(address)
func (iIdentityRegistry *IIdentityRegistry) TryPackIssuersRegistry() ([]byte, error) {
	return iIdentityRegistry.abi.Pack("issuersRegistry")
}

// UnpackIssuersRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb4f3fcb7.
//
// Solidity: function issuersRegistry() view returns(address)
func (iIdentityRegistry *IIdentityRegistry) UnpackIssuersRegistry(data []byte) (common.Address, error) {
	out, err := iIdentityRegistry.abi.Unpack("issuersRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRegisterIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x454a03e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerIdentity(address _userAddress, address _identity, uint16 _country) returns()
func (iIdentityRegistry *IIdentityRegistry) PackRegisterIdentity(userAddress common.Address, identity common.Address, country uint16) []byte {
	enc, err := iIdentityRegistry.abi.Pack("registerIdentity", userAddress, identity, country)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x454a03e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerIdentity(address _userAddress, address _identity, uint16 _country) returns()
func (iIdentityRegistry *IIdentityRegistry) TryPackRegisterIdentity(userAddress common.Address, identity common.Address, country uint16) ([]byte, error) {
	return iIdentityRegistry.abi.Pack("registerIdentity", userAddress, identity, country)
}

// PackSetClaimTopicsRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x670af6a9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setClaimTopicsRegistry(address _claimTopicsRegistry) returns()
func (iIdentityRegistry *IIdentityRegistry) PackSetClaimTopicsRegistry(claimTopicsRegistry common.Address) []byte {
	enc, err := iIdentityRegistry.abi.Pack("setClaimTopicsRegistry", claimTopicsRegistry)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetClaimTopicsRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x670af6a9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setClaimTopicsRegistry(address _claimTopicsRegistry) returns()
func (iIdentityRegistry *IIdentityRegistry) TryPackSetClaimTopicsRegistry(claimTopicsRegistry common.Address) ([]byte, error) {
	return iIdentityRegistry.abi.Pack("setClaimTopicsRegistry", claimTopicsRegistry)
}

// PackSetIdentityRegistryStorage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26d941ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setIdentityRegistryStorage(address _identityRegistryStorage) returns()
func (iIdentityRegistry *IIdentityRegistry) PackSetIdentityRegistryStorage(identityRegistryStorage common.Address) []byte {
	enc, err := iIdentityRegistry.abi.Pack("setIdentityRegistryStorage", identityRegistryStorage)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetIdentityRegistryStorage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26d941ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setIdentityRegistryStorage(address _identityRegistryStorage) returns()
func (iIdentityRegistry *IIdentityRegistry) TryPackSetIdentityRegistryStorage(identityRegistryStorage common.Address) ([]byte, error) {
	return iIdentityRegistry.abi.Pack("setIdentityRegistryStorage", identityRegistryStorage)
}

// PackSetTrustedIssuersRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe744d789.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTrustedIssuersRegistry(address _trustedIssuersRegistry) returns()
func (iIdentityRegistry *IIdentityRegistry) PackSetTrustedIssuersRegistry(trustedIssuersRegistry common.Address) []byte {
	enc, err := iIdentityRegistry.abi.Pack("setTrustedIssuersRegistry", trustedIssuersRegistry)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTrustedIssuersRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe744d789.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTrustedIssuersRegistry(address _trustedIssuersRegistry) returns()
func (iIdentityRegistry *IIdentityRegistry) TryPackSetTrustedIssuersRegistry(trustedIssuersRegistry common.Address) ([]byte, error) {
	return iIdentityRegistry.abi.Pack("setTrustedIssuersRegistry", trustedIssuersRegistry)
}

// PackTopicsRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b3e12f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function topicsRegistry() view returns(address)
func (iIdentityRegistry *IIdentityRegistry) PackTopicsRegistry() []byte {
	enc, err := iIdentityRegistry.abi.Pack("topicsRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTopicsRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b3e12f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function topicsRegistry() view returns(address)
func (iIdentityRegistry *IIdentityRegistry) TryPackTopicsRegistry() ([]byte, error) {
	return iIdentityRegistry.abi.Pack("topicsRegistry")
}

// UnpackTopicsRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3b3e12f4.
//
// Solidity: function topicsRegistry() view returns(address)
func (iIdentityRegistry *IIdentityRegistry) UnpackTopicsRegistry(data []byte) (common.Address, error) {
	out, err := iIdentityRegistry.abi.Unpack("topicsRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUpdateCountry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b239a7f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateCountry(address _userAddress, uint16 _country) returns()
func (iIdentityRegistry *IIdentityRegistry) PackUpdateCountry(userAddress common.Address, country uint16) []byte {
	enc, err := iIdentityRegistry.abi.Pack("updateCountry", userAddress, country)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateCountry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b239a7f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateCountry(address _userAddress, uint16 _country) returns()
func (iIdentityRegistry *IIdentityRegistry) TryPackUpdateCountry(userAddress common.Address, country uint16) ([]byte, error) {
	return iIdentityRegistry.abi.Pack("updateCountry", userAddress, country)
}

// PackUpdateIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e098ca1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateIdentity(address _userAddress, address _identity) returns()
func (iIdentityRegistry *IIdentityRegistry) PackUpdateIdentity(userAddress common.Address, identity common.Address) []byte {
	enc, err := iIdentityRegistry.abi.Pack("updateIdentity", userAddress, identity)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e098ca1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateIdentity(address _userAddress, address _identity) returns()
func (iIdentityRegistry *IIdentityRegistry) TryPackUpdateIdentity(userAddress common.Address, identity common.Address) ([]byte, error) {
	return iIdentityRegistry.abi.Pack("updateIdentity", userAddress, identity)
}

// IIdentityRegistryClaimTopicsRegistrySet represents a ClaimTopicsRegistrySet event raised by the IIdentityRegistry contract.
type IIdentityRegistryClaimTopicsRegistrySet struct {
	ClaimTopicsRegistry common.Address
	Raw                 *types.Log // Blockchain specific contextual infos
}

const IIdentityRegistryClaimTopicsRegistrySetEventName = "ClaimTopicsRegistrySet"

// ContractEventName returns the user-defined event name.
func (IIdentityRegistryClaimTopicsRegistrySet) ContractEventName() string {
	return IIdentityRegistryClaimTopicsRegistrySetEventName
}

// UnpackClaimTopicsRegistrySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimTopicsRegistrySet(address indexed claimTopicsRegistry)
func (iIdentityRegistry *IIdentityRegistry) UnpackClaimTopicsRegistrySetEvent(log *types.Log) (*IIdentityRegistryClaimTopicsRegistrySet, error) {
	event := "ClaimTopicsRegistrySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iIdentityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IIdentityRegistryClaimTopicsRegistrySet)
	if len(log.Data) > 0 {
		if err := iIdentityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iIdentityRegistry.abi.Events[event].Inputs {
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

// IIdentityRegistryCountryUpdated represents a CountryUpdated event raised by the IIdentityRegistry contract.
type IIdentityRegistryCountryUpdated struct {
	InvestorAddress common.Address
	Country         uint16
	Raw             *types.Log // Blockchain specific contextual infos
}

const IIdentityRegistryCountryUpdatedEventName = "CountryUpdated"

// ContractEventName returns the user-defined event name.
func (IIdentityRegistryCountryUpdated) ContractEventName() string {
	return IIdentityRegistryCountryUpdatedEventName
}

// UnpackCountryUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CountryUpdated(address indexed investorAddress, uint16 indexed country)
func (iIdentityRegistry *IIdentityRegistry) UnpackCountryUpdatedEvent(log *types.Log) (*IIdentityRegistryCountryUpdated, error) {
	event := "CountryUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iIdentityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IIdentityRegistryCountryUpdated)
	if len(log.Data) > 0 {
		if err := iIdentityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iIdentityRegistry.abi.Events[event].Inputs {
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

// IIdentityRegistryIdentityRegistered represents a IdentityRegistered event raised by the IIdentityRegistry contract.
type IIdentityRegistryIdentityRegistered struct {
	InvestorAddress common.Address
	Identity        common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const IIdentityRegistryIdentityRegisteredEventName = "IdentityRegistered"

// ContractEventName returns the user-defined event name.
func (IIdentityRegistryIdentityRegistered) ContractEventName() string {
	return IIdentityRegistryIdentityRegisteredEventName
}

// UnpackIdentityRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IdentityRegistered(address indexed investorAddress, address indexed identity)
func (iIdentityRegistry *IIdentityRegistry) UnpackIdentityRegisteredEvent(log *types.Log) (*IIdentityRegistryIdentityRegistered, error) {
	event := "IdentityRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iIdentityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IIdentityRegistryIdentityRegistered)
	if len(log.Data) > 0 {
		if err := iIdentityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iIdentityRegistry.abi.Events[event].Inputs {
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

// IIdentityRegistryIdentityRemoved represents a IdentityRemoved event raised by the IIdentityRegistry contract.
type IIdentityRegistryIdentityRemoved struct {
	InvestorAddress common.Address
	Identity        common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const IIdentityRegistryIdentityRemovedEventName = "IdentityRemoved"

// ContractEventName returns the user-defined event name.
func (IIdentityRegistryIdentityRemoved) ContractEventName() string {
	return IIdentityRegistryIdentityRemovedEventName
}

// UnpackIdentityRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IdentityRemoved(address indexed investorAddress, address indexed identity)
func (iIdentityRegistry *IIdentityRegistry) UnpackIdentityRemovedEvent(log *types.Log) (*IIdentityRegistryIdentityRemoved, error) {
	event := "IdentityRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iIdentityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IIdentityRegistryIdentityRemoved)
	if len(log.Data) > 0 {
		if err := iIdentityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iIdentityRegistry.abi.Events[event].Inputs {
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

// IIdentityRegistryIdentityStorageSet represents a IdentityStorageSet event raised by the IIdentityRegistry contract.
type IIdentityRegistryIdentityStorageSet struct {
	IdentityStorage common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const IIdentityRegistryIdentityStorageSetEventName = "IdentityStorageSet"

// ContractEventName returns the user-defined event name.
func (IIdentityRegistryIdentityStorageSet) ContractEventName() string {
	return IIdentityRegistryIdentityStorageSetEventName
}

// UnpackIdentityStorageSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IdentityStorageSet(address indexed identityStorage)
func (iIdentityRegistry *IIdentityRegistry) UnpackIdentityStorageSetEvent(log *types.Log) (*IIdentityRegistryIdentityStorageSet, error) {
	event := "IdentityStorageSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iIdentityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IIdentityRegistryIdentityStorageSet)
	if len(log.Data) > 0 {
		if err := iIdentityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iIdentityRegistry.abi.Events[event].Inputs {
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

// IIdentityRegistryIdentityUpdated represents a IdentityUpdated event raised by the IIdentityRegistry contract.
type IIdentityRegistryIdentityUpdated struct {
	OldIdentity common.Address
	NewIdentity common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const IIdentityRegistryIdentityUpdatedEventName = "IdentityUpdated"

// ContractEventName returns the user-defined event name.
func (IIdentityRegistryIdentityUpdated) ContractEventName() string {
	return IIdentityRegistryIdentityUpdatedEventName
}

// UnpackIdentityUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IdentityUpdated(address indexed oldIdentity, address indexed newIdentity)
func (iIdentityRegistry *IIdentityRegistry) UnpackIdentityUpdatedEvent(log *types.Log) (*IIdentityRegistryIdentityUpdated, error) {
	event := "IdentityUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iIdentityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IIdentityRegistryIdentityUpdated)
	if len(log.Data) > 0 {
		if err := iIdentityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iIdentityRegistry.abi.Events[event].Inputs {
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

// IIdentityRegistryTrustedIssuersRegistrySet represents a TrustedIssuersRegistrySet event raised by the IIdentityRegistry contract.
type IIdentityRegistryTrustedIssuersRegistrySet struct {
	TrustedIssuersRegistry common.Address
	Raw                    *types.Log // Blockchain specific contextual infos
}

const IIdentityRegistryTrustedIssuersRegistrySetEventName = "TrustedIssuersRegistrySet"

// ContractEventName returns the user-defined event name.
func (IIdentityRegistryTrustedIssuersRegistrySet) ContractEventName() string {
	return IIdentityRegistryTrustedIssuersRegistrySetEventName
}

// UnpackTrustedIssuersRegistrySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TrustedIssuersRegistrySet(address indexed trustedIssuersRegistry)
func (iIdentityRegistry *IIdentityRegistry) UnpackTrustedIssuersRegistrySetEvent(log *types.Log) (*IIdentityRegistryTrustedIssuersRegistrySet, error) {
	event := "TrustedIssuersRegistrySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iIdentityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IIdentityRegistryTrustedIssuersRegistrySet)
	if len(log.Data) > 0 {
		if err := iIdentityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iIdentityRegistry.abi.Events[event].Inputs {
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
