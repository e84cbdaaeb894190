package txmgr

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/tessera-rwa/tessera/chain"
)

// send sends a stored attempt and reports whether the node has it. An error
// the node gives for a transaction it already knows (or already mined) also
// means it has it; any other error leaves the transaction in progress, to be
// re-sent as-is.
func (m *Manager) send(ctx context.Context, tx *Tx, a Attempt) bool {
	signed := new(types.Transaction)
	if err := signed.UnmarshalBinary(a.Raw); err != nil {
		m.log.Error("stored attempt does not decode", "tx", tx.ID, "err", err)
		return false
	}
	err := m.cfg.Client.SendTransaction(ctx, signed)
	if err != nil && !nodeHasIt(err) {
		m.log.Warn("send failed; will re-send the same attempt", "tx", tx.ID, "nonce", tx.Nonce, "hash", a.Hash, "err", err)
		return false
	}
	if tx.State == InProgress {
		if err := m.cfg.Store.SetTxState(ctx, tx.ID, Broadcast, nil, ""); err != nil {
			m.log.Warn("record broadcast", "tx", tx.ID, "err", err)
			return false
		}
		tx.State = Broadcast
	}
	return true
}

// nodeHasIt reports whether a send error means the node has (or had) this
// nonce's transaction: known, already mined, or a cheaper replacement.
func nodeHasIt(err error) bool {
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"already known", "known transaction", "nonce too low", "replacement transaction underpriced", "transaction already imported"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// checkBroadcast looks for a receipt of any attempt; without one it bumps
// the fee once BumpAfter has passed.
func (m *Manager) checkBroadcast(ctx context.Context, tx *Tx, head *types.Header) error {
	r, err := m.receipt(ctx, tx)
	if err != nil {
		return err
	}
	if r != nil {
		if head.Number.Uint64()+1 < r.BlockNumber.Uint64()+m.cfg.ConfirmationDepth {
			return nil // mined, not deep enough yet
		}
		rec := &Receipt{Hash: r.TxHash, Block: r.BlockNumber.Uint64(), BlockHash: r.BlockHash, GasUsed: r.GasUsed}
		if r.Status == types.ReceiptStatusSuccessful {
			m.log.Debug("confirmed", "tx", tx.ID, "nonce", tx.Nonce, "block", rec.Block)
			return m.cfg.Store.SetTxState(ctx, tx.ID, Confirmed, rec, "")
		}
		reason := m.revertReason(ctx, tx, r.BlockNumber)
		m.log.Info("transaction reverted", "tx", tx.ID, "nonce", tx.Nonce, "reason", reason)
		return m.cfg.Store.SetTxState(ctx, tx.ID, Failed, rec, "reverted: "+reason)
	}
	taken, err := m.nonceTakenElsewhere(ctx, tx, head)
	if err != nil || taken {
		return err
	}
	// Bump when it has waited long enough, or at once when the base fee has
	// risen above what it offers: it cannot be included until it is bumped.
	last := tx.Latest()
	priced := head.BaseFee != nil && head.BaseFee.Cmp(last.GasFeeCap) > 0
	if priced || time.Since(last.CreatedAt) >= m.cfg.BumpAfter {
		return m.bump(ctx, tx, head)
	}
	return nil
}

// nonceTakenElsewhere reports whether tx's nonce was used by a transaction
// that is none of its attempts, and if so marks tx failed. It asks a couple
// of blocks back, since a node may update state before it serves the
// receipts of the newest block, and looks for a receipt once more.
func (m *Manager) nonceTakenElsewhere(ctx context.Context, tx *Tx, head *types.Header) (bool, error) {
	n := head.Number.Uint64()
	if n < 2 {
		return false, nil
	}
	chainNonce, err := m.cfg.Client.NonceAt(ctx, m.from, new(big.Int).SetUint64(n-2))
	if err != nil || chainNonce <= tx.Nonce {
		return false, err
	}
	if r, err := m.receipt(ctx, tx); err != nil || r != nil {
		return false, err
	}
	m.log.Error("nonce consumed by a transaction Tessera did not send", "tx", tx.ID, "nonce", tx.Nonce)
	return true, m.cfg.Store.SetTxState(ctx, tx.ID, Failed, nil, "nonce consumed by another transaction from the same key")
}

// receipt returns the receipt of whichever attempt was mined, or nil.
func (m *Manager) receipt(ctx context.Context, tx *Tx) (*types.Receipt, error) {
	for i := len(tx.Attempts) - 1; i >= 0; i-- {
		r, err := m.cfg.Client.TransactionReceipt(ctx, tx.Attempts[i].Hash)
		if chain.NotYetKnown(err) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("receipt of %s: %w", tx.Attempts[i].Hash, err)
		}
		return r, nil
	}
	return nil, nil
}

