// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package iassettokencold

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

// IAssetTokenColdLock is an auto generated low-level Go binding around an user-defined struct.
type IAssetTokenColdLock struct {
	Amount *big.Int
	Start  uint64
	Cliff  uint64
	End    uint64
	Reason uint8
	Locked *big.Int
}

// IAssetTokenColdMetaData contains all meta data concerning the IAssetTokenCold contract.
var IAssetTokenColdMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"addAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"addLock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"from\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchBurn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchFreezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchMint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"bool[]\",\"name\":\"frozen\",\"type\":\"bool[]\"}],\"name\":\"batchSetAddressFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchUnfreezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"bindToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"categoryInvestors\",\"outputs\":[{\"internalType\":\"uint256[9]\",\"name\":\"counts\",\"type\":\"uint256[9]\"},{\"internalType\":\"uint256[9]\",\"name\":\"caps\",\"type\":\"uint256[9]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"compliance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"countryInvestors\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"countryRestricted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"created\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deed\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deedId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deedLocked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"destroyed\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"extendedRules\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"minHolding\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"flowbackUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"initialLockup\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"lockupReason\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"forceFullTransfer\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"freezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getFrozenTokens\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getTokenBound\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"investorCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"investorCounting\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"isAgent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"isCountryAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isFrozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"isLiquidateOnly\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"isRequestProcessed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"isTokenBound\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"lockOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"locksOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"}],\"internalType\":\"structIAssetTokenCold.Lock[]\",\"name\":\"locks\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxBalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxCountryShare\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxInvestors\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"onchainID\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"recount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"recoveryAddress\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newWallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"investorOnchainID\",\"type\":\"address\"}],\"name\":\"recoveryAddress\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"releaseDeed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"removeAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"removeLock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requiredFlags\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reserveGuard\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"marginMode\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"margin\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"}],\"name\":\"setAddressFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32[9]\",\"name\":\"caps\",\"type\":\"uint32[9]\"}],\"name\":\"setCategoryCaps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"compliance_\",\"type\":\"address\"}],\"name\":\"setCompliance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16[]\",\"name\":\"countries\",\"type\":\"uint16[]\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setCountriesAllowed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16[]\",\"name\":\"countries\",\"type\":\"uint16[]\"},{\"internalType\":\"uint32[]\",\"name\":\"caps\",\"type\":\"uint32[]\"}],\"name\":\"setCountryCaps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"setCountryRestriction\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"minHolding\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"flowbackUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"initialLockup\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"lockupReason\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"forceFullTransfer\",\"type\":\"bool\"}],\"name\":\"setExtendedRules\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"setFrozenTokens\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"registry\",\"type\":\"address\"}],\"name\":\"setIdentityRegistry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"setInvestorCounting\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"on\",\"type\":\"bool\"}],\"name\":\"setLiquidateOnly\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxBalance_\",\"type\":\"uint256\"}],\"name\":\"setMaxBalance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"setMaxCountryShare\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"maxInvestors_\",\"type\":\"uint32\"}],\"name\":\"setMaxInvestors\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"}],\"name\":\"setName\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"onchainID_\",\"type\":\"address\"}],\"name\":\"setOnchainID\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"}],\"name\":\"setRequiredFlags\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"marginMode\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"margin\",\"type\":\"uint256\"}],\"name\":\"setReserveGuard\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"setSupplyCap\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"}],\"name\":\"setSymbol\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32[]\",\"name\":\"periods\",\"type\":\"uint32[]\"},{\"internalType\":\"uint256[]\",\"name\":\"limits\",\"type\":\"uint256[]\"}],\"name\":\"setTransferLimits\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"name\":\"setValuationGuard\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"supplyCap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"transferAllowance\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"remaining\",\"type\":\"uint256[]\"},{\"internalType\":\"uint64[]\",\"name\":\"resets\",\"type\":\"uint64[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"transferLimits\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"periods\",\"type\":\"uint32[]\"},{\"internalType\":\"uint256[]\",\"name\":\"limits\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferred\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"unbindToken\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"unfreezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"valuationGuard\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "IAssetTokenCold",
}

// IAssetTokenCold is an auto generated Go binding around an Ethereum contract.
type IAssetTokenCold struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IAssetTokenCold) GetABI() abi.ABI {
	return c.abi
}

