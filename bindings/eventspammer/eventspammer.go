// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package eventspammer

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

// EventSpammerMetaData contains all meta data concerning the EventSpammer contract.
var EventSpammerMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint160\",\"name\":\"first\",\"type\":\"uint160\"},{\"internalType\":\"uint160\",\"name\":\"holders\",\"type\":\"uint160\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint160\",\"name\":\"first\",\"type\":\"uint160\"},{\"internalType\":\"uint160\",\"name\":\"holders\",\"type\":\"uint160\"},{\"internalType\":\"uint160\",\"name\":\"start\",\"type\":\"uint160\"},{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"name\":\"spam\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "EventSpammer",
	Bin: "0x6080604052348015600e575f5ffd5b506102df8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c80635a733d7414610038578063a0c681131461004d575b5f5ffd5b61004b6100463660046101bc565b610060565b005b61004b61005b366004610204565b610121565b5f61006b848461023e565b90505f5b82811015610119575f6001600160a01b03861661008d846001610278565b6001600160a01b0316146100ab576100a6836001610278565b6100ad565b5f5b90506100b98188610278565b6001600160a01b03166100cc8489610278565b6001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef600160405161010791815260200190565b60405180910390a3915060010161006f565b505050505050565b5f5b826001600160a01b0316816001600160a01b0316101561019b576101478185610278565b6001600160a01b03165f6001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8460405161018b91815260200190565b60405180910390a3600101610123565b50505050565b80356001600160a01b03811681146101b7575f5ffd5b919050565b5f5f5f5f608085870312156101cf575f5ffd5b6101d8856101a1565b93506101e6602086016101a1565b92506101f4604086016101a1565b9396929550929360600135925050565b5f5f5f60608486031215610216575f5ffd5b61021f846101a1565b925061022d602085016101a1565b929592945050506040919091013590565b5f6001600160a01b0383168061026257634e487b7160e01b5f52601260045260245ffd5b6001600160a01b03929092169190910692915050565b6001600160a01b0381811683821601908111156102a357634e487b7160e01b5f52601160045260245ffd5b9291505056fea2646970667358221220f09a5dbe2b55c1f745b0cd95efa538d5140b9991074a50e662712d9c1b588e4064736f6c63430008250033",
}

// EventSpammer is an auto generated Go binding around an Ethereum contract.
type EventSpammer struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *EventSpammer) GetABI() abi.ABI {
	return c.abi
}

// NewEventSpammer creates a new instance of EventSpammer.
func NewEventSpammer() *EventSpammer {
	parsed, err := EventSpammerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &EventSpammer{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *EventSpammer) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0c68113.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(uint160 first, uint160 holders, uint256 amount) returns()
func (eventSpammer *EventSpammer) PackMint(first *big.Int, holders *big.Int, amount *big.Int) []byte {
	enc, err := eventSpammer.abi.Pack("mint", first, holders, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0c68113.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(uint160 first, uint160 holders, uint256 amount) returns()
func (eventSpammer *EventSpammer) TryPackMint(first *big.Int, holders *big.Int, amount *big.Int) ([]byte, error) {
	return eventSpammer.abi.Pack("mint", first, holders, amount)
}

// PackSpam is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a733d74.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function spam(uint160 first, uint160 holders, uint160 start, uint256 n) returns()
func (eventSpammer *EventSpammer) PackSpam(first *big.Int, holders *big.Int, start *big.Int, n *big.Int) []byte {
	enc, err := eventSpammer.abi.Pack("spam", first, holders, start, n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSpam is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a733d74.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function spam(uint160 first, uint160 holders, uint160 start, uint256 n) returns()
func (eventSpammer *EventSpammer) TryPackSpam(first *big.Int, holders *big.Int, start *big.Int, n *big.Int) ([]byte, error) {
	return eventSpammer.abi.Pack("spam", first, holders, start, n)
}

// EventSpammerTransfer represents a Transfer event raised by the EventSpammer contract.
type EventSpammerTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const EventSpammerTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (EventSpammerTransfer) ContractEventName() string {
	return EventSpammerTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (eventSpammer *EventSpammer) UnpackTransferEvent(log *types.Log) (*EventSpammerTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eventSpammer.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EventSpammerTransfer)
	if len(log.Data) > 0 {
		if err := eventSpammer.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eventSpammer.abi.Events[event].Inputs {
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
