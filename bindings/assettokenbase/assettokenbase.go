// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package assettokenbase

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

// AssetTokenBaseMetaData contains all meta data concerning the AssetTokenBase contract.
var AssetTokenBaseMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DeedNotHeld\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"DocumentNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"ERC7943CannotReceive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"ERC7943CannotSend\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ERC7943CannotTransfer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"unfrozen\",\"type\":\"uint256\"}],\"name\":\"ERC7943InsufficientUnfrozenBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"FractionsOutstanding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"FreezeExceedsBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidDocument\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"name\":\"InvalidLockup\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidRegistry\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidRequestId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"InvalidSupplyCap\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidUpgrader\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoDeed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"}],\"name\":\"NothingToRecover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"RecoveryInvestorMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"registry\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"given\",\"type\":\"address\"}],\"name\":\"RegistryMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"RequestAlreadyProcessed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SameWallet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"SupplyCapAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"SupplyCapExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SupplyOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"name\":\"TransferRestricted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"UnexpectedDeed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"UnfreezeExceedsFrozen\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bool\",\"name\":\"isFrozen\",\"type\":\"bool\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AddressFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"CountryAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"CountryRestrictionSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"deed\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"deedId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"}],\"name\":\"DeedLocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"deed\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"deedId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"DeedReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"DocumentRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"DocumentUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ForcedTransfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Frozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Issued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"name\":\"LockedUp\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxBalance\",\"type\":\"uint256\"}],\"name\":\"MaxBalanceSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxInvestors\",\"type\":\"uint256\"}],\"name\":\"MaxInvestorsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"RecoverySuccess\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Redeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"}],\"name\":\"RequiredFlagsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"SupplyCapSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensUnfrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"name\":\"ValuationGuardSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AGENT_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"COMPLIANCE_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOCUMENT_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"from\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchForcedTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"requestIds\",\"type\":\"bytes32[]\"}],\"name\":\"batchMint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"bool[]\",\"name\":\"frozen\",\"type\":\"bool[]\"}],\"name\":\"batchSetAddressFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"canReceive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"canSend\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"canTransfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"compliance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"countryRestricted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deed\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deedId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deedLocked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"detectTransferRestriction\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"forcedTransfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"freezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getAllDocuments\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"getDocument\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lastModified\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getFrozenTokens\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"identityRegistry\",\"outputs\":[{\"internalType\":\"contractIdentityRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"investorBalanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"investorCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"isCountryAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isFrozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"isRequestProcessed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"lockOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxBalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxInvestors\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"name\":\"messageForTransferRestriction\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"name\":\"mintLocked\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"recoveryAddress\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"releaseDeed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"removeDocument\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requiredFlags\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"}],\"name\":\"setAddressFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16[]\",\"name\":\"countries\",\"type\":\"uint16[]\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setCountriesAllowed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"setCountryRestriction\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"setDocument\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"setFrozenTokens\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxBalance_\",\"type\":\"uint256\"}],\"name\":\"setMaxBalance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"maxInvestors_\",\"type\":\"uint32\"}],\"name\":\"setMaxInvestors\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"}],\"name\":\"setRequiredFlags\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"setSupplyCap\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"name\":\"setValuationGuard\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"supplyCap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"unfreezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"valuationGuard\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "AssetTokenBase",
}

// AssetTokenBase is an auto generated Go binding around an Ethereum contract.
type AssetTokenBase struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AssetTokenBase) GetABI() abi.ABI {
	return c.abi
}

