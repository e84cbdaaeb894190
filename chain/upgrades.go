package chain

import (
	"bytes"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/bindings/timelockcontroller"
)

// The upgrade trail: what the TimelockController that alone may upgrade
// Tessera's proxies scheduled, executed and cancelled, and every ERC-1967
// Upgraded event of a recorded proxy. The indexer stores them beside the
// other events (and rolls them back with them); the audit reads the same
// events from the chain itself.

// UpgradeSlot is the ERC-1967 implementation slot,
// bytes32(uint256(keccak256("eip1967.proxy.implementation")) - 1).
var UpgradeSlot = common.HexToHash("0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc")

// TimelockCall is one call of a TimelockController operation as it was
// scheduled (CallScheduled) or executed (CallExecuted); a batch operation
// has one per call, numbered by Index.
type TimelockCall struct {
	EventRef
	Timelock  common.Address
	Operation common.Hash // the operation id (hashOperation / hashOperationBatch)
	Index     uint64      // the call's place in its operation
	Target    common.Address
	Value     *big.Int
	Data      []byte
	// Implementation is the new implementation when Data is a call of
	// upgradeToAndCall(newImplementation, data); zero otherwise.
	Implementation common.Address
	Executed       bool // CallExecuted; otherwise CallScheduled
	// Predecessor and Delay are CallScheduled's: the operation that must
	// be executed first (zero: none) and the seconds to wait from the
	// scheduling block.
	Predecessor common.Hash
	Delay       *big.Int
}

// TimelockCancel is a cancelled operation (Cancelled).
type TimelockCancel struct {
	EventRef
	Timelock  common.Address
	Operation common.Hash
}

// TimelockDelayChange is a change of a timelock's minimum delay
// (MinDelayChange), in seconds.
type TimelockDelayChange struct {
	EventRef
	Timelock common.Address
	Old, New *big.Int
}

// ProxyUpgrade is an ERC-1967 Upgraded event of a proxy: its
// implementation became Implementation. A proxy's constructor emits the
// first one.
type ProxyUpgrade struct {
	EventRef
	Proxy          common.Address
	Implementation common.Address
}

// TrailABI holds the events of the upgrade trail: OpenZeppelin's
// TimelockController (the only upgrader of Tessera's proxies) and ERC-1967's
// Upgraded, which every UUPS implementation declares and its proxy emits,
// with upgradeToAndCall, whose calldata names the new implementation.
var TrailABI = trailABI()

func trailABI() abi.ABI {
	tl, err := timelockcontroller.TimelockControllerMetaData.ParseABI()
	if err != nil {
		panic(err)
	}
	impl, err := identityregistry.IdentityRegistryMetaData.ParseABI()
	if err != nil {
		panic(err)
	}
	out := abi.ABI{Events: map[string]abi.Event{"Upgraded": impl.Events["Upgraded"]},
		Methods: map[string]abi.Method{"upgradeToAndCall": impl.Methods["upgradeToAndCall"]}}
	for _, name := range []string{"CallScheduled", "CallExecuted", "CallSalt", "Cancelled", "MinDelayChange"} {
		out.Events[name] = tl.Events[name]
	}
	return out
}

// UpgradeToAndCallImplementation returns the new implementation named by
// calldata of upgradeToAndCall(address,bytes); ok is false for any other
// call.
func UpgradeToAndCallImplementation(data []byte) (impl common.Address, ok bool) {
	m := TrailABI.Methods["upgradeToAndCall"]
	if len(data) < 4 || !bytes.Equal(data[:4], m.ID) {
		return common.Address{}, false
	}
	args, err := m.Inputs.Unpack(data[4:])
	if err != nil || len(args) != 2 {
		return common.Address{}, false
	}
	impl, ok = args[0].(common.Address)
	return impl, ok
}
