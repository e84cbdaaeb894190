// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package upgradegate

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

// UpgradeGateMetaData contains all meta data concerning the UpgradeGate contract.
var UpgradeGateMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidUpgrader\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"}]",
	ID:  "UpgradeGate",
}

// UpgradeGate is an auto generated Go binding around an Ethereum contract.
type UpgradeGate struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *UpgradeGate) GetABI() abi.ABI {
	return c.abi
}

// NewUpgradeGate creates a new instance of UpgradeGate.
func NewUpgradeGate() *UpgradeGate {
	parsed, err := UpgradeGateMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &UpgradeGate{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *UpgradeGate) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (upgradeGate *UpgradeGate) PackDEFAULTADMINROLE() []byte {
	enc, err := upgradeGate.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (upgradeGate *UpgradeGate) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return upgradeGate.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (upgradeGate *UpgradeGate) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := upgradeGate.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (upgradeGate *UpgradeGate) PackUPGRADERROLE() []byte {
	enc, err := upgradeGate.abi.Pack("UPGRADER_ROLE")
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
func (upgradeGate *UpgradeGate) TryPackUPGRADERROLE() ([]byte, error) {
	return upgradeGate.abi.Pack("UPGRADER_ROLE")
}

// UnpackUPGRADERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf72c0d8b.
//
// Solidity: function UPGRADER_ROLE() view returns(bytes32)
func (upgradeGate *UpgradeGate) UnpackUPGRADERROLE(data []byte) ([32]byte, error) {
	out, err := upgradeGate.abi.Unpack("UPGRADER_ROLE", data)
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
func (upgradeGate *UpgradeGate) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := upgradeGate.abi.Pack("UPGRADE_INTERFACE_VERSION")
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
func (upgradeGate *UpgradeGate) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return upgradeGate.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (upgradeGate *UpgradeGate) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := upgradeGate.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (upgradeGate *UpgradeGate) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := upgradeGate.abi.Pack("getRoleAdmin", role)
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
func (upgradeGate *UpgradeGate) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return upgradeGate.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (upgradeGate *UpgradeGate) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := upgradeGate.abi.Unpack("getRoleAdmin", data)
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
func (upgradeGate *UpgradeGate) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := upgradeGate.abi.Pack("grantRole", role, account)
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
func (upgradeGate *UpgradeGate) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return upgradeGate.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (upgradeGate *UpgradeGate) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := upgradeGate.abi.Pack("hasRole", role, account)
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
func (upgradeGate *UpgradeGate) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return upgradeGate.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (upgradeGate *UpgradeGate) UnpackHasRole(data []byte) (bool, error) {
	out, err := upgradeGate.abi.Unpack("hasRole", data)
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
func (upgradeGate *UpgradeGate) PackProxiableUUID() []byte {
	enc, err := upgradeGate.abi.Pack("proxiableUUID")
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
func (upgradeGate *UpgradeGate) TryPackProxiableUUID() ([]byte, error) {
	return upgradeGate.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (upgradeGate *UpgradeGate) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := upgradeGate.abi.Unpack("proxiableUUID", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (upgradeGate *UpgradeGate) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := upgradeGate.abi.Pack("renounceRole", role, callerConfirmation)
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
func (upgradeGate *UpgradeGate) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return upgradeGate.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (upgradeGate *UpgradeGate) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := upgradeGate.abi.Pack("revokeRole", role, account)
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
func (upgradeGate *UpgradeGate) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return upgradeGate.abi.Pack("revokeRole", role, account)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (upgradeGate *UpgradeGate) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := upgradeGate.abi.Pack("supportsInterface", interfaceId)
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
func (upgradeGate *UpgradeGate) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return upgradeGate.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (upgradeGate *UpgradeGate) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := upgradeGate.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (upgradeGate *UpgradeGate) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := upgradeGate.abi.Pack("upgradeToAndCall", newImplementation, data)
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
func (upgradeGate *UpgradeGate) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return upgradeGate.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// UpgradeGateInitialized represents a Initialized event raised by the UpgradeGate contract.
type UpgradeGateInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const UpgradeGateInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (UpgradeGateInitialized) ContractEventName() string {
	return UpgradeGateInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (upgradeGate *UpgradeGate) UnpackInitializedEvent(log *types.Log) (*UpgradeGateInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != upgradeGate.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UpgradeGateInitialized)
	if len(log.Data) > 0 {
		if err := upgradeGate.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range upgradeGate.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UpgradeGateRoleAdminChanged represents a RoleAdminChanged event raised by the UpgradeGate contract.
type UpgradeGateRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const UpgradeGateRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (UpgradeGateRoleAdminChanged) ContractEventName() string {
	return UpgradeGateRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (upgradeGate *UpgradeGate) UnpackRoleAdminChangedEvent(log *types.Log) (*UpgradeGateRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != upgradeGate.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UpgradeGateRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := upgradeGate.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range upgradeGate.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UpgradeGateRoleGranted represents a RoleGranted event raised by the UpgradeGate contract.
type UpgradeGateRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const UpgradeGateRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (UpgradeGateRoleGranted) ContractEventName() string {
	return UpgradeGateRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (upgradeGate *UpgradeGate) UnpackRoleGrantedEvent(log *types.Log) (*UpgradeGateRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != upgradeGate.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UpgradeGateRoleGranted)
	if len(log.Data) > 0 {
		if err := upgradeGate.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range upgradeGate.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UpgradeGateRoleRevoked represents a RoleRevoked event raised by the UpgradeGate contract.
type UpgradeGateRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const UpgradeGateRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (UpgradeGateRoleRevoked) ContractEventName() string {
	return UpgradeGateRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (upgradeGate *UpgradeGate) UnpackRoleRevokedEvent(log *types.Log) (*UpgradeGateRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != upgradeGate.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UpgradeGateRoleRevoked)
	if len(log.Data) > 0 {
		if err := upgradeGate.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range upgradeGate.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UpgradeGateUpgraded represents a Upgraded event raised by the UpgradeGate contract.
type UpgradeGateUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const UpgradeGateUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (UpgradeGateUpgraded) ContractEventName() string {
	return UpgradeGateUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (upgradeGate *UpgradeGate) UnpackUpgradedEvent(log *types.Log) (*UpgradeGateUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != upgradeGate.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UpgradeGateUpgraded)
	if len(log.Data) > 0 {
		if err := upgradeGate.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range upgradeGate.abi.Events[event].Inputs {
		if arg.Indexed {
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
func (upgradeGate *UpgradeGate) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], upgradeGate.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return upgradeGate.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], upgradeGate.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return upgradeGate.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], upgradeGate.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return upgradeGate.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], upgradeGate.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return upgradeGate.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], upgradeGate.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return upgradeGate.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], upgradeGate.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return upgradeGate.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], upgradeGate.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return upgradeGate.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], upgradeGate.abi.Errors["InvalidUpgrader"].ID.Bytes()[:4]) {
		return upgradeGate.UnpackInvalidUpgraderError(raw[4:])
	}
	if bytes.Equal(raw[:4], upgradeGate.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return upgradeGate.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], upgradeGate.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return upgradeGate.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], upgradeGate.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return upgradeGate.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// UpgradeGateAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the UpgradeGate contract.
type UpgradeGateAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func UpgradeGateAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (upgradeGate *UpgradeGate) UnpackAccessControlBadConfirmationError(raw []byte) (*UpgradeGateAccessControlBadConfirmation, error) {
	out := new(UpgradeGateAccessControlBadConfirmation)
	if err := upgradeGate.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UpgradeGateAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the UpgradeGate contract.
type UpgradeGateAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func UpgradeGateAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (upgradeGate *UpgradeGate) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*UpgradeGateAccessControlUnauthorizedAccount, error) {
	out := new(UpgradeGateAccessControlUnauthorizedAccount)
	if err := upgradeGate.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UpgradeGateAddressEmptyCode represents a AddressEmptyCode error raised by the UpgradeGate contract.
type UpgradeGateAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func UpgradeGateAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (upgradeGate *UpgradeGate) UnpackAddressEmptyCodeError(raw []byte) (*UpgradeGateAddressEmptyCode, error) {
	out := new(UpgradeGateAddressEmptyCode)
	if err := upgradeGate.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UpgradeGateERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the UpgradeGate contract.
type UpgradeGateERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func UpgradeGateERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (upgradeGate *UpgradeGate) UnpackERC1967InvalidImplementationError(raw []byte) (*UpgradeGateERC1967InvalidImplementation, error) {
	out := new(UpgradeGateERC1967InvalidImplementation)
	if err := upgradeGate.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UpgradeGateERC1967NonPayable represents a ERC1967NonPayable error raised by the UpgradeGate contract.
type UpgradeGateERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func UpgradeGateERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (upgradeGate *UpgradeGate) UnpackERC1967NonPayableError(raw []byte) (*UpgradeGateERC1967NonPayable, error) {
	out := new(UpgradeGateERC1967NonPayable)
	if err := upgradeGate.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UpgradeGateFailedCall represents a FailedCall error raised by the UpgradeGate contract.
type UpgradeGateFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func UpgradeGateFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (upgradeGate *UpgradeGate) UnpackFailedCallError(raw []byte) (*UpgradeGateFailedCall, error) {
	out := new(UpgradeGateFailedCall)
	if err := upgradeGate.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UpgradeGateInvalidInitialization represents a InvalidInitialization error raised by the UpgradeGate contract.
type UpgradeGateInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func UpgradeGateInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (upgradeGate *UpgradeGate) UnpackInvalidInitializationError(raw []byte) (*UpgradeGateInvalidInitialization, error) {
	out := new(UpgradeGateInvalidInitialization)
	if err := upgradeGate.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UpgradeGateInvalidUpgrader represents a InvalidUpgrader error raised by the UpgradeGate contract.
type UpgradeGateInvalidUpgrader struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidUpgrader()
func UpgradeGateInvalidUpgraderErrorID() common.Hash {
	return common.HexToHash("0x93c27326af213034bd281f7765a9aabcf1b2c7794e6bcf620bbaab397462410f")
}

// UnpackInvalidUpgraderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidUpgrader()
func (upgradeGate *UpgradeGate) UnpackInvalidUpgraderError(raw []byte) (*UpgradeGateInvalidUpgrader, error) {
	out := new(UpgradeGateInvalidUpgrader)
	if err := upgradeGate.abi.UnpackIntoInterface(out, "InvalidUpgrader", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UpgradeGateNotInitializing represents a NotInitializing error raised by the UpgradeGate contract.
type UpgradeGateNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func UpgradeGateNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (upgradeGate *UpgradeGate) UnpackNotInitializingError(raw []byte) (*UpgradeGateNotInitializing, error) {
	out := new(UpgradeGateNotInitializing)
	if err := upgradeGate.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UpgradeGateUUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the UpgradeGate contract.
type UpgradeGateUUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func UpgradeGateUUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (upgradeGate *UpgradeGate) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*UpgradeGateUUPSUnauthorizedCallContext, error) {
	out := new(UpgradeGateUUPSUnauthorizedCallContext)
	if err := upgradeGate.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UpgradeGateUUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the UpgradeGate contract.
type UpgradeGateUUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func UpgradeGateUUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (upgradeGate *UpgradeGate) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*UpgradeGateUUPSUnsupportedProxiableUUID, error) {
	out := new(UpgradeGateUUPSUnsupportedProxiableUUID)
	if err := upgradeGate.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}
