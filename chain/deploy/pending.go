package deploy

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/tessera-rwa/tessera/bindings/timelockcontroller"
	"github.com/tessera-rwa/tessera/chain"
)

// Operation is a timelock operation as the chain holds it: read back from
// its CallScheduled and CallSalt events, so it executes (or cancels)
// exactly what was scheduled, whoever scheduled it (this command, a
// multisig) and whatever was tokenized since.
type Operation struct {
	ID          [32]byte
	Targets     []common.Address
	Values      []*big.Int
	Payloads    [][]byte
	Predecessor [32]byte
	Salt        [32]byte
	State       OpState
	// Cancels counts the earlier cancellations of the same id: an
	// operation cancelled and scheduled again is a new write.
	Cancels int
}

// LogReader reads event logs.
type LogReader interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Operations reads the operations of the recorded timelock on chainID that
// wait in it (scheduled, not executed, not cancelled), oldest first.
func Operations(ctx context.Context, r interface {
	Caller
	LogReader
}, store chain.DeploymentStore, chainID *big.Int) (common.Address, []Operation, error) {
	lock, err := store.Deployment(ctx, chainID, "timelock")
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("timelock record: %w", err)
	}
	ev := chain.TrailABI.Events
	salt := ev["CallSalt"]
	logs, err := r.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(lock.Block), Addresses: []common.Address{lock.Address},
		Topics: [][]common.Hash{{ev["CallScheduled"].ID, ev["Cancelled"].ID, salt.ID}}})
	if err != nil {
		return lock.Address, nil, fmt.Errorf("read the timelock's events: %w", err)
	}
	ops := map[[32]byte]*Operation{}
	cancels := map[[32]byte]int{}
	var order [][32]byte
	for _, l := range logs {
		if len(l.Topics) < 2 {
			continue
		}
		id := [32]byte(l.Topics[1])
		switch l.Topics[0] {
		case ev["Cancelled"].ID:
			cancels[id]++
			delete(ops, id)
		case salt.ID:
			vals, err := salt.Inputs.NonIndexed().Unpack(l.Data)
			if err != nil || len(vals) != 1 {
				return lock.Address, nil, fmt.Errorf("decode CallSalt in %s: %v", l.TxHash, err)
			}
			if op := ops[id]; op != nil {
				op.Salt = vals[0].([32]byte)
			}
		case ev["CallScheduled"].ID:
			vals, err := ev["CallScheduled"].Inputs.NonIndexed().Unpack(l.Data)
			if err != nil || len(vals) != 5 {
				return lock.Address, nil, fmt.Errorf("decode CallScheduled in %s: %v", l.TxHash, err)
			}
			op := ops[id]
			if op == nil {
				op = &Operation{ID: id}
				ops[id] = op
				order = append(order, id)
			}
			op.Targets = append(op.Targets, vals[0].(common.Address))
			op.Values = append(op.Values, vals[1].(*big.Int))
			op.Payloads = append(op.Payloads, vals[2].([]byte))
			op.Predecessor = vals[3].([32]byte)
		}
	}
	var out []Operation
	seen := map[[32]byte]bool{}
	for _, id := range order {
		op := ops[id]
		if op == nil || seen[id] {
			continue
		}
		seen[id] = true
		st, err := opState(ctx, r, lock.Address, id)
		if err != nil {
			return lock.Address, nil, err
		}
		if !st.Scheduled() {
			continue // executed, or cancelled after these logs were read
		}
		op.State, op.Cancels = st, cancels[id]
		out = append(out, *op)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].State.ReadyAt.Before(out[j].State.ReadyAt) })
	return lock.Address, out, nil
}

// Print writes the operation for people, with the record names of its
// targets.
func (op Operation) Print(w io.Writer, names map[common.Address]string) {
	fmt.Fprintf(w, "operation %s, executable from %s:\n", common.Hash(op.ID).Hex(), op.State.ReadyAt.UTC().Format(time.RFC3339))
	for i, t := range op.Targets {
		what := fmt.Sprintf("call of %d bytes", len(op.Payloads[i]))
		if impl, ok := chain.UpgradeToAndCallImplementation(op.Payloads[i]); ok {
			what = "upgradeToAndCall(" + impl.Hex() + ")"
		}
		name := names[t]
		if name == "" {
			name = "(no record)"
		}
		fmt.Fprintf(w, "  %-28s %s  %s\n", name, t.Hex(), what)
	}
}

// Execute executes op through the timelock (from must be an executor).
func (op Operation) Execute(ctx context.Context, chainID *big.Int, lock common.Address, send Sender) (*types.Receipt, error) {
	tl := timelockcontroller.NewTimelockController()
	return send.Send(ctx, fmt.Sprintf("upgrade:%s:execute:%x:%d", chainID, op.ID, op.Cancels), lock,
		tl.PackExecuteBatch(op.Targets, op.Values, op.Payloads, op.Predecessor, op.Salt))
}

// Cancel cancels op (from must be a proposer).
func (op Operation) Cancel(ctx context.Context, chainID *big.Int, lock common.Address, send Sender) error {
	tl := timelockcontroller.NewTimelockController()
	_, err := send.Send(ctx, fmt.Sprintf("upgrade:%s:cancel:%x:%d", chainID, op.ID, op.Cancels), lock, tl.PackCancel(op.ID))
	return err
}
