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

// AssetTokenMetaData contains all meta data concerning the AssetToken contract.
var AssetTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"},{\"internalType\":\"contractIdentityRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"deed_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"deedId_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DeedNotHeld\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"DocumentNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"ERC7943CannotReceive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"ERC7943CannotSend\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ERC7943CannotTransfer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"unfrozen\",\"type\":\"uint256\"}],\"name\":\"ERC7943InsufficientUnfrozenBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"FractionsOutstanding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"FreezeExceedsBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidDocument\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"name\":\"InvalidLockup\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidRequestId\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"InvalidSupplyCap\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoDeed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"}],\"name\":\"NothingToRecover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"RecoveryInvestorMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"RequestAlreadyProcessed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SameWallet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"SupplyCapAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"SupplyCapExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SupplyOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"name\":\"TransferRestricted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"UnexpectedDeed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"UnfreezeExceedsFrozen\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bool\",\"name\":\"isFrozen\",\"type\":\"bool\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AddressFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"CountryAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"CountryRestrictionSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"deed\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"deedId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"}],\"name\":\"DeedLocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"deed\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"deedId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"DeedReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"DocumentRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"DocumentUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ForcedTransfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Frozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Issued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"name\":\"LockedUp\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxBalance\",\"type\":\"uint256\"}],\"name\":\"MaxBalanceSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxInvestors\",\"type\":\"uint256\"}],\"name\":\"MaxInvestorsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"RecoverySuccess\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Redeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"}],\"name\":\"RequiredFlagsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"SupplyCapSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensUnfrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"name\":\"ValuationGuardSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AGENT_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"COMPLIANCE_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOCUMENT_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"from\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchForcedTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"requestIds\",\"type\":\"bytes32[]\"}],\"name\":\"batchMint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"bool[]\",\"name\":\"frozen\",\"type\":\"bool[]\"}],\"name\":\"batchSetAddressFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"canReceive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"canSend\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"canTransfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"compliance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"countryRestricted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deed\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deedId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deedLocked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"detectTransferRestriction\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"forcedTransfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"freezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getAllDocuments\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"getDocument\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lastModified\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getFrozenTokens\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"identityRegistry\",\"outputs\":[{\"internalType\":\"contractIdentityRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"investorBalanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"investorCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"isCountryAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isFrozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"isRequestProcessed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"lockOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxBalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxInvestors\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"name\":\"messageForTransferRestriction\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"name\":\"mintLocked\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"recoveryAddress\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"releaseDeed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"removeDocument\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requiredFlags\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"}],\"name\":\"setAddressFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16[]\",\"name\":\"countries\",\"type\":\"uint16[]\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setCountriesAllowed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"setCountryRestriction\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"setDocument\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"setFrozenTokens\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxBalance_\",\"type\":\"uint256\"}],\"name\":\"setMaxBalance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"maxInvestors_\",\"type\":\"uint32\"}],\"name\":\"setMaxInvestors\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"}],\"name\":\"setRequiredFlags\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"setSupplyCap\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"name\":\"setValuationGuard\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"supplyCap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"unfreezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"valuationGuard\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "AssetToken",
	Bin: "0x6101e0604052348015610010575f5ffd5b50604051615a69380380615a6983398101604081905261002f91610300565b6040805180820190915260018152603160f81b602082015287908190818960036100598382610445565b5060046100668282610445565b5050506100788261015560201b60201c565b6101205261008581610155565b61014052815160208084019190912060e052815190820120610100524660a05261011160e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052506001600160a01b038481166101605260ff86166101805283166101a0526101c08290526101485f8261019b565b505050505050505061055b565b5f5f829050601f81511115610188578260405163305a27a960e01b815260040161017f9190610503565b60405180910390fd5b805161019382610538565b179392505050565b5f8281526008602090815260408083206001600160a01b038516845290915281205460ff1661023f575f8381526008602090815260408083206001600160a01b03861684529091529020805460ff191660011790556101f73390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610242565b505f5b92915050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f83011261026b575f5ffd5b81516001600160401b0381111561028457610284610248565b604051601f8201601f19908116603f011681016001600160401b03811182821017156102b2576102b2610248565b6040528181528382016020018510156102c9575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b80516001600160a01b03811681146102fb575f5ffd5b919050565b5f5f5f5f5f5f5f60e0888a031215610316575f5ffd5b87516001600160401b0381111561032b575f5ffd5b6103378a828b0161025c565b60208a015190985090506001600160401b03811115610354575f5ffd5b6103608a828b0161025c565b965050604088015160ff81168114610376575f5ffd5b9450610384606089016102e5565b9350610392608089016102e5565b60a089015190935091506103a860c089016102e5565b905092959891949750929550565b600181811c908216806103ca57607f821691505b6020821081036103e857634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610440578282111561044057805f5260205f20601f840160051c602085101561041957505f5b90810190601f840160051c035f5b8181101561043c575f83820155600101610427565b5050505b505050565b81516001600160401b0381111561045e5761045e610248565b6104728161046c84546103b6565b846103ee565b6020601f8211600181146104a4575f831561048d5750848201515b5f19600385901b1c1916600184901b1784556104fc565b5f84815260208120601f198516915b828110156104d357878501518255602094850194600190920191016104b3565b50848210156104f057868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156103e8575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516154026106675f395f818161081c01528181610f3c01528181611f0201528181611f8b015261292801525f818161099801528181610ed701528181610f1101528181611e4501528181611f2801528181611fac015281816128e80152818161294e0152613f9a01525f61067701525f81816104df015281816112310152818161156301528181611622015281816116e0015281816118b101528181611b7001528181612ca301528181612d800152612e1701525f613ef301525f613ec801525f6137f901525f6137d101525f61372c01525f61375601525f61378001526154025ff3fe608060405234801561000f575f5ffd5b506004361061044e575f3560e01c806384b0196e11610242578063bd79c7ef11610140578063d547741f116100bf578063e46638e611610084578063e46638e614610adf578063e583983614610af2578063e63ab1e914610b22578063ebe45cba14610b49578063f652b75514610b5c575f5ffd5b8063d547741f14610a40578063d7e64c0014610a53578063d911800a14610a65578063db20a5b514610a94578063dd62ed3e14610aa7575f5ffd5b8063cc6d914611610105578063cc6d9146146109e0578063d2e09b0a146109f3578063d4ce141514610a06578063d505accf14610a19578063d539139314610a2c575f5ffd5b8063bd79c7ef1461096d578063bd8af8fd14610980578063c2f1e6bd14610993578063c3501848146109ba578063c69c09cf146109cd575f5ffd5b80639fa5f50b116101cc578063b10d6b4111610191578063b10d6b4114610906578063b586dc1914610928578063b6a3f59a1461093b578063b86b38fe1461094e578063bc99cc371461095b575f5ffd5b80639fa5f50b146108b05780639fc1d0e7146108c5578063a11939bd146108d8578063a217fddf146108ec578063a9059cbb146108f3575f5ffd5b806390d370ba1161021257806390d370ba1461085c57806391d148541461086f57806395d89b411461088257806399f644f61461088a5780639d51d9b71461089d575f5ffd5b806384b0196e146107fc57806386a82c941461081757806388d695b21461083e5780638f770ad014610851575f5ffd5b80632f2ff15d1161034f57806361fba37d116102d957806373ad468a1161029e57806373ad468a146107ae5780637ecebe00146107c35780637f4ab1dd146107d657806382c8e52f146107e95780638456cb59146107f4575f5ffd5b806361fba37d1461072f5780636290865d1461074257806365275d4f146107485780636da398b31461075b57806370a082311461077d575f5ffd5b80633f4ba83a1161031f5780633f4ba83a146106c457806342a47abc146106cc5780635a46d3b5146106df5780635b5ba2fd1461070f5780635c975abb14610722575f5ffd5b80632f2ff15d14610662578063313ce567146106755780633644e515146106a957806336568abe146106b1575f5ffd5b8063158b1a57116103db57806322459e18116103a057806322459e18146105df57806323b872dd146105f3578063248a9ca3146106065780632bc06a92146106285780632c721b981461063b575f5ffd5b8063158b1a571461055657806318160ddd146105955780631a7af379146105a65780631e458bee146105b95780631fe56f7d146105cc575f5ffd5b80630a6df897116104215780630a6df897146104b7578063125c4a33146104ca578063134e18f4146104dd578063150b7a0214610517578063158a1cc314610543575f5ffd5b8063010648ca1461045257806301ffc9a71461046757806306fdde031461048f578063095ea7b3146104a4575b5f5ffd5b610465610460366004614821565b610b64565b005b61047a61047536600461486f565b610c8f565b60405190151581526020015b60405180910390f35b610497610d0a565b60405161048691906148c4565b61047a6104b23660046148ea565b610d9a565b6104656104c5366004614914565b610db1565b6104656104d83660046148ea565b610e2b565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b039091168152602001610486565b61052a610525366004614937565b610ed4565b6040516001600160e01b03199091168152602001610486565b6104656105513660046149a4565b610fcf565b6105876105643660046149d6565b6001600160a01b03165f908152600e60205260409020546001600160801b031690565b604051908152602001610486565b600c546001600160801b0316610587565b6104656105b4366004614a31565b611093565b6104656105c73660046149a4565b611120565b6104656105da3660046148ea565b611151565b6105875f5160206152745f395f51905f5281565b61047a610601366004614a9b565b6111c3565b610587610614366004614ad9565b5f9081526008602052604090206001015490565b61047a6106363660046149d6565b6111e8565b6105877fdd7c9aafbb91d54fb2041db1d5b172ea665309b32f5fffdbddf452802a1e3b2081565b610465610670366004614af0565b6112a2565b7f00000000000000000000000000000000000000000000000000000000000000005b60405160ff9091168152602001610486565b6105876112c6565b6104656106bf366004614af0565b6112d4565b61046561130c565b6104656106da366004614b1e565b611377565b6106f26106ed3660046149d6565b611449565b604080519283526001600160401b03909116602083015201610486565b61047a61071d366004614a9b565b6114a1565b600b54600116151561047a565b61058761073d3660046149d6565b61188e565b306104ff565b610465610756366004614bd0565b61195c565b61047a610769366004614ad9565b5f9081526010602052604090205460ff1690565b61058761078b3660046149d6565b6001600160a01b03165f908152600d60205260409020546001600160601b031690565b610587600b5460501c6001600160601b031690565b6105876107d13660046149d6565b6119d5565b6104976107e4366004614c25565b6119f2565b600b5460081c610697565b6104656119fd565b610804611a60565b6040516104869796959493929190614c3e565b6105877f000000000000000000000000000000000000000000000000000000000000000081565b61046561084c366004614a31565b611aa2565b600c5460801c610587565b61047a61086a3660046149d6565b611b20565b61047a61087d366004614af0565b611be8565b610497611c12565b61047a610898366004614cd4565b611c21565b6104656108ab366004614ad9565b611c55565b6108b8611ce4565b6040516104869190614cf5565b61047a6108d3366004614a9b565b611d39565b6105875f5160206152345f395f51905f5281565b6105875f81565b61047a6109013660046148ea565b611d5c565b610919610914366004614ad9565b611d69565b60405161048693929190614d37565b6104656109363660046149d6565b611e39565b610465610949366004614ad9565b612005565b600b54600216151561047a565b610587600b5460301c63ffffffff1690565b61046561097b366004614d6a565b6120d3565b61046561098e366004614d83565b612137565b6104ff7f000000000000000000000000000000000000000000000000000000000000000081565b6104656109c8366004614ad9565b612215565b6104656109db366004614dd2565b612428565b6104656109ee366004614b1e565b6124c0565b610465610a01366004614c25565b612583565b610697610a14366004614a9b565b6125e2565b610465610a27366004614e05565b612678565b6105875f5160206152db5f395f51905f5281565b610465610a4e366004614af0565b6127ae565b610587600b5460101c63ffffffff1690565b601154604080516001600160a01b0383168152600160a01b9092046001600160401b0316602083015201610486565b610465610aa2366004614e6f565b6127d2565b610587610ab5366004614e99565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b61047a610aed366004614a9b565b612857565b61047a610b003660046149d6565b6001600160a01b03165f908152600d6020526040902054600160e81b16151590565b6105877f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b61047a610b573660046148ea565b61289b565b61047a6128e5565b610b6c6129d2565b831580610b77575081155b15610b95576040516316231ce360e11b815260040160405180910390fd5b5f84815260096020526040812060028101549091600160401b90910463ffffffff169003610c1857600a80546001810182555f8290527fc65a7bb8d6351c1cf70c95a316cc6a92839c986682d98bc35f958f4883f9d2a8018690555460028201805463ffffffff909216600160401b0263ffffffff60401b199092169190911790555b80610c24848683614f5f565b506001810182905560028101805467ffffffffffffffff1916426001600160401b031617905560405185907fb4c22d60cd550a815744f04e3ff5278bf19684565ee00e2b084041b6024bd6f690610c8090879087908790615018565b60405180910390a25050505050565b5f6001600160e01b03198216630fb6ed3160e21b1480610cbf57506001600160e01b031982166336372b0760e01b145b80610cda57506001600160e01b0319821663157094b960e31b145b80610cf557506001600160e01b03198216631d9fd9d960e31b145b80610d045750610d04826129fd565b92915050565b606060038054610d1990614ed9565b80601f0160208091040260200160405190810160405280929190818152602001828054610d4590614ed9565b8015610d905780601f10610d6757610100808354040283529160200191610d90565b820191905f5260205f20905b815481529060010190602001808311610d7357829003601f168201915b5050505050905090565b5f33610da7818585612a31565b5060019392505050565b5f5160206152345f395f51905f52610dc881612a3e565b600b805469ffffffff000000000000191669ffffffff000000000000603085901b1617905560405163ffffffff831681527f0de3b656191db95f0ae3b33d959531021110a9da5b819655d9d13a57496144ad906020015b60405180910390a15050565b5f5160206152745f395f51905f52610e4281612a3e565b6001600160a01b0383165f908152600e60205260408120546001600160801b031690610e6e8483615063565b6001600160a01b0386165f908152600d60205260409020549091506001600160601b031680821115610ec25785828260405163f0d8212b60e01b8152600401610eb993929190615076565b60405180910390fd5b610ecc8683612a4b565b505050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161580610f345750336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614155b80610f5f57507f00000000000000000000000000000000000000000000000000000000000000008414155b15610f865760405163853a50cb60e01b815233600482015260248101859052604401610eb9565b6040516001600160a01b03861690859033907f65b9b6800269c1d914567df9d066fabc775c2ad11e29e2892d42fb99b98c58d0905f90a450630a85bd0160e11b95945050505050565b5f5160206152db5f395f51905f52610fe681612a3e565b610fef82612b91565b6001600160a01b03841661101857604051634b637e8f60e11b81525f6004820152602401610eb9565b5f6110266003865f87612bfb565b90506110338186866130df565b600c8054859003905561104881865f876131c4565b846001600160a01b0316837f61d905e697374527439f5c64f060ae521e3b586e8f61ef3f160057e7150e153e8660405161108491815260200190565b60405180910390a35050505050565b8281146110b6576040516001621398b960e31b0319815260040160405180910390fd5b5f5b83811015611119576111118585838181106110d5576110d5615097565b90506020020160208101906110ea91906149d6565b8484848181106110fc576110fc615097565b90506020020160208101906109db9190614d6a565b6001016110b8565b5050505050565b5f5160206152db5f395f51905f5261113781612a3e565b61113f6133c4565b61114b8484845f6133f6565b50505050565b5f5160206152745f395f51905f5261116881612a3e565b6001600160a01b0383165f908152600e60205260409020546001600160801b0316808311156111b05783818460405163e0dfe97f60e01b8152600401610eb993929190615076565b61114b846111be85846150ab565b612a4b565b5f336111d08582856135a8565b6111db85858561360b565b60019150505b9392505050565b6001600160a01b0381165f908152600d6020526040812054600160e81b16158015610d045750604051633465d6d560e01b81526001600160a01b038381166004830152610d04917f000000000000000000000000000000000000000000000000000000000000000090911690633465d6d5906024015b602060405180830381865afa158015611279573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061129d91906150be565b613668565b5f828152600860205260409020600101546112bc81612a3e565b61114b838361368f565b5f6112cf613720565b905090565b6001600160a01b03811633146112fd5760405163334bd91960e11b815260040160405180910390fd5b6113078282613849565b505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a61133681612a3e565b600b80546001191690556040513381527f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa906020015b60405180910390a150565b5f5160206152745f395f51905f5261138e81612a3e565b858414158061139d5750858214155b156113be576040516001621398b960e31b0319815260040160405180910390fd5b5f5b8681101561143f576114378888838181106113dd576113dd615097565b90506020020160208101906113f291906149d6565b87878481811061140457611404615097565b905060200201602081019061141991906149d6565b86868581811061142b5761142b615097565b905060200201356138b4565b6001016113c0565b5050505050505050565b6001600160a01b0381165f908152600d6020526040812054819060c01c64ffffffffff1642811161147f57505f93849350915050565b6001600160a01b039093165f908152600e602052604090205460801c93915050565b5f5f5160206152745f395f51905f526114b981612a3e565b836001600160a01b0316856001600160a01b0316036114eb576040516394a3d97960e01b815260040160405180910390fd5b6001600160a01b0385165f908152600d6020526040812054906001600160601b0382169081900361153a576040516386d9d03560e01b81526001600160a01b0388166004820152602401610eb9565b8415806115d157506040516309b2c94960e41b81526001600160a01b03888116600483015286917f000000000000000000000000000000000000000000000000000000000000000090911690639b2c949090602401602060405180830381865afa1580156115aa573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115ce91906150be565b14155b1561160157604051633419fc5160e21b81526001600160a01b038816600482015260248101869052604401610eb9565b604051634dffeb6960e01b81526001600160a01b03878116600483015286917f000000000000000000000000000000000000000000000000000000000000000090911690634dffeb6990602401602060405180830381865afa158015611669573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061168d91906150be565b146116bd57604051633419fc5160e21b81526001600160a01b038716600482015260248101869052604401610eb9565b604051633465d6d560e01b81526001600160a01b038781166004830152611711917f000000000000000000000000000000000000000000000000000000000000000090911690633465d6d59060240161125e565b6117315760405163e18ca2b960e01b815260546004820152602401610eb9565b6001600160a01b0386165f908152600d60205260408120546117639089908990869061175e908790615063565b6139a4565b9050600160e81b83161580159061177e5750600160e81b8116155b156117c657604051600160e81b919091179033906001906001600160a01b038a16907f7fa523c84ab8d7fc5b72f08b9e46dbbf10c39e119a075b3e317002d14bc9f436905f90a45b6001600160a01b038089165f818152600d602052604080822071010000000000ffffffffffffffffffffffff60601b88169055928a168082529083902084905591517fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef906118379086815260200190565b60405180910390a385876001600160a01b0316896001600160a01b03167fa1505292c0b9cc567f38ad6cb54e66cb1d99b7b990491da20439f814074a2f8060405160405180910390a4506001979650505050505050565b604051633465d6d560e01b81526001600160a01b0382811660048301525f9182917f00000000000000000000000000000000000000000000000000000000000000001690633465d6d590602401602060405180830381865afa1580156118f6573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061191a91906150be565b90506001600160a01b03811615611954576001600160a01b0381165f908152600d602052604090205460601c6001600160601b03166111e1565b5f9392505050565b5f5160206152db5f395f51905f5261197381612a3e565b42826001600160401b0316111580611998575064ffffffffff826001600160401b0316115b156119c15760405163f65609c560e01b81526001600160401b0383166004820152602401610eb9565b6119c96133c4565b611119858585856133f6565b6001600160a01b0381165f90815260076020526040812054610d04565b6060610d0482613b9b565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a611a2781612a3e565b600b805460011790556040513381527f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2589060200161136c565b5f6060805f5f5f6060611a71613ec1565b611a79613eec565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b828114611ac5576040516001621398b960e31b0319815260040160405180910390fd5b5f5b8381101561111957611b1833868684818110611ae557611ae5615097565b9050602002016020810190611afa91906149d6565b858585818110611b0c57611b0c615097565b9050602002013561360b565b600101611ac7565b6001600160a01b0381165f908152600d6020526040812054600160e81b16158015610d045750600b54604051633465d6d560e01b81526001600160a01b0384811660048301525f92611bde9290917f00000000000000000000000000000000000000000000000000000000000000001690633465d6d590602401602060405180830381865afa158015611bb5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611bd991906150be565b613f17565b60ff161492915050565b5f9182526008602090815260408084206001600160a01b0393909316845291905290205460ff1690565b606060048054610d1990614ed9565b5f6002600b54165f1480610d04575060ff600883901c81165f908152600f60205260409020549083161c6001161515610d04565b5f5160206152345f395f51905f52611c6c81612a3e565b6001600160601b03821115611c945760405163162908e360e11b815260040160405180910390fd5b600b80546bffffffffffffffffffffffff60501b1916605084901b1790556040517f82f9980487703d8db41f1ba63b2665566f7fb449fbc840a9e0c6ca932bed582c90610e1f9084815260200190565b6060600a805480602002602001604051908101604052809291908181526020018280548015610d9057602002820191905f5260205f20905b815481526020019060010190808311611d1c575050505050905090565b5f5f5160206152745f395f51905f52611d5181612a3e565b6111db8585856138b4565b5f33610da781858561360b565b5f818152600960205260408120600181015460028201548254606094938493909283926001600160401b03909116908390611da390614ed9565b80601f0160208091040260200160405190810160405280929190818152602001828054611dcf90614ed9565b8015611e1a5780601f10611df157610100808354040283529160200191611e1a565b820191905f5260205f20905b815481529060010190602001808311611dfd57829003601f168201915b50939c959b50506001600160401b039093169850929650505050505050565b5f611e4381612a3e565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316611e8a5760405163c1ffbfc160e01b815260040160405180910390fd5b611e926128e5565b611eaf57604051635dbdcfb160e01b815260040160405180910390fd5b600c546001600160801b03168015611edd57604051630cddcbb560e31b815260048101829052602401610eb9565b604051632142170760e11b81523060048201526001600160a01b0384811660248301527f000000000000000000000000000000000000000000000000000000000000000060448301527f000000000000000000000000000000000000000000000000000000000000000016906342842e0e906064015f604051808303815f87803b158015611f69575f5ffd5b505af1158015611f7b573d5f5f3e3d5ffd5b50505050826001600160a01b03167f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03167fe8383670d8496f6387cd90d87d2c260167c678257468a7230d4f233196f3d7e760405160405180910390a4505050565b5f61200f81612a3e565b600c54608081901c1561203b57604051637c03277b60e11b8152608082901c6004820152602401610eb9565b82158061204e57506001600160601b0383115b8061206157506001600160801b03811683105b156120915760405163051bc06760e11b8152600481018490526001600160801b0382166024820152604401610eb9565b608083901b8117600c556040518381527fbc585eed6f54aa16ec292be93276937803d5a047ba4eded0c87779270bbfdfe69060200160405180910390a1505050565b5f5160206152345f395f51905f526120ea81612a3e565b816120fb57600b5460021916612102565b6002600b54175b600b5560405182151581527feefd36438b6df67c30108fdd7c23da7c8e2dd811d3afde6617f84ea0de2e999d90602001610e1f565b5f5160206152345f395f51905f5261214e81612a3e565b5f5b83811015611119575f85858381811061216b5761216b615097565b90506020020160208101906121809190614cd4565b60ff600882901c81165f908152600f602052604090205491925060019083161b90856121af57811981166121b3565b8181175b600884901c60ff165f908152600f60209081526040918290209290925551871515815261ffff8516917f1eb67ceae445ea4aaace1bc94bb2a45c321fefcea65fcdada87b3010380d16aa910160405180910390a2505050806001019050612150565b61221d6129d2565b5f81815260096020526040812060028101549091600160401b90910463ffffffff16908190036122635760405163ecdcdca560e01b815260048101849052602401610eb9565b5f825f01805461227290614ed9565b80601f016020809104026020016040519081016040528092919081815260200182805461229e90614ed9565b80156122e95780601f106122c0576101008083540402835291602001916122e9565b820191905f5260205f20905b8154815290600101906020018083116122cc57829003601f168201915b5050506001860154600a5493945092915050838114612387575f600a6123106001846150ab565b8154811061232057612320615097565b905f5260205f200154905080600a60018761233b91906150ab565b8154811061234b5761234b615097565b5f918252602080832091909101929092559182526009905260409020600201805463ffffffff60401b1916600160401b63ffffffff8716021790555b600a805480612398576123986150d5565b5f828152602080822083015f199081018390559092019092558782526009905260408120906123c78282614797565b505f600182015560020180546bffffffffffffffffffffffff1916905560405186907f3d9bba27d3e360d8c80645beed7e991454a8271bf6f269a24f7782be0f0d06549061241890869086906150e9565b60405180910390a2505050505050565b5f5160206152745f395f51905f5261243f81612a3e565b6001600160a01b0383165f908152600d60205260409020548261246957600160e81b198116612471565b600160e81b81175b6001600160a01b0385165f818152600d6020526040808220939093559151339286151592917f7fa523c84ab8d7fc5b72f08b9e46dbbf10c39e119a075b3e317002d14bc9f4369190a450505050565b5f5160206152db5f395f51905f526124d781612a3e565b85841415806124e65750858214155b15612507576040516001621398b960e31b0319815260040160405180910390fd5b61250f6133c4565b5f5b8681101561143f5761257b88888381811061252e5761252e615097565b905060200201602081019061254391906149d6565b87878481811061255557612555615097565b9050602002013586868581811061256e5761256e615097565b905060200201355f6133f6565b600101612511565b5f5160206152345f395f51905f5261259a81612a3e565b600b805461ff00191661ff00600885901b1617905560405160ff831681527f8839b642dc83ae5f06aa6f577c1cfe68beceba3b4298a2eb4f06dc85f81597b090602001610e1f565b5f806001600160a01b03851661262f576001600160a01b038416612609575f9150506111e1565b5060025f612615613f97565b905060ff8116156126295791506111e19050565b5061264a565b6001600160a01b03841615612644575f612647565b60035b90505b5f61265782878787612bfb565b51905060f060ff8216101561266c578061266e565b5f5b9695505050505050565b8342111561269c5760405163313c898160e11b815260048101859052602401610eb9565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886126e78c6001600160a01b03165f90815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f61274182614015565b90505f61275082878787614041565b9050896001600160a01b0316816001600160a01b031614612797576040516325c0072360e11b81526001600160a01b0380831660048301528b166024820152604401610eb9565b6127a28a8a8a612a31565b50505050505050505050565b5f828152600860205260409020600101546127c881612a3e565b61114b8383613849565b5f5160206152345f395f51905f526127e981612a3e565b601180546001600160a01b0385166001600160e01b03199091168117600160a01b6001600160401b03861690810291909117909255604051918252907f0a44a61eac3383cba7c7b70ae3fe66e98e7e4873961640b819fba0ffab22215d9060200160405180910390a2505050565b5f6001600160a01b038416158061287557506001600160a01b038316155b1561288157505f6111e1565b5f61288e81868686612bfb565b5160ff1614949350505050565b5f5f5160206152745f395f51905f526128b381612a3e565b6001600160801b038311156128db5760405163162908e360e11b815260040160405180910390fd5b610da78484612a4b565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031661291957505f90565b6040516331a9108f60e11b81527f000000000000000000000000000000000000000000000000000000000000000060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636352211e90602401602060405180830381865afa9250505080156129b9575060408051601f3d908101601f191682019092526129b69181019061510a565b60015b6129c257505f90565b6001600160a01b03163014919050565b6129fb7fdd7c9aafbb91d54fb2041db1d5b172ea665309b32f5fffdbddf452802a1e3b20612a3e565b565b5f6001600160e01b03198216637965db0b60e01b1480610d0457506301ffc9a760e01b6001600160e01b0319831614610d04565b611307838383600161406d565b612a488133614131565b50565b6001600160a01b0382165f908152600e6020908152604080832080546fffffffffffffffffffffffffffffffff1981168617909155600d909252909120546001600160801b038216908315612aa657600160e91b8117612aaf565b600160e91b1981165b6001600160a01b0386165f908152600d602052604090205581841115612b1a576001600160a01b0385167fa065e63c631c86f1b9f66a4a2f63f2093bf1c2168d23290259dbd969e0222a45612b0484876150ab565b60405190815260200160405180910390a2612b69565b81841015612b69576001600160a01b0385167f9bed35cb62ad0dba04f9d5bfee4b5bc91443e77da8a65c4c84834c51bb08b0d6612b5786856150ab565b60405190815260200160405180910390a25b846001600160a01b03165f5160206152545f395f51905f5285604051610c8091815260200190565b80612baf576040516302e8145360e61b815260040160405180910390fd5b5f8181526010602052604090205460ff1615612be157604051630b72c55b60e01b815260048101829052602401610eb9565b5f908152601060205260409020805460ff19166001179055565b612c6c6040518061018001604052805f60ff1681526020015f151581526020015f151581526020015f81526020015f81526020015f81526020015f6001600160a01b031681526020015f81526020015f6001600160a01b031681526020015f81526020015f81526020015f81525090565b600b54606082018190525f8060011960ff891601612d5557604051633465d6d560e01b81526001600160a01b0387811660048301527f00000000000000000000000000000000000000000000000000000000000000001690633465d6d590602401602060405180830381865afa158015612ce8573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612d0c91906150be565b600c54909150608081901c5f819003612d2957506001600160601b035b6001600160801b038216810380881115612d4d57505060f18552506130d792505050565b505050612ea8565b60021960ff891601612df057604051633465d6d560e01b81526001600160a01b0388811660048301527f00000000000000000000000000000000000000000000000000000000000000001690633465d6d590602401602060405180830381865afa158015612dc5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612de991906150be565b9150612ea8565b60405163853ea85360e01b81526001600160a01b03888116600483015287811660248301527f0000000000000000000000000000000000000000000000000000000000000000169063853ea853906044016040805180830381865afa158015612e5b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612e7f9190615125565b909250905060ff8816158015612e9757506001831615155b15612ea857505060508252506130d7565b5f806001600160a01b03891615612ed4576001600160a01b0389165f908152600d602052604090205491505b6001600160a01b03881615612f9457506001600160a01b0387165f908152600d602052604090205460ff8a16158015612f125750600160e81b821615155b15612f2657505060518452506130d7915050565b600160e81b811615612f4157505060528452506130d7915050565b60ff8a16158015612f585750612f5684613668565b155b15612f6c57505060538452506130d7915050565b5f612f778685613f17565b905060ff811615612f925760ff168652506130d79350505050565b505b6001600160a01b03891615613029576001600160601b03821680881115612fc557505060f08552506130d792505050565b60c083901c64ffffffffff16600160e91b8416151580612fe457504281115b15613021575f612ffb898e8e88878f42891161416e565b905060ff8116156130185760ff168852506130d795505050505050565b88608001519450505b888403935050505b6001600160a01b038816158015906130535750876001600160a01b0316896001600160a01b031614155b1561305b5786015b6080860182905260a086018190526001600160a01b03808916908a16036130865750505050506130d7565b83836001600160a01b038083169082161415806130aa57506001600160a01b038b16155b806130bc57506001600160a01b038a16155b156130cf576130cf888c8c8c86866142b5565b505050505050505b949350505050565b825160ff81166130ef5750505050565b60ef1960ff82160161314657826001600160601b03600d5f866001600160a01b03166001600160a01b031681526020019081526020015f2054168360405163391434e360e21b8152600401610eb993929190615076565b60f01960ff8216016131a657600c54608081901c1561318d57604051634b344b1160e01b8152608082901c60048201526001600160801b0382166024820152604401610eb9565b604051637ebdee1b60e01b815260040160405180910390fd5b60405163e18ca2b960e01b815260ff82166004820152602401610eb9565b8360200151156131d7576060840151600b555b816001600160a01b0316836001600160a01b03161461324a576001600160a01b0383161561321d5760808401516001600160a01b0384165f908152600d60205260409020555b6001600160a01b0382161561324a5760a08401516001600160a01b0383165f908152600d60205260409020555b60c08401516001600160a01b03161561327f5760e084015160c08501516001600160a01b03165f908152600d60205260409020555b6101008401516001600160a01b0316156132b7576101208401516101008501516001600160a01b03165f908152600d60205260409020555b836040015115613371576101408401516001600160a01b0384165f908152600e60205260409020556101608401511561337157826001600160a01b03167f9bed35cb62ad0dba04f9d5bfee4b5bc91443e77da8a65c4c84834c51bb08b0d685610160015160405161332a91815260200190565b60405180910390a2826001600160a01b03165f5160206152545f395f51905f526001600160801b038661014001511660405161336891815260200190565b60405180910390a25b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516133b691815260200190565b60405180910390a350505050565b5f6133cd613f97565b905060ff811615612a485760405163e18ca2b960e01b815260ff82166004820152602401610eb9565b6133ff82612b91565b6001600160a01b0384166134285760405163ec442f0560e01b81525f6004820152602401610eb9565b5f61343660025f8787612bfb565b9050613443815f866130df565b6001600160401b038216156135585760a08101516001600160a01b0386165f908152600e602052604090205460c082901c64ffffffffff1690608081901c428311156134b8576134938882615063565b905082866001600160401b031611156134b357856001600160401b031692505b6134c7565b506001600160401b0385169150865b64ffffffffff60c01b19841660c084901b1760a08601526001600160a01b0389165f818152600e6020526040908190206001600160801b038516608085901b179055517f0323f3dfd510aa3314e205de0e35da1a4f61b5f06b51566b86430308434e74339061354b90849087909182526001600160401b0316602082015260400190565b60405180910390a2505050505b600c80548501905561356c815f87876131c4565b846001600160a01b0316837fe9e92d0569112d63a13d3acca4859ad9d4d0d72d5b701be230d57348234a5b1e8660405161108491815260200190565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f1981101561114b57818110156135fd57828183604051637dc7a0d960e11b8152600401610eb993929190615076565b61114b84848484035f61406d565b6001600160a01b03831661363457604051634b637e8f60e11b81525f6004820152602401610eb9565b6001600160a01b03821661365d5760405163ec442f0560e01b81525f6004820152602401610eb9565b6113078383836144d7565b5f600160ff1b821615801590610d0457504260b083901c6001600160401b03161192915050565b5f61369a8383611be8565b613719575f8381526008602090815260408083206001600160a01b03861684529091529020805460ff191660011790556136d13390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610d04565b505f610d04565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561377857507f000000000000000000000000000000000000000000000000000000000000000046145b156137a257507f000000000000000000000000000000000000000000000000000000000000000090565b6112cf604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f6138548383611be8565b15613719575f8381526008602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610d04565b6001600160a01b0383166138dd57604051634b637e8f60e11b81525f6004820152602401610eb9565b6001600160a01b0382166139065760405163ec442f0560e01b81525f6004820152602401610eb9565b816001600160a01b0316836001600160a01b031603613938576040516394a3d97960e01b815260040160405180910390fd5b5f6139466001858585612bfb565b90506139538185846130df565b61395f818585856131c4565b826001600160a01b0316846001600160a01b03167f7b3ce50c216d2ccf9919c6b9f1bfb33f0350a33010f188750b4af38e00448138846040516133b691815260200190565b6001600160a01b038085165f908152600e60205260408082205492861682528120549091906001600160801b038083169084906139e49083908516615063565b90506001600160801b038111156139ff57506001600160801b035b8015613a0f57600160e91b861795505b60c086901c64ffffffffff165f428211613a29575f613a2f565b608085901c5b905060c089901c64ffffffffff1642811115613a7357613a53608088901c83615063565b915082811115613a735764ffffffffff60c01b199890981660c089901b17975b6001600160a01b03808d165f908152600e6020526040808220829055918d16815220608083901b851790558415613b8b578b6001600160a01b03167f9bed35cb62ad0dba04f9d5bfee4b5bc91443e77da8a65c4c84834c51bb08b0d686604051613adf91815260200190565b60405180910390a28b6001600160a01b03165f5160206152545f395f51905f525f604051613b0f91815260200190565b60405180910390a28a6001600160a01b03167fa065e63c631c86f1b9f66a4a2f63f2093bf1c2168d23290259dbd969e0222a4586604051613b5291815260200190565b60405180910390a28a6001600160a01b03165f5160206152545f395f51905f5285604051613b8291815260200190565b60405180910390a25b50969a9950505050505050505050565b606060ff8216613bcf57505060408051808201909152600e81526d3737903932b9ba3934b1ba34b7b760911b602082015290565b604f1960ff831601613c0b5750506040805180820190915260148152731d1c985b9cd9995c9cc8185c99481c185d5cd95960621b602082015290565b60501960ff831601613c5057505060408051808201909152601881527f73656e64657220616464726573732069732066726f7a656e0000000000000000602082015290565b60511960ff831601613c9557505060408051808201909152601a81527f726563656976657220616464726573732069732066726f7a656e000000000000602082015290565b60521960ff831601613cc0576040518060600160405280602181526020016153d56021913992915050565b60531960ff831601613ceb576040518060600160405280602381526020016153886023913992915050565b60541960ff831601613d16576040518060600160405280602181526020016152ba6021913992915050565b60551960ff831601613d41576040518060600160405280602d815260200161535b602d913992915050565b60561960ff831601613d6c576040518060600160405280602c81526020016152fb602c913992915050565b60571960ff831601613d97576040518060600160405280602a81526020016153ab602a913992915050565b60581960ff831601613dc2576040518060600160405280602381526020016152116023913992915050565b60591960ff831601613ded576040518060600160405280603481526020016153276034913992915050565b605a1960ff831601613e3257505060408051808201909152601881527f61737365742076616c756174696f6e206973207374616c650000000000000000602082015290565b605b1960ff831601613e5d576040518060600160405280602181526020016151f06021913992915050565b605c1960ff831601613e88576040518060600160405280602681526020016152946026913992915050565b505060408051808201909152601881527f756e6b6e6f776e207265737472696374696f6e20636f64650000000000000000602082015290565b60606112cf7f00000000000000000000000000000000000000000000000000000000000000006144fd565b60606112cf7f00000000000000000000000000000000000000000000000000000000000000006144fd565b5f613f2182613668565b613f2d57506054610d04565b6002831615801590613f5f575060ff60a883901c81165f908152600f602052604090205460a084901c9091161c600116155b15613f6c57506055610d04565b5f600884901c60ff169050808160f085901c1614613f8e576056915050610d04565b505f9392505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031615801590613fd55750613fd36128e5565b155b15613fe05750605c90565b6011546001600160a01b031680158015906140015750613fff8161453a565b155b1561400e57605b91505090565b5f91505090565b5f610d04614021613720565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f614051888888886145f0565b92509250925061406182826146b8565b50909695505050505050565b6001600160a01b0384166140965760405163e602df0560e01b81525f6004820152602401610eb9565b6001600160a01b0383166140bf57604051634a1406b160e11b81525f6004820152602401610eb9565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561114b57826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516133b691815260200190565b61413b8282611be8565b61416a5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610eb9565b5050565b6001600160a01b0385165f908152600e60205260408120546001600160801b038116828461419c575f6141a2565b608083901c5b60808c0189905290505f6141b68284615063565b88116141c2575f6141d7565b816141cd848a6150ab565b6141d791906150ab565b905060ff8b16614227578087111561421b578288116141f6575f614200565b61420083896150ab565b871161420d576058614210565b60575b9450505050506142aa565b5f9450505050506142aa565b808711156142a2575f61423a82896150ab565b90505f83821061424a578361424c565b815b905061425881836150ab565b6101608f01819052915060806142708288831c6150ab565b901b61427c83876150ab565b176101408f0152600160408f015281850361429f57600160e91b198b1660808f01525b50505b5f9450505050505b979650505050505050565b6060860151601081901c63ffffffff166001600160a01b03871615614382575f876001600160a01b0316856001600160a01b03160361431c5750608088018051606081811c6001600160601b0316929088901b916143149083906150ab565b905250614361565b506001600160a01b0384165f818152600d602052604090205460c08a0191909152606081811c6001600160601b0316919061435a9088901b826150ab565b60e08b0152505b851580159061436f57508581145b156143805761437d82615147565b91505b505b6001600160a01b038616156144a6575f866001600160a01b0316846001600160a01b0316036143d9575060a088018051606081811c6001600160601b0316929088901b916143d1908390615063565b905250614420565b506001600160a01b0383165f818152600d60205260409020546101008a0191909152606081811c6001600160601b031691906144189088901b82615063565b6101208b0152505b8015801561442d57508515155b1561446b5761443b8261515c565b9150603083901c63ffffffff16801580159061445657508083115b156144695750506059885250610ecc9050565b505b605083901c6001600160601b0316801580159061449057508061448e8884615063565b115b156144a3575050605a885250610ecc9050565b50505b65ffffffff0000198216601082901b178083146144cc5760608901819052600160208a01525b505050505050505050565b5f6144e45f858585612bfb565b90506144f18185846130df565b61114b818585856131c4565b60605f61450983614770565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f816001600160a01b031663feaf968c6040518163ffffffff1660e01b815260040160a060405180830381865afa925050508015614595575060408051601f3d908101601f191682019092526145929181019061518d565b60015b6145a057505f919050565b5f841380156145ae57508115155b80156145ba5750428211155b80156142aa5750601154600160a01b90046001600160401b03166145de83426150ab565b1115979650505050505050565b919050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561462957505f915060039050826146ae565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561467a573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166146a557505f9250600191508290506146ae565b92505f91508190505b9450945094915050565b5f8260038111156146cb576146cb6151db565b036146d4575050565b60018260038111156146e8576146e86151db565b036147065760405163f645eedf60e01b815260040160405180910390fd5b600282600381111561471a5761471a6151db565b0361473b5760405163fce698f760e01b815260048101829052602401610eb9565b600382600381111561474f5761474f6151db565b0361416a576040516335e2f38360e21b815260048101829052602401610eb9565b5f60ff8216601f811115610d0457604051632cd44ac360e21b815260040160405180910390fd5b5080546147a390614ed9565b5f825580601f106147b2575050565b601f0160209004905f5260205f20906129fb91905f5b80821115611307575f818401556001016147c8565b5f5f83601f8401126147ed575f5ffd5b5081356001600160401b03811115614803575f5ffd5b60208301915083602082850101111561481a575f5ffd5b9250929050565b5f5f5f5f60608587031215614834575f5ffd5b8435935060208501356001600160401b03811115614850575f5ffd5b61485c878288016147dd565b9598909750949560400135949350505050565b5f6020828403121561487f575f5ffd5b81356001600160e01b0319811681146111e1575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6111e16020830184614896565b6001600160a01b0381168114612a48575f5ffd5b5f5f604083850312156148fb575f5ffd5b8235614906816148d6565b946020939093013593505050565b5f60208284031215614924575f5ffd5b813563ffffffff811681146111e1575f5ffd5b5f5f5f5f5f6080868803121561494b575f5ffd5b8535614956816148d6565b94506020860135614966816148d6565b93506040860135925060608601356001600160401b03811115614987575f5ffd5b614993888289016147dd565b969995985093965092949392505050565b5f5f5f606084860312156149b6575f5ffd5b83356149c1816148d6565b95602085013595506040909401359392505050565b5f602082840312156149e6575f5ffd5b81356111e1816148d6565b5f5f83601f840112614a01575f5ffd5b5081356001600160401b03811115614a17575f5ffd5b6020830191508360208260051b850101111561481a575f5ffd5b5f5f5f5f60408587031215614a44575f5ffd5b84356001600160401b03811115614a59575f5ffd5b614a65878288016149f1565b90955093505060208501356001600160401b03811115614a83575f5ffd5b614a8f878288016149f1565b95989497509550505050565b5f5f5f60608486031215614aad575f5ffd5b8335614ab8816148d6565b92506020840135614ac8816148d6565b929592945050506040919091013590565b5f60208284031215614ae9575f5ffd5b5035919050565b5f5f60408385031215614b01575f5ffd5b823591506020830135614b13816148d6565b809150509250929050565b5f5f5f5f5f5f60608789031215614b33575f5ffd5b86356001600160401b03811115614b48575f5ffd5b614b5489828a016149f1565b90975095505060208701356001600160401b03811115614b72575f5ffd5b614b7e89828a016149f1565b90955093505060408701356001600160401b03811115614b9c575f5ffd5b614ba889828a016149f1565b979a9699509497509295939492505050565b80356001600160401b03811681146145eb575f5ffd5b5f5f5f5f60808587031215614be3575f5ffd5b8435614bee816148d6565b93506020850135925060408501359150614c0a60608601614bba565b905092959194509250565b803560ff811681146145eb575f5ffd5b5f60208284031215614c35575f5ffd5b6111e182614c15565b60ff60f81b8816815260e060208201525f614c5c60e0830189614896565b8281036040840152614c6e8189614896565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015614cc3578351835260209384019390920191600101614ca5565b50909b9a5050505050505050505050565b5f60208284031215614ce4575f5ffd5b813561ffff811681146111e1575f5ffd5b602080825282518282018190525f918401906040840190835b81811015614d2c578351835260209384019390920191600101614d0e565b509095945050505050565b606081525f614d496060830186614896565b60208301949094525060400152919050565b803580151581146145eb575f5ffd5b5f60208284031215614d7a575f5ffd5b6111e182614d5b565b5f5f5f60408486031215614d95575f5ffd5b83356001600160401b03811115614daa575f5ffd5b614db6868287016149f1565b9094509250614dc9905060208501614d5b565b90509250925092565b5f5f60408385031215614de3575f5ffd5b8235614dee816148d6565b9150614dfc60208401614d5b565b90509250929050565b5f5f5f5f5f5f5f60e0888a031215614e1b575f5ffd5b8735614e26816148d6565b96506020880135614e36816148d6565b95506040880135945060608801359350614e5260808901614c15565b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215614e80575f5ffd5b8235614e8b816148d6565b9150614dfc60208401614bba565b5f5f60408385031215614eaa575f5ffd5b8235614eb5816148d6565b91506020830135614b13816148d6565b634e487b7160e01b5f52604160045260245ffd5b600181811c90821680614eed57607f821691505b602082108103614f0b57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115611307578282111561130757805f5260205f20601f840160051c6020851015614f3c57505f5b90810190601f840160051c035f5b81811015610ecc575f83820155600101614f4a565b6001600160401b03831115614f7657614f76614ec5565b614f8a83614f848354614ed9565b83614f11565b5f601f841160018114614fbb575f8515614fa45750838201355b5f19600387901b1c1916600186901b178355611119565b5f83815260208120601f198716915b82811015614fea5786850135825560209485019460019092019101614fca565b5086821015615006575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b60408152826040820152828460608301375f606084830101525f6060601f19601f8601168301019050826020830152949350505050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610d0457610d0461504f565b6001600160a01b039390931683526020830191909152604082015260600190565b634e487b7160e01b5f52603260045260245ffd5b81810381811115610d0457610d0461504f565b5f602082840312156150ce575f5ffd5b5051919050565b634e487b7160e01b5f52603160045260245ffd5b604081525f6150fb6040830185614896565b90508260208301529392505050565b5f6020828403121561511a575f5ffd5b81516111e1816148d6565b5f5f60408385031215615136575f5ffd5b505080516020909101519092909150565b5f816151555761515561504f565b505f190190565b5f6001820161516d5761516d61504f565b5060010190565b805169ffffffffffffffffffff811681146145eb575f5ffd5b5f5f5f5f5f60a086880312156151a1575f5ffd5b6151aa86615174565b602087015160408801516060890151929750909550935091506151cf60808701615174565b90509295509295909350565b634e487b7160e01b5f52602160045260245ffdfe64656564206973206e6f74206c6f636b656420696e746f2074686520746f6b656e6d6178696d756d206e756d626572206f6620696e766573746f727320726561636865646390f5a69ff59edce8e461308dbd399b74f0414e629057022cbc92159a014c7668e0d8c112165d0949ce87205b719ed7d98c7401866c34a159f7c67c6f5620e7cab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb427695096770964656564206973206c6f636b656420696e746f20697473206672616374696f6e20746f6b656e7265636569766572277320636f756e747279206973206e6f7420616c6c6f7765649f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a6616d6f756e742065786365656473207468652073656e646572277320756e66726f7a656e2062616c616e63657265636569766572277320696e766573746f7220776f756c642065786365656420746865206d6178696d756d2062616c616e63657265636569766572206c61636b732074686520726571756972656420656c69676962696c69747920666c6167737265636569766572206973206e6f74206120766572696669656420696e766573746f72616d6f756e7420696e636c7564657320746f6b656e73207374696c6c20756e646572206c6f636b2d757073656e646572206973206e6f74206120766572696669656420696e766573746f72a164736f6c6343000825000a",
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
// Solidity: constructor(string name_, string symbol_, uint8 decimals_, address registry_, address deed_, uint256 deedId_, address admin) returns()
func (assetToken *AssetToken) PackConstructor(name_ string, symbol_ string, decimals_ uint8, registry_ common.Address, deed_ common.Address, deedId_ *big.Int, admin common.Address) []byte {
	enc, err := assetToken.abi.Pack("", name_, symbol_, decimals_, registry_, deed_, deedId_, admin)
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
// Solidity: function onERC721Received(address , address from, uint256 tokenId, bytes ) returns(bytes4)
func (assetToken *AssetToken) PackOnERC721Received(arg0 common.Address, from common.Address, tokenId *big.Int, arg3 []byte) []byte {
	enc, err := assetToken.abi.Pack("onERC721Received", arg0, from, tokenId, arg3)
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
func (assetToken *AssetToken) TryPackOnERC721Received(arg0 common.Address, from common.Address, tokenId *big.Int, arg3 []byte) ([]byte, error) {
	return assetToken.abi.Pack("onERC721Received", arg0, from, tokenId, arg3)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address , address from, uint256 tokenId, bytes ) returns(bytes4)
func (assetToken *AssetToken) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := assetToken.abi.Unpack("onERC721Received", data)
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
	if bytes.Equal(raw[:4], assetToken.abi.Errors["ERC7943CannotReceive"].ID.Bytes()[:4]) {
		return assetToken.UnpackERC7943CannotReceiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["ERC7943CannotSend"].ID.Bytes()[:4]) {
		return assetToken.UnpackERC7943CannotSendError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["ERC7943CannotTransfer"].ID.Bytes()[:4]) {
		return assetToken.UnpackERC7943CannotTransferError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["ERC7943InsufficientUnfrozenBalance"].ID.Bytes()[:4]) {
		return assetToken.UnpackERC7943InsufficientUnfrozenBalanceError(raw[4:])
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
	if bytes.Equal(raw[:4], assetToken.abi.Errors["InvalidLockup"].ID.Bytes()[:4]) {
		return assetToken.UnpackInvalidLockupError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["InvalidRequestId"].ID.Bytes()[:4]) {
		return assetToken.UnpackInvalidRequestIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return assetToken.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["InvalidSupplyCap"].ID.Bytes()[:4]) {
		return assetToken.UnpackInvalidSupplyCapError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return assetToken.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["NoDeed"].ID.Bytes()[:4]) {
		return assetToken.UnpackNoDeedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["NothingToRecover"].ID.Bytes()[:4]) {
		return assetToken.UnpackNothingToRecoverError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["RecoveryInvestorMismatch"].ID.Bytes()[:4]) {
		return assetToken.UnpackRecoveryInvestorMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["RequestAlreadyProcessed"].ID.Bytes()[:4]) {
		return assetToken.UnpackRequestAlreadyProcessedError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["SameWallet"].ID.Bytes()[:4]) {
		return assetToken.UnpackSameWalletError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetToken.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return assetToken.UnpackStringTooLongError(raw[4:])
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
	if bytes.Equal(raw[:4], assetToken.abi.Errors["TransferRestricted"].ID.Bytes()[:4]) {
		return assetToken.UnpackTransferRestrictedError(raw[4:])
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

// AssetTokenERC7943CannotReceive represents a ERC7943CannotReceive error raised by the AssetToken contract.
type AssetTokenERC7943CannotReceive struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC7943CannotReceive(address account)
func AssetTokenERC7943CannotReceiveErrorID() common.Hash {
	return common.HexToHash("0x705c1eed043f2b5dd3a4688f5c1e6b1faf4697a98d761d0c7c4a271abe1871d7")
}

// UnpackERC7943CannotReceiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC7943CannotReceive(address account)
func (assetToken *AssetToken) UnpackERC7943CannotReceiveError(raw []byte) (*AssetTokenERC7943CannotReceive, error) {
	out := new(AssetTokenERC7943CannotReceive)
	if err := assetToken.abi.UnpackIntoInterface(out, "ERC7943CannotReceive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenERC7943CannotSend represents a ERC7943CannotSend error raised by the AssetToken contract.
type AssetTokenERC7943CannotSend struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC7943CannotSend(address account)
func AssetTokenERC7943CannotSendErrorID() common.Hash {
	return common.HexToHash("0x45bae9e2664ba3991d05bcca7d5c5f19ee9f38b3035017e78a7a5def3ce92fce")
}

// UnpackERC7943CannotSendError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC7943CannotSend(address account)
func (assetToken *AssetToken) UnpackERC7943CannotSendError(raw []byte) (*AssetTokenERC7943CannotSend, error) {
	out := new(AssetTokenERC7943CannotSend)
	if err := assetToken.abi.UnpackIntoInterface(out, "ERC7943CannotSend", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenERC7943CannotTransfer represents a ERC7943CannotTransfer error raised by the AssetToken contract.
type AssetTokenERC7943CannotTransfer struct {
	From   common.Address
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC7943CannotTransfer(address from, address to, uint256 amount)
func AssetTokenERC7943CannotTransferErrorID() common.Hash {
	return common.HexToHash("0x22dda4bed2c3de93b2113939aa840605ac72c6ea305ccc6956bfd21a80ff1844")
}

// UnpackERC7943CannotTransferError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC7943CannotTransfer(address from, address to, uint256 amount)
func (assetToken *AssetToken) UnpackERC7943CannotTransferError(raw []byte) (*AssetTokenERC7943CannotTransfer, error) {
	out := new(AssetTokenERC7943CannotTransfer)
	if err := assetToken.abi.UnpackIntoInterface(out, "ERC7943CannotTransfer", raw); err != nil {
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

// AssetTokenInvalidShortString represents a InvalidShortString error raised by the AssetToken contract.
type AssetTokenInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func AssetTokenInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (assetToken *AssetToken) UnpackInvalidShortStringError(raw []byte) (*AssetTokenInvalidShortString, error) {
	out := new(AssetTokenInvalidShortString)
	if err := assetToken.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
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

// AssetTokenStringTooLong represents a StringTooLong error raised by the AssetToken contract.
type AssetTokenStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func AssetTokenStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (assetToken *AssetToken) UnpackStringTooLongError(raw []byte) (*AssetTokenStringTooLong, error) {
	out := new(AssetTokenStringTooLong)
	if err := assetToken.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
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
