// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package assettokenrecovery

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

// AssetTokenRecoveryMetaData contains all meta data concerning the AssetTokenRecovery contract.
var AssetTokenRecoveryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"}],\"name\":\"NothingToRecover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"wallet\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"RecoveryInvestorMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SameWallet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"code\",\"type\":\"uint8\"}],\"name\":\"TransferRestricted\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bool\",\"name\":\"isFrozen\",\"type\":\"bool\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AddressFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Frozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"investorId\",\"type\":\"bytes32\"}],\"name\":\"RecoverySuccess\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensUnfrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"}]",
	ID:  "AssetTokenRecovery",
	Bin: "0x610786610034600b8282823980515f1a607314602857634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe7300000000000000000000000000000000000000003014608060405260043610610034575f3560e01c8063c0443e5514610038575b5f5ffd5b818015610043575f5ffd5b506100576100523660046106c6565b610059565b005b7fd019ed802b3a65492a3f21b3c309e952d0b17f35a722d5eadef27d7e18404a006001600160a01b03808416908516036100a6576040516394a3d97960e01b815260040160405180910390fd5b6001600160a01b0384165f908152600282016020526040812054906bffffffffffffffffffffffff821690819003610101576040516386d9d03560e01b81526001600160a01b03871660048201526024015b60405180910390fd5b83158061017757506040516309b2c94960e41b81526001600160a01b038781166004830152859190891690639b2c949090602401602060405180830381865afa158015610150573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101749190610714565b14155b156101a757604051633419fc5160e21b81526001600160a01b0387166004820152602481018590526044016100f8565b604051634dffeb6960e01b81526001600160a01b038681166004830152859190891690634dffeb6990602401602060405180830381865afa1580156101ee573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102129190610714565b1461024257604051633419fc5160e21b81526001600160a01b0386166004820152602481018590526044016100f8565b604051633465d6d560e01b81526001600160a01b0386811660048301525f9190891690633465d6d590602401602060405180830381865afa158015610289573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102ad9190610714565b9050600160ff1b811615806102d057504260b082901c67ffffffffffffffff1611155b156102f15760405163e18ca2b960e01b8152605460048201526024016100f8565b6001600160a01b0386165f9081526002850160205260408120546103259089908990879061032090889061072b565b61044f565b9050600160e81b8416158015906103405750600160e81b8116155b1561038857604051600160e81b919091179033906001906001600160a01b038a16907f7fa523c84ab8d7fc5b72f08b9e46dbbf10c39e119a075b3e317002d14bc9f436905f90a45b6001600160a01b038089165f81815260028801602052604080822071010000000000ffffffffffffffffffffffff60601b89169055928a168082529083902084905591517fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef906103fb9087815260200190565b60405180910390a385876001600160a01b0316896001600160a01b03167fa1505292c0b9cc567f38ad6cb54e66cb1d99b7b990491da20439f814074a2f8060405160405180910390a4505050505050505050565b6001600160a01b038481165f9081527fd019ed802b3a65492a3f21b3c309e952d0b17f35a722d5eadef27d7e18404a03602052604080822054928616825281205490917fd019ed802b3a65492a3f21b3c309e952d0b17f35a722d5eadef27d7e18404a00916001600160801b038083169085906104cf908390851661072b565b90506001600160801b038111156104ea57506001600160801b035b80156104fa57600160e91b871796505b60c087901c64ffffffffff165f428211610514575f61051a565b608085901c5b905060c08a901c64ffffffffff164281111561055e5761053e608088901c8361072b565b91508281111561055e5764ffffffffff60c01b199990991660c08a901b17985b6001600160a01b03808e165f90815260038a016020526040808220829055918e16815220608083901b85179055841561069e578c6001600160a01b03167f9bed35cb62ad0dba04f9d5bfee4b5bc91443e77da8a65c4c84834c51bb08b0d6866040516105cc91815260200190565b60405180910390a28c6001600160a01b03167f68e0d8c112165d0949ce87205b719ed7d98c7401866c34a159f7c67c6f5620e75f60405161060f91815260200190565b60405180910390a28b6001600160a01b03167fa065e63c631c86f1b9f66a4a2f63f2093bf1c2168d23290259dbd969e0222a458660405161065291815260200190565b60405180910390a28b6001600160a01b03167f68e0d8c112165d0949ce87205b719ed7d98c7401866c34a159f7c67c6f5620e78560405161069591815260200190565b60405180910390a25b50979b9a5050505050505050505050565b6001600160a01b03811681146106c3575f5ffd5b50565b5f5f5f5f608085870312156106d9575f5ffd5b84356106e4816106af565b935060208501356106f4816106af565b92506040850135610704816106af565b9396929550929360600135925050565b5f60208284031215610724575f5ffd5b5051919050565b8082018082111561074a57634e487b7160e01b5f52601160045260245ffd5b9291505056fea2646970667358221220d47ad881f24f9a08934710c136491e4800c5224c7e11f7d45965ac4ad60f733e64736f6c63430008250033",
}

