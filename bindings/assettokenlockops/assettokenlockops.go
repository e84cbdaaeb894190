// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package assettokenlockops

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

// AssetTokenLockOpsMetaData contains all meta data concerning the AssetTokenLockOps contract.
var AssetTokenLockOpsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyLocks\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"cliff\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"LockAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"}],\"name\":\"LockedUp\",\"type\":\"event\"}]",
	ID:  "AssetTokenLockOps",
	Bin: "0x6109e8610034600b8282823980515f1a607314602857634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe730000000000000000000000000000000000000000301460806040526004361061004a575f3560e01c806317e51b7d1461004e5780639aec297314610073578063f675e71814610092575b5f5ffd5b61006161005c366004610877565b6100b1565b60405190815260200160405180910390f35b81801561007e575f5ffd5b5061006161008d3660046108a1565b6100c5565b81801561009d575f5ffd5b506100616100ac3660046108a1565b6100db565b5f6100bc83836100e8565b90505b92915050565b5f6100d285858585610140565b95945050505050565b5f6100d2858585856102bf565b5f5f6100f48484610459565b90505f5b815181101561013857610124828281518110610116576101166108d9565b6020026020010151426105f6565b61012e9084610901565b92506001016100f8565b505092915050565b5f5f61014c8686610459565b90505f8151600161015d9190610901565b67ffffffffffffffff81111561017557610175610914565b60405190808252806020026020018201604052801561019e578160200160208202803683370190505b5090505f5b82518110156101eb578281815181106101be576101be6108d9565b60200260200101518282815181106101d8576101d86108d9565b60209081029190910101526001016101a3565b508381835181518110610200576102006108d9565b60200260200101818152505060d884901c60ff16866001600160a01b03167f8c7000ceee23e6e779106e2ee34ab4ae114e2524a9c66a1f199cd5111901c2486001600160601b03871664ffffffffff606089901c1664ffffffffff60888a901c1664ffffffffff60b08b901c166040516102a0949392919093845267ffffffffffffffff9283166020850152908216604084015216606082015260800190565b60405180910390a36102b487878784610681565b979650505050505050565b5f5f6102cb8686610459565b8051909150805b8015610449576102e181610928565b90505f8382815181106102f6576102f66108d9565b602002602001015190505f61030b82426105f6565b90505f81881061031b578161031d565b875b9050805f0361032e575050506102d2565b610338818961093d565b975064ffffffffff60b084901c811690608885901c168284036103bc578761035f88610928565b97508781518110610372576103726108d9565b602002602001015188878151811061038c5761038c6108d9565b6020026020010181815250505f8888815181106103ab576103ab6108d9565b60200260200101818152505061043f565b8181036103df576103cd838661093d565b8887815181106103ab576103ab6108d9565b4261041f6103ed858761093d565b828385116103fb57836103fd565b845b60609190911b9190911760889190911b1760b085901b1760ff60d81b88161790565b898881518110610431576104316108d9565b602002602001018181525050505b50505050506102d2565b508082526102b487878785610681565b6001600160a01b0381165f908152600a830160205260409020805460609190610483816001610901565b67ffffffffffffffff81111561049b5761049b610914565b6040519080825280602002602001820160405280156104c4578160200160208202803683370190505b5092505f5f5f5b8381101561054f575f8582815481106104e6576104e66108d9565b905f5260205f20015490506001600160601b038116836105069190610901565b92504264ffffffffff60b083901c1611156105465780878561052781610950565b965081518110610539576105396108d9565b6020026020010181815250505b506001016104cb565b506001600160a01b0386165f90815260038801602090815260408083205460028b019092529091205460809190911c9060c01c64ffffffffff16828211801561059757504281115b156105e8576105be6105a9848461093d565b606083901b17608883901b1760b083901b1790565b87856105c981610950565b9650815181106105db576105db6108d9565b6020026020010181815250505b505050835250909392505050565b5f60b083901c64ffffffffff16808310610613575f9150506100bf565b6001600160601b038416608885901c64ffffffffff168410156106395791506100bf9050565b606085901c64ffffffffff1661064f818461093d565b610659828761093d565b6106639084610968565b61066d919061097f565b610677908361093d565b9695505050505050565b80515f9060088111156106bd57604051635677e0eb60e11b81526001600160a01b03861660048201526008602482015260440160405180910390fd5b6001600160a01b0385165f908152600a8701602052604081208054909180805b85811015610779575f8882815181106106f8576106f86108d9565b602002602001015190508482101561072d578086838154811061071d5761071d6108d9565b5f91825260209091200155610742565b85546001810187555f87815260209020018190555b6107556001600160601b03821685610901565b935060b081901c64ffffffffff168381111561076f578093505b50506001016106dd565b50825b858111156107b857848054806107945761079461099e565b600190038181905f5260205f20015f90559055806107b190610928565b905061077c565b506001600160a01b0389165f81815260038c0160205260409081902080546fffffffffffffffffffffffffffffffff16608086901b179055517f0323f3dfd510aa3314e205de0e35da1a4f61b5f06b51566b86430308434e743390610833908590859091825267ffffffffffffffff16602082015260400190565b60405180910390a264ffffffffff60c01b19881660c09190911b17945050505050949350505050565b80356001600160a01b0381168114610872575f5ffd5b919050565b5f5f60408385031215610888575f5ffd5b823591506108986020840161085c565b90509250929050565b5f5f5f5f608085870312156108b4575f5ffd5b843593506108c46020860161085c565b93969395505050506040820135916060013590565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b808201808211156100bf576100bf6108ed565b634e487b7160e01b5f52604160045260245ffd5b5f81610936576109366108ed565b505f190190565b818103818111156100bf576100bf6108ed565b5f60018201610961576109616108ed565b5060010190565b80820281158282048414176100bf576100bf6108ed565b5f8261099957634e487b7160e01b5f52601260045260245ffd5b500490565b634e487b7160e01b5f52603160045260245ffdfea26469706673582212203edc901df373f5deef4700470fe38313e0ce7ba3004573984810389788faabc264736f6c63430008250033",
}

