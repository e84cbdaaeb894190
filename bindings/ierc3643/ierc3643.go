// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package ierc3643

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

// IERC3643MetaData contains all meta data concerning the IERC3643 contract.
var IERC3643MetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_userAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bool\",\"name\":\"_isFrozen\",\"type\":\"bool\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_owner\",\"type\":\"address\"}],\"name\":\"AddressFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_compliance\",\"type\":\"address\"}],\"name\":\"ComplianceAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_identityRegistry\",\"type\":\"address\"}],\"name\":\"IdentityRegistryAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"_userAddress\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_lostWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_newWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_investorOnchainID\",\"type\":\"address\"}],\"name\":\"RecoverySuccess\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_userAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_amount\",\"type\":\"uint256\"}],\"name\":\"TokensFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_userAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_amount\",\"type\":\"uint256\"}],\"name\":\"TokensUnfrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"_userAddress\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"string\",\"name\":\"_newName\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"string\",\"name\":\"_newSymbol\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"_newDecimals\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"_newVersion\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_newOnchainID\",\"type\":\"address\"}],\"name\":\"UpdatedTokenInformation\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"_userAddresses\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"_amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchBurn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"_fromList\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"_toList\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"_amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchForcedTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"_userAddresses\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"_amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchFreezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"_toList\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"_amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchMint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"_userAddresses\",\"type\":\"address[]\"},{\"internalType\":\"bool[]\",\"name\":\"_freeze\",\"type\":\"bool[]\"}],\"name\":\"batchSetAddressFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"_toList\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"_amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"_userAddresses\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"_amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchUnfreezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_userAddress\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"compliance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_amount\",\"type\":\"uint256\"}],\"name\":\"forcedTransfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_userAddress\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_amount\",\"type\":\"uint256\"}],\"name\":\"freezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_userAddress\",\"type\":\"address\"}],\"name\":\"getFrozenTokens\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"identityRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_userAddress\",\"type\":\"address\"}],\"name\":\"isFrozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"onchainID\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_lostWallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_newWallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_investorOnchainID\",\"type\":\"address\"}],\"name\":\"recoveryAddress\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_userAddress\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"_freeze\",\"type\":\"bool\"}],\"name\":\"setAddressFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_compliance\",\"type\":\"address\"}],\"name\":\"setCompliance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_identityRegistry\",\"type\":\"address\"}],\"name\":\"setIdentityRegistry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"_name\",\"type\":\"string\"}],\"name\":\"setName\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_onchainID\",\"type\":\"address\"}],\"name\":\"setOnchainID\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"_symbol\",\"type\":\"string\"}],\"name\":\"setSymbol\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_userAddress\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_amount\",\"type\":\"uint256\"}],\"name\":\"unfreezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "IERC3643",
}

// IERC3643 is an auto generated Go binding around an Ethereum contract.
type IERC3643 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IERC3643) GetABI() abi.ABI {
	return c.abi
}

