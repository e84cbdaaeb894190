// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package idealingunits

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

// IDealingUnitsMetaData contains all meta data concerning the IDealingUnits contract.
var IDealingUnitsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"detectTransferRestriction\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"freezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getFrozenTokens\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"identityRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isFrozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"unfreezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "IDealingUnits",
}

// IDealingUnits is an auto generated Go binding around an Ethereum contract.
type IDealingUnits struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IDealingUnits) GetABI() abi.ABI {
	return c.abi
}

// NewIDealingUnits creates a new instance of IDealingUnits.
func NewIDealingUnits() *IDealingUnits {
	parsed, err := IDealingUnitsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IDealingUnits{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IDealingUnits) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (iDealingUnits *IDealingUnits) PackBalanceOf(account common.Address) []byte {
	enc, err := iDealingUnits.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (iDealingUnits *IDealingUnits) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return iDealingUnits.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (iDealingUnits *IDealingUnits) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := iDealingUnits.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x158a1cc3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(address from, uint256 amount, bytes32 requestId) returns()
func (iDealingUnits *IDealingUnits) PackBurn(from common.Address, amount *big.Int, requestId [32]byte) []byte {
	enc, err := iDealingUnits.abi.Pack("burn", from, amount, requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x158a1cc3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(address from, uint256 amount, bytes32 requestId) returns()
func (iDealingUnits *IDealingUnits) TryPackBurn(from common.Address, amount *big.Int, requestId [32]byte) ([]byte, error) {
	return iDealingUnits.abi.Pack("burn", from, amount, requestId)
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (iDealingUnits *IDealingUnits) PackDecimals() []byte {
	enc, err := iDealingUnits.abi.Pack("decimals")
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
func (iDealingUnits *IDealingUnits) TryPackDecimals() ([]byte, error) {
	return iDealingUnits.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (iDealingUnits *IDealingUnits) UnpackDecimals(data []byte) (uint8, error) {
	out, err := iDealingUnits.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDetectTransferRestriction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4ce1415.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function detectTransferRestriction(address from, address to, uint256 amount) view returns(uint8)
func (iDealingUnits *IDealingUnits) PackDetectTransferRestriction(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := iDealingUnits.abi.Pack("detectTransferRestriction", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDetectTransferRestriction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4ce1415.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function detectTransferRestriction(address from, address to, uint256 amount) view returns(uint8)
func (iDealingUnits *IDealingUnits) TryPackDetectTransferRestriction(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return iDealingUnits.abi.Pack("detectTransferRestriction", from, to, amount)
}

// UnpackDetectTransferRestriction is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4ce1415.
//
// Solidity: function detectTransferRestriction(address from, address to, uint256 amount) view returns(uint8)
func (iDealingUnits *IDealingUnits) UnpackDetectTransferRestriction(data []byte) (uint8, error) {
	out, err := iDealingUnits.abi.Unpack("detectTransferRestriction", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackFreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x125c4a33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function freezePartialTokens(address account, uint256 amount) returns()
func (iDealingUnits *IDealingUnits) PackFreezePartialTokens(account common.Address, amount *big.Int) []byte {
	enc, err := iDealingUnits.abi.Pack("freezePartialTokens", account, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x125c4a33.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function freezePartialTokens(address account, uint256 amount) returns()
func (iDealingUnits *IDealingUnits) TryPackFreezePartialTokens(account common.Address, amount *big.Int) ([]byte, error) {
	return iDealingUnits.abi.Pack("freezePartialTokens", account, amount)
}

// PackGetFrozenTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x158b1a57.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getFrozenTokens(address account) view returns(uint256)
func (iDealingUnits *IDealingUnits) PackGetFrozenTokens(account common.Address) []byte {
	enc, err := iDealingUnits.abi.Pack("getFrozenTokens", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetFrozenTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x158b1a57.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getFrozenTokens(address account) view returns(uint256)
func (iDealingUnits *IDealingUnits) TryPackGetFrozenTokens(account common.Address) ([]byte, error) {
	return iDealingUnits.abi.Pack("getFrozenTokens", account)
}

// UnpackGetFrozenTokens is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x158b1a57.
//
// Solidity: function getFrozenTokens(address account) view returns(uint256)
func (iDealingUnits *IDealingUnits) UnpackGetFrozenTokens(data []byte) (*big.Int, error) {
	out, err := iDealingUnits.abi.Unpack("getFrozenTokens", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIdentityRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x134e18f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function identityRegistry() view returns(address)
func (iDealingUnits *IDealingUnits) PackIdentityRegistry() []byte {
	enc, err := iDealingUnits.abi.Pack("identityRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIdentityRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x134e18f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function identityRegistry() view returns(address)
func (iDealingUnits *IDealingUnits) TryPackIdentityRegistry() ([]byte, error) {
	return iDealingUnits.abi.Pack("identityRegistry")
}

// UnpackIdentityRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x134e18f4.
//
// Solidity: function identityRegistry() view returns(address)
func (iDealingUnits *IDealingUnits) UnpackIdentityRegistry(data []byte) (common.Address, error) {
	out, err := iDealingUnits.abi.Unpack("identityRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5839836.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isFrozen(address account) view returns(bool)
func (iDealingUnits *IDealingUnits) PackIsFrozen(account common.Address) []byte {
	enc, err := iDealingUnits.abi.Pack("isFrozen", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5839836.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isFrozen(address account) view returns(bool)
func (iDealingUnits *IDealingUnits) TryPackIsFrozen(account common.Address) ([]byte, error) {
	return iDealingUnits.abi.Pack("isFrozen", account)
}

// UnpackIsFrozen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5839836.
//
// Solidity: function isFrozen(address account) view returns(bool)
func (iDealingUnits *IDealingUnits) UnpackIsFrozen(data []byte) (bool, error) {
	out, err := iDealingUnits.abi.Unpack("isFrozen", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e458bee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount, bytes32 requestId) returns()
func (iDealingUnits *IDealingUnits) PackMint(to common.Address, amount *big.Int, requestId [32]byte) []byte {
	enc, err := iDealingUnits.abi.Pack("mint", to, amount, requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e458bee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount, bytes32 requestId) returns()
func (iDealingUnits *IDealingUnits) TryPackMint(to common.Address, amount *big.Int, requestId [32]byte) ([]byte, error) {
	return iDealingUnits.abi.Pack("mint", to, amount, requestId)
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (iDealingUnits *IDealingUnits) PackTotalSupply() []byte {
	enc, err := iDealingUnits.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (iDealingUnits *IDealingUnits) TryPackTotalSupply() ([]byte, error) {
	return iDealingUnits.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (iDealingUnits *IDealingUnits) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := iDealingUnits.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnfreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fe56f7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unfreezePartialTokens(address account, uint256 amount) returns()
func (iDealingUnits *IDealingUnits) PackUnfreezePartialTokens(account common.Address, amount *big.Int) []byte {
	enc, err := iDealingUnits.abi.Pack("unfreezePartialTokens", account, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnfreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fe56f7d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unfreezePartialTokens(address account, uint256 amount) returns()
func (iDealingUnits *IDealingUnits) TryPackUnfreezePartialTokens(account common.Address, amount *big.Int) ([]byte, error) {
	return iDealingUnits.abi.Pack("unfreezePartialTokens", account, amount)
}