// AssetTokenLockOps is an auto generated Go binding around an Ethereum contract.
type AssetTokenLockOps struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AssetTokenLockOps) GetABI() abi.ABI {
	return c.abi
}

// NewAssetTokenLockOps creates a new instance of AssetTokenLockOps.
func NewAssetTokenLockOps() *AssetTokenLockOps {
	parsed, err := AssetTokenLockOpsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AssetTokenLockOps{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AssetTokenLockOps) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// AssetTokenLockOpsLockAdded represents a LockAdded event raised by the AssetTokenLockOps contract.
type AssetTokenLockOpsLockAdded struct {
	Account common.Address
	Amount  *big.Int
	Start   uint64
	Cliff   uint64
	End     uint64
	Reason  uint8
	Raw     *types.Log // Blockchain specific contextual infos
}

const AssetTokenLockOpsLockAddedEventName = "LockAdded"

// ContractEventName returns the user-defined event name.
func (AssetTokenLockOpsLockAdded) ContractEventName() string {
	return AssetTokenLockOpsLockAddedEventName
}

// UnpackLockAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LockAdded(address indexed account, uint256 amount, uint64 start, uint64 cliff, uint64 end, uint8 indexed reason)
func (assetTokenLockOps *AssetTokenLockOps) UnpackLockAddedEvent(log *types.Log) (*AssetTokenLockOpsLockAdded, error) {
	event := "LockAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenLockOps.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenLockOpsLockAdded)
	if len(log.Data) > 0 {
		if err := assetTokenLockOps.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenLockOps.abi.Events[event].Inputs {
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

// AssetTokenLockOpsLockedUp represents a LockedUp event raised by the AssetTokenLockOps contract.
type AssetTokenLockOpsLockedUp struct {
	Account     common.Address
	Amount      *big.Int
	LockedUntil uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const AssetTokenLockOpsLockedUpEventName = "LockedUp"

// ContractEventName returns the user-defined event name.
func (AssetTokenLockOpsLockedUp) ContractEventName() string {
	return AssetTokenLockOpsLockedUpEventName
}

// UnpackLockedUpEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LockedUp(address indexed account, uint256 amount, uint64 lockedUntil)
func (assetTokenLockOps *AssetTokenLockOps) UnpackLockedUpEvent(log *types.Log) (*AssetTokenLockOpsLockedUp, error) {
	event := "LockedUp"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != assetTokenLockOps.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AssetTokenLockOpsLockedUp)
	if len(log.Data) > 0 {
		if err := assetTokenLockOps.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range assetTokenLockOps.abi.Events[event].Inputs {
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
func (assetTokenLockOps *AssetTokenLockOps) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], assetTokenLockOps.abi.Errors["TooManyLocks"].ID.Bytes()[:4]) {
		return assetTokenLockOps.UnpackTooManyLocksError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AssetTokenLockOpsTooManyLocks represents a TooManyLocks error raised by the AssetTokenLockOps contract.
type AssetTokenLockOpsTooManyLocks struct {
	Account common.Address
	Max     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyLocks(address account, uint256 max)
func AssetTokenLockOpsTooManyLocksErrorID() common.Hash {
	return common.HexToHash("0xacefc1d694c0aa4db91ea30e059057ae7af797718ba19d0c983211aeff59a056")
}

// UnpackTooManyLocksError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyLocks(address account, uint256 max)
func (assetTokenLockOps *AssetTokenLockOps) UnpackTooManyLocksError(raw []byte) (*AssetTokenLockOpsTooManyLocks, error) {
	out := new(AssetTokenLockOpsTooManyLocks)
	if err := assetTokenLockOps.abi.UnpackIntoInterface(out, "TooManyLocks", raw); err != nil {
		return nil, err
	}
	return out, nil
}