// NewAssetTokenBase creates a new instance of AssetTokenBase.
func NewAssetTokenBase() *AssetTokenBase {
	parsed, err := AssetTokenBaseMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AssetTokenBase{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AssetTokenBase) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAGENTROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22459e18.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function AGENT_ROLE() view returns(bytes32)
func (assetTokenBase *AssetTokenBase) PackAGENTROLE() []byte {
	enc, err := assetTokenBase.abi.Pack("AGENT_ROLE")
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
func (assetTokenBase *AssetTokenBase) TryPackAGENTROLE() ([]byte, error) {
	return assetTokenBase.abi.Pack("AGENT_ROLE")
}

// UnpackAGENTROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22459e18.
//
// Solidity: function AGENT_ROLE() view returns(bytes32)
func (assetTokenBase *AssetTokenBase) UnpackAGENTROLE(data []byte) ([32]byte, error) {
	out, err := assetTokenBase.abi.Unpack("AGENT_ROLE", data)
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
func (assetTokenBase *AssetTokenBase) PackCOMPLIANCEADMINROLE() []byte {
	enc, err := assetTokenBase.abi.Pack("COMPLIANCE_ADMIN_ROLE")
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
func (assetTokenBase *AssetTokenBase) TryPackCOMPLIANCEADMINROLE() ([]byte, error) {
	return assetTokenBase.abi.Pack("COMPLIANCE_ADMIN_ROLE")
}

// UnpackCOMPLIANCEADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa11939bd.
//
// Solidity: function COMPLIANCE_ADMIN_ROLE() view returns(bytes32)
func (assetTokenBase *AssetTokenBase) UnpackCOMPLIANCEADMINROLE(data []byte) ([32]byte, error) {
	out, err := assetTokenBase.abi.Unpack("COMPLIANCE_ADMIN_ROLE", data)
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
func (assetTokenBase *AssetTokenBase) PackDEFAULTADMINROLE() []byte {
	enc, err := assetTokenBase.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (assetTokenBase *AssetTokenBase) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return assetTokenBase.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (assetTokenBase *AssetTokenBase) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := assetTokenBase.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (assetTokenBase *AssetTokenBase) PackDOCUMENTROLE() []byte {
	enc, err := assetTokenBase.abi.Pack("DOCUMENT_ROLE")
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
func (assetTokenBase *AssetTokenBase) TryPackDOCUMENTROLE() ([]byte, error) {
	return assetTokenBase.abi.Pack("DOCUMENT_ROLE")
}

// UnpackDOCUMENTROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2c721b98.
//
// Solidity: function DOCUMENT_ROLE() view returns(bytes32)
func (assetTokenBase *AssetTokenBase) UnpackDOCUMENTROLE(data []byte) ([32]byte, error) {
	out, err := assetTokenBase.abi.Unpack("DOCUMENT_ROLE", data)
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
func (assetTokenBase *AssetTokenBase) PackDOMAINSEPARATOR() []byte {
	enc, err := assetTokenBase.abi.Pack("DOMAIN_SEPARATOR")
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
func (assetTokenBase *AssetTokenBase) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return assetTokenBase.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (assetTokenBase *AssetTokenBase) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := assetTokenBase.abi.Unpack("DOMAIN_SEPARATOR", data)
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
func (assetTokenBase *AssetTokenBase) PackMINTERROLE() []byte {
	enc, err := assetTokenBase.abi.Pack("MINTER_ROLE")
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
func (assetTokenBase *AssetTokenBase) TryPackMINTERROLE() ([]byte, error) {
	return assetTokenBase.abi.Pack("MINTER_ROLE")
}

// UnpackMINTERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (assetTokenBase *AssetTokenBase) UnpackMINTERROLE(data []byte) ([32]byte, error) {
	out, err := assetTokenBase.abi.Unpack("MINTER_ROLE", data)
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
func (assetTokenBase *AssetTokenBase) PackPAUSERROLE() []byte {
	enc, err := assetTokenBase.abi.Pack("PAUSER_ROLE")
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
func (assetTokenBase *AssetTokenBase) TryPackPAUSERROLE() ([]byte, error) {
	return assetTokenBase.abi.Pack("PAUSER_ROLE")
}

// UnpackPAUSERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (assetTokenBase *AssetTokenBase) UnpackPAUSERROLE(data []byte) ([32]byte, error) {
	out, err := assetTokenBase.abi.Unpack("PAUSER_ROLE", data)
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
func (assetTokenBase *AssetTokenBase) PackUPGRADERROLE() []byte {
	enc, err := assetTokenBase.abi.Pack("UPGRADER_ROLE")
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
func (assetTokenBase *AssetTokenBase) TryPackUPGRADERROLE() ([]byte, error) {
	return assetTokenBase.abi.Pack("UPGRADER_ROLE")
}

// UnpackUPGRADERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf72c0d8b.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (assetTokenBase *AssetTokenBase) UnpackUPGRADERROLE(data []byte) ([32]byte, error) {
	out, err := assetTokenBase.abi.Unpack("UPGRADER_ROLE", data)
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
func (assetTokenBase *AssetTokenBase) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := assetTokenBase.abi.Pack("UPGRADE_INTERFACE_VERSION")
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
func (assetTokenBase *AssetTokenBase) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return assetTokenBase.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (assetTokenBase *AssetTokenBase) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := assetTokenBase.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (assetTokenBase *AssetTokenBase) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := assetTokenBase.abi.Pack("allowance", owner, spender)
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
func (assetTokenBase *AssetTokenBase) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return assetTokenBase.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (assetTokenBase *AssetTokenBase) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := assetTokenBase.abi.Unpack("allowance", data)
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
func (assetTokenBase *AssetTokenBase) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := assetTokenBase.abi.Pack("approve", spender, value)
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
func (assetTokenBase *AssetTokenBase) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return assetTokenBase.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (assetTokenBase *AssetTokenBase) UnpackApprove(data []byte) (bool, error) {
	out, err := assetTokenBase.abi.Unpack("approve", data)
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
func (assetTokenBase *AssetTokenBase) PackBalanceOf(account common.Address) []byte {
	enc, err := assetTokenBase.abi.Pack("balanceOf", account)
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
func (assetTokenBase *AssetTokenBase) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return assetTokenBase.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (assetTokenBase *AssetTokenBase) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := assetTokenBase.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBatchForcedTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42a47abc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchForcedTransfer(address[] from, address[] to, uint256[] amounts) returns()
func (assetTokenBase *AssetTokenBase) PackBatchForcedTransfer(from []common.Address, to []common.Address, amounts []*big.Int) []byte {
	enc, err := assetTokenBase.abi.Pack("batchForcedTransfer", from, to, amounts)
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
func (assetTokenBase *AssetTokenBase) TryPackBatchForcedTransfer(from []common.Address, to []common.Address, amounts []*big.Int) ([]byte, error) {
	return assetTokenBase.abi.Pack("batchForcedTransfer", from, to, amounts)
}

// PackBatchMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc6d9146.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchMint(address[] to, uint256[] amounts, bytes32[] requestIds) returns()
func (assetTokenBase *AssetTokenBase) PackBatchMint(to []common.Address, amounts []*big.Int, requestIds [][32]byte) []byte {
	enc, err := assetTokenBase.abi.Pack("batchMint", to, amounts, requestIds)
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
func (assetTokenBase *AssetTokenBase) TryPackBatchMint(to []common.Address, amounts []*big.Int, requestIds [][32]byte) ([]byte, error) {
	return assetTokenBase.abi.Pack("batchMint", to, amounts, requestIds)
}

// PackBatchSetAddressFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a7af379.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchSetAddressFrozen(address[] accounts, bool[] frozen) returns()
func (assetTokenBase *AssetTokenBase) PackBatchSetAddressFrozen(accounts []common.Address, frozen []bool) []byte {
	enc, err := assetTokenBase.abi.Pack("batchSetAddressFrozen", accounts, frozen)
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
func (assetTokenBase *AssetTokenBase) TryPackBatchSetAddressFrozen(accounts []common.Address, frozen []bool) ([]byte, error) {
	return assetTokenBase.abi.Pack("batchSetAddressFrozen", accounts, frozen)
}

// PackBatchTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88d695b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchTransfer(address[] to, uint256[] amounts) returns()
func (assetTokenBase *AssetTokenBase) PackBatchTransfer(to []common.Address, amounts []*big.Int) []byte {
	enc, err := assetTokenBase.abi.Pack("batchTransfer", to, amounts)
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
func (assetTokenBase *AssetTokenBase) TryPackBatchTransfer(to []common.Address, amounts []*big.Int) ([]byte, error) {
	return assetTokenBase.abi.Pack("batchTransfer", to, amounts)
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x158a1cc3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(address from, uint256 amount, bytes32 requestId) returns()
func (assetTokenBase *AssetTokenBase) PackBurn(from common.Address, amount *big.Int, requestId [32]byte) []byte {
	enc, err := assetTokenBase.abi.Pack("burn", from, amount, requestId)
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
func (assetTokenBase *AssetTokenBase) TryPackBurn(from common.Address, amount *big.Int, requestId [32]byte) ([]byte, error) {
	return assetTokenBase.abi.Pack("burn", from, amount, requestId)
}

// PackCanReceive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90d370ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function canReceive(address account) view returns(bool)
func (assetTokenBase *AssetTokenBase) PackCanReceive(account common.Address) []byte {
	enc, err := assetTokenBase.abi.Pack("canReceive", account)
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
func (assetTokenBase *AssetTokenBase) TryPackCanReceive(account common.Address) ([]byte, error) {
	return assetTokenBase.abi.Pack("canReceive", account)
}

// UnpackCanReceive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x90d370ba.
//
// Solidity: function canReceive(address account) view returns(bool)
func (assetTokenBase *AssetTokenBase) UnpackCanReceive(data []byte) (bool, error) {
	out, err := assetTokenBase.abi.Unpack("canReceive", data)
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
func (assetTokenBase *AssetTokenBase) PackCanSend(account common.Address) []byte {
	enc, err := assetTokenBase.abi.Pack("canSend", account)
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
func (assetTokenBase *AssetTokenBase) TryPackCanSend(account common.Address) ([]byte, error) {
	return assetTokenBase.abi.Pack("canSend", account)
}

// UnpackCanSend is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2bc06a92.
//
// Solidity: function canSend(address account) view returns(bool)
func (assetTokenBase *AssetTokenBase) UnpackCanSend(data []byte) (bool, error) {
	out, err := assetTokenBase.abi.Unpack("canSend", data)
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
func (assetTokenBase *AssetTokenBase) PackCanTransfer(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := assetTokenBase.abi.Pack("canTransfer", from, to, amount)
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
func (assetTokenBase *AssetTokenBase) TryPackCanTransfer(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return assetTokenBase.abi.Pack("canTransfer", from, to, amount)
}

// UnpackCanTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe46638e6.
//
// Solidity: function canTransfer(address from, address to, uint256 amount) view returns(bool)
func (assetTokenBase *AssetTokenBase) UnpackCanTransfer(data []byte) (bool, error) {
	out, err := assetTokenBase.abi.Unpack("canTransfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackCompliance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6290865d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compliance() view returns(address)
func (assetTokenBase *AssetTokenBase) PackCompliance() []byte {
	enc, err := assetTokenBase.abi.Pack("compliance")
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
func (assetTokenBase *AssetTokenBase) TryPackCompliance() ([]byte, error) {
	return assetTokenBase.abi.Pack("compliance")
}

// UnpackCompliance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6290865d.
//
// Solidity: function compliance() view returns(address)
func (assetTokenBase *AssetTokenBase) UnpackCompliance(data []byte) (common.Address, error) {
	out, err := assetTokenBase.abi.Unpack("compliance", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCountryRestricted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb86b38fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function countryRestricted() view returns(bool)
func (assetTokenBase *AssetTokenBase) PackCountryRestricted() []byte {
	enc, err := assetTokenBase.abi.Pack("countryRestricted")
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
func (assetTokenBase *AssetTokenBase) TryPackCountryRestricted() ([]byte, error) {
	return assetTokenBase.abi.Pack("countryRestricted")
}

// UnpackCountryRestricted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb86b38fe.
//
// Solidity: function countryRestricted() view returns(bool)
func (assetTokenBase *AssetTokenBase) UnpackCountryRestricted(data []byte) (bool, error) {
	out, err := assetTokenBase.abi.Unpack("countryRestricted", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (assetTokenBase *AssetTokenBase) PackDecimals() []byte {
	enc, err := assetTokenBase.abi.Pack("decimals")
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
func (assetTokenBase *AssetTokenBase) TryPackDecimals() ([]byte, error) {
	return assetTokenBase.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (assetTokenBase *AssetTokenBase) UnpackDecimals(data []byte) (uint8, error) {
	out, err := assetTokenBase.abi.Unpack("decimals", data)
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
func (assetTokenBase *AssetTokenBase) PackDeed() []byte {
	enc, err := assetTokenBase.abi.Pack("deed")
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
func (assetTokenBase *AssetTokenBase) TryPackDeed() ([]byte, error) {
	return assetTokenBase.abi.Pack("deed")
}

// UnpackDeed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2f1e6bd.
//
// Solidity: function deed() view returns(address)
func (assetTokenBase *AssetTokenBase) UnpackDeed(data []byte) (common.Address, error) {
	out, err := assetTokenBase.abi.Unpack("deed", data)
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
func (assetTokenBase *AssetTokenBase) PackDeedId() []byte {
	enc, err := assetTokenBase.abi.Pack("deedId")
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
func (assetTokenBase *AssetTokenBase) TryPackDeedId() ([]byte, error) {
	return assetTokenBase.abi.Pack("deedId")
}

// UnpackDeedId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86a82c94.
//
// Solidity: function deedId() view returns(uint256)
func (assetTokenBase *AssetTokenBase) UnpackDeedId(data []byte) (*big.Int, error) {
	out, err := assetTokenBase.abi.Unpack("deedId", data)
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
func (assetTokenBase *AssetTokenBase) PackDeedLocked() []byte {
	enc, err := assetTokenBase.abi.Pack("deedLocked")
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
func (assetTokenBase *AssetTokenBase) TryPackDeedLocked() ([]byte, error) {
	return assetTokenBase.abi.Pack("deedLocked")
}

// UnpackDeedLocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf652b755.
//
// Solidity: function deedLocked() view returns(bool)
func (assetTokenBase *AssetTokenBase) UnpackDeedLocked(data []byte) (bool, error) {
	out, err := assetTokenBase.abi.Unpack("deedLocked", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDetectTransferRestriction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4ce1415.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function detectTransferRestriction(address from, address to, uint256 amount) view returns(uint8)
func (assetTokenBase *AssetTokenBase) PackDetectTransferRestriction(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := assetTokenBase.abi.Pack("detectTransferRestriction", from, to, amount)
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
func (assetTokenBase *AssetTokenBase) TryPackDetectTransferRestriction(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return assetTokenBase.abi.Pack("detectTransferRestriction", from, to, amount)
}

// UnpackDetectTransferRestriction is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4ce1415.
//
// Solidity: function detectTransferRestriction(address from, address to, uint256 amount) view returns(uint8)
func (assetTokenBase *AssetTokenBase) UnpackDetectTransferRestriction(data []byte) (uint8, error) {
	out, err := assetTokenBase.abi.Unpack("detectTransferRestriction", data)
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
func (assetTokenBase *AssetTokenBase) PackEip712Domain() []byte {
	enc, err := assetTokenBase.abi.Pack("eip712Domain")
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
func (assetTokenBase *AssetTokenBase) TryPackEip712Domain() ([]byte, error) {
	return assetTokenBase.abi.Pack("eip712Domain")
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
func (assetTokenBase *AssetTokenBase) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := assetTokenBase.abi.Unpack("eip712Domain", data)
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

// PackForcedTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fc1d0e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedTransfer(address from, address to, uint256 amount) returns(bool)
func (assetTokenBase *AssetTokenBase) PackForcedTransfer(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := assetTokenBase.abi.Pack("forcedTransfer", from, to, amount)
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
func (assetTokenBase *AssetTokenBase) TryPackForcedTransfer(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return assetTokenBase.abi.Pack("forcedTransfer", from, to, amount)
}

// UnpackForcedTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fc1d0e7.
//
// Solidity: function forcedTransfer(address from, address to, uint256 amount) returns(bool)
func (assetTokenBase *AssetTokenBase) UnpackForcedTransfer(data []byte) (bool, error) {
	out, err := assetTokenBase.abi.Unpack("forcedTransfer", data)
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
func (assetTokenBase *AssetTokenBase) PackFreezePartialTokens(account common.Address, amount *big.Int) []byte {
	enc, err := assetTokenBase.abi.Pack("freezePartialTokens", account, amount)
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
func (assetTokenBase *AssetTokenBase) TryPackFreezePartialTokens(account common.Address, amount *big.Int) ([]byte, error) {
	return assetTokenBase.abi.Pack("freezePartialTokens", account, amount)
}

// PackGetAllDocuments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fa5f50b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAllDocuments() view returns(bytes32[])
func (assetTokenBase *AssetTokenBase) PackGetAllDocuments() []byte {
	enc, err := assetTokenBase.abi.Pack("getAllDocuments")
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
func (assetTokenBase *AssetTokenBase) TryPackGetAllDocuments() ([]byte, error) {
	return assetTokenBase.abi.Pack("getAllDocuments")
}

// UnpackGetAllDocuments is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fa5f50b.
//
// Solidity: function getAllDocuments() view returns(bytes32[])
func (assetTokenBase *AssetTokenBase) UnpackGetAllDocuments(data []byte) ([][32]byte, error) {
	out, err := assetTokenBase.abi.Unpack("getAllDocuments", data)
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
func (assetTokenBase *AssetTokenBase) PackGetDocument(name [32]byte) []byte {
	enc, err := assetTokenBase.abi.Pack("getDocument", name)
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
func (assetTokenBase *AssetTokenBase) TryPackGetDocument(name [32]byte) ([]byte, error) {
	return assetTokenBase.abi.Pack("getDocument", name)
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
func (assetTokenBase *AssetTokenBase) UnpackGetDocument(data []byte) (GetDocumentOutput, error) {
	out, err := assetTokenBase.abi.Unpack("getDocument", data)
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
func (assetTokenBase *AssetTokenBase) PackGetFrozenTokens(account common.Address) []byte {
	enc, err := assetTokenBase.abi.Pack("getFrozenTokens", account)
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
func (assetTokenBase *AssetTokenBase) TryPackGetFrozenTokens(account common.Address) ([]byte, error) {
	return assetTokenBase.abi.Pack("getFrozenTokens", account)
}

// UnpackGetFrozenTokens is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x158b1a57.
//
// Solidity: function getFrozenTokens(address account) view returns(uint256)
func (assetTokenBase *AssetTokenBase) UnpackGetFrozenTokens(data []byte) (*big.Int, error) {
	out, err := assetTokenBase.abi.Unpack("getFrozenTokens", data)
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
func (assetTokenBase *AssetTokenBase) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := assetTokenBase.abi.Pack("getRoleAdmin", role)
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
func (assetTokenBase *AssetTokenBase) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return assetTokenBase.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (assetTokenBase *AssetTokenBase) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := assetTokenBase.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (assetTokenBase *AssetTokenBase) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := assetTokenBase.abi.Pack("grantRole", role, account)
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
func (assetTokenBase *AssetTokenBase) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return assetTokenBase.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (assetTokenBase *AssetTokenBase) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := assetTokenBase.abi.Pack("hasRole", role, account)
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
func (assetTokenBase *AssetTokenBase) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return assetTokenBase.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (assetTokenBase *AssetTokenBase) UnpackHasRole(data []byte) (bool, error) {
	out, err := assetTokenBase.abi.Unpack("hasRole", data)
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
func (assetTokenBase *AssetTokenBase) PackIdentityRegistry() []byte {
	enc, err := assetTokenBase.abi.Pack("identityRegistry")
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
func (assetTokenBase *AssetTokenBase) TryPackIdentityRegistry() ([]byte, error) {
	return assetTokenBase.abi.Pack("identityRegistry")
}

// UnpackIdentityRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x134e18f4.
//
// Solidity: function identityRegistry() view returns(address)
func (assetTokenBase *AssetTokenBase) UnpackIdentityRegistry(data []byte) (common.Address, error) {
	out, err := assetTokenBase.abi.Unpack("identityRegistry", data)
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
func (assetTokenBase *AssetTokenBase) PackInvestorBalanceOf(wallet common.Address) []byte {
	enc, err := assetTokenBase.abi.Pack("investorBalanceOf", wallet)
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
func (assetTokenBase *AssetTokenBase) TryPackInvestorBalanceOf(wallet common.Address) ([]byte, error) {
	return assetTokenBase.abi.Pack("investorBalanceOf", wallet)
}

// UnpackInvestorBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61fba37d.
//
// Solidity: function investorBalanceOf(address wallet) view returns(uint256)
func (assetTokenBase *AssetTokenBase) UnpackInvestorBalanceOf(data []byte) (*big.Int, error) {
	out, err := assetTokenBase.abi.Unpack("investorBalanceOf", data)
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
func (assetTokenBase *AssetTokenBase) PackInvestorCount() []byte {
	enc, err := assetTokenBase.abi.Pack("investorCount")
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
func (assetTokenBase *AssetTokenBase) TryPackInvestorCount() ([]byte, error) {
	return assetTokenBase.abi.Pack("investorCount")
}

// UnpackInvestorCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd7e64c00.
//
// Solidity: function investorCount() view returns(uint256)
func (assetTokenBase *AssetTokenBase) UnpackInvestorCount(data []byte) (*big.Int, error) {
	out, err := assetTokenBase.abi.Unpack("investorCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIsCountryAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99f644f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isCountryAllowed(uint16 country) view returns(bool)
func (assetTokenBase *AssetTokenBase) PackIsCountryAllowed(country uint16) []byte {
	enc, err := assetTokenBase.abi.Pack("isCountryAllowed", country)
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
func (assetTokenBase *AssetTokenBase) TryPackIsCountryAllowed(country uint16) ([]byte, error) {
	return assetTokenBase.abi.Pack("isCountryAllowed", country)
}

// UnpackIsCountryAllowed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x99f644f6.
//
// Solidity: function isCountryAllowed(uint16 country) view returns(bool)
func (assetTokenBase *AssetTokenBase) UnpackIsCountryAllowed(data []byte) (bool, error) {
	out, err := assetTokenBase.abi.Unpack("isCountryAllowed", data)
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
func (assetTokenBase *AssetTokenBase) PackIsFrozen(account common.Address) []byte {
	enc, err := assetTokenBase.abi.Pack("isFrozen", account)
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
func (assetTokenBase *AssetTokenBase) TryPackIsFrozen(account common.Address) ([]byte, error) {
	return assetTokenBase.abi.Pack("isFrozen", account)
}

// UnpackIsFrozen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5839836.
//
// Solidity: function isFrozen(address account) view returns(bool)
func (assetTokenBase *AssetTokenBase) UnpackIsFrozen(data []byte) (bool, error) {
	out, err := assetTokenBase.abi.Unpack("isFrozen", data)
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
func (assetTokenBase *AssetTokenBase) PackIsRequestProcessed(requestId [32]byte) []byte {
	enc, err := assetTokenBase.abi.Pack("isRequestProcessed", requestId)
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
func (assetTokenBase *AssetTokenBase) TryPackIsRequestProcessed(requestId [32]byte) ([]byte, error) {
	return assetTokenBase.abi.Pack("isRequestProcessed", requestId)
}

// UnpackIsRequestProcessed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6da398b3.
//
// Solidity: function isRequestProcessed(bytes32 requestId) view returns(bool)
func (assetTokenBase *AssetTokenBase) UnpackIsRequestProcessed(data []byte) (bool, error) {
	out, err := assetTokenBase.abi.Unpack("isRequestProcessed", data)
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
func (assetTokenBase *AssetTokenBase) PackLockOf(account common.Address) []byte {
	enc, err := assetTokenBase.abi.Pack("lockOf", account)
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
func (assetTokenBase *AssetTokenBase) TryPackLockOf(account common.Address) ([]byte, error) {
	return assetTokenBase.abi.Pack("lockOf", account)
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
func (assetTokenBase *AssetTokenBase) UnpackLockOf(data []byte) (LockOfOutput, error) {
	out, err := assetTokenBase.abi.Unpack("lockOf", data)
	outstruct := new(LockOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.LockedUntil = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackMaxBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73ad468a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxBalance() view returns(uint256)
func (assetTokenBase *AssetTokenBase) PackMaxBalance() []byte {
	enc, err := assetTokenBase.abi.Pack("maxBalance")
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
func (assetTokenBase *AssetTokenBase) TryPackMaxBalance() ([]byte, error) {
	return assetTokenBase.abi.Pack("maxBalance")
}

// UnpackMaxBalance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x73ad468a.
//
// Solidity: function maxBalance() view returns(uint256)
func (assetTokenBase *AssetTokenBase) UnpackMaxBalance(data []byte) (*big.Int, error) {
	out, err := assetTokenBase.abi.Unpack("maxBalance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxInvestors is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc99cc37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxInvestors() view returns(uint256)
func (assetTokenBase *AssetTokenBase) PackMaxInvestors() []byte {
	enc, err := assetTokenBase.abi.Pack("maxInvestors")
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
func (assetTokenBase *AssetTokenBase) TryPackMaxInvestors() ([]byte, error) {
	return assetTokenBase.abi.Pack("maxInvestors")
}

// UnpackMaxInvestors is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc99cc37.
//
// Solidity: function maxInvestors() view returns(uint256)
func (assetTokenBase *AssetTokenBase) UnpackMaxInvestors(data []byte) (*big.Int, error) {
	out, err := assetTokenBase.abi.Unpack("maxInvestors", data)
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
func (assetTokenBase *AssetTokenBase) PackMessageForTransferRestriction(code uint8) []byte {
	enc, err := assetTokenBase.abi.Pack("messageForTransferRestriction", code)
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
func (assetTokenBase *AssetTokenBase) TryPackMessageForTransferRestriction(code uint8) ([]byte, error) {
	return assetTokenBase.abi.Pack("messageForTransferRestriction", code)
}

// UnpackMessageForTransferRestriction is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7f4ab1dd.
//
// Solidity: function messageForTransferRestriction(uint8 code) pure returns(string)
func (assetTokenBase *AssetTokenBase) UnpackMessageForTransferRestriction(data []byte) (string, error) {
	out, err := assetTokenBase.abi.Unpack("messageForTransferRestriction", data)
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
func (assetTokenBase *AssetTokenBase) PackMint(to common.Address, amount *big.Int, requestId [32]byte) []byte {
	enc, err := assetTokenBase.abi.Pack("mint", to, amount, requestId)
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
func (assetTokenBase *AssetTokenBase) TryPackMint(to common.Address, amount *big.Int, requestId [32]byte) ([]byte, error) {
	return assetTokenBase.abi.Pack("mint", to, amount, requestId)
}

// PackMintLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65275d4f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mintLocked(address to, uint256 amount, bytes32 requestId, uint64 lockedUntil) returns()
func (assetTokenBase *AssetTokenBase) PackMintLocked(to common.Address, amount *big.Int, requestId [32]byte, lockedUntil uint64) []byte {
	enc, err := assetTokenBase.abi.Pack("mintLocked", to, amount, requestId, lockedUntil)
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
func (assetTokenBase *AssetTokenBase) TryPackMintLocked(to common.Address, amount *big.Int, requestId [32]byte, lockedUntil uint64) ([]byte, error) {
	return assetTokenBase.abi.Pack("mintLocked", to, amount, requestId, lockedUntil)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (assetTokenBase *AssetTokenBase) PackName() []byte {
	enc, err := assetTokenBase.abi.Pack("name")
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
func (assetTokenBase *AssetTokenBase) TryPackName() ([]byte, error) {
	return assetTokenBase.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (assetTokenBase *AssetTokenBase) UnpackName(data []byte) (string, error) {
	out, err := assetTokenBase.abi.Unpack("name", data)
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
func (assetTokenBase *AssetTokenBase) PackNonces(owner common.Address) []byte {
	enc, err := assetTokenBase.abi.Pack("nonces", owner)
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
func (assetTokenBase *AssetTokenBase) TryPackNonces(owner common.Address) ([]byte, error) {
	return assetTokenBase.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (assetTokenBase *AssetTokenBase) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := assetTokenBase.abi.Unpack("nonces", data)
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
// Solidity: function onERC721Received(address , address from, uint256 tokenId, bytes ) returns(bytes4)
func (assetTokenBase *AssetTokenBase) PackOnERC721Received(arg0 common.Address, from common.Address, tokenId *big.Int, arg3 []byte) []byte {
	enc, err := assetTokenBase.abi.Pack("onERC721Received", arg0, from, tokenId, arg3)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC721Received(address , address from, uint256 tokenId, bytes ) returns(bytes4)
func (assetTokenBase *AssetTokenBase) TryPackOnERC721Received(arg0 common.Address, from common.Address, tokenId *big.Int, arg3 []byte) ([]byte, error) {
	return assetTokenBase.abi.Pack("onERC721Received", arg0, from, tokenId, arg3)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address , address from, uint256 tokenId, bytes ) returns(bytes4)
func (assetTokenBase *AssetTokenBase) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := assetTokenBase.abi.Unpack("onERC721Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (assetTokenBase *AssetTokenBase) PackPause() []byte {
	enc, err := assetTokenBase.abi.Pack("pause")
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
func (assetTokenBase *AssetTokenBase) TryPackPause() ([]byte, error) {
	return assetTokenBase.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (assetTokenBase *AssetTokenBase) PackPaused() []byte {
	enc, err := assetTokenBase.abi.Pack("paused")
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
func (assetTokenBase *AssetTokenBase) TryPackPaused() ([]byte, error) {
	return assetTokenBase.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (assetTokenBase *AssetTokenBase) UnpackPaused(data []byte) (bool, error) {
	out, err := assetTokenBase.abi.Unpack("paused", data)
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
func (assetTokenBase *AssetTokenBase) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := assetTokenBase.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
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
func (assetTokenBase *AssetTokenBase) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return assetTokenBase.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackProxiableUUID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d1902d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (assetTokenBase *AssetTokenBase) PackProxiableUUID() []byte {
	enc, err := assetTokenBase.abi.Pack("proxiableUUID")
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
func (assetTokenBase *AssetTokenBase) TryPackProxiableUUID() ([]byte, error) {
	return assetTokenBase.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (assetTokenBase *AssetTokenBase) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := assetTokenBase.abi.Unpack("proxiableUUID", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRecoveryAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b5ba2fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recoveryAddress(address lostWallet, address newWallet, bytes32 investorId) returns(bool)
func (assetTokenBase *AssetTokenBase) PackRecoveryAddress(lostWallet common.Address, newWallet common.Address, investorId [32]byte) []byte {
	enc, err := assetTokenBase.abi.Pack("recoveryAddress", lostWallet, newWallet, investorId)
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
func (assetTokenBase *AssetTokenBase) TryPackRecoveryAddress(lostWallet common.Address, newWallet common.Address, investorId [32]byte) ([]byte, error) {
	return assetTokenBase.abi.Pack("recoveryAddress", lostWallet, newWallet, investorId)
}

// UnpackRecoveryAddress is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b5ba2fd.
//
// Solidity: function recoveryAddress(address lostWallet, address newWallet, bytes32 investorId) returns(bool)
func (assetTokenBase *AssetTokenBase) UnpackRecoveryAddress(data []byte) (bool, error) {
	out, err := assetTokenBase.abi.Unpack("recoveryAddress", data)
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
func (assetTokenBase *AssetTokenBase) PackReleaseDeed(to common.Address) []byte {
	enc, err := assetTokenBase.abi.Pack("releaseDeed", to)
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
func (assetTokenBase *AssetTokenBase) TryPackReleaseDeed(to common.Address) ([]byte, error) {
	return assetTokenBase.abi.Pack("releaseDeed", to)
}

// PackRemoveDocument is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3501848.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeDocument(bytes32 name) returns()
func (assetTokenBase *AssetTokenBase) PackRemoveDocument(name [32]byte) []byte {
	enc, err := assetTokenBase.abi.Pack("removeDocument", name)
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
func (assetTokenBase *AssetTokenBase) TryPackRemoveDocument(name [32]byte) ([]byte, error) {
	return assetTokenBase.abi.Pack("removeDocument", name)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (assetTokenBase *AssetTokenBase) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := assetTokenBase.abi.Pack("renounceRole", role, callerConfirmation)
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
func (assetTokenBase *AssetTokenBase) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return assetTokenBase.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRequiredFlags is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82c8e52f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requiredFlags() view returns(uint8)
func (assetTokenBase *AssetTokenBase) PackRequiredFlags() []byte {
	enc, err := assetTokenBase.abi.Pack("requiredFlags")
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
func (assetTokenBase *AssetTokenBase) TryPackRequiredFlags() ([]byte, error) {
	return assetTokenBase.abi.Pack("requiredFlags")
}

// UnpackRequiredFlags is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82c8e52f.
//
// Solidity: function requiredFlags() view returns(uint8)
func (assetTokenBase *AssetTokenBase) UnpackRequiredFlags(data []byte) (uint8, error) {
	out, err := assetTokenBase.abi.Unpack("requiredFlags", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (assetTokenBase *AssetTokenBase) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := assetTokenBase.abi.Pack("revokeRole", role, account)
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
func (assetTokenBase *AssetTokenBase) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return assetTokenBase.abi.Pack("revokeRole", role, account)
}

// PackSetAddressFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc69c09cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAddressFrozen(address account, bool frozen) returns()
func (assetTokenBase *AssetTokenBase) PackSetAddressFrozen(account common.Address, frozen bool) []byte {
	enc, err := assetTokenBase.abi.Pack("setAddressFrozen", account, frozen)
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
func (assetTokenBase *AssetTokenBase) TryPackSetAddressFrozen(account common.Address, frozen bool) ([]byte, error) {
	return assetTokenBase.abi.Pack("setAddressFrozen", account, frozen)
}

// PackSetCountriesAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd8af8fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCountriesAllowed(uint16[] countries, bool allowed) returns()
func (assetTokenBase *AssetTokenBase) PackSetCountriesAllowed(countries []uint16, allowed bool) []byte {
	enc, err := assetTokenBase.abi.Pack("setCountriesAllowed", countries, allowed)
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
func (assetTokenBase *AssetTokenBase) TryPackSetCountriesAllowed(countries []uint16, allowed bool) ([]byte, error) {
	return assetTokenBase.abi.Pack("setCountriesAllowed", countries, allowed)
}

// PackSetCountryRestriction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd79c7ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCountryRestriction(bool enabled) returns()
func (assetTokenBase *AssetTokenBase) PackSetCountryRestriction(enabled bool) []byte {
	enc, err := assetTokenBase.abi.Pack("setCountryRestriction", enabled)
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
func (assetTokenBase *AssetTokenBase) TryPackSetCountryRestriction(enabled bool) ([]byte, error) {
	return assetTokenBase.abi.Pack("setCountryRestriction", enabled)
}

// PackSetDocument is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x010648ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDocument(bytes32 name, string uri, bytes32 documentHash) returns()
func (assetTokenBase *AssetTokenBase) PackSetDocument(name [32]byte, uri string, documentHash [32]byte) []byte {
	enc, err := assetTokenBase.abi.Pack("setDocument", name, uri, documentHash)
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
func (assetTokenBase *AssetTokenBase) TryPackSetDocument(name [32]byte, uri string, documentHash [32]byte) ([]byte, error) {
	return assetTokenBase.abi.Pack("setDocument", name, uri, documentHash)
}

// PackSetFrozenTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xebe45cba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFrozenTokens(address account, uint256 amount) returns(bool)
func (assetTokenBase *AssetTokenBase) PackSetFrozenTokens(account common.Address, amount *big.Int) []byte {
	enc, err := assetTokenBase.abi.Pack("setFrozenTokens", account, amount)
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
func (assetTokenBase *AssetTokenBase) TryPackSetFrozenTokens(account common.Address, amount *big.Int) ([]byte, error) {
	return assetTokenBase.abi.Pack("setFrozenTokens", account, amount)
}

// UnpackSetFrozenTokens is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xebe45cba.
//
// Solidity: function setFrozenTokens(address account, uint256 amount) returns(bool)
func (assetTokenBase *AssetTokenBase) UnpackSetFrozenTokens(data []byte) (bool, error) {
	out, err := assetTokenBase.abi.Unpack("setFrozenTokens", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSetMaxBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d51d9b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxBalance(uint256 maxBalance_) returns()
func (assetTokenBase *AssetTokenBase) PackSetMaxBalance(maxBalance *big.Int) []byte {
	enc, err := assetTokenBase.abi.Pack("setMaxBalance", maxBalance)
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
func (assetTokenBase *AssetTokenBase) TryPackSetMaxBalance(maxBalance *big.Int) ([]byte, error) {
	return assetTokenBase.abi.Pack("setMaxBalance", maxBalance)
}

// PackSetMaxInvestors is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a6df897.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxInvestors(uint32 maxInvestors_) returns()
func (assetTokenBase *AssetTokenBase) PackSetMaxInvestors(maxInvestors uint32) []byte {
	enc, err := assetTokenBase.abi.Pack("setMaxInvestors", maxInvestors)
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
func (assetTokenBase *AssetTokenBase) TryPackSetMaxInvestors(maxInvestors uint32) ([]byte, error) {
	return assetTokenBase.abi.Pack("setMaxInvestors", maxInvestors)
}

// PackSetRequiredFlags is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2e09b0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRequiredFlags(uint8 flags) returns()
func (assetTokenBase *AssetTokenBase) PackSetRequiredFlags(flags uint8) []byte {
	enc, err := assetTokenBase.abi.Pack("setRequiredFlags", flags)
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
func (assetTokenBase *AssetTokenBase) TryPackSetRequiredFlags(flags uint8) ([]byte, error) {
	return assetTokenBase.abi.Pack("setRequiredFlags", flags)
}

// PackSetSupplyCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6a3f59a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSupplyCap(uint256 cap) returns()
func (assetTokenBase *AssetTokenBase) PackSetSupplyCap(cap *big.Int) []byte {
	enc, err := assetTokenBase.abi.Pack("setSupplyCap", cap)
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
func (assetTokenBase *AssetTokenBase) TryPackSetSupplyCap(cap *big.Int) ([]byte, error) {
	return assetTokenBase.abi.Pack("setSupplyCap", cap)
}

// PackSetValuationGuard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb20a5b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setValuationGuard(address feed, uint64 maxAge) returns()
func (assetTokenBase *AssetTokenBase) PackSetValuationGuard(feed common.Address, maxAge uint64) []byte {
	enc, err := assetTokenBase.abi.Pack("setValuationGuard", feed, maxAge)
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
func (assetTokenBase *AssetTokenBase) TryPackSetValuationGuard(feed common.Address, maxAge uint64) ([]byte, error) {
	return assetTokenBase.abi.Pack("setValuationGuard", feed, maxAge)
}

// PackSupplyCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f770ad0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supplyCap() view returns(uint256)
func (assetTokenBase *AssetTokenBase) PackSupplyCap() []byte {
	enc, err := assetTokenBase.abi.Pack("supplyCap")
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
func (assetTokenBase *AssetTokenBase) TryPackSupplyCap() ([]byte, error) {
	return assetTokenBase.abi.Pack("supplyCap")
}

// UnpackSupplyCap is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f770ad0.
//
// Solidity: function supplyCap() view returns(uint256)
func (assetTokenBase *AssetTokenBase) UnpackSupplyCap(data []byte) (*big.Int, error) {
	out, err := assetTokenBase.abi.Unpack("supplyCap", data)
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
func (assetTokenBase *AssetTokenBase) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := assetTokenBase.abi.Pack("supportsInterface", interfaceId)
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
func (assetTokenBase *AssetTokenBase) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return assetTokenBase.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (assetTokenBase *AssetTokenBase) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := assetTokenBase.abi.Unpack("supportsInterface", data)
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
func (assetTokenBase *AssetTokenBase) PackSymbol() []byte {
	enc, err := assetTokenBase.abi.Pack("symbol")
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
func (assetTokenBase *AssetTokenBase) TryPackSymbol() ([]byte, error) {
	return assetTokenBase.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (assetTokenBase *AssetTokenBase) UnpackSymbol(data []byte) (string, error) {
	out, err := assetTokenBase.abi.Unpack("symbol", data)
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
func (assetTokenBase *AssetTokenBase) PackTotalSupply() []byte {
	enc, err := assetTokenBase.abi.Pack("totalSupply")
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
func (assetTokenBase *AssetTokenBase) TryPackTotalSupply() ([]byte, error) {
	return assetTokenBase.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (assetTokenBase *AssetTokenBase) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := assetTokenBase.abi.Unpack("totalSupply", data)
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
func (assetTokenBase *AssetTokenBase) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := assetTokenBase.abi.Pack("transfer", to, value)
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
func (assetTokenBase *AssetTokenBase) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return assetTokenBase.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (assetTokenBase *AssetTokenBase) UnpackTransfer(data []byte) (bool, error) {
	out, err := assetTokenBase.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (assetTokenBase *AssetTokenBase) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := assetTokenBase.abi.Pack("transferFrom", from, to, value)
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
func (assetTokenBase *AssetTokenBase) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return assetTokenBase.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (assetTokenBase *AssetTokenBase) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := assetTokenBase.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUnfreezePartialTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fe56f7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unfreezePartialTokens(address account, uint256 amount) returns()
func (assetTokenBase *AssetTokenBase) PackUnfreezePartialTokens(account common.Address, amount *big.Int) []byte {
	enc, err := assetTokenBase.abi.Pack("unfreezePartialTokens", account, amount)
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
func (assetTokenBase *AssetTokenBase) TryPackUnfreezePartialTokens(account common.Address, amount *big.Int) ([]byte, error) {
	return assetTokenBase.abi.Pack("unfreezePartialTokens", account, amount)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (assetTokenBase *AssetTokenBase) PackUnpause() []byte {
	enc, err := assetTokenBase.abi.Pack("unpause")
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
func (assetTokenBase *AssetTokenBase) TryPackUnpause() ([]byte, error) {
	return assetTokenBase.abi.Pack("unpause")
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (assetTokenBase *AssetTokenBase) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := assetTokenBase.abi.Pack("upgradeToAndCall", newImplementation, data)
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
func (assetTokenBase *AssetTokenBase) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return assetTokenBase.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackValuationGuard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd911800a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function valuationGuard() view returns(address feed, uint64 maxAge)
func (assetTokenBase *AssetTokenBase) PackValuationGuard() []byte {
	enc, err := assetTokenBase.abi.Pack("valuationGuard")
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
func (assetTokenBase *AssetTokenBase) TryPackValuationGuard() ([]byte, error) {
	return assetTokenBase.abi.Pack("valuationGuard")
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
func (assetTokenBase *AssetTokenBase) UnpackValuationGuard(data []byte) (ValuationGuardOutput, error) {
	out, err := assetTokenBase.abi.Unpack("valuationGuard", data)
	outstruct := new(ValuationGuardOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Feed = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.MaxAge = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// AssetTokenBaseAddressFrozen represents a AddressFrozen event raised by the AssetTokenBase contract.
type AssetTokenBaseAddressFrozen struct {
	Account  common.Address
	IsFrozen bool
	Agent    common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const AssetTokenBaseAddressFrozenEventName = "AddressFrozen"

// ContractEventName returns the user-defined event name.
func (AssetTokenBaseAddressFrozen) ContractEventName() string {
	return AssetTokenBaseAddressFrozenEventName
}

// UnpackAddressFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AddressFrozen(address indexed account, bool indexed isFrozen, address indexed agent)
func (assetTokenBase *AssetTokenBase) UnpackAddressFrozenEvent(log *types.Log) (*AssetTokenBaseAddressFrozen, error) {
	event := "AddressFrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenBaseAddressFrozen)
	if len(log.Data) > 0 {
		if err := assetTokenBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenBase.abi.Events[event].Inputs {
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

// AssetTokenBaseApproval represents a Approval event raised by the AssetTokenBase contract.
type AssetTokenBaseApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenBaseApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (AssetTokenBaseApproval) ContractEventName() string {
	return AssetTokenBaseApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (assetTokenBase *AssetTokenBase) UnpackApprovalEvent(log *types.Log) (*AssetTokenBaseApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenBaseApproval)
	if len(log.Data) > 0 {
		if err := assetTokenBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenBase.abi.Events[event].Inputs {
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

// AssetTokenBaseCountryAllowed represents a CountryAllowed event raised by the AssetTokenBase contract.
type AssetTokenBaseCountryAllowed struct {
	Country uint16
	Allowed bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenBaseCountryAllowedEventName = "CountryAllowed"

// ContractEventName returns the user-defined event name.
func (AssetTokenBaseCountryAllowed) ContractEventName() string {
	return AssetTokenBaseCountryAllowedEventName
}

// UnpackCountryAllowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CountryAllowed(uint16 indexed country, bool allowed)
func (assetTokenBase *AssetTokenBase) UnpackCountryAllowedEvent(log *types.Log) (*AssetTokenBaseCountryAllowed, error) {
	event := "CountryAllowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenBaseCountryAllowed)
	if len(log.Data) > 0 {
		if err := assetTokenBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenBase.abi.Events[event].Inputs {
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

// AssetTokenBaseCountryRestrictionSet represents a CountryRestrictionSet event raised by the AssetTokenBase contract.
type AssetTokenBaseCountryRestrictionSet struct {
	Enabled bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenBaseCountryRestrictionSetEventName = "CountryRestrictionSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenBaseCountryRestrictionSet) ContractEventName() string {
	return AssetTokenBaseCountryRestrictionSetEventName
}

// UnpackCountryRestrictionSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CountryRestrictionSet(bool enabled)
func (assetTokenBase *AssetTokenBase) UnpackCountryRestrictionSetEvent(log *types.Log) (*AssetTokenBaseCountryRestrictionSet, error) {
	event := "CountryRestrictionSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenBaseCountryRestrictionSet)
	if len(log.Data) > 0 {
		if err := assetTokenBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenBase.abi.Events[event].Inputs {
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

// AssetTokenBaseDeedLocked represents a DeedLocked event raised by the AssetTokenBase contract.
type AssetTokenBaseDeedLocked struct {
	Deed   common.Address
	DeedId *big.Int
	From   common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const AssetTokenBaseDeedLockedEventName = "DeedLocked"

// ContractEventName returns the user-defined event name.
func (AssetTokenBaseDeedLocked) ContractEventName() string {
	return AssetTokenBaseDeedLockedEventName
}

// UnpackDeedLockedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeedLocked(address indexed deed, uint256 indexed deedId, address indexed from)
func (assetTokenBase *AssetTokenBase) UnpackDeedLockedEvent(log *types.Log) (*AssetTokenBaseDeedLocked, error) {
	event := "DeedLocked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenBaseDeedLocked)
	if len(log.Data) > 0 {
		if err := assetTokenBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenBase.abi.Events[event].Inputs {
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

// AssetTokenBaseDeedReleased represents a DeedReleased event raised by the AssetTokenBase contract.
type AssetTokenBaseDeedReleased struct {
	Deed   common.Address
	DeedId *big.Int
	To     common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const AssetTokenBaseDeedReleasedEventName = "DeedReleased"

// ContractEventName returns the user-defined event name.
func (AssetTokenBaseDeedReleased) ContractEventName() string {
	return AssetTokenBaseDeedReleasedEventName
}

// UnpackDeedReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeedReleased(address indexed deed, uint256 indexed deedId, address indexed to)
func (assetTokenBase *AssetTokenBase) UnpackDeedReleasedEvent(log *types.Log) (*AssetTokenBaseDeedReleased, error) {
	event := "DeedReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenBaseDeedReleased)
	if len(log.Data) > 0 {
		if err := assetTokenBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenBase.abi.Events[event].Inputs {
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

// AssetTokenBaseDocumentRemoved represents a DocumentRemoved event raised by the AssetTokenBase contract.
type AssetTokenBaseDocumentRemoved struct {
	Name         [32]byte
	Uri          string
	DocumentHash [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const AssetTokenBaseDocumentRemovedEventName = "DocumentRemoved"

// ContractEventName returns the user-defined event name.
func (AssetTokenBaseDocumentRemoved) ContractEventName() string {
	return AssetTokenBaseDocumentRemovedEventName
}

// UnpackDocumentRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DocumentRemoved(bytes32 indexed name, string uri, bytes32 documentHash)
func (assetTokenBase *AssetTokenBase) UnpackDocumentRemovedEvent(log *types.Log) (*AssetTokenBaseDocumentRemoved, error) {
	event := "DocumentRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenBaseDocumentRemoved)
	if len(log.Data) > 0 {
		if err := assetTokenBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenBase.abi.Events[event].Inputs {
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

// AssetTokenBaseDocumentUpdated represents a DocumentUpdated event raised by the AssetTokenBase contract.
type AssetTokenBaseDocumentUpdated struct {
	Name         [32]byte
	Uri          string
	DocumentHash [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const AssetTokenBaseDocumentUpdatedEventName = "DocumentUpdated"

// ContractEventName returns the user-defined event name.
func (AssetTokenBaseDocumentUpdated) ContractEventName() string {
	return AssetTokenBaseDocumentUpdatedEventName
}

// UnpackDocumentUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DocumentUpdated(bytes32 indexed name, string uri, bytes32 documentHash)
func (assetTokenBase *AssetTokenBase) UnpackDocumentUpdatedEvent(log *types.Log) (*AssetTokenBaseDocumentUpdated, error) {
	event := "DocumentUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenBaseDocumentUpdated)
	if len(log.Data) > 0 {
		if err := assetTokenBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenBase.abi.Events[event].Inputs {
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

// AssetTokenBaseEIP712DomainChanged represents a EIP712DomainChanged event raised by the AssetTokenBase contract.
type AssetTokenBaseEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const AssetTokenBaseEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (AssetTokenBaseEIP712DomainChanged) ContractEventName() string {
	return AssetTokenBaseEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (assetTokenBase *AssetTokenBase) UnpackEIP712DomainChangedEvent(log *types.Log) (*AssetTokenBaseEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenBaseEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := assetTokenBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenBase.abi.Events[event].Inputs {
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

// AssetTokenBaseForcedTransfer represents a ForcedTransfer event raised by the AssetTokenBase contract.
type AssetTokenBaseForcedTransfer struct {
	From   common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const AssetTokenBaseForcedTransferEventName = "ForcedTransfer"

// ContractEventName returns the user-defined event name.
func (AssetTokenBaseForcedTransfer) ContractEventName() string {
	return AssetTokenBaseForcedTransferEventName
}

// UnpackForcedTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ForcedTransfer(address indexed from, address indexed to, uint256 amount)
func (assetTokenBase *AssetTokenBase) UnpackForcedTransferEvent(log *types.Log) (*AssetTokenBaseForcedTransfer, error) {
	event := "ForcedTransfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenBaseForcedTransfer)
	if len(log.Data) > 0 {
		if err := assetTokenBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenBase.abi.Events[event].Inputs {
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

// AssetTokenBaseFrozen represents a Frozen event raised by the AssetTokenBase contract.
type AssetTokenBaseFrozen struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenBaseFrozenEventName = "Frozen"

// ContractEventName returns the user-defined event name.
func (AssetTokenBaseFrozen) ContractEventName() string {
	return AssetTokenBaseFrozenEventName
}

// UnpackFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Frozen(address indexed account, uint256 amount)
func (assetTokenBase *AssetTokenBase) UnpackFrozenEvent(log *types.Log) (*AssetTokenBaseFrozen, error) {
	event := "Frozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenBaseFrozen)
	if len(log.Data) > 0 {
		if err := assetTokenBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenBase.abi.Events[event].Inputs {
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

// AssetTokenBaseInitialized represents a Initialized event raised by the AssetTokenBase contract.
type AssetTokenBaseInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenBaseInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (AssetTokenBaseInitialized) ContractEventName() string {
	return AssetTokenBaseInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (assetTokenBase *AssetTokenBase) UnpackInitializedEvent(log *types.Log) (*AssetTokenBaseInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenBaseInitialized)
	if len(log.Data) > 0 {
		if err := assetTokenBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenBase.abi.Events[event].Inputs {
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

// AssetTokenBaseIssued represents a Issued event raised by the AssetTokenBase contract.
type AssetTokenBaseIssued struct {
	RequestId [32]byte
	To        common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const AssetTokenBaseIssuedEventName = "Issued"

// ContractEventName returns the user-defined event name.
func (AssetTokenBaseIssued) ContractEventName() string {
	return AssetTokenBaseIssuedEventName
}

// UnpackIssuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Issued(bytes32 indexed requestId, address indexed to, uint256 amount)
func (assetTokenBase *AssetTokenBase) UnpackIssuedEvent(log *types.Log) (*AssetTokenBaseIssued, error) {
	event := "Issued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenBaseIssued)
	if len(log.Data) > 0 {
		if err := assetTokenBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenBase.abi.Events[event].Inputs {
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

// AssetTokenBaseLockedUp represents a LockedUp event raised by the AssetTokenBase contract.
type AssetTokenBaseLockedUp struct {
	Account     common.Address
	Amount      *big.Int
	LockedUntil uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const AssetTokenBaseLockedUpEventName = "LockedUp"

// ContractEventName returns the user-defined event name.
func (AssetTokenBaseLockedUp) ContractEventName() string {
	return AssetTokenBaseLockedUpEventName
}

// UnpackLockedUpEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LockedUp(address indexed account, uint256 amount, uint64 lockedUntil)
func (assetTokenBase *AssetTokenBase) UnpackLockedUpEvent(log *types.Log) (*AssetTokenBaseLockedUp, error) {
	event := "LockedUp"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenBaseLockedUp)
	if len(log.Data) > 0 {
		if err := assetTokenBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenBase.abi.Events[event].Inputs {
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

// AssetTokenBaseMaxBalanceSet represents a MaxBalanceSet event raised by the AssetTokenBase contract.
type AssetTokenBaseMaxBalanceSet struct {
	MaxBalance *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetTokenBaseMaxBalanceSetEventName = "MaxBalanceSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenBaseMaxBalanceSet) ContractEventName() string {
	return AssetTokenBaseMaxBalanceSetEventName
}

// UnpackMaxBalanceSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxBalanceSet(uint256 maxBalance)
func (assetTokenBase *AssetTokenBase) UnpackMaxBalanceSetEvent(log *types.Log) (*AssetTokenBaseMaxBalanceSet, error) {
	event := "MaxBalanceSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenBaseMaxBalanceSet)
	if len(log.Data) > 0 {
		if err := assetTokenBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenBase.abi.Events[event].Inputs {
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

// AssetTokenBaseMaxInvestorsSet represents a MaxInvestorsSet event raised by the AssetTokenBase contract.
type AssetTokenBaseMaxInvestorsSet struct {
	MaxInvestors *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const AssetTokenBaseMaxInvestorsSetEventName = "MaxInvestorsSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenBaseMaxInvestorsSet) ContractEventName() string {
	return AssetTokenBaseMaxInvestorsSetEventName
}

// UnpackMaxInvestorsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxInvestorsSet(uint256 maxInvestors)
func (assetTokenBase *AssetTokenBase) UnpackMaxInvestorsSetEvent(log *types.Log) (*AssetTokenBaseMaxInvestorsSet, error) {
	event := "MaxInvestorsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenBaseMaxInvestorsSet)
	if len(log.Data) > 0 {
		if err := assetTokenBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenBase.abi.Events[event].Inputs {
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

// AssetTokenBasePaused represents a Paused event raised by the AssetTokenBase contract.
type AssetTokenBasePaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenBasePausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (AssetTokenBasePaused) ContractEventName() string {
	return AssetTokenBasePausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (assetTokenBase *AssetTokenBase) UnpackPausedEvent(log *types.Log) (*AssetTokenBasePaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenBasePaused)
	if len(log.Data) > 0 {
		if err := assetTokenBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenBase.abi.Events[event].Inputs {
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

// AssetTokenBaseRecoverySuccess represents a RecoverySuccess event raised by the AssetTokenBase contract.
type AssetTokenBaseRecoverySuccess struct {
	LostWallet common.Address
	NewWallet  common.Address
	InvestorId [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetTokenBaseRecoverySuccessEventName = "RecoverySuccess"

// ContractEventName returns the user-defined event name.
func (AssetTokenBaseRecoverySuccess) ContractEventName() string {
	return AssetTokenBaseRecoverySuccessEventName
}

// UnpackRecoverySuccessEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RecoverySuccess(address indexed lostWallet, address indexed newWallet, bytes32 indexed investorId)
func (assetTokenBase *AssetTokenBase) UnpackRecoverySuccessEvent(log *types.Log) (*AssetTokenBaseRecoverySuccess, error) {
	event := "RecoverySuccess"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenBaseRecoverySuccess)
	if len(log.Data) > 0 {
		if err := assetTokenBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenBase.abi.Events[event].Inputs {
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

// AssetTokenBaseRedeemed represents a Redeemed event raised by the AssetTokenBase contract.
type AssetTokenBaseRedeemed struct {
	RequestId [32]byte
	From      common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const AssetTokenBaseRedeemedEventName = "Redeemed"

// ContractEventName returns the user-defined event name.
func (AssetTokenBaseRedeemed) ContractEventName() string {
	return AssetTokenBaseRedeemedEventName
}

// UnpackRedeemedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Redeemed(bytes32 indexed requestId, address indexed from, uint256 amount)
func (assetTokenBase *AssetTokenBase) UnpackRedeemedEvent(log *types.Log) (*AssetTokenBaseRedeemed, error) {
	event := "Redeemed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenBaseRedeemed)
	if len(log.Data) > 0 {
		if err := assetTokenBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenBase.abi.Events[event].Inputs {
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

// AssetTokenBaseRequiredFlagsSet represents a RequiredFlagsSet event raised by the AssetTokenBase contract.
type AssetTokenBaseRequiredFlagsSet struct {
	Flags uint8
	Raw   *types.Log // Blockchain specific contextual infos
}

const AssetTokenBaseRequiredFlagsSetEventName = "RequiredFlagsSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenBaseRequiredFlagsSet) ContractEventName() string {
	return AssetTokenBaseRequiredFlagsSetEventName
}

// UnpackRequiredFlagsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequiredFlagsSet(uint8 flags)
func (assetTokenBase *AssetTokenBase) UnpackRequiredFlagsSetEvent(log *types.Log) (*AssetTokenBaseRequiredFlagsSet, error) {
	event := "RequiredFlagsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenBaseRequiredFlagsSet)
	if len(log.Data) > 0 {
		if err := assetTokenBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenBase.abi.Events[event].Inputs {
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

// AssetTokenBaseRoleAdminChanged represents a RoleAdminChanged event raised by the AssetTokenBase contract.
type AssetTokenBaseRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const AssetTokenBaseRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (AssetTokenBaseRoleAdminChanged) ContractEventName() string {
	return AssetTokenBaseRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (assetTokenBase *AssetTokenBase) UnpackRoleAdminChangedEvent(log *types.Log) (*AssetTokenBaseRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenBaseRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := assetTokenBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenBase.abi.Events[event].Inputs {
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

// AssetTokenBaseRoleGranted represents a RoleGranted event raised by the AssetTokenBase contract.
type AssetTokenBaseRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenBaseRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (AssetTokenBaseRoleGranted) ContractEventName() string {
	return AssetTokenBaseRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (assetTokenBase *AssetTokenBase) UnpackRoleGrantedEvent(log *types.Log) (*AssetTokenBaseRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenBaseRoleGranted)
	if len(log.Data) > 0 {
		if err := assetTokenBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenBase.abi.Events[event].Inputs {
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

// AssetTokenBaseRoleRevoked represents a RoleRevoked event raised by the AssetTokenBase contract.
type AssetTokenBaseRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenBaseRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (AssetTokenBaseRoleRevoked) ContractEventName() string {
	return AssetTokenBaseRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (assetTokenBase *AssetTokenBase) UnpackRoleRevokedEvent(log *types.Log) (*AssetTokenBaseRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenBaseRoleRevoked)
	if len(log.Data) > 0 {
		if err := assetTokenBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenBase.abi.Events[event].Inputs {
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

// AssetTokenBaseSupplyCapSet represents a SupplyCapSet event raised by the AssetTokenBase contract.
type AssetTokenBaseSupplyCapSet struct {
	Cap *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const AssetTokenBaseSupplyCapSetEventName = "SupplyCapSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenBaseSupplyCapSet) ContractEventName() string {
	return AssetTokenBaseSupplyCapSetEventName
}

// UnpackSupplyCapSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SupplyCapSet(uint256 cap)
func (assetTokenBase *AssetTokenBase) UnpackSupplyCapSetEvent(log *types.Log) (*AssetTokenBaseSupplyCapSet, error) {
	event := "SupplyCapSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenBaseSupplyCapSet)
	if len(log.Data) > 0 {
		if err := assetTokenBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenBase.abi.Events[event].Inputs {
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

// AssetTokenBaseTokensFrozen represents a TokensFrozen event raised by the AssetTokenBase contract.
type AssetTokenBaseTokensFrozen struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenBaseTokensFrozenEventName = "TokensFrozen"

// ContractEventName returns the user-defined event name.
func (AssetTokenBaseTokensFrozen) ContractEventName() string {
	return AssetTokenBaseTokensFrozenEventName
}

// UnpackTokensFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokensFrozen(address indexed account, uint256 amount)
func (assetTokenBase *AssetTokenBase) UnpackTokensFrozenEvent(log *types.Log) (*AssetTokenBaseTokensFrozen, error) {
	event := "TokensFrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenBaseTokensFrozen)
	if len(log.Data) > 0 {
		if err := assetTokenBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenBase.abi.Events[event].Inputs {
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

// AssetTokenBaseTokensUnfrozen represents a TokensUnfrozen event raised by the AssetTokenBase contract.
type AssetTokenBaseTokensUnfrozen struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenBaseTokensUnfrozenEventName = "TokensUnfrozen"

// ContractEventName returns the user-defined event name.
func (AssetTokenBaseTokensUnfrozen) ContractEventName() string {
	return AssetTokenBaseTokensUnfrozenEventName
}

// UnpackTokensUnfrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokensUnfrozen(address indexed account, uint256 amount)
func (assetTokenBase *AssetTokenBase) UnpackTokensUnfrozenEvent(log *types.Log) (*AssetTokenBaseTokensUnfrozen, error) {
	event := "TokensUnfrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenBaseTokensUnfrozen)
	if len(log.Data) > 0 {
		if err := assetTokenBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenBase.abi.Events[event].Inputs {
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

// AssetTokenBaseTransfer represents a Transfer event raised by the AssetTokenBase contract.
type AssetTokenBaseTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const AssetTokenBaseTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (AssetTokenBaseTransfer) ContractEventName() string {
	return AssetTokenBaseTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (assetTokenBase *AssetTokenBase) UnpackTransferEvent(log *types.Log) (*AssetTokenBaseTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenBaseTransfer)
	if len(log.Data) > 0 {
		if err := assetTokenBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenBase.abi.Events[event].Inputs {
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

// AssetTokenBaseUnpaused represents a Unpaused event raised by the AssetTokenBase contract.
type AssetTokenBaseUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenBaseUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (AssetTokenBaseUnpaused) ContractEventName() string {
	return AssetTokenBaseUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (assetTokenBase *AssetTokenBase) UnpackUnpausedEvent(log *types.Log) (*AssetTokenBaseUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenBaseUnpaused)
	if len(log.Data) > 0 {
		if err := assetTokenBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenBase.abi.Events[event].Inputs {
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

// AssetTokenBaseUpgraded represents a Upgraded event raised by the AssetTokenBase contract.
type AssetTokenBaseUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const AssetTokenBaseUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (AssetTokenBaseUpgraded) ContractEventName() string {
	return AssetTokenBaseUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (assetTokenBase *AssetTokenBase) UnpackUpgradedEvent(log *types.Log) (*AssetTokenBaseUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenBaseUpgraded)
	if len(log.Data) > 0 {
		if err := assetTokenBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenBase.abi.Events[event].Inputs {
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

// AssetTokenBaseValuationGuardSet represents a ValuationGuardSet event raised by the AssetTokenBase contract.
type AssetTokenBaseValuationGuardSet struct {
	Feed   common.Address
	MaxAge uint64
	Raw    *types.Log // Blockchain specific contextual infos
}

const AssetTokenBaseValuationGuardSetEventName = "ValuationGuardSet"

// ContractEventName returns the user-defined event name.
func (AssetTokenBaseValuationGuardSet) ContractEventName() string {
	return AssetTokenBaseValuationGuardSetEventName
}

// UnpackValuationGuardSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValuationGuardSet(address indexed feed, uint64 maxAge)
func (assetTokenBase *AssetTokenBase) UnpackValuationGuardSetEvent(log *types.Log) (*AssetTokenBaseValuationGuardSet, error) {
	event := "ValuationGuardSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenBase.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenBaseValuationGuardSet)
	if len(log.Data) > 0 {
		if err := assetTokenBase.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenBase.abi.Events[event].Inputs {
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
func (assetTokenBase *AssetTokenBase) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["DeedNotHeld"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackDeedNotHeldError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["DocumentNotFound"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackDocumentNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["ERC7943CannotReceive"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackERC7943CannotReceiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["ERC7943CannotSend"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackERC7943CannotSendError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["ERC7943CannotTransfer"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackERC7943CannotTransferError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["ERC7943InsufficientUnfrozenBalance"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackERC7943InsufficientUnfrozenBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["FractionsOutstanding"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackFractionsOutstandingError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["FreezeExceedsBalance"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackFreezeExceedsBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["InvalidAmount"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackInvalidAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["InvalidDocument"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackInvalidDocumentError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["InvalidLockup"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackInvalidLockupError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["InvalidRegistry"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackInvalidRegistryError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["InvalidRequestId"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackInvalidRequestIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["InvalidSupplyCap"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackInvalidSupplyCapError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["InvalidUpgrader"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackInvalidUpgraderError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["NoDeed"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackNoDeedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["NothingToRecover"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackNothingToRecoverError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["RecoveryInvestorMismatch"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackRecoveryInvestorMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["RegistryMismatch"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackRegistryMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["RequestAlreadyProcessed"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackRequestAlreadyProcessedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["SameWallet"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackSameWalletError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["SupplyCapAlreadySet"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackSupplyCapAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["SupplyCapExceeded"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackSupplyCapExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["SupplyOverflow"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackSupplyOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["TransferRestricted"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackTransferRestrictedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["UnexpectedDeed"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackUnexpectedDeedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenBase.abi.Errors["UnfreezeExceedsFrozen"].ID.Bytes()[:4]) {
		return assetTokenBase.UnpackUnfreezeExceedsFrozenError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AssetTokenBaseAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the AssetTokenBase contract.
type AssetTokenBaseAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func AssetTokenBaseAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (assetTokenBase *AssetTokenBase) UnpackAccessControlBadConfirmationError(raw []byte) (*AssetTokenBaseAccessControlBadConfirmation, error) {
	out := new(AssetTokenBaseAccessControlBadConfirmation)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the AssetTokenBase contract.
type AssetTokenBaseAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func AssetTokenBaseAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (assetTokenBase *AssetTokenBase) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*AssetTokenBaseAccessControlUnauthorizedAccount, error) {
	out := new(AssetTokenBaseAccessControlUnauthorizedAccount)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseAddressEmptyCode represents a AddressEmptyCode error raised by the AssetTokenBase contract.
type AssetTokenBaseAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func AssetTokenBaseAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (assetTokenBase *AssetTokenBase) UnpackAddressEmptyCodeError(raw []byte) (*AssetTokenBaseAddressEmptyCode, error) {
	out := new(AssetTokenBaseAddressEmptyCode)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseDeedNotHeld represents a DeedNotHeld error raised by the AssetTokenBase contract.
type AssetTokenBaseDeedNotHeld struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeedNotHeld()
func AssetTokenBaseDeedNotHeldErrorID() common.Hash {
	return common.HexToHash("0x5dbdcfb1572c3e4526689cbf7654f951f30c6f3d14926d691a6a1a53a0a845b7")
}

// UnpackDeedNotHeldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeedNotHeld()
func (assetTokenBase *AssetTokenBase) UnpackDeedNotHeldError(raw []byte) (*AssetTokenBaseDeedNotHeld, error) {
	out := new(AssetTokenBaseDeedNotHeld)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "DeedNotHeld", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseDocumentNotFound represents a DocumentNotFound error raised by the AssetTokenBase contract.
type AssetTokenBaseDocumentNotFound struct {
	Name [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DocumentNotFound(bytes32 name)
func AssetTokenBaseDocumentNotFoundErrorID() common.Hash {
	return common.HexToHash("0xecdcdca50f5ee48df02cf9f9fe8cd6afeb1edb79bd6ffe286910c624e3653a08")
}

// UnpackDocumentNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DocumentNotFound(bytes32 name)
func (assetTokenBase *AssetTokenBase) UnpackDocumentNotFoundError(raw []byte) (*AssetTokenBaseDocumentNotFound, error) {
	out := new(AssetTokenBaseDocumentNotFound)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "DocumentNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the AssetTokenBase contract.
type AssetTokenBaseECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func AssetTokenBaseECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (assetTokenBase *AssetTokenBase) UnpackECDSAInvalidSignatureError(raw []byte) (*AssetTokenBaseECDSAInvalidSignature, error) {
	out := new(AssetTokenBaseECDSAInvalidSignature)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the AssetTokenBase contract.
type AssetTokenBaseECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func AssetTokenBaseECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (assetTokenBase *AssetTokenBase) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*AssetTokenBaseECDSAInvalidSignatureLength, error) {
	out := new(AssetTokenBaseECDSAInvalidSignatureLength)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the AssetTokenBase contract.
type AssetTokenBaseECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func AssetTokenBaseECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (assetTokenBase *AssetTokenBase) UnpackECDSAInvalidSignatureSError(raw []byte) (*AssetTokenBaseECDSAInvalidSignatureS, error) {
	out := new(AssetTokenBaseECDSAInvalidSignatureS)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the AssetTokenBase contract.
type AssetTokenBaseERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func AssetTokenBaseERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (assetTokenBase *AssetTokenBase) UnpackERC1967InvalidImplementationError(raw []byte) (*AssetTokenBaseERC1967InvalidImplementation, error) {
	out := new(AssetTokenBaseERC1967InvalidImplementation)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseERC1967NonPayable represents a ERC1967NonPayable error raised by the AssetTokenBase contract.
type AssetTokenBaseERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func AssetTokenBaseERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (assetTokenBase *AssetTokenBase) UnpackERC1967NonPayableError(raw []byte) (*AssetTokenBaseERC1967NonPayable, error) {
	out := new(AssetTokenBaseERC1967NonPayable)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the AssetTokenBase contract.
type AssetTokenBaseERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func AssetTokenBaseERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (assetTokenBase *AssetTokenBase) UnpackERC20InsufficientAllowanceError(raw []byte) (*AssetTokenBaseERC20InsufficientAllowance, error) {
	out := new(AssetTokenBaseERC20InsufficientAllowance)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the AssetTokenBase contract.
type AssetTokenBaseERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func AssetTokenBaseERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (assetTokenBase *AssetTokenBase) UnpackERC20InsufficientBalanceError(raw []byte) (*AssetTokenBaseERC20InsufficientBalance, error) {
	out := new(AssetTokenBaseERC20InsufficientBalance)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseERC20InvalidApprover represents a ERC20InvalidApprover error raised by the AssetTokenBase contract.
type AssetTokenBaseERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func AssetTokenBaseERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (assetTokenBase *AssetTokenBase) UnpackERC20InvalidApproverError(raw []byte) (*AssetTokenBaseERC20InvalidApprover, error) {
	out := new(AssetTokenBaseERC20InvalidApprover)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the AssetTokenBase contract.
type AssetTokenBaseERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func AssetTokenBaseERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (assetTokenBase *AssetTokenBase) UnpackERC20InvalidReceiverError(raw []byte) (*AssetTokenBaseERC20InvalidReceiver, error) {
	out := new(AssetTokenBaseERC20InvalidReceiver)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseERC20InvalidSender represents a ERC20InvalidSender error raised by the AssetTokenBase contract.
type AssetTokenBaseERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func AssetTokenBaseERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (assetTokenBase *AssetTokenBase) UnpackERC20InvalidSenderError(raw []byte) (*AssetTokenBaseERC20InvalidSender, error) {
	out := new(AssetTokenBaseERC20InvalidSender)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseERC20InvalidSpender represents a ERC20InvalidSpender error raised by the AssetTokenBase contract.
type AssetTokenBaseERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func AssetTokenBaseERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (assetTokenBase *AssetTokenBase) UnpackERC20InvalidSpenderError(raw []byte) (*AssetTokenBaseERC20InvalidSpender, error) {
	out := new(AssetTokenBaseERC20InvalidSpender)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the AssetTokenBase contract.
type AssetTokenBaseERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func AssetTokenBaseERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (assetTokenBase *AssetTokenBase) UnpackERC2612ExpiredSignatureError(raw []byte) (*AssetTokenBaseERC2612ExpiredSignature, error) {
	out := new(AssetTokenBaseERC2612ExpiredSignature)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the AssetTokenBase contract.
type AssetTokenBaseERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func AssetTokenBaseERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (assetTokenBase *AssetTokenBase) UnpackERC2612InvalidSignerError(raw []byte) (*AssetTokenBaseERC2612InvalidSigner, error) {
	out := new(AssetTokenBaseERC2612InvalidSigner)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseERC7943CannotReceive represents a ERC7943CannotReceive error raised by the AssetTokenBase contract.
type AssetTokenBaseERC7943CannotReceive struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC7943CannotReceive(address account)
func AssetTokenBaseERC7943CannotReceiveErrorID() common.Hash {
	return common.HexToHash("0x705c1eed043f2b5dd3a4688f5c1e6b1faf4697a98d761d0c7c4a271abe1871d7")
}

// UnpackERC7943CannotReceiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC7943CannotReceive(address account)
func (assetTokenBase *AssetTokenBase) UnpackERC7943CannotReceiveError(raw []byte) (*AssetTokenBaseERC7943CannotReceive, error) {
	out := new(AssetTokenBaseERC7943CannotReceive)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "ERC7943CannotReceive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseERC7943CannotSend represents a ERC7943CannotSend error raised by the AssetTokenBase contract.
type AssetTokenBaseERC7943CannotSend struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC7943CannotSend(address account)
func AssetTokenBaseERC7943CannotSendErrorID() common.Hash {
	return common.HexToHash("0x45bae9e2664ba3991d05bcca7d5c5f19ee9f38b3035017e78a7a5def3ce92fce")
}

// UnpackERC7943CannotSendError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC7943CannotSend(address account)
func (assetTokenBase *AssetTokenBase) UnpackERC7943CannotSendError(raw []byte) (*AssetTokenBaseERC7943CannotSend, error) {
	out := new(AssetTokenBaseERC7943CannotSend)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "ERC7943CannotSend", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseERC7943CannotTransfer represents a ERC7943CannotTransfer error raised by the AssetTokenBase contract.
type AssetTokenBaseERC7943CannotTransfer struct {
	From   common.Address
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC7943CannotTransfer(address from, address to, uint256 amount)
func AssetTokenBaseERC7943CannotTransferErrorID() common.Hash {
	return common.HexToHash("0x22dda4bed2c3de93b2113939aa840605ac72c6ea305ccc6956bfd21a80ff1844")
}

// UnpackERC7943CannotTransferError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC7943CannotTransfer(address from, address to, uint256 amount)
func (assetTokenBase *AssetTokenBase) UnpackERC7943CannotTransferError(raw []byte) (*AssetTokenBaseERC7943CannotTransfer, error) {
	out := new(AssetTokenBaseERC7943CannotTransfer)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "ERC7943CannotTransfer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseERC7943InsufficientUnfrozenBalance represents a ERC7943InsufficientUnfrozenBalance error raised by the AssetTokenBase contract.
type AssetTokenBaseERC7943InsufficientUnfrozenBalance struct {
	Account  common.Address
	Amount   *big.Int
	Unfrozen *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC7943InsufficientUnfrozenBalance(address account, uint256 amount, uint256 unfrozen)
func AssetTokenBaseERC7943InsufficientUnfrozenBalanceErrorID() common.Hash {
	return common.HexToHash("0x00384e71f9ee67e5b3db3a408056d2dd6ab6178ba0c4f873853601e1f83f4b8a")
}

// UnpackERC7943InsufficientUnfrozenBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC7943InsufficientUnfrozenBalance(address account, uint256 amount, uint256 unfrozen)
func (assetTokenBase *AssetTokenBase) UnpackERC7943InsufficientUnfrozenBalanceError(raw []byte) (*AssetTokenBaseERC7943InsufficientUnfrozenBalance, error) {
	out := new(AssetTokenBaseERC7943InsufficientUnfrozenBalance)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "ERC7943InsufficientUnfrozenBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseFailedCall represents a FailedCall error raised by the AssetTokenBase contract.
type AssetTokenBaseFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func AssetTokenBaseFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (assetTokenBase *AssetTokenBase) UnpackFailedCallError(raw []byte) (*AssetTokenBaseFailedCall, error) {
	out := new(AssetTokenBaseFailedCall)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseFractionsOutstanding represents a FractionsOutstanding error raised by the AssetTokenBase contract.
type AssetTokenBaseFractionsOutstanding struct {
	Supply *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FractionsOutstanding(uint256 supply)
func AssetTokenBaseFractionsOutstandingErrorID() common.Hash {
	return common.HexToHash("0x66ee5da8b8dfb8a10ae6799946557ee0612c7fae91be16363e84a5443c579eb9")
}

// UnpackFractionsOutstandingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FractionsOutstanding(uint256 supply)
func (assetTokenBase *AssetTokenBase) UnpackFractionsOutstandingError(raw []byte) (*AssetTokenBaseFractionsOutstanding, error) {
	out := new(AssetTokenBaseFractionsOutstanding)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "FractionsOutstanding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseFreezeExceedsBalance represents a FreezeExceedsBalance error raised by the AssetTokenBase contract.
type AssetTokenBaseFreezeExceedsBalance struct {
	Account common.Address
	Frozen  *big.Int
	Balance *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FreezeExceedsBalance(address account, uint256 frozen, uint256 balance)
func AssetTokenBaseFreezeExceedsBalanceErrorID() common.Hash {
	return common.HexToHash("0xf0d8212b2d0385e9c494f5ac843aa07904b262ce1f11d044286ed9e6f7d8de19")
}

// UnpackFreezeExceedsBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FreezeExceedsBalance(address account, uint256 frozen, uint256 balance)
func (assetTokenBase *AssetTokenBase) UnpackFreezeExceedsBalanceError(raw []byte) (*AssetTokenBaseFreezeExceedsBalance, error) {
	out := new(AssetTokenBaseFreezeExceedsBalance)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "FreezeExceedsBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseInvalidAccountNonce represents a InvalidAccountNonce error raised by the AssetTokenBase contract.
type AssetTokenBaseInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func AssetTokenBaseInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (assetTokenBase *AssetTokenBase) UnpackInvalidAccountNonceError(raw []byte) (*AssetTokenBaseInvalidAccountNonce, error) {
	out := new(AssetTokenBaseInvalidAccountNonce)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseInvalidAmount represents a InvalidAmount error raised by the AssetTokenBase contract.
type AssetTokenBaseInvalidAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAmount()
func AssetTokenBaseInvalidAmountErrorID() common.Hash {
	return common.HexToHash("0x2c5211c6cb73b16841677a034781e8336d18ce66df858e54153c86854e11f7b8")
}

// UnpackInvalidAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAmount()
func (assetTokenBase *AssetTokenBase) UnpackInvalidAmountError(raw []byte) (*AssetTokenBaseInvalidAmount, error) {
	out := new(AssetTokenBaseInvalidAmount)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "InvalidAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseInvalidDocument represents a InvalidDocument error raised by the AssetTokenBase contract.
type AssetTokenBaseInvalidDocument struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDocument()
func AssetTokenBaseInvalidDocumentErrorID() common.Hash {
	return common.HexToHash("0x2c4639c6076f612c21b1e071c0f96de4b3e57b8d35d6e9013086a23bdcc48aef")
}

// UnpackInvalidDocumentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDocument()
func (assetTokenBase *AssetTokenBase) UnpackInvalidDocumentError(raw []byte) (*AssetTokenBaseInvalidDocument, error) {
	out := new(AssetTokenBaseInvalidDocument)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "InvalidDocument", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseInvalidInitialization represents a InvalidInitialization error raised by the AssetTokenBase contract.
type AssetTokenBaseInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func AssetTokenBaseInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (assetTokenBase *AssetTokenBase) UnpackInvalidInitializationError(raw []byte) (*AssetTokenBaseInvalidInitialization, error) {
	out := new(AssetTokenBaseInvalidInitialization)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseInvalidLockup represents a InvalidLockup error raised by the AssetTokenBase contract.
type AssetTokenBaseInvalidLockup struct {
	LockedUntil uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidLockup(uint64 lockedUntil)
func AssetTokenBaseInvalidLockupErrorID() common.Hash {
	return common.HexToHash("0xf65609c5c052cc5369637f891b070f65e7d89faf48f129c3468a3c3a01ff5de4")
}

// UnpackInvalidLockupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidLockup(uint64 lockedUntil)
func (assetTokenBase *AssetTokenBase) UnpackInvalidLockupError(raw []byte) (*AssetTokenBaseInvalidLockup, error) {
	out := new(AssetTokenBaseInvalidLockup)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "InvalidLockup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseInvalidRegistry represents a InvalidRegistry error raised by the AssetTokenBase contract.
type AssetTokenBaseInvalidRegistry struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRegistry()
func AssetTokenBaseInvalidRegistryErrorID() common.Hash {
	return common.HexToHash("0x11a1e697a1c85975448db6646a7687242f7872b0e576fef10a19373ad31e3e4d")
}

// UnpackInvalidRegistryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRegistry()
func (assetTokenBase *AssetTokenBase) UnpackInvalidRegistryError(raw []byte) (*AssetTokenBaseInvalidRegistry, error) {
	out := new(AssetTokenBaseInvalidRegistry)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "InvalidRegistry", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseInvalidRequestId represents a InvalidRequestId error raised by the AssetTokenBase contract.
type AssetTokenBaseInvalidRequestId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRequestId()
func AssetTokenBaseInvalidRequestIdErrorID() common.Hash {
	return common.HexToHash("0xba0514c0d5ec80c22a6ebd3f2e6691e2f9ad3d1402978084361a7537d8546138")
}

// UnpackInvalidRequestIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRequestId()
func (assetTokenBase *AssetTokenBase) UnpackInvalidRequestIdError(raw []byte) (*AssetTokenBaseInvalidRequestId, error) {
	out := new(AssetTokenBaseInvalidRequestId)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "InvalidRequestId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseInvalidSupplyCap represents a InvalidSupplyCap error raised by the AssetTokenBase contract.
type AssetTokenBaseInvalidSupplyCap struct {
	Cap    *big.Int
	Supply *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSupplyCap(uint256 cap, uint256 supply)
func AssetTokenBaseInvalidSupplyCapErrorID() common.Hash {
	return common.HexToHash("0x0a3780ce0a3a11d85fb08eca06c71bd05b397969fdfe3295b25e3206bb51788d")
}

// UnpackInvalidSupplyCapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSupplyCap(uint256 cap, uint256 supply)
func (assetTokenBase *AssetTokenBase) UnpackInvalidSupplyCapError(raw []byte) (*AssetTokenBaseInvalidSupplyCap, error) {
	out := new(AssetTokenBaseInvalidSupplyCap)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "InvalidSupplyCap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseInvalidUpgrader represents a InvalidUpgrader error raised by the AssetTokenBase contract.
type AssetTokenBaseInvalidUpgrader struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidUpgrader()
func AssetTokenBaseInvalidUpgraderErrorID() common.Hash {
	return common.HexToHash("0x93c27326af213034bd281f7765a9aabcf1b2c7794e6bcf620bbaab397462410f")
}

// UnpackInvalidUpgraderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidUpgrader()
func (assetTokenBase *AssetTokenBase) UnpackInvalidUpgraderError(raw []byte) (*AssetTokenBaseInvalidUpgrader, error) {
	out := new(AssetTokenBaseInvalidUpgrader)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "InvalidUpgrader", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseLengthMismatch represents a LengthMismatch error raised by the AssetTokenBase contract.
type AssetTokenBaseLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch()
func AssetTokenBaseLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xff633a3803c58b9bc21e58efecee59f27e033cc0b1883fccb4969c76146fe60f")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch()
func (assetTokenBase *AssetTokenBase) UnpackLengthMismatchError(raw []byte) (*AssetTokenBaseLengthMismatch, error) {
	out := new(AssetTokenBaseLengthMismatch)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseNoDeed represents a NoDeed error raised by the AssetTokenBase contract.
type AssetTokenBaseNoDeed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoDeed()
func AssetTokenBaseNoDeedErrorID() common.Hash {
	return common.HexToHash("0xc1ffbfc1a56ba459bba00e31cfb4451b66eb65b30d4de2f8c880b6d3b73796af")
}

// UnpackNoDeedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoDeed()
func (assetTokenBase *AssetTokenBase) UnpackNoDeedError(raw []byte) (*AssetTokenBaseNoDeed, error) {
	out := new(AssetTokenBaseNoDeed)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "NoDeed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseNotInitializing represents a NotInitializing error raised by the AssetTokenBase contract.
type AssetTokenBaseNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func AssetTokenBaseNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (assetTokenBase *AssetTokenBase) UnpackNotInitializingError(raw []byte) (*AssetTokenBaseNotInitializing, error) {
	out := new(AssetTokenBaseNotInitializing)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseNothingToRecover represents a NothingToRecover error raised by the AssetTokenBase contract.
type AssetTokenBaseNothingToRecover struct {
	LostWallet common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToRecover(address lostWallet)
func AssetTokenBaseNothingToRecoverErrorID() common.Hash {
	return common.HexToHash("0x86d9d0354b396b81f550c04abd222485cc87e7b37fc56bd7fbbccdebdddb9588")
}

// UnpackNothingToRecoverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToRecover(address lostWallet)
func (assetTokenBase *AssetTokenBase) UnpackNothingToRecoverError(raw []byte) (*AssetTokenBaseNothingToRecover, error) {
	out := new(AssetTokenBaseNothingToRecover)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "NothingToRecover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseRecoveryInvestorMismatch represents a RecoveryInvestorMismatch error raised by the AssetTokenBase contract.
type AssetTokenBaseRecoveryInvestorMismatch struct {
	Wallet     common.Address
	InvestorId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecoveryInvestorMismatch(address wallet, bytes32 investorId)
func AssetTokenBaseRecoveryInvestorMismatchErrorID() common.Hash {
	return common.HexToHash("0xd067f144044e6aca5a72ea4a8588ddf6a4034eabdad5e7a88d27fa28eda277d5")
}

// UnpackRecoveryInvestorMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecoveryInvestorMismatch(address wallet, bytes32 investorId)
func (assetTokenBase *AssetTokenBase) UnpackRecoveryInvestorMismatchError(raw []byte) (*AssetTokenBaseRecoveryInvestorMismatch, error) {
	out := new(AssetTokenBaseRecoveryInvestorMismatch)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "RecoveryInvestorMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseRegistryMismatch represents a RegistryMismatch error raised by the AssetTokenBase contract.
type AssetTokenBaseRegistryMismatch struct {
	Registry common.Address
	Given    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryMismatch(address registry, address given)
func AssetTokenBaseRegistryMismatchErrorID() common.Hash {
	return common.HexToHash("0x0cb3ba696dc11c02a665839813ec80619784a94a8c09902729d45dc8322203fa")
}

// UnpackRegistryMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryMismatch(address registry, address given)
func (assetTokenBase *AssetTokenBase) UnpackRegistryMismatchError(raw []byte) (*AssetTokenBaseRegistryMismatch, error) {
	out := new(AssetTokenBaseRegistryMismatch)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "RegistryMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseRequestAlreadyProcessed represents a RequestAlreadyProcessed error raised by the AssetTokenBase contract.
type AssetTokenBaseRequestAlreadyProcessed struct {
	RequestId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestAlreadyProcessed(bytes32 requestId)
func AssetTokenBaseRequestAlreadyProcessedErrorID() common.Hash {
	return common.HexToHash("0x0b72c55bd5e01a3dd74a1fa9d03564e3acb39f281ad76d13d362b378881ce65c")
}

// UnpackRequestAlreadyProcessedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestAlreadyProcessed(bytes32 requestId)
func (assetTokenBase *AssetTokenBase) UnpackRequestAlreadyProcessedError(raw []byte) (*AssetTokenBaseRequestAlreadyProcessed, error) {
	out := new(AssetTokenBaseRequestAlreadyProcessed)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "RequestAlreadyProcessed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseSameWallet represents a SameWallet error raised by the AssetTokenBase contract.
type AssetTokenBaseSameWallet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SameWallet()
func AssetTokenBaseSameWalletErrorID() common.Hash {
	return common.HexToHash("0x94a3d97966ea005ec91b894676eb5999980a7ab09d9228c0a6c07c9440163de7")
}

// UnpackSameWalletError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SameWallet()
func (assetTokenBase *AssetTokenBase) UnpackSameWalletError(raw []byte) (*AssetTokenBaseSameWallet, error) {
	out := new(AssetTokenBaseSameWallet)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "SameWallet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseSupplyCapAlreadySet represents a SupplyCapAlreadySet error raised by the AssetTokenBase contract.
type AssetTokenBaseSupplyCapAlreadySet struct {
	Cap *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SupplyCapAlreadySet(uint256 cap)
func AssetTokenBaseSupplyCapAlreadySetErrorID() common.Hash {
	return common.HexToHash("0xf8064ef6e8ae12291b6b7e8dabe87a0a85e788f5b9c5e1b891879badb02b586c")
}

// UnpackSupplyCapAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SupplyCapAlreadySet(uint256 cap)
func (assetTokenBase *AssetTokenBase) UnpackSupplyCapAlreadySetError(raw []byte) (*AssetTokenBaseSupplyCapAlreadySet, error) {
	out := new(AssetTokenBaseSupplyCapAlreadySet)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "SupplyCapAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseSupplyCapExceeded represents a SupplyCapExceeded error raised by the AssetTokenBase contract.
type AssetTokenBaseSupplyCapExceeded struct {
	Cap    *big.Int
	Supply *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SupplyCapExceeded(uint256 cap, uint256 supply)
func AssetTokenBaseSupplyCapExceededErrorID() common.Hash {
	return common.HexToHash("0x4b344b11eba23caa214c65adbd2869e50bd62099a66779a6776501f75116ec93")
}

// UnpackSupplyCapExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SupplyCapExceeded(uint256 cap, uint256 supply)
func (assetTokenBase *AssetTokenBase) UnpackSupplyCapExceededError(raw []byte) (*AssetTokenBaseSupplyCapExceeded, error) {
	out := new(AssetTokenBaseSupplyCapExceeded)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "SupplyCapExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseSupplyOverflow represents a SupplyOverflow error raised by the AssetTokenBase contract.
type AssetTokenBaseSupplyOverflow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SupplyOverflow()
func AssetTokenBaseSupplyOverflowErrorID() common.Hash {
	return common.HexToHash("0x7ebdee1b9f7526b1faa7181fc6d413c04c5b5d90418e4afeb172b0b43df27e30")
}

// UnpackSupplyOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SupplyOverflow()
func (assetTokenBase *AssetTokenBase) UnpackSupplyOverflowError(raw []byte) (*AssetTokenBaseSupplyOverflow, error) {
	out := new(AssetTokenBaseSupplyOverflow)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "SupplyOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseTransferRestricted represents a TransferRestricted error raised by the AssetTokenBase contract.
type AssetTokenBaseTransferRestricted struct {
	Code uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferRestricted(uint8 code)
func AssetTokenBaseTransferRestrictedErrorID() common.Hash {
	return common.HexToHash("0xe18ca2b9b451bf0dffa5160cc54e30c428dde179b65b354eee7185b6d097c2a1")
}

// UnpackTransferRestrictedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferRestricted(uint8 code)
func (assetTokenBase *AssetTokenBase) UnpackTransferRestrictedError(raw []byte) (*AssetTokenBaseTransferRestricted, error) {
	out := new(AssetTokenBaseTransferRestricted)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "TransferRestricted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseUUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the AssetTokenBase contract.
type AssetTokenBaseUUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func AssetTokenBaseUUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (assetTokenBase *AssetTokenBase) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*AssetTokenBaseUUPSUnauthorizedCallContext, error) {
	out := new(AssetTokenBaseUUPSUnauthorizedCallContext)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseUUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the AssetTokenBase contract.
type AssetTokenBaseUUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func AssetTokenBaseUUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (assetTokenBase *AssetTokenBase) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*AssetTokenBaseUUPSUnsupportedProxiableUUID, error) {
	out := new(AssetTokenBaseUUPSUnsupportedProxiableUUID)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseUnexpectedDeed represents a UnexpectedDeed error raised by the AssetTokenBase contract.
type AssetTokenBaseUnexpectedDeed struct {
	Token   common.Address
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedDeed(address token, uint256 tokenId)
func AssetTokenBaseUnexpectedDeedErrorID() common.Hash {
	return common.HexToHash("0x853a50cb43487d48b72de797b87b173a08953ba0dd4f7b126e17a231a7573378")
}

// UnpackUnexpectedDeedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedDeed(address token, uint256 tokenId)
func (assetTokenBase *AssetTokenBase) UnpackUnexpectedDeedError(raw []byte) (*AssetTokenBaseUnexpectedDeed, error) {
	out := new(AssetTokenBaseUnexpectedDeed)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "UnexpectedDeed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenBaseUnfreezeExceedsFrozen represents a UnfreezeExceedsFrozen error raised by the AssetTokenBase contract.
type AssetTokenBaseUnfreezeExceedsFrozen struct {
	Account common.Address
	Frozen  *big.Int
	Amount  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnfreezeExceedsFrozen(address account, uint256 frozen, uint256 amount)
func AssetTokenBaseUnfreezeExceedsFrozenErrorID() common.Hash {
	return common.HexToHash("0xe0dfe97fc7c79f92ffcc46a2e29ea9d7ddbe9d44cc7593b8255f7b2eba5ddef6")
}

// UnpackUnfreezeExceedsFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnfreezeExceedsFrozen(address account, uint256 frozen, uint256 amount)
func (assetTokenBase *AssetTokenBase) UnpackUnfreezeExceedsFrozenError(raw []byte) (*AssetTokenBaseUnfreezeExceedsFrozen, error) {
	out := new(AssetTokenBaseUnfreezeExceedsFrozen)
	if err := assetTokenBase.abi.UnpackIntoInterface(out, "UnfreezeExceedsFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}
