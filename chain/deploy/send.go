package deploy

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/txmgr"
)

// Manager is what TxSender needs of the transaction manager.
type Manager interface {
	Wait(ctx context.Context, key string) (txmgr.Request, error)
	Outcome(ctx context.Context, key string) (*types.Receipt, error)
	SubmitAndWait(ctx context.Context, r txmgr.Request) (*types.Receipt, error)
}

// Attempts is how many times TxSender sends a write that failed on chain,
// over all runs, before it gives up and reports the failure.
const Attempts = 3

// TxSender sends through the transaction manager: every write is persisted
// under its key before it is signed, so a deploy killed at any point
// finds its write again (pending, sent or mined) on the next run instead of
// sending another. A write that failed (reverted, or refused at estimation)
// is tried again under the key with "#2", "#3" appended, up to Attempts.
type TxSender struct{ M Manager }

// Send implements Sender.
func (s TxSender) Send(ctx context.Context, key string, to common.Address, data []byte) (*types.Receipt, error) {
	var last error
	for attempt := 1; attempt <= Attempts; attempt++ {
		k := key
		if attempt > 1 {
			k = fmt.Sprintf("%s#%d", key, attempt)
		}
		r, err := s.M.Wait(ctx, k)
		switch {
		case errors.Is(err, txmgr.ErrNotFound):
			receipt, err := s.M.SubmitAndWait(ctx, txmgr.Request{IdempotencyKey: k, To: &to, Data: data})
			if err == nil || !isFailed(err) {
				return receipt, err
			}
			last = err
			continue
		case err != nil:
			return nil, err
		case r.State != txmgr.Failed:
			return s.M.Outcome(ctx, k)
		}
		last = fmt.Errorf("%s: %s", k, r.Error)
	}
	return nil, fmt.Errorf("failed %d times, last: %w", Attempts, last)
}

func isFailed(err error) bool {
	var f *txmgr.FailedError
	return errors.As(err, &f)
}

// DirectSender signs and sends with opts and waits for the receipt, without
// persistence: for a development chain set up before the transaction
// manager runs (`tessera dev`, tests), where a crash means a fresh chain.
type DirectSender struct {
	Backend chain.Backend
	Opts    *bind.TransactOpts
}

// Send implements Sender; key is not used.
func (s DirectSender) Send(ctx context.Context, _ string, to common.Address, data []byte) (*types.Receipt, error) {
	opts := *s.Opts
	opts.Context = ctx
	tx, err := bind.NewBoundContract(to, abi.ABI{}, s.Backend, s.Backend, s.Backend).RawTransact(&opts, data)
	if err != nil {
		return nil, fmt.Errorf("send to %s: %w", to, err)
	}
	r, err := chain.WaitMined(ctx, s.Backend, tx.Hash(), 50*time.Millisecond)
	if err != nil {
		return nil, fmt.Errorf("wait for %s: %w", tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("transaction %s to %s reverted", tx.Hash(), to)
	}
	return r, nil
}
