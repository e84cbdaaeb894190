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
	Bin: "0x610ba5610034600b8282823980515f1a607314602857634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe730000000000000000000000000000000000000000301460806040526004361061004a575f3560e01c806317e51b7d1461004e5780639aec297314610073578063f675e71814610092575b5f5ffd5b61006161005c366004610a34565b6100b1565b60405190815260200160405180910390f35b81801561007e575f5ffd5b5061006161008d366004610a5e565b6100c5565b81801561009d575f5ffd5b506100616100ac366004610a5e565b6100db565b5f6100bc83836100e8565b90505b92915050565b5f6100d285858585610140565b95945050505050565b5f6100d285858585610341565b5f5f6100f484846104cf565b90505f5b81518110156101385761012482828151811061011657610116610a96565b602002602001015142610660565b61012e9084610abe565b92506001016100f8565b505092915050565b5f5f61014c86866104cf565b905060605f61015b83866106eb565b905082518110156101f4575f83828151811061017957610179610a96565b6020908102919091010151905060b081811c64ffffffffff9081169188901c16818111156101a5578091505b6101cb6101be6001600160601b038a8116908616610abe565b83848560d88d901c610816565b8685815181106101dd576101dd610a96565b6020026020010181815250508594505050506102b1565b8251610201906001610abe565b67ffffffffffffffff81111561021957610219610ad1565b604051908082528060200260200182016040528015610242578160200160208202803683370190505b5091505f5b835181101561028f5783818151811061026257610262610a96565b602002602001015183828151811061027c5761027c610a96565b6020908102919091010152600101610247565b5084828451815181106102a4576102a4610a96565b6020026020010181815250505b604080516001600160601b0387168152606087811c64ffffffffff9081166020840152608889901c81168385015260b089901c1690820152905160ff60d888901c16916001600160a01b038a16917f8c7000ceee23e6e779106e2ee34ab4ae114e2524a9c66a1f199cd5111901c2489181900360800190a36103358888888561083e565b98975050505050505050565b5f5f61034d86866104cf565b8051909150805b80156104b45761036381610ae5565b90505f83828151811061037857610378610a96565b602002602001015190505f61038d8242610660565b90505f81881061039d578161039f565b875b9050805f036103b057505050610354565b6103ba8189610afa565b975064ffffffffff60b084901c811690608885901c1682840361043e57876103e188610ae5565b975087815181106103f4576103f4610a96565b602002602001015188878151811061040e5761040e610a96565b6020026020010181815250505f88888151811061042d5761042d610a96565b6020026020010181815250506104aa565b8181036104615761044f8386610afa565b88878151811061042d5761042d610a96565b4261048a61046f8587610afa565b8283851161047d578361047f565b845b8660d88b901c610816565b89888151811061049c5761049c610a96565b602002602001018181525050505b5050505050610354565b508082526104c48787878561083e565b979650505050505050565b6001600160a01b0381165f908152600a8301602052604090208054606091906104f9816001610abe565b67ffffffffffffffff81111561051157610511610ad1565b60405190808252806020026020018201604052801561053a578160200160208202803683370190505b5092505f5f5f5b838110156105c5575f85828154811061055c5761055c610a96565b905f5260205f20015490506001600160601b0381168361057c9190610abe565b92504264ffffffffff60b083901c1611156105bc5780878561059d81610b0d565b9650815181106105af576105af610a96565b6020026020010181815250505b50600101610541565b506001600160a01b0386165f90815260038801602090815260408083205460028b019092529091205460809190911c9060c01c64ffffffffff16828211801561060d57504281115b156106525761062861061f8484610afa565b8283845f610816565b878561063381610b0d565b96508151811061064557610645610a96565b6020026020010181815250505b505050835250909392505050565b5f60b083901c64ffffffffff1680831061067d575f9150506100bf565b6001600160601b038416608885901c64ffffffffff168410156106a35791506100bf9050565b606085901c64ffffffffff166106b98184610afa565b6106c38287610afa565b6106cd9084610b25565b6106d79190610b3c565b6106e19083610afa565b9695505050505050565b815160b082901c64ffffffffff16600882108061071357508064ffffffffff608885901c1614155b1561071e57506100bf565b5f195f805b865181101561080c575f87828151811061073f5761073f610a96565b602002602001015190505f64ffffffffff60b083901c1690508064ffffffffff608884901c16141580610780575060d888901c60ff1660d883901c60ff1614155b1561078c575050610804565b5f8682106107b65761079e8783610afa565b6107b1906001600160601b038b16610b25565b6107d3565b6107c08288610afa565b6107d3906001600160601b038516610b25565b9050858110806107ed575085811480156107ed5750848210155b1561080057929650919350909150849082845b5050505b600101610723565b5050505092915050565b606084901b8517608884901b1760b083901b1760ff60d81b60d883901b161795945050505050565b80515f90600881111561087a57604051635677e0eb60e11b81526001600160a01b03861660048201526008602482015260440160405180910390fd5b6001600160a01b0385165f908152600a8701602052604081208054909180805b85811015610936575f8882815181106108b5576108b5610a96565b60200260200101519050848210156108ea57808683815481106108da576108da610a96565b5f918252602090912001556108ff565b85546001810187555f87815260209020018190555b6109126001600160601b03821685610abe565b935060b081901c64ffffffffff168381111561092c578093505b505060010161089a565b50825b85811115610975578480548061095157610951610b5b565b600190038181905f5260205f20015f905590558061096e90610ae5565b9050610939565b506001600160a01b0389165f81815260038c0160205260409081902080546fffffffffffffffffffffffffffffffff16608086901b179055517f0323f3dfd510aa3314e205de0e35da1a4f61b5f06b51566b86430308434e7433906109f0908590859091825267ffffffffffffffff16602082015260400190565b60405180910390a264ffffffffff60c01b19881660c09190911b17945050505050949350505050565b80356001600160a01b0381168114610a2f575f5ffd5b919050565b5f5f60408385031215610a45575f5ffd5b82359150610a5560208401610a19565b90509250929050565b5f5f5f5f60808587031215610a71575f5ffd5b84359350610a8160208601610a19565b93969395505050506040820135916060013590565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b808201808211156100bf576100bf610aaa565b634e487b7160e01b5f52604160045260245ffd5b5f81610af357610af3610aaa565b505f190190565b818103818111156100bf576100bf610aaa565b5f60018201610b1e57610b1e610aaa565b5060010190565b80820281158282048414176100bf576100bf610aaa565b5f82610b5657634e487b7160e01b5f52601260045260245ffd5b500490565b634e487b7160e01b5f52603160045260245ffdfea2646970667358221220846f9b7f4b48b8a1e4a65ad5bfb8a9cc9148b23d9c70a28b268f7cf37a263dcd64736f6c63430008250033",
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
