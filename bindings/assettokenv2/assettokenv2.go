// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package assettokenv2

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

// AssetTokenV2MetaData contains all meta data concerning the AssetTokenV2 contract.
var AssetTokenV2MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIdentityRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CountingOff\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DeedNotHeld\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"DocumentNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"unfrozen\",\"type\":\"uint256\"}],\"name\":\"ERC7943InsufficientUnfrozenBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyTokenInformation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"FractionsOutstanding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"FreezeExceedsBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidDocument\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"InvalidLock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"name\":\"InvalidLockup\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidRegistry\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidRequestId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"marginMode\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"margin\",\"type\":\"uint256\"}],\"name\":\"InvalidReserveGuard\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"InvalidSupplyCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"InvalidTransferLimit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidUpgrader\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"LockExceedsBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoDeed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"NoSuchLock\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"NotSupported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"}],\"name\":\"NothingToRecover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"RecoveryInvestorMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"registry\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"given\",\"type\":\"address\"}],\"name\":\"RegistryMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"RequestAlreadyProcessed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SameWallet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"SupplyCapAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"SupplyCapExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SupplyOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyLocks\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"windows\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyWindows\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"name\":\"TransferRestricted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"UnexpectedDeed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"UnfreezeExceedsFrozen\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bool\",\"name\":\"isFrozen\",\"type\":\"bool\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AddressFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AgentAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AgentRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32[9]\",\"name\":\"caps\",\"type\":\"uint32[9]\"}],\"name\":\"CategoryCapsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"compliance\",\"type\":\"address\"}],\"name\":\"ComplianceAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"CountryAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"cap\",\"type\":\"uint32\"}],\"name\":\"CountryCapSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"CountryRestrictionSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"deed\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"deedId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"}],\"name\":\"DeedLocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"deed\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"deedId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"DeedReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"DocumentRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"DocumentUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minHolding\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"flowbackUntil\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"initialLockup\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"lockupReason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"forceFullTransfer\",\"type\":\"bool\"}],\"name\":\"ExtendedRulesSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ForcedTransfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Frozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"identityRegistry\",\"type\":\"address\"}],\"name\":\"IdentityRegistryAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"InvestorCountingOn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"anchor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"fromCountry\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"fromCategories\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"toCountry\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"toCategories\",\"type\":\"uint8\"}],\"name\":\"InvestorRecounted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Issued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"on\",\"type\":\"bool\"}],\"name\":\"LiquidateOnlySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"LockAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"LockRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"name\":\"LockedUp\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxBalance\",\"type\":\"uint256\"}],\"name\":\"MaxBalanceSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"MaxCountryShareSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxInvestors\",\"type\":\"uint256\"}],\"name\":\"MaxInvestorsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"ProspectusSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"RecoverySuccess\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Redeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"}],\"name\":\"RequiredFlagsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"marginMode\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"margin\",\"type\":\"uint256\"}],\"name\":\"ReserveGuardSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"SupplyCapSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenBound\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensUnfrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32[]\",\"name\":\"periods\",\"type\":\"uint32[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"limits\",\"type\":\"uint256[]\"}],\"name\":\"TransferLimitsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"string\",\"name\":\"newName\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"string\",\"name\":\"newSymbol\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"newDecimals\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"newVersion\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOnchainID\",\"type\":\"address\"}],\"name\":\"UpdatedTokenInformation\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"name\":\"ValuationGuardSet\",\"type\":\"event\"},{\"stateMutability\":\"nonpayable\",\"type\":\"fallback\"},{\"inputs\":[],\"name\":\"AGENT_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"COMPLIANCE_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOCUMENT_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"from\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchForcedTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"requestIds\",\"type\":\"bytes32[]\"}],\"name\":\"batchMint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"canReceive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"canSend\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"canTransfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"detectTransferRestriction\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"forcedTransfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getAllDocuments\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"getDocument\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lastModified\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"identityRegistry\",\"outputs\":[{\"internalType\":\"contractIdentityRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"},{\"internalType\":\"contractIdentityRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"deed_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"deedId_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"upgrader\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"prospectus_\",\"type\":\"string\"}],\"name\":\"initializeV2\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"investorBalanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"name\":\"messageForTransferRestriction\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"name\":\"mintLocked\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"mintVesting\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"prospectus\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"removeDocument\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"setDocument\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"prospectus_\",\"type\":\"string\"}],\"name\":\"setProspectus\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"addAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"addLock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"from\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchBurn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchFreezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchMint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"bool[]\",\"name\":\"frozen\",\"type\":\"bool[]\"}],\"name\":\"batchSetAddressFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchUnfreezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"bindToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"categoryInvestors\",\"outputs\":[{\"internalType\":\"uint256[9]\",\"name\":\"counts\",\"type\":\"uint256[9]\"},{\"internalType\":\"uint256[9]\",\"name\":\"caps\",\"type\":\"uint256[9]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"compliance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"countryInvestors\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"countryRestricted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"created\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deed\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deedId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deedLocked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"destroyed\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"extendedRules\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"minHolding\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"flowbackUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"initialLockup\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"lockupReason\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"forceFullTransfer\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"freezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getFrozenTokens\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getTokenBound\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"investorCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"investorCounting\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"isAgent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"isCountryAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isFrozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"isLiquidateOnly\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"isRequestProcessed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"isTokenBound\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"lockOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"locksOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"}],\"internalType\":\"structIAssetTokenCold.Lock[]\",\"name\":\"locks\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxBalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxCountryShare\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxInvestors\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"onchainID\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"recount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"recoveryAddress\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newWallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"investorOnchainID\",\"type\":\"address\"}],\"name\":\"recoveryAddress\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"releaseDeed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"removeAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"removeLock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requiredFlags\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reserveGuard\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"marginMode\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"margin\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"}],\"name\":\"setAddressFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32[9]\",\"name\":\"caps\",\"type\":\"uint32[9]\"}],\"name\":\"setCategoryCaps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"compliance_\",\"type\":\"address\"}],\"name\":\"setCompliance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16[]\",\"name\":\"countries\",\"type\":\"uint16[]\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setCountriesAllowed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16[]\",\"name\":\"countries\",\"type\":\"uint16[]\"},{\"internalType\":\"uint32[]\",\"name\":\"caps\",\"type\":\"uint32[]\"}],\"name\":\"setCountryCaps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"setCountryRestriction\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"minHolding\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"flowbackUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"initialLockup\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"lockupReason\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"forceFullTransfer\",\"type\":\"bool\"}],\"name\":\"setExtendedRules\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"setFrozenTokens\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"registry\",\"type\":\"address\"}],\"name\":\"setIdentityRegistry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"setInvestorCounting\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"on\",\"type\":\"bool\"}],\"name\":\"setLiquidateOnly\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxBalance_\",\"type\":\"uint256\"}],\"name\":\"setMaxBalance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"setMaxCountryShare\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"maxInvestors_\",\"type\":\"uint32\"}],\"name\":\"setMaxInvestors\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"}],\"name\":\"setName\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"onchainID_\",\"type\":\"address\"}],\"name\":\"setOnchainID\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"}],\"name\":\"setRequiredFlags\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"marginMode\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"margin\",\"type\":\"uint256\"}],\"name\":\"setReserveGuard\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"setSupplyCap\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"}],\"name\":\"setSymbol\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32[]\",\"name\":\"periods\",\"type\":\"uint32[]\"},{\"internalType\":\"uint256[]\",\"name\":\"limits\",\"type\":\"uint256[]\"}],\"name\":\"setTransferLimits\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"name\":\"setValuationGuard\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"supplyCap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"transferAllowance\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"remaining\",\"type\":\"uint256[]\"},{\"internalType\":\"uint64[]\",\"name\":\"resets\",\"type\":\"uint64[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"transferLimits\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"periods\",\"type\":\"uint32[]\"},{\"internalType\":\"uint256[]\",\"name\":\"limits\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferred\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"unbindToken\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"unfreezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"valuationGuard\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "AssetTokenV2",
	Bin: "0x60c060405230608052348015610013575f5ffd5b50604051615e97380380615e9783398101604081905261003291610128565b80806001600160a01b03811661005b576040516311a1e69760e01b815260040160405180910390fd5b6001600160a01b031660a05261006f610076565b5050610155565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100c65760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146101255780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b5f60208284031215610138575f5ffd5b81516001600160a01b038116811461014e575f5ffd5b9392505050565b60805160a051615cdb6101bc5f395f81816103ea01528181610d70015281816110c30152818161141f01528181611f5a01528181612042015281816120d9015281816134e8015261353601525f8181612fd801528181613001015261314f0152615cdb5ff3fe6080604052600436106102fe575f3560e01c80637f4ab1dd1161018f578063c3501848116100db578063d547741f11610094578063e46638e61161006e578063e46638e614610976578063e63ab1e914610995578063f72c0d8b146109c8578063fad11477146109e8576102fe565b8063d547741f14610919578063d608ea6414610938578063dd62ed3e14610957576102fe565b8063c350184814610869578063cc6d914614610888578063cff688f3146108a7578063d4ce1415146108bb578063d505accf146108da578063d5391393146108f9576102fe565b80639fa5f50b11610148578063a217fddf11610122578063a217fddf146107d9578063a9059cbb146107ec578063ad3cb1cc1461080b578063b10d6b411461083b576102fe565b80639fa5f50b146107665780639fc1d0e714610787578063a11939bd146107a6576102fe565b80637f4ab1dd146106af57806384b0196e146106ce57806388d695b2146106f557806390d370ba1461071457806391d148541461073357806395d89b4114610752576102fe565b80632f2ff15d1161024e57806352d1902d1161020757806361fba37d116101e157806361fba37d1461063357806365275d4f1461065257806370a08231146106715780637ecebe0014610690576102fe565b806352d1902d146105e157806356d8f629146105f55780635e0c7f9814610614576102fe565b80632f2ff15d14610537578063313ce567146105565780633644e5151461057c57806336568abe1461059057806342a47abc146105af5780634f1ef286146105ce576102fe565b806318160ddd116102bb57806323b872dd1161029557806323b872dd146104a7578063248a9ca3146104c65780632bc06a92146104e55780632c721b9814610504576102fe565b806318160ddd146104335780631e458bee1461045557806322459e1814610474576102fe565b8063010648ca1461033c57806301ffc9a71461035d57806306fdde0314610391578063095ea7b3146103b2578063134e18f4146103d1578063158a1cc314610414575b348015610309575f5ffd5b5073754a893b636f2d3b243106c444033c8ddbf86a2a365f80375f5f365f845af43d5f5f3e80610337573d5ffd5b503d5ff35b348015610347575f5ffd5b5061035b610356366004614e5c565b610a07565b005b348015610368575f5ffd5b5061037c610377366004614eaa565b610a7d565b60405190151581526020015b60405180910390f35b34801561039c575f5ffd5b506103a5610af8565b6040516103889190614eff565b3480156103bd575f5ffd5b5061037c6103cc366004614f25565b610b9d565b3480156103dc575f5ffd5b506040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152602001610388565b34801561041f575f5ffd5b5061035b61042e366004614f4f565b610bb4565b34801561043e575f5ffd5b50610447610c88565b604051908152602001610388565b348015610460575f5ffd5b5061035b61046f366004614f4f565b610ca3565b34801561047f575f5ffd5b506104477fcab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb427695096770981565b3480156104b2575f5ffd5b5061037c6104c1366004614f81565b610cd5565b3480156104d1575f5ffd5b506104476104e0366004614fbf565b610cfa565b3480156104f0575f5ffd5b5061037c6104ff366004614fd6565b610d1a565b34801561050f575f5ffd5b506104477fdd7c9aafbb91d54fb2041db1d5b172ea665309b32f5fffdbddf452802a1e3b2081565b348015610542575f5ffd5b5061035b610551366004614ff1565b610de0565b348015610561575f5ffd5b5061056a610dfc565b60405160ff9091168152602001610388565b348015610587575f5ffd5b50610447610e18565b34801561059b575f5ffd5b5061035b6105aa366004614ff1565b610e26565b3480156105ba575f5ffd5b5061035b6105c936600461505f565b610e5e565b61035b6105dc366004615165565b610f39565b3480156105ec575f5ffd5b50610447610f58565b348015610600575f5ffd5b5061035b61060f366004615217565b610f73565b34801561061f575f5ffd5b5061035b61062e36600461528c565b61106c565b34801561063e575f5ffd5b5061044761064d366004614fd6565b6110a0565b34801561065d575f5ffd5b5061035b61066c3660046152ca565b61117b565b34801561067c575f5ffd5b5061044761068b366004614fd6565b61120d565b34801561069b575f5ffd5b506104476106aa366004614fd6565b61124b565b3480156106ba575f5ffd5b506103a56106c936600461530f565b611287565b3480156106d9575f5ffd5b506106e2611300565b6040516103889796959493929190615328565b348015610700575f5ffd5b5061035b61070f3660046153be565b611342565b34801561071f575f5ffd5b5061037c61072e366004614fd6565b6113c0565b34801561073e575f5ffd5b5061037c61074d366004614ff1565b611497565b34801561075d575f5ffd5b506103a56114cd565b348015610771575f5ffd5b5061077a61150b565b6040516103889190615428565b348015610792575f5ffd5b5061037c6107a1366004614f81565b61157a565b3480156107b1575f5ffd5b506104477f6390f5a69ff59edce8e461308dbd399b74f0414e629057022cbc92159a014c7681565b3480156107e4575f5ffd5b506104475f81565b3480156107f7575f5ffd5b5061037c610806366004614f25565b6115b0565b348015610816575f5ffd5b506103a5604051806040016040528060058152602001640352e302e360dc1b81525081565b348015610846575f5ffd5b5061085a610855366004614fbf565b6115bd565b6040516103889392919061546a565b348015610874575f5ffd5b5061035b610883366004614fbf565b611648565b348015610893575f5ffd5b5061035b6108a236600461505f565b6116ab565b3480156108b2575f5ffd5b506103a56117c6565b3480156108c6575f5ffd5b5061056a6108d5366004614f81565b611875565b3480156108e5575f5ffd5b5061035b6108f436600461548e565b61190c565b348015610904575f5ffd5b506104475f516020615c665f395f51905f5281565b348015610924575f5ffd5b5061035b610933366004614ff1565b611a61565b348015610943575f5ffd5b5061035b61095236600461528c565b611a7d565b348015610962575f5ffd5b506104476109713660046154f8565b611b5d565b348015610981575f5ffd5b5061037c610990366004614f81565b611ba6565b3480156109a0575f5ffd5b506104477f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b3480156109d3575f5ffd5b506104475f516020615c265f395f51905f5281565b3480156109f3575f5ffd5b5061035b610a02366004615524565b611c0a565b610a0f611d97565b6040516283246560e11b815273f765290bd0c64d566bac74f8b77e9ea8fce665159063010648ca90610a4b90879087908790879060040161561e565b5f6040518083038186803b158015610a61575f5ffd5b505af4158015610a73573d5f5f3e3d5ffd5b5050505050505050565b5f6001600160e01b03198216630fb6ed3160e21b1480610aad57506001600160e01b031982166336372b0760e01b145b80610ac857506001600160e01b0319821663157094b960e31b145b80610ae357506001600160e01b03198216631d9fd9d960e31b145b80610af25750610af282611dc2565b92915050565b60605f5f516020615c065f395f51905f525b9050806003018054610b1b90615648565b80601f0160208091040260200160405190810160405280929190818152602001828054610b4790615648565b8015610b925780601f10610b6957610100808354040283529160200191610b92565b820191905f5260205f20905b815481529060010190602001808311610b7557829003601f168201915b505050505091505090565b5f33610baa818585611df6565b5060019392505050565b5f516020615c665f395f51905f52610bcb81611e03565b610bd482611e10565b6001600160a01b038416610c0257604051634b637e8f60e11b81525f60048201526024015b60405180910390fd5b5f610c106003865f87611e96565b9050610c1d81868661246e565b83610c2661262b565b6001018054919091039055610c3d81865f8761264f565b846001600160a01b0316837f61d905e697374527439f5c64f060ae521e3b586e8f61ef3f160057e7150e153e86604051610c7991815260200190565b60405180910390a35050505050565b5f6001600160801b03610c9961262b565b6001015416905090565b5f516020615c665f395f51905f52610cba81611e03565b610cc383612a93565b610ccf8484845f612ac6565b50505050565b5f33610ce2858285612cd1565b610ced858585612d2f565b60019150505b9392505050565b5f9081525f516020615c865f395f51905f52602052604090206001015490565b5f600160e81b610d2861262b565b6001600160a01b0384165f908152600291909101602052604090205416158015610af25750604051633465d6d560e01b81526001600160a01b038381166004830152610af2917f000000000000000000000000000000000000000000000000000000000000000090911690633465d6d590602401602060405180830381865afa158015610db7573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ddb9190615680565b612d8c565b610de982610cfa565b610df281611e03565b610ccf8383612db3565b5f610e0561262b565b60060154600160e01b900460ff16919050565b5f610e21612e5b565b905090565b6001600160a01b0381163314610e4f5760405163334bd91960e11b815260040160405180910390fd5b610e598282612e64565b505050565b7fcab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb4276950967709610e8881611e03565b8584141580610e975750858214155b15610eb8576040516001621398b960e31b0319815260040160405180910390fd5b5f5b86811015610a7357610f31888883818110610ed757610ed7615697565b9050602002016020810190610eec9190614fd6565b878784818110610efe57610efe615697565b9050602002016020810190610f139190614fd6565b868685818110610f2557610f25615697565b90506020020135612edd565b600101610eba565b610f41612fcd565b610f4a82613071565b610f548282613088565b5050565b5f610f61613144565b505f516020615c465f395f51905f5290565b5f516020615c665f395f51905f52610f8a81611e03565b861580610fa85750836001600160401b0316856001600160401b0316115b80610fc45750826001600160401b0316846001600160401b0316115b80610fd8575042836001600160401b031611155b80610ff0575064ffffffffff836001600160401b0316115b15611030576040516311402dd160e01b8152600481018890526001600160401b038087166024830152808616604483015284166064820152608401610bf9565b61103987612a93565b610a738888886110678b8a6001600160401b03168a6001600160401b03168a6001600160401b03168a61318d565b612ac6565b7fdd7c9aafbb91d54fb2041db1d5b172ea665309b32f5fffdbddf452802a1e3b2061109681611e03565b610e5983836131b5565b604051633465d6d560e01b81526001600160a01b0382811660048301525f9182917f00000000000000000000000000000000000000000000000000000000000000001690633465d6d590602401602060405180830381865afa158015611108573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061112c9190615680565b90506001600160a01b03811615611173576001600160601b03606061114f61262b565b6001600160a01b0384165f9081526002919091016020526040902054901c16610cf3565b5f9392505050565b5f516020615c665f395f51905f5261119281611e03565b42826001600160401b03161115806111b7575064ffffffffff826001600160401b0316115b156111e05760405163f65609c560e01b81526001600160401b0383166004820152602401610bf9565b6111e984612a93565b611206858585611067826001600160401b0388168080600161318d565b5050505050565b5f6001600160601b0361121e61262b565b6002015f846001600160a01b03166001600160a01b031681526020019081526020015f2054169050919050565b6001600160a01b0381165f9081527f5ab42ced628888259c08ac98db1eb0cf702fc1501344311d8b100cd1bfe4bb006020526040812054610af2565b604051635a3329b560e11b815260ff82166004820152606090736b35a0e9b2fdc034adf085da6a7a65e712b825199063b466536a906024015f60405180830381865af41580156112d9573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610af291908101906156f8565b5f6060805f5f5f606061131161321f565b611319613270565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b828114611365576040516001621398b960e31b0319815260040160405180910390fd5b5f5b83811015611206576113b83386868481811061138557611385615697565b905060200201602081019061139a9190614fd6565b8585858181106113ac576113ac615697565b90506020020135612d2f565b600101611367565b5f600160e81b6113ce61262b565b6001600160a01b0384165f908152600291909101602052604090205416158015610af257505f61148d6113ff61262b565b54604051633465d6d560e01b81526001600160a01b0386811660048301527f00000000000000000000000000000000000000000000000000000000000000001690633465d6d590602401602060405180830381865afa158015611464573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114889190615680565b613299565b60ff161492915050565b5f9182525f516020615c865f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0480546060915f516020615c065f395f51905f5291610b1b90615648565b606073f765290bd0c64d566bac74f8b77e9ea8fce66515639fa5f50b6040518163ffffffff1660e01b81526004015f60405180830381865af4158015611553573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610e219190810190615729565b5f7fcab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb42769509677096115a581611e03565b610ced858585612edd565b5f33610baa818585612d2f565b60605f5f73f765290bd0c64d566bac74f8b77e9ea8fce6651563b10d6b41856040518263ffffffff1660e01b81526004016115fa91815260200190565b5f60405180830381865af4158015611614573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261163b91908101906157c8565b9250925092509193909250565b611650611d97565b60405163186a030960e31b81526004810182905273f765290bd0c64d566bac74f8b77e9ea8fce665159063c3501848906024015f6040518083038186803b158015611699575f5ffd5b505af4158015611206573d5f5f3e3d5ffd5b5f516020615c665f395f51905f526116c281611e03565b85841415806116d15750858214155b156116f2576040516001621398b960e31b0319815260040160405180910390fd5b5f60106116fd61262b565b54161561173e575f5b8581101561173c5786868281811061172057611720615697565b90506020020135826117329190615827565b9150600101611706565b505b61174781612a93565b5f5b878110156117bb576117b389898381811061176657611766615697565b905060200201602081019061177b9190614fd6565b88888481811061178d5761178d615697565b905060200201358787858181106117a6576117a6615697565b905060200201355f612ac6565b600101611749565b505050505050505050565b60607f4b048a16edadfbfce4299f3fff240f621d0a228608b70f4cb45c79652aa0aa0080546117f490615648565b80601f016020809104026020016040519081016040528092919081815260200182805461182090615648565b801561186b5780601f106118425761010080835404028352916020019161186b565b820191905f5260205f20905b81548152906001019060200180831161184e57829003601f168201915b5050505050905090565b5f806001600160a01b0385166118c3576001600160a01b03841661189c575f915050610cf3565b5060025f6118a984613303565b905060ff8116156118bd579150610cf39050565b506118de565b6001600160a01b038416156118d8575f6118db565b60035b90505b5f6118eb82878787611e96565b51905060f060ff821610156119005780611902565b5f5b9695505050505050565b834211156119305760405163313c898160e11b815260048101859052602401610bf9565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c988888861199a8c6001600160a01b03165f9081527f5ab42ced628888259c08ac98db1eb0cf702fc1501344311d8b100cd1bfe4bb006020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f6119f4826133be565b90505f611a03828787876133ea565b9050896001600160a01b0316816001600160a01b031614611a4a576040516325c0072360e11b81526001600160a01b0380831660048301528b166024820152604401610bf9565b611a558a8a8a611df6565b50505050505050505050565b611a6a82610cfa565b611a7381611e03565b610ccf8383612e64565b60025f611a88613416565b8054909150600160401b900460ff1680611aaf575080546001600160401b03808416911610155b15611acd5760405163f92ee8a960e01b815260040160405180910390fd5b805468ffffffffffffffffff19166001600160401b03831617600160401b1781555f516020615c265f395f51905f52611b0581611e03565b611b0f85856131b5565b50805460ff60401b191681556040516001600160401b03831681527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a150505050565b6001600160a01b039182165f9081527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace016020908152604080832093909416825291909152205490565b5f6001600160a01b0384161580611bc457506001600160a01b038316155b15611bd057505f610cf3565b5f611bdd5f868686611e96565b51905060ef1960ff821601611bfe57611bf6858561343e565b915050610cf3565b60ff1615949350505050565b5f611c13613416565b805490915060ff600160401b82041615906001600160401b03165f81158015611c395750825b90505f826001600160401b03166001148015611c545750303b155b905081158015611c62575080155b15611c805760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315611caa57845460ff60401b1916600160401b1785555b611d408f8f8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f81840152601f19601f820116905080830192505050505050508e8e8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f81840152601f19601f820116905080830192505050505050508d8d8d8d8d8d61349e565b8315611d8657845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050505050505050505050565b611dc07fdd7c9aafbb91d54fb2041db1d5b172ea665309b32f5fffdbddf452802a1e3b20611e03565b565b5f6001600160e01b03198216637965db0b60e01b1480610af257506301ffc9a760e01b6001600160e01b0319831614610af2565b610e5983838360016135ca565b611e0d813361369e565b50565b80611e2e576040516302e8145360e61b815260040160405180910390fd5b611e3661262b565b5f828152600591909101602052604090205460ff1615611e6c57604051630b72c55b60e01b815260048101829052602401610bf9565b6001611e7661262b565b5f9283526005016020526040909120805460ff1916911515919091179055565b611f1a604051806101e001604052805f60ff1681526020015f151581526020015f151581526020015f81526020015f81526020015f81526020015f6001600160a01b031681526020015f81526020015f6001600160a01b031681526020015f81526020015f81526020015f81526020015f81526020015f8152602001606081525090565b5f611f2361262b565b546060830181905290505f8060011960ff89160161201757604051633465d6d560e01b81526001600160a01b0387811660048301527f00000000000000000000000000000000000000000000000000000000000000001690633465d6d590602401602060405180830381865afa158015611f9f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611fc39190615680565b90505f611fce61262b565b600101549050608081901c5f819003611feb57506001600160601b035b6001600160801b03821681038088111561200f57505060f185525061246692505050565b50505061216a565b60021960ff8916016120b257604051633465d6d560e01b81526001600160a01b0388811660048301527f00000000000000000000000000000000000000000000000000000000000000001690633465d6d590602401602060405180830381865afa158015612087573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906120ab9190615680565b915061216a565b60405163853ea85360e01b81526001600160a01b03888116600483015287811660248301527f0000000000000000000000000000000000000000000000000000000000000000169063853ea853906044016040805180830381865afa15801561211d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612141919061583a565b909250905060ff881615801561215957506001831615155b1561216a5750506050825250612466565b5f806001600160a01b038916156121a25761218361262b565b6001600160a01b038a165f908152600291909101602052604090205491505b6001600160a01b0388161561226f576121b961262b565b6001600160a01b0389165f9081526002919091016020526040902054905060ff8a161580156121ed5750600160e81b821615155b156122015750506051845250612466915050565b600160e81b81161561221c5750506052845250612466915050565b60ff8a16158015612233575061223184612d8c565b155b156122475750506053845250612466915050565b5f6122528685613299565b905060ff81161561226d5760ff168652506124669350505050565b505b6004851615612322575f61228161262b565b600901546101a08801819052905060ff8b166123205764ffffffffff606082901c16421080156122ba575060a084901c61ffff16610348145b80156122d85750836001600160a01b0316856001600160a01b031614155b156122ed57505060a385525061246692505050565b600160b01b81161580159061230b57506001600160601b0383168814155b1561232057505060a285525061246692505050565b505b6001600160a01b038916156123b7576001600160601b0382168088111561235357505060f085525061246692505050565b60c083901c64ffffffffff16600160e91b841615158061237257504281115b156123af575f612389898e8e88878f4289116136d7565b905060ff8116156123a65760ff1688525061246695505050505050565b88608001519450505b888403935050505b6001600160a01b038816158015906123e15750876001600160a01b0316896001600160a01b031614155b156123e95786015b6080860182905260a086018190526001600160a01b03808916908a1603612414575050505050612466565b83836001600160a01b0380831690821614158061243857506001600160a01b038b16155b8061244a57506001600160a01b038a16155b1561245e5761245e888d8d8d8d8b8b61391f565b505050505050505b949350505050565b825160ff811661247e5750505050565b60ef1960ff8216016124e257826001600160601b0361249b61262b565b6001600160a01b038087165f90815260029290920160205260409182902054915163391434e360e21b81529316600484015216602482015260448101839052606401610bf9565b60561960ff8216016125a1575f6001600160601b036124ff61262b565b6002015f866001600160a01b03166001600160a01b031681526020019081526020015f20541690505f6001600160801b0361253861262b565b6001600160a01b0387165f90815260039190910160205260409020541690508484828411612566575f612570565b612570838561585c565b60405162384e7160e01b81526001600160a01b03909316600484015260248301919091526044820152606401610bf9565b60f01960ff82160161260d575f6125b661262b565b600101549050608081901c156125f457604051634b344b1160e01b8152608082901c60048201526001600160801b0382166024820152604401610bf9565b604051637ebdee1b60e01b815260040160405180910390fd5b60405163e18ca2b960e01b815260ff82166004820152602401610bf9565b7fd019ed802b3a65492a3f21b3c309e952d0b17f35a722d5eadef27d7e18404a0090565b83602001511561266857836060015161266661262b565b555b8360400151156127f95783610140015161268061262b565b6001600160a01b0385165f9081526003919091016020526040902055610180840151156127545773cb42e20880a09cecdc93bb20d0e4d1c24990d91e63f675e7186126c961262b565b60808701516101808801516040516001600160e01b031960e086901b16815260048101939093526001600160a01b038816602484015260448301919091526064820152608401602060405180830381865af415801561272a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061274e9190615680565b60808501525b610160840151156127f957826001600160a01b03167f9bed35cb62ad0dba04f9d5bfee4b5bc91443e77da8a65c4c84834c51bb08b0d685610160015160405161279f91815260200190565b60405180910390a2826001600160a01b03167f68e0d8c112165d0949ce87205b719ed7d98c7401866c34a159f7c67c6f5620e76001600160801b03866101400151166040516127f091815260200190565b60405180910390a25b816001600160a01b0316836001600160a01b031614612884576001600160a01b0383161561284b57836080015161282e61262b565b6001600160a01b0385165f90815260029190910160205260409020555b6001600160a01b03821615612884578360a0015161286761262b565b6001600160a01b0384165f90815260029190910160205260409020555b60c08401516001600160a01b0316156128c5578360e001516128a461262b565b60c08601516001600160a01b03165f90815260029190910160205260409020555b6101008401516001600160a01b031615612909578361012001516128e761262b565b6101008601516001600160a01b03165f90815260029190910160205260409020555b6101c08401515115612a40575f846101c001515f8151811061292d5761292d615697565b60200260200101519050805f01515f1461296657806020015161294e61262b565b82515f19015f908152600e9190910160205260409020555b60408101511561299757806060015161297d61262b565b6040808401515f19015f908152600e929092016020529020555b8060a00151156129b35780608001516129ae61262b565b600f01555b60c08101516001600160a01b031615612a3e578060e001516129d361262b565b60c08301516001600160a01b03165f908152600d91909101602052604081200181905550600260b4866101a00151901c6007161115612a3e57806101000151612a1a61262b565b60c08301516001600160a01b03165f908152600d9190910160205260409020600101555b505b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef83604051612a8591815260200190565b60405180910390a350505050565b5f612a9d82613303565b905060ff811615610f545760405163e18ca2b960e01b815260ff82166004820152602401610bf9565b612acf82611e10565b6001600160a01b038416612af85760405163ec442f0560e01b81525f6004820152602401610bf9565b5f612b0660025f8787611e96565b9050612b13815f8661246e565b6101a081015160881c63ffffffff168015801590612b3057508415155b15612bba575f612b408242615827565b9050835f03612b6657612b5f8682838460a8886101a00151901c61318d565b9350612bb8565b8064ffffffffff60b086901c161015612b8f5764ffffffffff60b01b199390931660b084901b17925b8064ffffffffff608886901c161015612bb85764ffffffffff60881b1993909316608884901b17925b505b8215612c665773cb42e20880a09cecdc93bb20d0e4d1c24990d91e639aec2973612be261262b565b60a08501516040516001600160e01b031960e085901b16815260048101929092526001600160a01b038a166024830152604482015260648101869052608401602060405180830381865af4158015612c3c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612c609190615680565b60a08301525b84612c6f61262b565b60010180549091019055612c85825f888861264f565b856001600160a01b0316847fe9e92d0569112d63a13d3acca4859ad9d4d0d72d5b701be230d57348234a5b1e87604051612cc191815260200190565b60405180910390a3505050505050565b5f612cdc8484611b5d565b90505f19811015610ccf5781811015612d2157604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610bf9565b610ccf84848484035f6135ca565b6001600160a01b038316612d5857604051634b637e8f60e11b81525f6004820152602401610bf9565b6001600160a01b038216612d815760405163ec442f0560e01b81525f6004820152602401610bf9565b610e59838383613c9b565b5f600160ff1b821615801590610af257504260b083901c6001600160401b03161192915050565b5f5f516020615c865f395f51905f52612dcc8484611497565b612e4b575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055612e013390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610af2565b5f915050610af2565b5092915050565b5f610e21613cc1565b5f5f516020615c865f395f51905f52612e7d8484611497565b15612e4b575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a46001915050610af2565b6001600160a01b038316612f0657604051634b637e8f60e11b81525f6004820152602401610bf9565b6001600160a01b038216612f2f5760405163ec442f0560e01b81525f6004820152602401610bf9565b816001600160a01b0316836001600160a01b031603612f61576040516394a3d97960e01b815260040160405180910390fd5b5f612f6f6001858585611e96565b9050612f7c81858461246e565b612f888185858561264f565b826001600160a01b0316846001600160a01b03167f7b3ce50c216d2ccf9919c6b9f1bfb33f0350a33010f188750b4af38e0044813884604051612a8591815260200190565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148061305357507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166130475f516020615c465f395f51905f52546001600160a01b031690565b6001600160a01b031614155b15611dc05760405163703e46dd60e11b815260040160405180910390fd5b5f516020615c265f395f51905f52610f5481611e03565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa9250505080156130e2575060408051601f3d908101601f191682019092526130df91810190615680565b60015b61310a57604051634c9c8ce360e01b81526001600160a01b0383166004820152602401610bf9565b5f516020615c465f395f51905f52811461313a57604051632a87526960e21b815260048101829052602401610bf9565b610e598383613d34565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614611dc05760405163703e46dd60e11b815260040160405180910390fd5b606084901b8517608884901b1760b083901b1760ff60d81b60d883901b161795945050505050565b7f4b048a16edadfbfce4299f3fff240f621d0a228608b70f4cb45c79652aa0aa006131e18284836158c5565b507fd234311daea90d44d599b0029a52738119ae5da819e800d4d8e548f9ea511001828260405161321392919061597e565b60405180910390a15050565b7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d10280546060917fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d10091610b1b90615648565b60605f7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d100610b0a565b5f6132a382612d8c565b6132af57506054610af2565b60028316158015906132cb57506132c960a083901c613d89565b155b156132d857506055610af2565b5f600884901c60ff169050808160f085901c16146132fa576056915050610af2565b505f9392505050565b5f5f61330d61262b565b600701546001600160a01b03169050801580159061333e575061333c308261333361262b565b60080154613dc4565b155b1561334c5750605c92915050565b5f61335561262b565b600601546001600160a01b03169050801580159061339557506133938161337a61262b565b60060154600160a01b90046001600160401b0316613e63565b155b156133a45750605b9392505050565b60106133ae61262b565b5416156132fa576124668461402c565b5f610af26133ca612e5b565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f6133fa888888886142d4565b92509250925061340a828261439c565b50909695505050505050565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610af2565b5f5f61344861262b565b6001600160a01b0385165f90815260029190910160205260409020549050600160e91b81161561347b575f915050610af2565b5f6134918186866001600160601b038616611e96565b5160ff1614949350505050565b6134a6614454565b6134b08888614479565b6134d388604051806040016040528060018152602001603160f81b81525061448b565b6134dc8861449d565b6134e682826144c8565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316856001600160a01b03161461356b57604051630cb3ba6960e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116600483015286166024820152604401610bf9565b5f61357461262b565b60068101805460ff909916600160e01b0260ff60e01b19909916989098179097555050506007840180546001600160a01b039093166001600160a01b031990931692909217909155600890920191909155505050565b5f516020615c065f395f51905f526001600160a01b0385166136015760405163e602df0560e01b81525f6004820152602401610bf9565b6001600160a01b03841661362a57604051634a1406b160e11b81525f6004820152602401610bf9565b6001600160a01b038086165f9081526001830160209081526040808320938816835292905220839055811561120657836001600160a01b0316856001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92585604051610c7991815260200190565b6136a88282611497565b610f545760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610bf9565b5f5f6136e161262b565b6001600160a01b0388165f908152600391909101602052604081205491506001600160801b0382169084613715575f61371b565b608083901c5b60808c0189905290505f828811613732575f61373c565b61373c838961585c565b905081811161374b575f613755565b613755828261585c565b8711613767575f945050505050613914565b81156137ff5773cb42e20880a09cecdc93bb20d0e4d1c24990d91e6317e51b7d61378f61262b565b6040516001600160e01b031960e084901b16815260048101919091526001600160a01b038d166024820152604401602060405180830381865af41580156137d8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906137fc9190615680565b91505b5f82821161380d575f613817565b613817838361585c565b905080881161382d575f95505050505050613914565b60ff8c1661385257818811613843576058613846565b60575b95505050505050613914565b5f61385d828a61585c565b90505f84821061386d578461386f565b815b905061387b818361585c565b9150838a118015613894575081613892858c61585c565b115b156138a6576138a3848b61585c565b91505b6101608f018290526101808f018190526fffffffffffffffffffffffffffffffff1987166138d4838861585c565b178f61014001818152505060018f604001901515908115158152505081860361390957600160e91b198c168f60800181815250505b5f9750505050505050505b979650505050505050565b60608701516101a0880151601082901c63ffffffff16906001600160a01b03881615613aa257845f6001600160a01b03808316908b16146139835761396261262b565b6001600160a01b0383165f9081526002919091016020526040902054613989565b8b608001515b606089811b820392501c6001600160601b031688158015906139aa57508881145b156139d8576139b885615991565b9450600160eb1b8216156139d3576139d08d83614538565b91505b613a1c565b83158015906139e8575060ff8c16155b80156139f45750888114155b15613a1c576001600160601b0384168982031015613a1c57505060a18b5250613c9292505050565b8315801590613a2c575060ff8c16155b8015613a3e5750600760b485901c1615155b8015613a525750613a508d848b61463b565b155b15613a6257505050505050613c92565b8a6001600160a01b0316836001600160a01b031603613a875760808d01829052613a9e565b6001600160a01b03831660c08e015260e08d018290525b5050505b6001600160a01b03871615613c6757835f6001600160a01b03808316908a1614613aef57613ace61262b565b6001600160a01b0383165f9081526002919091016020526040902054613af5565b8b60a001515b606089811b820192501c6001600160601b0316888101600160ea1b831615613b2857505060a08c5250613c929350505050565b8415801590613b3b575060ff8d16600114155b8015613b4f57506001600160601b03851681105b15613b6557505060a18c5250613c929350505050565b81158015613b7257508915155b15613bde57600190950194603087901c63ffffffff168015801590613b9657508087115b15613bad57505060598d5250613c92945050505050565b6008881615613bdc57613bc28f858b8a614841565b8f5190945060ff1615613bdc575050505050505050613c92565b505b605087901c6001600160601b03168015801590613bfa57508082115b15613c11575050605a8d5250613c92945050505050565b8b6001600160a01b0316856001600160a01b031603613c365760a08f01849052613c61565b848f61010001906001600160a01b031690816001600160a01b031681525050838f6101200181815250505b50505050505b65ffffffff0000198316601083901b17808414613c8d5760608b01819052600160208c01525b505050505b50505050505050565b5f613ca85f858585611e96565b9050613cb581858461246e565b610ccf8185858561264f565b5f7f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f613ceb6149bc565b613cf36149d1565b60408051602081019490945283019190915260608201524660808201523060a082015260c00160405160208183030381529060405280519060200120905090565b613d3d826149da565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a2805115613d8157610e598282614a3d565b610f54614ad6565b5f60ff8216613d9661262b565b6004015f60088561ffff16901c61ffff1681526020019081526020015f2054901c6001165f14159050919050565b5f6001600160a01b038316613dda57505f610cf3565b6040516331a9108f60e11b8152600481018390526001600160a01b03841690636352211e90602401602060405180830381865afa925050508015613e3b575060408051601f3d908101601f19168201909252613e38918101906159a6565b60015b613e4657505f610cf3565b846001600160a01b0316816001600160a01b031614915050610cf3565b60408051600481526024810182526020810180516001600160e01b0316635c975abb60e01b17905290515f91829182916001600160a01b03871691613ea891906159c1565b5f60405180830381855afa9150503d805f8114613ee0576040519150601f19603f3d011682016040523d82523d5f602084013e613ee5565b606091505b5091509150818015613ef957506020815110155b8015613f17575080806020019051810190613f149190615680565b15155b15613f26575f92505050610af2565b60408051600481526024810182526020810180516001600160e01b0316633fabe5a360e21b17905290516001600160a01b03871691613f64916159c1565b5f60405180830381855afa9150503d805f8114613f9c576040519150601f19603f3d011682016040523d82523d5f602084013e613fa1565b606091505b509092509050811580613fb5575060a08151105b15613fc4575f92505050610af2565b5f5f82806020019051810190613fda91906159d7565b509350509250505f82138015613fef57508015155b8015613ffb5750428111155b801561401057508561400d824261585c565b11155b1561402057509250610af2915050565b505f9695505050505050565b5f5f61403661262b565b601101546001600160a01b031690505f61406b8261405261262b565b60110154600160a01b90046001600160401b0316613e63565b9050805f0361407e5750605f9392505050565b60408051600481526024810182526020810180516001600160e01b031663313ce56760e01b17905290515f9182916001600160a01b038616916140c0916159c1565b5f60405180830381855afa9150503d805f81146140f8576040519150601f19603f3d011682016040523d82523d5f602084013e6140fd565b606091505b5091509150811580614110575060208151105b156141215750605f95945050505050565b5f818060200190518101906141369190615680565b905060ff81111561414e5750605f9695505050505050565b5f61415761262b565b60060154600160e01b900460ff1690508181106141bf575f614179838361585c565b9050602681118061419057506001600160801b0386115b6141ae5761419f81600a615af6565b6141a99087615b01565b6141b7565b6001600160801b035b9550506141f4565b5f6141ca828461585c565b9050604c81116141ee576141df81600a615af6565b6141e99087615b18565b6141f0565b5f5b9550505b6001600160801b0385111561420e576001600160801b0394505b5f61421761262b565b60110154600160e01b900460ff169050801561428b575f61423661262b565b6012015490505f1960ff83160161426f57612710614254828261585c565b61425e9089615b01565b6142689190615b18565b9650614289565b80871161427c575f614286565b614286818861585c565b96505b505b5f6001600160801b0361429c61262b565b60010154169050868111806142b957506142b6818861585c565b8a115b6142c3575f6142c6565b605e5b9a9950505050505050505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561430d57505f91506003905082614392565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561435e573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661438957505f925060019150829050614392565b92505f91508190505b9450945094915050565b5f8260038111156143af576143af615b37565b036143b8575050565b60018260038111156143cc576143cc615b37565b036143ea5760405163f645eedf60e01b815260040160405180910390fd5b60028260038111156143fe576143fe615b37565b0361441f5760405163fce698f760e01b815260048101829052602401610bf9565b600382600381111561443357614433615b37565b03610f54576040516335e2f38360e21b815260048101829052602401610bf9565b61445c614af5565b611dc057604051631afcd79f60e31b815260040160405180910390fd5b614481614454565b610f548282614b0e565b614493614454565b610f548282614b5e565b6144a5614454565b611e0d81604051806040016040528060018152602001603160f81b815250614b5e565b6144d0614454565b6144d8614bc1565b6001600160a01b0381166144ff576040516349e1399360e11b815260040160405180910390fd5b6145095f83612db3565b506145215f516020615c265f395f51905f5280614bc9565b610e595f516020615c265f395f51905f5282612db3565b5f60088360600151165f1461462a5760ec82901c5f61455c6103ff83166001615827565b90505f61456886614c29565b5f8151811061457957614579615697565b60209081029190910101518281529050600161459361262b565b600e015f6145a260018661585c565b81526020019081526020015f20546145ba919061585c565b60208201525f6145c982614cbf565b905060ff600a85901c165f5b600981101561461f57806008146145f357600182821c1615156145f6565b81155b156146175761460681601c615b01565b614614906001901b8461585c565b92505b6001016145d5565b505060809091015250505b5060016218000160eb1b0316919050565b5f5f60b4856101a00151901c6007169050614654614dfa565b5f5f5b838110156147e6575f61466e600183166080615b01565b9050805f036146f15761467f61262b565b600b01600183901c6002811061469757614697615697565b015492506146a361262b565b6001600160a01b0389165f908152600d9190910160205260409020600183901c600281106146d3576146d3615697565b015484600184901c600281106146eb576146eb615697565b60200201525b82811c6001600160801b038181169163ffffffff16905f908488600188901c6002811061472057614720615697565b6020020151901c1690506001600160601b03811661474283606084901c615827565b42106147505750504260601b5f5b61475a8b82615827565b9050602084901c81111561477e57505060a78b52505f9650610cf395505050505050565b6bffffffffffffffffffffffff1982168117851b6001600160801b03861b1989600189901c600281106147b3576147b3615697565b6020020151161788600188901c600281106147d0576147d0615697565b6020020152505060019093019250614657915050565b505f6147f188614c29565b5f8151811061480257614802615697565b6020908102919091018101516001600160a01b039890981660c0890152835160e089015292909201516101009096019590955250600195945050505050565b5f61ffff60a084901c1681614857826001615827565b90505f61486388614c29565b5f8151811061487457614874615697565b602002602001015190505f82825f0151146148a85761489161262b565b5f858152600e9190910160205260409020546148ae565b81602001515b90506148bb600182615827565b905063ffffffff80821690602083901c1680158015906148da57508082115b156148f257505060a489525086935061246692505050565b6101a08b015160b71c613fff16801561494c575f612710614913838c615b01565b61491d9190615b18565b9050801561492b578061492e565b60015b84111561494a57505060a68b5250889550612466945050505050565b505b84518690036149615760208501849052614970565b60408501869052606085018490525b60ff60f08b901c166149838d8783614cea565b61498f60ec600a615827565b81901b60ec89901b600160eb1b60ec6203ffff901b198f1617171798505050505050505050949350505050565b5f6149c561321f565b80519060200120905090565b5f6149c5613270565b806001600160a01b03163b5f03614a0f57604051634c9c8ce360e01b81526001600160a01b0382166004820152602401610bf9565b5f516020615c465f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f614a4a8484614dc3565b9050808015614a6b57505f3d1180614a6b57505f846001600160a01b03163b115b15614a8057614a78614dd6565b915050610af2565b8015614aaa57604051639996b31560e01b81526001600160a01b0385166004820152602401610bf9565b3d15614abd57614ab8614def565b612e54565b60405163d6bda27560e01b815260040160405180910390fd5b3415611dc05760405163b398979f60e01b815260040160405180910390fd5b5f614afe613416565b54600160401b900460ff16919050565b614b16614454565b5f516020615c065f395f51905f527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace03614b4f8482615b4b565b5060048101610ccf8382615b4b565b614b66614454565b7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d1007fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d102614bb28482615b4b565b5060038101610ccf8382615b4b565b611dc0614454565b5f516020615c865f395f51905f525f614be184610cfa565b5f85815260208490526040808220600101869055519192508491839187917fbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff9190a450505050565b6101c081015180515f03614cba5760408051600180825281830190925290816020015b614c9d6040518061012001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f151581526020015f6001600160a01b031681526020015f81526020015f81525090565b815260200190600190039081614c4c5750506101c0830181905290505b919050565b5f8160a00151614ce257600160a0830152614cd861262b565b600f015460808301525b506080015190565b5f614cf483614cbf565b90505f600160b11b856101a00151165f03614d0f575f614d1c565b614d1761262b565b601001545b90505f5b6009811015614db45780600814614d3d57600184821c1615614d41565b8315155b614dac57614d5081601c615b01565b614d5e906001901b84615827565b92505f630fffffff614d7183601c615b01565b84901c1690508015801590614d98575080630fffffff614d9284601c615b01565b86901c16115b15614daa57505060a590945250505050565b505b600101614d20565b50506080909201919091525050565b5f5f5f835160208501865af49392505050565b6040513d81523d5f602083013e3d602001810160405290565b6040513d5f823e3d81fd5b60405180604001604052806002906020820280368337509192915050565b5f5f83601f840112614e28575f5ffd5b5081356001600160401b03811115614e3e575f5ffd5b602083019150836020828501011115614e55575f5ffd5b9250929050565b5f5f5f5f60608587031215614e6f575f5ffd5b8435935060208501356001600160401b03811115614e8b575f5ffd5b614e9787828801614e18565b9598909750949560400135949350505050565b5f60208284031215614eba575f5ffd5b81356001600160e01b031981168114610cf3575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610cf36020830184614ed1565b6001600160a01b0381168114611e0d575f5ffd5b5f5f60408385031215614f36575f5ffd5b8235614f4181614f11565b946020939093013593505050565b5f5f5f60608486031215614f61575f5ffd5b8335614f6c81614f11565b95602085013595506040909401359392505050565b5f5f5f60608486031215614f93575f5ffd5b8335614f9e81614f11565b92506020840135614fae81614f11565b929592945050506040919091013590565b5f60208284031215614fcf575f5ffd5b5035919050565b5f60208284031215614fe6575f5ffd5b8135610cf381614f11565b5f5f60408385031215615002575f5ffd5b82359150602083013561501481614f11565b809150509250929050565b5f5f83601f84011261502f575f5ffd5b5081356001600160401b03811115615045575f5ffd5b6020830191508360208260051b8501011115614e55575f5ffd5b5f5f5f5f5f5f60608789031215615074575f5ffd5b86356001600160401b03811115615089575f5ffd5b61509589828a0161501f565b90975095505060208701356001600160401b038111156150b3575f5ffd5b6150bf89828a0161501f565b90955093505060408701356001600160401b038111156150dd575f5ffd5b6150e989828a0161501f565b979a9699509497509295939492505050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b0381118282101715615137576151376150fb565b604052919050565b5f6001600160401b03821115615157576151576150fb565b50601f01601f191660200190565b5f5f60408385031215615176575f5ffd5b823561518181614f11565b915060208301356001600160401b0381111561519b575f5ffd5b8301601f810185136151ab575f5ffd5b80356151be6151b98261513f565b61510f565b8181528660208385010111156151d2575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b80356001600160401b0381168114614cba575f5ffd5b803560ff81168114614cba575f5ffd5b5f5f5f5f5f5f5f60e0888a03121561522d575f5ffd5b873561523881614f11565b96506020880135955060408801359450615254606089016151f1565b9350615262608089016151f1565b925061527060a089016151f1565b915061527e60c08901615207565b905092959891949750929550565b5f5f6020838503121561529d575f5ffd5b82356001600160401b038111156152b2575f5ffd5b6152be85828601614e18565b90969095509350505050565b5f5f5f5f608085870312156152dd575f5ffd5b84356152e881614f11565b93506020850135925060408501359150615304606086016151f1565b905092959194509250565b5f6020828403121561531f575f5ffd5b610cf382615207565b60ff60f81b8816815260e060208201525f61534660e0830189614ed1565b82810360408401526153588189614ed1565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156153ad57835183526020938401939092019160010161538f565b50909b9a5050505050505050505050565b5f5f5f5f604085870312156153d1575f5ffd5b84356001600160401b038111156153e6575f5ffd5b6153f28782880161501f565b90955093505060208501356001600160401b03811115615410575f5ffd5b61541c8782880161501f565b95989497509550505050565b602080825282518282018190525f918401906040840190835b8181101561545f578351835260209384019390920191600101615441565b509095945050505050565b606081525f61547c6060830186614ed1565b60208301949094525060400152919050565b5f5f5f5f5f5f5f60e0888a0312156154a4575f5ffd5b87356154af81614f11565b965060208801356154bf81614f11565b955060408801359450606088013593506154db60808901615207565b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215615509575f5ffd5b823561551481614f11565b9150602083013561501481614f11565b5f5f5f5f5f5f5f5f5f5f6101008b8d03121561553e575f5ffd5b8a356001600160401b03811115615553575f5ffd5b61555f8d828e01614e18565b909b5099505060208b01356001600160401b0381111561557d575f5ffd5b6155898d828e01614e18565b909950975061559c905060408c01615207565b955060608b01356155ac81614f11565b945060808b01356155bc81614f11565b935060a08b0135925060c08b01356155d381614f11565b915060e08b01356155e381614f11565b809150509295989b9194979a5092959850565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b848152606060208201525f6156376060830185876155f6565b905082604083015295945050505050565b600181811c9082168061565c57607f821691505b60208210810361567a57634e487b7160e01b5f52602260045260245ffd5b50919050565b5f60208284031215615690575f5ffd5b5051919050565b634e487b7160e01b5f52603260045260245ffd5b5f82601f8301126156ba575f5ffd5b81516156c86151b98261513f565b8181528460208386010111156156dc575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f60208284031215615708575f5ffd5b81516001600160401b0381111561571d575f5ffd5b612466848285016156ab565b5f60208284031215615739575f5ffd5b81516001600160401b0381111561574e575f5ffd5b8201601f8101841361575e575f5ffd5b80516001600160401b03811115615777576157776150fb565b8060051b6157876020820161510f565b918252602081840181019290810190878411156157a2575f5ffd5b6020850194505b83851015613914578451808352602095860195909350909101906157a9565b5f5f5f606084860312156157da575f5ffd5b83516001600160401b038111156157ef575f5ffd5b6157fb868287016156ab565b60208601516040909601519097959650949350505050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610af257610af2615813565b5f5f6040838503121561584b575f5ffd5b505080516020909101519092909150565b81810381811115610af257610af2615813565b601f821115610e595782821115610e5957805f5260205f20601f840160051c602085101561589a57505f5b90810190601f840160051c035f5b818110156158bd575f838201556001016158a8565b505050505050565b6001600160401b038311156158dc576158dc6150fb565b6158f0836158ea8354615648565b8361586f565b5f601f841160018114615921575f851561590a5750838201355b5f19600387901b1c1916600186901b178355611206565b5f83815260208120601f198716915b828110156159505786850135825560209485019460019092019101615930565b508682101561596c575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b602081525f6124666020830184866155f6565b5f8161599f5761599f615813565b505f190190565b5f602082840312156159b6575f5ffd5b8151610cf381614f11565b5f82518060208501845e5f920191825250919050565b5f5f5f5f5f60a086880312156159eb575f5ffd5b5050835160208501516040860151606087015160809097015192989197509594509092509050565b6001815b6001841115615a4e57808504811115615a3257615a32615813565b6001841615615a4057908102905b60019390931c928002615a17565b935093915050565b5f82615a6457506001610af2565b81615a7057505f610af2565b8160018114615a865760028114615a9057615aac565b6001915050610af2565b60ff841115615aa157615aa1615813565b50506001821b610af2565b5060208310610133831016604e8410600b8410161715615acf575081810a610af2565b615adb5f198484615a13565b805f1904821115615aee57615aee615813565b029392505050565b5f610cf38383615a56565b8082028115828204841417610af257610af2615813565b5f82615b3257634e487b7160e01b5f52601260045260245ffd5b500490565b634e487b7160e01b5f52602160045260245ffd5b81516001600160401b03811115615b6457615b646150fb565b615b7881615b728454615648565b8461586f565b6020601f821160018114615baa575f8315615b935750848201515b5f19600385901b1c1916600184901b178455611206565b5f84815260208120601f198516915b82811015615bd95787850151825560209485019460019092019101615bb9565b5084821015615bf657868401515f19600387901b60f8161c191681555b50505050600190811b0190555056fe52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace00189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e3360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a602dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800a264697066735822122087c4b9e124df726e388d1688a491b4aca7c8efbeb49d320e01d7632377a84b9664736f6c63430008250033",
}

