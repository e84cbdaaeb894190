// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package assettokencold

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

// AssetTokenColdMetaData contains all meta data concerning the AssetTokenCold contract.
var AssetTokenColdMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CountingOff\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DeedNotHeld\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyTokenInformation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"FractionsOutstanding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"FreezeExceedsBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"IdentityNotRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"InvalidLock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"name\":\"InvalidLockup\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"marginMode\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"margin\",\"type\":\"uint256\"}],\"name\":\"InvalidReserveGuard\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"InvalidSupplyCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"InvalidTransferLimit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"LockExceedsBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoDeed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NoSuchLock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"NotSupported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"}],\"name\":\"NothingToRecover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"RecoveryInvestorMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SameWallet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"SupplyCapAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyLocks\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"windows\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyWindows\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"name\":\"TransferRestricted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"UnexpectedDeed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"UnfreezeExceedsFrozen\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bool\",\"name\":\"isFrozen\",\"type\":\"bool\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AddressFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AgentAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AgentRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32[9]\",\"name\":\"caps\",\"type\":\"uint32[9]\"}],\"name\":\"CategoryCapsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"compliance\",\"type\":\"address\"}],\"name\":\"ComplianceAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"CountryAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"cap\",\"type\":\"uint32\"}],\"name\":\"CountryCapSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"CountryRestrictionSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"deed\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"deedId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"}],\"name\":\"DeedLocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"deed\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"deedId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"DeedReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minHolding\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"flowbackUntil\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"initialLockup\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"lockupReason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"forceFullTransfer\",\"type\":\"bool\"}],\"name\":\"ExtendedRulesSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Frozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"identityRegistry\",\"type\":\"address\"}],\"name\":\"IdentityRegistryAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"InvestorCountingOn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"anchor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"fromCountry\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"fromCategories\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"toCountry\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"toCategories\",\"type\":\"uint8\"}],\"name\":\"InvestorRecounted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"on\",\"type\":\"bool\"}],\"name\":\"LiquidateOnlySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"LockAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"LockRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"name\":\"LockedUp\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxBalance\",\"type\":\"uint256\"}],\"name\":\"MaxBalanceSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"MaxCountryShareSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxInvestors\",\"type\":\"uint256\"}],\"name\":\"MaxInvestorsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_lostWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_newWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_investorOnchainID\",\"type\":\"address\"}],\"name\":\"RecoverySuccess\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"RecoverySuccess\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"}],\"name\":\"RequiredFlagsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"marginMode\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"margin\",\"type\":\"uint256\"}],\"name\":\"ReserveGuardSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"SupplyCapSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenBound\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensUnfrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32[]\",\"name\":\"periods\",\"type\":\"uint32[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"limits\",\"type\":\"uint256[]\"}],\"name\":\"TransferLimitsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"string\",\"name\":\"newName\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"string\",\"name\":\"newSymbol\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"newDecimals\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"newVersion\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOnchainID\",\"type\":\"address\"}],\"name\":\"UpdatedTokenInformation\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"name\":\"ValuationGuardSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"categoryInvestors\",\"outputs\":[{\"internalType\":\"uint256[9]\",\"name\":\"counts\",\"type\":\"uint256[9]\"},{\"internalType\":\"uint256[9]\",\"name\":\"caps\",\"type\":\"uint256[9]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"compliance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"countryInvestors\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"countryRestricted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"created\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deed\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deedId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deedLocked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"destroyed\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"extendedRules\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"minHolding\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"flowbackUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"initialLockup\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"lockupReason\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"forceFullTransfer\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getFrozenTokens\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getTokenBound\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"investorCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"investorCounting\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"isAgent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"isCountryAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isFrozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"isLiquidateOnly\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"isRequestProcessed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"isTokenBound\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"lockOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"locksOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"}],\"internalType\":\"structIAssetTokenCold.Lock[]\",\"name\":\"locks\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxBalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxCountryShare\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxInvestors\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"onchainID\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requiredFlags\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reserveGuard\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"marginMode\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"margin\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"supplyCap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"transferAllowance\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"remaining\",\"type\":\"uint256[]\"},{\"internalType\":\"uint64[]\",\"name\":\"resets\",\"type\":\"uint64[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"transferLimits\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"periods\",\"type\":\"uint32[]\"},{\"internalType\":\"uint256[]\",\"name\":\"limits\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"transferred\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"unbindToken\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"valuationGuard\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "AssetTokenCold",
	Bin: "0x615f14610034600b8282823980515f1a607314602857634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe730000000000000000000000000000000000000000301460806040526004361061046f575f3560e01c80638f770ad011610258578063be159b5a1161014b578063e2e2d117116100ca578063ebe45cba1161008f578063ebe45cba14610c5b578063f652b75514610c7a578063f898178914610c82578063f9062c8014610ca1578063fc7e5fa814610cbc575f5ffd5b8063e2e2d11714610bd8578063e4fee3b914610beb578063e583983614610c0a578063e68da4b814610c1d578063e72d002914610c3c575f5ffd5b8063cbf3f86111610110578063cbf3f86114610b44578063d2e09b0a14610b63578063d7e64c0014610b82578063d911800a14610b8a578063db20a5b514610bb9575f5ffd5b8063be159b5a14610ad6578063c2f1e6bd14610ade578063c3f9ab5814610ae6578063c47f002714610b06578063c69c09cf14610b25575f5ffd5b8063ac979746116101d7578063b86b38fe1161019c578063b86b38fe14610a74578063bc99cc3714610a7c578063bca0a23d14610a84578063bd79c7ef14610a98578063bd8af8fd14610ab7575f5ffd5b8063ac979746146109d7578063af1a8cb6146109f8578063b586dc1914610a17578063b6a3f59a14610a36578063b84c824614610a55575f5ffd5b806399f644f61161021d57806399f644f61461095f5780639d51d9b7146109725780639dc29fac14610991578063aba63705146109b0578063ac3c4bcf146109b8575f5ffd5b80638f770ad0146108de5780639285948a146108e657806397809e0b1461090557806397a6278e14610924578063993e8b9514610943575f5ffd5b80634a6cc6771161037057806373ad468a116102ef57806386a82c94116102b457806386a82c94146108855780638adf0af21461088d5780638b4b3829146108ac5780638baf29b4146108cb5780638d2ea772146107b2575f5ffd5b806373ad468a14610811578063826172ff1461081957806382c8e52f146108385780638456cb591461085257806384e7984214610866575f5ffd5b80635f8dead3116103355780635f8dead3146107b25780636290865d146107c557806368573107146107df5780636a3edf28146107c55780636da398b3146107fe575f5ffd5b80634a6cc6771461071157806354fd4d50146107305780635a46d3b51461075b5780635b5ba2fd1461078b5780635c975abb146107aa575f5ffd5b80632a45df11116103fc5780633ff5aa02116103c15780633ff5aa021461065a57806340c10f191461067957806340db3b501461069857806345ef9dd4146106ab5780634710362d146106f2575f5ffd5b80632a45df11146105b95780632fbf137c146105fb5780632fde61bc146106115780633d1ddc5b146106275780633f4ba83a14610646575f5ffd5b80631a7af379116104425780631a7af379146105115780631fe56f7d146105305780631ffbb0641461054f578063204458f6146105725780632949921914610591575f5ffd5b80630a6df89714610473578063125c4a3314610494578063150b7a02146104b3578063158b1a57146104f0575b5f5ffd5b81801561047e575f5ffd5b5061049261048d366004615339565b610cdb565b005b81801561049f575f5ffd5b506104926104ae366004615366565b610d5f565b8180156104be575f5ffd5b506104d26104cd3660046153d4565b610d83565b6040516001600160e01b031990911681526020015b60405180910390f35b6105036104fe366004615441565b610e3e565b6040519081526020016104e7565b81801561051c575f5ffd5b5061049261052b36600461549c565b610e7c565b81801561053b575f5ffd5b5061049261054a366004615366565b610f24565b61056261055d366004615441565b610f44565b60405190151581526020016104e7565b81801561057d575f5ffd5b5061049261058c36600461549c565b610fc5565b6105a461059f366004615506565b61116c565b604080519283526020830191909152016104e7565b6105c16111ac565b604080516001600160a01b0390951685526001600160401b03909316602085015260ff9091169183019190915260608201526080016104e7565b6106036111f5565b6040516104e7929190615549565b610619611293565b6040516104e79291906155a0565b818015610632575f5ffd5b50610492610641366004615441565b6113da565b818015610651575f5ffd5b50610492611418565b818015610665575f5ffd5b50610492610674366004615441565b61148a565b818015610684575f5ffd5b50610492610693366004615366565b6114f5565b6104926106a6366004615441565b6114ff565b6106b3611518565b604080519586526001600160401b03909416602086015263ffffffff9092169284019290925260ff90911660608301521515608082015260a0016104e7565b8180156106fd575f5ffd5b5061049261070c36600461549c565b611562565b81801561071c575f5ffd5b5061049261072b36600461549c565b6115f5565b6040805180820182526009815268746573736572612d3160b81b602082015290516104e79190615621565b61076e610769366004615441565b611672565b604080519283526001600160401b039091166020830152016104e7565b818015610796575f5ffd5b506105626107a5366004615633565b6116d2565b610562611765565b6104926107c0366004615366565b611779565b305b6040516001600160a01b0390911681526020016104e7565b8180156107ea575f5ffd5b506104926107f936600461549c565b611781565b61056261080c366004615671565b6117fe565b61050361181d565b818015610824575f5ffd5b50610492610833366004615688565b611839565b610840611972565b60405160ff90911681526020016104e7565b81801561085d575f5ffd5b50610492611985565b818015610871575f5ffd5b50610492610880366004615441565b6119f0565b610503611a37565b818015610898575f5ffd5b506104926108a73660046156cf565b611a49565b8180156108b7575f5ffd5b506104926108c6366004615506565b611c00565b6104926108d9366004615633565b611ca2565b610503611caf565b8180156108f1575f5ffd5b5061056261090036600461573a565b611cc5565b818015610910575f5ffd5b5061049261091f36600461578f565b611e1c565b81801561092f575f5ffd5b5061049261093e366004615441565b61204a565b610562610951366004615441565b6001600160a01b0316301490565b61056261096d366004615506565b612091565b81801561097d575f5ffd5b5061049261098c366004615671565b6120d8565b81801561099c575f5ffd5b506104926109ab366004615366565b612170565b6107c761217a565b8180156109c3575f5ffd5b506104926109d2366004615366565b612195565b6109ea6109e5366004615441565b61232f565b6040516104e79291906157c6565b818015610a03575f5ffd5b50610492610a1236600461549c565b6125f5565b818015610a22575f5ffd5b50610492610a31366004615441565b612852565b818015610a41575f5ffd5b50610492610a50366004615671565b6129b5565b818015610a60575f5ffd5b50610492610a6f366004615827565b612a96565b610562612af5565b610503612b00565b818015610a8f575f5ffd5b50610492612b10565b818015610aa3575f5ffd5b50610492610ab2366004615865565b612b9c565b818015610ac2575f5ffd5b50610492610ad1366004615880565b612c11565b610562612d17565b6107c7612d22565b610af9610af4366004615441565b612d3d565b6040516104e791906158c7565b818015610b11575f5ffd5b50610492610b20366004615827565b612e9e565b818015610b30575f5ffd5b50610492610b3f36600461578f565b612ef4565b818015610b4f575f5ffd5b50610492610b5e366004615441565b612f14565b818015610b6e575f5ffd5b50610492610b7d366004615961565b613020565b61050361308a565b610b9261309a565b604080516001600160a01b0390931683526001600160401b039091166020830152016104e7565b818015610bc4575f5ffd5b50610492610bd336600461597a565b6130d8565b610562610be6366004615441565b61318c565b818015610bf6575f5ffd5b50610492610c053660046159ad565b6132a0565b610562610c18366004615441565b613466565b818015610c28575f5ffd5b50610492610c373660046159f7565b6134a4565b818015610c47575f5ffd5b50610492610c56366004615441565b6135f5565b818015610c66575f5ffd5b50610562610c75366004615366565b6138fc565b61056261394e565b818015610c8d575f5ffd5b50610492610c9c366004615441565b61397e565b610ca96139e6565b60405161ffff90911681526020016104e7565b818015610cc7575f5ffd5b50610492610cd636600461549c565b613a00565b610cf15f516020615e9f5f395f51905f52613a93565b69ffffffff000000000000603082901b1669ffffffff00000000000019610d16613b1d565b541617610d21613b1d565b5560405163ffffffff821681527f0de3b656191db95f0ae3b33d959531021110a9da5b819655d9d13a57496144ad906020015b60405180910390a150565b610d755f516020615ebf5f395f51905f52613a93565b610d7f8282613b41565b5050565b5f5f610d8d613b1d565b600701546001600160a01b03169050801580610db25750336001600160a01b03821614155b80610dc85750610dc0613b1d565b600801548514155b15610df45760405163853a50cb60e01b8152336004820152602481018690526044015b60405180910390fd5b6040516001600160a01b03871690869033907f65b9b6800269c1d914567df9d066fabc775c2ad11e29e2892d42fb99b98c58d0905f90a450630a85bd0160e11b9695505050505050565b5f6001600160801b03610e4f613b1d565b6003015f846001600160a01b03166001600160a01b031681526020019081526020015f2054169050919050565b610e925f516020615ebf5f395f51905f52613a93565b828114610eb5576040516001621398b960e31b0319815260040160405180910390fd5b5f5b83811015610f1d57610f15858583818110610ed457610ed4615a55565b9050602002016020810190610ee99190615441565b848484818110610efb57610efb615a55565b9050602002016020810190610f109190615865565b613be1565b600101610eb7565b5050505050565b610f3a5f516020615ebf5f395f51905f52613a93565b610d7f8282613c7d565b604051632474521560e21b81525f516020615ebf5f395f51905f5260048201526001600160a01b03821660248201525f9030906391d1485490604401602060405180830381865afa158015610f9b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610fbf9190615a69565b92915050565b610fdb5f516020615e9f5f395f51905f52613a93565b610fe3613ce7565b828114611006576040516001621398b960e31b0319815260040160405180910390fd5b5f5b83811015610f1d575f611019613b1d565b600e015f87878581811061102f5761102f615a55565b90506020020160208101906110449190615506565b61ffff1681526020019081526020015f20549050602084848481811061106c5761106c615a55565b90506020020160208101906110819190615339565b63ffffffff16901b63ffffffff821617611099613b1d565b600e015f8888868181106110af576110af615a55565b90506020020160208101906110c49190615506565b61ffff16815260208101919091526040015f20558585838181106110ea576110ea615a55565b90506020020160208101906110ff9190615506565b61ffff167f0b7b5be1b5f5d3ca1408f2633cfc1f7e4b09791dd027abd6fb93b016a9139fbb85858581811061113657611136615a55565b905060200201602081019061114b9190615339565b60405163ffffffff909116815260200160405180910390a250600101611008565b5f5f5f611177613b1d565b600e015f8561ffff1681526020019081526020015f2054905063ffffffff811663ffffffff602083901c169250925050915091565b5f5f5f5f5f6111b9613b1d565b60118101546012909101546001600160a01b03821697600160a01b83046001600160401b03169750600160e01b90920460ff1695509350915050565b6111fd6152e4565b6112056152e4565b5f61120e613b1d565b600f015490505f61121d613b1d565b6010015490505f5b600981101561128c57630fffffff61123e82601c615a98565b84901c1685826009811061125457611254615a55565b6020020152630fffffff61126982601c615a98565b83901c1684826009811061127f5761127f615a55565b6020020152600101611225565b5050509091565b6060805f60b46112a1613b1d565b60090154901c6007169050806001600160401b038111156112c4576112c4615aaf565b6040519080825280602002602001820160405280156112ed578160200160208202803683370190505b509250806001600160401b0381111561130857611308615aaf565b604051908082528060200260200182016040528015611331578160200160208202803683370190505b5091505f5b818110156113d4575f6001600160801b03611355600184166080615a98565b61135d613b1d565b600b01600185901c6002811061137557611375615a55565b0154901c1690508085838151811061138f5761138f615a55565b602002602001019063ffffffff16908163ffffffff1681525050602081901c8483815181106113c0576113c0615a55565b602090810291909101015250600101611336565b50509091565b6113e35f613a93565b806113ec613b1d565b60130180546001600160a01b0319166001600160a01b0392909216919091179055611415613d14565b50565b6114417f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a613a93565b60011961144c613b1d565b80549190911690556040513381527f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa906020015b60405180910390a1565b6114935f613a93565b6001600160a01b03811630146114bc5760405163329e2f1560e01b8152600401610deb90615ac3565b6040516001600160a01b03821681527f2de35142b19ed5a07796cf30791959c592018f70b1d2d7c460eef8ffe713692b90602001610d54565b610d7f8282613e0e565b60405163329e2f1560e01b8152600401610deb90615ac3565b5f5f5f5f5f5f611526613b1d565b600901546001600160601b0381169764ffffffffff606083901c169750608882901c965060a882901c9550600160b01b90911615159350915050565b6115785f516020615ebf5f395f51905f52613a93565b82811461159b576040516001621398b960e31b0319815260040160405180910390fd5b5f5b83811015610f1d576115ed8585838181106115ba576115ba615a55565b90506020020160208101906115cf9190615441565b8484848181106115e1576115e1615a55565b90506020020135613c7d565b60010161159d565b828114611618576040516001621398b960e31b0319815260040160405180910390fd5b5f5b83811015610f1d5761166a85858381811061163757611637615a55565b905060200201602081019061164c9190615441565b84848481811061165e5761165e615a55565b90506020020135613e5c565b60010161161a565b5f5f5f64ffffffffff60c0611685613b1d565b6001600160a01b0387165f9081526002919091016020526040902054901c1690504281116116b857505f93849350915050565b6116c96116c3613b1d565b85613eaa565b94909350915050565b5f6116e95f516020615ebf5f395f51905f52613a93565b5f306001600160a01b031663134e18f46040518163ffffffff1660e01b8152600401602060405180830381865afa158015611726573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061174a9190615afa565b905061175881868686613f02565b60019150505b9392505050565b5f6001611770613b1d565b54161515919050565b610d7f614332565b8281146117a4576040516001621398b960e31b0319815260040160405180910390fd5b5f5b83811015610f1d576117f68585838181106117c3576117c3615a55565b90506020020160208101906117d89190615441565b8484848181106117ea576117ea615a55565b90506020020135613e0e565b6001016117a6565b5f611807613b1d565b5f92835260050160205250604090205460ff1690565b5f6001600160601b036050611830613b1d565b54901c16919050565b61184f5f516020615e9f5f395f51905f52613a93565b611857613ce7565b5f5f5b60098110156118f757630fffffff83826009811061187a5761187a615a55565b60200201602081019061188d9190615339565b63ffffffff1611156118b25760405163162908e360e11b815260040160405180910390fd5b6118bd81601c615a98565b8382600981106118cf576118cf615a55565b6020020160208101906118e29190615339565b63ffffffff16901b919091179060010161185a565b5080611901613b1d565b601001555f61190e613b1d565b600901549050611936821561192957600160b11b821761438f565b600160b11b19821661438f565b7f66399d7ba188664b067ebb564c5f04cdc11eda14dc5f2d8eba78b6a1194aed38836040516119659190615b15565b60405180910390a1505050565b5f600861197d613b1d565b54901c919050565b6119ae7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a613a93565b60016119b8613b1d565b80549190911790556040513381527f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25890602001611480565b611a01632f2ff15d60e01b826143cd565b6040516001600160a01b038216907ff68e73cec97f2d70aa641fb26e87a4383686e2efacb648f2165aeb02ac562ec5905f90a250565b5f611a40613b1d565b60080154905090565b611a5f5f516020615ebf5f395f51905f52613a93565b841580611a7257506001600160601b0385115b80611a8e5750826001600160401b0316846001600160401b0316115b80611aaa5750816001600160401b0316836001600160401b0316115b80611abe575042826001600160401b031611155b80611ad6575064ffffffffff826001600160401b0316115b15611b16576040516311402dd160e01b8152600481018690526001600160401b038086166024830152808516604483015283166064820152608401610deb565b5f611b1f613b1d565b6001600160a01b0388165f9081526002919091016020526040812054915086611b4f611b49613b1d565b8a613eaa565b611b599190615b54565b90506001600160601b038216811115611b945787816001600160601b0384166040516397192e5960e01b8152600401610deb93929190615b67565b611bce611b9f613b1d565b8984611bc98b8b6001600160401b03168b6001600160401b03168b6001600160401b03168b6144bf565b6144e7565b611bd6613b1d565b6001600160a01b039099165f90815260029990990160205260409098209790975550505050505050565b611c165f516020615e9f5f395f51905f52613a93565b611c1e613ce7565b6127108161ffff161115611c455760405163162908e360e11b815260040160405180910390fd5b611c6e61ffff60b71b60b783901b16613fff60b71b19611c63613b1d565b60090154161761438f565b60405161ffff821681527fcda19e61d3a20fdb7ef48963add4932a0c2583916d495815ec9ebb304e1bcc4590602001610d54565b611caa614332565b505050565b5f6080611cba613b1d565b60010154901c905090565b5f611cdc5f516020615ebf5f395f51905f52613a93565b5f306001600160a01b031663134e18f46040518163ffffffff1660e01b8152600401602060405180830381865afa158015611d19573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611d3d9190615afa565b6040516309b2c94960e41b81526001600160a01b0387811660048301529192505f91831690639b2c949090602401602060405180830381865afa158015611d86573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611daa9190615b88565b9050801580611dd45750836001600160a01b0316611dc883836146e7565b6001600160a01b031614155b15611e0457604051633419fc5160e21b81526001600160a01b038716600482015260248101829052604401610deb565b611e1082878784613f02565b50600195945050505050565b611e325f516020615ebf5f395f51905f52613a93565b5f306001600160a01b031663134e18f46040518163ffffffff1660e01b8152600401602060405180830381865afa158015611e6f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e939190615afa565b604051633465d6d560e01b81526001600160a01b0385811660048301529192505f91831690633465d6d590602401602060405180830381865afa158015611edc573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f009190615b88565b90506001600160a01b038116611f345760405163fa9b64eb60e01b81526001600160a01b0385166004820152602401610deb565b5f611f3d613b1d565b6001600160a01b0383165f9081526002919091016020526040902054905083611f6d57600160ea1b198116611f75565b600160ea1b81175b611f7d613b1d565b6001600160a01b038481165f90815260029290920160205260409182902092909255516309b2c94960e41b8152868216600482015290841690639b2c949090602401602060405180830381865afa158015611fda573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611ffe9190615b88565b856001600160a01b03167fa4749aece38fe0dea9b814e4573e67539eb202572700c14d08e9316d1845547d8660405161203b911515815260200190565b60405180910390a35050505050565b61205b63d547741f60e01b826143cd565b6040516001600160a01b038216907fed9c8ad8d5a0a66898ea49d2956929c93ae2e8bd50281b2ed897c5d1a6737e0b905f90a250565b5f600261209c613b1d565b54161580610fbf575060ff82166120b1613b1d565b60ff600885901c165f90815260049190910160205260409020546001911c16151592915050565b6120ee5f516020615e9f5f395f51905f52613a93565b6001600160601b038111156121165760405163162908e360e11b815260040160405180910390fd5b605081901b6bffffffffffffffffffffffff60501b19612134613b1d565b54161761213f613b1d565b556040518181527f82f9980487703d8db41f1ba63b2665566f7fb449fbc840a9e0c6ca932bed582c90602001610d54565b610d7f8282613e5c565b5f612183613b1d565b601301546001600160a01b0316919050565b6121ab5f516020615ebf5f395f51905f52613a93565b5f6121bd6121b7613b1d565b84614764565b9050805182106121f25760405163174ff03d60e01b81526001600160a01b038416600482015260248101839052604401610deb565b5f81838151811061220557612205615a55565b602002602001015190505f83600161221d9190615b54565b90505b82518110156122745782818151811061223b5761223b615a55565b6020026020010151836001836122519190615b9f565b8151811061226157612261615a55565b6020908102919091010152600101612220565b50600182510382526122b2612287613b1d565b85612290613b1d565b6001600160a01b0388165f9081526002919091016020526040902054856148f4565b6122ba613b1d565b6001600160a01b0386165f818152600292909201602052604090912091909155339060ff60d884901c16907f0feb5a74a95732931236500a27b30b290adfbaf250fdeca1a70ea0579155179e866123118642614ac1565b6040805192835260208301919091520160405180910390a450505050565b6060805f306001600160a01b031663134e18f46040518163ffffffff1660e01b8152600401602060405180830381865afa15801561236f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906123939190615afa565b604051633465d6d560e01b81526001600160a01b0386811660048301529190911690633465d6d590602401602060405180830381865afa1580156123d9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906123fd9190615b88565b90505f60b461240a613b1d565b60090154901c6007169050806001600160401b0381111561242d5761242d615aaf565b604051908082528060200260200182016040528015612456578160200160208202803683370190505b509350806001600160401b0381111561247157612471615aaf565b60405190808252806020026020018201604052801561249a578160200160208202803683370190505b5092505f5b818110156125ed575f6124b6600183166080615a98565b90505f6001600160801b03826124ca613b1d565b600b01600186901c600281106124e2576124e2615a55565b0154901c1690505f6001600160801b03836124fb613b1d565b6001600160a01b0389165f908152600d9190910160205260409020600187901c6002811061252b5761252b615a55565b0154901c1690505f61254763ffffffff8416606084901c615b54565b90505f606083901c158061255b5750814210155b61256e576001600160601b038316612570565b5f5b905061258081602086901c615b9f565b8a878151811061259257612592615a55565b602090810291909101015280156125a957816125ab565b5f5b8987815181106125bd576125bd615a55565b60200260200101906001600160401b031690816001600160401b031681525050505050505080600101905061249f565b505050915091565b61260b5f516020615e9f5f395f51905f52613a93565b8281811461262f576040516001621398b960e31b0319815260040160405180910390fd5b600481111561265a5760405163076104db60e11b815260048181018390526024820152604401610deb565b612662615303565b5f5b828110156127d75786868281811061267e5761267e615a55565b90506020020160208101906126939190615339565b63ffffffff1615806126bc57508484828181106126b2576126b2615a55565b905060200201355f145b806126e557506001600160601b038585838181106126dc576126dc615a55565b90506020020135115b15612753578686828181106126fc576126fc615a55565b90506020020160208101906127119190615339565b85858381811061272357612723615a55565b60405163049d009560e11b815263ffffffff90941660048501526020029190910135602483015250604401610deb565b612761600182166080615a98565b602086868481811061277557612775615a55565b90506020020135901b88888481811061279057612790615a55565b90506020020160208101906127a59190615339565b63ffffffff1617901b82600183901c600281106127c4576127c4615a55565b6020020180519091179052600101612664565b5080516127e2613b1d565b600b015560208101516127f3613b1d565b600c015561280d60b483901b600760b41b19611c63613b1d565b7f016d978be7bdc4416da82f56f1a8ea5ceb186a266a9dfb6dd22cdaf1bd19e2fe868686866040516128429493929190615bb2565b60405180910390a1505050505050565b61285b5f613a93565b5f612864613b1d565b600701546001600160a01b031690505f61287c613b1d565b6008015490506001600160a01b0382166128a95760405163c1ffbfc160e01b815260040160405180910390fd5b6128b4308383614b4c565b6128d157604051635dbdcfb160e01b815260040160405180910390fd5b5f6001600160801b036128e2613b1d565b60010154169050801561290b57604051630cddcbb560e31b815260048101829052602401610deb565b604051632142170760e11b81523060048201526001600160a01b038581166024830152604482018490528416906342842e0e906064015f604051808303815f87803b158015612958575f5ffd5b505af115801561296a573d5f5f3e3d5ffd5b50505050836001600160a01b031682846001600160a01b03167fe8383670d8496f6387cd90d87d2c260167c678257468a7230d4f233196f3d7e760405160405180910390a450505050565b6129be5f613a93565b5f6129c7613b1d565b600101549050608081901c156129f657604051637c03277b60e11b8152608082901c6004820152602401610deb565b811580612a0957506001600160601b0382115b80612a1c57506001600160801b03811682105b15612a4c5760405163051bc06760e11b8152600481018390526001600160801b0382166024820152604401610deb565b608082901b8117612a5b613b1d565b600101556040518281527fbc585eed6f54aa16ec292be93276937803d5a047ba4eded0c87779270bbfdfe69060200160405180910390a15050565b612a9f5f613a93565b5f819003612ac057604051639348a10f60e01b815260040160405180910390fd5b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace04612aec828483615cb1565b50610d7f613d14565b5f6002611770613b1d565b5f63ffffffff6030611830613b1d565b612b265f516020615e9f5f395f51905f52613a93565b5f6001600160801b03612b37613b1d565b600101541690508015612b6057604051630cddcbb560e31b815260048101829052602401610deb565b6008612b6a613b1d565b805490911790556040517f405d90c9fe0268d1268a9a51fa97b8e6d16a65625786fdc65747b7fec484be53905f90a150565b612bb25f516020615e9f5f395f51905f52613a93565b80612bc957600219612bc2613b1d565b5416612bd6565b6002612bd3613b1d565b54175b612bde613b1d565b5560405181151581527feefd36438b6df67c30108fdd7c23da7c8e2dd811d3afde6617f84ea0de2e999d90602001610d54565b612c275f516020615e9f5f395f51905f52613a93565b5f5b82811015612d11575f848483818110612c4457612c44615a55565b9050602002016020810190612c599190615506565b9050600160ff82161b5f612c6b613b1d565b60ff600885901c165f9081526004919091016020526040902054905084612c955781198116612c99565b8181175b612ca1613b1d565b6004015f60088661ffff16901c61ffff1681526020019081526020015f20819055508261ffff167f1eb67ceae445ea4aaace1bc94bb2a45c321fefcea65fcdada87b3010380d16aa86604051612cfb911515815260200190565b60405180910390a2505050806001019050612c29565b50505050565b5f6008611770613b1d565b5f612d2b613b1d565b600701546001600160a01b0316919050565b60605f612d4b6121b7613b1d565b905080516001600160401b03811115612d6657612d66615aaf565b604051908082528060200260200182016040528015612dc457816020015b6040805160c0810182525f8082526020808301829052928201819052606082018190526080820181905260a082015282525f19909201910181612d845790505b5091505f5b8151811015612e97575f828281518110612de557612de5615a55565b602002602001015190506040518060c001604052806001600160601b038316815260200164ffffffffff606084901c166001600160401b0316815260200164ffffffffff608884901c166001600160401b0316815260200164ffffffffff60b084901c166001600160401b0316815260200160d883901c60ff168152602001612e6e8342614ac1565b815250848381518110612e8357612e83615a55565b602090810291909101015250600101612dc9565b5050919050565b612ea75f613a93565b5f819003612ec857604051639348a10f60e01b815260040160405180910390fd5b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace03612aec828483615cb1565b612f0a5f516020615ebf5f395f51905f52613a93565b610d7f8282613be1565b612f1d5f613a93565b306001600160a01b031663134e18f46040518163ffffffff1660e01b8152600401602060405180830381865afa158015612f59573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612f7d9190615afa565b6001600160a01b0316816001600160a01b031614612fea5760405163329e2f1560e01b8152602060048201526024808201527f726567697374727920666978656420696e2074686520696d706c656d656e74616044820152633a34b7b760e11b6064820152608401610deb565b6040516001600160a01b038216907fd2be862d755bca7e0d39772b2cab3a5578da9c285f69199f4c063c2294a7f36c905f90a250565b6130365f516020615e9f5f395f51905f52613a93565b61ff00600882901b1661ff001961304b613b1d565b541617613056613b1d565b5560405160ff821681527f8839b642dc83ae5f06aa6f577c1cfe68beceba3b4298a2eb4f06dc85f81597b090602001610d54565b5f63ffffffff6010611830613b1d565b5f5f6130a4613b1d565b600601546001600160a01b03166130b9613b1d565b60060160149054906101000a90046001600160401b0316915091509091565b6130ee5f516020615e9f5f395f51905f52613a93565b816130f7613b1d565b60060180546001600160a01b0319166001600160a01b039290921691909117905580613121613b1d565b600601805467ffffffffffffffff60a01b1916600160a01b6001600160401b039384160217905560405190821681526001600160a01b038316907f0a44a61eac3383cba7c7b70ae3fe66e98e7e4873961640b819fba0ffab22215d9060200160405180910390a25050565b5f5f306001600160a01b031663134e18f46040518163ffffffff1660e01b8152600401602060405180830381865afa1580156131ca573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906131ee9190615afa565b604051633465d6d560e01b81526001600160a01b0385811660048301529190911690633465d6d590602401602060405180830381865afa158015613234573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906132589190615b88565b90506001600160a01b0381161580159061175e5750600160ea1b61327a613b1d565b6001600160a01b0383165f90815260029190910160205260409020541615159392505050565b6132b65f516020615e9f5f395f51905f52613a93565b5f6132bf613b1d565b90505f6001600160a01b03861615613336576001600160a01b0386163b15806132ef57506001600160401b038516155b806132fd5750600260ff8516115b80613317575060ff841615613313578215613317565b8215155b80613331575060ff84166001148015613331575061271083115b613359565b6001600160401b03851615158061334f575060ff841615155b8061335957508215155b905080156133a457604051638cb6bfeb60e01b81526001600160a01b03871660048201526001600160401b038616602482015260ff8516604482015260648101849052608401610deb565b6001600160a01b038616156133bd5781546010176133c4565b8154601019165b82556011820180546001600160a01b0388166001600160e01b03199091168117600160a01b6001600160401b0389169081029190911760ff60e01b1916600160e01b60ff89169081029190911790935560128501869055604080519182526020820193909352918201859052907f40f1fe4368329880882d8c79d02d0afaffb7f2266cad307a2281e077a8de47569060600160405180910390a2505050505050565b5f600160e81b613474613b1d565b6002015f846001600160a01b03166001600160a01b031681526020019081526020015f2054165f14159050919050565b6134ba5f516020615e9f5f395f51905f52613a93565b6001600160601b038511156134e25760405163162908e360e11b815260040160405180910390fd5b64ffffffffff846001600160401b0316118061350757506312cc03008363ffffffff16115b156135305760405163f65609c560e01b81526001600160401b0385166004820152602401610deb565b5f8161353c575f613542565b600160b01b5b67ffffffffffffffff60601b606087901b16871763ffffffff60881b608887901b161760ff60a81b60a886901b1617179050613596816135876001600160b01b615b9f565b600160b01b1719611c63613b1d565b604080518781526001600160401b038716602082015263ffffffff86169181019190915260ff8416606082015282151560808201527fc9cd424353ef53191de4e45ca8f9cbee753aadb23816146b5ad13a6df3ace2719060a001612842565b5f306001600160a01b031663134e18f46040518163ffffffff1660e01b8152600401602060405180830381865afa158015613632573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906136569190615afa565b604051633465d6d560e01b81526001600160a01b0384811660048301529190911690633465d6d590602401602060405180830381865afa15801561369c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906136c09190615b88565b9050805f6136cc613b1d565b6001600160a01b0383165f90815260029190910160205260409020549050600160eb1b811615806137015750600160ff1b8316155b1561370c5750505050565b6203ffff60ec82901c1661ffff60a085901c1660ff60f086901c166203fc0060e687901c168217808403613744575050505050505050565b600161374e613b1d565b600e015f866103ff1681526020019081526020015f205f8282546137729190615b9f565b9091555060019050613782613b1d565b600e015f8581526020019081526020015f205f8282546137a29190615b54565b909155505f90506137b1613b1d565b600f015490505f5b600981101561384c57806008146137e3576137d581600a615b54565b86901c6001165f14156137ea565b600a86901c155b1561380b576137fa81601c615a98565b613808906001901b83615b9f565b91505b8060081461382057600184821c161515613823565b83155b156138445761383381601c615a98565b613841906001901b83615b54565b91505b6001016137b9565b5080613856613b1d565b600f01556001620c000160ec1b03861660ec83901b17613874613b1d565b6001600160a01b0389165f81815260029290920160209081526040928390209390935581516103ff8916815260ff600a8a901c81169482019490945261ffff88169281019290925291851660608201527f358f9acf15b572761fd412d51fd56800ef0fe1c9370e4d0847e7800879ae0ea89060800160405180910390a2505050505050505050565b5f6139135f516020615ebf5f395f51905f52613a93565b6001600160801b0382111561393b5760405163162908e360e11b815260040160405180910390fd5b6139458383614beb565b50600192915050565b5f6139793061395b613b1d565b600701546001600160a01b0316613970613b1d565b60080154614b4c565b905090565b6139875f613a93565b6001600160a01b03811630146139b05760405163329e2f1560e01b8152600401610deb90615ac3565b6040516001600160a01b038216907f7f3a888862559648ec01d97deb7b5012bff86dc91e654a1de397170db40e35b6905f90a250565b5f60b76139f1613b1d565b60090154901c613fff16905090565b613a165f516020615ebf5f395f51905f52613a93565b828114613a39576040516001621398b960e31b0319815260040160405180910390fd5b5f5b83811015610f1d57613a8b858583818110613a5857613a58615a55565b9050602002016020810190613a6d9190615441565b848484818110613a7f57613a7f615a55565b90506020020135613b41565b600101613a3b565b604051632474521560e21b81526004810182905233602482015230906391d1485490604401602060405180830381865afa158015613ad3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613af79190615a69565b6114155760405163e2517d3f60e01b815233600482015260248101829052604401610deb565b7fd019ed802b3a65492a3f21b3c309e952d0b17f35a722d5eadef27d7e18404a0090565b5f6001600160801b03613b52613b1d565b6001600160a01b0385165f9081526003919091016020526040812054919091169150613b7e8383615b54565b90505f6001600160601b03613b91613b1d565b6001600160a01b0387165f908152600291909101602052604090205416905080821115613bd75784828260405163f0d8212b60e01b8152600401610deb93929190615b67565b610f1d8583614beb565b5f613bea613b1d565b6001600160a01b0384165f9081526002919091016020526040902054905081613c1a57600160e81b198116613c22565b600160e81b81175b613c2a613b1d565b6001600160a01b0385165f818152600292909201602052604080832093909355915133928515159290917f7fa523c84ab8d7fc5b72f08b9e46dbbf10c39e119a075b3e317002d14bc9f4369190a4505050565b5f6001600160801b03613c8e613b1d565b6001600160a01b0385165f908152600391909101602052604090205416905080821115613cd45782818360405163e0dfe97f60e01b8152600401610deb93929190615b67565b611caa83613ce28484615b9f565b614beb565b6008613cf1613b1d565b54165f03613d125760405163d5178e9760e01b815260040160405180910390fd5b565b613d1c613b1d565b601301546001600160a01b03167f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace00600401604051613d5a9190615d6a565b6040518091039020613d897f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0090565b600301604051613d999190615d6a565b60405180910390207f6a1105ac8148a3c319adbc369f9072573e8a11d3a3d195e067e7c40767ec54d1613dca613b1d565b600601546040805180820182526009815268746573736572612d3160b81b60208201529051613e0492600160e01b900460ff169190615ddb565b60405180910390a4565b610d7f8282613e1b614da1565b604051602401613e2d93929190615b67565b60408051601f198184030181529190526020810180516001600160e01b0316630f22c5f760e11b179052614e71565b610d7f8282613e69614da1565b604051602401613e7b93929190615b67565b60408051601f198184030181529190526020810180516001600160e01b031663158a1cc360e01b179052614e71565b5f5f613eb68484614764565b90505f5b8151811015613efa57613ee6828281518110613ed857613ed8615a55565b602002602001015142614ac1565b613ef09084615b54565b9250600101613eba565b505092915050565b5f613f0b613b1d565b9050826001600160a01b0316846001600160a01b031603613f3f576040516394a3d97960e01b815260040160405180910390fd5b6001600160a01b0384165f908152600282016020526040812054906001600160601b03821690819003613f90576040516386d9d03560e01b81526001600160a01b0387166004820152602401610deb565b83158061400657506040516309b2c94960e41b81526001600160a01b038781166004830152859190891690639b2c949090602401602060405180830381865afa158015613fdf573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906140039190615b88565b14155b1561403657604051633419fc5160e21b81526001600160a01b038716600482015260248101859052604401610deb565b604051634dffeb6960e01b81526001600160a01b038681166004830152859190891690634dffeb6990602401602060405180830381865afa15801561407d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906140a19190615b88565b146140d157604051633419fc5160e21b81526001600160a01b038616600482015260248101859052604401610deb565b604051633465d6d560e01b81526001600160a01b0386811660048301525f9190891690633465d6d590602401602060405180830381865afa158015614118573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061413c9190615b88565b9050600160ff1b8116158061415e57504260b082901c6001600160401b031611155b1561417f5760405163e18ca2b960e01b815260546004820152602401610deb565b6001600160a01b0386165f9081526002850160205260408120546141b3908990899087906141ae908890615b54565b614f0d565b9050600160e81b8416158015906141ce5750600160e81b8116155b1561421657604051600160e81b919091179033906001906001600160a01b038a16907f7fa523c84ab8d7fc5b72f08b9e46dbbf10c39e119a075b3e317002d14bc9f436905f90a45b6001600160a01b038089165f818152600288016020526040808220733ffffd0000000000ffffffffffffffffffffffff60601b89169055928a168082529083902084905591517fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9061428b9087815260200190565b60405180910390a385876001600160a01b0316896001600160a01b03167fa1505292c0b9cc567f38ad6cb54e66cb1d99b7b990491da20439f814074a2f8060405160405180910390a46142de89876146e7565b6001600160a01b0316876001600160a01b0316896001600160a01b03167ff0c9129a94f30f1caaceb63e44b9811d0a3edf1d6c23757f346093af5553fed060405160405180910390a4505050505050505050565b60405163329e2f1560e01b815260206004820152602b60248201527f636f6d706c69616e636520686f6f6b733a2074686520746f6b656e206b65657060448201526a732069747320737461746560a81b6064820152608401610deb565b80614398613b1d565b6009015580156143b35760046143ac613b1d565b54176143c1565b6004196143be613b1d565b54165b6143c9613b1d565b5550565b6040515f516020615ebf5f395f51905f5260248201526001600160a01b03821660448201526144339083906064015b60408051601f198184030181529190526020810180516001600160e01b03166001600160e01b031990931692909217909152614e71565b6040517f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a660248201526001600160a01b03821660448201526144799083906064016143fc565b6040517f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a60248201526001600160a01b0382166044820152610d7f9083906064016143fc565b606084901b8517608884901b1760b083901b1760ff60d81b60d883901b161795945050505050565b5f5f6144f38686614764565b905060605f6145028386615235565b9050825181101561459b575f83828151811061452057614520615a55565b6020908102919091010151905060b081811c64ffffffffff9081169188901c168181111561454c578091505b6145726145656001600160601b038a8116908616615b54565b83848560d88d901c6144bf565b86858151811061458457614584615a55565b602002602001018181525050859450505050614657565b82516145a8906001615b54565b6001600160401b038111156145bf576145bf615aaf565b6040519080825280602002602001820160405280156145e8578160200160208202803683370190505b5091505f5b83518110156146355783818151811061460857614608615a55565b602002602001015183828151811061462257614622615a55565b60209081029190910101526001016145ed565b50848284518151811061464a5761464a615a55565b6020026020010181815250505b604080516001600160601b0387168152606087811c64ffffffffff9081166020840152608889901c81168385015260b089901c1690820152905160ff60d888901c16916001600160a01b038a16917f8c7000ceee23e6e779106e2ee34ab4ae114e2524a9c66a1f199cd5111901c2489181900360800190a36146db888888856148f4565b98975050505050505050565b5f60a082901c1561475e5760405163cf4ff90160e01b8152600481018390526001600160a01b0384169063cf4ff90190602401602060405180830381865afa158015614735573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906147599190615afa565b61175e565b50919050565b6001600160a01b0381165f908152600a83016020526040902080546060919061478e816001615b54565b6001600160401b038111156147a5576147a5615aaf565b6040519080825280602002602001820160405280156147ce578160200160208202803683370190505b5092505f5f5f5b83811015614859575f8582815481106147f0576147f0615a55565b905f5260205f20015490506001600160601b038116836148109190615b54565b92504264ffffffffff60b083901c1611156148505780878561483181615dfe565b96508151811061484357614843615a55565b6020026020010181815250505b506001016147d5565b506001600160a01b0386165f90815260038801602090815260408083205460028b019092529091205460809190911c9060c01c64ffffffffff1682821180156148a157504281115b156148e6576148bc6148b38484615b9f565b8283845f6144bf565b87856148c781615dfe565b9650815181106148d9576148d9615a55565b6020026020010181815250505b505050835250909392505050565b80515f90600881111561492c57604051635677e0eb60e11b81526001600160a01b038616600482015260086024820152604401610deb565b6001600160a01b0385165f908152600a8701602052604081208054909180805b858110156149e8575f88828151811061496757614967615a55565b602002602001015190508482101561499c578086838154811061498c5761498c615a55565b5f918252602090912001556149b1565b85546001810187555f87815260209020018190555b6149c46001600160601b03821685615b54565b935060b081901c64ffffffffff16838111156149de578093505b505060010161494c565b50825b85811115614a275784805480614a0357614a03615e16565b600190038181905f5260205f20015f9055905580614a2090615e2a565b90506149eb565b506001600160a01b0389165f81815260038c0160205260409081902080546001600160801b0316608086901b179055517f0323f3dfd510aa3314e205de0e35da1a4f61b5f06b51566b86430308434e743390614a9890859085909182526001600160401b0316602082015260400190565b60405180910390a264ffffffffff60c01b19881660c09190911b17945050505050949350505050565b5f60b083901c64ffffffffff16808310614ade575f915050610fbf565b6001600160601b038416608885901c64ffffffffff16841015614b04579150610fbf9050565b606085901c64ffffffffff16614b1a8184615b9f565b614b248287615b9f565b614b2e9084615a98565b614b389190615e3f565b614b429083615b9f565b9695505050505050565b5f6001600160a01b038316614b6257505f61175e565b6040516331a9108f60e11b8152600481018390526001600160a01b03841690636352211e90602401602060405180830381865afa925050508015614bc3575060408051601f3d908101601f19168201909252614bc091810190615afa565b60015b614bce57505f61175e565b846001600160a01b0316816001600160a01b03161491505061175e565b5f614bf4613b1d565b6001600160a01b0384165f908152600391909101602052604090205490506001600160801b0381166001600160801b031982168317614c31613b1d565b6001600160a01b0386165f9081526003919091016020526040812091909155614c58613b1d565b6001600160a01b0386165f908152600291909101602052604090205490508315614c8857600160e91b8117614c91565b600160e91b1981165b614c99613b1d565b6001600160a01b0387165f908152600291909101602052604090205581841115614d08576001600160a01b0385167fa065e63c631c86f1b9f66a4a2f63f2093bf1c2168d23290259dbd969e0222a45614cf28487615b9f565b60405190815260200160405180910390a2614d57565b81841015614d57576001600160a01b0385167f9bed35cb62ad0dba04f9d5bfee4b5bc91443e77da8a65c4c84834c51bb08b0d6614d458685615b9f565b60405190815260200160405180910390a25b846001600160a01b03167f68e0d8c112165d0949ce87205b719ed7d98c7401866c34a159f7c67c6f5620e785604051614d9291815260200190565b60405180910390a25050505050565b5f5f614dab613b1d565b6013018054601490614dcc90600160a01b90046001600160401b0316615e5e565b91906101000a8154816001600160401b0302191690836001600160401b03160217905590503081604051602001614e5592919060608082526017908201527f746573736572612e657263333634332e7265717565737400000000000000000060808201526001600160a01b039290921660208301526001600160401b0316604082015260a00190565b6040516020818303038152906040528051906020012091505090565b7f360894a13ba1a3210667c828492db98dc3e2c0b1ea5ed3bfbc0c4e5ddb3e7c2b546001600160a01b038116614ea45750305b5f5f826001600160a01b031684604051614ebe9190615e88565b5f60405180830381855af49150503d805f8114614ef6576040519150601f19603f3d011682016040523d82523d5f602084013e614efb565b606091505b509150915081612d1157805160208201fd5b5f5f614f17613b1d565b6001600160a01b038088165f9081526003830160205260408082205492891682528120549293506001600160801b03918216929091614f5891849116615b54565b90506001600160801b03811115614f7357506001600160801b035b8015614f8357600160e91b851794505b5f614f8e8489614764565b90505f614f9b858b614764565b90505f81518351614fac9190615b54565b6001600160401b03811115614fc357614fc3615aaf565b604051908082528060200260200182016040528015614fec578160200160208202803683370190505b5090505f5b83518110156150395783818151811061500c5761500c615a55565b602002602001015182828151811061502657615026615a55565b6020908102919091010152600101614ff1565b505f5b82518110156150905782818151811061505757615057615a55565b60200260200101518282865161506d9190615b54565b8151811061507d5761507d615a55565b602090810291909101015260010161503c565b5061509d868b8a846148f4565b975081515f146150df576150dd868c8b5f6040519080825280602002602001820160405280156150d7578160200160208202803683370190505b506148f4565b505b6001600160a01b03808c165f908152600388016020526040808220829055918c1681522080546001600160801b031916851790558415615226578a6001600160a01b03167f9bed35cb62ad0dba04f9d5bfee4b5bc91443e77da8a65c4c84834c51bb08b0d68660405161515491815260200190565b60405180910390a28a6001600160a01b03167f68e0d8c112165d0949ce87205b719ed7d98c7401866c34a159f7c67c6f5620e75f60405161519791815260200190565b60405180910390a2896001600160a01b03167fa065e63c631c86f1b9f66a4a2f63f2093bf1c2168d23290259dbd969e0222a45866040516151da91815260200190565b60405180910390a2896001600160a01b03167f68e0d8c112165d0949ce87205b719ed7d98c7401866c34a159f7c67c6f5620e78560405161521d91815260200190565b60405180910390a25b50959998505050505050505050565b8151600881108061525c575064ffffffffff60b083901c1664ffffffffff608884901c1614155b610fbf575f5f5b8451811015613efa575f85828151811061527f5761527f615a55565b602002602001015190505f64ffffffffff60b083901c1690508064ffffffffff608884901c161480156152bf575060d886901c60ff1660d883901c60ff16145b80156152cb5750838110155b156152da579193509091508290825b5050600101615263565b6040518061012001604052806009906020820280368337509192915050565b60405180604001604052806002906020820280368337509192915050565b803563ffffffff81168114615334575f5ffd5b919050565b5f60208284031215615349575f5ffd5b61175e82615321565b6001600160a01b0381168114611415575f5ffd5b5f5f60408385031215615377575f5ffd5b823561538281615352565b946020939093013593505050565b5f5f83601f8401126153a0575f5ffd5b5081356001600160401b038111156153b6575f5ffd5b6020830191508360208285010111156153cd575f5ffd5b9250929050565b5f5f5f5f5f608086880312156153e8575f5ffd5b85356153f381615352565b9450602086013561540381615352565b93506040860135925060608601356001600160401b03811115615424575f5ffd5b61543088828901615390565b969995985093965092949392505050565b5f60208284031215615451575f5ffd5b813561175e81615352565b5f5f83601f84011261546c575f5ffd5b5081356001600160401b03811115615482575f5ffd5b6020830191508360208260051b85010111156153cd575f5ffd5b5f5f5f5f604085870312156154af575f5ffd5b84356001600160401b038111156154c4575f5ffd5b6154d08782880161545c565b90955093505060208501356001600160401b038111156154ee575f5ffd5b6154fa8782880161545c565b95989497509550505050565b5f60208284031215615516575f5ffd5b813561ffff8116811461175e575f5ffd5b805f5b6009811015612d1157815184526020938401939091019060010161552a565b61024081016155588285615527565b61175e610120830184615527565b5f8151808452602084019350602083015f5b82811015615596578151865260209586019590910190600101615578565b5093949350505050565b604080825283519082018190525f9060208501906060840190835b818110156155df57835163ffffffff168352602093840193909201916001016155bb565b50508381036020850152614b428186615566565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61175e60208301846155f3565b5f5f5f60608486031215615645575f5ffd5b833561565081615352565b9250602084013561566081615352565b929592945050506040919091013590565b5f60208284031215615681575f5ffd5b5035919050565b5f6101208284031215615699575f5ffd5b826101208301111561475e575f5ffd5b80356001600160401b0381168114615334575f5ffd5b803560ff81168114615334575f5ffd5b5f5f5f5f5f5f60c087890312156156e4575f5ffd5b86356156ef81615352565b955060208701359450615704604088016156a9565b9350615712606088016156a9565b9250615720608088016156a9565b915061572e60a088016156bf565b90509295509295509295565b5f5f5f6060848603121561574c575f5ffd5b833561575781615352565b9250602084013561576781615352565b9150604084013561577781615352565b809150509250925092565b8015158114611415575f5ffd5b5f5f604083850312156157a0575f5ffd5b82356157ab81615352565b915060208301356157bb81615782565b809150509250929050565b604081525f6157d86040830185615566565b82810360208401528084518083526020830191506020860192505f5b8181101561581b5783516001600160401b03168352602093840193909201916001016157f4565b50909695505050505050565b5f5f60208385031215615838575f5ffd5b82356001600160401b0381111561584d575f5ffd5b61585985828601615390565b90969095509350505050565b5f60208284031215615875575f5ffd5b813561175e81615782565b5f5f5f60408486031215615892575f5ffd5b83356001600160401b038111156158a7575f5ffd5b6158b38682870161545c565b909450925050602084013561577781615782565b602080825282518282018190525f918401906040840190835b81811015615956578351805184526001600160401b0360208201511660208501526001600160401b0360408201511660408501526001600160401b03606082015116606085015260ff608082015116608085015260a081015160a08501525060c0830192506020840193506001810190506158e0565b509095945050505050565b5f60208284031215615971575f5ffd5b61175e826156bf565b5f5f6040838503121561598b575f5ffd5b823561599681615352565b91506159a4602084016156a9565b90509250929050565b5f5f5f5f608085870312156159c0575f5ffd5b84356159cb81615352565b93506159d9602086016156a9565b92506159e7604086016156bf565b9396929550929360600135925050565b5f5f5f5f5f60a08688031215615a0b575f5ffd5b85359450615a1b602087016156a9565b9350615a2960408701615321565b9250615a37606087016156bf565b91506080860135615a4781615782565b809150509295509295909350565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215615a79575f5ffd5b815161175e81615782565b634e487b7160e01b5f52601160045260245ffd5b8082028115828204841417610fbf57610fbf615a84565b634e487b7160e01b5f52604160045260245ffd5b60208082526017908201527f636f6d706c69616e63652069732074686520746f6b656e000000000000000000604082015260600190565b5f60208284031215615b0a575f5ffd5b815161175e81615352565b610120810181835f5b6009811015615b4b5763ffffffff615b3583615321565b1683526020928301929190910190600101615b1e565b50505092915050565b80820180821115610fbf57610fbf615a84565b6001600160a01b039390931683526020830191909152604082015260600190565b5f60208284031215615b98575f5ffd5b5051919050565b81810381811115610fbf57610fbf615a84565b604080825281018490525f8560608301825b87811015615bef5763ffffffff615bda84615321565b16825260209283019290910190600101615bc4565b5083810360208501528481526001600160fb1b03851115615c0e575f5ffd5b8460051b915081866020830137016020019695505050505050565b600181811c90821680615c3d57607f821691505b60208210810361475e57634e487b7160e01b5f52602260045260245ffd5b601f821115611caa5782821115611caa57805f5260205f20601f840160051c6020851015615c8657505f5b90810190601f840160051c035f5b81811015615ca9575f83820155600101615c94565b505050505050565b6001600160401b03831115615cc857615cc8615aaf565b615cdc83615cd68354615c29565b83615c5b565b5f601f841160018114615d0d575f8515615cf65750838201355b5f19600387901b1c1916600186901b178355610f1d565b5f83815260208120601f198716915b82811015615d3c5786850135825560209485019460019092019101615d1c565b5086821015615d58575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b5f5f8354615d7781615c29565b600182168015615d8e5760018114615da357615dd0565b60ff1983168652811515820286019350615dd0565b865f5260205f205f5b83811015615dc857815488820152600190910190602001615dac565b505081860193505b509195945050505050565b60ff83168152604060208201525f615df660408301846155f3565b949350505050565b5f60018201615e0f57615e0f615a84565b5060010190565b634e487b7160e01b5f52603160045260245ffd5b5f81615e3857615e38615a84565b505f190190565b5f82615e5957634e487b7160e01b5f52601260045260245ffd5b500490565b5f6001600160401b0382166001600160401b038103615e7f57615e7f615a84565b60010192915050565b5f82518060208501845e5f92019182525091905056fe6390f5a69ff59edce8e461308dbd399b74f0414e629057022cbc92159a014c76cab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb4276950967709a2646970667358221220e22c86dd467635a47660893302fbdca57c0d818593f6ec5f591ec50c32d09b8f64736f6c63430008250033",
}

