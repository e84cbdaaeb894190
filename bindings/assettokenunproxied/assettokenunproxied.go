// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package assettokenunproxied

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

// AssetTokenUnproxiedMetaData contains all meta data concerning the AssetTokenUnproxied contract.
var AssetTokenUnproxiedMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"},{\"internalType\":\"contractIdentityRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"deed_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"deedId_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"upgrader\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CountingOff\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DeedNotHeld\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"DocumentNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"unfrozen\",\"type\":\"uint256\"}],\"name\":\"ERC7943InsufficientUnfrozenBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyTokenInformation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"FractionsOutstanding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"FreezeExceedsBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidDocument\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"InvalidLock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"name\":\"InvalidLockup\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidRegistry\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidRequestId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"marginMode\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"margin\",\"type\":\"uint256\"}],\"name\":\"InvalidReserveGuard\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"InvalidSupplyCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"InvalidTransferLimit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidUpgrader\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"LockExceedsBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoDeed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"NoSuchLock\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"NotSupported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"}],\"name\":\"NothingToRecover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"RecoveryInvestorMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"registry\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"given\",\"type\":\"address\"}],\"name\":\"RegistryMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"RequestAlreadyProcessed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SameWallet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"SupplyCapAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"SupplyCapExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SupplyOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyLocks\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"windows\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyWindows\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"name\":\"TransferRestricted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"UnexpectedDeed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"UnfreezeExceedsFrozen\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bool\",\"name\":\"isFrozen\",\"type\":\"bool\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AddressFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AgentAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AgentRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32[9]\",\"name\":\"caps\",\"type\":\"uint32[9]\"}],\"name\":\"CategoryCapsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"compliance\",\"type\":\"address\"}],\"name\":\"ComplianceAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"CountryAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"cap\",\"type\":\"uint32\"}],\"name\":\"CountryCapSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"CountryRestrictionSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"deed\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"deedId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"}],\"name\":\"DeedLocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"deed\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"deedId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"DeedReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"DocumentRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"DocumentUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minHolding\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"flowbackUntil\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"initialLockup\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"lockupReason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"forceFullTransfer\",\"type\":\"bool\"}],\"name\":\"ExtendedRulesSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ForcedTransfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Frozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"identityRegistry\",\"type\":\"address\"}],\"name\":\"IdentityRegistryAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"InvestorCountingOn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"anchor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"fromCountry\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"fromCategories\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"toCountry\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"toCategories\",\"type\":\"uint8\"}],\"name\":\"InvestorRecounted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Issued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"on\",\"type\":\"bool\"}],\"name\":\"LiquidateOnlySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"LockAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"LockRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"name\":\"LockedUp\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxBalance\",\"type\":\"uint256\"}],\"name\":\"MaxBalanceSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"MaxCountryShareSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxInvestors\",\"type\":\"uint256\"}],\"name\":\"MaxInvestorsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"RecoverySuccess\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Redeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"}],\"name\":\"RequiredFlagsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"marginMode\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"margin\",\"type\":\"uint256\"}],\"name\":\"ReserveGuardSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"SupplyCapSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenBound\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensUnfrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32[]\",\"name\":\"periods\",\"type\":\"uint32[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"limits\",\"type\":\"uint256[]\"}],\"name\":\"TransferLimitsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"string\",\"name\":\"newName\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"string\",\"name\":\"newSymbol\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"newDecimals\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"newVersion\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOnchainID\",\"type\":\"address\"}],\"name\":\"UpdatedTokenInformation\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"name\":\"ValuationGuardSet\",\"type\":\"event\"},{\"stateMutability\":\"nonpayable\",\"type\":\"fallback\"},{\"inputs\":[],\"name\":\"AGENT_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"COMPLIANCE_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOCUMENT_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"from\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchForcedTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"requestIds\",\"type\":\"bytes32[]\"}],\"name\":\"batchMint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"canReceive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"canSend\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"canTransfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"detectTransferRestriction\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"forcedTransfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getAllDocuments\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"getDocument\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lastModified\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"identityRegistry\",\"outputs\":[{\"internalType\":\"contractIdentityRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"investorBalanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"name\":\"messageForTransferRestriction\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"name\":\"mintLocked\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"mintVesting\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"removeDocument\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"setDocument\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"addAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"addLock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"from\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchBurn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchFreezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchMint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"bool[]\",\"name\":\"frozen\",\"type\":\"bool[]\"}],\"name\":\"batchSetAddressFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchUnfreezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"bindToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"categoryInvestors\",\"outputs\":[{\"internalType\":\"uint256[9]\",\"name\":\"counts\",\"type\":\"uint256[9]\"},{\"internalType\":\"uint256[9]\",\"name\":\"caps\",\"type\":\"uint256[9]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"compliance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"countryInvestors\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"countryRestricted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"created\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deed\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deedId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deedLocked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"destroyed\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"extendedRules\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"minHolding\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"flowbackUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"initialLockup\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"lockupReason\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"forceFullTransfer\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"freezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getFrozenTokens\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getTokenBound\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"investorCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"investorCounting\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"isAgent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"isCountryAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isFrozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"isLiquidateOnly\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"isRequestProcessed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"isTokenBound\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"lockOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"locksOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"}],\"internalType\":\"structIAssetTokenCold.Lock[]\",\"name\":\"locks\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxBalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxCountryShare\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxInvestors\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"onchainID\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"recount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"recoveryAddress\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newWallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"investorOnchainID\",\"type\":\"address\"}],\"name\":\"recoveryAddress\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"releaseDeed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"removeAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"removeLock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requiredFlags\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reserveGuard\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"marginMode\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"margin\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"}],\"name\":\"setAddressFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32[9]\",\"name\":\"caps\",\"type\":\"uint32[9]\"}],\"name\":\"setCategoryCaps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"compliance_\",\"type\":\"address\"}],\"name\":\"setCompliance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16[]\",\"name\":\"countries\",\"type\":\"uint16[]\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setCountriesAllowed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16[]\",\"name\":\"countries\",\"type\":\"uint16[]\"},{\"internalType\":\"uint32[]\",\"name\":\"caps\",\"type\":\"uint32[]\"}],\"name\":\"setCountryCaps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"setCountryRestriction\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"minHolding\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"flowbackUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"initialLockup\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"lockupReason\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"forceFullTransfer\",\"type\":\"bool\"}],\"name\":\"setExtendedRules\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"setFrozenTokens\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"registry\",\"type\":\"address\"}],\"name\":\"setIdentityRegistry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"setInvestorCounting\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"on\",\"type\":\"bool\"}],\"name\":\"setLiquidateOnly\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxBalance_\",\"type\":\"uint256\"}],\"name\":\"setMaxBalance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"setMaxCountryShare\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"maxInvestors_\",\"type\":\"uint32\"}],\"name\":\"setMaxInvestors\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"}],\"name\":\"setName\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"onchainID_\",\"type\":\"address\"}],\"name\":\"setOnchainID\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"}],\"name\":\"setRequiredFlags\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"marginMode\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"margin\",\"type\":\"uint256\"}],\"name\":\"setReserveGuard\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"setSupplyCap\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"}],\"name\":\"setSymbol\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32[]\",\"name\":\"periods\",\"type\":\"uint32[]\"},{\"internalType\":\"uint256[]\",\"name\":\"limits\",\"type\":\"uint256[]\"}],\"name\":\"setTransferLimits\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"name\":\"setValuationGuard\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"supplyCap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"transferAllowance\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"remaining\",\"type\":\"uint256[]\"},{\"internalType\":\"uint64[]\",\"name\":\"resets\",\"type\":\"uint64[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"transferLimits\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"periods\",\"type\":\"uint32[]\"},{\"internalType\":\"uint256[]\",\"name\":\"limits\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferred\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"unbindToken\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"unfreezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"valuationGuard\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "AssetTokenUnproxied",
	Bin: "0x60c060405230608052348015610013575f5ffd5b50604051615b50380380615b50833981016040819052610032916106bc565b846001600160a01b03811661005a576040516311a1e69760e01b815260040160405180910390fd5b6001600160a01b031660a0525f61006f610177565b805490915060ff6801000000000000000082041615906001600160401b03165f8115801561009a5750825b90505f826001600160401b031660011480156100b55750303b155b9050811580156100c3575080155b156100e15760405163f92ee8a960e01b815260040160405180910390fd5b84546001600160401b0319166001178555831561010f57845460ff60401b1916680100000000000000001785555b61011f8d8d8d8d8d8d8d8d6101a1565b831561016557845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050505050505050506108cf565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a005b92915050565b6101a96102e6565b6101b3888861030d565b6101dc88604051806040016040528060018152602001603160f81b81525061032360201b60201c565b6101e588610335565b6101ef8282610369565b60a0516001600160a01b0316856001600160a01b03161461023e5760a051604051630cb3ba6960e01b81526001600160a01b039182166004820152908616602482015260440160405180910390fd5b50507fd019ed802b3a65492a3f21b3c309e952d0b17f35a722d5eadef27d7e18404a06805460ff60e01b1916600160e01b60ff9690961695909502949094179093557fd019ed802b3a65492a3f21b3c309e952d0b17f35a722d5eadef27d7e18404a0780546001600160a01b0319166001600160a01b0392909216919091179055507fd019ed802b3a65492a3f21b3c309e952d0b17f35a722d5eadef27d7e18404a08555050565b6102ee6103de565b61030b57604051631afcd79f60e31b815260040160405180910390fd5b565b6103156102e6565b61031f82826103fc565b5050565b61032b6102e6565b61031f8282610465565b61033d6102e6565b61036681604051806040016040528060018152602001603160f81b81525061046560201b60201c565b50565b6103716102e6565b6103796104c8565b6001600160a01b0381166103a0576040516349e1399360e11b815260040160405180910390fd5b6103aa5f836104d0565b506103c25f516020615b105f395f51905f5280610589565b6103d95f516020615b105f395f51905f52826104d0565b505050565b5f6103e7610177565b5468010000000000000000900460ff16919050565b6104046102e6565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace007f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace036104508482610811565b506004810161045f8382610811565b50505050565b61046d6102e6565b7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d1007fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d1026104b98482610811565b506003810161045f8382610811565b61030b6102e6565b5f8281525f516020615b305f395f51905f52602081815260408084206001600160a01b038616855290915282205460ff16610580575f848152602082815260408083206001600160a01b03871684529091529020805460ff191660011790556105363390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4600191505061019b565b505f9392505050565b5f516020615b305f395f51905f525f6105bc845f9081525f516020615b305f395f51905f52602052604090206001015490565b5f85815260208490526040808220600101869055519192508491839187917fbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff9190a450505050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610627575f5ffd5b81516001600160401b0381111561064057610640610604565b604051601f8201601f19908116603f011681016001600160401b038111828210171561066e5761066e610604565b604052818152838201602001851015610685575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b80516001600160a01b03811681146106b7575f5ffd5b919050565b5f5f5f5f5f5f5f5f610100898b0312156106d4575f5ffd5b88516001600160401b038111156106e9575f5ffd5b6106f58b828c01610618565b60208b015190995090506001600160401b03811115610712575f5ffd5b61071e8b828c01610618565b975050604089015160ff81168114610734575f5ffd5b955061074260608a016106a1565b945061075060808a016106a1565b60a08a0151909450925061076660c08a016106a1565b915061077460e08a016106a1565b90509295985092959890939650565b600181811c9082168061079757607f821691505b6020821081036107b557634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156103d957828211156103d957805f5260205f20601f840160051c60208510156107e657505f5b90810190601f840160051c035f5b81811015610809575f838201556001016107f4565b505050505050565b81516001600160401b0381111561082a5761082a610604565b61083e816108388454610783565b846107bb565b6020601f821160018114610870575f83156108595750848201515b5f19600385901b1c1916600184901b1784556108c8565b5f84815260208120601f198516915b8281101561089f578785015182556020948501946001909201910161087f565b50848210156108bc57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b60805160a0516151e86109285f395f818161037e01528181610cb901528181610fd80152818161133401528181611b6601528181611c4e0152611ce501525f8181612be401528181612c0d0152612d6e01526151e85ff3fe608060405260043610610292575f3560e01c80637ecebe0011610159578063ad3cb1cc116100c0578063d539139311610079578063d53913931461085a578063d547741f1461087a578063dd62ed3e14610899578063e46638e6146108b8578063e63ab1e9146108d7578063f72c0d8b1461090a57610292565b8063ad3cb1cc14610780578063b10d6b41146107b0578063c3501848146107de578063cc6d9146146107fd578063d4ce14151461081c578063d505accf1461083b57610292565b806395d89b411161011257806395d89b41146106c75780639fa5f50b146106db5780639fc1d0e7146106fc578063a11939bd1461071b578063a217fddf1461074e578063a9059cbb1461076157610292565b80637ecebe00146106055780637f4ab1dd1461062457806384b0196e1461064357806388d695b21461066a57806390d370ba1461068957806391d14854146106a857610292565b80632c721b98116101fd5780634f1ef286116101b65780634f1ef2861461056257806352d1902d1461057557806356d8f6291461058957806361fba37d146105a857806365275d4f146105c757806370a08231146105e657610292565b80632c721b98146104985780632f2ff15d146104cb578063313ce567146104ea5780633644e5151461051057806336568abe1461052457806342a47abc1461054357610292565b806318160ddd1161024f57806318160ddd146103c75780631e458bee146103e957806322459e181461040857806323b872dd1461043b578063248a9ca31461045a5780632bc06a921461047957610292565b8063010648ca146102d057806301ffc9a7146102f157806306fdde0314610325578063095ea7b314610346578063134e18f414610365578063158a1cc3146103a8575b34801561029d575f5ffd5b5073754a893b636f2d3b243106c444033c8ddbf86a2a365f80375f5f365f845af43d5f5f3e806102cb573d5ffd5b503d5ff35b3480156102db575f5ffd5b506102ef6102ea366004614674565b61093d565b005b3480156102fc575f5ffd5b5061031061030b3660046146f0565b6109b3565b60405190151581526020015b60405180910390f35b348015610330575f5ffd5b50610339610a2e565b60405161031c9190614745565b348015610351575f5ffd5b5061031061036036600461476b565b610ae6565b348015610370575f5ffd5b506040516001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016815260200161031c565b3480156103b3575f5ffd5b506102ef6103c2366004614795565b610afd565b3480156103d2575f5ffd5b506103db610bd1565b60405190815260200161031c565b3480156103f4575f5ffd5b506102ef610403366004614795565b610bec565b348015610413575f5ffd5b506103db7fcab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb427695096770981565b348015610446575f5ffd5b506103106104553660046147c7565b610c1e565b348015610465575f5ffd5b506103db610474366004614805565b610c43565b348015610484575f5ffd5b5061031061049336600461481c565b610c63565b3480156104a3575f5ffd5b506103db7fdd7c9aafbb91d54fb2041db1d5b172ea665309b32f5fffdbddf452802a1e3b2081565b3480156104d6575f5ffd5b506102ef6104e5366004614837565b610d29565b3480156104f5575f5ffd5b506104fe610d45565b60405160ff909116815260200161031c565b34801561051b575f5ffd5b506103db610d61565b34801561052f575f5ffd5b506102ef61053e366004614837565b610d6f565b34801561054e575f5ffd5b506102ef61055d3660046148ac565b610da7565b6102ef6105703660046149b2565b610e82565b348015610580575f5ffd5b506103db610ea1565b348015610594575f5ffd5b506102ef6105a3366004614a64565b610ebc565b3480156105b3575f5ffd5b506103db6105c236600461481c565b610fb5565b3480156105d2575f5ffd5b506102ef6105e1366004614ad9565b611090565b3480156105f1575f5ffd5b506103db61060036600461481c565b611122565b348015610610575f5ffd5b506103db61061f36600461481c565b611160565b34801561062f575f5ffd5b5061033961063e366004614b1e565b61119c565b34801561064e575f5ffd5b50610657611215565b60405161031c9796959493929190614b37565b348015610675575f5ffd5b506102ef610684366004614bcd565b611257565b348015610694575f5ffd5b506103106106a336600461481c565b6112d5565b3480156106b3575f5ffd5b506103106106c2366004614837565b6113ac565b3480156106d2575f5ffd5b506103396113e2565b3480156106e6575f5ffd5b506106ef611433565b60405161031c9190614c37565b348015610707575f5ffd5b506103106107163660046147c7565b6114a2565b348015610726575f5ffd5b506103db7f6390f5a69ff59edce8e461308dbd399b74f0414e629057022cbc92159a014c7681565b348015610759575f5ffd5b506103db5f81565b34801561076c575f5ffd5b5061031061077b36600461476b565b6114d8565b34801561078b575f5ffd5b50610339604051806040016040528060058152602001640352e302e360dc1b81525081565b3480156107bb575f5ffd5b506107cf6107ca366004614805565b6114e5565b60405161031c93929190614c79565b3480156107e9575f5ffd5b506102ef6107f8366004614805565b611570565b348015610808575f5ffd5b506102ef6108173660046148ac565b6115d3565b348015610827575f5ffd5b506104fe6108363660046147c7565b6116ee565b348015610846575f5ffd5b506102ef610855366004614c9d565b611785565b348015610865575f5ffd5b506103db5f5160206151735f395f51905f5281565b348015610885575f5ffd5b506102ef610894366004614837565b6118da565b3480156108a4575f5ffd5b506103db6108b3366004614d07565b6118f6565b3480156108c3575f5ffd5b506103106108d23660046147c7565b61193f565b3480156108e2575f5ffd5b506103db7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b348015610915575f5ffd5b506103db7f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e381565b6109456119a3565b6040516283246560e11b815273f765290bd0c64d566bac74f8b77e9ea8fce665159063010648ca90610981908790879087908790600401614d33565b5f6040518083038186803b158015610997575f5ffd5b505af41580156109a9573d5f5f3e3d5ffd5b5050505050505050565b5f6001600160e01b03198216630fb6ed3160e21b14806109e357506001600160e01b031982166336372b0760e01b145b806109fe57506001600160e01b0319821663157094b960e31b145b80610a1957506001600160e01b03198216631d9fd9d960e31b145b80610a285750610a28826119ce565b92915050565b60605f7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace005b9050806003018054610a6490614d71565b80601f0160208091040260200160405190810160405280929190818152602001828054610a9090614d71565b8015610adb5780601f10610ab257610100808354040283529160200191610adb565b820191905f5260205f20905b815481529060010190602001808311610abe57829003601f168201915b505050505091505090565b5f33610af3818585611a02565b5060019392505050565b5f5160206151735f395f51905f52610b1481611a0f565b610b1d82611a1c565b6001600160a01b038416610b4b57604051634b637e8f60e11b81525f60048201526024015b60405180910390fd5b5f610b596003865f87611aa2565b9050610b6681868661207a565b83610b6f612237565b6001018054919091039055610b8681865f8761225b565b846001600160a01b0316837f61d905e697374527439f5c64f060ae521e3b586e8f61ef3f160057e7150e153e86604051610bc291815260200190565b60405180910390a35050505050565b5f6001600160801b03610be2612237565b6001015416905090565b5f5160206151735f395f51905f52610c0381611a0f565b610c0c8361269f565b610c188484845f6126d2565b50505050565b5f33610c2b8582856128dd565b610c3685858561293b565b60019150505b9392505050565b5f9081525f5160206151935f395f51905f52602052604090206001015490565b5f600160e81b610c71612237565b6001600160a01b0384165f908152600291909101602052604090205416158015610a285750604051633465d6d560e01b81526001600160a01b038381166004830152610a28917f000000000000000000000000000000000000000000000000000000000000000090911690633465d6d590602401602060405180830381865afa158015610d00573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d249190614da9565b612998565b610d3282610c43565b610d3b81611a0f565b610c1883836129bf565b5f610d4e612237565b60060154600160e01b900460ff16919050565b5f610d6a612a67565b905090565b6001600160a01b0381163314610d985760405163334bd91960e11b815260040160405180910390fd5b610da28282612a70565b505050565b7fcab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb4276950967709610dd181611a0f565b8584141580610de05750858214155b15610e01576040516001621398b960e31b0319815260040160405180910390fd5b5f5b868110156109a957610e7a888883818110610e2057610e20614dc0565b9050602002016020810190610e35919061481c565b878784818110610e4757610e47614dc0565b9050602002016020810190610e5c919061481c565b868685818110610e6e57610e6e614dc0565b90506020020135612ae9565b600101610e03565b610e8a612bd9565b610e9382612c7d565b610e9d8282612ca7565b5050565b5f610eaa612d63565b505f5160206151535f395f51905f5290565b5f5160206151735f395f51905f52610ed381611a0f565b861580610ef15750836001600160401b0316856001600160401b0316115b80610f0d5750826001600160401b0316846001600160401b0316115b80610f21575042836001600160401b031611155b80610f39575064ffffffffff836001600160401b0316115b15610f79576040516311402dd160e01b8152600481018890526001600160401b038087166024830152808616604483015284166064820152608401610b42565b610f828761269f565b6109a9888888610fb08b8a6001600160401b03168a6001600160401b03168a6001600160401b03168a612dac565b6126d2565b604051633465d6d560e01b81526001600160a01b0382811660048301525f9182917f00000000000000000000000000000000000000000000000000000000000000001690633465d6d590602401602060405180830381865afa15801561101d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110419190614da9565b90506001600160a01b03811615611088576001600160601b036060611064612237565b6001600160a01b0384165f9081526002919091016020526040902054901c16610c3c565b5f9392505050565b5f5160206151735f395f51905f526110a781611a0f565b42826001600160401b03161115806110cc575064ffffffffff826001600160401b0316115b156110f55760405163f65609c560e01b81526001600160401b0383166004820152602401610b42565b6110fe8461269f565b61111b858585610fb0826001600160401b03881680806001612dac565b5050505050565b5f6001600160601b03611133612237565b6002015f846001600160a01b03166001600160a01b031681526020019081526020015f2054169050919050565b6001600160a01b0381165f9081527f5ab42ced628888259c08ac98db1eb0cf702fc1501344311d8b100cd1bfe4bb006020526040812054610a28565b604051635a3329b560e11b815260ff82166004820152606090736b35a0e9b2fdc034adf085da6a7a65e712b825199063b466536a906024015f60405180830381865af41580156111ee573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610a289190810190614e21565b5f6060805f5f5f6060611226612dd4565b61122e612e25565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b82811461127a576040516001621398b960e31b0319815260040160405180910390fd5b5f5b8381101561111b576112cd3386868481811061129a5761129a614dc0565b90506020020160208101906112af919061481c565b8585858181106112c1576112c1614dc0565b9050602002013561293b565b60010161127c565b5f600160e81b6112e3612237565b6001600160a01b0384165f908152600291909101602052604090205416158015610a2857505f6113a2611314612237565b54604051633465d6d560e01b81526001600160a01b0386811660048301527f00000000000000000000000000000000000000000000000000000000000000001690633465d6d590602401602060405180830381865afa158015611379573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061139d9190614da9565b612e4e565b60ff161492915050565b5f9182525f5160206151935f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0480546060917f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0091610a6490614d71565b606073f765290bd0c64d566bac74f8b77e9ea8fce66515639fa5f50b6040518163ffffffff1660e01b81526004015f60405180830381865af415801561147b573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610d6a9190810190614e52565b5f7fcab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb42769509677096114cd81611a0f565b610c36858585612ae9565b5f33610af381858561293b565b60605f5f73f765290bd0c64d566bac74f8b77e9ea8fce6651563b10d6b41856040518263ffffffff1660e01b815260040161152291815260200190565b5f60405180830381865af415801561153c573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526115639190810190614ef1565b9250925092509193909250565b6115786119a3565b60405163186a030960e31b81526004810182905273f765290bd0c64d566bac74f8b77e9ea8fce665159063c3501848906024015f6040518083038186803b1580156115c1575f5ffd5b505af415801561111b573d5f5f3e3d5ffd5b5f5160206151735f395f51905f526115ea81611a0f565b85841415806115f95750858214155b1561161a576040516001621398b960e31b0319815260040160405180910390fd5b5f6010611625612237565b541615611666575f5b858110156116645786868281811061164857611648614dc0565b905060200201358261165a9190614f50565b915060010161162e565b505b61166f8161269f565b5f5b878110156116e3576116db89898381811061168e5761168e614dc0565b90506020020160208101906116a3919061481c565b8888848181106116b5576116b5614dc0565b905060200201358787858181106116ce576116ce614dc0565b905060200201355f6126d2565b600101611671565b505050505050505050565b5f806001600160a01b03851661173c576001600160a01b038416611715575f915050610c3c565b5060025f61172284612eb8565b905060ff811615611736579150610c3c9050565b50611757565b6001600160a01b03841615611751575f611754565b60035b90505b5f61176482878787611aa2565b51905060f060ff82161015611779578061177b565b5f5b9695505050505050565b834211156117a95760405163313c898160e11b815260048101859052602401610b42565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886118138c6001600160a01b03165f9081527f5ab42ced628888259c08ac98db1eb0cf702fc1501344311d8b100cd1bfe4bb006020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f61186d82612f73565b90505f61187c82878787612f9f565b9050896001600160a01b0316816001600160a01b0316146118c3576040516325c0072360e11b81526001600160a01b0380831660048301528b166024820152604401610b42565b6118ce8a8a8a611a02565b50505050505050505050565b6118e382610c43565b6118ec81611a0f565b610c188383612a70565b6001600160a01b039182165f9081527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace016020908152604080832093909416825291909152205490565b5f6001600160a01b038416158061195d57506001600160a01b038316155b1561196957505f610c3c565b5f6119765f868686611aa2565b51905060ef1960ff8216016119975761198f8585612fcb565b915050610c3c565b60ff1615949350505050565b6119cc7fdd7c9aafbb91d54fb2041db1d5b172ea665309b32f5fffdbddf452802a1e3b20611a0f565b565b5f6001600160e01b03198216637965db0b60e01b1480610a2857506301ffc9a760e01b6001600160e01b0319831614610a28565b610da2838383600161302b565b611a198133613112565b50565b80611a3a576040516302e8145360e61b815260040160405180910390fd5b611a42612237565b5f828152600591909101602052604090205460ff1615611a7857604051630b72c55b60e01b815260048101829052602401610b42565b6001611a82612237565b5f9283526005016020526040909120805460ff1916911515919091179055565b611b26604051806101e001604052805f60ff1681526020015f151581526020015f151581526020015f81526020015f81526020015f81526020015f6001600160a01b031681526020015f81526020015f6001600160a01b031681526020015f81526020015f81526020015f81526020015f81526020015f8152602001606081525090565b5f611b2f612237565b546060830181905290505f8060011960ff891601611c2357604051633465d6d560e01b81526001600160a01b0387811660048301527f00000000000000000000000000000000000000000000000000000000000000001690633465d6d590602401602060405180830381865afa158015611bab573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611bcf9190614da9565b90505f611bda612237565b600101549050608081901c5f819003611bf757506001600160601b035b6001600160801b038216810380881115611c1b57505060f185525061207292505050565b505050611d76565b60021960ff891601611cbe57604051633465d6d560e01b81526001600160a01b0388811660048301527f00000000000000000000000000000000000000000000000000000000000000001690633465d6d590602401602060405180830381865afa158015611c93573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611cb79190614da9565b9150611d76565b60405163853ea85360e01b81526001600160a01b03888116600483015287811660248301527f0000000000000000000000000000000000000000000000000000000000000000169063853ea853906044016040805180830381865afa158015611d29573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611d4d9190614f63565b909250905060ff8816158015611d6557506001831615155b15611d765750506050825250612072565b5f806001600160a01b03891615611dae57611d8f612237565b6001600160a01b038a165f908152600291909101602052604090205491505b6001600160a01b03881615611e7b57611dc5612237565b6001600160a01b0389165f9081526002919091016020526040902054905060ff8a16158015611df95750600160e81b821615155b15611e0d5750506051845250612072915050565b600160e81b811615611e285750506052845250612072915050565b60ff8a16158015611e3f5750611e3d84612998565b155b15611e535750506053845250612072915050565b5f611e5e8685612e4e565b905060ff811615611e795760ff168652506120729350505050565b505b6004851615611f2e575f611e8d612237565b600901546101a08801819052905060ff8b16611f2c5764ffffffffff606082901c1642108015611ec6575060a084901c61ffff16610348145b8015611ee45750836001600160a01b0316856001600160a01b031614155b15611ef957505060a385525061207292505050565b600160b01b811615801590611f1757506001600160601b0383168814155b15611f2c57505060a285525061207292505050565b505b6001600160a01b03891615611fc3576001600160601b03821680881115611f5f57505060f085525061207292505050565b60c083901c64ffffffffff16600160e91b8416151580611f7e57504281115b15611fbb575f611f95898e8e88878f42891161314b565b905060ff811615611fb25760ff1688525061207295505050505050565b88608001519450505b888403935050505b6001600160a01b03881615801590611fed5750876001600160a01b0316896001600160a01b031614155b15611ff55786015b6080860182905260a086018190526001600160a01b03808916908a1603612020575050505050612072565b83836001600160a01b0380831690821614158061204457506001600160a01b038b16155b8061205657506001600160a01b038a16155b1561206a5761206a888d8d8d8d8b8b613393565b505050505050505b949350505050565b825160ff811661208a5750505050565b60ef1960ff8216016120ee57826001600160601b036120a7612237565b6001600160a01b038087165f90815260029290920160205260409182902054915163391434e360e21b81529316600484015216602482015260448101839052606401610b42565b60561960ff8216016121ad575f6001600160601b0361210b612237565b6002015f866001600160a01b03166001600160a01b031681526020019081526020015f20541690505f6001600160801b03612144612237565b6001600160a01b0387165f90815260039190910160205260409020541690508484828411612172575f61217c565b61217c8385614f85565b60405162384e7160e01b81526001600160a01b03909316600484015260248301919091526044820152606401610b42565b60f01960ff821601612219575f6121c2612237565b600101549050608081901c1561220057604051634b344b1160e01b8152608082901c60048201526001600160801b0382166024820152604401610b42565b604051637ebdee1b60e01b815260040160405180910390fd5b60405163e18ca2b960e01b815260ff82166004820152602401610b42565b7fd019ed802b3a65492a3f21b3c309e952d0b17f35a722d5eadef27d7e18404a0090565b836020015115612274578360600151612272612237565b555b8360400151156124055783610140015161228c612237565b6001600160a01b0385165f9081526003919091016020526040902055610180840151156123605773cb42e20880a09cecdc93bb20d0e4d1c24990d91e63f675e7186122d5612237565b60808701516101808801516040516001600160e01b031960e086901b16815260048101939093526001600160a01b038816602484015260448301919091526064820152608401602060405180830381865af4158015612336573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061235a9190614da9565b60808501525b6101608401511561240557826001600160a01b03167f9bed35cb62ad0dba04f9d5bfee4b5bc91443e77da8a65c4c84834c51bb08b0d68561016001516040516123ab91815260200190565b60405180910390a2826001600160a01b03167f68e0d8c112165d0949ce87205b719ed7d98c7401866c34a159f7c67c6f5620e76001600160801b03866101400151166040516123fc91815260200190565b60405180910390a25b816001600160a01b0316836001600160a01b031614612490576001600160a01b0383161561245757836080015161243a612237565b6001600160a01b0385165f90815260029190910160205260409020555b6001600160a01b03821615612490578360a00151612473612237565b6001600160a01b0384165f90815260029190910160205260409020555b60c08401516001600160a01b0316156124d1578360e001516124b0612237565b60c08601516001600160a01b03165f90815260029190910160205260409020555b6101008401516001600160a01b031615612515578361012001516124f3612237565b6101008601516001600160a01b03165f90815260029190910160205260409020555b6101c0840151511561264c575f846101c001515f8151811061253957612539614dc0565b60200260200101519050805f01515f1461257257806020015161255a612237565b82515f19015f908152600e9190910160205260409020555b6040810151156125a3578060600151612589612237565b6040808401515f19015f908152600e929092016020529020555b8060a00151156125bf5780608001516125ba612237565b600f01555b60c08101516001600160a01b03161561264a578060e001516125df612237565b60c08301516001600160a01b03165f908152600d91909101602052604081200181905550600260b4866101a00151901c600716111561264a57806101000151612626612237565b60c08301516001600160a01b03165f908152600d9190910160205260409020600101555b505b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161269191815260200190565b60405180910390a350505050565b5f6126a982612eb8565b905060ff811615610e9d5760405163e18ca2b960e01b815260ff82166004820152602401610b42565b6126db82611a1c565b6001600160a01b0384166127045760405163ec442f0560e01b81525f6004820152602401610b42565b5f61271260025f8787611aa2565b905061271f815f8661207a565b6101a081015160881c63ffffffff16801580159061273c57508415155b156127c6575f61274c8242614f50565b9050835f036127725761276b8682838460a8886101a00151901c612dac565b93506127c4565b8064ffffffffff60b086901c16101561279b5764ffffffffff60b01b199390931660b084901b17925b8064ffffffffff608886901c1610156127c45764ffffffffff60881b1993909316608884901b17925b505b82156128725773cb42e20880a09cecdc93bb20d0e4d1c24990d91e639aec29736127ee612237565b60a08501516040516001600160e01b031960e085901b16815260048101929092526001600160a01b038a166024830152604482015260648101869052608401602060405180830381865af4158015612848573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061286c9190614da9565b60a08301525b8461287b612237565b60010180549091019055612891825f888861225b565b856001600160a01b0316847fe9e92d0569112d63a13d3acca4859ad9d4d0d72d5b701be230d57348234a5b1e876040516128cd91815260200190565b60405180910390a3505050505050565b5f6128e884846118f6565b90505f19811015610c18578181101561292d57604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610b42565b610c1884848484035f61302b565b6001600160a01b03831661296457604051634b637e8f60e11b81525f6004820152602401610b42565b6001600160a01b03821661298d5760405163ec442f0560e01b81525f6004820152602401610b42565b610da283838361370f565b5f600160ff1b821615801590610a2857504260b083901c6001600160401b03161192915050565b5f5f5160206151935f395f51905f526129d884846113ac565b612a57575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055612a0d3390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610a28565b5f915050610a28565b5092915050565b5f610d6a613735565b5f5f5160206151935f395f51905f52612a8984846113ac565b15612a57575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a46001915050610a28565b6001600160a01b038316612b1257604051634b637e8f60e11b81525f6004820152602401610b42565b6001600160a01b038216612b3b5760405163ec442f0560e01b81525f6004820152602401610b42565b816001600160a01b0316836001600160a01b031603612b6d576040516394a3d97960e01b815260040160405180910390fd5b5f612b7b6001858585611aa2565b9050612b8881858461207a565b612b948185858561225b565b826001600160a01b0316846001600160a01b03167f7b3ce50c216d2ccf9919c6b9f1bfb33f0350a33010f188750b4af38e004481388460405161269191815260200190565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480612c5f57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316612c535f5160206151535f395f51905f52546001600160a01b031690565b6001600160a01b031614155b156119cc5760405163703e46dd60e11b815260040160405180910390fd5b7f189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e3610e9d81611a0f565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015612d01575060408051601f3d908101601f19168201909252612cfe91810190614da9565b60015b612d2957604051634c9c8ce360e01b81526001600160a01b0383166004820152602401610b42565b5f5160206151535f395f51905f528114612d5957604051632a87526960e21b815260048101829052602401610b42565b610da283836137a8565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146119cc5760405163703e46dd60e11b815260040160405180910390fd5b606084901b8517608884901b1760b083901b1760ff60d81b60d883901b161795945050505050565b7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d10280546060917fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d10091610a6490614d71565b60605f7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d100610a53565b5f612e5882612998565b612e6457506054610a28565b6002831615801590612e805750612e7e60a083901c6137fd565b155b15612e8d57506055610a28565b5f600884901c60ff169050808160f085901c1614612eaf576056915050610a28565b505f9392505050565b5f5f612ec2612237565b600701546001600160a01b031690508015801590612ef35750612ef13082612ee8612237565b60080154613838565b155b15612f015750605c92915050565b5f612f0a612237565b600601546001600160a01b031690508015801590612f4a5750612f4881612f2f612237565b60060154600160a01b90046001600160401b03166138d7565b155b15612f595750605b9392505050565b6010612f63612237565b541615612eaf5761207284613aa0565b5f610a28612f7f612a67565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f612faf88888888613d48565b925092509250612fbf8282613e10565b50909695505050505050565b5f5f612fd5612237565b6001600160a01b0385165f90815260029190910160205260409020549050600160e91b811615613008575f915050610a28565b5f61301e8186866001600160601b038616611aa2565b5160ff1614949350505050565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace006001600160a01b0385166130755760405163e602df0560e01b81525f6004820152602401610b42565b6001600160a01b03841661309e57604051634a1406b160e11b81525f6004820152602401610b42565b6001600160a01b038086165f9081526001830160209081526040808320938816835292905220839055811561111b57836001600160a01b0316856001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92585604051610bc291815260200190565b61311c82826113ac565b610e9d5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610b42565b5f5f613155612237565b6001600160a01b0388165f908152600391909101602052604081205491506001600160801b0382169084613189575f61318f565b608083901c5b60808c0189905290505f8288116131a6575f6131b0565b6131b08389614f85565b90508181116131bf575f6131c9565b6131c98282614f85565b87116131db575f945050505050613388565b81156132735773cb42e20880a09cecdc93bb20d0e4d1c24990d91e6317e51b7d613203612237565b6040516001600160e01b031960e084901b16815260048101919091526001600160a01b038d166024820152604401602060405180830381865af415801561324c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906132709190614da9565b91505b5f828211613281575f61328b565b61328b8383614f85565b90508088116132a1575f95505050505050613388565b60ff8c166132c6578188116132b75760586132ba565b60575b95505050505050613388565b5f6132d1828a614f85565b90505f8482106132e157846132e3565b815b90506132ef8183614f85565b9150838a118015613308575081613306858c614f85565b115b1561331a57613317848b614f85565b91505b6101608f018290526101808f018190526fffffffffffffffffffffffffffffffff1987166133488388614f85565b178f61014001818152505060018f604001901515908115158152505081860361337d57600160e91b198c168f60800181815250505b5f9750505050505050505b979650505050505050565b60608701516101a0880151601082901c63ffffffff16906001600160a01b0388161561351657845f6001600160a01b03808316908b16146133f7576133d6612237565b6001600160a01b0383165f90815260029190910160205260409020546133fd565b8b608001515b606089811b820392501c6001600160601b0316881580159061341e57508881145b1561344c5761342c85614f98565b9450600160eb1b821615613447576134448d83613ec8565b91505b613490565b831580159061345c575060ff8c16155b80156134685750888114155b15613490576001600160601b038416898203101561349057505060a18b525061370692505050565b83158015906134a0575060ff8c16155b80156134b25750600760b485901c1615155b80156134c657506134c48d848b613fcb565b155b156134d657505050505050613706565b8a6001600160a01b0316836001600160a01b0316036134fb5760808d01829052613512565b6001600160a01b03831660c08e015260e08d018290525b5050505b6001600160a01b038716156136db57835f6001600160a01b03808316908a161461356357613542612237565b6001600160a01b0383165f9081526002919091016020526040902054613569565b8b60a001515b606089811b820192501c6001600160601b0316888101600160ea1b83161561359c57505060a08c52506137069350505050565b84158015906135af575060ff8d16600114155b80156135c357506001600160601b03851681105b156135d957505060a18c52506137069350505050565b811580156135e657508915155b1561365257600190950194603087901c63ffffffff16801580159061360a57508087115b1561362157505060598d5250613706945050505050565b6008881615613650576136368f858b8a6141d1565b8f5190945060ff1615613650575050505050505050613706565b505b605087901c6001600160601b0316801580159061366e57508082115b15613685575050605a8d5250613706945050505050565b8b6001600160a01b0316856001600160a01b0316036136aa5760a08f018490526136d5565b848f61010001906001600160a01b031690816001600160a01b031681525050838f6101200181815250505b50505050505b65ffffffff0000198316601083901b178084146137015760608b01819052600160208c01525b505050505b50505050505050565b5f61371c5f858585611aa2565b905061372981858461207a565b610c188185858561225b565b5f7f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f61375f61434c565b613767614361565b60408051602081019490945283019190915260608201524660808201523060a082015260c00160405160208183030381529060405280519060200120905090565b6137b18261436a565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a28051156137f557610da282826143cd565b610e9d614466565b5f60ff821661380a612237565b6004015f60088561ffff16901c61ffff1681526020019081526020015f2054901c6001165f14159050919050565b5f6001600160a01b03831661384e57505f610c3c565b6040516331a9108f60e11b8152600481018390526001600160a01b03841690636352211e90602401602060405180830381865afa9250505080156138af575060408051601f3d908101601f191682019092526138ac91810190614fad565b60015b6138ba57505f610c3c565b846001600160a01b0316816001600160a01b031614915050610c3c565b60408051600481526024810182526020810180516001600160e01b0316635c975abb60e01b17905290515f91829182916001600160a01b0387169161391c9190614fc8565b5f60405180830381855afa9150503d805f8114613954576040519150601f19603f3d011682016040523d82523d5f602084013e613959565b606091505b509150915081801561396d57506020815110155b801561398b5750808060200190518101906139889190614da9565b15155b1561399a575f92505050610a28565b60408051600481526024810182526020810180516001600160e01b0316633fabe5a360e21b17905290516001600160a01b038716916139d891614fc8565b5f60405180830381855afa9150503d805f8114613a10576040519150601f19603f3d011682016040523d82523d5f602084013e613a15565b606091505b509092509050811580613a29575060a08151105b15613a38575f92505050610a28565b5f5f82806020019051810190613a4e9190614fde565b509350509250505f82138015613a6357508015155b8015613a6f5750428111155b8015613a84575085613a818242614f85565b11155b15613a9457509250610a28915050565b505f9695505050505050565b5f5f613aaa612237565b601101546001600160a01b031690505f613adf82613ac6612237565b60110154600160a01b90046001600160401b03166138d7565b9050805f03613af25750605f9392505050565b60408051600481526024810182526020810180516001600160e01b031663313ce56760e01b17905290515f9182916001600160a01b03861691613b3491614fc8565b5f60405180830381855afa9150503d805f8114613b6c576040519150601f19603f3d011682016040523d82523d5f602084013e613b71565b606091505b5091509150811580613b84575060208151105b15613b955750605f95945050505050565b5f81806020019051810190613baa9190614da9565b905060ff811115613bc25750605f9695505050505050565b5f613bcb612237565b60060154600160e01b900460ff169050818110613c33575f613bed8383614f85565b90506026811180613c0457506001600160801b0386115b613c2257613c1381600a6150fd565b613c1d9087615108565b613c2b565b6001600160801b035b955050613c68565b5f613c3e8284614f85565b9050604c8111613c6257613c5381600a6150fd565b613c5d908761511f565b613c64565b5f5b9550505b6001600160801b03851115613c82576001600160801b0394505b5f613c8b612237565b60110154600160e01b900460ff1690508015613cff575f613caa612237565b6012015490505f1960ff831601613ce357612710613cc88282614f85565b613cd29089615108565b613cdc919061511f565b9650613cfd565b808711613cf0575f613cfa565b613cfa8188614f85565b96505b505b5f6001600160801b03613d10612237565b6001015416905086811180613d2d5750613d2a8188614f85565b8a115b613d37575f613d3a565b605e5b9a9950505050505050505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115613d8157505f91506003905082613e06565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015613dd2573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116613dfd57505f925060019150829050613e06565b92505f91508190505b9450945094915050565b5f826003811115613e2357613e2361513e565b03613e2c575050565b6001826003811115613e4057613e4061513e565b03613e5e5760405163f645eedf60e01b815260040160405180910390fd5b6002826003811115613e7257613e7261513e565b03613e935760405163fce698f760e01b815260048101829052602401610b42565b6003826003811115613ea757613ea761513e565b03610e9d576040516335e2f38360e21b815260048101829052602401610b42565b5f60088360600151165f14613fba5760ec82901c5f613eec6103ff83166001614f50565b90505f613ef886614485565b5f81518110613f0957613f09614dc0565b602090810291909101015182815290506001613f23612237565b600e015f613f32600186614f85565b81526020019081526020015f2054613f4a9190614f85565b60208201525f613f598261451b565b905060ff600a85901c165f5b6009811015613faf5780600814613f8357600182821c161515613f86565b81155b15613fa757613f9681601c615108565b613fa4906001901b84614f85565b92505b600101613f65565b505060809091015250505b5060016218000160eb1b0316919050565b5f5f60b4856101a00151901c6007169050613fe4614656565b5f5f5b83811015614176575f613ffe600183166080615108565b9050805f036140815761400f612237565b600b01600183901c6002811061402757614027614dc0565b01549250614033612237565b6001600160a01b0389165f908152600d9190910160205260409020600183901c6002811061406357614063614dc0565b015484600184901c6002811061407b5761407b614dc0565b60200201525b82811c6001600160801b038181169163ffffffff16905f908488600188901c600281106140b0576140b0614dc0565b6020020151901c1690506001600160601b0381166140d283606084901c614f50565b42106140e05750504260601b5f5b6140ea8b82614f50565b9050602084901c81111561410e57505060a78b52505f9650610c3c95505050505050565b6bffffffffffffffffffffffff1982168117851b6001600160801b03861b1989600189901c6002811061414357614143614dc0565b6020020151161788600188901c6002811061416057614160614dc0565b6020020152505060019093019250613fe7915050565b505f61418188614485565b5f8151811061419257614192614dc0565b6020908102919091018101516001600160a01b039890981660c0890152835160e089015292909201516101009096019590955250600195945050505050565b5f61ffff60a084901c16816141e7826001614f50565b90505f6141f388614485565b5f8151811061420457614204614dc0565b602002602001015190505f82825f01511461423857614221612237565b5f858152600e91909101602052604090205461423e565b81602001515b905061424b600182614f50565b905063ffffffff80821690602083901c16801580159061426a57508082115b1561428257505060a489525086935061207292505050565b6101a08b015160b71c613fff1680156142dc575f6127106142a3838c615108565b6142ad919061511f565b905080156142bb57806142be565b60015b8411156142da57505060a68b5250889550612072945050505050565b505b84518690036142f15760208501849052614300565b60408501869052606085018490525b60ff60f08b901c166143138d8783614546565b61431f60ec600a614f50565b81901b60ec89901b600160eb1b60ec6203ffff901b198f1617171798505050505050505050949350505050565b5f614355612dd4565b80519060200120905090565b5f614355612e25565b806001600160a01b03163b5f0361439f57604051634c9c8ce360e01b81526001600160a01b0382166004820152602401610b42565b5f5160206151535f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f6143da848461461f565b90508080156143fb57505f3d11806143fb57505f846001600160a01b03163b115b1561441057614408614632565b915050610a28565b801561443a57604051639996b31560e01b81526001600160a01b0385166004820152602401610b42565b3d1561444d5761444861464b565b612a60565b60405163d6bda27560e01b815260040160405180910390fd5b34156119cc5760405163b398979f60e01b815260040160405180910390fd5b6101c081015180515f036145165760408051600180825281830190925290816020015b6144f96040518061012001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f151581526020015f6001600160a01b031681526020015f81526020015f81525090565b8152602001906001900390816144a85750506101c0830181905290505b919050565b5f8160a0015161453e57600160a0830152614534612237565b600f015460808301525b506080015190565b5f6145508361451b565b90505f600160b11b856101a00151165f0361456b575f614578565b614573612237565b601001545b90505f5b6009811015614610578060081461459957600184821c161561459d565b8315155b614608576145ac81601c615108565b6145ba906001901b84614f50565b92505f630fffffff6145cd83601c615108565b84901c16905080158015906145f4575080630fffffff6145ee84601c615108565b86901c16115b1561460657505060a590945250505050565b505b60010161457c565b50506080909201919091525050565b5f5f5f835160208501865af49392505050565b6040513d81523d5f602083013e3d602001810160405290565b6040513d5f823e3d81fd5b60405180604001604052806002906020820280368337509192915050565b5f5f5f5f60608587031215614687575f5ffd5b8435935060208501356001600160401b038111156146a3575f5ffd5b8501601f810187136146b3575f5ffd5b80356001600160401b038111156146c8575f5ffd5b8760208284010111156146d9575f5ffd5b949760209190910196509394604001359392505050565b5f60208284031215614700575f5ffd5b81356001600160e01b031981168114610c3c575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610c3c6020830184614717565b6001600160a01b0381168114611a19575f5ffd5b5f5f6040838503121561477c575f5ffd5b823561478781614757565b946020939093013593505050565b5f5f5f606084860312156147a7575f5ffd5b83356147b281614757565b95602085013595506040909401359392505050565b5f5f5f606084860312156147d9575f5ffd5b83356147e481614757565b925060208401356147f481614757565b929592945050506040919091013590565b5f60208284031215614815575f5ffd5b5035919050565b5f6020828403121561482c575f5ffd5b8135610c3c81614757565b5f5f60408385031215614848575f5ffd5b82359150602083013561485a81614757565b809150509250929050565b5f5f83601f840112614875575f5ffd5b5081356001600160401b0381111561488b575f5ffd5b6020830191508360208260051b85010111156148a5575f5ffd5b9250929050565b5f5f5f5f5f5f606087890312156148c1575f5ffd5b86356001600160401b038111156148d6575f5ffd5b6148e289828a01614865565b90975095505060208701356001600160401b03811115614900575f5ffd5b61490c89828a01614865565b90955093505060408701356001600160401b0381111561492a575f5ffd5b61493689828a01614865565b979a9699509497509295939492505050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b038111828210171561498457614984614948565b604052919050565b5f6001600160401b038211156149a4576149a4614948565b50601f01601f191660200190565b5f5f604083850312156149c3575f5ffd5b82356149ce81614757565b915060208301356001600160401b038111156149e8575f5ffd5b8301601f810185136149f8575f5ffd5b8035614a0b614a068261498c565b61495c565b818152866020838501011115614a1f575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b80356001600160401b0381168114614516575f5ffd5b803560ff81168114614516575f5ffd5b5f5f5f5f5f5f5f60e0888a031215614a7a575f5ffd5b8735614a8581614757565b96506020880135955060408801359450614aa160608901614a3e565b9350614aaf60808901614a3e565b9250614abd60a08901614a3e565b9150614acb60c08901614a54565b905092959891949750929550565b5f5f5f5f60808587031215614aec575f5ffd5b8435614af781614757565b93506020850135925060408501359150614b1360608601614a3e565b905092959194509250565b5f60208284031215614b2e575f5ffd5b610c3c82614a54565b60ff60f81b8816815260e060208201525f614b5560e0830189614717565b8281036040840152614b678189614717565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015614bbc578351835260209384019390920191600101614b9e565b50909b9a5050505050505050505050565b5f5f5f5f60408587031215614be0575f5ffd5b84356001600160401b03811115614bf5575f5ffd5b614c0187828801614865565b90955093505060208501356001600160401b03811115614c1f575f5ffd5b614c2b87828801614865565b95989497509550505050565b602080825282518282018190525f918401906040840190835b81811015614c6e578351835260209384019390920191600101614c50565b509095945050505050565b606081525f614c8b6060830186614717565b60208301949094525060400152919050565b5f5f5f5f5f5f5f60e0888a031215614cb3575f5ffd5b8735614cbe81614757565b96506020880135614cce81614757565b95506040880135945060608801359350614cea60808901614a54565b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215614d18575f5ffd5b8235614d2381614757565b9150602083013561485a81614757565b84815260606020820152826060820152828460808301375f608084830101525f6080601f19601f860116830101905082604083015295945050505050565b600181811c90821680614d8557607f821691505b602082108103614da357634e487b7160e01b5f52602260045260245ffd5b50919050565b5f60208284031215614db9575f5ffd5b5051919050565b634e487b7160e01b5f52603260045260245ffd5b5f82601f830112614de3575f5ffd5b8151614df1614a068261498c565b818152846020838601011115614e05575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f60208284031215614e31575f5ffd5b81516001600160401b03811115614e46575f5ffd5b61207284828501614dd4565b5f60208284031215614e62575f5ffd5b81516001600160401b03811115614e77575f5ffd5b8201601f81018413614e87575f5ffd5b80516001600160401b03811115614ea057614ea0614948565b8060051b614eb06020820161495c565b91825260208184018101929081019087841115614ecb575f5ffd5b6020850194505b8385101561338857845180835260209586019590935090910190614ed2565b5f5f5f60608486031215614f03575f5ffd5b83516001600160401b03811115614f18575f5ffd5b614f2486828701614dd4565b60208601516040909601519097959650949350505050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610a2857610a28614f3c565b5f5f60408385031215614f74575f5ffd5b505080516020909101519092909150565b81810381811115610a2857610a28614f3c565b5f81614fa657614fa6614f3c565b505f190190565b5f60208284031215614fbd575f5ffd5b8151610c3c81614757565b5f82518060208501845e5f920191825250919050565b5f5f5f5f5f60a08688031215614ff2575f5ffd5b5050835160208501516040860151606087015160809097015192989197509594509092509050565b6001815b60018411156150555780850481111561503957615039614f3c565b600184161561504757908102905b60019390931c92800261501e565b935093915050565b5f8261506b57506001610a28565b8161507757505f610a28565b816001811461508d5760028114615097576150b3565b6001915050610a28565b60ff8411156150a8576150a8614f3c565b50506001821b610a28565b5060208310610133831016604e8410600b84101617156150d6575081810a610a28565b6150e25f19848461501a565b805f19048211156150f5576150f5614f3c565b029392505050565b5f610c3c838361505d565b8082028115828204841417610a2857610a28614f3c565b5f8261513957634e487b7160e01b5f52601260045260245ffd5b500490565b634e487b7160e01b5f52602160045260245ffdfe360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a602dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800a26469706673582212208eaeaf94c30ebaddf1608e6a34772ef2d60c010d1e704694ceac75465b5d2c2e64736f6c63430008250033189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e302dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800",
}

