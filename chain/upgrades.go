package chain

import (
	"bytes"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
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
var TrailABI = mustABI(`[
{"type":"event","name":"CallScheduled","anonymous":false,"inputs":[{"indexed":true,"name":"id","type":"bytes32"},{"indexed":true,"name":"index","type":"uint256"},{"indexed":false,"name":"target","type":"address"},{"indexed":false,"name":"value","type":"uint256"},{"indexed":false,"name":"data","type":"bytes"},{"indexed":false,"name":"predecessor","type":"bytes32"},{"indexed":false,"name":"delay","type":"uint256"}]},
{"type":"event","name":"CallExecuted","anonymous":false,"inputs":[{"indexed":true,"name":"id","type":"bytes32"},{"indexed":true,"name":"index","type":"uint256"},{"indexed":false,"name":"target","type":"address"},{"indexed":false,"name":"value","type":"uint256"},{"indexed":false,"name":"data","type":"bytes"}]},
{"type":"event","name":"Cancelled","anonymous":false,"inputs":[{"indexed":true,"name":"id","type":"bytes32"}]},
{"type":"event","name":"MinDelayChange","anonymous":false,"inputs":[{"indexed":false,"name":"oldDuration","type":"uint256"},{"indexed":false,"name":"newDuration","type":"uint256"}]},
{"type":"event","name":"Upgraded","anonymous":false,"inputs":[{"indexed":true,"name":"implementation","type":"address"}]},
{"type":"function","name":"upgradeToAndCall","stateMutability":"payable","inputs":[{"name":"newImplementation","type":"address"},{"name":"data","type":"bytes"}],"outputs":[]}
]`)

func mustABI(j string) abi.ABI {
	a, err := abi.JSON(strings.NewReader(j))
	if err != nil {
		panic(err)
	}
	return a
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
