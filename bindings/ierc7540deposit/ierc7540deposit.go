// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package ierc7540deposit

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

// IERC7540DepositMetaData contains all meta data concerning the IERC7540Deposit contract.
var IERC7540DepositMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"DepositRequest\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"claimableDepositRequest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"claimableAssets\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"pendingDepositRequest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"pendingAssets\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"requestDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "IERC7540Deposit",
}

// IERC7540Deposit is an auto generated Go binding around an Ethereum contract.
type IERC7540Deposit struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IERC7540Deposit) GetABI() abi.ABI {
	return c.abi
}

// NewIERC7540Deposit creates a new instance of IERC7540Deposit.
func NewIERC7540Deposit() *IERC7540Deposit {
	parsed, err := IERC7540DepositMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IERC7540Deposit{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IERC7540Deposit) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackClaimableDepositRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x995ea21a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimableDepositRequest(uint256 requestId, address controller) view returns(uint256 claimableAssets)
func (iERC7540Deposit *IERC7540Deposit) PackClaimableDepositRequest(requestId *big.Int, controller common.Address) []byte {
	enc, err := iERC7540Deposit.abi.Pack("claimableDepositRequest", requestId, controller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimableDepositRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x995ea21a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimableDepositRequest(uint256 requestId, address controller) view returns(uint256 claimableAssets)
func (iERC7540Deposit *IERC7540Deposit) TryPackClaimableDepositRequest(requestId *big.Int, controller common.Address) ([]byte, error) {
	return iERC7540Deposit.abi.Pack("claimableDepositRequest", requestId, controller)
}

// UnpackClaimableDepositRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x995ea21a.
//
// Solidity: function claimableDepositRequest(uint256 requestId, address controller) view returns(uint256 claimableAssets)
func (iERC7540Deposit *IERC7540Deposit) UnpackClaimableDepositRequest(data []byte) (*big.Int, error) {
	out, err := iERC7540Deposit.abi.Unpack("claimableDepositRequest", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e2d2984.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint256 assets, address receiver, address controller) returns(uint256 shares)
func (iERC7540Deposit *IERC7540Deposit) PackDeposit(assets *big.Int, receiver common.Address, controller common.Address) []byte {
	enc, err := iERC7540Deposit.abi.Pack("deposit", assets, receiver, controller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e2d2984.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(uint256 assets, address receiver, address controller) returns(uint256 shares)
func (iERC7540Deposit *IERC7540Deposit) TryPackDeposit(assets *big.Int, receiver common.Address, controller common.Address) ([]byte, error) {
	return iERC7540Deposit.abi.Pack("deposit", assets, receiver, controller)
}

// UnpackDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2e2d2984.
//
// Solidity: function deposit(uint256 assets, address receiver, address controller) returns(uint256 shares)
func (iERC7540Deposit *IERC7540Deposit) UnpackDeposit(data []byte) (*big.Int, error) {
	out, err := iERC7540Deposit.abi.Unpack("deposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda39b3e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(uint256 shares, address receiver, address controller) returns(uint256 assets)
func (iERC7540Deposit *IERC7540Deposit) PackMint(shares *big.Int, receiver common.Address, controller common.Address) []byte {
	enc, err := iERC7540Deposit.abi.Pack("mint", shares, receiver, controller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda39b3e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(uint256 shares, address receiver, address controller) returns(uint256 assets)
func (iERC7540Deposit *IERC7540Deposit) TryPackMint(shares *big.Int, receiver common.Address, controller common.Address) ([]byte, error) {
	return iERC7540Deposit.abi.Pack("mint", shares, receiver, controller)
}

// UnpackMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xda39b3e7.
//
// Solidity: function mint(uint256 shares, address receiver, address controller) returns(uint256 assets)
func (iERC7540Deposit *IERC7540Deposit) UnpackMint(data []byte) (*big.Int, error) {
	out, err := iERC7540Deposit.abi.Unpack("mint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPendingDepositRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26c6f96c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingDepositRequest(uint256 requestId, address controller) view returns(uint256 pendingAssets)
func (iERC7540Deposit *IERC7540Deposit) PackPendingDepositRequest(requestId *big.Int, controller common.Address) []byte {
	enc, err := iERC7540Deposit.abi.Pack("pendingDepositRequest", requestId, controller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingDepositRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26c6f96c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingDepositRequest(uint256 requestId, address controller) view returns(uint256 pendingAssets)
func (iERC7540Deposit *IERC7540Deposit) TryPackPendingDepositRequest(requestId *big.Int, controller common.Address) ([]byte, error) {
	return iERC7540Deposit.abi.Pack("pendingDepositRequest", requestId, controller)
}

// UnpackPendingDepositRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x26c6f96c.
//
// Solidity: function pendingDepositRequest(uint256 requestId, address controller) view returns(uint256 pendingAssets)
func (iERC7540Deposit *IERC7540Deposit) UnpackPendingDepositRequest(data []byte) (*big.Int, error) {
	out, err := iERC7540Deposit.abi.Unpack("pendingDepositRequest", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x85b77f45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestDeposit(uint256 assets, address controller, address owner) returns(uint256 requestId)
func (iERC7540Deposit *IERC7540Deposit) PackRequestDeposit(assets *big.Int, controller common.Address, owner common.Address) []byte {
	enc, err := iERC7540Deposit.abi.Pack("requestDeposit", assets, controller, owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x85b77f45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestDeposit(uint256 assets, address controller, address owner) returns(uint256 requestId)
func (iERC7540Deposit *IERC7540Deposit) TryPackRequestDeposit(assets *big.Int, controller common.Address, owner common.Address) ([]byte, error) {
	return iERC7540Deposit.abi.Pack("requestDeposit", assets, controller, owner)
}

// UnpackRequestDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x85b77f45.
//
// Solidity: function requestDeposit(uint256 assets, address controller, address owner) returns(uint256 requestId)
func (iERC7540Deposit *IERC7540Deposit) UnpackRequestDeposit(data []byte) (*big.Int, error) {
	out, err := iERC7540Deposit.abi.Unpack("requestDeposit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// IERC7540DepositDepositRequest represents a DepositRequest event raised by the IERC7540Deposit contract.
type IERC7540DepositDepositRequest struct {
	Controller common.Address
	Owner      common.Address
	RequestId  *big.Int
	Sender     common.Address
	Assets     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const IERC7540DepositDepositRequestEventName = "DepositRequest"

// ContractEventName returns the user-defined event name.
func (IERC7540DepositDepositRequest) ContractEventName() string {
	return IERC7540DepositDepositRequestEventName
}

// UnpackDepositRequestEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DepositRequest(address indexed controller, address indexed owner, uint256 indexed requestId, address sender, uint256 assets)
func (iERC7540Deposit *IERC7540Deposit) UnpackDepositRequestEvent(log *types.Log) (*IERC7540DepositDepositRequest, error) {
	event := "DepositRequest"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iERC7540Deposit.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IERC7540DepositDepositRequest)
	if len(log.Data) > 0 {
		if err := iERC7540Deposit.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iERC7540Deposit.abi.Events[event].Inputs {
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
