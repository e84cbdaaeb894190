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

// AssetTokenV2MetaData contains all meta data concerning the AssetTokenV2 contract.
var AssetTokenV2MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIdentityRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DeedNotHeld\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"DocumentNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"FractionsOutstanding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"FreezeExceedsBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidDocument\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"name\":\"InvalidLockup\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidRegistry\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidRequestId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"marginMode\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"margin\",\"type\":\"uint256\"}],\"name\":\"InvalidReserveGuard\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"InvalidSupplyCap\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidUpgrader\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoDeed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"}],\"name\":\"NothingToRecover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"RecoveryInvestorMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"registry\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"given\",\"type\":\"address\"}],\"name\":\"RegistryMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"RequestAlreadyProcessed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SameWallet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"SupplyCapAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"SupplyCapExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SupplyOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"name\":\"TransferRestricted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"UnexpectedDeed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"UnfreezeExceedsFrozen\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bool\",\"name\":\"isFrozen\",\"type\":\"bool\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AddressFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"CountryAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"CountryRestrictionSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"deed\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"deedId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"}],\"name\":\"DeedLocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"deed\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"deedId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"DeedReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"DocumentRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"DocumentUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ForcedTransfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Frozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Issued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"name\":\"LockedUp\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxBalance\",\"type\":\"uint256\"}],\"name\":\"MaxBalanceSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxInvestors\",\"type\":\"uint256\"}],\"name\":\"MaxInvestorsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"ProspectusSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"RecoverySuccess\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Redeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"}],\"name\":\"RequiredFlagsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"marginMode\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"margin\",\"type\":\"uint256\"}],\"name\":\"ReserveGuardSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"SupplyCapSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensUnfrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"name\":\"ValuationGuardSet\",\"type\":\"event\"},{\"stateMutability\":\"nonpayable\",\"type\":\"fallback\"},{\"inputs\":[],\"name\":\"AGENT_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"COMPLIANCE_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOCUMENT_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"from\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchForcedTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"requestIds\",\"type\":\"bytes32[]\"}],\"name\":\"batchMint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"canReceive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"canSend\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"canTransfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"detectTransferRestriction\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"forcedTransfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getAllDocuments\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"getDocument\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lastModified\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"identityRegistry\",\"outputs\":[{\"internalType\":\"contractIdentityRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"},{\"internalType\":\"contractIdentityRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"deed_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"deedId_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"upgrader\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"prospectus_\",\"type\":\"string\"}],\"name\":\"initializeV2\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"investorBalanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"name\":\"messageForTransferRestriction\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"name\":\"mintLocked\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"prospectus\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"removeDocument\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"setDocument\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"prospectus_\",\"type\":\"string\"}],\"name\":\"setProspectus\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"bool[]\",\"name\":\"frozen\",\"type\":\"bool[]\"}],\"name\":\"batchSetAddressFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"compliance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"countryRestricted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deed\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deedId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deedLocked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"freezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getFrozenTokens\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"investorCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"isCountryAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isFrozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"isRequestProcessed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"lockOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxBalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxInvestors\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"recoveryAddress\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"releaseDeed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requiredFlags\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reserveGuard\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"marginMode\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"margin\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"}],\"name\":\"setAddressFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16[]\",\"name\":\"countries\",\"type\":\"uint16[]\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setCountriesAllowed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"setCountryRestriction\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"setFrozenTokens\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxBalance_\",\"type\":\"uint256\"}],\"name\":\"setMaxBalance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"maxInvestors_\",\"type\":\"uint32\"}],\"name\":\"setMaxInvestors\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"}],\"name\":\"setRequiredFlags\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"marginMode\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"margin\",\"type\":\"uint256\"}],\"name\":\"setReserveGuard\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"setSupplyCap\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"name\":\"setValuationGuard\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"supplyCap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"unfreezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"valuationGuard\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "AssetTokenV2",
	Bin: "0x60c060405230608052348015610013575f5ffd5b5060405161503138038061503183398101604081905261003291610128565b80806001600160a01b03811661005b576040516311a1e69760e01b815260040160405180910390fd5b6001600160a01b031660a05261006f610076565b5050610155565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100c65760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146101255780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b5f60208284031215610138575f5ffd5b81516001600160a01b038116811461014e575f5ffd5b9392505050565b60805160a051614e756101bc5f395f81816103cf01528181610d3601528181610f90015281816112db01528181611de301528181611ecb01528181611f6201528181612f550152612fa301525f8181612acd01528181612af60152612c440152614e755ff3fe6080604052600436106102e3575f3560e01c80637f4ab1dd1161018f578063c3501848116100db578063d547741f11610094578063e46638e61161006e578063e46638e61461093c578063e63ab1e91461095b578063f72c0d8b1461098e578063fad11477146109ae576102e3565b8063d547741f146108df578063d608ea64146108fe578063dd62ed3e1461091d576102e3565b8063c35018481461082f578063cc6d91461461084e578063cff688f31461086d578063d4ce141514610881578063d505accf146108a0578063d5391393146108bf576102e3565b80639fa5f50b11610148578063a217fddf11610122578063a217fddf1461079f578063a9059cbb146107b2578063ad3cb1cc146107d1578063b10d6b4114610801576102e3565b80639fa5f50b1461072c5780639fc1d0e71461074d578063a11939bd1461076c576102e3565b80637f4ab1dd1461067557806384b0196e1461069457806388d695b2146106bb57806390d370ba146106da57806391d14854146106f957806395d89b4114610718576102e3565b80632c721b981161024e5780634f1ef2861161020757806361fba37d116101e157806361fba37d146105f957806365275d4f1461061857806370a08231146106375780637ecebe0014610656576102e3565b80634f1ef286146105b357806352d1902d146105c65780635e0c7f98146105da576102e3565b80632c721b98146104e95780632f2ff15d1461051c578063313ce5671461053b5780633644e5151461056157806336568abe1461057557806342a47abc14610594576102e3565b806318160ddd116102a057806318160ddd146104185780631e458bee1461043a57806322459e181461045957806323b872dd1461048c578063248a9ca3146104ab5780632bc06a92146104ca576102e3565b8063010648ca1461032157806301ffc9a71461034257806306fdde0314610376578063095ea7b314610397578063134e18f4146103b6578063158a1cc3146103f9575b3480156102ee575f5ffd5b507319378c0bc36ff4c87010a41e980d884caa662d2a365f80375f5f365f845af43d5f5f3e8061031c573d5ffd5b503d5ff35b34801561032c575f5ffd5b5061034061033b36600461405f565b6109cd565b005b34801561034d575f5ffd5b5061036161035c3660046140ad565b610a43565b60405190151581526020015b60405180910390f35b348015610381575f5ffd5b5061038a610abe565b60405161036d9190614102565b3480156103a2575f5ffd5b506103616103b1366004614128565b610b63565b3480156103c1575f5ffd5b506040516001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016815260200161036d565b348015610404575f5ffd5b50610340610413366004614152565b610b7a565b348015610423575f5ffd5b5061042c610c4e565b60405190815260200161036d565b348015610445575f5ffd5b50610340610454366004614152565b610c69565b348015610464575f5ffd5b5061042c7fcab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb427695096770981565b348015610497575f5ffd5b506103616104a6366004614184565b610c9b565b3480156104b6575f5ffd5b5061042c6104c53660046141c2565b610cc0565b3480156104d5575f5ffd5b506103616104e43660046141d9565b610ce0565b3480156104f4575f5ffd5b5061042c7fdd7c9aafbb91d54fb2041db1d5b172ea665309b32f5fffdbddf452802a1e3b2081565b348015610527575f5ffd5b506103406105363660046141f4565b610da6565b348015610546575f5ffd5b5061054f610dc2565b60405160ff909116815260200161036d565b34801561056c575f5ffd5b5061042c610dde565b348015610580575f5ffd5b5061034061058f3660046141f4565b610dec565b34801561059f575f5ffd5b506103406105ae366004614262565b610e24565b6103406105c1366004614368565b610eff565b3480156105d1575f5ffd5b5061042c610f1e565b3480156105e5575f5ffd5b506103406105f43660046143f4565b610f39565b348015610604575f5ffd5b5061042c6106133660046141d9565b610f6d565b348015610623575f5ffd5b50610340610632366004614432565b611048565b348015610642575f5ffd5b5061042c6106513660046141d9565b6110c9565b348015610661575f5ffd5b5061042c6106703660046141d9565b611107565b348015610680575f5ffd5b5061038a61068f366004614499565b611143565b34801561069f575f5ffd5b506106a86111bc565b60405161036d97969594939291906144b2565b3480156106c6575f5ffd5b506103406106d5366004614548565b6111fe565b3480156106e5575f5ffd5b506103616106f43660046141d9565b61127c565b348015610704575f5ffd5b506103616107133660046141f4565b611353565b348015610723575f5ffd5b5061038a611389565b348015610737575f5ffd5b506107406113c7565b60405161036d91906145b2565b348015610758575f5ffd5b50610361610767366004614184565b611436565b348015610777575f5ffd5b5061042c7f6390f5a69ff59edce8e461308dbd399b74f0414e629057022cbc92159a014c7681565b3480156107aa575f5ffd5b5061042c5f81565b3480156107bd575f5ffd5b506103616107cc366004614128565b61146c565b3480156107dc575f5ffd5b5061038a604051806040016040528060058152602001640352e302e360dc1b81525081565b34801561080c575f5ffd5b5061082061081b3660046141c2565b611479565b60405161036d939291906145f4565b34801561083a575f5ffd5b506103406108493660046141c2565b611504565b348015610859575f5ffd5b50610340610868366004614262565b611567565b348015610878575f5ffd5b5061038a611682565b34801561088c575f5ffd5b5061054f61089b366004614184565b611731565b3480156108ab575f5ffd5b506103406108ba366004614618565b6117c8565b3480156108ca575f5ffd5b5061042c5f516020614e005f395f51905f5281565b3480156108ea575f5ffd5b506103406108f93660046141f4565b61191d565b348015610909575f5ffd5b506103406109183660046143f4565b611939565b348015610928575f5ffd5b5061042c610937366004614682565b611a19565b348015610947575f5ffd5b50610361610956366004614184565b611a62565b348015610966575f5ffd5b5061042c7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b348015610999575f5ffd5b5061042c5f516020614dc05f395f51905f5281565b3480156109b9575f5ffd5b506103406109c83660046146ae565b611aa6565b6109d5611c33565b6040516283246560e11b815273f765290bd0c64d566bac74f8b77e9ea8fce665159063010648ca90610a119087908790879087906004016147a8565b5f6040518083038186803b158015610a27575f5ffd5b505af4158015610a39573d5f5f3e3d5ffd5b5050505050505050565b5f6001600160e01b03198216630fb6ed3160e21b1480610a7357506001600160e01b031982166336372b0760e01b145b80610a8e57506001600160e01b0319821663157094b960e31b145b80610aa957506001600160e01b03198216631d9fd9d960e31b145b80610ab85750610ab882611c5e565b92915050565b60605f5f516020614da05f395f51905f525b9050806003018054610ae1906147d2565b80601f0160208091040260200160405190810160405280929190818152602001828054610b0d906147d2565b8015610b585780601f10610b2f57610100808354040283529160200191610b58565b820191905f5260205f20905b815481529060010190602001808311610b3b57829003601f168201915b505050505091505090565b5f33610b70818585611c92565b5060019392505050565b5f516020614e005f395f51905f52610b9181611c9f565b610b9a82611cac565b6001600160a01b038416610bc857604051634b637e8f60e11b81525f60048201526024015b60405180910390fd5b5f610bd66003865f87611d32565b9050610be3818686612243565b83610bec612341565b6001018054919091039055610c0381865f87612365565b846001600160a01b0316837f61d905e697374527439f5c64f060ae521e3b586e8f61ef3f160057e7150e153e86604051610c3f91815260200190565b60405180910390a35050505050565b5f6001600160801b03610c5f612341565b6001015416905090565b5f516020614e005f395f51905f52610c8081611c9f565b610c89836125ba565b610c958484845f6125ed565b50505050565b5f33610ca88582856127c6565b610cb3858585612824565b60019150505b9392505050565b5f9081525f516020614e205f395f51905f52602052604090206001015490565b5f600160e81b610cee612341565b6001600160a01b0384165f908152600291909101602052604090205416158015610ab85750604051633465d6d560e01b81526001600160a01b038381166004830152610ab8917f000000000000000000000000000000000000000000000000000000000000000090911690633465d6d590602401602060405180830381865afa158015610d7d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610da1919061480a565b612881565b610daf82610cc0565b610db881611c9f565b610c9583836128a8565b5f610dcb612341565b60060154600160e01b900460ff16919050565b5f610de7612950565b905090565b6001600160a01b0381163314610e155760405163334bd91960e11b815260040160405180910390fd5b610e1f8282612959565b505050565b7fcab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb4276950967709610e4e81611c9f565b8584141580610e5d5750858214155b15610e7e576040516001621398b960e31b0319815260040160405180910390fd5b5f5b86811015610a3957610ef7888883818110610e9d57610e9d614821565b9050602002016020810190610eb291906141d9565b878784818110610ec457610ec4614821565b9050602002016020810190610ed991906141d9565b868685818110610eeb57610eeb614821565b905060200201356129d2565b600101610e80565b610f07612ac2565b610f1082612b66565b610f1a8282612b7d565b5050565b5f610f27612c39565b505f516020614de05f395f51905f5290565b7fdd7c9aafbb91d54fb2041db1d5b172ea665309b32f5fffdbddf452802a1e3b20610f6381611c9f565b610e1f8383612c82565b604051633465d6d560e01b81526001600160a01b0382811660048301525f9182917f00000000000000000000000000000000000000000000000000000000000000001690633465d6d590602401602060405180830381865afa158015610fd5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ff9919061480a565b90506001600160a01b03811615611040576001600160601b03606061101c612341565b6001600160a01b0384165f9081526002919091016020526040902054901c16610cb9565b5f9392505050565b5f516020614e005f395f51905f5261105f81611c9f565b42826001600160401b0316111580611084575064ffffffffff826001600160401b0316115b156110ad5760405163f65609c560e01b81526001600160401b0383166004820152602401610bbf565b6110b6846125ba565b6110c2858585856125ed565b5050505050565b5f6001600160601b036110da612341565b6002015f846001600160a01b03166001600160a01b031681526020019081526020015f2054169050919050565b6001600160a01b0381165f9081527f5ab42ced628888259c08ac98db1eb0cf702fc1501344311d8b100cd1bfe4bb006020526040812054610ab8565b604051635a3329b560e11b815260ff82166004820152606090731470defee300d50f605f1300d866848d780357d39063b466536a906024015f60405180830381865af4158015611195573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610ab89190810190614882565b5f6060805f5f5f60606111cd612cec565b6111d5612d3d565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b828114611221576040516001621398b960e31b0319815260040160405180910390fd5b5f5b838110156110c2576112743386868481811061124157611241614821565b905060200201602081019061125691906141d9565b85858581811061126857611268614821565b90506020020135612824565b600101611223565b5f600160e81b61128a612341565b6001600160a01b0384165f908152600291909101602052604090205416158015610ab857505f6113496112bb612341565b54604051633465d6d560e01b81526001600160a01b0386811660048301527f00000000000000000000000000000000000000000000000000000000000000001690633465d6d590602401602060405180830381865afa158015611320573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611344919061480a565b612d66565b60ff161492915050565b5f9182525f516020614e205f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0480546060915f516020614da05f395f51905f5291610ae1906147d2565b606073f765290bd0c64d566bac74f8b77e9ea8fce66515639fa5f50b6040518163ffffffff1660e01b81526004015f60405180830381865af415801561140f573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610de791908101906148b3565b5f7fcab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb427695096770961146181611c9f565b610cb38585856129d2565b5f33610b70818585612824565b60605f5f73f765290bd0c64d566bac74f8b77e9ea8fce6651563b10d6b41856040518263ffffffff1660e01b81526004016114b691815260200190565b5f60405180830381865af41580156114d0573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526114f79190810190614952565b9250925092509193909250565b61150c611c33565b60405163186a030960e31b81526004810182905273f765290bd0c64d566bac74f8b77e9ea8fce665159063c3501848906024015f6040518083038186803b158015611555575f5ffd5b505af41580156110c2573d5f5f3e3d5ffd5b5f516020614e005f395f51905f5261157e81611c9f565b858414158061158d5750858214155b156115ae576040516001621398b960e31b0319815260040160405180910390fd5b5f60046115b9612341565b5416156115fa575f5b858110156115f8578686828181106115dc576115dc614821565b90506020020135826115ee91906149b1565b91506001016115c2565b505b611603816125ba565b5f5b878110156116775761166f89898381811061162257611622614821565b905060200201602081019061163791906141d9565b88888481811061164957611649614821565b9050602002013587878581811061166257611662614821565b905060200201355f6125ed565b600101611605565b505050505050505050565b60607f4b048a16edadfbfce4299f3fff240f621d0a228608b70f4cb45c79652aa0aa0080546116b0906147d2565b80601f01602080910402602001604051908101604052809291908181526020018280546116dc906147d2565b80156117275780601f106116fe57610100808354040283529160200191611727565b820191905f5260205f20905b81548152906001019060200180831161170a57829003601f168201915b5050505050905090565b5f806001600160a01b03851661177f576001600160a01b038416611758575f915050610cb9565b5060025f61176584612dd0565b905060ff811615611779579150610cb99050565b5061179a565b6001600160a01b03841615611794575f611797565b60035b90505b5f6117a782878787611d32565b51905060f060ff821610156117bc57806117be565b5f5b9695505050505050565b834211156117ec5760405163313c898160e11b815260048101859052602401610bbf565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886118568c6001600160a01b03165f9081527f5ab42ced628888259c08ac98db1eb0cf702fc1501344311d8b100cd1bfe4bb006020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f6118b082612e8b565b90505f6118bf82878787612eb7565b9050896001600160a01b0316816001600160a01b031614611906576040516325c0072360e11b81526001600160a01b0380831660048301528b166024820152604401610bbf565b6119118a8a8a611c92565b50505050505050505050565b61192682610cc0565b61192f81611c9f565b610c958383612959565b60025f611944612ee3565b8054909150600160401b900460ff168061196b575080546001600160401b03808416911610155b156119895760405163f92ee8a960e01b815260040160405180910390fd5b805468ffffffffffffffffff19166001600160401b03831617600160401b1781555f516020614dc05f395f51905f526119c181611c9f565b6119cb8585612c82565b50805460ff60401b191681556040516001600160401b03831681527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a150505050565b6001600160a01b039182165f9081527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace016020908152604080832093909416825291909152205490565b5f6001600160a01b0384161580611a8057506001600160a01b038316155b15611a8c57505f610cb9565b5f611a9981868686611d32565b5160ff1614949350505050565b5f611aaf612ee3565b805490915060ff600160401b82041615906001600160401b03165f81158015611ad55750825b90505f826001600160401b03166001148015611af05750303b155b905081158015611afe575080155b15611b1c5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315611b4657845460ff60401b1916600160401b1785555b611bdc8f8f8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f81840152601f19601f820116905080830192505050505050508e8e8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f81840152601f19601f820116905080830192505050505050508d8d8d8d8d8d612f0b565b8315611c2257845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050505050505050505050565b611c5c7fdd7c9aafbb91d54fb2041db1d5b172ea665309b32f5fffdbddf452802a1e3b20611c9f565b565b5f6001600160e01b03198216637965db0b60e01b1480610ab857506301ffc9a760e01b6001600160e01b0319831614610ab8565b610e1f8383836001613037565b611ca9813361310b565b50565b80611cca576040516302e8145360e61b815260040160405180910390fd5b611cd2612341565b5f828152600591909101602052604090205460ff1615611d0857604051630b72c55b60e01b815260048101829052602401610bbf565b6001611d12612341565b5f9283526005016020526040909120805460ff1916911515919091179055565b611da36040518061018001604052805f60ff1681526020015f151581526020015f151581526020015f81526020015f81526020015f81526020015f6001600160a01b031681526020015f81526020015f6001600160a01b031681526020015f81526020015f81526020015f81525090565b5f611dac612341565b546060830181905290505f8060011960ff891601611ea057604051633465d6d560e01b81526001600160a01b0387811660048301527f00000000000000000000000000000000000000000000000000000000000000001690633465d6d590602401602060405180830381865afa158015611e28573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e4c919061480a565b90505f611e57612341565b600101549050608081901c5f819003611e7457506001600160601b035b6001600160801b038216810380881115611e9857505060f185525061223b92505050565b505050611ff3565b60021960ff891601611f3b57604051633465d6d560e01b81526001600160a01b0388811660048301527f00000000000000000000000000000000000000000000000000000000000000001690633465d6d590602401602060405180830381865afa158015611f10573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f34919061480a565b9150611ff3565b60405163853ea85360e01b81526001600160a01b03888116600483015287811660248301527f0000000000000000000000000000000000000000000000000000000000000000169063853ea853906044016040805180830381865afa158015611fa6573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611fca91906149c4565b909250905060ff8816158015611fe257506001831615155b15611ff3575050605082525061223b565b5f806001600160a01b0389161561202b5761200c612341565b6001600160a01b038a165f908152600291909101602052604090205491505b6001600160a01b038816156120f857612042612341565b6001600160a01b0389165f9081526002919091016020526040902054905060ff8a161580156120765750600160e81b821615155b1561208a575050605184525061223b915050565b600160e81b8116156120a5575050605284525061223b915050565b60ff8a161580156120bc57506120ba84612881565b155b156120d0575050605384525061223b915050565b5f6120db8685612d66565b905060ff8116156120f65760ff1686525061223b9350505050565b505b6001600160a01b0389161561218d576001600160601b0382168088111561212957505060f085525061223b92505050565b60c083901c64ffffffffff16600160e91b841615158061214857504281115b15612185575f61215f898e8e88878f428911613144565b905060ff81161561217c5760ff1688525061223b95505050505050565b88608001519450505b888403935050505b6001600160a01b038816158015906121b75750876001600160a01b0316896001600160a01b031614155b156121bf5786015b6080860182905260a086018190526001600160a01b03808916908a16036121ea57505050505061223b565b83836001600160a01b0380831690821614158061220e57506001600160a01b038b16155b8061222057506001600160a01b038a16155b1561223357612233888c8c8c868661329b565b505050505050505b949350505050565b825160ff81166122535750505050565b60ef1960ff8216016122b757826001600160601b03612270612341565b6001600160a01b038087165f90815260029290920160205260409182902054915163391434e360e21b81529316600484015216602482015260448101839052606401610bbf565b60f01960ff821601612323575f6122cc612341565b600101549050608081901c1561230a57604051634b344b1160e01b8152608082901c60048201526001600160801b0382166024820152604401610bbf565b604051637ebdee1b60e01b815260040160405180910390fd5b60405163e18ca2b960e01b815260ff82166004820152602401610bbf565b7fd019ed802b3a65492a3f21b3c309e952d0b17f35a722d5eadef27d7e18404a0090565b83602001511561237e57836060015161237c612341565b555b816001600160a01b0316836001600160a01b031614612409576001600160a01b038316156123d05783608001516123b3612341565b6001600160a01b0385165f90815260029190910160205260409020555b6001600160a01b03821615612409578360a001516123ec612341565b6001600160a01b0384165f90815260029190910160205260409020555b60c08401516001600160a01b03161561244a578360e00151612429612341565b60c08601516001600160a01b03165f90815260029190910160205260409020555b6101008401516001600160a01b03161561248e5783610120015161246c612341565b6101008601516001600160a01b03165f90815260029190910160205260409020555b836040015115612567578361014001516124a6612341565b6001600160a01b0385165f90815260039190910160205260409020556101608401511561256757826001600160a01b03167f9bed35cb62ad0dba04f9d5bfee4b5bc91443e77da8a65c4c84834c51bb08b0d685610160015160405161250d91815260200190565b60405180910390a2826001600160a01b03167f68e0d8c112165d0949ce87205b719ed7d98c7401866c34a159f7c67c6f5620e76001600160801b038661014001511660405161255e91815260200190565b60405180910390a25b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516125ac91815260200190565b60405180910390a350505050565b5f6125c482612dd0565b905060ff811615610f1a5760405163e18ca2b960e01b815260ff82166004820152602401610bbf565b6125f682611cac565b6001600160a01b03841661261f5760405163ec442f0560e01b81525f6004820152602401610bbf565b5f61262d60025f8787611d32565b905061263a815f86612243565b6001600160401b0382161561276b5760a081015160c081901c64ffffffffff165f612663612341565b6001600160a01b0389165f90815260039190910160205260409020549050608081901c428311156126bd5761269888826149b1565b905082866001600160401b031611156126b857856001600160401b031692505b6126cc565b506001600160401b0385169150865b64ffffffffff60c01b19841660c084901b1760a08601526001600160801b038216608082901b176126fb612341565b6001600160a01b038b165f81815260039290920160205260409182902092909255517f0323f3dfd510aa3314e205de0e35da1a4f61b5f06b51566b86430308434e74339061275e90849087909182526001600160401b0316602082015260400190565b60405180910390a2505050505b83612774612341565b6001018054909101905561278a815f8787612365565b846001600160a01b0316837fe9e92d0569112d63a13d3acca4859ad9d4d0d72d5b701be230d57348234a5b1e86604051610c3f91815260200190565b5f6127d18484611a19565b90505f19811015610c95578181101561281657604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610bbf565b610c9584848484035f613037565b6001600160a01b03831661284d57604051634b637e8f60e11b81525f6004820152602401610bbf565b6001600160a01b0382166128765760405163ec442f0560e01b81525f6004820152602401610bbf565b610e1f8383836134da565b5f600160ff1b821615801590610ab857504260b083901c6001600160401b03161192915050565b5f5f516020614e205f395f51905f526128c18484611353565b612940575f848152602082815260408083206001600160a01b03871684529091529020805460ff191660011790556128f63390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610ab8565b5f915050610ab8565b5092915050565b5f610de7613500565b5f5f516020614e205f395f51905f526129728484611353565b15612940575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a46001915050610ab8565b6001600160a01b0383166129fb57604051634b637e8f60e11b81525f6004820152602401610bbf565b6001600160a01b038216612a245760405163ec442f0560e01b81525f6004820152602401610bbf565b816001600160a01b0316836001600160a01b031603612a56576040516394a3d97960e01b815260040160405180910390fd5b5f612a646001858585611d32565b9050612a71818584612243565b612a7d81858585612365565b826001600160a01b0316846001600160a01b03167f7b3ce50c216d2ccf9919c6b9f1bfb33f0350a33010f188750b4af38e00448138846040516125ac91815260200190565b306001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161480612b4857507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316612b3c5f516020614de05f395f51905f52546001600160a01b031690565b6001600160a01b031614155b15611c5c5760405163703e46dd60e11b815260040160405180910390fd5b5f516020614dc05f395f51905f52610f1a81611c9f565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015612bd7575060408051601f3d908101601f19168201909252612bd49181019061480a565b60015b612bff57604051634c9c8ce360e01b81526001600160a01b0383166004820152602401610bbf565b5f516020614de05f395f51905f528114612c2f57604051632a87526960e21b815260048101829052602401610bbf565b610e1f8383613573565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614611c5c5760405163703e46dd60e11b815260040160405180910390fd5b7f4b048a16edadfbfce4299f3fff240f621d0a228608b70f4cb45c79652aa0aa00612cae828483614a34565b507fd234311daea90d44d599b0029a52738119ae5da819e800d4d8e548f9ea5110018282604051612ce0929190614aed565b60405180910390a15050565b7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d10280546060917fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d10091610ae1906147d2565b60605f7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d100610ad0565b5f612d7082612881565b612d7c57506054610ab8565b6002831615801590612d985750612d9660a083901c6135c8565b155b15612da557506055610ab8565b5f600884901c60ff169050808160f085901c1614612dc7576056915050610ab8565b505f9392505050565b5f5f612dda612341565b600701546001600160a01b031690508015801590612e0b5750612e093082612e00612341565b60080154613603565b155b15612e195750605c92915050565b5f612e22612341565b600601546001600160a01b031690508015801590612e625750612e6081612e47612341565b60060154600160a01b90046001600160401b03166136a2565b155b15612e715750605b9392505050565b6004612e7b612341565b541615612dc75761223b8461386b565b5f610ab8612e97612950565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f612ec788888888613b13565b925092509250612ed78282613bdb565b50909695505050505050565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610ab8565b612f13613c93565b612f1d8888613cb8565b612f4088604051806040016040528060018152602001603160f81b815250613cca565b612f4988613cdc565b612f538282613d07565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316856001600160a01b031614612fd857604051630cb3ba6960e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116600483015286166024820152604401610bbf565b5f612fe1612341565b60068101805460ff909916600160e01b0260ff60e01b19909916989098179097555050506007840180546001600160a01b039093166001600160a01b031990931692909217909155600890920191909155505050565b5f516020614da05f395f51905f526001600160a01b03851661306e5760405163e602df0560e01b81525f6004820152602401610bbf565b6001600160a01b03841661309757604051634a1406b160e11b81525f6004820152602401610bbf565b6001600160a01b038086165f908152600183016020908152604080832093881683529290522083905581156110c257836001600160a01b0316856001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92585604051610c3f91815260200190565b6131158282611353565b610f1a5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610bbf565b5f5f61314e612341565b6001600160a01b0388165f908152600391909101602052604081205491506001600160801b0382169084613182575f613188565b608083901c5b60808c0189905290505f61319c82846149b1565b88116131a8575f6131bd565b816131b3848a614b00565b6131bd9190614b00565b905060ff8b1661320d5780871115613201578288116131dc575f6131e6565b6131e68389614b00565b87116131f35760586131f6565b60575b945050505050613290565b5f945050505050613290565b80871115613288575f6132208289614b00565b90505f8382106132305783613232565b815b905061323e8183614b00565b6101608f01819052915060806132568288831c614b00565b901b6132628387614b00565b176101408f0152600160408f015281850361328557600160e91b198b1660808f01525b50505b5f9450505050505b979650505050505050565b6060860151601081901c63ffffffff166001600160a01b03871615613378575f876001600160a01b0316856001600160a01b0316036133025750608088018051606081811c6001600160601b0316929088901b916132fa908390614b00565b905250613357565b5f61330b612341565b6001600160a01b0387165f81815260029290920160205260409091205460c08c0191909152606081811c6001600160601b031693509091506133509088901b82614b00565b60e08b0152505b851580159061336557508581145b156133765761337382614b13565b91505b505b6001600160a01b038616156134ac575f866001600160a01b0316846001600160a01b0316036133cf575060a088018051606081811c6001600160601b0316929088901b916133c79083906149b1565b905250613426565b5f6133d8612341565b6001600160a01b0386165f8181526002929092016020526040909120546101008c0191909152606081811c6001600160601b0316935090915061341e9088901b826149b1565b6101208b0152505b8015801561343357508515155b156134715761344182614b28565b9150603083901c63ffffffff16801580159061345c57508083115b1561346f57505060598852506134d29050565b505b605083901c6001600160601b0316801580159061349657508061349488846149b1565b115b156134a9575050605a8852506134d29050565b50505b65ffffffff0000198216601082901b178083146116775760608901525050600160208701525b505050505050565b5f6134e75f858585611d32565b90506134f4818584612243565b610c9581858585612365565b5f7f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f61352a613d77565b613532613d8c565b60408051602081019490945283019190915260608201524660808201523060a082015260c00160405160208183030381529060405280519060200120905090565b61357c82613d95565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a28051156135c057610e1f8282613df8565b610f1a613e91565b5f60ff82166135d5612341565b6004015f60088561ffff16901c61ffff1681526020019081526020015f2054901c6001165f14159050919050565b5f6001600160a01b03831661361957505f610cb9565b6040516331a9108f60e11b8152600481018390526001600160a01b03841690636352211e90602401602060405180830381865afa92505050801561367a575060408051601f3d908101601f1916820190925261367791810190614b40565b60015b61368557505f610cb9565b846001600160a01b0316816001600160a01b031614915050610cb9565b60408051600481526024810182526020810180516001600160e01b0316635c975abb60e01b17905290515f91829182916001600160a01b038716916136e79190614b5b565b5f60405180830381855afa9150503d805f811461371f576040519150601f19603f3d011682016040523d82523d5f602084013e613724565b606091505b509150915081801561373857506020815110155b8015613756575080806020019051810190613753919061480a565b15155b15613765575f92505050610ab8565b60408051600481526024810182526020810180516001600160e01b0316633fabe5a360e21b17905290516001600160a01b038716916137a391614b5b565b5f60405180830381855afa9150503d805f81146137db576040519150601f19603f3d011682016040523d82523d5f602084013e6137e0565b606091505b5090925090508115806137f4575060a08151105b15613803575f92505050610ab8565b5f5f828060200190518101906138199190614b71565b509350509250505f8213801561382e57508015155b801561383a5750428111155b801561384f57508561384c8242614b00565b11155b1561385f57509250610ab8915050565b505f9695505050505050565b5f5f613875612341565b600901546001600160a01b031690505f6138aa82613891612341565b60090154600160a01b90046001600160401b03166136a2565b9050805f036138bd5750605f9392505050565b60408051600481526024810182526020810180516001600160e01b031663313ce56760e01b17905290515f9182916001600160a01b038616916138ff91614b5b565b5f60405180830381855afa9150503d805f8114613937576040519150601f19603f3d011682016040523d82523d5f602084013e61393c565b606091505b509150915081158061394f575060208151105b156139605750605f95945050505050565b5f81806020019051810190613975919061480a565b905060ff81111561398d5750605f9695505050505050565b5f613996612341565b60060154600160e01b900460ff1690508181106139fe575f6139b88383614b00565b905060268111806139cf57506001600160801b0386115b6139ed576139de81600a614c90565b6139e89087614c9b565b6139f6565b6001600160801b035b955050613a33565b5f613a098284614b00565b9050604c8111613a2d57613a1e81600a614c90565b613a289087614cb2565b613a2f565b5f5b9550505b6001600160801b03851115613a4d576001600160801b0394505b5f613a56612341565b60090154600160e01b900460ff1690508015613aca575f613a75612341565b600a015490505f1960ff831601613aae57612710613a938282614b00565b613a9d9089614c9b565b613aa79190614cb2565b9650613ac8565b808711613abb575f613ac5565b613ac58188614b00565b96505b505b5f6001600160801b03613adb612341565b6001015416905086811180613af85750613af58188614b00565b8a115b613b02575f613b05565b605e5b9a9950505050505050505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115613b4c57505f91506003905082613bd1565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015613b9d573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116613bc857505f925060019150829050613bd1565b92505f91508190505b9450945094915050565b5f826003811115613bee57613bee614cd1565b03613bf7575050565b6001826003811115613c0b57613c0b614cd1565b03613c295760405163f645eedf60e01b815260040160405180910390fd5b6002826003811115613c3d57613c3d614cd1565b03613c5e5760405163fce698f760e01b815260048101829052602401610bbf565b6003826003811115613c7257613c72614cd1565b03610f1a576040516335e2f38360e21b815260048101829052602401610bbf565b613c9b613eb0565b611c5c57604051631afcd79f60e31b815260040160405180910390fd5b613cc0613c93565b610f1a8282613ec9565b613cd2613c93565b610f1a8282613f19565b613ce4613c93565b611ca981604051806040016040528060018152602001603160f81b815250613f19565b613d0f613c93565b613d17613f7c565b6001600160a01b038116613d3e576040516349e1399360e11b815260040160405180910390fd5b613d485f836128a8565b50613d605f516020614dc05f395f51905f5280613f84565b610e1f5f516020614dc05f395f51905f52826128a8565b5f613d80612cec565b80519060200120905090565b5f613d80612d3d565b806001600160a01b03163b5f03613dca57604051634c9c8ce360e01b81526001600160a01b0382166004820152602401610bbf565b5f516020614de05f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f613e058484613fe4565b9050808015613e2657505f3d1180613e2657505f846001600160a01b03163b115b15613e3b57613e33613ff7565b915050610ab8565b8015613e6557604051639996b31560e01b81526001600160a01b0385166004820152602401610bbf565b3d15613e7857613e73614010565b612949565b60405163d6bda27560e01b815260040160405180910390fd5b3415611c5c5760405163b398979f60e01b815260040160405180910390fd5b5f613eb9612ee3565b54600160401b900460ff16919050565b613ed1613c93565b5f516020614da05f395f51905f527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace03613f0a8482614ce5565b5060048101610c958382614ce5565b613f21613c93565b7fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d1007fa16a46d94261c7517cc8ff89f61c0ce93598e3c849801011dee649a6a557d102613f6d8482614ce5565b5060038101610c958382614ce5565b611c5c613c93565b5f516020614e205f395f51905f525f613f9c84610cc0565b5f85815260208490526040808220600101869055519192508491839187917fbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff9190a450505050565b5f5f5f835160208501865af49392505050565b6040513d81523d5f602083013e3d602001810160405290565b6040513d5f823e3d81fd5b5f5f83601f84011261402b575f5ffd5b5081356001600160401b03811115614041575f5ffd5b602083019150836020828501011115614058575f5ffd5b9250929050565b5f5f5f5f60608587031215614072575f5ffd5b8435935060208501356001600160401b0381111561408e575f5ffd5b61409a8782880161401b565b9598909750949560400135949350505050565b5f602082840312156140bd575f5ffd5b81356001600160e01b031981168114610cb9575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610cb960208301846140d4565b6001600160a01b0381168114611ca9575f5ffd5b5f5f60408385031215614139575f5ffd5b823561414481614114565b946020939093013593505050565b5f5f5f60608486031215614164575f5ffd5b833561416f81614114565b95602085013595506040909401359392505050565b5f5f5f60608486031215614196575f5ffd5b83356141a181614114565b925060208401356141b181614114565b929592945050506040919091013590565b5f602082840312156141d2575f5ffd5b5035919050565b5f602082840312156141e9575f5ffd5b8135610cb981614114565b5f5f60408385031215614205575f5ffd5b82359150602083013561421781614114565b809150509250929050565b5f5f83601f840112614232575f5ffd5b5081356001600160401b03811115614248575f5ffd5b6020830191508360208260051b8501011115614058575f5ffd5b5f5f5f5f5f5f60608789031215614277575f5ffd5b86356001600160401b0381111561428c575f5ffd5b61429889828a01614222565b90975095505060208701356001600160401b038111156142b6575f5ffd5b6142c289828a01614222565b90955093505060408701356001600160401b038111156142e0575f5ffd5b6142ec89828a01614222565b979a9699509497509295939492505050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b038111828210171561433a5761433a6142fe565b604052919050565b5f6001600160401b0382111561435a5761435a6142fe565b50601f01601f191660200190565b5f5f60408385031215614379575f5ffd5b823561438481614114565b915060208301356001600160401b0381111561439e575f5ffd5b8301601f810185136143ae575f5ffd5b80356143c16143bc82614342565b614312565b8181528660208385010111156143d5575f5ffd5b816020840160208301375f602083830101528093505050509250929050565b5f5f60208385031215614405575f5ffd5b82356001600160401b0381111561441a575f5ffd5b6144268582860161401b565b90969095509350505050565b5f5f5f5f60808587031215614445575f5ffd5b843561445081614114565b9350602085013592506040850135915060608501356001600160401b0381168114614479575f5ffd5b939692955090935050565b803560ff81168114614494575f5ffd5b919050565b5f602082840312156144a9575f5ffd5b610cb982614484565b60ff60f81b8816815260e060208201525f6144d060e08301896140d4565b82810360408401526144e281896140d4565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015614537578351835260209384019390920191600101614519565b50909b9a5050505050505050505050565b5f5f5f5f6040858703121561455b575f5ffd5b84356001600160401b03811115614570575f5ffd5b61457c87828801614222565b90955093505060208501356001600160401b0381111561459a575f5ffd5b6145a687828801614222565b95989497509550505050565b602080825282518282018190525f918401906040840190835b818110156145e95783518352602093840193909201916001016145cb565b509095945050505050565b606081525f61460660608301866140d4565b60208301949094525060400152919050565b5f5f5f5f5f5f5f60e0888a03121561462e575f5ffd5b873561463981614114565b9650602088013561464981614114565b9550604088013594506060880135935061466560808901614484565b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215614693575f5ffd5b823561469e81614114565b9150602083013561421781614114565b5f5f5f5f5f5f5f5f5f5f6101008b8d0312156146c8575f5ffd5b8a356001600160401b038111156146dd575f5ffd5b6146e98d828e0161401b565b909b5099505060208b01356001600160401b03811115614707575f5ffd5b6147138d828e0161401b565b9099509750614726905060408c01614484565b955060608b013561473681614114565b945060808b013561474681614114565b935060a08b0135925060c08b013561475d81614114565b915060e08b013561476d81614114565b809150509295989b9194979a5092959850565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b848152606060208201525f6147c1606083018587614780565b905082604083015295945050505050565b600181811c908216806147e657607f821691505b60208210810361480457634e487b7160e01b5f52602260045260245ffd5b50919050565b5f6020828403121561481a575f5ffd5b5051919050565b634e487b7160e01b5f52603260045260245ffd5b5f82601f830112614844575f5ffd5b81516148526143bc82614342565b818152846020838601011115614866575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f60208284031215614892575f5ffd5b81516001600160401b038111156148a7575f5ffd5b61223b84828501614835565b5f602082840312156148c3575f5ffd5b81516001600160401b038111156148d8575f5ffd5b8201601f810184136148e8575f5ffd5b80516001600160401b03811115614901576149016142fe565b8060051b61491160208201614312565b9182526020818401810192908101908784111561492c575f5ffd5b6020850194505b8385101561329057845180835260209586019590935090910190614933565b5f5f5f60608486031215614964575f5ffd5b83516001600160401b03811115614979575f5ffd5b61498586828701614835565b60208601516040909601519097959650949350505050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610ab857610ab861499d565b5f5f604083850312156149d5575f5ffd5b505080516020909101519092909150565b601f821115610e1f5782821115610e1f57805f5260205f20601f840160051c6020851015614a1157505f5b90810190601f840160051c035f5b818110156134d2575f83820155600101614a1f565b6001600160401b03831115614a4b57614a4b6142fe565b614a5f83614a5983546147d2565b836149e6565b5f601f841160018114614a90575f8515614a795750838201355b5f19600387901b1c1916600186901b1783556110c2565b5f83815260208120601f198716915b82811015614abf5786850135825560209485019460019092019101614a9f565b5086821015614adb575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b602081525f61223b602083018486614780565b81810381811115610ab857610ab861499d565b5f81614b2157614b2161499d565b505f190190565b5f60018201614b3957614b3961499d565b5060010190565b5f60208284031215614b50575f5ffd5b8151610cb981614114565b5f82518060208501845e5f920191825250919050565b5f5f5f5f5f60a08688031215614b85575f5ffd5b5050835160208501516040860151606087015160809097015192989197509594509092509050565b6001815b6001841115614be857808504811115614bcc57614bcc61499d565b6001841615614bda57908102905b60019390931c928002614bb1565b935093915050565b5f82614bfe57506001610ab8565b81614c0a57505f610ab8565b8160018114614c205760028114614c2a57614c46565b6001915050610ab8565b60ff841115614c3b57614c3b61499d565b50506001821b610ab8565b5060208310610133831016604e8410600b8410161715614c69575081810a610ab8565b614c755f198484614bad565b805f1904821115614c8857614c8861499d565b029392505050565b5f610cb98383614bf0565b8082028115828204841417610ab857610ab861499d565b5f82614ccc57634e487b7160e01b5f52601260045260245ffd5b500490565b634e487b7160e01b5f52602160045260245ffd5b81516001600160401b03811115614cfe57614cfe6142fe565b614d1281614d0c84546147d2565b846149e6565b6020601f821160018114614d44575f8315614d2d5750848201515b5f19600385901b1c1916600184901b1784556110c2565b5f84815260208120601f198516915b82811015614d735787850151825560209485019460019092019101614d53565b5084821015614d9057868401515f19600387901b60f8161c191681555b50505050600190811b0190555056fe52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace00189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e3360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a602dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800a2646970667358221220b105bdf98d7c0475122a9b9f130b0ea41bc76484125d87d42ab5837b6a25094264736f6c63430008250033",
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
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["InvalidUpgrader"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackInvalidUpgraderError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["NoDeed"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackNoDeedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenV2.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return assetTokenV2.UnpackNotInitializingError(raw[4:])
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
