package indexer

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/tessera-rwa/tessera/chain"
)

// unpackEvent decodes l as event name of chain.TrailABI: unindexed fields
// from the data, indexed ones from the topics.
func unpackEvent(name string, l *types.Log) (map[string]any, error) {
	ev := chain.TrailABI.Events[name]
	out := map[string]any{}
	if len(l.Data) > 0 {
		if err := ev.Inputs.UnpackIntoMap(out, l.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, in := range ev.Inputs {
		if in.Indexed {
			indexed = append(indexed, in)
		}
	}
	if err := abi.ParseTopicsIntoMap(out, indexed, l.Topics[1:]); err != nil {
		return nil, err
	}
	return out, nil
}

// unpacker returns an unpack function for the on helper.
func unpacker(name string) func(*types.Log) (*map[string]any, error) {
	return func(l *types.Log) (*map[string]any, error) {
		m, err := unpackEvent(name, l)
		if err != nil {
			return nil, err
		}
		return &m, nil
	}
}

func field[T any](m map[string]any, name string) T {
	v, ok := m[name].(T)
	if !ok {
		panic(fmt.Sprintf("field %s is %T", name, m[name]))
	}
	return v
}

// TimelockControllerEvents decodes a TimelockController's scheduled,
// executed and cancelled operations and its minimum delay changes.
func TimelockControllerEvents() ContractDecoder {
	ev := chain.TrailABI.Events
	d := ContractDecoder{}
	call := func(l *types.Log, m map[string]any) chain.TimelockCall {
		c := chain.TimelockCall{EventRef: eventRef(l), Timelock: l.Address, Operation: field[[32]byte](m, "id"),
			Index: field[*big.Int](m, "index").Uint64(), Target: field[common.Address](m, "target"),
			Value: field[*big.Int](m, "value"), Data: field[[]byte](m, "data")}
		c.Implementation, _ = chain.UpgradeToAndCallImplementation(c.Data)
		return c
	}
	indexFits := func(m map[string]any) error {
		if !field[*big.Int](m, "index").IsUint64() || field[*big.Int](m, "index").Uint64() > 1<<31-1 {
			return fmt.Errorf("call index %s is out of range", field[*big.Int](m, "index"))
		}
		return nil
	}
	on(d, ev["CallScheduled"], checked(unpacker("CallScheduled"), indexFits),
		func(l *types.Log, m *map[string]any, b *Batch) {
			c := call(l, *m)
			c.Predecessor, c.Delay = field[[32]byte](*m, "predecessor"), field[*big.Int](*m, "delay")
			b.TimelockCalls = append(b.TimelockCalls, c)
		})
	on(d, ev["CallExecuted"], checked(unpacker("CallExecuted"), indexFits),
		func(l *types.Log, m *map[string]any, b *Batch) {
			c := call(l, *m)
			c.Executed = true
			b.TimelockCalls = append(b.TimelockCalls, c)
		})
	on(d, ev["Cancelled"], unpacker("Cancelled"),
		func(l *types.Log, m *map[string]any, b *Batch) {
			b.TimelockCancels = append(b.TimelockCancels, chain.TimelockCancel{EventRef: eventRef(l), Timelock: l.Address,
				Operation: field[[32]byte](*m, "id")})
		})
	on(d, ev["MinDelayChange"], unpacker("MinDelayChange"),
		func(l *types.Log, m *map[string]any, b *Batch) {
			b.TimelockDelays = append(b.TimelockDelays, chain.TimelockDelayChange{EventRef: eventRef(l), Timelock: l.Address,
				Old: field[*big.Int](*m, "oldDuration"), New: field[*big.Int](*m, "newDuration")})
		})
	return d
}

// checked wraps unpack with a validation of its result.
func checked[E any](unpack func(*types.Log) (*E, error), ok func(E) error) func(*types.Log) (*E, error) {
	return func(l *types.Log) (*E, error) {
		e, err := unpack(l)
		if err != nil {
			return nil, err
		}
		if err := ok(*e); err != nil {
			return nil, err
		}
		return e, nil
	}
}

// withUpgrades adds ERC-1967's Upgraded to d: a UUPS implementation
// declares it, and its proxies, recorded under the implementation's
// contract name, emit it.
func withUpgrades(d ContractDecoder) ContractDecoder {
	on(d, chain.TrailABI.Events["Upgraded"], unpacker("Upgraded"),
		func(l *types.Log, m *map[string]any, b *Batch) {
			b.ProxyUpgrades = append(b.ProxyUpgrades, chain.ProxyUpgrade{EventRef: eventRef(l), Proxy: l.Address,
				Implementation: field[common.Address](*m, "implementation")})
		})
	return d
}
