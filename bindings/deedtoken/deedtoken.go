// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package deedtoken

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

// DeedTokenMetaData contains all meta data concerning the DeedToken contract.
var DeedTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"DocumentNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"ERC7943CannotReceive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"ERC7943CannotSend\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC7943CannotTransfer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC7943InsufficientUnfrozenBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"assetToken\",\"type\":\"address\"}],\"name\":\"FractionTokenMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidDocument\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidUpgrader\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"NoFractionToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"name\":\"TransferRestricted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bool\",\"name\":\"isFrozen\",\"type\":\"bool\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AddressFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_fromTokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_toTokenId\",\"type\":\"uint256\"}],\"name\":\"BatchMetadataUpdate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"CountryAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"CountryRestrictionSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"DocumentRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"DocumentUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ForcedTransfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"assetToken\",\"type\":\"address\"}],\"name\":\"FractionsBound\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bool\",\"name\":\"frozenStatus\",\"type\":\"bool\"}],\"name\":\"Frozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_tokenId\",\"type\":\"uint256\"}],\"name\":\"MetadataUpdate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"}],\"name\":\"RequiredFlagsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AGENT_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"COMPLIANCE_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOCUMENT_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"assetToken\",\"type\":\"address\"}],\"name\":\"bindFractions\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"canReceive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"canSend\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"canTransfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"compliance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"countryRestricted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"detectTransferRestriction\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"forcedTransfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"fractionsOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getAllDocuments\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"getDocument\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lastModified\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getFrozenTokens\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"identityRegistry\",\"outputs\":[{\"internalType\":\"contractIdentityRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"contractIdentityRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"upgrader\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"isCountryAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isFrozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"isLocked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"lockDeed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"name\":\"messageForTransferRestriction\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"removeDocument\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requiredFlags\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"}],\"name\":\"setAddressFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16[]\",\"name\":\"countries\",\"type\":\"uint16[]\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setCountriesAllowed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"setCountryRestriction\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"setDocument\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"frozenStatus\",\"type\":\"bool\"}],\"name\":\"setFrozenTokens\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"}],\"name\":\"setRequiredFlags\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"setTokenURI\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"}]",
	ID:  "DeedToken",
	Bin: "0x60a060405230608052348015610013575f5ffd5b5061001c610021565b6100d3565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100715760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d05780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6080516140ce6100f95f395f81816122d0015281816122f9015261243101526140ce5ff3fe608060405260043610610392575f3560e01c806391d14854116101de578063c69c09cf11610108578063e46638e61161009d578063f6aacfb11161006d578063f6aacfb114610a9e578063f72c0d8b14610abd578063fc36f94d14610add578063ff6e708c14610afc575f5ffd5b8063e46638e614610a0e578063e583983614610a2d578063e63ab1e914610a4c578063e985e9c514610a7f575f5ffd5b8063d4ce1415116100d8578063d4ce141514610991578063d5391393146109b0578063d547741f146109d0578063db0ed6a0146109ef575f5ffd5b8063c69c09cf14610915578063c87b56dd14610934578063d2e09b0a14610953578063d3fc986414610972575f5ffd5b8063a22cb4651161017e578063b88d4fde1161014e578063b88d4fde14610899578063bd79c7ef146108b8578063bd8af8fd146108d7578063c3501848146108f6575f5ffd5b8063a22cb46514610808578063ad3cb1cc14610827578063b10d6b4114610857578063b86b38fe14610885575f5ffd5b80639fa5f50b116101b95780639fa5f50b146107955780639fc1d0e7146107b6578063a11939bd146107d5578063a217fddf146107f5575f5ffd5b806391d148541461074357806395d89b411461076257806399f644f614610776575f5ffd5b80633f4ba83a116102bf5780636352211e1161025f57806382c8e52f1161022f57806382c8e52f146106cb5780638456cb59146106f157806386747a891461070557806390d370ba14610724575f5ffd5b80636352211e1461064f57806370a082311461066e5780637f4ab1dd1461068d57806380c4775b146106ac575f5ffd5b80634f1ef2861161029a5780634f1ef2861461060257806352d1902d146106155780635c975abb146106295780636290865d1461063d575f5ffd5b80633f4ba83a146105b057806342842e0e146105c457806342966c68146105e3575f5ffd5b8063162094c4116103355780632bc06a92116103055780632bc06a92146105205780632c721b981461053f5780632f2ff15d1461057257806336568abe14610591575f5ffd5b8063162094c41461049557806322459e18146104b457806323b872dd146104e2578063248a9ca314610501575f5ffd5b806306fdde031161037057806306fdde0314610422578063081812fc14610443578063095ea7b314610462578063134e18f414610481575f5ffd5b8063010648ca1461039657806301ffc9a7146103b7578063057e0522146103eb575b5f5ffd5b3480156103a1575f5ffd5b506103b56103b03660046135db565b610b1b565b005b3480156103c2575f5ffd5b506103d66103d136600461363e565b610b91565b60405190151581526020015b60405180910390f35b3480156103f6575f5ffd5b5061040a610405366004613659565b610bf1565b6040516001600160a01b0390911681526020016103e2565b34801561042d575f5ffd5b50610436610c16565b6040516103e2919061369e565b34801561044e575f5ffd5b5061040a61045d366004613659565b610cb7565b34801561046d575f5ffd5b506103b561047c3660046136c4565b610ccb565b34801561048c575f5ffd5b5061040a610cda565b3480156104a0575f5ffd5b506103b56104af3660046136ee565b610cf2565b3480156104bf575f5ffd5b506104d45f5160206140395f395f51905f5281565b6040519081526020016103e2565b3480156104ed575f5ffd5b506103b56104fc366004613735565b610d58565b34801561050c575f5ffd5b506104d461051b366004613659565b610d91565b34801561052b575f5ffd5b506103d661053a366004613773565b610db1565b34801561054a575f5ffd5b506104d47fdd7c9aafbb91d54fb2041db1d5b172ea665309b32f5fffdbddf452802a1e3b2081565b34801561057d575f5ffd5b506103b561058c36600461378e565b610e6f565b34801561059c575f5ffd5b506103b56105ab36600461378e565b610e8b565b3480156105bb575f5ffd5b506103b5610ebe565b3480156105cf575f5ffd5b506103b56105de366004613735565b610f35565b3480156105ee575f5ffd5b506103b56105fd366004613659565b610f4f565b6103b5610610366004613878565b610f6f565b348015610620575f5ffd5b506104d4610f8a565b348015610634575f5ffd5b506103d6610fa5565b348015610648575f5ffd5b503061040a565b34801561065a575f5ffd5b5061040a610669366004613659565b610fbc565b348015610679575f5ffd5b506104d4610688366004613773565b610fc6565b348015610698575f5ffd5b506104366106a73660046138c4565b611023565b3480156106b7575f5ffd5b506103d66106c63660046138f8565b61109c565b3480156106d6575f5ffd5b506106df61112d565b60405160ff90911681526020016103e2565b3480156106fc575f5ffd5b506103b5611143565b348015610710575f5ffd5b506103b561071f36600461378e565b6111b2565b34801561072f575f5ffd5b506103d661073e366004613773565b61139f565b34801561074e575f5ffd5b506103d661075d36600461378e565b611462565b34801561076d575f5ffd5b50610436611498565b348015610781575f5ffd5b506103d6610790366004613933565b6114d6565b3480156107a0575f5ffd5b506107a96114f6565b6040516103e29190613954565b3480156107c1575f5ffd5b506103d66107d0366004613735565b61156a565b3480156107e0575f5ffd5b506104d45f516020613fd95f395f51905f5281565b348015610800575f5ffd5b506104d45f81565b348015610813575f5ffd5b506103b5610822366004613996565b6115fc565b348015610832575f5ffd5b50610436604051806040016040528060058152602001640352e302e360dc1b81525081565b348015610862575f5ffd5b50610876610871366004613659565b611607565b6040516103e2939291906139c9565b348015610890575f5ffd5b506103d6611692565b3480156108a4575f5ffd5b506103b56108b33660046139ed565b61169d565b3480156108c3575f5ffd5b506103b56108d2366004613a54565b6116b5565b3480156108e2575f5ffd5b506103b56108f1366004613a6d565b61173c565b348015610901575f5ffd5b506103b5610910366004613659565b611844565b348015610920575f5ffd5b506103b561092f366004613996565b6118a7565b34801561093f575f5ffd5b5061043661094e366004613659565b611926565b34801561095e575f5ffd5b506103b561096d3660046138c4565b6119a7565b34801561097d575f5ffd5b506103b561098c366004613ae1565b611a18565b34801561099c575f5ffd5b506106df6109ab366004613735565b611a78565b3480156109bb575f5ffd5b506104d45f5160206140595f395f51905f5281565b3480156109db575f5ffd5b506103b56109ea36600461378e565b611a8f565b3480156109fa575f5ffd5b506103b5610a09366004613b38565b611aab565b348015610a19575f5ffd5b506103d6610a28366004613735565b611c5a565b348015610a38575f5ffd5b506103d6610a47366004613773565b611c9d565b348015610a57575f5ffd5b506104d47f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b348015610a8a575f5ffd5b506103d6610a99366004613bdd565b611cca565b348015610aa9575f5ffd5b506103d6610ab8366004613659565b611d16565b348015610ac8575f5ffd5b506104d45f516020613ff95f395f51905f5281565b348015610ae8575f5ffd5b506103b5610af7366004613659565b611d6b565b348015610b07575f5ffd5b506103d6610b163660046136c4565b611de3565b610b23611e1b565b6040516283246560e11b815273f765290bd0c64d566bac74f8b77e9ea8fce665159063010648ca90610b5f908790879087908790600401613c09565b5f6040518083038186803b158015610b75575f5ffd5b505af4158015610b87573d5f5f3e3d5ffd5b5050505050505050565b5f6001600160e01b03198216635f8f7aff60e11b1480610bc157506001600160e01b0319821663157094b960e31b145b80610bdc57506001600160e01b03198216631d9fd9d960e31b145b80610beb5750610beb82611e46565b92915050565b5f610bfa611e6a565b5f9283526005016020525060409020546001600160a01b031690565b5f516020613fb95f395f51905f528054606091908190610c3590613c47565b80601f0160208091040260200160405190810160405280929190818152602001828054610c6190613c47565b8015610cac5780601f10610c8357610100808354040283529160200191610cac565b820191905f5260205f20905b815481529060010190602001808311610c8f57829003601f168201915b505050505091505090565b5f610cc182611e8e565b50610beb82611ec5565b610cd6828233611efe565b5050565b5f610ce3611e6a565b546001600160a01b0316919050565b5f5160206140595f395f51905f52610d0981611f0b565b610d1284611e8e565b50610d528484848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611f1892505050565b50505050565b6001600160a01b03821615610d81575f610d728483611f8a565b9050610d7f813384611fe2565b505b610d8c838383612046565b505050565b5f9081525f5160206140795f395f51905f52602052604090206001015490565b5f610dba611e6a565b6001600160a01b0383165f908152600391909101602052604090205460ff1615610de557505f919050565b610e60610df0611e6a565b54604051633465d6d560e01b81526001600160a01b03858116600483015290911690633465d6d5906024015b602060405180830381865afa158015610e37573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e5b9190613c7f565b6120c9565b80610beb5750610beb826120f0565b610e7882610d91565b610e8181611f0b565b610d52838361216c565b6001600160a01b0381163314610eb45760405163334bd91960e11b815260040160405180910390fd5b610d8c8282612214565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a610ee881611f0b565b600119610ef3611e6a565b60010180549190911690556040513381527f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa906020015b60405180910390a150565b610d8c83838360405180602001604052805f81525061169d565b5f5160206140595f395f51905f52610f6681611f0b565b610cd68261228d565b610f776122c5565b610f8082612353565b610cd6828261236a565b5f610f93612426565b505f5160206140195f395f51905f5290565b5f6001610fb0611e6a565b60010154161515919050565b5f610beb82611e8e565b5f5f516020613fb95f395f51905f526001600160a01b038316611003576040516322718ad960e21b81525f60048201526024015b60405180910390fd5b6001600160a01b039092165f908152600390920160205250604090205490565b604051635a3329b560e11b815260ff82166004820152606090736b35a0e9b2fdc034adf085da6a7a65e712b825199063b466536a906024015f60405180830381865af4158015611075573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610beb9190810190613ce3565b5f5f5160206140395f395f51905f526110b481611f0b565b826110bd611e6a565b6001600160a01b0387165f81815260049290920160209081526040808420898552909152808320805460ff191694151594909417909355915185151592879290917f110a31ef32e319c921a388ad15b3fcbf2dd8f62ab35795b611151ab36ed5b2af9190a4506001949350505050565b5f6008611138611e6a565b60010154901c905090565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a61116d81611f0b565b6001611177611e6a565b60010180549190911790556040513381527f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25890602001610f2a565b5f6111bc81611f0b565b306001600160a01b0316826001600160a01b031663c2f1e6bd6040518163ffffffff1660e01b8152600401602060405180830381865afa158015611202573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112269190613d14565b6001600160a01b031614158061129b575082826001600160a01b03166386a82c946040518163ffffffff1660e01b8152600401602060405180830381865afa158015611274573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112989190613c7f565b14155b156112cb5760405163631639fb60e11b8152600481018490526001600160a01b0383166024820152604401610ffa565b5f6112d4611e6a565b5f85815260059190910160205260409020546001600160a01b0316905080158015906113195750806001600160a01b031661130e8561246f565b6001600160a01b0316145b1561133a5760405163e18ca2b960e01b8152605d6004820152602401610ffa565b82611343611e6a565b5f868152600591909101602052604080822080546001600160a01b0319166001600160a01b03948516179055519185169186917f61b4d15ca9da7d735838207b27491e1bfe6c770d2c35f7d47a0c754ed36c9fd791a350505050565b5f6113a8611e6a565b6001600160a01b0383165f908152600391909101602052604090205460ff16156113d357505f919050565b5f61144f6113df611e6a565b54604051633465d6d560e01b81526001600160a01b03868116600483015290911690633465d6d5906024015b602060405180830381865afa158015611426573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061144a9190613c7f565b6124a8565b60ff161480610beb5750610beb826120f0565b5f9182525f5160206140795f395f51905f52602090815260408084206001600160a01b0393909316845291905290205460ff1690565b7f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab007930180546060915f516020613fb95f395f51905f5291610c3590613c47565b5f60026114e1611e6a565b60010154161580610beb5750610beb82612522565b606073f765290bd0c64d566bac74f8b77e9ea8fce66515639fa5f50b6040518163ffffffff1660e01b81526004015f60405180830381865af415801561153e573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526115659190810190613d2f565b905090565b5f5f5160206140395f395f51905f5261158281611f0b565b61158c8584611f8a565b5060015f805c60ff19168217905d506115a685858561255d565b5f60ff19815c16815d5082846001600160a01b0316866001600160a01b03167f7b3ce50c216d2ccf9919c6b9f1bfb33f0350a33010f188750b4af38e0044813860405160405180910390a4506001949350505050565b610cd633838361260a565b60605f5f73f765290bd0c64d566bac74f8b77e9ea8fce6651563b10d6b41856040518263ffffffff1660e01b815260040161164491815260200190565b5f60405180830381865af415801561165e573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526116859190810190613dd9565b9250925092509193909250565b5f6002610fb0611e6a565b6116a8848484610d58565b610d5233858585856126e2565b5f516020613fd95f395f51905f526116cc81611f0b565b816116e6576002196116dc611e6a565b60010154166116f6565b60026116f0611e6a565b60010154175b6116fe611e6a565b6001015560405182151581527feefd36438b6df67c30108fdd7c23da7c8e2dd811d3afde6617f84ea0de2e999d906020015b60405180910390a15050565b5f516020613fd95f395f51905f5261175381611f0b565b5f5b8381101561183d575f85858381811061177057611770613e24565b90506020020160208101906117859190613933565b9050600160ff82161b5f611797611e6a565b60ff600885901c165f90815260029190910160205260409020549050856117c157811981166117c5565b8181175b6117cd611e6a565b6002015f60088661ffff16901c61ffff1681526020019081526020015f20819055508261ffff167f1eb67ceae445ea4aaace1bc94bb2a45c321fefcea65fcdada87b3010380d16aa87604051611827911515815260200190565b60405180910390a2505050806001019050611755565b5050505050565b61184c611e1b565b60405163186a030960e31b81526004810182905273f765290bd0c64d566bac74f8b77e9ea8fce665159063c3501848906024015f6040518083038186803b158015611895575f5ffd5b505af415801561183d573d5f5f3e3d5ffd5b5f5160206140395f395f51905f526118be81611f0b565b816118c7611e6a565b6001600160a01b0385165f8181526003929092016020526040808320805460ff191694151594909417909355915133928515159290917f7fa523c84ab8d7fc5b72f08b9e46dbbf10c39e119a075b3e317002d14bc9f4369190a4505050565b606061193182611e8e565b505f61194760408051602081019091525f815290565b90505f61195384612809565b905081515f03611964579392505050565b80511561199657818160405160200161197e929190613e4f565b60405160208183030381529060405292505050919050565b61199f846128cc565b949350505050565b5f516020613fd95f395f51905f526119be81611f0b565b61ff00600883901b1661ff00196119d3611e6a565b6001015416176119e1611e6a565b6001015560405160ff831681527f8839b642dc83ae5f06aa6f577c1cfe68beceba3b4298a2eb4f06dc85f81597b090602001611730565b5f5160206140595f395f51905f52611a2f81611f0b565b611a39858561293c565b61183d8484848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611f1892505050565b5f611a858484848761299d565b90505b9392505050565b611a9882610d91565b611aa181611f0b565b610d528383612214565b5f611ab4612c61565b805490915060ff600160401b82041615906001600160401b03165f81158015611ada5750825b90505f826001600160401b03166001148015611af55750303b155b905081158015611b03575080155b15611b215760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315611b4b57845460ff60401b1916600160401b1785555b611bcd8c8c8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f81840152601f19601f820116905080830192505050505050508b8b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250612c8992505050565b611bd5612c9b565b611bdf8787612ca3565b87611be8611e6a565b80546001600160a01b0319166001600160a01b03929092169190911790558315611c4c57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050505050505050565b5f6001600160a01b0384161580611c7857506001600160a01b038316155b15611c8457505f611a88565b5f611c918585858261299d565b60ff1614949350505050565b5f611ca6611e6a565b6001600160a01b039092165f90815260039290920160205250604090205460ff1690565b6001600160a01b039182165f9081527f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab00793056020908152604080832093909416825291909152205460ff1690565b5f5f611d20611e6a565b5f84815260059190910160205260409020546001600160a01b031690508015801590611a885750806001600160a01b0316611d5a8461246f565b6001600160a01b0316149392505050565b5f611d74611e6a565b5f83815260059190910160205260409020546001600160a01b0316905080611db25760405163726b55ed60e11b815260048101839052602401610ffa565b5f611dbc83611e8e565b9050611dc9813385611fe2565b610d8c81838560405180602001604052805f815250612d13565b5f611dec611e6a565b6001600160a01b03939093165f9081526004909301602090815260408085209385529290525090205460ff1690565b611e447fdd7c9aafbb91d54fb2041db1d5b172ea665309b32f5fffdbddf452802a1e3b20611f0b565b565b5f6001600160e01b03198216637965db0b60e01b1480610beb5750610beb82612d1e565b7ff30ca1f73f5912a20a2976a7c8796e906c01e7245eaa810da6166e27a00d410090565b5f5f611e998361246f565b90506001600160a01b038116610beb57604051637e27328960e01b815260048101849052602401610ffa565b5f9081527f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab007930460205260409020546001600160a01b031690565b610d8c8383836001612d42565b611f158133612e55565b50565b5f8281527f0542a41881ee128a365a727b282c86fa859579490b9bb45aab8503648c8e790060208190526040909120611f518382613eb1565b506040518381527ff8e1a15aba9398e019f0b49df1a4fde98ee17ae345cb5f6b5e2c27f5033e8ce79060200160405180910390a1505050565b5f611f9482611e8e565b9050826001600160a01b0316816001600160a01b031614610beb576040516364283d7b60e01b81526001600160a01b0380851660048301526024820184905282166044820152606401610ffa565b611fed838383612e8e565b610d8c576001600160a01b03831661201b57604051637e27328960e01b815260048101829052602401610ffa565b60405163177e802f60e01b81526001600160a01b038316600482015260248101829052604401610ffa565b6001600160a01b03821661206f57604051633250574960e11b81525f6004820152602401610ffa565b5f61207b838333612ef2565b9050836001600160a01b0316816001600160a01b031614610d52576040516364283d7b60e01b81526001600160a01b0380861660048301526024820184905282166044820152606401610ffa565b5f600160ff1b821615801590610beb57504260b083901c6001600160401b03161192915050565b5f816001600160a01b03163b5f0361210957505f919050565b6321aa0b2560e21b5f81815280602081600481885afa5f51601f3d11909116925090508180156121635750846001600160a01b0316612146611e6a565b5f83815260059190910160205260409020546001600160a01b0316145b95945050505050565b5f5f5160206140795f395f51905f526121858484611462565b612204575f848152602082815260408083206001600160a01b03871684529091529020805460ff191660011790556121ba3390565b6001600160a01b0316836001600160a01b0316857f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a46001915050610beb565b5f915050610beb565b5092915050565b5f5f5160206140795f395f51905f5261222d8484611462565b15612204575f848152602082815260408083206001600160a01b0387168085529252808320805460ff1916905551339287917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a46001915050610beb565b5f6122995f835f612ef2565b90506001600160a01b038116610cd657604051637e27328960e01b815260048101839052602401610ffa565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148061233557507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316612329613057565b6001600160a01b031614155b15611e445760405163703e46dd60e11b815260040160405180910390fd5b5f516020613ff95f395f51905f52610cd681611f0b565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa9250505080156123c4575060408051601f3d908101601f191682019092526123c191810190613c7f565b60015b6123ec57604051634c9c8ce360e01b81526001600160a01b0383166004820152602401610ffa565b5f5160206140195f395f51905f52811461241c57604051632a87526960e21b815260048101829052602401610ffa565b610d8c838361306b565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614611e445760405163703e46dd60e11b815260040160405180910390fd5b5f9081527f80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab007930260205260409020546001600160a01b031690565b5f6124b2826120c9565b6124be57506054919050565b5f6124c7611e6a565b60010154905060028116158015906124e957506124e760a084901c612522565b155b156124f75750605592915050565b5f600882901c60ff169050808160f086901c1614612519575060569392505050565b505f9392505050565b5f60ff821661252f611e6a565b6002015f60088561ffff16901c61ffff1681526020019081526020015f2054901c6001165f14159050919050565b6001600160a01b03821661258657604051633250574960e11b81525f6004820152602401610ffa565b5f61259283835f612ef2565b90506001600160a01b0381166125be57604051637e27328960e01b815260048101839052602401610ffa565b836001600160a01b0316816001600160a01b031614610d52576040516364283d7b60e01b81526001600160a01b0380861660048301526024820184905282166044820152606401610ffa565b5f516020613fb95f395f51905f526001600160a01b0384166126415760405163a9fbf51f60e01b81525f6004820152602401610ffa565b6001600160a01b03831661267357604051630b61174360e31b81526001600160a01b0384166004820152602401610ffa565b6001600160a01b038481165f818152600584016020908152604080832094881680845294825291829020805460ff191687151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a350505050565b6001600160a01b0383163b1561183d57604051630a85bd0160e11b81526001600160a01b0384169063150b7a0290612724908890889087908790600401613f6b565b6020604051808303815f875af192505050801561275e575060408051601f3d908101601f1916820190925261275b91810190613f9d565b60015b6127c5573d80801561278b576040519150601f19603f3d011682016040523d82523d5f602084013e612790565b606091505b5080515f036127bd57604051633250574960e11b81526001600160a01b0385166004820152602401610ffa565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b1461280157604051633250574960e11b81526001600160a01b0385166004820152602401610ffa565b505050505050565b5f8181527f0542a41881ee128a365a727b282c86fa859579490b9bb45aab8503648c8e7900602081905260409091208054606092919061284890613c47565b80601f016020809104026020016040519081016040528092919081815260200182805461287490613c47565b80156128bf5780601f10612896576101008083540402835291602001916128bf565b820191905f5260205f20905b8154815290600101906020018083116128a257829003601f168201915b5050505050915050919050565b60606128d782611e8e565b505f6128ed60408051602081019091525f815290565b90505f81511161290b5760405180602001604052805f815250611a88565b80612915846130c0565b604051602001612926929190613e4f565b6040516020818303038152906040529392505050565b6001600160a01b03821661296557604051633250574960e11b81525f6004820152602401610ffa565b5f61297183835f612ef2565b90506001600160a01b03811615610d8c576040516339e3563760e11b81525f6004820152602401610ffa565b5f5f6129a7611e6a565b5f85815260059190910160205260408120546001600160a01b0390811692508716158015906129e75750816001600160a01b0316876001600160a01b0316145b90506001600160a01b038616612a0e5780612a02575f612a05565b605d5b9250505061199f565b808015612a38575060ff5f5c1680612a385750816001600160a01b0316846001600160a01b031614155b15612a4857605d9250505061199f565b808015612a785750612a58611e6a565b6001600160a01b0388165f908152600391909101602052604090205460ff165b15612a885760519250505061199f565b5f6001600160a01b03881615801590612aa3575060ff5f5c16155b8015612aad575081155b90508015612b0d576001612abf611e6a565b600101541615612ad5576050935050505061199f565b612add611e6a565b6001600160a01b0389165f908152600391909101602052604090205460ff1615612b0d576051935050505061199f565b612b15611e6a565b6001600160a01b0388165f908152600391909101602052604090205460ff1615612b45576052935050505061199f565b808015612b8a5750612b88612b58611e6a565b54604051633465d6d560e01b81526001600160a01b038b8116600483015290911690633465d6d590602401610e1c565b155b15612b9b576053935050505061199f565b826001600160a01b0316876001600160a01b031614612c08575f612bf0612bc0611e6a565b54604051633465d6d560e01b81526001600160a01b038b8116600483015290911690633465d6d59060240161140b565b905060ff811615612c0657935061199f92505050565b505b808015612c435750612c18611e6a565b6001600160a01b0389165f9081526004919091016020908152604080832089845290915290205460ff165b15612c54576057935050505061199f565b505f979650505050505050565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610beb565b612c9161314f565b610cd68282613174565b611e4461314f565b612cab61314f565b612cb3612c9b565b6001600160a01b038116612cda576040516349e1399360e11b815260040160405180910390fd5b612ce45f8361216c565b50612cfc5f516020613ff95f395f51905f52806131a4565b610d8c5f516020613ff95f395f51905f528261216c565b6116a884848461255d565b5f6001600160e01b03198216632483248360e11b1480610beb5750610beb82613204565b5f516020613fb95f395f51905f528180612d6457506001600160a01b03831615155b15612e25575f612d7385611e8e565b90506001600160a01b03841615801590612d9f5750836001600160a01b0316816001600160a01b031614155b8015612db25750612db08185611cca565b155b15612ddb5760405163a9fbf51f60e01b81526001600160a01b0385166004820152602401610ffa565b8215612e235784866001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b5f93845260040160205250506040902080546001600160a01b0319166001600160a01b0392909216919091179055565b612e5f8282611462565b610cd65760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610ffa565b5f6001600160a01b03831615801590611a855750826001600160a01b0316846001600160a01b03161480612ec75750612ec78484611cca565b80611a855750826001600160a01b0316612ee083611ec5565b6001600160a01b031614949350505050565b5f5f612efd8461246f565b90505f612f0c8287878761299d565b905060ff811615612f6c5760561960ff821601612f4e5760405163a494aa4b60e01b81526001600160a01b038316600482015260248101869052604401610ffa565b60405163e18ca2b960e01b815260ff82166004820152602401610ffa565b60ff5f5c1680612f8357506001600160a01b038616155b8015612f9757506001600160a01b03821615155b8015612fd15750612fa6611e6a565b6001600160a01b0383165f9081526004919091016020908152604080832088845290915290205460ff165b15613042575f612fdf611e6a565b6001600160a01b0384165f818152600492909201602090815260408084208a8552909152808320805460ff1916941515949094179093559151909187917f110a31ef32e319c921a388ad15b3fcbf2dd8f62ab35795b611151ab36ed5b2af908490a45b61304d868686613253565b9695505050505050565b5f5f5160206140195f395f51905f52610ce3565b61307482613355565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a28051156130b857610d8c82826133b8565b610cd6613451565b60605f6130cc83613470565b60010190505f816001600160401b038111156130ea576130ea6137bc565b6040519080825280601f01601f191660200182016040528015613114576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a850494508461311e57509392505050565b613157613547565b611e4457604051631afcd79f60e31b815260040160405180910390fd5b61317c61314f565b5f516020613fb95f395f51905f52806131958482613eb1565b5060018101610d528382613eb1565b5f5160206140795f395f51905f525f6131bc84610d91565b5f85815260208490526040808220600101869055519192508491839187917fbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff9190a450505050565b5f6001600160e01b031982166380ac58cd60e01b148061323457506001600160e01b03198216635b5e139f60e01b145b80610beb57506301ffc9a760e01b6001600160e01b0319831614610beb565b5f5f516020613fb95f395f51905f528161326c8561246f565b90506001600160a01b0384161561328857613288818587611fe2565b6001600160a01b038116156132c4576132a35f865f5f612d42565b6001600160a01b0381165f908152600383016020526040902080545f190190555b6001600160a01b038616156132f4576001600160a01b0386165f9081526003830160205260409020805460010190555b5f85815260028301602052604080822080546001600160a01b0319166001600160a01b038a811691821790925591518893918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a495945050505050565b806001600160a01b03163b5f0361338a57604051634c9c8ce360e01b81526001600160a01b0382166004820152602401610ffa565b5f5160206140195f395f51905f5280546001600160a01b0319166001600160a01b0392909216919091179055565b60605f6133c58484613560565b90508080156133e657505f3d11806133e657505f846001600160a01b03163b115b156133fb576133f3613573565b915050610beb565b801561342557604051639996b31560e01b81526001600160a01b0385166004820152602401610ffa565b3d156134385761343361358c565b61220d565b60405163d6bda27560e01b815260040160405180910390fd5b3415611e445760405163b398979f60e01b815260040160405180910390fd5b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b83106134ae5772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef810000000083106134da576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc1000083106134f857662386f26fc10000830492506010015b6305f5e1008310613510576305f5e100830492506008015b612710831061352457612710830492506004015b60648310613536576064830492506002015b600a8310610beb5760010192915050565b5f613550612c61565b54600160401b900460ff16919050565b5f5f5f835160208501865af49392505050565b6040513d81523d5f602083013e3d602001810160405290565b6040513d5f823e3d81fd5b5f5f83601f8401126135a7575f5ffd5b5081356001600160401b038111156135bd575f5ffd5b6020830191508360208285010111156135d4575f5ffd5b9250929050565b5f5f5f5f606085870312156135ee575f5ffd5b8435935060208501356001600160401b0381111561360a575f5ffd5b61361687828801613597565b9598909750949560400135949350505050565b6001600160e01b031981168114611f15575f5ffd5b5f6020828403121561364e575f5ffd5b8135611a8881613629565b5f60208284031215613669575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f611a886020830184613670565b6001600160a01b0381168114611f15575f5ffd5b5f5f604083850312156136d5575f5ffd5b82356136e0816136b0565b946020939093013593505050565b5f5f5f60408486031215613700575f5ffd5b8335925060208401356001600160401b0381111561371c575f5ffd5b61372886828701613597565b9497909650939450505050565b5f5f5f60608486031215613747575f5ffd5b8335613752816136b0565b92506020840135613762816136b0565b929592945050506040919091013590565b5f60208284031215613783575f5ffd5b8135611a88816136b0565b5f5f6040838503121561379f575f5ffd5b8235915060208301356137b1816136b0565b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156137f8576137f86137bc565b604052919050565b5f6001600160401b03821115613818576138186137bc565b50601f01601f191660200190565b5f82601f830112613835575f5ffd5b813561384861384382613800565b6137d0565b81815284602083860101111561385c575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f60408385031215613889575f5ffd5b8235613894816136b0565b915060208301356001600160401b038111156138ae575f5ffd5b6138ba85828601613826565b9150509250929050565b5f602082840312156138d4575f5ffd5b813560ff81168114611a88575f5ffd5b803580151581146138f3575f5ffd5b919050565b5f5f5f6060848603121561390a575f5ffd5b8335613915816136b0565b92506020840135915061392a604085016138e4565b90509250925092565b5f60208284031215613943575f5ffd5b813561ffff81168114611a88575f5ffd5b602080825282518282018190525f918401906040840190835b8181101561398b57835183526020938401939092019160010161396d565b509095945050505050565b5f5f604083850312156139a7575f5ffd5b82356139b2816136b0565b91506139c0602084016138e4565b90509250929050565b606081525f6139db6060830186613670565b60208301949094525060400152919050565b5f5f5f5f60808587031215613a00575f5ffd5b8435613a0b816136b0565b93506020850135613a1b816136b0565b92506040850135915060608501356001600160401b03811115613a3c575f5ffd5b613a4887828801613826565b91505092959194509250565b5f60208284031215613a64575f5ffd5b611a88826138e4565b5f5f5f60408486031215613a7f575f5ffd5b83356001600160401b03811115613a94575f5ffd5b8401601f81018613613aa4575f5ffd5b80356001600160401b03811115613ab9575f5ffd5b8660208260051b8401011115613acd575f5ffd5b60209182019450925061392a9085016138e4565b5f5f5f5f60608587031215613af4575f5ffd5b8435613aff816136b0565b93506020850135925060408501356001600160401b03811115613b20575f5ffd5b613b2c87828801613597565b95989497509550505050565b5f5f5f5f5f5f5f60a0888a031215613b4e575f5ffd5b87356001600160401b03811115613b63575f5ffd5b613b6f8a828b01613597565b90985096505060208801356001600160401b03811115613b8d575f5ffd5b613b998a828b01613597565b9096509450506040880135613bad816136b0565b92506060880135613bbd816136b0565b91506080880135613bcd816136b0565b8091505092959891949750929550565b5f5f60408385031215613bee575f5ffd5b8235613bf9816136b0565b915060208301356137b1816136b0565b84815260606020820152826060820152828460808301375f608084830101525f6080601f19601f860116830101905082604083015295945050505050565b600181811c90821680613c5b57607f821691505b602082108103613c7957634e487b7160e01b5f52602260045260245ffd5b50919050565b5f60208284031215613c8f575f5ffd5b5051919050565b5f82601f830112613ca5575f5ffd5b8151613cb361384382613800565b818152846020838601011115613cc7575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f60208284031215613cf3575f5ffd5b81516001600160401b03811115613d08575f5ffd5b61199f84828501613c96565b5f60208284031215613d24575f5ffd5b8151611a88816136b0565b5f60208284031215613d3f575f5ffd5b81516001600160401b03811115613d54575f5ffd5b8201601f81018413613d64575f5ffd5b80516001600160401b03811115613d7d57613d7d6137bc565b8060051b613d8d602082016137d0565b91825260208184018101929081019087841115613da8575f5ffd5b6020850194505b83851015613dce57845180835260209586019590935090910190613daf565b979650505050505050565b5f5f5f60608486031215613deb575f5ffd5b83516001600160401b03811115613e00575f5ffd5b613e0c86828701613c96565b60208601516040909601519097959650949350505050565b634e487b7160e01b5f52603260045260245ffd5b5f81518060208401855e5f93019283525090919050565b5f611a85613e5d8386613e38565b84613e38565b601f821115610d8c5782821115610d8c57805f5260205f20601f840160051c6020851015613e8e57505f5b90810190601f840160051c035f5b81811015612801575f83820155600101613e9c565b81516001600160401b03811115613eca57613eca6137bc565b613ede81613ed88454613c47565b84613e63565b6020601f821160018114613f10575f8315613ef95750848201515b5f19600385901b1c1916600184901b17845561183d565b5f84815260208120601f198516915b82811015613f3f5787850151825560209485019460019092019101613f1f565b5084821015613f5c57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f9061304d90830184613670565b5f60208284031215613fad575f5ffd5b8151611a888161362956fe80bb2b638cc20bc4d0a60d66940f3ab4a00c1d7b313497ca82fb0b4ab00793006390f5a69ff59edce8e461308dbd399b74f0414e629057022cbc92159a014c76189ab7a9244df0848122154315af71fe140f3db0fe014031783b0946b8c9d2e3360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbccab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb42769509677099f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a602dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800a2646970667358221220b63dca164399b65a9d36c64dd46a99711b0be81d4ec26f83fbb7101413980b2964736f6c63430008250033",
}

