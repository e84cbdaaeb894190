// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package ierc7887redeem

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

// IERC7887RedeemMetaData contains all meta data concerning the IERC7887Redeem contract.
var IERC7887RedeemMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"CancelRedeemClaim\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"CancelRedeemRequest\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"cancelRedeemRequest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"claimCancelRedeemRequest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"claimableCancelRedeemRequest\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"controller\",\"type\":\"address\"}],\"name\":\"pendingCancelRedeemRequest\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"isPending\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "IERC7887Redeem",
}

// IERC7887Redeem is an auto generated Go binding around an Ethereum contract.
type IERC7887Redeem struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IERC7887Redeem) GetABI() abi.ABI {
	return c.abi
}

// NewIERC7887Redeem creates a new instance of IERC7887Redeem.
func NewIERC7887Redeem() *IERC7887Redeem {
	parsed, err := IERC7887RedeemMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IERC7887Redeem{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IERC7887Redeem) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCancelRedeemRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b9d9c1f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelRedeemRequest(uint256 requestId, address controller) returns()
func (iERC7887Redeem *IERC7887Redeem) PackCancelRedeemRequest(requestId *big.Int, controller common.Address) []byte {
	enc, err := iERC7887Redeem.abi.Pack("cancelRedeemRequest", requestId, controller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelRedeemRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b9d9c1f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelRedeemRequest(uint256 requestId, address controller) returns()
func (iERC7887Redeem *IERC7887Redeem) TryPackCancelRedeemRequest(requestId *big.Int, controller common.Address) ([]byte, error) {
	return iERC7887Redeem.abi.Pack("cancelRedeemRequest", requestId, controller)
}

// PackClaimCancelRedeemRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00a06d19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimCancelRedeemRequest(uint256 requestId, address receiver, address owner) returns(uint256 shares)
func (iERC7887Redeem *IERC7887Redeem) PackClaimCancelRedeemRequest(requestId *big.Int, receiver common.Address, owner common.Address) []byte {
	enc, err := iERC7887Redeem.abi.Pack("claimCancelRedeemRequest", requestId, receiver, owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimCancelRedeemRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00a06d19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimCancelRedeemRequest(uint256 requestId, address receiver, address owner) returns(uint256 shares)
func (iERC7887Redeem *IERC7887Redeem) TryPackClaimCancelRedeemRequest(requestId *big.Int, receiver common.Address, owner common.Address) ([]byte, error) {
	return iERC7887Redeem.abi.Pack("claimCancelRedeemRequest", requestId, receiver, owner)
}

// UnpackClaimCancelRedeemRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00a06d19.
//
// Solidity: function claimCancelRedeemRequest(uint256 requestId, address receiver, address owner) returns(uint256 shares)
func (iERC7887Redeem *IERC7887Redeem) UnpackClaimCancelRedeemRequest(data []byte) (*big.Int, error) {
	out, err := iERC7887Redeem.abi.Unpack("claimCancelRedeemRequest", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimableCancelRedeemRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb04a5e05.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimableCancelRedeemRequest(uint256 requestId, address controller) view returns(uint256 shares)
func (iERC7887Redeem *IERC7887Redeem) PackClaimableCancelRedeemRequest(requestId *big.Int, controller common.Address) []byte {
	enc, err := iERC7887Redeem.abi.Pack("claimableCancelRedeemRequest", requestId, controller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimableCancelRedeemRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb04a5e05.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimableCancelRedeemRequest(uint256 requestId, address controller) view returns(uint256 shares)
func (iERC7887Redeem *IERC7887Redeem) TryPackClaimableCancelRedeemRequest(requestId *big.Int, controller common.Address) ([]byte, error) {
	return iERC7887Redeem.abi.Pack("claimableCancelRedeemRequest", requestId, controller)
}

// UnpackClaimableCancelRedeemRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb04a5e05.
//
// Solidity: function claimableCancelRedeemRequest(uint256 requestId, address controller) view returns(uint256 shares)
func (iERC7887Redeem *IERC7887Redeem) UnpackClaimableCancelRedeemRequest(data []byte) (*big.Int, error) {
	out, err := iERC7887Redeem.abi.Unpack("claimableCancelRedeemRequest", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPendingCancelRedeemRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c1b50c4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingCancelRedeemRequest(uint256 requestId, address controller) view returns(bool isPending)
func (iERC7887Redeem *IERC7887Redeem) PackPendingCancelRedeemRequest(requestId *big.Int, controller common.Address) []byte {
	enc, err := iERC7887Redeem.abi.Pack("pendingCancelRedeemRequest", requestId, controller)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingCancelRedeemRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c1b50c4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingCancelRedeemRequest(uint256 requestId, address controller) view returns(bool isPending)
func (iERC7887Redeem *IERC7887Redeem) TryPackPendingCancelRedeemRequest(requestId *big.Int, controller common.Address) ([]byte, error) {
	return iERC7887Redeem.abi.Pack("pendingCancelRedeemRequest", requestId, controller)
}

// UnpackPendingCancelRedeemRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7c1b50c4.
//
// Solidity: function pendingCancelRedeemRequest(uint256 requestId, address controller) view returns(bool isPending)
func (iERC7887Redeem *IERC7887Redeem) UnpackPendingCancelRedeemRequest(data []byte) (bool, error) {
	out, err := iERC7887Redeem.abi.Unpack("pendingCancelRedeemRequest", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// IERC7887RedeemCancelRedeemClaim represents a CancelRedeemClaim event raised by the IERC7887Redeem contract.
type IERC7887RedeemCancelRedeemClaim struct {
	Controller common.Address
	Receiver   common.Address
	RequestId  *big.Int
	Sender     common.Address
	Shares     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const IERC7887RedeemCancelRedeemClaimEventName = "CancelRedeemClaim"

// ContractEventName returns the user-defined event name.
func (IERC7887RedeemCancelRedeemClaim) ContractEventName() string {
	return IERC7887RedeemCancelRedeemClaimEventName
}

// UnpackCancelRedeemClaimEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CancelRedeemClaim(address indexed controller, address indexed receiver, uint256 indexed requestId, address sender, uint256 shares)
func (iERC7887Redeem *IERC7887Redeem) UnpackCancelRedeemClaimEvent(log *types.Log) (*IERC7887RedeemCancelRedeemClaim, error) {
	event := "CancelRedeemClaim"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iERC7887Redeem.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IERC7887RedeemCancelRedeemClaim)
	if len(log.Data) > 0 {
		if err := iERC7887Redeem.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iERC7887Redeem.abi.Events[event].Inputs {
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

// IERC7887RedeemCancelRedeemRequest represents a CancelRedeemRequest event raised by the IERC7887Redeem contract.
type IERC7887RedeemCancelRedeemRequest struct {
	Controller common.Address
	RequestId  *big.Int
	Sender     common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const IERC7887RedeemCancelRedeemRequestEventName = "CancelRedeemRequest"

// ContractEventName returns the user-defined event name.
func (IERC7887RedeemCancelRedeemRequest) ContractEventName() string {
	return IERC7887RedeemCancelRedeemRequestEventName
}

// UnpackCancelRedeemRequestEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CancelRedeemRequest(address indexed controller, uint256 indexed requestId, address sender)
func (iERC7887Redeem *IERC7887Redeem) UnpackCancelRedeemRequestEvent(log *types.Log) (*IERC7887RedeemCancelRedeemRequest, error) {
	event := "CancelRedeemRequest"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iERC7887Redeem.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IERC7887RedeemCancelRedeemRequest)
	if len(log.Data) > 0 {
		if err := iERC7887Redeem.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iERC7887Redeem.abi.Events[event].Inputs {
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