// AssetTokenUnproxied is an auto generated Go binding around an Ethereum contract.
type AssetTokenUnproxied struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AssetTokenUnproxied) GetABI() abi.ABI {
	return c.abi
}

// NewAssetTokenUnproxied creates a new instance of AssetTokenUnproxied.
func NewAssetTokenUnproxied() *AssetTokenUnproxied {
	parsed, err := AssetTokenUnproxiedMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AssetTokenUnproxied{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AssetTokenUnproxied) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, uint8 decimals_, address registry_, address deed_, uint256 deedId_, address admin, address upgrader) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackConstructor(name_ string, symbol_ string, decimals_ uint8, registry_ common.Address, deed_ common.Address, deedId_ *big.Int, admin common.Address, upgrader common.Address) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("", name_, symbol_, decimals_, registry_, deed_, deedId_, admin, upgrader)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAGENTROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22459e18.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function AGENT_ROLE() view returns(bytes32)
func (assetTokenUnproxied *AssetTokenUnproxied) PackAGENTROLE() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("AGENT_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAGENTROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22459e18.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function AGENT_ROLE() view returns(bytes32)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackAGENTROLE() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("AGENT_ROLE")
}

// UnpackAGENTROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22459e18.
//
// Solidity: function AGENT_ROLE() view returns(bytes32)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackAGENTROLE(data []byte) ([32]byte, error) {
	out, err := assetTokenUnproxied.abi.Unpack("AGENT_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCOMPLIANCEADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa11939bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function COMPLIANCE_ADMIN_ROLE() view returns(bytes32)
func (assetTokenUnproxied *AssetTokenUnproxied) PackCOMPLIANCEADMINROLE() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("COMPLIANCE_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCOMPLIANCEADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa11939bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function COMPLIANCE_ADMIN_ROLE() view returns(bytes32)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackCOMPLIANCEADMINROLE() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("COMPLIANCE_ADMIN_ROLE")
}

// UnpackCOMPLIANCEADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa11939bd.
//
// Solidity: function COMPLIANCE_ADMIN_ROLE() view returns(bytes32)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackCOMPLIANCEADMINROLE(data []byte) ([32]byte, error) {
	out, err := assetTokenUnproxied.abi.Unpack("COMPLIANCE_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (assetTokenUnproxied *AssetTokenUnproxied) PackDEFAULTADMINROLE() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := assetTokenUnproxied.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDOCUMENTROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c721b98.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOCUMENT_ROLE() view returns(bytes32)
func (assetTokenUnproxied *AssetTokenUnproxied) PackDOCUMENTROLE() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("DOCUMENT_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOCUMENTROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c721b98.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOCUMENT_ROLE() view returns(bytes32)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackDOCUMENTROLE() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("DOCUMENT_ROLE")
}

// UnpackDOCUMENTROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2c721b98.
//
// Solidity: function DOCUMENT_ROLE() view returns(bytes32)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackDOCUMENTROLE(data []byte) ([32]byte, error) {
	out, err := assetTokenUnproxied.abi.Unpack("DOCUMENT_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (assetTokenUnproxied *AssetTokenUnproxied) PackDOMAINSEPARATOR() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := assetTokenUnproxied.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMINTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5391393.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (assetTokenUnproxied *AssetTokenUnproxied) PackMINTERROLE() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("MINTER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINTERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5391393.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackMINTERROLE() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("MINTER_ROLE")
}

// UnpackMINTERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackMINTERROLE(data []byte) ([32]byte, error) {
	out, err := assetTokenUnproxied.abi.Unpack("MINTER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPAUSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe63ab1e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (assetTokenUnproxied *AssetTokenUnproxied) PackPAUSERROLE() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("PAUSER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPAUSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe63ab1e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackPAUSERROLE() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("PAUSER_ROLE")
}

// UnpackPAUSERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackPAUSERROLE(data []byte) ([32]byte, error) {
	out, err := assetTokenUnproxied.abi.Unpack("PAUSER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackUPGRADERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf72c0d8b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (assetTokenUnproxied *AssetTokenUnproxied) PackUPGRADERROLE() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("UPGRADER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUPGRADERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf72c0d8b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackUPGRADERROLE() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("UPGRADER_ROLE")
}

// UnpackUPGRADERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf72c0d8b.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackUPGRADERROLE(data []byte) ([32]byte, error) {
	out, err := assetTokenUnproxied.abi.Unpack("UPGRADER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackUPGRADEINTERFACEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad3cb1cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (assetTokenUnproxied *AssetTokenUnproxied) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("UPGRADE_INTERFACE_VERSION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUPGRADEINTERFACEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad3cb1cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := assetTokenUnproxied.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackAddAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84e79842.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addAgent(address agent) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackAddAgent(agent common.Address) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("addAgent", agent)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackAddAgent(agent common.Address) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("addAgent", agent)
}

// PackAddLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8adf0af2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addLock(address account, uint256 amount, uint64 start, uint64 cliff, uint64 end, uint8 reason) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackAddLock(account common.Address, amount *big.Int, start uint64, cliff uint64, end uint64, reason uint8) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("addLock", account, amount, start, cliff, end, reason)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackAddLock(account common.Address, amount *big.Int, start uint64, cliff uint64, end uint64, reason uint8) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("addLock", account, amount, start, cliff, end, reason)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (assetTokenUnproxied *AssetTokenUnproxied) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := assetTokenUnproxied.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackApprove(data []byte) (bool, error) {
	out, err := assetTokenUnproxied.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (assetTokenUnproxied *AssetTokenUnproxied) PackBalanceOf(account common.Address) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := assetTokenUnproxied.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBatchBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a6cc677.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchBurn(address[] from, uint256[] amounts) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackBatchBurn(from []common.Address, amounts []*big.Int) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("batchBurn", from, amounts)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackBatchBurn(from []common.Address, amounts []*big.Int) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("batchBurn", from, amounts)
}

// PackBatchForcedTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42a47abc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchForcedTransfer(address[] from, address[] to, uint256[] amounts) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackBatchForcedTransfer(from []common.Address, to []common.Address, amounts []*big.Int) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("batchForcedTransfer", from, to, amounts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchForcedTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42a47abc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchForcedTransfer(address[] from, address[] to, uint256[] amounts) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackBatchForcedTransfer(from []common.Address, to []common.Address, amounts []*big.Int) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("batchForcedTransfer", from, to, amounts)
}

// PackBatchFreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc7e5fa8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchFreezePartialTokens(address[] accounts, uint256[] amounts) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackBatchFreezePartialTokens(accounts []common.Address, amounts []*big.Int) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("batchFreezePartialTokens", accounts, amounts)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackBatchFreezePartialTokens(accounts []common.Address, amounts []*big.Int) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("batchFreezePartialTokens", accounts, amounts)
}

// PackBatchMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc6d9146.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchMint(address[] to, uint256[] amounts, bytes32[] requestIds) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackBatchMint(to []common.Address, amounts []*big.Int, requestIds [][32]byte) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("batchMint", to, amounts, requestIds)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc6d9146.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchMint(address[] to, uint256[] amounts, bytes32[] requestIds) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackBatchMint(to []common.Address, amounts []*big.Int, requestIds [][32]byte) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("batchMint", to, amounts, requestIds)
}

// PackBatchMintERC3643 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68573107.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchMint(address[] to, uint256[] amounts) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackBatchMintERC3643(to []common.Address, amounts []*big.Int) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("batchMint0", to, amounts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchMintERC3643 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68573107.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchMint(address[] to, uint256[] amounts) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackBatchMintERC3643(to []common.Address, amounts []*big.Int) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("batchMint0", to, amounts)
}

// PackBatchSetAddressFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a7af379.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchSetAddressFrozen(address[] accounts, bool[] frozen) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackBatchSetAddressFrozen(accounts []common.Address, frozen []bool) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("batchSetAddressFrozen", accounts, frozen)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackBatchSetAddressFrozen(accounts []common.Address, frozen []bool) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("batchSetAddressFrozen", accounts, frozen)
}

// PackBatchTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88d695b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchTransfer(address[] to, uint256[] amounts) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackBatchTransfer(to []common.Address, amounts []*big.Int) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("batchTransfer", to, amounts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88d695b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchTransfer(address[] to, uint256[] amounts) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackBatchTransfer(to []common.Address, amounts []*big.Int) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("batchTransfer", to, amounts)
}

// PackBatchUnfreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4710362d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchUnfreezePartialTokens(address[] accounts, uint256[] amounts) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackBatchUnfreezePartialTokens(accounts []common.Address, amounts []*big.Int) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("batchUnfreezePartialTokens", accounts, amounts)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackBatchUnfreezePartialTokens(accounts []common.Address, amounts []*big.Int) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("batchUnfreezePartialTokens", accounts, amounts)
}

// PackBindToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ff5aa02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bindToken(address token) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackBindToken(token common.Address) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("bindToken", token)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackBindToken(token common.Address) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("bindToken", token)
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x158a1cc3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(address from, uint256 amount, bytes32 requestId) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackBurn(from common.Address, amount *big.Int, requestId [32]byte) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("burn", from, amount, requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x158a1cc3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(address from, uint256 amount, bytes32 requestId) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackBurn(from common.Address, amount *big.Int, requestId [32]byte) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("burn", from, amount, requestId)
}

// PackBurnERC3643 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dc29fac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(address from, uint256 amount) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackBurnERC3643(from common.Address, amount *big.Int) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("burn0", from, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurnERC3643 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dc29fac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(address from, uint256 amount) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackBurnERC3643(from common.Address, amount *big.Int) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("burn0", from, amount)
}

// PackCanReceive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90d370ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function canReceive(address account) view returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) PackCanReceive(account common.Address) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("canReceive", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCanReceive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90d370ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function canReceive(address account) view returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackCanReceive(account common.Address) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("canReceive", account)
}

// UnpackCanReceive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x90d370ba.
//
// Solidity: function canReceive(address account) view returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackCanReceive(data []byte) (bool, error) {
	out, err := assetTokenUnproxied.abi.Unpack("canReceive", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackCanSend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2bc06a92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function canSend(address account) view returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) PackCanSend(account common.Address) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("canSend", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCanSend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2bc06a92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function canSend(address account) view returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackCanSend(account common.Address) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("canSend", account)
}

// UnpackCanSend is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2bc06a92.
//
// Solidity: function canSend(address account) view returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackCanSend(data []byte) (bool, error) {
	out, err := assetTokenUnproxied.abi.Unpack("canSend", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackCanTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe46638e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function canTransfer(address from, address to, uint256 amount) view returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) PackCanTransfer(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("canTransfer", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCanTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe46638e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function canTransfer(address from, address to, uint256 amount) view returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackCanTransfer(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("canTransfer", from, to, amount)
}

// UnpackCanTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe46638e6.
//
// Solidity: function canTransfer(address from, address to, uint256 amount) view returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackCanTransfer(data []byte) (bool, error) {
	out, err := assetTokenUnproxied.abi.Unpack("canTransfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackCategoryInvestors is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fbf137c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function categoryInvestors() view returns(uint256[9] counts, uint256[9] caps)
func (assetTokenUnproxied *AssetTokenUnproxied) PackCategoryInvestors() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("categoryInvestors")
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackCategoryInvestors() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("categoryInvestors")
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
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackCategoryInvestors(data []byte) (CategoryInvestorsOutput, error) {
	out, err := assetTokenUnproxied.abi.Unpack("categoryInvestors", data)
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
func (assetTokenUnproxied *AssetTokenUnproxied) PackCompliance() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("compliance")
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackCompliance() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("compliance")
}

// UnpackCompliance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6290865d.
//
// Solidity: function compliance() view returns(address)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackCompliance(data []byte) (common.Address, error) {
	out, err := assetTokenUnproxied.abi.Unpack("compliance", data)
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
func (assetTokenUnproxied *AssetTokenUnproxied) PackCountryInvestors(country uint16) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("countryInvestors", country)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackCountryInvestors(country uint16) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("countryInvestors", country)
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
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackCountryInvestors(data []byte) (CountryInvestorsOutput, error) {
	out, err := assetTokenUnproxied.abi.Unpack("countryInvestors", data)
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
func (assetTokenUnproxied *AssetTokenUnproxied) PackCountryRestricted() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("countryRestricted")
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackCountryRestricted() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("countryRestricted")
}

// UnpackCountryRestricted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb86b38fe.
//
// Solidity: function countryRestricted() view returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackCountryRestricted(data []byte) (bool, error) {
	out, err := assetTokenUnproxied.abi.Unpack("countryRestricted", data)
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
func (assetTokenUnproxied *AssetTokenUnproxied) PackCreated(to common.Address, amount *big.Int) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("created", to, amount)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackCreated(to common.Address, amount *big.Int) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("created", to, amount)
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (assetTokenUnproxied *AssetTokenUnproxied) PackDecimals() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackDecimals() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackDecimals(data []byte) (uint8, error) {
	out, err := assetTokenUnproxied.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2f1e6bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deed() view returns(address)
func (assetTokenUnproxied *AssetTokenUnproxied) PackDeed() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("deed")
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackDeed() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("deed")
}

// UnpackDeed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2f1e6bd.
//
// Solidity: function deed() view returns(address)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackDeed(data []byte) (common.Address, error) {
	out, err := assetTokenUnproxied.abi.Unpack("deed", data)
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
func (assetTokenUnproxied *AssetTokenUnproxied) PackDeedId() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("deedId")
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackDeedId() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("deedId")
}

// UnpackDeedId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86a82c94.
//
// Solidity: function deedId() view returns(uint256)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackDeedId(data []byte) (*big.Int, error) {
	out, err := assetTokenUnproxied.abi.Unpack("deedId", data)
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
func (assetTokenUnproxied *AssetTokenUnproxied) PackDeedLocked() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("deedLocked")
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackDeedLocked() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("deedLocked")
}

// UnpackDeedLocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf652b755.
//
// Solidity: function deedLocked() view returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackDeedLocked(data []byte) (bool, error) {
	out, err := assetTokenUnproxied.abi.Unpack("deedLocked", data)
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
func (assetTokenUnproxied *AssetTokenUnproxied) PackDestroyed(from common.Address, amount *big.Int) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("destroyed", from, amount)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackDestroyed(from common.Address, amount *big.Int) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("destroyed", from, amount)
}

// PackDetectTransferRestriction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4ce1415.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function detectTransferRestriction(address from, address to, uint256 amount) view returns(uint8)
func (assetTokenUnproxied *AssetTokenUnproxied) PackDetectTransferRestriction(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("detectTransferRestriction", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDetectTransferRestriction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4ce1415.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function detectTransferRestriction(address from, address to, uint256 amount) view returns(uint8)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackDetectTransferRestriction(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("detectTransferRestriction", from, to, amount)
}

// UnpackDetectTransferRestriction is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4ce1415.
//
// Solidity: function detectTransferRestriction(address from, address to, uint256 amount) view returns(uint8)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackDetectTransferRestriction(data []byte) (uint8, error) {
	out, err := assetTokenUnproxied.abi.Unpack("detectTransferRestriction", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (assetTokenUnproxied *AssetTokenUnproxied) PackEip712Domain() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackEip712Domain() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := assetTokenUnproxied.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackExtendedRules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45ef9dd4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function extendedRules() view returns(uint256 minHolding, uint64 flowbackUntil, uint32 initialLockup, uint8 lockupReason, bool forceFullTransfer)
func (assetTokenUnproxied *AssetTokenUnproxied) PackExtendedRules() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("extendedRules")
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackExtendedRules() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("extendedRules")
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
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackExtendedRules(data []byte) (ExtendedRulesOutput, error) {
	out, err := assetTokenUnproxied.abi.Unpack("extendedRules", data)
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

// PackForcedTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fc1d0e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedTransfer(address from, address to, uint256 amount) returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) PackForcedTransfer(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("forcedTransfer", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fc1d0e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedTransfer(address from, address to, uint256 amount) returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackForcedTransfer(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("forcedTransfer", from, to, amount)
}

// UnpackForcedTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fc1d0e7.
//
// Solidity: function forcedTransfer(address from, address to, uint256 amount) returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackForcedTransfer(data []byte) (bool, error) {
	out, err := assetTokenUnproxied.abi.Unpack("forcedTransfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackFreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x125c4a33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function freezePartialTokens(address account, uint256 amount) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackFreezePartialTokens(account common.Address, amount *big.Int) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("freezePartialTokens", account, amount)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackFreezePartialTokens(account common.Address, amount *big.Int) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("freezePartialTokens", account, amount)
}

// PackGetAllDocuments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fa5f50b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAllDocuments() view returns(bytes32[])
func (assetTokenUnproxied *AssetTokenUnproxied) PackGetAllDocuments() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("getAllDocuments")
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackGetAllDocuments() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("getAllDocuments")
}

// UnpackGetAllDocuments is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fa5f50b.
//
// Solidity: function getAllDocuments() view returns(bytes32[])
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackGetAllDocuments(data []byte) ([][32]byte, error) {
	out, err := assetTokenUnproxied.abi.Unpack("getAllDocuments", data)
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
func (assetTokenUnproxied *AssetTokenUnproxied) PackGetDocument(name [32]byte) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("getDocument", name)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackGetDocument(name [32]byte) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("getDocument", name)
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
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackGetDocument(data []byte) (GetDocumentOutput, error) {
	out, err := assetTokenUnproxied.abi.Unpack("getDocument", data)
	outstruct := new(GetDocumentOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Uri = *abi.ConvertType(out[0], new(string)).(*string)
	outstruct.DocumentHash = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.LastModified = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetFrozenTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x158b1a57.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getFrozenTokens(address account) view returns(uint256)
func (assetTokenUnproxied *AssetTokenUnproxied) PackGetFrozenTokens(account common.Address) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("getFrozenTokens", account)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackGetFrozenTokens(account common.Address) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("getFrozenTokens", account)
}

// UnpackGetFrozenTokens is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x158b1a57.
//
// Solidity: function getFrozenTokens(address account) view returns(uint256)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackGetFrozenTokens(data []byte) (*big.Int, error) {
	out, err := assetTokenUnproxied.abi.Unpack("getFrozenTokens", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (assetTokenUnproxied *AssetTokenUnproxied) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := assetTokenUnproxied.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetTokenBound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a3edf28.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTokenBound() view returns(address)
func (assetTokenUnproxied *AssetTokenUnproxied) PackGetTokenBound() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("getTokenBound")
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackGetTokenBound() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("getTokenBound")
}

// UnpackGetTokenBound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6a3edf28.
//
// Solidity: function getTokenBound() view returns(address)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackGetTokenBound(data []byte) (common.Address, error) {
	out, err := assetTokenUnproxied.abi.Unpack("getTokenBound", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackHasRole(data []byte) (bool, error) {
	out, err := assetTokenUnproxied.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIdentityRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x134e18f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function identityRegistry() view returns(address)
func (assetTokenUnproxied *AssetTokenUnproxied) PackIdentityRegistry() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("identityRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIdentityRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x134e18f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function identityRegistry() view returns(address)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackIdentityRegistry() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("identityRegistry")
}

// UnpackIdentityRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x134e18f4.
//
// Solidity: function identityRegistry() view returns(address)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackIdentityRegistry(data []byte) (common.Address, error) {
	out, err := assetTokenUnproxied.abi.Unpack("identityRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackInvestorBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61fba37d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function investorBalanceOf(address wallet) view returns(uint256)
func (assetTokenUnproxied *AssetTokenUnproxied) PackInvestorBalanceOf(wallet common.Address) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("investorBalanceOf", wallet)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInvestorBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61fba37d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function investorBalanceOf(address wallet) view returns(uint256)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackInvestorBalanceOf(wallet common.Address) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("investorBalanceOf", wallet)
}

// UnpackInvestorBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61fba37d.
//
// Solidity: function investorBalanceOf(address wallet) view returns(uint256)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackInvestorBalanceOf(data []byte) (*big.Int, error) {
	out, err := assetTokenUnproxied.abi.Unpack("investorBalanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackInvestorCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7e64c00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function investorCount() view returns(uint256)
func (assetTokenUnproxied *AssetTokenUnproxied) PackInvestorCount() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("investorCount")
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackInvestorCount() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("investorCount")
}

// UnpackInvestorCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd7e64c00.
//
// Solidity: function investorCount() view returns(uint256)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackInvestorCount(data []byte) (*big.Int, error) {
	out, err := assetTokenUnproxied.abi.Unpack("investorCount", data)
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
func (assetTokenUnproxied *AssetTokenUnproxied) PackInvestorCounting() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("investorCounting")
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackInvestorCounting() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("investorCounting")
}

// UnpackInvestorCounting is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbe159b5a.
//
// Solidity: function investorCounting() view returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackInvestorCounting(data []byte) (bool, error) {
	out, err := assetTokenUnproxied.abi.Unpack("investorCounting", data)
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
func (assetTokenUnproxied *AssetTokenUnproxied) PackIsAgent(agent common.Address) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("isAgent", agent)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackIsAgent(agent common.Address) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("isAgent", agent)
}

// UnpackIsAgent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1ffbb064.
//
// Solidity: function isAgent(address agent) view returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackIsAgent(data []byte) (bool, error) {
	out, err := assetTokenUnproxied.abi.Unpack("isAgent", data)
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
func (assetTokenUnproxied *AssetTokenUnproxied) PackIsCountryAllowed(country uint16) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("isCountryAllowed", country)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackIsCountryAllowed(country uint16) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("isCountryAllowed", country)
}

// UnpackIsCountryAllowed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x99f644f6.
//
// Solidity: function isCountryAllowed(uint16 country) view returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackIsCountryAllowed(data []byte) (bool, error) {
	out, err := assetTokenUnproxied.abi.Unpack("isCountryAllowed", data)
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
func (assetTokenUnproxied *AssetTokenUnproxied) PackIsFrozen(account common.Address) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("isFrozen", account)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackIsFrozen(account common.Address) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("isFrozen", account)
}

// UnpackIsFrozen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5839836.
//
// Solidity: function isFrozen(address account) view returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackIsFrozen(data []byte) (bool, error) {
	out, err := assetTokenUnproxied.abi.Unpack("isFrozen", data)
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
func (assetTokenUnproxied *AssetTokenUnproxied) PackIsLiquidateOnly(wallet common.Address) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("isLiquidateOnly", wallet)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackIsLiquidateOnly(wallet common.Address) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("isLiquidateOnly", wallet)
}

// UnpackIsLiquidateOnly is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe2e2d117.
//
// Solidity: function isLiquidateOnly(address wallet) view returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackIsLiquidateOnly(data []byte) (bool, error) {
	out, err := assetTokenUnproxied.abi.Unpack("isLiquidateOnly", data)
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
func (assetTokenUnproxied *AssetTokenUnproxied) PackIsRequestProcessed(requestId [32]byte) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("isRequestProcessed", requestId)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackIsRequestProcessed(requestId [32]byte) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("isRequestProcessed", requestId)
}