// AssetTokenCold is an auto generated Go binding around an Ethereum contract.
type AssetTokenCold struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AssetTokenCold) GetABI() abi.ABI {
	return c.abi
}

// NewAssetTokenCold creates a new instance of AssetTokenCold.
func NewAssetTokenCold() *AssetTokenCold {
	parsed, err := AssetTokenColdMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AssetTokenCold{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AssetTokenCold) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCategoryInvestors is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fbf137c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function categoryInvestors() view returns(uint256[9] counts, uint256[9] caps)
func (assetTokenCold *AssetTokenCold) PackCategoryInvestors() []byte {
	enc, err := assetTokenCold.abi.Pack("categoryInvestors")
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
func (assetTokenCold *AssetTokenCold) TryPackCategoryInvestors() ([]byte, error) {
	return assetTokenCold.abi.Pack("categoryInvestors")
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
func (assetTokenCold *AssetTokenCold) UnpackCategoryInvestors(data []byte) (CategoryInvestorsOutput, error) {
	out, err := assetTokenCold.abi.Unpack("categoryInvestors", data)
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
func (assetTokenCold *AssetTokenCold) PackCompliance() []byte {
	enc, err := assetTokenCold.abi.Pack("compliance")
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
func (assetTokenCold *AssetTokenCold) TryPackCompliance() ([]byte, error) {
	return assetTokenCold.abi.Pack("compliance")
}

// UnpackCompliance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6290865d.
//
// Solidity: function compliance() view returns(address)
func (assetTokenCold *AssetTokenCold) UnpackCompliance(data []byte) (common.Address, error) {
	out, err := assetTokenCold.abi.Unpack("compliance", data)
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
func (assetTokenCold *AssetTokenCold) PackCountryInvestors(country uint16) []byte {
	enc, err := assetTokenCold.abi.Pack("countryInvestors", country)
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
func (assetTokenCold *AssetTokenCold) TryPackCountryInvestors(country uint16) ([]byte, error) {
	return assetTokenCold.abi.Pack("countryInvestors", country)
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
func (assetTokenCold *AssetTokenCold) UnpackCountryInvestors(data []byte) (CountryInvestorsOutput, error) {
	out, err := assetTokenCold.abi.Unpack("countryInvestors", data)
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
func (assetTokenCold *AssetTokenCold) PackCountryRestricted() []byte {
	enc, err := assetTokenCold.abi.Pack("countryRestricted")
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
func (assetTokenCold *AssetTokenCold) TryPackCountryRestricted() ([]byte, error) {
	return assetTokenCold.abi.Pack("countryRestricted")
}

// UnpackCountryRestricted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb86b38fe.
//
// Solidity: function countryRestricted() view returns(bool)
func (assetTokenCold *AssetTokenCold) UnpackCountryRestricted(data []byte) (bool, error) {
	out, err := assetTokenCold.abi.Unpack("countryRestricted", data)
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
// Solidity: function created(address , uint256 ) pure returns()
func (assetTokenCold *AssetTokenCold) PackCreated(arg0 common.Address, arg1 *big.Int) []byte {
	enc, err := assetTokenCold.abi.Pack("created", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f8dead3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function created(address , uint256 ) pure returns()
func (assetTokenCold *AssetTokenCold) TryPackCreated(arg0 common.Address, arg1 *big.Int) ([]byte, error) {
	return assetTokenCold.abi.Pack("created", arg0, arg1)
}

// PackDeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2f1e6bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deed() view returns(address)
func (assetTokenCold *AssetTokenCold) PackDeed() []byte {
	enc, err := assetTokenCold.abi.Pack("deed")
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
func (assetTokenCold *AssetTokenCold) TryPackDeed() ([]byte, error) {
	return assetTokenCold.abi.Pack("deed")
}

// UnpackDeed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2f1e6bd.
//
// Solidity: function deed() view returns(address)
func (assetTokenCold *AssetTokenCold) UnpackDeed(data []byte) (common.Address, error) {
	out, err := assetTokenCold.abi.Unpack("deed", data)
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
func (assetTokenCold *AssetTokenCold) PackDeedId() []byte {
	enc, err := assetTokenCold.abi.Pack("deedId")
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
func (assetTokenCold *AssetTokenCold) TryPackDeedId() ([]byte, error) {
	return assetTokenCold.abi.Pack("deedId")
}

// UnpackDeedId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86a82c94.
//
// Solidity: function deedId() view returns(uint256)
func (assetTokenCold *AssetTokenCold) UnpackDeedId(data []byte) (*big.Int, error) {
	out, err := assetTokenCold.abi.Unpack("deedId", data)
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
func (assetTokenCold *AssetTokenCold) PackDeedLocked() []byte {
	enc, err := assetTokenCold.abi.Pack("deedLocked")
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
func (assetTokenCold *AssetTokenCold) TryPackDeedLocked() ([]byte, error) {
	return assetTokenCold.abi.Pack("deedLocked")
}

// UnpackDeedLocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf652b755.
//
// Solidity: function deedLocked() view returns(bool)
func (assetTokenCold *AssetTokenCold) UnpackDeedLocked(data []byte) (bool, error) {
	out, err := assetTokenCold.abi.Unpack("deedLocked", data)
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
// Solidity: function destroyed(address , uint256 ) pure returns()
func (assetTokenCold *AssetTokenCold) PackDestroyed(arg0 common.Address, arg1 *big.Int) []byte {
	enc, err := assetTokenCold.abi.Pack("destroyed", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDestroyed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d2ea772.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function destroyed(address , uint256 ) pure returns()
func (assetTokenCold *AssetTokenCold) TryPackDestroyed(arg0 common.Address, arg1 *big.Int) ([]byte, error) {
	return assetTokenCold.abi.Pack("destroyed", arg0, arg1)
}

// PackExtendedRules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45ef9dd4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function extendedRules() view returns(uint256 minHolding, uint64 flowbackUntil, uint32 initialLockup, uint8 lockupReason, bool forceFullTransfer)
func (assetTokenCold *AssetTokenCold) PackExtendedRules() []byte {
	enc, err := assetTokenCold.abi.Pack("extendedRules")
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
func (assetTokenCold *AssetTokenCold) TryPackExtendedRules() ([]byte, error) {
	return assetTokenCold.abi.Pack("extendedRules")
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
func (assetTokenCold *AssetTokenCold) UnpackExtendedRules(data []byte) (ExtendedRulesOutput, error) {
	out, err := assetTokenCold.abi.Unpack("extendedRules", data)
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

// PackGetFrozenTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x158b1a57.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getFrozenTokens(address account) view returns(uint256)
func (assetTokenCold *AssetTokenCold) PackGetFrozenTokens(account common.Address) []byte {
	enc, err := assetTokenCold.abi.Pack("getFrozenTokens", account)
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
func (assetTokenCold *AssetTokenCold) TryPackGetFrozenTokens(account common.Address) ([]byte, error) {
	return assetTokenCold.abi.Pack("getFrozenTokens", account)
}

// UnpackGetFrozenTokens is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x158b1a57.
//
// Solidity: function getFrozenTokens(address account) view returns(uint256)
func (assetTokenCold *AssetTokenCold) UnpackGetFrozenTokens(data []byte) (*big.Int, error) {
	out, err := assetTokenCold.abi.Unpack("getFrozenTokens", data)
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
func (assetTokenCold *AssetTokenCold) PackGetTokenBound() []byte {
	enc, err := assetTokenCold.abi.Pack("getTokenBound")
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
func (assetTokenCold *AssetTokenCold) TryPackGetTokenBound() ([]byte, error) {
	return assetTokenCold.abi.Pack("getTokenBound")
}

// UnpackGetTokenBound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6a3edf28.
//
// Solidity: function getTokenBound() view returns(address)
func (assetTokenCold *AssetTokenCold) UnpackGetTokenBound(data []byte) (common.Address, error) {
	out, err := assetTokenCold.abi.Unpack("getTokenBound", data)
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
func (assetTokenCold *AssetTokenCold) PackInvestorCount() []byte {
	enc, err := assetTokenCold.abi.Pack("investorCount")
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
func (assetTokenCold *AssetTokenCold) TryPackInvestorCount() ([]byte, error) {
	return assetTokenCold.abi.Pack("investorCount")
}

// UnpackInvestorCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd7e64c00.
//
// Solidity: function investorCount() view returns(uint256)
func (assetTokenCold *AssetTokenCold) UnpackInvestorCount(data []byte) (*big.Int, error) {
	out, err := assetTokenCold.abi.Unpack("investorCount", data)
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
func (assetTokenCold *AssetTokenCold) PackInvestorCounting() []byte {
	enc, err := assetTokenCold.abi.Pack("investorCounting")
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
func (assetTokenCold *AssetTokenCold) TryPackInvestorCounting() ([]byte, error) {
	return assetTokenCold.abi.Pack("investorCounting")
}

// UnpackInvestorCounting is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbe159b5a.
//
// Solidity: function investorCounting() view returns(bool)
func (assetTokenCold *AssetTokenCold) UnpackInvestorCounting(data []byte) (bool, error) {
	out, err := assetTokenCold.abi.Unpack("investorCounting", data)
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
func (assetTokenCold *AssetTokenCold) PackIsAgent(agent common.Address) []byte {
	enc, err := assetTokenCold.abi.Pack("isAgent", agent)
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
func (assetTokenCold *AssetTokenCold) TryPackIsAgent(agent common.Address) ([]byte, error) {
	return assetTokenCold.abi.Pack("isAgent", agent)
}

// UnpackIsAgent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1ffbb064.
//
// Solidity: function isAgent(address agent) view returns(bool)
func (assetTokenCold *AssetTokenCold) UnpackIsAgent(data []byte) (bool, error) {
	out, err := assetTokenCold.abi.Unpack("isAgent", data)
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
func (assetTokenCold *AssetTokenCold) PackIsCountryAllowed(country uint16) []byte {
	enc, err := assetTokenCold.abi.Pack("isCountryAllowed", country)
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
func (assetTokenCold *AssetTokenCold) TryPackIsCountryAllowed(country uint16) ([]byte, error) {
	return assetTokenCold.abi.Pack("isCountryAllowed", country)
}

// UnpackIsCountryAllowed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x99f644f6.
//
// Solidity: function isCountryAllowed(uint16 country) view returns(bool)
func (assetTokenCold *AssetTokenCold) UnpackIsCountryAllowed(data []byte) (bool, error) {
	out, err := assetTokenCold.abi.Unpack("isCountryAllowed", data)
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
func (assetTokenCold *AssetTokenCold) PackIsFrozen(account common.Address) []byte {
	enc, err := assetTokenCold.abi.Pack("isFrozen", account)
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
func (assetTokenCold *AssetTokenCold) TryPackIsFrozen(account common.Address) ([]byte, error) {
	return assetTokenCold.abi.Pack("isFrozen", account)
}

// UnpackIsFrozen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5839836.
//
// Solidity: function isFrozen(address account) view returns(bool)
func (assetTokenCold *AssetTokenCold) UnpackIsFrozen(data []byte) (bool, error) {
	out, err := assetTokenCold.abi.Unpack("isFrozen", data)
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
func (assetTokenCold *AssetTokenCold) PackIsLiquidateOnly(wallet common.Address) []byte {
	enc, err := assetTokenCold.abi.Pack("isLiquidateOnly", wallet)
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
func (assetTokenCold *AssetTokenCold) TryPackIsLiquidateOnly(wallet common.Address) ([]byte, error) {
	return assetTokenCold.abi.Pack("isLiquidateOnly", wallet)
}

// UnpackIsLiquidateOnly is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe2e2d117.
//
// Solidity: function isLiquidateOnly(address wallet) view returns(bool)
func (assetTokenCold *AssetTokenCold) UnpackIsLiquidateOnly(data []byte) (bool, error) {
	out, err := assetTokenCold.abi.Unpack("isLiquidateOnly", data)
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
func (assetTokenCold *AssetTokenCold) PackIsRequestProcessed(requestId [32]byte) []byte {
	enc, err := assetTokenCold.abi.Pack("isRequestProcessed", requestId)
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
func (assetTokenCold *AssetTokenCold) TryPackIsRequestProcessed(requestId [32]byte) ([]byte, error) {
	return assetTokenCold.abi.Pack("isRequestProcessed", requestId)
}

// UnpackIsRequestProcessed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6da398b3.
//
// Solidity: function isRequestProcessed(bytes32 requestId) view returns(bool)
func (assetTokenCold *AssetTokenCold) UnpackIsRequestProcessed(data []byte) (bool, error) {
	out, err := assetTokenCold.abi.Unpack("isRequestProcessed", data)
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
func (assetTokenCold *AssetTokenCold) PackIsTokenBound(token common.Address) []byte {
	enc, err := assetTokenCold.abi.Pack("isTokenBound", token)
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
func (assetTokenCold *AssetTokenCold) TryPackIsTokenBound(token common.Address) ([]byte, error) {
	return assetTokenCold.abi.Pack("isTokenBound", token)
}

// UnpackIsTokenBound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x993e8b95.
//
// Solidity: function isTokenBound(address token) view returns(bool)
func (assetTokenCold *AssetTokenCold) UnpackIsTokenBound(data []byte) (bool, error) {
	out, err := assetTokenCold.abi.Unpack("isTokenBound", data)
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
func (assetTokenCold *AssetTokenCold) PackLockOf(account common.Address) []byte {
	enc, err := assetTokenCold.abi.Pack("lockOf", account)
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
func (assetTokenCold *AssetTokenCold) TryPackLockOf(account common.Address) ([]byte, error) {
	return assetTokenCold.abi.Pack("lockOf", account)
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
func (assetTokenCold *AssetTokenCold) UnpackLockOf(data []byte) (LockOfOutput, error) {
	out, err := assetTokenCold.abi.Unpack("lockOf", data)
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
func (assetTokenCold *AssetTokenCold) PackLocksOf(account common.Address) []byte {
	enc, err := assetTokenCold.abi.Pack("locksOf", account)
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
func (assetTokenCold *AssetTokenCold) TryPackLocksOf(account common.Address) ([]byte, error) {
	return assetTokenCold.abi.Pack("locksOf", account)
}

// UnpackLocksOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3f9ab58.
//
// Solidity: function locksOf(address account) view returns((uint256,uint64,uint64,uint64,uint8,uint256)[] locks)
func (assetTokenCold *AssetTokenCold) UnpackLocksOf(data []byte) ([]IAssetTokenColdLock, error) {
	out, err := assetTokenCold.abi.Unpack("locksOf", data)
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
func (assetTokenCold *AssetTokenCold) PackMaxBalance() []byte {
	enc, err := assetTokenCold.abi.Pack("maxBalance")
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
func (assetTokenCold *AssetTokenCold) TryPackMaxBalance() ([]byte, error) {
	return assetTokenCold.abi.Pack("maxBalance")
}

// UnpackMaxBalance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x73ad468a.
//
// Solidity: function maxBalance() view returns(uint256)
func (assetTokenCold *AssetTokenCold) UnpackMaxBalance(data []byte) (*big.Int, error) {
	out, err := assetTokenCold.abi.Unpack("maxBalance", data)
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
func (assetTokenCold *AssetTokenCold) PackMaxCountryShare() []byte {
	enc, err := assetTokenCold.abi.Pack("maxCountryShare")
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
func (assetTokenCold *AssetTokenCold) TryPackMaxCountryShare() ([]byte, error) {
	return assetTokenCold.abi.Pack("maxCountryShare")
}

// UnpackMaxCountryShare is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf9062c80.
//
// Solidity: function maxCountryShare() view returns(uint16)
func (assetTokenCold *AssetTokenCold) UnpackMaxCountryShare(data []byte) (uint16, error) {
	out, err := assetTokenCold.abi.Unpack("maxCountryShare", data)
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
func (assetTokenCold *AssetTokenCold) PackMaxInvestors() []byte {
	enc, err := assetTokenCold.abi.Pack("maxInvestors")
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
func (assetTokenCold *AssetTokenCold) TryPackMaxInvestors() ([]byte, error) {
	return assetTokenCold.abi.Pack("maxInvestors")
}

// UnpackMaxInvestors is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc99cc37.
//
// Solidity: function maxInvestors() view returns(uint256)
func (assetTokenCold *AssetTokenCold) UnpackMaxInvestors(data []byte) (*big.Int, error) {
	out, err := assetTokenCold.abi.Unpack("maxInvestors", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOnchainID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaba63705.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onchainID() view returns(address)
func (assetTokenCold *AssetTokenCold) PackOnchainID() []byte {
	enc, err := assetTokenCold.abi.Pack("onchainID")
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
func (assetTokenCold *AssetTokenCold) TryPackOnchainID() ([]byte, error) {
	return assetTokenCold.abi.Pack("onchainID")
}

// UnpackOnchainID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaba63705.
//
// Solidity: function onchainID() view returns(address)
func (assetTokenCold *AssetTokenCold) UnpackOnchainID(data []byte) (common.Address, error) {
	out, err := assetTokenCold.abi.Unpack("onchainID", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (assetTokenCold *AssetTokenCold) PackPaused() []byte {
	enc, err := assetTokenCold.abi.Pack("paused")
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
func (assetTokenCold *AssetTokenCold) TryPackPaused() ([]byte, error) {
	return assetTokenCold.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (assetTokenCold *AssetTokenCold) UnpackPaused(data []byte) (bool, error) {
	out, err := assetTokenCold.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRequiredFlags is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82c8e52f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requiredFlags() view returns(uint8)
func (assetTokenCold *AssetTokenCold) PackRequiredFlags() []byte {
	enc, err := assetTokenCold.abi.Pack("requiredFlags")
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
func (assetTokenCold *AssetTokenCold) TryPackRequiredFlags() ([]byte, error) {
	return assetTokenCold.abi.Pack("requiredFlags")
}

// UnpackRequiredFlags is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82c8e52f.
//
// Solidity: function requiredFlags() view returns(uint8)
func (assetTokenCold *AssetTokenCold) UnpackRequiredFlags(data []byte) (uint8, error) {
	out, err := assetTokenCold.abi.Unpack("requiredFlags", data)
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
func (assetTokenCold *AssetTokenCold) PackReserveGuard() []byte {
	enc, err := assetTokenCold.abi.Pack("reserveGuard")
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
func (assetTokenCold *AssetTokenCold) TryPackReserveGuard() ([]byte, error) {
	return assetTokenCold.abi.Pack("reserveGuard")
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
func (assetTokenCold *AssetTokenCold) UnpackReserveGuard(data []byte) (ReserveGuardOutput, error) {
	out, err := assetTokenCold.abi.Unpack("reserveGuard", data)
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

// PackSupplyCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f770ad0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supplyCap() view returns(uint256)
func (assetTokenCold *AssetTokenCold) PackSupplyCap() []byte {
	enc, err := assetTokenCold.abi.Pack("supplyCap")
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
func (assetTokenCold *AssetTokenCold) TryPackSupplyCap() ([]byte, error) {
	return assetTokenCold.abi.Pack("supplyCap")
}

// UnpackSupplyCap is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f770ad0.
//
// Solidity: function supplyCap() view returns(uint256)
func (assetTokenCold *AssetTokenCold) UnpackSupplyCap(data []byte) (*big.Int, error) {
	out, err := assetTokenCold.abi.Unpack("supplyCap", data)
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
func (assetTokenCold *AssetTokenCold) PackTransferAllowance(wallet common.Address) []byte {
	enc, err := assetTokenCold.abi.Pack("transferAllowance", wallet)
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
func (assetTokenCold *AssetTokenCold) TryPackTransferAllowance(wallet common.Address) ([]byte, error) {
	return assetTokenCold.abi.Pack("transferAllowance", wallet)
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
func (assetTokenCold *AssetTokenCold) UnpackTransferAllowance(data []byte) (TransferAllowanceOutput, error) {
	out, err := assetTokenCold.abi.Unpack("transferAllowance", data)
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
func (assetTokenCold *AssetTokenCold) PackTransferLimits() []byte {
	enc, err := assetTokenCold.abi.Pack("transferLimits")
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
func (assetTokenCold *AssetTokenCold) TryPackTransferLimits() ([]byte, error) {
	return assetTokenCold.abi.Pack("transferLimits")
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
func (assetTokenCold *AssetTokenCold) UnpackTransferLimits(data []byte) (TransferLimitsOutput, error) {
	out, err := assetTokenCold.abi.Unpack("transferLimits", data)
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
// Solidity: function transferred(address , address , uint256 ) pure returns()
func (assetTokenCold *AssetTokenCold) PackTransferred(arg0 common.Address, arg1 common.Address, arg2 *big.Int) []byte {
	enc, err := assetTokenCold.abi.Pack("transferred", arg0, arg1, arg2)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferred is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8baf29b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferred(address , address , uint256 ) pure returns()
func (assetTokenCold *AssetTokenCold) TryPackTransferred(arg0 common.Address, arg1 common.Address, arg2 *big.Int) ([]byte, error) {
	return assetTokenCold.abi.Pack("transferred", arg0, arg1, arg2)
}

// PackUnbindToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40db3b50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbindToken(address ) pure returns()
func (assetTokenCold *AssetTokenCold) PackUnbindToken(arg0 common.Address) []byte {
	enc, err := assetTokenCold.abi.Pack("unbindToken", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbindToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40db3b50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbindToken(address ) pure returns()
func (assetTokenCold *AssetTokenCold) TryPackUnbindToken(arg0 common.Address) ([]byte, error) {
	return assetTokenCold.abi.Pack("unbindToken", arg0)
}

// PackValuationGuard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd911800a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function valuationGuard() view returns(address feed, uint64 maxAge)
func (assetTokenCold *AssetTokenCold) PackValuationGuard() []byte {
	enc, err := assetTokenCold.abi.Pack("valuationGuard")
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
func (assetTokenCold *AssetTokenCold) TryPackValuationGuard() ([]byte, error) {
	return assetTokenCold.abi.Pack("valuationGuard")
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
func (assetTokenCold *AssetTokenCold) UnpackValuationGuard(data []byte) (ValuationGuardOutput, error) {
	out, err := assetTokenCold.abi.Unpack("valuationGuard", data)
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
func (assetTokenCold *AssetTokenCold) PackVersion() []byte {
	enc, err := assetTokenCold.abi.Pack("version")
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
func (assetTokenCold *AssetTokenCold) TryPackVersion() ([]byte, error) {
	return assetTokenCold.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(string)
func (assetTokenCold *AssetTokenCold) UnpackVersion(data []byte) (string, error) {
	out, err := assetTokenCold.abi.Unpack("version", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// AssetTokenColdAddressFrozen represents a AddressFrozen event raised by the AssetTokenCold contract.
type AssetTokenColdAddressFrozen struct {
	Account  common.Address
	IsFrozen bool
	Agent    common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdAddressFrozenEventName = "AddressFrozen"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdAddressFrozen) ContractEventName() string {
	return AssetTokenColdAddressFrozenEventName
}

// UnpackAddressFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AddressFrozen(address indexed account, bool indexed isFrozen, address indexed agent)
func (assetTokenCold *AssetTokenCold) UnpackAddressFrozenEvent(log *types.Log) (*AssetTokenColdAddressFrozen, error) {
	event := "AddressFrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdAddressFrozen)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdAgentAdded represents a AgentAdded event raised by the AssetTokenCold contract.
type AssetTokenColdAgentAdded struct {
	Agent common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdAgentAddedEventName = "AgentAdded"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdAgentAdded) ContractEventName() string {
	return AssetTokenColdAgentAddedEventName
}

// UnpackAgentAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentAdded(address indexed agent)
func (assetTokenCold *AssetTokenCold) UnpackAgentAddedEvent(log *types.Log) (*AssetTokenColdAgentAdded, error) {
	event := "AgentAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdAgentAdded)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdAgentRemoved represents a AgentRemoved event raised by the AssetTokenCold contract.
type AssetTokenColdAgentRemoved struct {
	Agent common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdAgentRemovedEventName = "AgentRemoved"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdAgentRemoved) ContractEventName() string {
	return AssetTokenColdAgentRemovedEventName
}

// UnpackAgentRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentRemoved(address indexed agent)
func (assetTokenCold *AssetTokenCold) UnpackAgentRemovedEvent(log *types.Log) (*AssetTokenColdAgentRemoved, error) {
	event := "AgentRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdAgentRemoved)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdCategoryCapsSet represents a CategoryCapsSet event raised by the AssetTokenCold contract.
type AssetTokenColdCategoryCapsSet struct {
	Caps [9]uint32
	Raw  *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdCategoryCapsSetEventName = "CategoryCapsSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdCategoryCapsSet) ContractEventName() string {
	return AssetTokenColdCategoryCapsSetEventName
}

// UnpackCategoryCapsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CategoryCapsSet(uint32[9] caps)
func (assetTokenCold *AssetTokenCold) UnpackCategoryCapsSetEvent(log *types.Log) (*AssetTokenColdCategoryCapsSet, error) {
	event := "CategoryCapsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdCategoryCapsSet)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdComplianceAdded represents a ComplianceAdded event raised by the AssetTokenCold contract.
type AssetTokenColdComplianceAdded struct {
	Compliance common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdComplianceAddedEventName = "ComplianceAdded"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdComplianceAdded) ContractEventName() string {
	return AssetTokenColdComplianceAddedEventName
}

// UnpackComplianceAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ComplianceAdded(address indexed compliance)
func (assetTokenCold *AssetTokenCold) UnpackComplianceAddedEvent(log *types.Log) (*AssetTokenColdComplianceAdded, error) {
	event := "ComplianceAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdComplianceAdded)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdCountryAllowed represents a CountryAllowed event raised by the AssetTokenCold contract.
type AssetTokenColdCountryAllowed struct {
	Country uint16
	Allowed bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdCountryAllowedEventName = "CountryAllowed"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdCountryAllowed) ContractEventName() string {
	return AssetTokenColdCountryAllowedEventName
}

// UnpackCountryAllowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CountryAllowed(uint16 indexed country, bool allowed)
func (assetTokenCold *AssetTokenCold) UnpackCountryAllowedEvent(log *types.Log) (*AssetTokenColdCountryAllowed, error) {
	event := "CountryAllowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdCountryAllowed)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdCountryCapSet represents a CountryCapSet event raised by the AssetTokenCold contract.
type AssetTokenColdCountryCapSet struct {
	Country uint16
	Cap     uint32
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdCountryCapSetEventName = "CountryCapSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdCountryCapSet) ContractEventName() string {
	return AssetTokenColdCountryCapSetEventName
}

// UnpackCountryCapSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CountryCapSet(uint16 indexed country, uint32 cap)
func (assetTokenCold *AssetTokenCold) UnpackCountryCapSetEvent(log *types.Log) (*AssetTokenColdCountryCapSet, error) {
	event := "CountryCapSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdCountryCapSet)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdCountryRestrictionSet represents a CountryRestrictionSet event raised by the AssetTokenCold contract.
type AssetTokenColdCountryRestrictionSet struct {
	Enabled bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdCountryRestrictionSetEventName = "CountryRestrictionSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdCountryRestrictionSet) ContractEventName() string {
	return AssetTokenColdCountryRestrictionSetEventName
}

// UnpackCountryRestrictionSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CountryRestrictionSet(bool enabled)
func (assetTokenCold *AssetTokenCold) UnpackCountryRestrictionSetEvent(log *types.Log) (*AssetTokenColdCountryRestrictionSet, error) {
	event := "CountryRestrictionSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdCountryRestrictionSet)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdDeedLocked represents a DeedLocked event raised by the AssetTokenCold contract.
type AssetTokenColdDeedLocked struct {
	Deed   common.Address
	DeedId *big.Int
	From   common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdDeedLockedEventName = "DeedLocked"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdDeedLocked) ContractEventName() string {
	return AssetTokenColdDeedLockedEventName
}

// UnpackDeedLockedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeedLocked(address indexed deed, uint256 indexed deedId, address indexed from)
func (assetTokenCold *AssetTokenCold) UnpackDeedLockedEvent(log *types.Log) (*AssetTokenColdDeedLocked, error) {
	event := "DeedLocked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdDeedLocked)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdDeedReleased represents a DeedReleased event raised by the AssetTokenCold contract.
type AssetTokenColdDeedReleased struct {
	Deed   common.Address
	DeedId *big.Int
	To     common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdDeedReleasedEventName = "DeedReleased"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdDeedReleased) ContractEventName() string {
	return AssetTokenColdDeedReleasedEventName
}

// UnpackDeedReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeedReleased(address indexed deed, uint256 indexed deedId, address indexed to)
func (assetTokenCold *AssetTokenCold) UnpackDeedReleasedEvent(log *types.Log) (*AssetTokenColdDeedReleased, error) {
	event := "DeedReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdDeedReleased)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdExtendedRulesSet represents a ExtendedRulesSet event raised by the AssetTokenCold contract.
type AssetTokenColdExtendedRulesSet struct {
	MinHolding        *big.Int
	FlowbackUntil     uint64
	InitialLockup     uint32
	LockupReason      uint8
	ForceFullTransfer bool
	Raw               *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdExtendedRulesSetEventName = "ExtendedRulesSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdExtendedRulesSet) ContractEventName() string {
	return AssetTokenColdExtendedRulesSetEventName
}

// UnpackExtendedRulesSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExtendedRulesSet(uint256 minHolding, uint64 flowbackUntil, uint32 initialLockup, uint8 lockupReason, bool forceFullTransfer)
func (assetTokenCold *AssetTokenCold) UnpackExtendedRulesSetEvent(log *types.Log) (*AssetTokenColdExtendedRulesSet, error) {
	event := "ExtendedRulesSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdExtendedRulesSet)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdFrozen represents a Frozen event raised by the AssetTokenCold contract.
type AssetTokenColdFrozen struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdFrozenEventName = "Frozen"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdFrozen) ContractEventName() string {
	return AssetTokenColdFrozenEventName
}

// UnpackFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Frozen(address indexed account, uint256 amount)
func (assetTokenCold *AssetTokenCold) UnpackFrozenEvent(log *types.Log) (*AssetTokenColdFrozen, error) {
	event := "Frozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdFrozen)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdIdentityRegistryAdded represents a IdentityRegistryAdded event raised by the AssetTokenCold contract.
type AssetTokenColdIdentityRegistryAdded struct {
	IdentityRegistry common.Address
	Raw              *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdIdentityRegistryAddedEventName = "IdentityRegistryAdded"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdIdentityRegistryAdded) ContractEventName() string {
	return AssetTokenColdIdentityRegistryAddedEventName
}

// UnpackIdentityRegistryAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IdentityRegistryAdded(address indexed identityRegistry)
func (assetTokenCold *AssetTokenCold) UnpackIdentityRegistryAddedEvent(log *types.Log) (*AssetTokenColdIdentityRegistryAdded, error) {
	event := "IdentityRegistryAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdIdentityRegistryAdded)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdInvestorCountingOn represents a InvestorCountingOn event raised by the AssetTokenCold contract.
type AssetTokenColdInvestorCountingOn struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdInvestorCountingOnEventName = "InvestorCountingOn"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdInvestorCountingOn) ContractEventName() string {
	return AssetTokenColdInvestorCountingOnEventName
}

// UnpackInvestorCountingOnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InvestorCountingOn()
func (assetTokenCold *AssetTokenCold) UnpackInvestorCountingOnEvent(log *types.Log) (*AssetTokenColdInvestorCountingOn, error) {
	event := "InvestorCountingOn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdInvestorCountingOn)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdInvestorRecounted represents a InvestorRecounted event raised by the AssetTokenCold contract.
type AssetTokenColdInvestorRecounted struct {
	Anchor         common.Address
	FromCountry    uint16
	FromCategories uint8
	ToCountry      uint16
	ToCategories   uint8
	Raw            *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdInvestorRecountedEventName = "InvestorRecounted"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdInvestorRecounted) ContractEventName() string {
	return AssetTokenColdInvestorRecountedEventName
}

// UnpackInvestorRecountedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InvestorRecounted(address indexed anchor, uint16 fromCountry, uint8 fromCategories, uint16 toCountry, uint8 toCategories)
func (assetTokenCold *AssetTokenCold) UnpackInvestorRecountedEvent(log *types.Log) (*AssetTokenColdInvestorRecounted, error) {
	event := "InvestorRecounted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdInvestorRecounted)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdLiquidateOnlySet represents a LiquidateOnlySet event raised by the AssetTokenCold contract.
type AssetTokenColdLiquidateOnlySet struct {
	Wallet     common.Address
	InvestorId [32]byte
	On         bool
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdLiquidateOnlySetEventName = "LiquidateOnlySet"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdLiquidateOnlySet) ContractEventName() string {
	return AssetTokenColdLiquidateOnlySetEventName
}

// UnpackLiquidateOnlySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LiquidateOnlySet(address indexed wallet, bytes32 indexed investorId, bool on)
func (assetTokenCold *AssetTokenCold) UnpackLiquidateOnlySetEvent(log *types.Log) (*AssetTokenColdLiquidateOnlySet, error) {
	event := "LiquidateOnlySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdLiquidateOnlySet)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdLockAdded represents a LockAdded event raised by the AssetTokenCold contract.
type AssetTokenColdLockAdded struct {
	Account common.Address
	Amount  *big.Int
	Start   uint64
	Cliff   uint64
	End     uint64
	Reason  uint8
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdLockAddedEventName = "LockAdded"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdLockAdded) ContractEventName() string {
	return AssetTokenColdLockAddedEventName
}

// UnpackLockAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LockAdded(address indexed account, uint256 amount, uint64 start, uint64 cliff, uint64 end, uint8 indexed reason)
func (assetTokenCold *AssetTokenCold) UnpackLockAddedEvent(log *types.Log) (*AssetTokenColdLockAdded, error) {
	event := "LockAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdLockAdded)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdLockRemoved represents a LockRemoved event raised by the AssetTokenCold contract.
type AssetTokenColdLockRemoved struct {
	Account common.Address
	Index   *big.Int
	Amount  *big.Int
	Reason  uint8
	Agent   common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdLockRemovedEventName = "LockRemoved"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdLockRemoved) ContractEventName() string {
	return AssetTokenColdLockRemovedEventName
}

// UnpackLockRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LockRemoved(address indexed account, uint256 index, uint256 amount, uint8 indexed reason, address indexed agent)
func (assetTokenCold *AssetTokenCold) UnpackLockRemovedEvent(log *types.Log) (*AssetTokenColdLockRemoved, error) {
	event := "LockRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdLockRemoved)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdLockedUp represents a LockedUp event raised by the AssetTokenCold contract.
type AssetTokenColdLockedUp struct {
	Account     common.Address
	Amount      *big.Int
	LockedUntil uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdLockedUpEventName = "LockedUp"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdLockedUp) ContractEventName() string {
	return AssetTokenColdLockedUpEventName
}

// UnpackLockedUpEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LockedUp(address indexed account, uint256 amount, uint64 lockedUntil)
func (assetTokenCold *AssetTokenCold) UnpackLockedUpEvent(log *types.Log) (*AssetTokenColdLockedUp, error) {
	event := "LockedUp"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdLockedUp)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdMaxBalanceSet represents a MaxBalanceSet event raised by the AssetTokenCold contract.
type AssetTokenColdMaxBalanceSet struct {
	MaxBalance *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdMaxBalanceSetEventName = "MaxBalanceSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdMaxBalanceSet) ContractEventName() string {
	return AssetTokenColdMaxBalanceSetEventName
}

// UnpackMaxBalanceSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxBalanceSet(uint256 maxBalance)
func (assetTokenCold *AssetTokenCold) UnpackMaxBalanceSetEvent(log *types.Log) (*AssetTokenColdMaxBalanceSet, error) {
	event := "MaxBalanceSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdMaxBalanceSet)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdMaxCountryShareSet represents a MaxCountryShareSet event raised by the AssetTokenCold contract.
type AssetTokenColdMaxCountryShareSet struct {
	Bps uint16
	Raw *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdMaxCountryShareSetEventName = "MaxCountryShareSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdMaxCountryShareSet) ContractEventName() string {
	return AssetTokenColdMaxCountryShareSetEventName
}

// UnpackMaxCountryShareSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxCountryShareSet(uint16 bps)
func (assetTokenCold *AssetTokenCold) UnpackMaxCountryShareSetEvent(log *types.Log) (*AssetTokenColdMaxCountryShareSet, error) {
	event := "MaxCountryShareSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdMaxCountryShareSet)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdMaxInvestorsSet represents a MaxInvestorsSet event raised by the AssetTokenCold contract.
type AssetTokenColdMaxInvestorsSet struct {
	MaxInvestors *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdMaxInvestorsSetEventName = "MaxInvestorsSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdMaxInvestorsSet) ContractEventName() string {
	return AssetTokenColdMaxInvestorsSetEventName
}

// UnpackMaxInvestorsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxInvestorsSet(uint256 maxInvestors)
func (assetTokenCold *AssetTokenCold) UnpackMaxInvestorsSetEvent(log *types.Log) (*AssetTokenColdMaxInvestorsSet, error) {
	event := "MaxInvestorsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdMaxInvestorsSet)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdPaused represents a Paused event raised by the AssetTokenCold contract.
type AssetTokenColdPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdPaused) ContractEventName() string {
	return AssetTokenColdPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (assetTokenCold *AssetTokenCold) UnpackPausedEvent(log *types.Log) (*AssetTokenColdPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdPaused)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdRecoverySuccess represents a RecoverySuccess event raised by the AssetTokenCold contract.
type AssetTokenColdRecoverySuccess struct {
	LostWallet        common.Address
	NewWallet         common.Address
	InvestorOnchainID common.Address
	Raw               *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdRecoverySuccessEventName = "RecoverySuccess"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdRecoverySuccess) ContractEventName() string {
	return AssetTokenColdRecoverySuccessEventName
}

// UnpackRecoverySuccessEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RecoverySuccess(address indexed _lostWallet, address indexed _newWallet, address indexed _investorOnchainID)
func (assetTokenCold *AssetTokenCold) UnpackRecoverySuccessEvent(log *types.Log) (*AssetTokenColdRecoverySuccess, error) {
	event := "RecoverySuccess"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdRecoverySuccess)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdRecoverySuccess0 represents a RecoverySuccess0 event raised by the AssetTokenCold contract.
type AssetTokenColdRecoverySuccess0 struct {
	LostWallet common.Address
	NewWallet  common.Address
	InvestorId [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdRecoverySuccess0EventName = "RecoverySuccess0"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdRecoverySuccess0) ContractEventName() string {
	return AssetTokenColdRecoverySuccess0EventName
}

// UnpackRecoverySuccess0Event is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RecoverySuccess(address indexed lostWallet, address indexed newWallet, bytes32 indexed investorId)
func (assetTokenCold *AssetTokenCold) UnpackRecoverySuccess0Event(log *types.Log) (*AssetTokenColdRecoverySuccess0, error) {
	event := "RecoverySuccess0"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdRecoverySuccess0)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdRequiredFlagsSet represents a RequiredFlagsSet event raised by the AssetTokenCold contract.
type AssetTokenColdRequiredFlagsSet struct {
	Flags uint8
	Raw   *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdRequiredFlagsSetEventName = "RequiredFlagsSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdRequiredFlagsSet) ContractEventName() string {
	return AssetTokenColdRequiredFlagsSetEventName
}

// UnpackRequiredFlagsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequiredFlagsSet(uint8 flags)
func (assetTokenCold *AssetTokenCold) UnpackRequiredFlagsSetEvent(log *types.Log) (*AssetTokenColdRequiredFlagsSet, error) {
	event := "RequiredFlagsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdRequiredFlagsSet)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdReserveGuardSet represents a ReserveGuardSet event raised by the AssetTokenCold contract.
type AssetTokenColdReserveGuardSet struct {
	Feed       common.Address
	MaxAge     uint64
	MarginMode uint8
	Margin     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdReserveGuardSetEventName = "ReserveGuardSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdReserveGuardSet) ContractEventName() string {
	return AssetTokenColdReserveGuardSetEventName
}

// UnpackReserveGuardSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveGuardSet(address indexed feed, uint64 maxAge, uint8 marginMode, uint256 margin)
func (assetTokenCold *AssetTokenCold) UnpackReserveGuardSetEvent(log *types.Log) (*AssetTokenColdReserveGuardSet, error) {
	event := "ReserveGuardSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdReserveGuardSet)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdSupplyCapSet represents a SupplyCapSet event raised by the AssetTokenCold contract.
type AssetTokenColdSupplyCapSet struct {
	Cap *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdSupplyCapSetEventName = "SupplyCapSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdSupplyCapSet) ContractEventName() string {
	return AssetTokenColdSupplyCapSetEventName
}

// UnpackSupplyCapSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SupplyCapSet(uint256 cap)
func (assetTokenCold *AssetTokenCold) UnpackSupplyCapSetEvent(log *types.Log) (*AssetTokenColdSupplyCapSet, error) {
	event := "SupplyCapSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdSupplyCapSet)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdTokenBound represents a TokenBound event raised by the AssetTokenCold contract.
type AssetTokenColdTokenBound struct {
	Token common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdTokenBoundEventName = "TokenBound"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdTokenBound) ContractEventName() string {
	return AssetTokenColdTokenBoundEventName
}

// UnpackTokenBoundEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenBound(address token)
func (assetTokenCold *AssetTokenCold) UnpackTokenBoundEvent(log *types.Log) (*AssetTokenColdTokenBound, error) {
	event := "TokenBound"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdTokenBound)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdTokensFrozen represents a TokensFrozen event raised by the AssetTokenCold contract.
type AssetTokenColdTokensFrozen struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdTokensFrozenEventName = "TokensFrozen"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdTokensFrozen) ContractEventName() string {
	return AssetTokenColdTokensFrozenEventName
}

// UnpackTokensFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokensFrozen(address indexed account, uint256 amount)
func (assetTokenCold *AssetTokenCold) UnpackTokensFrozenEvent(log *types.Log) (*AssetTokenColdTokensFrozen, error) {
	event := "TokensFrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdTokensFrozen)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdTokensUnfrozen represents a TokensUnfrozen event raised by the AssetTokenCold contract.
type AssetTokenColdTokensUnfrozen struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdTokensUnfrozenEventName = "TokensUnfrozen"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdTokensUnfrozen) ContractEventName() string {
	return AssetTokenColdTokensUnfrozenEventName
}

// UnpackTokensUnfrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokensUnfrozen(address indexed account, uint256 amount)
func (assetTokenCold *AssetTokenCold) UnpackTokensUnfrozenEvent(log *types.Log) (*AssetTokenColdTokensUnfrozen, error) {
	event := "TokensUnfrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdTokensUnfrozen)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdTransfer represents a Transfer event raised by the AssetTokenCold contract.
type AssetTokenColdTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdTransfer) ContractEventName() string {
	return AssetTokenColdTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (assetTokenCold *AssetTokenCold) UnpackTransferEvent(log *types.Log) (*AssetTokenColdTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdTransfer)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdTransferLimitsSet represents a TransferLimitsSet event raised by the AssetTokenCold contract.
type AssetTokenColdTransferLimitsSet struct {
	Periods []uint32
	Limits  []*big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdTransferLimitsSetEventName = "TransferLimitsSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdTransferLimitsSet) ContractEventName() string {
	return AssetTokenColdTransferLimitsSetEventName
}

// UnpackTransferLimitsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferLimitsSet(uint32[] periods, uint256[] limits)
func (assetTokenCold *AssetTokenCold) UnpackTransferLimitsSetEvent(log *types.Log) (*AssetTokenColdTransferLimitsSet, error) {
	event := "TransferLimitsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdTransferLimitsSet)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdUnpaused represents a Unpaused event raised by the AssetTokenCold contract.
type AssetTokenColdUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdUnpaused) ContractEventName() string {
	return AssetTokenColdUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (assetTokenCold *AssetTokenCold) UnpackUnpausedEvent(log *types.Log) (*AssetTokenColdUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdUnpaused)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdUpdatedTokenInformation represents a UpdatedTokenInformation event raised by the AssetTokenCold contract.
type AssetTokenColdUpdatedTokenInformation struct {
	NewName      common.Hash
	NewSymbol    common.Hash
	NewDecimals  uint8
	NewVersion   string
	NewOnchainID common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdUpdatedTokenInformationEventName = "UpdatedTokenInformation"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdUpdatedTokenInformation) ContractEventName() string {
	return AssetTokenColdUpdatedTokenInformationEventName
}

// UnpackUpdatedTokenInformationEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UpdatedTokenInformation(string indexed newName, string indexed newSymbol, uint8 newDecimals, string newVersion, address indexed newOnchainID)
func (assetTokenCold *AssetTokenCold) UnpackUpdatedTokenInformationEvent(log *types.Log) (*AssetTokenColdUpdatedTokenInformation, error) {
	event := "UpdatedTokenInformation"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdUpdatedTokenInformation)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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

// AssetTokenColdValuationGuardSet represents a ValuationGuardSet event raised by the AssetTokenCold contract.
type AssetTokenColdValuationGuardSet struct {
	Feed   common.Address
	MaxAge uint64
	Raw    *types.Log // Blockchain specific contextual infos
}

const AssetTokenColdValuationGuardSetEventName = "ValuationGuardSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenColdValuationGuardSet) ContractEventName() string {
	return AssetTokenColdValuationGuardSetEventName
}

// UnpackValuationGuardSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValuationGuardSet(address indexed feed, uint64 maxAge)
func (assetTokenCold *AssetTokenCold) UnpackValuationGuardSetEvent(log *types.Log) (*AssetTokenColdValuationGuardSet, error) {
	event := "ValuationGuardSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenCold.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenColdValuationGuardSet)
	if len(log.Data) > 0 {
		if err := assetTokenCold.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenCold.abi.Events[event].Inputs {
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
func (assetTokenCold *AssetTokenCold) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["CountingOff"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackCountingOffError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["DeedNotHeld"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackDeedNotHeldError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["EmptyTokenInformation"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackEmptyTokenInformationError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["FractionsOutstanding"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackFractionsOutstandingError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["FreezeExceedsBalance"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackFreezeExceedsBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["IdentityNotRegistered"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackIdentityNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["InvalidAmount"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackInvalidAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["InvalidLock"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackInvalidLockError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["InvalidLockup"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackInvalidLockupError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["InvalidReserveGuard"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackInvalidReserveGuardError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["InvalidSupplyCap"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackInvalidSupplyCapError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["InvalidTransferLimit"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackInvalidTransferLimitError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["LockExceedsBalance"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackLockExceedsBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["NoDeed"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackNoDeedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["NoSuchLock"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackNoSuchLockError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["NotSupported"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackNotSupportedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["NothingToRecover"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackNothingToRecoverError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["RecoveryInvestorMismatch"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackRecoveryInvestorMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["SameWallet"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackSameWalletError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["SupplyCapAlreadySet"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackSupplyCapAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["TooManyLocks"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackTooManyLocksError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["TooManyWindows"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackTooManyWindowsError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["TransferRestricted"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackTransferRestrictedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["UnexpectedDeed"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackUnexpectedDeedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenCold.abi.Errors["UnfreezeExceedsFrozen"].ID.Bytes()[:4]) {
		return assetTokenCold.UnpackUnfreezeExceedsFrozenError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AssetTokenColdAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the AssetTokenCold contract.
type AssetTokenColdAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func AssetTokenColdAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (assetTokenCold *AssetTokenCold) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*AssetTokenColdAccessControlUnauthorizedAccount, error) {
	out := new(AssetTokenColdAccessControlUnauthorizedAccount)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdCountingOff represents a CountingOff error raised by the AssetTokenCold contract.
type AssetTokenColdCountingOff struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CountingOff()
func AssetTokenColdCountingOffErrorID() common.Hash {
	return common.HexToHash("0xd5178e9715674baea0f3e9650955d3a80d73ca91bb03478349d07c9800211d97")
}

// UnpackCountingOffError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CountingOff()
func (assetTokenCold *AssetTokenCold) UnpackCountingOffError(raw []byte) (*AssetTokenColdCountingOff, error) {
	out := new(AssetTokenColdCountingOff)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "CountingOff", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdDeedNotHeld represents a DeedNotHeld error raised by the AssetTokenCold contract.
type AssetTokenColdDeedNotHeld struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeedNotHeld()
func AssetTokenColdDeedNotHeldErrorID() common.Hash {
	return common.HexToHash("0x5dbdcfb1572c3e4526689cbf7654f951f30c6f3d14926d691a6a1a53a0a845b7")
}

// UnpackDeedNotHeldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeedNotHeld()
func (assetTokenCold *AssetTokenCold) UnpackDeedNotHeldError(raw []byte) (*AssetTokenColdDeedNotHeld, error) {
	out := new(AssetTokenColdDeedNotHeld)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "DeedNotHeld", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdEmptyTokenInformation represents a EmptyTokenInformation error raised by the AssetTokenCold contract.
type AssetTokenColdEmptyTokenInformation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyTokenInformation()
func AssetTokenColdEmptyTokenInformationErrorID() common.Hash {
	return common.HexToHash("0x9348a10f4ac42d62229806ecd6ca2bb414cdf4e6c2c1a4313d1b8a8c5bd767fd")
}

// UnpackEmptyTokenInformationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyTokenInformation()
func (assetTokenCold *AssetTokenCold) UnpackEmptyTokenInformationError(raw []byte) (*AssetTokenColdEmptyTokenInformation, error) {
	out := new(AssetTokenColdEmptyTokenInformation)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "EmptyTokenInformation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdFractionsOutstanding represents a FractionsOutstanding error raised by the AssetTokenCold contract.
type AssetTokenColdFractionsOutstanding struct {
	Supply *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FractionsOutstanding(uint256 supply)
func AssetTokenColdFractionsOutstandingErrorID() common.Hash {
	return common.HexToHash("0x66ee5da8b8dfb8a10ae6799946557ee0612c7fae91be16363e84a5443c579eb9")
}

// UnpackFractionsOutstandingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FractionsOutstanding(uint256 supply)
func (assetTokenCold *AssetTokenCold) UnpackFractionsOutstandingError(raw []byte) (*AssetTokenColdFractionsOutstanding, error) {
	out := new(AssetTokenColdFractionsOutstanding)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "FractionsOutstanding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdFreezeExceedsBalance represents a FreezeExceedsBalance error raised by the AssetTokenCold contract.
type AssetTokenColdFreezeExceedsBalance struct {
	Account common.Address
	Frozen  *big.Int
	Balance *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FreezeExceedsBalance(address account, uint256 frozen, uint256 balance)
func AssetTokenColdFreezeExceedsBalanceErrorID() common.Hash {
	return common.HexToHash("0xf0d8212b2d0385e9c494f5ac843aa07904b262ce1f11d044286ed9e6f7d8de19")
}

// UnpackFreezeExceedsBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FreezeExceedsBalance(address account, uint256 frozen, uint256 balance)
func (assetTokenCold *AssetTokenCold) UnpackFreezeExceedsBalanceError(raw []byte) (*AssetTokenColdFreezeExceedsBalance, error) {
	out := new(AssetTokenColdFreezeExceedsBalance)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "FreezeExceedsBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdIdentityNotRegistered represents a IdentityNotRegistered error raised by the AssetTokenCold contract.
type AssetTokenColdIdentityNotRegistered struct {
	Wallet common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IdentityNotRegistered(address wallet)
func AssetTokenColdIdentityNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xfa9b64eb64fc68a272709bb8e865cb0a60e3ab75b8fef7cec7b7e8e634dbe063")
}

// UnpackIdentityNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IdentityNotRegistered(address wallet)
func (assetTokenCold *AssetTokenCold) UnpackIdentityNotRegisteredError(raw []byte) (*AssetTokenColdIdentityNotRegistered, error) {
	out := new(AssetTokenColdIdentityNotRegistered)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "IdentityNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdInvalidAmount represents a InvalidAmount error raised by the AssetTokenCold contract.
type AssetTokenColdInvalidAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAmount()
func AssetTokenColdInvalidAmountErrorID() common.Hash {
	return common.HexToHash("0x2c5211c6cb73b16841677a034781e8336d18ce66df858e54153c86854e11f7b8")
}

// UnpackInvalidAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAmount()
func (assetTokenCold *AssetTokenCold) UnpackInvalidAmountError(raw []byte) (*AssetTokenColdInvalidAmount, error) {
	out := new(AssetTokenColdInvalidAmount)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "InvalidAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdInvalidLock represents a InvalidLock error raised by the AssetTokenCold contract.
type AssetTokenColdInvalidLock struct {
	Amount *big.Int
	Start  uint64
	Cliff  uint64
	End    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidLock(uint256 amount, uint64 start, uint64 cliff, uint64 end)
func AssetTokenColdInvalidLockErrorID() common.Hash {
	return common.HexToHash("0x11402dd1b3368bf7f94b8b521f69e74b4a6b37b11cc174f52463bfd55e758958")
}

// UnpackInvalidLockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidLock(uint256 amount, uint64 start, uint64 cliff, uint64 end)
func (assetTokenCold *AssetTokenCold) UnpackInvalidLockError(raw []byte) (*AssetTokenColdInvalidLock, error) {
	out := new(AssetTokenColdInvalidLock)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "InvalidLock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdInvalidLockup represents a InvalidLockup error raised by the AssetTokenCold contract.
type AssetTokenColdInvalidLockup struct {
	LockedUntil uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidLockup(uint64 lockedUntil)
func AssetTokenColdInvalidLockupErrorID() common.Hash {
	return common.HexToHash("0xf65609c5c052cc5369637f891b070f65e7d89faf48f129c3468a3c3a01ff5de4")
}

// UnpackInvalidLockupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidLockup(uint64 lockedUntil)
func (assetTokenCold *AssetTokenCold) UnpackInvalidLockupError(raw []byte) (*AssetTokenColdInvalidLockup, error) {
	out := new(AssetTokenColdInvalidLockup)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "InvalidLockup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdInvalidReserveGuard represents a InvalidReserveGuard error raised by the AssetTokenCold contract.
type AssetTokenColdInvalidReserveGuard struct {
	Feed       common.Address
	MaxAge     uint64
	MarginMode uint8
	Margin     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidReserveGuard(address feed, uint64 maxAge, uint8 marginMode, uint256 margin)
func AssetTokenColdInvalidReserveGuardErrorID() common.Hash {
	return common.HexToHash("0x8cb6bfeb92c4d574477c0ae2748274a758d159495c5991399be4a97d3bffd23c")
}

// UnpackInvalidReserveGuardError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidReserveGuard(address feed, uint64 maxAge, uint8 marginMode, uint256 margin)
func (assetTokenCold *AssetTokenCold) UnpackInvalidReserveGuardError(raw []byte) (*AssetTokenColdInvalidReserveGuard, error) {
	out := new(AssetTokenColdInvalidReserveGuard)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "InvalidReserveGuard", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdInvalidSupplyCap represents a InvalidSupplyCap error raised by the AssetTokenCold contract.
type AssetTokenColdInvalidSupplyCap struct {
	Cap    *big.Int
	Supply *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSupplyCap(uint256 cap, uint256 supply)
func AssetTokenColdInvalidSupplyCapErrorID() common.Hash {
	return common.HexToHash("0x0a3780ce0a3a11d85fb08eca06c71bd05b397969fdfe3295b25e3206bb51788d")
}

// UnpackInvalidSupplyCapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSupplyCap(uint256 cap, uint256 supply)
func (assetTokenCold *AssetTokenCold) UnpackInvalidSupplyCapError(raw []byte) (*AssetTokenColdInvalidSupplyCap, error) {
	out := new(AssetTokenColdInvalidSupplyCap)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "InvalidSupplyCap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdInvalidTransferLimit represents a InvalidTransferLimit error raised by the AssetTokenCold contract.
type AssetTokenColdInvalidTransferLimit struct {
	Period uint32
	Limit  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidTransferLimit(uint32 period, uint256 limit)
func AssetTokenColdInvalidTransferLimitErrorID() common.Hash {
	return common.HexToHash("0x093a012adf9ca649c36d3075fc0e36006a59854469938de6a00c650bd9277eb5")
}

// UnpackInvalidTransferLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidTransferLimit(uint32 period, uint256 limit)
func (assetTokenCold *AssetTokenCold) UnpackInvalidTransferLimitError(raw []byte) (*AssetTokenColdInvalidTransferLimit, error) {
	out := new(AssetTokenColdInvalidTransferLimit)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "InvalidTransferLimit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdLengthMismatch represents a LengthMismatch error raised by the AssetTokenCold contract.
type AssetTokenColdLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch()
func AssetTokenColdLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xff633a3803c58b9bc21e58efecee59f27e033cc0b1883fccb4969c76146fe60f")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch()
func (assetTokenCold *AssetTokenCold) UnpackLengthMismatchError(raw []byte) (*AssetTokenColdLengthMismatch, error) {
	out := new(AssetTokenColdLengthMismatch)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdLockExceedsBalance represents a LockExceedsBalance error raised by the AssetTokenCold contract.
type AssetTokenColdLockExceedsBalance struct {
	Account common.Address
	Locked  *big.Int
	Balance *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LockExceedsBalance(address account, uint256 locked, uint256 balance)
func AssetTokenColdLockExceedsBalanceErrorID() common.Hash {
	return common.HexToHash("0x97192e5900263cb64e1040d4e8b19fe52a2788f0894ecab56483003e5528c092")
}

// UnpackLockExceedsBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LockExceedsBalance(address account, uint256 locked, uint256 balance)
func (assetTokenCold *AssetTokenCold) UnpackLockExceedsBalanceError(raw []byte) (*AssetTokenColdLockExceedsBalance, error) {
	out := new(AssetTokenColdLockExceedsBalance)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "LockExceedsBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdNoDeed represents a NoDeed error raised by the AssetTokenCold contract.
type AssetTokenColdNoDeed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoDeed()
func AssetTokenColdNoDeedErrorID() common.Hash {
	return common.HexToHash("0xc1ffbfc1a56ba459bba00e31cfb4451b66eb65b30d4de2f8c880b6d3b73796af")
}

// UnpackNoDeedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoDeed()
func (assetTokenCold *AssetTokenCold) UnpackNoDeedError(raw []byte) (*AssetTokenColdNoDeed, error) {
	out := new(AssetTokenColdNoDeed)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "NoDeed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdNoSuchLock represents a NoSuchLock error raised by the AssetTokenCold contract.
type AssetTokenColdNoSuchLock struct {
	Account common.Address
	Index   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSuchLock(address account, uint256 index)
func AssetTokenColdNoSuchLockErrorID() common.Hash {
	return common.HexToHash("0x174ff03d54b2c000328ea171a1536d0a915d43244ef0ad0def7480a4c25ffd4f")
}

// UnpackNoSuchLockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSuchLock(address account, uint256 index)
func (assetTokenCold *AssetTokenCold) UnpackNoSuchLockError(raw []byte) (*AssetTokenColdNoSuchLock, error) {
	out := new(AssetTokenColdNoSuchLock)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "NoSuchLock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdNotSupported represents a NotSupported error raised by the AssetTokenCold contract.
type AssetTokenColdNotSupported struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSupported(string reason)
func AssetTokenColdNotSupportedErrorID() common.Hash {
	return common.HexToHash("0x329e2f15154ecf1df584c66d531aa4ec1a2a0b60ea4ed01ae287032531871b9e")
}

// UnpackNotSupportedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSupported(string reason)
func (assetTokenCold *AssetTokenCold) UnpackNotSupportedError(raw []byte) (*AssetTokenColdNotSupported, error) {
	out := new(AssetTokenColdNotSupported)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "NotSupported", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdNothingToRecover represents a NothingToRecover error raised by the AssetTokenCold contract.
type AssetTokenColdNothingToRecover struct {
	LostWallet common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToRecover(address lostWallet)
func AssetTokenColdNothingToRecoverErrorID() common.Hash {
	return common.HexToHash("0x86d9d0354b396b81f550c04abd222485cc87e7b37fc56bd7fbbccdebdddb9588")
}

// UnpackNothingToRecoverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToRecover(address lostWallet)
func (assetTokenCold *AssetTokenCold) UnpackNothingToRecoverError(raw []byte) (*AssetTokenColdNothingToRecover, error) {
	out := new(AssetTokenColdNothingToRecover)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "NothingToRecover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdRecoveryInvestorMismatch represents a RecoveryInvestorMismatch error raised by the AssetTokenCold contract.
type AssetTokenColdRecoveryInvestorMismatch struct {
	Wallet     common.Address
	InvestorId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecoveryInvestorMismatch(address wallet, bytes32 investorId)
func AssetTokenColdRecoveryInvestorMismatchErrorID() common.Hash {
	return common.HexToHash("0xd067f144044e6aca5a72ea4a8588ddf6a4034eabdad5e7a88d27fa28eda277d5")
}

// UnpackRecoveryInvestorMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecoveryInvestorMismatch(address wallet, bytes32 investorId)
func (assetTokenCold *AssetTokenCold) UnpackRecoveryInvestorMismatchError(raw []byte) (*AssetTokenColdRecoveryInvestorMismatch, error) {
	out := new(AssetTokenColdRecoveryInvestorMismatch)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "RecoveryInvestorMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdSameWallet represents a SameWallet error raised by the AssetTokenCold contract.
type AssetTokenColdSameWallet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SameWallet()
func AssetTokenColdSameWalletErrorID() common.Hash {
	return common.HexToHash("0x94a3d97966ea005ec91b894676eb5999980a7ab09d9228c0a6c07c9440163de7")
}

// UnpackSameWalletError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SameWallet()
func (assetTokenCold *AssetTokenCold) UnpackSameWalletError(raw []byte) (*AssetTokenColdSameWallet, error) {
	out := new(AssetTokenColdSameWallet)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "SameWallet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdSupplyCapAlreadySet represents a SupplyCapAlreadySet error raised by the AssetTokenCold contract.
type AssetTokenColdSupplyCapAlreadySet struct {
	Cap *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SupplyCapAlreadySet(uint256 cap)
func AssetTokenColdSupplyCapAlreadySetErrorID() common.Hash {
	return common.HexToHash("0xf8064ef6e8ae12291b6b7e8dabe87a0a85e788f5b9c5e1b891879badb02b586c")
}

// UnpackSupplyCapAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SupplyCapAlreadySet(uint256 cap)
func (assetTokenCold *AssetTokenCold) UnpackSupplyCapAlreadySetError(raw []byte) (*AssetTokenColdSupplyCapAlreadySet, error) {
	out := new(AssetTokenColdSupplyCapAlreadySet)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "SupplyCapAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdTooManyLocks represents a TooManyLocks error raised by the AssetTokenCold contract.
type AssetTokenColdTooManyLocks struct {
	Account common.Address
	Max     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyLocks(address account, uint256 max)
func AssetTokenColdTooManyLocksErrorID() common.Hash {
	return common.HexToHash("0xacefc1d694c0aa4db91ea30e059057ae7af797718ba19d0c983211aeff59a056")
}

// UnpackTooManyLocksError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyLocks(address account, uint256 max)
func (assetTokenCold *AssetTokenCold) UnpackTooManyLocksError(raw []byte) (*AssetTokenColdTooManyLocks, error) {
	out := new(AssetTokenColdTooManyLocks)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "TooManyLocks", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdTooManyWindows represents a TooManyWindows error raised by the AssetTokenCold contract.
type AssetTokenColdTooManyWindows struct {
	Windows *big.Int
	Max     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyWindows(uint256 windows, uint256 max)
func AssetTokenColdTooManyWindowsErrorID() common.Hash {
	return common.HexToHash("0x0ec209b696a826486ab346e5a99e710b396b1aa106f71793760c7359233b5947")
}

// UnpackTooManyWindowsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyWindows(uint256 windows, uint256 max)
func (assetTokenCold *AssetTokenCold) UnpackTooManyWindowsError(raw []byte) (*AssetTokenColdTooManyWindows, error) {
	out := new(AssetTokenColdTooManyWindows)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "TooManyWindows", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdTransferRestricted represents a TransferRestricted error raised by the AssetTokenCold contract.
type AssetTokenColdTransferRestricted struct {
	Code uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferRestricted(uint8 code)
func AssetTokenColdTransferRestrictedErrorID() common.Hash {
	return common.HexToHash("0xe18ca2b9b451bf0dffa5160cc54e30c428dde179b65b354eee7185b6d097c2a1")
}

// UnpackTransferRestrictedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferRestricted(uint8 code)
func (assetTokenCold *AssetTokenCold) UnpackTransferRestrictedError(raw []byte) (*AssetTokenColdTransferRestricted, error) {
	out := new(AssetTokenColdTransferRestricted)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "TransferRestricted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdUnexpectedDeed represents a UnexpectedDeed error raised by the AssetTokenCold contract.
type AssetTokenColdUnexpectedDeed struct {
	Token   common.Address
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedDeed(address token, uint256 tokenId)
func AssetTokenColdUnexpectedDeedErrorID() common.Hash {
	return common.HexToHash("0x853a50cb43487d48b72de797b87b173a08953ba0dd4f7b126e17a231a7573378")
}

// UnpackUnexpectedDeedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedDeed(address token, uint256 tokenId)
func (assetTokenCold *AssetTokenCold) UnpackUnexpectedDeedError(raw []byte) (*AssetTokenColdUnexpectedDeed, error) {
	out := new(AssetTokenColdUnexpectedDeed)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "UnexpectedDeed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenColdUnfreezeExceedsFrozen represents a UnfreezeExceedsFrozen error raised by the AssetTokenCold contract.
type AssetTokenColdUnfreezeExceedsFrozen struct {
	Account common.Address
	Frozen  *big.Int
	Amount  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnfreezeExceedsFrozen(address account, uint256 frozen, uint256 amount)
func AssetTokenColdUnfreezeExceedsFrozenErrorID() common.Hash {
	return common.HexToHash("0xe0dfe97fc7c79f92ffcc46a2e29ea9d7ddbe9d44cc7593b8255f7b2eba5ddef6")
}

// UnpackUnfreezeExceedsFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnfreezeExceedsFrozen(address account, uint256 frozen, uint256 amount)
func (assetTokenCold *AssetTokenCold) UnpackUnfreezeExceedsFrozenError(raw []byte) (*AssetTokenColdUnfreezeExceedsFrozen, error) {
	out := new(AssetTokenColdUnfreezeExceedsFrozen)
	if err := assetTokenCold.abi.UnpackIntoInterface(out, "UnfreezeExceedsFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}
