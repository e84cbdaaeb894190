// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package tesserafactory

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

// TesseraFactoryMetaData contains all meta data concerning the TesseraFactory contract.
var TesseraFactoryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"Create2EmptyBytecode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedDeployment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"instance\",\"type\":\"address\"}],\"name\":\"InstanceExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"instance\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"deployer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"initCodeHash\",\"type\":\"bytes32\"}],\"name\":\"Deployed\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"initCode\",\"type\":\"bytes\"}],\"name\":\"deploy\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"instance\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"instance\",\"type\":\"address\"}],\"name\":\"deployerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"deployer\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"deployer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initCodeHash\",\"type\":\"bytes32\"}],\"name\":\"predict\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "TesseraFactory",
	Bin: "0x6080604052348015600e575f5ffd5b5061041a8061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c8063365aaf0d14610043578063416dc73214610072578063cdcb760a1461009a575b5f5ffd5b610056610051366004610315565b6100ad565b6040516001600160a01b03909116815260200160405180910390f35b610056610080366004610345565b5f602081905290815260409020546001600160a01b031681565b6100566100a836600461035e565b6100cb565b5f6100c16100bb85856101e8565b83610224565b90505b9392505050565b5f5f83836040516100dd9291906103d5565b604051809103902090505f6100f233876101e8565b90505f6100ff8284610224565b90506001600160a01b0381163b1561013a57604051633d5cd1cb60e21b81526001600160a01b03821660048201526024015b60405180910390fd5b61017a5f8388888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061023092505050565b6001600160a01b0381165f818152602081815260409182902080546001600160a01b0319163390811790915591518781529397508a939192917fd579261046780ec80c4dae1bc57abdb62c58df8af1531e63b4e8bcc08bcf46ec910160405180910390a45050509392505050565b604080516001600160a01b03841660208201529081018290525f9060600160405160208183030381529060405280519060200120905092915050565b5f6100c48383306102bd565b5f8347101561025b5760405163cf47918160e01b815247600482015260248101859052604401610131565b81515f0361027c57604051631328927760e21b815260040160405180910390fd5b8282516020840186f590506001600160a01b0381166100c4573d5f036102b55760405163b06ebf3d60e01b815260040160405180910390fd5b6100c46102ef565b5f604051836040820152846020820152828152600b8101905060ff8153605590206001600160a01b0316949350505050565b6040513d5f823e3d81fd5b80356001600160a01b0381168114610310575f5ffd5b919050565b5f5f5f60608486031215610327575f5ffd5b610330846102fa565b95602085013595506040909401359392505050565b5f60208284031215610355575f5ffd5b6100c4826102fa565b5f5f5f60408486031215610370575f5ffd5b83359250602084013567ffffffffffffffff81111561038d575f5ffd5b8401601f8101861361039d575f5ffd5b803567ffffffffffffffff8111156103b3575f5ffd5b8660208284010111156103c4575f5ffd5b939660209190910195509293505050565b818382375f910190815291905056fea2646970667358221220748c9f7232cc83f22b89ba19aed050050d7781e108cfb10c0daa25d9387f1ba364736f6c63430008250033",
}

// TesseraFactory is an auto generated Go binding around an Ethereum contract.
type TesseraFactory struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TesseraFactory) GetABI() abi.ABI {
	return c.abi
}

