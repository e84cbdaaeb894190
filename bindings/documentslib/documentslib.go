// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package documentslib

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

// DocumentsLibMetaData contains all meta data concerning the DocumentsLib contract.
var DocumentsLibMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"DocumentNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidDocument\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"DocumentRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"DocumentUpdated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"getAllDocuments\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"getDocument\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lastModified\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "DocumentsLib",
	Bin: "0x610933610034600b8282823980515f1a607314602857634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe7300000000000000000000000000000000000000003014608060405260043610610055575f3560e01c8063010648ca146100595780639fa5f50b1461007a578063b10d6b4114610098578063c3501848146100ba575b5f5ffd5b818015610064575f5ffd5b506100786100733660046105b2565b6100d9565b005b6100826101f5565b60405161008f9190610630565b60405180910390f35b6100ab6100a6366004610672565b61025a565b60405161008f939291906106b7565b8180156100c5575f5ffd5b506100786100d4366004610672565b610338565b8315806100e4575081155b15610102576040516316231ce360e11b815260040160405180910390fd5b5f5f5160206108de5f395f51905f525f868152602082905260408120600281015492935091600160401b900463ffffffff16900361017c576001808301805491820181555f818152602090209091018790555460028201805463ffffffff909216600160401b0263ffffffff60401b199092169190911790555b8061018885878361077d565b506001810183905560028101805467ffffffffffffffff19164267ffffffffffffffff1617905560405186907fb4c22d60cd550a815744f04e3ff5278bf19684565ee00e2b084041b6024bd6f6906101e590889088908890610838565b60405180910390a2505050505050565b60605f5160206108de5f395f51905f5260010180548060200260200160405190810160405280929190818152602001828054801561025057602002820191905f5260205f20905b81548152602001906001019080831161023c575b5050505050905090565b5f8181525f5160206108de5f395f51905f52602052604081206001810154600282015482546060949384939092839267ffffffffffffffff9091169083906102a1906106ef565b80601f01602080910402602001604051908101604052809291908181526020018280546102cd906106ef565b80156103185780601f106102ef57610100808354040283529160200191610318565b820191905f5260205f20905b8154815290600101906020018083116102fb57829003601f168201915b50939c959b505067ffffffffffffffff9093169850929650505050505050565b5f5f5160206108de5f395f51905f525f838152602082905260408120600281015492935091600160401b900463ffffffff16908190036103925760405163ecdcdca560e01b81526004810185905260240160405180910390fd5b5f825f0180546103a1906106ef565b80601f01602080910402602001604051908101604052809291908181526020018280546103cd906106ef565b80156104185780601f106103ef57610100808354040283529160200191610418565b820191905f5260205f20905b8154815290600101906020018083116103fb57829003601f168201915b50505060018087015490880154939450929150508381146104bd575f86600101600183610445919061086f565b8154811061045557610455610894565b905f5260205f20015490508087600101600187610472919061086f565b8154811061048257610482610894565b5f9182526020808320919091019290925591825287905260409020600201805463ffffffff60401b1916600160401b63ffffffff8716021790555b856001018054806104d0576104d06108a8565b5f828152602080822083015f1990810183905590920190925588825287905260408120906104fe8282610560565b505f600182015560020180546bffffffffffffffffffffffff1916905560405187907f3d9bba27d3e360d8c80645beed7e991454a8271bf6f269a24f7782be0f0d06549061054f90869086906108bc565b60405180910390a250505050505050565b50805461056c906106ef565b5f825580601f1061057b575050565b601f0160209004905f5260205f20906105949190610596565b565b5f5b808211156105ad575f81840155600101610598565b505050565b5f5f5f5f606085870312156105c5575f5ffd5b84359350602085013567ffffffffffffffff8111156105e2575f5ffd5b8501601f810187136105f2575f5ffd5b803567ffffffffffffffff811115610608575f5ffd5b876020828401011115610619575f5ffd5b949760209190910196509394604001359392505050565b602080825282518282018190525f918401906040840190835b81811015610667578351835260209384019390920191600101610649565b509095945050505050565b5f60208284031215610682575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b606081525f6106c96060830186610689565b60208301949094525060400152919050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061070357607f821691505b60208210810361072157634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156105ad57828211156105ad57805f5260205f20601f840160051c602085101561075257505f5b90810190601f840160051c035f5b81811015610775575f83820155600101610760565b505050505050565b67ffffffffffffffff831115610795576107956106db565b6107a9836107a383546106ef565b83610727565b5f601f8411600181146107da575f85156107c35750838201355b5f19600387901b1c1916600186901b178355610831565b5f83815260208120601f198716915b8281101561080957868501358255602094850194600190920191016107e9565b5086821015610825575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b60408152826040820152828460608301375f606084830101525f6060601f19601f8601168301019050826020830152949350505050565b8181038181111561088e57634e487b7160e01b5f52601160045260245ffd5b92915050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52603160045260245ffd5b604081525f6108ce6040830185610689565b9050826020830152939250505056fec382eb3e55b1b372a6a41ffcfd45d85c0035785b088589f78675166b67786200a26469706673582212207a6fae3fdd637ec00607c0ae62fcfd683d5a7aaa29e30f0b441228668be079a564736f6c63430008250033",
}

// DocumentsLib is an auto generated Go binding around an Ethereum contract.
type DocumentsLib struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DocumentsLib) GetABI() abi.ABI {
	return c.abi
}

