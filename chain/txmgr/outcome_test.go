package txmgr_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/chain/txmgr"
)

// SubmitAndWait returns the receipt of the transaction that carried the
// request, or a *FailedError with the decoded revert: refused before
// signing (would revert) or mined and reverted (a fixed gas limit skips
// the estimate). A second call with the same key returns the same outcome
// without a second transaction.
func TestSubmitAndWait(t *testing.T) {
	t.Parallel()
	r := newRig(t, devnet.AnvilConfig{})
	m := r.manager(t, nil)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := m.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer m.Stop(context.Background())
	holder := common.HexToAddress("0x7000000000000000000000000000000000000001")

	rec, err := m.SubmitAndWait(ctx, r.mintRequest("mint", holder, 42))
	if err != nil {
		t.Fatal(err)
	}
	if rec.Status != types.ReceiptStatusSuccessful || len(rec.Logs) == 0 || rec.Logs[0].Address != r.token {
		t.Fatalf("receipt status %d with %d logs, want a successful mint on %s", rec.Status, len(rec.Logs), r.token)
	}
	if got := r.balance(t, holder).Int64(); got != 42 {
		t.Fatalf("balance %d, want 42", got)
	}
	again, err := m.SubmitAndWait(ctx, r.mintRequest("mint", holder, 42))
	if err != nil || again.TxHash != rec.TxHash {
		t.Fatalf("the same key again: %v, tx %v; want the first outcome %s", err, again, rec.TxHash)
	}

	for _, tc := range []struct {
		key, prefix string
		gas         uint64
		mined       bool
	}{
		{"would-revert", "would revert: ERC20InsufficientBalance(", 0, false},
		{"reverted", "reverted: ERC20InsufficientBalance(", 200_000, true},
	} {
		req := txmgr.Request{IdempotencyKey: tc.key, To: &r.token, Data: r.coin.PackTransfer(holder, big.NewInt(1)), GasLimit: tc.gas}
		rec, err := m.SubmitAndWait(ctx, req)
		var fe *txmgr.FailedError
		if !errors.As(err, &fe) || !errors.Is(err, txmgr.ErrFailed) || rec != nil {
			t.Fatalf("%s: receipt %v, error %v; want a *FailedError", tc.key, rec, err)
		}
		if fe.Key != tc.key || !strings.HasPrefix(fe.Reason, tc.prefix) || !strings.Contains(err.Error(), fe.Reason) {
			t.Fatalf("%s: key %q, reason %q (error %q); want the reason to start %q", tc.key, fe.Key, fe.Reason, err, tc.prefix)
		}
		if mined := fe.TxHash != (common.Hash{}); mined != tc.mined {
			t.Fatalf("%s: tx hash %s, want mined=%v", tc.key, fe.TxHash, tc.mined)
		}
		if tc.mined {
			onChain, err := r.client.TransactionReceipt(ctx, fe.TxHash)
			if err != nil || onChain.Status != types.ReceiptStatusFailed {
				t.Fatalf("%s: chain receipt %v, %v; want a reverted transaction", tc.key, onChain, err)
			}
		}
	}

	if rec, err := m.Outcome(ctx, "mint"); err != nil || rec.TxHash != again.TxHash {
		t.Fatalf("Outcome of the mint: %v, %v", rec, err)
	}
	if _, err := m.Outcome(ctx, "never-submitted"); !errors.Is(err, txmgr.ErrNotFound) || errors.Is(err, txmgr.ErrFailed) {
		t.Fatalf("Outcome of an unknown key: %v, want ErrNotFound", err)
	}
}
