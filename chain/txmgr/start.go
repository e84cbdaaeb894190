package txmgr

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// group is the requests one new transaction will carry.
type group struct {
	reqs  []Request
	batch Batcher // nil: a single request sent as is
}

// startNew turns unstarted requests into up to room new transactions.
func (m *Manager) startNew(ctx context.Context, room int, head *types.Header) error {
	reqs, err := m.cfg.Store.Unstarted(ctx, m.cfg.ChainID, m.from, room*m.cfg.MaxBatch)
	if err != nil || len(reqs) == 0 {
		return err
	}
	for _, g := range m.groups(reqs) {
		if room == 0 {
			return nil
		}
		started, err := m.start(ctx, g, head)
		if err != nil {
			return err
		}
		if started {
			room--
		}
	}
	return nil
}

// groups keeps request order, combining batchable requests of one kind to
// one contract, up to MaxBatch. A batch still inside its BatchWindow waits
// for company unless it is full.
func (m *Manager) groups(reqs []Request) []group {
	type batchKey struct {
		kind string
		to   common.Address
	}
	var out []group
	open := map[batchKey]int{}
	for _, r := range reqs {
		b, ok := (Batcher)(nil), false
		if r.Batch != nil && r.To != nil {
			b, ok = m.cfg.Batchers[r.Batch.Kind]
		}
		if !ok {
			out = append(out, group{reqs: []Request{r}})
			continue
		}
		k := batchKey{r.Batch.Kind, *r.To}
		if i, found := open[k]; found && len(out[i].reqs) < m.cfg.MaxBatch {
			out[i].reqs = append(out[i].reqs, r)
			continue
		}
		open[k] = len(out)
		out = append(out, group{reqs: []Request{r}, batch: b})
	}
	kept := out[:0]
	for _, g := range out {
		if g.batch != nil && len(g.reqs) < m.cfg.MaxBatch && time.Since(g.reqs[len(g.reqs)-1].CreatedAt) < m.cfg.BatchWindow {
			continue // more may come within the window
		}
		kept = append(kept, g)
	}
	return kept
}

// start estimates, signs, stores and sends one transaction for g. Requests
// that would revert are failed with their decoded reason, without taking a
// nonce. It reports whether a transaction was started.
func (m *Manager) start(ctx context.Context, g group, head *types.Header) (bool, error) {
	for len(g.reqs) > 0 {
		data, err := m.calldata(g)
		if err != nil {
			return false, m.cfg.Store.FailRequests(ctx, ids(g.reqs), "cannot build the transaction: "+err.Error())
		}
		first := g.reqs[0]
		gas := first.GasLimit
		if gas == 0 || len(g.reqs) > 1 {
			est, margin, err := m.estimate(ctx, ethereum.CallMsg{From: m.from, To: first.To, Value: first.Value, Data: data}, len(g.reqs) > 1)
			if err != nil {
				if _, reverted := RevertData(err); !reverted {
					return false, fmt.Errorf("estimate gas: %w", err)
				}
				if len(g.reqs) == 1 {
					reason := m.estimateRevert(err)
					m.log.Info("request refused by the chain", "key", first.IdempotencyKey, "reason", reason)
					return false, m.cfg.Store.FailRequests(ctx, ids(g.reqs), "would revert: "+reason)
				}
				// One of the batch would revert: find it, fail it, batch the rest.
				if g.reqs, err = m.dropReverting(ctx, g.reqs); err != nil {
					return false, err
				}
				continue
			}
			gas = est + est*uint64(margin)/100
			if len(g.reqs) > 1 && gas > m.cfg.BatchGasBudget {
				// The budget bounds the gas limit, which is what a block
				// reserves. Shrink in proportion to the overshoot, a little
				// under so the next estimate fits; the rest go later.
				n := int(uint64(len(g.reqs)) * m.cfg.BatchGasBudget / gas * 97 / 100)
				g.reqs = g.reqs[:max(1, min(n, len(g.reqs)-1))]
				continue
			}
		}
		return true, m.create(ctx, g, data, gas, head)
	}
	return false, nil
}

// estimate sizes a call and returns the margin to add. Batches use the
// client's one-shot estimator when it has one: it measures the exact gas of
// one execution, so a smaller margin keeps blocks full.
func (m *Manager) estimate(ctx context.Context, msg ethereum.CallMsg, batch bool) (gas uint64, margin int64, err error) {
	if be, ok := m.cfg.Client.(BatchGasEstimator); ok && batch {
		gas, err = be.EstimateBatchGas(ctx, msg)
		return gas, m.cfg.BatchGasMargin, err
	}
	gas, err = m.cfg.Client.EstimateGas(ctx, msg)
	return gas, m.cfg.GasMargin, err
}

func (m *Manager) calldata(g group) ([]byte, error) {
	if g.batch == nil || len(g.reqs) == 1 {
		return g.reqs[0].Data, nil
	}
	args := make([][]byte, len(g.reqs))
	for i, r := range g.reqs {
		args[i] = r.Batch.Args
	}
	return g.batch.Pack(args)
}

// dropReverting estimates each request of a batch alone, fails those that
// would revert and returns the others.
func (m *Manager) dropReverting(ctx context.Context, reqs []Request) ([]Request, error) {
	var keep []Request
	for _, r := range reqs {
		_, err := m.cfg.Client.EstimateGas(ctx, ethereum.CallMsg{From: m.from, To: r.To, Value: r.Value, Data: r.Data})
		if err == nil {
			keep = append(keep, r)
			continue
		}
		if _, reverted := RevertData(err); !reverted {
			return nil, fmt.Errorf("estimate gas: %w", err)
		}
		reason := m.estimateRevert(err)
		m.log.Info("request refused by the chain", "key", r.IdempotencyKey, "reason", reason)
		if err := m.cfg.Store.FailRequests(ctx, []int64{r.ID}, "would revert: "+reason); err != nil {
			return nil, err
		}
	}
	return keep, nil
}

func (m *Manager) estimateRevert(err error) string {
	data, _ := RevertData(err)
	return m.cfg.Decoder.Decode(data).String()
}

// create takes a nonce, signs, stores (all in one database transaction) and
// then sends.
func (m *Manager) create(ctx context.Context, g group, data []byte, gas uint64, head *types.Header) error {
	tip, feeCap, err := m.fees(ctx, head)
	if err != nil {
		return err
	}
	first := g.reqs[0]
	var attempt Attempt
	tx, err := m.cfg.Store.CreateTx(ctx, m.cfg.ChainID, m.from, ids(g.reqs), func(nonce uint64) (Tx, Attempt, error) {
		t := Tx{ChainID: m.cfg.ChainID, From: m.from, Nonce: nonce, To: first.To, Data: data, Value: first.Value, GasLimit: gas, State: InProgress}
		a, err := m.sign(ctx, &t, tip, feeCap)
		attempt = a
		return t, a, err
	})
	if err != nil {
		return fmt.Errorf("create transaction: %w", err)
	}
	m.log.Debug("transaction created", "tx", tx.ID, "nonce", tx.Nonce, "requests", len(g.reqs), "hash", attempt.Hash)
	tx.Attempts = []Attempt{attempt}
	m.send(ctx, &tx, attempt)
	return nil
}

func ids(reqs []Request) []int64 {
	out := make([]int64, len(reqs))
	for i, r := range reqs {
		out[i] = r.ID
	}
	return out
}
