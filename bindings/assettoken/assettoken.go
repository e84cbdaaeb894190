// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package assettoken

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

// AssetTokenMetaData contains all meta data concerning the AssetToken contract.
var AssetTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIdentityRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CountingOff\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DeedNotHeld\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"DocumentNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"unfrozen\",\"type\":\"uint256\"}],\"name\":\"ERC7943InsufficientUnfrozenBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyTokenInformation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"FractionsOutstanding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"FreezeExceedsBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidDocument\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"InvalidLock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"name\":\"InvalidLockup\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidRegistry\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidRequestId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"marginMode\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"margin\",\"type\":\"uint256\"}],\"name\":\"InvalidReserveGuard\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"InvalidSupplyCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"period\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"InvalidTransferLimit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidUpgrader\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"LockExceedsBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoDeed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"NoSuchLock\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"NotSupported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"}],\"name\":\"NothingToRecover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"RecoveryInvestorMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"registry\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"given\",\"type\":\"address\"}],\"name\":\"RegistryMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"RequestAlreadyProcessed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SameWallet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"SupplyCapAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"SupplyCapExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SupplyOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyLocks\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"windows\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyWindows\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"name\":\"TransferRestricted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"UnexpectedDeed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"UnfreezeExceedsFrozen\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bool\",\"name\":\"isFrozen\",\"type\":\"bool\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AddressFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AgentAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AgentRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32[9]\",\"name\":\"caps\",\"type\":\"uint32[9]\"}],\"name\":\"CategoryCapsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"compliance\",\"type\":\"address\"}],\"name\":\"ComplianceAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"CountryAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"cap\",\"type\":\"uint32\"}],\"name\":\"CountryCapSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"CountryRestrictionSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"deed\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"deedId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"}],\"name\":\"DeedLocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"deed\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"deedId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"DeedReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"DocumentRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"DocumentUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minHolding\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"flowbackUntil\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"initialLockup\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"lockupReason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"forceFullTransfer\",\"type\":\"bool\"}],\"name\":\"ExtendedRulesSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ForcedTransfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Frozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"identityRegistry\",\"type\":\"address\"}],\"name\":\"IdentityRegistryAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"InvestorCountingOn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"anchor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"fromCountry\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"fromCategories\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"toCountry\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"toCategories\",\"type\":\"uint8\"}],\"name\":\"InvestorRecounted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Issued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"on\",\"type\":\"bool\"}],\"name\":\"LiquidateOnlySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"LockAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"LockRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"name\":\"LockedUp\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxBalance\",\"type\":\"uint256\"}],\"name\":\"MaxBalanceSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"MaxCountryShareSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxInvestors\",\"type\":\"uint256\"}],\"name\":\"MaxInvestorsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"RecoverySuccess\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Redeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"}],\"name\":\"RequiredFlagsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"marginMode\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"margin\",\"type\":\"uint256\"}],\"name\":\"ReserveGuardSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"SupplyCapSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenBound\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensUnfrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32[]\",\"name\":\"periods\",\"type\":\"uint32[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"limits\",\"type\":\"uint256[]\"}],\"name\":\"TransferLimitsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"string\",\"name\":\"newName\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"string\",\"name\":\"newSymbol\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"newDecimals\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"newVersion\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOnchainID\",\"type\":\"address\"}],\"name\":\"UpdatedTokenInformation\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"name\":\"ValuationGuardSet\",\"type\":\"event\"},{\"stateMutability\":\"nonpayable\",\"type\":\"fallback\"},{\"inputs\":[],\"name\":\"AGENT_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"COMPLIANCE_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOCUMENT_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"from\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchForcedTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"requestIds\",\"type\":\"bytes32[]\"}],\"name\":\"batchMint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"canReceive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"canSend\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"canTransfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"detectTransferRestriction\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"forcedTransfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getAllDocuments\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"getDocument\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lastModified\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"identityRegistry\",\"outputs\":[{\"internalType\":\"contractIdentityRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"},{\"internalType\":\"contractIdentityRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"deed_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"deedId_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"upgrader\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"investorBalanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"name\":\"messageForTransferRestriction\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"name\":\"mintLocked\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"mintVesting\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"removeDocument\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"setDocument\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"addAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"addLock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"from\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchBurn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchFreezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchMint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"bool[]\",\"name\":\"frozen\",\"type\":\"bool[]\"}],\"name\":\"batchSetAddressFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchUnfreezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"bindToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"categoryInvestors\",\"outputs\":[{\"internalType\":\"uint256[9]\",\"name\":\"counts\",\"type\":\"uint256[9]\"},{\"internalType\":\"uint256[9]\",\"name\":\"caps\",\"type\":\"uint256[9]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"compliance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"countryInvestors\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"countryRestricted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"created\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deed\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deedId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deedLocked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"destroyed\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"extendedRules\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"minHolding\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"flowbackUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"initialLockup\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"lockupReason\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"forceFullTransfer\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"freezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getFrozenTokens\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getTokenBound\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"investorCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"investorCounting\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"isAgent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"isCountryAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isFrozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"isLiquidateOnly\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"isRequestProcessed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"isTokenBound\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"lockOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"locksOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"}],\"internalType\":\"structIAssetTokenCold.Lock[]\",\"name\":\"locks\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxBalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxCountryShare\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxInvestors\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"onchainID\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"recount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"recoveryAddress\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newWallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"investorOnchainID\",\"type\":\"address\"}],\"name\":\"recoveryAddress\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"releaseDeed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"removeAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"removeLock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requiredFlags\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reserveGuard\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"marginMode\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"margin\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"}],\"name\":\"setAddressFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32[9]\",\"name\":\"caps\",\"type\":\"uint32[9]\"}],\"name\":\"setCategoryCaps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"compliance_\",\"type\":\"address\"}],\"name\":\"setCompliance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16[]\",\"name\":\"countries\",\"type\":\"uint16[]\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setCountriesAllowed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16[]\",\"name\":\"countries\",\"type\":\"uint16[]\"},{\"internalType\":\"uint32[]\",\"name\":\"caps\",\"type\":\"uint32[]\"}],\"name\":\"setCountryCaps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"setCountryRestriction\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"minHolding\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"flowbackUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"initialLockup\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"lockupReason\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"forceFullTransfer\",\"type\":\"bool\"}],\"name\":\"setExtendedRules\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"setFrozenTokens\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"registry\",\"type\":\"address\"}],\"name\":\"setIdentityRegistry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"setInvestorCounting\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"on\",\"type\":\"bool\"}],\"name\":\"setLiquidateOnly\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxBalance_\",\"type\":\"uint256\"}],\"name\":\"setMaxBalance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"setMaxCountryShare\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"maxInvestors_\",\"type\":\"uint32\"}],\"name\":\"setMaxInvestors\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"}],\"name\":\"setName\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"onchainID_\",\"type\":\"address\"}],\"name\":\"setOnchainID\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"}],\"name\":\"setRequiredFlags\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"marginMode\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"margin\",\"type\":\"uint256\"}],\"name\":\"setReserveGuard\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"setSupplyCap\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"}],\"name\":\"setSymbol\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32[]\",\"name\":\"periods\",\"type\":\"uint32[]\"},{\"internalType\":\"uint256[]\",\"name\":\"limits\",\"type\":\"uint256[]\"}],\"name\":\"setTransferLimits\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"name\":\"setValuationGuard\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"supplyCap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"transferAllowance\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"remaining\",\"type\":\"uint256[]\"},{\"internalType\":\"uint64[]\",\"name\":\"resets\",\"type\":\"uint64[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"transferLimits\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"periods\",\"type\":\"uint32[]\"},{\"internalType\":\"uint256[]\",\"name\":\"limits\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferred\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"unbindToken\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"unfreezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"valuationGuard\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "AssetToken",
	Bin: "0x60c060405230608052348015610013575f5ffd5b50604051615aa7380380615aa783398101604081905261003291610126565b806001600160a01b03811661005a576040516311a1e69760e01b815260040160405180910390fd5b6001600160a01b031660a05261006e610074565b50610153565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100c45760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146101235780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b5f60208284031215610136575f5ffd5b81516001600160a01b038116811461014c575f5ffd5b9392505050565b60805160a0516158ed6101ba5f395f818161039901528181610ccd01528181610fec0152818161134801528181611cf401528181611ddc01528181611e7301528181613218015261326601525f8181612d7201528181612d9b0152612ee901526158ed5ff3fe6080604052600436106102ad575f3560e01c80637ecebe0011610174578063ad3cb1cc116100db578063d539139311610094578063e46638e61161006e578063e46638e6146108d3578063e63ab1e9146108f2578063f72c0d8b14610925578063fad1147714610945576102ad565b8063d539139314610875578063d547741f14610895578063dd62ed3e146108b4576102ad565b8063ad3cb1cc1461079b578063b10d6b41146107cb578063c3501848146107f9578063cc6d914614610818578063d4ce141514610837578063d505accf14610856576102ad565b806395d89b411161012d57806395d89b41146106e25780639fa5f50b146106f65780639fc1d0e714610717578063a11939bd14610736578063a217fddf14610769578063a9059cbb1461077c576102ad565b80637ecebe00146106205780637f4ab1dd1461063f57806384b0196e1461065e57806388d695b21461068557806390d370ba146106a457806391d14854146106c3576102ad565b80632c721b98116102185780634f1ef286116101d15780634f1ef2861461057d57806352d1902d1461059057806356d8f629146105a457806361fba37d146105c357806365275d4f146105e257806370a0823114610601576102ad565b80632c721b98146104b35780632f2ff15d146104e6578063313ce567146105055780633644e5151461052b57806336568abe1461053f57806342a47abc1461055e576102ad565b806318160ddd1161026a57806318160ddd146103e25780631e458bee1461040457806322459e181461042357806323b872dd14610456578063248a9ca3146104755780632bc06a9214610494576102ad565b8063010648ca146102eb57806301ffc9a71461030c57806306fdde0314610340578063095ea7b314610361578063134e18f414610380578063158a1cc3146103c3575b3480156102b8575f5ffd5b5073754a893b636f2d3b243106c444033c8ddbf86a2a365f80375f5f365f845af43d5f5f3e806102e6573d5ffd5b503d5ff35b3480156102f6575f5ffd5b5061030a610305366004614b8c565b610964565b005b348015610317575f5ffd5b5061032b610326366004614bda565b6109da565b60405190151581526020015b60405180910390f35b34801561034b575f5ffd5b50610354610a55565b6040516103379190614c2f565b34801561036c575f5ffd5b5061032b61037b366004614c55565b610afa565b34801561038b575f5ffd5b506040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152602001610337565b3480156103ce575f5ffd5b5061030a6103dd366004614c7f565b610b11565b3480156103ed575f5ffd5b506103f6610be5565b604051908152602001610337565b34801561040f575f5ffd5b5061030a61041e366004614c7f565b610c00565b34801561042e575f5ffd5b506103f67fcab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb427695096770981565b348015610461575f5ffd5b5061032b610470366004614cb1565b610c32565b348015610480575f5ffd5b506103f661048f366004614cef565b610c57565b34801561049f575f5ffd5b5061032b6104ae366004614d06565b610c77565b3480156104be575f5ffd5b506103f67fdd7c9aafbb91d54fb2041db1d5b172ea665309b32f5fffdbddf452802a1e3b2081565b3480156104f1575f5ffd5b5061030a610500366004614d21565b610d3d565b348015610510575f5ffd5b50610519610d59565b60405160ff9091168152602001610337565b348015610536575f5ffd5b506103f6610d75565b34801561054a575f5ffd5b5061030a610559366004614d21565b610d83565b348015610569575f5ffd5b5061030a610578366004614d8f565b610dbb565b61030a61058b366004614e95565b610e96565b34801561059b575f5ffd5b506103f6610eb5565b3480156105af575f5ffd5b5061030a6105be366004614f47565b610ed0565b3480156105ce575f5ffd5b506103f66105dd366004614d06565b610fc9565b3480156105ed575f5ffd5b5061030a6105fc366004614fbc565b6110a4565b34801561060c575f5ffd5b506103f661061b366004614d06565b611136565b34801561062b575f5ffd5b506103f661063a366004614d06565b611174565b34801561064a575f5ffd5b50610354610659366004615001565b6111b0565b348015610669575f5ffd5b50610672611229565b604051610337979695949392919061501a565b348015610690575f5ffd5b5061030a61069f3660046150b0565b61126b565b3480156106af575f5ffd5b5061032b6106be366004614d06565b6112e9565b3480156106ce575f5ffd5b5061032b6106dd366004614d21565b6113c0565b3480156106ed575f5ffd5b506103546113f6565b348015610701575f5ffd5b5061070a611434565b604051610337919061511a565b348015610722575f5ffd5b5061032b610731366004614cb1565b6114a3565b348015610741575f5ffd5b506103f67f6390f5a69ff59edce8e461308dbd399b74f0414e629057022cbc92159a014c7681565b348015610774575f5ffd5b506103f65f81565b348015610787575f5ffd5b5061032b610796366004614c55565b6114d9565b3480156107a6575f5ffd5b50610354604051806040016040528060058152602001640352e302e360dc1b81525081565b3480156107d6575f5ffd5b506107ea6107e5366004614cef565b6114e6565b6040516103379392919061515c565b348015610804575f5ffd5b5061030a610813366004614cef565b611571565b348015610823575f5ffd5b5061030a610832366004614d8f565b6115d4565b348015610842575f5ffd5b50610519610851366004614cb1565b6116ef565b348015610861575f5ffd5b5061030a610870366004615180565b611786565b348015610880575f5ffd5b506103f65f5160206158785f395f51905f5281565b3480156108a0575f5ffd5b5061030a6108af366004614d21565b6118db565b3480156108bf575f5ffd5b506103f66108ce3660046151ea565b6118f7565b3480156108de575f5ffd5b5061032b6108ed366004614cb1565b611940565b3480156108fd575f5ffd5b506103f67f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b348015610930575f5ffd5b506103f65f5160206158385f395f51905f5281565b348015610950575f5ffd5b5061030a61095f366004615216565b6119a4565b61096c611b31565b6040516283246560e11b815273f765290bd0c64d566bac74f8b77e9ea8fce665159063010648ca906109a89087908790879087906004016152e8565b5f6040518083038186803b1580156109be575f5ffd5b505af41580156109d0573d5f5f3e3d5ffd5b5050505050505050565b5f6001600160e01b03198216630fb6ed3160e21b1480610a0a57506001600160e01b031982166336372b0760e01b145b80610a2557506001600160e01b0319821663157094b960e31b145b80610a4057506001600160e01b03198216631d9fd9d960e31b145b80610a4f5750610a4f82611b5c565b92915050565b60605f5f5160206158185f395f51905f525b9050806003018054610a7890615326565b80601f0160208091040260200160405190810160405280929190818152602001828054610aa490615326565b8015610aef5780601f10610ac657610100808354040283529160200191610aef565b820191905f5260205f20905b815481529060010190602001808311610ad257829003601f168201915b505050505091505090565b5f33610b07818585611b90565b5060019392505050565b5f5160206158785f395f51905f52610b2881611b9d565b610b3182611baa565b6001600160a01b038416610b5f57604051634b637e8f60e11b81525f60048201526024015b60405180910390fd5b5f610b6d6003865f87611c30565b9050610b7a818686612208565b83610b836123c5565b6001018054919091039055610b9a81865f876123e9565b846001600160a01b0316837f61d905e697374527439f5c64f060ae521e3b586e8f61ef3f160057e7150e153e86604051610bd691815260200190565b60405180910390a35050505050565b5f6001600160801b03610bf66123c5565b6001015416905090565b5f5160206158785f395f51905f52610c1781611b9d565b610c208361282d565b610c2c8484845f612860565b50505050565b5f33610c3f858285612a6b565b610c4a858585612ac9565b60019150505b9392505050565b5f9081525f5160206158985f395f51905f52602052604090206001015490565b5f600160e81b610c856123c5565b6001600160a01b0384165f908152600291909101602052604090205416158015610a4f5750604051633465d6d560e01b81526001600160a01b038381166004830152610a4f917f000000000000000000000000000000000000000000000000000000000000000090911690633465d6d590602401602060405180830381865afa158015610d14573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d38919061535e565b612b26565b610d4682610c57565b610d4f81611b9d565b610c2c8383612b4d565b5f610d626123c5565b60060154600160e01b900460ff16919050565b5f610d7e612bf5565b905090565b6001600160a01b0381163314610dac5760405163334bd91960e11b815260040160405180910390fd5b610db68282612bfe565b505050565b7fcab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb4276950967709610de581611b9d565b8584141580610df45750858214155b15610e15576040516001621398b960e31b0319815260040160405180910390fd5b5f5b868110156109d057610e8e888883818110610e3457610e34615375565b9050602002016020810190610e499190614d06565b878784818110610e5b57610e5b615375565b9050602002016020810190610e709190614d06565b868685818110610e8257610e82615375565b90506020020135612c77565b600101610e17565b610e9e612d67565b610ea782612e0b565b610eb18282612e22565b5050565b5f610ebe612ede565b505f5160206158585f395f51905f5290565b5f5160206158785f395f51905f52610ee781611b9d565b861580610f055750836001600160401b0316856001600160401b0316115b80610f215750826001600160401b0316846001600160401b0316115b80610f35575042836001600160401b031611155b80610f4d575064ffffffffff836001600160401b0316115b15610f8d576040516311402dd160e01b8152600481018890526001600160401b038087166024830152808616604483015284166064820152608401610b56565b610f968761282d565b6109d0888888610fc48b8a6001600160401b03168a6001600160401b03168a6001600160401b03168a612f27565b612860565b604051633465d6d560e01b81526001600160a01b0382811660048301525f9182917f00000000000000000000000000000000000000000000000000000000000000001690633465d6d590602401602060405180830381865afa158015611031573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611055919061535e565b90506001600160a01b0381161561109c576001600160601b0360606110786123c5565b6001600160a01b0384165f9081526002919091016020526040902054901c16610c50565b5f9392505050565b5f5160206158785f395f51905f526110bb81611b9d565b42826001600160401b03161115806110e0575064ffffffffff826001600160401b0316115b156111095760405163f65609c560e01b81526001600160401b0383166004820152602401610b56565b6111128461282d565b61112f858585610fc4826001600160401b03881680806001612f27565b5050505050565b5f6001600160601b036111476123c5565b6002015f846001600160a01b03166001600160a01b031681526020019081526020015f2054169050919050565b6001600160a01b0381165f9081527f5ab42ced628888259c08ac98db1eb0cf702fc1501344311d8b100cd1bfe4bb006020526040812054610a4f565b604051635a3329b560e11b815260ff82166004820152606090736b35a0e9b2fdc034adf085da6a7a65e712b825199063b466536a906024015f60405180830381865af4158015611202573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610a4f91908101906153d6565b5f6060805f5f5f606061123a612f4f565b611242612fa0565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b82811461128e576040516001621398b960e31b0319815260040160405180910390fd5b5f5b8381101561112f576112e1338686848181106112ae576112ae615375565b90506020020160208101906112c39190614d06565b8585858181106112d5576112d5615375565b90506020020135612ac9565b600101611290565b5f600160e81b6112f76123c5565b6001600160a01b0384165f908152600291909101602052604090205416158015610a4f57505f6113b66113286123c5565b54604051633465d6d560e01b81526001600160a01b0386811660048301527f00000000000000000000000000000000000000000000000000000000000000001690633465d6d590602401602060405180830381865afa15801561138d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113b1919061535e565b612fc9565b60ff161492915050565b5f9182525f5160206158985f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0480546060915f5160206158185f395f51905f5291610a7890615326565b606073f765290bd0c64d566bac74f8b77e9ea8fce66515639fa5f50b6040518163ffffffff1660e01b81526004015f60405180830381865af415801561147c573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610d7e9190810190615407565b5f7fcab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb42769509677096114ce81611b9d565b610c4a858585612c77565b5f33610b07818585612ac9565b60605f5f73f765290bd0c64d566bac74f8b77e9ea8fce6651563b10d6b41856040518263ffffffff1660e01b815260040161152391815260200190565b5f60405180830381865af415801561153d573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261156491908101906154a6565b9250925092509193909250565b611579611b31565b60405163186a030960e31b81526004810182905273f765290bd0c64d566bac74f8b77e9ea8fce665159063c3501848906024015f6040518083038186803b1580156115c2575f5ffd5b505af415801561112f573d5f5f3e3d5ffd5b5f5160206158785f395f51905f526115eb81611b9d565b85841415806115fa5750858214155b1561161b576040516001621398b960e31b0319815260040160405180910390fd5b5f60106116266123c5565b541615611667575f5b858110156116655786868281811061164957611649615375565b905060200201358261165b9190615505565b915060010161162f565b505b6116708161282d565b5f5b878110156116e4576116dc89898381811061168f5761168f615375565b90506020020160208101906116a49190614d06565b8888848181106116b6576116b6615375565b905060200201358787858181106116cf576116cf615375565b905060200201355f612860565b600101611672565b505050505050505050565b5f806001600160a01b03851661173d576001600160a01b038416611716575f915050610c50565b5060025f61172384613033565b905060ff811615611737579150610c509050565b50611758565b6001600160a01b03841615611752575f611755565b60035b90505b5f61176582878787611c30565b51905060f060ff8216101561177a578061177c565b5f5b9695505050505050565b834211156117aa5760405163313c898160e11b815260048101859052602401610b56565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886118148c6001600160a01b03165f9081527f5ab42ced628888259c08ac98db1eb0cf702fc1501344311d8b100cd1bfe4bb006020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f61186e826130ee565b90505f61187d8287878761311a565b9050896001600160a01b0316816001600160a01b0316146118c4576040516325c0072360e11b81526001600160a01b0380831660048301528b166024820152604401610b56565b6118cf8a8a8a611b90565b50505050505050505050565b6118e482610c57565b6118ed81611b9d565b610c2c8383612bfe565b6001600160a01b039182165f9081527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace016020908152604080832093909416825291909152205490565b5f6001600160a01b038416158061195e57506001600160a01b038316155b1561196a57505f610c50565b5f6119775f868686611c30565b51905060ef1960ff821601611998576119908585613146565b915050610c50565b60ff1615949350505050565b5f6119ad6131a6565b805490915060ff600160401b82041615906001600160401b03165f811580156119d35750825b90505f826001600160401b031660011480156119ee5750303b155b9050811580156119fc575080155b15611a1a5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315611a4457845460ff60401b1916600160401b1785555b611ada8f8f8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f81840152601f19601f820116905080830192505050505050508e8e8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f81840152601f19601f820116905080830192505050505050508d8d8d8d8d8d6131ce565b8315611b2057845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050505050505050505050565b611b5a7fdd7c9aafbb91d54fb2041db1d5b172ea665309b32f5fffdbddf452802a1e3b20611b9d565b565b5f6001600160e01b03198216637965db0b60e01b1480610a4f57506301ffc9a760e01b6001600160e01b0319831614610a4f565b610db683838360016132fa565b611ba781336133ce565b50565b80611bc8576040516302e8145360e61b815260040160405180910390fd5b611bd06123c5565b5f828152600591909101602052604090205460ff1615611c0657604051630b72c55b60e01b815260048101829052602401610b56565b6001611c106123c5565b5f9283526005016020526040909120805460ff1916911515919091179055565b611cb4604051806101e001604052805f60ff1681526020015f151581526020015f151581526020015f81526020015f81526020015f81526020015f6001600160a01b031681526020015f81526020015f6001600160a01b031681526020015f81526020015f81526020015f81526020015f81526020015f8152602001606081525090565b5f611cbd6123c5565b546060830181905290505f8060011960ff891601611db157604051633465d6d560e01b81526001600160a01b0387811660048301527f00000000000000000000000000000000000000000000000000000000000000001690633465d6d590602401602060405180830381865afa158015611d39573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611d5d919061535e565b90505f611d686123c5565b600101549050608081901c5f819003611d8557506001600160601b035b6001600160801b038216810380881115611da957505060f185525061220092505050565b505050611f04565b60021960ff891601611e4c57604051633465d6d560e01b81526001600160a01b0388811660048301527f00000000000000000000000000000000000000000000000000000000000000001690633465d6d590602401602060405180830381865afa158015611e21573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e45919061535e565b9150611f04565b60405163853ea85360e01b81526001600160a01b03888116600483015287811660248301527f0000000000000000000000000000000000000000000000000000000000000000169063853ea853906044016040805180830381865afa158015611eb7573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611edb9190615518565b909250905060ff8816158015611ef357506001831615155b15611f045750506050825250612200565b5f806001600160a01b03891615611f3c57611f1d6123c5565b6001600160a01b038a165f908152600291909101602052604090205491505b6001600160a01b0388161561200957611f536123c5565b6001600160a01b0389165f9081526002919091016020526040902054905060ff8a16158015611f875750600160e81b821615155b15611f9b5750506051845250612200915050565b600160e81b811615611fb65750506052845250612200915050565b60ff8a16158015611fcd5750611fcb84612b26565b155b15611fe15750506053845250612200915050565b5f611fec8685612fc9565b905060ff8116156120075760ff168652506122009350505050565b505b60048516156120bc575f61201b6123c5565b600901546101a08801819052905060ff8b166120ba5764ffffffffff606082901c1642108015612054575060a084901c61ffff16610348145b80156120725750836001600160a01b0316856001600160a01b031614155b1561208757505060a385525061220092505050565b600160b01b8116158015906120a557506001600160601b0383168814155b156120ba57505060a285525061220092505050565b505b6001600160a01b03891615612151576001600160601b038216808811156120ed57505060f085525061220092505050565b60c083901c64ffffffffff16600160e91b841615158061210c57504281115b15612149575f612123898e8e88878f428911613407565b905060ff8116156121405760ff1688525061220095505050505050565b88608001519450505b888403935050505b6001600160a01b0388161580159061217b5750876001600160a01b0316896001600160a01b031614155b156121835786015b6080860182905260a086018190526001600160a01b03808916908a16036121ae575050505050612200565b83836001600160a01b038083169082161415806121d257506001600160a01b038b16155b806121e457506001600160a01b038a16155b156121f8576121f8888d8d8d8d8b8b61364f565b505050505050505b949350505050565b825160ff81166122185750505050565b60ef1960ff82160161227c57826001600160601b036122356123c5565b6001600160a01b038087165f90815260029290920160205260409182902054915163391434e360e21b81529316600484015216602482015260448101839052606401610b56565b60561960ff82160161233b575f6001600160601b036122996123c5565b6002015f866001600160a01b03166001600160a01b031681526020019081526020015f20541690505f6001600160801b036122d26123c5565b6001600160a01b0387165f90815260039190910160205260409020541690508484828411612300575f61230a565b61230a838561553a565b60405162384e7160e01b81526001600160a01b03909316600484015260248301919091526044820152606401610b56565b60f01960ff8216016123a7575f6123506123c5565b600101549050608081901c1561238e57604051634b344b1160e01b8152608082901c60048201526001600160801b0382166024820152604401610b56565b604051637ebdee1b60e01b815260040160405180910390fd5b60405163e18ca2b960e01b815260ff82166004820152602401610b56565b7fd019ed802b3a65492a3f21b3c309e952d0b17f35a722d5eadef27d7e18404a0090565b8360200151156124025783606001516124006123c5565b555b8360400151156125935783610140015161241a6123c5565b6001600160a01b0385165f9081526003919091016020526040902055610180840151156124ee5773cb42e20880a09cecdc93bb20d0e4d1c24990d91e63f675e7186124636123c5565b60808701516101808801516040516001600160e01b031960e086901b16815260048101939093526001600160a01b038816602484015260448301919091526064820152608401602060405180830381865af41580156124c4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906124e8919061535e565b60808501525b6101608401511561259357826001600160a01b03167f9bed35cb62ad0dba04f9d5bfee4b5bc91443e77da8a65c4c84834c51bb08b0d685610160015160405161253991815260200190565b60405180910390a2826001600160a01b03167f68e0d8c112165d0949ce87205b719ed7d98c7401866c34a159f7c67c6f5620e76001600160801b038661014001511660405161258a91815260200190565b60405180910390a25b816001600160a01b0316836001600160a01b03161461261e576001600160a01b038316156125e55783608001516125c86123c5565b6001600160a01b0385165f90815260029190910160205260409020555b6001600160a01b0382161561261e578360a001516126016123c5565b6001600160a01b0384165f90815260029190910160205260409020555b60c08401516001600160a01b03161561265f578360e0015161263e6123c5565b60c08601516001600160a01b03165f90815260029190910160205260409020555b6101008401516001600160a01b0316156126a3578361012001516126816123c5565b6101008601516001600160a01b03165f90815260029190910160205260409020555b6101c084015151156127da575f846101c001515f815181106126c7576126c7615375565b60200260200101519050805f01515f146127005780602001516126e86123c5565b82515f19015f908152600e9190910160205260409020555b6040810151156127315780606001516127176123c5565b6040808401515f19015f908152600e929092016020529020555b8060a001511561274d5780608001516127486123c5565b600f01555b60c08101516001600160a01b0316156127d8578060e0015161276d6123c5565b60c08301516001600160a01b03165f908152600d91909101602052604081200181905550600260b4866101a00151901c60071611156127d8578061010001516127b46123c5565b60c08301516001600160a01b03165f908152600d9190910160205260409020600101555b505b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161281f91815260200190565b60405180910390a350505050565b5f61283782613033565b905060ff811615610eb15760405163e18ca2b960e01b815260ff82166004820152602401610b56565b61286982611baa565b6001600160a01b0384166128925760405163ec442f0560e01b81525f6004820152602401610b56565b5f6128a060025f8787611c30565b90506128ad815f86612208565b6101a081015160881c63ffffffff1680158015906128ca57508415155b15612954575f6128da8242615505565b9050835f03612900576128f98682838460a8886101a00151901c612f27565b9350612952565b8064ffffffffff60b086901c1610156129295764ffffffffff60b01b199390931660b084901b17925b8064ffffffffff608886901c1610156129525764ffffffffff60881b1993909316608884901b17925b505b8215612a005773cb42e20880a09cecdc93bb20d0e4d1c24990d91e639aec297361297c6123c5565b60a08501516040516001600160e01b031960e085901b16815260048101929092526001600160a01b038a166024830152604482015260648101869052608401602060405180830381865af41580156129d6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906129fa919061535e565b60a08301525b84612a096123c5565b60010180549091019055612a1f825f88886123e9565b856001600160a01b0316847fe9e92d0569112d63a13d3acca4859ad9d4d0d72d5b701be230d57348234a5b1e87604051612a5b91815260200190565b60405180910390a3505050505050565b5f612a7684846118f7565b90505f19811015610c2c5781811015612abb57604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610b56565b610c2c84848484035f6132fa565b6001600160a01b038316612af257604051634b637e8f60e11b81525f6004820152602401610b56565b6001600160a01b038216612b1b5760405163ec442f0560e01b81525f6004820152602401610b56565b610db68383836139cb565b5f600160ff1b821615801590610a4f57504260b083901c6001600160401b03161192915050565b5f5f5160206158985f395f51905f52612b6684846113c0565b612be5575f848152602082815260408083206001600160a01b03871684529091529020805460ff19166001179055612b9b3390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610a4f565b5f915050610a4f565b5092915050565b5f610d7e6139f1565b5f5f5160206158985f395f51905f52612c1784846113c0565b15612be5575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a46001915050610a4f565b6001600160a01b038316612ca057604051634b637e8f60e11b81525f6004820152602401610b56565b6001600160a01b038216612cc95760405163ec442f0560e01b81525f6004820152602401610b56565b816001600160a01b0316836001600160a01b031603612cfb576040516394a3d97960e01b815260040160405180910390fd5b5f612d096001858585611c30565b9050612d16818584612208565b612d22818585856123e9565b826001600160a01b0316846001600160a01b03167f7b3ce50c216d2ccf9919c6b9f1bfb33f0350a33010f188750b4af38e004481388460405161281f91815260200190565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480612ded57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316612de15f5160206158585f395f51905f52546001600160a01b031690565b6001600160a01b031614155b15611b5a5760405163703e46dd60e11b815260040160405180910390fd5b5f5160206158385f395f51905f52610eb181611b9d565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015612e7c575060408051601f3d908101601f19168201909252612e799181019061535e565b60015b612ea457604051634c9c8ce360e01b81526001600160a01b0383166004820152602401610b56565b5f5160206158585f395f51905f528114612ed457604051632a87526960e21b815260048101829052602401610b56565b610db68383613a64565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614611b5a5760405163703e46dd60e11b815260040160405180910390fd5b606084901b8517608884901b1760b083901b1760ff60d81b60d883901b161795945050505050565b7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d10280546060917fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d10091610a7890615326565b60605f7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d100610a67565b5f612fd382612b26565b612fdf57506054610a4f565b6002831615801590612ffb5750612ff960a083901c613ab9565b155b1561300857506055610a4f565b5f600884901c60ff169050808160f085901c161461302a576056915050610a4f565b505f9392505050565b5f5f61303d6123c5565b600701546001600160a01b03169050801580159061306e575061306c30826130636123c5565b60080154613af4565b155b1561307c5750605c92915050565b5f6130856123c5565b600601546001600160a01b0316905080158015906130c557506130c3816130aa6123c5565b60060154600160a01b90046001600160401b0316613b93565b155b156130d45750605b9392505050565b60106130de6123c5565b54161561302a5761220084613d5c565b5f610a4f6130fa612bf5565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f61312a88888888614004565b92509250925061313a82826140cc565b50909695505050505050565b5f5f6131506123c5565b6001600160a01b0385165f90815260029190910160205260409020549050600160e91b811615613183575f915050610a4f565b5f6131998186866001600160601b038616611c30565b5160ff1614949350505050565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610a4f565b6131d6614184565b6131e088886141a9565b61320388604051806040016040528060018152602001603160f81b8152506141bb565b61320c886141cd565b61321682826141f8565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316856001600160a01b03161461329b57604051630cb3ba6960e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116600483015286166024820152604401610b56565b5f6132a46123c5565b60068101805460ff909916600160e01b0260ff60e01b19909916989098179097555050506007840180546001600160a01b039093166001600160a01b031990931692909217909155600890920191909155505050565b5f5160206158185f395f51905f526001600160a01b0385166133315760405163e602df0560e01b81525f6004820152602401610b56565b6001600160a01b03841661335a57604051634a1406b160e11b81525f6004820152602401610b56565b6001600160a01b038086165f9081526001830160209081526040808320938816835292905220839055811561112f57836001600160a01b0316856001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92585604051610bd691815260200190565b6133d882826113c0565b610eb15760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610b56565b5f5f6134116123c5565b6001600160a01b0388165f908152600391909101602052604081205491506001600160801b0382169084613445575f61344b565b608083901c5b60808c0189905290505f828811613462575f61346c565b61346c838961553a565b905081811161347b575f613485565b613485828261553a565b8711613497575f945050505050613644565b811561352f5773cb42e20880a09cecdc93bb20d0e4d1c24990d91e6317e51b7d6134bf6123c5565b6040516001600160e01b031960e084901b16815260048101919091526001600160a01b038d166024820152604401602060405180830381865af4158015613508573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061352c919061535e565b91505b5f82821161353d575f613547565b613547838361553a565b905080881161355d575f95505050505050613644565b60ff8c1661358257818811613573576058613576565b60575b95505050505050613644565b5f61358d828a61553a565b90505f84821061359d578461359f565b815b90506135ab818361553a565b9150838a1180156135c45750816135c2858c61553a565b115b156135d6576135d3848b61553a565b91505b6101608f018290526101808f018190526fffffffffffffffffffffffffffffffff198716613604838861553a565b178f61014001818152505060018f604001901515908115158152505081860361363957600160e91b198c168f60800181815250505b5f9750505050505050505b979650505050505050565b60608701516101a0880151601082901c63ffffffff16906001600160a01b038816156137d257845f6001600160a01b03808316908b16146136b3576136926123c5565b6001600160a01b0383165f90815260029190910160205260409020546136b9565b8b608001515b606089811b820392501c6001600160601b031688158015906136da57508881145b15613708576136e88561554d565b9450600160eb1b821615613703576137008d83614268565b91505b61374c565b8315801590613718575060ff8c16155b80156137245750888114155b1561374c576001600160601b038416898203101561374c57505060a18b52506139c292505050565b831580159061375c575060ff8c16155b801561376e5750600760b485901c1615155b801561378257506137808d848b61436b565b155b15613792575050505050506139c2565b8a6001600160a01b0316836001600160a01b0316036137b75760808d018290526137ce565b6001600160a01b03831660c08e015260e08d018290525b5050505b6001600160a01b0387161561399757835f6001600160a01b03808316908a161461381f576137fe6123c5565b6001600160a01b0383165f9081526002919091016020526040902054613825565b8b60a001515b606089811b820192501c6001600160601b0316888101600160ea1b83161561385857505060a08c52506139c29350505050565b841580159061386b575060ff8d16600114155b801561387f57506001600160601b03851681105b1561389557505060a18c52506139c29350505050565b811580156138a257508915155b1561390e57600190950194603087901c63ffffffff1680158015906138c657508087115b156138dd57505060598d52506139c2945050505050565b600888161561390c576138f28f858b8a614571565b8f5190945060ff161561390c5750505050505050506139c2565b505b605087901c6001600160601b0316801580159061392a57508082115b15613941575050605a8d52506139c2945050505050565b8b6001600160a01b0316856001600160a01b0316036139665760a08f01849052613991565b848f61010001906001600160a01b031690816001600160a01b031681525050838f6101200181815250505b50505050505b65ffffffff0000198316601083901b178084146139bd5760608b01819052600160208c01525b505050505b50505050505050565b5f6139d85f858585611c30565b90506139e5818584612208565b610c2c818585856123e9565b5f7f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f613a1b6146ec565b613a23614701565b60408051602081019490945283019190915260608201524660808201523060a082015260c00160405160208183030381529060405280519060200120905090565b613a6d8261470a565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a2805115613ab157610db6828261476d565b610eb1614806565b5f60ff8216613ac66123c5565b6004015f60088561ffff16901c61ffff1681526020019081526020015f2054901c6001165f14159050919050565b5f6001600160a01b038316613b0a57505f610c50565b6040516331a9108f60e11b8152600481018390526001600160a01b03841690636352211e90602401602060405180830381865afa925050508015613b6b575060408051601f3d908101601f19168201909252613b6891810190615562565b60015b613b7657505f610c50565b846001600160a01b0316816001600160a01b031614915050610c50565b60408051600481526024810182526020810180516001600160e01b0316635c975abb60e01b17905290515f91829182916001600160a01b03871691613bd8919061557d565b5f60405180830381855afa9150503d805f8114613c10576040519150601f19603f3d011682016040523d82523d5f602084013e613c15565b606091505b5091509150818015613c2957506020815110155b8015613c47575080806020019051810190613c44919061535e565b15155b15613c56575f92505050610a4f565b60408051600481526024810182526020810180516001600160e01b0316633fabe5a360e21b17905290516001600160a01b03871691613c949161557d565b5f60405180830381855afa9150503d805f8114613ccc576040519150601f19603f3d011682016040523d82523d5f602084013e613cd1565b606091505b509092509050811580613ce5575060a08151105b15613cf4575f92505050610a4f565b5f5f82806020019051810190613d0a9190615593565b509350509250505f82138015613d1f57508015155b8015613d2b5750428111155b8015613d40575085613d3d824261553a565b11155b15613d5057509250610a4f915050565b505f9695505050505050565b5f5f613d666123c5565b601101546001600160a01b031690505f613d9b82613d826123c5565b60110154600160a01b90046001600160401b0316613b93565b9050805f03613dae5750605f9392505050565b60408051600481526024810182526020810180516001600160e01b031663313ce56760e01b17905290515f9182916001600160a01b03861691613df09161557d565b5f60405180830381855afa9150503d805f8114613e28576040519150601f19603f3d011682016040523d82523d5f602084013e613e2d565b606091505b5091509150811580613e40575060208151105b15613e515750605f95945050505050565b5f81806020019051810190613e66919061535e565b905060ff811115613e7e5750605f9695505050505050565b5f613e876123c5565b60060154600160e01b900460ff169050818110613eef575f613ea9838361553a565b90506026811180613ec057506001600160801b0386115b613ede57613ecf81600a6156b2565b613ed990876156bd565b613ee7565b6001600160801b035b955050613f24565b5f613efa828461553a565b9050604c8111613f1e57613f0f81600a6156b2565b613f1990876156d4565b613f20565b5f5b9550505b6001600160801b03851115613f3e576001600160801b0394505b5f613f476123c5565b60110154600160e01b900460ff1690508015613fbb575f613f666123c5565b6012015490505f1960ff831601613f9f57612710613f84828261553a565b613f8e90896156bd565b613f9891906156d4565b9650613fb9565b808711613fac575f613fb6565b613fb6818861553a565b96505b505b5f6001600160801b03613fcc6123c5565b6001015416905086811180613fe95750613fe6818861553a565b8a115b613ff3575f613ff6565b605e5b9a9950505050505050505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561403d57505f915060039050826140c2565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561408e573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166140b957505f9250600191508290506140c2565b92505f91508190505b9450945094915050565b5f8260038111156140df576140df6156f3565b036140e8575050565b60018260038111156140fc576140fc6156f3565b0361411a5760405163f645eedf60e01b815260040160405180910390fd5b600282600381111561412e5761412e6156f3565b0361414f5760405163fce698f760e01b815260048101829052602401610b56565b6003826003811115614163576141636156f3565b03610eb1576040516335e2f38360e21b815260048101829052602401610b56565b61418c614825565b611b5a57604051631afcd79f60e31b815260040160405180910390fd5b6141b1614184565b610eb1828261483e565b6141c3614184565b610eb1828261488e565b6141d5614184565b611ba781604051806040016040528060018152602001603160f81b81525061488e565b614200614184565b6142086148f1565b6001600160a01b03811661422f576040516349e1399360e11b815260040160405180910390fd5b6142395f83612b4d565b506142515f5160206158385f395f51905f52806148f9565b610db65f5160206158385f395f51905f5282612b4d565b5f60088360600151165f1461435a5760ec82901c5f61428c6103ff83166001615505565b90505f61429886614959565b5f815181106142a9576142a9615375565b6020908102919091010151828152905060016142c36123c5565b600e015f6142d260018661553a565b81526020019081526020015f20546142ea919061553a565b60208201525f6142f9826149ef565b905060ff600a85901c165f5b600981101561434f578060081461432357600182821c161515614326565b81155b156143475761433681601c6156bd565b614344906001901b8461553a565b92505b600101614305565b505060809091015250505b5060016218000160eb1b0316919050565b5f5f60b4856101a00151901c6007169050614384614b2a565b5f5f5b83811015614516575f61439e6001831660806156bd565b9050805f03614421576143af6123c5565b600b01600183901c600281106143c7576143c7615375565b015492506143d36123c5565b6001600160a01b0389165f908152600d9190910160205260409020600183901c6002811061440357614403615375565b015484600184901c6002811061441b5761441b615375565b60200201525b82811c6001600160801b038181169163ffffffff16905f908488600188901c6002811061445057614450615375565b6020020151901c1690506001600160601b03811661447283606084901c615505565b42106144805750504260601b5f5b61448a8b82615505565b9050602084901c8111156144ae57505060a78b52505f9650610c5095505050505050565b6bffffffffffffffffffffffff1982168117851b6001600160801b03861b1989600189901c600281106144e3576144e3615375565b6020020151161788600188901c6002811061450057614500615375565b6020020152505060019093019250614387915050565b505f61452188614959565b5f8151811061453257614532615375565b6020908102919091018101516001600160a01b039890981660c0890152835160e089015292909201516101009096019590955250600195945050505050565b5f61ffff60a084901c1681614587826001615505565b90505f61459388614959565b5f815181106145a4576145a4615375565b602002602001015190505f82825f0151146145d8576145c16123c5565b5f858152600e9190910160205260409020546145de565b81602001515b90506145eb600182615505565b905063ffffffff80821690602083901c16801580159061460a57508082115b1561462257505060a489525086935061220092505050565b6101a08b015160b71c613fff16801561467c575f612710614643838c6156bd565b61464d91906156d4565b9050801561465b578061465e565b60015b84111561467a57505060a68b5250889550612200945050505050565b505b845186900361469157602085018490526146a0565b60408501869052606085018490525b60ff60f08b901c166146b38d8783614a1a565b6146bf60ec600a615505565b81901b60ec89901b600160eb1b60ec6203ffff901b198f1617171798505050505050505050949350505050565b5f6146f5612f4f565b80519060200120905090565b5f6146f5612fa0565b806001600160a01b03163b5f0361473f57604051634c9c8ce360e01b81526001600160a01b0382166004820152602401610b56565b5f5160206158585f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f61477a8484614af3565b905080801561479b57505f3d118061479b57505f846001600160a01b03163b115b156147b0576147a8614b06565b915050610a4f565b80156147da57604051639996b31560e01b81526001600160a01b0385166004820152602401610b56565b3d156147ed576147e8614b1f565b612bee565b60405163d6bda27560e01b815260040160405180910390fd5b3415611b5a5760405163b398979f60e01b815260040160405180910390fd5b5f61482e6131a6565b54600160401b900460ff16919050565b614846614184565b5f5160206158185f395f51905f527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0361487f848261575d565b5060048101610c2c838261575d565b614896614184565b7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d1007fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d1026148e2848261575d565b5060038101610c2c838261575d565b611b5a614184565b5f5160206158985f395f51905f525f61491184610c57565b5f85815260208490526040808220600101869055519192508491839187917fbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff9190a450505050565b6101c081015180515f036149ea5760408051600180825281830190925290816020015b6149cd6040518061012001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f151581526020015f6001600160a01b031681526020015f81526020015f81525090565b81526020019060019003908161497c5750506101c0830181905290505b919050565b5f8160a00151614a1257600160a0830152614a086123c5565b600f015460808301525b506080015190565b5f614a24836149ef565b90505f600160b11b856101a00151165f03614a3f575f614a4c565b614a476123c5565b601001545b90505f5b6009811015614ae45780600814614a6d57600184821c1615614a71565b8315155b614adc57614a8081601c6156bd565b614a8e906001901b84615505565b92505f630fffffff614aa183601c6156bd565b84901c1690508015801590614ac8575080630fffffff614ac284601c6156bd565b86901c16115b15614ada57505060a590945250505050565b505b600101614a50565b50506080909201919091525050565b5f5f5f835160208501865af49392505050565b6040513d81523d5f602083013e3d602001810160405290565b6040513d5f823e3d81fd5b60405180604001604052806002906020820280368337509192915050565b5f5f83601f840112614b58575f5ffd5b5081356001600160401b03811115614b6e575f5ffd5b602083019150836020828501011115614b85575f5ffd5b9250929050565b5f5f5f5f60608587031215614b9f575f5ffd5b8435935060208501356001600160401b03811115614bbb575f5ffd5b614bc787828801614b48565b9598909750949560400135949350505050565b5f60208284031215614bea575f5ffd5b81356001600160e01b031981168114610c50575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610c506020830184614c01565b6001600160a01b0381168114611ba7575f5ffd5b5f5f60408385031215614c66575f5ffd5b8235614c7181614c41565b946020939093013593505050565b5f5f5f60608486031215614c91575f5ffd5b8335614c9c81614c41565b95602085013595506040909401359392505050565b5f5f5f60608486031215614cc3575f5ffd5b8335614cce81614c41565b92506020840135614cde81614c41565b929592945050506040919091013590565b5f60208284031215614cff575f5ffd5b5035919050565b5f60208284031215614d16575f5ffd5b8135610c5081614c41565b5f5f60408385031215614d32575f5ffd5b823591506020830135614d4481614c41565b809150509250929050565b5f5f83601f840112614d5f575f5ffd5b5081356001600160401b03811115614d75575f5ffd5b6020830191508360208260051b8501011115614b85575f5ffd5b5f5f5f5f5f5f60608789031215614da4575f5ffd5b86356001600160401b03811115614db9575f5ffd5b614dc589828a01614d4f565b90975095505060208701356001600160401b03811115614de3575f5ffd5b614def89828a01614d4f565b90955093505060408701356001600160401b03811115614e0d575f5ffd5b614e1989828a01614d4f565b979a9699509497509295939492505050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b0381118282101715614e6757614e67614e2b565b604052919050565b5f6001600160401b03821115614e8757614e87614e2b565b50601f01601f191660200190565b5f5f60408385031215614ea6575f5ffd5b8235614eb181614c41565b915060208301356001600160401b03811115614ecb575f5ffd5b8301601f81018513614edb575f5ffd5b8035614eee614ee982614e6f565b614e3f565b818152866020838501011115614f02575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b80356001600160401b03811681146149ea575f5ffd5b803560ff811681146149ea575f5ffd5b5f5f5f5f5f5f5f60e0888a031215614f5d575f5ffd5b8735614f6881614c41565b96506020880135955060408801359450614f8460608901614f21565b9350614f9260808901614f21565b9250614fa060a08901614f21565b9150614fae60c08901614f37565b905092959891949750929550565b5f5f5f5f60808587031215614fcf575f5ffd5b8435614fda81614c41565b93506020850135925060408501359150614ff660608601614f21565b905092959194509250565b5f60208284031215615011575f5ffd5b610c5082614f37565b60ff60f81b8816815260e060208201525f61503860e0830189614c01565b828103604084015261504a8189614c01565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b8181101561509f578351835260209384019390920191600101615081565b50909b9a5050505050505050505050565b5f5f5f5f604085870312156150c3575f5ffd5b84356001600160401b038111156150d8575f5ffd5b6150e487828801614d4f565b90955093505060208501356001600160401b03811115615102575f5ffd5b61510e87828801614d4f565b95989497509550505050565b602080825282518282018190525f918401906040840190835b81811015615151578351835260209384019390920191600101615133565b509095945050505050565b606081525f61516e6060830186614c01565b60208301949094525060400152919050565b5f5f5f5f5f5f5f60e0888a031215615196575f5ffd5b87356151a181614c41565b965060208801356151b181614c41565b955060408801359450606088013593506151cd60808901614f37565b9699959850939692959460a0840135945060c09093013592915050565b5f5f604083850312156151fb575f5ffd5b823561520681614c41565b91506020830135614d4481614c41565b5f5f5f5f5f5f5f5f5f5f6101008b8d031215615230575f5ffd5b8a356001600160401b03811115615245575f5ffd5b6152518d828e01614b48565b909b5099505060208b01356001600160401b0381111561526f575f5ffd5b61527b8d828e01614b48565b909950975061528e905060408c01614f37565b955060608b013561529e81614c41565b945060808b01356152ae81614c41565b935060a08b0135925060c08b01356152c581614c41565b915060e08b01356152d581614c41565b809150509295989b9194979a5092959850565b84815260606020820152826060820152828460808301375f608084830101525f6080601f19601f860116830101905082604083015295945050505050565b600181811c9082168061533a57607f821691505b60208210810361535857634e487b7160e01b5f52602260045260245ffd5b50919050565b5f6020828403121561536e575f5ffd5b5051919050565b634e487b7160e01b5f52603260045260245ffd5b5f82601f830112615398575f5ffd5b81516153a6614ee982614e6f565b8181528460208386010111156153ba575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f602082840312156153e6575f5ffd5b81516001600160401b038111156153fb575f5ffd5b61220084828501615389565b5f60208284031215615417575f5ffd5b81516001600160401b0381111561542c575f5ffd5b8201601f8101841361543c575f5ffd5b80516001600160401b0381111561545557615455614e2b565b8060051b61546560208201614e3f565b91825260208184018101929081019087841115615480575f5ffd5b6020850194505b8385101561364457845180835260209586019590935090910190615487565b5f5f5f606084860312156154b8575f5ffd5b83516001600160401b038111156154cd575f5ffd5b6154d986828701615389565b60208601516040909601519097959650949350505050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610a4f57610a4f6154f1565b5f5f60408385031215615529575f5ffd5b505080516020909101519092909150565b81810381811115610a4f57610a4f6154f1565b5f8161555b5761555b6154f1565b505f190190565b5f60208284031215615572575f5ffd5b8151610c5081614c41565b5f82518060208501845e5f920191825250919050565b5f5f5f5f5f60a086880312156155a7575f5ffd5b5050835160208501516040860151606087015160809097015192989197509594509092509050565b6001815b600184111561560a578085048111156155ee576155ee6154f1565b60018416156155fc57908102905b60019390931c9280026155d3565b935093915050565b5f8261562057506001610a4f565b8161562c57505f610a4f565b8160018114615642576002811461564c57615668565b6001915050610a4f565b60ff84111561565d5761565d6154f1565b50506001821b610a4f565b5060208310610133831016604e8410600b841016171561568b575081810a610a4f565b6156975f1984846155cf565b805f19048211156156aa576156aa6154f1565b029392505050565b5f610c508383615612565b8082028115828204841417610a4f57610a4f6154f1565b5f826156ee57634e487b7160e01b5f52601260045260245ffd5b500490565b634e487b7160e01b5f52602160045260245ffd5b601f821115610db65782821115610db657805f5260205f20601f840160051c602085101561573257505f5b90810190601f840160051c035f5b81811015615755575f83820155600101615740565b505050505050565b81516001600160401b0381111561577657615776614e2b565b61578a816157848454615326565b84615707565b6020601f8211600181146157bc575f83156157a55750848201515b5f19600385901b1c1916600184901b17845561112f565b5f84815260208120601f198516915b828110156157eb57878501518255602094850194600190920191016157cb565b508482101561580857868401515f19600387901b60f8161c191681555b50505050600190811b0190555056fe52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace00189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e3360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a602dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800a26469706673582212200c760ad370e03c4ec236dd72ed2bf7281afa78300b39b87d850f53d7dcd213ee64736f6c63430008250033",
}

