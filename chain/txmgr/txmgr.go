// Package txmgr is Tessera's exactly-once transaction manager. Every chain
// write is first a row with the caller's idempotency key; one Manager per
// signer (elected through a PostgreSQL advisory lock, so replicas never sign
// with the same key at once) assigns gapless nonces, stores each signed
// attempt before sending it, re-sends after a crash, bumps fees of stuck
// transactions on the same nonce, batches queued mints into one transaction,
// waits for confirmations and re-checks confirmed transactions for reorgs
// until they are final.
package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// State is where a request or a transaction stands.
type State string

// The states, in order. Failed is terminal like Finalized.
const (
	Unstarted  State = "unstarted"
	InProgress State = "in_progress" // signed and stored; maybe sent
	Broadcast  State = "broadcast"   // accepted by the node
	Confirmed  State = "confirmed"   // mined, ConfirmationDepth deep
	Finalized  State = "finalized"   // below the finalized block
	Failed     State = "failed"
)

// Done reports whether s is final for the caller: the effect happened (or
// will not happen).
func (s State) Done() bool { return s == Confirmed || s == Finalized || s == Failed }

// Request is one chain write.
type Request struct {
	ID             int64
	IdempotencyKey string
	ChainID        *big.Int
	From           common.Address
	To             *common.Address // nil creates a contract
	Data           []byte
	Value          *big.Int
	GasLimit       uint64 // 0: estimated
	// Batch marks the request as batchable: requests of the same Kind to the
	// same To are combined by the Batcher registered for Kind.
	Batch *BatchItem

	State     State
	TxID      int64
	Error     string
	TxHash    common.Hash // of the mined attempt, once mined
	Block     uint64
	CreatedAt time.Time
	UpdatedAt time.Time
}

// BatchItem is the batchable form of a request: Args are the Batcher's own
// encoding of the single call.
type BatchItem struct {
	Kind string
	Args []byte
}

// Tx is one transaction on chain: one nonce of one signer, carrying one or
// more requests.
type Tx struct {
	ID        int64
	ChainID   *big.Int
	From      common.Address
	Nonce     uint64
	To        *common.Address
	Data      []byte
	Value     *big.Int
	GasLimit  uint64
	State     State
	Error     string
	MinedHash common.Hash
	Block     uint64
	BlockHash common.Hash
	GasUsed   uint64
	Attempts  []Attempt // oldest first
	UpdatedAt time.Time
}

// Attempt is one signed version of a Tx (fee bumps make more).
type Attempt struct {
	Hash      common.Hash
	Raw       []byte
	GasFeeCap *big.Int
	GasTipCap *big.Int
	CreatedAt time.Time
}

// Latest returns the newest attempt.
func (t *Tx) Latest() Attempt { return t.Attempts[len(t.Attempts)-1] }

// Receipt is what the manager records of a mined transaction.
type Receipt struct {
	Hash      common.Hash
	Block     uint64
	BlockHash common.Hash
	GasUsed   uint64
}

// ErrNotFound is returned for an unknown idempotency key.
var ErrNotFound = errors.New("txmgr: no request with that idempotency key")

// ErrConflict is returned when an idempotency key is reused for another
// write.
var ErrConflict = errors.New("txmgr: idempotency key already used for a different request")

// Store persists the manager's state. Methods that change several rows do
// so in one database transaction.
type Store interface {
	// Submit inserts r unless a request with its key exists, and returns the
	// stored request and whether it was inserted.
	Submit(ctx context.Context, r Request) (Request, bool, error)
	// Request returns the request with key, or ErrNotFound.
	Request(ctx context.Context, key string) (Request, error)
	// Unstarted returns up to limit unstarted requests of the signer, oldest
	// first.
	Unstarted(ctx context.Context, chainID *big.Int, from common.Address, limit int) ([]Request, error)
	// OpenTxs returns the signer's in-progress, broadcast and confirmed
	// transactions with their attempts, by nonce.
	OpenTxs(ctx context.Context, chainID *big.Int, from common.Address) ([]Tx, error)
	// SyncNonce raises the signer's next nonce to at least chainNonce and
	// returns it.
	SyncNonce(ctx context.Context, chainID *big.Int, from common.Address, chainNonce uint64) (uint64, error)
	// CreateTx takes the signer's next nonce, calls sign with it, stores the
	// transaction and its first attempt, and moves requests to in_progress,
	// all in one database transaction: a crash leaves all or nothing.
	CreateTx(ctx context.Context, chainID *big.Int, from common.Address, requestIDs []int64,
		sign func(nonce uint64) (Tx, Attempt, error)) (Tx, error)
	// AddAttempt stores a new signed attempt of tx.
	AddAttempt(ctx context.Context, txID int64, a Attempt) error
	// SetTxState moves tx and its requests to state, recording the receipt
	// (nil clears it) and the error text.
	SetTxState(ctx context.Context, txID int64, state State, r *Receipt, errText string) error
	// FailRequests marks unstarted requests failed with reason.
	FailRequests(ctx context.Context, ids []int64, reason string) error
}

// Submit validates r and stores it; the same key returns the stored request
// and stores nothing new. A key reused with a different target or payload is
// ErrConflict.
func Submit(ctx context.Context, store Store, r Request) (Request, error) {
	if r.IdempotencyKey == "" {
		return Request{}, errors.New("txmgr: a request needs an idempotency key")
	}
	if r.ChainID == nil || r.ChainID.Sign() <= 0 {
		return Request{}, errors.New("txmgr: a request needs a chain id")
	}
	if r.Value == nil {
		r.Value = new(big.Int)
	}
	if r.Value.Sign() < 0 {
		return Request{}, errors.New("txmgr: negative value")
	}
	stored, inserted, err := store.Submit(ctx, r)
	if err != nil {
		return Request{}, err
	}
	if !inserted && !sameWrite(stored, r) {
		return Request{}, fmt.Errorf("%w: %s", ErrConflict, r.IdempotencyKey)
	}
	return stored, nil
}

func sameWrite(a, b Request) bool {
	sameTo := (a.To == nil) == (b.To == nil) && (a.To == nil || *a.To == *b.To)
	return sameTo && a.From == b.From && a.ChainID.Cmp(b.ChainID) == 0 &&
		string(a.Data) == string(b.Data) && a.Value.Cmp(b.Value) == 0
}

// Wait polls until the request with key reaches a Done state or ctx ends.
func Wait(ctx context.Context, store Store, key string, every time.Duration) (Request, error) {
	if every <= 0 {
		every = 50 * time.Millisecond
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		r, err := store.Request(ctx, key)
		if err != nil {
			return Request{}, err
		}
		if r.State.Done() {
			return r, nil
		}
		select {
		case <-ctx.Done():
			return r, ctx.Err()
		case <-t.C:
		}
	}
}

// Subscribe sends the request with key on the returned channel every time
// its state changes, starting with its current state, until it is Done or
// ctx ends; then the channel is closed. Any replica sees the same changes,
// since they are read from the store.
func Subscribe(ctx context.Context, store Store, key string, every time.Duration) <-chan Request {
	if every <= 0 {
		every = 50 * time.Millisecond
	}
	ch := make(chan Request)
	go func() {
		defer close(ch)
		t := time.NewTicker(every)
		defer t.Stop()
		var last State
		for {
			r, err := store.Request(ctx, key)
			if err == nil && r.State != last {
				last = r.State
				select {
				case ch <- r:
				case <-ctx.Done():
					return
				}
				if r.State.Done() {
					return
				}
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
	return ch
}
