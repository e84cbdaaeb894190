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
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"contractIdentityRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"DocumentNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"ERC7943CannotReceive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"ERC7943CannotSend\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC7943CannotTransfer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC7943InsufficientUnfrozenBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"assetToken\",\"type\":\"address\"}],\"name\":\"FractionTokenMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidDocument\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"NoFractionToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"name\":\"TransferRestricted\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bool\",\"name\":\"isFrozen\",\"type\":\"bool\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AddressFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_fromTokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_toTokenId\",\"type\":\"uint256\"}],\"name\":\"BatchMetadataUpdate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"CountryAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"CountryRestrictionSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"DocumentRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"DocumentUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ForcedTransfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"assetToken\",\"type\":\"address\"}],\"name\":\"FractionsBound\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bool\",\"name\":\"frozenStatus\",\"type\":\"bool\"}],\"name\":\"Frozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_tokenId\",\"type\":\"uint256\"}],\"name\":\"MetadataUpdate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"}],\"name\":\"RequiredFlagsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AGENT_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"COMPLIANCE_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOCUMENT_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"assetToken\",\"type\":\"address\"}],\"name\":\"bindFractions\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"canReceive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"canSend\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"canTransfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"compliance\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"countryRestricted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"detectTransferRestriction\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"forcedTransfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"fractionsOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getAllDocuments\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"getDocument\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lastModified\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getFrozenTokens\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"identityRegistry\",\"outputs\":[{\"internalType\":\"contractIdentityRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"isCountryAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isFrozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"isLocked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"lockDeed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"name\":\"messageForTransferRestriction\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"}],\"name\":\"removeDocument\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requiredFlags\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"}],\"name\":\"setAddressFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16[]\",\"name\":\"countries\",\"type\":\"uint16[]\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setCountriesAllowed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"setCountryRestriction\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"name\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"documentHash\",\"type\":\"bytes32\"}],\"name\":\"setDocument\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"frozenStatus\",\"type\":\"bool\"}],\"name\":\"setFrozenTokens\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"flags\",\"type\":\"uint8\"}],\"name\":\"setRequiredFlags\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"setTokenURI\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "DeedToken",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051613a95380380613a9583398101604081905261002e916101cd565b83835f61003b83826102e6565b50600161004882826102e6565b5050506001600160a01b0382166080526100625f8261006c565b50505050506103a4565b5f8281526007602090815260408083206001600160a01b038516845290915281205460ff16610110575f8381526007602090815260408083206001600160a01b03861684529091529020805460ff191660011790556100c83390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610113565b505f5b92915050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f83011261013c575f5ffd5b81516001600160401b0381111561015557610155610119565b604051601f8201601f19908116603f011681016001600160401b038111828210171561018357610183610119565b60405281815283820160200185101561019a575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b6001600160a01b03811681146101ca575f5ffd5b50565b5f5f5f5f608085870312156101e0575f5ffd5b84516001600160401b038111156101f5575f5ffd5b6102018782880161012d565b602087015190955090506001600160401b0381111561021e575f5ffd5b61022a8782880161012d565b935050604085015161023b816101b6565b606086015190925061024c816101b6565b939692955090935050565b600181811c9082168061026b57607f821691505b60208210810361028957634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156102e157828211156102e157805f5260205f20601f840160051c60208510156102ba57505f5b90810190601f840160051c035f5b818110156102dd575f838201556001016102c8565b5050505b505050565b81516001600160401b038111156102ff576102ff610119565b6103138161030d8454610257565b8461028f565b6020601f821160018114610345575f831561032e5750848201515b5f19600385901b1c1916600184901b17845561039d565b5f84815260208120601f198516915b828110156103745787850151825560209485019460019092019101610354565b508482101561039157868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b6080516136bd6103d85f395f818161042501528181610bc60152818161109001528181612604015261268601526136bd5ff3fe608060405234801561000f575f5ffd5b5060043610610367575f3560e01c806391d14854116101c9578063c69c09cf116100fe578063e46638e61161009e578063e985e9c511610079578063e985e9c5146107d1578063f6aacfb1146107e4578063fc36f94d146107f7578063ff6e708c1461080a575f5ffd5b8063e46638e61461076c578063e58398361461077f578063e63ab1e9146107aa575f5ffd5b8063d3fc9864116100d9578063d3fc98641461071f578063d4ce141514610732578063d539139314610745578063d547741f14610759575f5ffd5b8063c69c09cf146106e6578063c87b56dd146106f9578063d2e09b0a1461070c575f5ffd5b8063a22cb46511610169578063b88d4fde11610144578063b88d4fde1461069a578063bd79c7ef146106ad578063bd8af8fd146106c0578063c3501848146106d3575f5ffd5b8063a22cb46514610658578063b10d6b411461066b578063b86b38fe1461068d575f5ffd5b80639fa5f50b116101a45780639fa5f50b146106155780639fc1d0e71461062a578063a11939bd1461063d578063a217fddf14610651575f5ffd5b806391d14854146105e757806395d89b41146105fa57806399f644f614610602575f5ffd5b806336568abe1161029f57806370a082311161023f57806382c8e52f1161021a57806382c8e52f146105a05780638456cb59146105b957806386747a89146105c157806390d370ba146105d4575f5ffd5b806370a08231146105675780637f4ab1dd1461057a57806380c4775b1461058d575f5ffd5b806342966c681161027a57806342966c681461052e5780635c975abb146105415780636290865d1461054e5780636352211e14610554575f5ffd5b806336568abe146105005780633f4ba83a1461051357806342842e0e1461051b575f5ffd5b8063162094c41161030a578063248a9ca3116102e5578063248a9ca3146104915780632bc06a92146104b35780632c721b98146104c65780632f2ff15d146104ed575f5ffd5b8063162094c41461044957806322459e181461045c57806323b872dd1461047e575f5ffd5b806306fdde031161034557806306fdde03146103e8578063081812fc146103fd578063095ea7b314610410578063134e18f414610423575f5ffd5b8063010648ca1461036b57806301ffc9a714610380578063057e0522146103a8575b5f5ffd5b61037e610379366004612c7c565b610842565b005b61039361038e366004612cdf565b61096d565b60405190151581526020015b60405180910390f35b6103d06103b6366004612cfa565b5f908152600e60205260409020546001600160a01b031690565b6040516001600160a01b03909116815260200161039f565b6103f06109cd565b60405161039f9190612d3f565b6103d061040b366004612cfa565b610a5c565b61037e61041e366004612d65565b610a83565b7f00000000000000000000000000000000000000000000000000000000000000006103d0565b61037e610457366004612d8f565b610a92565b6104705f51602061352f5f395f51905f5281565b60405190815260200161039f565b61037e61048c366004612dd6565b610af8565b61047061049f366004612cfa565b5f9081526007602052604090206001015490565b6103936104c1366004612e14565b610b80565b6104707fdd7c9aafbb91d54fb2041db1d5b172ea665309b32f5fffdbddf452802a1e3b2081565b61037e6104fb366004612e2f565b610c37565b61037e61050e366004612e2f565b610c5b565b61037e610c93565b61037e610529366004612dd6565b610cfe565b61037e61053c366004612cfa565b610d18565b600a546001161515610393565b306103d0565b6103d0610562366004612cfa565b610d38565b610470610575366004612e14565b610d42565b6103f0610588366004612e5d565b610d87565b61039361059b366004612e91565b610d92565b600a5460081c5b60405160ff909116815260200161039f565b61037e610e13565b61037e6105cf366004612e2f565b610e76565b6103936105e2366004612e14565b611048565b6103936105f5366004612e2f565b611109565b6103f0611133565b610393610610366004612ecc565b611142565b61061d611176565b60405161039f9190612eed565b610393610638366004612dd6565b6111cb565b6104705f51602061350f5f395f51905f5281565b6104705f81565b61037e610666366004612f2f565b611252565b61067e610679366004612cfa565b61125d565b60405161039f93929190612f62565b600a546002161515610393565b61037e6106a8366004612f9a565b61132d565b61037e6106bb366004613078565b611345565b61037e6106ce366004613091565b6113b1565b61037e6106e1366004612cfa565b611496565b61037e6106f4366004612f2f565b6116a9565b6103f0610707366004612cfa565b611715565b61037e61071a366004612e5d565b611796565b61037e61072d366004613105565b6117f5565b6105a7610740366004612dd6565b611855565b6104705f5160206135965f395f51905f5281565b61037e610767366004612e2f565b61186c565b61039361077a366004612dd6565b611890565b61039361078d366004612e14565b6001600160a01b03165f908152600c602052604090205460ff1690565b6104707f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b6103936107df36600461315c565b6118d3565b6103936107f2366004612cfa565b611900565b61037e610805366004612cfa565b61194d565b610393610818366004612d65565b6001600160a01b03919091165f908152600d60209081526040808320938352929052205460ff1690565b61084a6119b6565b831580610855575081155b15610873576040516316231ce360e11b815260040160405180910390fd5b5f84815260086020526040812060028101549091600160401b90910463ffffffff1690036108f657600980546001810182555f8290527f6e1540171b6c0c960b71a7020d9f60077f6af931a8bbf590da0223dacf75c7af018690555460028201805463ffffffff909216600160401b0263ffffffff60401b199092169190911790555b8061090284868361320e565b506001810182905560028101805467ffffffffffffffff1916426001600160401b031617905560405185907fb4c22d60cd550a815744f04e3ff5278bf19684565ee00e2b084041b6024bd6f69061095e908790879087906132c7565b60405180910390a25050505050565b5f6001600160e01b03198216635f8f7aff60e11b148061099d57506001600160e01b0319821663157094b960e31b145b806109b857506001600160e01b03198216631d9fd9d960e31b145b806109c757506109c7826119e1565b92915050565b60605f80546109db90613188565b80601f0160208091040260200160405190810160405280929190818152602001828054610a0790613188565b8015610a525780601f10610a2957610100808354040283529160200191610a52565b820191905f5260205f20905b815481529060010190602001808311610a3557829003601f168201915b5050505050905090565b5f610a6682611a05565b505f828152600460205260409020546001600160a01b03166109c7565b610a8e828233611a3d565b5050565b5f5160206135965f395f51905f52610aa981611a4a565b610ab284611a05565b50610af28484848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611a5792505050565b50505050565b6001600160a01b038216610b2657604051633250574960e11b81525f60048201526024015b60405180910390fd5b5f610b32838333611a9f565b9050836001600160a01b0316816001600160a01b031614610af2576040516364283d7b60e01b81526001600160a01b0380861660048301526024820184905282166044820152606401610b1d565b6001600160a01b0381165f908152600c602052604081205460ff161580156109c75750604051633465d6d560e01b81526001600160a01b0383811660048301526109c7917f000000000000000000000000000000000000000000000000000000000000000090911690633465d6d5906024015b602060405180830381865afa158015610c0e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c3291906132fe565b611b8f565b5f82815260076020526040902060010154610c5181611a4a565b610af28383611bb6565b6001600160a01b0381163314610c845760405163334bd91960e11b815260040160405180910390fd5b610c8e8282611c47565b505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a610cbd81611a4a565b600a80546001191690556040513381527f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa906020015b60405180910390a150565b610c8e83838360405180602001604052805f81525061132d565b5f5160206135965f395f51905f52610d2f81611a4a565b610a8e82611cb2565b5f6109c782611a05565b5f6001600160a01b038216610d6c576040516322718ad960e21b81525f6004820152602401610b1d565b506001600160a01b03165f9081526003602052604090205490565b60606109c782611cea565b5f5f51602061352f5f395f51905f52610daa81611a4a565b6001600160a01b0385165f818152600d60209081526040808320888452909152808220805460ff191687151590811790915590519092879290917f110a31ef32e319c921a388ad15b3fcbf2dd8f62ab35795b611151ab36ed5b2af9190a4506001949350505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a610e3d81611a4a565b600a805460011790556040513381527f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25890602001610cf3565b5f610e8081611a4a565b306001600160a01b0316826001600160a01b031663c2f1e6bd6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610ec6573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610eea9190613315565b6001600160a01b0316141580610f5f575082826001600160a01b03166386a82c946040518163ffffffff1660e01b8152600401602060405180830381865afa158015610f38573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f5c91906132fe565b14155b15610f8f5760405163631639fb60e11b8152600481018490526001600160a01b0383166024820152604401610b1d565b5f838152600e60205260409020546001600160a01b03168015801590610fcd57505f848152600260205260409020546001600160a01b038281169116145b15610fee5760405163e18ca2b960e01b8152605d6004820152602401610b1d565b5f848152600e602052604080822080546001600160a01b0319166001600160a01b0387169081179091559051909186917f61b4d15ca9da7d735838207b27491e1bfe6c770d2c35f7d47a0c754ed36c9fd79190a350505050565b6001600160a01b0381165f908152600c602052604081205460ff161580156109c75750604051633465d6d560e01b81526001600160a01b0383811660048301525f916110ff917f00000000000000000000000000000000000000000000000000000000000000001690633465d6d5906024015b602060405180830381865afa1580156110d6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110fa91906132fe565b612010565b60ff161492915050565b5f9182526007602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6060600180546109db90613188565b5f6002600a54165f14806109c7575060ff600883901c81165f908152600b60205260409020549083161c60011615156109c7565b60606009805480602002602001604051908101604052809291908181526020018280548015610a5257602002820191905f5260205f20905b8154815260200190600101908083116111ae575050505050905090565b5f5f51602061352f5f395f51905f526111e381611a4a565b60015f805c60ff19168217905d506111fc858585612094565b5f60ff19815c16815d5082846001600160a01b0316866001600160a01b03167f7b3ce50c216d2ccf9919c6b9f1bfb33f0350a33010f188750b4af38e0044813860405160405180910390a4506001949350505050565b610a8e338383612141565b5f818152600860205260408120600181015460028201548254606094938493909283926001600160401b0390911690839061129790613188565b80601f01602080910402602001604051908101604052809291908181526020018280546112c390613188565b801561130e5780601f106112e55761010080835404028352916020019161130e565b820191905f5260205f20905b8154815290600101906020018083116112f157829003601f168201915b50939c959b50506001600160401b039093169850929650505050505050565b611338848484610af8565b610af23385858585612208565b5f51602061350f5f395f51905f5261135c81611a4a565b8161136d57600a5460021916611374565b6002600a54175b600a5560405182151581527feefd36438b6df67c30108fdd7c23da7c8e2dd811d3afde6617f84ea0de2e999d906020015b60405180910390a15050565b5f51602061350f5f395f51905f526113c881611a4a565b5f5b8381101561148f575f8585838181106113e5576113e5613330565b90506020020160208101906113fa9190612ecc565b60ff600882901c81165f908152600b602052604090205491925060019083161b9085611429578119811661142d565b8181175b600884901c60ff165f908152600b60209081526040918290209290925551871515815261ffff8516917f1eb67ceae445ea4aaace1bc94bb2a45c321fefcea65fcdada87b3010380d16aa910160405180910390a25050508060010190506113ca565b5050505050565b61149e6119b6565b5f81815260086020526040812060028101549091600160401b90910463ffffffff16908190036114e45760405163ecdcdca560e01b815260048101849052602401610b1d565b5f825f0180546114f390613188565b80601f016020809104026020016040519081016040528092919081815260200182805461151f90613188565b801561156a5780601f106115415761010080835404028352916020019161156a565b820191905f5260205f20905b81548152906001019060200180831161154d57829003601f168201915b505050600186015460095493945092915050838114611608575f6009611591600184613344565b815481106115a1576115a1613330565b905f5260205f20015490508060096001876115bc9190613344565b815481106115cc576115cc613330565b5f918252602080832091909101929092559182526008905260409020600201805463ffffffff60401b1916600160401b63ffffffff8716021790555b600980548061161957611619613363565b5f828152602080822083015f199081018390559092019092558782526008905260408120906116488282612bf2565b505f600182015560020180546bffffffffffffffffffffffff1916905560405186907f3d9bba27d3e360d8c80645beed7e991454a8271bf6f269a24f7782be0f0d0654906116999086908690613377565b60405180910390a2505050505050565b5f51602061352f5f395f51905f526116c081611a4a565b6001600160a01b0383165f818152600c6020526040808220805460ff19168615159081179091559051339391927f7fa523c84ab8d7fc5b72f08b9e46dbbf10c39e119a075b3e317002d14bc9f43691a4505050565b606061172082611a05565b505f61173660408051602081019091525f815290565b90505f6117428461232f565b905081515f03611753579392505050565b80511561178557818160405160200161176d9291906133af565b60405160208183030381529060405292505050919050565b61178e846123ce565b949350505050565b5f51602061350f5f395f51905f526117ad81611a4a565b600a805461ff00191661ff00600885901b1617905560405160ff831681527f8839b642dc83ae5f06aa6f577c1cfe68beceba3b4298a2eb4f06dc85f81597b0906020016113a5565b5f5160206135965f395f51905f5261180c81611a4a565b611816858561243e565b61148f8484848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611a5792505050565b5f6118628484848761249f565b90505b9392505050565b5f8281526007602052604090206001015461188681611a4a565b610af28383611c47565b5f6001600160a01b03841615806118ae57506001600160a01b038316155b156118ba57505f611865565b5f6118c78585858261249f565b60ff1614949350505050565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b5f818152600e60205260408120546001600160a01b0316801580159061186557505f838152600260205260409020546001600160a01b0380831691166001600160a01b0316149392505050565b5f818152600e60205260409020546001600160a01b0316806119855760405163726b55ed60e11b815260048101839052602401610b1d565b5f61198f83611a05565b905061199c81338561271a565b610c8e81838560405180602001604052805f81525061277e565b6119df7fdd7c9aafbb91d54fb2041db1d5b172ea665309b32f5fffdbddf452802a1e3b20611a4a565b565b5f6001600160e01b03198216637965db0b60e01b14806109c757506109c782612789565b5f818152600260205260408120546001600160a01b0316806109c757604051637e27328960e01b815260048101849052602401610b1d565b610c8e83838360016127ad565b611a5481336128b1565b50565b5f828152600660205260409020611a6e82826133c3565b506040518281527ff8e1a15aba9398e019f0b49df1a4fde98ee17ae345cb5f6b5e2c27f5033e8ce7906020016113a5565b5f828152600260205260408120546001600160a01b031681611ac38287878761249f565b905060ff811615611aec5760405163e18ca2b960e01b815260ff82166004820152602401610b1d565b60ff5f5c168015611b1f57506001600160a01b0382165f908152600d6020908152604080832088845290915290205460ff165b15611b7a576001600160a01b0382165f818152600d60209081526040808320898452909152808220805460ff1916905551909187917f110a31ef32e319c921a388ad15b3fcbf2dd8f62ab35795b611151ab36ed5b2af908490a45b611b858686866128ea565b9695505050505050565b5f600160ff1b8216158015906109c757504260b083901c6001600160401b03161192915050565b5f611bc18383611109565b611c40575f8381526007602090815260408083206001600160a01b03861684529091529020805460ff19166001179055611bf83390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016109c7565b505f6109c7565b5f611c528383611109565b15611c40575f8381526007602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016109c7565b5f611cbe5f835f611a9f565b90506001600160a01b038116610a8e57604051637e27328960e01b815260048101839052602401610b1d565b606060ff8216611d1e57505060408051808201909152600e81526d3737903932b9ba3934b1ba34b7b760911b602082015290565b604f1960ff831601611d5a5750506040805180820190915260148152731d1c985b9cd9995c9cc8185c99481c185d5cd95960621b602082015290565b60501960ff831601611d9f57505060408051808201909152601881527f73656e64657220616464726573732069732066726f7a656e0000000000000000602082015290565b60511960ff831601611de457505060408051808201909152601a81527f726563656976657220616464726573732069732066726f7a656e000000000000602082015290565b60521960ff831601611e0f576040518060600160405280602181526020016136906021913992915050565b60531960ff831601611e3a576040518060600160405280602381526020016136436023913992915050565b60541960ff831601611e65576040518060600160405280602181526020016135756021913992915050565b60551960ff831601611e90576040518060600160405280602d8152602001613616602d913992915050565b60561960ff831601611ebb576040518060600160405280602c81526020016135b6602c913992915050565b60571960ff831601611ee6576040518060600160405280602a8152602001613666602a913992915050565b60581960ff831601611f11576040518060600160405280602381526020016134ec6023913992915050565b60591960ff831601611f3c576040518060600160405280603481526020016135e26034913992915050565b605a1960ff831601611f8157505060408051808201909152601881527f61737365742076616c756174696f6e206973207374616c650000000000000000602082015290565b605b1960ff831601611fac576040518060600160405280602181526020016134cb6021913992915050565b605c1960ff831601611fd75760405180606001604052806026815260200161354f6026913992915050565b505060408051808201909152601881527f756e6b6e6f776e207265737472696374696f6e20636f64650000000000000000602082015290565b5f61201a82611b8f565b61202657506054919050565b600a54600281161580159061205b575060ff60a884901c81165f908152600b602052604090205460a085901c9091161c600116155b156120695750605592915050565b5f600882901c60ff169050808160f086901c161461208b575060569392505050565b505f9392505050565b6001600160a01b0382166120bd57604051633250574960e11b81525f6004820152602401610b1d565b5f6120c983835f611a9f565b90506001600160a01b0381166120f557604051637e27328960e01b815260048101839052602401610b1d565b836001600160a01b0316816001600160a01b031614610af2576040516364283d7b60e01b81526001600160a01b0380861660048301526024820184905282166044820152606401610b1d565b6001600160a01b03831661216a5760405163a9fbf51f60e01b81525f6004820152602401610b1d565b6001600160a01b03821661219c57604051630b61174360e31b81526001600160a01b0383166004820152602401610b1d565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6001600160a01b0383163b1561148f57604051630a85bd0160e11b81526001600160a01b0384169063150b7a029061224a90889088908790879060040161347d565b6020604051808303815f875af1925050508015612284575060408051601f3d908101601f19168201909252612281918101906134af565b60015b6122eb573d8080156122b1576040519150601f19603f3d011682016040523d82523d5f602084013e6122b6565b606091505b5080515f036122e357604051633250574960e11b81526001600160a01b0385166004820152602401610b1d565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b1461232757604051633250574960e11b81526001600160a01b0385166004820152602401610b1d565b505050505050565b5f81815260066020526040902080546060919061234b90613188565b80601f016020809104026020016040519081016040528092919081815260200182805461237790613188565b80156123c25780601f10612399576101008083540402835291602001916123c2565b820191905f5260205f20905b8154815290600101906020018083116123a557829003601f168201915b50505050509050919050565b60606123d982611a05565b505f6123ef60408051602081019091525f815290565b90505f81511161240d5760405180602001604052805f815250611865565b80612417846129dc565b6040516020016124289291906133af565b6040516020818303038152906040529392505050565b6001600160a01b03821661246757604051633250574960e11b81525f6004820152602401610b1d565b5f61247383835f611a9f565b90506001600160a01b03811615610c8e576040516339e3563760e11b81525f6004820152602401610b1d565b5f828152600e60205260408120546001600160a01b039081169082908716158015906124dc5750816001600160a01b0316876001600160a01b0316145b90506001600160a01b03861661250357806124f7575f6124fa565b605d5b9250505061178e565b80801561252d575060ff5f5c168061252d5750816001600160a01b0316846001600160a01b031614155b1561253d57605d9250505061178e565b5f6001600160a01b03881615801590612558575060ff5f5c16155b8015612562575081155b905080156125ad57600a5460011615612581576050935050505061178e565b6001600160a01b0388165f908152600c602052604090205460ff16156125ad576051935050505061178e565b6001600160a01b0387165f908152600c602052604090205460ff16156125d9576052935050505061178e565b8080156126375750604051633465d6d560e01b81526001600160a01b038981166004830152612635917f000000000000000000000000000000000000000000000000000000000000000090911690633465d6d590602401610bf3565b155b15612648576053935050505061178e565b826001600160a01b0316876001600160a01b0316146126cd57604051633465d6d560e01b81526001600160a01b0388811660048301525f916126b5917f00000000000000000000000000000000000000000000000000000000000000001690633465d6d5906024016110bb565b905060ff8116156126cb57935061178e92505050565b505b8080156126fc57506001600160a01b0388165f908152600d6020908152604080832089845290915290205460ff165b1561270d576057935050505061178e565b505f979650505050505050565b612725838383612a6b565b610c8e576001600160a01b03831661275357604051637e27328960e01b815260048101829052602401610b1d565b60405163177e802f60e01b81526001600160a01b038316600482015260248101829052604401610b1d565b611338848484612094565b5f6001600160e01b03198216632483248360e11b14806109c757506109c782612acc565b80806127c157506001600160a01b03821615155b15612882575f6127d084611a05565b90506001600160a01b038316158015906127fc5750826001600160a01b0316816001600160a01b031614155b801561280f575061280d81846118d3565b155b156128385760405163a9fbf51f60e01b81526001600160a01b0384166004820152602401610b1d565b81156128805783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b6128bb8282611109565b610a8e5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610b1d565b5f828152600260205260408120546001600160a01b03908116908316156129165761291681848661271a565b6001600160a01b03811615612950576129315f855f5f6127ad565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b0385161561297e576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b60605f6129e883612b1b565b60010190505f816001600160401b03811115612a0657612a06612f86565b6040519080825280601f01601f191660200182016040528015612a30576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a8504945084612a3a57509392505050565b5f6001600160a01b038316158015906118625750826001600160a01b0316846001600160a01b03161480612aa45750612aa484846118d3565b806118625750505f908152600460205260409020546001600160a01b03908116911614919050565b5f6001600160e01b031982166380ac58cd60e01b1480612afc57506001600160e01b03198216635b5e139f60e01b145b806109c757506301ffc9a760e01b6001600160e01b03198316146109c7565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b8310612b595772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef81000000008310612b85576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc100008310612ba357662386f26fc10000830492506010015b6305f5e1008310612bbb576305f5e100830492506008015b6127108310612bcf57612710830492506004015b60648310612be1576064830492506002015b600a83106109c75760010192915050565b508054612bfe90613188565b5f825580601f10612c0d575050565b601f0160209004905f5260205f20906119df91905f5b80821115610c8e575f81840155600101612c23565b5f5f83601f840112612c48575f5ffd5b5081356001600160401b03811115612c5e575f5ffd5b602083019150836020828501011115612c75575f5ffd5b9250929050565b5f5f5f5f60608587031215612c8f575f5ffd5b8435935060208501356001600160401b03811115612cab575f5ffd5b612cb787828801612c38565b9598909750949560400135949350505050565b6001600160e01b031981168114611a54575f5ffd5b5f60208284031215612cef575f5ffd5b813561186581612cca565b5f60208284031215612d0a575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6118656020830184612d11565b6001600160a01b0381168114611a54575f5ffd5b5f5f60408385031215612d76575f5ffd5b8235612d8181612d51565b946020939093013593505050565b5f5f5f60408486031215612da1575f5ffd5b8335925060208401356001600160401b03811115612dbd575f5ffd5b612dc986828701612c38565b9497909650939450505050565b5f5f5f60608486031215612de8575f5ffd5b8335612df381612d51565b92506020840135612e0381612d51565b929592945050506040919091013590565b5f60208284031215612e24575f5ffd5b813561186581612d51565b5f5f60408385031215612e40575f5ffd5b823591506020830135612e5281612d51565b809150509250929050565b5f60208284031215612e6d575f5ffd5b813560ff81168114611865575f5ffd5b80358015158114612e8c575f5ffd5b919050565b5f5f5f60608486031215612ea3575f5ffd5b8335612eae81612d51565b925060208401359150612ec360408501612e7d565b90509250925092565b5f60208284031215612edc575f5ffd5b813561ffff81168114611865575f5ffd5b602080825282518282018190525f918401906040840190835b81811015612f24578351835260209384019390920191600101612f06565b509095945050505050565b5f5f60408385031215612f40575f5ffd5b8235612f4b81612d51565b9150612f5960208401612e7d565b90509250929050565b606081525f612f746060830186612d11565b60208301949094525060400152919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f60808587031215612fad575f5ffd5b8435612fb881612d51565b93506020850135612fc881612d51565b92506040850135915060608501356001600160401b03811115612fe9575f5ffd5b8501601f81018713612ff9575f5ffd5b80356001600160401b0381111561301257613012612f86565b604051601f8201601f19908116603f011681016001600160401b038111828210171561304057613040612f86565b604052818152828201602001891015613057575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f60208284031215613088575f5ffd5b61186582612e7d565b5f5f5f604084860312156130a3575f5ffd5b83356001600160401b038111156130b8575f5ffd5b8401601f810186136130c8575f5ffd5b80356001600160401b038111156130dd575f5ffd5b8660208260051b84010111156130f1575f5ffd5b602091820194509250612ec3908501612e7d565b5f5f5f5f60608587031215613118575f5ffd5b843561312381612d51565b93506020850135925060408501356001600160401b03811115613144575f5ffd5b61315087828801612c38565b95989497509550505050565b5f5f6040838503121561316d575f5ffd5b823561317881612d51565b91506020830135612e5281612d51565b600181811c9082168061319c57607f821691505b6020821081036131ba57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610c8e5782821115610c8e57805f5260205f20601f840160051c60208510156131eb57505f5b90810190601f840160051c035f5b81811015612327575f838201556001016131f9565b6001600160401b0383111561322557613225612f86565b613239836132338354613188565b836131c0565b5f601f84116001811461326a575f85156132535750838201355b5f19600387901b1c1916600186901b17835561148f565b5f83815260208120601f198716915b828110156132995786850135825560209485019460019092019101613279565b50868210156132b5575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b60408152826040820152828460608301375f606084830101525f6060601f19601f8601168301019050826020830152949350505050565b5f6020828403121561330e575f5ffd5b5051919050565b5f60208284031215613325575f5ffd5b815161186581612d51565b634e487b7160e01b5f52603260045260245ffd5b818103818111156109c757634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52603160045260245ffd5b604081525f6133896040830185612d11565b90508260208301529392505050565b5f81518060208401855e5f93019283525090919050565b5f6118626133bd8386613398565b84613398565b81516001600160401b038111156133dc576133dc612f86565b6133f0816133ea8454613188565b846131c0565b6020601f821160018114613422575f831561340b5750848201515b5f19600385901b1c1916600184901b17845561148f565b5f84815260208120601f198516915b828110156134515787850151825560209485019460019092019101613431565b508482101561346e57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f90611b8590830184612d11565b5f602082840312156134bf575f5ffd5b815161186581612cca56fe64656564206973206e6f74206c6f636b656420696e746f2074686520746f6b656e6d6178696d756d206e756d626572206f6620696e766573746f727320726561636865646390f5a69ff59edce8e461308dbd399b74f0414e629057022cbc92159a014c76cab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb427695096770964656564206973206c6f636b656420696e746f20697473206672616374696f6e20746f6b656e7265636569766572277320636f756e747279206973206e6f7420616c6c6f7765649f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a6616d6f756e742065786365656473207468652073656e646572277320756e66726f7a656e2062616c616e63657265636569766572277320696e766573746f7220776f756c642065786365656420746865206d6178696d756d2062616c616e63657265636569766572206c61636b732074686520726571756972656420656c69676962696c69747920666c6167737265636569766572206973206e6f74206120766572696669656420696e766573746f72616d6f756e7420696e636c7564657320746f6b656e73207374696c6c20756e646572206c6f636b2d757073656e646572206973206e6f74206120766572696669656420696e766573746f72a164736f6c6343000825000a",
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

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, address registry_, address admin) returns()
func (deedToken *DeedToken) PackConstructor(name_ string, symbol_ string, registry_ common.Address, admin common.Address) []byte {
	enc, err := deedToken.abi.Pack("", name_, symbol_, registry_, admin)
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (deedToken *DeedToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], deedToken.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return deedToken.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return deedToken.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["DocumentNotFound"].ID.Bytes()[:4]) {
		return deedToken.UnpackDocumentNotFoundError(raw[4:])
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
	if bytes.Equal(raw[:4], deedToken.abi.Errors["FractionTokenMismatch"].ID.Bytes()[:4]) {
		return deedToken.UnpackFractionTokenMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["InvalidDocument"].ID.Bytes()[:4]) {
		return deedToken.UnpackInvalidDocumentError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["NoFractionToken"].ID.Bytes()[:4]) {
		return deedToken.UnpackNoFractionTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], deedToken.abi.Errors["TransferRestricted"].ID.Bytes()[:4]) {
		return deedToken.UnpackTransferRestrictedError(raw[4:])
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