// AssetTokenRecovery is an auto generated Go binding around an Ethereum contract.
type AssetTokenRecovery struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AssetTokenRecovery) GetABI() abi.ABI {
	return c.abi
}

// NewAssetTokenRecovery creates a new instance of AssetTokenRecovery.
func NewAssetTokenRecovery() *AssetTokenRecovery {
	parsed, err := AssetTokenRecoveryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AssetTokenRecovery{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AssetTokenRecovery) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// AssetTokenRecoveryAddressFrozen represents a AddressFrozen event raised by the AssetTokenRecovery contract.
type AssetTokenRecoveryAddressFrozen struct {
	Account  common.Address
	IsFrozen bool
	Agent    common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const AssetTokenRecoveryAddressFrozenEventName = "AddressFrozen"

// ContractEventName returns the user-defined event name.
func (AssetTokenRecoveryAddressFrozen) ContractEventName() string {
	return AssetTokenRecoveryAddressFrozenEventName
}

// UnpackAddressFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AddressFrozen(address indexed account, bool indexed isFrozen, address indexed agent)
func (assetTokenRecovery *AssetTokenRecovery) UnpackAddressFrozenEvent(log *types.Log) (*AssetTokenRecoveryAddressFrozen, error) {
	event := "AddressFrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenRecovery.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenRecoveryAddressFrozen)
	if len(log.Data) > 0 {
		if err := assetTokenRecovery.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenRecovery.abi.Events[event].Inputs {
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

// AssetTokenRecoveryFrozen represents a Frozen event raised by the AssetTokenRecovery contract.
type AssetTokenRecoveryFrozen struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenRecoveryFrozenEventName = "Frozen"

// ContractEventName returns the user-defined event name.
func (AssetTokenRecoveryFrozen) ContractEventName() string {
	return AssetTokenRecoveryFrozenEventName
}

// UnpackFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Frozen(address indexed account, uint256 amount)
func (assetTokenRecovery *AssetTokenRecovery) UnpackFrozenEvent(log *types.Log) (*AssetTokenRecoveryFrozen, error) {
	event := "Frozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenRecovery.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenRecoveryFrozen)
	if len(log.Data) > 0 {
		if err := assetTokenRecovery.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenRecovery.abi.Events[event].Inputs {
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

// AssetTokenRecoveryRecoverySuccess represents a RecoverySuccess event raised by the AssetTokenRecovery contract.
type AssetTokenRecoveryRecoverySuccess struct {
	LostWallet common.Address
	NewWallet  common.Address
	InvestorId [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const AssetTokenRecoveryRecoverySuccessEventName = "RecoverySuccess"

// ContractEventName returns the user-defined event name.
func (AssetTokenRecoveryRecoverySuccess) ContractEventName() string {
	return AssetTokenRecoveryRecoverySuccessEventName
}

// UnpackRecoverySuccessEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RecoverySuccess(address indexed lostWallet, address indexed newWallet, bytes32 indexed investorId)
func (assetTokenRecovery *AssetTokenRecovery) UnpackRecoverySuccessEvent(log *types.Log) (*AssetTokenRecoveryRecoverySuccess, error) {
	event := "RecoverySuccess"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenRecovery.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenRecoveryRecoverySuccess)
	if len(log.Data) > 0 {
		if err := assetTokenRecovery.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenRecovery.abi.Events[event].Inputs {
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

// AssetTokenRecoveryTokensFrozen represents a TokensFrozen event raised by the AssetTokenRecovery contract.
type AssetTokenRecoveryTokensFrozen struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenRecoveryTokensFrozenEventName = "TokensFrozen"

// ContractEventName returns the user-defined event name.
func (AssetTokenRecoveryTokensFrozen) ContractEventName() string {
	return AssetTokenRecoveryTokensFrozenEventName
}

// UnpackTokensFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokensFrozen(address indexed account, uint256 amount)
func (assetTokenRecovery *AssetTokenRecovery) UnpackTokensFrozenEvent(log *types.Log) (*AssetTokenRecoveryTokensFrozen, error) {
	event := "TokensFrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenRecovery.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenRecoveryTokensFrozen)
	if len(log.Data) > 0 {
		if err := assetTokenRecovery.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenRecovery.abi.Events[event].Inputs {
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

// AssetTokenRecoveryTokensUnfrozen represents a TokensUnfrozen event raised by the AssetTokenRecovery contract.
type AssetTokenRecoveryTokensUnfrozen struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenRecoveryTokensUnfrozenEventName = "TokensUnfrozen"

// ContractEventName returns the user-defined event name.
func (AssetTokenRecoveryTokensUnfrozen) ContractEventName() string {
	return AssetTokenRecoveryTokensUnfrozenEventName
}

// UnpackTokensUnfrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokensUnfrozen(address indexed account, uint256 amount)
func (assetTokenRecovery *AssetTokenRecovery) UnpackTokensUnfrozenEvent(log *types.Log) (*AssetTokenRecoveryTokensUnfrozen, error) {
	event := "TokensUnfrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenRecovery.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenRecoveryTokensUnfrozen)
	if len(log.Data) > 0 {
		if err := assetTokenRecovery.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenRecovery.abi.Events[event].Inputs {
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

// AssetTokenRecoveryTransfer represents a Transfer event raised by the AssetTokenRecovery contract.
type AssetTokenRecoveryTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const AssetTokenRecoveryTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (AssetTokenRecoveryTransfer) ContractEventName() string {
	return AssetTokenRecoveryTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (assetTokenRecovery *AssetTokenRecovery) UnpackTransferEvent(log *types.Log) (*AssetTokenRecoveryTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenRecovery.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenRecoveryTransfer)
	if len(log.Data) > 0 {
		if err := assetTokenRecovery.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenRecovery.abi.Events[event].Inputs {
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
func (assetTokenRecovery *AssetTokenRecovery) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], assetTokenRecovery.abi.Errors["NothingToRecover"].ID.Bytes()[:4]) {
		return assetTokenRecovery.UnpackNothingToRecoverError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenRecovery.abi.Errors["RecoveryInvestorMismatch"].ID.Bytes()[:4]) {
		return assetTokenRecovery.UnpackRecoveryInvestorMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenRecovery.abi.Errors["SameWallet"].ID.Bytes()[:4]) {
		return assetTokenRecovery.UnpackSameWalletError(raw[4:])
	}
	if bytes.Equal(raw[:4], assetTokenRecovery.abi.Errors["TransferRestricted"].ID.Bytes()[:4]) {
		return assetTokenRecovery.UnpackTransferRestrictedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AssetTokenRecoveryNothingToRecover represents a NothingToRecover error raised by the AssetTokenRecovery contract.
type AssetTokenRecoveryNothingToRecover struct {
	LostWallet common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToRecover(address lostWallet)
func AssetTokenRecoveryNothingToRecoverErrorID() common.Hash {
	return common.HexToHash("0x86d9d0354b396b81f550c04abd222485cc87e7b37fc56bd7fbbccdebdddb9588")
}

// UnpackNothingToRecoverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToRecover(address lostWallet)
func (assetTokenRecovery *AssetTokenRecovery) UnpackNothingToRecoverError(raw []byte) (*AssetTokenRecoveryNothingToRecover, error) {
	out := new(AssetTokenRecoveryNothingToRecover)
	if err := assetTokenRecovery.abi.UnpackIntoInterface(out, "NothingToRecover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenRecoveryRecoveryInvestorMismatch represents a RecoveryInvestorMismatch error raised by the AssetTokenRecovery contract.
type AssetTokenRecoveryRecoveryInvestorMismatch struct {
	Wallet     common.Address
	InvestorId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecoveryInvestorMismatch(address wallet, bytes32 investorId)
func AssetTokenRecoveryRecoveryInvestorMismatchErrorID() common.Hash {
	return common.HexToHash("0xd067f144044e6aca5a72ea4a8588ddf6a4034eabdad5e7a88d27fa28eda277d5")
}

// UnpackRecoveryInvestorMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecoveryInvestorMismatch(address wallet, bytes32 investorId)
func (assetTokenRecovery *AssetTokenRecovery) UnpackRecoveryInvestorMismatchError(raw []byte) (*AssetTokenRecoveryRecoveryInvestorMismatch, error) {
	out := new(AssetTokenRecoveryRecoveryInvestorMismatch)
	if err := assetTokenRecovery.abi.UnpackIntoInterface(out, "RecoveryInvestorMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenRecoverySameWallet represents a SameWallet error raised by the AssetTokenRecovery contract.
type AssetTokenRecoverySameWallet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SameWallet()
func AssetTokenRecoverySameWalletErrorID() common.Hash {
	return common.HexToHash("0x94a3d97966ea005ec91b894676eb5999980a7ab09d9228c0a6c07c9440163de7")
}

// UnpackSameWalletError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SameWallet()
func (assetTokenRecovery *AssetTokenRecovery) UnpackSameWalletError(raw []byte) (*AssetTokenRecoverySameWallet, error) {
	out := new(AssetTokenRecoverySameWallet)
	if err := assetTokenRecovery.abi.UnpackIntoInterface(out, "SameWallet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AssetTokenRecoveryTransferRestricted represents a TransferRestricted error raised by the AssetTokenRecovery contract.
type AssetTokenRecoveryTransferRestricted struct {
	Code uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferRestricted(uint8 code)
func AssetTokenRecoveryTransferRestrictedErrorID() common.Hash {
	return common.HexToHash("0xe18ca2b9b451bf0dffa5160cc54e30c428dde179b65b354eee7185b6d097c2a1")
}

// UnpackTransferRestrictedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferRestricted(uint8 code)
func (assetTokenRecovery *AssetTokenRecovery) UnpackTransferRestrictedError(raw []byte) (*AssetTokenRecoveryTransferRestricted, error) {
	out := new(AssetTokenRecoveryTransferRestricted)
	if err := assetTokenRecovery.abi.UnpackIntoInterface(out, "TransferRestricted", raw); err != nil {
		return nil, err
	}
	return out, nil
}