// NewTesseraFactory creates a new instance of TesseraFactory.
func NewTesseraFactory() *TesseraFactory {
	parsed, err := TesseraFactoryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TesseraFactory{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TesseraFactory) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDeploy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcdcb760a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deploy(bytes32 salt, bytes initCode) returns(address instance)
func (tesseraFactory *TesseraFactory) PackDeploy(salt [32]byte, initCode []byte) []byte {
	enc, err := tesseraFactory.abi.Pack("deploy", salt, initCode)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeploy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcdcb760a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deploy(bytes32 salt, bytes initCode) returns(address instance)
func (tesseraFactory *TesseraFactory) TryPackDeploy(salt [32]byte, initCode []byte) ([]byte, error) {
	return tesseraFactory.abi.Pack("deploy", salt, initCode)
}

// UnpackDeploy is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcdcb760a.
//
// Solidity: function deploy(bytes32 salt, bytes initCode) returns(address instance)
func (tesseraFactory *TesseraFactory) UnpackDeploy(data []byte) (common.Address, error) {
	out, err := tesseraFactory.abi.Unpack("deploy", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDeployerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x416dc732.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployerOf(address instance) view returns(address deployer)
func (tesseraFactory *TesseraFactory) PackDeployerOf(instance common.Address) []byte {
	enc, err := tesseraFactory.abi.Pack("deployerOf", instance)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeployerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x416dc732.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deployerOf(address instance) view returns(address deployer)
func (tesseraFactory *TesseraFactory) TryPackDeployerOf(instance common.Address) ([]byte, error) {
	return tesseraFactory.abi.Pack("deployerOf", instance)
}

// UnpackDeployerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x416dc732.
//
// Solidity: function deployerOf(address instance) view returns(address deployer)
func (tesseraFactory *TesseraFactory) UnpackDeployerOf(data []byte) (common.Address, error) {
	out, err := tesseraFactory.abi.Unpack("deployerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPredict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x365aaf0d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function predict(address deployer, bytes32 salt, bytes32 initCodeHash) view returns(address)
func (tesseraFactory *TesseraFactory) PackPredict(deployer common.Address, salt [32]byte, initCodeHash [32]byte) []byte {
	enc, err := tesseraFactory.abi.Pack("predict", deployer, salt, initCodeHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPredict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x365aaf0d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function predict(address deployer, bytes32 salt, bytes32 initCodeHash) view returns(address)
func (tesseraFactory *TesseraFactory) TryPackPredict(deployer common.Address, salt [32]byte, initCodeHash [32]byte) ([]byte, error) {
	return tesseraFactory.abi.Pack("predict", deployer, salt, initCodeHash)
}

// UnpackPredict is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x365aaf0d.
//
// Solidity: function predict(address deployer, bytes32 salt, bytes32 initCodeHash) view returns(address)
func (tesseraFactory *TesseraFactory) UnpackPredict(data []byte) (common.Address, error) {
	out, err := tesseraFactory.abi.Unpack("predict", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// TesseraFactoryDeployed represents a Deployed event raised by the TesseraFactory contract.
type TesseraFactoryDeployed struct {
	Instance     common.Address
	Deployer     common.Address
	Salt         [32]byte
	InitCodeHash [32]byte
	Raw          *types.Log // Blockchain specific contextual infos
}

const TesseraFactoryDeployedEventName = "Deployed"

// ContractEventName returns the user-defined event name.
func (TesseraFactoryDeployed) ContractEventName() string {
	return TesseraFactoryDeployedEventName
}

// UnpackDeployedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deployed(address indexed instance, address indexed deployer, bytes32 indexed salt, bytes32 initCodeHash)
func (tesseraFactory *TesseraFactory) UnpackDeployedEvent(log *types.Log) (*TesseraFactoryDeployed, error) {
	event := "Deployed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != tesseraFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TesseraFactoryDeployed)
	if len(log.Data) > 0 {
		if err := tesseraFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range tesseraFactory.abi.Events[event].Inputs {
		if arg.Indexed {
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
func (tesseraFactory *TesseraFactory) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], tesseraFactory.abi.Errors["Create2EmptyBytecode"].ID.Bytes()[:4]) {
		return tesseraFactory.UnpackCreate2EmptyBytecodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], tesseraFactory.abi.Errors["FailedDeployment"].ID.Bytes()[:4]) {
		return tesseraFactory.UnpackFailedDeploymentError(raw[4:])
	}
	if bytes.Equal(raw[:4], tesseraFactory.abi.Errors["InstanceExists"].ID.Bytes()[:4]) {
		return tesseraFactory.UnpackInstanceExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], tesseraFactory.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return tesseraFactory.UnpackInsufficientBalanceError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TesseraFactoryCreate2EmptyBytecode represents a Create2EmptyBytecode error raised by the TesseraFactory contract.
type TesseraFactoryCreate2EmptyBytecode struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Create2EmptyBytecode()
func TesseraFactoryCreate2EmptyBytecodeErrorID() common.Hash {
	return common.HexToHash("0x4ca249dcffe41558ef8b961d71c905e4fa4317a1663f377b9610642e4e0abdb6")
}

// UnpackCreate2EmptyBytecodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Create2EmptyBytecode()
func (tesseraFactory *TesseraFactory) UnpackCreate2EmptyBytecodeError(raw []byte) (*TesseraFactoryCreate2EmptyBytecode, error) {
	out := new(TesseraFactoryCreate2EmptyBytecode)
	if err := tesseraFactory.abi.UnpackIntoInterface(out, "Create2EmptyBytecode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TesseraFactoryFailedDeployment represents a FailedDeployment error raised by the TesseraFactory contract.
type TesseraFactoryFailedDeployment struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedDeployment()
func TesseraFactoryFailedDeploymentErrorID() common.Hash {
	return common.HexToHash("0xb06ebf3d5067824a3fe5d5ba19471e035a7de6c88dac362c77b162830a5b9093")
}

// UnpackFailedDeploymentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedDeployment()
func (tesseraFactory *TesseraFactory) UnpackFailedDeploymentError(raw []byte) (*TesseraFactoryFailedDeployment, error) {
	out := new(TesseraFactoryFailedDeployment)
	if err := tesseraFactory.abi.UnpackIntoInterface(out, "FailedDeployment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TesseraFactoryInstanceExists represents a InstanceExists error raised by the TesseraFactory contract.
type TesseraFactoryInstanceExists struct {
	Instance common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InstanceExists(address instance)
func TesseraFactoryInstanceExistsErrorID() common.Hash {
	return common.HexToHash("0xf573472c8693dae3a9095be3f52ce925071dde19045ec847e56d0d2e7f1f5acc")
}

// UnpackInstanceExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InstanceExists(address instance)
func (tesseraFactory *TesseraFactory) UnpackInstanceExistsError(raw []byte) (*TesseraFactoryInstanceExists, error) {
	out := new(TesseraFactoryInstanceExists)
	if err := tesseraFactory.abi.UnpackIntoInterface(out, "InstanceExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TesseraFactoryInsufficientBalance represents a InsufficientBalance error raised by the TesseraFactory contract.
type TesseraFactoryInsufficientBalance struct {
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func TesseraFactoryInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func (tesseraFactory *TesseraFactory) UnpackInsufficientBalanceError(raw []byte) (*TesseraFactoryInsufficientBalance, error) {
	out := new(TesseraFactoryInsufficientBalance)
	if err := tesseraFactory.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}