// DeedToken is an auto generated Go binding around an Ethereum contract.
type DeedToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DeedToken) GetABI() abi.ABI {
	return c.abi
}

// NewDeedToken creates a new instance of DeedToken.
func NewDeedToken() *DeedToken {
	parsed, err := DeedTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DeedToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DeedToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAGENTROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22459e18.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function AGENT_ROLE() view returns(bytes32)
func (deedToken *DeedToken) PackAGENTROLE() []byte {
	enc, err := deedToken.abi.Pack("AGENT_ROLE")
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
func (deedToken *DeedToken) TryPackAGENTROLE() ([]byte, error) {
	return deedToken.abi.Pack("AGENT_ROLE")
}

// UnpackAGENTROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22459e18.
//
// Solidity: function AGENT_ROLE() view returns(bytes32)
func (deedToken *DeedToken) UnpackAGENTROLE(data []byte) ([32]byte, error) {
	out, err := deedToken.abi.Unpack("AGENT_ROLE", data)
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
func (deedToken *DeedToken) PackCOMPLIANCEADMINROLE() []byte {
	enc, err := deedToken.abi.Pack("COMPLIANCE_ADMIN_ROLE")
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
func (deedToken *DeedToken) TryPackCOMPLIANCEADMINROLE() ([]byte, error) {
	return deedToken.abi.Pack("COMPLIANCE_ADMIN_ROLE")
}

// UnpackCOMPLIANCEADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa11939bd.
//
// Solidity: function COMPLIANCE_ADMIN_ROLE() view returns(bytes32)
func (deedToken *DeedToken) UnpackCOMPLIANCEADMINROLE(data []byte) ([32]byte, error) {
	out, err := deedToken.abi.Unpack("COMPLIANCE_ADMIN_ROLE", data)
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
func (deedToken *DeedToken) PackDEFAULTADMINROLE() []byte {
	enc, err := deedToken.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (deedToken *DeedToken) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return deedToken.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (deedToken *DeedToken) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := deedToken.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (deedToken *DeedToken) PackDOCUMENTROLE() []byte {
	enc, err := deedToken.abi.Pack("DOCUMENT_ROLE")
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
func (deedToken *DeedToken) TryPackDOCUMENTROLE() ([]byte, error) {
	return deedToken.abi.Pack("DOCUMENT_ROLE")
}

// UnpackDOCUMENTROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2c721b98.
//
// Solidity: function DOCUMENT_ROLE() view returns(bytes32)
func (deedToken *DeedToken) UnpackDOCUMENTROLE(data []byte) ([32]byte, error) {
	out, err := deedToken.abi.Unpack("DOCUMENT_ROLE", data)
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
func (deedToken *DeedToken) PackMINTERROLE() []byte {
	enc, err := deedToken.abi.Pack("MINTER_ROLE")
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
func (deedToken *DeedToken) TryPackMINTERROLE() ([]byte, error) {
	return deedToken.abi.Pack("MINTER_ROLE")
}

// UnpackMINTERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (deedToken *DeedToken) UnpackMINTERROLE(data []byte) ([32]byte, error) {
	out, err := deedToken.abi.Unpack("MINTER_ROLE", data)
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
func (deedToken *DeedToken) PackPAUSERROLE() []byte {
	enc, err := deedToken.abi.Pack("PAUSER_ROLE")
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
func (deedToken *DeedToken) TryPackPAUSERROLE() ([]byte, error) {
	return deedToken.abi.Pack("PAUSER_ROLE")
}

// UnpackPAUSERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (deedToken *DeedToken) UnpackPAUSERROLE(data []byte) ([32]byte, error) {
	out, err := deedToken.abi.Unpack("PAUSER_ROLE", data)
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
func (deedToken *DeedToken) PackUPGRADERROLE() []byte {
	enc, err := deedToken.abi.Pack("UPGRADER_ROLE")
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
func (deedToken *DeedToken) TryPackUPGRADERROLE() ([]byte, error) {
	return deedToken.abi.Pack("UPGRADER_ROLE")
}

// UnpackUPGRADERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf72c0d8b.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (deedToken *DeedToken) UnpackUPGRADERROLE(data []byte) ([32]byte, error) {
	out, err := deedToken.abi.Unpack("UPGRADER_ROLE", data)
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
func (deedToken *DeedToken) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := deedToken.abi.Pack("UPGRADE_INTERFACE_VERSION")
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
func (deedToken *DeedToken) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return deedToken.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (deedToken *DeedToken) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := deedToken.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (deedToken *DeedToken) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := deedToken.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (deedToken *DeedToken) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return deedToken.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (deedToken *DeedToken) PackBalanceOf(owner common.Address) []byte {
	enc, err := deedToken.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (deedToken *DeedToken) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return deedToken.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (deedToken *DeedToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := deedToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBindFractions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86747a89.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bindFractions(uint256 tokenId, address assetToken) returns()
func (deedToken *DeedToken) PackBindFractions(tokenId *big.Int, assetToken common.Address) []byte {
	enc, err := deedToken.abi.Pack("bindFractions", tokenId, assetToken)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBindFractions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86747a89.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bindFractions(uint256 tokenId, address assetToken) returns()
func (deedToken *DeedToken) TryPackBindFractions(tokenId *big.Int, assetToken common.Address) ([]byte, error) {
	return deedToken.abi.Pack("bindFractions", tokenId, assetToken)
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(uint256 tokenId) returns()
func (deedToken *DeedToken) PackBurn(tokenId *big.Int) []byte {
	enc, err := deedToken.abi.Pack("burn", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(uint256 tokenId) returns()
func (deedToken *DeedToken) TryPackBurn(tokenId *big.Int) ([]byte, error) {
	return deedToken.abi.Pack("burn", tokenId)
}

// PackCanReceive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90d370ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function canReceive(address account) view returns(bool)
func (deedToken *DeedToken) PackCanReceive(account common.Address) []byte {
	enc, err := deedToken.abi.Pack("canReceive", account)
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
func (deedToken *DeedToken) TryPackCanReceive(account common.Address) ([]byte, error) {
	return deedToken.abi.Pack("canReceive", account)
}

// UnpackCanReceive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x90d370ba.
//
// Solidity: function canReceive(address account) view returns(bool)
func (deedToken *DeedToken) UnpackCanReceive(data []byte) (bool, error) {
	out, err := deedToken.abi.Unpack("canReceive", data)
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
func (deedToken *DeedToken) PackCanSend(account common.Address) []byte {
	enc, err := deedToken.abi.Pack("canSend", account)
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
func (deedToken *DeedToken) TryPackCanSend(account common.Address) ([]byte, error) {
	return deedToken.abi.Pack("canSend", account)
}

// UnpackCanSend is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2bc06a92.
//
// Solidity: function canSend(address account) view returns(bool)
func (deedToken *DeedToken) UnpackCanSend(data []byte) (bool, error) {
	out, err := deedToken.abi.Unpack("canSend", data)
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
// Solidity: function canTransfer(address from, address to, uint256 tokenId) view returns(bool)
func (deedToken *DeedToken) PackCanTransfer(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := deedToken.abi.Pack("canTransfer", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCanTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe46638e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function canTransfer(address from, address to, uint256 tokenId) view returns(bool)
func (deedToken *DeedToken) TryPackCanTransfer(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return deedToken.abi.Pack("canTransfer", from, to, tokenId)
}

// UnpackCanTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe46638e6.
//
// Solidity: function canTransfer(address from, address to, uint256 tokenId) view returns(bool)
func (deedToken *DeedToken) UnpackCanTransfer(data []byte) (bool, error) {
	out, err := deedToken.abi.Unpack("canTransfer", data)
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
func (deedToken *DeedToken) PackCompliance() []byte {
	enc, err := deedToken.abi.Pack("compliance")
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
func (deedToken *DeedToken) TryPackCompliance() ([]byte, error) {
	return deedToken.abi.Pack("compliance")
}

// UnpackCompliance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6290865d.
//
// Solidity: function compliance() view returns(address)
func (deedToken *DeedToken) UnpackCompliance(data []byte) (common.Address, error) {
	out, err := deedToken.abi.Unpack("compliance", data)
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
func (deedToken *DeedToken) PackCountryRestricted() []byte {
	enc, err := deedToken.abi.Pack("countryRestricted")
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
func (deedToken *DeedToken) TryPackCountryRestricted() ([]byte, error) {
	return deedToken.abi.Pack("countryRestricted")
}

// UnpackCountryRestricted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb86b38fe.
//
// Solidity: function countryRestricted() view returns(bool)
func (deedToken *DeedToken) UnpackCountryRestricted(data []byte) (bool, error) {
	out, err := deedToken.abi.Unpack("countryRestricted", data)
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
// Solidity: function detectTransferRestriction(address from, address to, uint256 tokenId) view returns(uint8)
func (deedToken *DeedToken) PackDetectTransferRestriction(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := deedToken.abi.Pack("detectTransferRestriction", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDetectTransferRestriction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4ce1415.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function detectTransferRestriction(address from, address to, uint256 tokenId) view returns(uint8)
func (deedToken *DeedToken) TryPackDetectTransferRestriction(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return deedToken.abi.Pack("detectTransferRestriction", from, to, tokenId)
}

// UnpackDetectTransferRestriction is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4ce1415.
//
// Solidity: function detectTransferRestriction(address from, address to, uint256 tokenId) view returns(uint8)
func (deedToken *DeedToken) UnpackDetectTransferRestriction(data []byte) (uint8, error) {
	out, err := deedToken.abi.Unpack("detectTransferRestriction", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackForcedTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fc1d0e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedTransfer(address from, address to, uint256 tokenId) returns(bool)
func (deedToken *DeedToken) PackForcedTransfer(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := deedToken.abi.Pack("forcedTransfer", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fc1d0e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedTransfer(address from, address to, uint256 tokenId) returns(bool)
func (deedToken *DeedToken) TryPackForcedTransfer(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return deedToken.abi.Pack("forcedTransfer", from, to, tokenId)
}

// UnpackForcedTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fc1d0e7.
//
// Solidity: function forcedTransfer(address from, address to, uint256 tokenId) returns(bool)
func (deedToken *DeedToken) UnpackForcedTransfer(data []byte) (bool, error) {
	out, err := deedToken.abi.Unpack("forcedTransfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackFractionsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x057e0522.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fractionsOf(uint256 tokenId) view returns(address)
func (deedToken *DeedToken) PackFractionsOf(tokenId *big.Int) []byte {
	enc, err := deedToken.abi.Pack("fractionsOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFractionsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x057e0522.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fractionsOf(uint256 tokenId) view returns(address)
func (deedToken *DeedToken) TryPackFractionsOf(tokenId *big.Int) ([]byte, error) {
	return deedToken.abi.Pack("fractionsOf", tokenId)
}

// UnpackFractionsOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x057e0522.
//
// Solidity: function fractionsOf(uint256 tokenId) view returns(address)
func (deedToken *DeedToken) UnpackFractionsOf(data []byte) (common.Address, error) {
	out, err := deedToken.abi.Unpack("fractionsOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetAllDocuments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fa5f50b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAllDocuments() view returns(bytes32[])
func (deedToken *DeedToken) PackGetAllDocuments() []byte {
	enc, err := deedToken.abi.Pack("getAllDocuments")
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
func (deedToken *DeedToken) TryPackGetAllDocuments() ([]byte, error) {
	return deedToken.abi.Pack("getAllDocuments")
}

// UnpackGetAllDocuments is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fa5f50b.
//
// Solidity: function getAllDocuments() view returns(bytes32[])
func (deedToken *DeedToken) UnpackGetAllDocuments(data []byte) ([][32]byte, error) {
	out, err := deedToken.abi.Unpack("getAllDocuments", data)
	if err != nil {
		return *new([][32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)
	return out0, nil
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (deedToken *DeedToken) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := deedToken.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (deedToken *DeedToken) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return deedToken.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (deedToken *DeedToken) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := deedToken.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetDocument is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb10d6b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getDocument(bytes32 name) view returns(string uri, bytes32 documentHash, uint256 lastModified)
func (deedToken *DeedToken) PackGetDocument(name [32]byte) []byte {
	enc, err := deedToken.abi.Pack("getDocument", name)
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
func (deedToken *DeedToken) TryPackGetDocument(name [32]byte) ([]byte, error) {
	return deedToken.abi.Pack("getDocument", name)
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
func (deedToken *DeedToken) UnpackGetDocument(data []byte) (GetDocumentOutput, error) {
	out, err := deedToken.abi.Unpack("getDocument", data)
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
// the contract method with ID 0xff6e708c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getFrozenTokens(address account, uint256 tokenId) view returns(bool)
func (deedToken *DeedToken) PackGetFrozenTokens(account common.Address, tokenId *big.Int) []byte {
	enc, err := deedToken.abi.Pack("getFrozenTokens", account, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetFrozenTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xff6e708c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getFrozenTokens(address account, uint256 tokenId) view returns(bool)
func (deedToken *DeedToken) TryPackGetFrozenTokens(account common.Address, tokenId *big.Int) ([]byte, error) {
	return deedToken.abi.Pack("getFrozenTokens", account, tokenId)
}

// UnpackGetFrozenTokens is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xff6e708c.
//
// Solidity: function getFrozenTokens(address account, uint256 tokenId) view returns(bool)
func (deedToken *DeedToken) UnpackGetFrozenTokens(data []byte) (bool, error) {
	out, err := deedToken.abi.Unpack("getFrozenTokens", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (deedToken *DeedToken) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := deedToken.abi.Pack("getRoleAdmin", role)
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
func (deedToken *DeedToken) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return deedToken.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (deedToken *DeedToken) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := deedToken.abi.Unpack("getRoleAdmin", data)
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
func (deedToken *DeedToken) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := deedToken.abi.Pack("grantRole", role, account)
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
func (deedToken *DeedToken) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return deedToken.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (deedToken *DeedToken) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := deedToken.abi.Pack("hasRole", role, account)
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
func (deedToken *DeedToken) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return deedToken.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (deedToken *DeedToken) UnpackHasRole(data []byte) (bool, error) {
	out, err := deedToken.abi.Unpack("hasRole", data)
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
func (deedToken *DeedToken) PackIdentityRegistry() []byte {
	enc, err := deedToken.abi.Pack("identityRegistry")
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
func (deedToken *DeedToken) TryPackIdentityRegistry() ([]byte, error) {
	return deedToken.abi.Pack("identityRegistry")
}

// UnpackIdentityRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x134e18f4.
//
// Solidity: function identityRegistry() view returns(address)
func (deedToken *DeedToken) UnpackIdentityRegistry(data []byte) (common.Address, error) {
	out, err := deedToken.abi.Unpack("identityRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb0ed6a0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(string name_, string symbol_, address registry_, address admin, address upgrader) returns()
func (deedToken *DeedToken) PackInitialize(name string, symbol string, registry common.Address, admin common.Address, upgrader common.Address) []byte {
	enc, err := deedToken.abi.Pack("initialize", name, symbol, registry, admin, upgrader)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb0ed6a0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(string name_, string symbol_, address registry_, address admin, address upgrader) returns()
func (deedToken *DeedToken) TryPackInitialize(name string, symbol string, registry common.Address, admin common.Address, upgrader common.Address) ([]byte, error) {
	return deedToken.abi.Pack("initialize", name, symbol, registry, admin, upgrader)
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (deedToken *DeedToken) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := deedToken.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (deedToken *DeedToken) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return deedToken.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (deedToken *DeedToken) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := deedToken.abi.Unpack("isApprovedForAll", data)
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
func (deedToken *DeedToken) PackIsCountryAllowed(country uint16) []byte {
	enc, err := deedToken.abi.Pack("isCountryAllowed", country)
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
func (deedToken *DeedToken) TryPackIsCountryAllowed(country uint16) ([]byte, error) {
	return deedToken.abi.Pack("isCountryAllowed", country)
}

// UnpackIsCountryAllowed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x99f644f6.
//
// Solidity: function isCountryAllowed(uint16 country) view returns(bool)
func (deedToken *DeedToken) UnpackIsCountryAllowed(data []byte) (bool, error) {
	out, err := deedToken.abi.Unpack("isCountryAllowed", data)
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
func (deedToken *DeedToken) PackIsFrozen(account common.Address) []byte {
	enc, err := deedToken.abi.Pack("isFrozen", account)
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
func (deedToken *DeedToken) TryPackIsFrozen(account common.Address) ([]byte, error) {
	return deedToken.abi.Pack("isFrozen", account)
}

// UnpackIsFrozen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5839836.
//
// Solidity: function isFrozen(address account) view returns(bool)
func (deedToken *DeedToken) UnpackIsFrozen(data []byte) (bool, error) {
	out, err := deedToken.abi.Unpack("isFrozen", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6aacfb1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isLocked(uint256 tokenId) view returns(bool)
func (deedToken *DeedToken) PackIsLocked(tokenId *big.Int) []byte {
	enc, err := deedToken.abi.Pack("isLocked", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6aacfb1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isLocked(uint256 tokenId) view returns(bool)
func (deedToken *DeedToken) TryPackIsLocked(tokenId *big.Int) ([]byte, error) {
	return deedToken.abi.Pack("isLocked", tokenId)
}

// UnpackIsLocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf6aacfb1.
//
// Solidity: function isLocked(uint256 tokenId) view returns(bool)
func (deedToken *DeedToken) UnpackIsLocked(data []byte) (bool, error) {
	out, err := deedToken.abi.Unpack("isLocked", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLockDeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc36f94d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lockDeed(uint256 tokenId) returns()
func (deedToken *DeedToken) PackLockDeed(tokenId *big.Int) []byte {
	enc, err := deedToken.abi.Pack("lockDeed", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLockDeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc36f94d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lockDeed(uint256 tokenId) returns()
func (deedToken *DeedToken) TryPackLockDeed(tokenId *big.Int) ([]byte, error) {
	return deedToken.abi.Pack("lockDeed", tokenId)
}

// PackMessageForTransferRestriction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f4ab1dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function messageForTransferRestriction(uint8 code) pure returns(string)
func (deedToken *DeedToken) PackMessageForTransferRestriction(code uint8) []byte {
	enc, err := deedToken.abi.Pack("messageForTransferRestriction", code)
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
func (deedToken *DeedToken) TryPackMessageForTransferRestriction(code uint8) ([]byte, error) {
	return deedToken.abi.Pack("messageForTransferRestriction", code)
}

// UnpackMessageForTransferRestriction is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7f4ab1dd.
//
// Solidity: function messageForTransferRestriction(uint8 code) pure returns(string)
func (deedToken *DeedToken) UnpackMessageForTransferRestriction(data []byte) (string, error) {
	out, err := deedToken.abi.Unpack("messageForTransferRestriction", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3fc9864.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 tokenId, string uri) returns()
func (deedToken *DeedToken) PackMint(to common.Address, tokenId *big.Int, uri string) []byte {
	enc, err := deedToken.abi.Pack("mint", to, tokenId, uri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3fc9864.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 tokenId, string uri) returns()
func (deedToken *DeedToken) TryPackMint(to common.Address, tokenId *big.Int, uri string) ([]byte, error) {
	return deedToken.abi.Pack("mint", to, tokenId, uri)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (deedToken *DeedToken) PackName() []byte {
	enc, err := deedToken.abi.Pack("name")
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
func (deedToken *DeedToken) TryPackName() ([]byte, error) {
	return deedToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (deedToken *DeedToken) UnpackName(data []byte) (string, error) {
	out, err := deedToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (deedToken *DeedToken) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := deedToken.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (deedToken *DeedToken) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return deedToken.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (deedToken *DeedToken) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := deedToken.abi.Unpack("ownerOf", data)
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
func (deedToken *DeedToken) PackPause() []byte {
	enc, err := deedToken.abi.Pack("pause")
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
func (deedToken *DeedToken) TryPackPause() ([]byte, error) {
	return deedToken.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (deedToken *DeedToken) PackPaused() []byte {
	enc, err := deedToken.abi.Pack("paused")
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
func (deedToken *DeedToken) TryPackPaused() ([]byte, error) {
	return deedToken.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (deedToken *DeedToken) UnpackPaused(data []byte) (bool, error) {
	out, err := deedToken.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackProxiableUUID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d1902d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (deedToken *DeedToken) PackProxiableUUID() []byte {
	enc, err := deedToken.abi.Pack("proxiableUUID")
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
func (deedToken *DeedToken) TryPackProxiableUUID() ([]byte, error) {
	return deedToken.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (deedToken *DeedToken) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := deedToken.abi.Unpack("proxiableUUID", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRemoveDocument is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3501848.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeDocument(bytes32 name) returns()
func (deedToken *DeedToken) PackRemoveDocument(name [32]byte) []byte {
	enc, err := deedToken.abi.Pack("removeDocument", name)
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
func (deedToken *DeedToken) TryPackRemoveDocument(name [32]byte) ([]byte, error) {
	return deedToken.abi.Pack("removeDocument", name)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (deedToken *DeedToken) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := deedToken.abi.Pack("renounceRole", role, callerConfirmation)
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
func (deedToken *DeedToken) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return deedToken.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRequiredFlags is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82c8e52f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requiredFlags() view returns(uint8)
func (deedToken *DeedToken) PackRequiredFlags() []byte {
	enc, err := deedToken.abi.Pack("requiredFlags")
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
func (deedToken *DeedToken) TryPackRequiredFlags() ([]byte, error) {
	return deedToken.abi.Pack("requiredFlags")
}

// UnpackRequiredFlags is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82c8e52f.
//
// Solidity: function requiredFlags() view returns(uint8)
func (deedToken *DeedToken) UnpackRequiredFlags(data []byte) (uint8, error) {
	out, err := deedToken.abi.Unpack("requiredFlags", data)
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
func (deedToken *DeedToken) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := deedToken.abi.Pack("revokeRole", role, account)
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
func (deedToken *DeedToken) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return deedToken.abi.Pack("revokeRole", role, account)
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (deedToken *DeedToken) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := deedToken.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (deedToken *DeedToken) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return deedToken.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (deedToken *DeedToken) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := deedToken.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (deedToken *DeedToken) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return deedToken.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetAddressFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc69c09cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAddressFrozen(address account, bool frozen) returns()
func (deedToken *DeedToken) PackSetAddressFrozen(account common.Address, frozen bool) []byte {
	enc, err := deedToken.abi.Pack("setAddressFrozen", account, frozen)
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
func (deedToken *DeedToken) TryPackSetAddressFrozen(account common.Address, frozen bool) ([]byte, error) {
	return deedToken.abi.Pack("setAddressFrozen", account, frozen)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (deedToken *DeedToken) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := deedToken.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (deedToken *DeedToken) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return deedToken.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSetCountriesAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd8af8fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCountriesAllowed(uint16[] countries, bool allowed) returns()
func (deedToken *DeedToken) PackSetCountriesAllowed(countries []uint16, allowed bool) []byte {
	enc, err := deedToken.abi.Pack("setCountriesAllowed", countries, allowed)
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
func (deedToken *DeedToken) TryPackSetCountriesAllowed(countries []uint16, allowed bool) ([]byte, error) {
	return deedToken.abi.Pack("setCountriesAllowed", countries, allowed)
}

// PackSetCountryRestriction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd79c7ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCountryRestriction(bool enabled) returns()
func (deedToken *DeedToken) PackSetCountryRestriction(enabled bool) []byte {
	enc, err := deedToken.abi.Pack("setCountryRestriction", enabled)
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
func (deedToken *DeedToken) TryPackSetCountryRestriction(enabled bool) ([]byte, error) {
	return deedToken.abi.Pack("setCountryRestriction", enabled)
}

// PackSetDocument is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x010648ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDocument(bytes32 name, string uri, bytes32 documentHash) returns()
func (deedToken *DeedToken) PackSetDocument(name [32]byte, uri string, documentHash [32]byte) []byte {
	enc, err := deedToken.abi.Pack("setDocument", name, uri, documentHash)
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
func (deedToken *DeedToken) TryPackSetDocument(name [32]byte, uri string, documentHash [32]byte) ([]byte, error) {
	return deedToken.abi.Pack("setDocument", name, uri, documentHash)
}

// PackSetFrozenTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80c4775b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFrozenTokens(address account, uint256 tokenId, bool frozenStatus) returns(bool)
func (deedToken *DeedToken) PackSetFrozenTokens(account common.Address, tokenId *big.Int, frozenStatus bool) []byte {
	enc, err := deedToken.abi.Pack("setFrozenTokens", account, tokenId, frozenStatus)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFrozenTokens is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80c4775b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFrozenTokens(address account, uint256 tokenId, bool frozenStatus) returns(bool)
func (deedToken *DeedToken) TryPackSetFrozenTokens(account common.Address, tokenId *big.Int, frozenStatus bool) ([]byte, error) {
	return deedToken.abi.Pack("setFrozenTokens", account, tokenId, frozenStatus)
}

// UnpackSetFrozenTokens is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80c4775b.
//
// Solidity: function setFrozenTokens(address account, uint256 tokenId, bool frozenStatus) returns(bool)
func (deedToken *DeedToken) UnpackSetFrozenTokens(data []byte) (bool, error) {
	out, err := deedToken.abi.Unpack("setFrozenTokens", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSetRequiredFlags is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2e09b0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRequiredFlags(uint8 flags) returns()
func (deedToken *DeedToken) PackSetRequiredFlags(flags uint8) []byte {
	enc, err := deedToken.abi.Pack("setRequiredFlags", flags)
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
func (deedToken *DeedToken) TryPackSetRequiredFlags(flags uint8) ([]byte, error) {
	return deedToken.abi.Pack("setRequiredFlags", flags)
}

// PackSetTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x162094c4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTokenURI(uint256 tokenId, string uri) returns()
func (deedToken *DeedToken) PackSetTokenURI(tokenId *big.Int, uri string) []byte {
	enc, err := deedToken.abi.Pack("setTokenURI", tokenId, uri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x162094c4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTokenURI(uint256 tokenId, string uri) returns()
func (deedToken *DeedToken) TryPackSetTokenURI(tokenId *big.Int, uri string) ([]byte, error) {
	return deedToken.abi.Pack("setTokenURI", tokenId, uri)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (deedToken *DeedToken) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := deedToken.abi.Pack("supportsInterface", interfaceId)
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
func (deedToken *DeedToken) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return deedToken.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (deedToken *DeedToken) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := deedToken.abi.Unpack("supportsInterface", data)
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
func (deedToken *DeedToken) PackSymbol() []byte {
	enc, err := deedToken.abi.Pack("symbol")
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
func (deedToken *DeedToken) TryPackSymbol() ([]byte, error) {
	return deedToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (deedToken *DeedToken) UnpackSymbol(data []byte) (string, error) {
	out, err := deedToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (deedToken *DeedToken) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := deedToken.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (deedToken *DeedToken) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return deedToken.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (deedToken *DeedToken) UnpackTokenURI(data []byte) (string, error) {
	out, err := deedToken.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (deedToken *DeedToken) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := deedToken.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (deedToken *DeedToken) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return deedToken.abi.Pack("transferFrom", from, to, tokenId)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (deedToken *DeedToken) PackUnpause() []byte {
	enc, err := deedToken.abi.Pack("unpause")
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
func (deedToken *DeedToken) TryPackUnpause() ([]byte, error) {
	return deedToken.abi.Pack("unpause")
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (deedToken *DeedToken) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := deedToken.abi.Pack("upgradeToAndCall", newImplementation, data)
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
func (deedToken *DeedToken) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return deedToken.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// DeedTokenAddressFrozen represents a AddressFrozen event raised by the DeedToken contract.
type DeedTokenAddressFrozen struct {
	Account  common.Address
	IsFrozen bool
	Agent    common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const DeedTokenAddressFrozenEventName = "AddressFrozen"

// ContractEventName returns the user-defined event name.
func (DeedTokenAddressFrozen) ContractEventName() string {
	return DeedTokenAddressFrozenEventName
}

// UnpackAddressFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AddressFrozen(address indexed account, bool indexed isFrozen, address indexed agent)
func (deedToken *DeedToken) UnpackAddressFrozenEvent(log *types.Log) (*DeedTokenAddressFrozen, error) {
	event := "AddressFrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeedTokenAddressFrozen)
	if len(log.Data) > 0 {
		if err := deedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deedToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DeedTokenApproval represents a Approval event raised by the DeedToken contract.
type DeedTokenApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const DeedTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (DeedTokenApproval) ContractEventName() string {
	return DeedTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (deedToken *DeedToken) UnpackApprovalEvent(log *types.Log) (*DeedTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeedTokenApproval)
	if len(log.Data) > 0 {
		if err := deedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deedToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DeedTokenApprovalForAll represents a ApprovalForAll event raised by the DeedToken contract.
type DeedTokenApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const DeedTokenApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (DeedTokenApprovalForAll) ContractEventName() string {
	return DeedTokenApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (deedToken *DeedToken) UnpackApprovalForAllEvent(log *types.Log) (*DeedTokenApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeedTokenApprovalForAll)
	if len(log.Data) > 0 {
		if err := deedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deedToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DeedTokenBatchMetadataUpdate represents a BatchMetadataUpdate event raised by the DeedToken contract.
type DeedTokenBatchMetadataUpdate struct {
	FromTokenId *big.Int
	ToTokenId   *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const DeedTokenBatchMetadataUpdateEventName = "BatchMetadataUpdate"

// ContractEventName returns the user-defined event name.
func (DeedTokenBatchMetadataUpdate) ContractEventName() string {
	return DeedTokenBatchMetadataUpdateEventName
}

// UnpackBatchMetadataUpdateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchMetadataUpdate(uint256 _fromTokenId, uint256 _toTokenId)
func (deedToken *DeedToken) UnpackBatchMetadataUpdateEvent(log *types.Log) (*DeedTokenBatchMetadataUpdate, error) {
	event := "BatchMetadataUpdate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeedTokenBatchMetadataUpdate)
	if len(log.Data) > 0 {
		if err := deedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deedToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DeedTokenCountryAllowed represents a CountryAllowed event raised by the DeedToken contract.
type DeedTokenCountryAllowed struct {
	Country uint16
	Allowed bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const DeedTokenCountryAllowedEventName = "CountryAllowed"

// ContractEventName returns the user-defined event name.
func (DeedTokenCountryAllowed) ContractEventName() string {
	return DeedTokenCountryAllowedEventName
}

// UnpackCountryAllowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CountryAllowed(uint16 indexed country, bool allowed)
func (deedToken *DeedToken) UnpackCountryAllowedEvent(log *types.Log) (*DeedTokenCountryAllowed, error) {
	event := "CountryAllowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeedTokenCountryAllowed)
	if len(log.Data) > 0 {
		if err := deedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deedToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DeedTokenCountryRestrictionSet represents a CountryRestrictionSet event raised by the DeedToken contract.
type DeedTokenCountryRestrictionSet struct {
	Enabled bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const DeedTokenCountryRestrictionSetEventName = "CountryRestrictionSet"

// ContractEventName returns the user-defined event name.
func (DeedTokenCountryRestrictionSet) ContractEventName() string {
	return DeedTokenCountryRestrictionSetEventName
}

// UnpackCountryRestrictionSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CountryRestrictionSet(bool enabled)
func (deedToken *DeedToken) UnpackCountryRestrictionSetEvent(log *types.Log) (*DeedTokenCountryRestrictionSet, error) {
	event := "CountryRestrictionSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeedTokenCountryRestrictionSet)
	if len(log.Data) > 0 {
		if err := deedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deedToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DeedTokenDocumentRemoved represents a DocumentRemoved event raised by the DeedToken contract.
type DeedTokenDocumentRemoved struct {
	Name         [32]byte
	Uri          string
	DocumentHash [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const DeedTokenDocumentRemovedEventName = "DocumentRemoved"

// ContractEventName returns the user-defined event name.
func (DeedTokenDocumentRemoved) ContractEventName() string {
	return DeedTokenDocumentRemovedEventName
}

// UnpackDocumentRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DocumentRemoved(bytes32 indexed name, string uri, bytes32 documentHash)
func (deedToken *DeedToken) UnpackDocumentRemovedEvent(log *types.Log) (*DeedTokenDocumentRemoved, error) {
	event := "DocumentRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeedTokenDocumentRemoved)
	if len(log.Data) > 0 {
		if err := deedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deedToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DeedTokenDocumentUpdated represents a DocumentUpdated event raised by the DeedToken contract.
type DeedTokenDocumentUpdated struct {
	Name         [32]byte
	Uri          string
	DocumentHash [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const DeedTokenDocumentUpdatedEventName = "DocumentUpdated"

// ContractEventName returns the user-defined event name.
func (DeedTokenDocumentUpdated) ContractEventName() string {
	return DeedTokenDocumentUpdatedEventName
}

// UnpackDocumentUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DocumentUpdated(bytes32 indexed name, string uri, bytes32 documentHash)
func (deedToken *DeedToken) UnpackDocumentUpdatedEvent(log *types.Log) (*DeedTokenDocumentUpdated, error) {
	event := "DocumentUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeedTokenDocumentUpdated)
	if len(log.Data) > 0 {
		if err := deedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deedToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DeedTokenForcedTransfer represents a ForcedTransfer event raised by the DeedToken contract.
type DeedTokenForcedTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DeedTokenForcedTransferEventName = "ForcedTransfer"

// ContractEventName returns the user-defined event name.
func (DeedTokenForcedTransfer) ContractEventName() string {
	return DeedTokenForcedTransferEventName
}

// UnpackForcedTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ForcedTransfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (deedToken *DeedToken) UnpackForcedTransferEvent(log *types.Log) (*DeedTokenForcedTransfer, error) {
	event := "ForcedTransfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeedTokenForcedTransfer)
	if len(log.Data) > 0 {
		if err := deedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deedToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DeedTokenFractionsBound represents a FractionsBound event raised by the DeedToken contract.
type DeedTokenFractionsBound struct {
	TokenId    *big.Int
	AssetToken common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const DeedTokenFractionsBoundEventName = "FractionsBound"

// ContractEventName returns the user-defined event name.
func (DeedTokenFractionsBound) ContractEventName() string {
	return DeedTokenFractionsBoundEventName
}

// UnpackFractionsBoundEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FractionsBound(uint256 indexed tokenId, address indexed assetToken)
func (deedToken *DeedToken) UnpackFractionsBoundEvent(log *types.Log) (*DeedTokenFractionsBound, error) {
	event := "FractionsBound"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeedTokenFractionsBound)
	if len(log.Data) > 0 {
		if err := deedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deedToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DeedTokenFrozen represents a Frozen event raised by the DeedToken contract.
type DeedTokenFrozen struct {
	Account      common.Address
	TokenId      *big.Int
	FrozenStatus bool
	Raw          *types.Log // Blockchain specific contextual infos
}

const DeedTokenFrozenEventName = "Frozen"

// ContractEventName returns the user-defined event name.
func (DeedTokenFrozen) ContractEventName() string {
	return DeedTokenFrozenEventName
}

// UnpackFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Frozen(address indexed account, uint256 indexed tokenId, bool indexed frozenStatus)
func (deedToken *DeedToken) UnpackFrozenEvent(log *types.Log) (*DeedTokenFrozen, error) {
	event := "Frozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeedTokenFrozen)
	if len(log.Data) > 0 {
		if err := deedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deedToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DeedTokenInitialized represents a Initialized event raised by the DeedToken contract.
type DeedTokenInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const DeedTokenInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (DeedTokenInitialized) ContractEventName() string {
	return DeedTokenInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (deedToken *DeedToken) UnpackInitializedEvent(log *types.Log) (*DeedTokenInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeedTokenInitialized)
	if len(log.Data) > 0 {
		if err := deedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deedToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DeedTokenMetadataUpdate represents a MetadataUpdate event raised by the DeedToken contract.
type DeedTokenMetadataUpdate struct {
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DeedTokenMetadataUpdateEventName = "MetadataUpdate"

// ContractEventName returns the user-defined event name.
func (DeedTokenMetadataUpdate) ContractEventName() string {
	return DeedTokenMetadataUpdateEventName
}

// UnpackMetadataUpdateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MetadataUpdate(uint256 _tokenId)
func (deedToken *DeedToken) UnpackMetadataUpdateEvent(log *types.Log) (*DeedTokenMetadataUpdate, error) {
	event := "MetadataUpdate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeedTokenMetadataUpdate)
	if len(log.Data) > 0 {
		if err := deedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deedToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DeedTokenPaused represents a Paused event raised by the DeedToken contract.
type DeedTokenPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DeedTokenPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (DeedTokenPaused) ContractEventName() string {
	return DeedTokenPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (deedToken *DeedToken) UnpackPausedEvent(log *types.Log) (*DeedTokenPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeedTokenPaused)
	if len(log.Data) > 0 {
		if err := deedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deedToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DeedTokenRequiredFlagsSet represents a RequiredFlagsSet event raised by the DeedToken contract.
type DeedTokenRequiredFlagsSet struct {
	Flags uint8
	Raw   *types.Log // Blockchain specific contextual infos
}

const DeedTokenRequiredFlagsSetEventName = "RequiredFlagsSet"

// ContractEventName returns the user-defined event name.
func (DeedTokenRequiredFlagsSet) ContractEventName() string {
	return DeedTokenRequiredFlagsSetEventName
}

// UnpackRequiredFlagsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequiredFlagsSet(uint8 flags)
func (deedToken *DeedToken) UnpackRequiredFlagsSetEvent(log *types.Log) (*DeedTokenRequiredFlagsSet, error) {
	event := "RequiredFlagsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeedTokenRequiredFlagsSet)
	if len(log.Data) > 0 {
		if err := deedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deedToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DeedTokenRoleAdminChanged represents a RoleAdminChanged event raised by the DeedToken contract.
type DeedTokenRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const DeedTokenRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (DeedTokenRoleAdminChanged) ContractEventName() string {
	return DeedTokenRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (deedToken *DeedToken) UnpackRoleAdminChangedEvent(log *types.Log) (*DeedTokenRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeedTokenRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := deedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deedToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DeedTokenRoleGranted represents a RoleGranted event raised by the DeedToken contract.
type DeedTokenRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DeedTokenRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (DeedTokenRoleGranted) ContractEventName() string {
	return DeedTokenRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (deedToken *DeedToken) UnpackRoleGrantedEvent(log *types.Log) (*DeedTokenRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeedTokenRoleGranted)
	if len(log.Data) > 0 {
		if err := deedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deedToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DeedTokenRoleRevoked represents a RoleRevoked event raised by the DeedToken contract.
type DeedTokenRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DeedTokenRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (DeedTokenRoleRevoked) ContractEventName() string {
	return DeedTokenRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (deedToken *DeedToken) UnpackRoleRevokedEvent(log *types.Log) (*DeedTokenRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeedTokenRoleRevoked)
	if len(log.Data) > 0 {
		if err := deedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deedToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DeedTokenTransfer represents a Transfer event raised by the DeedToken contract.
type DeedTokenTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DeedTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (DeedTokenTransfer) ContractEventName() string {
	return DeedTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (deedToken *DeedToken) UnpackTransferEvent(log *types.Log) (*DeedTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeedTokenTransfer)
	if len(log.Data) > 0 {
		if err := deedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deedToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DeedTokenUnpaused represents a Unpaused event raised by the DeedToken contract.
type DeedTokenUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DeedTokenUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (DeedTokenUnpaused) ContractEventName() string {
	return DeedTokenUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (deedToken *DeedToken) UnpackUnpausedEvent(log *types.Log) (*DeedTokenUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeedTokenUnpaused)
	if len(log.Data) > 0 {
		if err := deedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deedToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DeedTokenUpgraded represents a Upgraded event raised by the DeedToken contract.
type DeedTokenUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const DeedTokenUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (DeedTokenUpgraded) ContractEventName() string {
	return DeedTokenUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (deedToken *DeedToken) UnpackUpgradedEvent(log *types.Log) (*DeedTokenUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != deedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DeedTokenUpgraded)
	if len(log.Data) > 0 {
		if err := deedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range deedToken.abi.Events[event].Inputs {
		if arg.Indexed {
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
func (deedToken *DeedToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], deedToken.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return deedToken.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return deedToken.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return deedToken.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["DocumentNotFound"].ID.Bytes()[:4]) {
		return deedToken.UnpackDocumentNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return deedToken.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return deedToken.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return deedToken.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return deedToken.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return deedToken.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return deedToken.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return deedToken.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return deedToken.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return deedToken.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return deedToken.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["ERC7943CannotReceive"].ID.Bytes()[:4]) {
		return deedToken.UnpackERC7943CannotReceiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["ERC7943CannotSend"].ID.Bytes()[:4]) {
		return deedToken.UnpackERC7943CannotSendError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["ERC7943CannotTransfer"].ID.Bytes()[:4]) {
		return deedToken.UnpackERC7943CannotTransferError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["ERC7943InsufficientUnfrozenBalance"].ID.Bytes()[:4]) {
		return deedToken.UnpackERC7943InsufficientUnfrozenBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return deedToken.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["FractionTokenMismatch"].ID.Bytes()[:4]) {
		return deedToken.UnpackFractionTokenMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["InvalidDocument"].ID.Bytes()[:4]) {
		return deedToken.UnpackInvalidDocumentError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return deedToken.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["InvalidUpgrader"].ID.Bytes()[:4]) {
		return deedToken.UnpackInvalidUpgraderError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["NoFractionToken"].ID.Bytes()[:4]) {
		return deedToken.UnpackNoFractionTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return deedToken.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["TransferRestricted"].ID.Bytes()[:4]) {
		return deedToken.UnpackTransferRestrictedError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return deedToken.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return deedToken.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DeedTokenAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the DeedToken contract.
type DeedTokenAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func DeedTokenAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (deedToken *DeedToken) UnpackAccessControlBadConfirmationError(raw []byte) (*DeedTokenAccessControlBadConfirmation, error) {
	out := new(DeedTokenAccessControlBadConfirmation)
	if err := deedToken.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeedTokenAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the DeedToken contract.
type DeedTokenAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func DeedTokenAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (deedToken *DeedToken) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*DeedTokenAccessControlUnauthorizedAccount, error) {
	out := new(DeedTokenAccessControlUnauthorizedAccount)
	if err := deedToken.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeedTokenAddressEmptyCode represents a AddressEmptyCode error raised by the DeedToken contract.
type DeedTokenAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func DeedTokenAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (deedToken *DeedToken) UnpackAddressEmptyCodeError(raw []byte) (*DeedTokenAddressEmptyCode, error) {
	out := new(DeedTokenAddressEmptyCode)
	if err := deedToken.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeedTokenDocumentNotFound represents a DocumentNotFound error raised by the DeedToken contract.
type DeedTokenDocumentNotFound struct {
	Name [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DocumentNotFound(bytes32 name)
func DeedTokenDocumentNotFoundErrorID() common.Hash {
	return common.HexToHash("0xecdcdca50f5ee48df02cf9f9fe8cd6afeb1edb79bd6ffe286910c624e3653a08")
}

// UnpackDocumentNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DocumentNotFound(bytes32 name)
func (deedToken *DeedToken) UnpackDocumentNotFoundError(raw []byte) (*DeedTokenDocumentNotFound, error) {
	out := new(DeedTokenDocumentNotFound)
	if err := deedToken.abi.UnpackIntoInterface(out, "DocumentNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeedTokenERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the DeedToken contract.
type DeedTokenERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func DeedTokenERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (deedToken *DeedToken) UnpackERC1967InvalidImplementationError(raw []byte) (*DeedTokenERC1967InvalidImplementation, error) {
	out := new(DeedTokenERC1967InvalidImplementation)
	if err := deedToken.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeedTokenERC1967NonPayable represents a ERC1967NonPayable error raised by the DeedToken contract.
type DeedTokenERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func DeedTokenERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (deedToken *DeedToken) UnpackERC1967NonPayableError(raw []byte) (*DeedTokenERC1967NonPayable, error) {
	out := new(DeedTokenERC1967NonPayable)
	if err := deedToken.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeedTokenERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the DeedToken contract.
type DeedTokenERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func DeedTokenERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (deedToken *DeedToken) UnpackERC721IncorrectOwnerError(raw []byte) (*DeedTokenERC721IncorrectOwner, error) {
	out := new(DeedTokenERC721IncorrectOwner)
	if err := deedToken.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeedTokenERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the DeedToken contract.
type DeedTokenERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func DeedTokenERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (deedToken *DeedToken) UnpackERC721InsufficientApprovalError(raw []byte) (*DeedTokenERC721InsufficientApproval, error) {
	out := new(DeedTokenERC721InsufficientApproval)
	if err := deedToken.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeedTokenERC721InvalidApprover represents a ERC721InvalidApprover error raised by the DeedToken contract.
type DeedTokenERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func DeedTokenERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (deedToken *DeedToken) UnpackERC721InvalidApproverError(raw []byte) (*DeedTokenERC721InvalidApprover, error) {
	out := new(DeedTokenERC721InvalidApprover)
	if err := deedToken.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeedTokenERC721InvalidOperator represents a ERC721InvalidOperator error raised by the DeedToken contract.
type DeedTokenERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func DeedTokenERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (deedToken *DeedToken) UnpackERC721InvalidOperatorError(raw []byte) (*DeedTokenERC721InvalidOperator, error) {
	out := new(DeedTokenERC721InvalidOperator)
	if err := deedToken.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeedTokenERC721InvalidOwner represents a ERC721InvalidOwner error raised by the DeedToken contract.
type DeedTokenERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func DeedTokenERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (deedToken *DeedToken) UnpackERC721InvalidOwnerError(raw []byte) (*DeedTokenERC721InvalidOwner, error) {
	out := new(DeedTokenERC721InvalidOwner)
	if err := deedToken.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeedTokenERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the DeedToken contract.
type DeedTokenERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func DeedTokenERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (deedToken *DeedToken) UnpackERC721InvalidReceiverError(raw []byte) (*DeedTokenERC721InvalidReceiver, error) {
	out := new(DeedTokenERC721InvalidReceiver)
	if err := deedToken.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeedTokenERC721InvalidSender represents a ERC721InvalidSender error raised by the DeedToken contract.
type DeedTokenERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func DeedTokenERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (deedToken *DeedToken) UnpackERC721InvalidSenderError(raw []byte) (*DeedTokenERC721InvalidSender, error) {
	out := new(DeedTokenERC721InvalidSender)
	if err := deedToken.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeedTokenERC721NonexistentToken represents a ERC721NonexistentToken error raised by the DeedToken contract.
type DeedTokenERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func DeedTokenERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (deedToken *DeedToken) UnpackERC721NonexistentTokenError(raw []byte) (*DeedTokenERC721NonexistentToken, error) {
	out := new(DeedTokenERC721NonexistentToken)
	if err := deedToken.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeedTokenERC7943CannotReceive represents a ERC7943CannotReceive error raised by the DeedToken contract.
type DeedTokenERC7943CannotReceive struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC7943CannotReceive(address account)
func DeedTokenERC7943CannotReceiveErrorID() common.Hash {
	return common.HexToHash("0x705c1eed043f2b5dd3a4688f5c1e6b1faf4697a98d761d0c7c4a271abe1871d7")
}

// UnpackERC7943CannotReceiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC7943CannotReceive(address account)
func (deedToken *DeedToken) UnpackERC7943CannotReceiveError(raw []byte) (*DeedTokenERC7943CannotReceive, error) {
	out := new(DeedTokenERC7943CannotReceive)
	if err := deedToken.abi.UnpackIntoInterface(out, "ERC7943CannotReceive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeedTokenERC7943CannotSend represents a ERC7943CannotSend error raised by the DeedToken contract.
type DeedTokenERC7943CannotSend struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC7943CannotSend(address account)
func DeedTokenERC7943CannotSendErrorID() common.Hash {
	return common.HexToHash("0x45bae9e2664ba3991d05bcca7d5c5f19ee9f38b3035017e78a7a5def3ce92fce")
}

// UnpackERC7943CannotSendError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC7943CannotSend(address account)
func (deedToken *DeedToken) UnpackERC7943CannotSendError(raw []byte) (*DeedTokenERC7943CannotSend, error) {
	out := new(DeedTokenERC7943CannotSend)
	if err := deedToken.abi.UnpackIntoInterface(out, "ERC7943CannotSend", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeedTokenERC7943CannotTransfer represents a ERC7943CannotTransfer error raised by the DeedToken contract.
type DeedTokenERC7943CannotTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC7943CannotTransfer(address from, address to, uint256 tokenId)
func DeedTokenERC7943CannotTransferErrorID() common.Hash {
	return common.HexToHash("0x22dda4bed2c3de93b2113939aa840605ac72c6ea305ccc6956bfd21a80ff1844")
}

// UnpackERC7943CannotTransferError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC7943CannotTransfer(address from, address to, uint256 tokenId)
func (deedToken *DeedToken) UnpackERC7943CannotTransferError(raw []byte) (*DeedTokenERC7943CannotTransfer, error) {
	out := new(DeedTokenERC7943CannotTransfer)
	if err := deedToken.abi.UnpackIntoInterface(out, "ERC7943CannotTransfer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeedTokenERC7943InsufficientUnfrozenBalance represents a ERC7943InsufficientUnfrozenBalance error raised by the DeedToken contract.
type DeedTokenERC7943InsufficientUnfrozenBalance struct {
	Account common.Address
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC7943InsufficientUnfrozenBalance(address account, uint256 tokenId)
func DeedTokenERC7943InsufficientUnfrozenBalanceErrorID() common.Hash {
	return common.HexToHash("0xa494aa4ba303d99ea27a2c946d5fdff3907877cd3268ab21f706de014e824883")
}

// UnpackERC7943InsufficientUnfrozenBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC7943InsufficientUnfrozenBalance(address account, uint256 tokenId)
func (deedToken *DeedToken) UnpackERC7943InsufficientUnfrozenBalanceError(raw []byte) (*DeedTokenERC7943InsufficientUnfrozenBalance, error) {
	out := new(DeedTokenERC7943InsufficientUnfrozenBalance)
	if err := deedToken.abi.UnpackIntoInterface(out, "ERC7943InsufficientUnfrozenBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeedTokenFailedCall represents a FailedCall error raised by the DeedToken contract.
type DeedTokenFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func DeedTokenFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (deedToken *DeedToken) UnpackFailedCallError(raw []byte) (*DeedTokenFailedCall, error) {
	out := new(DeedTokenFailedCall)
	if err := deedToken.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeedTokenFractionTokenMismatch represents a FractionTokenMismatch error raised by the DeedToken contract.
type DeedTokenFractionTokenMismatch struct {
	TokenId    *big.Int
	AssetToken common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FractionTokenMismatch(uint256 tokenId, address assetToken)
func DeedTokenFractionTokenMismatchErrorID() common.Hash {
	return common.HexToHash("0xc62c73f6176dc2fabe12ea79a59b061687ccb6507fd228d7011de445920ca376")
}

// UnpackFractionTokenMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FractionTokenMismatch(uint256 tokenId, address assetToken)
func (deedToken *DeedToken) UnpackFractionTokenMismatchError(raw []byte) (*DeedTokenFractionTokenMismatch, error) {
	out := new(DeedTokenFractionTokenMismatch)
	if err := deedToken.abi.UnpackIntoInterface(out, "FractionTokenMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeedTokenInvalidDocument represents a InvalidDocument error raised by the DeedToken contract.
type DeedTokenInvalidDocument struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDocument()
func DeedTokenInvalidDocumentErrorID() common.Hash {
	return common.HexToHash("0x2c4639c6076f612c21b1e071c0f96de4b3e57b8d35d6e9013086a23bdcc48aef")
}

// UnpackInvalidDocumentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDocument()
func (deedToken *DeedToken) UnpackInvalidDocumentError(raw []byte) (*DeedTokenInvalidDocument, error) {
	out := new(DeedTokenInvalidDocument)
	if err := deedToken.abi.UnpackIntoInterface(out, "InvalidDocument", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeedTokenInvalidInitialization represents a InvalidInitialization error raised by the DeedToken contract.
type DeedTokenInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func DeedTokenInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (deedToken *DeedToken) UnpackInvalidInitializationError(raw []byte) (*DeedTokenInvalidInitialization, error) {
	out := new(DeedTokenInvalidInitialization)
	if err := deedToken.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeedTokenInvalidUpgrader represents a InvalidUpgrader error raised by the DeedToken contract.
type DeedTokenInvalidUpgrader struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidUpgrader()
func DeedTokenInvalidUpgraderErrorID() common.Hash {
	return common.HexToHash("0x93c27326af213034bd281f7765a9aabcf1b2c7794e6bcf620bbaab397462410f")
}

// UnpackInvalidUpgraderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidUpgrader()
func (deedToken *DeedToken) UnpackInvalidUpgraderError(raw []byte) (*DeedTokenInvalidUpgrader, error) {
	out := new(DeedTokenInvalidUpgrader)
	if err := deedToken.abi.UnpackIntoInterface(out, "InvalidUpgrader", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeedTokenNoFractionToken represents a NoFractionToken error raised by the DeedToken contract.
type DeedTokenNoFractionToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoFractionToken(uint256 tokenId)
func DeedTokenNoFractionTokenErrorID() common.Hash {
	return common.HexToHash("0xe4d6abda175bd08d09baa56d345c34b1efc046d2b1abeccc8ca01a8c4cb4948d")
}

// UnpackNoFractionTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoFractionToken(uint256 tokenId)
func (deedToken *DeedToken) UnpackNoFractionTokenError(raw []byte) (*DeedTokenNoFractionToken, error) {
	out := new(DeedTokenNoFractionToken)
	if err := deedToken.abi.UnpackIntoInterface(out, "NoFractionToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeedTokenNotInitializing represents a NotInitializing error raised by the DeedToken contract.
type DeedTokenNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func DeedTokenNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (deedToken *DeedToken) UnpackNotInitializingError(raw []byte) (*DeedTokenNotInitializing, error) {
	out := new(DeedTokenNotInitializing)
	if err := deedToken.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeedTokenTransferRestricted represents a TransferRestricted error raised by the DeedToken contract.
type DeedTokenTransferRestricted struct {
	Code uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferRestricted(uint8 code)
func DeedTokenTransferRestrictedErrorID() common.Hash {
	return common.HexToHash("0xe18ca2b9b451bf0dffa5160cc54e30c428dde179b65b354eee7185b6d097c2a1")
}

// UnpackTransferRestrictedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferRestricted(uint8 code)
func (deedToken *DeedToken) UnpackTransferRestrictedError(raw []byte) (*DeedTokenTransferRestricted, error) {
	out := new(DeedTokenTransferRestricted)
	if err := deedToken.abi.UnpackIntoInterface(out, "TransferRestricted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeedTokenUUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the DeedToken contract.
type DeedTokenUUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func DeedTokenUUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (deedToken *DeedToken) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*DeedTokenUUPSUnauthorizedCallContext, error) {
	out := new(DeedTokenUUPSUnauthorizedCallContext)
	if err := deedToken.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DeedTokenUUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the DeedToken contract.
type DeedTokenUUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func DeedTokenUUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (deedToken *DeedToken) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*DeedTokenUUPSUnsupportedProxiableUUID, error) {
	out := new(DeedTokenUUPSUnsupportedProxiableUUID)
	if err := deedToken.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}