// NewIAssetTokenCold creates a new instance of IAssetTokenCold.
func NewIAssetTokenCold() *IAssetTokenCold {
	parsed, err := IAssetTokenColdMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IAssetTokenCold{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IAssetTokenCold) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAddAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84e79842.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addAgent(address agent) returns()
func (iAssetTokenCold *IAssetTokenCold) PackAddAgent(agent common.Address) []byte {
	enc, err := iAssetTokenCold.abi.Pack("addAgent", agent)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84e79842.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addAgent(address agent) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackAddAgent(agent common.Address) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("addAgent", agent)
}

// PackAddLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8adf0af2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addLock(address account, uint256 amount, uint64 start, uint64 cliff, uint64 end, uint8 reason) returns()
func (iAssetTokenCold *IAssetTokenCold) PackAddLock(account common.Address, amount *big.Int, start uint64, cliff uint64, end uint64, reason uint8) []byte {
	enc, err := iAssetTokenCold.abi.Pack("addLock", account, amount, start, cliff, end, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8adf0af2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addLock(address account, uint256 amount, uint64 start, uint64 cliff, uint64 end, uint8 reason) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackAddLock(account common.Address, amount *big.Int, start uint64, cliff uint64, end uint64, reason uint8) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("addLock", account, amount, start, cliff, end, reason)
}

// PackBatchBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a6cc677.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchBurn(address[] from, uint256[] amounts) returns()
func (iAssetTokenCold *IAssetTokenCold) PackBatchBurn(from []common.Address, amounts []*big.Int) []byte {
	enc, err := iAssetTokenCold.abi.Pack("batchBurn", from, amounts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a6cc677.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchBurn(address[] from, uint256[] amounts) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackBatchBurn(from []common.Address, amounts []*big.Int) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("batchBurn", from, amounts)
}

// PackBatchFreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc7e5fa8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchFreezePartialTokens(address[] accounts, uint256[] amounts) returns()
func (iAssetTokenCold *IAssetTokenCold) PackBatchFreezePartialTokens(accounts []common.Address, amounts []*big.Int) []byte {
	enc, err := iAssetTokenCold.abi.Pack("batchFreezePartialTokens", accounts, amounts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchFreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc7e5fa8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchFreezePartialTokens(address[] accounts, uint256[] amounts) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackBatchFreezePartialTokens(accounts []common.Address, amounts []*big.Int) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("batchFreezePartialTokens", accounts, amounts)
}

// PackBatchMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68573107.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchMint(address[] to, uint256[] amounts) returns()
func (iAssetTokenCold *IAssetTokenCold) PackBatchMint(to []common.Address, amounts []*big.Int) []byte {
	enc, err := iAssetTokenCold.abi.Pack("batchMint", to, amounts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68573107.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchMint(address[] to, uint256[] amounts) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackBatchMint(to []common.Address, amounts []*big.Int) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("batchMint", to, amounts)
}

// PackBatchSetAddressFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a7af379.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchSetAddressFrozen(address[] accounts, bool[] frozen) returns()
func (iAssetTokenCold *IAssetTokenCold) PackBatchSetAddressFrozen(accounts []common.Address, frozen []bool) []byte {
	enc, err := iAssetTokenCold.abi.Pack("batchSetAddressFrozen", accounts, frozen)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchSetAddressFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a7af379.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchSetAddressFrozen(address[] accounts, bool[] frozen) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackBatchSetAddressFrozen(accounts []common.Address, frozen []bool) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("batchSetAddressFrozen", accounts, frozen)
}

// PackBatchUnfreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4710362d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchUnfreezePartialTokens(address[] accounts, uint256[] amounts) returns()
func (iAssetTokenCold *IAssetTokenCold) PackBatchUnfreezePartialTokens(accounts []common.Address, amounts []*big.Int) []byte {
	enc, err := iAssetTokenCold.abi.Pack("batchUnfreezePartialTokens", accounts, amounts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchUnfreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4710362d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchUnfreezePartialTokens(address[] accounts, uint256[] amounts) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackBatchUnfreezePartialTokens(accounts []common.Address, amounts []*big.Int) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("batchUnfreezePartialTokens", accounts, amounts)
}

// PackBindToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ff5aa02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bindToken(address token) returns()
func (iAssetTokenCold *IAssetTokenCold) PackBindToken(token common.Address) []byte {
	enc, err := iAssetTokenCold.abi.Pack("bindToken", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBindToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ff5aa02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bindToken(address token) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackBindToken(token common.Address) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("bindToken", token)
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dc29fac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(address from, uint256 amount) returns()
func (iAssetTokenCold *IAssetTokenCold) PackBurn(from common.Address, amount *big.Int) []byte {
	enc, err := iAssetTokenCold.abi.Pack("burn", from, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dc29fac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(address from, uint256 amount) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackBurn(from common.Address, amount *big.Int) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("burn", from, amount)
}

// PackCategoryInvestors is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fbf137c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function categoryInvestors() view returns(uint256[9] counts, uint256[9] caps)
func (iAssetTokenCold *IAssetTokenCold) PackCategoryInvestors() []byte {
	enc, err := iAssetTokenCold.abi.Pack("categoryInvestors")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCategoryInvestors is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fbf137c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function categoryInvestors() view returns(uint256[9] counts, uint256[9] caps)
func (iAssetTokenCold *IAssetTokenCold) TryPackCategoryInvestors() ([]byte, error) {
	return iAssetTokenCold.abi.Pack("categoryInvestors")
}

// CategoryInvestorsOutput serves as a container for the return parameters of contract
// method CategoryInvestors.
type CategoryInvestorsOutput struct {
	Counts [9]*big.Int
	Caps   [9]*big.Int
}

// UnpackCategoryInvestors is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2fbf137c.
//
// Solidity: function categoryInvestors() view returns(uint256[9] counts, uint256[9] caps)
func (iAssetTokenCold *IAssetTokenCold) UnpackCategoryInvestors(data []byte) (CategoryInvestorsOutput, error) {
	out, err := iAssetTokenCold.abi.Unpack("categoryInvestors", data)
	outstruct := new(CategoryInvestorsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Counts = *abi.ConvertType(out[0], new([9]*big.Int)).(*[9]*big.Int)
	outstruct.Caps = *abi.ConvertType(out[1], new([9]*big.Int)).(*[9]*big.Int)
	return *outstruct, nil
}

// PackCompliance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6290865d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compliance() view returns(address)
func (iAssetTokenCold *IAssetTokenCold) PackCompliance() []byte {
	enc, err := iAssetTokenCold.abi.Pack("compliance")
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
func (iAssetTokenCold *IAssetTokenCold) TryPackCompliance() ([]byte, error) {
	return iAssetTokenCold.abi.Pack("compliance")
}

// UnpackCompliance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6290865d.
//
// Solidity: function compliance() view returns(address)
func (iAssetTokenCold *IAssetTokenCold) UnpackCompliance(data []byte) (common.Address, error) {
	out, err := iAssetTokenCold.abi.Unpack("compliance", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCountryInvestors is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29499219.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function countryInvestors(uint16 country) view returns(uint256 count, uint256 cap)
func (iAssetTokenCold *IAssetTokenCold) PackCountryInvestors(country uint16) []byte {
	enc, err := iAssetTokenCold.abi.Pack("countryInvestors", country)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCountryInvestors is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29499219.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function countryInvestors(uint16 country) view returns(uint256 count, uint256 cap)
func (iAssetTokenCold *IAssetTokenCold) TryPackCountryInvestors(country uint16) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("countryInvestors", country)
}

// CountryInvestorsOutput serves as a container for the return parameters of contract
// method CountryInvestors.
type CountryInvestorsOutput struct {
	Count *big.Int
	Cap   *big.Int
}

// UnpackCountryInvestors is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x29499219.
//
// Solidity: function countryInvestors(uint16 country) view returns(uint256 count, uint256 cap)
func (iAssetTokenCold *IAssetTokenCold) UnpackCountryInvestors(data []byte) (CountryInvestorsOutput, error) {
	out, err := iAssetTokenCold.abi.Unpack("countryInvestors", data)
	outstruct := new(CountryInvestorsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Count = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Cap = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackCountryRestricted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb86b38fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function countryRestricted() view returns(bool)
func (iAssetTokenCold *IAssetTokenCold) PackCountryRestricted() []byte {
	enc, err := iAssetTokenCold.abi.Pack("countryRestricted")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCountryRestricted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb86b38fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function countryRestricted() view returns(bool)
func (iAssetTokenCold *IAssetTokenCold) TryPackCountryRestricted() ([]byte, error) {
	return iAssetTokenCold.abi.Pack("countryRestricted")
}

// UnpackCountryRestricted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb86b38fe.
//
// Solidity: function countryRestricted() view returns(bool)
func (iAssetTokenCold *IAssetTokenCold) UnpackCountryRestricted(data []byte) (bool, error) {
	out, err := iAssetTokenCold.abi.Unpack("countryRestricted", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackCreated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f8dead3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function created(address to, uint256 amount) pure returns()
func (iAssetTokenCold *IAssetTokenCold) PackCreated(to common.Address, amount *big.Int) []byte {
	enc, err := iAssetTokenCold.abi.Pack("created", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f8dead3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function created(address to, uint256 amount) pure returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackCreated(to common.Address, amount *big.Int) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("created", to, amount)
}

// PackDeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2f1e6bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deed() view returns(address)
func (iAssetTokenCold *IAssetTokenCold) PackDeed() []byte {
	enc, err := iAssetTokenCold.abi.Pack("deed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2f1e6bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deed() view returns(address)
func (iAssetTokenCold *IAssetTokenCold) TryPackDeed() ([]byte, error) {
	return iAssetTokenCold.abi.Pack("deed")
}

// UnpackDeed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2f1e6bd.
//
// Solidity: function deed() view returns(address)
func (iAssetTokenCold *IAssetTokenCold) UnpackDeed(data []byte) (common.Address, error) {
	out, err := iAssetTokenCold.abi.Unpack("deed", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDeedId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86a82c94.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deedId() view returns(uint256)
func (iAssetTokenCold *IAssetTokenCold) PackDeedId() []byte {
	enc, err := iAssetTokenCold.abi.Pack("deedId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeedId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86a82c94.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deedId() view returns(uint256)
func (iAssetTokenCold *IAssetTokenCold) TryPackDeedId() ([]byte, error) {
	return iAssetTokenCold.abi.Pack("deedId")
}

// UnpackDeedId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86a82c94.
//
// Solidity: function deedId() view returns(uint256)
func (iAssetTokenCold *IAssetTokenCold) UnpackDeedId(data []byte) (*big.Int, error) {
	out, err := iAssetTokenCold.abi.Unpack("deedId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeedLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf652b755.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deedLocked() view returns(bool)
func (iAssetTokenCold *IAssetTokenCold) PackDeedLocked() []byte {
	enc, err := iAssetTokenCold.abi.Pack("deedLocked")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeedLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf652b755.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deedLocked() view returns(bool)
func (iAssetTokenCold *IAssetTokenCold) TryPackDeedLocked() ([]byte, error) {
	return iAssetTokenCold.abi.Pack("deedLocked")
}

// UnpackDeedLocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf652b755.
//
// Solidity: function deedLocked() view returns(bool)
func (iAssetTokenCold *IAssetTokenCold) UnpackDeedLocked(data []byte) (bool, error) {
	out, err := iAssetTokenCold.abi.Unpack("deedLocked", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDestroyed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d2ea772.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function destroyed(address from, uint256 amount) pure returns()
func (iAssetTokenCold *IAssetTokenCold) PackDestroyed(from common.Address, amount *big.Int) []byte {
	enc, err := iAssetTokenCold.abi.Pack("destroyed", from, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDestroyed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d2ea772.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function destroyed(address from, uint256 amount) pure returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackDestroyed(from common.Address, amount *big.Int) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("destroyed", from, amount)
}

// PackExtendedRules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45ef9dd4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function extendedRules() view returns(uint256 minHolding, uint64 flowbackUntil, uint32 initialLockup, uint8 lockupReason, bool forceFullTransfer)
func (iAssetTokenCold *IAssetTokenCold) PackExtendedRules() []byte {
	enc, err := iAssetTokenCold.abi.Pack("extendedRules")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExtendedRules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45ef9dd4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function extendedRules() view returns(uint256 minHolding, uint64 flowbackUntil, uint32 initialLockup, uint8 lockupReason, bool forceFullTransfer)
func (iAssetTokenCold *IAssetTokenCold) TryPackExtendedRules() ([]byte, error) {
	return iAssetTokenCold.abi.Pack("extendedRules")
}

// ExtendedRulesOutput serves as a container for the return parameters of contract
// method ExtendedRules.
type ExtendedRulesOutput struct {
	MinHolding        *big.Int
	FlowbackUntil     uint64
	InitialLockup     uint32
	LockupReason      uint8
	ForceFullTransfer bool
}

// UnpackExtendedRules is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x45ef9dd4.
//
// Solidity: function extendedRules() view returns(uint256 minHolding, uint64 flowbackUntil, uint32 initialLockup, uint8 lockupReason, bool forceFullTransfer)
func (iAssetTokenCold *IAssetTokenCold) UnpackExtendedRules(data []byte) (ExtendedRulesOutput, error) {
	out, err := iAssetTokenCold.abi.Unpack("extendedRules", data)
	outstruct := new(ExtendedRulesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.MinHolding = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.FlowbackUntil = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.InitialLockup = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	outstruct.LockupReason = *abi.ConvertType(out[3], new(uint8)).(*uint8)
	outstruct.ForceFullTransfer = *abi.ConvertType(out[4], new(bool)).(*bool)
	return *outstruct, nil
}

// PackFreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x125c4a33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function freezePartialTokens(address account, uint256 amount) returns()
func (iAssetTokenCold *IAssetTokenCold) PackFreezePartialTokens(account common.Address, amount *big.Int) []byte {
	enc, err := iAssetTokenCold.abi.Pack("freezePartialTokens", account, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x125c4a33.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function freezePartialTokens(address account, uint256 amount) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackFreezePartialTokens(account common.Address, amount *big.Int) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("freezePartialTokens", account, amount)
}

// PackGetFrozenTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x158b1a57.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getFrozenTokens(address account) view returns(uint256)
func (iAssetTokenCold *IAssetTokenCold) PackGetFrozenTokens(account common.Address) []byte {
	enc, err := iAssetTokenCold.abi.Pack("getFrozenTokens", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetFrozenTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x158b1a57.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getFrozenTokens(address account) view returns(uint256)
func (iAssetTokenCold *IAssetTokenCold) TryPackGetFrozenTokens(account common.Address) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("getFrozenTokens", account)
}

// UnpackGetFrozenTokens is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x158b1a57.
//
// Solidity: function getFrozenTokens(address account) view returns(uint256)
func (iAssetTokenCold *IAssetTokenCold) UnpackGetFrozenTokens(data []byte) (*big.Int, error) {
	out, err := iAssetTokenCold.abi.Unpack("getFrozenTokens", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetTokenBound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a3edf28.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTokenBound() view returns(address)
func (iAssetTokenCold *IAssetTokenCold) PackGetTokenBound() []byte {
	enc, err := iAssetTokenCold.abi.Pack("getTokenBound")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTokenBound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a3edf28.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTokenBound() view returns(address)
func (iAssetTokenCold *IAssetTokenCold) TryPackGetTokenBound() ([]byte, error) {
	return iAssetTokenCold.abi.Pack("getTokenBound")
}

// UnpackGetTokenBound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6a3edf28.
//
// Solidity: function getTokenBound() view returns(address)
func (iAssetTokenCold *IAssetTokenCold) UnpackGetTokenBound(data []byte) (common.Address, error) {
	out, err := iAssetTokenCold.abi.Unpack("getTokenBound", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackInvestorCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7e64c00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function investorCount() view returns(uint256)
func (iAssetTokenCold *IAssetTokenCold) PackInvestorCount() []byte {
	enc, err := iAssetTokenCold.abi.Pack("investorCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInvestorCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7e64c00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function investorCount() view returns(uint256)
func (iAssetTokenCold *IAssetTokenCold) TryPackInvestorCount() ([]byte, error) {
	return iAssetTokenCold.abi.Pack("investorCount")
}

// UnpackInvestorCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd7e64c00.
//
// Solidity: function investorCount() view returns(uint256)
func (iAssetTokenCold *IAssetTokenCold) UnpackInvestorCount(data []byte) (*big.Int, error) {
	out, err := iAssetTokenCold.abi.Unpack("investorCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackInvestorCounting is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe159b5a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function investorCounting() view returns(bool)
func (iAssetTokenCold *IAssetTokenCold) PackInvestorCounting() []byte {
	enc, err := iAssetTokenCold.abi.Pack("investorCounting")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInvestorCounting is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe159b5a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function investorCounting() view returns(bool)
func (iAssetTokenCold *IAssetTokenCold) TryPackInvestorCounting() ([]byte, error) {
	return iAssetTokenCold.abi.Pack("investorCounting")
}

// UnpackInvestorCounting is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbe159b5a.
//
// Solidity: function investorCounting() view returns(bool)
func (iAssetTokenCold *IAssetTokenCold) UnpackInvestorCounting(data []byte) (bool, error) {
	out, err := iAssetTokenCold.abi.Unpack("investorCounting", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ffbb064.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAgent(address agent) view returns(bool)
func (iAssetTokenCold *IAssetTokenCold) PackIsAgent(agent common.Address) []byte {
	enc, err := iAssetTokenCold.abi.Pack("isAgent", agent)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ffbb064.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isAgent(address agent) view returns(bool)
func (iAssetTokenCold *IAssetTokenCold) TryPackIsAgent(agent common.Address) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("isAgent", agent)
}

// UnpackIsAgent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1ffbb064.
//
// Solidity: function isAgent(address agent) view returns(bool)
func (iAssetTokenCold *IAssetTokenCold) UnpackIsAgent(data []byte) (bool, error) {
	out, err := iAssetTokenCold.abi.Unpack("isAgent", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsCountryAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99f644f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isCountryAllowed(uint16 country) view returns(bool)
func (iAssetTokenCold *IAssetTokenCold) PackIsCountryAllowed(country uint16) []byte {
	enc, err := iAssetTokenCold.abi.Pack("isCountryAllowed", country)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsCountryAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99f644f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isCountryAllowed(uint16 country) view returns(bool)
func (iAssetTokenCold *IAssetTokenCold) TryPackIsCountryAllowed(country uint16) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("isCountryAllowed", country)
}

// UnpackIsCountryAllowed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x99f644f6.
//
// Solidity: function isCountryAllowed(uint16 country) view returns(bool)
func (iAssetTokenCold *IAssetTokenCold) UnpackIsCountryAllowed(data []byte) (bool, error) {
	out, err := iAssetTokenCold.abi.Unpack("isCountryAllowed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5839836.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isFrozen(address account) view returns(bool)
func (iAssetTokenCold *IAssetTokenCold) PackIsFrozen(account common.Address) []byte {
	enc, err := iAssetTokenCold.abi.Pack("isFrozen", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5839836.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isFrozen(address account) view returns(bool)
func (iAssetTokenCold *IAssetTokenCold) TryPackIsFrozen(account common.Address) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("isFrozen", account)
}

// UnpackIsFrozen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5839836.
//
// Solidity: function isFrozen(address account) view returns(bool)
func (iAssetTokenCold *IAssetTokenCold) UnpackIsFrozen(data []byte) (bool, error) {
	out, err := iAssetTokenCold.abi.Unpack("isFrozen", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsLiquidateOnly is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2e2d117.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isLiquidateOnly(address wallet) view returns(bool)
func (iAssetTokenCold *IAssetTokenCold) PackIsLiquidateOnly(wallet common.Address) []byte {
	enc, err := iAssetTokenCold.abi.Pack("isLiquidateOnly", wallet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsLiquidateOnly is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2e2d117.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isLiquidateOnly(address wallet) view returns(bool)
func (iAssetTokenCold *IAssetTokenCold) TryPackIsLiquidateOnly(wallet common.Address) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("isLiquidateOnly", wallet)
}

// UnpackIsLiquidateOnly is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe2e2d117.
//
// Solidity: function isLiquidateOnly(address wallet) view returns(bool)
func (iAssetTokenCold *IAssetTokenCold) UnpackIsLiquidateOnly(data []byte) (bool, error) {
	out, err := iAssetTokenCold.abi.Unpack("isLiquidateOnly", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsRequestProcessed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6da398b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isRequestProcessed(bytes32 requestId) view returns(bool)
func (iAssetTokenCold *IAssetTokenCold) PackIsRequestProcessed(requestId [32]byte) []byte {
	enc, err := iAssetTokenCold.abi.Pack("isRequestProcessed", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsRequestProcessed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6da398b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isRequestProcessed(bytes32 requestId) view returns(bool)
func (iAssetTokenCold *IAssetTokenCold) TryPackIsRequestProcessed(requestId [32]byte) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("isRequestProcessed", requestId)
}

// UnpackIsRequestProcessed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6da398b3.
//
// Solidity: function isRequestProcessed(bytes32 requestId) view returns(bool)
func (iAssetTokenCold *IAssetTokenCold) UnpackIsRequestProcessed(data []byte) (bool, error) {
	out, err := iAssetTokenCold.abi.Unpack("isRequestProcessed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsTokenBound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x993e8b95.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isTokenBound(address token) view returns(bool)
func (iAssetTokenCold *IAssetTokenCold) PackIsTokenBound(token common.Address) []byte {
	enc, err := iAssetTokenCold.abi.Pack("isTokenBound", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsTokenBound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x993e8b95.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isTokenBound(address token) view returns(bool)
func (iAssetTokenCold *IAssetTokenCold) TryPackIsTokenBound(token common.Address) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("isTokenBound", token)
}

// UnpackIsTokenBound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x993e8b95.
//
// Solidity: function isTokenBound(address token) view returns(bool)
func (iAssetTokenCold *IAssetTokenCold) UnpackIsTokenBound(data []byte) (bool, error) {
	out, err := iAssetTokenCold.abi.Unpack("isTokenBound", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLockOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a46d3b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lockOf(address account) view returns(uint256 amount, uint64 lockedUntil)
func (iAssetTokenCold *IAssetTokenCold) PackLockOf(account common.Address) []byte {
	enc, err := iAssetTokenCold.abi.Pack("lockOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLockOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a46d3b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lockOf(address account) view returns(uint256 amount, uint64 lockedUntil)
func (iAssetTokenCold *IAssetTokenCold) TryPackLockOf(account common.Address) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("lockOf", account)
}

// LockOfOutput serves as a container for the return parameters of contract
// method LockOf.
type LockOfOutput struct {
	Amount      *big.Int
	LockedUntil uint64
}

// UnpackLockOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5a46d3b5.
//
// Solidity: function lockOf(address account) view returns(uint256 amount, uint64 lockedUntil)
func (iAssetTokenCold *IAssetTokenCold) UnpackLockOf(data []byte) (LockOfOutput, error) {
	out, err := iAssetTokenCold.abi.Unpack("lockOf", data)
	outstruct := new(LockOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.LockedUntil = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackLocksOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3f9ab58.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function locksOf(address account) view returns((uint256,uint64,uint64,uint64,uint8,uint256)[] locks)
func (iAssetTokenCold *IAssetTokenCold) PackLocksOf(account common.Address) []byte {
	enc, err := iAssetTokenCold.abi.Pack("locksOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLocksOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3f9ab58.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function locksOf(address account) view returns((uint256,uint64,uint64,uint64,uint8,uint256)[] locks)
func (iAssetTokenCold *IAssetTokenCold) TryPackLocksOf(account common.Address) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("locksOf", account)
}

// UnpackLocksOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3f9ab58.
//
// Solidity: function locksOf(address account) view returns((uint256,uint64,uint64,uint64,uint8,uint256)[] locks)
func (iAssetTokenCold *IAssetTokenCold) UnpackLocksOf(data []byte) ([]IAssetTokenColdLock, error) {
	out, err := iAssetTokenCold.abi.Unpack("locksOf", data)
	if err != nil {
		return *new([]IAssetTokenColdLock), err
	}
	out0 := *abi.ConvertType(out[0], new([]IAssetTokenColdLock)).(*[]IAssetTokenColdLock)
	return out0, nil
}

// PackMaxBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73ad468a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxBalance() view returns(uint256)
func (iAssetTokenCold *IAssetTokenCold) PackMaxBalance() []byte {
	enc, err := iAssetTokenCold.abi.Pack("maxBalance")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73ad468a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxBalance() view returns(uint256)
func (iAssetTokenCold *IAssetTokenCold) TryPackMaxBalance() ([]byte, error) {
	return iAssetTokenCold.abi.Pack("maxBalance")
}

// UnpackMaxBalance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x73ad468a.
//
// Solidity: function maxBalance() view returns(uint256)
func (iAssetTokenCold *IAssetTokenCold) UnpackMaxBalance(data []byte) (*big.Int, error) {
	out, err := iAssetTokenCold.abi.Unpack("maxBalance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxCountryShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf9062c80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxCountryShare() view returns(uint16)
func (iAssetTokenCold *IAssetTokenCold) PackMaxCountryShare() []byte {
	enc, err := iAssetTokenCold.abi.Pack("maxCountryShare")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxCountryShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf9062c80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxCountryShare() view returns(uint16)
func (iAssetTokenCold *IAssetTokenCold) TryPackMaxCountryShare() ([]byte, error) {
	return iAssetTokenCold.abi.Pack("maxCountryShare")
}

// UnpackMaxCountryShare is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf9062c80.
//
// Solidity: function maxCountryShare() view returns(uint16)
func (iAssetTokenCold *IAssetTokenCold) UnpackMaxCountryShare(data []byte) (uint16, error) {
	out, err := iAssetTokenCold.abi.Unpack("maxCountryShare", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackMaxInvestors is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc99cc37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxInvestors() view returns(uint256)
func (iAssetTokenCold *IAssetTokenCold) PackMaxInvestors() []byte {
	enc, err := iAssetTokenCold.abi.Pack("maxInvestors")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxInvestors is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc99cc37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxInvestors() view returns(uint256)
func (iAssetTokenCold *IAssetTokenCold) TryPackMaxInvestors() ([]byte, error) {
	return iAssetTokenCold.abi.Pack("maxInvestors")
}

// UnpackMaxInvestors is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc99cc37.
//
// Solidity: function maxInvestors() view returns(uint256)
func (iAssetTokenCold *IAssetTokenCold) UnpackMaxInvestors(data []byte) (*big.Int, error) {
	out, err := iAssetTokenCold.abi.Unpack("maxInvestors", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (iAssetTokenCold *IAssetTokenCold) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := iAssetTokenCold.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("mint", to, amount)
}

// PackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC721Received(address operator, address from, uint256 tokenId, bytes data) returns(bytes4)
func (iAssetTokenCold *IAssetTokenCold) PackOnERC721Received(operator common.Address, from common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := iAssetTokenCold.abi.Pack("onERC721Received", operator, from, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC721Received(address operator, address from, uint256 tokenId, bytes data) returns(bytes4)
func (iAssetTokenCold *IAssetTokenCold) TryPackOnERC721Received(operator common.Address, from common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("onERC721Received", operator, from, tokenId, data)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address operator, address from, uint256 tokenId, bytes data) returns(bytes4)
func (iAssetTokenCold *IAssetTokenCold) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := iAssetTokenCold.abi.Unpack("onERC721Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnchainID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaba63705.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onchainID() view returns(address)
func (iAssetTokenCold *IAssetTokenCold) PackOnchainID() []byte {
	enc, err := iAssetTokenCold.abi.Pack("onchainID")
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
func (iAssetTokenCold *IAssetTokenCold) TryPackOnchainID() ([]byte, error) {
	return iAssetTokenCold.abi.Pack("onchainID")
}

// UnpackOnchainID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaba63705.
//
// Solidity: function onchainID() view returns(address)
func (iAssetTokenCold *IAssetTokenCold) UnpackOnchainID(data []byte) (common.Address, error) {
	out, err := iAssetTokenCold.abi.Unpack("onchainID", data)
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
func (iAssetTokenCold *IAssetTokenCold) PackPause() []byte {
	enc, err := iAssetTokenCold.abi.Pack("pause")
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
func (iAssetTokenCold *IAssetTokenCold) TryPackPause() ([]byte, error) {
	return iAssetTokenCold.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (iAssetTokenCold *IAssetTokenCold) PackPaused() []byte {
	enc, err := iAssetTokenCold.abi.Pack("paused")
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
func (iAssetTokenCold *IAssetTokenCold) TryPackPaused() ([]byte, error) {
	return iAssetTokenCold.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (iAssetTokenCold *IAssetTokenCold) UnpackPaused(data []byte) (bool, error) {
	out, err := iAssetTokenCold.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRecount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe72d0029.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recount(address wallet) returns()
func (iAssetTokenCold *IAssetTokenCold) PackRecount(wallet common.Address) []byte {
	enc, err := iAssetTokenCold.abi.Pack("recount", wallet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe72d0029.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recount(address wallet) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackRecount(wallet common.Address) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("recount", wallet)
}

// PackRecoveryAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b5ba2fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recoveryAddress(address lostWallet, address newWallet, bytes32 investorId) returns(bool)
func (iAssetTokenCold *IAssetTokenCold) PackRecoveryAddress(lostWallet common.Address, newWallet common.Address, investorId [32]byte) []byte {
	enc, err := iAssetTokenCold.abi.Pack("recoveryAddress", lostWallet, newWallet, investorId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecoveryAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b5ba2fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recoveryAddress(address lostWallet, address newWallet, bytes32 investorId) returns(bool)
func (iAssetTokenCold *IAssetTokenCold) TryPackRecoveryAddress(lostWallet common.Address, newWallet common.Address, investorId [32]byte) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("recoveryAddress", lostWallet, newWallet, investorId)
}

// UnpackRecoveryAddress is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b5ba2fd.
//
// Solidity: function recoveryAddress(address lostWallet, address newWallet, bytes32 investorId) returns(bool)
func (iAssetTokenCold *IAssetTokenCold) UnpackRecoveryAddress(data []byte) (bool, error) {
	out, err := iAssetTokenCold.abi.Unpack("recoveryAddress", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRecoveryAddressERC3643 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9285948a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recoveryAddress(address lostWallet, address newWallet, address investorOnchainID) returns(bool)
func (iAssetTokenCold *IAssetTokenCold) PackRecoveryAddressERC3643(lostWallet common.Address, newWallet common.Address, investorOnchainID common.Address) []byte {
	enc, err := iAssetTokenCold.abi.Pack("recoveryAddress0", lostWallet, newWallet, investorOnchainID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecoveryAddressERC3643 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9285948a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recoveryAddress(address lostWallet, address newWallet, address investorOnchainID) returns(bool)
func (iAssetTokenCold *IAssetTokenCold) TryPackRecoveryAddressERC3643(lostWallet common.Address, newWallet common.Address, investorOnchainID common.Address) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("recoveryAddress0", lostWallet, newWallet, investorOnchainID)
}

// UnpackRecoveryAddressERC3643 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9285948a.
//
// Solidity: function recoveryAddress(address lostWallet, address newWallet, address investorOnchainID) returns(bool)
func (iAssetTokenCold *IAssetTokenCold) UnpackRecoveryAddressERC3643(data []byte) (bool, error) {
	out, err := iAssetTokenCold.abi.Unpack("recoveryAddress0", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackReleaseDeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb586dc19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releaseDeed(address to) returns()
func (iAssetTokenCold *IAssetTokenCold) PackReleaseDeed(to common.Address) []byte {
	enc, err := iAssetTokenCold.abi.Pack("releaseDeed", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleaseDeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb586dc19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releaseDeed(address to) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackReleaseDeed(to common.Address) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("releaseDeed", to)
}

// PackRemoveAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97a6278e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeAgent(address agent) returns()
func (iAssetTokenCold *IAssetTokenCold) PackRemoveAgent(agent common.Address) []byte {
	enc, err := iAssetTokenCold.abi.Pack("removeAgent", agent)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97a6278e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeAgent(address agent) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackRemoveAgent(agent common.Address) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("removeAgent", agent)
}

// PackRemoveLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08156892.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeLock(address account, uint256 amount, uint64 start, uint64 cliff, uint64 end, uint8 reason) returns()
func (iAssetTokenCold *IAssetTokenCold) PackRemoveLock(account common.Address, amount *big.Int, start uint64, cliff uint64, end uint64, reason uint8) []byte {
	enc, err := iAssetTokenCold.abi.Pack("removeLock", account, amount, start, cliff, end, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08156892.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeLock(address account, uint256 amount, uint64 start, uint64 cliff, uint64 end, uint8 reason) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackRemoveLock(account common.Address, amount *big.Int, start uint64, cliff uint64, end uint64, reason uint8) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("removeLock", account, amount, start, cliff, end, reason)
}

// PackRequiredFlags is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82c8e52f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requiredFlags() view returns(uint8)
func (iAssetTokenCold *IAssetTokenCold) PackRequiredFlags() []byte {
	enc, err := iAssetTokenCold.abi.Pack("requiredFlags")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequiredFlags is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82c8e52f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requiredFlags() view returns(uint8)
func (iAssetTokenCold *IAssetTokenCold) TryPackRequiredFlags() ([]byte, error) {
	return iAssetTokenCold.abi.Pack("requiredFlags")
}

// UnpackRequiredFlags is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82c8e52f.
//
// Solidity: function requiredFlags() view returns(uint8)
func (iAssetTokenCold *IAssetTokenCold) UnpackRequiredFlags(data []byte) (uint8, error) {
	out, err := iAssetTokenCold.abi.Unpack("requiredFlags", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackReserveGuard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a45df11.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reserveGuard() view returns(address feed, uint64 maxAge, uint8 marginMode, uint256 margin)
func (iAssetTokenCold *IAssetTokenCold) PackReserveGuard() []byte {
	enc, err := iAssetTokenCold.abi.Pack("reserveGuard")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReserveGuard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a45df11.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reserveGuard() view returns(address feed, uint64 maxAge, uint8 marginMode, uint256 margin)
func (iAssetTokenCold *IAssetTokenCold) TryPackReserveGuard() ([]byte, error) {
	return iAssetTokenCold.abi.Pack("reserveGuard")
}

// ReserveGuardOutput serves as a container for the return parameters of contract
// method ReserveGuard.
type ReserveGuardOutput struct {
	Feed       common.Address
	MaxAge     uint64
	MarginMode uint8
	Margin     *big.Int
}

// UnpackReserveGuard is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2a45df11.
//
// Solidity: function reserveGuard() view returns(address feed, uint64 maxAge, uint8 marginMode, uint256 margin)
func (iAssetTokenCold *IAssetTokenCold) UnpackReserveGuard(data []byte) (ReserveGuardOutput, error) {
	out, err := iAssetTokenCold.abi.Unpack("reserveGuard", data)
	outstruct := new(ReserveGuardOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Feed = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.MaxAge = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.MarginMode = *abi.ConvertType(out[2], new(uint8)).(*uint8)
	outstruct.Margin = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackSetAddressFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc69c09cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAddressFrozen(address account, bool frozen) returns()
func (iAssetTokenCold *IAssetTokenCold) PackSetAddressFrozen(account common.Address, frozen bool) []byte {
	enc, err := iAssetTokenCold.abi.Pack("setAddressFrozen", account, frozen)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAddressFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc69c09cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAddressFrozen(address account, bool frozen) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackSetAddressFrozen(account common.Address, frozen bool) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("setAddressFrozen", account, frozen)
}

// PackSetCategoryCaps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x826172ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCategoryCaps(uint32[9] caps) returns()
func (iAssetTokenCold *IAssetTokenCold) PackSetCategoryCaps(caps [9]uint32) []byte {
	enc, err := iAssetTokenCold.abi.Pack("setCategoryCaps", caps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCategoryCaps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x826172ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCategoryCaps(uint32[9] caps) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackSetCategoryCaps(caps [9]uint32) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("setCategoryCaps", caps)
}

// PackSetCompliance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8981789.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCompliance(address compliance_) returns()
func (iAssetTokenCold *IAssetTokenCold) PackSetCompliance(compliance common.Address) []byte {
	enc, err := iAssetTokenCold.abi.Pack("setCompliance", compliance)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCompliance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8981789.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCompliance(address compliance_) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackSetCompliance(compliance common.Address) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("setCompliance", compliance)
}

// PackSetCountriesAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd8af8fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCountriesAllowed(uint16[] countries, bool allowed) returns()
func (iAssetTokenCold *IAssetTokenCold) PackSetCountriesAllowed(countries []uint16, allowed bool) []byte {
	enc, err := iAssetTokenCold.abi.Pack("setCountriesAllowed", countries, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCountriesAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd8af8fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCountriesAllowed(uint16[] countries, bool allowed) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackSetCountriesAllowed(countries []uint16, allowed bool) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("setCountriesAllowed", countries, allowed)
}

// PackSetCountryCaps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x204458f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCountryCaps(uint16[] countries, uint32[] caps) returns()
func (iAssetTokenCold *IAssetTokenCold) PackSetCountryCaps(countries []uint16, caps []uint32) []byte {
	enc, err := iAssetTokenCold.abi.Pack("setCountryCaps", countries, caps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCountryCaps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x204458f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCountryCaps(uint16[] countries, uint32[] caps) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackSetCountryCaps(countries []uint16, caps []uint32) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("setCountryCaps", countries, caps)
}

// PackSetCountryRestriction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd79c7ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCountryRestriction(bool enabled) returns()
func (iAssetTokenCold *IAssetTokenCold) PackSetCountryRestriction(enabled bool) []byte {
	enc, err := iAssetTokenCold.abi.Pack("setCountryRestriction", enabled)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCountryRestriction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd79c7ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCountryRestriction(bool enabled) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackSetCountryRestriction(enabled bool) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("setCountryRestriction", enabled)
}

// PackSetExtendedRules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe68da4b8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setExtendedRules(uint256 minHolding, uint64 flowbackUntil, uint32 initialLockup, uint8 lockupReason, bool forceFullTransfer) returns()
func (iAssetTokenCold *IAssetTokenCold) PackSetExtendedRules(minHolding *big.Int, flowbackUntil uint64, initialLockup uint32, lockupReason uint8, forceFullTransfer bool) []byte {
	enc, err := iAssetTokenCold.abi.Pack("setExtendedRules", minHolding, flowbackUntil, initialLockup, lockupReason, forceFullTransfer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetExtendedRules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe68da4b8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setExtendedRules(uint256 minHolding, uint64 flowbackUntil, uint32 initialLockup, uint8 lockupReason, bool forceFullTransfer) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackSetExtendedRules(minHolding *big.Int, flowbackUntil uint64, initialLockup uint32, lockupReason uint8, forceFullTransfer bool) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("setExtendedRules", minHolding, flowbackUntil, initialLockup, lockupReason, forceFullTransfer)
}

// PackSetFrozenTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xebe45cba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFrozenTokens(address account, uint256 amount) returns(bool)
func (iAssetTokenCold *IAssetTokenCold) PackSetFrozenTokens(account common.Address, amount *big.Int) []byte {
	enc, err := iAssetTokenCold.abi.Pack("setFrozenTokens", account, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFrozenTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xebe45cba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFrozenTokens(address account, uint256 amount) returns(bool)
func (iAssetTokenCold *IAssetTokenCold) TryPackSetFrozenTokens(account common.Address, amount *big.Int) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("setFrozenTokens", account, amount)
}

// UnpackSetFrozenTokens is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xebe45cba.
//
// Solidity: function setFrozenTokens(address account, uint256 amount) returns(bool)
func (iAssetTokenCold *IAssetTokenCold) UnpackSetFrozenTokens(data []byte) (bool, error) {
	out, err := iAssetTokenCold.abi.Unpack("setFrozenTokens", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSetIdentityRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbf3f861.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setIdentityRegistry(address registry) returns()
func (iAssetTokenCold *IAssetTokenCold) PackSetIdentityRegistry(registry common.Address) []byte {
	enc, err := iAssetTokenCold.abi.Pack("setIdentityRegistry", registry)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetIdentityRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbf3f861.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setIdentityRegistry(address registry) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackSetIdentityRegistry(registry common.Address) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("setIdentityRegistry", registry)
}

// PackSetInvestorCounting is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbca0a23d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setInvestorCounting() returns()
func (iAssetTokenCold *IAssetTokenCold) PackSetInvestorCounting() []byte {
	enc, err := iAssetTokenCold.abi.Pack("setInvestorCounting")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetInvestorCounting is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbca0a23d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setInvestorCounting() returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackSetInvestorCounting() ([]byte, error) {
	return iAssetTokenCold.abi.Pack("setInvestorCounting")
}

// PackSetLiquidateOnly is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97809e0b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setLiquidateOnly(address wallet, bool on) returns()
func (iAssetTokenCold *IAssetTokenCold) PackSetLiquidateOnly(wallet common.Address, on bool) []byte {
	enc, err := iAssetTokenCold.abi.Pack("setLiquidateOnly", wallet, on)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetLiquidateOnly is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97809e0b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setLiquidateOnly(address wallet, bool on) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackSetLiquidateOnly(wallet common.Address, on bool) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("setLiquidateOnly", wallet, on)
}

// PackSetMaxBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d51d9b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxBalance(uint256 maxBalance_) returns()
func (iAssetTokenCold *IAssetTokenCold) PackSetMaxBalance(maxBalance *big.Int) []byte {
	enc, err := iAssetTokenCold.abi.Pack("setMaxBalance", maxBalance)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMaxBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d51d9b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMaxBalance(uint256 maxBalance_) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackSetMaxBalance(maxBalance *big.Int) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("setMaxBalance", maxBalance)
}

// PackSetMaxCountryShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b4b3829.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxCountryShare(uint16 bps) returns()
func (iAssetTokenCold *IAssetTokenCold) PackSetMaxCountryShare(bps uint16) []byte {
	enc, err := iAssetTokenCold.abi.Pack("setMaxCountryShare", bps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMaxCountryShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b4b3829.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMaxCountryShare(uint16 bps) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackSetMaxCountryShare(bps uint16) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("setMaxCountryShare", bps)
}

// PackSetMaxInvestors is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a6df897.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxInvestors(uint32 maxInvestors_) returns()
func (iAssetTokenCold *IAssetTokenCold) PackSetMaxInvestors(maxInvestors uint32) []byte {
	enc, err := iAssetTokenCold.abi.Pack("setMaxInvestors", maxInvestors)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMaxInvestors is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a6df897.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMaxInvestors(uint32 maxInvestors_) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackSetMaxInvestors(maxInvestors uint32) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("setMaxInvestors", maxInvestors)
}

// PackSetName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc47f0027.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setName(string name_) returns()
func (iAssetTokenCold *IAssetTokenCold) PackSetName(name string) []byte {
	enc, err := iAssetTokenCold.abi.Pack("setName", name)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc47f0027.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setName(string name_) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackSetName(name string) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("setName", name)
}

// PackSetOnchainID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d1ddc5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setOnchainID(address onchainID_) returns()
func (iAssetTokenCold *IAssetTokenCold) PackSetOnchainID(onchainID common.Address) []byte {
	enc, err := iAssetTokenCold.abi.Pack("setOnchainID", onchainID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetOnchainID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d1ddc5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setOnchainID(address onchainID_) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackSetOnchainID(onchainID common.Address) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("setOnchainID", onchainID)
}

// PackSetRequiredFlags is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2e09b0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRequiredFlags(uint8 flags) returns()
func (iAssetTokenCold *IAssetTokenCold) PackSetRequiredFlags(flags uint8) []byte {
	enc, err := iAssetTokenCold.abi.Pack("setRequiredFlags", flags)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRequiredFlags is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2e09b0a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRequiredFlags(uint8 flags) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackSetRequiredFlags(flags uint8) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("setRequiredFlags", flags)
}

// PackSetReserveGuard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4fee3b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReserveGuard(address feed, uint64 maxAge, uint8 marginMode, uint256 margin) returns()
func (iAssetTokenCold *IAssetTokenCold) PackSetReserveGuard(feed common.Address, maxAge uint64, marginMode uint8, margin *big.Int) []byte {
	enc, err := iAssetTokenCold.abi.Pack("setReserveGuard", feed, maxAge, marginMode, margin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReserveGuard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4fee3b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReserveGuard(address feed, uint64 maxAge, uint8 marginMode, uint256 margin) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackSetReserveGuard(feed common.Address, maxAge uint64, marginMode uint8, margin *big.Int) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("setReserveGuard", feed, maxAge, marginMode, margin)
}

// PackSetSupplyCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6a3f59a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSupplyCap(uint256 cap) returns()
func (iAssetTokenCold *IAssetTokenCold) PackSetSupplyCap(cap *big.Int) []byte {
	enc, err := iAssetTokenCold.abi.Pack("setSupplyCap", cap)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSupplyCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6a3f59a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSupplyCap(uint256 cap) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackSetSupplyCap(cap *big.Int) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("setSupplyCap", cap)
}

// PackSetSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb84c8246.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSymbol(string symbol_) returns()
func (iAssetTokenCold *IAssetTokenCold) PackSetSymbol(symbol string) []byte {
	enc, err := iAssetTokenCold.abi.Pack("setSymbol", symbol)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb84c8246.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSymbol(string symbol_) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackSetSymbol(symbol string) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("setSymbol", symbol)
}

// PackSetTransferLimits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf1a8cb6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTransferLimits(uint32[] periods, uint256[] limits) returns()
func (iAssetTokenCold *IAssetTokenCold) PackSetTransferLimits(periods []uint32, limits []*big.Int) []byte {
	enc, err := iAssetTokenCold.abi.Pack("setTransferLimits", periods, limits)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTransferLimits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf1a8cb6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTransferLimits(uint32[] periods, uint256[] limits) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackSetTransferLimits(periods []uint32, limits []*big.Int) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("setTransferLimits", periods, limits)
}

// PackSetValuationGuard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb20a5b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setValuationGuard(address feed, uint64 maxAge) returns()
func (iAssetTokenCold *IAssetTokenCold) PackSetValuationGuard(feed common.Address, maxAge uint64) []byte {
	enc, err := iAssetTokenCold.abi.Pack("setValuationGuard", feed, maxAge)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetValuationGuard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb20a5b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setValuationGuard(address feed, uint64 maxAge) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackSetValuationGuard(feed common.Address, maxAge uint64) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("setValuationGuard", feed, maxAge)
}

// PackSupplyCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f770ad0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supplyCap() view returns(uint256)
func (iAssetTokenCold *IAssetTokenCold) PackSupplyCap() []byte {
	enc, err := iAssetTokenCold.abi.Pack("supplyCap")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupplyCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f770ad0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supplyCap() view returns(uint256)
func (iAssetTokenCold *IAssetTokenCold) TryPackSupplyCap() ([]byte, error) {
	return iAssetTokenCold.abi.Pack("supplyCap")
}

// UnpackSupplyCap is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f770ad0.
//
// Solidity: function supplyCap() view returns(uint256)
func (iAssetTokenCold *IAssetTokenCold) UnpackSupplyCap(data []byte) (*big.Int, error) {
	out, err := iAssetTokenCold.abi.Unpack("supplyCap", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransferAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac979746.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferAllowance(address wallet) view returns(uint256[] remaining, uint64[] resets)
func (iAssetTokenCold *IAssetTokenCold) PackTransferAllowance(wallet common.Address) []byte {
	enc, err := iAssetTokenCold.abi.Pack("transferAllowance", wallet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac979746.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferAllowance(address wallet) view returns(uint256[] remaining, uint64[] resets)
func (iAssetTokenCold *IAssetTokenCold) TryPackTransferAllowance(wallet common.Address) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("transferAllowance", wallet)
}

// TransferAllowanceOutput serves as a container for the return parameters of contract
// method TransferAllowance.
type TransferAllowanceOutput struct {
	Remaining []*big.Int
	Resets    []uint64
}

// UnpackTransferAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xac979746.
//
// Solidity: function transferAllowance(address wallet) view returns(uint256[] remaining, uint64[] resets)
func (iAssetTokenCold *IAssetTokenCold) UnpackTransferAllowance(data []byte) (TransferAllowanceOutput, error) {
	out, err := iAssetTokenCold.abi.Unpack("transferAllowance", data)
	outstruct := new(TransferAllowanceOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Remaining = *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	outstruct.Resets = *abi.ConvertType(out[1], new([]uint64)).(*[]uint64)
	return *outstruct, nil
}

// PackTransferLimits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fde61bc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferLimits() view returns(uint32[] periods, uint256[] limits)
func (iAssetTokenCold *IAssetTokenCold) PackTransferLimits() []byte {
	enc, err := iAssetTokenCold.abi.Pack("transferLimits")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferLimits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fde61bc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferLimits() view returns(uint32[] periods, uint256[] limits)
func (iAssetTokenCold *IAssetTokenCold) TryPackTransferLimits() ([]byte, error) {
	return iAssetTokenCold.abi.Pack("transferLimits")
}

// TransferLimitsOutput serves as a container for the return parameters of contract
// method TransferLimits.
type TransferLimitsOutput struct {
	Periods []uint32
	Limits  []*big.Int
}

// UnpackTransferLimits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2fde61bc.
//
// Solidity: function transferLimits() view returns(uint32[] periods, uint256[] limits)
func (iAssetTokenCold *IAssetTokenCold) UnpackTransferLimits(data []byte) (TransferLimitsOutput, error) {
	out, err := iAssetTokenCold.abi.Unpack("transferLimits", data)
	outstruct := new(TransferLimitsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Periods = *abi.ConvertType(out[0], new([]uint32)).(*[]uint32)
	outstruct.Limits = *abi.ConvertType(out[1], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackTransferred is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8baf29b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferred(address from, address to, uint256 amount) pure returns()
func (iAssetTokenCold *IAssetTokenCold) PackTransferred(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := iAssetTokenCold.abi.Pack("transferred", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferred is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8baf29b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferred(address from, address to, uint256 amount) pure returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackTransferred(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("transferred", from, to, amount)
}

// PackUnbindToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40db3b50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbindToken(address token) pure returns()
func (iAssetTokenCold *IAssetTokenCold) PackUnbindToken(token common.Address) []byte {
	enc, err := iAssetTokenCold.abi.Pack("unbindToken", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbindToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40db3b50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbindToken(address token) pure returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackUnbindToken(token common.Address) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("unbindToken", token)
}

// PackUnfreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fe56f7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unfreezePartialTokens(address account, uint256 amount) returns()
func (iAssetTokenCold *IAssetTokenCold) PackUnfreezePartialTokens(account common.Address, amount *big.Int) []byte {
	enc, err := iAssetTokenCold.abi.Pack("unfreezePartialTokens", account, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnfreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fe56f7d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unfreezePartialTokens(address account, uint256 amount) returns()
func (iAssetTokenCold *IAssetTokenCold) TryPackUnfreezePartialTokens(account common.Address, amount *big.Int) ([]byte, error) {
	return iAssetTokenCold.abi.Pack("unfreezePartialTokens", account, amount)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (iAssetTokenCold *IAssetTokenCold) PackUnpause() []byte {
	enc, err := iAssetTokenCold.abi.Pack("unpause")
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
func (iAssetTokenCold *IAssetTokenCold) TryPackUnpause() ([]byte, error) {
	return iAssetTokenCold.abi.Pack("unpause")
}

// PackValuationGuard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd911800a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function valuationGuard() view returns(address feed, uint64 maxAge)
func (iAssetTokenCold *IAssetTokenCold) PackValuationGuard() []byte {
	enc, err := iAssetTokenCold.abi.Pack("valuationGuard")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValuationGuard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd911800a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function valuationGuard() view returns(address feed, uint64 maxAge)
func (iAssetTokenCold *IAssetTokenCold) TryPackValuationGuard() ([]byte, error) {
	return iAssetTokenCold.abi.Pack("valuationGuard")
}

// ValuationGuardOutput serves as a container for the return parameters of contract
// method ValuationGuard.
type ValuationGuardOutput struct {
	Feed   common.Address
	MaxAge uint64
}

// UnpackValuationGuard is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd911800a.
//
// Solidity: function valuationGuard() view returns(address feed, uint64 maxAge)
func (iAssetTokenCold *IAssetTokenCold) UnpackValuationGuard(data []byte) (ValuationGuardOutput, error) {
	out, err := iAssetTokenCold.abi.Unpack("valuationGuard", data)
	outstruct := new(ValuationGuardOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Feed = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.MaxAge = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() pure returns(string)
func (iAssetTokenCold *IAssetTokenCold) PackVersion() []byte {
	enc, err := iAssetTokenCold.abi.Pack("version")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function version() pure returns(string)
func (iAssetTokenCold *IAssetTokenCold) TryPackVersion() ([]byte, error) {
	return iAssetTokenCold.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(string)
func (iAssetTokenCold *IAssetTokenCold) UnpackVersion(data []byte) (string, error) {
	out, err := iAssetTokenCold.abi.Unpack("version", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}
