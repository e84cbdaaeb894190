// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package ierc1404

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

// IERC1404MetaData contains all meta data concerning the IERC1404 contract.
var IERC1404MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"detectTransferRestriction\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"restrictionCode\",\"type\":\"uint8\"}],\"name\":\"messageForTransferRestriction\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "IERC1404",
}

// IERC1404 is an auto generated Go binding around an Ethereum contract.
type IERC1404 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IERC1404) GetABI() abi.ABI {
	return c.abi
}

// NewIERC1404 creates a new instance of IERC1404.
func NewIERC1404() *IERC1404 {
	parsed, err := IERC1404MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IERC1404{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IERC1404) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDetectTransferRestriction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4ce1415.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function detectTransferRestriction(address from, address to, uint256 value) view returns(uint8)
func (iERC1404 *IERC1404) PackDetectTransferRestriction(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := iERC1404.abi.Pack("detectTransferRestriction", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDetectTransferRestriction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4ce1415.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function detectTransferRestriction(address from, address to, uint256 value) view returns(uint8)
func (iERC1404 *IERC1404) TryPackDetectTransferRestriction(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return iERC1404.abi.Pack("detectTransferRestriction", from, to, value)
}

// UnpackDetectTransferRestriction is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4ce1415.
//
// Solidity: function detectTransferRestriction(address from, address to, uint256 value) view returns(uint8)
func (iERC1404 *IERC1404) UnpackDetectTransferRestriction(data []byte) (uint8, error) {
	out, err := iERC1404.abi.Unpack("detectTransferRestriction", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMessageForTransferRestriction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f4ab1dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function messageForTransferRestriction(uint8 restrictionCode) view returns(string)
func (iERC1404 *IERC1404) PackMessageForTransferRestriction(restrictionCode uint8) []byte {
	enc, err := iERC1404.abi.Pack("messageForTransferRestriction", restrictionCode)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMessageForTransferRestriction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f4ab1dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function messageForTransferRestriction(uint8 restrictionCode) view returns(string)
func (iERC1404 *IERC1404) TryPackMessageForTransferRestriction(restrictionCode uint8) ([]byte, error) {
	return iERC1404.abi.Pack("messageForTransferRestriction", restrictionCode)
}

// UnpackMessageForTransferRestriction is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7f4ab1dd.
//
// Solidity: function messageForTransferRestriction(uint8 restrictionCode) view returns(string)
func (iERC1404 *IERC1404) UnpackMessageForTransferRestriction(data []byte) (string, error) {
	out, err := iERC1404.abi.Unpack("messageForTransferRestriction", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}