// checkConfirmed finalizes a confirmed transaction once its block is final,
// and puts it back to broadcast (re-sending it) if a reorg dropped it.
func (m *Manager) checkConfirmed(ctx context.Context, tx *Tx, finalized uint64) error {
	r, err := m.cfg.Client.TransactionReceipt(ctx, tx.MinedHash)
	if err != nil && !chain.NotYetKnown(err) {
		return err
	}
	if r == nil || r.BlockHash != tx.BlockHash {
		m.log.Warn("confirmed transaction reorged out: re-sending", "tx", tx.ID, "nonce", tx.Nonce, "hash", tx.MinedHash)
		if err := m.cfg.Store.SetTxState(ctx, tx.ID, Broadcast, nil, ""); err != nil {
			return err
		}
		tx.State = Broadcast
		for _, a := range tx.Attempts {
			if a.Hash == tx.MinedHash {
				m.send(ctx, tx, a)
			}
		}
		return nil
	}
	if tx.Block <= finalized {
		rec := &Receipt{Hash: tx.MinedHash, Block: tx.Block, BlockHash: tx.BlockHash, GasUsed: tx.GasUsed}
		return m.cfg.Store.SetTxState(ctx, tx.ID, Finalized, rec, "")
	}
	return nil
}

// bump signs the same nonce again with fees raised by BumpPercent (and at
// least what the market asks now), stores the attempt, then sends it.
func (m *Manager) bump(ctx context.Context, tx *Tx, head *types.Header) error {
	last := tx.Latest()
	tip, feeCap, err := m.fees(ctx, head)
	if err != nil {
		return err
	}
	tip = maxBig(tip, percent(last.GasTipCap, 100+m.cfg.BumpPercent))
	feeCap = maxBig(feeCap, percent(last.GasFeeCap, 100+m.cfg.BumpPercent))
	if feeCap.Cmp(m.cfg.MaxFeeCap) > 0 {
		feeCap = new(big.Int).Set(m.cfg.MaxFeeCap)
	}
	if tip.Cmp(feeCap) > 0 {
		tip = new(big.Int).Set(feeCap)
	}
	if feeCap.Cmp(percent(last.GasFeeCap, 110)) < 0 || tip.Cmp(percent(last.GasTipCap, 110)) < 0 {
		m.log.Warn("cannot bump further: fee cap reached; re-sending", "tx", tx.ID, "nonce", tx.Nonce, "fee_cap", last.GasFeeCap)
		m.send(ctx, tx, last)
		return nil
	}
	a, err := m.sign(ctx, tx, tip, feeCap)
	if err != nil {
		return err
	}
	if err := m.cfg.Store.AddAttempt(ctx, tx.ID, a); err != nil {
		return err
	}
	m.log.Info("fee bumped", "tx", tx.ID, "nonce", tx.Nonce, "fee_cap", feeCap, "tip", tip, "hash", a.Hash)
	tx.Attempts = append(tx.Attempts, a)
	m.send(ctx, tx, a)
	return nil
}

// fees returns the tip and fee cap to use now: the node's suggested tip and
// twice the base fee on top, within MaxFeeCap.
func (m *Manager) fees(ctx context.Context, head *types.Header) (tip, feeCap *big.Int, err error) {
	tip, err = m.cfg.Client.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("suggest tip: %w", err)
	}
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	feeCap = new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
	if feeCap.Cmp(m.cfg.MaxFeeCap) > 0 {
		feeCap = new(big.Int).Set(m.cfg.MaxFeeCap)
	}
	if tip.Cmp(feeCap) > 0 {
		tip = new(big.Int).Set(feeCap)
	}
	return tip, feeCap, nil
}

func (m *Manager) sign(ctx context.Context, tx *Tx, tip, feeCap *big.Int) (Attempt, error) {
	unsigned := types.NewTx(&types.DynamicFeeTx{
		ChainID:   m.cfg.ChainID,
		Nonce:     tx.Nonce,
		GasTipCap: tip,
		GasFeeCap: feeCap,
		Gas:       tx.GasLimit,
		To:        tx.To,
		Value:     tx.Value,
		Data:      tx.Data,
	})
	signed, err := m.cfg.Signer.SignTx(ctx, unsigned, m.cfg.ChainID)
	if err != nil {
		return Attempt{}, fmt.Errorf("sign: %w", err)
	}
	raw, err := signed.MarshalBinary()
	if err != nil {
		return Attempt{}, err
	}
	return Attempt{Hash: signed.Hash(), Raw: raw, GasFeeCap: feeCap, GasTipCap: tip, CreatedAt: time.Now()}, nil
}

// revertReason replays a reverted transaction at its block's parent state to
// read the revert data, and decodes it.
func (m *Manager) revertReason(ctx context.Context, tx *Tx, block *big.Int) string {
	msg := ethereum.CallMsg{From: m.from, To: tx.To, Gas: tx.GasLimit, Value: tx.Value, Data: tx.Data}
	_, err := m.cfg.Client.CallContract(ctx, msg, new(big.Int).Sub(block, big.NewInt(1)))
	if err == nil {
		return "reverted (the replay succeeded: the failure depended on transactions earlier in its block)"
	}
	data, _ := RevertData(err)
	return m.cfg.Decoder.Decode(data).String()
}

func percent(x *big.Int, p int64) *big.Int {
	v := new(big.Int).Mul(x, big.NewInt(p))
	return v.Div(v, big.NewInt(100))
}

func maxBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}