// UnpackIsRequestProcessed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6da398b3.
//
// Solidity: function isRequestProcessed(bytes32 requestId) view returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackIsRequestProcessed(data []byte) (bool, error) {
	out, err := assetTokenUnproxied.abi.Unpack("isRequestProcessed", data)
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
func (assetTokenUnproxied *AssetTokenUnproxied) PackIsTokenBound(token common.Address) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("isTokenBound", token)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackIsTokenBound(token common.Address) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("isTokenBound", token)
}

// UnpackIsTokenBound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x993e8b95.
//
// Solidity: function isTokenBound(address token) view returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackIsTokenBound(data []byte) (bool, error) {
	out, err := assetTokenUnproxied.abi.Unpack("isTokenBound", data)
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
func (assetTokenUnproxied *AssetTokenUnproxied) PackLockOf(account common.Address) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("lockOf", account)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackLockOf(account common.Address) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("lockOf", account)
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
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackLockOf(data []byte) (LockOfOutput, error) {
	out, err := assetTokenUnproxied.abi.Unpack("lockOf", data)
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
func (assetTokenUnproxied *AssetTokenUnproxied) PackLocksOf(account common.Address) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("locksOf", account)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackLocksOf(account common.Address) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("locksOf", account)
}

// UnpackLocksOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3f9ab58.
//
// Solidity: function locksOf(address account) view returns((uint256,uint64,uint64,uint64,uint8,uint256)[] locks)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackLocksOf(data []byte) ([]IAssetTokenColdLock, error) {
	out, err := assetTokenUnproxied.abi.Unpack("locksOf", data)
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
func (assetTokenUnproxied *AssetTokenUnproxied) PackMaxBalance() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("maxBalance")
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackMaxBalance() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("maxBalance")
}

// UnpackMaxBalance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x73ad468a.
//
// Solidity: function maxBalance() view returns(uint256)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackMaxBalance(data []byte) (*big.Int, error) {
	out, err := assetTokenUnproxied.abi.Unpack("maxBalance", data)
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
func (assetTokenUnproxied *AssetTokenUnproxied) PackMaxCountryShare() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("maxCountryShare")
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackMaxCountryShare() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("maxCountryShare")
}

// UnpackMaxCountryShare is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf9062c80.
//
// Solidity: function maxCountryShare() view returns(uint16)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackMaxCountryShare(data []byte) (uint16, error) {
	out, err := assetTokenUnproxied.abi.Unpack("maxCountryShare", data)
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
func (assetTokenUnproxied *AssetTokenUnproxied) PackMaxInvestors() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("maxInvestors")
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackMaxInvestors() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("maxInvestors")
}

// UnpackMaxInvestors is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc99cc37.
//
// Solidity: function maxInvestors() view returns(uint256)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackMaxInvestors(data []byte) (*big.Int, error) {
	out, err := assetTokenUnproxied.abi.Unpack("maxInvestors", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMessageForTransferRestriction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f4ab1dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function messageForTransferRestriction(uint8 code) pure returns(string)
func (assetTokenUnproxied *AssetTokenUnproxied) PackMessageForTransferRestriction(code uint8) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("messageForTransferRestriction", code)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMessageForTransferRestriction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f4ab1dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function messageForTransferRestriction(uint8 code) pure returns(string)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackMessageForTransferRestriction(code uint8) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("messageForTransferRestriction", code)
}

// UnpackMessageForTransferRestriction is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7f4ab1dd.
//
// Solidity: function messageForTransferRestriction(uint8 code) pure returns(string)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackMessageForTransferRestriction(data []byte) (string, error) {
	out, err := assetTokenUnproxied.abi.Unpack("messageForTransferRestriction", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e458bee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount, bytes32 requestId) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackMint(to common.Address, amount *big.Int, requestId [32]byte) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("mint", to, amount, requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e458bee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount, bytes32 requestId) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackMint(to common.Address, amount *big.Int, requestId [32]byte) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("mint", to, amount, requestId)
}

// PackMintERC3643 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackMintERC3643(to common.Address, amount *big.Int) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("mint0", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintERC3643 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackMintERC3643(to common.Address, amount *big.Int) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("mint0", to, amount)
}

// PackMintLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65275d4f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintLocked(address to, uint256 amount, bytes32 requestId, uint64 lockedUntil) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackMintLocked(to common.Address, amount *big.Int, requestId [32]byte, lockedUntil uint64) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("mintLocked", to, amount, requestId, lockedUntil)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65275d4f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintLocked(address to, uint256 amount, bytes32 requestId, uint64 lockedUntil) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackMintLocked(to common.Address, amount *big.Int, requestId [32]byte, lockedUntil uint64) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("mintLocked", to, amount, requestId, lockedUntil)
}

// PackMintVesting is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56d8f629.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintVesting(address to, uint256 amount, bytes32 requestId, uint64 start, uint64 cliff, uint64 end, uint8 reason) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackMintVesting(to common.Address, amount *big.Int, requestId [32]byte, start uint64, cliff uint64, end uint64, reason uint8) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("mintVesting", to, amount, requestId, start, cliff, end, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMintVesting is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56d8f629.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mintVesting(address to, uint256 amount, bytes32 requestId, uint64 start, uint64 cliff, uint64 end, uint8 reason) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackMintVesting(to common.Address, amount *big.Int, requestId [32]byte, start uint64, cliff uint64, end uint64, reason uint8) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("mintVesting", to, amount, requestId, start, cliff, end, reason)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (assetTokenUnproxied *AssetTokenUnproxied) PackName() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackName() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackName(data []byte) (string, error) {
	out, err := assetTokenUnproxied.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (assetTokenUnproxied *AssetTokenUnproxied) PackNonces(owner common.Address) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackNonces(owner common.Address) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := assetTokenUnproxied.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC721Received(address operator, address from, uint256 tokenId, bytes data) returns(bytes4)
func (assetTokenUnproxied *AssetTokenUnproxied) PackOnERC721Received(operator common.Address, from common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("onERC721Received", operator, from, tokenId, data)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackOnERC721Received(operator common.Address, from common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("onERC721Received", operator, from, tokenId, data)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address operator, address from, uint256 tokenId, bytes data) returns(bytes4)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := assetTokenUnproxied.abi.Unpack("onERC721Received", data)
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
func (assetTokenUnproxied *AssetTokenUnproxied) PackOnchainID() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("onchainID")
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackOnchainID() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("onchainID")
}

// UnpackOnchainID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaba63705.
//
// Solidity: function onchainID() view returns(address)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackOnchainID(data []byte) (common.Address, error) {
	out, err := assetTokenUnproxied.abi.Unpack("onchainID", data)
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
func (assetTokenUnproxied *AssetTokenUnproxied) PackPause() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("pause")
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackPause() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) PackPaused() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("paused")
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackPaused() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackPaused(data []byte) (bool, error) {
	out, err := assetTokenUnproxied.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackProxiableUUID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d1902d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (assetTokenUnproxied *AssetTokenUnproxied) PackProxiableUUID() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("proxiableUUID")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProxiableUUID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d1902d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackProxiableUUID() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := assetTokenUnproxied.abi.Unpack("proxiableUUID", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRecount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe72d0029.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recount(address wallet) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackRecount(wallet common.Address) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("recount", wallet)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackRecount(wallet common.Address) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("recount", wallet)
}

// PackRecoveryAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b5ba2fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recoveryAddress(address lostWallet, address newWallet, bytes32 investorId) returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) PackRecoveryAddress(lostWallet common.Address, newWallet common.Address, investorId [32]byte) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("recoveryAddress", lostWallet, newWallet, investorId)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackRecoveryAddress(lostWallet common.Address, newWallet common.Address, investorId [32]byte) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("recoveryAddress", lostWallet, newWallet, investorId)
}

// UnpackRecoveryAddress is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b5ba2fd.
//
// Solidity: function recoveryAddress(address lostWallet, address newWallet, bytes32 investorId) returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackRecoveryAddress(data []byte) (bool, error) {
	out, err := assetTokenUnproxied.abi.Unpack("recoveryAddress", data)
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
func (assetTokenUnproxied *AssetTokenUnproxied) PackRecoveryAddressERC3643(lostWallet common.Address, newWallet common.Address, investorOnchainID common.Address) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("recoveryAddress0", lostWallet, newWallet, investorOnchainID)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackRecoveryAddressERC3643(lostWallet common.Address, newWallet common.Address, investorOnchainID common.Address) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("recoveryAddress0", lostWallet, newWallet, investorOnchainID)
}

// UnpackRecoveryAddressERC3643 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9285948a.
//
// Solidity: function recoveryAddress(address lostWallet, address newWallet, address investorOnchainID) returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackRecoveryAddressERC3643(data []byte) (bool, error) {
	out, err := assetTokenUnproxied.abi.Unpack("recoveryAddress0", data)
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
func (assetTokenUnproxied *AssetTokenUnproxied) PackReleaseDeed(to common.Address) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("releaseDeed", to)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackReleaseDeed(to common.Address) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("releaseDeed", to)
}

// PackRemoveAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97a6278e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeAgent(address agent) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackRemoveAgent(agent common.Address) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("removeAgent", agent)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackRemoveAgent(agent common.Address) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("removeAgent", agent)
}

// PackRemoveDocument is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3501848.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeDocument(bytes32 name) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackRemoveDocument(name [32]byte) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("removeDocument", name)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackRemoveDocument(name [32]byte) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("removeDocument", name)
}

// PackRemoveLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08156892.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeLock(address account, uint256 amount, uint64 start, uint64 cliff, uint64 end, uint8 reason) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackRemoveLock(account common.Address, amount *big.Int, start uint64, cliff uint64, end uint64, reason uint8) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("removeLock", account, amount, start, cliff, end, reason)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackRemoveLock(account common.Address, amount *big.Int, start uint64, cliff uint64, end uint64, reason uint8) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("removeLock", account, amount, start, cliff, end, reason)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRequiredFlags is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82c8e52f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requiredFlags() view returns(uint8)
func (assetTokenUnproxied *AssetTokenUnproxied) PackRequiredFlags() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("requiredFlags")
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackRequiredFlags() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("requiredFlags")
}

// UnpackRequiredFlags is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82c8e52f.
//
// Solidity: function requiredFlags() view returns(uint8)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackRequiredFlags(data []byte) (uint8, error) {
	out, err := assetTokenUnproxied.abi.Unpack("requiredFlags", data)
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
func (assetTokenUnproxied *AssetTokenUnproxied) PackReserveGuard() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("reserveGuard")
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackReserveGuard() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("reserveGuard")
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
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackReserveGuard(data []byte) (ReserveGuardOutput, error) {
	out, err := assetTokenUnproxied.abi.Unpack("reserveGuard", data)
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

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("revokeRole", role, account)
}

// PackSetAddressFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc69c09cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAddressFrozen(address account, bool frozen) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackSetAddressFrozen(account common.Address, frozen bool) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("setAddressFrozen", account, frozen)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackSetAddressFrozen(account common.Address, frozen bool) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("setAddressFrozen", account, frozen)
}

// PackSetCategoryCaps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x826172ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCategoryCaps(uint32[9] caps) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackSetCategoryCaps(caps [9]uint32) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("setCategoryCaps", caps)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackSetCategoryCaps(caps [9]uint32) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("setCategoryCaps", caps)
}

// PackSetCompliance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8981789.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCompliance(address compliance_) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackSetCompliance(compliance common.Address) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("setCompliance", compliance)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackSetCompliance(compliance common.Address) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("setCompliance", compliance)
}

// PackSetCountriesAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd8af8fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCountriesAllowed(uint16[] countries, bool allowed) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackSetCountriesAllowed(countries []uint16, allowed bool) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("setCountriesAllowed", countries, allowed)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackSetCountriesAllowed(countries []uint16, allowed bool) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("setCountriesAllowed", countries, allowed)
}

// PackSetCountryCaps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x204458f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCountryCaps(uint16[] countries, uint32[] caps) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackSetCountryCaps(countries []uint16, caps []uint32) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("setCountryCaps", countries, caps)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackSetCountryCaps(countries []uint16, caps []uint32) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("setCountryCaps", countries, caps)
}

// PackSetCountryRestriction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd79c7ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCountryRestriction(bool enabled) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackSetCountryRestriction(enabled bool) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("setCountryRestriction", enabled)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackSetCountryRestriction(enabled bool) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("setCountryRestriction", enabled)
}

// PackSetDocument is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x010648ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDocument(bytes32 name, string uri, bytes32 documentHash) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackSetDocument(name [32]byte, uri string, documentHash [32]byte) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("setDocument", name, uri, documentHash)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackSetDocument(name [32]byte, uri string, documentHash [32]byte) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("setDocument", name, uri, documentHash)
}

// PackSetExtendedRules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe68da4b8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setExtendedRules(uint256 minHolding, uint64 flowbackUntil, uint32 initialLockup, uint8 lockupReason, bool forceFullTransfer) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackSetExtendedRules(minHolding *big.Int, flowbackUntil uint64, initialLockup uint32, lockupReason uint8, forceFullTransfer bool) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("setExtendedRules", minHolding, flowbackUntil, initialLockup, lockupReason, forceFullTransfer)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackSetExtendedRules(minHolding *big.Int, flowbackUntil uint64, initialLockup uint32, lockupReason uint8, forceFullTransfer bool) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("setExtendedRules", minHolding, flowbackUntil, initialLockup, lockupReason, forceFullTransfer)
}

// PackSetFrozenTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xebe45cba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFrozenTokens(address account, uint256 amount) returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) PackSetFrozenTokens(account common.Address, amount *big.Int) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("setFrozenTokens", account, amount)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackSetFrozenTokens(account common.Address, amount *big.Int) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("setFrozenTokens", account, amount)
}

// UnpackSetFrozenTokens is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xebe45cba.
//
// Solidity: function setFrozenTokens(address account, uint256 amount) returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackSetFrozenTokens(data []byte) (bool, error) {
	out, err := assetTokenUnproxied.abi.Unpack("setFrozenTokens", data)
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
func (assetTokenUnproxied *AssetTokenUnproxied) PackSetIdentityRegistry(registry common.Address) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("setIdentityRegistry", registry)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackSetIdentityRegistry(registry common.Address) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("setIdentityRegistry", registry)
}

// PackSetInvestorCounting is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbca0a23d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setInvestorCounting() returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackSetInvestorCounting() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("setInvestorCounting")
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackSetInvestorCounting() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("setInvestorCounting")
}

// PackSetLiquidateOnly is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97809e0b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setLiquidateOnly(address wallet, bool on) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackSetLiquidateOnly(wallet common.Address, on bool) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("setLiquidateOnly", wallet, on)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackSetLiquidateOnly(wallet common.Address, on bool) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("setLiquidateOnly", wallet, on)
}

// PackSetMaxBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d51d9b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxBalance(uint256 maxBalance_) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackSetMaxBalance(maxBalance *big.Int) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("setMaxBalance", maxBalance)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackSetMaxBalance(maxBalance *big.Int) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("setMaxBalance", maxBalance)
}

// PackSetMaxCountryShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b4b3829.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxCountryShare(uint16 bps) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackSetMaxCountryShare(bps uint16) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("setMaxCountryShare", bps)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackSetMaxCountryShare(bps uint16) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("setMaxCountryShare", bps)
}

// PackSetMaxInvestors is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a6df897.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxInvestors(uint32 maxInvestors_) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackSetMaxInvestors(maxInvestors uint32) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("setMaxInvestors", maxInvestors)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackSetMaxInvestors(maxInvestors uint32) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("setMaxInvestors", maxInvestors)
}

// PackSetName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc47f0027.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setName(string name_) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackSetName(name string) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("setName", name)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackSetName(name string) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("setName", name)
}

// PackSetOnchainID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d1ddc5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setOnchainID(address onchainID_) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackSetOnchainID(onchainID common.Address) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("setOnchainID", onchainID)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackSetOnchainID(onchainID common.Address) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("setOnchainID", onchainID)
}

// PackSetRequiredFlags is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2e09b0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRequiredFlags(uint8 flags) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackSetRequiredFlags(flags uint8) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("setRequiredFlags", flags)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackSetRequiredFlags(flags uint8) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("setRequiredFlags", flags)
}

// PackSetReserveGuard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4fee3b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReserveGuard(address feed, uint64 maxAge, uint8 marginMode, uint256 margin) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackSetReserveGuard(feed common.Address, maxAge uint64, marginMode uint8, margin *big.Int) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("setReserveGuard", feed, maxAge, marginMode, margin)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackSetReserveGuard(feed common.Address, maxAge uint64, marginMode uint8, margin *big.Int) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("setReserveGuard", feed, maxAge, marginMode, margin)
}

// PackSetSupplyCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6a3f59a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSupplyCap(uint256 cap) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackSetSupplyCap(cap *big.Int) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("setSupplyCap", cap)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackSetSupplyCap(cap *big.Int) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("setSupplyCap", cap)
}

// PackSetSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb84c8246.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSymbol(string symbol_) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackSetSymbol(symbol string) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("setSymbol", symbol)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackSetSymbol(symbol string) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("setSymbol", symbol)
}

// PackSetTransferLimits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf1a8cb6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTransferLimits(uint32[] periods, uint256[] limits) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackSetTransferLimits(periods []uint32, limits []*big.Int) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("setTransferLimits", periods, limits)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackSetTransferLimits(periods []uint32, limits []*big.Int) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("setTransferLimits", periods, limits)
}

// PackSetValuationGuard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb20a5b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setValuationGuard(address feed, uint64 maxAge) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackSetValuationGuard(feed common.Address, maxAge uint64) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("setValuationGuard", feed, maxAge)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackSetValuationGuard(feed common.Address, maxAge uint64) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("setValuationGuard", feed, maxAge)
}

// PackSupplyCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f770ad0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supplyCap() view returns(uint256)
func (assetTokenUnproxied *AssetTokenUnproxied) PackSupplyCap() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("supplyCap")
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackSupplyCap() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("supplyCap")
}

