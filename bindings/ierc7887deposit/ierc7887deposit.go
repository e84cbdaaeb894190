// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package ierc7887deposit

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

// IERC7887DepositMetaData contains all meta data concerning the IERC7887Deposit contract.
var IERC7887DepositMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"CancelDepositClaim\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"CancelDepositRequest\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"cancelDepositRequest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"claimCancelDepositRequest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"claimableCancelDepositRequest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"pendingCancelDepositRequest\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"isPending\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "IERC7887Deposit",
}

// IERC7887Deposit is an auto generated Go binding around an Ethereum contract.
type IERC7887Deposit struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IERC7887Deposit) GetABI() abi.ABI {
	return c.abi
}

// NewIERC7887Deposit creates a new instance of IERC7887Deposit.
func NewIERC7887Deposit() *IERC7887Deposit {
	parsed, err := IERC7887DepositMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IERC7887Deposit{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IERC7887Deposit) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCancelDepositRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9cf0634.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDepositRequest(uint256 requestId, address controller) returns()
func (iERC7887Deposit *IERC7887Deposit) PackCancelDepositRequest(requestId *big.Int, controller common.Address) []byte {
	enc, err := iERC7887Deposit.abi.Pack("cancelDepositRequest", requestId, controller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelDepositRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9cf0634.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelDepositRequest(uint256 requestId, address controller) returns()
func (iERC7887Deposit *IERC7887Deposit) TryPackCancelDepositRequest(requestId *big.Int, controller common.Address) ([]byte, error) {
	return iERC7887Deposit.abi.Pack("cancelDepositRequest", requestId, controller)
}

// PackClaimCancelDepositRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69d77a44.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimCancelDepositRequest(uint256 requestId, address receiver, address controller) returns(uint256 assets)
func (iERC7887Deposit *IERC7887Deposit) PackClaimCancelDepositRequest(requestId *big.Int, receiver common.Address, controller common.Address) []byte {
	enc, err := iERC7887Deposit.abi.Pack("claimCancelDepositRequest", requestId, receiver, controller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimCancelDepositRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69d77a44.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimCancelDepositRequest(uint256 requestId, address receiver, address controller) returns(uint256 assets)
func (iERC7887Deposit *IERC7887Deposit) TryPackClaimCancelDepositRequest(requestId *big.Int, receiver common.Address, controller common.Address) ([]byte, error) {
	return iERC7887Deposit.abi.Pack("claimCancelDepositRequest", requestId, receiver, controller)
}

// UnpackClaimCancelDepositRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x69d77a44.
//
// Solidity: function claimCancelDepositRequest(uint256 requestId, address receiver, address controller) returns(uint256 assets)
func (iERC7887Deposit *IERC7887Deposit) UnpackClaimCancelDepositRequest(data []byte) (*big.Int, error) {
	out, err := iERC7887Deposit.abi.Unpack("claimCancelDepositRequest", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimableCancelDepositRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaabb5922.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimableCancelDepositRequest(uint256 requestId, address controller) view returns(uint256 assets)
func (iERC7887Deposit *IERC7887Deposit) PackClaimableCancelDepositRequest(requestId *big.Int, controller common.Address) []byte {
	enc, err := iERC7887Deposit.abi.Pack("claimableCancelDepositRequest", requestId, controller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimableCancelDepositRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaabb5922.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimableCancelDepositRequest(uint256 requestId, address controller) view returns(uint256 assets)
func (iERC7887Deposit *IERC7887Deposit) TryPackClaimableCancelDepositRequest(requestId *big.Int, controller common.Address) ([]byte, error) {
	return iERC7887Deposit.abi.Pack("claimableCancelDepositRequest", requestId, controller)
}

// UnpackClaimableCancelDepositRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaabb5922.
//
// Solidity: function claimableCancelDepositRequest(uint256 requestId, address controller) view returns(uint256 assets)
func (iERC7887Deposit *IERC7887Deposit) UnpackClaimableCancelDepositRequest(data []byte) (*big.Int, error) {
	out, err := iERC7887Deposit.abi.Unpack("claimableCancelDepositRequest", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPendingCancelDepositRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf15b65b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingCancelDepositRequest(uint256 requestId, address controller) view returns(bool isPending)
func (iERC7887Deposit *IERC7887Deposit) PackPendingCancelDepositRequest(requestId *big.Int, controller common.Address) []byte {
	enc, err := iERC7887Deposit.abi.Pack("pendingCancelDepositRequest", requestId, controller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingCancelDepositRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf15b65b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingCancelDepositRequest(uint256 requestId, address controller) view returns(bool isPending)
func (iERC7887Deposit *IERC7887Deposit) TryPackPendingCancelDepositRequest(requestId *big.Int, controller common.Address) ([]byte, error) {
	return iERC7887Deposit.abi.Pack("pendingCancelDepositRequest", requestId, controller)
}

// UnpackPendingCancelDepositRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf15b65b1.
//
// Solidity: function pendingCancelDepositRequest(uint256 requestId, address controller) view returns(bool isPending)
func (iERC7887Deposit *IERC7887Deposit) UnpackPendingCancelDepositRequest(data []byte) (bool, error) {
	out, err := iERC7887Deposit.abi.Unpack("pendingCancelDepositRequest", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// IERC7887DepositCancelDepositClaim represents a CancelDepositClaim event raised by the IERC7887Deposit contract.
type IERC7887DepositCancelDepositClaim struct {
	Controller common.Address
	Receiver   common.Address
	RequestId  *big.Int
	Sender     common.Address
	Assets     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const IERC7887DepositCancelDepositClaimEventName = "CancelDepositClaim"

// ContractEventName returns the user-defined event name.
func (IERC7887DepositCancelDepositClaim) ContractEventName() string {
	return IERC7887DepositCancelDepositClaimEventName
}

// UnpackCancelDepositClaimEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CancelDepositClaim(address indexed controller, address indexed receiver, uint256 indexed requestId, address sender, uint256 assets)
func (iERC7887Deposit *IERC7887Deposit) UnpackCancelDepositClaimEvent(log *types.Log) (*IERC7887DepositCancelDepositClaim, error) {
	event := "CancelDepositClaim"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iERC7887Deposit.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IERC7887DepositCancelDepositClaim)
	if len(log.Data) > 0 {
		if err := iERC7887Deposit.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iERC7887Deposit.abi.Events[event].Inputs {
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

// IERC7887DepositCancelDepositRequest represents a CancelDepositRequest event raised by the IERC7887Deposit contract.
type IERC7887DepositCancelDepositRequest struct {
	Controller common.Address
	RequestId  *big.Int
	Sender     common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const IERC7887DepositCancelDepositRequestEventName = "CancelDepositRequest"

// ContractEventName returns the user-defined event name.
func (IERC7887DepositCancelDepositRequest) ContractEventName() string {
	return IERC7887DepositCancelDepositRequestEventName
}

// UnpackCancelDepositRequestEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CancelDepositRequest(address indexed controller, uint256 indexed requestId, address sender)
func (iERC7887Deposit *IERC7887Deposit) UnpackCancelDepositRequestEvent(log *types.Log) (*IERC7887DepositCancelDepositRequest, error) {
	event := "CancelDepositRequest"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iERC7887Deposit.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IERC7887DepositCancelDepositRequest)
	if len(log.Data) > 0 {
		if err := iERC7887Deposit.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iERC7887Deposit.abi.Events[event].Inputs {
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
