// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package ierc1643

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

// IERC1643MetaData contains all meta data concerning the IERC1643 contract.
var IERC1643MetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"DocumentRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"DocumentUpdated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"getAllDocuments\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"getDocument\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lastModified\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"removeDocument\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"setDocument\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "IERC1643",
}

// IERC1643 is an auto generated Go binding around an Ethereum contract.
type IERC1643 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IERC1643) GetABI() abi.ABI {
	return c.abi
}

// NewIERC1643 creates a new instance of IERC1643.
func NewIERC1643() *IERC1643 {
	parsed, err := IERC1643MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IERC1643{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IERC1643) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackGetAllDocuments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fa5f50b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAllDocuments() view returns(bytes32[])
func (iERC1643 *IERC1643) PackGetAllDocuments() []byte {
	enc, err := iERC1643.abi.Pack("getAllDocuments")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAllDocuments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fa5f50b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAllDocuments() view returns(bytes32[])
func (iERC1643 *IERC1643) TryPackGetAllDocuments() ([]byte, error) {
	return iERC1643.abi.Pack("getAllDocuments")
}

// UnpackGetAllDocuments is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fa5f50b.
//
// Solidity: function getAllDocuments() view returns(bytes32[])
func (iERC1643 *IERC1643) UnpackGetAllDocuments(data []byte) ([][32]byte, error) {
	out, err := iERC1643.abi.Unpack("getAllDocuments", data)
	if err != nil {
		return *new([][32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)
	return out0, nil
}

// PackGetDocument is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb10d6b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getDocument(bytes32 name) view returns(string uri, bytes32 documentHash, uint256 lastModified)
func (iERC1643 *IERC1643) PackGetDocument(name [32]byte) []byte {
	enc, err := iERC1643.abi.Pack("getDocument", name)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetDocument is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb10d6b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getDocument(bytes32 name) view returns(string uri, bytes32 documentHash, uint256 lastModified)
func (iERC1643 *IERC1643) TryPackGetDocument(name [32]byte) ([]byte, error) {
	return iERC1643.abi.Pack("getDocument", name)
}

// GetDocumentOutput serves as a container for the return parameters of contract
// method GetDocument.
type GetDocumentOutput struct {
	Uri          string
	DocumentHash [32]byte
	LastModified *big.Int
}

// UnpackGetDocument is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb10d6b41.
//
// Solidity: function getDocument(bytes32 name) view returns(string uri, bytes32 documentHash, uint256 lastModified)
func (iERC1643 *IERC1643) UnpackGetDocument(data []byte) (GetDocumentOutput, error) {
	out, err := iERC1643.abi.Unpack("getDocument", data)
	outstruct := new(GetDocumentOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Uri = *abi.ConvertType(out[0], new(string)).(*string)
	outstruct.DocumentHash = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.LastModified = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRemoveDocument is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3501848.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeDocument(bytes32 name) returns()
func (iERC1643 *IERC1643) PackRemoveDocument(name [32]byte) []byte {
	enc, err := iERC1643.abi.Pack("removeDocument", name)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveDocument is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3501848.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeDocument(bytes32 name) returns()
func (iERC1643 *IERC1643) TryPackRemoveDocument(name [32]byte) ([]byte, error) {
	return iERC1643.abi.Pack("removeDocument", name)
}

// PackSetDocument is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x010648ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDocument(bytes32 name, string uri, bytes32 documentHash) returns()
func (iERC1643 *IERC1643) PackSetDocument(name [32]byte, uri string, documentHash [32]byte) []byte {
	enc, err := iERC1643.abi.Pack("setDocument", name, uri, documentHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDocument is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x010648ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDocument(bytes32 name, string uri, bytes32 documentHash) returns()
func (iERC1643 *IERC1643) TryPackSetDocument(name [32]byte, uri string, documentHash [32]byte) ([]byte, error) {
	return iERC1643.abi.Pack("setDocument", name, uri, documentHash)
}

// IERC1643DocumentRemoved represents a DocumentRemoved event raised by the IERC1643 contract.
type IERC1643DocumentRemoved struct {
	Name         [32]byte
	Uri          string
	DocumentHash [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const IERC1643DocumentRemovedEventName = "DocumentRemoved"

// ContractEventName returns the user-defined event name.
func (IERC1643DocumentRemoved) ContractEventName() string {
	return IERC1643DocumentRemovedEventName
}

// UnpackDocumentRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DocumentRemoved(bytes32 indexed name, string uri, bytes32 documentHash)
func (iERC1643 *IERC1643) UnpackDocumentRemovedEvent(log *types.Log) (*IERC1643DocumentRemoved, error) {
	event := "DocumentRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iERC1643.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IERC1643DocumentRemoved)
	if len(log.Data) > 0 {
		if err := iERC1643.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iERC1643.abi.Events[event].Inputs {
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

// IERC1643DocumentUpdated represents a DocumentUpdated event raised by the IERC1643 contract.
type IERC1643DocumentUpdated struct {
	Name         [32]byte
	Uri          string
	DocumentHash [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const IERC1643DocumentUpdatedEventName = "DocumentUpdated"

// ContractEventName returns the user-defined event name.
func (IERC1643DocumentUpdated) ContractEventName() string {
	return IERC1643DocumentUpdatedEventName
}

// UnpackDocumentUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DocumentUpdated(bytes32 indexed name, string uri, bytes32 documentHash)
func (iERC1643 *IERC1643) UnpackDocumentUpdatedEvent(log *types.Log) (*IERC1643DocumentUpdated, error) {
	event := "DocumentUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iERC1643.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IERC1643DocumentUpdated)
	if len(log.Data) > 0 {
		if err := iERC1643.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iERC1643.abi.Events[event].Inputs {
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