// NewIERC3643 creates a new instance of IERC3643.
func NewIERC3643() *IERC3643 {
	parsed, err := IERC3643MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IERC3643{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IERC3643) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (iERC3643 *IERC3643) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := iERC3643.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (iERC3643 *IERC3643) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return iERC3643.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (iERC3643 *IERC3643) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := iERC3643.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (iERC3643 *IERC3643) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := iERC3643.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (iERC3643 *IERC3643) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return iERC3643.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (iERC3643 *IERC3643) UnpackApprove(data []byte) (bool, error) {
	out, err := iERC3643.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (iERC3643 *IERC3643) PackBalanceOf(account common.Address) []byte {
	enc, err := iERC3643.abi.Pack("balanceOf", account)
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
func (iERC3643 *IERC3643) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return iERC3643.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (iERC3643 *IERC3643) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := iERC3643.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBatchBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a6cc677.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchBurn(address[] _userAddresses, uint256[] _amounts) returns()
func (iERC3643 *IERC3643) PackBatchBurn(userAddresses []common.Address, amounts []*big.Int) []byte {
	enc, err := iERC3643.abi.Pack("batchBurn", userAddresses, amounts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a6cc677.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchBurn(address[] _userAddresses, uint256[] _amounts) returns()
func (iERC3643 *IERC3643) TryPackBatchBurn(userAddresses []common.Address, amounts []*big.Int) ([]byte, error) {
	return iERC3643.abi.Pack("batchBurn", userAddresses, amounts)
}

// PackBatchForcedTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42a47abc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchForcedTransfer(address[] _fromList, address[] _toList, uint256[] _amounts) returns()
func (iERC3643 *IERC3643) PackBatchForcedTransfer(fromList []common.Address, toList []common.Address, amounts []*big.Int) []byte {
	enc, err := iERC3643.abi.Pack("batchForcedTransfer", fromList, toList, amounts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchForcedTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42a47abc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchForcedTransfer(address[] _fromList, address[] _toList, uint256[] _amounts) returns()
func (iERC3643 *IERC3643) TryPackBatchForcedTransfer(fromList []common.Address, toList []common.Address, amounts []*big.Int) ([]byte, error) {
	return iERC3643.abi.Pack("batchForcedTransfer", fromList, toList, amounts)
}

// PackBatchFreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc7e5fa8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchFreezePartialTokens(address[] _userAddresses, uint256[] _amounts) returns()
func (iERC3643 *IERC3643) PackBatchFreezePartialTokens(userAddresses []common.Address, amounts []*big.Int) []byte {
	enc, err := iERC3643.abi.Pack("batchFreezePartialTokens", userAddresses, amounts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchFreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc7e5fa8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchFreezePartialTokens(address[] _userAddresses, uint256[] _amounts) returns()
func (iERC3643 *IERC3643) TryPackBatchFreezePartialTokens(userAddresses []common.Address, amounts []*big.Int) ([]byte, error) {
	return iERC3643.abi.Pack("batchFreezePartialTokens", userAddresses, amounts)
}

// PackBatchMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68573107.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchMint(address[] _toList, uint256[] _amounts) returns()
func (iERC3643 *IERC3643) PackBatchMint(toList []common.Address, amounts []*big.Int) []byte {
	enc, err := iERC3643.abi.Pack("batchMint", toList, amounts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68573107.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchMint(address[] _toList, uint256[] _amounts) returns()
func (iERC3643 *IERC3643) TryPackBatchMint(toList []common.Address, amounts []*big.Int) ([]byte, error) {
	return iERC3643.abi.Pack("batchMint", toList, amounts)
}

// PackBatchSetAddressFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a7af379.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchSetAddressFrozen(address[] _userAddresses, bool[] _freeze) returns()
func (iERC3643 *IERC3643) PackBatchSetAddressFrozen(userAddresses []common.Address, freeze []bool) []byte {
	enc, err := iERC3643.abi.Pack("batchSetAddressFrozen", userAddresses, freeze)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchSetAddressFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a7af379.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchSetAddressFrozen(address[] _userAddresses, bool[] _freeze) returns()
func (iERC3643 *IERC3643) TryPackBatchSetAddressFrozen(userAddresses []common.Address, freeze []bool) ([]byte, error) {
	return iERC3643.abi.Pack("batchSetAddressFrozen", userAddresses, freeze)
}

// PackBatchTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88d695b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchTransfer(address[] _toList, uint256[] _amounts) returns()
func (iERC3643 *IERC3643) PackBatchTransfer(toList []common.Address, amounts []*big.Int) []byte {
	enc, err := iERC3643.abi.Pack("batchTransfer", toList, amounts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88d695b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchTransfer(address[] _toList, uint256[] _amounts) returns()
func (iERC3643 *IERC3643) TryPackBatchTransfer(toList []common.Address, amounts []*big.Int) ([]byte, error) {
	return iERC3643.abi.Pack("batchTransfer", toList, amounts)
}

// PackBatchUnfreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4710362d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchUnfreezePartialTokens(address[] _userAddresses, uint256[] _amounts) returns()
func (iERC3643 *IERC3643) PackBatchUnfreezePartialTokens(userAddresses []common.Address, amounts []*big.Int) []byte {
	enc, err := iERC3643.abi.Pack("batchUnfreezePartialTokens", userAddresses, amounts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchUnfreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4710362d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchUnfreezePartialTokens(address[] _userAddresses, uint256[] _amounts) returns()
func (iERC3643 *IERC3643) TryPackBatchUnfreezePartialTokens(userAddresses []common.Address, amounts []*big.Int) ([]byte, error) {
	return iERC3643.abi.Pack("batchUnfreezePartialTokens", userAddresses, amounts)
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dc29fac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(address _userAddress, uint256 _amount) returns()
func (iERC3643 *IERC3643) PackBurn(userAddress common.Address, amount *big.Int) []byte {
	enc, err := iERC3643.abi.Pack("burn", userAddress, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dc29fac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(address _userAddress, uint256 _amount) returns()
func (iERC3643 *IERC3643) TryPackBurn(userAddress common.Address, amount *big.Int) ([]byte, error) {
	return iERC3643.abi.Pack("burn", userAddress, amount)
}

// PackCompliance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6290865d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compliance() view returns(address)
func (iERC3643 *IERC3643) PackCompliance() []byte {
	enc, err := iERC3643.abi.Pack("compliance")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompliance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6290865d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compliance() view returns(address)
func (iERC3643 *IERC3643) TryPackCompliance() ([]byte, error) {
	return iERC3643.abi.Pack("compliance")
}

// UnpackCompliance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6290865d.
//
// Solidity: function compliance() view returns(address)
func (iERC3643 *IERC3643) UnpackCompliance(data []byte) (common.Address, error) {
	out, err := iERC3643.abi.Unpack("compliance", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (iERC3643 *IERC3643) PackDecimals() []byte {
	enc, err := iERC3643.abi.Pack("decimals")
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
func (iERC3643 *IERC3643) TryPackDecimals() ([]byte, error) {
	return iERC3643.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (iERC3643 *IERC3643) UnpackDecimals(data []byte) (uint8, error) {
	out, err := iERC3643.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackForcedTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fc1d0e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedTransfer(address _from, address _to, uint256 _amount) returns(bool)
func (iERC3643 *IERC3643) PackForcedTransfer(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := iERC3643.abi.Pack("forcedTransfer", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fc1d0e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedTransfer(address _from, address _to, uint256 _amount) returns(bool)
func (iERC3643 *IERC3643) TryPackForcedTransfer(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return iERC3643.abi.Pack("forcedTransfer", from, to, amount)
}

// UnpackForcedTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fc1d0e7.
//
// Solidity: function forcedTransfer(address _from, address _to, uint256 _amount) returns(bool)
func (iERC3643 *IERC3643) UnpackForcedTransfer(data []byte) (bool, error) {
	out, err := iERC3643.abi.Unpack("forcedTransfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackFreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x125c4a33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function freezePartialTokens(address _userAddress, uint256 _amount) returns()
func (iERC3643 *IERC3643) PackFreezePartialTokens(userAddress common.Address, amount *big.Int) []byte {
	enc, err := iERC3643.abi.Pack("freezePartialTokens", userAddress, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x125c4a33.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function freezePartialTokens(address _userAddress, uint256 _amount) returns()
func (iERC3643 *IERC3643) TryPackFreezePartialTokens(userAddress common.Address, amount *big.Int) ([]byte, error) {
	return iERC3643.abi.Pack("freezePartialTokens", userAddress, amount)
}

// PackGetFrozenTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x158b1a57.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getFrozenTokens(address _userAddress) view returns(uint256)
func (iERC3643 *IERC3643) PackGetFrozenTokens(userAddress common.Address) []byte {
	enc, err := iERC3643.abi.Pack("getFrozenTokens", userAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetFrozenTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x158b1a57.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getFrozenTokens(address _userAddress) view returns(uint256)
func (iERC3643 *IERC3643) TryPackGetFrozenTokens(userAddress common.Address) ([]byte, error) {
	return iERC3643.abi.Pack("getFrozenTokens", userAddress)
}

// UnpackGetFrozenTokens is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x158b1a57.
//
// Solidity: function getFrozenTokens(address _userAddress) view returns(uint256)
func (iERC3643 *IERC3643) UnpackGetFrozenTokens(data []byte) (*big.Int, error) {
	out, err := iERC3643.abi.Unpack("getFrozenTokens", data)
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
func (iERC3643 *IERC3643) PackIdentityRegistry() []byte {
	enc, err := iERC3643.abi.Pack("identityRegistry")
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
func (iERC3643 *IERC3643) TryPackIdentityRegistry() ([]byte, error) {
	return iERC3643.abi.Pack("identityRegistry")
}

// UnpackIdentityRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x134e18f4.
//
// Solidity: function identityRegistry() view returns(address)
func (iERC3643 *IERC3643) UnpackIdentityRegistry(data []byte) (common.Address, error) {
	out, err := iERC3643.abi.Unpack("identityRegistry", data)
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
// Solidity: function isFrozen(address _userAddress) view returns(bool)
func (iERC3643 *IERC3643) PackIsFrozen(userAddress common.Address) []byte {
	enc, err := iERC3643.abi.Pack("isFrozen", userAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5839836.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isFrozen(address _userAddress) view returns(bool)
func (iERC3643 *IERC3643) TryPackIsFrozen(userAddress common.Address) ([]byte, error) {
	return iERC3643.abi.Pack("isFrozen", userAddress)
}

// UnpackIsFrozen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5839836.
//
// Solidity: function isFrozen(address _userAddress) view returns(bool)
func (iERC3643 *IERC3643) UnpackIsFrozen(data []byte) (bool, error) {
	out, err := iERC3643.abi.Unpack("isFrozen", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address _to, uint256 _amount) returns()
func (iERC3643 *IERC3643) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := iERC3643.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address _to, uint256 _amount) returns()
func (iERC3643 *IERC3643) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return iERC3643.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (iERC3643 *IERC3643) PackName() []byte {
	enc, err := iERC3643.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (iERC3643 *IERC3643) TryPackName() ([]byte, error) {
	return iERC3643.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (iERC3643 *IERC3643) UnpackName(data []byte) (string, error) {
	out, err := iERC3643.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOnchainID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaba63705.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onchainID() view returns(address)
func (iERC3643 *IERC3643) PackOnchainID() []byte {
	enc, err := iERC3643.abi.Pack("onchainID")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnchainID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaba63705.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onchainID() view returns(address)
func (iERC3643 *IERC3643) TryPackOnchainID() ([]byte, error) {
	return iERC3643.abi.Pack("onchainID")
}

// UnpackOnchainID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaba63705.
//
// Solidity: function onchainID() view returns(address)
func (iERC3643 *IERC3643) UnpackOnchainID(data []byte) (common.Address, error) {
	out, err := iERC3643.abi.Unpack("onchainID", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (iERC3643 *IERC3643) PackPause() []byte {
	enc, err := iERC3643.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (iERC3643 *IERC3643) TryPackPause() ([]byte, error) {
	return iERC3643.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (iERC3643 *IERC3643) PackPaused() []byte {
	enc, err := iERC3643.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (iERC3643 *IERC3643) TryPackPaused() ([]byte, error) {
	return iERC3643.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (iERC3643 *IERC3643) UnpackPaused(data []byte) (bool, error) {
	out, err := iERC3643.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRecoveryAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9285948a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recoveryAddress(address _lostWallet, address _newWallet, address _investorOnchainID) returns(bool)
func (iERC3643 *IERC3643) PackRecoveryAddress(lostWallet common.Address, newWallet common.Address, investorOnchainID common.Address) []byte {
	enc, err := iERC3643.abi.Pack("recoveryAddress", lostWallet, newWallet, investorOnchainID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecoveryAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9285948a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recoveryAddress(address _lostWallet, address _newWallet, address _investorOnchainID) returns(bool)
func (iERC3643 *IERC3643) TryPackRecoveryAddress(lostWallet common.Address, newWallet common.Address, investorOnchainID common.Address) ([]byte, error) {
	return iERC3643.abi.Pack("recoveryAddress", lostWallet, newWallet, investorOnchainID)
}

// UnpackRecoveryAddress is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9285948a.
//
// Solidity: function recoveryAddress(address _lostWallet, address _newWallet, address _investorOnchainID) returns(bool)
func (iERC3643 *IERC3643) UnpackRecoveryAddress(data []byte) (bool, error) {
	out, err := iERC3643.abi.Unpack("recoveryAddress", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSetAddressFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc69c09cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAddressFrozen(address _userAddress, bool _freeze) returns()
func (iERC3643 *IERC3643) PackSetAddressFrozen(userAddress common.Address, freeze bool) []byte {
	enc, err := iERC3643.abi.Pack("setAddressFrozen", userAddress, freeze)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAddressFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc69c09cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAddressFrozen(address _userAddress, bool _freeze) returns()
func (iERC3643 *IERC3643) TryPackSetAddressFrozen(userAddress common.Address, freeze bool) ([]byte, error) {
	return iERC3643.abi.Pack("setAddressFrozen", userAddress, freeze)
}

// PackSetCompliance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8981789.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCompliance(address _compliance) returns()
func (iERC3643 *IERC3643) PackSetCompliance(compliance common.Address) []byte {
	enc, err := iERC3643.abi.Pack("setCompliance", compliance)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCompliance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8981789.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCompliance(address _compliance) returns()
func (iERC3643 *IERC3643) TryPackSetCompliance(compliance common.Address) ([]byte, error) {
	return iERC3643.abi.Pack("setCompliance", compliance)
}

// PackSetIdentityRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbf3f861.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setIdentityRegistry(address _identityRegistry) returns()
func (iERC3643 *IERC3643) PackSetIdentityRegistry(identityRegistry common.Address) []byte {
	enc, err := iERC3643.abi.Pack("setIdentityRegistry", identityRegistry)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetIdentityRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbf3f861.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setIdentityRegistry(address _identityRegistry) returns()
func (iERC3643 *IERC3643) TryPackSetIdentityRegistry(identityRegistry common.Address) ([]byte, error) {
	return iERC3643.abi.Pack("setIdentityRegistry", identityRegistry)
}

// PackSetName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc47f0027.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setName(string _name) returns()
func (iERC3643 *IERC3643) PackSetName(name string) []byte {
	enc, err := iERC3643.abi.Pack("setName", name)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc47f0027.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setName(string _name) returns()
func (iERC3643 *IERC3643) TryPackSetName(name string) ([]byte, error) {
	return iERC3643.abi.Pack("setName", name)
}

// PackSetOnchainID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d1ddc5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setOnchainID(address _onchainID) returns()
func (iERC3643 *IERC3643) PackSetOnchainID(onchainID common.Address) []byte {
	enc, err := iERC3643.abi.Pack("setOnchainID", onchainID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetOnchainID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d1ddc5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setOnchainID(address _onchainID) returns()
func (iERC3643 *IERC3643) TryPackSetOnchainID(onchainID common.Address) ([]byte, error) {
	return iERC3643.abi.Pack("setOnchainID", onchainID)
}

// PackSetSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb84c8246.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSymbol(string _symbol) returns()
func (iERC3643 *IERC3643) PackSetSymbol(symbol string) []byte {
	enc, err := iERC3643.abi.Pack("setSymbol", symbol)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb84c8246.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSymbol(string _symbol) returns()
func (iERC3643 *IERC3643) TryPackSetSymbol(symbol string) ([]byte, error) {
	return iERC3643.abi.Pack("setSymbol", symbol)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (iERC3643 *IERC3643) PackSymbol() []byte {
	enc, err := iERC3643.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (iERC3643 *IERC3643) TryPackSymbol() ([]byte, error) {
	return iERC3643.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (iERC3643 *IERC3643) UnpackSymbol(data []byte) (string, error) {
	out, err := iERC3643.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (iERC3643 *IERC3643) PackTotalSupply() []byte {
	enc, err := iERC3643.abi.Pack("totalSupply")
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
func (iERC3643 *IERC3643) TryPackTotalSupply() ([]byte, error) {
	return iERC3643.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (iERC3643 *IERC3643) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := iERC3643.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (iERC3643 *IERC3643) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := iERC3643.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (iERC3643 *IERC3643) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return iERC3643.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (iERC3643 *IERC3643) UnpackTransfer(data []byte) (bool, error) {
	out, err := iERC3643.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (iERC3643 *IERC3643) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := iERC3643.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (iERC3643 *IERC3643) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return iERC3643.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (iERC3643 *IERC3643) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := iERC3643.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUnfreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fe56f7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unfreezePartialTokens(address _userAddress, uint256 _amount) returns()
func (iERC3643 *IERC3643) PackUnfreezePartialTokens(userAddress common.Address, amount *big.Int) []byte {
	enc, err := iERC3643.abi.Pack("unfreezePartialTokens", userAddress, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnfreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fe56f7d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unfreezePartialTokens(address _userAddress, uint256 _amount) returns()
func (iERC3643 *IERC3643) TryPackUnfreezePartialTokens(userAddress common.Address, amount *big.Int) ([]byte, error) {
	return iERC3643.abi.Pack("unfreezePartialTokens", userAddress, amount)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (iERC3643 *IERC3643) PackUnpause() []byte {
	enc, err := iERC3643.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (iERC3643 *IERC3643) TryPackUnpause() ([]byte, error) {
	return iERC3643.abi.Pack("unpause")
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() view returns(string)
func (iERC3643 *IERC3643) PackVersion() []byte {
	enc, err := iERC3643.abi.Pack("version")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function version() view returns(string)
func (iERC3643 *IERC3643) TryPackVersion() ([]byte, error) {
	return iERC3643.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() view returns(string)
func (iERC3643 *IERC3643) UnpackVersion(data []byte) (string, error) {
	out, err := iERC3643.abi.Unpack("version", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// IERC3643AddressFrozen represents a AddressFrozen event raised by the IERC3643 contract.
type IERC3643AddressFrozen struct {
	UserAddress common.Address
	IsFrozen    bool
	Owner       common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const IERC3643AddressFrozenEventName = "AddressFrozen"

// ContractEventName returns the user-defined event name.
func (IERC3643AddressFrozen) ContractEventName() string {
	return IERC3643AddressFrozenEventName
}

// UnpackAddressFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AddressFrozen(address indexed _userAddress, bool indexed _isFrozen, address indexed _owner)
func (iERC3643 *IERC3643) UnpackAddressFrozenEvent(log *types.Log) (*IERC3643AddressFrozen, error) {
	event := "AddressFrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iERC3643.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IERC3643AddressFrozen)
	if len(log.Data) > 0 {
		if err := iERC3643.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iERC3643.abi.Events[event].Inputs {
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

// IERC3643Approval represents a Approval event raised by the IERC3643 contract.
type IERC3643Approval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const IERC3643ApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (IERC3643Approval) ContractEventName() string {
	return IERC3643ApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (iERC3643 *IERC3643) UnpackApprovalEvent(log *types.Log) (*IERC3643Approval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iERC3643.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IERC3643Approval)
	if len(log.Data) > 0 {
		if err := iERC3643.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iERC3643.abi.Events[event].Inputs {
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

// IERC3643ComplianceAdded represents a ComplianceAdded event raised by the IERC3643 contract.
type IERC3643ComplianceAdded struct {
	Compliance common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const IERC3643ComplianceAddedEventName = "ComplianceAdded"

// ContractEventName returns the user-defined event name.
func (IERC3643ComplianceAdded) ContractEventName() string {
	return IERC3643ComplianceAddedEventName
}

// UnpackComplianceAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ComplianceAdded(address indexed _compliance)
func (iERC3643 *IERC3643) UnpackComplianceAddedEvent(log *types.Log) (*IERC3643ComplianceAdded, error) {
	event := "ComplianceAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iERC3643.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IERC3643ComplianceAdded)
	if len(log.Data) > 0 {
		if err := iERC3643.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iERC3643.abi.Events[event].Inputs {
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

// IERC3643IdentityRegistryAdded represents a IdentityRegistryAdded event raised by the IERC3643 contract.
type IERC3643IdentityRegistryAdded struct {
	IdentityRegistry common.Address
	Raw              *types.Log // Blockchain specific contextual infos
}

const IERC3643IdentityRegistryAddedEventName = "IdentityRegistryAdded"

// ContractEventName returns the user-defined event name.
func (IERC3643IdentityRegistryAdded) ContractEventName() string {
	return IERC3643IdentityRegistryAddedEventName
}

// UnpackIdentityRegistryAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IdentityRegistryAdded(address indexed _identityRegistry)
func (iERC3643 *IERC3643) UnpackIdentityRegistryAddedEvent(log *types.Log) (*IERC3643IdentityRegistryAdded, error) {
	event := "IdentityRegistryAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iERC3643.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IERC3643IdentityRegistryAdded)
	if len(log.Data) > 0 {
		if err := iERC3643.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iERC3643.abi.Events[event].Inputs {
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

// IERC3643Paused represents a Paused event raised by the IERC3643 contract.
type IERC3643Paused struct {
	UserAddress common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const IERC3643PausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (IERC3643Paused) ContractEventName() string {
	return IERC3643PausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address _userAddress)
func (iERC3643 *IERC3643) UnpackPausedEvent(log *types.Log) (*IERC3643Paused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iERC3643.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IERC3643Paused)
	if len(log.Data) > 0 {
		if err := iERC3643.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iERC3643.abi.Events[event].Inputs {
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

// IERC3643RecoverySuccess represents a RecoverySuccess event raised by the IERC3643 contract.
type IERC3643RecoverySuccess struct {
	LostWallet        common.Address
	NewWallet         common.Address
	InvestorOnchainID common.Address
	Raw               *types.Log // Blockchain specific contextual infos
}

const IERC3643RecoverySuccessEventName = "RecoverySuccess"

// ContractEventName returns the user-defined event name.
func (IERC3643RecoverySuccess) ContractEventName() string {
	return IERC3643RecoverySuccessEventName
}

// UnpackRecoverySuccessEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RecoverySuccess(address indexed _lostWallet, address indexed _newWallet, address indexed _investorOnchainID)
func (iERC3643 *IERC3643) UnpackRecoverySuccessEvent(log *types.Log) (*IERC3643RecoverySuccess, error) {
	event := "RecoverySuccess"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iERC3643.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IERC3643RecoverySuccess)
	if len(log.Data) > 0 {
		if err := iERC3643.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iERC3643.abi.Events[event].Inputs {
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

// IERC3643TokensFrozen represents a TokensFrozen event raised by the IERC3643 contract.
type IERC3643TokensFrozen struct {
	UserAddress common.Address
	Amount      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const IERC3643TokensFrozenEventName = "TokensFrozen"

// ContractEventName returns the user-defined event name.
func (IERC3643TokensFrozen) ContractEventName() string {
	return IERC3643TokensFrozenEventName
}

// UnpackTokensFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokensFrozen(address indexed _userAddress, uint256 _amount)
func (iERC3643 *IERC3643) UnpackTokensFrozenEvent(log *types.Log) (*IERC3643TokensFrozen, error) {
	event := "TokensFrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iERC3643.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IERC3643TokensFrozen)
	if len(log.Data) > 0 {
		if err := iERC3643.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iERC3643.abi.Events[event].Inputs {
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

// IERC3643TokensUnfrozen represents a TokensUnfrozen event raised by the IERC3643 contract.
type IERC3643TokensUnfrozen struct {
	UserAddress common.Address
	Amount      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const IERC3643TokensUnfrozenEventName = "TokensUnfrozen"

// ContractEventName returns the user-defined event name.
func (IERC3643TokensUnfrozen) ContractEventName() string {
	return IERC3643TokensUnfrozenEventName
}

// UnpackTokensUnfrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokensUnfrozen(address indexed _userAddress, uint256 _amount)
func (iERC3643 *IERC3643) UnpackTokensUnfrozenEvent(log *types.Log) (*IERC3643TokensUnfrozen, error) {
	event := "TokensUnfrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iERC3643.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IERC3643TokensUnfrozen)
	if len(log.Data) > 0 {
		if err := iERC3643.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iERC3643.abi.Events[event].Inputs {
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

// IERC3643Transfer represents a Transfer event raised by the IERC3643 contract.
type IERC3643Transfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const IERC3643TransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (IERC3643Transfer) ContractEventName() string {
	return IERC3643TransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (iERC3643 *IERC3643) UnpackTransferEvent(log *types.Log) (*IERC3643Transfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iERC3643.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IERC3643Transfer)
	if len(log.Data) > 0 {
		if err := iERC3643.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iERC3643.abi.Events[event].Inputs {
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

// IERC3643Unpaused represents a Unpaused event raised by the IERC3643 contract.
type IERC3643Unpaused struct {
	UserAddress common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const IERC3643UnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (IERC3643Unpaused) ContractEventName() string {
	return IERC3643UnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address _userAddress)
func (iERC3643 *IERC3643) UnpackUnpausedEvent(log *types.Log) (*IERC3643Unpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iERC3643.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IERC3643Unpaused)
	if len(log.Data) > 0 {
		if err := iERC3643.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iERC3643.abi.Events[event].Inputs {
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

// IERC3643UpdatedTokenInformation represents a UpdatedTokenInformation event raised by the IERC3643 contract.
type IERC3643UpdatedTokenInformation struct {
	NewName      common.Hash
	NewSymbol    common.Hash
	NewDecimals  uint8
	NewVersion   string
	NewOnchainID common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const IERC3643UpdatedTokenInformationEventName = "UpdatedTokenInformation"

// ContractEventName returns the user-defined event name.
func (IERC3643UpdatedTokenInformation) ContractEventName() string {
	return IERC3643UpdatedTokenInformationEventName
}

// UnpackUpdatedTokenInformationEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UpdatedTokenInformation(string indexed _newName, string indexed _newSymbol, uint8 _newDecimals, string _newVersion, address indexed _newOnchainID)
func (iERC3643 *IERC3643) UnpackUpdatedTokenInformationEvent(log *types.Log) (*IERC3643UpdatedTokenInformation, error) {
	event := "UpdatedTokenInformation"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iERC3643.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IERC3643UpdatedTokenInformation)
	if len(log.Data) > 0 {
		if err := iERC3643.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iERC3643.abi.Events[event].Inputs {
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
