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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CountingOff\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DeedNotHeld\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyTokenInformation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"FractionsOutstanding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"FreezeExceedsBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"IdentityNotRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"InvalidLock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"name\":\"InvalidLockup\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"marginMode\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"margin\",\"type\":\"uint256\"}],\"name\":\"InvalidReserveGuard\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"InvalidSupplyCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"InvalidTransferLimit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"LockExceedsBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoDeed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"NoSuchLock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"NotSupported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"}],\"name\":\"NothingToRecover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"RecoveryInvestorMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SameWallet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"SupplyCapAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyLocks\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"windows\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyWindows\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"name\":\"TransferRestricted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"UnexpectedDeed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"UnfreezeExceedsFrozen\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bool\",\"name\":\"isFrozen\",\"type\":\"bool\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AddressFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AgentAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AgentRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32[9]\",\"name\":\"caps\",\"type\":\"uint32[9]\"}],\"name\":\"CategoryCapsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"compliance\",\"type\":\"address\"}],\"name\":\"ComplianceAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"CountryAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"cap\",\"type\":\"uint32\"}],\"name\":\"CountryCapSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"CountryRestrictionSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"deed\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"deedId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"}],\"name\":\"DeedLocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"deed\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"deedId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"DeedReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minHolding\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"flowbackUntil\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"initialLockup\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"lockupReason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"forceFullTransfer\",\"type\":\"bool\"}],\"name\":\"ExtendedRulesSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Frozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"identityRegistry\",\"type\":\"address\"}],\"name\":\"IdentityRegistryAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"InvestorCountingOn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"anchor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"fromCountry\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"fromCategories\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"toCountry\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"toCategories\",\"type\":\"uint8\"}],\"name\":\"InvestorRecounted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"on\",\"type\":\"bool\"}],\"name\":\"LiquidateOnlySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"LockAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"LockRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"name\":\"LockedUp\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxBalance\",\"type\":\"uint256\"}],\"name\":\"MaxBalanceSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"MaxCountryShareSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxInvestors\",\"type\":\"uint256\"}],\"name\":\"MaxInvestorsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_lostWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_newWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_investorOnchainID\",\"type\":\"address\"}],\"name\":\"RecoverySuccess\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"RecoverySuccess\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"}],\"name\":\"RequiredFlagsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"marginMode\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"margin\",\"type\":\"uint256\"}],\"name\":\"ReserveGuardSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"SupplyCapSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenBound\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensUnfrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32[]\",\"name\":\"periods\",\"type\":\"uint32[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"limits\",\"type\":\"uint256[]\"}],\"name\":\"TransferLimitsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"string\",\"name\":\"newName\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"string\",\"name\":\"newSymbol\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"newDecimals\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"newVersion\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOnchainID\",\"type\":\"address\"}],\"name\":\"UpdatedTokenInformation\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"name\":\"ValuationGuardSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"categoryInvestors\",\"outputs\":[{\"internalType\":\"uint256[9]\",\"name\":\"counts\",\"type\":\"uint256[9]\"},{\"internalType\":\"uint256[9]\",\"name\":\"caps\",\"type\":\"uint256[9]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"compliance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"countryInvestors\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"countryRestricted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"created\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deed\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deedId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deedLocked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"destroyed\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"extendedRules\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"minHolding\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"flowbackUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"initialLockup\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"lockupReason\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"forceFullTransfer\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getFrozenTokens\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getTokenBound\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"investorCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"investorCounting\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"isAgent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"isCountryAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isFrozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"isLiquidateOnly\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"isRequestProcessed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"isTokenBound\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"lockOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"locksOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"}],\"internalType\":\"structIAssetTokenCold.Lock[]\",\"name\":\"locks\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxBalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxCountryShare\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxInvestors\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"onchainID\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requiredFlags\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reserveGuard\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"marginMode\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"margin\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"supplyCap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"transferAllowance\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"remaining\",\"type\":\"uint256[]\"},{\"internalType\":\"uint64[]\",\"name\":\"resets\",\"type\":\"uint64[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"transferLimits\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"periods\",\"type\":\"uint32[]\"},{\"internalType\":\"uint256[]\",\"name\":\"limits\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"transferred\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"unbindToken\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"valuationGuard\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "AssetTokenCold",
	Bin: "0x615ff6610034600b8282823980515f1a607314602857634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe730000000000000000000000000000000000000000301460806040526004361061046f575f3560e01c80638d2ea77211610258578063be159b5a1161014b578063e2e2d117116100ca578063ebe45cba1161008f578063ebe45cba14610c5b578063f652b75514610c7a578063f898178914610c82578063f9062c8014610ca1578063fc7e5fa814610cbc575f5ffd5b8063e2e2d11714610bd8578063e4fee3b914610beb578063e583983614610c0a578063e68da4b814610c1d578063e72d002914610c3c575f5ffd5b8063cbf3f86111610110578063cbf3f86114610b44578063d2e09b0a14610b63578063d7e64c0014610b82578063d911800a14610b8a578063db20a5b514610bb9575f5ffd5b8063be159b5a14610ad6578063c2f1e6bd14610ade578063c3f9ab5814610ae6578063c47f002714610b06578063c69c09cf14610b25575f5ffd5b8063ac979746116101d7578063b86b38fe1161019c578063b86b38fe14610a74578063bc99cc3714610a7c578063bca0a23d14610a84578063bd79c7ef14610a98578063bd8af8fd14610ab7575f5ffd5b8063ac979746146109d7578063af1a8cb6146109f8578063b586dc1914610a17578063b6a3f59a14610a36578063b84c824614610a55575f5ffd5b8063993e8b951161021d578063993e8b951461096257806399f644f61461097e5780639d51d9b7146109915780639dc29fac146109b0578063aba63705146109cf575f5ffd5b80638d2ea772146107d15780638f770ad0146108fd5780639285948a1461090557806397809e0b1461092457806397a6278e14610943575f5ffd5b80634710362d116103705780636da398b3116102ef57806384e79842116102b457806384e798421461088557806386a82c94146108a45780638adf0af2146108ac5780638b4b3829146108cb5780638baf29b4146108ea575f5ffd5b80636da398b31461081d57806373ad468a14610830578063826172ff1461083857806382c8e52f146108575780638456cb5914610871575f5ffd5b80635c975abb116103355780635c975abb146107c95780635f8dead3146107d15780636290865d146107e457806368573107146107fe5780636a3edf28146107e4575f5ffd5b80634710362d146107115780634a6cc6771461073057806354fd4d501461074f5780635a46d3b51461077a5780635b5ba2fd146107aa575f5ffd5b806329499219116103fc5780633f4ba83a116103c15780633f4ba83a146106655780633ff5aa021461067957806340c10f191461069857806340db3b50146106b757806345ef9dd4146106ca575f5ffd5b806329499219146105b05780632a45df11146105d85780632fbf137c1461061a5780632fde61bc146106305780633d1ddc5b14610646575f5ffd5b8063158b1a5711610442578063158b1a571461050f5780631a7af379146105305780631fe56f7d1461054f5780631ffbb0641461056e578063204458f614610591575f5ffd5b806308156892146104735780630a6df89714610494578063125c4a33146104b3578063150b7a02146104d2575b5f5ffd5b81801561047e575f5ffd5b5061049261048d366004615442565b610cdb565b005b81801561049f575f5ffd5b506104926104ae3660046154c0565b610eda565b8180156104be575f5ffd5b506104926104cd3660046154d9565b610f5e565b8180156104dd575f5ffd5b506104f16104ec366004615547565b610f82565b6040516001600160e01b031990911681526020015b60405180910390f35b61052261051d3660046155b4565b611038565b604051908152602001610506565b81801561053b575f5ffd5b5061049261054a36600461560f565b611076565b81801561055a575f5ffd5b506104926105693660046154d9565b61111e565b61058161057c3660046155b4565b61113e565b6040519015158152602001610506565b81801561059c575f5ffd5b506104926105ab36600461560f565b6111bf565b6105c36105be366004615679565b611366565b60408051928352602083019190915201610506565b6105e06113a6565b604080516001600160a01b0390951685526001600160401b03909316602085015260ff909116918301919091526060820152608001610506565b6106226113ef565b6040516105069291906156bc565b61063861148d565b604051610506929190615713565b818015610651575f5ffd5b506104926106603660046155b4565b6115d4565b818015610670575f5ffd5b50610492611612565b818015610684575f5ffd5b506104926106933660046155b4565b611684565b8180156106a3575f5ffd5b506104926106b23660046154d9565b6116ef565b6104926106c53660046155b4565b6116f9565b6106d2611712565b604080519586526001600160401b03909416602086015263ffffffff9092169284019290925260ff90911660608301521515608082015260a001610506565b81801561071c575f5ffd5b5061049261072b36600461560f565b61175c565b81801561073b575f5ffd5b5061049261074a36600461560f565b6117ef565b6040805180820182526009815268746573736572612d3160b81b602082015290516105069190615794565b61078d6107883660046155b4565b61186c565b604080519283526001600160401b03909116602083015201610506565b8180156107b5575f5ffd5b506105816107c43660046157a6565b6118cc565b61058161195f565b6104926107df3660046154d9565b611973565b305b6040516001600160a01b039091168152602001610506565b818015610809575f5ffd5b5061049261081836600461560f565b61197b565b61058161082b3660046157e4565b6119f8565b610522611a17565b818015610843575f5ffd5b506104926108523660046157fb565b611a33565b61085f611b6c565b60405160ff9091168152602001610506565b81801561087c575f5ffd5b50610492611b7f565b818015610890575f5ffd5b5061049261089f3660046155b4565b611bea565b610522611c31565b8180156108b7575f5ffd5b506104926108c6366004615442565b611c43565b8180156108d6575f5ffd5b506104926108e5366004615679565b611dfa565b6104926108f83660046157a6565b611e9c565b610522611ea9565b818015610910575f5ffd5b5061058161091f36600461581c565b611ebf565b81801561092f575f5ffd5b5061049261093e366004615871565b612016565b81801561094e575f5ffd5b5061049261095d3660046155b4565b612244565b6105816109703660046155b4565b6001600160a01b0316301490565b61058161098c366004615679565b61228b565b81801561099c575f5ffd5b506104926109ab3660046157e4565b6122d2565b8180156109bb575f5ffd5b506104926109ca3660046154d9565b61236a565b6107e6612374565b6109ea6109e53660046155b4565b61238f565b6040516105069291906158a8565b818015610a03575f5ffd5b50610492610a1236600461560f565b612655565b818015610a22575f5ffd5b50610492610a313660046155b4565b6128b2565b818015610a41575f5ffd5b50610492610a503660046157e4565b612a15565b818015610a60575f5ffd5b50610492610a6f366004615909565b612af6565b610581612b55565b610522612b60565b818015610a8f575f5ffd5b50610492612b70565b818015610aa3575f5ffd5b50610492610ab2366004615947565b612bfc565b818015610ac2575f5ffd5b50610492610ad1366004615962565b612c71565b610581612d77565b6107e6612d82565b610af9610af43660046155b4565b612d9d565b60405161050691906159a9565b818015610b11575f5ffd5b50610492610b20366004615909565b612f04565b818015610b30575f5ffd5b50610492610b3f366004615871565b612f5a565b818015610b4f575f5ffd5b50610492610b5e3660046155b4565b612f7a565b818015610b6e575f5ffd5b50610492610b7d366004615a43565b613086565b6105226130f0565b610b92613100565b604080516001600160a01b0390931683526001600160401b03909116602083015201610506565b818015610bc4575f5ffd5b50610492610bd3366004615a5c565b61313e565b610581610be63660046155b4565b6131f2565b818015610bf6575f5ffd5b50610492610c05366004615a8f565b613306565b610581610c183660046155b4565b6134cc565b818015610c28575f5ffd5b50610492610c37366004615ad9565b61350a565b818015610c47575f5ffd5b50610492610c563660046155b4565b61365b565b818015610c66575f5ffd5b50610581610c753660046154d9565b613962565b6105816139b4565b818015610c8d575f5ffd5b50610492610c9c3660046155b4565b6139e4565b610ca9613a4c565b60405161ffff9091168152602001610506565b818015610cc7575f5ffd5b50610492610cd636600461560f565b613a66565b610cf15f516020615fa15f395f51905f52613af9565b5f610d03610cfd613b83565b88613ba7565b90505f610d2e87876001600160401b0316876001600160401b0316876001600160401b031687613d37565b90505f5b825181108015610d5b575081838281518110610d5057610d50615b37565b602002602001015114155b15610d7057610d6981615b5f565b9050610d32565b82518103610db75760405163108128b560e01b81526001600160a01b038a166004820152602481018990526001600160401b03861660448201526064015b60405180910390fd5b5f610dc3826001615b77565b90505b8351811015610e1a57838181518110610de157610de1615b37565b602002602001015184600183610df79190615b8a565b81518110610e0757610e07615b37565b6020908102919091010152600101610dc6565b5060018351038352610e58610e2d613b83565b8a610e36613b83565b6001600160a01b038d165f908152600291909101602052604090205486613d5f565b610e60613b83565b6001600160a01b038b165f818152600292909201602052604090912091909155339060ff60d885901c16907f0feb5a74a95732931236500a27b30b290adfbaf250fdeca1a70ea0579155179e84610eb78742613f2c565b6040805192835260208301919091520160405180910390a4505050505050505050565b610ef05f516020615f815f395f51905f52613af9565b69ffffffff000000000000603082901b1669ffffffff00000000000019610f15613b83565b541617610f20613b83565b5560405163ffffffff821681527f0de3b656191db95f0ae3b33d959531021110a9da5b819655d9d13a57496144ad906020015b60405180910390a150565b610f745f516020615fa15f395f51905f52613af9565b610f7e8282613fb7565b5050565b5f5f610f8c613b83565b600701546001600160a01b03169050801580610fb15750336001600160a01b03821614155b80610fc75750610fbf613b83565b600801548514155b15610fee5760405163853a50cb60e01b815233600482015260248101869052604401610dae565b6040516001600160a01b03871690869033907f65b9b6800269c1d914567df9d066fabc775c2ad11e29e2892d42fb99b98c58d0905f90a450630a85bd0160e11b9695505050505050565b5f6001600160801b03611049613b83565b6003015f846001600160a01b03166001600160a01b031681526020019081526020015f2054169050919050565b61108c5f516020615fa15f395f51905f52613af9565b8281146110af576040516001621398b960e31b0319815260040160405180910390fd5b5f5b838110156111175761110f8585838181106110ce576110ce615b37565b90506020020160208101906110e391906155b4565b8484848181106110f5576110f5615b37565b905060200201602081019061110a9190615947565b614057565b6001016110b1565b5050505050565b6111345f516020615fa15f395f51905f52613af9565b610f7e82826140f3565b604051632474521560e21b81525f516020615fa15f395f51905f5260048201526001600160a01b03821660248201525f9030906391d1485490604401602060405180830381865afa158015611195573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111b99190615b9d565b92915050565b6111d55f516020615f815f395f51905f52613af9565b6111dd61415d565b828114611200576040516001621398b960e31b0319815260040160405180910390fd5b5f5b83811015611117575f611213613b83565b600e015f87878581811061122957611229615b37565b905060200201602081019061123e9190615679565b61ffff1681526020019081526020015f20549050602084848481811061126657611266615b37565b905060200201602081019061127b91906154c0565b63ffffffff16901b63ffffffff821617611293613b83565b600e015f8888868181106112a9576112a9615b37565b90506020020160208101906112be9190615679565b61ffff16815260208101919091526040015f20558585838181106112e4576112e4615b37565b90506020020160208101906112f99190615679565b61ffff167f0b7b5be1b5f5d3ca1408f2633cfc1f7e4b09791dd027abd6fb93b016a9139fbb85858581811061133057611330615b37565b905060200201602081019061134591906154c0565b60405163ffffffff909116815260200160405180910390a250600101611202565b5f5f5f611371613b83565b600e015f8561ffff1681526020019081526020015f2054905063ffffffff811663ffffffff602083901c169250925050915091565b5f5f5f5f5f6113b3613b83565b60118101546012909101546001600160a01b03821697600160a01b83046001600160401b03169750600160e01b90920460ff1695509350915050565b6113f76153c6565b6113ff6153c6565b5f611408613b83565b600f015490505f611417613b83565b6010015490505f5b600981101561148657630fffffff61143882601c615bb8565b84901c1685826009811061144e5761144e615b37565b6020020152630fffffff61146382601c615bb8565b83901c1684826009811061147957611479615b37565b602002015260010161141f565b5050509091565b6060805f60b461149b613b83565b60090154901c6007169050806001600160401b038111156114be576114be615bcf565b6040519080825280602002602001820160405280156114e7578160200160208202803683370190505b509250806001600160401b0381111561150257611502615bcf565b60405190808252806020026020018201604052801561152b578160200160208202803683370190505b5091505f5b818110156115ce575f6001600160801b0361154f600184166080615bb8565b611557613b83565b600b01600185901c6002811061156f5761156f615b37565b0154901c1690508085838151811061158957611589615b37565b602002602001019063ffffffff16908163ffffffff1681525050602081901c8483815181106115ba576115ba615b37565b602090810291909101015250600101611530565b50509091565b6115dd5f613af9565b806115e6613b83565b60130180546001600160a01b0319166001600160a01b039290921691909117905561160f61418a565b50565b61163b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a613af9565b600119611646613b83565b80549190911690556040513381527f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa906020015b60405180910390a1565b61168d5f613af9565b6001600160a01b03811630146116b65760405163329e2f1560e01b8152600401610dae90615be3565b6040516001600160a01b03821681527f2de35142b19ed5a07796cf30791959c592018f70b1d2d7c460eef8ffe713692b90602001610f53565b610f7e8282614284565b60405163329e2f1560e01b8152600401610dae90615be3565b5f5f5f5f5f5f611720613b83565b600901546001600160601b0381169764ffffffffff606083901c169750608882901c965060a882901c9550600160b01b90911615159350915050565b6117725f516020615fa15f395f51905f52613af9565b828114611795576040516001621398b960e31b0319815260040160405180910390fd5b5f5b83811015611117576117e78585838181106117b4576117b4615b37565b90506020020160208101906117c991906155b4565b8484848181106117db576117db615b37565b905060200201356140f3565b600101611797565b828114611812576040516001621398b960e31b0319815260040160405180910390fd5b5f5b838110156111175761186485858381811061183157611831615b37565b905060200201602081019061184691906155b4565b84848481811061185857611858615b37565b905060200201356142d2565b600101611814565b5f5f5f64ffffffffff60c061187f613b83565b6001600160a01b0387165f9081526002919091016020526040902054901c1690504281116118b257505f93849350915050565b6118c36118bd613b83565b85614320565b94909350915050565b5f6118e35f516020615fa15f395f51905f52613af9565b5f306001600160a01b031663134e18f46040518163ffffffff1660e01b8152600401602060405180830381865afa158015611920573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119449190615c1a565b905061195281868686614378565b60019150505b9392505050565b5f600161196a613b83565b54161515919050565b610f7e6147a8565b82811461199e576040516001621398b960e31b0319815260040160405180910390fd5b5f5b83811015611117576119f08585838181106119bd576119bd615b37565b90506020020160208101906119d291906155b4565b8484848181106119e4576119e4615b37565b90506020020135614284565b6001016119a0565b5f611a01613b83565b5f92835260050160205250604090205460ff1690565b5f6001600160601b036050611a2a613b83565b54901c16919050565b611a495f516020615f815f395f51905f52613af9565b611a5161415d565b5f5f5b6009811015611af157630fffffff838260098110611a7457611a74615b37565b602002016020810190611a8791906154c0565b63ffffffff161115611aac5760405163162908e360e11b815260040160405180910390fd5b611ab781601c615bb8565b838260098110611ac957611ac9615b37565b602002016020810190611adc91906154c0565b63ffffffff16901b9190911790600101611a54565b5080611afb613b83565b601001555f611b08613b83565b600901549050611b308215611b2357600160b11b8217614805565b600160b11b198216614805565b7f66399d7ba188664b067ebb564c5f04cdc11eda14dc5f2d8eba78b6a1194aed3883604051611b5f9190615c35565b60405180910390a1505050565b5f6008611b77613b83565b54901c919050565b611ba87f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a613af9565b6001611bb2613b83565b80549190911790556040513381527f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2589060200161167a565b611bfb632f2ff15d60e01b82614843565b6040516001600160a01b038216907ff68e73cec97f2d70aa641fb26e87a4383686e2efacb648f2165aeb02ac562ec5905f90a250565b5f611c3a613b83565b60080154905090565b611c595f516020615fa15f395f51905f52613af9565b841580611c6c57506001600160601b0385115b80611c885750826001600160401b0316846001600160401b0316115b80611ca45750816001600160401b0316836001600160401b0316115b80611cb8575042826001600160401b031611155b80611cd0575064ffffffffff826001600160401b0316115b15611d10576040516311402dd160e01b8152600481018690526001600160401b038086166024830152808516604483015283166064820152608401610dae565b5f611d19613b83565b6001600160a01b0388165f9081526002919091016020526040812054915086611d49611d43613b83565b8a614320565b611d539190615b77565b90506001600160601b038216811115611d8e5787816001600160601b0384166040516397192e5960e01b8152600401610dae93929190615c74565b611dc8611d99613b83565b8984611dc38b8b6001600160401b03168b6001600160401b03168b6001600160401b03168b613d37565b614935565b611dd0613b83565b6001600160a01b039099165f90815260029990990160205260409098209790975550505050505050565b611e105f516020615f815f395f51905f52613af9565b611e1861415d565b6127108161ffff161115611e3f5760405163162908e360e11b815260040160405180910390fd5b611e6861ffff60b71b60b783901b16613fff60b71b19611e5d613b83565b600901541617614805565b60405161ffff821681527fcda19e61d3a20fdb7ef48963add4932a0c2583916d495815ec9ebb304e1bcc4590602001610f53565b611ea46147a8565b505050565b5f6080611eb4613b83565b60010154901c905090565b5f611ed65f516020615fa15f395f51905f52613af9565b5f306001600160a01b031663134e18f46040518163ffffffff1660e01b8152600401602060405180830381865afa158015611f13573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f379190615c1a565b6040516309b2c94960e41b81526001600160a01b0387811660048301529192505f91831690639b2c949090602401602060405180830381865afa158015611f80573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611fa49190615c95565b9050801580611fce5750836001600160a01b0316611fc28383614b35565b6001600160a01b031614155b15611ffe57604051633419fc5160e21b81526001600160a01b038716600482015260248101829052604401610dae565b61200a82878784614378565b50600195945050505050565b61202c5f516020615fa15f395f51905f52613af9565b5f306001600160a01b031663134e18f46040518163ffffffff1660e01b8152600401602060405180830381865afa158015612069573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061208d9190615c1a565b604051633465d6d560e01b81526001600160a01b0385811660048301529192505f91831690633465d6d590602401602060405180830381865afa1580156120d6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906120fa9190615c95565b90506001600160a01b03811661212e5760405163fa9b64eb60e01b81526001600160a01b0385166004820152602401610dae565b5f612137613b83565b6001600160a01b0383165f908152600291909101602052604090205490508361216757600160ea1b19811661216f565b600160ea1b81175b612177613b83565b6001600160a01b038481165f90815260029290920160205260409182902092909255516309b2c94960e41b8152868216600482015290841690639b2c949090602401602060405180830381865afa1580156121d4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906121f89190615c95565b856001600160a01b03167fa4749aece38fe0dea9b814e4573e67539eb202572700c14d08e9316d1845547d86604051612235911515815260200190565b60405180910390a35050505050565b61225563d547741f60e01b82614843565b6040516001600160a01b038216907fed9c8ad8d5a0a66898ea49d2956929c93ae2e8bd50281b2ed897c5d1a6737e0b905f90a250565b5f6002612296613b83565b541615806111b9575060ff82166122ab613b83565b60ff600885901c165f90815260049190910160205260409020546001911c16151592915050565b6122e85f516020615f815f395f51905f52613af9565b6001600160601b038111156123105760405163162908e360e11b815260040160405180910390fd5b605081901b6bffffffffffffffffffffffff60501b1961232e613b83565b541617612339613b83565b556040518181527f82f9980487703d8db41f1ba63b2665566f7fb449fbc840a9e0c6ca932bed582c90602001610f53565b610f7e82826142d2565b5f61237d613b83565b601301546001600160a01b0316919050565b6060805f306001600160a01b031663134e18f46040518163ffffffff1660e01b8152600401602060405180830381865afa1580156123cf573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906123f39190615c1a565b604051633465d6d560e01b81526001600160a01b0386811660048301529190911690633465d6d590602401602060405180830381865afa158015612439573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061245d9190615c95565b90505f60b461246a613b83565b60090154901c6007169050806001600160401b0381111561248d5761248d615bcf565b6040519080825280602002602001820160405280156124b6578160200160208202803683370190505b509350806001600160401b038111156124d1576124d1615bcf565b6040519080825280602002602001820160405280156124fa578160200160208202803683370190505b5092505f5b8181101561264d575f612516600183166080615bb8565b90505f6001600160801b038261252a613b83565b600b01600186901c6002811061254257612542615b37565b0154901c1690505f6001600160801b038361255b613b83565b6001600160a01b0389165f908152600d9190910160205260409020600187901c6002811061258b5761258b615b37565b0154901c1690505f6125a763ffffffff8416606084901c615b77565b90505f606083901c15806125bb5750814210155b6125ce576001600160601b0383166125d0565b5f5b90506125e081602086901c615b8a565b8a87815181106125f2576125f2615b37565b60209081029190910101528015612609578161260b565b5f5b89878151811061261d5761261d615b37565b60200260200101906001600160401b031690816001600160401b03168152505050505050508060010190506124ff565b505050915091565b61266b5f516020615f815f395f51905f52613af9565b8281811461268f576040516001621398b960e31b0319815260040160405180910390fd5b60048111156126ba5760405163076104db60e11b815260048181018390526024820152604401610dae565b6126c26153e5565b5f5b82811015612837578686828181106126de576126de615b37565b90506020020160208101906126f391906154c0565b63ffffffff16158061271c575084848281811061271257612712615b37565b905060200201355f145b8061274557506001600160601b0385858381811061273c5761273c615b37565b90506020020135115b156127b35786868281811061275c5761275c615b37565b905060200201602081019061277191906154c0565b85858381811061278357612783615b37565b60405163049d009560e11b815263ffffffff90941660048501526020029190910135602483015250604401610dae565b6127c1600182166080615bb8565b60208686848181106127d5576127d5615b37565b90506020020135901b8888848181106127f0576127f0615b37565b905060200201602081019061280591906154c0565b63ffffffff1617901b82600183901c6002811061282457612824615b37565b60200201805190911790526001016126c4565b508051612842613b83565b600b01556020810151612853613b83565b600c015561286d60b483901b600760b41b19611e5d613b83565b7f016d978be7bdc4416da82f56f1a8ea5ceb186a266a9dfb6dd22cdaf1bd19e2fe868686866040516128a29493929190615cac565b60405180910390a1505050505050565b6128bb5f613af9565b5f6128c4613b83565b600701546001600160a01b031690505f6128dc613b83565b6008015490506001600160a01b0382166129095760405163c1ffbfc160e01b815260040160405180910390fd5b612914308383614bb2565b61293157604051635dbdcfb160e01b815260040160405180910390fd5b5f6001600160801b03612942613b83565b60010154169050801561296b57604051630cddcbb560e31b815260048101829052602401610dae565b604051632142170760e11b81523060048201526001600160a01b038581166024830152604482018490528416906342842e0e906064015f604051808303815f87803b1580156129b8575f5ffd5b505af11580156129ca573d5f5f3e3d5ffd5b50505050836001600160a01b031682846001600160a01b03167fe8383670d8496f6387cd90d87d2c260167c678257468a7230d4f233196f3d7e760405160405180910390a450505050565b612a1e5f613af9565b5f612a27613b83565b600101549050608081901c15612a5657604051637c03277b60e11b8152608082901c6004820152602401610dae565b811580612a6957506001600160601b0382115b80612a7c57506001600160801b03811682105b15612aac5760405163051bc06760e11b8152600481018390526001600160801b0382166024820152604401610dae565b608082901b8117612abb613b83565b600101556040518281527fbc585eed6f54aa16ec292be93276937803d5a047ba4eded0c87779270bbfdfe69060200160405180910390a15050565b612aff5f613af9565b5f819003612b2057604051639348a10f60e01b815260040160405180910390fd5b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace04612b4c828483615dab565b50610f7e61418a565b5f600261196a613b83565b5f63ffffffff6030611a2a613b83565b612b865f516020615f815f395f51905f52613af9565b5f6001600160801b03612b97613b83565b600101541690508015612bc057604051630cddcbb560e31b815260048101829052602401610dae565b6008612bca613b83565b805490911790556040517f405d90c9fe0268d1268a9a51fa97b8e6d16a65625786fdc65747b7fec484be53905f90a150565b612c125f516020615f815f395f51905f52613af9565b80612c2957600219612c22613b83565b5416612c36565b6002612c33613b83565b54175b612c3e613b83565b5560405181151581527feefd36438b6df67c30108fdd7c23da7c8e2dd811d3afde6617f84ea0de2e999d90602001610f53565b612c875f516020615f815f395f51905f52613af9565b5f5b82811015612d71575f848483818110612ca457612ca4615b37565b9050602002016020810190612cb99190615679565b9050600160ff82161b5f612ccb613b83565b60ff600885901c165f9081526004919091016020526040902054905084612cf55781198116612cf9565b8181175b612d01613b83565b6004015f60088661ffff16901c61ffff1681526020019081526020015f20819055508261ffff167f1eb67ceae445ea4aaace1bc94bb2a45c321fefcea65fcdada87b3010380d16aa86604051612d5b911515815260200190565b60405180910390a2505050806001019050612c89565b50505050565b5f600861196a613b83565b5f612d8b613b83565b600701546001600160a01b0316919050565b60605f612db1612dab613b83565b84613ba7565b905080516001600160401b03811115612dcc57612dcc615bcf565b604051908082528060200260200182016040528015612e2a57816020015b6040805160c0810182525f8082526020808301829052928201819052606082018190526080820181905260a082015282525f19909201910181612dea5790505b5091505f5b8151811015612efd575f828281518110612e4b57612e4b615b37565b602002602001015190506040518060c001604052806001600160601b038316815260200164ffffffffff606084901c166001600160401b0316815260200164ffffffffff608884901c166001600160401b0316815260200164ffffffffff60b084901c166001600160401b0316815260200160d883901c60ff168152602001612ed48342613f2c565b815250848381518110612ee957612ee9615b37565b602090810291909101015250600101612e2f565b5050919050565b612f0d5f613af9565b5f819003612f2e57604051639348a10f60e01b815260040160405180910390fd5b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace03612b4c828483615dab565b612f705f516020615fa15f395f51905f52613af9565b610f7e8282614057565b612f835f613af9565b306001600160a01b031663134e18f46040518163ffffffff1660e01b8152600401602060405180830381865afa158015612fbf573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612fe39190615c1a565b6001600160a01b0316816001600160a01b0316146130505760405163329e2f1560e01b8152602060048201526024808201527f726567697374727920666978656420696e2074686520696d706c656d656e74616044820152633a34b7b760e11b6064820152608401610dae565b6040516001600160a01b038216907fd2be862d755bca7e0d39772b2cab3a5578da9c285f69199f4c063c2294a7f36c905f90a250565b61309c5f516020615f815f395f51905f52613af9565b61ff00600882901b1661ff00196130b1613b83565b5416176130bc613b83565b5560405160ff821681527f8839b642dc83ae5f06aa6f577c1cfe68beceba3b4298a2eb4f06dc85f81597b090602001610f53565b5f63ffffffff6010611a2a613b83565b5f5f61310a613b83565b600601546001600160a01b031661311f613b83565b60060160149054906101000a90046001600160401b0316915091509091565b6131545f516020615f815f395f51905f52613af9565b8161315d613b83565b60060180546001600160a01b0319166001600160a01b039290921691909117905580613187613b83565b600601805467ffffffffffffffff60a01b1916600160a01b6001600160401b039384160217905560405190821681526001600160a01b038316907f0a44a61eac3383cba7c7b70ae3fe66e98e7e4873961640b819fba0ffab22215d9060200160405180910390a25050565b5f5f306001600160a01b031663134e18f46040518163ffffffff1660e01b8152600401602060405180830381865afa158015613230573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906132549190615c1a565b604051633465d6d560e01b81526001600160a01b0385811660048301529190911690633465d6d590602401602060405180830381865afa15801561329a573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906132be9190615c95565b90506001600160a01b038116158015906119585750600160ea1b6132e0613b83565b6001600160a01b0383165f90815260029190910160205260409020541615159392505050565b61331c5f516020615f815f395f51905f52613af9565b5f613325613b83565b90505f6001600160a01b0386161561339c576001600160a01b0386163b158061335557506001600160401b038516155b806133635750600260ff8516115b8061337d575060ff84161561337957821561337d565b8215155b80613397575060ff84166001148015613397575061271083115b6133bf565b6001600160401b0385161515806133b5575060ff841615155b806133bf57508215155b9050801561340a57604051638cb6bfeb60e01b81526001600160a01b03871660048201526001600160401b038616602482015260ff8516604482015260648101849052608401610dae565b6001600160a01b0386161561342357815460101761342a565b8154601019165b82556011820180546001600160a01b0388166001600160e01b03199091168117600160a01b6001600160401b0389169081029190911760ff60e01b1916600160e01b60ff89169081029190911790935560128501869055604080519182526020820193909352918201859052907f40f1fe4368329880882d8c79d02d0afaffb7f2266cad307a2281e077a8de47569060600160405180910390a2505050505050565b5f600160e81b6134da613b83565b6002015f846001600160a01b03166001600160a01b031681526020019081526020015f2054165f14159050919050565b6135205f516020615f815f395f51905f52613af9565b6001600160601b038511156135485760405163162908e360e11b815260040160405180910390fd5b64ffffffffff846001600160401b0316118061356d57506312cc03008363ffffffff16115b156135965760405163f65609c560e01b81526001600160401b0385166004820152602401610dae565b5f816135a2575f6135a8565b600160b01b5b67ffffffffffffffff60601b606087901b16871763ffffffff60881b608887901b161760ff60a81b60a886901b16171790506135fc816135ed6001600160b01b615b8a565b600160b01b1719611e5d613b83565b604080518781526001600160401b038716602082015263ffffffff86169181019190915260ff8416606082015282151560808201527fc9cd424353ef53191de4e45ca8f9cbee753aadb23816146b5ad13a6df3ace2719060a0016128a2565b5f306001600160a01b031663134e18f46040518163ffffffff1660e01b8152600401602060405180830381865afa158015613698573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906136bc9190615c1a565b604051633465d6d560e01b81526001600160a01b0384811660048301529190911690633465d6d590602401602060405180830381865afa158015613702573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906137269190615c95565b9050805f613732613b83565b6001600160a01b0383165f90815260029190910160205260409020549050600160eb1b811615806137675750600160ff1b8316155b156137725750505050565b6203ffff60ec82901c1661ffff60a085901c1660ff60f086901c166203fc0060e687901c1682178084036137aa575050505050505050565b60016137b4613b83565b600e015f866103ff1681526020019081526020015f205f8282546137d89190615b8a565b90915550600190506137e8613b83565b600e015f8581526020019081526020015f205f8282546138089190615b77565b909155505f9050613817613b83565b600f015490505f5b60098110156138b257806008146138495761383b81600a615b77565b86901c6001165f1415613850565b600a86901c155b156138715761386081601c615bb8565b61386e906001901b83615b8a565b91505b8060081461388657600184821c161515613889565b83155b156138aa5761389981601c615bb8565b6138a7906001901b83615b77565b91505b60010161381f565b50806138bc613b83565b600f01556001620c000160ec1b03861660ec83901b176138da613b83565b6001600160a01b0389165f81815260029290920160209081526040928390209390935581516103ff8916815260ff600a8a901c81169482019490945261ffff88169281019290925291851660608201527f358f9acf15b572761fd412d51fd56800ef0fe1c9370e4d0847e7800879ae0ea89060800160405180910390a2505050505050505050565b5f6139795f516020615fa15f395f51905f52613af9565b6001600160801b038211156139a15760405163162908e360e11b815260040160405180910390fd5b6139ab8383614c51565b50600192915050565b5f6139df306139c1613b83565b600701546001600160a01b03166139d6613b83565b60080154614bb2565b905090565b6139ed5f613af9565b6001600160a01b0381163014613a165760405163329e2f1560e01b8152600401610dae90615be3565b6040516001600160a01b038216907f7f3a888862559648ec01d97deb7b5012bff86dc91e654a1de397170db40e35b6905f90a250565b5f60b7613a57613b83565b60090154901c613fff16905090565b613a7c5f516020615fa15f395f51905f52613af9565b828114613a9f576040516001621398b960e31b0319815260040160405180910390fd5b5f5b8381101561111757613af1858583818110613abe57613abe615b37565b9050602002016020810190613ad391906155b4565b848484818110613ae557613ae5615b37565b90506020020135613fb7565b600101613aa1565b604051632474521560e21b81526004810182905233602482015230906391d1485490604401602060405180830381865afa158015613b39573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613b5d9190615b9d565b61160f5760405163e2517d3f60e01b815233600482015260248101829052604401610dae565b7fd019ed802b3a65492a3f21b3c309e952d0b17f35a722d5eadef27d7e18404a0090565b6001600160a01b0381165f908152600a830160205260409020805460609190613bd1816001615b77565b6001600160401b03811115613be857613be8615bcf565b604051908082528060200260200182016040528015613c11578160200160208202803683370190505b5092505f5f5f5b83811015613c9c575f858281548110613c3357613c33615b37565b905f5260205f20015490506001600160601b03811683613c539190615b77565b92504264ffffffffff60b083901c161115613c9357808785613c7481615b5f565b965081518110613c8657613c86615b37565b6020026020010181815250505b50600101613c18565b506001600160a01b0386165f90815260038801602090815260408083205460028b019092529091205460809190911c9060c01c64ffffffffff168282118015613ce457504281115b15613d2957613cff613cf68484615b8a565b8283845f613d37565b8785613d0a81615b5f565b965081518110613d1c57613d1c615b37565b6020026020010181815250505b505050835250909392505050565b606084901b8517608884901b1760b083901b1760ff60d81b60d883901b161795945050505050565b80515f906008811115613d9757604051635677e0eb60e11b81526001600160a01b038616600482015260086024820152604401610dae565b6001600160a01b0385165f908152600a8701602052604081208054909180805b85811015613e53575f888281518110613dd257613dd2615b37565b6020026020010151905084821015613e075780868381548110613df757613df7615b37565b5f91825260209091200155613e1c565b85546001810187555f87815260209020018190555b613e2f6001600160601b03821685615b77565b935060b081901c64ffffffffff1683811115613e49578093505b5050600101613db7565b50825b85811115613e925784805480613e6e57613e6e615e64565b600190038181905f5260205f20015f9055905580613e8b90615e78565b9050613e56565b506001600160a01b0389165f81815260038c0160205260409081902080546001600160801b0316608086901b179055517f0323f3dfd510aa3314e205de0e35da1a4f61b5f06b51566b86430308434e743390613f0390859085909182526001600160401b0316602082015260400190565b60405180910390a264ffffffffff60c01b19881660c09190911b17945050505050949350505050565b5f60b083901c64ffffffffff16808310613f49575f9150506111b9565b6001600160601b038416608885901c64ffffffffff16841015613f6f5791506111b99050565b606085901c64ffffffffff16613f858184615b8a565b613f8f8287615b8a565b613f999084615bb8565b613fa39190615e8d565b613fad9083615b8a565b9695505050505050565b5f6001600160801b03613fc8613b83565b6001600160a01b0385165f9081526003919091016020526040812054919091169150613ff48383615b77565b90505f6001600160601b03614007613b83565b6001600160a01b0387165f90815260029190910160205260409020541690508082111561404d5784828260405163f0d8212b60e01b8152600401610dae93929190615c74565b6111178583614c51565b5f614060613b83565b6001600160a01b0384165f908152600291909101602052604090205490508161409057600160e81b198116614098565b600160e81b81175b6140a0613b83565b6001600160a01b0385165f818152600292909201602052604080832093909355915133928515159290917f7fa523c84ab8d7fc5b72f08b9e46dbbf10c39e119a075b3e317002d14bc9f4369190a4505050565b5f6001600160801b03614104613b83565b6001600160a01b0385165f90815260039190910160205260409020541690508082111561414a5782818360405163e0dfe97f60e01b8152600401610dae93929190615c74565b611ea4836141588484615b8a565b614c51565b6008614167613b83565b54165f036141885760405163d5178e9760e01b815260040160405180910390fd5b565b614192613b83565b601301546001600160a01b03167f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace006004016040516141d09190615eac565b60405180910390206141ff7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0090565b60030160405161420f9190615eac565b60405180910390207f6a1105ac8148a3c319adbc369f9072573e8a11d3a3d195e067e7c40767ec54d1614240613b83565b600601546040805180820182526009815268746573736572612d3160b81b6020820152905161427a92600160e01b900460ff169190615f1d565b60405180910390a4565b610f7e8282614291614e07565b6040516024016142a393929190615c74565b60408051601f198184030181529190526020810180516001600160e01b0316630f22c5f760e11b179052614ed7565b610f7e82826142df614e07565b6040516024016142f193929190615c74565b60408051601f198184030181529190526020810180516001600160e01b031663158a1cc360e01b179052614ed7565b5f5f61432c8484613ba7565b90505f5b81518110156143705761435c82828151811061434e5761434e615b37565b602002602001015142613f2c565b6143669084615b77565b9250600101614330565b505092915050565b5f614381613b83565b9050826001600160a01b0316846001600160a01b0316036143b5576040516394a3d97960e01b815260040160405180910390fd5b6001600160a01b0384165f908152600282016020526040812054906001600160601b03821690819003614406576040516386d9d03560e01b81526001600160a01b0387166004820152602401610dae565b83158061447c57506040516309b2c94960e41b81526001600160a01b038781166004830152859190891690639b2c949090602401602060405180830381865afa158015614455573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906144799190615c95565b14155b156144ac57604051633419fc5160e21b81526001600160a01b038716600482015260248101859052604401610dae565b604051634dffeb6960e01b81526001600160a01b038681166004830152859190891690634dffeb6990602401602060405180830381865afa1580156144f3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906145179190615c95565b1461454757604051633419fc5160e21b81526001600160a01b038616600482015260248101859052604401610dae565b604051633465d6d560e01b81526001600160a01b0386811660048301525f9190891690633465d6d590602401602060405180830381865afa15801561458e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906145b29190615c95565b9050600160ff1b811615806145d457504260b082901c6001600160401b031611155b156145f55760405163e18ca2b960e01b815260546004820152602401610dae565b6001600160a01b0386165f90815260028501602052604081205461462990899089908790614624908890615b77565b614f73565b9050600160e81b8416158015906146445750600160e81b8116155b1561468c57604051600160e81b919091179033906001906001600160a01b038a16907f7fa523c84ab8d7fc5b72f08b9e46dbbf10c39e119a075b3e317002d14bc9f436905f90a45b6001600160a01b038089165f818152600288016020526040808220733ffffd0000000000ffffffffffffffffffffffff60601b89169055928a168082529083902084905591517fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef906147019087815260200190565b60405180910390a385876001600160a01b0316896001600160a01b03167fa1505292c0b9cc567f38ad6cb54e66cb1d99b7b990491da20439f814074a2f8060405160405180910390a46147548987614b35565b6001600160a01b0316876001600160a01b0316896001600160a01b03167ff0c9129a94f30f1caaceb63e44b9811d0a3edf1d6c23757f346093af5553fed060405160405180910390a4505050505050505050565b60405163329e2f1560e01b815260206004820152602b60248201527f636f6d706c69616e636520686f6f6b733a2074686520746f6b656e206b65657060448201526a732069747320737461746560a81b6064820152608401610dae565b8061480e613b83565b600901558015614829576004614822613b83565b5417614837565b600419614834613b83565b54165b61483f613b83565b5550565b6040515f516020615fa15f395f51905f5260248201526001600160a01b03821660448201526148a99083906064015b60408051601f198184030181529190526020810180516001600160e01b03166001600160e01b031990931692909217909152614ed7565b6040517f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a660248201526001600160a01b03821660448201526148ef908390606401614872565b6040517f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a60248201526001600160a01b0382166044820152610f7e908390606401614872565b5f5f6149418686613ba7565b905060605f614950838661529b565b905082518110156149e9575f83828151811061496e5761496e615b37565b6020908102919091010151905060b081811c64ffffffffff9081169188901c168181111561499a578091505b6149c06149b36001600160601b038a8116908616615b77565b83848560d88d901c613d37565b8685815181106149d2576149d2615b37565b602002602001018181525050859450505050614aa5565b82516149f6906001615b77565b6001600160401b03811115614a0d57614a0d615bcf565b604051908082528060200260200182016040528015614a36578160200160208202803683370190505b5091505f5b8351811015614a8357838181518110614a5657614a56615b37565b6020026020010151838281518110614a7057614a70615b37565b6020908102919091010152600101614a3b565b508482845181518110614a9857614a98615b37565b6020026020010181815250505b604080516001600160601b0387168152606087811c64ffffffffff9081166020840152608889901c81168385015260b089901c1690820152905160ff60d888901c16916001600160a01b038a16917f8c7000ceee23e6e779106e2ee34ab4ae114e2524a9c66a1f199cd5111901c2489181900360800190a3614b2988888885613d5f565b98975050505050505050565b5f60a082901c15614bac5760405163cf4ff90160e01b8152600481018390526001600160a01b0384169063cf4ff90190602401602060405180830381865afa158015614b83573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190614ba79190615c1a565b611958565b50919050565b5f6001600160a01b038316614bc857505f611958565b6040516331a9108f60e11b8152600481018390526001600160a01b03841690636352211e90602401602060405180830381865afa925050508015614c29575060408051601f3d908101601f19168201909252614c2691810190615c1a565b60015b614c3457505f611958565b846001600160a01b0316816001600160a01b031614915050611958565b5f614c5a613b83565b6001600160a01b0384165f908152600391909101602052604090205490506001600160801b0381166001600160801b031982168317614c97613b83565b6001600160a01b0386165f9081526003919091016020526040812091909155614cbe613b83565b6001600160a01b0386165f908152600291909101602052604090205490508315614cee57600160e91b8117614cf7565b600160e91b1981165b614cff613b83565b6001600160a01b0387165f908152600291909101602052604090205581841115614d6e576001600160a01b0385167fa065e63c631c86f1b9f66a4a2f63f2093bf1c2168d23290259dbd969e0222a45614d588487615b8a565b60405190815260200160405180910390a2614dbd565b81841015614dbd576001600160a01b0385167f9bed35cb62ad0dba04f9d5bfee4b5bc91443e77da8a65c4c84834c51bb08b0d6614dab8685615b8a565b60405190815260200160405180910390a25b846001600160a01b03167f68e0d8c112165d0949ce87205b719ed7d98c7401866c34a159f7c67c6f5620e785604051614df891815260200190565b60405180910390a25050505050565b5f5f614e11613b83565b6013018054601490614e3290600160a01b90046001600160401b0316615f40565b91906101000a8154816001600160401b0302191690836001600160401b03160217905590503081604051602001614ebb92919060608082526017908201527f746573736572612e657263333634332e7265717565737400000000000000000060808201526001600160a01b039290921660208301526001600160401b0316604082015260a00190565b6040516020818303038152906040528051906020012091505090565b7f360894a13ba1a3210667c828492db98dc3e2c0b1ea5ed3bfbc0c4e5ddb3e7c2b546001600160a01b038116614f0a5750305b5f5f826001600160a01b031684604051614f249190615f6a565b5f60405180830381855af49150503d805f8114614f5c576040519150601f19603f3d011682016040523d82523d5f602084013e614f61565b606091505b509150915081612d7157805160208201fd5b5f5f614f7d613b83565b6001600160a01b038088165f9081526003830160205260408082205492891682528120549293506001600160801b03918216929091614fbe91849116615b77565b90506001600160801b03811115614fd957506001600160801b035b8015614fe957600160e91b851794505b5f614ff48489613ba7565b90505f615001858b613ba7565b90505f815183516150129190615b77565b6001600160401b0381111561502957615029615bcf565b604051908082528060200260200182016040528015615052578160200160208202803683370190505b5090505f5b835181101561509f5783818151811061507257615072615b37565b602002602001015182828151811061508c5761508c615b37565b6020908102919091010152600101615057565b505f5b82518110156150f6578281815181106150bd576150bd615b37565b6020026020010151828286516150d39190615b77565b815181106150e3576150e3615b37565b60209081029190910101526001016150a2565b50615103868b8a84613d5f565b975081515f1461514557615143868c8b5f60405190808252806020026020018201604052801561513d578160200160208202803683370190505b50613d5f565b505b6001600160a01b03808c165f908152600388016020526040808220829055918c1681522080546001600160801b03191685179055841561528c578a6001600160a01b03167f9bed35cb62ad0dba04f9d5bfee4b5bc91443e77da8a65c4c84834c51bb08b0d6866040516151ba91815260200190565b60405180910390a28a6001600160a01b03167f68e0d8c112165d0949ce87205b719ed7d98c7401866c34a159f7c67c6f5620e75f6040516151fd91815260200190565b60405180910390a2896001600160a01b03167fa065e63c631c86f1b9f66a4a2f63f2093bf1c2168d23290259dbd969e0222a458660405161524091815260200190565b60405180910390a2896001600160a01b03167f68e0d8c112165d0949ce87205b719ed7d98c7401866c34a159f7c67c6f5620e78560405161528391815260200190565b60405180910390a25b50959998505050505050505050565b815160b082901c64ffffffffff1660088210806152c357508064ffffffffff608885901c1614155b156152ce57506111b9565b5f195f805b86518110156153bc575f8782815181106152ef576152ef615b37565b602002602001015190505f64ffffffffff60b083901c1690508064ffffffffff608884901c16141580615330575060d888901c60ff1660d883901c60ff1614155b1561533c5750506153b4565b5f8682106153665761534e8783615b8a565b615361906001600160601b038b16615bb8565b615383565b6153708288615b8a565b615383906001600160601b038516615bb8565b90508581108061539d5750858114801561539d5750848210155b156153b057929650919350909150849082845b5050505b6001016152d3565b5050505092915050565b6040518061012001604052806009906020820280368337509192915050565b60405180604001604052806002906020820280368337509192915050565b6001600160a01b038116811461160f575f5ffd5b80356001600160401b038116811461542d575f5ffd5b919050565b803560ff8116811461542d575f5ffd5b5f5f5f5f5f5f60c08789031215615457575f5ffd5b863561546281615403565b95506020870135945061547760408801615417565b935061548560608801615417565b925061549360808801615417565b91506154a160a08801615432565b90509295509295509295565b803563ffffffff8116811461542d575f5ffd5b5f602082840312156154d0575f5ffd5b611958826154ad565b5f5f604083850312156154ea575f5ffd5b82356154f581615403565b946020939093013593505050565b5f5f83601f840112615513575f5ffd5b5081356001600160401b03811115615529575f5ffd5b602083019150836020828501011115615540575f5ffd5b9250929050565b5f5f5f5f5f6080868803121561555b575f5ffd5b853561556681615403565b9450602086013561557681615403565b93506040860135925060608601356001600160401b03811115615597575f5ffd5b6155a388828901615503565b969995985093965092949392505050565b5f602082840312156155c4575f5ffd5b813561195881615403565b5f5f83601f8401126155df575f5ffd5b5081356001600160401b038111156155f5575f5ffd5b6020830191508360208260051b8501011115615540575f5ffd5b5f5f5f5f60408587031215615622575f5ffd5b84356001600160401b03811115615637575f5ffd5b615643878288016155cf565b90955093505060208501356001600160401b03811115615661575f5ffd5b61566d878288016155cf565b95989497509550505050565b5f60208284031215615689575f5ffd5b813561ffff81168114611958575f5ffd5b805f5b6009811015612d7157815184526020938401939091019060010161569d565b61024081016156cb828561569a565b61195861012083018461569a565b5f8151808452602084019350602083015f5b828110156157095781518652602095860195909101906001016156eb565b5093949350505050565b604080825283519082018190525f9060208501906060840190835b8181101561575257835163ffffffff1683526020938401939092019160010161572e565b50508381036020850152613fad81866156d9565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6119586020830184615766565b5f5f5f606084860312156157b8575f5ffd5b83356157c381615403565b925060208401356157d381615403565b929592945050506040919091013590565b5f602082840312156157f4575f5ffd5b5035919050565b5f610120828403121561580c575f5ffd5b8261012083011115614bac575f5ffd5b5f5f5f6060848603121561582e575f5ffd5b833561583981615403565b9250602084013561584981615403565b9150604084013561585981615403565b809150509250925092565b801515811461160f575f5ffd5b5f5f60408385031215615882575f5ffd5b823561588d81615403565b9150602083013561589d81615864565b809150509250929050565b604081525f6158ba60408301856156d9565b82810360208401528084518083526020830191506020860192505f5b818110156158fd5783516001600160401b03168352602093840193909201916001016158d6565b50909695505050505050565b5f5f6020838503121561591a575f5ffd5b82356001600160401b0381111561592f575f5ffd5b61593b85828601615503565b90969095509350505050565b5f60208284031215615957575f5ffd5b813561195881615864565b5f5f5f60408486031215615974575f5ffd5b83356001600160401b03811115615989575f5ffd5b615995868287016155cf565b909450925050602084013561585981615864565b602080825282518282018190525f918401906040840190835b81811015615a38578351805184526001600160401b0360208201511660208501526001600160401b0360408201511660408501526001600160401b03606082015116606085015260ff608082015116608085015260a081015160a08501525060c0830192506020840193506001810190506159c2565b509095945050505050565b5f60208284031215615a53575f5ffd5b61195882615432565b5f5f60408385031215615a6d575f5ffd5b8235615a7881615403565b9150615a8660208401615417565b90509250929050565b5f5f5f5f60808587031215615aa2575f5ffd5b8435615aad81615403565b9350615abb60208601615417565b9250615ac960408601615432565b9396929550929360600135925050565b5f5f5f5f5f60a08688031215615aed575f5ffd5b85359450615afd60208701615417565b9350615b0b604087016154ad565b9250615b1960608701615432565b91506080860135615b2981615864565b809150509295509295909350565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f60018201615b7057615b70615b4b565b5060010190565b808201808211156111b9576111b9615b4b565b818103818111156111b9576111b9615b4b565b5f60208284031215615bad575f5ffd5b815161195881615864565b80820281158282048414176111b9576111b9615b4b565b634e487b7160e01b5f52604160045260245ffd5b60208082526017908201527f636f6d706c69616e63652069732074686520746f6b656e000000000000000000604082015260600190565b5f60208284031215615c2a575f5ffd5b815161195881615403565b610120810181835f5b6009811015615c6b5763ffffffff615c55836154ad565b1683526020928301929190910190600101615c3e565b50505092915050565b6001600160a01b039390931683526020830191909152604082015260600190565b5f60208284031215615ca5575f5ffd5b5051919050565b604080825281018490525f8560608301825b87811015615ce95763ffffffff615cd4846154ad565b16825260209283019290910190600101615cbe565b5083810360208501528481526001600160fb1b03851115615d08575f5ffd5b8460051b915081866020830137016020019695505050505050565b600181811c90821680615d3757607f821691505b602082108103614bac57634e487b7160e01b5f52602260045260245ffd5b601f821115611ea45782821115611ea457805f5260205f20601f840160051c6020851015615d8057505f5b90810190601f840160051c035f5b81811015615da3575f83820155600101615d8e565b505050505050565b6001600160401b03831115615dc257615dc2615bcf565b615dd683615dd08354615d23565b83615d55565b5f601f841160018114615e07575f8515615df05750838201355b5f19600387901b1c1916600186901b178355611117565b5f83815260208120601f198716915b82811015615e365786850135825560209485019460019092019101615e16565b5086821015615e52575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b634e487b7160e01b5f52603160045260245ffd5b5f81615e8657615e86615b4b565b505f190190565b5f82615ea757634e487b7160e01b5f52601260045260245ffd5b500490565b5f5f8354615eb981615d23565b600182168015615ed05760018114615ee557615f12565b60ff1983168652811515820286019350615f12565b865f5260205f205f5b83811015615f0a57815488820152600190910190602001615eee565b505081860193505b509195945050505050565b60ff83168152604060208201525f615f386040830184615766565b949350505050565b5f6001600160401b0382166001600160401b038103615f6157615f61615b4b565b60010192915050565b5f82518060208501845e5f92019182525091905056fe6390f5a69ff59edce8e461308dbd399b74f0414e629057022cbc92159a014c76cab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb4276950967709a2646970667358221220997b497c674baf1c014191e7a4dfa868184d22423f455771adf40a23434ea7cb64736f6c63430008250033",
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
	Amount  *big.Int
	End     uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSuchLock(address account, uint256 amount, uint64 end)
func AssetTokenColdNoSuchLockErrorID() common.Hash {
	return common.HexToHash("0x108128b57a91b272d1e307bf628966eaf9b12d54e7845107d9261a99d5164835")
}

// UnpackNoSuchLockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSuchLock(address account, uint256 amount, uint64 end)
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
