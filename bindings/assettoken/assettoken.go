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
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"},{\"internalType\":\"contractIdentityRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"deed_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"deedId_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DeedNotHeld\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"DocumentNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"ERC7943CannotReceive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"ERC7943CannotSend\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ERC7943CannotTransfer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"unfrozen\",\"type\":\"uint256\"}],\"name\":\"ERC7943InsufficientUnfrozenBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"FractionsOutstanding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"name\":\"FreezeExceedsBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidDocument\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"name\":\"InvalidLockup\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidRequestId\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoDeed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"}],\"name\":\"NothingToRecover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"RecoveryInvestorMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"RequestAlreadyProcessed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SameWallet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SupplyOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"name\":\"TransferRestricted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"UnexpectedDeed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"frozen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"UnfreezeExceedsFrozen\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bool\",\"name\":\"isFrozen\",\"type\":\"bool\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AddressFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"CountryAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"CountryRestrictionSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"deed\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"deedId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"}],\"name\":\"DeedLocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"deed\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"deedId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"DeedReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"DocumentRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"DocumentUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ForcedTransfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Frozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Issued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"name\":\"LockedUp\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxBalance\",\"type\":\"uint256\"}],\"name\":\"MaxBalanceSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxInvestors\",\"type\":\"uint256\"}],\"name\":\"MaxInvestorsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"RecoverySuccess\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Redeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"}],\"name\":\"RequiredFlagsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensUnfrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"name\":\"ValuationGuardSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AGENT_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"COMPLIANCE_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOCUMENT_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"from\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchForcedTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"requestIds\",\"type\":\"bytes32[]\"}],\"name\":\"batchMint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"bool[]\",\"name\":\"frozen\",\"type\":\"bool[]\"}],\"name\":\"batchSetAddressFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"batchTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"canReceive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"canSend\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"canTransfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"compliance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"countryRestricted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deed\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deedId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deedLocked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"detectTransferRestriction\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"forcedTransfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"freezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getAllDocuments\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"getDocument\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lastModified\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getFrozenTokens\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"identityRegistry\",\"outputs\":[{\"internalType\":\"contractIdentityRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"}],\"name\":\"investorBalanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"investorCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"isCountryAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isFrozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"isRequestProcessed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"lockOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxBalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxInvestors\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"name\":\"messageForTransferRestriction\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"requestId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"name\":\"mintLocked\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newWallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"recoveryAddress\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"releaseDeed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"removeDocument\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requiredFlags\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"}],\"name\":\"setAddressFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16[]\",\"name\":\"countries\",\"type\":\"uint16[]\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setCountriesAllowed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"setCountryRestriction\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"setDocument\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"setFrozenTokens\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxBalance_\",\"type\":\"uint256\"}],\"name\":\"setMaxBalance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"maxInvestors_\",\"type\":\"uint32\"}],\"name\":\"setMaxInvestors\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"}],\"name\":\"setRequiredFlags\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"name\":\"setValuationGuard\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"unfreezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"valuationGuard\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"feed\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"maxAge\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "AssetToken",
	Bin: "0x6101e0604052348015610010575f5ffd5b5060405161590038038061590083398101604081905261002f91610300565b6040805180820190915260018152603160f81b602082015287908190818960036100598382610445565b5060046100668282610445565b5050506100788261015560201b60201c565b6101205261008581610155565b61014052815160208084019190912060e052815190820120610100524660a05261011160e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c052506001600160a01b038481166101605260ff86166101805283166101a0526101c08290526101485f8261019b565b505050505050505061055b565b5f5f829050601f81511115610188578260405163305a27a960e01b815260040161017f9190610503565b60405180910390fd5b805161019382610538565b179392505050565b5f8281526008602090815260408083206001600160a01b038516845290915281205460ff1661023f575f8381526008602090815260408083206001600160a01b03861684529091529020805460ff191660011790556101f73390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610242565b505f5b92915050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f83011261026b575f5ffd5b81516001600160401b0381111561028457610284610248565b604051601f8201601f19908116603f011681016001600160401b03811182821017156102b2576102b2610248565b6040528181528382016020018510156102c9575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b80516001600160a01b03811681146102fb575f5ffd5b919050565b5f5f5f5f5f5f5f60e0888a031215610316575f5ffd5b87516001600160401b0381111561032b575f5ffd5b6103378a828b0161025c565b60208a015190985090506001600160401b03811115610354575f5ffd5b6103608a828b0161025c565b965050604088015160ff81168114610376575f5ffd5b9450610384606089016102e5565b9350610392608089016102e5565b60a089015190935091506103a860c089016102e5565b905092959891949750929550565b600181811c908216806103ca57607f821691505b6020821081036103e857634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610440578282111561044057805f5260205f20601f840160051c602085101561041957505f5b90810190601f840160051c035f5b8181101561043c575f83820155600101610427565b5050505b505050565b81516001600160401b0381111561045e5761045e610248565b6104728161046c84546103b6565b846103ee565b6020601f8211600181146104a4575f831561048d5750848201515b5f19600385901b1c1916600184901b1784556104fc565b5f84815260208120601f198516915b828110156104d357878501518255602094850194600190920191016104b3565b50848210156104f057868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156103e8575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516152996106675f395f81816107fd01528181610eff01528181611ebc01528181611f45015261281401525f818161095b01528181610e9a01528181610ed401528181611e0801528181611ee201528181611f66015281816127d40152818161283a0152613e3101525f61065801525f81816104c9015281816111f401528181611526015281816115e5015281816116a30152818161187401528181611b3301528181612b8f01528181612c520152612ce901525f613d8a01525f613d5f01525f61369001525f61366801525f6135c301525f6135ed01525f61361701526152995ff3fe608060405234801561000f575f5ffd5b5060043610610438575f3560e01c80638456cb5911610237578063bd8af8fd11610135578063d547741f116100bf578063e46638e611610084578063e46638e614610aa2578063e583983614610ab5578063e63ab1e914610ae5578063ebe45cba14610b0c578063f652b75514610b1f575f5ffd5b8063d547741f14610a03578063d7e64c0014610a16578063d911800a14610a28578063db20a5b514610a57578063dd62ed3e14610a6a575f5ffd5b8063cc6d914611610105578063cc6d9146146109a3578063d2e09b0a146109b6578063d4ce1415146109c9578063d505accf146109dc578063d5391393146109ef575f5ffd5b8063bd8af8fd14610943578063c2f1e6bd14610956578063c35018481461097d578063c69c09cf14610990575f5ffd5b80639fa5f50b116101c1578063b10d6b4111610186578063b10d6b41146108dc578063b586dc19146108fe578063b86b38fe14610911578063bc99cc371461091e578063bd79c7ef14610930575f5ffd5b80639fa5f50b146108865780639fc1d0e71461089b578063a11939bd146108ae578063a217fddf146108c2578063a9059cbb146108c9575f5ffd5b806390d370ba1161020757806390d370ba1461083257806391d148541461084557806395d89b411461085857806399f644f6146108605780639d51d9b714610873575f5ffd5b80638456cb59146107d557806384b0196e146107dd57806386a82c94146107f857806388d695b21461081f575f5ffd5b80632c721b98116103445780635c975abb116102ce57806370a082311161029357806370a082311461075e57806373ad468a1461078f5780637ecebe00146107a45780637f4ab1dd146107b757806382c8e52f146107ca575f5ffd5b80635c975abb1461070357806361fba37d146107105780636290865d1461072357806365275d4f146107295780636da398b31461073c575f5ffd5b806336568abe1161031457806336568abe146106925780633f4ba83a146106a557806342a47abc146106ad5780635a46d3b5146106c05780635b5ba2fd146106f0575f5ffd5b80632c721b981461061c5780632f2ff15d14610643578063313ce567146106565780633644e5151461068a575f5ffd5b8063158b1a57116103c55780631fe56f7d116103955780631fe56f7d146105ad57806322459e18146105c057806323b872dd146105d4578063248a9ca3146105e75780632bc06a9214610609575f5ffd5b8063158b1a571461054057806318160ddd1461057f5780631a7af379146105875780631e458bee1461059a575f5ffd5b80630a6df8971161040b5780630a6df897146104a1578063125c4a33146104b4578063134e18f4146104c7578063150b7a0214610501578063158a1cc31461052d575f5ffd5b8063010648ca1461043c57806301ffc9a71461045157806306fdde0314610479578063095ea7b31461048e575b5f5ffd5b61044f61044a3660046146b8565b610b27565b005b61046461045f366004614706565b610c52565b60405190151581526020015b60405180910390f35b610481610ccd565b604051610470919061475b565b61046461049c366004614781565b610d5d565b61044f6104af3660046147ab565b610d74565b61044f6104c2366004614781565b610dee565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b039091168152602001610470565b61051461050f3660046147ce565b610e97565b6040516001600160e01b03199091168152602001610470565b61044f61053b36600461483b565b610f92565b61057161054e36600461486d565b6001600160a01b03165f908152600e60205260409020546001600160801b031690565b604051908152602001610470565b600c54610571565b61044f6105953660046148c8565b611056565b61044f6105a836600461483b565b6110e3565b61044f6105bb366004614781565b611114565b6105715f51602061510b5f395f51905f5281565b6104646105e2366004614932565b611186565b6105716105f5366004614970565b5f9081526008602052604090206001015490565b61046461061736600461486d565b6111ab565b6105717fdd7c9aafbb91d54fb2041db1d5b172ea665309b32f5fffdbddf452802a1e3b2081565b61044f610651366004614987565b611265565b7f00000000000000000000000000000000000000000000000000000000000000005b60405160ff9091168152602001610470565b610571611289565b61044f6106a0366004614987565b611297565b61044f6112cf565b61044f6106bb3660046149b5565b61133a565b6106d36106ce36600461486d565b61140c565b604080519283526001600160401b03909116602083015201610470565b6104646106fe366004614932565b611464565b600b546001161515610464565b61057161071e36600461486d565b611851565b306104e9565b61044f610737366004614a67565b61191f565b61046461074a366004614970565b5f9081526010602052604090205460ff1690565b61057161076c36600461486d565b6001600160a01b03165f908152600d60205260409020546001600160601b031690565b610571600b5460501c6001600160601b031690565b6105716107b236600461486d565b611998565b6104816107c5366004614abc565b6119b5565b600b5460081c610678565b61044f6119c0565b6107e5611a23565b6040516104709796959493929190614ad5565b6105717f000000000000000000000000000000000000000000000000000000000000000081565b61044f61082d3660046148c8565b611a65565b61046461084036600461486d565b611ae3565b610464610853366004614987565b611bab565b610481611bd5565b61046461086e366004614b6b565b611be4565b61044f610881366004614970565b611c18565b61088e611ca7565b6040516104709190614b8c565b6104646108a9366004614932565b611cfc565b6105715f5160206150cb5f395f51905f5281565b6105715f81565b6104646108d7366004614781565b611d1f565b6108ef6108ea366004614970565b611d2c565b60405161047093929190614bce565b61044f61090c36600461486d565b611dfc565b600b546002161515610464565b610571600b5460301c63ffffffff1690565b61044f61093e366004614c01565b611fbf565b61044f610951366004614c1a565b612023565b6104e97f000000000000000000000000000000000000000000000000000000000000000081565b61044f61098b366004614970565b612101565b61044f61099e366004614c69565b612314565b61044f6109b13660046149b5565b6123ac565b61044f6109c4366004614abc565b61246f565b6106786109d7366004614932565b6124ce565b61044f6109ea366004614c9c565b612564565b6105715f5160206151725f395f51905f5281565b61044f610a11366004614987565b61269a565b610571600b5460101c63ffffffff1690565b601154604080516001600160a01b0383168152600160a01b9092046001600160401b0316602083015201610470565b61044f610a65366004614d06565b6126be565b610571610a78366004614d30565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b610464610ab0366004614932565b612743565b610464610ac336600461486d565b6001600160a01b03165f908152600d6020526040902054600160e81b16151590565b6105717f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b610464610b1a366004614781565b612787565b6104646127d1565b610b2f6128be565b831580610b3a575081155b15610b58576040516316231ce360e11b815260040160405180910390fd5b5f84815260096020526040812060028101549091600160401b90910463ffffffff169003610bdb57600a80546001810182555f8290527fc65a7bb8d6351c1cf70c95a316cc6a92839c986682d98bc35f958f4883f9d2a8018690555460028201805463ffffffff909216600160401b0263ffffffff60401b199092169190911790555b80610be7848683614df6565b506001810182905560028101805467ffffffffffffffff1916426001600160401b031617905560405185907fb4c22d60cd550a815744f04e3ff5278bf19684565ee00e2b084041b6024bd6f690610c4390879087908790614eaf565b60405180910390a25050505050565b5f6001600160e01b03198216630fb6ed3160e21b1480610c8257506001600160e01b031982166336372b0760e01b145b80610c9d57506001600160e01b0319821663157094b960e31b145b80610cb857506001600160e01b03198216631d9fd9d960e31b145b80610cc75750610cc7826128e9565b92915050565b606060038054610cdc90614d70565b80601f0160208091040260200160405190810160405280929190818152602001828054610d0890614d70565b8015610d535780601f10610d2a57610100808354040283529160200191610d53565b820191905f5260205f20905b815481529060010190602001808311610d3657829003601f168201915b5050505050905090565b5f33610d6a81858561291d565b5060019392505050565b5f5160206150cb5f395f51905f52610d8b8161292a565b600b805469ffffffff000000000000191669ffffffff000000000000603085901b1617905560405163ffffffff831681527f0de3b656191db95f0ae3b33d959531021110a9da5b819655d9d13a57496144ad906020015b60405180910390a15050565b5f51602061510b5f395f51905f52610e058161292a565b6001600160a01b0383165f908152600e60205260408120546001600160801b031690610e318483614efa565b6001600160a01b0386165f908152600d60205260409020549091506001600160601b031680821115610e855785828260405163f0d8212b60e01b8152600401610e7c93929190614f0d565b60405180910390fd5b610e8f8683612937565b505050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161580610ef75750336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614155b80610f2257507f00000000000000000000000000000000000000000000000000000000000000008414155b15610f495760405163853a50cb60e01b815233600482015260248101859052604401610e7c565b6040516001600160a01b03861690859033907f65b9b6800269c1d914567df9d066fabc775c2ad11e29e2892d42fb99b98c58d0905f90a450630a85bd0160e11b95945050505050565b5f5160206151725f395f51905f52610fa98161292a565b610fb282612a7d565b6001600160a01b038416610fdb57604051634b637e8f60e11b81525f6004820152602401610e7c565b5f610fe96003865f87612ae7565b9050610ff6818686612fb1565b600c8054859003905561100b81865f8761305b565b846001600160a01b0316837f61d905e697374527439f5c64f060ae521e3b586e8f61ef3f160057e7150e153e8660405161104791815260200190565b60405180910390a35050505050565b828114611079576040516001621398b960e31b0319815260040160405180910390fd5b5f5b838110156110dc576110d485858381811061109857611098614f2e565b90506020020160208101906110ad919061486d565b8484848181106110bf576110bf614f2e565b905060200201602081019061099e9190614c01565b60010161107b565b5050505050565b5f5160206151725f395f51905f526110fa8161292a565b61110261325b565b61110e8484845f61328d565b50505050565b5f51602061510b5f395f51905f5261112b8161292a565b6001600160a01b0383165f908152600e60205260409020546001600160801b0316808311156111735783818460405163e0dfe97f60e01b8152600401610e7c93929190614f0d565b61110e846111818584614f42565b612937565b5f3361119385828561343f565b61119e8585856134a2565b60019150505b9392505050565b6001600160a01b0381165f908152600d6020526040812054600160e81b16158015610cc75750604051633465d6d560e01b81526001600160a01b038381166004830152610cc7917f000000000000000000000000000000000000000000000000000000000000000090911690633465d6d5906024015b602060405180830381865afa15801561123c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112609190614f55565b6134ff565b5f8281526008602052604090206001015461127f8161292a565b61110e8383613526565b5f6112926135b7565b905090565b6001600160a01b03811633146112c05760405163334bd91960e11b815260040160405180910390fd5b6112ca82826136e0565b505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a6112f98161292a565b600b80546001191690556040513381527f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa906020015b60405180910390a150565b5f51602061510b5f395f51905f526113518161292a565b85841415806113605750858214155b15611381576040516001621398b960e31b0319815260040160405180910390fd5b5f5b86811015611402576113fa8888838181106113a0576113a0614f2e565b90506020020160208101906113b5919061486d565b8787848181106113c7576113c7614f2e565b90506020020160208101906113dc919061486d565b8686858181106113ee576113ee614f2e565b9050602002013561374b565b600101611383565b5050505050505050565b6001600160a01b0381165f908152600d6020526040812054819060c01c64ffffffffff1642811161144257505f93849350915050565b6001600160a01b039093165f908152600e602052604090205460801c93915050565b5f5f51602061510b5f395f51905f5261147c8161292a565b836001600160a01b0316856001600160a01b0316036114ae576040516394a3d97960e01b815260040160405180910390fd5b6001600160a01b0385165f908152600d6020526040812054906001600160601b038216908190036114fd576040516386d9d03560e01b81526001600160a01b0388166004820152602401610e7c565b84158061159457506040516309b2c94960e41b81526001600160a01b03888116600483015286917f000000000000000000000000000000000000000000000000000000000000000090911690639b2c949090602401602060405180830381865afa15801561156d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115919190614f55565b14155b156115c457604051633419fc5160e21b81526001600160a01b038816600482015260248101869052604401610e7c565b604051634dffeb6960e01b81526001600160a01b03878116600483015286917f000000000000000000000000000000000000000000000000000000000000000090911690634dffeb6990602401602060405180830381865afa15801561162c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116509190614f55565b1461168057604051633419fc5160e21b81526001600160a01b038716600482015260248101869052604401610e7c565b604051633465d6d560e01b81526001600160a01b0387811660048301526116d4917f000000000000000000000000000000000000000000000000000000000000000090911690633465d6d590602401611221565b6116f45760405163e18ca2b960e01b815260546004820152602401610e7c565b6001600160a01b0386165f908152600d602052604081205461172690899089908690611721908790614efa565b61383b565b9050600160e81b8316158015906117415750600160e81b8116155b1561178957604051600160e81b919091179033906001906001600160a01b038a16907f7fa523c84ab8d7fc5b72f08b9e46dbbf10c39e119a075b3e317002d14bc9f436905f90a45b6001600160a01b038089165f818152600d602052604080822071010000000000ffffffffffffffffffffffff60601b88169055928a168082529083902084905591517fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef906117fa9086815260200190565b60405180910390a385876001600160a01b0316896001600160a01b03167fa1505292c0b9cc567f38ad6cb54e66cb1d99b7b990491da20439f814074a2f8060405160405180910390a4506001979650505050505050565b604051633465d6d560e01b81526001600160a01b0382811660048301525f9182917f00000000000000000000000000000000000000000000000000000000000000001690633465d6d590602401602060405180830381865afa1580156118b9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118dd9190614f55565b90506001600160a01b03811615611917576001600160a01b0381165f908152600d602052604090205460601c6001600160601b03166111a4565b5f9392505050565b5f5160206151725f395f51905f526119368161292a565b42826001600160401b031611158061195b575064ffffffffff826001600160401b0316115b156119845760405163f65609c560e01b81526001600160401b0383166004820152602401610e7c565b61198c61325b565b6110dc8585858561328d565b6001600160a01b0381165f90815260076020526040812054610cc7565b6060610cc782613a32565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a6119ea8161292a565b600b805460011790556040513381527f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2589060200161132f565b5f6060805f5f5f6060611a34613d58565b611a3c613d83565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b828114611a88576040516001621398b960e31b0319815260040160405180910390fd5b5f5b838110156110dc57611adb33868684818110611aa857611aa8614f2e565b9050602002016020810190611abd919061486d565b858585818110611acf57611acf614f2e565b905060200201356134a2565b600101611a8a565b6001600160a01b0381165f908152600d6020526040812054600160e81b16158015610cc75750600b54604051633465d6d560e01b81526001600160a01b0384811660048301525f92611ba19290917f00000000000000000000000000000000000000000000000000000000000000001690633465d6d590602401602060405180830381865afa158015611b78573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b9c9190614f55565b613dae565b60ff161492915050565b5f9182526008602090815260408084206001600160a01b0393909316845291905290205460ff1690565b606060048054610cdc90614d70565b5f6002600b54165f1480610cc7575060ff600883901c81165f908152600f60205260409020549083161c6001161515610cc7565b5f5160206150cb5f395f51905f52611c2f8161292a565b6001600160601b03821115611c575760405163162908e360e11b815260040160405180910390fd5b600b80546bffffffffffffffffffffffff60501b1916605084901b1790556040517f82f9980487703d8db41f1ba63b2665566f7fb449fbc840a9e0c6ca932bed582c90610de29084815260200190565b6060600a805480602002602001604051908101604052809291908181526020018280548015610d5357602002820191905f5260205f20905b815481526020019060010190808311611cdf575050505050905090565b5f5f51602061510b5f395f51905f52611d148161292a565b61119e85858561374b565b5f33610d6a8185856134a2565b5f818152600960205260408120600181015460028201548254606094938493909283926001600160401b03909116908390611d6690614d70565b80601f0160208091040260200160405190810160405280929190818152602001828054611d9290614d70565b8015611ddd5780601f10611db457610100808354040283529160200191611ddd565b820191905f5260205f20905b815481529060010190602001808311611dc057829003601f168201915b50939c959b50506001600160401b039093169850929650505050505050565b5f611e068161292a565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316611e4d5760405163c1ffbfc160e01b815260040160405180910390fd5b611e556127d1565b611e7257604051635dbdcfb160e01b815260040160405180910390fd5b600c548015611e9757604051630cddcbb560e31b815260048101829052602401610e7c565b604051632142170760e11b81523060048201526001600160a01b0384811660248301527f000000000000000000000000000000000000000000000000000000000000000060448301527f000000000000000000000000000000000000000000000000000000000000000016906342842e0e906064015f604051808303815f87803b158015611f23575f5ffd5b505af1158015611f35573d5f5f3e3d5ffd5b50505050826001600160a01b03167f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03167fe8383670d8496f6387cd90d87d2c260167c678257468a7230d4f233196f3d7e760405160405180910390a4505050565b5f5160206150cb5f395f51905f52611fd68161292a565b81611fe757600b5460021916611fee565b6002600b54175b600b5560405182151581527feefd36438b6df67c30108fdd7c23da7c8e2dd811d3afde6617f84ea0de2e999d90602001610de2565b5f5160206150cb5f395f51905f5261203a8161292a565b5f5b838110156110dc575f85858381811061205757612057614f2e565b905060200201602081019061206c9190614b6b565b60ff600882901c81165f908152600f602052604090205491925060019083161b908561209b578119811661209f565b8181175b600884901c60ff165f908152600f60209081526040918290209290925551871515815261ffff8516917f1eb67ceae445ea4aaace1bc94bb2a45c321fefcea65fcdada87b3010380d16aa910160405180910390a250505080600101905061203c565b6121096128be565b5f81815260096020526040812060028101549091600160401b90910463ffffffff169081900361214f5760405163ecdcdca560e01b815260048101849052602401610e7c565b5f825f01805461215e90614d70565b80601f016020809104026020016040519081016040528092919081815260200182805461218a90614d70565b80156121d55780601f106121ac576101008083540402835291602001916121d5565b820191905f5260205f20905b8154815290600101906020018083116121b857829003601f168201915b5050506001860154600a5493945092915050838114612273575f600a6121fc600184614f42565b8154811061220c5761220c614f2e565b905f5260205f200154905080600a6001876122279190614f42565b8154811061223757612237614f2e565b5f918252602080832091909101929092559182526009905260409020600201805463ffffffff60401b1916600160401b63ffffffff8716021790555b600a80548061228457612284614f6c565b5f828152602080822083015f199081018390559092019092558782526009905260408120906122b3828261462e565b505f600182015560020180546bffffffffffffffffffffffff1916905560405186907f3d9bba27d3e360d8c80645beed7e991454a8271bf6f269a24f7782be0f0d0654906123049086908690614f80565b60405180910390a2505050505050565b5f51602061510b5f395f51905f5261232b8161292a565b6001600160a01b0383165f908152600d60205260409020548261235557600160e81b19811661235d565b600160e81b81175b6001600160a01b0385165f818152600d6020526040808220939093559151339286151592917f7fa523c84ab8d7fc5b72f08b9e46dbbf10c39e119a075b3e317002d14bc9f4369190a450505050565b5f5160206151725f395f51905f526123c38161292a565b85841415806123d25750858214155b156123f3576040516001621398b960e31b0319815260040160405180910390fd5b6123fb61325b565b5f5b868110156114025761246788888381811061241a5761241a614f2e565b905060200201602081019061242f919061486d565b87878481811061244157612441614f2e565b9050602002013586868581811061245a5761245a614f2e565b905060200201355f61328d565b6001016123fd565b5f5160206150cb5f395f51905f526124868161292a565b600b805461ff00191661ff00600885901b1617905560405160ff831681527f8839b642dc83ae5f06aa6f577c1cfe68beceba3b4298a2eb4f06dc85f81597b090602001610de2565b5f806001600160a01b03851661251b576001600160a01b0384166124f5575f9150506111a4565b5060025f612501613e2e565b905060ff8116156125155791506111a49050565b50612536565b6001600160a01b03841615612530575f612533565b60035b90505b5f61254382878787612ae7565b51905060f060ff82161015612558578061255a565b5f5b9695505050505050565b834211156125885760405163313c898160e11b815260048101859052602401610e7c565b5f7f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c98888886125d38c6001600160a01b03165f90815260076020526040902080546001810190915590565b6040805160208101969096526001600160a01b0394851690860152929091166060840152608083015260a082015260c0810186905260e0016040516020818303038152906040528051906020012090505f61262d82613eac565b90505f61263c82878787613ed8565b9050896001600160a01b0316816001600160a01b031614612683576040516325c0072360e11b81526001600160a01b0380831660048301528b166024820152604401610e7c565b61268e8a8a8a61291d565b50505050505050505050565b5f828152600860205260409020600101546126b48161292a565b61110e83836136e0565b5f5160206150cb5f395f51905f526126d58161292a565b601180546001600160a01b0385166001600160e01b03199091168117600160a01b6001600160401b03861690810291909117909255604051918252907f0a44a61eac3383cba7c7b70ae3fe66e98e7e4873961640b819fba0ffab22215d9060200160405180910390a2505050565b5f6001600160a01b038416158061276157506001600160a01b038316155b1561276d57505f6111a4565b5f61277a81868686612ae7565b5160ff1614949350505050565b5f5f51602061510b5f395f51905f5261279f8161292a565b6001600160801b038311156127c75760405163162908e360e11b815260040160405180910390fd5b610d6a8484612937565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031661280557505f90565b6040516331a9108f60e11b81527f000000000000000000000000000000000000000000000000000000000000000060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636352211e90602401602060405180830381865afa9250505080156128a5575060408051601f3d908101601f191682019092526128a291810190614fa1565b60015b6128ae57505f90565b6001600160a01b03163014919050565b6128e77fdd7c9aafbb91d54fb2041db1d5b172ea665309b32f5fffdbddf452802a1e3b2061292a565b565b5f6001600160e01b03198216637965db0b60e01b1480610cc757506301ffc9a760e01b6001600160e01b0319831614610cc7565b6112ca8383836001613f04565b6129348133613fc8565b50565b6001600160a01b0382165f908152600e6020908152604080832080546fffffffffffffffffffffffffffffffff1981168617909155600d909252909120546001600160801b03821690831561299257600160e91b811761299b565b600160e91b1981165b6001600160a01b0386165f908152600d602052604090205581841115612a06576001600160a01b0385167fa065e63c631c86f1b9f66a4a2f63f2093bf1c2168d23290259dbd969e0222a456129f08487614f42565b60405190815260200160405180910390a2612a55565b81841015612a55576001600160a01b0385167f9bed35cb62ad0dba04f9d5bfee4b5bc91443e77da8a65c4c84834c51bb08b0d6612a438685614f42565b60405190815260200160405180910390a25b846001600160a01b03165f5160206150eb5f395f51905f5285604051610c4391815260200190565b80612a9b576040516302e8145360e61b815260040160405180910390fd5b5f8181526010602052604090205460ff1615612acd57604051630b72c55b60e01b815260048101829052602401610e7c565b5f908152601060205260409020805460ff19166001179055565b612b586040518061018001604052805f60ff1681526020015f151581526020015f151581526020015f81526020015f81526020015f81526020015f6001600160a01b031681526020015f81526020015f6001600160a01b031681526020015f81526020015f81526020015f81525090565b600b54606082018190525f8060011960ff891601612c2757604051633465d6d560e01b81526001600160a01b0387811660048301527f00000000000000000000000000000000000000000000000000000000000000001690633465d6d590602401602060405180830381865afa158015612bd4573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612bf89190614f55565b9050600c546001600160601b03612c0f9190614f42565b851115612c2257505060f1825250612fa9565b612d7a565b60021960ff891601612cc257604051633465d6d560e01b81526001600160a01b0388811660048301527f00000000000000000000000000000000000000000000000000000000000000001690633465d6d590602401602060405180830381865afa158015612c97573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612cbb9190614f55565b9150612d7a565b60405163853ea85360e01b81526001600160a01b03888116600483015287811660248301527f0000000000000000000000000000000000000000000000000000000000000000169063853ea853906044016040805180830381865afa158015612d2d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612d519190614fbc565b909250905060ff8816158015612d6957506001831615155b15612d7a5750506050825250612fa9565b5f806001600160a01b03891615612da6576001600160a01b0389165f908152600d602052604090205491505b6001600160a01b03881615612e6657506001600160a01b0387165f908152600d602052604090205460ff8a16158015612de45750600160e81b821615155b15612df85750506051845250612fa9915050565b600160e81b811615612e135750506052845250612fa9915050565b60ff8a16158015612e2a5750612e28846134ff565b155b15612e3e5750506053845250612fa9915050565b5f612e498685613dae565b905060ff811615612e645760ff16865250612fa99350505050565b505b6001600160a01b03891615612efb576001600160601b03821680881115612e9757505060f0855250612fa992505050565b60c083901c64ffffffffff16600160e91b8416151580612eb657504281115b15612ef3575f612ecd898e8e88878f428911614005565b905060ff811615612eea5760ff16885250612fa995505050505050565b88608001519450505b888403935050505b6001600160a01b03881615801590612f255750876001600160a01b0316896001600160a01b031614155b15612f2d5786015b6080860182905260a086018190526001600160a01b03808916908a1603612f58575050505050612fa9565b83836001600160a01b03808316908216141580612f7c57506001600160a01b038b16155b80612f8e57506001600160a01b038a16155b15612fa157612fa1888c8c8c868661414c565b505050505050505b949350505050565b825160ff8116612fc15750505050565b60ef1960ff82160161301857826001600160601b03600d5f866001600160a01b03166001600160a01b031681526020019081526020015f2054168360405163391434e360e21b8152600401610e7c93929190614f0d565b60f01960ff82160161303d57604051637ebdee1b60e01b815260040160405180910390fd5b60405163e18ca2b960e01b815260ff82166004820152602401610e7c565b83602001511561306e576060840151600b555b816001600160a01b0316836001600160a01b0316146130e1576001600160a01b038316156130b45760808401516001600160a01b0384165f908152600d60205260409020555b6001600160a01b038216156130e15760a08401516001600160a01b0383165f908152600d60205260409020555b60c08401516001600160a01b0316156131165760e084015160c08501516001600160a01b03165f908152600d60205260409020555b6101008401516001600160a01b03161561314e576101208401516101008501516001600160a01b03165f908152600d60205260409020555b836040015115613208576101408401516001600160a01b0384165f908152600e60205260409020556101608401511561320857826001600160a01b03167f9bed35cb62ad0dba04f9d5bfee4b5bc91443e77da8a65c4c84834c51bb08b0d68561016001516040516131c191815260200190565b60405180910390a2826001600160a01b03165f5160206150eb5f395f51905f526001600160801b03866101400151166040516131ff91815260200190565b60405180910390a25b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161324d91815260200190565b60405180910390a350505050565b5f613264613e2e565b905060ff8116156129345760405163e18ca2b960e01b815260ff82166004820152602401610e7c565b61329682612a7d565b6001600160a01b0384166132bf5760405163ec442f0560e01b81525f6004820152602401610e7c565b5f6132cd60025f8787612ae7565b90506132da815f86612fb1565b6001600160401b038216156133ef5760a08101516001600160a01b0386165f908152600e602052604090205460c082901c64ffffffffff1690608081901c4283111561334f5761332a8882614efa565b905082866001600160401b0316111561334a57856001600160401b031692505b61335e565b506001600160401b0385169150865b64ffffffffff60c01b19841660c084901b1760a08601526001600160a01b0389165f818152600e6020526040908190206001600160801b038516608085901b179055517f0323f3dfd510aa3314e205de0e35da1a4f61b5f06b51566b86430308434e7433906133e290849087909182526001600160401b0316602082015260400190565b60405180910390a2505050505b600c805485019055613403815f878761305b565b846001600160a01b0316837fe9e92d0569112d63a13d3acca4859ad9d4d0d72d5b701be230d57348234a5b1e8660405161104791815260200190565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f1981101561110e578181101561349457828183604051637dc7a0d960e11b8152600401610e7c93929190614f0d565b61110e84848484035f613f04565b6001600160a01b0383166134cb57604051634b637e8f60e11b81525f6004820152602401610e7c565b6001600160a01b0382166134f45760405163ec442f0560e01b81525f6004820152602401610e7c565b6112ca83838361436e565b5f600160ff1b821615801590610cc757504260b083901c6001600160401b03161192915050565b5f6135318383611bab565b6135b0575f8381526008602090815260408083206001600160a01b03861684529091529020805460ff191660011790556135683390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610cc7565b505f610cc7565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561360f57507f000000000000000000000000000000000000000000000000000000000000000046145b1561363957507f000000000000000000000000000000000000000000000000000000000000000090565b611292604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f6136eb8383611bab565b156135b0575f8381526008602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610cc7565b6001600160a01b03831661377457604051634b637e8f60e11b81525f6004820152602401610e7c565b6001600160a01b03821661379d5760405163ec442f0560e01b81525f6004820152602401610e7c565b816001600160a01b0316836001600160a01b0316036137cf576040516394a3d97960e01b815260040160405180910390fd5b5f6137dd6001858585612ae7565b90506137ea818584612fb1565b6137f68185858561305b565b826001600160a01b0316846001600160a01b03167f7b3ce50c216d2ccf9919c6b9f1bfb33f0350a33010f188750b4af38e004481388460405161324d91815260200190565b6001600160a01b038085165f908152600e60205260408082205492861682528120549091906001600160801b0380831690849061387b9083908516614efa565b90506001600160801b0381111561389657506001600160801b035b80156138a657600160e91b861795505b60c086901c64ffffffffff165f4282116138c0575f6138c6565b608085901c5b905060c089901c64ffffffffff164281111561390a576138ea608088901c83614efa565b91508281111561390a5764ffffffffff60c01b199890981660c089901b17975b6001600160a01b03808d165f908152600e6020526040808220829055918d16815220608083901b851790558415613a22578b6001600160a01b03167f9bed35cb62ad0dba04f9d5bfee4b5bc91443e77da8a65c4c84834c51bb08b0d68660405161397691815260200190565b60405180910390a28b6001600160a01b03165f5160206150eb5f395f51905f525f6040516139a691815260200190565b60405180910390a28a6001600160a01b03167fa065e63c631c86f1b9f66a4a2f63f2093bf1c2168d23290259dbd969e0222a45866040516139e991815260200190565b60405180910390a28a6001600160a01b03165f5160206150eb5f395f51905f5285604051613a1991815260200190565b60405180910390a25b50969a9950505050505050505050565b606060ff8216613a6657505060408051808201909152600e81526d3737903932b9ba3934b1ba34b7b760911b602082015290565b604f1960ff831601613aa25750506040805180820190915260148152731d1c985b9cd9995c9cc8185c99481c185d5cd95960621b602082015290565b60501960ff831601613ae757505060408051808201909152601881527f73656e64657220616464726573732069732066726f7a656e0000000000000000602082015290565b60511960ff831601613b2c57505060408051808201909152601a81527f726563656976657220616464726573732069732066726f7a656e000000000000602082015290565b60521960ff831601613b575760405180606001604052806021815260200161526c6021913992915050565b60531960ff831601613b825760405180606001604052806023815260200161521f6023913992915050565b60541960ff831601613bad576040518060600160405280602181526020016151516021913992915050565b60551960ff831601613bd8576040518060600160405280602d81526020016151f2602d913992915050565b60561960ff831601613c03576040518060600160405280602c8152602001615192602c913992915050565b60571960ff831601613c2e576040518060600160405280602a8152602001615242602a913992915050565b60581960ff831601613c59576040518060600160405280602381526020016150a86023913992915050565b60591960ff831601613c84576040518060600160405280603481526020016151be6034913992915050565b605a1960ff831601613cc957505060408051808201909152601881527f61737365742076616c756174696f6e206973207374616c650000000000000000602082015290565b605b1960ff831601613cf4576040518060600160405280602181526020016150876021913992915050565b605c1960ff831601613d1f5760405180606001604052806026815260200161512b6026913992915050565b505060408051808201909152601881527f756e6b6e6f776e207265737472696374696f6e20636f64650000000000000000602082015290565b60606112927f0000000000000000000000000000000000000000000000000000000000000000614394565b60606112927f0000000000000000000000000000000000000000000000000000000000000000614394565b5f613db8826134ff565b613dc457506054610cc7565b6002831615801590613df6575060ff60a883901c81165f908152600f602052604090205460a084901c9091161c600116155b15613e0357506055610cc7565b5f600884901c60ff169050808160f085901c1614613e25576056915050610cc7565b505f9392505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031615801590613e6c5750613e6a6127d1565b155b15613e775750605c90565b6011546001600160a01b03168015801590613e985750613e96816143d1565b155b15613ea557605b91505090565b5f91505090565b5f610cc7613eb86135b7565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f5f613ee888888888614487565b925092509250613ef8828261454f565b50909695505050505050565b6001600160a01b038416613f2d5760405163e602df0560e01b81525f6004820152602401610e7c565b6001600160a01b038316613f5657604051634a1406b160e11b81525f6004820152602401610e7c565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561110e57826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161324d91815260200190565b613fd28282611bab565b6140015760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610e7c565b5050565b6001600160a01b0385165f908152600e60205260408120546001600160801b0381168284614033575f614039565b608083901c5b60808c0189905290505f61404d8284614efa565b8811614059575f61406e565b81614064848a614f42565b61406e9190614f42565b905060ff8b166140be57808711156140b25782881161408d575f614097565b6140978389614f42565b87116140a45760586140a7565b60575b945050505050614141565b5f945050505050614141565b80871115614139575f6140d18289614f42565b90505f8382106140e157836140e3565b815b90506140ef8183614f42565b6101608f01819052915060806141078288831c614f42565b901b6141138387614f42565b176101408f0152600160408f015281850361413657600160e91b198b1660808f01525b50505b5f9450505050505b979650505050505050565b6060860151601081901c63ffffffff166001600160a01b03871615614219575f876001600160a01b0316856001600160a01b0316036141b35750608088018051606081811c6001600160601b0316929088901b916141ab908390614f42565b9052506141f8565b506001600160a01b0384165f818152600d602052604090205460c08a0191909152606081811c6001600160601b031691906141f19088901b82614f42565b60e08b0152505b851580159061420657508581145b156142175761421482614fde565b91505b505b6001600160a01b0386161561433d575f866001600160a01b0316846001600160a01b031603614270575060a088018051606081811c6001600160601b0316929088901b91614268908390614efa565b9052506142b7565b506001600160a01b0383165f818152600d60205260409020546101008a0191909152606081811c6001600160601b031691906142af9088901b82614efa565b6101208b0152505b801580156142c457508515155b15614302576142d282614ff3565b9150603083901c63ffffffff1680158015906142ed57508083115b156143005750506059885250610e8f9050565b505b605083901c6001600160601b031680158015906143275750806143258884614efa565b115b1561433a575050605a885250610e8f9050565b50505b65ffffffff0000198216601082901b178083146143635760608901819052600160208a01525b505050505050505050565b5f61437b5f858585612ae7565b9050614388818584612fb1565b61110e8185858561305b565b60605f6143a083614607565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f816001600160a01b031663feaf968c6040518163ffffffff1660e01b815260040160a060405180830381865afa92505050801561442c575060408051601f3d908101601f1916820190925261442991810190615024565b60015b61443757505f919050565b5f8413801561444557508115155b80156144515750428211155b80156141415750601154600160a01b90046001600160401b03166144758342614f42565b1115979650505050505050565b919050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156144c057505f91506003905082614545565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015614511573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661453c57505f925060019150829050614545565b92505f91508190505b9450945094915050565b5f82600381111561456257614562615072565b0361456b575050565b600182600381111561457f5761457f615072565b0361459d5760405163f645eedf60e01b815260040160405180910390fd5b60028260038111156145b1576145b1615072565b036145d25760405163fce698f760e01b815260048101829052602401610e7c565b60038260038111156145e6576145e6615072565b03614001576040516335e2f38360e21b815260048101829052602401610e7c565b5f60ff8216601f811115610cc757604051632cd44ac360e21b815260040160405180910390fd5b50805461463a90614d70565b5f825580601f10614649575050565b601f0160209004905f5260205f20906128e791905f5b808211156112ca575f8184015560010161465f565b5f5f83601f840112614684575f5ffd5b5081356001600160401b0381111561469a575f5ffd5b6020830191508360208285010111156146b1575f5ffd5b9250929050565b5f5f5f5f606085870312156146cb575f5ffd5b8435935060208501356001600160401b038111156146e7575f5ffd5b6146f387828801614674565b9598909750949560400135949350505050565b5f60208284031215614716575f5ffd5b81356001600160e01b0319811681146111a4575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6111a4602083018461472d565b6001600160a01b0381168114612934575f5ffd5b5f5f60408385031215614792575f5ffd5b823561479d8161476d565b946020939093013593505050565b5f602082840312156147bb575f5ffd5b813563ffffffff811681146111a4575f5ffd5b5f5f5f5f5f608086880312156147e2575f5ffd5b85356147ed8161476d565b945060208601356147fd8161476d565b93506040860135925060608601356001600160401b0381111561481e575f5ffd5b61482a88828901614674565b969995985093965092949392505050565b5f5f5f6060848603121561484d575f5ffd5b83356148588161476d565b95602085013595506040909401359392505050565b5f6020828403121561487d575f5ffd5b81356111a48161476d565b5f5f83601f840112614898575f5ffd5b5081356001600160401b038111156148ae575f5ffd5b6020830191508360208260051b85010111156146b1575f5ffd5b5f5f5f5f604085870312156148db575f5ffd5b84356001600160401b038111156148f0575f5ffd5b6148fc87828801614888565b90955093505060208501356001600160401b0381111561491a575f5ffd5b61492687828801614888565b95989497509550505050565b5f5f5f60608486031215614944575f5ffd5b833561494f8161476d565b9250602084013561495f8161476d565b929592945050506040919091013590565b5f60208284031215614980575f5ffd5b5035919050565b5f5f60408385031215614998575f5ffd5b8235915060208301356149aa8161476d565b809150509250929050565b5f5f5f5f5f5f606087890312156149ca575f5ffd5b86356001600160401b038111156149df575f5ffd5b6149eb89828a01614888565b90975095505060208701356001600160401b03811115614a09575f5ffd5b614a1589828a01614888565b90955093505060408701356001600160401b03811115614a33575f5ffd5b614a3f89828a01614888565b979a9699509497509295939492505050565b80356001600160401b0381168114614482575f5ffd5b5f5f5f5f60808587031215614a7a575f5ffd5b8435614a858161476d565b93506020850135925060408501359150614aa160608601614a51565b905092959194509250565b803560ff81168114614482575f5ffd5b5f60208284031215614acc575f5ffd5b6111a482614aac565b60ff60f81b8816815260e060208201525f614af360e083018961472d565b8281036040840152614b05818961472d565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015614b5a578351835260209384019390920191600101614b3c565b50909b9a5050505050505050505050565b5f60208284031215614b7b575f5ffd5b813561ffff811681146111a4575f5ffd5b602080825282518282018190525f918401906040840190835b81811015614bc3578351835260209384019390920191600101614ba5565b509095945050505050565b606081525f614be0606083018661472d565b60208301949094525060400152919050565b80358015158114614482575f5ffd5b5f60208284031215614c11575f5ffd5b6111a482614bf2565b5f5f5f60408486031215614c2c575f5ffd5b83356001600160401b03811115614c41575f5ffd5b614c4d86828701614888565b9094509250614c60905060208501614bf2565b90509250925092565b5f5f60408385031215614c7a575f5ffd5b8235614c858161476d565b9150614c9360208401614bf2565b90509250929050565b5f5f5f5f5f5f5f60e0888a031215614cb2575f5ffd5b8735614cbd8161476d565b96506020880135614ccd8161476d565b95506040880135945060608801359350614ce960808901614aac565b9699959850939692959460a0840135945060c09093013592915050565b5f5f60408385031215614d17575f5ffd5b8235614d228161476d565b9150614c9360208401614a51565b5f5f60408385031215614d41575f5ffd5b8235614d4c8161476d565b915060208301356149aa8161476d565b634e487b7160e01b5f52604160045260245ffd5b600181811c90821680614d8457607f821691505b602082108103614da257634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156112ca57828211156112ca57805f5260205f20601f840160051c6020851015614dd357505f5b90810190601f840160051c035f5b81811015610e8f575f83820155600101614de1565b6001600160401b03831115614e0d57614e0d614d5c565b614e2183614e1b8354614d70565b83614da8565b5f601f841160018114614e52575f8515614e3b5750838201355b5f19600387901b1c1916600186901b1783556110dc565b5f83815260208120601f198716915b82811015614e815786850135825560209485019460019092019101614e61565b5086821015614e9d575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b60408152826040820152828460608301375f606084830101525f6060601f19601f8601168301019050826020830152949350505050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610cc757610cc7614ee6565b6001600160a01b039390931683526020830191909152604082015260600190565b634e487b7160e01b5f52603260045260245ffd5b81810381811115610cc757610cc7614ee6565b5f60208284031215614f65575f5ffd5b5051919050565b634e487b7160e01b5f52603160045260245ffd5b604081525f614f92604083018561472d565b90508260208301529392505050565b5f60208284031215614fb1575f5ffd5b81516111a48161476d565b5f5f60408385031215614fcd575f5ffd5b505080516020909101519092909150565b5f81614fec57614fec614ee6565b505f190190565b5f6001820161500457615004614ee6565b5060010190565b805169ffffffffffffffffffff81168114614482575f5ffd5b5f5f5f5f5f60a08688031215615038575f5ffd5b6150418661500b565b602087015160408801516060890151929750909550935091506150666080870161500b565b90509295509295909350565b634e487b7160e01b5f52602160045260245ffdfe64656564206973206e6f74206c6f636b656420696e746f2074686520746f6b656e6d6178696d756d206e756d626572206f6620696e766573746f727320726561636865646390f5a69ff59edce8e461308dbd399b74f0414e629057022cbc92159a014c7668e0d8c112165d0949ce87205b719ed7d98c7401866c34a159f7c67c6f5620e7cab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb427695096770964656564206973206c6f636b656420696e746f20697473206672616374696f6e20746f6b656e7265636569766572277320636f756e747279206973206e6f7420616c6c6f7765649f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a6616d6f756e742065786365656473207468652073656e646572277320756e66726f7a656e2062616c616e63657265636569766572277320696e766573746f7220776f756c642065786365656420746865206d6178696d756d2062616c616e63657265636569766572206c61636b732074686520726571756972656420656c69676962696c69747920666c6167737265636569766572206973206e6f74206120766572696669656420696e766573746f72616d6f756e7420696e636c7564657320746f6b656e73207374696c6c20756e646572206c6f636b2d757073656e646572206973206e6f74206120766572696669656420696e766573746f72a164736f6c6343000825000a",
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
