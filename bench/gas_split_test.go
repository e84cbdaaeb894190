package bench

import (
	"encoding/json"
	"fmt"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/tracers"
	"github.com/ethereum/go-ethereum/node"
)

// gasSplit is where one transaction's gas went, by what paid it: the
// transaction's base and calldata, the proxy hop, the calls out to the
// identity registry, and in the contract's own code its storage reads
// (cold ones priced 2,100 each by EIP-2929, warm ones 100), its storage
// writes, its events and the rest, the computation.
type gasSplit struct {
	base, proxy, registry, reads, writes, events, compute uint64
	coldReads, nWrites                                    int
}

// gasTracerName is the live tracer the benchmark's chain runs every
// transaction under (ethconfig.Config.VMTrace).
const gasTracerName = "tessera-gas-split"

// gasOp is one executed opcode: its frame's depth and code, and its own
// cost (for a call, without the gas it handed the callee).
type gasOp struct {
	depth int
	code  common.Address
	op    vm.OpCode
	cost  uint64
}

// gasTrace holds the opcodes of the last transaction the chain executed,
// by hash.
var gasTrace struct {
	mu     sync.Mutex
	on     bool // inside a transaction (block-level system calls are not)
	hash   common.Hash
	ops    []gasOp
	frames []common.Address // code run at each depth
}

var registerGasTracer sync.Once

// traceGas makes the simulated chain run every transaction under the
// splitting tracer.
func traceGas(_ *node.Config, eth *ethconfig.Config) {
	registerGasTracer.Do(func() {
		tracers.LiveDirectory.Register(gasTracerName, func(json.RawMessage) (*tracing.Hooks, error) {
			return gasHooks(), nil
		})
	})
	eth.VMTrace = gasTracerName
}

func gasHooks() *tracing.Hooks {
	t := &gasTrace
	return &tracing.Hooks{
		OnTxStart: func(_ *tracing.VMContext, tx *types.Transaction, _ common.Address) {
			t.mu.Lock()
			defer t.mu.Unlock()
			t.on, t.hash, t.ops, t.frames = true, tx.Hash(), t.ops[:0], t.frames[:0]
		},
		OnTxEnd: func(*types.Receipt, error) {
			t.mu.Lock()
			defer t.mu.Unlock()
			t.on = false
		},
		OnEnter: func(depth int, _ byte, _, to common.Address, _ []byte, gas uint64, _ *big.Int) {
			t.mu.Lock()
			defer t.mu.Unlock()
			if !t.on {
				return
			}
			// DELEGATECALL's to is the code it runs: the frame is told by it.
			t.frames = append(t.frames[:depth], to)
			if depth > 0 && len(t.ops) > 0 {
				// The call's cost counted the gas it handed over; the
				// callee's own opcodes account for what it used of it.
				if last := &t.ops[len(t.ops)-1]; last.cost >= gas {
					last.cost -= gas
				}
			}
		},
		OnOpcode: func(_ uint64, op byte, _, cost uint64, _ tracing.OpContext, _ []byte, depth int, _ error) {
			t.mu.Lock()
			defer t.mu.Unlock()
			if !t.on || depth < 1 || depth > len(t.frames) {
				return
			}
			t.ops = append(t.ops, gasOp{depth: depth, code: t.frames[depth-1], op: vm.OpCode(op), cost: cost})
		},
	}
}

// sendSplit mines one transaction and returns its gas used and where it
// went; registry is the identity registry's address (calls to it and
// what runs there count as the registry's).
func (g *gasChain) sendSplit(opts *bind.TransactOpts, inst *bind.BoundContract, data []byte, registry common.Address) (uint64, gasSplit) {
	g.b.Helper()
	tx, err := bind.Transact(inst, opts, data)
	if err != nil {
		g.b.Fatalf("transact: %v", err)
	}
	used := g.mined(tx).GasUsed
	gasTrace.mu.Lock()
	defer gasTrace.mu.Unlock()
	if gasTrace.hash != tx.Hash() {
		g.b.Fatalf("gas split: the tracer last saw %s, not %s", gasTrace.hash, tx.Hash())
	}
	s, err := splitGas(gasTrace.ops, used, registry)
	if err != nil {
		g.b.Fatal(err)
	}
	return used, s
}

// splitGas sorts a transaction's opcodes: a first frame that delegates is
// a proxy and all of its own opcodes are the hop; a call to registry
// (its own cost, the cold account access) and every opcode run deeper
// than it is the registry's; the contract's own opcodes are split by kind.
// The base is what the opcodes do not account for: 21,000 and the
// calldata, less any refund.
func splitGas(ops []gasOp, used uint64, registry common.Address) (gasSplit, error) {
	var s gasSplit
	proxied := false
	for _, o := range ops {
		if o.depth == 1 && o.op == vm.DELEGATECALL {
			proxied = true
			break
		}
	}
	own := 1 // the depth the contract's own code runs at
	if proxied {
		own = 2
	}
	var total uint64
	for i, o := range ops {
		total += o.cost
		switch {
		case o.depth < own:
			s.proxy += o.cost
		case o.depth > own:
			if o.code != registry {
				return gasSplit{}, fmt.Errorf("gas split: depth %d runs %s, not the registry %s", o.depth, o.code, registry)
			}
			s.registry += o.cost
		case o.op == vm.CALL || o.op == vm.STATICCALL:
			if i+1 >= len(ops) || ops[i+1].depth != own+1 || ops[i+1].code != registry {
				return gasSplit{}, fmt.Errorf("gas split: a %s to another contract than the registry", o.op)
			}
			s.registry += o.cost
		case o.op == vm.SLOAD:
			s.reads += o.cost
			if o.cost >= 2100 {
				s.coldReads++
			}
		case o.op == vm.SSTORE:
			s.writes += o.cost
			s.nWrites++
		case o.op >= vm.LOG0 && o.op <= vm.LOG4:
			s.events += o.cost
		default:
			s.compute += o.cost
		}
	}
	if total > used {
		return gasSplit{}, fmt.Errorf("gas split: opcodes cost %d, more than the %d used", total, used)
	}
	s.base = used - total
	return s, nil
}

// rows returns the split as gas rows named prefix-…, each beside ref's
// same part (a zero reference where the plain contract has no such part).
func (s gasSplit) rows(what, prefix string, ref gasSplit) []gasRow {
	part := func(name, metric string, v, r uint64) gasRow {
		return gasRow{what + ": " + name, v, r, prefix + "-" + metric}
	}
	return []gasRow{
		part("transaction base and calldata", "base", s.base, ref.base),
		part("proxy hop", "proxy", s.proxy, ref.proxy),
		part("identity registry (call and records)", "registry", s.registry, ref.registry),
		part(fmt.Sprintf("storage reads (%d cold)", s.coldReads), "reads", s.reads, ref.reads),
		part(fmt.Sprintf("storage writes (%d)", s.nWrites), "writes", s.writes, ref.writes),
		part("events", "events", s.events, ref.events),
		part("computation", "compute", s.compute, ref.compute),
	}
}

// report reports the split's counts (cold storage reads, writes) and,
// with parts, each part's gas (those of a split given as rows are
// reported with the rows).
func (s gasSplit) report(b *testing.B, prefix string, parts bool) {
	b.ReportMetric(float64(s.coldReads), "cold-reads/"+prefix)
	b.ReportMetric(float64(s.nWrites), "writes/"+prefix)
	if parts {
		for _, r := range s.rows("", prefix, gasSplit{}) {
			b.ReportMetric(float64(r.tessera), "gas/"+r.metric)
		}
	}
}
