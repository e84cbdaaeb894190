// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package assettokenlocks

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

// AssetTokenLocksMetaData contains all meta data concerning the AssetTokenLocks contract.
var AssetTokenLocksMetaData = bind.MetaData{
	ABI: "[]",
	ID:  "AssetTokenLocks",
	Bin: "0x60556032600b8282823980515f1a607314602657634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe730000000000000000000000000000000000000000301460806040525f5ffdfea26469706673582212204feff9f3c7713bad70a2bc3c47c6870cfc4e429b96c0b17245a366ddbed0d5aa64736f6c63430008250033",
}

// AssetTokenLocks is an auto generated Go binding around an Ethereum contract.
type AssetTokenLocks struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AssetTokenLocks) GetABI() abi.ABI {
	return c.abi
}

// NewAssetTokenLocks creates a new instance of AssetTokenLocks.
func NewAssetTokenLocks() *AssetTokenLocks {
	parsed, err := AssetTokenLocksMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AssetTokenLocks{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AssetTokenLocks) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}