// AssetToken is an auto generated Go binding around an Ethereum contract.
type AssetToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AssetToken) GetABI() abi.ABI {
	return c.abi
}

// NewAssetToken creates a new instance of AssetToken.
func NewAssetToken() *AssetToken {
	parsed, err := AssetTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AssetToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AssetToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_) returns()
func (assetToken *AssetToken) PackConstructor(registry_ common.Address) []byte {
	enc, err := assetToken.abi.Pack("", registry_)
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
func (assetToken *AssetToken) PackAGENTROLE() []byte {
	enc, err := assetToken.abi.Pack("AGENT_ROLE")
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
func (assetToken *AssetToken) TryPackAGENTROLE() ([]byte, error) {
	return assetToken.abi.Pack("AGENT_ROLE")
}

// UnpackAGENTROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22459e18.
//
// Solidity: function AGENT_ROLE() view returns(bytes32)
func (assetToken *AssetToken) UnpackAGENTROLE(data []byte) ([32]byte, error) {
	out, err := assetToken.abi.Unpack("AGENT_ROLE", data)
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
func (assetToken *AssetToken) PackCOMPLIANCEADMINROLE() []byte {
	enc, err := assetToken.abi.Pack("COMPLIANCE_ADMIN_ROLE")
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
func (assetToken *AssetToken) TryPackCOMPLIANCEADMINROLE() ([]byte, error) {
	return assetToken.abi.Pack("COMPLIANCE_ADMIN_ROLE")
}

// UnpackCOMPLIANCEADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa11939bd.
//
// Solidity: function COMPLIANCE_ADMIN_ROLE() view returns(bytes32)
func (assetToken *AssetToken) UnpackCOMPLIANCEADMINROLE(data []byte) ([32]byte, error) {
	out, err := assetToken.abi.Unpack("COMPLIANCE_ADMIN_ROLE", data)
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
func (assetToken *AssetToken) PackDEFAULTADMINROLE() []byte {
	enc, err := assetToken.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (assetToken *AssetToken) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return assetToken.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (assetToken *AssetToken) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := assetToken.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (assetToken *AssetToken) PackDOCUMENTROLE() []byte {
	enc, err := assetToken.abi.Pack("DOCUMENT_ROLE")
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
func (assetToken *AssetToken) TryPackDOCUMENTROLE() ([]byte, error) {
	return assetToken.abi.Pack("DOCUMENT_ROLE")
}

// UnpackDOCUMENTROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2c721b98.
//
// Solidity: function DOCUMENT_ROLE() view returns(bytes32)
func (assetToken *AssetToken) UnpackDOCUMENTROLE(data []byte) ([32]byte, error) {
	out, err := assetToken.abi.Unpack("DOCUMENT_ROLE", data)
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
func (assetToken *AssetToken) PackDOMAINSEPARATOR() []byte {
	enc, err := assetToken.abi.Pack("DOMAIN_SEPARATOR")
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
func (assetToken *AssetToken) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return assetToken.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (assetToken *AssetToken) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := assetToken.abi.Unpack("DOMAIN_SEPARATOR", data)
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
func (assetToken *AssetToken) PackMINTERROLE() []byte {
	enc, err := assetToken.abi.Pack("MINTER_ROLE")
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
func (assetToken *AssetToken) TryPackMINTERROLE() ([]byte, error) {
	return assetToken.abi.Pack("MINTER_ROLE")
}

// UnpackMINTERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (assetToken *AssetToken) UnpackMINTERROLE(data []byte) ([32]byte, error) {
	out, err := assetToken.abi.Unpack("MINTER_ROLE", data)
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
func (assetToken *AssetToken) PackPAUSERROLE() []byte {
	enc, err := assetToken.abi.Pack("PAUSER_ROLE")
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
func (assetToken *AssetToken) TryPackPAUSERROLE() ([]byte, error) {
	return assetToken.abi.Pack("PAUSER_ROLE")
}

// UnpackPAUSERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (assetToken *AssetToken) UnpackPAUSERROLE(data []byte) ([32]byte, error) {
	out, err := assetToken.abi.Unpack("PAUSER_ROLE", data)
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
func (assetToken *AssetToken) PackUPGRADERROLE() []byte {
	enc, err := assetToken.abi.Pack("UPGRADER_ROLE")
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
func (assetToken *AssetToken) TryPackUPGRADERROLE() ([]byte, error) {
	return assetToken.abi.Pack("UPGRADER_ROLE")
}

// UnpackUPGRADERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf72c0d8b.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (assetToken *AssetToken) UnpackUPGRADERROLE(data []byte) ([32]byte, error) {
	out, err := assetToken.abi.Unpack("UPGRADER_ROLE", data)
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
func (assetToken *AssetToken) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := assetToken.abi.Pack("UPGRADE_INTERFACE_VERSION")
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
func (assetToken *AssetToken) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return assetToken.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (assetToken *AssetToken) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := assetToken.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
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
func (assetToken *AssetToken) PackAddAgent(agent common.Address) []byte {
	enc, err := assetToken.abi.Pack("addAgent", agent)
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
func (assetToken *AssetToken) TryPackAddAgent(agent common.Address) ([]byte, error) {
	return assetToken.abi.Pack("addAgent", agent)
}

// PackAddLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8adf0af2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addLock(address account, uint256 amount, uint64 start, uint64 cliff, uint64 end, uint8 reason) returns()
func (assetToken *AssetToken) PackAddLock(account common.Address, amount *big.Int, start uint64, cliff uint64, end uint64, reason uint8) []byte {
	enc, err := assetToken.abi.Pack("addLock", account, amount, start, cliff, end, reason)
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
func (assetToken *AssetToken) TryPackAddLock(account common.Address, amount *big.Int, start uint64, cliff uint64, end uint64, reason uint8) ([]byte, error) {
	return assetToken.abi.Pack("addLock", account, amount, start, cliff, end, reason)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (assetToken *AssetToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := assetToken.abi.Pack("allowance", owner, spender)
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
func (assetToken *AssetToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return assetToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (assetToken *AssetToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := assetToken.abi.Unpack("allowance", data)
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
func (assetToken *AssetToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := assetToken.abi.Pack("approve", spender, value)
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
func (assetToken *AssetToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return assetToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (assetToken *AssetToken) UnpackApprove(data []byte) (bool, error) {
	out, err := assetToken.abi.Unpack("approve", data)
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
func (assetToken *AssetToken) PackBalanceOf(account common.Address) []byte {
	enc, err := assetToken.abi.Pack("balanceOf", account)
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
func (assetToken *AssetToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return assetToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (assetToken *AssetToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := assetToken.abi.Unpack("balanceOf", data)
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
func (assetToken *AssetToken) PackBatchBurn(from []common.Address, amounts []*big.Int) []byte {
	enc, err := assetToken.abi.Pack("batchBurn", from, amounts)
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
func (assetToken *AssetToken) TryPackBatchBurn(from []common.Address, amounts []*big.Int) ([]byte, error) {
	return assetToken.abi.Pack("batchBurn", from, amounts)
}

// PackBatchForcedTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42a47abc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchForcedTransfer(address[] from, address[] to, uint256[] amounts) returns()
func (assetToken *AssetToken) PackBatchForcedTransfer(from []common.Address, to []common.Address, amounts []*big.Int) []byte {
	enc, err := assetToken.abi.Pack("batchForcedTransfer", from, to, amounts)
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
func (assetToken *AssetToken) TryPackBatchForcedTransfer(from []common.Address, to []common.Address, amounts []*big.Int) ([]byte, error) {
	return assetToken.abi.Pack("batchForcedTransfer", from, to, amounts)
}

// PackBatchFreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc7e5fa8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchFreezePartialTokens(address[] accounts, uint256[] amounts) returns()
func (assetToken *AssetToken) PackBatchFreezePartialTokens(accounts []common.Address, amounts []*big.Int) []byte {
	enc, err := assetToken.abi.Pack("batchFreezePartialTokens", accounts, amounts)
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
func (assetToken *AssetToken) TryPackBatchFreezePartialTokens(accounts []common.Address, amounts []*big.Int) ([]byte, error) {
	return assetToken.abi.Pack("batchFreezePartialTokens", accounts, amounts)
}

// PackBatchMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc6d9146.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchMint(address[] to, uint256[] amounts, bytes32[] requestIds) returns()
func (assetToken *AssetToken) PackBatchMint(to []common.Address, amounts []*big.Int, requestIds [][32]byte) []byte {
	enc, err := assetToken.abi.Pack("batchMint", to, amounts, requestIds)
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
func (assetToken *AssetToken) TryPackBatchMint(to []common.Address, amounts []*big.Int, requestIds [][32]byte) ([]byte, error) {
	return assetToken.abi.Pack("batchMint", to, amounts, requestIds)
}

// PackBatchMintERC3643 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68573107.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchMint(address[] to, uint256[] amounts) returns()
func (assetToken *AssetToken) PackBatchMintERC3643(to []common.Address, amounts []*big.Int) []byte {
	enc, err := assetToken.abi.Pack("batchMint0", to, amounts)
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
func (assetToken *AssetToken) TryPackBatchMintERC3643(to []common.Address, amounts []*big.Int) ([]byte, error) {
	return assetToken.abi.Pack("batchMint0", to, amounts)
}

// PackBatchSetAddressFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a7af379.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchSetAddressFrozen(address[] accounts, bool[] frozen) returns()
func (assetToken *AssetToken) PackBatchSetAddressFrozen(accounts []common.Address, frozen []bool) []byte {
	enc, err := assetToken.abi.Pack("batchSetAddressFrozen", accounts, frozen)
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
func (assetToken *AssetToken) TryPackBatchSetAddressFrozen(accounts []common.Address, frozen []bool) ([]byte, error) {
	return assetToken.abi.Pack("batchSetAddressFrozen", accounts, frozen)
}

// PackBatchTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88d695b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchTransfer(address[] to, uint256[] amounts) returns()
func (assetToken *AssetToken) PackBatchTransfer(to []common.Address, amounts []*big.Int) []byte {
	enc, err := assetToken.abi.Pack("batchTransfer", to, amounts)
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
func (assetToken *AssetToken) TryPackBatchTransfer(to []common.Address, amounts []*big.Int) ([]byte, error) {
	return assetToken.abi.Pack("batchTransfer", to, amounts)
}

// PackBatchUnfreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4710362d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchUnfreezePartialTokens(address[] accounts, uint256[] amounts) returns()
func (assetToken *AssetToken) PackBatchUnfreezePartialTokens(accounts []common.Address, amounts []*big.Int) []byte {
	enc, err := assetToken.abi.Pack("batchUnfreezePartialTokens", accounts, amounts)
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
func (assetToken *AssetToken) TryPackBatchUnfreezePartialTokens(accounts []common.Address, amounts []*big.Int) ([]byte, error) {
	return assetToken.abi.Pack("batchUnfreezePartialTokens", accounts, amounts)
}

// PackBindToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ff5aa02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bindToken(address token) returns()
func (assetToken *AssetToken) PackBindToken(token common.Address) []byte {
	enc, err := assetToken.abi.Pack("bindToken", token)
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
func (assetToken *AssetToken) TryPackBindToken(token common.Address) ([]byte, error) {
	return assetToken.abi.Pack("bindToken", token)
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x158a1cc3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(address from, uint256 amount, bytes32 requestId) returns()
func (assetToken *AssetToken) PackBurn(from common.Address, amount *big.Int, requestId [32]byte) []byte {
	enc, err := assetToken.abi.Pack("burn", from, amount, requestId)
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
func (assetToken *AssetToken) TryPackBurn(from common.Address, amount *big.Int, requestId [32]byte) ([]byte, error) {
	return assetToken.abi.Pack("burn", from, amount, requestId)
}

// PackBurnERC3643 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dc29fac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(address from, uint256 amount) returns()
func (assetToken *AssetToken) PackBurnERC3643(from common.Address, amount *big.Int) []byte {
	enc, err := assetToken.abi.Pack("burn0", from, amount)
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
func (assetToken *AssetToken) TryPackBurnERC3643(from common.Address, amount *big.Int) ([]byte, error) {
	return assetToken.abi.Pack("burn0", from, amount)
}

// PackCanReceive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90d370ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function canReceive(address account) view returns(bool)
func (assetToken *AssetToken) PackCanReceive(account common.Address) []byte {
	enc, err := assetToken.abi.Pack("canReceive", account)
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
func (assetToken *AssetToken) TryPackCanReceive(account common.Address) ([]byte, error) {
	return assetToken.abi.Pack("canReceive", account)
}

// UnpackCanReceive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x90d370ba.
//
// Solidity: function canReceive(address account) view returns(bool)
func (assetToken *AssetToken) UnpackCanReceive(data []byte) (bool, error) {
	out, err := assetToken.abi.Unpack("canReceive", data)
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
func (assetToken *AssetToken) PackCanSend(account common.Address) []byte {
	enc, err := assetToken.abi.Pack("canSend", account)
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
func (assetToken *AssetToken) TryPackCanSend(account common.Address) ([]byte, error) {
	return assetToken.abi.Pack("canSend", account)
}

// UnpackCanSend is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2bc06a92.
//
// Solidity: function canSend(address account) view returns(bool)
func (assetToken *AssetToken) UnpackCanSend(data []byte) (bool, error) {
	out, err := assetToken.abi.Unpack("canSend", data)
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
func (assetToken *AssetToken) PackCanTransfer(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := assetToken.abi.Pack("canTransfer", from, to, amount)
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
func (assetToken *AssetToken) TryPackCanTransfer(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return assetToken.abi.Pack("canTransfer", from, to, amount)
}

// UnpackCanTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe46638e6.
//
// Solidity: function canTransfer(address from, address to, uint256 amount) view returns(bool)
func (assetToken *AssetToken) UnpackCanTransfer(data []byte) (bool, error) {
	out, err := assetToken.abi.Unpack("canTransfer", data)
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
func (assetToken *AssetToken) PackCategoryInvestors() []byte {
	enc, err := assetToken.abi.Pack("categoryInvestors")
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
func (assetToken *AssetToken) TryPackCategoryInvestors() ([]byte, error) {
	return assetToken.abi.Pack("categoryInvestors")
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
func (assetToken *AssetToken) UnpackCategoryInvestors(data []byte) (CategoryInvestorsOutput, error) {
	out, err := assetToken.abi.Unpack("categoryInvestors", data)
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
func (assetToken *AssetToken) PackCompliance() []byte {
	enc, err := assetToken.abi.Pack("compliance")
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
func (assetToken *AssetToken) TryPackCompliance() ([]byte, error) {
	return assetToken.abi.Pack("compliance")
}

// UnpackCompliance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6290865d.
//
// Solidity: function compliance() view returns(address)
func (assetToken *AssetToken) UnpackCompliance(data []byte) (common.Address, error) {
	out, err := assetToken.abi.Unpack("compliance", data)
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
func (assetToken *AssetToken) PackCountryInvestors(country uint16) []byte {
	enc, err := assetToken.abi.Pack("countryInvestors", country)
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
func (assetToken *AssetToken) TryPackCountryInvestors(country uint16) ([]byte, error) {
	return assetToken.abi.Pack("countryInvestors", country)
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
func (assetToken *AssetToken) UnpackCountryInvestors(data []byte) (CountryInvestorsOutput, error) {
	out, err := assetToken.abi.Unpack("countryInvestors", data)
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
func (assetToken *AssetToken) PackCountryRestricted() []byte {
	enc, err := assetToken.abi.Pack("countryRestricted")
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
func (assetToken *AssetToken) TryPackCountryRestricted() ([]byte, error) {
	return assetToken.abi.Pack("countryRestricted")
}

// UnpackCountryRestricted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb86b38fe.
//
// Solidity: function countryRestricted() view returns(bool)
func (assetToken *AssetToken) UnpackCountryRestricted(data []byte) (bool, error) {
	out, err := assetToken.abi.Unpack("countryRestricted", data)
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
func (assetToken *AssetToken) PackCreated(to common.Address, amount *big.Int) []byte {
	enc, err := assetToken.abi.Pack("created", to, amount)
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
func (assetToken *AssetToken) TryPackCreated(to common.Address, amount *big.Int) ([]byte, error) {
	return assetToken.abi.Pack("created", to, amount)
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (assetToken *AssetToken) PackDecimals() []byte {
	enc, err := assetToken.abi.Pack("decimals")
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
func (assetToken *AssetToken) TryPackDecimals() ([]byte, error) {
	return assetToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (assetToken *AssetToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := assetToken.abi.Unpack("decimals", data)
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
func (assetToken *AssetToken) PackDeed() []byte {
	enc, err := assetToken.abi.Pack("deed")
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
func (assetToken *AssetToken) TryPackDeed() ([]byte, error) {
	return assetToken.abi.Pack("deed")
}

// UnpackDeed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2f1e6bd.
//
// Solidity: function deed() view returns(address)
func (assetToken *AssetToken) UnpackDeed(data []byte) (common.Address, error) {
	out, err := assetToken.abi.Unpack("deed", data)
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
func (assetToken *AssetToken) PackDeedId() []byte {
	enc, err := assetToken.abi.Pack("deedId")
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
func (assetToken *AssetToken) TryPackDeedId() ([]byte, error) {
	return assetToken.abi.Pack("deedId")
}

// UnpackDeedId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86a82c94.
//
// Solidity: function deedId() view returns(uint256)
func (assetToken *AssetToken) UnpackDeedId(data []byte) (*big.Int, error) {
	out, err := assetToken.abi.Unpack("deedId", data)
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
func (assetToken *AssetToken) PackDeedLocked() []byte {
	enc, err := assetToken.abi.Pack("deedLocked")
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
func (assetToken *AssetToken) TryPackDeedLocked() ([]byte, error) {
	return assetToken.abi.Pack("deedLocked")
}

// UnpackDeedLocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf652b755.
//
// Solidity: function deedLocked() view returns(bool)
func (assetToken *AssetToken) UnpackDeedLocked(data []byte) (bool, error) {
	out, err := assetToken.abi.Unpack("deedLocked", data)
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
func (assetToken *AssetToken) PackDestroyed(from common.Address, amount *big.Int) []byte {
	enc, err := assetToken.abi.Pack("destroyed", from, amount)
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
func (assetToken *AssetToken) TryPackDestroyed(from common.Address, amount *big.Int) ([]byte, error) {
	return assetToken.abi.Pack("destroyed", from, amount)
}

// PackDetectTransferRestriction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4ce1415.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function detectTransferRestriction(address from, address to, uint256 amount) view returns(uint8)
func (assetToken *AssetToken) PackDetectTransferRestriction(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := assetToken.abi.Pack("detectTransferRestriction", from, to, amount)
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
func (assetToken *AssetToken) TryPackDetectTransferRestriction(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return assetToken.abi.Pack("detectTransferRestriction", from, to, amount)
}

// UnpackDetectTransferRestriction is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4ce1415.
//
// Solidity: function detectTransferRestriction(address from, address to, uint256 amount) view returns(uint8)
func (assetToken *AssetToken) UnpackDetectTransferRestriction(data []byte) (uint8, error) {
	out, err := assetToken.abi.Unpack("detectTransferRestriction", data)
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
func (assetToken *AssetToken) PackEip712Domain() []byte {
	enc, err := assetToken.abi.Pack("eip712Domain")
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
func (assetToken *AssetToken) TryPackEip712Domain() ([]byte, error) {
	return assetToken.abi.Pack("eip712Domain")
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
func (assetToken *AssetToken) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := assetToken.abi.Unpack("eip712Domain", data)
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
func (assetToken *AssetToken) PackExtendedRules() []byte {
	enc, err := assetToken.abi.Pack("extendedRules")
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
func (assetToken *AssetToken) TryPackExtendedRules() ([]byte, error) {
	return assetToken.abi.Pack("extendedRules")
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
func (assetToken *AssetToken) UnpackExtendedRules(data []byte) (ExtendedRulesOutput, error) {
	out, err := assetToken.abi.Unpack("extendedRules", data)
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
func (assetToken *AssetToken) PackForcedTransfer(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := assetToken.abi.Pack("forcedTransfer", from, to, amount)
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
func (assetToken *AssetToken) TryPackForcedTransfer(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return assetToken.abi.Pack("forcedTransfer", from, to, amount)
}

// UnpackForcedTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fc1d0e7.
//
// Solidity: function forcedTransfer(address from, address to, uint256 amount) returns(bool)
func (assetToken *AssetToken) UnpackForcedTransfer(data []byte) (bool, error) {
	out, err := assetToken.abi.Unpack("forcedTransfer", data)
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
func (assetToken *AssetToken) PackFreezePartialTokens(account common.Address, amount *big.Int) []byte {
	enc, err := assetToken.abi.Pack("freezePartialTokens", account, amount)
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
func (assetToken *AssetToken) TryPackFreezePartialTokens(account common.Address, amount *big.Int) ([]byte, error) {
	return assetToken.abi.Pack("freezePartialTokens", account, amount)
}

// PackGetAllDocuments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fa5f50b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAllDocuments() view returns(bytes32[])
func (assetToken *AssetToken) PackGetAllDocuments() []byte {
	enc, err := assetToken.abi.Pack("getAllDocuments")
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
func (assetToken *AssetToken) TryPackGetAllDocuments() ([]byte, error) {
	return assetToken.abi.Pack("getAllDocuments")
}

// UnpackGetAllDocuments is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fa5f50b.
//
// Solidity: function getAllDocuments() view returns(bytes32[])
func (assetToken *AssetToken) UnpackGetAllDocuments(data []byte) ([][32]byte, error) {
	out, err := assetToken.abi.Unpack("getAllDocuments", data)
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
func (assetToken *AssetToken) PackGetDocument(name [32]byte) []byte {
	enc, err := assetToken.abi.Pack("getDocument", name)
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
func (assetToken *AssetToken) TryPackGetDocument(name [32]byte) ([]byte, error) {
	return assetToken.abi.Pack("getDocument", name)
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
func (assetToken *AssetToken) UnpackGetDocument(data []byte) (GetDocumentOutput, error) {
	out, err := assetToken.abi.Unpack("getDocument", data)
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
func (assetToken *AssetToken) PackGetFrozenTokens(account common.Address) []byte {
	enc, err := assetToken.abi.Pack("getFrozenTokens", account)
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
func (assetToken *AssetToken) TryPackGetFrozenTokens(account common.Address) ([]byte, error) {
	return assetToken.abi.Pack("getFrozenTokens", account)
}

// UnpackGetFrozenTokens is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x158b1a57.
//
// Solidity: function getFrozenTokens(address account) view returns(uint256)
func (assetToken *AssetToken) UnpackGetFrozenTokens(data []byte) (*big.Int, error) {
	out, err := assetToken.abi.Unpack("getFrozenTokens", data)
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
func (assetToken *AssetToken) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := assetToken.abi.Pack("getRoleAdmin", role)
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
func (assetToken *AssetToken) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return assetToken.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (assetToken *AssetToken) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := assetToken.abi.Unpack("getRoleAdmin", data)
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
func (assetToken *AssetToken) PackGetTokenBound() []byte {
	enc, err := assetToken.abi.Pack("getTokenBound")
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
func (assetToken *AssetToken) TryPackGetTokenBound() ([]byte, error) {
	return assetToken.abi.Pack("getTokenBound")
}

// UnpackGetTokenBound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6a3edf28.
//
// Solidity: function getTokenBound() view returns(address)
func (assetToken *AssetToken) UnpackGetTokenBound(data []byte) (common.Address, error) {
	out, err := assetToken.abi.Unpack("getTokenBound", data)
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
func (assetToken *AssetToken) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := assetToken.abi.Pack("grantRole", role, account)
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
func (assetToken *AssetToken) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return assetToken.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (assetToken *AssetToken) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := assetToken.abi.Pack("hasRole", role, account)
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
func (assetToken *AssetToken) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return assetToken.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (assetToken *AssetToken) UnpackHasRole(data []byte) (bool, error) {
	out, err := assetToken.abi.Unpack("hasRole", data)
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
func (assetToken *AssetToken) PackIdentityRegistry() []byte {
	enc, err := assetToken.abi.Pack("identityRegistry")
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
func (assetToken *AssetToken) TryPackIdentityRegistry() ([]byte, error) {
	return assetToken.abi.Pack("identityRegistry")
}

// UnpackIdentityRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x134e18f4.
//
// Solidity: function identityRegistry() view returns(address)
func (assetToken *AssetToken) UnpackIdentityRegistry(data []byte) (common.Address, error) {
	out, err := assetToken.abi.Unpack("identityRegistry", data)
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
func (assetToken *AssetToken) PackInitialize(name string, symbol string, decimals uint8, registry common.Address, deed common.Address, deedId *big.Int, admin common.Address, upgrader common.Address) []byte {
	enc, err := assetToken.abi.Pack("initialize", name, symbol, decimals, registry, deed, deedId, admin, upgrader)
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
func (assetToken *AssetToken) TryPackInitialize(name string, symbol string, decimals uint8, registry common.Address, deed common.Address, deedId *big.Int, admin common.Address, upgrader common.Address) ([]byte, error) {
	return assetToken.abi.Pack("initialize", name, symbol, decimals, registry, deed, deedId, admin, upgrader)
}

// PackInvestorBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61fba37d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function investorBalanceOf(address wallet) view returns(uint256)
func (assetToken *AssetToken) PackInvestorBalanceOf(wallet common.Address) []byte {
	enc, err := assetToken.abi.Pack("investorBalanceOf", wallet)
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
func (assetToken *AssetToken) TryPackInvestorBalanceOf(wallet common.Address) ([]byte, error) {
	return assetToken.abi.Pack("investorBalanceOf", wallet)
}

// UnpackInvestorBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61fba37d.
//
// Solidity: function investorBalanceOf(address wallet) view returns(uint256)
func (assetToken *AssetToken) UnpackInvestorBalanceOf(data []byte) (*big.Int, error) {
	out, err := assetToken.abi.Unpack("investorBalanceOf", data)
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
func (assetToken *AssetToken) PackInvestorCount() []byte {
	enc, err := assetToken.abi.Pack("investorCount")
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
func (assetToken *AssetToken) TryPackInvestorCount() ([]byte, error) {
	return assetToken.abi.Pack("investorCount")
}

// UnpackInvestorCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd7e64c00.
//
// Solidity: function investorCount() view returns(uint256)
func (assetToken *AssetToken) UnpackInvestorCount(data []byte) (*big.Int, error) {
	out, err := assetToken.abi.Unpack("investorCount", data)
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
func (assetToken *AssetToken) PackInvestorCounting() []byte {
	enc, err := assetToken.abi.Pack("investorCounting")
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
func (assetToken *AssetToken) TryPackInvestorCounting() ([]byte, error) {
	return assetToken.abi.Pack("investorCounting")
}

// UnpackInvestorCounting is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbe159b5a.
//
// Solidity: function investorCounting() view returns(bool)
func (assetToken *AssetToken) UnpackInvestorCounting(data []byte) (bool, error) {
	out, err := assetToken.abi.Unpack("investorCounting", data)
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
func (assetToken *AssetToken) PackIsAgent(agent common.Address) []byte {
	enc, err := assetToken.abi.Pack("isAgent", agent)
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
func (assetToken *AssetToken) TryPackIsAgent(agent common.Address) ([]byte, error) {
	return assetToken.abi.Pack("isAgent", agent)
}

// UnpackIsAgent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1ffbb064.
//
// Solidity: function isAgent(address agent) view returns(bool)
func (assetToken *AssetToken) UnpackIsAgent(data []byte) (bool, error) {
	out, err := assetToken.abi.Unpack("isAgent", data)
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
func (assetToken *AssetToken) PackIsCountryAllowed(country uint16) []byte {
	enc, err := assetToken.abi.Pack("isCountryAllowed", country)
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
func (assetToken *AssetToken) TryPackIsCountryAllowed(country uint16) ([]byte, error) {
	return assetToken.abi.Pack("isCountryAllowed", country)
}

// UnpackIsCountryAllowed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x99f644f6.
//
// Solidity: function isCountryAllowed(uint16 country) view returns(bool)
func (assetToken *AssetToken) UnpackIsCountryAllowed(data []byte) (bool, error) {
	out, err := assetToken.abi.Unpack("isCountryAllowed", data)
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
func (assetToken *AssetToken) PackIsFrozen(account common.Address) []byte {
	enc, err := assetToken.abi.Pack("isFrozen", account)
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
func (assetToken *AssetToken) TryPackIsFrozen(account common.Address) ([]byte, error) {
	return assetToken.abi.Pack("isFrozen", account)
}

// UnpackIsFrozen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5839836.
//
// Solidity: function isFrozen(address account) view returns(bool)
func (assetToken *AssetToken) UnpackIsFrozen(data []byte) (bool, error) {
	out, err := assetToken.abi.Unpack("isFrozen", data)
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
func (assetToken *AssetToken) PackIsLiquidateOnly(wallet common.Address) []byte {
	enc, err := assetToken.abi.Pack("isLiquidateOnly", wallet)
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
func (assetToken *AssetToken) TryPackIsLiquidateOnly(wallet common.Address) ([]byte, error) {
	return assetToken.abi.Pack("isLiquidateOnly", wallet)
}

// UnpackIsLiquidateOnly is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe2e2d117.
//
// Solidity: function isLiquidateOnly(address wallet) view returns(bool)
func (assetToken *AssetToken) UnpackIsLiquidateOnly(data []byte) (bool, error) {
	out, err := assetToken.abi.Unpack("isLiquidateOnly", data)
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
func (assetToken *AssetToken) PackIsRequestProcessed(requestId [32]byte) []byte {
	enc, err := assetToken.abi.Pack("isRequestProcessed", requestId)
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
func (assetToken *AssetToken) TryPackIsRequestProcessed(requestId [32]byte) ([]byte, error) {
	return assetToken.abi.Pack("isRequestProcessed", requestId)
}

// UnpackIsRequestProcessed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6da398b3.
//
// Solidity: function isRequestProcessed(bytes32 requestId) view returns(bool)
func (assetToken *AssetToken) UnpackIsRequestProcessed(data []byte) (bool, error) {
	out, err := assetToken.abi.Unpack("isRequestProcessed", data)
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
func (assetToken *AssetToken) PackIsTokenBound(token common.Address) []byte {
	enc, err := assetToken.abi.Pack("isTokenBound", token)
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
func (assetToken *AssetToken) TryPackIsTokenBound(token common.Address) ([]byte, error) {
	return assetToken.abi.Pack("isTokenBound", token)
}

// UnpackIsTokenBound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x993e8b95.
//
// Solidity: function isTokenBound(address token) view returns(bool)
func (assetToken *AssetToken) UnpackIsTokenBound(data []byte) (bool, error) {
	out, err := assetToken.abi.Unpack("isTokenBound", data)
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
func (assetToken *AssetToken) PackLockOf(account common.Address) []byte {
	enc, err := assetToken.abi.Pack("lockOf", account)
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
func (assetToken *AssetToken) TryPackLockOf(account common.Address) ([]byte, error) {
	return assetToken.abi.Pack("lockOf", account)
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
func (assetToken *AssetToken) UnpackLockOf(data []byte) (LockOfOutput, error) {
	out, err := assetToken.abi.Unpack("lockOf", data)
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
func (assetToken *AssetToken) PackLocksOf(account common.Address) []byte {
	enc, err := assetToken.abi.Pack("locksOf", account)
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
func (assetToken *AssetToken) TryPackLocksOf(account common.Address) ([]byte, error) {
	return assetToken.abi.Pack("locksOf", account)
}

// UnpackLocksOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3f9ab58.
//
// Solidity: function locksOf(address account) view returns((uint256,uint64,uint64,uint64,uint8,uint256)[] locks)
func (assetToken *AssetToken) UnpackLocksOf(data []byte) ([]IAssetTokenColdLock, error) {
	out, err := assetToken.abi.Unpack("locksOf", data)
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
func (assetToken *AssetToken) PackMaxBalance() []byte {
	enc, err := assetToken.abi.Pack("maxBalance")
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
func (assetToken *AssetToken) TryPackMaxBalance() ([]byte, error) {
	return assetToken.abi.Pack("maxBalance")
}

// UnpackMaxBalance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x73ad468a.
//
// Solidity: function maxBalance() view returns(uint256)
func (assetToken *AssetToken) UnpackMaxBalance(data []byte) (*big.Int, error) {
	out, err := assetToken.abi.Unpack("maxBalance", data)
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
func (assetToken *AssetToken) PackMaxCountryShare() []byte {
	enc, err := assetToken.abi.Pack("maxCountryShare")
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
func (assetToken *AssetToken) TryPackMaxCountryShare() ([]byte, error) {
	return assetToken.abi.Pack("maxCountryShare")
}

// UnpackMaxCountryShare is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf9062c80.
//
// Solidity: function maxCountryShare() view returns(uint16)
func (assetToken *AssetToken) UnpackMaxCountryShare(data []byte) (uint16, error) {
	out, err := assetToken.abi.Unpack("maxCountryShare", data)
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
func (assetToken *AssetToken) PackMaxInvestors() []byte {
	enc, err := assetToken.abi.Pack("maxInvestors")
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
func (assetToken *AssetToken) TryPackMaxInvestors() ([]byte, error) {
	return assetToken.abi.Pack("maxInvestors")
}

// UnpackMaxInvestors is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc99cc37.
//
// Solidity: function maxInvestors() view returns(uint256)
func (assetToken *AssetToken) UnpackMaxInvestors(data []byte) (*big.Int, error) {
	out, err := assetToken.abi.Unpack("maxInvestors", data)
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
func (assetToken *AssetToken) PackMessageForTransferRestriction(code uint8) []byte {
	enc, err := assetToken.abi.Pack("messageForTransferRestriction", code)
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
func (assetToken *AssetToken) TryPackMessageForTransferRestriction(code uint8) ([]byte, error) {
	return assetToken.abi.Pack("messageForTransferRestriction", code)
}

// UnpackMessageForTransferRestriction is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7f4ab1dd.
//
// Solidity: function messageForTransferRestriction(uint8 code) pure returns(string)
func (assetToken *AssetToken) UnpackMessageForTransferRestriction(data []byte) (string, error) {
	out, err := assetToken.abi.Unpack("messageForTransferRestriction", data)
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
func (assetToken *AssetToken) PackMint(to common.Address, amount *big.Int, requestId [32]byte) []byte {
	enc, err := assetToken.abi.Pack("mint", to, amount, requestId)
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
func (assetToken *AssetToken) TryPackMint(to common.Address, amount *big.Int, requestId [32]byte) ([]byte, error) {
	return assetToken.abi.Pack("mint", to, amount, requestId)
}

// PackMintERC3643 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (assetToken *AssetToken) PackMintERC3643(to common.Address, amount *big.Int) []byte {
	enc, err := assetToken.abi.Pack("mint0", to, amount)
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
func (assetToken *AssetToken) TryPackMintERC3643(to common.Address, amount *big.Int) ([]byte, error) {
	return assetToken.abi.Pack("mint0", to, amount)
}

// PackMintLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65275d4f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintLocked(address to, uint256 amount, bytes32 requestId, uint64 lockedUntil) returns()
func (assetToken *AssetToken) PackMintLocked(to common.Address, amount *big.Int, requestId [32]byte, lockedUntil uint64) []byte {
	enc, err := assetToken.abi.Pack("mintLocked", to, amount, requestId, lockedUntil)
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
func (assetToken *AssetToken) TryPackMintLocked(to common.Address, amount *big.Int, requestId [32]byte, lockedUntil uint64) ([]byte, error) {
	return assetToken.abi.Pack("mintLocked", to, amount, requestId, lockedUntil)
}

// PackMintVesting is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56d8f629.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintVesting(address to, uint256 amount, bytes32 requestId, uint64 start, uint64 cliff, uint64 end, uint8 reason) returns()
func (assetToken *AssetToken) PackMintVesting(to common.Address, amount *big.Int, requestId [32]byte, start uint64, cliff uint64, end uint64, reason uint8) []byte {
	enc, err := assetToken.abi.Pack("mintVesting", to, amount, requestId, start, cliff, end, reason)
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
func (assetToken *AssetToken) TryPackMintVesting(to common.Address, amount *big.Int, requestId [32]byte, start uint64, cliff uint64, end uint64, reason uint8) ([]byte, error) {
	return assetToken.abi.Pack("mintVesting", to, amount, requestId, start, cliff, end, reason)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (assetToken *AssetToken) PackName() []byte {
	enc, err := assetToken.abi.Pack("name")
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
func (assetToken *AssetToken) TryPackName() ([]byte, error) {
	return assetToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (assetToken *AssetToken) UnpackName(data []byte) (string, error) {
	out, err := assetToken.abi.Unpack("name", data)
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
func (assetToken *AssetToken) PackNonces(owner common.Address) []byte {
	enc, err := assetToken.abi.Pack("nonces", owner)
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
func (assetToken *AssetToken) TryPackNonces(owner common.Address) ([]byte, error) {
	return assetToken.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (assetToken *AssetToken) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := assetToken.abi.Unpack("nonces", data)
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
func (assetToken *AssetToken) PackOnERC721Received(operator common.Address, from common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := assetToken.abi.Pack("onERC721Received", operator, from, tokenId, data)
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
func (assetToken *AssetToken) TryPackOnERC721Received(operator common.Address, from common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return assetToken.abi.Pack("onERC721Received", operator, from, tokenId, data)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address operator, address from, uint256 tokenId, bytes data) returns(bytes4)
func (assetToken *AssetToken) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := assetToken.abi.Unpack("onERC721Received", data)
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
func (assetToken *AssetToken) PackOnchainID() []byte {
	enc, err := assetToken.abi.Pack("onchainID")
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
func (assetToken *AssetToken) TryPackOnchainID() ([]byte, error) {
	return assetToken.abi.Pack("onchainID")
}

// UnpackOnchainID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaba63705.
//
// Solidity: function onchainID() view returns(address)
func (assetToken *AssetToken) UnpackOnchainID(data []byte) (common.Address, error) {
	out, err := assetToken.abi.Unpack("onchainID", data)
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
func (assetToken *AssetToken) PackPause() []byte {
	enc, err := assetToken.abi.Pack("pause")
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
func (assetToken *AssetToken) TryPackPause() ([]byte, error) {
	return assetToken.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (assetToken *AssetToken) PackPaused() []byte {
	enc, err := assetToken.abi.Pack("paused")
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
func (assetToken *AssetToken) TryPackPaused() ([]byte, error) {
	return assetToken.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (assetToken *AssetToken) UnpackPaused(data []byte) (bool, error) {
	out, err := assetToken.abi.Unpack("paused", data)
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
func (assetToken *AssetToken) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := assetToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
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
func (assetToken *AssetToken) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return assetToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackProxiableUUID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d1902d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (assetToken *AssetToken) PackProxiableUUID() []byte {
	enc, err := assetToken.abi.Pack("proxiableUUID")
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
func (assetToken *AssetToken) TryPackProxiableUUID() ([]byte, error) {
	return assetToken.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (assetToken *AssetToken) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := assetToken.abi.Unpack("proxiableUUID", data)
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
func (assetToken *AssetToken) PackRecount(wallet common.Address) []byte {
	enc, err := assetToken.abi.Pack("recount", wallet)
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
func (assetToken *AssetToken) TryPackRecount(wallet common.Address) ([]byte, error) {
	return assetToken.abi.Pack("recount", wallet)
}

// PackRecoveryAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b5ba2fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recoveryAddress(address lostWallet, address newWallet, bytes32 investorId) returns(bool)
func (assetToken *AssetToken) PackRecoveryAddress(lostWallet common.Address, newWallet common.Address, investorId [32]byte) []byte {
	enc, err := assetToken.abi.Pack("recoveryAddress", lostWallet, newWallet, investorId)
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
func (assetToken *AssetToken) TryPackRecoveryAddress(lostWallet common.Address, newWallet common.Address, investorId [32]byte) ([]byte, error) {
	return assetToken.abi.Pack("recoveryAddress", lostWallet, newWallet, investorId)
}

// UnpackRecoveryAddress is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b5ba2fd.
//
// Solidity: function recoveryAddress(address lostWallet, address newWallet, bytes32 investorId) returns(bool)
func (assetToken *AssetToken) UnpackRecoveryAddress(data []byte) (bool, error) {
	out, err := assetToken.abi.Unpack("recoveryAddress", data)
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
func (assetToken *AssetToken) PackRecoveryAddressERC3643(lostWallet common.Address, newWallet common.Address, investorOnchainID common.Address) []byte {
	enc, err := assetToken.abi.Pack("recoveryAddress0", lostWallet, newWallet, investorOnchainID)
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
func (assetToken *AssetToken) TryPackRecoveryAddressERC3643(lostWallet common.Address, newWallet common.Address, investorOnchainID common.Address) ([]byte, error) {
	return assetToken.abi.Pack("recoveryAddress0", lostWallet, newWallet, investorOnchainID)
}

// UnpackRecoveryAddressERC3643 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9285948a.
//
// Solidity: function recoveryAddress(address lostWallet, address newWallet, address investorOnchainID) returns(bool)
func (assetToken *AssetToken) UnpackRecoveryAddressERC3643(data []byte) (bool, error) {
	out, err := assetToken.abi.Unpack("recoveryAddress0", data)
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
func (assetToken *AssetToken) PackReleaseDeed(to common.Address) []byte {
	enc, err := assetToken.abi.Pack("releaseDeed", to)
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
func (assetToken *AssetToken) TryPackReleaseDeed(to common.Address) ([]byte, error) {
	return assetToken.abi.Pack("releaseDeed", to)
}

// PackRemoveAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97a6278e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeAgent(address agent) returns()
func (assetToken *AssetToken) PackRemoveAgent(agent common.Address) []byte {
	enc, err := assetToken.abi.Pack("removeAgent", agent)
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
func (assetToken *AssetToken) TryPackRemoveAgent(agent common.Address) ([]byte, error) {
	return assetToken.abi.Pack("removeAgent", agent)
}

// PackRemoveDocument is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3501848.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeDocument(bytes32 name) returns()
func (assetToken *AssetToken) PackRemoveDocument(name [32]byte) []byte {
	enc, err := assetToken.abi.Pack("removeDocument", name)
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
func (assetToken *AssetToken) TryPackRemoveDocument(name [32]byte) ([]byte, error) {
	return assetToken.abi.Pack("removeDocument", name)
}

// PackRemoveLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08156892.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeLock(address account, uint256 amount, uint64 start, uint64 cliff, uint64 end, uint8 reason) returns()
func (assetToken *AssetToken) PackRemoveLock(account common.Address, amount *big.Int, start uint64, cliff uint64, end uint64, reason uint8) []byte {
	enc, err := assetToken.abi.Pack("removeLock", account, amount, start, cliff, end, reason)
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
func (assetToken *AssetToken) TryPackRemoveLock(account common.Address, amount *big.Int, start uint64, cliff uint64, end uint64, reason uint8) ([]byte, error) {
	return assetToken.abi.Pack("removeLock", account, amount, start, cliff, end, reason)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (assetToken *AssetToken) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := assetToken.abi.Pack("renounceRole", role, callerConfirmation)
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
func (assetToken *AssetToken) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return assetToken.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRequiredFlags is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82c8e52f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requiredFlags() view returns(uint8)
func (assetToken *AssetToken) PackRequiredFlags() []byte {
	enc, err := assetToken.abi.Pack("requiredFlags")
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
func (assetToken *AssetToken) TryPackRequiredFlags() ([]byte, error) {
	return assetToken.abi.Pack("requiredFlags")
}

// UnpackRequiredFlags is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82c8e52f.
//
// Solidity: function requiredFlags() view returns(uint8)
func (assetToken *AssetToken) UnpackRequiredFlags(data []byte) (uint8, error) {
	out, err := assetToken.abi.Unpack("requiredFlags", data)
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
func (assetToken *AssetToken) PackReserveGuard() []byte {
	enc, err := assetToken.abi.Pack("reserveGuard")
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
func (assetToken *AssetToken) TryPackReserveGuard() ([]byte, error) {
	return assetToken.abi.Pack("reserveGuard")
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
func (assetToken *AssetToken) UnpackReserveGuard(data []byte) (ReserveGuardOutput, error) {
	out, err := assetToken.abi.Unpack("reserveGuard", data)
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
func (assetToken *AssetToken) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := assetToken.abi.Pack("revokeRole", role, account)
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
func (assetToken *AssetToken) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return assetToken.abi.Pack("revokeRole", role, account)
}

// PackSetAddressFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc69c09cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAddressFrozen(address account, bool frozen) returns()
func (assetToken *AssetToken) PackSetAddressFrozen(account common.Address, frozen bool) []byte {
	enc, err := assetToken.abi.Pack("setAddressFrozen", account, frozen)
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
func (assetToken *AssetToken) TryPackSetAddressFrozen(account common.Address, frozen bool) ([]byte, error) {
	return assetToken.abi.Pack("setAddressFrozen", account, frozen)
}

// PackSetCategoryCaps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x826172ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCategoryCaps(uint32[9] caps) returns()
func (assetToken *AssetToken) PackSetCategoryCaps(caps [9]uint32) []byte {
	enc, err := assetToken.abi.Pack("setCategoryCaps", caps)
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
func (assetToken *AssetToken) TryPackSetCategoryCaps(caps [9]uint32) ([]byte, error) {
	return assetToken.abi.Pack("setCategoryCaps", caps)
}

// PackSetCompliance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8981789.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCompliance(address compliance_) returns()
func (assetToken *AssetToken) PackSetCompliance(compliance common.Address) []byte {
	enc, err := assetToken.abi.Pack("setCompliance", compliance)
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
func (assetToken *AssetToken) TryPackSetCompliance(compliance common.Address) ([]byte, error) {
	return assetToken.abi.Pack("setCompliance", compliance)
}

// PackSetCountriesAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd8af8fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCountriesAllowed(uint16[] countries, bool allowed) returns()
func (assetToken *AssetToken) PackSetCountriesAllowed(countries []uint16, allowed bool) []byte {
	enc, err := assetToken.abi.Pack("setCountriesAllowed", countries, allowed)
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
func (assetToken *AssetToken) TryPackSetCountriesAllowed(countries []uint16, allowed bool) ([]byte, error) {
	return assetToken.abi.Pack("setCountriesAllowed", countries, allowed)
}

// PackSetCountryCaps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x204458f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCountryCaps(uint16[] countries, uint32[] caps) returns()
func (assetToken *AssetToken) PackSetCountryCaps(countries []uint16, caps []uint32) []byte {
	enc, err := assetToken.abi.Pack("setCountryCaps", countries, caps)
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
func (assetToken *AssetToken) TryPackSetCountryCaps(countries []uint16, caps []uint32) ([]byte, error) {
	return assetToken.abi.Pack("setCountryCaps", countries, caps)
}

// PackSetCountryRestriction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd79c7ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCountryRestriction(bool enabled) returns()
func (assetToken *AssetToken) PackSetCountryRestriction(enabled bool) []byte {
	enc, err := assetToken.abi.Pack("setCountryRestriction", enabled)
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
func (assetToken *AssetToken) TryPackSetCountryRestriction(enabled bool) ([]byte, error) {
	return assetToken.abi.Pack("setCountryRestriction", enabled)
}

// PackSetDocument is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x010648ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDocument(bytes32 name, string uri, bytes32 documentHash) returns()
func (assetToken *AssetToken) PackSetDocument(name [32]byte, uri string, documentHash [32]byte) []byte {
	enc, err := assetToken.abi.Pack("setDocument", name, uri, documentHash)
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
func (assetToken *AssetToken) TryPackSetDocument(name [32]byte, uri string, documentHash [32]byte) ([]byte, error) {
	return assetToken.abi.Pack("setDocument", name, uri, documentHash)
}

// PackSetExtendedRules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe68da4b8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setExtendedRules(uint256 minHolding, uint64 flowbackUntil, uint32 initialLockup, uint8 lockupReason, bool forceFullTransfer) returns()
func (assetToken *AssetToken) PackSetExtendedRules(minHolding *big.Int, flowbackUntil uint64, initialLockup uint32, lockupReason uint8, forceFullTransfer bool) []byte {
	enc, err := assetToken.abi.Pack("setExtendedRules", minHolding, flowbackUntil, initialLockup, lockupReason, forceFullTransfer)
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
func (assetToken *AssetToken) TryPackSetExtendedRules(minHolding *big.Int, flowbackUntil uint64, initialLockup uint32, lockupReason uint8, forceFullTransfer bool) ([]byte, error) {
	return assetToken.abi.Pack("setExtendedRules", minHolding, flowbackUntil, initialLockup, lockupReason, forceFullTransfer)
}

// PackSetFrozenTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xebe45cba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFrozenTokens(address account, uint256 amount) returns(bool)
func (assetToken *AssetToken) PackSetFrozenTokens(account common.Address, amount *big.Int) []byte {
	enc, err := assetToken.abi.Pack("setFrozenTokens", account, amount)
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
func (assetToken *AssetToken) TryPackSetFrozenTokens(account common.Address, amount *big.Int) ([]byte, error) {
	return assetToken.abi.Pack("setFrozenTokens", account, amount)
}

// UnpackSetFrozenTokens is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xebe45cba.
//
// Solidity: function setFrozenTokens(address account, uint256 amount) returns(bool)
func (assetToken *AssetToken) UnpackSetFrozenTokens(data []byte) (bool, error) {
	out, err := assetToken.abi.Unpack("setFrozenTokens", data)
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
func (assetToken *AssetToken) PackSetIdentityRegistry(registry common.Address) []byte {
	enc, err := assetToken.abi.Pack("setIdentityRegistry", registry)
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
func (assetToken *AssetToken) TryPackSetIdentityRegistry(registry common.Address) ([]byte, error) {
	return assetToken.abi.Pack("setIdentityRegistry", registry)
}

// PackSetInvestorCounting is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbca0a23d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setInvestorCounting() returns()
func (assetToken *AssetToken) PackSetInvestorCounting() []byte {
	enc, err := assetToken.abi.Pack("setInvestorCounting")
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
func (assetToken *AssetToken) TryPackSetInvestorCounting() ([]byte, error) {
	return assetToken.abi.Pack("setInvestorCounting")
}

// PackSetLiquidateOnly is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97809e0b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setLiquidateOnly(address wallet, bool on) returns()
func (assetToken *AssetToken) PackSetLiquidateOnly(wallet common.Address, on bool) []byte {
	enc, err := assetToken.abi.Pack("setLiquidateOnly", wallet, on)
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
func (assetToken *AssetToken) TryPackSetLiquidateOnly(wallet common.Address, on bool) ([]byte, error) {
	return assetToken.abi.Pack("setLiquidateOnly", wallet, on)
}

// PackSetMaxBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d51d9b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxBalance(uint256 maxBalance_) returns()
func (assetToken *AssetToken) PackSetMaxBalance(maxBalance *big.Int) []byte {
	enc, err := assetToken.abi.Pack("setMaxBalance", maxBalance)
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
func (assetToken *AssetToken) TryPackSetMaxBalance(maxBalance *big.Int) ([]byte, error) {
	return assetToken.abi.Pack("setMaxBalance", maxBalance)
}

// PackSetMaxCountryShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b4b3829.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxCountryShare(uint16 bps) returns()
func (assetToken *AssetToken) PackSetMaxCountryShare(bps uint16) []byte {
	enc, err := assetToken.abi.Pack("setMaxCountryShare", bps)
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
func (assetToken *AssetToken) TryPackSetMaxCountryShare(bps uint16) ([]byte, error) {
	return assetToken.abi.Pack("setMaxCountryShare", bps)
}

// PackSetMaxInvestors is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a6df897.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxInvestors(uint32 maxInvestors_) returns()
func (assetToken *AssetToken) PackSetMaxInvestors(maxInvestors uint32) []byte {
	enc, err := assetToken.abi.Pack("setMaxInvestors", maxInvestors)
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
func (assetToken *AssetToken) TryPackSetMaxInvestors(maxInvestors uint32) ([]byte, error) {
	return assetToken.abi.Pack("setMaxInvestors", maxInvestors)
}

// PackSetName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc47f0027.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setName(string name_) returns()
func (assetToken *AssetToken) PackSetName(name string) []byte {
	enc, err := assetToken.abi.Pack("setName", name)
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
func (assetToken *AssetToken) TryPackSetName(name string) ([]byte, error) {
	return assetToken.abi.Pack("setName", name)
}

// PackSetOnchainID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d1ddc5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setOnchainID(address onchainID_) returns()
func (assetToken *AssetToken) PackSetOnchainID(onchainID common.Address) []byte {
	enc, err := assetToken.abi.Pack("setOnchainID", onchainID)
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
func (assetToken *AssetToken) TryPackSetOnchainID(onchainID common.Address) ([]byte, error) {
	return assetToken.abi.Pack("setOnchainID", onchainID)
}

// PackSetRequiredFlags is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2e09b0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRequiredFlags(uint8 flags) returns()
func (assetToken *AssetToken) PackSetRequiredFlags(flags uint8) []byte {
	enc, err := assetToken.abi.Pack("setRequiredFlags", flags)
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
func (assetToken *AssetToken) TryPackSetRequiredFlags(flags uint8) ([]byte, error) {
	return assetToken.abi.Pack("setRequiredFlags", flags)
}

// PackSetReserveGuard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4fee3b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReserveGuard(address feed, uint64 maxAge, uint8 marginMode, uint256 margin) returns()
func (assetToken *AssetToken) PackSetReserveGuard(feed common.Address, maxAge uint64, marginMode uint8, margin *big.Int) []byte {
	enc, err := assetToken.abi.Pack("setReserveGuard", feed, maxAge, marginMode, margin)
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
func (assetToken *AssetToken) TryPackSetReserveGuard(feed common.Address, maxAge uint64, marginMode uint8, margin *big.Int) ([]byte, error) {
	return assetToken.abi.Pack("setReserveGuard", feed, maxAge, marginMode, margin)
}

// PackSetSupplyCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6a3f59a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSupplyCap(uint256 cap) returns()
func (assetToken *AssetToken) PackSetSupplyCap(cap *big.Int) []byte {
	enc, err := assetToken.abi.Pack("setSupplyCap", cap)
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
func (assetToken *AssetToken) TryPackSetSupplyCap(cap *big.Int) ([]byte, error) {
	return assetToken.abi.Pack("setSupplyCap", cap)
}

// PackSetSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb84c8246.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSymbol(string symbol_) returns()
func (assetToken *AssetToken) PackSetSymbol(symbol string) []byte {
	enc, err := assetToken.abi.Pack("setSymbol", symbol)
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
func (assetToken *AssetToken) TryPackSetSymbol(symbol string) ([]byte, error) {
	return assetToken.abi.Pack("setSymbol", symbol)
}

// PackSetTransferLimits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf1a8cb6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTransferLimits(uint32[] periods, uint256[] limits) returns()
func (assetToken *AssetToken) PackSetTransferLimits(periods []uint32, limits []*big.Int) []byte {
	enc, err := assetToken.abi.Pack("setTransferLimits", periods, limits)
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
func (assetToken *AssetToken) TryPackSetTransferLimits(periods []uint32, limits []*big.Int) ([]byte, error) {
	return assetToken.abi.Pack("setTransferLimits", periods, limits)
}

// PackSetValuationGuard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb20a5b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setValuationGuard(address feed, uint64 maxAge) returns()
func (assetToken *AssetToken) PackSetValuationGuard(feed common.Address, maxAge uint64) []byte {
	enc, err := assetToken.abi.Pack("setValuationGuard", feed, maxAge)
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
func (assetToken *AssetToken) TryPackSetValuationGuard(feed common.Address, maxAge uint64) ([]byte, error) {
	return assetToken.abi.Pack("setValuationGuard", feed, maxAge)
}

// PackSupplyCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f770ad0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supplyCap() view returns(uint256)
func (assetToken *AssetToken) PackSupplyCap() []byte {
	enc, err := assetToken.abi.Pack("supplyCap")
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
func (assetToken *AssetToken) TryPackSupplyCap() ([]byte, error) {
	return assetToken.abi.Pack("supplyCap")
}

// UnpackSupplyCap is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f770ad0.
//
// Solidity: function supplyCap() view returns(uint256)
func (assetToken *AssetToken) UnpackSupplyCap(data []byte) (*big.Int, error) {
	out, err := assetToken.abi.Unpack("supplyCap", data)
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
func (assetToken *AssetToken) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := assetToken.abi.Pack("supportsInterface", interfaceId)
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
func (assetToken *AssetToken) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return assetToken.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (assetToken *AssetToken) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := assetToken.abi.Unpack("supportsInterface", data)
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
func (assetToken *AssetToken) PackSymbol() []byte {
	enc, err := assetToken.abi.Pack("symbol")
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
func (assetToken *AssetToken) TryPackSymbol() ([]byte, error) {
	return assetToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (assetToken *AssetToken) UnpackSymbol(data []byte) (string, error) {
	out, err := assetToken.abi.Unpack("symbol", data)
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
func (assetToken *AssetToken) PackTotalSupply() []byte {
	enc, err := assetToken.abi.Pack("totalSupply")
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
func (assetToken *AssetToken) TryPackTotalSupply() ([]byte, error) {
	return assetToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (assetToken *AssetToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := assetToken.abi.Unpack("totalSupply", data)
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
func (assetToken *AssetToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := assetToken.abi.Pack("transfer", to, value)
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
func (assetToken *AssetToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return assetToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (assetToken *AssetToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := assetToken.abi.Unpack("transfer", data)
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
func (assetToken *AssetToken) PackTransferAllowance(wallet common.Address) []byte {
	enc, err := assetToken.abi.Pack("transferAllowance", wallet)
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
func (assetToken *AssetToken) TryPackTransferAllowance(wallet common.Address) ([]byte, error) {
	return assetToken.abi.Pack("transferAllowance", wallet)
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
func (assetToken *AssetToken) UnpackTransferAllowance(data []byte) (TransferAllowanceOutput, error) {
	out, err := assetToken.abi.Unpack("transferAllowance", data)
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
func (assetToken *AssetToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := assetToken.abi.Pack("transferFrom", from, to, value)
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
func (assetToken *AssetToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return assetToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (assetToken *AssetToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := assetToken.abi.Unpack("transferFrom", data)
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
func (assetToken *AssetToken) PackTransferLimits() []byte {
	enc, err := assetToken.abi.Pack("transferLimits")
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
func (assetToken *AssetToken) TryPackTransferLimits() ([]byte, error) {
	return assetToken.abi.Pack("transferLimits")
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
func (assetToken *AssetToken) UnpackTransferLimits(data []byte) (TransferLimitsOutput, error) {
	out, err := assetToken.abi.Unpack("transferLimits", data)
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
func (assetToken *AssetToken) PackTransferred(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := assetToken.abi.Pack("transferred", from, to, amount)
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
func (assetToken *AssetToken) TryPackTransferred(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return assetToken.abi.Pack("transferred", from, to, amount)
}

// PackUnbindToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40db3b50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbindToken(address token) pure returns()
func (assetToken *AssetToken) PackUnbindToken(token common.Address) []byte {
	enc, err := assetToken.abi.Pack("unbindToken", token)
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
func (assetToken *AssetToken) TryPackUnbindToken(token common.Address) ([]byte, error) {
	return assetToken.abi.Pack("unbindToken", token)
}

// PackUnfreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fe56f7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unfreezePartialTokens(address account, uint256 amount) returns()
func (assetToken *AssetToken) PackUnfreezePartialTokens(account common.Address, amount *big.Int) []byte {
	enc, err := assetToken.abi.Pack("unfreezePartialTokens", account, amount)
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
func (assetToken *AssetToken) TryPackUnfreezePartialTokens(account common.Address, amount *big.Int) ([]byte, error) {
	return assetToken.abi.Pack("unfreezePartialTokens", account, amount)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (assetToken *AssetToken) PackUnpause() []byte {
	enc, err := assetToken.abi.Pack("unpause")
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
func (assetToken *AssetToken) TryPackUnpause() ([]byte, error) {
	return assetToken.abi.Pack("unpause")
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (assetToken *AssetToken) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := assetToken.abi.Pack("upgradeToAndCall", newImplementation, data)
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
func (assetToken *AssetToken) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return assetToken.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackValuationGuard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd911800a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function valuationGuard() view returns(address feed, uint64 maxAge)
func (assetToken *AssetToken) PackValuationGuard() []byte {
	enc, err := assetToken.abi.Pack("valuationGuard")
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
func (assetToken *AssetToken) TryPackValuationGuard() ([]byte, error) {
	return assetToken.abi.Pack("valuationGuard")
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
func (assetToken *AssetToken) UnpackValuationGuard(data []byte) (ValuationGuardOutput, error) {
	out, err := assetToken.abi.Unpack("valuationGuard", data)
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
func (assetToken *AssetToken) PackVersion() []byte {
	enc, err := assetToken.abi.Pack("version")
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
func (assetToken *AssetToken) TryPackVersion() ([]byte, error) {
	return assetToken.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(string)
func (assetToken *AssetToken) UnpackVersion(data []byte) (string, error) {
	out, err := assetToken.abi.Unpack("version", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// AssetTokenAddressFrozen represents a AddressFrozen event raised by the AssetToken contract.
type AssetTokenAddressFrozen struct {
	Account  common.Address
	IsFrozen bool
	Agent    common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const AssetTokenAddressFrozenEventName = "AddressFrozen"

// ContractEventName returns the user-defined event name.
func (AssetTokenAddressFrozen) ContractEventName() string {
	return AssetTokenAddressFrozenEventName
}

// UnpackAddressFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AddressFrozen(address indexed account, bool indexed isFrozen, address indexed agent)
func (assetToken *AssetToken) UnpackAddressFrozenEvent(log *types.Log) (*AssetTokenAddressFrozen, error) {
	event := "AddressFrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenAddressFrozen)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenAgentAdded represents a AgentAdded event raised by the AssetToken contract.
type AssetTokenAgentAdded struct {
	Agent common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const AssetTokenAgentAddedEventName = "AgentAdded"

// ContractEventName returns the user-defined event name.
func (AssetTokenAgentAdded) ContractEventName() string {
	return AssetTokenAgentAddedEventName
}

// UnpackAgentAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentAdded(address indexed agent)
func (assetToken *AssetToken) UnpackAgentAddedEvent(log *types.Log) (*AssetTokenAgentAdded, error) {
	event := "AgentAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenAgentAdded)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenAgentRemoved represents a AgentRemoved event raised by the AssetToken contract.
type AssetTokenAgentRemoved struct {
	Agent common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const AssetTokenAgentRemovedEventName = "AgentRemoved"

// ContractEventName returns the user-defined event name.
func (AssetTokenAgentRemoved) ContractEventName() string {
	return AssetTokenAgentRemovedEventName
}

// UnpackAgentRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentRemoved(address indexed agent)
func (assetToken *AssetToken) UnpackAgentRemovedEvent(log *types.Log) (*AssetTokenAgentRemoved, error) {
	event := "AgentRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenAgentRemoved)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenApproval represents a Approval event raised by the AssetToken contract.
type AssetTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (AssetTokenApproval) ContractEventName() string {
	return AssetTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (assetToken *AssetToken) UnpackApprovalEvent(log *types.Log) (*AssetTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenApproval)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenCategoryCapsSet represents a CategoryCapsSet event raised by the AssetToken contract.
type AssetTokenCategoryCapsSet struct {
	Caps [9]uint32
	Raw  *types.Log // Blockchain specific contextual infos
}

const AssetTokenCategoryCapsSetEventName = "CategoryCapsSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenCategoryCapsSet) ContractEventName() string {
	return AssetTokenCategoryCapsSetEventName
}

// UnpackCategoryCapsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CategoryCapsSet(uint32[9] caps)
func (assetToken *AssetToken) UnpackCategoryCapsSetEvent(log *types.Log) (*AssetTokenCategoryCapsSet, error) {
	event := "CategoryCapsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenCategoryCapsSet)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenComplianceAdded represents a ComplianceAdded event raised by the AssetToken contract.
type AssetTokenComplianceAdded struct {
	Compliance common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetTokenComplianceAddedEventName = "ComplianceAdded"

// ContractEventName returns the user-defined event name.
func (AssetTokenComplianceAdded) ContractEventName() string {
	return AssetTokenComplianceAddedEventName
}

// UnpackComplianceAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ComplianceAdded(address indexed compliance)
func (assetToken *AssetToken) UnpackComplianceAddedEvent(log *types.Log) (*AssetTokenComplianceAdded, error) {
	event := "ComplianceAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenComplianceAdded)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenCountryAllowed represents a CountryAllowed event raised by the AssetToken contract.
type AssetTokenCountryAllowed struct {
	Country uint16
	Allowed bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenCountryAllowedEventName = "CountryAllowed"

// ContractEventName returns the user-defined event name.
func (AssetTokenCountryAllowed) ContractEventName() string {
	return AssetTokenCountryAllowedEventName
}

// UnpackCountryAllowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CountryAllowed(uint16 indexed country, bool allowed)
func (assetToken *AssetToken) UnpackCountryAllowedEvent(log *types.Log) (*AssetTokenCountryAllowed, error) {
	event := "CountryAllowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenCountryAllowed)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenCountryCapSet represents a CountryCapSet event raised by the AssetToken contract.
type AssetTokenCountryCapSet struct {
	Country uint16
	Cap     uint32
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenCountryCapSetEventName = "CountryCapSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenCountryCapSet) ContractEventName() string {
	return AssetTokenCountryCapSetEventName
}

// UnpackCountryCapSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CountryCapSet(uint16 indexed country, uint32 cap)
func (assetToken *AssetToken) UnpackCountryCapSetEvent(log *types.Log) (*AssetTokenCountryCapSet, error) {
	event := "CountryCapSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenCountryCapSet)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenCountryRestrictionSet represents a CountryRestrictionSet event raised by the AssetToken contract.
type AssetTokenCountryRestrictionSet struct {
	Enabled bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenCountryRestrictionSetEventName = "CountryRestrictionSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenCountryRestrictionSet) ContractEventName() string {
	return AssetTokenCountryRestrictionSetEventName
}

// UnpackCountryRestrictionSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CountryRestrictionSet(bool enabled)
func (assetToken *AssetToken) UnpackCountryRestrictionSetEvent(log *types.Log) (*AssetTokenCountryRestrictionSet, error) {
	event := "CountryRestrictionSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenCountryRestrictionSet)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenDeedLocked represents a DeedLocked event raised by the AssetToken contract.
type AssetTokenDeedLocked struct {
	Deed   common.Address
	DeedId *big.Int
	From   common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const AssetTokenDeedLockedEventName = "DeedLocked"

// ContractEventName returns the user-defined event name.
func (AssetTokenDeedLocked) ContractEventName() string {
	return AssetTokenDeedLockedEventName
}

// UnpackDeedLockedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeedLocked(address indexed deed, uint256 indexed deedId, address indexed from)
func (assetToken *AssetToken) UnpackDeedLockedEvent(log *types.Log) (*AssetTokenDeedLocked, error) {
	event := "DeedLocked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenDeedLocked)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenDeedReleased represents a DeedReleased event raised by the AssetToken contract.
type AssetTokenDeedReleased struct {
	Deed   common.Address
	DeedId *big.Int
	To     common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const AssetTokenDeedReleasedEventName = "DeedReleased"

// ContractEventName returns the user-defined event name.
func (AssetTokenDeedReleased) ContractEventName() string {
	return AssetTokenDeedReleasedEventName
}

// UnpackDeedReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeedReleased(address indexed deed, uint256 indexed deedId, address indexed to)
func (assetToken *AssetToken) UnpackDeedReleasedEvent(log *types.Log) (*AssetTokenDeedReleased, error) {
	event := "DeedReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenDeedReleased)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenDocumentRemoved represents a DocumentRemoved event raised by the AssetToken contract.
type AssetTokenDocumentRemoved struct {
	Name         [32]byte
	Uri          string
	DocumentHash [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const AssetTokenDocumentRemovedEventName = "DocumentRemoved"

// ContractEventName returns the user-defined event name.
func (AssetTokenDocumentRemoved) ContractEventName() string {
	return AssetTokenDocumentRemovedEventName
}

// UnpackDocumentRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DocumentRemoved(bytes32 indexed name, string uri, bytes32 documentHash)
func (assetToken *AssetToken) UnpackDocumentRemovedEvent(log *types.Log) (*AssetTokenDocumentRemoved, error) {
	event := "DocumentRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenDocumentRemoved)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenDocumentUpdated represents a DocumentUpdated event raised by the AssetToken contract.
type AssetTokenDocumentUpdated struct {
	Name         [32]byte
	Uri          string
	DocumentHash [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const AssetTokenDocumentUpdatedEventName = "DocumentUpdated"

// ContractEventName returns the user-defined event name.
func (AssetTokenDocumentUpdated) ContractEventName() string {
	return AssetTokenDocumentUpdatedEventName
}

// UnpackDocumentUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DocumentUpdated(bytes32 indexed name, string uri, bytes32 documentHash)
func (assetToken *AssetToken) UnpackDocumentUpdatedEvent(log *types.Log) (*AssetTokenDocumentUpdated, error) {
	event := "DocumentUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenDocumentUpdated)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenEIP712DomainChanged represents a EIP712DomainChanged event raised by the AssetToken contract.
type AssetTokenEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const AssetTokenEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (AssetTokenEIP712DomainChanged) ContractEventName() string {
	return AssetTokenEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (assetToken *AssetToken) UnpackEIP712DomainChangedEvent(log *types.Log) (*AssetTokenEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenExtendedRulesSet represents a ExtendedRulesSet event raised by the AssetToken contract.
type AssetTokenExtendedRulesSet struct {
	MinHolding        *big.Int
	FlowbackUntil     uint64
	InitialLockup     uint32
	LockupReason      uint8
	ForceFullTransfer bool
	Raw               *types.Log // Blockchain specific contextual infos
}

const AssetTokenExtendedRulesSetEventName = "ExtendedRulesSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenExtendedRulesSet) ContractEventName() string {
	return AssetTokenExtendedRulesSetEventName
}

// UnpackExtendedRulesSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExtendedRulesSet(uint256 minHolding, uint64 flowbackUntil, uint32 initialLockup, uint8 lockupReason, bool forceFullTransfer)
func (assetToken *AssetToken) UnpackExtendedRulesSetEvent(log *types.Log) (*AssetTokenExtendedRulesSet, error) {
	event := "ExtendedRulesSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenExtendedRulesSet)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenForcedTransfer represents a ForcedTransfer event raised by the AssetToken contract.
type AssetTokenForcedTransfer struct {
	From   common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const AssetTokenForcedTransferEventName = "ForcedTransfer"

// ContractEventName returns the user-defined event name.
func (AssetTokenForcedTransfer) ContractEventName() string {
	return AssetTokenForcedTransferEventName
}

// UnpackForcedTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ForcedTransfer(address indexed from, address indexed to, uint256 amount)
func (assetToken *AssetToken) UnpackForcedTransferEvent(log *types.Log) (*AssetTokenForcedTransfer, error) {
	event := "ForcedTransfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenForcedTransfer)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenFrozen represents a Frozen event raised by the AssetToken contract.
type AssetTokenFrozen struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenFrozenEventName = "Frozen"

// ContractEventName returns the user-defined event name.
func (AssetTokenFrozen) ContractEventName() string {
	return AssetTokenFrozenEventName
}

// UnpackFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Frozen(address indexed account, uint256 amount)
func (assetToken *AssetToken) UnpackFrozenEvent(log *types.Log) (*AssetTokenFrozen, error) {
	event := "Frozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenFrozen)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenIdentityRegistryAdded represents a IdentityRegistryAdded event raised by the AssetToken contract.
type AssetTokenIdentityRegistryAdded struct {
	IdentityRegistry common.Address
	Raw              *types.Log // Blockchain specific contextual infos
}

const AssetTokenIdentityRegistryAddedEventName = "IdentityRegistryAdded"

// ContractEventName returns the user-defined event name.
func (AssetTokenIdentityRegistryAdded) ContractEventName() string {
	return AssetTokenIdentityRegistryAddedEventName
}

// UnpackIdentityRegistryAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IdentityRegistryAdded(address indexed identityRegistry)
func (assetToken *AssetToken) UnpackIdentityRegistryAddedEvent(log *types.Log) (*AssetTokenIdentityRegistryAdded, error) {
	event := "IdentityRegistryAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenIdentityRegistryAdded)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenInitialized represents a Initialized event raised by the AssetToken contract.
type AssetTokenInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (AssetTokenInitialized) ContractEventName() string {
	return AssetTokenInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (assetToken *AssetToken) UnpackInitializedEvent(log *types.Log) (*AssetTokenInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenInitialized)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenInvestorCountingOn represents a InvestorCountingOn event raised by the AssetToken contract.
type AssetTokenInvestorCountingOn struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const AssetTokenInvestorCountingOnEventName = "InvestorCountingOn"

// ContractEventName returns the user-defined event name.
func (AssetTokenInvestorCountingOn) ContractEventName() string {
	return AssetTokenInvestorCountingOnEventName
}

// UnpackInvestorCountingOnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InvestorCountingOn()
func (assetToken *AssetToken) UnpackInvestorCountingOnEvent(log *types.Log) (*AssetTokenInvestorCountingOn, error) {
	event := "InvestorCountingOn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenInvestorCountingOn)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenInvestorRecounted represents a InvestorRecounted event raised by the AssetToken contract.
type AssetTokenInvestorRecounted struct {
	Anchor         common.Address
	FromCountry    uint16
	FromCategories uint8
	ToCountry      uint16
	ToCategories   uint8
	Raw            *types.Log // Blockchain specific contextual infos
}

const AssetTokenInvestorRecountedEventName = "InvestorRecounted"

// ContractEventName returns the user-defined event name.
func (AssetTokenInvestorRecounted) ContractEventName() string {
	return AssetTokenInvestorRecountedEventName
}

// UnpackInvestorRecountedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InvestorRecounted(address indexed anchor, uint16 fromCountry, uint8 fromCategories, uint16 toCountry, uint8 toCategories)
func (assetToken *AssetToken) UnpackInvestorRecountedEvent(log *types.Log) (*AssetTokenInvestorRecounted, error) {
	event := "InvestorRecounted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenInvestorRecounted)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenIssued represents a Issued event raised by the AssetToken contract.
type AssetTokenIssued struct {
	RequestId [32]byte
	To        common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const AssetTokenIssuedEventName = "Issued"

// ContractEventName returns the user-defined event name.
func (AssetTokenIssued) ContractEventName() string {
	return AssetTokenIssuedEventName
}

// UnpackIssuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Issued(bytes32 indexed requestId, address indexed to, uint256 amount)
func (assetToken *AssetToken) UnpackIssuedEvent(log *types.Log) (*AssetTokenIssued, error) {
	event := "Issued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenIssued)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenLiquidateOnlySet represents a LiquidateOnlySet event raised by the AssetToken contract.
type AssetTokenLiquidateOnlySet struct {
	Wallet     common.Address
	InvestorId [32]byte
	On         bool
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetTokenLiquidateOnlySetEventName = "LiquidateOnlySet"

// ContractEventName returns the user-defined event name.
func (AssetTokenLiquidateOnlySet) ContractEventName() string {
	return AssetTokenLiquidateOnlySetEventName
}

// UnpackLiquidateOnlySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LiquidateOnlySet(address indexed wallet, bytes32 indexed investorId, bool on)
func (assetToken *AssetToken) UnpackLiquidateOnlySetEvent(log *types.Log) (*AssetTokenLiquidateOnlySet, error) {
	event := "LiquidateOnlySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenLiquidateOnlySet)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenLockAdded represents a LockAdded event raised by the AssetToken contract.
type AssetTokenLockAdded struct {
	Account common.Address
	Amount  *big.Int
	Start   uint64
	Cliff   uint64
	End     uint64
	Reason  uint8
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenLockAddedEventName = "LockAdded"

// ContractEventName returns the user-defined event name.
func (AssetTokenLockAdded) ContractEventName() string {
	return AssetTokenLockAddedEventName
}

// UnpackLockAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LockAdded(address indexed account, uint256 amount, uint64 start, uint64 cliff, uint64 end, uint8 indexed reason)
func (assetToken *AssetToken) UnpackLockAddedEvent(log *types.Log) (*AssetTokenLockAdded, error) {
	event := "LockAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenLockAdded)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenLockRemoved represents a LockRemoved event raised by the AssetToken contract.
type AssetTokenLockRemoved struct {
	Account common.Address
	Index   *big.Int
	Amount  *big.Int
	Reason  uint8
	Agent   common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenLockRemovedEventName = "LockRemoved"

// ContractEventName returns the user-defined event name.
func (AssetTokenLockRemoved) ContractEventName() string {
	return AssetTokenLockRemovedEventName
}

// UnpackLockRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LockRemoved(address indexed account, uint256 index, uint256 amount, uint8 indexed reason, address indexed agent)
func (assetToken *AssetToken) UnpackLockRemovedEvent(log *types.Log) (*AssetTokenLockRemoved, error) {
	event := "LockRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenLockRemoved)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenLockedUp represents a LockedUp event raised by the AssetToken contract.
type AssetTokenLockedUp struct {
	Account     common.Address
	Amount      *big.Int
	LockedUntil uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const AssetTokenLockedUpEventName = "LockedUp"

// ContractEventName returns the user-defined event name.
func (AssetTokenLockedUp) ContractEventName() string {
	return AssetTokenLockedUpEventName
}

// UnpackLockedUpEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LockedUp(address indexed account, uint256 amount, uint64 lockedUntil)
func (assetToken *AssetToken) UnpackLockedUpEvent(log *types.Log) (*AssetTokenLockedUp, error) {
	event := "LockedUp"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenLockedUp)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenMaxBalanceSet represents a MaxBalanceSet event raised by the AssetToken contract.
type AssetTokenMaxBalanceSet struct {
	MaxBalance *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetTokenMaxBalanceSetEventName = "MaxBalanceSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenMaxBalanceSet) ContractEventName() string {
	return AssetTokenMaxBalanceSetEventName
}

// UnpackMaxBalanceSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxBalanceSet(uint256 maxBalance)
func (assetToken *AssetToken) UnpackMaxBalanceSetEvent(log *types.Log) (*AssetTokenMaxBalanceSet, error) {
	event := "MaxBalanceSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenMaxBalanceSet)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenMaxCountryShareSet represents a MaxCountryShareSet event raised by the AssetToken contract.
type AssetTokenMaxCountryShareSet struct {
	Bps uint16
	Raw *types.Log // Blockchain specific contextual infos
}

const AssetTokenMaxCountryShareSetEventName = "MaxCountryShareSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenMaxCountryShareSet) ContractEventName() string {
	return AssetTokenMaxCountryShareSetEventName
}

// UnpackMaxCountryShareSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxCountryShareSet(uint16 bps)
func (assetToken *AssetToken) UnpackMaxCountryShareSetEvent(log *types.Log) (*AssetTokenMaxCountryShareSet, error) {
	event := "MaxCountryShareSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenMaxCountryShareSet)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenMaxInvestorsSet represents a MaxInvestorsSet event raised by the AssetToken contract.
type AssetTokenMaxInvestorsSet struct {
	MaxInvestors *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const AssetTokenMaxInvestorsSetEventName = "MaxInvestorsSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenMaxInvestorsSet) ContractEventName() string {
	return AssetTokenMaxInvestorsSetEventName
}

// UnpackMaxInvestorsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxInvestorsSet(uint256 maxInvestors)
func (assetToken *AssetToken) UnpackMaxInvestorsSetEvent(log *types.Log) (*AssetTokenMaxInvestorsSet, error) {
	event := "MaxInvestorsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenMaxInvestorsSet)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenPaused represents a Paused event raised by the AssetToken contract.
type AssetTokenPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (AssetTokenPaused) ContractEventName() string {
	return AssetTokenPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (assetToken *AssetToken) UnpackPausedEvent(log *types.Log) (*AssetTokenPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenPaused)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenRecoverySuccess represents a RecoverySuccess event raised by the AssetToken contract.
type AssetTokenRecoverySuccess struct {
	LostWallet common.Address
	NewWallet  common.Address
	InvestorId [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetTokenRecoverySuccessEventName = "RecoverySuccess"

// ContractEventName returns the user-defined event name.
func (AssetTokenRecoverySuccess) ContractEventName() string {
	return AssetTokenRecoverySuccessEventName
}

// UnpackRecoverySuccessEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RecoverySuccess(address indexed lostWallet, address indexed newWallet, bytes32 indexed investorId)
func (assetToken *AssetToken) UnpackRecoverySuccessEvent(log *types.Log) (*AssetTokenRecoverySuccess, error) {
	event := "RecoverySuccess"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenRecoverySuccess)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenRedeemed represents a Redeemed event raised by the AssetToken contract.
type AssetTokenRedeemed struct {
	RequestId [32]byte
	From      common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const AssetTokenRedeemedEventName = "Redeemed"

// ContractEventName returns the user-defined event name.
func (AssetTokenRedeemed) ContractEventName() string {
	return AssetTokenRedeemedEventName
}

// UnpackRedeemedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Redeemed(bytes32 indexed requestId, address indexed from, uint256 amount)
func (assetToken *AssetToken) UnpackRedeemedEvent(log *types.Log) (*AssetTokenRedeemed, error) {
	event := "Redeemed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenRedeemed)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenRequiredFlagsSet represents a RequiredFlagsSet event raised by the AssetToken contract.
type AssetTokenRequiredFlagsSet struct {
	Flags uint8
	Raw   *types.Log // Blockchain specific contextual infos
}

const AssetTokenRequiredFlagsSetEventName = "RequiredFlagsSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenRequiredFlagsSet) ContractEventName() string {
	return AssetTokenRequiredFlagsSetEventName
}

// UnpackRequiredFlagsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequiredFlagsSet(uint8 flags)
func (assetToken *AssetToken) UnpackRequiredFlagsSetEvent(log *types.Log) (*AssetTokenRequiredFlagsSet, error) {
	event := "RequiredFlagsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenRequiredFlagsSet)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenReserveGuardSet represents a ReserveGuardSet event raised by the AssetToken contract.
type AssetTokenReserveGuardSet struct {
	Feed       common.Address
	MaxAge     uint64
	MarginMode uint8
	Margin     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetTokenReserveGuardSetEventName = "ReserveGuardSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenReserveGuardSet) ContractEventName() string {
	return AssetTokenReserveGuardSetEventName
}

// UnpackReserveGuardSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveGuardSet(address indexed feed, uint64 maxAge, uint8 marginMode, uint256 margin)
func (assetToken *AssetToken) UnpackReserveGuardSetEvent(log *types.Log) (*AssetTokenReserveGuardSet, error) {
	event := "ReserveGuardSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenReserveGuardSet)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenRoleAdminChanged represents a RoleAdminChanged event raised by the AssetToken contract.
type AssetTokenRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const AssetTokenRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (AssetTokenRoleAdminChanged) ContractEventName() string {
	return AssetTokenRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (assetToken *AssetToken) UnpackRoleAdminChangedEvent(log *types.Log) (*AssetTokenRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenRoleGranted represents a RoleGranted event raised by the AssetToken contract.
type AssetTokenRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (AssetTokenRoleGranted) ContractEventName() string {
	return AssetTokenRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (assetToken *AssetToken) UnpackRoleGrantedEvent(log *types.Log) (*AssetTokenRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenRoleGranted)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenRoleRevoked represents a RoleRevoked event raised by the AssetToken contract.
type AssetTokenRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (AssetTokenRoleRevoked) ContractEventName() string {
	return AssetTokenRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (assetToken *AssetToken) UnpackRoleRevokedEvent(log *types.Log) (*AssetTokenRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenRoleRevoked)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenSupplyCapSet represents a SupplyCapSet event raised by the AssetToken contract.
type AssetTokenSupplyCapSet struct {
	Cap *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const AssetTokenSupplyCapSetEventName = "SupplyCapSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenSupplyCapSet) ContractEventName() string {
	return AssetTokenSupplyCapSetEventName
}

// UnpackSupplyCapSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SupplyCapSet(uint256 cap)
func (assetToken *AssetToken) UnpackSupplyCapSetEvent(log *types.Log) (*AssetTokenSupplyCapSet, error) {
	event := "SupplyCapSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenSupplyCapSet)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenTokenBound represents a TokenBound event raised by the AssetToken contract.
type AssetTokenTokenBound struct {
	Token common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const AssetTokenTokenBoundEventName = "TokenBound"

// ContractEventName returns the user-defined event name.
func (AssetTokenTokenBound) ContractEventName() string {
	return AssetTokenTokenBoundEventName
}

// UnpackTokenBoundEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenBound(address token)
func (assetToken *AssetToken) UnpackTokenBoundEvent(log *types.Log) (*AssetTokenTokenBound, error) {
	event := "TokenBound"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenTokenBound)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenTokensFrozen represents a TokensFrozen event raised by the AssetToken contract.
type AssetTokenTokensFrozen struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenTokensFrozenEventName = "TokensFrozen"

// ContractEventName returns the user-defined event name.
func (AssetTokenTokensFrozen) ContractEventName() string {
	return AssetTokenTokensFrozenEventName
}

// UnpackTokensFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokensFrozen(address indexed account, uint256 amount)
func (assetToken *AssetToken) UnpackTokensFrozenEvent(log *types.Log) (*AssetTokenTokensFrozen, error) {
	event := "TokensFrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenTokensFrozen)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenTokensUnfrozen represents a TokensUnfrozen event raised by the AssetToken contract.
type AssetTokenTokensUnfrozen struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenTokensUnfrozenEventName = "TokensUnfrozen"

// ContractEventName returns the user-defined event name.
func (AssetTokenTokensUnfrozen) ContractEventName() string {
	return AssetTokenTokensUnfrozenEventName
}

// UnpackTokensUnfrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokensUnfrozen(address indexed account, uint256 amount)
func (assetToken *AssetToken) UnpackTokensUnfrozenEvent(log *types.Log) (*AssetTokenTokensUnfrozen, error) {
	event := "TokensUnfrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenTokensUnfrozen)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenTransfer represents a Transfer event raised by the AssetToken contract.
type AssetTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const AssetTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (AssetTokenTransfer) ContractEventName() string {
	return AssetTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (assetToken *AssetToken) UnpackTransferEvent(log *types.Log) (*AssetTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenTransfer)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenTransferLimitsSet represents a TransferLimitsSet event raised by the AssetToken contract.
type AssetTokenTransferLimitsSet struct {
	Periods []uint32
	Limits  []*big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenTransferLimitsSetEventName = "TransferLimitsSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenTransferLimitsSet) ContractEventName() string {
	return AssetTokenTransferLimitsSetEventName
}

// UnpackTransferLimitsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferLimitsSet(uint32[] periods, uint256[] limits)
func (assetToken *AssetToken) UnpackTransferLimitsSetEvent(log *types.Log) (*AssetTokenTransferLimitsSet, error) {
	event := "TransferLimitsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenTransferLimitsSet)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenUnpaused represents a Unpaused event raised by the AssetToken contract.
type AssetTokenUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (AssetTokenUnpaused) ContractEventName() string {
	return AssetTokenUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (assetToken *AssetToken) UnpackUnpausedEvent(log *types.Log) (*AssetTokenUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUnpaused)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenUpdatedTokenInformation represents a UpdatedTokenInformation event raised by the AssetToken contract.
type AssetTokenUpdatedTokenInformation struct {
	NewName      common.Hash
	NewSymbol    common.Hash
	NewDecimals  uint8
	NewVersion   string
	NewOnchainID common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const AssetTokenUpdatedTokenInformationEventName = "UpdatedTokenInformation"

// ContractEventName returns the user-defined event name.
func (AssetTokenUpdatedTokenInformation) ContractEventName() string {
	return AssetTokenUpdatedTokenInformationEventName
}

// UnpackUpdatedTokenInformationEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UpdatedTokenInformation(string indexed newName, string indexed newSymbol, uint8 newDecimals, string newVersion, address indexed newOnchainID)
func (assetToken *AssetToken) UnpackUpdatedTokenInformationEvent(log *types.Log) (*AssetTokenUpdatedTokenInformation, error) {
	event := "UpdatedTokenInformation"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUpdatedTokenInformation)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenUpgraded represents a Upgraded event raised by the AssetToken contract.
type AssetTokenUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const AssetTokenUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (AssetTokenUpgraded) ContractEventName() string {
	return AssetTokenUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (assetToken *AssetToken) UnpackUpgradedEvent(log *types.Log) (*AssetTokenUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenUpgraded)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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

// AssetTokenValuationGuardSet represents a ValuationGuardSet event raised by the AssetToken contract.
type AssetTokenValuationGuardSet struct {
	Feed   common.Address
	MaxAge uint64
	Raw    *types.Log // Blockchain specific contextual infos
}

const AssetTokenValuationGuardSetEventName = "ValuationGuardSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenValuationGuardSet) ContractEventName() string {
	return AssetTokenValuationGuardSetEventName
}

// UnpackValuationGuardSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValuationGuardSet(address indexed feed, uint64 maxAge)
func (assetToken *AssetToken) UnpackValuationGuardSetEvent(log *types.Log) (*AssetTokenValuationGuardSet, error) {
	event := "ValuationGuardSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenValuationGuardSet)
	if len(log.Data) > 0 {
		if err := assetToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetToken.abi.Events[event].Inputs {
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
func (assetToken *AssetToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], assetToken.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return assetToken.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return assetToken.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return assetToken.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["CountingOff"].ID.Bytes()[:4]) {
		return assetToken.UnpackCountingOffError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["DeedNotHeld"].ID.Bytes()[:4]) {
		return assetToken.UnpackDeedNotHeldError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["DocumentNotFound"].ID.Bytes()[:4]) {
		return assetToken.UnpackDocumentNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return assetToken.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return assetToken.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return assetToken.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return assetToken.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return assetToken.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return assetToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return assetToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return assetToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return assetToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return assetToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return assetToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return assetToken.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return assetToken.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["ERC7943InsufficientUnfrozenBalance"].ID.Bytes()[:4]) {
		return assetToken.UnpackERC7943InsufficientUnfrozenBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["EmptyTokenInformation"].ID.Bytes()[:4]) {
		return assetToken.UnpackEmptyTokenInformationError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return assetToken.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["FractionsOutstanding"].ID.Bytes()[:4]) {
		return assetToken.UnpackFractionsOutstandingError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["FreezeExceedsBalance"].ID.Bytes()[:4]) {
		return assetToken.UnpackFreezeExceedsBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return assetToken.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["InvalidAmount"].ID.Bytes()[:4]) {
		return assetToken.UnpackInvalidAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["InvalidDocument"].ID.Bytes()[:4]) {
		return assetToken.UnpackInvalidDocumentError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return assetToken.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["InvalidLock"].ID.Bytes()[:4]) {
		return assetToken.UnpackInvalidLockError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["InvalidLockup"].ID.Bytes()[:4]) {
		return assetToken.UnpackInvalidLockupError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["InvalidRegistry"].ID.Bytes()[:4]) {
		return assetToken.UnpackInvalidRegistryError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["InvalidRequestId"].ID.Bytes()[:4]) {
		return assetToken.UnpackInvalidRequestIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["InvalidReserveGuard"].ID.Bytes()[:4]) {
		return assetToken.UnpackInvalidReserveGuardError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["InvalidSupplyCap"].ID.Bytes()[:4]) {
		return assetToken.UnpackInvalidSupplyCapError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["InvalidTransferLimit"].ID.Bytes()[:4]) {
		return assetToken.UnpackInvalidTransferLimitError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["InvalidUpgrader"].ID.Bytes()[:4]) {
		return assetToken.UnpackInvalidUpgraderError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return assetToken.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["LockExceedsBalance"].ID.Bytes()[:4]) {
		return assetToken.UnpackLockExceedsBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["NoDeed"].ID.Bytes()[:4]) {
		return assetToken.UnpackNoDeedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["NoSuchLock"].ID.Bytes()[:4]) {
		return assetToken.UnpackNoSuchLockError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return assetToken.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["NotSupported"].ID.Bytes()[:4]) {
		return assetToken.UnpackNotSupportedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["NothingToRecover"].ID.Bytes()[:4]) {
		return assetToken.UnpackNothingToRecoverError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["RecoveryInvestorMismatch"].ID.Bytes()[:4]) {
		return assetToken.UnpackRecoveryInvestorMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["RegistryMismatch"].ID.Bytes()[:4]) {
		return assetToken.UnpackRegistryMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["RequestAlreadyProcessed"].ID.Bytes()[:4]) {
		return assetToken.UnpackRequestAlreadyProcessedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["SameWallet"].ID.Bytes()[:4]) {
		return assetToken.UnpackSameWalletError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["SupplyCapAlreadySet"].ID.Bytes()[:4]) {
		return assetToken.UnpackSupplyCapAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["SupplyCapExceeded"].ID.Bytes()[:4]) {
		return assetToken.UnpackSupplyCapExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["SupplyOverflow"].ID.Bytes()[:4]) {
		return assetToken.UnpackSupplyOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["TooManyLocks"].ID.Bytes()[:4]) {
		return assetToken.UnpackTooManyLocksError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["TooManyWindows"].ID.Bytes()[:4]) {
		return assetToken.UnpackTooManyWindowsError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["TransferRestricted"].ID.Bytes()[:4]) {
		return assetToken.UnpackTransferRestrictedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return assetToken.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return assetToken.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["UnexpectedDeed"].ID.Bytes()[:4]) {
		return assetToken.UnpackUnexpectedDeedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["UnfreezeExceedsFrozen"].ID.Bytes()[:4]) {
		return assetToken.UnpackUnfreezeExceedsFrozenError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AssetTokenAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the AssetToken contract.
type AssetTokenAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func AssetTokenAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (assetToken *AssetToken) UnpackAccessControlBadConfirmationError(raw []byte) (*AssetTokenAccessControlBadConfirmation, error) {
	out := new(AssetTokenAccessControlBadConfirmation)
	if err := assetToken.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the AssetToken contract.
type AssetTokenAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func AssetTokenAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (assetToken *AssetToken) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*AssetTokenAccessControlUnauthorizedAccount, error) {
	out := new(AssetTokenAccessControlUnauthorizedAccount)
	if err := assetToken.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenAddressEmptyCode represents a AddressEmptyCode error raised by the AssetToken contract.
type AssetTokenAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func AssetTokenAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (assetToken *AssetToken) UnpackAddressEmptyCodeError(raw []byte) (*AssetTokenAddressEmptyCode, error) {
	out := new(AssetTokenAddressEmptyCode)
	if err := assetToken.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenCountingOff represents a CountingOff error raised by the AssetToken contract.
type AssetTokenCountingOff struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CountingOff()
func AssetTokenCountingOffErrorID() common.Hash {
	return common.HexToHash("0xd5178e9715674baea0f3e9650955d3a80d73ca91bb03478349d07c9800211d97")
}

// UnpackCountingOffError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CountingOff()
func (assetToken *AssetToken) UnpackCountingOffError(raw []byte) (*AssetTokenCountingOff, error) {
	out := new(AssetTokenCountingOff)
	if err := assetToken.abi.UnpackIntoInterface(out, "CountingOff", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenDeedNotHeld represents a DeedNotHeld error raised by the AssetToken contract.
type AssetTokenDeedNotHeld struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeedNotHeld()
func AssetTokenDeedNotHeldErrorID() common.Hash {
	return common.HexToHash("0x5dbdcfb1572c3e4526689cbf7654f951f30c6f3d14926d691a6a1a53a0a845b7")
}

// UnpackDeedNotHeldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeedNotHeld()
func (assetToken *AssetToken) UnpackDeedNotHeldError(raw []byte) (*AssetTokenDeedNotHeld, error) {
	out := new(AssetTokenDeedNotHeld)
	if err := assetToken.abi.UnpackIntoInterface(out, "DeedNotHeld", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenDocumentNotFound represents a DocumentNotFound error raised by the AssetToken contract.
type AssetTokenDocumentNotFound struct {
	Name [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DocumentNotFound(bytes32 name)
func AssetTokenDocumentNotFoundErrorID() common.Hash {
	return common.HexToHash("0xecdcdca50f5ee48df02cf9f9fe8cd6afeb1edb79bd6ffe286910c624e3653a08")
}

// UnpackDocumentNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DocumentNotFound(bytes32 name)
func (assetToken *AssetToken) UnpackDocumentNotFoundError(raw []byte) (*AssetTokenDocumentNotFound, error) {
	out := new(AssetTokenDocumentNotFound)
	if err := assetToken.abi.UnpackIntoInterface(out, "DocumentNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the AssetToken contract.
type AssetTokenECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func AssetTokenECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (assetToken *AssetToken) UnpackECDSAInvalidSignatureError(raw []byte) (*AssetTokenECDSAInvalidSignature, error) {
	out := new(AssetTokenECDSAInvalidSignature)
	if err := assetToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the AssetToken contract.
type AssetTokenECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func AssetTokenECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (assetToken *AssetToken) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*AssetTokenECDSAInvalidSignatureLength, error) {
	out := new(AssetTokenECDSAInvalidSignatureLength)
	if err := assetToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the AssetToken contract.
type AssetTokenECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func AssetTokenECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (assetToken *AssetToken) UnpackECDSAInvalidSignatureSError(raw []byte) (*AssetTokenECDSAInvalidSignatureS, error) {
	out := new(AssetTokenECDSAInvalidSignatureS)
	if err := assetToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the AssetToken contract.
type AssetTokenERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func AssetTokenERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (assetToken *AssetToken) UnpackERC1967InvalidImplementationError(raw []byte) (*AssetTokenERC1967InvalidImplementation, error) {
	out := new(AssetTokenERC1967InvalidImplementation)
	if err := assetToken.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenERC1967NonPayable represents a ERC1967NonPayable error raised by the AssetToken contract.
type AssetTokenERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func AssetTokenERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (assetToken *AssetToken) UnpackERC1967NonPayableError(raw []byte) (*AssetTokenERC1967NonPayable, error) {
	out := new(AssetTokenERC1967NonPayable)
	if err := assetToken.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the AssetToken contract.
type AssetTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func AssetTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (assetToken *AssetToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*AssetTokenERC20InsufficientAllowance, error) {
	out := new(AssetTokenERC20InsufficientAllowance)
	if err := assetToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the AssetToken contract.
type AssetTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func AssetTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (assetToken *AssetToken) UnpackERC20InsufficientBalanceError(raw []byte) (*AssetTokenERC20InsufficientBalance, error) {
	out := new(AssetTokenERC20InsufficientBalance)
	if err := assetToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the AssetToken contract.
type AssetTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func AssetTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (assetToken *AssetToken) UnpackERC20InvalidApproverError(raw []byte) (*AssetTokenERC20InvalidApprover, error) {
	out := new(AssetTokenERC20InvalidApprover)
	if err := assetToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the AssetToken contract.
type AssetTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func AssetTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (assetToken *AssetToken) UnpackERC20InvalidReceiverError(raw []byte) (*AssetTokenERC20InvalidReceiver, error) {
	out := new(AssetTokenERC20InvalidReceiver)
	if err := assetToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the AssetToken contract.
type AssetTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func AssetTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (assetToken *AssetToken) UnpackERC20InvalidSenderError(raw []byte) (*AssetTokenERC20InvalidSender, error) {
	out := new(AssetTokenERC20InvalidSender)
	if err := assetToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the AssetToken contract.
type AssetTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func AssetTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (assetToken *AssetToken) UnpackERC20InvalidSpenderError(raw []byte) (*AssetTokenERC20InvalidSpender, error) {
	out := new(AssetTokenERC20InvalidSpender)
	if err := assetToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the AssetToken contract.
type AssetTokenERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func AssetTokenERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (assetToken *AssetToken) UnpackERC2612ExpiredSignatureError(raw []byte) (*AssetTokenERC2612ExpiredSignature, error) {
	out := new(AssetTokenERC2612ExpiredSignature)
	if err := assetToken.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the AssetToken contract.
type AssetTokenERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func AssetTokenERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (assetToken *AssetToken) UnpackERC2612InvalidSignerError(raw []byte) (*AssetTokenERC2612InvalidSigner, error) {
	out := new(AssetTokenERC2612InvalidSigner)
	if err := assetToken.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenERC7943InsufficientUnfrozenBalance represents a ERC7943InsufficientUnfrozenBalance error raised by the AssetToken contract.
type AssetTokenERC7943InsufficientUnfrozenBalance struct {
	Account  common.Address
	Amount   *big.Int
	Unfrozen *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC7943InsufficientUnfrozenBalance(address account, uint256 amount, uint256 unfrozen)
func AssetTokenERC7943InsufficientUnfrozenBalanceErrorID() common.Hash {
	return common.HexToHash("0x00384e71f9ee67e5b3db3a408056d2dd6ab6178ba0c4f873853601e1f83f4b8a")
}

// UnpackERC7943InsufficientUnfrozenBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC7943InsufficientUnfrozenBalance(address account, uint256 amount, uint256 unfrozen)
func (assetToken *AssetToken) UnpackERC7943InsufficientUnfrozenBalanceError(raw []byte) (*AssetTokenERC7943InsufficientUnfrozenBalance, error) {
	out := new(AssetTokenERC7943InsufficientUnfrozenBalance)
	if err := assetToken.abi.UnpackIntoInterface(out, "ERC7943InsufficientUnfrozenBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenEmptyTokenInformation represents a EmptyTokenInformation error raised by the AssetToken contract.
type AssetTokenEmptyTokenInformation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyTokenInformation()
func AssetTokenEmptyTokenInformationErrorID() common.Hash {
	return common.HexToHash("0x9348a10f4ac42d62229806ecd6ca2bb414cdf4e6c2c1a4313d1b8a8c5bd767fd")
}

// UnpackEmptyTokenInformationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyTokenInformation()
func (assetToken *AssetToken) UnpackEmptyTokenInformationError(raw []byte) (*AssetTokenEmptyTokenInformation, error) {
	out := new(AssetTokenEmptyTokenInformation)
	if err := assetToken.abi.UnpackIntoInterface(out, "EmptyTokenInformation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenFailedCall represents a FailedCall error raised by the AssetToken contract.
type AssetTokenFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func AssetTokenFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (assetToken *AssetToken) UnpackFailedCallError(raw []byte) (*AssetTokenFailedCall, error) {
	out := new(AssetTokenFailedCall)
	if err := assetToken.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenFractionsOutstanding represents a FractionsOutstanding error raised by the AssetToken contract.
type AssetTokenFractionsOutstanding struct {
	Supply *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FractionsOutstanding(uint256 supply)
func AssetTokenFractionsOutstandingErrorID() common.Hash {
	return common.HexToHash("0x66ee5da8b8dfb8a10ae6799946557ee0612c7fae91be16363e84a5443c579eb9")
}

// UnpackFractionsOutstandingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FractionsOutstanding(uint256 supply)
func (assetToken *AssetToken) UnpackFractionsOutstandingError(raw []byte) (*AssetTokenFractionsOutstanding, error) {
	out := new(AssetTokenFractionsOutstanding)
	if err := assetToken.abi.UnpackIntoInterface(out, "FractionsOutstanding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenFreezeExceedsBalance represents a FreezeExceedsBalance error raised by the AssetToken contract.
type AssetTokenFreezeExceedsBalance struct {
	Account common.Address
	Frozen  *big.Int
	Balance *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FreezeExceedsBalance(address account, uint256 frozen, uint256 balance)
func AssetTokenFreezeExceedsBalanceErrorID() common.Hash {
	return common.HexToHash("0xf0d8212b2d0385e9c494f5ac843aa07904b262ce1f11d044286ed9e6f7d8de19")
}

// UnpackFreezeExceedsBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FreezeExceedsBalance(address account, uint256 frozen, uint256 balance)
func (assetToken *AssetToken) UnpackFreezeExceedsBalanceError(raw []byte) (*AssetTokenFreezeExceedsBalance, error) {
	out := new(AssetTokenFreezeExceedsBalance)
	if err := assetToken.abi.UnpackIntoInterface(out, "FreezeExceedsBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenInvalidAccountNonce represents a InvalidAccountNonce error raised by the AssetToken contract.
type AssetTokenInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func AssetTokenInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (assetToken *AssetToken) UnpackInvalidAccountNonceError(raw []byte) (*AssetTokenInvalidAccountNonce, error) {
	out := new(AssetTokenInvalidAccountNonce)
	if err := assetToken.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenInvalidAmount represents a InvalidAmount error raised by the AssetToken contract.
type AssetTokenInvalidAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAmount()
func AssetTokenInvalidAmountErrorID() common.Hash {
	return common.HexToHash("0x2c5211c6cb73b16841677a034781e8336d18ce66df858e54153c86854e11f7b8")
}

// UnpackInvalidAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAmount()
func (assetToken *AssetToken) UnpackInvalidAmountError(raw []byte) (*AssetTokenInvalidAmount, error) {
	out := new(AssetTokenInvalidAmount)
	if err := assetToken.abi.UnpackIntoInterface(out, "InvalidAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenInvalidDocument represents a InvalidDocument error raised by the AssetToken contract.
type AssetTokenInvalidDocument struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDocument()
func AssetTokenInvalidDocumentErrorID() common.Hash {
	return common.HexToHash("0x2c4639c6076f612c21b1e071c0f96de4b3e57b8d35d6e9013086a23bdcc48aef")
}

// UnpackInvalidDocumentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDocument()
func (assetToken *AssetToken) UnpackInvalidDocumentError(raw []byte) (*AssetTokenInvalidDocument, error) {
	out := new(AssetTokenInvalidDocument)
	if err := assetToken.abi.UnpackIntoInterface(out, "InvalidDocument", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenInvalidInitialization represents a InvalidInitialization error raised by the AssetToken contract.
type AssetTokenInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func AssetTokenInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (assetToken *AssetToken) UnpackInvalidInitializationError(raw []byte) (*AssetTokenInvalidInitialization, error) {
	out := new(AssetTokenInvalidInitialization)
	if err := assetToken.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenInvalidLock represents a InvalidLock error raised by the AssetToken contract.
type AssetTokenInvalidLock struct {
	Amount *big.Int
	Start  uint64
	Cliff  uint64
	End    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidLock(uint256 amount, uint64 start, uint64 cliff, uint64 end)
func AssetTokenInvalidLockErrorID() common.Hash {
	return common.HexToHash("0x11402dd1b3368bf7f94b8b521f69e74b4a6b37b11cc174f52463bfd55e758958")
}

// UnpackInvalidLockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidLock(uint256 amount, uint64 start, uint64 cliff, uint64 end)
func (assetToken *AssetToken) UnpackInvalidLockError(raw []byte) (*AssetTokenInvalidLock, error) {
	out := new(AssetTokenInvalidLock)
	if err := assetToken.abi.UnpackIntoInterface(out, "InvalidLock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenInvalidLockup represents a InvalidLockup error raised by the AssetToken contract.
type AssetTokenInvalidLockup struct {
	LockedUntil uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidLockup(uint64 lockedUntil)
func AssetTokenInvalidLockupErrorID() common.Hash {
	return common.HexToHash("0xf65609c5c052cc5369637f891b070f65e7d89faf48f129c3468a3c3a01ff5de4")
}

// UnpackInvalidLockupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidLockup(uint64 lockedUntil)
func (assetToken *AssetToken) UnpackInvalidLockupError(raw []byte) (*AssetTokenInvalidLockup, error) {
	out := new(AssetTokenInvalidLockup)
	if err := assetToken.abi.UnpackIntoInterface(out, "InvalidLockup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenInvalidRegistry represents a InvalidRegistry error raised by the AssetToken contract.
type AssetTokenInvalidRegistry struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRegistry()
func AssetTokenInvalidRegistryErrorID() common.Hash {
	return common.HexToHash("0x11a1e697a1c85975448db6646a7687242f7872b0e576fef10a19373ad31e3e4d")
}

// UnpackInvalidRegistryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRegistry()
func (assetToken *AssetToken) UnpackInvalidRegistryError(raw []byte) (*AssetTokenInvalidRegistry, error) {
	out := new(AssetTokenInvalidRegistry)
	if err := assetToken.abi.UnpackIntoInterface(out, "InvalidRegistry", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenInvalidRequestId represents a InvalidRequestId error raised by the AssetToken contract.
type AssetTokenInvalidRequestId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRequestId()
func AssetTokenInvalidRequestIdErrorID() common.Hash {
	return common.HexToHash("0xba0514c0d5ec80c22a6ebd3f2e6691e2f9ad3d1402978084361a7537d8546138")
}

// UnpackInvalidRequestIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRequestId()
func (assetToken *AssetToken) UnpackInvalidRequestIdError(raw []byte) (*AssetTokenInvalidRequestId, error) {
	out := new(AssetTokenInvalidRequestId)
	if err := assetToken.abi.UnpackIntoInterface(out, "InvalidRequestId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenInvalidReserveGuard represents a InvalidReserveGuard error raised by the AssetToken contract.
type AssetTokenInvalidReserveGuard struct {
	Feed       common.Address
	MaxAge     uint64
	MarginMode uint8
	Margin     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidReserveGuard(address feed, uint64 maxAge, uint8 marginMode, uint256 margin)
func AssetTokenInvalidReserveGuardErrorID() common.Hash {
	return common.HexToHash("0x8cb6bfeb92c4d574477c0ae2748274a758d159495c5991399be4a97d3bffd23c")
}

// UnpackInvalidReserveGuardError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidReserveGuard(address feed, uint64 maxAge, uint8 marginMode, uint256 margin)
func (assetToken *AssetToken) UnpackInvalidReserveGuardError(raw []byte) (*AssetTokenInvalidReserveGuard, error) {
	out := new(AssetTokenInvalidReserveGuard)
	if err := assetToken.abi.UnpackIntoInterface(out, "InvalidReserveGuard", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenInvalidSupplyCap represents a InvalidSupplyCap error raised by the AssetToken contract.
type AssetTokenInvalidSupplyCap struct {
	Cap    *big.Int
	Supply *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSupplyCap(uint256 cap, uint256 supply)
func AssetTokenInvalidSupplyCapErrorID() common.Hash {
	return common.HexToHash("0x0a3780ce0a3a11d85fb08eca06c71bd05b397969fdfe3295b25e3206bb51788d")
}

// UnpackInvalidSupplyCapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSupplyCap(uint256 cap, uint256 supply)
func (assetToken *AssetToken) UnpackInvalidSupplyCapError(raw []byte) (*AssetTokenInvalidSupplyCap, error) {
	out := new(AssetTokenInvalidSupplyCap)
	if err := assetToken.abi.UnpackIntoInterface(out, "InvalidSupplyCap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenInvalidTransferLimit represents a InvalidTransferLimit error raised by the AssetToken contract.
type AssetTokenInvalidTransferLimit struct {
	Period uint32
	Limit  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidTransferLimit(uint32 period, uint256 limit)
func AssetTokenInvalidTransferLimitErrorID() common.Hash {
	return common.HexToHash("0x093a012adf9ca649c36d3075fc0e36006a59854469938de6a00c650bd9277eb5")
}

// UnpackInvalidTransferLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidTransferLimit(uint32 period, uint256 limit)
func (assetToken *AssetToken) UnpackInvalidTransferLimitError(raw []byte) (*AssetTokenInvalidTransferLimit, error) {
	out := new(AssetTokenInvalidTransferLimit)
	if err := assetToken.abi.UnpackIntoInterface(out, "InvalidTransferLimit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenInvalidUpgrader represents a InvalidUpgrader error raised by the AssetToken contract.
type AssetTokenInvalidUpgrader struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidUpgrader()
func AssetTokenInvalidUpgraderErrorID() common.Hash {
	return common.HexToHash("0x93c27326af213034bd281f7765a9aabcf1b2c7794e6bcf620bbaab397462410f")
}

// UnpackInvalidUpgraderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidUpgrader()
func (assetToken *AssetToken) UnpackInvalidUpgraderError(raw []byte) (*AssetTokenInvalidUpgrader, error) {
	out := new(AssetTokenInvalidUpgrader)
	if err := assetToken.abi.UnpackIntoInterface(out, "InvalidUpgrader", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenLengthMismatch represents a LengthMismatch error raised by the AssetToken contract.
type AssetTokenLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch()
func AssetTokenLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xff633a3803c58b9bc21e58efecee59f27e033cc0b1883fccb4969c76146fe60f")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch()
func (assetToken *AssetToken) UnpackLengthMismatchError(raw []byte) (*AssetTokenLengthMismatch, error) {
	out := new(AssetTokenLengthMismatch)
	if err := assetToken.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenLockExceedsBalance represents a LockExceedsBalance error raised by the AssetToken contract.
type AssetTokenLockExceedsBalance struct {
	Account common.Address
	Locked  *big.Int
	Balance *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LockExceedsBalance(address account, uint256 locked, uint256 balance)
func AssetTokenLockExceedsBalanceErrorID() common.Hash {
	return common.HexToHash("0x97192e5900263cb64e1040d4e8b19fe52a2788f0894ecab56483003e5528c092")
}

// UnpackLockExceedsBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LockExceedsBalance(address account, uint256 locked, uint256 balance)
func (assetToken *AssetToken) UnpackLockExceedsBalanceError(raw []byte) (*AssetTokenLockExceedsBalance, error) {
	out := new(AssetTokenLockExceedsBalance)
	if err := assetToken.abi.UnpackIntoInterface(out, "LockExceedsBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenNoDeed represents a NoDeed error raised by the AssetToken contract.
type AssetTokenNoDeed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoDeed()
func AssetTokenNoDeedErrorID() common.Hash {
	return common.HexToHash("0xc1ffbfc1a56ba459bba00e31cfb4451b66eb65b30d4de2f8c880b6d3b73796af")
}

// UnpackNoDeedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoDeed()
func (assetToken *AssetToken) UnpackNoDeedError(raw []byte) (*AssetTokenNoDeed, error) {
	out := new(AssetTokenNoDeed)
	if err := assetToken.abi.UnpackIntoInterface(out, "NoDeed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenNoSuchLock represents a NoSuchLock error raised by the AssetToken contract.
type AssetTokenNoSuchLock struct {
	Account common.Address
	Amount  *big.Int
	End     uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSuchLock(address account, uint256 amount, uint64 end)
func AssetTokenNoSuchLockErrorID() common.Hash {
	return common.HexToHash("0x108128b57a91b272d1e307bf628966eaf9b12d54e7845107d9261a99d5164835")
}

// UnpackNoSuchLockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSuchLock(address account, uint256 amount, uint64 end)
func (assetToken *AssetToken) UnpackNoSuchLockError(raw []byte) (*AssetTokenNoSuchLock, error) {
	out := new(AssetTokenNoSuchLock)
	if err := assetToken.abi.UnpackIntoInterface(out, "NoSuchLock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenNotInitializing represents a NotInitializing error raised by the AssetToken contract.
type AssetTokenNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func AssetTokenNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (assetToken *AssetToken) UnpackNotInitializingError(raw []byte) (*AssetTokenNotInitializing, error) {
	out := new(AssetTokenNotInitializing)
	if err := assetToken.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenNotSupported represents a NotSupported error raised by the AssetToken contract.
type AssetTokenNotSupported struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSupported(string reason)
func AssetTokenNotSupportedErrorID() common.Hash {
	return common.HexToHash("0x329e2f15154ecf1df584c66d531aa4ec1a2a0b60ea4ed01ae287032531871b9e")
}

// UnpackNotSupportedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSupported(string reason)
func (assetToken *AssetToken) UnpackNotSupportedError(raw []byte) (*AssetTokenNotSupported, error) {
	out := new(AssetTokenNotSupported)
	if err := assetToken.abi.UnpackIntoInterface(out, "NotSupported", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenNothingToRecover represents a NothingToRecover error raised by the AssetToken contract.
type AssetTokenNothingToRecover struct {
	LostWallet common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToRecover(address lostWallet)
func AssetTokenNothingToRecoverErrorID() common.Hash {
	return common.HexToHash("0x86d9d0354b396b81f550c04abd222485cc87e7b37fc56bd7fbbccdebdddb9588")
}

// UnpackNothingToRecoverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToRecover(address lostWallet)
func (assetToken *AssetToken) UnpackNothingToRecoverError(raw []byte) (*AssetTokenNothingToRecover, error) {
	out := new(AssetTokenNothingToRecover)
	if err := assetToken.abi.UnpackIntoInterface(out, "NothingToRecover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenRecoveryInvestorMismatch represents a RecoveryInvestorMismatch error raised by the AssetToken contract.
type AssetTokenRecoveryInvestorMismatch struct {
	Wallet     common.Address
	InvestorId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecoveryInvestorMismatch(address wallet, bytes32 investorId)
func AssetTokenRecoveryInvestorMismatchErrorID() common.Hash {
	return common.HexToHash("0xd067f144044e6aca5a72ea4a8588ddf6a4034eabdad5e7a88d27fa28eda277d5")
}

// UnpackRecoveryInvestorMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecoveryInvestorMismatch(address wallet, bytes32 investorId)
func (assetToken *AssetToken) UnpackRecoveryInvestorMismatchError(raw []byte) (*AssetTokenRecoveryInvestorMismatch, error) {
	out := new(AssetTokenRecoveryInvestorMismatch)
	if err := assetToken.abi.UnpackIntoInterface(out, "RecoveryInvestorMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenRegistryMismatch represents a RegistryMismatch error raised by the AssetToken contract.
type AssetTokenRegistryMismatch struct {
	Registry common.Address
	Given    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryMismatch(address registry, address given)
func AssetTokenRegistryMismatchErrorID() common.Hash {
	return common.HexToHash("0x0cb3ba696dc11c02a665839813ec80619784a94a8c09902729d45dc8322203fa")
}

// UnpackRegistryMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryMismatch(address registry, address given)
func (assetToken *AssetToken) UnpackRegistryMismatchError(raw []byte) (*AssetTokenRegistryMismatch, error) {
	out := new(AssetTokenRegistryMismatch)
	if err := assetToken.abi.UnpackIntoInterface(out, "RegistryMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenRequestAlreadyProcessed represents a RequestAlreadyProcessed error raised by the AssetToken contract.
type AssetTokenRequestAlreadyProcessed struct {
	RequestId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestAlreadyProcessed(bytes32 requestId)
func AssetTokenRequestAlreadyProcessedErrorID() common.Hash {
	return common.HexToHash("0x0b72c55bd5e01a3dd74a1fa9d03564e3acb39f281ad76d13d362b378881ce65c")
}

// UnpackRequestAlreadyProcessedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestAlreadyProcessed(bytes32 requestId)
func (assetToken *AssetToken) UnpackRequestAlreadyProcessedError(raw []byte) (*AssetTokenRequestAlreadyProcessed, error) {
	out := new(AssetTokenRequestAlreadyProcessed)
	if err := assetToken.abi.UnpackIntoInterface(out, "RequestAlreadyProcessed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenSameWallet represents a SameWallet error raised by the AssetToken contract.
type AssetTokenSameWallet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SameWallet()
func AssetTokenSameWalletErrorID() common.Hash {
	return common.HexToHash("0x94a3d97966ea005ec91b894676eb5999980a7ab09d9228c0a6c07c9440163de7")
}

// UnpackSameWalletError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SameWallet()
func (assetToken *AssetToken) UnpackSameWalletError(raw []byte) (*AssetTokenSameWallet, error) {
	out := new(AssetTokenSameWallet)
	if err := assetToken.abi.UnpackIntoInterface(out, "SameWallet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenSupplyCapAlreadySet represents a SupplyCapAlreadySet error raised by the AssetToken contract.
type AssetTokenSupplyCapAlreadySet struct {
	Cap *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SupplyCapAlreadySet(uint256 cap)
func AssetTokenSupplyCapAlreadySetErrorID() common.Hash {
	return common.HexToHash("0xf8064ef6e8ae12291b6b7e8dabe87a0a85e788f5b9c5e1b891879badb02b586c")
}

// UnpackSupplyCapAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SupplyCapAlreadySet(uint256 cap)
func (assetToken *AssetToken) UnpackSupplyCapAlreadySetError(raw []byte) (*AssetTokenSupplyCapAlreadySet, error) {
	out := new(AssetTokenSupplyCapAlreadySet)
	if err := assetToken.abi.UnpackIntoInterface(out, "SupplyCapAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenSupplyCapExceeded represents a SupplyCapExceeded error raised by the AssetToken contract.
type AssetTokenSupplyCapExceeded struct {
	Cap    *big.Int
	Supply *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SupplyCapExceeded(uint256 cap, uint256 supply)
func AssetTokenSupplyCapExceededErrorID() common.Hash {
	return common.HexToHash("0x4b344b11eba23caa214c65adbd2869e50bd62099a66779a6776501f75116ec93")
}

// UnpackSupplyCapExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SupplyCapExceeded(uint256 cap, uint256 supply)
func (assetToken *AssetToken) UnpackSupplyCapExceededError(raw []byte) (*AssetTokenSupplyCapExceeded, error) {
	out := new(AssetTokenSupplyCapExceeded)
	if err := assetToken.abi.UnpackIntoInterface(out, "SupplyCapExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenSupplyOverflow represents a SupplyOverflow error raised by the AssetToken contract.
type AssetTokenSupplyOverflow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SupplyOverflow()
func AssetTokenSupplyOverflowErrorID() common.Hash {
	return common.HexToHash("0x7ebdee1b9f7526b1faa7181fc6d413c04c5b5d90418e4afeb172b0b43df27e30")
}

// UnpackSupplyOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SupplyOverflow()
func (assetToken *AssetToken) UnpackSupplyOverflowError(raw []byte) (*AssetTokenSupplyOverflow, error) {
	out := new(AssetTokenSupplyOverflow)
	if err := assetToken.abi.UnpackIntoInterface(out, "SupplyOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenTooManyLocks represents a TooManyLocks error raised by the AssetToken contract.
type AssetTokenTooManyLocks struct {
	Account common.Address
	Max     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyLocks(address account, uint256 max)
func AssetTokenTooManyLocksErrorID() common.Hash {
	return common.HexToHash("0xacefc1d694c0aa4db91ea30e059057ae7af797718ba19d0c983211aeff59a056")
}

// UnpackTooManyLocksError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyLocks(address account, uint256 max)
func (assetToken *AssetToken) UnpackTooManyLocksError(raw []byte) (*AssetTokenTooManyLocks, error) {
	out := new(AssetTokenTooManyLocks)
	if err := assetToken.abi.UnpackIntoInterface(out, "TooManyLocks", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenTooManyWindows represents a TooManyWindows error raised by the AssetToken contract.
type AssetTokenTooManyWindows struct {
	Windows *big.Int
	Max     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyWindows(uint256 windows, uint256 max)
func AssetTokenTooManyWindowsErrorID() common.Hash {
	return common.HexToHash("0x0ec209b696a826486ab346e5a99e710b396b1aa106f71793760c7359233b5947")
}

// UnpackTooManyWindowsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyWindows(uint256 windows, uint256 max)
func (assetToken *AssetToken) UnpackTooManyWindowsError(raw []byte) (*AssetTokenTooManyWindows, error) {
	out := new(AssetTokenTooManyWindows)
	if err := assetToken.abi.UnpackIntoInterface(out, "TooManyWindows", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenTransferRestricted represents a TransferRestricted error raised by the AssetToken contract.
type AssetTokenTransferRestricted struct {
	Code uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferRestricted(uint8 code)
func AssetTokenTransferRestrictedErrorID() common.Hash {
	return common.HexToHash("0xe18ca2b9b451bf0dffa5160cc54e30c428dde179b65b354eee7185b6d097c2a1")
}

// UnpackTransferRestrictedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferRestricted(uint8 code)
func (assetToken *AssetToken) UnpackTransferRestrictedError(raw []byte) (*AssetTokenTransferRestricted, error) {
	out := new(AssetTokenTransferRestricted)
	if err := assetToken.abi.UnpackIntoInterface(out, "TransferRestricted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the AssetToken contract.
type AssetTokenUUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func AssetTokenUUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (assetToken *AssetToken) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*AssetTokenUUPSUnauthorizedCallContext, error) {
	out := new(AssetTokenUUPSUnauthorizedCallContext)
	if err := assetToken.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the AssetToken contract.
type AssetTokenUUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func AssetTokenUUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (assetToken *AssetToken) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*AssetTokenUUPSUnsupportedProxiableUUID, error) {
	out := new(AssetTokenUUPSUnsupportedProxiableUUID)
	if err := assetToken.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnexpectedDeed represents a UnexpectedDeed error raised by the AssetToken contract.
type AssetTokenUnexpectedDeed struct {
	Token   common.Address
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedDeed(address token, uint256 tokenId)
func AssetTokenUnexpectedDeedErrorID() common.Hash {
	return common.HexToHash("0x853a50cb43487d48b72de797b87b173a08953ba0dd4f7b126e17a231a7573378")
}

// UnpackUnexpectedDeedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedDeed(address token, uint256 tokenId)
func (assetToken *AssetToken) UnpackUnexpectedDeedError(raw []byte) (*AssetTokenUnexpectedDeed, error) {
	out := new(AssetTokenUnexpectedDeed)
	if err := assetToken.abi.UnpackIntoInterface(out, "UnexpectedDeed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenUnfreezeExceedsFrozen represents a UnfreezeExceedsFrozen error raised by the AssetToken contract.
type AssetTokenUnfreezeExceedsFrozen struct {
	Account common.Address
	Frozen  *big.Int
	Amount  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnfreezeExceedsFrozen(address account, uint256 frozen, uint256 amount)
func AssetTokenUnfreezeExceedsFrozenErrorID() common.Hash {
	return common.HexToHash("0xe0dfe97fc7c79f92ffcc46a2e29ea9d7ddbe9d44cc7593b8255f7b2eba5ddef6")
}

// UnpackUnfreezeExceedsFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnfreezeExceedsFrozen(address account, uint256 frozen, uint256 amount)
func (assetToken *AssetToken) UnpackUnfreezeExceedsFrozenError(raw []byte) (*AssetTokenUnfreezeExceedsFrozen, error) {
	out := new(AssetTokenUnfreezeExceedsFrozen)
	if err := assetToken.abi.UnpackIntoInterface(out, "UnfreezeExceedsFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}
