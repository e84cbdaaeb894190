// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package documents

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

// DocumentsMetaData contains all meta data concerning the Documents contract.
var DocumentsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"DocumentNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidDocument\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"DocumentRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"DocumentUpdated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"getAllDocuments\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"getDocument\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lastModified\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"removeDocument\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"setDocument\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Documents",
}

// Documents is an auto generated Go binding around an Ethereum contract.
type Documents struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Documents) GetABI() abi.ABI {
	return c.abi
}

// NewDocuments creates a new instance of Documents.
func NewDocuments() *Documents {
	parsed, err := DocumentsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Documents{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Documents) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackGetAllDocuments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fa5f50b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAllDocuments() view returns(bytes32[])
func (documents *Documents) PackGetAllDocuments() []byte {
	enc, err := documents.abi.Pack("getAllDocuments")
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
func (documents *Documents) TryPackGetAllDocuments() ([]byte, error) {
	return documents.abi.Pack("getAllDocuments")
}

// UnpackGetAllDocuments is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fa5f50b.
//
// Solidity: function getAllDocuments() view returns(bytes32[])
func (documents *Documents) UnpackGetAllDocuments(data []byte) ([][32]byte, error) {
	out, err := documents.abi.Unpack("getAllDocuments", data)
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
func (documents *Documents) PackGetDocument(name [32]byte) []byte {
	enc, err := documents.abi.Pack("getDocument", name)
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
func (documents *Documents) TryPackGetDocument(name [32]byte) ([]byte, error) {
	return documents.abi.Pack("getDocument", name)
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
func (documents *Documents) UnpackGetDocument(data []byte) (GetDocumentOutput, error) {
	out, err := documents.abi.Unpack("getDocument", data)
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
func (documents *Documents) PackRemoveDocument(name [32]byte) []byte {
	enc, err := documents.abi.Pack("removeDocument", name)
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
func (documents *Documents) TryPackRemoveDocument(name [32]byte) ([]byte, error) {
	return documents.abi.Pack("removeDocument", name)
}

// PackSetDocument is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x010648ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDocument(bytes32 name, string uri, bytes32 documentHash) returns()
func (documents *Documents) PackSetDocument(name [32]byte, uri string, documentHash [32]byte) []byte {
	enc, err := documents.abi.Pack("setDocument", name, uri, documentHash)
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
func (documents *Documents) TryPackSetDocument(name [32]byte, uri string, documentHash [32]byte) ([]byte, error) {
	return documents.abi.Pack("setDocument", name, uri, documentHash)
}

// DocumentsDocumentRemoved represents a DocumentRemoved event raised by the Documents contract.
type DocumentsDocumentRemoved struct {
	Name         [32]byte
	Uri          string
	DocumentHash [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const DocumentsDocumentRemovedEventName = "DocumentRemoved"

// ContractEventName returns the user-defined event name.
func (DocumentsDocumentRemoved) ContractEventName() string {
	return DocumentsDocumentRemovedEventName
}

// UnpackDocumentRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DocumentRemoved(bytes32 indexed name, string uri, bytes32 documentHash)
func (documents *Documents) UnpackDocumentRemovedEvent(log *types.Log) (*DocumentsDocumentRemoved, error) {
	event := "DocumentRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != documents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DocumentsDocumentRemoved)
	if len(log.Data) > 0 {
		if err := documents.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range documents.abi.Events[event].Inputs {
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

// DocumentsDocumentUpdated represents a DocumentUpdated event raised by the Documents contract.
type DocumentsDocumentUpdated struct {
	Name         [32]byte
	Uri          string
	DocumentHash [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const DocumentsDocumentUpdatedEventName = "DocumentUpdated"

// ContractEventName returns the user-defined event name.
func (DocumentsDocumentUpdated) ContractEventName() string {
	return DocumentsDocumentUpdatedEventName
}

// UnpackDocumentUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DocumentUpdated(bytes32 indexed name, string uri, bytes32 documentHash)
func (documents *Documents) UnpackDocumentUpdatedEvent(log *types.Log) (*DocumentsDocumentUpdated, error) {
	event := "DocumentUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != documents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DocumentsDocumentUpdated)
	if len(log.Data) > 0 {
		if err := documents.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range documents.abi.Events[event].Inputs {
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (documents *Documents) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], documents.abi.Errors["DocumentNotFound"].ID.Bytes()[:4]) {
		return documents.UnpackDocumentNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], documents.abi.Errors["InvalidDocument"].ID.Bytes()[:4]) {
		return documents.UnpackInvalidDocumentError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DocumentsDocumentNotFound represents a DocumentNotFound error raised by the Documents contract.
type DocumentsDocumentNotFound struct {
	Name [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DocumentNotFound(bytes32 name)
func DocumentsDocumentNotFoundErrorID() common.Hash {
	return common.HexToHash("0xecdcdca50f5ee48df02cf9f9fe8cd6afeb1edb79bd6ffe286910c624e3653a08")
}

// UnpackDocumentNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DocumentNotFound(bytes32 name)
func (documents *Documents) UnpackDocumentNotFoundError(raw []byte) (*DocumentsDocumentNotFound, error) {
	out := new(DocumentsDocumentNotFound)
	if err := documents.abi.UnpackIntoInterface(out, "DocumentNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DocumentsInvalidDocument represents a InvalidDocument error raised by the Documents contract.
type DocumentsInvalidDocument struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDocument()
func DocumentsInvalidDocumentErrorID() common.Hash {
	return common.HexToHash("0x2c4639c6076f612c21b1e071c0f96de4b3e57b8d35d6e9013086a23bdcc48aef")
}

// UnpackInvalidDocumentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDocument()
func (documents *Documents) UnpackInvalidDocumentError(raw []byte) (*DocumentsInvalidDocument, error) {
	out := new(DocumentsInvalidDocument)
	if err := documents.abi.UnpackIntoInterface(out, "InvalidDocument", raw); err != nil {
		return nil, err
	}
	return out, nil
}
