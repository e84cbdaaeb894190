// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package identityregistryproxy

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

// IdentityRegistryProxyMetaData contains all meta data concerning the IdentityRegistryProxy contract.
var IdentityRegistryProxyMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"stateMutability\":\"payable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967ProxyUninitialized\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"stateMutability\":\"payable\",\"type\":\"fallback\"}]",
	ID:  "IdentityRegistryProxy",
	Bin: "0x60806040526040516104b43803806104b48339810160408190526100229161023c565b81818051610043576040516330a289cf60e21b815260040160405180910390fd5b61004d8282610056565b5050505061030b565b61005f826100b4565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a28051156100a8576100a3828261012f565b505050565b6100b06101d0565b5050565b806001600160a01b03163b5f036100ee57604051634c9c8ce360e01b81526001600160a01b03821660048201526024015b60405180910390fd5b7f360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc80546001600160a01b0319166001600160a01b0392909216919091179055565b60605f61013c84846101f1565b905080801561015d57505f3d118061015d57505f846001600160a01b03163b115b156101725761016a610204565b9150506101ca565b801561019c57604051639996b31560e01b81526001600160a01b03851660048201526024016100e5565b3d156101af576101aa61021d565b6101c8565b60405163d6bda27560e01b815260040160405180910390fd5b505b92915050565b34156101ef5760405163b398979f60e01b815260040160405180910390fd5b565b5f5f5f835160208501865af49392505050565b6040513d81523d5f602083013e3d602001810160405290565b6040513d5f823e3d81fd5b634e487b7160e01b5f52604160045260245ffd5b5f5f6040838503121561024d575f5ffd5b82516001600160a01b0381168114610263575f5ffd5b60208401519092506001600160401b0381111561027e575f5ffd5b8301601f8101851361028e575f5ffd5b80516001600160401b038111156102a7576102a7610228565b604051601f8201601f19908116603f011681016001600160401b03811182821017156102d5576102d5610228565b6040528181528282016020018710156102ec575f5ffd5b8160208401602083015e5f602083830101528093505050509250929050565b61019c806103185f395ff3fe608060405261000c61000e565b005b345f036100f7575f356001600160e01b03191663853ea85360e01b1480156100365750604436145b156100915760043560243580821760a01c61008a57815f527f94548e4ef8a1a64abf25138c2ff3ec41db61dd346b9c1962088585aa7d1df80060205260405f2054815f5260405f2054602052805f5260405ff35b50506100f7565b5f356001600160e01b031916633465d6d560e01b1480156100b25750602436145b156100f7576004358060a01c6100f557805f527f94548e4ef8a1a64abf25138c2ff3ec41db61dd346b9c1962088585aa7d1df80060205260405f20545f5260205ff35b505b6100ff610101565b565b6100ff61010c610111565b610148565b5f6101437f360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc546001600160a01b031690565b905090565b365f5f375f5f365f845af43d5f5f3e808015610162573d5ff35b3d5ffdfea26469706673582212208cbcecf041d4684e99869d480e5179e7332ac73fac990c31d5a94e0ce2ecf31764736f6c63430008250033",
}

// IdentityRegistryProxy is an auto generated Go binding around an Ethereum contract.
type IdentityRegistryProxy struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IdentityRegistryProxy) GetABI() abi.ABI {
	return c.abi
}

// NewIdentityRegistryProxy creates a new instance of IdentityRegistryProxy.
func NewIdentityRegistryProxy() *IdentityRegistryProxy {
	parsed, err := IdentityRegistryProxyMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IdentityRegistryProxy{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IdentityRegistryProxy) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address implementation, bytes data) payable returns()
func (identityRegistryProxy *IdentityRegistryProxy) PackConstructor(implementation common.Address, data []byte) []byte {
	enc, err := identityRegistryProxy.abi.Pack("", implementation, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// IdentityRegistryProxyUpgraded represents a Upgraded event raised by the IdentityRegistryProxy contract.
type IdentityRegistryProxyUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryProxyUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryProxyUpgraded) ContractEventName() string {
	return IdentityRegistryProxyUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (identityRegistryProxy *IdentityRegistryProxy) UnpackUpgradedEvent(log *types.Log) (*IdentityRegistryProxyUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistryProxy.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryProxyUpgraded)
	if len(log.Data) > 0 {
		if err := identityRegistryProxy.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistryProxy.abi.Events[event].Inputs {
		if arg.Indexed {
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
func (identityRegistryProxy *IdentityRegistryProxy) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], identityRegistryProxy.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return identityRegistryProxy.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistryProxy.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return identityRegistryProxy.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistryProxy.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return identityRegistryProxy.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistryProxy.abi.Errors["ERC1967ProxyUninitialized"].ID.Bytes()[:4]) {
		return identityRegistryProxy.UnpackERC1967ProxyUninitializedError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistryProxy.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return identityRegistryProxy.UnpackFailedCallError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IdentityRegistryProxyAddressEmptyCode represents a AddressEmptyCode error raised by the IdentityRegistryProxy contract.
type IdentityRegistryProxyAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func IdentityRegistryProxyAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (identityRegistryProxy *IdentityRegistryProxy) UnpackAddressEmptyCodeError(raw []byte) (*IdentityRegistryProxyAddressEmptyCode, error) {
	out := new(IdentityRegistryProxyAddressEmptyCode)
	if err := identityRegistryProxy.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryProxyERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the IdentityRegistryProxy contract.
type IdentityRegistryProxyERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func IdentityRegistryProxyERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (identityRegistryProxy *IdentityRegistryProxy) UnpackERC1967InvalidImplementationError(raw []byte) (*IdentityRegistryProxyERC1967InvalidImplementation, error) {
	out := new(IdentityRegistryProxyERC1967InvalidImplementation)
	if err := identityRegistryProxy.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryProxyERC1967NonPayable represents a ERC1967NonPayable error raised by the IdentityRegistryProxy contract.
type IdentityRegistryProxyERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func IdentityRegistryProxyERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (identityRegistryProxy *IdentityRegistryProxy) UnpackERC1967NonPayableError(raw []byte) (*IdentityRegistryProxyERC1967NonPayable, error) {
	out := new(IdentityRegistryProxyERC1967NonPayable)
	if err := identityRegistryProxy.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryProxyERC1967ProxyUninitialized represents a ERC1967ProxyUninitialized error raised by the IdentityRegistryProxy contract.
type IdentityRegistryProxyERC1967ProxyUninitialized struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967ProxyUninitialized()
func IdentityRegistryProxyERC1967ProxyUninitializedErrorID() common.Hash {
	return common.HexToHash("0xc28a273c3fe16468cad2234091c09b146f46a93b2ad4069739c7beddfa5b3529")
}

// UnpackERC1967ProxyUninitializedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967ProxyUninitialized()
func (identityRegistryProxy *IdentityRegistryProxy) UnpackERC1967ProxyUninitializedError(raw []byte) (*IdentityRegistryProxyERC1967ProxyUninitialized, error) {
	out := new(IdentityRegistryProxyERC1967ProxyUninitialized)
	if err := identityRegistryProxy.abi.UnpackIntoInterface(out, "ERC1967ProxyUninitialized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryProxyFailedCall represents a FailedCall error raised by the IdentityRegistryProxy contract.
type IdentityRegistryProxyFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func IdentityRegistryProxyFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (identityRegistryProxy *IdentityRegistryProxy) UnpackFailedCallError(raw []byte) (*IdentityRegistryProxyFailedCall, error) {
	out := new(IdentityRegistryProxyFailedCall)
	if err := identityRegistryProxy.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}