// UnpackSupplyCap is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f770ad0.
//
// Solidity: function supplyCap() view returns(uint256)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackSupplyCap(data []byte) (*big.Int, error) {
	out, err := assetTokenUnproxied.abi.Unpack("supplyCap", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := assetTokenUnproxied.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (assetTokenUnproxied *AssetTokenUnproxied) PackSymbol() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackSymbol() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackSymbol(data []byte) (string, error) {
	out, err := assetTokenUnproxied.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (assetTokenUnproxied *AssetTokenUnproxied) PackTotalSupply() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackTotalSupply() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := assetTokenUnproxied.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackTransfer(data []byte) (bool, error) {
	out, err := assetTokenUnproxied.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac979746.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferAllowance(address wallet) view returns(uint256[] remaining, uint64[] resets)
func (assetTokenUnproxied *AssetTokenUnproxied) PackTransferAllowance(wallet common.Address) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("transferAllowance", wallet)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackTransferAllowance(wallet common.Address) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("transferAllowance", wallet)
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
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackTransferAllowance(data []byte) (TransferAllowanceOutput, error) {
	out, err := assetTokenUnproxied.abi.Unpack("transferAllowance", data)
	outstruct := new(TransferAllowanceOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Remaining = *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	outstruct.Resets = *abi.ConvertType(out[1], new([]uint64)).(*[]uint64)
	return *outstruct, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := assetTokenUnproxied.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferLimits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fde61bc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferLimits() view returns(uint32[] periods, uint256[] limits)
func (assetTokenUnproxied *AssetTokenUnproxied) PackTransferLimits() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("transferLimits")
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackTransferLimits() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("transferLimits")
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
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackTransferLimits(data []byte) (TransferLimitsOutput, error) {
	out, err := assetTokenUnproxied.abi.Unpack("transferLimits", data)
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
func (assetTokenUnproxied *AssetTokenUnproxied) PackTransferred(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("transferred", from, to, amount)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackTransferred(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("transferred", from, to, amount)
}

// PackUnbindToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40db3b50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbindToken(address token) pure returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackUnbindToken(token common.Address) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("unbindToken", token)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackUnbindToken(token common.Address) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("unbindToken", token)
}

// PackUnfreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fe56f7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unfreezePartialTokens(address account, uint256 amount) returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackUnfreezePartialTokens(account common.Address, amount *big.Int) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("unfreezePartialTokens", account, amount)
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackUnfreezePartialTokens(account common.Address, amount *big.Int) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("unfreezePartialTokens", account, amount)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackUnpause() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("unpause")
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackUnpause() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("unpause")
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (assetTokenUnproxied *AssetTokenUnproxied) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := assetTokenUnproxied.abi.Pack("upgradeToAndCall", newImplementation, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackValuationGuard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd911800a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function valuationGuard() view returns(address feed, uint64 maxAge)
func (assetTokenUnproxied *AssetTokenUnproxied) PackValuationGuard() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("valuationGuard")
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackValuationGuard() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("valuationGuard")
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
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackValuationGuard(data []byte) (ValuationGuardOutput, error) {
	out, err := assetTokenUnproxied.abi.Unpack("valuationGuard", data)
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
func (assetTokenUnproxied *AssetTokenUnproxied) PackVersion() []byte {
	enc, err := assetTokenUnproxied.abi.Pack("version")
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
func (assetTokenUnproxied *AssetTokenUnproxied) TryPackVersion() ([]byte, error) {
	return assetTokenUnproxied.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(string)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackVersion(data []byte) (string, error) {
	out, err := assetTokenUnproxied.abi.Unpack("version", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// AssetTokenUnproxiedAddressFrozen represents a AddressFrozen event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedAddressFrozen struct {
	Account  common.Address
	IsFrozen bool
	Agent    common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedAddressFrozenEventName = "AddressFrozen"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedAddressFrozen) ContractEventName() string {
	return AssetTokenUnproxiedAddressFrozenEventName
}

// UnpackAddressFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AddressFrozen(address indexed account, bool indexed isFrozen, address indexed agent)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackAddressFrozenEvent(log *types.Log) (*AssetTokenUnproxiedAddressFrozen, error) {
	event := "AddressFrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedAddressFrozen)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedAgentAdded represents a AgentAdded event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedAgentAdded struct {
	Agent common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedAgentAddedEventName = "AgentAdded"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedAgentAdded) ContractEventName() string {
	return AssetTokenUnproxiedAgentAddedEventName
}

// UnpackAgentAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentAdded(address indexed agent)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackAgentAddedEvent(log *types.Log) (*AssetTokenUnproxiedAgentAdded, error) {
	event := "AgentAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedAgentAdded)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedAgentRemoved represents a AgentRemoved event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedAgentRemoved struct {
	Agent common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedAgentRemovedEventName = "AgentRemoved"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedAgentRemoved) ContractEventName() string {
	return AssetTokenUnproxiedAgentRemovedEventName
}

// UnpackAgentRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentRemoved(address indexed agent)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackAgentRemovedEvent(log *types.Log) (*AssetTokenUnproxiedAgentRemoved, error) {
	event := "AgentRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedAgentRemoved)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedApproval represents a Approval event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedApproval) ContractEventName() string {
	return AssetTokenUnproxiedApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackApprovalEvent(log *types.Log) (*AssetTokenUnproxiedApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedApproval)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedCategoryCapsSet represents a CategoryCapsSet event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedCategoryCapsSet struct {
	Caps [9]uint32
	Raw  *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedCategoryCapsSetEventName = "CategoryCapsSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedCategoryCapsSet) ContractEventName() string {
	return AssetTokenUnproxiedCategoryCapsSetEventName
}

// UnpackCategoryCapsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CategoryCapsSet(uint32[9] caps)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackCategoryCapsSetEvent(log *types.Log) (*AssetTokenUnproxiedCategoryCapsSet, error) {
	event := "CategoryCapsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedCategoryCapsSet)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedComplianceAdded represents a ComplianceAdded event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedComplianceAdded struct {
	Compliance common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedComplianceAddedEventName = "ComplianceAdded"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedComplianceAdded) ContractEventName() string {
	return AssetTokenUnproxiedComplianceAddedEventName
}

// UnpackComplianceAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ComplianceAdded(address indexed compliance)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackComplianceAddedEvent(log *types.Log) (*AssetTokenUnproxiedComplianceAdded, error) {
	event := "ComplianceAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedComplianceAdded)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedCountryAllowed represents a CountryAllowed event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedCountryAllowed struct {
	Country uint16
	Allowed bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedCountryAllowedEventName = "CountryAllowed"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedCountryAllowed) ContractEventName() string {
	return AssetTokenUnproxiedCountryAllowedEventName
}

// UnpackCountryAllowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CountryAllowed(uint16 indexed country, bool allowed)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackCountryAllowedEvent(log *types.Log) (*AssetTokenUnproxiedCountryAllowed, error) {
	event := "CountryAllowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedCountryAllowed)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedCountryCapSet represents a CountryCapSet event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedCountryCapSet struct {
	Country uint16
	Cap     uint32
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedCountryCapSetEventName = "CountryCapSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedCountryCapSet) ContractEventName() string {
	return AssetTokenUnproxiedCountryCapSetEventName
}

// UnpackCountryCapSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CountryCapSet(uint16 indexed country, uint32 cap)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackCountryCapSetEvent(log *types.Log) (*AssetTokenUnproxiedCountryCapSet, error) {
	event := "CountryCapSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedCountryCapSet)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedCountryRestrictionSet represents a CountryRestrictionSet event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedCountryRestrictionSet struct {
	Enabled bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedCountryRestrictionSetEventName = "CountryRestrictionSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedCountryRestrictionSet) ContractEventName() string {
	return AssetTokenUnproxiedCountryRestrictionSetEventName
}

// UnpackCountryRestrictionSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CountryRestrictionSet(bool enabled)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackCountryRestrictionSetEvent(log *types.Log) (*AssetTokenUnproxiedCountryRestrictionSet, error) {
	event := "CountryRestrictionSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedCountryRestrictionSet)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedDeedLocked represents a DeedLocked event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedDeedLocked struct {
	Deed   common.Address
	DeedId *big.Int
	From   common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedDeedLockedEventName = "DeedLocked"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedDeedLocked) ContractEventName() string {
	return AssetTokenUnproxiedDeedLockedEventName
}

// UnpackDeedLockedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeedLocked(address indexed deed, uint256 indexed deedId, address indexed from)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackDeedLockedEvent(log *types.Log) (*AssetTokenUnproxiedDeedLocked, error) {
	event := "DeedLocked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedDeedLocked)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedDeedReleased represents a DeedReleased event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedDeedReleased struct {
	Deed   common.Address
	DeedId *big.Int
	To     common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedDeedReleasedEventName = "DeedReleased"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedDeedReleased) ContractEventName() string {
	return AssetTokenUnproxiedDeedReleasedEventName
}

// UnpackDeedReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeedReleased(address indexed deed, uint256 indexed deedId, address indexed to)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackDeedReleasedEvent(log *types.Log) (*AssetTokenUnproxiedDeedReleased, error) {
	event := "DeedReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedDeedReleased)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedDocumentRemoved represents a DocumentRemoved event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedDocumentRemoved struct {
	Name         [32]byte
	Uri          string
	DocumentHash [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedDocumentRemovedEventName = "DocumentRemoved"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedDocumentRemoved) ContractEventName() string {
	return AssetTokenUnproxiedDocumentRemovedEventName
}

// UnpackDocumentRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DocumentRemoved(bytes32 indexed name, string uri, bytes32 documentHash)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackDocumentRemovedEvent(log *types.Log) (*AssetTokenUnproxiedDocumentRemoved, error) {
	event := "DocumentRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedDocumentRemoved)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedDocumentUpdated represents a DocumentUpdated event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedDocumentUpdated struct {
	Name         [32]byte
	Uri          string
	DocumentHash [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedDocumentUpdatedEventName = "DocumentUpdated"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedDocumentUpdated) ContractEventName() string {
	return AssetTokenUnproxiedDocumentUpdatedEventName
}

// UnpackDocumentUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DocumentUpdated(bytes32 indexed name, string uri, bytes32 documentHash)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackDocumentUpdatedEvent(log *types.Log) (*AssetTokenUnproxiedDocumentUpdated, error) {
	event := "DocumentUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedDocumentUpdated)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedEIP712DomainChanged represents a EIP712DomainChanged event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedEIP712DomainChanged) ContractEventName() string {
	return AssetTokenUnproxiedEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackEIP712DomainChangedEvent(log *types.Log) (*AssetTokenUnproxiedEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedExtendedRulesSet represents a ExtendedRulesSet event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedExtendedRulesSet struct {
	MinHolding        *big.Int
	FlowbackUntil     uint64
	InitialLockup     uint32
	LockupReason      uint8
	ForceFullTransfer bool
	Raw               *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedExtendedRulesSetEventName = "ExtendedRulesSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedExtendedRulesSet) ContractEventName() string {
	return AssetTokenUnproxiedExtendedRulesSetEventName
}

// UnpackExtendedRulesSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExtendedRulesSet(uint256 minHolding, uint64 flowbackUntil, uint32 initialLockup, uint8 lockupReason, bool forceFullTransfer)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackExtendedRulesSetEvent(log *types.Log) (*AssetTokenUnproxiedExtendedRulesSet, error) {
	event := "ExtendedRulesSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedExtendedRulesSet)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedForcedTransfer represents a ForcedTransfer event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedForcedTransfer struct {
	From   common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedForcedTransferEventName = "ForcedTransfer"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedForcedTransfer) ContractEventName() string {
	return AssetTokenUnproxiedForcedTransferEventName
}

// UnpackForcedTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ForcedTransfer(address indexed from, address indexed to, uint256 amount)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackForcedTransferEvent(log *types.Log) (*AssetTokenUnproxiedForcedTransfer, error) {
	event := "ForcedTransfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedForcedTransfer)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedFrozen represents a Frozen event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedFrozen struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedFrozenEventName = "Frozen"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedFrozen) ContractEventName() string {
	return AssetTokenUnproxiedFrozenEventName
}

// UnpackFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Frozen(address indexed account, uint256 amount)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackFrozenEvent(log *types.Log) (*AssetTokenUnproxiedFrozen, error) {
	event := "Frozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedFrozen)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedIdentityRegistryAdded represents a IdentityRegistryAdded event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedIdentityRegistryAdded struct {
	IdentityRegistry common.Address
	Raw              *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedIdentityRegistryAddedEventName = "IdentityRegistryAdded"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedIdentityRegistryAdded) ContractEventName() string {
	return AssetTokenUnproxiedIdentityRegistryAddedEventName
}

// UnpackIdentityRegistryAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IdentityRegistryAdded(address indexed identityRegistry)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackIdentityRegistryAddedEvent(log *types.Log) (*AssetTokenUnproxiedIdentityRegistryAdded, error) {
	event := "IdentityRegistryAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedIdentityRegistryAdded)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedInitialized represents a Initialized event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedInitialized) ContractEventName() string {
	return AssetTokenUnproxiedInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackInitializedEvent(log *types.Log) (*AssetTokenUnproxiedInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedInitialized)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedInvestorCountingOn represents a InvestorCountingOn event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedInvestorCountingOn struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedInvestorCountingOnEventName = "InvestorCountingOn"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedInvestorCountingOn) ContractEventName() string {
	return AssetTokenUnproxiedInvestorCountingOnEventName
}

// UnpackInvestorCountingOnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InvestorCountingOn()
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackInvestorCountingOnEvent(log *types.Log) (*AssetTokenUnproxiedInvestorCountingOn, error) {
	event := "InvestorCountingOn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedInvestorCountingOn)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedInvestorRecounted represents a InvestorRecounted event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedInvestorRecounted struct {
	Anchor         common.Address
	FromCountry    uint16
	FromCategories uint8
	ToCountry      uint16
	ToCategories   uint8
	Raw            *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedInvestorRecountedEventName = "InvestorRecounted"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedInvestorRecounted) ContractEventName() string {
	return AssetTokenUnproxiedInvestorRecountedEventName
}

// UnpackInvestorRecountedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InvestorRecounted(address indexed anchor, uint16 fromCountry, uint8 fromCategories, uint16 toCountry, uint8 toCategories)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackInvestorRecountedEvent(log *types.Log) (*AssetTokenUnproxiedInvestorRecounted, error) {
	event := "InvestorRecounted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedInvestorRecounted)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedIssued represents a Issued event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedIssued struct {
	RequestId [32]byte
	To        common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedIssuedEventName = "Issued"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedIssued) ContractEventName() string {
	return AssetTokenUnproxiedIssuedEventName
}

// UnpackIssuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Issued(bytes32 indexed requestId, address indexed to, uint256 amount)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackIssuedEvent(log *types.Log) (*AssetTokenUnproxiedIssued, error) {
	event := "Issued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedIssued)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedLiquidateOnlySet represents a LiquidateOnlySet event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedLiquidateOnlySet struct {
	Wallet     common.Address
	InvestorId [32]byte
	On         bool
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedLiquidateOnlySetEventName = "LiquidateOnlySet"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedLiquidateOnlySet) ContractEventName() string {
	return AssetTokenUnproxiedLiquidateOnlySetEventName
}

// UnpackLiquidateOnlySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LiquidateOnlySet(address indexed wallet, bytes32 indexed investorId, bool on)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackLiquidateOnlySetEvent(log *types.Log) (*AssetTokenUnproxiedLiquidateOnlySet, error) {
	event := "LiquidateOnlySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedLiquidateOnlySet)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedLockAdded represents a LockAdded event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedLockAdded struct {
	Account common.Address
	Amount  *big.Int
	Start   uint64
	Cliff   uint64
	End     uint64
	Reason  uint8
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedLockAddedEventName = "LockAdded"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedLockAdded) ContractEventName() string {
	return AssetTokenUnproxiedLockAddedEventName
}

// UnpackLockAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LockAdded(address indexed account, uint256 amount, uint64 start, uint64 cliff, uint64 end, uint8 indexed reason)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackLockAddedEvent(log *types.Log) (*AssetTokenUnproxiedLockAdded, error) {
	event := "LockAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedLockAdded)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedLockRemoved represents a LockRemoved event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedLockRemoved struct {
	Account common.Address
	Index   *big.Int
	Amount  *big.Int
	Reason  uint8
	Agent   common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedLockRemovedEventName = "LockRemoved"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedLockRemoved) ContractEventName() string {
	return AssetTokenUnproxiedLockRemovedEventName
}

// UnpackLockRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LockRemoved(address indexed account, uint256 index, uint256 amount, uint8 indexed reason, address indexed agent)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackLockRemovedEvent(log *types.Log) (*AssetTokenUnproxiedLockRemoved, error) {
	event := "LockRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedLockRemoved)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedLockedUp represents a LockedUp event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedLockedUp struct {
	Account     common.Address
	Amount      *big.Int
	LockedUntil uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedLockedUpEventName = "LockedUp"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedLockedUp) ContractEventName() string {
	return AssetTokenUnproxiedLockedUpEventName
}

// UnpackLockedUpEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LockedUp(address indexed account, uint256 amount, uint64 lockedUntil)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackLockedUpEvent(log *types.Log) (*AssetTokenUnproxiedLockedUp, error) {
	event := "LockedUp"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedLockedUp)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedMaxBalanceSet represents a MaxBalanceSet event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedMaxBalanceSet struct {
	MaxBalance *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedMaxBalanceSetEventName = "MaxBalanceSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedMaxBalanceSet) ContractEventName() string {
	return AssetTokenUnproxiedMaxBalanceSetEventName
}

// UnpackMaxBalanceSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxBalanceSet(uint256 maxBalance)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackMaxBalanceSetEvent(log *types.Log) (*AssetTokenUnproxiedMaxBalanceSet, error) {
	event := "MaxBalanceSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedMaxBalanceSet)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedMaxCountryShareSet represents a MaxCountryShareSet event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedMaxCountryShareSet struct {
	Bps uint16
	Raw *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedMaxCountryShareSetEventName = "MaxCountryShareSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedMaxCountryShareSet) ContractEventName() string {
	return AssetTokenUnproxiedMaxCountryShareSetEventName
}

// UnpackMaxCountryShareSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxCountryShareSet(uint16 bps)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackMaxCountryShareSetEvent(log *types.Log) (*AssetTokenUnproxiedMaxCountryShareSet, error) {
	event := "MaxCountryShareSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedMaxCountryShareSet)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedMaxInvestorsSet represents a MaxInvestorsSet event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedMaxInvestorsSet struct {
	MaxInvestors *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedMaxInvestorsSetEventName = "MaxInvestorsSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedMaxInvestorsSet) ContractEventName() string {
	return AssetTokenUnproxiedMaxInvestorsSetEventName
}

// UnpackMaxInvestorsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxInvestorsSet(uint256 maxInvestors)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackMaxInvestorsSetEvent(log *types.Log) (*AssetTokenUnproxiedMaxInvestorsSet, error) {
	event := "MaxInvestorsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedMaxInvestorsSet)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedPaused represents a Paused event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedPaused) ContractEventName() string {
	return AssetTokenUnproxiedPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackPausedEvent(log *types.Log) (*AssetTokenUnproxiedPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedPaused)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedRecoverySuccess represents a RecoverySuccess event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedRecoverySuccess struct {
	LostWallet common.Address
	NewWallet  common.Address
	InvestorId [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedRecoverySuccessEventName = "RecoverySuccess"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedRecoverySuccess) ContractEventName() string {
	return AssetTokenUnproxiedRecoverySuccessEventName
}

// UnpackRecoverySuccessEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RecoverySuccess(address indexed lostWallet, address indexed newWallet, bytes32 indexed investorId)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackRecoverySuccessEvent(log *types.Log) (*AssetTokenUnproxiedRecoverySuccess, error) {
	event := "RecoverySuccess"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedRecoverySuccess)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedRedeemed represents a Redeemed event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedRedeemed struct {
	RequestId [32]byte
	From      common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedRedeemedEventName = "Redeemed"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedRedeemed) ContractEventName() string {
	return AssetTokenUnproxiedRedeemedEventName
}

// UnpackRedeemedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Redeemed(bytes32 indexed requestId, address indexed from, uint256 amount)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackRedeemedEvent(log *types.Log) (*AssetTokenUnproxiedRedeemed, error) {
	event := "Redeemed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedRedeemed)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedRequiredFlagsSet represents a RequiredFlagsSet event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedRequiredFlagsSet struct {
	Flags uint8
	Raw   *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedRequiredFlagsSetEventName = "RequiredFlagsSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedRequiredFlagsSet) ContractEventName() string {
	return AssetTokenUnproxiedRequiredFlagsSetEventName
}

// UnpackRequiredFlagsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequiredFlagsSet(uint8 flags)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackRequiredFlagsSetEvent(log *types.Log) (*AssetTokenUnproxiedRequiredFlagsSet, error) {
	event := "RequiredFlagsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedRequiredFlagsSet)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedReserveGuardSet represents a ReserveGuardSet event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedReserveGuardSet struct {
	Feed       common.Address
	MaxAge     uint64
	MarginMode uint8
	Margin     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedReserveGuardSetEventName = "ReserveGuardSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedReserveGuardSet) ContractEventName() string {
	return AssetTokenUnproxiedReserveGuardSetEventName
}

// UnpackReserveGuardSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveGuardSet(address indexed feed, uint64 maxAge, uint8 marginMode, uint256 margin)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackReserveGuardSetEvent(log *types.Log) (*AssetTokenUnproxiedReserveGuardSet, error) {
	event := "ReserveGuardSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedReserveGuardSet)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedRoleAdminChanged represents a RoleAdminChanged event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedRoleAdminChanged) ContractEventName() string {
	return AssetTokenUnproxiedRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackRoleAdminChangedEvent(log *types.Log) (*AssetTokenUnproxiedRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedRoleGranted represents a RoleGranted event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedRoleGranted) ContractEventName() string {
	return AssetTokenUnproxiedRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackRoleGrantedEvent(log *types.Log) (*AssetTokenUnproxiedRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedRoleGranted)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedRoleRevoked represents a RoleRevoked event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedRoleRevoked) ContractEventName() string {
	return AssetTokenUnproxiedRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackRoleRevokedEvent(log *types.Log) (*AssetTokenUnproxiedRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedRoleRevoked)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedSupplyCapSet represents a SupplyCapSet event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedSupplyCapSet struct {
	Cap *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedSupplyCapSetEventName = "SupplyCapSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedSupplyCapSet) ContractEventName() string {
	return AssetTokenUnproxiedSupplyCapSetEventName
}

// UnpackSupplyCapSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SupplyCapSet(uint256 cap)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackSupplyCapSetEvent(log *types.Log) (*AssetTokenUnproxiedSupplyCapSet, error) {
	event := "SupplyCapSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedSupplyCapSet)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedTokenBound represents a TokenBound event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedTokenBound struct {
	Token common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedTokenBoundEventName = "TokenBound"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedTokenBound) ContractEventName() string {
	return AssetTokenUnproxiedTokenBoundEventName
}

// UnpackTokenBoundEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenBound(address token)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackTokenBoundEvent(log *types.Log) (*AssetTokenUnproxiedTokenBound, error) {
	event := "TokenBound"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedTokenBound)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedTokensFrozen represents a TokensFrozen event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedTokensFrozen struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedTokensFrozenEventName = "TokensFrozen"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedTokensFrozen) ContractEventName() string {
	return AssetTokenUnproxiedTokensFrozenEventName
}

// UnpackTokensFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokensFrozen(address indexed account, uint256 amount)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackTokensFrozenEvent(log *types.Log) (*AssetTokenUnproxiedTokensFrozen, error) {
	event := "TokensFrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedTokensFrozen)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedTokensUnfrozen represents a TokensUnfrozen event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedTokensUnfrozen struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedTokensUnfrozenEventName = "TokensUnfrozen"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedTokensUnfrozen) ContractEventName() string {
	return AssetTokenUnproxiedTokensUnfrozenEventName
}

// UnpackTokensUnfrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokensUnfrozen(address indexed account, uint256 amount)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackTokensUnfrozenEvent(log *types.Log) (*AssetTokenUnproxiedTokensUnfrozen, error) {
	event := "TokensUnfrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedTokensUnfrozen)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedTransfer represents a Transfer event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedTransfer) ContractEventName() string {
	return AssetTokenUnproxiedTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackTransferEvent(log *types.Log) (*AssetTokenUnproxiedTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedTransfer)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedTransferLimitsSet represents a TransferLimitsSet event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedTransferLimitsSet struct {
	Periods []uint32
	Limits  []*big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedTransferLimitsSetEventName = "TransferLimitsSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedTransferLimitsSet) ContractEventName() string {
	return AssetTokenUnproxiedTransferLimitsSetEventName
}

// UnpackTransferLimitsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferLimitsSet(uint32[] periods, uint256[] limits)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackTransferLimitsSetEvent(log *types.Log) (*AssetTokenUnproxiedTransferLimitsSet, error) {
	event := "TransferLimitsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedTransferLimitsSet)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedUnpaused represents a Unpaused event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedUnpaused) ContractEventName() string {
	return AssetTokenUnproxiedUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackUnpausedEvent(log *types.Log) (*AssetTokenUnproxiedUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedUnpaused)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedUpdatedTokenInformation represents a UpdatedTokenInformation event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedUpdatedTokenInformation struct {
	NewName      common.Hash
	NewSymbol    common.Hash
	NewDecimals  uint8
	NewVersion   string
	NewOnchainID common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedUpdatedTokenInformationEventName = "UpdatedTokenInformation"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedUpdatedTokenInformation) ContractEventName() string {
	return AssetTokenUnproxiedUpdatedTokenInformationEventName
}

// UnpackUpdatedTokenInformationEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UpdatedTokenInformation(string indexed newName, string indexed newSymbol, uint8 newDecimals, string newVersion, address indexed newOnchainID)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackUpdatedTokenInformationEvent(log *types.Log) (*AssetTokenUnproxiedUpdatedTokenInformation, error) {
	event := "UpdatedTokenInformation"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedUpdatedTokenInformation)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedUpgraded represents a Upgraded event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedUpgraded) ContractEventName() string {
	return AssetTokenUnproxiedUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackUpgradedEvent(log *types.Log) (*AssetTokenUnproxiedUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedUpgraded)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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

// AssetTokenUnproxiedValuationGuardSet represents a ValuationGuardSet event raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedValuationGuardSet struct {
	Feed   common.Address
	MaxAge uint64
	Raw    *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnproxiedValuationGuardSetEventName = "ValuationGuardSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnproxiedValuationGuardSet) ContractEventName() string {
	return AssetTokenUnproxiedValuationGuardSetEventName
}

// UnpackValuationGuardSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValuationGuardSet(address indexed feed, uint64 maxAge)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackValuationGuardSetEvent(log *types.Log) (*AssetTokenUnproxiedValuationGuardSet, error) {
	event := "ValuationGuardSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenUnproxied.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnproxiedValuationGuardSet)
	if len(log.Data) > 0 {
		if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenUnproxied.abi.Events[event].Inputs {
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
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["CountingOff"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackCountingOffError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["DeedNotHeld"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackDeedNotHeldError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["DocumentNotFound"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackDocumentNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["ERC7943InsufficientUnfrozenBalance"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackERC7943InsufficientUnfrozenBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["EmptyTokenInformation"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackEmptyTokenInformationError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["FractionsOutstanding"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackFractionsOutstandingError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["FreezeExceedsBalance"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackFreezeExceedsBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["InvalidAmount"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackInvalidAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["InvalidDocument"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackInvalidDocumentError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["InvalidLock"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackInvalidLockError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["InvalidLockup"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackInvalidLockupError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["InvalidRegistry"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackInvalidRegistryError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["InvalidRequestId"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackInvalidRequestIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["InvalidReserveGuard"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackInvalidReserveGuardError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["InvalidSupplyCap"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackInvalidSupplyCapError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["InvalidTransferLimit"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackInvalidTransferLimitError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["InvalidUpgrader"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackInvalidUpgraderError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["LockExceedsBalance"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackLockExceedsBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["NoDeed"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackNoDeedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["NoSuchLock"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackNoSuchLockError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["NotSupported"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackNotSupportedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["NothingToRecover"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackNothingToRecoverError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["RecoveryInvestorMismatch"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackRecoveryInvestorMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["RegistryMismatch"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackRegistryMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["RequestAlreadyProcessed"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackRequestAlreadyProcessedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["SameWallet"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackSameWalletError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["SupplyCapAlreadySet"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackSupplyCapAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["SupplyCapExceeded"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackSupplyCapExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["SupplyOverflow"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackSupplyOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["TooManyLocks"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackTooManyLocksError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["TooManyWindows"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackTooManyWindowsError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["TransferRestricted"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackTransferRestrictedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["UnexpectedDeed"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackUnexpectedDeedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenUnproxied.abi.Errors["UnfreezeExceedsFrozen"].ID.Bytes()[:4]) {
		return assetTokenUnproxied.UnpackUnfreezeExceedsFrozenError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AssetTokenUnproxiedAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func AssetTokenUnproxiedAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackAccessControlBadConfirmationError(raw []byte) (*AssetTokenUnproxiedAccessControlBadConfirmation, error) {
	out := new(AssetTokenUnproxiedAccessControlBadConfirmation)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func AssetTokenUnproxiedAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*AssetTokenUnproxiedAccessControlUnauthorizedAccount, error) {
	out := new(AssetTokenUnproxiedAccessControlUnauthorizedAccount)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedAddressEmptyCode represents a AddressEmptyCode error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func AssetTokenUnproxiedAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackAddressEmptyCodeError(raw []byte) (*AssetTokenUnproxiedAddressEmptyCode, error) {
	out := new(AssetTokenUnproxiedAddressEmptyCode)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedCountingOff represents a CountingOff error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedCountingOff struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CountingOff()
func AssetTokenUnproxiedCountingOffErrorID() common.Hash {
	return common.HexToHash("0xd5178e9715674baea0f3e9650955d3a80d73ca91bb03478349d07c9800211d97")
}

// UnpackCountingOffError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CountingOff()
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackCountingOffError(raw []byte) (*AssetTokenUnproxiedCountingOff, error) {
	out := new(AssetTokenUnproxiedCountingOff)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "CountingOff", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedDeedNotHeld represents a DeedNotHeld error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedDeedNotHeld struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeedNotHeld()
func AssetTokenUnproxiedDeedNotHeldErrorID() common.Hash {
	return common.HexToHash("0x5dbdcfb1572c3e4526689cbf7654f951f30c6f3d14926d691a6a1a53a0a845b7")
}

// UnpackDeedNotHeldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeedNotHeld()
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackDeedNotHeldError(raw []byte) (*AssetTokenUnproxiedDeedNotHeld, error) {
	out := new(AssetTokenUnproxiedDeedNotHeld)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "DeedNotHeld", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedDocumentNotFound represents a DocumentNotFound error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedDocumentNotFound struct {
	Name [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DocumentNotFound(bytes32 name)
func AssetTokenUnproxiedDocumentNotFoundErrorID() common.Hash {
	return common.HexToHash("0xecdcdca50f5ee48df02cf9f9fe8cd6afeb1edb79bd6ffe286910c624e3653a08")
}

// UnpackDocumentNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DocumentNotFound(bytes32 name)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackDocumentNotFoundError(raw []byte) (*AssetTokenUnproxiedDocumentNotFound, error) {
	out := new(AssetTokenUnproxiedDocumentNotFound)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "DocumentNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func AssetTokenUnproxiedECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackECDSAInvalidSignatureError(raw []byte) (*AssetTokenUnproxiedECDSAInvalidSignature, error) {
	out := new(AssetTokenUnproxiedECDSAInvalidSignature)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func AssetTokenUnproxiedECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*AssetTokenUnproxiedECDSAInvalidSignatureLength, error) {
	out := new(AssetTokenUnproxiedECDSAInvalidSignatureLength)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func AssetTokenUnproxiedECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackECDSAInvalidSignatureSError(raw []byte) (*AssetTokenUnproxiedECDSAInvalidSignatureS, error) {
	out := new(AssetTokenUnproxiedECDSAInvalidSignatureS)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func AssetTokenUnproxiedERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackERC1967InvalidImplementationError(raw []byte) (*AssetTokenUnproxiedERC1967InvalidImplementation, error) {
	out := new(AssetTokenUnproxiedERC1967InvalidImplementation)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedERC1967NonPayable represents a ERC1967NonPayable error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func AssetTokenUnproxiedERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackERC1967NonPayableError(raw []byte) (*AssetTokenUnproxiedERC1967NonPayable, error) {
	out := new(AssetTokenUnproxiedERC1967NonPayable)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func AssetTokenUnproxiedERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackERC20InsufficientAllowanceError(raw []byte) (*AssetTokenUnproxiedERC20InsufficientAllowance, error) {
	out := new(AssetTokenUnproxiedERC20InsufficientAllowance)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func AssetTokenUnproxiedERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackERC20InsufficientBalanceError(raw []byte) (*AssetTokenUnproxiedERC20InsufficientBalance, error) {
	out := new(AssetTokenUnproxiedERC20InsufficientBalance)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedERC20InvalidApprover represents a ERC20InvalidApprover error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func AssetTokenUnproxiedERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackERC20InvalidApproverError(raw []byte) (*AssetTokenUnproxiedERC20InvalidApprover, error) {
	out := new(AssetTokenUnproxiedERC20InvalidApprover)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func AssetTokenUnproxiedERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackERC20InvalidReceiverError(raw []byte) (*AssetTokenUnproxiedERC20InvalidReceiver, error) {
	out := new(AssetTokenUnproxiedERC20InvalidReceiver)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedERC20InvalidSender represents a ERC20InvalidSender error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func AssetTokenUnproxiedERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackERC20InvalidSenderError(raw []byte) (*AssetTokenUnproxiedERC20InvalidSender, error) {
	out := new(AssetTokenUnproxiedERC20InvalidSender)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedERC20InvalidSpender represents a ERC20InvalidSpender error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func AssetTokenUnproxiedERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackERC20InvalidSpenderError(raw []byte) (*AssetTokenUnproxiedERC20InvalidSpender, error) {
	out := new(AssetTokenUnproxiedERC20InvalidSpender)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func AssetTokenUnproxiedERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackERC2612ExpiredSignatureError(raw []byte) (*AssetTokenUnproxiedERC2612ExpiredSignature, error) {
	out := new(AssetTokenUnproxiedERC2612ExpiredSignature)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func AssetTokenUnproxiedERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackERC2612InvalidSignerError(raw []byte) (*AssetTokenUnproxiedERC2612InvalidSigner, error) {
	out := new(AssetTokenUnproxiedERC2612InvalidSigner)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedERC7943InsufficientUnfrozenBalance represents a ERC7943InsufficientUnfrozenBalance error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedERC7943InsufficientUnfrozenBalance struct {
	Account  common.Address
	Amount   *big.Int
	Unfrozen *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC7943InsufficientUnfrozenBalance(address account, uint256 amount, uint256 unfrozen)
func AssetTokenUnproxiedERC7943InsufficientUnfrozenBalanceErrorID() common.Hash {
	return common.HexToHash("0x00384e71f9ee67e5b3db3a408056d2dd6ab6178ba0c4f873853601e1f83f4b8a")
}

// UnpackERC7943InsufficientUnfrozenBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC7943InsufficientUnfrozenBalance(address account, uint256 amount, uint256 unfrozen)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackERC7943InsufficientUnfrozenBalanceError(raw []byte) (*AssetTokenUnproxiedERC7943InsufficientUnfrozenBalance, error) {
	out := new(AssetTokenUnproxiedERC7943InsufficientUnfrozenBalance)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "ERC7943InsufficientUnfrozenBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedEmptyTokenInformation represents a EmptyTokenInformation error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedEmptyTokenInformation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyTokenInformation()
func AssetTokenUnproxiedEmptyTokenInformationErrorID() common.Hash {
	return common.HexToHash("0x9348a10f4ac42d62229806ecd6ca2bb414cdf4e6c2c1a4313d1b8a8c5bd767fd")
}

// UnpackEmptyTokenInformationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyTokenInformation()
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackEmptyTokenInformationError(raw []byte) (*AssetTokenUnproxiedEmptyTokenInformation, error) {
	out := new(AssetTokenUnproxiedEmptyTokenInformation)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "EmptyTokenInformation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedFailedCall represents a FailedCall error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func AssetTokenUnproxiedFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackFailedCallError(raw []byte) (*AssetTokenUnproxiedFailedCall, error) {
	out := new(AssetTokenUnproxiedFailedCall)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedFractionsOutstanding represents a FractionsOutstanding error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedFractionsOutstanding struct {
	Supply *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FractionsOutstanding(uint256 supply)
func AssetTokenUnproxiedFractionsOutstandingErrorID() common.Hash {
	return common.HexToHash("0x66ee5da8b8dfb8a10ae6799946557ee0612c7fae91be16363e84a5443c579eb9")
}

// UnpackFractionsOutstandingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FractionsOutstanding(uint256 supply)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackFractionsOutstandingError(raw []byte) (*AssetTokenUnproxiedFractionsOutstanding, error) {
	out := new(AssetTokenUnproxiedFractionsOutstanding)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "FractionsOutstanding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedFreezeExceedsBalance represents a FreezeExceedsBalance error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedFreezeExceedsBalance struct {
	Account common.Address
	Frozen  *big.Int
	Balance *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FreezeExceedsBalance(address account, uint256 frozen, uint256 balance)
func AssetTokenUnproxiedFreezeExceedsBalanceErrorID() common.Hash {
	return common.HexToHash("0xf0d8212b2d0385e9c494f5ac843aa07904b262ce1f11d044286ed9e6f7d8de19")
}

// UnpackFreezeExceedsBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FreezeExceedsBalance(address account, uint256 frozen, uint256 balance)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackFreezeExceedsBalanceError(raw []byte) (*AssetTokenUnproxiedFreezeExceedsBalance, error) {
	out := new(AssetTokenUnproxiedFreezeExceedsBalance)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "FreezeExceedsBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedInvalidAccountNonce represents a InvalidAccountNonce error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func AssetTokenUnproxiedInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackInvalidAccountNonceError(raw []byte) (*AssetTokenUnproxiedInvalidAccountNonce, error) {
	out := new(AssetTokenUnproxiedInvalidAccountNonce)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedInvalidAmount represents a InvalidAmount error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedInvalidAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAmount()
func AssetTokenUnproxiedInvalidAmountErrorID() common.Hash {
	return common.HexToHash("0x2c5211c6cb73b16841677a034781e8336d18ce66df858e54153c86854e11f7b8")
}

// UnpackInvalidAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAmount()
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackInvalidAmountError(raw []byte) (*AssetTokenUnproxiedInvalidAmount, error) {
	out := new(AssetTokenUnproxiedInvalidAmount)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "InvalidAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedInvalidDocument represents a InvalidDocument error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedInvalidDocument struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDocument()
func AssetTokenUnproxiedInvalidDocumentErrorID() common.Hash {
	return common.HexToHash("0x2c4639c6076f612c21b1e071c0f96de4b3e57b8d35d6e9013086a23bdcc48aef")
}

// UnpackInvalidDocumentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDocument()
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackInvalidDocumentError(raw []byte) (*AssetTokenUnproxiedInvalidDocument, error) {
	out := new(AssetTokenUnproxiedInvalidDocument)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "InvalidDocument", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedInvalidInitialization represents a InvalidInitialization error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func AssetTokenUnproxiedInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackInvalidInitializationError(raw []byte) (*AssetTokenUnproxiedInvalidInitialization, error) {
	out := new(AssetTokenUnproxiedInvalidInitialization)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedInvalidLock represents a InvalidLock error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedInvalidLock struct {
	Amount *big.Int
	Start  uint64
	Cliff  uint64
	End    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidLock(uint256 amount, uint64 start, uint64 cliff, uint64 end)
func AssetTokenUnproxiedInvalidLockErrorID() common.Hash {
	return common.HexToHash("0x11402dd1b3368bf7f94b8b521f69e74b4a6b37b11cc174f52463bfd55e758958")
}

// UnpackInvalidLockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidLock(uint256 amount, uint64 start, uint64 cliff, uint64 end)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackInvalidLockError(raw []byte) (*AssetTokenUnproxiedInvalidLock, error) {
	out := new(AssetTokenUnproxiedInvalidLock)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "InvalidLock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedInvalidLockup represents a InvalidLockup error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedInvalidLockup struct {
	LockedUntil uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidLockup(uint64 lockedUntil)
func AssetTokenUnproxiedInvalidLockupErrorID() common.Hash {
	return common.HexToHash("0xf65609c5c052cc5369637f891b070f65e7d89faf48f129c3468a3c3a01ff5de4")
}

// UnpackInvalidLockupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidLockup(uint64 lockedUntil)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackInvalidLockupError(raw []byte) (*AssetTokenUnproxiedInvalidLockup, error) {
	out := new(AssetTokenUnproxiedInvalidLockup)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "InvalidLockup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedInvalidRegistry represents a InvalidRegistry error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedInvalidRegistry struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRegistry()
func AssetTokenUnproxiedInvalidRegistryErrorID() common.Hash {
	return common.HexToHash("0x11a1e697a1c85975448db6646a7687242f7872b0e576fef10a19373ad31e3e4d")
}

// UnpackInvalidRegistryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRegistry()
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackInvalidRegistryError(raw []byte) (*AssetTokenUnproxiedInvalidRegistry, error) {
	out := new(AssetTokenUnproxiedInvalidRegistry)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "InvalidRegistry", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedInvalidRequestId represents a InvalidRequestId error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedInvalidRequestId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRequestId()
func AssetTokenUnproxiedInvalidRequestIdErrorID() common.Hash {
	return common.HexToHash("0xba0514c0d5ec80c22a6ebd3f2e6691e2f9ad3d1402978084361a7537d8546138")
}

// UnpackInvalidRequestIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRequestId()
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackInvalidRequestIdError(raw []byte) (*AssetTokenUnproxiedInvalidRequestId, error) {
	out := new(AssetTokenUnproxiedInvalidRequestId)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "InvalidRequestId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedInvalidReserveGuard represents a InvalidReserveGuard error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedInvalidReserveGuard struct {
	Feed       common.Address
	MaxAge     uint64
	MarginMode uint8
	Margin     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidReserveGuard(address feed, uint64 maxAge, uint8 marginMode, uint256 margin)
func AssetTokenUnproxiedInvalidReserveGuardErrorID() common.Hash {
	return common.HexToHash("0x8cb6bfeb92c4d574477c0ae2748274a758d159495c5991399be4a97d3bffd23c")
}

// UnpackInvalidReserveGuardError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidReserveGuard(address feed, uint64 maxAge, uint8 marginMode, uint256 margin)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackInvalidReserveGuardError(raw []byte) (*AssetTokenUnproxiedInvalidReserveGuard, error) {
	out := new(AssetTokenUnproxiedInvalidReserveGuard)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "InvalidReserveGuard", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedInvalidSupplyCap represents a InvalidSupplyCap error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedInvalidSupplyCap struct {
	Cap    *big.Int
	Supply *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSupplyCap(uint256 cap, uint256 supply)
func AssetTokenUnproxiedInvalidSupplyCapErrorID() common.Hash {
	return common.HexToHash("0x0a3780ce0a3a11d85fb08eca06c71bd05b397969fdfe3295b25e3206bb51788d")
}

// UnpackInvalidSupplyCapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSupplyCap(uint256 cap, uint256 supply)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackInvalidSupplyCapError(raw []byte) (*AssetTokenUnproxiedInvalidSupplyCap, error) {
	out := new(AssetTokenUnproxiedInvalidSupplyCap)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "InvalidSupplyCap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedInvalidTransferLimit represents a InvalidTransferLimit error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedInvalidTransferLimit struct {
	Period uint32
	Limit  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidTransferLimit(uint32 period, uint256 limit)
func AssetTokenUnproxiedInvalidTransferLimitErrorID() common.Hash {
	return common.HexToHash("0x093a012adf9ca649c36d3075fc0e36006a59854469938de6a00c650bd9277eb5")
}

// UnpackInvalidTransferLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidTransferLimit(uint32 period, uint256 limit)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackInvalidTransferLimitError(raw []byte) (*AssetTokenUnproxiedInvalidTransferLimit, error) {
	out := new(AssetTokenUnproxiedInvalidTransferLimit)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "InvalidTransferLimit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedInvalidUpgrader represents a InvalidUpgrader error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedInvalidUpgrader struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidUpgrader()
func AssetTokenUnproxiedInvalidUpgraderErrorID() common.Hash {
	return common.HexToHash("0x93c27326af213034bd281f7765a9aabcf1b2c7794e6bcf620bbaab397462410f")
}

// UnpackInvalidUpgraderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidUpgrader()
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackInvalidUpgraderError(raw []byte) (*AssetTokenUnproxiedInvalidUpgrader, error) {
	out := new(AssetTokenUnproxiedInvalidUpgrader)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "InvalidUpgrader", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedLengthMismatch represents a LengthMismatch error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch()
func AssetTokenUnproxiedLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xff633a3803c58b9bc21e58efecee59f27e033cc0b1883fccb4969c76146fe60f")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch()
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackLengthMismatchError(raw []byte) (*AssetTokenUnproxiedLengthMismatch, error) {
	out := new(AssetTokenUnproxiedLengthMismatch)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedLockExceedsBalance represents a LockExceedsBalance error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedLockExceedsBalance struct {
	Account common.Address
	Locked  *big.Int
	Balance *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LockExceedsBalance(address account, uint256 locked, uint256 balance)
func AssetTokenUnproxiedLockExceedsBalanceErrorID() common.Hash {
	return common.HexToHash("0x97192e5900263cb64e1040d4e8b19fe52a2788f0894ecab56483003e5528c092")
}

// UnpackLockExceedsBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LockExceedsBalance(address account, uint256 locked, uint256 balance)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackLockExceedsBalanceError(raw []byte) (*AssetTokenUnproxiedLockExceedsBalance, error) {
	out := new(AssetTokenUnproxiedLockExceedsBalance)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "LockExceedsBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedNoDeed represents a NoDeed error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedNoDeed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoDeed()
func AssetTokenUnproxiedNoDeedErrorID() common.Hash {
	return common.HexToHash("0xc1ffbfc1a56ba459bba00e31cfb4451b66eb65b30d4de2f8c880b6d3b73796af")
}

// UnpackNoDeedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoDeed()
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackNoDeedError(raw []byte) (*AssetTokenUnproxiedNoDeed, error) {
	out := new(AssetTokenUnproxiedNoDeed)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "NoDeed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedNoSuchLock represents a NoSuchLock error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedNoSuchLock struct {
	Account common.Address
	Amount  *big.Int
	End     uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSuchLock(address account, uint256 amount, uint64 end)
func AssetTokenUnproxiedNoSuchLockErrorID() common.Hash {
	return common.HexToHash("0x108128b57a91b272d1e307bf628966eaf9b12d54e7845107d9261a99d5164835")
}

// UnpackNoSuchLockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSuchLock(address account, uint256 amount, uint64 end)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackNoSuchLockError(raw []byte) (*AssetTokenUnproxiedNoSuchLock, error) {
	out := new(AssetTokenUnproxiedNoSuchLock)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "NoSuchLock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedNotInitializing represents a NotInitializing error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func AssetTokenUnproxiedNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackNotInitializingError(raw []byte) (*AssetTokenUnproxiedNotInitializing, error) {
	out := new(AssetTokenUnproxiedNotInitializing)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedNotSupported represents a NotSupported error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedNotSupported struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSupported(string reason)
func AssetTokenUnproxiedNotSupportedErrorID() common.Hash {
	return common.HexToHash("0x329e2f15154ecf1df584c66d531aa4ec1a2a0b60ea4ed01ae287032531871b9e")
}

// UnpackNotSupportedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSupported(string reason)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackNotSupportedError(raw []byte) (*AssetTokenUnproxiedNotSupported, error) {
	out := new(AssetTokenUnproxiedNotSupported)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "NotSupported", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedNothingToRecover represents a NothingToRecover error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedNothingToRecover struct {
	LostWallet common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToRecover(address lostWallet)
func AssetTokenUnproxiedNothingToRecoverErrorID() common.Hash {
	return common.HexToHash("0x86d9d0354b396b81f550c04abd222485cc87e7b37fc56bd7fbbccdebdddb9588")
}

// UnpackNothingToRecoverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToRecover(address lostWallet)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackNothingToRecoverError(raw []byte) (*AssetTokenUnproxiedNothingToRecover, error) {
	out := new(AssetTokenUnproxiedNothingToRecover)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "NothingToRecover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedRecoveryInvestorMismatch represents a RecoveryInvestorMismatch error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedRecoveryInvestorMismatch struct {
	Wallet     common.Address
	InvestorId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecoveryInvestorMismatch(address wallet, bytes32 investorId)
func AssetTokenUnproxiedRecoveryInvestorMismatchErrorID() common.Hash {
	return common.HexToHash("0xd067f144044e6aca5a72ea4a8588ddf6a4034eabdad5e7a88d27fa28eda277d5")
}

// UnpackRecoveryInvestorMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecoveryInvestorMismatch(address wallet, bytes32 investorId)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackRecoveryInvestorMismatchError(raw []byte) (*AssetTokenUnproxiedRecoveryInvestorMismatch, error) {
	out := new(AssetTokenUnproxiedRecoveryInvestorMismatch)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "RecoveryInvestorMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedRegistryMismatch represents a RegistryMismatch error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedRegistryMismatch struct {
	Registry common.Address
	Given    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryMismatch(address registry, address given)
func AssetTokenUnproxiedRegistryMismatchErrorID() common.Hash {
	return common.HexToHash("0x0cb3ba696dc11c02a665839813ec80619784a94a8c09902729d45dc8322203fa")
}

// UnpackRegistryMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryMismatch(address registry, address given)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackRegistryMismatchError(raw []byte) (*AssetTokenUnproxiedRegistryMismatch, error) {
	out := new(AssetTokenUnproxiedRegistryMismatch)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "RegistryMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedRequestAlreadyProcessed represents a RequestAlreadyProcessed error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedRequestAlreadyProcessed struct {
	RequestId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestAlreadyProcessed(bytes32 requestId)
func AssetTokenUnproxiedRequestAlreadyProcessedErrorID() common.Hash {
	return common.HexToHash("0x0b72c55bd5e01a3dd74a1fa9d03564e3acb39f281ad76d13d362b378881ce65c")
}

// UnpackRequestAlreadyProcessedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestAlreadyProcessed(bytes32 requestId)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackRequestAlreadyProcessedError(raw []byte) (*AssetTokenUnproxiedRequestAlreadyProcessed, error) {
	out := new(AssetTokenUnproxiedRequestAlreadyProcessed)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "RequestAlreadyProcessed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedSameWallet represents a SameWallet error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedSameWallet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SameWallet()
func AssetTokenUnproxiedSameWalletErrorID() common.Hash {
	return common.HexToHash("0x94a3d97966ea005ec91b894676eb5999980a7ab09d9228c0a6c07c9440163de7")
}

// UnpackSameWalletError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SameWallet()
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackSameWalletError(raw []byte) (*AssetTokenUnproxiedSameWallet, error) {
	out := new(AssetTokenUnproxiedSameWallet)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "SameWallet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedSupplyCapAlreadySet represents a SupplyCapAlreadySet error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedSupplyCapAlreadySet struct {
	Cap *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SupplyCapAlreadySet(uint256 cap)
func AssetTokenUnproxiedSupplyCapAlreadySetErrorID() common.Hash {
	return common.HexToHash("0xf8064ef6e8ae12291b6b7e8dabe87a0a85e788f5b9c5e1b891879badb02b586c")
}

// UnpackSupplyCapAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SupplyCapAlreadySet(uint256 cap)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackSupplyCapAlreadySetError(raw []byte) (*AssetTokenUnproxiedSupplyCapAlreadySet, error) {
	out := new(AssetTokenUnproxiedSupplyCapAlreadySet)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "SupplyCapAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedSupplyCapExceeded represents a SupplyCapExceeded error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedSupplyCapExceeded struct {
	Cap    *big.Int
	Supply *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SupplyCapExceeded(uint256 cap, uint256 supply)
func AssetTokenUnproxiedSupplyCapExceededErrorID() common.Hash {
	return common.HexToHash("0x4b344b11eba23caa214c65adbd2869e50bd62099a66779a6776501f75116ec93")
}

// UnpackSupplyCapExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SupplyCapExceeded(uint256 cap, uint256 supply)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackSupplyCapExceededError(raw []byte) (*AssetTokenUnproxiedSupplyCapExceeded, error) {
	out := new(AssetTokenUnproxiedSupplyCapExceeded)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "SupplyCapExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedSupplyOverflow represents a SupplyOverflow error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedSupplyOverflow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SupplyOverflow()
func AssetTokenUnproxiedSupplyOverflowErrorID() common.Hash {
	return common.HexToHash("0x7ebdee1b9f7526b1faa7181fc6d413c04c5b5d90418e4afeb172b0b43df27e30")
}

// UnpackSupplyOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SupplyOverflow()
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackSupplyOverflowError(raw []byte) (*AssetTokenUnproxiedSupplyOverflow, error) {
	out := new(AssetTokenUnproxiedSupplyOverflow)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "SupplyOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedTooManyLocks represents a TooManyLocks error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedTooManyLocks struct {
	Account common.Address
	Max     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyLocks(address account, uint256 max)
func AssetTokenUnproxiedTooManyLocksErrorID() common.Hash {
	return common.HexToHash("0xacefc1d694c0aa4db91ea30e059057ae7af797718ba19d0c983211aeff59a056")
}

// UnpackTooManyLocksError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyLocks(address account, uint256 max)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackTooManyLocksError(raw []byte) (*AssetTokenUnproxiedTooManyLocks, error) {
	out := new(AssetTokenUnproxiedTooManyLocks)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "TooManyLocks", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedTooManyWindows represents a TooManyWindows error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedTooManyWindows struct {
	Windows *big.Int
	Max     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyWindows(uint256 windows, uint256 max)
func AssetTokenUnproxiedTooManyWindowsErrorID() common.Hash {
	return common.HexToHash("0x0ec209b696a826486ab346e5a99e710b396b1aa106f71793760c7359233b5947")
}

// UnpackTooManyWindowsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyWindows(uint256 windows, uint256 max)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackTooManyWindowsError(raw []byte) (*AssetTokenUnproxiedTooManyWindows, error) {
	out := new(AssetTokenUnproxiedTooManyWindows)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "TooManyWindows", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedTransferRestricted represents a TransferRestricted error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedTransferRestricted struct {
	Code uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferRestricted(uint8 code)
func AssetTokenUnproxiedTransferRestrictedErrorID() common.Hash {
	return common.HexToHash("0xe18ca2b9b451bf0dffa5160cc54e30c428dde179b65b354eee7185b6d097c2a1")
}

// UnpackTransferRestrictedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferRestricted(uint8 code)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackTransferRestrictedError(raw []byte) (*AssetTokenUnproxiedTransferRestricted, error) {
	out := new(AssetTokenUnproxiedTransferRestricted)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "TransferRestricted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedUUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedUUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func AssetTokenUnproxiedUUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*AssetTokenUnproxiedUUPSUnauthorizedCallContext, error) {
	out := new(AssetTokenUnproxiedUUPSUnauthorizedCallContext)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedUUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedUUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func AssetTokenUnproxiedUUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*AssetTokenUnproxiedUUPSUnsupportedProxiableUUID, error) {
	out := new(AssetTokenUnproxiedUUPSUnsupportedProxiableUUID)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedUnexpectedDeed represents a UnexpectedDeed error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedUnexpectedDeed struct {
	Token   common.Address
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedDeed(address token, uint256 tokenId)
func AssetTokenUnproxiedUnexpectedDeedErrorID() common.Hash {
	return common.HexToHash("0x853a50cb43487d48b72de797b87b173a08953ba0dd4f7b126e17a231a7573378")
}

// UnpackUnexpectedDeedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedDeed(address token, uint256 tokenId)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackUnexpectedDeedError(raw []byte) (*AssetTokenUnproxiedUnexpectedDeed, error) {
	out := new(AssetTokenUnproxiedUnexpectedDeed)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "UnexpectedDeed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnproxiedUnfreezeExceedsFrozen represents a UnfreezeExceedsFrozen error raised by the AssetTokenUnproxied contract.
type AssetTokenUnproxiedUnfreezeExceedsFrozen struct {
	Account common.Address
	Frozen  *big.Int
	Amount  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnfreezeExceedsFrozen(address account, uint256 frozen, uint256 amount)
func AssetTokenUnproxiedUnfreezeExceedsFrozenErrorID() common.Hash {
	return common.HexToHash("0xe0dfe97fc7c79f92ffcc46a2e29ea9d7ddbe9d44cc7593b8255f7b2eba5ddef6")
}

// UnpackUnfreezeExceedsFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnfreezeExceedsFrozen(address account, uint256 frozen, uint256 amount)
func (assetTokenUnproxied *AssetTokenUnproxied) UnpackUnfreezeExceedsFrozenError(raw []byte) (*AssetTokenUnproxiedUnfreezeExceedsFrozen, error) {
	out := new(AssetTokenUnproxiedUnfreezeExceedsFrozen)
	if err := assetTokenUnproxied.abi.UnpackIntoInterface(out, "UnfreezeExceedsFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}
