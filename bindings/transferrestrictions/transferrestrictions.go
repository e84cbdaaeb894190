// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package transferrestrictions

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

// TransferRestrictionsMetaData contains all meta data concerning the TransferRestrictions contract.
var TransferRestrictionsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"name\":\"message\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "TransferRestrictions",
	Bin: "0x6105a7610034600b8282823980515f1a607314602857634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe7300000000000000000000000000000000000000003014608060405260043610610034575f3560e01c8063b466536a14610038575b5f5ffd5b61004b61004636600461036d565b610061565b6040516100589190610394565b60405180910390f35b606060ff821661009557505060408051808201909152600e81526d3737903932b9ba3934b1ba34b7b760911b602082015290565b604f1960ff8316016100d15750506040805180820190915260148152731d1c985b9cd9995c9cc8185c99481c185d5cd95960621b602082015290565b60501960ff83160161011657505060408051808201909152601881527f73656e64657220616464726573732069732066726f7a656e0000000000000000602082015290565b60511960ff83160161015b57505060408051808201909152601a81527f726563656976657220616464726573732069732066726f7a656e000000000000602082015290565b60521960ff831601610186576040518060600160405280602181526020016105516021913992915050565b60531960ff8316016101b1576040518060600160405280602381526020016105046023913992915050565b60541960ff8316016101dc576040518060600160405280602181526020016104566021913992915050565b60551960ff831601610207576040518060600160405280602d81526020016104d7602d913992915050565b60561960ff831601610232576040518060600160405280602c8152602001610477602c913992915050565b60571960ff83160161025d576040518060600160405280602a8152602001610527602a913992915050565b60581960ff8316016102885760405180606001604052806023815260200161040d6023913992915050565b60591960ff8316016102b3576040518060600160405280603481526020016104a36034913992915050565b605a1960ff8316016102de576040518060600160405280602281526020016103ca6022913992915050565b605b1960ff831601610309576040518060600160405280602181526020016103ec6021913992915050565b605c1960ff831601610334576040518060600160405280602681526020016104306026913992915050565b505060408051808201909152601881527f756e6b6e6f776e207265737472696374696f6e20636f64650000000000000000602082015290565b5f6020828403121561037d575f5ffd5b813560ff8116811461038d575f5ffd5b9392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f8301168401019150509291505056fe61737365742076616c756174696f6e206973207374616c65206f722070617573656464656564206973206e6f74206c6f636b656420696e746f2074686520746f6b656e6d6178696d756d206e756d626572206f6620696e766573746f7273207265616368656464656564206973206c6f636b656420696e746f20697473206672616374696f6e20746f6b656e7265636569766572277320636f756e747279206973206e6f7420616c6c6f776564616d6f756e742065786365656473207468652073656e646572277320756e66726f7a656e2062616c616e63657265636569766572277320696e766573746f7220776f756c642065786365656420746865206d6178696d756d2062616c616e63657265636569766572206c61636b732074686520726571756972656420656c69676962696c69747920666c6167737265636569766572206973206e6f74206120766572696669656420696e766573746f72616d6f756e7420696e636c7564657320746f6b656e73207374696c6c20756e646572206c6f636b2d757073656e646572206973206e6f74206120766572696669656420696e766573746f72a2646970667358221220ec0caf85c4ad646632a3a89ea5414db842c52d5e4e36a860880d58d76a4924f164736f6c63430008250033",
}

// TransferRestrictions is an auto generated Go binding around an Ethereum contract.
type TransferRestrictions struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TransferRestrictions) GetABI() abi.ABI {
	return c.abi
}

// NewTransferRestrictions creates a new instance of TransferRestrictions.
func NewTransferRestrictions() *TransferRestrictions {
	parsed, err := TransferRestrictionsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TransferRestrictions{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TransferRestrictions) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMessage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb466536a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function message(uint8 code) pure returns(string)
func (transferRestrictions *TransferRestrictions) PackMessage(code uint8) []byte {
	enc, err := transferRestrictions.abi.Pack("message", code)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMessage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb466536a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function message(uint8 code) pure returns(string)
func (transferRestrictions *TransferRestrictions) TryPackMessage(code uint8) ([]byte, error) {
	return transferRestrictions.abi.Pack("message", code)
}

// UnpackMessage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb466536a.
//
// Solidity: function message(uint8 code) pure returns(string)
func (transferRestrictions *TransferRestrictions) UnpackMessage(data []byte) (string, error) {
	out, err := transferRestrictions.abi.Unpack("message", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}