// AssetTokenV2 is an auto generated Go binding around an Ethereum contract.
type AssetTokenV2 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AssetTokenV2) GetABI() abi.ABI {
	return c.abi
}

// NewAssetTokenV2 creates a new instance of AssetTokenV2.
func NewAssetTokenV2() *AssetTokenV2 {
	parsed, err := AssetTokenV2MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AssetTokenV2{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AssetTokenV2) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_) returns()
func (assetTokenV2 *AssetTokenV2) PackConstructor(registry_ common.Address) []byte {
	enc, err := assetTokenV2.abi.Pack("", registry_)
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
func (assetTokenV2 *AssetTokenV2) PackAGENTROLE() []byte {
	enc, err := assetTokenV2.abi.Pack("AGENT_ROLE")
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
func (assetTokenV2 *AssetTokenV2) TryPackAGENTROLE() ([]byte, error) {
	return assetTokenV2.abi.Pack("AGENT_ROLE")
}

// UnpackAGENTROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22459e18.
//
// Solidity: function AGENT_ROLE() view returns(bytes32)
func (assetTokenV2 *AssetTokenV2) UnpackAGENTROLE(data []byte) ([32]byte, error) {
	out, err := assetTokenV2.abi.Unpack("AGENT_ROLE", data)
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
func (assetTokenV2 *AssetTokenV2) PackCOMPLIANCEADMINROLE() []byte {
	enc, err := assetTokenV2.abi.Pack("COMPLIANCE_ADMIN_ROLE")
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
func (assetTokenV2 *AssetTokenV2) TryPackCOMPLIANCEADMINROLE() ([]byte, error) {
	return assetTokenV2.abi.Pack("COMPLIANCE_ADMIN_ROLE")
}

// UnpackCOMPLIANCEADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa11939bd.
//
// Solidity: function COMPLIANCE_ADMIN_ROLE() view returns(bytes32)
func (assetTokenV2 *AssetTokenV2) UnpackCOMPLIANCEADMINROLE(data []byte) ([32]byte, error) {
	out, err := assetTokenV2.abi.Unpack("COMPLIANCE_ADMIN_ROLE", data)
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
func (assetTokenV2 *AssetTokenV2) PackDEFAULTADMINROLE() []byte {
	enc, err := assetTokenV2.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (assetTokenV2 *AssetTokenV2) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return assetTokenV2.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (assetTokenV2 *AssetTokenV2) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := assetTokenV2.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (assetTokenV2 *AssetTokenV2) PackDOCUMENTROLE() []byte {
	enc, err := assetTokenV2.abi.Pack("DOCUMENT_ROLE")
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
func (assetTokenV2 *AssetTokenV2) TryPackDOCUMENTROLE() ([]byte, error) {
	return assetTokenV2.abi.Pack("DOCUMENT_ROLE")
}

// UnpackDOCUMENTROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2c721b98.
//
// Solidity: function DOCUMENT_ROLE() view returns(bytes32)
func (assetTokenV2 *AssetTokenV2) UnpackDOCUMENTROLE(data []byte) ([32]byte, error) {
	out, err := assetTokenV2.abi.Unpack("DOCUMENT_ROLE", data)
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
func (assetTokenV2 *AssetTokenV2) PackDOMAINSEPARATOR() []byte {
	enc, err := assetTokenV2.abi.Pack("DOMAIN_SEPARATOR")
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
func (assetTokenV2 *AssetTokenV2) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return assetTokenV2.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (assetTokenV2 *AssetTokenV2) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := assetTokenV2.abi.Unpack("DOMAIN_SEPARATOR", data)
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
func (assetTokenV2 *AssetTokenV2) PackMINTERROLE() []byte {
	enc, err := assetTokenV2.abi.Pack("MINTER_ROLE")
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
func (assetTokenV2 *AssetTokenV2) TryPackMINTERROLE() ([]byte, error) {
	return assetTokenV2.abi.Pack("MINTER_ROLE")
}

// UnpackMINTERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (assetTokenV2 *AssetTokenV2) UnpackMINTERROLE(data []byte) ([32]byte, error) {
	out, err := assetTokenV2.abi.Unpack("MINTER_ROLE", data)
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
func (assetTokenV2 *AssetTokenV2) PackPAUSERROLE() []byte {
	enc, err := assetTokenV2.abi.Pack("PAUSER_ROLE")
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
func (assetTokenV2 *AssetTokenV2) TryPackPAUSERROLE() ([]byte, error) {
	return assetTokenV2.abi.Pack("PAUSER_ROLE")
}

// UnpackPAUSERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (assetTokenV2 *AssetTokenV2) UnpackPAUSERROLE(data []byte) ([32]byte, error) {
	out, err := assetTokenV2.abi.Unpack("PAUSER_ROLE", data)
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
func (assetTokenV2 *AssetTokenV2) PackUPGRADERROLE() []byte {
	enc, err := assetTokenV2.abi.Pack("UPGRADER_ROLE")
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
func (assetTokenV2 *AssetTokenV2) TryPackUPGRADERROLE() ([]byte, error) {
	return assetTokenV2.abi.Pack("UPGRADER_ROLE")
}

// UnpackUPGRADERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf72c0d8b.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (assetTokenV2 *AssetTokenV2) UnpackUPGRADERROLE(data []byte) ([32]byte, error) {
	out, err := assetTokenV2.abi.Unpack("UPGRADER_ROLE", data)
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
func (assetTokenV2 *AssetTokenV2) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := assetTokenV2.abi.Pack("UPGRADE_INTERFACE_VERSION")
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
func (assetTokenV2 *AssetTokenV2) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return assetTokenV2.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (assetTokenV2 *AssetTokenV2) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := assetTokenV2.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
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
func (assetTokenV2 *AssetTokenV2) PackAddAgent(agent common.Address) []byte {
	enc, err := assetTokenV2.abi.Pack("addAgent", agent)
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
func (assetTokenV2 *AssetTokenV2) TryPackAddAgent(agent common.Address) ([]byte, error) {
	return assetTokenV2.abi.Pack("addAgent", agent)
}

// PackAddLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8adf0af2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addLock(address account, uint256 amount, uint64 start, uint64 cliff, uint64 end, uint8 reason) returns()
func (assetTokenV2 *AssetTokenV2) PackAddLock(account common.Address, amount *big.Int, start uint64, cliff uint64, end uint64, reason uint8) []byte {
	enc, err := assetTokenV2.abi.Pack("addLock", account, amount, start, cliff, end, reason)
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
func (assetTokenV2 *AssetTokenV2) TryPackAddLock(account common.Address, amount *big.Int, start uint64, cliff uint64, end uint64, reason uint8) ([]byte, error) {
	return assetTokenV2.abi.Pack("addLock", account, amount, start, cliff, end, reason)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (assetTokenV2 *AssetTokenV2) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := assetTokenV2.abi.Pack("allowance", owner, spender)
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
func (assetTokenV2 *AssetTokenV2) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return assetTokenV2.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (assetTokenV2 *AssetTokenV2) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := assetTokenV2.abi.Unpack("allowance", data)
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
func (assetTokenV2 *AssetTokenV2) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := assetTokenV2.abi.Pack("approve", spender, value)
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
func (assetTokenV2 *AssetTokenV2) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return assetTokenV2.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (assetTokenV2 *AssetTokenV2) UnpackApprove(data []byte) (bool, error) {
	out, err := assetTokenV2.abi.Unpack("approve", data)
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
func (assetTokenV2 *AssetTokenV2) PackBalanceOf(account common.Address) []byte {
	enc, err := assetTokenV2.abi.Pack("balanceOf", account)
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
func (assetTokenV2 *AssetTokenV2) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return assetTokenV2.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (assetTokenV2 *AssetTokenV2) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := assetTokenV2.abi.Unpack("balanceOf", data)
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
func (assetTokenV2 *AssetTokenV2) PackBatchBurn(from []common.Address, amounts []*big.Int) []byte {
	enc, err := assetTokenV2.abi.Pack("batchBurn", from, amounts)
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
func (assetTokenV2 *AssetTokenV2) TryPackBatchBurn(from []common.Address, amounts []*big.Int) ([]byte, error) {
	return assetTokenV2.abi.Pack("batchBurn", from, amounts)
}

// PackBatchForcedTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42a47abc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchForcedTransfer(address[] from, address[] to, uint256[] amounts) returns()
func (assetTokenV2 *AssetTokenV2) PackBatchForcedTransfer(from []common.Address, to []common.Address, amounts []*big.Int) []byte {
	enc, err := assetTokenV2.abi.Pack("batchForcedTransfer", from, to, amounts)
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
func (assetTokenV2 *AssetTokenV2) TryPackBatchForcedTransfer(from []common.Address, to []common.Address, amounts []*big.Int) ([]byte, error) {
	return assetTokenV2.abi.Pack("batchForcedTransfer", from, to, amounts)
}

// PackBatchFreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc7e5fa8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchFreezePartialTokens(address[] accounts, uint256[] amounts) returns()
func (assetTokenV2 *AssetTokenV2) PackBatchFreezePartialTokens(accounts []common.Address, amounts []*big.Int) []byte {
	enc, err := assetTokenV2.abi.Pack("batchFreezePartialTokens", accounts, amounts)
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
func (assetTokenV2 *AssetTokenV2) TryPackBatchFreezePartialTokens(accounts []common.Address, amounts []*big.Int) ([]byte, error) {
	return assetTokenV2.abi.Pack("batchFreezePartialTokens", accounts, amounts)
}

// PackBatchMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc6d9146.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchMint(address[] to, uint256[] amounts, bytes32[] requestIds) returns()
func (assetTokenV2 *AssetTokenV2) PackBatchMint(to []common.Address, amounts []*big.Int, requestIds [][32]byte) []byte {
	enc, err := assetTokenV2.abi.Pack("batchMint", to, amounts, requestIds)
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
func (assetTokenV2 *AssetTokenV2) TryPackBatchMint(to []common.Address, amounts []*big.Int, requestIds [][32]byte) ([]byte, error) {
	return assetTokenV2.abi.Pack("batchMint", to, amounts, requestIds)
}

// PackBatchMintERC3643 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68573107.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchMint(address[] to, uint256[] amounts) returns()
func (assetTokenV2 *AssetTokenV2) PackBatchMintERC3643(to []common.Address, amounts []*big.Int) []byte {
	enc, err := assetTokenV2.abi.Pack("batchMint0", to, amounts)
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
func (assetTokenV2 *AssetTokenV2) TryPackBatchMintERC3643(to []common.Address, amounts []*big.Int) ([]byte, error) {
	return assetTokenV2.abi.Pack("batchMint0", to, amounts)
}

// PackBatchSetAddressFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a7af379.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchSetAddressFrozen(address[] accounts, bool[] frozen) returns()
func (assetTokenV2 *AssetTokenV2) PackBatchSetAddressFrozen(accounts []common.Address, frozen []bool) []byte {
	enc, err := assetTokenV2.abi.Pack("batchSetAddressFrozen", accounts, frozen)
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
func (assetTokenV2 *AssetTokenV2) TryPackBatchSetAddressFrozen(accounts []common.Address, frozen []bool) ([]byte, error) {
	return assetTokenV2.abi.Pack("batchSetAddressFrozen", accounts, frozen)
}

// PackBatchTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88d695b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchTransfer(address[] to, uint256[] amounts) returns()
func (assetTokenV2 *AssetTokenV2) PackBatchTransfer(to []common.Address, amounts []*big.Int) []byte {
	enc, err := assetTokenV2.abi.Pack("batchTransfer", to, amounts)
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
func (assetTokenV2 *AssetTokenV2) TryPackBatchTransfer(to []common.Address, amounts []*big.Int) ([]byte, error) {
	return assetTokenV2.abi.Pack("batchTransfer", to, amounts)
}

// PackBatchUnfreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4710362d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchUnfreezePartialTokens(address[] accounts, uint256[] amounts) returns()
func (assetTokenV2 *AssetTokenV2) PackBatchUnfreezePartialTokens(accounts []common.Address, amounts []*big.Int) []byte {
	enc, err := assetTokenV2.abi.Pack("batchUnfreezePartialTokens", accounts, amounts)
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
func (assetTokenV2 *AssetTokenV2) TryPackBatchUnfreezePartialTokens(accounts []common.Address, amounts []*big.Int) ([]byte, error) {
	return assetTokenV2.abi.Pack("batchUnfreezePartialTokens", accounts, amounts)
}

// PackBindToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ff5aa02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bindToken(address token) returns()
func (assetTokenV2 *AssetTokenV2) PackBindToken(token common.Address) []byte {
	enc, err := assetTokenV2.abi.Pack("bindToken", token)
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
func (assetTokenV2 *AssetTokenV2) TryPackBindToken(token common.Address) ([]byte, error) {
	return assetTokenV2.abi.Pack("bindToken", token)
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x158a1cc3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(address from, uint256 amount, bytes32 requestId) returns()
func (assetTokenV2 *AssetTokenV2) PackBurn(from common.Address, amount *big.Int, requestId [32]byte) []byte {
	enc, err := assetTokenV2.abi.Pack("burn", from, amount, requestId)
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
func (assetTokenV2 *AssetTokenV2) TryPackBurn(from common.Address, amount *big.Int, requestId [32]byte) ([]byte, error) {
	return assetTokenV2.abi.Pack("burn", from, amount, requestId)
}

// PackBurnERC3643 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dc29fac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(address from, uint256 amount) returns()
func (assetTokenV2 *AssetTokenV2) PackBurnERC3643(from common.Address, amount *big.Int) []byte {
	enc, err := assetTokenV2.abi.Pack("burn0", from, amount)
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
func (assetTokenV2 *AssetTokenV2) TryPackBurnERC3643(from common.Address, amount *big.Int) ([]byte, error) {
	return assetTokenV2.abi.Pack("burn0", from, amount)
}

// PackCanReceive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90d370ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function canReceive(address account) view returns(bool)
func (assetTokenV2 *AssetTokenV2) PackCanReceive(account common.Address) []byte {
	enc, err := assetTokenV2.abi.Pack("canReceive", account)
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
func (assetTokenV2 *AssetTokenV2) TryPackCanReceive(account common.Address) ([]byte, error) {
	return assetTokenV2.abi.Pack("canReceive", account)
}

// UnpackCanReceive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x90d370ba.
//
// Solidity: function canReceive(address account) view returns(bool)
func (assetTokenV2 *AssetTokenV2) UnpackCanReceive(data []byte) (bool, error) {
	out, err := assetTokenV2.abi.Unpack("canReceive", data)
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
func (assetTokenV2 *AssetTokenV2) PackCanSend(account common.Address) []byte {
	enc, err := assetTokenV2.abi.Pack("canSend", account)
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
func (assetTokenV2 *AssetTokenV2) TryPackCanSend(account common.Address) ([]byte, error) {
	return assetTokenV2.abi.Pack("canSend", account)
}

// UnpackCanSend is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2bc06a92.
//
// Solidity: function canSend(address account) view returns(bool)
func (assetTokenV2 *AssetTokenV2) UnpackCanSend(data []byte) (bool, error) {
	out, err := assetTokenV2.abi.Unpack("canSend", data)
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
func (assetTokenV2 *AssetTokenV2) PackCanTransfer(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := assetTokenV2.abi.Pack("canTransfer", from, to, amount)
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
func (assetTokenV2 *AssetTokenV2) TryPackCanTransfer(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return assetTokenV2.abi.Pack("canTransfer", from, to, amount)
}

// UnpackCanTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe46638e6.
//
// Solidity: function canTransfer(address from, address to, uint256 amount) view returns(bool)
func (assetTokenV2 *AssetTokenV2) UnpackCanTransfer(data []byte) (bool, error) {
	out, err := assetTokenV2.abi.Unpack("canTransfer", data)
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
func (assetTokenV2 *AssetTokenV2) PackCategoryInvestors() []byte {
	enc, err := assetTokenV2.abi.Pack("categoryInvestors")
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
func (assetTokenV2 *AssetTokenV2) TryPackCategoryInvestors() ([]byte, error) {
	return assetTokenV2.abi.Pack("categoryInvestors")
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
func (assetTokenV2 *AssetTokenV2) UnpackCategoryInvestors(data []byte) (CategoryInvestorsOutput, error) {
	out, err := assetTokenV2.abi.Unpack("categoryInvestors", data)
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
func (assetTokenV2 *AssetTokenV2) PackCompliance() []byte {
	enc, err := assetTokenV2.abi.Pack("compliance")
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
func (assetTokenV2 *AssetTokenV2) TryPackCompliance() ([]byte, error) {
	return assetTokenV2.abi.Pack("compliance")
}

// UnpackCompliance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6290865d.
//
// Solidity: function compliance() view returns(address)
func (assetTokenV2 *AssetTokenV2) UnpackCompliance(data []byte) (common.Address, error) {
	out, err := assetTokenV2.abi.Unpack("compliance", data)
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
func (assetTokenV2 *AssetTokenV2) PackCountryInvestors(country uint16) []byte {
	enc, err := assetTokenV2.abi.Pack("countryInvestors", country)
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
func (assetTokenV2 *AssetTokenV2) TryPackCountryInvestors(country uint16) ([]byte, error) {
	return assetTokenV2.abi.Pack("countryInvestors", country)
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
func (assetTokenV2 *AssetTokenV2) UnpackCountryInvestors(data []byte) (CountryInvestorsOutput, error) {
	out, err := assetTokenV2.abi.Unpack("countryInvestors", data)
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
func (assetTokenV2 *AssetTokenV2) PackCountryRestricted() []byte {
	enc, err := assetTokenV2.abi.Pack("countryRestricted")
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
func (assetTokenV2 *AssetTokenV2) TryPackCountryRestricted() ([]byte, error) {
	return assetTokenV2.abi.Pack("countryRestricted")
}

// UnpackCountryRestricted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb86b38fe.
//
// Solidity: function countryRestricted() view returns(bool)
func (assetTokenV2 *AssetTokenV2) UnpackCountryRestricted(data []byte) (bool, error) {
	out, err := assetTokenV2.abi.Unpack("countryRestricted", data)
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
func (assetTokenV2 *AssetTokenV2) PackCreated(to common.Address, amount *big.Int) []byte {
	enc, err := assetTokenV2.abi.Pack("created", to, amount)
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
func (assetTokenV2 *AssetTokenV2) TryPackCreated(to common.Address, amount *big.Int) ([]byte, error) {
	return assetTokenV2.abi.Pack("created", to, amount)
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (assetTokenV2 *AssetTokenV2) PackDecimals() []byte {
	enc, err := assetTokenV2.abi.Pack("decimals")
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
func (assetTokenV2 *AssetTokenV2) TryPackDecimals() ([]byte, error) {
	return assetTokenV2.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (assetTokenV2 *AssetTokenV2) UnpackDecimals(data []byte) (uint8, error) {
	out, err := assetTokenV2.abi.Unpack("decimals", data)
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
func (assetTokenV2 *AssetTokenV2) PackDeed() []byte {
	enc, err := assetTokenV2.abi.Pack("deed")
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
func (assetTokenV2 *AssetTokenV2) TryPackDeed() ([]byte, error) {
	return assetTokenV2.abi.Pack("deed")
}

// UnpackDeed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2f1e6bd.
//
// Solidity: function deed() view returns(address)
func (assetTokenV2 *AssetTokenV2) UnpackDeed(data []byte) (common.Address, error) {
	out, err := assetTokenV2.abi.Unpack("deed", data)
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
func (assetTokenV2 *AssetTokenV2) PackDeedId() []byte {
	enc, err := assetTokenV2.abi.Pack("deedId")
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
func (assetTokenV2 *AssetTokenV2) TryPackDeedId() ([]byte, error) {
	return assetTokenV2.abi.Pack("deedId")
}

// UnpackDeedId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86a82c94.
//
// Solidity: function deedId() view returns(uint256)
func (assetTokenV2 *AssetTokenV2) UnpackDeedId(data []byte) (*big.Int, error) {
	out, err := assetTokenV2.abi.Unpack("deedId", data)
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
func (assetTokenV2 *AssetTokenV2) PackDeedLocked() []byte {
	enc, err := assetTokenV2.abi.Pack("deedLocked")
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
func (assetTokenV2 *AssetTokenV2) TryPackDeedLocked() ([]byte, error) {
	return assetTokenV2.abi.Pack("deedLocked")
}

// UnpackDeedLocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf652b755.
//
// Solidity: function deedLocked() view returns(bool)
func (assetTokenV2 *AssetTokenV2) UnpackDeedLocked(data []byte) (bool, error) {
	out, err := assetTokenV2.abi.Unpack("deedLocked", data)
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
func (assetTokenV2 *AssetTokenV2) PackDestroyed(from common.Address, amount *big.Int) []byte {
	enc, err := assetTokenV2.abi.Pack("destroyed", from, amount)
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
func (assetTokenV2 *AssetTokenV2) TryPackDestroyed(from common.Address, amount *big.Int) ([]byte, error) {
	return assetTokenV2.abi.Pack("destroyed", from, amount)
}

// PackDetectTransferRestriction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4ce1415.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function detectTransferRestriction(address from, address to, uint256 amount) view returns(uint8)
func (assetTokenV2 *AssetTokenV2) PackDetectTransferRestriction(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := assetTokenV2.abi.Pack("detectTransferRestriction", from, to, amount)
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
func (assetTokenV2 *AssetTokenV2) TryPackDetectTransferRestriction(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return assetTokenV2.abi.Pack("detectTransferRestriction", from, to, amount)
}

// UnpackDetectTransferRestriction is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4ce1415.
//
// Solidity: function detectTransferRestriction(address from, address to, uint256 amount) view returns(uint8)
func (assetTokenV2 *AssetTokenV2) UnpackDetectTransferRestriction(data []byte) (uint8, error) {
	out, err := assetTokenV2.abi.Unpack("detectTransferRestriction", data)
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
func (assetTokenV2 *AssetTokenV2) PackEip712Domain() []byte {
	enc, err := assetTokenV2.abi.Pack("eip712Domain")
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
func (assetTokenV2 *AssetTokenV2) TryPackEip712Domain() ([]byte, error) {
	return assetTokenV2.abi.Pack("eip712Domain")
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
func (assetTokenV2 *AssetTokenV2) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := assetTokenV2.abi.Unpack("eip712Domain", data)
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
func (assetTokenV2 *AssetTokenV2) PackExtendedRules() []byte {
	enc, err := assetTokenV2.abi.Pack("extendedRules")
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
func (assetTokenV2 *AssetTokenV2) TryPackExtendedRules() ([]byte, error) {
	return assetTokenV2.abi.Pack("extendedRules")
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
func (assetTokenV2 *AssetTokenV2) UnpackExtendedRules(data []byte) (ExtendedRulesOutput, error) {
	out, err := assetTokenV2.abi.Unpack("extendedRules", data)
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
func (assetTokenV2 *AssetTokenV2) PackForcedTransfer(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := assetTokenV2.abi.Pack("forcedTransfer", from, to, amount)
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
func (assetTokenV2 *AssetTokenV2) TryPackForcedTransfer(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return assetTokenV2.abi.Pack("forcedTransfer", from, to, amount)
}

// UnpackForcedTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fc1d0e7.
//
// Solidity: function forcedTransfer(address from, address to, uint256 amount) returns(bool)
func (assetTokenV2 *AssetTokenV2) UnpackForcedTransfer(data []byte) (bool, error) {
	out, err := assetTokenV2.abi.Unpack("forcedTransfer", data)
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
func (assetTokenV2 *AssetTokenV2) PackFreezePartialTokens(account common.Address, amount *big.Int) []byte {
	enc, err := assetTokenV2.abi.Pack("freezePartialTokens", account, amount)
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
func (assetTokenV2 *AssetTokenV2) TryPackFreezePartialTokens(account common.Address, amount *big.Int) ([]byte, error) {
	return assetTokenV2.abi.Pack("freezePartialTokens", account, amount)
}

// PackGetAllDocuments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fa5f50b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAllDocuments() view returns(bytes32[])
func (assetTokenV2 *AssetTokenV2) PackGetAllDocuments() []byte {
	enc, err := assetTokenV2.abi.Pack("getAllDocuments")
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
func (assetTokenV2 *AssetTokenV2) TryPackGetAllDocuments() ([]byte, error) {
	return assetTokenV2.abi.Pack("getAllDocuments")
}

// UnpackGetAllDocuments is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fa5f50b.
//
// Solidity: function getAllDocuments() view returns(bytes32[])
func (assetTokenV2 *AssetTokenV2) UnpackGetAllDocuments(data []byte) ([][32]byte, error) {
	out, err := assetTokenV2.abi.Unpack("getAllDocuments", data)
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
func (assetTokenV2 *AssetTokenV2) PackGetDocument(name [32]byte) []byte {
	enc, err := assetTokenV2.abi.Pack("getDocument", name)
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
func (assetTokenV2 *AssetTokenV2) TryPackGetDocument(name [32]byte) ([]byte, error) {
	return assetTokenV2.abi.Pack("getDocument", name)
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
func (assetTokenV2 *AssetTokenV2) UnpackGetDocument(data []byte) (GetDocumentOutput, error) {
	out, err := assetTokenV2.abi.Unpack("getDocument", data)
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
func (assetTokenV2 *AssetTokenV2) PackGetFrozenTokens(account common.Address) []byte {
	enc, err := assetTokenV2.abi.Pack("getFrozenTokens", account)
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
func (assetTokenV2 *AssetTokenV2) TryPackGetFrozenTokens(account common.Address) ([]byte, error) {
	return assetTokenV2.abi.Pack("getFrozenTokens", account)
}

// UnpackGetFrozenTokens is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x158b1a57.
//
// Solidity: function getFrozenTokens(address account) view returns(uint256)
func (assetTokenV2 *AssetTokenV2) UnpackGetFrozenTokens(data []byte) (*big.Int, error) {
	out, err := assetTokenV2.abi.Unpack("getFrozenTokens", data)
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
func (assetTokenV2 *AssetTokenV2) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := assetTokenV2.abi.Pack("getRoleAdmin", role)
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
func (assetTokenV2 *AssetTokenV2) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return assetTokenV2.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (assetTokenV2 *AssetTokenV2) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := assetTokenV2.abi.Unpack("getRoleAdmin", data)
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
func (assetTokenV2 *AssetTokenV2) PackGetTokenBound() []byte {
	enc, err := assetTokenV2.abi.Pack("getTokenBound")
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
func (assetTokenV2 *AssetTokenV2) TryPackGetTokenBound() ([]byte, error) {
	return assetTokenV2.abi.Pack("getTokenBound")
}

// UnpackGetTokenBound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6a3edf28.
//
// Solidity: function getTokenBound() view returns(address)
func (assetTokenV2 *AssetTokenV2) UnpackGetTokenBound(data []byte) (common.Address, error) {
	out, err := assetTokenV2.abi.Unpack("getTokenBound", data)
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
func (assetTokenV2 *AssetTokenV2) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := assetTokenV2.abi.Pack("grantRole", role, account)
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
func (assetTokenV2 *AssetTokenV2) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return assetTokenV2.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (assetTokenV2 *AssetTokenV2) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := assetTokenV2.abi.Pack("hasRole", role, account)
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
func (assetTokenV2 *AssetTokenV2) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return assetTokenV2.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (assetTokenV2 *AssetTokenV2) UnpackHasRole(data []byte) (bool, error) {
	out, err := assetTokenV2.abi.Unpack("hasRole", data)
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
func (assetTokenV2 *AssetTokenV2) PackIdentityRegistry() []byte {
	enc, err := assetTokenV2.abi.Pack("identityRegistry")
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
func (assetTokenV2 *AssetTokenV2) TryPackIdentityRegistry() ([]byte, error) {
	return assetTokenV2.abi.Pack("identityRegistry")
}

// UnpackIdentityRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x134e18f4.
//
// Solidity: function identityRegistry() view returns(address)
func (assetTokenV2 *AssetTokenV2) UnpackIdentityRegistry(data []byte) (common.Address, error) {
	out, err := assetTokenV2.abi.Unpack("identityRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfad11477.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(string name_, string symbol_, uint8 decimals_, address registry_, address deed_, uint256 deedId_, address admin, address upgrader) returns()
func (assetTokenV2 *AssetTokenV2) PackInitialize(name string, symbol string, decimals uint8, registry common.Address, deed common.Address, deedId *big.Int, admin common.Address, upgrader common.Address) []byte {
	enc, err := assetTokenV2.abi.Pack("initialize", name, symbol, decimals, registry, deed, deedId, admin, upgrader)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfad11477.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(string name_, string symbol_, uint8 decimals_, address registry_, address deed_, uint256 deedId_, address admin, address upgrader) returns()
func (assetTokenV2 *AssetTokenV2) TryPackInitialize(name string, symbol string, decimals uint8, registry common.Address, deed common.Address, deedId *big.Int, admin common.Address, upgrader common.Address) ([]byte, error) {
	return assetTokenV2.abi.Pack("initialize", name, symbol, decimals, registry, deed, deedId, admin, upgrader)
}

// PackInitializeV2 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd608ea64.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initializeV2(string prospectus_) returns()
func (assetTokenV2 *AssetTokenV2) PackInitializeV2(prospectus string) []byte {
	enc, err := assetTokenV2.abi.Pack("initializeV2", prospectus)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitializeV2 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd608ea64.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initializeV2(string prospectus_) returns()
func (assetTokenV2 *AssetTokenV2) TryPackInitializeV2(prospectus string) ([]byte, error) {
	return assetTokenV2.abi.Pack("initializeV2", prospectus)
}

// PackInvestorBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61fba37d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function investorBalanceOf(address wallet) view returns(uint256)
func (assetTokenV2 *AssetTokenV2) PackInvestorBalanceOf(wallet common.Address) []byte {
	enc, err := assetTokenV2.abi.Pack("investorBalanceOf", wallet)
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
func (assetTokenV2 *AssetTokenV2) TryPackInvestorBalanceOf(wallet common.Address) ([]byte, error) {
	return assetTokenV2.abi.Pack("investorBalanceOf", wallet)
}

// UnpackInvestorBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61fba37d.
//
// Solidity: function investorBalanceOf(address wallet) view returns(uint256)
func (assetTokenV2 *AssetTokenV2) UnpackInvestorBalanceOf(data []byte) (*big.Int, error) {
	out, err := assetTokenV2.abi.Unpack("investorBalanceOf", data)
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
func (assetTokenV2 *AssetTokenV2) PackInvestorCount() []byte {
	enc, err := assetTokenV2.abi.Pack("investorCount")
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
func (assetTokenV2 *AssetTokenV2) TryPackInvestorCount() ([]byte, error) {
	return assetTokenV2.abi.Pack("investorCount")
}

// UnpackInvestorCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd7e64c00.
//
// Solidity: function investorCount() view returns(uint256)
func (assetTokenV2 *AssetTokenV2) UnpackInvestorCount(data []byte) (*big.Int, error) {
	out, err := assetTokenV2.abi.Unpack("investorCount", data)
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
func (assetTokenV2 *AssetTokenV2) PackInvestorCounting() []byte {
	enc, err := assetTokenV2.abi.Pack("investorCounting")
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
func (assetTokenV2 *AssetTokenV2) TryPackInvestorCounting() ([]byte, error) {
	return assetTokenV2.abi.Pack("investorCounting")
}

// UnpackInvestorCounting is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbe159b5a.
//
// Solidity: function investorCounting() view returns(bool)
func (assetTokenV2 *AssetTokenV2) UnpackInvestorCounting(data []byte) (bool, error) {
	out, err := assetTokenV2.abi.Unpack("investorCounting", data)
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
func (assetTokenV2 *AssetTokenV2) PackIsAgent(agent common.Address) []byte {
	enc, err := assetTokenV2.abi.Pack("isAgent", agent)
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
func (assetTokenV2 *AssetTokenV2) TryPackIsAgent(agent common.Address) ([]byte, error) {
	return assetTokenV2.abi.Pack("isAgent", agent)
}

// UnpackIsAgent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1ffbb064.
//
// Solidity: function isAgent(address agent) view returns(bool)
func (assetTokenV2 *AssetTokenV2) UnpackIsAgent(data []byte) (bool, error) {
	out, err := assetTokenV2.abi.Unpack("isAgent", data)
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
func (assetTokenV2 *AssetTokenV2) PackIsCountryAllowed(country uint16) []byte {
	enc, err := assetTokenV2.abi.Pack("isCountryAllowed", country)
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
func (assetTokenV2 *AssetTokenV2) TryPackIsCountryAllowed(country uint16) ([]byte, error) {
	return assetTokenV2.abi.Pack("isCountryAllowed", country)
}

// UnpackIsCountryAllowed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x99f644f6.
//
// Solidity: function isCountryAllowed(uint16 country) view returns(bool)
func (assetTokenV2 *AssetTokenV2) UnpackIsCountryAllowed(data []byte) (bool, error) {
	out, err := assetTokenV2.abi.Unpack("isCountryAllowed", data)
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
func (assetTokenV2 *AssetTokenV2) PackIsFrozen(account common.Address) []byte {
	enc, err := assetTokenV2.abi.Pack("isFrozen", account)
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
func (assetTokenV2 *AssetTokenV2) TryPackIsFrozen(account common.Address) ([]byte, error) {
	return assetTokenV2.abi.Pack("isFrozen", account)
}

// UnpackIsFrozen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5839836.
//
// Solidity: function isFrozen(address account) view returns(bool)
func (assetTokenV2 *AssetTokenV2) UnpackIsFrozen(data []byte) (bool, error) {
	out, err := assetTokenV2.abi.Unpack("isFrozen", data)
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
func (assetTokenV2 *AssetTokenV2) PackIsLiquidateOnly(wallet common.Address) []byte {
	enc, err := assetTokenV2.abi.Pack("isLiquidateOnly", wallet)
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
func (assetTokenV2 *AssetTokenV2) TryPackIsLiquidateOnly(wallet common.Address) ([]byte, error) {
	return assetTokenV2.abi.Pack("isLiquidateOnly", wallet)
}

// UnpackIsLiquidateOnly is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe2e2d117.
//
// Solidity: function isLiquidateOnly(address wallet) view returns(bool)
func (assetTokenV2 *AssetTokenV2) UnpackIsLiquidateOnly(data []byte) (bool, error) {
	out, err := assetTokenV2.abi.Unpack("isLiquidateOnly", data)
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
func (assetTokenV2 *AssetTokenV2) PackIsRequestProcessed(requestId [32]byte) []byte {
	enc, err := assetTokenV2.abi.Pack("isRequestProcessed", requestId)
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
func (assetTokenV2 *AssetTokenV2) TryPackIsRequestProcessed(requestId [32]byte) ([]byte, error) {
	return assetTokenV2.abi.Pack("isRequestProcessed", requestId)
}

// UnpackIsRequestProcessed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6da398b3.
//
// Solidity: function isRequestProcessed(bytes32 requestId) view returns(bool)
func (assetTokenV2 *AssetTokenV2) UnpackIsRequestProcessed(data []byte) (bool, error) {
	out, err := assetTokenV2.abi.Unpack("isRequestProcessed", data)
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
func (assetTokenV2 *AssetTokenV2) PackIsTokenBound(token common.Address) []byte {
	enc, err := assetTokenV2.abi.Pack("isTokenBound", token)
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
func (assetTokenV2 *AssetTokenV2) TryPackIsTokenBound(token common.Address) ([]byte, error) {
	return assetTokenV2.abi.Pack("isTokenBound", token)
}

// UnpackIsTokenBound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x993e8b95.
//
// Solidity: function isTokenBound(address token) view returns(bool)
func (assetTokenV2 *AssetTokenV2) UnpackIsTokenBound(data []byte) (bool, error) {
	out, err := assetTokenV2.abi.Unpack("isTokenBound", data)
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
func (assetTokenV2 *AssetTokenV2) PackLockOf(account common.Address) []byte {
	enc, err := assetTokenV2.abi.Pack("lockOf", account)
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
func (assetTokenV2 *AssetTokenV2) TryPackLockOf(account common.Address) ([]byte, error) {
	return assetTokenV2.abi.Pack("lockOf", account)
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
func (assetTokenV2 *AssetTokenV2) UnpackLockOf(data []byte) (LockOfOutput, error) {
	out, err := assetTokenV2.abi.Unpack("lockOf", data)
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
func (assetTokenV2 *AssetTokenV2) PackLocksOf(account common.Address) []byte {
	enc, err := assetTokenV2.abi.Pack("locksOf", account)
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
func (assetTokenV2 *AssetTokenV2) TryPackLocksOf(account common.Address) ([]byte, error) {
	return assetTokenV2.abi.Pack("locksOf", account)
}

// UnpackLocksOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3f9ab58.
//
// Solidity: function locksOf(address account) view returns((uint256,uint64,uint64,uint64,uint8,uint256)[] locks)
func (assetTokenV2 *AssetTokenV2) UnpackLocksOf(data []byte) ([]IAssetTokenColdLock, error) {
	out, err := assetTokenV2.abi.Unpack("locksOf", data)
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
func (assetTokenV2 *AssetTokenV2) PackMaxBalance() []byte {
	enc, err := assetTokenV2.abi.Pack("maxBalance")
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
func (assetTokenV2 *AssetTokenV2) TryPackMaxBalance() ([]byte, error) {
	return assetTokenV2.abi.Pack("maxBalance")
}

// UnpackMaxBalance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x73ad468a.
//
// Solidity: function maxBalance() view returns(uint256)
func (assetTokenV2 *AssetTokenV2) UnpackMaxBalance(data []byte) (*big.Int, error) {
	out, err := assetTokenV2.abi.Unpack("maxBalance", data)
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
func (assetTokenV2 *AssetTokenV2) PackMaxCountryShare() []byte {
	enc, err := assetTokenV2.abi.Pack("maxCountryShare")
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
func (assetTokenV2 *AssetTokenV2) TryPackMaxCountryShare() ([]byte, error) {
	return assetTokenV2.abi.Pack("maxCountryShare")
}

// UnpackMaxCountryShare is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf9062c80.
//
// Solidity: function maxCountryShare() view returns(uint16)
func (assetTokenV2 *AssetTokenV2) UnpackMaxCountryShare(data []byte) (uint16, error) {
	out, err := assetTokenV2.abi.Unpack("maxCountryShare", data)
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
func (assetTokenV2 *AssetTokenV2) PackMaxInvestors() []byte {
	enc, err := assetTokenV2.abi.Pack("maxInvestors")
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
func (assetTokenV2 *AssetTokenV2) TryPackMaxInvestors() ([]byte, error) {
	return assetTokenV2.abi.Pack("maxInvestors")
}

// UnpackMaxInvestors is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc99cc37.
//
// Solidity: function maxInvestors() view returns(uint256)
func (assetTokenV2 *AssetTokenV2) UnpackMaxInvestors(data []byte) (*big.Int, error) {
	out, err := assetTokenV2.abi.Unpack("maxInvestors", data)
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
func (assetTokenV2 *AssetTokenV2) PackMessageForTransferRestriction(code uint8) []byte {
	enc, err := assetTokenV2.abi.Pack("messageForTransferRestriction", code)
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
func (assetTokenV2 *AssetTokenV2) TryPackMessageForTransferRestriction(code uint8) ([]byte, error) {
	return assetTokenV2.abi.Pack("messageForTransferRestriction", code)
}

// UnpackMessageForTransferRestriction is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7f4ab1dd.
//
// Solidity: function messageForTransferRestriction(uint8 code) pure returns(string)
func (assetTokenV2 *AssetTokenV2) UnpackMessageForTransferRestriction(data []byte) (string, error) {
	out, err := assetTokenV2.abi.Unpack("messageForTransferRestriction", data)
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
func (assetTokenV2 *AssetTokenV2) PackMint(to common.Address, amount *big.Int, requestId [32]byte) []byte {
	enc, err := assetTokenV2.abi.Pack("mint", to, amount, requestId)
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
func (assetTokenV2 *AssetTokenV2) TryPackMint(to common.Address, amount *big.Int, requestId [32]byte) ([]byte, error) {
	return assetTokenV2.abi.Pack("mint", to, amount, requestId)
}

// PackMintERC3643 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (assetTokenV2 *AssetTokenV2) PackMintERC3643(to common.Address, amount *big.Int) []byte {
	enc, err := assetTokenV2.abi.Pack("mint0", to, amount)
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
func (assetTokenV2 *AssetTokenV2) TryPackMintERC3643(to common.Address, amount *big.Int) ([]byte, error) {
	return assetTokenV2.abi.Pack("mint0", to, amount)
}

// PackMintLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65275d4f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintLocked(address to, uint256 amount, bytes32 requestId, uint64 lockedUntil) returns()
func (assetTokenV2 *AssetTokenV2) PackMintLocked(to common.Address, amount *big.Int, requestId [32]byte, lockedUntil uint64) []byte {
	enc, err := assetTokenV2.abi.Pack("mintLocked", to, amount, requestId, lockedUntil)
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
func (assetTokenV2 *AssetTokenV2) TryPackMintLocked(to common.Address, amount *big.Int, requestId [32]byte, lockedUntil uint64) ([]byte, error) {
	return assetTokenV2.abi.Pack("mintLocked", to, amount, requestId, lockedUntil)
}

// PackMintVesting is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56d8f629.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintVesting(address to, uint256 amount, bytes32 requestId, uint64 start, uint64 cliff, uint64 end, uint8 reason) returns()
func (assetTokenV2 *AssetTokenV2) PackMintVesting(to common.Address, amount *big.Int, requestId [32]byte, start uint64, cliff uint64, end uint64, reason uint8) []byte {
	enc, err := assetTokenV2.abi.Pack("mintVesting", to, amount, requestId, start, cliff, end, reason)
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
func (assetTokenV2 *AssetTokenV2) TryPackMintVesting(to common.Address, amount *big.Int, requestId [32]byte, start uint64, cliff uint64, end uint64, reason uint8) ([]byte, error) {
	return assetTokenV2.abi.Pack("mintVesting", to, amount, requestId, start, cliff, end, reason)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (assetTokenV2 *AssetTokenV2) PackName() []byte {
	enc, err := assetTokenV2.abi.Pack("name")
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
func (assetTokenV2 *AssetTokenV2) TryPackName() ([]byte, error) {
	return assetTokenV2.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (assetTokenV2 *AssetTokenV2) UnpackName(data []byte) (string, error) {
	out, err := assetTokenV2.abi.Unpack("name", data)
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
func (assetTokenV2 *AssetTokenV2) PackNonces(owner common.Address) []byte {
	enc, err := assetTokenV2.abi.Pack("nonces", owner)
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
func (assetTokenV2 *AssetTokenV2) TryPackNonces(owner common.Address) ([]byte, error) {
	return assetTokenV2.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (assetTokenV2 *AssetTokenV2) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := assetTokenV2.abi.Unpack("nonces", data)
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
func (assetTokenV2 *AssetTokenV2) PackOnERC721Received(operator common.Address, from common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := assetTokenV2.abi.Pack("onERC721Received", operator, from, tokenId, data)
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
func (assetTokenV2 *AssetTokenV2) TryPackOnERC721Received(operator common.Address, from common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return assetTokenV2.abi.Pack("onERC721Received", operator, from, tokenId, data)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address operator, address from, uint256 tokenId, bytes data) returns(bytes4)
func (assetTokenV2 *AssetTokenV2) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := assetTokenV2.abi.Unpack("onERC721Received", data)
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
func (assetTokenV2 *AssetTokenV2) PackOnchainID() []byte {
	enc, err := assetTokenV2.abi.Pack("onchainID")
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
func (assetTokenV2 *AssetTokenV2) TryPackOnchainID() ([]byte, error) {
	return assetTokenV2.abi.Pack("onchainID")
}

// UnpackOnchainID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaba63705.
//
// Solidity: function onchainID() view returns(address)
func (assetTokenV2 *AssetTokenV2) UnpackOnchainID(data []byte) (common.Address, error) {
	out, err := assetTokenV2.abi.Unpack("onchainID", data)
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
func (assetTokenV2 *AssetTokenV2) PackPause() []byte {
	enc, err := assetTokenV2.abi.Pack("pause")
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
func (assetTokenV2 *AssetTokenV2) TryPackPause() ([]byte, error) {
	return assetTokenV2.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (assetTokenV2 *AssetTokenV2) PackPaused() []byte {
	enc, err := assetTokenV2.abi.Pack("paused")
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
func (assetTokenV2 *AssetTokenV2) TryPackPaused() ([]byte, error) {
	return assetTokenV2.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (assetTokenV2 *AssetTokenV2) UnpackPaused(data []byte) (bool, error) {
	out, err := assetTokenV2.abi.Unpack("paused", data)
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
func (assetTokenV2 *AssetTokenV2) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := assetTokenV2.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
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
func (assetTokenV2 *AssetTokenV2) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return assetTokenV2.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackProspectus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff688f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function prospectus() view returns(string)
func (assetTokenV2 *AssetTokenV2) PackProspectus() []byte {
	enc, err := assetTokenV2.abi.Pack("prospectus")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProspectus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff688f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function prospectus() view returns(string)
func (assetTokenV2 *AssetTokenV2) TryPackProspectus() ([]byte, error) {
	return assetTokenV2.abi.Pack("prospectus")
}

// UnpackProspectus is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff688f3.
//
// Solidity: function prospectus() view returns(string)
func (assetTokenV2 *AssetTokenV2) UnpackProspectus(data []byte) (string, error) {
	out, err := assetTokenV2.abi.Unpack("prospectus", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackProxiableUUID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d1902d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (assetTokenV2 *AssetTokenV2) PackProxiableUUID() []byte {
	enc, err := assetTokenV2.abi.Pack("proxiableUUID")
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
func (assetTokenV2 *AssetTokenV2) TryPackProxiableUUID() ([]byte, error) {
	return assetTokenV2.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (assetTokenV2 *AssetTokenV2) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := assetTokenV2.abi.Unpack("proxiableUUID", data)
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
func (assetTokenV2 *AssetTokenV2) PackRecount(wallet common.Address) []byte {
	enc, err := assetTokenV2.abi.Pack("recount", wallet)
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
func (assetTokenV2 *AssetTokenV2) TryPackRecount(wallet common.Address) ([]byte, error) {
	return assetTokenV2.abi.Pack("recount", wallet)
}

// PackRecoveryAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b5ba2fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recoveryAddress(address lostWallet, address newWallet, bytes32 investorId) returns(bool)
func (assetTokenV2 *AssetTokenV2) PackRecoveryAddress(lostWallet common.Address, newWallet common.Address, investorId [32]byte) []byte {
	enc, err := assetTokenV2.abi.Pack("recoveryAddress", lostWallet, newWallet, investorId)
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
func (assetTokenV2 *AssetTokenV2) TryPackRecoveryAddress(lostWallet common.Address, newWallet common.Address, investorId [32]byte) ([]byte, error) {
	return assetTokenV2.abi.Pack("recoveryAddress", lostWallet, newWallet, investorId)
}

// UnpackRecoveryAddress is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b5ba2fd.
//
// Solidity: function recoveryAddress(address lostWallet, address newWallet, bytes32 investorId) returns(bool)
func (assetTokenV2 *AssetTokenV2) UnpackRecoveryAddress(data []byte) (bool, error) {
	out, err := assetTokenV2.abi.Unpack("recoveryAddress", data)
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
func (assetTokenV2 *AssetTokenV2) PackRecoveryAddressERC3643(lostWallet common.Address, newWallet common.Address, investorOnchainID common.Address) []byte {
	enc, err := assetTokenV2.abi.Pack("recoveryAddress0", lostWallet, newWallet, investorOnchainID)
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
func (assetTokenV2 *AssetTokenV2) TryPackRecoveryAddressERC3643(lostWallet common.Address, newWallet common.Address, investorOnchainID common.Address) ([]byte, error) {
	return assetTokenV2.abi.Pack("recoveryAddress0", lostWallet, newWallet, investorOnchainID)
}

// UnpackRecoveryAddressERC3643 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9285948a.
//
// Solidity: function recoveryAddress(address lostWallet, address newWallet, address investorOnchainID) returns(bool)
func (assetTokenV2 *AssetTokenV2) UnpackRecoveryAddressERC3643(data []byte) (bool, error) {
	out, err := assetTokenV2.abi.Unpack("recoveryAddress0", data)
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
func (assetTokenV2 *AssetTokenV2) PackReleaseDeed(to common.Address) []byte {
	enc, err := assetTokenV2.abi.Pack("releaseDeed", to)
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
func (assetTokenV2 *AssetTokenV2) TryPackReleaseDeed(to common.Address) ([]byte, error) {
	return assetTokenV2.abi.Pack("releaseDeed", to)
}

// PackRemoveAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97a6278e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeAgent(address agent) returns()
func (assetTokenV2 *AssetTokenV2) PackRemoveAgent(agent common.Address) []byte {
	enc, err := assetTokenV2.abi.Pack("removeAgent", agent)
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
func (assetTokenV2 *AssetTokenV2) TryPackRemoveAgent(agent common.Address) ([]byte, error) {
	return assetTokenV2.abi.Pack("removeAgent", agent)
}

// PackRemoveDocument is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3501848.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeDocument(bytes32 name) returns()
func (assetTokenV2 *AssetTokenV2) PackRemoveDocument(name [32]byte) []byte {
	enc, err := assetTokenV2.abi.Pack("removeDocument", name)
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
func (assetTokenV2 *AssetTokenV2) TryPackRemoveDocument(name [32]byte) ([]byte, error) {
	return assetTokenV2.abi.Pack("removeDocument", name)
}

// PackRemoveLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08156892.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeLock(address account, uint256 amount, uint64 start, uint64 cliff, uint64 end, uint8 reason) returns()
func (assetTokenV2 *AssetTokenV2) PackRemoveLock(account common.Address, amount *big.Int, start uint64, cliff uint64, end uint64, reason uint8) []byte {
	enc, err := assetTokenV2.abi.Pack("removeLock", account, amount, start, cliff, end, reason)
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
func (assetTokenV2 *AssetTokenV2) TryPackRemoveLock(account common.Address, amount *big.Int, start uint64, cliff uint64, end uint64, reason uint8) ([]byte, error) {
	return assetTokenV2.abi.Pack("removeLock", account, amount, start, cliff, end, reason)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (assetTokenV2 *AssetTokenV2) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := assetTokenV2.abi.Pack("renounceRole", role, callerConfirmation)
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
func (assetTokenV2 *AssetTokenV2) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return assetTokenV2.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRequiredFlags is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82c8e52f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requiredFlags() view returns(uint8)
func (assetTokenV2 *AssetTokenV2) PackRequiredFlags() []byte {
	enc, err := assetTokenV2.abi.Pack("requiredFlags")
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
func (assetTokenV2 *AssetTokenV2) TryPackRequiredFlags() ([]byte, error) {
	return assetTokenV2.abi.Pack("requiredFlags")
}

// UnpackRequiredFlags is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82c8e52f.
//
// Solidity: function requiredFlags() view returns(uint8)
func (assetTokenV2 *AssetTokenV2) UnpackRequiredFlags(data []byte) (uint8, error) {
	out, err := assetTokenV2.abi.Unpack("requiredFlags", data)
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
func (assetTokenV2 *AssetTokenV2) PackReserveGuard() []byte {
	enc, err := assetTokenV2.abi.Pack("reserveGuard")
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
func (assetTokenV2 *AssetTokenV2) TryPackReserveGuard() ([]byte, error) {
	return assetTokenV2.abi.Pack("reserveGuard")
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
func (assetTokenV2 *AssetTokenV2) UnpackReserveGuard(data []byte) (ReserveGuardOutput, error) {
	out, err := assetTokenV2.abi.Unpack("reserveGuard", data)
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
func (assetTokenV2 *AssetTokenV2) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := assetTokenV2.abi.Pack("revokeRole", role, account)
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
func (assetTokenV2 *AssetTokenV2) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return assetTokenV2.abi.Pack("revokeRole", role, account)
}

// PackSetAddressFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc69c09cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAddressFrozen(address account, bool frozen) returns()
func (assetTokenV2 *AssetTokenV2) PackSetAddressFrozen(account common.Address, frozen bool) []byte {
	enc, err := assetTokenV2.abi.Pack("setAddressFrozen", account, frozen)
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
func (assetTokenV2 *AssetTokenV2) TryPackSetAddressFrozen(account common.Address, frozen bool) ([]byte, error) {
	return assetTokenV2.abi.Pack("setAddressFrozen", account, frozen)
}

// PackSetCategoryCaps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x826172ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCategoryCaps(uint32[9] caps) returns()
func (assetTokenV2 *AssetTokenV2) PackSetCategoryCaps(caps [9]uint32) []byte {
	enc, err := assetTokenV2.abi.Pack("setCategoryCaps", caps)
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
func (assetTokenV2 *AssetTokenV2) TryPackSetCategoryCaps(caps [9]uint32) ([]byte, error) {
	return assetTokenV2.abi.Pack("setCategoryCaps", caps)
}

// PackSetCompliance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8981789.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCompliance(address compliance_) returns()
func (assetTokenV2 *AssetTokenV2) PackSetCompliance(compliance common.Address) []byte {
	enc, err := assetTokenV2.abi.Pack("setCompliance", compliance)
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
func (assetTokenV2 *AssetTokenV2) TryPackSetCompliance(compliance common.Address) ([]byte, error) {
	return assetTokenV2.abi.Pack("setCompliance", compliance)
}

// PackSetCountriesAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd8af8fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCountriesAllowed(uint16[] countries, bool allowed) returns()
func (assetTokenV2 *AssetTokenV2) PackSetCountriesAllowed(countries []uint16, allowed bool) []byte {
	enc, err := assetTokenV2.abi.Pack("setCountriesAllowed", countries, allowed)
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
func (assetTokenV2 *AssetTokenV2) TryPackSetCountriesAllowed(countries []uint16, allowed bool) ([]byte, error) {
	return assetTokenV2.abi.Pack("setCountriesAllowed", countries, allowed)
}

// PackSetCountryCaps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x204458f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCountryCaps(uint16[] countries, uint32[] caps) returns()
func (assetTokenV2 *AssetTokenV2) PackSetCountryCaps(countries []uint16, caps []uint32) []byte {
	enc, err := assetTokenV2.abi.Pack("setCountryCaps", countries, caps)
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
func (assetTokenV2 *AssetTokenV2) TryPackSetCountryCaps(countries []uint16, caps []uint32) ([]byte, error) {
	return assetTokenV2.abi.Pack("setCountryCaps", countries, caps)
}

// PackSetCountryRestriction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd79c7ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCountryRestriction(bool enabled) returns()
func (assetTokenV2 *AssetTokenV2) PackSetCountryRestriction(enabled bool) []byte {
	enc, err := assetTokenV2.abi.Pack("setCountryRestriction", enabled)
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
func (assetTokenV2 *AssetTokenV2) TryPackSetCountryRestriction(enabled bool) ([]byte, error) {
	return assetTokenV2.abi.Pack("setCountryRestriction", enabled)
}

// PackSetDocument is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x010648ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDocument(bytes32 name, string uri, bytes32 documentHash) returns()
func (assetTokenV2 *AssetTokenV2) PackSetDocument(name [32]byte, uri string, documentHash [32]byte) []byte {
	enc, err := assetTokenV2.abi.Pack("setDocument", name, uri, documentHash)
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
func (assetTokenV2 *AssetTokenV2) TryPackSetDocument(name [32]byte, uri string, documentHash [32]byte) ([]byte, error) {
	return assetTokenV2.abi.Pack("setDocument", name, uri, documentHash)
}

// PackSetExtendedRules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe68da4b8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setExtendedRules(uint256 minHolding, uint64 flowbackUntil, uint32 initialLockup, uint8 lockupReason, bool forceFullTransfer) returns()
func (assetTokenV2 *AssetTokenV2) PackSetExtendedRules(minHolding *big.Int, flowbackUntil uint64, initialLockup uint32, lockupReason uint8, forceFullTransfer bool) []byte {
	enc, err := assetTokenV2.abi.Pack("setExtendedRules", minHolding, flowbackUntil, initialLockup, lockupReason, forceFullTransfer)
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
func (assetTokenV2 *AssetTokenV2) TryPackSetExtendedRules(minHolding *big.Int, flowbackUntil uint64, initialLockup uint32, lockupReason uint8, forceFullTransfer bool) ([]byte, error) {
	return assetTokenV2.abi.Pack("setExtendedRules", minHolding, flowbackUntil, initialLockup, lockupReason, forceFullTransfer)
}

// PackSetFrozenTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xebe45cba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFrozenTokens(address account, uint256 amount) returns(bool)
func (assetTokenV2 *AssetTokenV2) PackSetFrozenTokens(account common.Address, amount *big.Int) []byte {
	enc, err := assetTokenV2.abi.Pack("setFrozenTokens", account, amount)
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
func (assetTokenV2 *AssetTokenV2) TryPackSetFrozenTokens(account common.Address, amount *big.Int) ([]byte, error) {
	return assetTokenV2.abi.Pack("setFrozenTokens", account, amount)
}

// UnpackSetFrozenTokens is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xebe45cba.
//
// Solidity: function setFrozenTokens(address account, uint256 amount) returns(bool)
func (assetTokenV2 *AssetTokenV2) UnpackSetFrozenTokens(data []byte) (bool, error) {
	out, err := assetTokenV2.abi.Unpack("setFrozenTokens", data)
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
func (assetTokenV2 *AssetTokenV2) PackSetIdentityRegistry(registry common.Address) []byte {
	enc, err := assetTokenV2.abi.Pack("setIdentityRegistry", registry)
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
func (assetTokenV2 *AssetTokenV2) TryPackSetIdentityRegistry(registry common.Address) ([]byte, error) {
	return assetTokenV2.abi.Pack("setIdentityRegistry", registry)
}

// PackSetInvestorCounting is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbca0a23d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setInvestorCounting() returns()
func (assetTokenV2 *AssetTokenV2) PackSetInvestorCounting() []byte {
	enc, err := assetTokenV2.abi.Pack("setInvestorCounting")
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
func (assetTokenV2 *AssetTokenV2) TryPackSetInvestorCounting() ([]byte, error) {
	return assetTokenV2.abi.Pack("setInvestorCounting")
}

// PackSetLiquidateOnly is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97809e0b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setLiquidateOnly(address wallet, bool on) returns()
func (assetTokenV2 *AssetTokenV2) PackSetLiquidateOnly(wallet common.Address, on bool) []byte {
	enc, err := assetTokenV2.abi.Pack("setLiquidateOnly", wallet, on)
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
func (assetTokenV2 *AssetTokenV2) TryPackSetLiquidateOnly(wallet common.Address, on bool) ([]byte, error) {
	return assetTokenV2.abi.Pack("setLiquidateOnly", wallet, on)
}

// PackSetMaxBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d51d9b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxBalance(uint256 maxBalance_) returns()
func (assetTokenV2 *AssetTokenV2) PackSetMaxBalance(maxBalance *big.Int) []byte {
	enc, err := assetTokenV2.abi.Pack("setMaxBalance", maxBalance)
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
func (assetTokenV2 *AssetTokenV2) TryPackSetMaxBalance(maxBalance *big.Int) ([]byte, error) {
	return assetTokenV2.abi.Pack("setMaxBalance", maxBalance)
}

// PackSetMaxCountryShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b4b3829.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxCountryShare(uint16 bps) returns()
func (assetTokenV2 *AssetTokenV2) PackSetMaxCountryShare(bps uint16) []byte {
	enc, err := assetTokenV2.abi.Pack("setMaxCountryShare", bps)
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
func (assetTokenV2 *AssetTokenV2) TryPackSetMaxCountryShare(bps uint16) ([]byte, error) {
	return assetTokenV2.abi.Pack("setMaxCountryShare", bps)
}

// PackSetMaxInvestors is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a6df897.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxInvestors(uint32 maxInvestors_) returns()
func (assetTokenV2 *AssetTokenV2) PackSetMaxInvestors(maxInvestors uint32) []byte {
	enc, err := assetTokenV2.abi.Pack("setMaxInvestors", maxInvestors)
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
func (assetTokenV2 *AssetTokenV2) TryPackSetMaxInvestors(maxInvestors uint32) ([]byte, error) {
	return assetTokenV2.abi.Pack("setMaxInvestors", maxInvestors)
}

// PackSetName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc47f0027.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setName(string name_) returns()
func (assetTokenV2 *AssetTokenV2) PackSetName(name string) []byte {
	enc, err := assetTokenV2.abi.Pack("setName", name)
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
func (assetTokenV2 *AssetTokenV2) TryPackSetName(name string) ([]byte, error) {
	return assetTokenV2.abi.Pack("setName", name)
}

// PackSetOnchainID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d1ddc5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setOnchainID(address onchainID_) returns()
func (assetTokenV2 *AssetTokenV2) PackSetOnchainID(onchainID common.Address) []byte {
	enc, err := assetTokenV2.abi.Pack("setOnchainID", onchainID)
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
func (assetTokenV2 *AssetTokenV2) TryPackSetOnchainID(onchainID common.Address) ([]byte, error) {
	return assetTokenV2.abi.Pack("setOnchainID", onchainID)
}

// PackSetProspectus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e0c7f98.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setProspectus(string prospectus_) returns()
func (assetTokenV2 *AssetTokenV2) PackSetProspectus(prospectus string) []byte {
	enc, err := assetTokenV2.abi.Pack("setProspectus", prospectus)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetProspectus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e0c7f98.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setProspectus(string prospectus_) returns()
func (assetTokenV2 *AssetTokenV2) TryPackSetProspectus(prospectus string) ([]byte, error) {
	return assetTokenV2.abi.Pack("setProspectus", prospectus)
}

// PackSetRequiredFlags is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2e09b0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRequiredFlags(uint8 flags) returns()
func (assetTokenV2 *AssetTokenV2) PackSetRequiredFlags(flags uint8) []byte {
	enc, err := assetTokenV2.abi.Pack("setRequiredFlags", flags)
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
func (assetTokenV2 *AssetTokenV2) TryPackSetRequiredFlags(flags uint8) ([]byte, error) {
	return assetTokenV2.abi.Pack("setRequiredFlags", flags)
}

// PackSetReserveGuard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4fee3b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReserveGuard(address feed, uint64 maxAge, uint8 marginMode, uint256 margin) returns()
func (assetTokenV2 *AssetTokenV2) PackSetReserveGuard(feed common.Address, maxAge uint64, marginMode uint8, margin *big.Int) []byte {
	enc, err := assetTokenV2.abi.Pack("setReserveGuard", feed, maxAge, marginMode, margin)
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
func (assetTokenV2 *AssetTokenV2) TryPackSetReserveGuard(feed common.Address, maxAge uint64, marginMode uint8, margin *big.Int) ([]byte, error) {
	return assetTokenV2.abi.Pack("setReserveGuard", feed, maxAge, marginMode, margin)
}

// PackSetSupplyCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6a3f59a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSupplyCap(uint256 cap) returns()
func (assetTokenV2 *AssetTokenV2) PackSetSupplyCap(cap *big.Int) []byte {
	enc, err := assetTokenV2.abi.Pack("setSupplyCap", cap)
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
func (assetTokenV2 *AssetTokenV2) TryPackSetSupplyCap(cap *big.Int) ([]byte, error) {
	return assetTokenV2.abi.Pack("setSupplyCap", cap)
}

// PackSetSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb84c8246.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSymbol(string symbol_) returns()
func (assetTokenV2 *AssetTokenV2) PackSetSymbol(symbol string) []byte {
	enc, err := assetTokenV2.abi.Pack("setSymbol", symbol)
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
func (assetTokenV2 *AssetTokenV2) TryPackSetSymbol(symbol string) ([]byte, error) {
	return assetTokenV2.abi.Pack("setSymbol", symbol)
}

// PackSetTransferLimits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf1a8cb6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTransferLimits(uint32[] periods, uint256[] limits) returns()
func (assetTokenV2 *AssetTokenV2) PackSetTransferLimits(periods []uint32, limits []*big.Int) []byte {
	enc, err := assetTokenV2.abi.Pack("setTransferLimits", periods, limits)
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
func (assetTokenV2 *AssetTokenV2) TryPackSetTransferLimits(periods []uint32, limits []*big.Int) ([]byte, error) {
	return assetTokenV2.abi.Pack("setTransferLimits", periods, limits)
}

// PackSetValuationGuard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb20a5b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setValuationGuard(address feed, uint64 maxAge) returns()
func (assetTokenV2 *AssetTokenV2) PackSetValuationGuard(feed common.Address, maxAge uint64) []byte {
	enc, err := assetTokenV2.abi.Pack("setValuationGuard", feed, maxAge)
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
func (assetTokenV2 *AssetTokenV2) TryPackSetValuationGuard(feed common.Address, maxAge uint64) ([]byte, error) {
	return assetTokenV2.abi.Pack("setValuationGuard", feed, maxAge)
}

// PackSupplyCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f770ad0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supplyCap() view returns(uint256)
func (assetTokenV2 *AssetTokenV2) PackSupplyCap() []byte {
	enc, err := assetTokenV2.abi.Pack("supplyCap")
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
func (assetTokenV2 *AssetTokenV2) TryPackSupplyCap() ([]byte, error) {
	return assetTokenV2.abi.Pack("supplyCap")
}

// UnpackSupplyCap is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f770ad0.
//
// Solidity: function supplyCap() view returns(uint256)
func (assetTokenV2 *AssetTokenV2) UnpackSupplyCap(data []byte) (*big.Int, error) {
	out, err := assetTokenV2.abi.Unpack("supplyCap", data)
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
func (assetTokenV2 *AssetTokenV2) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := assetTokenV2.abi.Pack("supportsInterface", interfaceId)
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
func (assetTokenV2 *AssetTokenV2) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return assetTokenV2.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (assetTokenV2 *AssetTokenV2) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := assetTokenV2.abi.Unpack("supportsInterface", data)
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
func (assetTokenV2 *AssetTokenV2) PackSymbol() []byte {
	enc, err := assetTokenV2.abi.Pack("symbol")
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
func (assetTokenV2 *AssetTokenV2) TryPackSymbol() ([]byte, error) {
	return assetTokenV2.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (assetTokenV2 *AssetTokenV2) UnpackSymbol(data []byte) (string, error) {
	out, err := assetTokenV2.abi.Unpack("symbol", data)
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
func (assetTokenV2 *AssetTokenV2) PackTotalSupply() []byte {
	enc, err := assetTokenV2.abi.Pack("totalSupply")
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
func (assetTokenV2 *AssetTokenV2) TryPackTotalSupply() ([]byte, error) {
	return assetTokenV2.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (assetTokenV2 *AssetTokenV2) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := assetTokenV2.abi.Unpack("totalSupply", data)
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
func (assetTokenV2 *AssetTokenV2) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := assetTokenV2.abi.Pack("transfer", to, value)
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
func (assetTokenV2 *AssetTokenV2) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return assetTokenV2.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (assetTokenV2 *AssetTokenV2) UnpackTransfer(data []byte) (bool, error) {
	out, err := assetTokenV2.abi.Unpack("transfer", data)
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
func (assetTokenV2 *AssetTokenV2) PackTransferAllowance(wallet common.Address) []byte {
	enc, err := assetTokenV2.abi.Pack("transferAllowance", wallet)
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
func (assetTokenV2 *AssetTokenV2) TryPackTransferAllowance(wallet common.Address) ([]byte, error) {
	return assetTokenV2.abi.Pack("transferAllowance", wallet)
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
func (assetTokenV2 *AssetTokenV2) UnpackTransferAllowance(data []byte) (TransferAllowanceOutput, error) {
	out, err := assetTokenV2.abi.Unpack("transferAllowance", data)
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
func (assetTokenV2 *AssetTokenV2) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := assetTokenV2.abi.Pack("transferFrom", from, to, value)
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
func (assetTokenV2 *AssetTokenV2) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return assetTokenV2.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (assetTokenV2 *AssetTokenV2) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := assetTokenV2.abi.Unpack("transferFrom", data)
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
func (assetTokenV2 *AssetTokenV2) PackTransferLimits() []byte {
	enc, err := assetTokenV2.abi.Pack("transferLimits")
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
func (assetTokenV2 *AssetTokenV2) TryPackTransferLimits() ([]byte, error) {
	return assetTokenV2.abi.Pack("transferLimits")
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
func (assetTokenV2 *AssetTokenV2) UnpackTransferLimits(data []byte) (TransferLimitsOutput, error) {
	out, err := assetTokenV2.abi.Unpack("transferLimits", data)
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
func (assetTokenV2 *AssetTokenV2) PackTransferred(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := assetTokenV2.abi.Pack("transferred", from, to, amount)
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
func (assetTokenV2 *AssetTokenV2) TryPackTransferred(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return assetTokenV2.abi.Pack("transferred", from, to, amount)
}

// PackUnbindToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40db3b50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbindToken(address token) pure returns()
func (assetTokenV2 *AssetTokenV2) PackUnbindToken(token common.Address) []byte {
	enc, err := assetTokenV2.abi.Pack("unbindToken", token)
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
func (assetTokenV2 *AssetTokenV2) TryPackUnbindToken(token common.Address) ([]byte, error) {
	return assetTokenV2.abi.Pack("unbindToken", token)
}

// PackUnfreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fe56f7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unfreezePartialTokens(address account, uint256 amount) returns()
func (assetTokenV2 *AssetTokenV2) PackUnfreezePartialTokens(account common.Address, amount *big.Int) []byte {
	enc, err := assetTokenV2.abi.Pack("unfreezePartialTokens", account, amount)
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
func (assetTokenV2 *AssetTokenV2) TryPackUnfreezePartialTokens(account common.Address, amount *big.Int) ([]byte, error) {
	return assetTokenV2.abi.Pack("unfreezePartialTokens", account, amount)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (assetTokenV2 *AssetTokenV2) PackUnpause() []byte {
	enc, err := assetTokenV2.abi.Pack("unpause")
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
func (assetTokenV2 *AssetTokenV2) TryPackUnpause() ([]byte, error) {
	return assetTokenV2.abi.Pack("unpause")
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (assetTokenV2 *AssetTokenV2) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := assetTokenV2.abi.Pack("upgradeToAndCall", newImplementation, data)
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
func (assetTokenV2 *AssetTokenV2) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return assetTokenV2.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackValuationGuard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd911800a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function valuationGuard() view returns(address feed, uint64 maxAge)
func (assetTokenV2 *AssetTokenV2) PackValuationGuard() []byte {
	enc, err := assetTokenV2.abi.Pack("valuationGuard")
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
func (assetTokenV2 *AssetTokenV2) TryPackValuationGuard() ([]byte, error) {
	return assetTokenV2.abi.Pack("valuationGuard")
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
func (assetTokenV2 *AssetTokenV2) UnpackValuationGuard(data []byte) (ValuationGuardOutput, error) {
	out, err := assetTokenV2.abi.Unpack("valuationGuard", data)
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
func (assetTokenV2 *AssetTokenV2) PackVersion() []byte {
	enc, err := assetTokenV2.abi.Pack("version")
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
func (assetTokenV2 *AssetTokenV2) TryPackVersion() ([]byte, error) {
	return assetTokenV2.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(string)
func (assetTokenV2 *AssetTokenV2) UnpackVersion(data []byte) (string, error) {
	out, err := assetTokenV2.abi.Unpack("version", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// AssetTokenV2AddressFrozen represents a AddressFrozen event raised by the AssetTokenV2 contract.
type AssetTokenV2AddressFrozen struct {
	Account  common.Address
	IsFrozen bool
	Agent    common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2AddressFrozenEventName = "AddressFrozen"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2AddressFrozen) ContractEventName() string {
	return AssetTokenV2AddressFrozenEventName
}

// UnpackAddressFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AddressFrozen(address indexed account, bool indexed isFrozen, address indexed agent)
func (assetTokenV2 *AssetTokenV2) UnpackAddressFrozenEvent(log *types.Log) (*AssetTokenV2AddressFrozen, error) {
	event := "AddressFrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2AddressFrozen)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2AgentAdded represents a AgentAdded event raised by the AssetTokenV2 contract.
type AssetTokenV2AgentAdded struct {
	Agent common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2AgentAddedEventName = "AgentAdded"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2AgentAdded) ContractEventName() string {
	return AssetTokenV2AgentAddedEventName
}

// UnpackAgentAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentAdded(address indexed agent)
func (assetTokenV2 *AssetTokenV2) UnpackAgentAddedEvent(log *types.Log) (*AssetTokenV2AgentAdded, error) {
	event := "AgentAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2AgentAdded)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2AgentRemoved represents a AgentRemoved event raised by the AssetTokenV2 contract.
type AssetTokenV2AgentRemoved struct {
	Agent common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2AgentRemovedEventName = "AgentRemoved"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2AgentRemoved) ContractEventName() string {
	return AssetTokenV2AgentRemovedEventName
}

// UnpackAgentRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentRemoved(address indexed agent)
func (assetTokenV2 *AssetTokenV2) UnpackAgentRemovedEvent(log *types.Log) (*AssetTokenV2AgentRemoved, error) {
	event := "AgentRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2AgentRemoved)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2Approval represents a Approval event raised by the AssetTokenV2 contract.
type AssetTokenV2Approval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2ApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2Approval) ContractEventName() string {
	return AssetTokenV2ApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (assetTokenV2 *AssetTokenV2) UnpackApprovalEvent(log *types.Log) (*AssetTokenV2Approval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2Approval)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2CategoryCapsSet represents a CategoryCapsSet event raised by the AssetTokenV2 contract.
type AssetTokenV2CategoryCapsSet struct {
	Caps [9]uint32
	Raw  *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2CategoryCapsSetEventName = "CategoryCapsSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2CategoryCapsSet) ContractEventName() string {
	return AssetTokenV2CategoryCapsSetEventName
}

// UnpackCategoryCapsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CategoryCapsSet(uint32[9] caps)
func (assetTokenV2 *AssetTokenV2) UnpackCategoryCapsSetEvent(log *types.Log) (*AssetTokenV2CategoryCapsSet, error) {
	event := "CategoryCapsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2CategoryCapsSet)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2ComplianceAdded represents a ComplianceAdded event raised by the AssetTokenV2 contract.
type AssetTokenV2ComplianceAdded struct {
	Compliance common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2ComplianceAddedEventName = "ComplianceAdded"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2ComplianceAdded) ContractEventName() string {
	return AssetTokenV2ComplianceAddedEventName
}

// UnpackComplianceAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ComplianceAdded(address indexed compliance)
func (assetTokenV2 *AssetTokenV2) UnpackComplianceAddedEvent(log *types.Log) (*AssetTokenV2ComplianceAdded, error) {
	event := "ComplianceAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2ComplianceAdded)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2CountryAllowed represents a CountryAllowed event raised by the AssetTokenV2 contract.
type AssetTokenV2CountryAllowed struct {
	Country uint16
	Allowed bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2CountryAllowedEventName = "CountryAllowed"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2CountryAllowed) ContractEventName() string {
	return AssetTokenV2CountryAllowedEventName
}

// UnpackCountryAllowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CountryAllowed(uint16 indexed country, bool allowed)
func (assetTokenV2 *AssetTokenV2) UnpackCountryAllowedEvent(log *types.Log) (*AssetTokenV2CountryAllowed, error) {
	event := "CountryAllowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2CountryAllowed)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2CountryCapSet represents a CountryCapSet event raised by the AssetTokenV2 contract.
type AssetTokenV2CountryCapSet struct {
	Country uint16
	Cap     uint32
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2CountryCapSetEventName = "CountryCapSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2CountryCapSet) ContractEventName() string {
	return AssetTokenV2CountryCapSetEventName
}

// UnpackCountryCapSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CountryCapSet(uint16 indexed country, uint32 cap)
func (assetTokenV2 *AssetTokenV2) UnpackCountryCapSetEvent(log *types.Log) (*AssetTokenV2CountryCapSet, error) {
	event := "CountryCapSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2CountryCapSet)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2CountryRestrictionSet represents a CountryRestrictionSet event raised by the AssetTokenV2 contract.
type AssetTokenV2CountryRestrictionSet struct {
	Enabled bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2CountryRestrictionSetEventName = "CountryRestrictionSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2CountryRestrictionSet) ContractEventName() string {
	return AssetTokenV2CountryRestrictionSetEventName
}

// UnpackCountryRestrictionSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CountryRestrictionSet(bool enabled)
func (assetTokenV2 *AssetTokenV2) UnpackCountryRestrictionSetEvent(log *types.Log) (*AssetTokenV2CountryRestrictionSet, error) {
	event := "CountryRestrictionSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2CountryRestrictionSet)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2DeedLocked represents a DeedLocked event raised by the AssetTokenV2 contract.
type AssetTokenV2DeedLocked struct {
	Deed   common.Address
	DeedId *big.Int
	From   common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2DeedLockedEventName = "DeedLocked"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2DeedLocked) ContractEventName() string {
	return AssetTokenV2DeedLockedEventName
}

// UnpackDeedLockedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeedLocked(address indexed deed, uint256 indexed deedId, address indexed from)
func (assetTokenV2 *AssetTokenV2) UnpackDeedLockedEvent(log *types.Log) (*AssetTokenV2DeedLocked, error) {
	event := "DeedLocked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2DeedLocked)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2DeedReleased represents a DeedReleased event raised by the AssetTokenV2 contract.
type AssetTokenV2DeedReleased struct {
	Deed   common.Address
	DeedId *big.Int
	To     common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2DeedReleasedEventName = "DeedReleased"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2DeedReleased) ContractEventName() string {
	return AssetTokenV2DeedReleasedEventName
}

// UnpackDeedReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeedReleased(address indexed deed, uint256 indexed deedId, address indexed to)
func (assetTokenV2 *AssetTokenV2) UnpackDeedReleasedEvent(log *types.Log) (*AssetTokenV2DeedReleased, error) {
	event := "DeedReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2DeedReleased)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2DocumentRemoved represents a DocumentRemoved event raised by the AssetTokenV2 contract.
type AssetTokenV2DocumentRemoved struct {
	Name         [32]byte
	Uri          string
	DocumentHash [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2DocumentRemovedEventName = "DocumentRemoved"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2DocumentRemoved) ContractEventName() string {
	return AssetTokenV2DocumentRemovedEventName
}

// UnpackDocumentRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DocumentRemoved(bytes32 indexed name, string uri, bytes32 documentHash)
func (assetTokenV2 *AssetTokenV2) UnpackDocumentRemovedEvent(log *types.Log) (*AssetTokenV2DocumentRemoved, error) {
	event := "DocumentRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2DocumentRemoved)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2DocumentUpdated represents a DocumentUpdated event raised by the AssetTokenV2 contract.
type AssetTokenV2DocumentUpdated struct {
	Name         [32]byte
	Uri          string
	DocumentHash [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2DocumentUpdatedEventName = "DocumentUpdated"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2DocumentUpdated) ContractEventName() string {
	return AssetTokenV2DocumentUpdatedEventName
}

// UnpackDocumentUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DocumentUpdated(bytes32 indexed name, string uri, bytes32 documentHash)
func (assetTokenV2 *AssetTokenV2) UnpackDocumentUpdatedEvent(log *types.Log) (*AssetTokenV2DocumentUpdated, error) {
	event := "DocumentUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2DocumentUpdated)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2EIP712DomainChanged represents a EIP712DomainChanged event raised by the AssetTokenV2 contract.
type AssetTokenV2EIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2EIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2EIP712DomainChanged) ContractEventName() string {
	return AssetTokenV2EIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (assetTokenV2 *AssetTokenV2) UnpackEIP712DomainChangedEvent(log *types.Log) (*AssetTokenV2EIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2EIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2ExtendedRulesSet represents a ExtendedRulesSet event raised by the AssetTokenV2 contract.
type AssetTokenV2ExtendedRulesSet struct {
	MinHolding        *big.Int
	FlowbackUntil     uint64
	InitialLockup     uint32
	LockupReason      uint8
	ForceFullTransfer bool
	Raw               *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2ExtendedRulesSetEventName = "ExtendedRulesSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2ExtendedRulesSet) ContractEventName() string {
	return AssetTokenV2ExtendedRulesSetEventName
}

// UnpackExtendedRulesSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExtendedRulesSet(uint256 minHolding, uint64 flowbackUntil, uint32 initialLockup, uint8 lockupReason, bool forceFullTransfer)
func (assetTokenV2 *AssetTokenV2) UnpackExtendedRulesSetEvent(log *types.Log) (*AssetTokenV2ExtendedRulesSet, error) {
	event := "ExtendedRulesSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2ExtendedRulesSet)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2ForcedTransfer represents a ForcedTransfer event raised by the AssetTokenV2 contract.
type AssetTokenV2ForcedTransfer struct {
	From   common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2ForcedTransferEventName = "ForcedTransfer"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2ForcedTransfer) ContractEventName() string {
	return AssetTokenV2ForcedTransferEventName
}

// UnpackForcedTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ForcedTransfer(address indexed from, address indexed to, uint256 amount)
func (assetTokenV2 *AssetTokenV2) UnpackForcedTransferEvent(log *types.Log) (*AssetTokenV2ForcedTransfer, error) {
	event := "ForcedTransfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2ForcedTransfer)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2Frozen represents a Frozen event raised by the AssetTokenV2 contract.
type AssetTokenV2Frozen struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2FrozenEventName = "Frozen"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2Frozen) ContractEventName() string {
	return AssetTokenV2FrozenEventName
}

// UnpackFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Frozen(address indexed account, uint256 amount)
func (assetTokenV2 *AssetTokenV2) UnpackFrozenEvent(log *types.Log) (*AssetTokenV2Frozen, error) {
	event := "Frozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2Frozen)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2IdentityRegistryAdded represents a IdentityRegistryAdded event raised by the AssetTokenV2 contract.
type AssetTokenV2IdentityRegistryAdded struct {
	IdentityRegistry common.Address
	Raw              *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2IdentityRegistryAddedEventName = "IdentityRegistryAdded"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2IdentityRegistryAdded) ContractEventName() string {
	return AssetTokenV2IdentityRegistryAddedEventName
}

// UnpackIdentityRegistryAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IdentityRegistryAdded(address indexed identityRegistry)
func (assetTokenV2 *AssetTokenV2) UnpackIdentityRegistryAddedEvent(log *types.Log) (*AssetTokenV2IdentityRegistryAdded, error) {
	event := "IdentityRegistryAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2IdentityRegistryAdded)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2Initialized represents a Initialized event raised by the AssetTokenV2 contract.
type AssetTokenV2Initialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2InitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2Initialized) ContractEventName() string {
	return AssetTokenV2InitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (assetTokenV2 *AssetTokenV2) UnpackInitializedEvent(log *types.Log) (*AssetTokenV2Initialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2Initialized)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2InvestorCountingOn represents a InvestorCountingOn event raised by the AssetTokenV2 contract.
type AssetTokenV2InvestorCountingOn struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2InvestorCountingOnEventName = "InvestorCountingOn"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2InvestorCountingOn) ContractEventName() string {
	return AssetTokenV2InvestorCountingOnEventName
}

// UnpackInvestorCountingOnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InvestorCountingOn()
func (assetTokenV2 *AssetTokenV2) UnpackInvestorCountingOnEvent(log *types.Log) (*AssetTokenV2InvestorCountingOn, error) {
	event := "InvestorCountingOn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2InvestorCountingOn)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2InvestorRecounted represents a InvestorRecounted event raised by the AssetTokenV2 contract.
type AssetTokenV2InvestorRecounted struct {
	Anchor         common.Address
	FromCountry    uint16
	FromCategories uint8
	ToCountry      uint16
	ToCategories   uint8
	Raw            *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2InvestorRecountedEventName = "InvestorRecounted"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2InvestorRecounted) ContractEventName() string {
	return AssetTokenV2InvestorRecountedEventName
}

// UnpackInvestorRecountedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InvestorRecounted(address indexed anchor, uint16 fromCountry, uint8 fromCategories, uint16 toCountry, uint8 toCategories)
func (assetTokenV2 *AssetTokenV2) UnpackInvestorRecountedEvent(log *types.Log) (*AssetTokenV2InvestorRecounted, error) {
	event := "InvestorRecounted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2InvestorRecounted)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2Issued represents a Issued event raised by the AssetTokenV2 contract.
type AssetTokenV2Issued struct {
	RequestId [32]byte
	To        common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2IssuedEventName = "Issued"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2Issued) ContractEventName() string {
	return AssetTokenV2IssuedEventName
}

// UnpackIssuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Issued(bytes32 indexed requestId, address indexed to, uint256 amount)
func (assetTokenV2 *AssetTokenV2) UnpackIssuedEvent(log *types.Log) (*AssetTokenV2Issued, error) {
	event := "Issued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2Issued)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2LiquidateOnlySet represents a LiquidateOnlySet event raised by the AssetTokenV2 contract.
type AssetTokenV2LiquidateOnlySet struct {
	Wallet     common.Address
	InvestorId [32]byte
	On         bool
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2LiquidateOnlySetEventName = "LiquidateOnlySet"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2LiquidateOnlySet) ContractEventName() string {
	return AssetTokenV2LiquidateOnlySetEventName
}

// UnpackLiquidateOnlySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LiquidateOnlySet(address indexed wallet, bytes32 indexed investorId, bool on)
func (assetTokenV2 *AssetTokenV2) UnpackLiquidateOnlySetEvent(log *types.Log) (*AssetTokenV2LiquidateOnlySet, error) {
	event := "LiquidateOnlySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2LiquidateOnlySet)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2LockAdded represents a LockAdded event raised by the AssetTokenV2 contract.
type AssetTokenV2LockAdded struct {
	Account common.Address
	Amount  *big.Int
	Start   uint64
	Cliff   uint64
	End     uint64
	Reason  uint8
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2LockAddedEventName = "LockAdded"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2LockAdded) ContractEventName() string {
	return AssetTokenV2LockAddedEventName
}

// UnpackLockAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LockAdded(address indexed account, uint256 amount, uint64 start, uint64 cliff, uint64 end, uint8 indexed reason)
func (assetTokenV2 *AssetTokenV2) UnpackLockAddedEvent(log *types.Log) (*AssetTokenV2LockAdded, error) {
	event := "LockAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2LockAdded)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2LockRemoved represents a LockRemoved event raised by the AssetTokenV2 contract.
type AssetTokenV2LockRemoved struct {
	Account common.Address
	Index   *big.Int
	Amount  *big.Int
	Reason  uint8
	Agent   common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2LockRemovedEventName = "LockRemoved"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2LockRemoved) ContractEventName() string {
	return AssetTokenV2LockRemovedEventName
}

// UnpackLockRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LockRemoved(address indexed account, uint256 index, uint256 amount, uint8 indexed reason, address indexed agent)
func (assetTokenV2 *AssetTokenV2) UnpackLockRemovedEvent(log *types.Log) (*AssetTokenV2LockRemoved, error) {
	event := "LockRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2LockRemoved)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2LockedUp represents a LockedUp event raised by the AssetTokenV2 contract.
type AssetTokenV2LockedUp struct {
	Account     common.Address
	Amount      *big.Int
	LockedUntil uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2LockedUpEventName = "LockedUp"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2LockedUp) ContractEventName() string {
	return AssetTokenV2LockedUpEventName
}

// UnpackLockedUpEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LockedUp(address indexed account, uint256 amount, uint64 lockedUntil)
func (assetTokenV2 *AssetTokenV2) UnpackLockedUpEvent(log *types.Log) (*AssetTokenV2LockedUp, error) {
	event := "LockedUp"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2LockedUp)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2MaxBalanceSet represents a MaxBalanceSet event raised by the AssetTokenV2 contract.
type AssetTokenV2MaxBalanceSet struct {
	MaxBalance *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2MaxBalanceSetEventName = "MaxBalanceSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2MaxBalanceSet) ContractEventName() string {
	return AssetTokenV2MaxBalanceSetEventName
}

// UnpackMaxBalanceSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxBalanceSet(uint256 maxBalance)
func (assetTokenV2 *AssetTokenV2) UnpackMaxBalanceSetEvent(log *types.Log) (*AssetTokenV2MaxBalanceSet, error) {
	event := "MaxBalanceSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2MaxBalanceSet)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2MaxCountryShareSet represents a MaxCountryShareSet event raised by the AssetTokenV2 contract.
type AssetTokenV2MaxCountryShareSet struct {
	Bps uint16
	Raw *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2MaxCountryShareSetEventName = "MaxCountryShareSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2MaxCountryShareSet) ContractEventName() string {
	return AssetTokenV2MaxCountryShareSetEventName
}

// UnpackMaxCountryShareSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxCountryShareSet(uint16 bps)
func (assetTokenV2 *AssetTokenV2) UnpackMaxCountryShareSetEvent(log *types.Log) (*AssetTokenV2MaxCountryShareSet, error) {
	event := "MaxCountryShareSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2MaxCountryShareSet)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2MaxInvestorsSet represents a MaxInvestorsSet event raised by the AssetTokenV2 contract.
type AssetTokenV2MaxInvestorsSet struct {
	MaxInvestors *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2MaxInvestorsSetEventName = "MaxInvestorsSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2MaxInvestorsSet) ContractEventName() string {
	return AssetTokenV2MaxInvestorsSetEventName
}

// UnpackMaxInvestorsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxInvestorsSet(uint256 maxInvestors)
func (assetTokenV2 *AssetTokenV2) UnpackMaxInvestorsSetEvent(log *types.Log) (*AssetTokenV2MaxInvestorsSet, error) {
	event := "MaxInvestorsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2MaxInvestorsSet)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2Paused represents a Paused event raised by the AssetTokenV2 contract.
type AssetTokenV2Paused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2PausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2Paused) ContractEventName() string {
	return AssetTokenV2PausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (assetTokenV2 *AssetTokenV2) UnpackPausedEvent(log *types.Log) (*AssetTokenV2Paused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2Paused)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2ProspectusSet represents a ProspectusSet event raised by the AssetTokenV2 contract.
type AssetTokenV2ProspectusSet struct {
	Uri string
	Raw *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2ProspectusSetEventName = "ProspectusSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2ProspectusSet) ContractEventName() string {
	return AssetTokenV2ProspectusSetEventName
}

// UnpackProspectusSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProspectusSet(string uri)
func (assetTokenV2 *AssetTokenV2) UnpackProspectusSetEvent(log *types.Log) (*AssetTokenV2ProspectusSet, error) {
	event := "ProspectusSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2ProspectusSet)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2RecoverySuccess represents a RecoverySuccess event raised by the AssetTokenV2 contract.
type AssetTokenV2RecoverySuccess struct {
	LostWallet common.Address
	NewWallet  common.Address
	InvestorId [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2RecoverySuccessEventName = "RecoverySuccess"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2RecoverySuccess) ContractEventName() string {
	return AssetTokenV2RecoverySuccessEventName
}

// UnpackRecoverySuccessEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RecoverySuccess(address indexed lostWallet, address indexed newWallet, bytes32 indexed investorId)
func (assetTokenV2 *AssetTokenV2) UnpackRecoverySuccessEvent(log *types.Log) (*AssetTokenV2RecoverySuccess, error) {
	event := "RecoverySuccess"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2RecoverySuccess)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2Redeemed represents a Redeemed event raised by the AssetTokenV2 contract.
type AssetTokenV2Redeemed struct {
	RequestId [32]byte
	From      common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2RedeemedEventName = "Redeemed"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2Redeemed) ContractEventName() string {
	return AssetTokenV2RedeemedEventName
}

// UnpackRedeemedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Redeemed(bytes32 indexed requestId, address indexed from, uint256 amount)
func (assetTokenV2 *AssetTokenV2) UnpackRedeemedEvent(log *types.Log) (*AssetTokenV2Redeemed, error) {
	event := "Redeemed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2Redeemed)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2RequiredFlagsSet represents a RequiredFlagsSet event raised by the AssetTokenV2 contract.
type AssetTokenV2RequiredFlagsSet struct {
	Flags uint8
	Raw   *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2RequiredFlagsSetEventName = "RequiredFlagsSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2RequiredFlagsSet) ContractEventName() string {
	return AssetTokenV2RequiredFlagsSetEventName
}

// UnpackRequiredFlagsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequiredFlagsSet(uint8 flags)
func (assetTokenV2 *AssetTokenV2) UnpackRequiredFlagsSetEvent(log *types.Log) (*AssetTokenV2RequiredFlagsSet, error) {
	event := "RequiredFlagsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2RequiredFlagsSet)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2ReserveGuardSet represents a ReserveGuardSet event raised by the AssetTokenV2 contract.
type AssetTokenV2ReserveGuardSet struct {
	Feed       common.Address
	MaxAge     uint64
	MarginMode uint8
	Margin     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2ReserveGuardSetEventName = "ReserveGuardSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2ReserveGuardSet) ContractEventName() string {
	return AssetTokenV2ReserveGuardSetEventName
}

// UnpackReserveGuardSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveGuardSet(address indexed feed, uint64 maxAge, uint8 marginMode, uint256 margin)
func (assetTokenV2 *AssetTokenV2) UnpackReserveGuardSetEvent(log *types.Log) (*AssetTokenV2ReserveGuardSet, error) {
	event := "ReserveGuardSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2ReserveGuardSet)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2RoleAdminChanged represents a RoleAdminChanged event raised by the AssetTokenV2 contract.
type AssetTokenV2RoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2RoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2RoleAdminChanged) ContractEventName() string {
	return AssetTokenV2RoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (assetTokenV2 *AssetTokenV2) UnpackRoleAdminChangedEvent(log *types.Log) (*AssetTokenV2RoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2RoleAdminChanged)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2RoleGranted represents a RoleGranted event raised by the AssetTokenV2 contract.
type AssetTokenV2RoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2RoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2RoleGranted) ContractEventName() string {
	return AssetTokenV2RoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (assetTokenV2 *AssetTokenV2) UnpackRoleGrantedEvent(log *types.Log) (*AssetTokenV2RoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2RoleGranted)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2RoleRevoked represents a RoleRevoked event raised by the AssetTokenV2 contract.
type AssetTokenV2RoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2RoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2RoleRevoked) ContractEventName() string {
	return AssetTokenV2RoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (assetTokenV2 *AssetTokenV2) UnpackRoleRevokedEvent(log *types.Log) (*AssetTokenV2RoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2RoleRevoked)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2SupplyCapSet represents a SupplyCapSet event raised by the AssetTokenV2 contract.
type AssetTokenV2SupplyCapSet struct {
	Cap *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2SupplyCapSetEventName = "SupplyCapSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2SupplyCapSet) ContractEventName() string {
	return AssetTokenV2SupplyCapSetEventName
}

// UnpackSupplyCapSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SupplyCapSet(uint256 cap)
func (assetTokenV2 *AssetTokenV2) UnpackSupplyCapSetEvent(log *types.Log) (*AssetTokenV2SupplyCapSet, error) {
	event := "SupplyCapSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2SupplyCapSet)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2TokenBound represents a TokenBound event raised by the AssetTokenV2 contract.
type AssetTokenV2TokenBound struct {
	Token common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2TokenBoundEventName = "TokenBound"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2TokenBound) ContractEventName() string {
	return AssetTokenV2TokenBoundEventName
}

// UnpackTokenBoundEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenBound(address token)
func (assetTokenV2 *AssetTokenV2) UnpackTokenBoundEvent(log *types.Log) (*AssetTokenV2TokenBound, error) {
	event := "TokenBound"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2TokenBound)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2TokensFrozen represents a TokensFrozen event raised by the AssetTokenV2 contract.
type AssetTokenV2TokensFrozen struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2TokensFrozenEventName = "TokensFrozen"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2TokensFrozen) ContractEventName() string {
	return AssetTokenV2TokensFrozenEventName
}

// UnpackTokensFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokensFrozen(address indexed account, uint256 amount)
func (assetTokenV2 *AssetTokenV2) UnpackTokensFrozenEvent(log *types.Log) (*AssetTokenV2TokensFrozen, error) {
	event := "TokensFrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2TokensFrozen)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2TokensUnfrozen represents a TokensUnfrozen event raised by the AssetTokenV2 contract.
type AssetTokenV2TokensUnfrozen struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2TokensUnfrozenEventName = "TokensUnfrozen"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2TokensUnfrozen) ContractEventName() string {
	return AssetTokenV2TokensUnfrozenEventName
}

// UnpackTokensUnfrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokensUnfrozen(address indexed account, uint256 amount)
func (assetTokenV2 *AssetTokenV2) UnpackTokensUnfrozenEvent(log *types.Log) (*AssetTokenV2TokensUnfrozen, error) {
	event := "TokensUnfrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2TokensUnfrozen)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2Transfer represents a Transfer event raised by the AssetTokenV2 contract.
type AssetTokenV2Transfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2TransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2Transfer) ContractEventName() string {
	return AssetTokenV2TransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (assetTokenV2 *AssetTokenV2) UnpackTransferEvent(log *types.Log) (*AssetTokenV2Transfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2Transfer)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2TransferLimitsSet represents a TransferLimitsSet event raised by the AssetTokenV2 contract.
type AssetTokenV2TransferLimitsSet struct {
	Periods []uint32
	Limits  []*big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2TransferLimitsSetEventName = "TransferLimitsSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2TransferLimitsSet) ContractEventName() string {
	return AssetTokenV2TransferLimitsSetEventName
}

// UnpackTransferLimitsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferLimitsSet(uint32[] periods, uint256[] limits)
func (assetTokenV2 *AssetTokenV2) UnpackTransferLimitsSetEvent(log *types.Log) (*AssetTokenV2TransferLimitsSet, error) {
	event := "TransferLimitsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2TransferLimitsSet)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2Unpaused represents a Unpaused event raised by the AssetTokenV2 contract.
type AssetTokenV2Unpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2UnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2Unpaused) ContractEventName() string {
	return AssetTokenV2UnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (assetTokenV2 *AssetTokenV2) UnpackUnpausedEvent(log *types.Log) (*AssetTokenV2Unpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2Unpaused)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2UpdatedTokenInformation represents a UpdatedTokenInformation event raised by the AssetTokenV2 contract.
type AssetTokenV2UpdatedTokenInformation struct {
	NewName      common.Hash
	NewSymbol    common.Hash
	NewDecimals  uint8
	NewVersion   string
	NewOnchainID common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2UpdatedTokenInformationEventName = "UpdatedTokenInformation"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2UpdatedTokenInformation) ContractEventName() string {
	return AssetTokenV2UpdatedTokenInformationEventName
}

// UnpackUpdatedTokenInformationEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UpdatedTokenInformation(string indexed newName, string indexed newSymbol, uint8 newDecimals, string newVersion, address indexed newOnchainID)
func (assetTokenV2 *AssetTokenV2) UnpackUpdatedTokenInformationEvent(log *types.Log) (*AssetTokenV2UpdatedTokenInformation, error) {
	event := "UpdatedTokenInformation"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2UpdatedTokenInformation)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2Upgraded represents a Upgraded event raised by the AssetTokenV2 contract.
type AssetTokenV2Upgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2UpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2Upgraded) ContractEventName() string {
	return AssetTokenV2UpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (assetTokenV2 *AssetTokenV2) UnpackUpgradedEvent(log *types.Log) (*AssetTokenV2Upgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2Upgraded)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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

// AssetTokenV2ValuationGuardSet represents a ValuationGuardSet event raised by the AssetTokenV2 contract.
type AssetTokenV2ValuationGuardSet struct {
	Feed   common.Address
	MaxAge uint64
	Raw    *types.Log // Blockchain specific contextual infos
}

const AssetTokenV2ValuationGuardSetEventName = "ValuationGuardSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenV2ValuationGuardSet) ContractEventName() string {
	return AssetTokenV2ValuationGuardSetEventName
}

// UnpackValuationGuardSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValuationGuardSet(address indexed feed, uint64 maxAge)
func (assetTokenV2 *AssetTokenV2) UnpackValuationGuardSetEvent(log *types.Log) (*AssetTokenV2ValuationGuardSet, error) {
	event := "ValuationGuardSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenV2ValuationGuardSet)
	if len(log.Data) > 0 {
		if err := assetTokenV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenV2.abi.Events[event].Inputs {
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
func (assetTokenV2 *AssetTokenV2) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["CountingOff"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackCountingOffError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["DeedNotHeld"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackDeedNotHeldError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["DocumentNotFound"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackDocumentNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["ERC7943InsufficientUnfrozenBalance"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackERC7943InsufficientUnfrozenBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["EmptyTokenInformation"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackEmptyTokenInformationError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["FractionsOutstanding"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackFractionsOutstandingError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["FreezeExceedsBalance"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackFreezeExceedsBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["InvalidAmount"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackInvalidAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["InvalidDocument"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackInvalidDocumentError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["InvalidLock"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackInvalidLockError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["InvalidLockup"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackInvalidLockupError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["InvalidRegistry"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackInvalidRegistryError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["InvalidRequestId"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackInvalidRequestIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["InvalidReserveGuard"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackInvalidReserveGuardError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["InvalidSupplyCap"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackInvalidSupplyCapError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["InvalidTransferLimit"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackInvalidTransferLimitError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["InvalidUpgrader"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackInvalidUpgraderError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["LockExceedsBalance"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackLockExceedsBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["NoDeed"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackNoDeedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["NoSuchLock"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackNoSuchLockError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["NotSupported"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackNotSupportedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["NothingToRecover"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackNothingToRecoverError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["RecoveryInvestorMismatch"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackRecoveryInvestorMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["RegistryMismatch"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackRegistryMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["RequestAlreadyProcessed"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackRequestAlreadyProcessedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["SameWallet"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackSameWalletError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["SupplyCapAlreadySet"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackSupplyCapAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["SupplyCapExceeded"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackSupplyCapExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["SupplyOverflow"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackSupplyOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["TooManyLocks"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackTooManyLocksError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["TooManyWindows"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackTooManyWindowsError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["TransferRestricted"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackTransferRestrictedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["UnexpectedDeed"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackUnexpectedDeedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["UnfreezeExceedsFrozen"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackUnfreezeExceedsFrozenError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AssetTokenV2AccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the AssetTokenV2 contract.
type AssetTokenV2AccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func AssetTokenV2AccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (assetTokenV2 *AssetTokenV2) UnpackAccessControlBadConfirmationError(raw []byte) (*AssetTokenV2AccessControlBadConfirmation, error) {
	out := new(AssetTokenV2AccessControlBadConfirmation)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2AccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the AssetTokenV2 contract.
type AssetTokenV2AccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func AssetTokenV2AccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (assetTokenV2 *AssetTokenV2) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*AssetTokenV2AccessControlUnauthorizedAccount, error) {
	out := new(AssetTokenV2AccessControlUnauthorizedAccount)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2AddressEmptyCode represents a AddressEmptyCode error raised by the AssetTokenV2 contract.
type AssetTokenV2AddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func AssetTokenV2AddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (assetTokenV2 *AssetTokenV2) UnpackAddressEmptyCodeError(raw []byte) (*AssetTokenV2AddressEmptyCode, error) {
	out := new(AssetTokenV2AddressEmptyCode)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2CountingOff represents a CountingOff error raised by the AssetTokenV2 contract.
type AssetTokenV2CountingOff struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CountingOff()
func AssetTokenV2CountingOffErrorID() common.Hash {
	return common.HexToHash("0xd5178e9715674baea0f3e9650955d3a80d73ca91bb03478349d07c9800211d97")
}

// UnpackCountingOffError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CountingOff()
func (assetTokenV2 *AssetTokenV2) UnpackCountingOffError(raw []byte) (*AssetTokenV2CountingOff, error) {
	out := new(AssetTokenV2CountingOff)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "CountingOff", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2DeedNotHeld represents a DeedNotHeld error raised by the AssetTokenV2 contract.
type AssetTokenV2DeedNotHeld struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeedNotHeld()
func AssetTokenV2DeedNotHeldErrorID() common.Hash {
	return common.HexToHash("0x5dbdcfb1572c3e4526689cbf7654f951f30c6f3d14926d691a6a1a53a0a845b7")
}

// UnpackDeedNotHeldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeedNotHeld()
func (assetTokenV2 *AssetTokenV2) UnpackDeedNotHeldError(raw []byte) (*AssetTokenV2DeedNotHeld, error) {
	out := new(AssetTokenV2DeedNotHeld)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "DeedNotHeld", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2DocumentNotFound represents a DocumentNotFound error raised by the AssetTokenV2 contract.
type AssetTokenV2DocumentNotFound struct {
	Name [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DocumentNotFound(bytes32 name)
func AssetTokenV2DocumentNotFoundErrorID() common.Hash {
	return common.HexToHash("0xecdcdca50f5ee48df02cf9f9fe8cd6afeb1edb79bd6ffe286910c624e3653a08")
}

// UnpackDocumentNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DocumentNotFound(bytes32 name)
func (assetTokenV2 *AssetTokenV2) UnpackDocumentNotFoundError(raw []byte) (*AssetTokenV2DocumentNotFound, error) {
	out := new(AssetTokenV2DocumentNotFound)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "DocumentNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2ECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the AssetTokenV2 contract.
type AssetTokenV2ECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func AssetTokenV2ECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (assetTokenV2 *AssetTokenV2) UnpackECDSAInvalidSignatureError(raw []byte) (*AssetTokenV2ECDSAInvalidSignature, error) {
	out := new(AssetTokenV2ECDSAInvalidSignature)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2ECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the AssetTokenV2 contract.
type AssetTokenV2ECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func AssetTokenV2ECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (assetTokenV2 *AssetTokenV2) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*AssetTokenV2ECDSAInvalidSignatureLength, error) {
	out := new(AssetTokenV2ECDSAInvalidSignatureLength)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2ECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the AssetTokenV2 contract.
type AssetTokenV2ECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func AssetTokenV2ECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (assetTokenV2 *AssetTokenV2) UnpackECDSAInvalidSignatureSError(raw []byte) (*AssetTokenV2ECDSAInvalidSignatureS, error) {
	out := new(AssetTokenV2ECDSAInvalidSignatureS)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2ERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the AssetTokenV2 contract.
type AssetTokenV2ERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func AssetTokenV2ERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (assetTokenV2 *AssetTokenV2) UnpackERC1967InvalidImplementationError(raw []byte) (*AssetTokenV2ERC1967InvalidImplementation, error) {
	out := new(AssetTokenV2ERC1967InvalidImplementation)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2ERC1967NonPayable represents a ERC1967NonPayable error raised by the AssetTokenV2 contract.
type AssetTokenV2ERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func AssetTokenV2ERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (assetTokenV2 *AssetTokenV2) UnpackERC1967NonPayableError(raw []byte) (*AssetTokenV2ERC1967NonPayable, error) {
	out := new(AssetTokenV2ERC1967NonPayable)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2ERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the AssetTokenV2 contract.
type AssetTokenV2ERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func AssetTokenV2ERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (assetTokenV2 *AssetTokenV2) UnpackERC20InsufficientAllowanceError(raw []byte) (*AssetTokenV2ERC20InsufficientAllowance, error) {
	out := new(AssetTokenV2ERC20InsufficientAllowance)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2ERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the AssetTokenV2 contract.
type AssetTokenV2ERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func AssetTokenV2ERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (assetTokenV2 *AssetTokenV2) UnpackERC20InsufficientBalanceError(raw []byte) (*AssetTokenV2ERC20InsufficientBalance, error) {
	out := new(AssetTokenV2ERC20InsufficientBalance)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2ERC20InvalidApprover represents a ERC20InvalidApprover error raised by the AssetTokenV2 contract.
type AssetTokenV2ERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func AssetTokenV2ERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (assetTokenV2 *AssetTokenV2) UnpackERC20InvalidApproverError(raw []byte) (*AssetTokenV2ERC20InvalidApprover, error) {
	out := new(AssetTokenV2ERC20InvalidApprover)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2ERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the AssetTokenV2 contract.
type AssetTokenV2ERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func AssetTokenV2ERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (assetTokenV2 *AssetTokenV2) UnpackERC20InvalidReceiverError(raw []byte) (*AssetTokenV2ERC20InvalidReceiver, error) {
	out := new(AssetTokenV2ERC20InvalidReceiver)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2ERC20InvalidSender represents a ERC20InvalidSender error raised by the AssetTokenV2 contract.
type AssetTokenV2ERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func AssetTokenV2ERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (assetTokenV2 *AssetTokenV2) UnpackERC20InvalidSenderError(raw []byte) (*AssetTokenV2ERC20InvalidSender, error) {
	out := new(AssetTokenV2ERC20InvalidSender)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2ERC20InvalidSpender represents a ERC20InvalidSpender error raised by the AssetTokenV2 contract.
type AssetTokenV2ERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func AssetTokenV2ERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (assetTokenV2 *AssetTokenV2) UnpackERC20InvalidSpenderError(raw []byte) (*AssetTokenV2ERC20InvalidSpender, error) {
	out := new(AssetTokenV2ERC20InvalidSpender)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2ERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the AssetTokenV2 contract.
type AssetTokenV2ERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func AssetTokenV2ERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (assetTokenV2 *AssetTokenV2) UnpackERC2612ExpiredSignatureError(raw []byte) (*AssetTokenV2ERC2612ExpiredSignature, error) {
	out := new(AssetTokenV2ERC2612ExpiredSignature)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2ERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the AssetTokenV2 contract.
type AssetTokenV2ERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func AssetTokenV2ERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (assetTokenV2 *AssetTokenV2) UnpackERC2612InvalidSignerError(raw []byte) (*AssetTokenV2ERC2612InvalidSigner, error) {
	out := new(AssetTokenV2ERC2612InvalidSigner)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2ERC7943InsufficientUnfrozenBalance represents a ERC7943InsufficientUnfrozenBalance error raised by the AssetTokenV2 contract.
type AssetTokenV2ERC7943InsufficientUnfrozenBalance struct {
	Account  common.Address
	Amount   *big.Int
	Unfrozen *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC7943InsufficientUnfrozenBalance(address account, uint256 amount, uint256 unfrozen)
func AssetTokenV2ERC7943InsufficientUnfrozenBalanceErrorID() common.Hash {
	return common.HexToHash("0x00384e71f9ee67e5b3db3a408056d2dd6ab6178ba0c4f873853601e1f83f4b8a")
}

// UnpackERC7943InsufficientUnfrozenBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC7943InsufficientUnfrozenBalance(address account, uint256 amount, uint256 unfrozen)
func (assetTokenV2 *AssetTokenV2) UnpackERC7943InsufficientUnfrozenBalanceError(raw []byte) (*AssetTokenV2ERC7943InsufficientUnfrozenBalance, error) {
	out := new(AssetTokenV2ERC7943InsufficientUnfrozenBalance)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "ERC7943InsufficientUnfrozenBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2EmptyTokenInformation represents a EmptyTokenInformation error raised by the AssetTokenV2 contract.
type AssetTokenV2EmptyTokenInformation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyTokenInformation()
func AssetTokenV2EmptyTokenInformationErrorID() common.Hash {
	return common.HexToHash("0x9348a10f4ac42d62229806ecd6ca2bb414cdf4e6c2c1a4313d1b8a8c5bd767fd")
}

// UnpackEmptyTokenInformationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyTokenInformation()
func (assetTokenV2 *AssetTokenV2) UnpackEmptyTokenInformationError(raw []byte) (*AssetTokenV2EmptyTokenInformation, error) {
	out := new(AssetTokenV2EmptyTokenInformation)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "EmptyTokenInformation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2FailedCall represents a FailedCall error raised by the AssetTokenV2 contract.
type AssetTokenV2FailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func AssetTokenV2FailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (assetTokenV2 *AssetTokenV2) UnpackFailedCallError(raw []byte) (*AssetTokenV2FailedCall, error) {
	out := new(AssetTokenV2FailedCall)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2FractionsOutstanding represents a FractionsOutstanding error raised by the AssetTokenV2 contract.
type AssetTokenV2FractionsOutstanding struct {
	Supply *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FractionsOutstanding(uint256 supply)
func AssetTokenV2FractionsOutstandingErrorID() common.Hash {
	return common.HexToHash("0x66ee5da8b8dfb8a10ae6799946557ee0612c7fae91be16363e84a5443c579eb9")
}

// UnpackFractionsOutstandingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FractionsOutstanding(uint256 supply)
func (assetTokenV2 *AssetTokenV2) UnpackFractionsOutstandingError(raw []byte) (*AssetTokenV2FractionsOutstanding, error) {
	out := new(AssetTokenV2FractionsOutstanding)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "FractionsOutstanding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2FreezeExceedsBalance represents a FreezeExceedsBalance error raised by the AssetTokenV2 contract.
type AssetTokenV2FreezeExceedsBalance struct {
	Account common.Address
	Frozen  *big.Int
	Balance *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FreezeExceedsBalance(address account, uint256 frozen, uint256 balance)
func AssetTokenV2FreezeExceedsBalanceErrorID() common.Hash {
	return common.HexToHash("0xf0d8212b2d0385e9c494f5ac843aa07904b262ce1f11d044286ed9e6f7d8de19")
}

// UnpackFreezeExceedsBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FreezeExceedsBalance(address account, uint256 frozen, uint256 balance)
func (assetTokenV2 *AssetTokenV2) UnpackFreezeExceedsBalanceError(raw []byte) (*AssetTokenV2FreezeExceedsBalance, error) {
	out := new(AssetTokenV2FreezeExceedsBalance)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "FreezeExceedsBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2InvalidAccountNonce represents a InvalidAccountNonce error raised by the AssetTokenV2 contract.
type AssetTokenV2InvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func AssetTokenV2InvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (assetTokenV2 *AssetTokenV2) UnpackInvalidAccountNonceError(raw []byte) (*AssetTokenV2InvalidAccountNonce, error) {
	out := new(AssetTokenV2InvalidAccountNonce)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2InvalidAmount represents a InvalidAmount error raised by the AssetTokenV2 contract.
type AssetTokenV2InvalidAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAmount()
func AssetTokenV2InvalidAmountErrorID() common.Hash {
	return common.HexToHash("0x2c5211c6cb73b16841677a034781e8336d18ce66df858e54153c86854e11f7b8")
}

// UnpackInvalidAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAmount()
func (assetTokenV2 *AssetTokenV2) UnpackInvalidAmountError(raw []byte) (*AssetTokenV2InvalidAmount, error) {
	out := new(AssetTokenV2InvalidAmount)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "InvalidAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2InvalidDocument represents a InvalidDocument error raised by the AssetTokenV2 contract.
type AssetTokenV2InvalidDocument struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDocument()
func AssetTokenV2InvalidDocumentErrorID() common.Hash {
	return common.HexToHash("0x2c4639c6076f612c21b1e071c0f96de4b3e57b8d35d6e9013086a23bdcc48aef")
}

// UnpackInvalidDocumentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDocument()
func (assetTokenV2 *AssetTokenV2) UnpackInvalidDocumentError(raw []byte) (*AssetTokenV2InvalidDocument, error) {
	out := new(AssetTokenV2InvalidDocument)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "InvalidDocument", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2InvalidInitialization represents a InvalidInitialization error raised by the AssetTokenV2 contract.
type AssetTokenV2InvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func AssetTokenV2InvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (assetTokenV2 *AssetTokenV2) UnpackInvalidInitializationError(raw []byte) (*AssetTokenV2InvalidInitialization, error) {
	out := new(AssetTokenV2InvalidInitialization)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2InvalidLock represents a InvalidLock error raised by the AssetTokenV2 contract.
type AssetTokenV2InvalidLock struct {
	Amount *big.Int
	Start  uint64
	Cliff  uint64
	End    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidLock(uint256 amount, uint64 start, uint64 cliff, uint64 end)
func AssetTokenV2InvalidLockErrorID() common.Hash {
	return common.HexToHash("0x11402dd1b3368bf7f94b8b521f69e74b4a6b37b11cc174f52463bfd55e758958")
}

// UnpackInvalidLockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidLock(uint256 amount, uint64 start, uint64 cliff, uint64 end)
func (assetTokenV2 *AssetTokenV2) UnpackInvalidLockError(raw []byte) (*AssetTokenV2InvalidLock, error) {
	out := new(AssetTokenV2InvalidLock)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "InvalidLock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2InvalidLockup represents a InvalidLockup error raised by the AssetTokenV2 contract.
type AssetTokenV2InvalidLockup struct {
	LockedUntil uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidLockup(uint64 lockedUntil)
func AssetTokenV2InvalidLockupErrorID() common.Hash {
	return common.HexToHash("0xf65609c5c052cc5369637f891b070f65e7d89faf48f129c3468a3c3a01ff5de4")
}

// UnpackInvalidLockupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidLockup(uint64 lockedUntil)
func (assetTokenV2 *AssetTokenV2) UnpackInvalidLockupError(raw []byte) (*AssetTokenV2InvalidLockup, error) {
	out := new(AssetTokenV2InvalidLockup)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "InvalidLockup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2InvalidRegistry represents a InvalidRegistry error raised by the AssetTokenV2 contract.
type AssetTokenV2InvalidRegistry struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRegistry()
func AssetTokenV2InvalidRegistryErrorID() common.Hash {
	return common.HexToHash("0x11a1e697a1c85975448db6646a7687242f7872b0e576fef10a19373ad31e3e4d")
}

// UnpackInvalidRegistryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRegistry()
func (assetTokenV2 *AssetTokenV2) UnpackInvalidRegistryError(raw []byte) (*AssetTokenV2InvalidRegistry, error) {
	out := new(AssetTokenV2InvalidRegistry)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "InvalidRegistry", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2InvalidRequestId represents a InvalidRequestId error raised by the AssetTokenV2 contract.
type AssetTokenV2InvalidRequestId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRequestId()
func AssetTokenV2InvalidRequestIdErrorID() common.Hash {
	return common.HexToHash("0xba0514c0d5ec80c22a6ebd3f2e6691e2f9ad3d1402978084361a7537d8546138")
}

// UnpackInvalidRequestIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRequestId()
func (assetTokenV2 *AssetTokenV2) UnpackInvalidRequestIdError(raw []byte) (*AssetTokenV2InvalidRequestId, error) {
	out := new(AssetTokenV2InvalidRequestId)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "InvalidRequestId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2InvalidReserveGuard represents a InvalidReserveGuard error raised by the AssetTokenV2 contract.
type AssetTokenV2InvalidReserveGuard struct {
	Feed       common.Address
	MaxAge     uint64
	MarginMode uint8
	Margin     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidReserveGuard(address feed, uint64 maxAge, uint8 marginMode, uint256 margin)
func AssetTokenV2InvalidReserveGuardErrorID() common.Hash {
	return common.HexToHash("0x8cb6bfeb92c4d574477c0ae2748274a758d159495c5991399be4a97d3bffd23c")
}

// UnpackInvalidReserveGuardError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidReserveGuard(address feed, uint64 maxAge, uint8 marginMode, uint256 margin)
func (assetTokenV2 *AssetTokenV2) UnpackInvalidReserveGuardError(raw []byte) (*AssetTokenV2InvalidReserveGuard, error) {
	out := new(AssetTokenV2InvalidReserveGuard)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "InvalidReserveGuard", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2InvalidSupplyCap represents a InvalidSupplyCap error raised by the AssetTokenV2 contract.
type AssetTokenV2InvalidSupplyCap struct {
	Cap    *big.Int
	Supply *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSupplyCap(uint256 cap, uint256 supply)
func AssetTokenV2InvalidSupplyCapErrorID() common.Hash {
	return common.HexToHash("0x0a3780ce0a3a11d85fb08eca06c71bd05b397969fdfe3295b25e3206bb51788d")
}

// UnpackInvalidSupplyCapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSupplyCap(uint256 cap, uint256 supply)
func (assetTokenV2 *AssetTokenV2) UnpackInvalidSupplyCapError(raw []byte) (*AssetTokenV2InvalidSupplyCap, error) {
	out := new(AssetTokenV2InvalidSupplyCap)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "InvalidSupplyCap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2InvalidTransferLimit represents a InvalidTransferLimit error raised by the AssetTokenV2 contract.
type AssetTokenV2InvalidTransferLimit struct {
	Period uint32
	Limit  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidTransferLimit(uint32 period, uint256 limit)
func AssetTokenV2InvalidTransferLimitErrorID() common.Hash {
	return common.HexToHash("0x093a012adf9ca649c36d3075fc0e36006a59854469938de6a00c650bd9277eb5")
}

// UnpackInvalidTransferLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidTransferLimit(uint32 period, uint256 limit)
func (assetTokenV2 *AssetTokenV2) UnpackInvalidTransferLimitError(raw []byte) (*AssetTokenV2InvalidTransferLimit, error) {
	out := new(AssetTokenV2InvalidTransferLimit)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "InvalidTransferLimit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2InvalidUpgrader represents a InvalidUpgrader error raised by the AssetTokenV2 contract.
type AssetTokenV2InvalidUpgrader struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidUpgrader()
func AssetTokenV2InvalidUpgraderErrorID() common.Hash {
	return common.HexToHash("0x93c27326af213034bd281f7765a9aabcf1b2c7794e6bcf620bbaab397462410f")
}

// UnpackInvalidUpgraderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidUpgrader()
func (assetTokenV2 *AssetTokenV2) UnpackInvalidUpgraderError(raw []byte) (*AssetTokenV2InvalidUpgrader, error) {
	out := new(AssetTokenV2InvalidUpgrader)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "InvalidUpgrader", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2LengthMismatch represents a LengthMismatch error raised by the AssetTokenV2 contract.
type AssetTokenV2LengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch()
func AssetTokenV2LengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xff633a3803c58b9bc21e58efecee59f27e033cc0b1883fccb4969c76146fe60f")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch()
func (assetTokenV2 *AssetTokenV2) UnpackLengthMismatchError(raw []byte) (*AssetTokenV2LengthMismatch, error) {
	out := new(AssetTokenV2LengthMismatch)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2LockExceedsBalance represents a LockExceedsBalance error raised by the AssetTokenV2 contract.
type AssetTokenV2LockExceedsBalance struct {
	Account common.Address
	Locked  *big.Int
	Balance *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LockExceedsBalance(address account, uint256 locked, uint256 balance)
func AssetTokenV2LockExceedsBalanceErrorID() common.Hash {
	return common.HexToHash("0x97192e5900263cb64e1040d4e8b19fe52a2788f0894ecab56483003e5528c092")
}

// UnpackLockExceedsBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LockExceedsBalance(address account, uint256 locked, uint256 balance)
func (assetTokenV2 *AssetTokenV2) UnpackLockExceedsBalanceError(raw []byte) (*AssetTokenV2LockExceedsBalance, error) {
	out := new(AssetTokenV2LockExceedsBalance)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "LockExceedsBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2NoDeed represents a NoDeed error raised by the AssetTokenV2 contract.
type AssetTokenV2NoDeed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoDeed()
func AssetTokenV2NoDeedErrorID() common.Hash {
	return common.HexToHash("0xc1ffbfc1a56ba459bba00e31cfb4451b66eb65b30d4de2f8c880b6d3b73796af")
}

// UnpackNoDeedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoDeed()
func (assetTokenV2 *AssetTokenV2) UnpackNoDeedError(raw []byte) (*AssetTokenV2NoDeed, error) {
	out := new(AssetTokenV2NoDeed)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "NoDeed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2NoSuchLock represents a NoSuchLock error raised by the AssetTokenV2 contract.
type AssetTokenV2NoSuchLock struct {
	Account common.Address
	Amount  *big.Int
	End     uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSuchLock(address account, uint256 amount, uint64 end)
func AssetTokenV2NoSuchLockErrorID() common.Hash {
	return common.HexToHash("0x108128b57a91b272d1e307bf628966eaf9b12d54e7845107d9261a99d5164835")
}

// UnpackNoSuchLockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSuchLock(address account, uint256 amount, uint64 end)
func (assetTokenV2 *AssetTokenV2) UnpackNoSuchLockError(raw []byte) (*AssetTokenV2NoSuchLock, error) {
	out := new(AssetTokenV2NoSuchLock)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "NoSuchLock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2NotInitializing represents a NotInitializing error raised by the AssetTokenV2 contract.
type AssetTokenV2NotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func AssetTokenV2NotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (assetTokenV2 *AssetTokenV2) UnpackNotInitializingError(raw []byte) (*AssetTokenV2NotInitializing, error) {
	out := new(AssetTokenV2NotInitializing)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2NotSupported represents a NotSupported error raised by the AssetTokenV2 contract.
type AssetTokenV2NotSupported struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSupported(string reason)
func AssetTokenV2NotSupportedErrorID() common.Hash {
	return common.HexToHash("0x329e2f15154ecf1df584c66d531aa4ec1a2a0b60ea4ed01ae287032531871b9e")
}

// UnpackNotSupportedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSupported(string reason)
func (assetTokenV2 *AssetTokenV2) UnpackNotSupportedError(raw []byte) (*AssetTokenV2NotSupported, error) {
	out := new(AssetTokenV2NotSupported)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "NotSupported", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2NothingToRecover represents a NothingToRecover error raised by the AssetTokenV2 contract.
type AssetTokenV2NothingToRecover struct {
	LostWallet common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToRecover(address lostWallet)
func AssetTokenV2NothingToRecoverErrorID() common.Hash {
	return common.HexToHash("0x86d9d0354b396b81f550c04abd222485cc87e7b37fc56bd7fbbccdebdddb9588")
}

// UnpackNothingToRecoverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToRecover(address lostWallet)
func (assetTokenV2 *AssetTokenV2) UnpackNothingToRecoverError(raw []byte) (*AssetTokenV2NothingToRecover, error) {
	out := new(AssetTokenV2NothingToRecover)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "NothingToRecover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2RecoveryInvestorMismatch represents a RecoveryInvestorMismatch error raised by the AssetTokenV2 contract.
type AssetTokenV2RecoveryInvestorMismatch struct {
	Wallet     common.Address
	InvestorId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecoveryInvestorMismatch(address wallet, bytes32 investorId)
func AssetTokenV2RecoveryInvestorMismatchErrorID() common.Hash {
	return common.HexToHash("0xd067f144044e6aca5a72ea4a8588ddf6a4034eabdad5e7a88d27fa28eda277d5")
}

// UnpackRecoveryInvestorMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecoveryInvestorMismatch(address wallet, bytes32 investorId)
func (assetTokenV2 *AssetTokenV2) UnpackRecoveryInvestorMismatchError(raw []byte) (*AssetTokenV2RecoveryInvestorMismatch, error) {
	out := new(AssetTokenV2RecoveryInvestorMismatch)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "RecoveryInvestorMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2RegistryMismatch represents a RegistryMismatch error raised by the AssetTokenV2 contract.
type AssetTokenV2RegistryMismatch struct {
	Registry common.Address
	Given    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryMismatch(address registry, address given)
func AssetTokenV2RegistryMismatchErrorID() common.Hash {
	return common.HexToHash("0x0cb3ba696dc11c02a665839813ec80619784a94a8c09902729d45dc8322203fa")
}

// UnpackRegistryMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryMismatch(address registry, address given)
func (assetTokenV2 *AssetTokenV2) UnpackRegistryMismatchError(raw []byte) (*AssetTokenV2RegistryMismatch, error) {
	out := new(AssetTokenV2RegistryMismatch)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "RegistryMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2RequestAlreadyProcessed represents a RequestAlreadyProcessed error raised by the AssetTokenV2 contract.
type AssetTokenV2RequestAlreadyProcessed struct {
	RequestId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestAlreadyProcessed(bytes32 requestId)
func AssetTokenV2RequestAlreadyProcessedErrorID() common.Hash {
	return common.HexToHash("0x0b72c55bd5e01a3dd74a1fa9d03564e3acb39f281ad76d13d362b378881ce65c")
}

// UnpackRequestAlreadyProcessedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestAlreadyProcessed(bytes32 requestId)
func (assetTokenV2 *AssetTokenV2) UnpackRequestAlreadyProcessedError(raw []byte) (*AssetTokenV2RequestAlreadyProcessed, error) {
	out := new(AssetTokenV2RequestAlreadyProcessed)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "RequestAlreadyProcessed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2SameWallet represents a SameWallet error raised by the AssetTokenV2 contract.
type AssetTokenV2SameWallet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SameWallet()
func AssetTokenV2SameWalletErrorID() common.Hash {
	return common.HexToHash("0x94a3d97966ea005ec91b894676eb5999980a7ab09d9228c0a6c07c9440163de7")
}

// UnpackSameWalletError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SameWallet()
func (assetTokenV2 *AssetTokenV2) UnpackSameWalletError(raw []byte) (*AssetTokenV2SameWallet, error) {
	out := new(AssetTokenV2SameWallet)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "SameWallet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2SupplyCapAlreadySet represents a SupplyCapAlreadySet error raised by the AssetTokenV2 contract.
type AssetTokenV2SupplyCapAlreadySet struct {
	Cap *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SupplyCapAlreadySet(uint256 cap)
func AssetTokenV2SupplyCapAlreadySetErrorID() common.Hash {
	return common.HexToHash("0xf8064ef6e8ae12291b6b7e8dabe87a0a85e788f5b9c5e1b891879badb02b586c")
}

// UnpackSupplyCapAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SupplyCapAlreadySet(uint256 cap)
func (assetTokenV2 *AssetTokenV2) UnpackSupplyCapAlreadySetError(raw []byte) (*AssetTokenV2SupplyCapAlreadySet, error) {
	out := new(AssetTokenV2SupplyCapAlreadySet)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "SupplyCapAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2SupplyCapExceeded represents a SupplyCapExceeded error raised by the AssetTokenV2 contract.
type AssetTokenV2SupplyCapExceeded struct {
	Cap    *big.Int
	Supply *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SupplyCapExceeded(uint256 cap, uint256 supply)
func AssetTokenV2SupplyCapExceededErrorID() common.Hash {
	return common.HexToHash("0x4b344b11eba23caa214c65adbd2869e50bd62099a66779a6776501f75116ec93")
}

// UnpackSupplyCapExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SupplyCapExceeded(uint256 cap, uint256 supply)
func (assetTokenV2 *AssetTokenV2) UnpackSupplyCapExceededError(raw []byte) (*AssetTokenV2SupplyCapExceeded, error) {
	out := new(AssetTokenV2SupplyCapExceeded)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "SupplyCapExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2SupplyOverflow represents a SupplyOverflow error raised by the AssetTokenV2 contract.
type AssetTokenV2SupplyOverflow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SupplyOverflow()
func AssetTokenV2SupplyOverflowErrorID() common.Hash {
	return common.HexToHash("0x7ebdee1b9f7526b1faa7181fc6d413c04c5b5d90418e4afeb172b0b43df27e30")
}

// UnpackSupplyOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SupplyOverflow()
func (assetTokenV2 *AssetTokenV2) UnpackSupplyOverflowError(raw []byte) (*AssetTokenV2SupplyOverflow, error) {
	out := new(AssetTokenV2SupplyOverflow)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "SupplyOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2TooManyLocks represents a TooManyLocks error raised by the AssetTokenV2 contract.
type AssetTokenV2TooManyLocks struct {
	Account common.Address
	Max     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyLocks(address account, uint256 max)
func AssetTokenV2TooManyLocksErrorID() common.Hash {
	return common.HexToHash("0xacefc1d694c0aa4db91ea30e059057ae7af797718ba19d0c983211aeff59a056")
}

// UnpackTooManyLocksError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyLocks(address account, uint256 max)
func (assetTokenV2 *AssetTokenV2) UnpackTooManyLocksError(raw []byte) (*AssetTokenV2TooManyLocks, error) {
	out := new(AssetTokenV2TooManyLocks)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "TooManyLocks", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2TooManyWindows represents a TooManyWindows error raised by the AssetTokenV2 contract.
type AssetTokenV2TooManyWindows struct {
	Windows *big.Int
	Max     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyWindows(uint256 windows, uint256 max)
func AssetTokenV2TooManyWindowsErrorID() common.Hash {
	return common.HexToHash("0x0ec209b696a826486ab346e5a99e710b396b1aa106f71793760c7359233b5947")
}

// UnpackTooManyWindowsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyWindows(uint256 windows, uint256 max)
func (assetTokenV2 *AssetTokenV2) UnpackTooManyWindowsError(raw []byte) (*AssetTokenV2TooManyWindows, error) {
	out := new(AssetTokenV2TooManyWindows)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "TooManyWindows", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2TransferRestricted represents a TransferRestricted error raised by the AssetTokenV2 contract.
type AssetTokenV2TransferRestricted struct {
	Code uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferRestricted(uint8 code)
func AssetTokenV2TransferRestrictedErrorID() common.Hash {
	return common.HexToHash("0xe18ca2b9b451bf0dffa5160cc54e30c428dde179b65b354eee7185b6d097c2a1")
}

// UnpackTransferRestrictedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferRestricted(uint8 code)
func (assetTokenV2 *AssetTokenV2) UnpackTransferRestrictedError(raw []byte) (*AssetTokenV2TransferRestricted, error) {
	out := new(AssetTokenV2TransferRestricted)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "TransferRestricted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2UUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the AssetTokenV2 contract.
type AssetTokenV2UUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func AssetTokenV2UUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (assetTokenV2 *AssetTokenV2) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*AssetTokenV2UUPSUnauthorizedCallContext, error) {
	out := new(AssetTokenV2UUPSUnauthorizedCallContext)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2UUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the AssetTokenV2 contract.
type AssetTokenV2UUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func AssetTokenV2UUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (assetTokenV2 *AssetTokenV2) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*AssetTokenV2UUPSUnsupportedProxiableUUID, error) {
	out := new(AssetTokenV2UUPSUnsupportedProxiableUUID)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2UnexpectedDeed represents a UnexpectedDeed error raised by the AssetTokenV2 contract.
type AssetTokenV2UnexpectedDeed struct {
	Token   common.Address
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedDeed(address token, uint256 tokenId)
func AssetTokenV2UnexpectedDeedErrorID() common.Hash {
	return common.HexToHash("0x853a50cb43487d48b72de797b87b173a08953ba0dd4f7b126e17a231a7573378")
}

// UnpackUnexpectedDeedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedDeed(address token, uint256 tokenId)
func (assetTokenV2 *AssetTokenV2) UnpackUnexpectedDeedError(raw []byte) (*AssetTokenV2UnexpectedDeed, error) {
	out := new(AssetTokenV2UnexpectedDeed)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "UnexpectedDeed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenV2UnfreezeExceedsFrozen represents a UnfreezeExceedsFrozen error raised by the AssetTokenV2 contract.
type AssetTokenV2UnfreezeExceedsFrozen struct {
	Account common.Address
	Frozen  *big.Int
	Amount  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnfreezeExceedsFrozen(address account, uint256 frozen, uint256 amount)
func AssetTokenV2UnfreezeExceedsFrozenErrorID() common.Hash {
	return common.HexToHash("0xe0dfe97fc7c79f92ffcc46a2e29ea9d7ddbe9d44cc7593b8255f7b2eba5ddef6")
}

// UnpackUnfreezeExceedsFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnfreezeExceedsFrozen(address account, uint256 frozen, uint256 amount)
func (assetTokenV2 *AssetTokenV2) UnpackUnfreezeExceedsFrozenError(raw []byte) (*AssetTokenV2UnfreezeExceedsFrozen, error) {
	out := new(AssetTokenV2UnfreezeExceedsFrozen)
	if err := assetTokenV2.abi.UnpackIntoInterface(out, "UnfreezeExceedsFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}