// NewDocumentsLib creates a new instance of DocumentsLib.
func NewDocumentsLib() *DocumentsLib {
	parsed, err := DocumentsLibMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DocumentsLib{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DocumentsLib) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackGetAllDocuments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fa5f50b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAllDocuments() view returns(bytes32[])
func (documentsLib *DocumentsLib) PackGetAllDocuments() []byte {
	enc, err := documentsLib.abi.Pack("getAllDocuments")
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
func (documentsLib *DocumentsLib) TryPackGetAllDocuments() ([]byte, error) {
	return documentsLib.abi.Pack("getAllDocuments")
}

// UnpackGetAllDocuments is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fa5f50b.
//
// Solidity: function getAllDocuments() view returns(bytes32[])
func (documentsLib *DocumentsLib) UnpackGetAllDocuments(data []byte) ([][32]byte, error) {
	out, err := documentsLib.abi.Unpack("getAllDocuments", data)
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
func (documentsLib *DocumentsLib) PackGetDocument(name [32]byte) []byte {
	enc, err := documentsLib.abi.Pack("getDocument", name)
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
func (documentsLib *DocumentsLib) TryPackGetDocument(name [32]byte) ([]byte, error) {
	return documentsLib.abi.Pack("getDocument", name)
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
func (documentsLib *DocumentsLib) UnpackGetDocument(data []byte) (GetDocumentOutput, error) {
	out, err := documentsLib.abi.Unpack("getDocument", data)
	outstruct := new(GetDocumentOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Uri = *abi.ConvertType(out[0], new(string)).(*string)
	outstruct.DocumentHash = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.LastModified = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// DocumentsLibDocumentRemoved represents a DocumentRemoved event raised by the DocumentsLib contract.
type DocumentsLibDocumentRemoved struct {
	Name         [32]byte
	Uri          string
	DocumentHash [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const DocumentsLibDocumentRemovedEventName = "DocumentRemoved"

// ContractEventName returns the user-defined event name.
func (DocumentsLibDocumentRemoved) ContractEventName() string {
	return DocumentsLibDocumentRemovedEventName
}

// UnpackDocumentRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DocumentRemoved(bytes32 indexed name, string uri, bytes32 documentHash)
func (documentsLib *DocumentsLib) UnpackDocumentRemovedEvent(log *types.Log) (*DocumentsLibDocumentRemoved, error) {
	event := "DocumentRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != documentsLib.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DocumentsLibDocumentRemoved)
	if len(log.Data) > 0 {
		if err := documentsLib.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range documentsLib.abi.Events[event].Inputs {
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

// DocumentsLibDocumentUpdated represents a DocumentUpdated event raised by the DocumentsLib contract.
type DocumentsLibDocumentUpdated struct {
	Name         [32]byte
	Uri          string
	DocumentHash [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const DocumentsLibDocumentUpdatedEventName = "DocumentUpdated"

// ContractEventName returns the user-defined event name.
func (DocumentsLibDocumentUpdated) ContractEventName() string {
	return DocumentsLibDocumentUpdatedEventName
}

// UnpackDocumentUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DocumentUpdated(bytes32 indexed name, string uri, bytes32 documentHash)
func (documentsLib *DocumentsLib) UnpackDocumentUpdatedEvent(log *types.Log) (*DocumentsLibDocumentUpdated, error) {
	event := "DocumentUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != documentsLib.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DocumentsLibDocumentUpdated)
	if len(log.Data) > 0 {
		if err := documentsLib.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range documentsLib.abi.Events[event].Inputs {
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
func (documentsLib *DocumentsLib) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], documentsLib.abi.Errors["DocumentNotFound"].ID.Bytes()[:4]) {
		return documentsLib.UnpackDocumentNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], documentsLib.abi.Errors["InvalidDocument"].ID.Bytes()[:4]) {
		return documentsLib.UnpackInvalidDocumentError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DocumentsLibDocumentNotFound represents a DocumentNotFound error raised by the DocumentsLib contract.
type DocumentsLibDocumentNotFound struct {
	Name [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DocumentNotFound(bytes32 name)
func DocumentsLibDocumentNotFoundErrorID() common.Hash {
	return common.HexToHash("0xecdcdca50f5ee48df02cf9f9fe8cd6afeb1edb79bd6ffe286910c624e3653a08")
}

// UnpackDocumentNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DocumentNotFound(bytes32 name)
func (documentsLib *DocumentsLib) UnpackDocumentNotFoundError(raw []byte) (*DocumentsLibDocumentNotFound, error) {
	out := new(DocumentsLibDocumentNotFound)
	if err := documentsLib.abi.UnpackIntoInterface(out, "DocumentNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DocumentsLibInvalidDocument represents a InvalidDocument error raised by the DocumentsLib contract.
type DocumentsLibInvalidDocument struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDocument()
func DocumentsLibInvalidDocumentErrorID() common.Hash {
	return common.HexToHash("0x2c4639c6076f612c21b1e071c0f96de4b3e57b8d35d6e9013086a23bdcc48aef")
}

// UnpackInvalidDocumentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDocument()
func (documentsLib *DocumentsLib) UnpackInvalidDocumentError(raw []byte) (*DocumentsLibInvalidDocument, error) {
	out := new(DocumentsLibInvalidDocument)
	if err := documentsLib.abi.UnpackIntoInterface(out, "InvalidDocument", raw); err != nil {
		return nil, err
	}
	return out, nil
}
