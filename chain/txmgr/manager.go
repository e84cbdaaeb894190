package txmgr

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/tessera-rwa/tessera/internal/lead"
)

// Client is what the manager needs from a node.
type Client interface {
	NonceAt(ctx context.Context, account common.Address, block *big.Int) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
}

// Batcher combines batchable requests of one kind to one contract into the
// calldata of a single transaction.
type Batcher interface {
	Pack(items [][]byte) ([]byte, error)
}

// LockName is the leader lock of the manager signing as from on chainID:
// one manager per signer leads across replicas. The name is part of the
// upgrade contract (the lock key derives from it), so it never changes.
func LockName(chainID *big.Int, from common.Address) string {
	return "txmgr/" + chainID.String() + "/" + from.Hex()
}

// Sender is the transaction manager as the domains use it: it queues the
// chain writes of one signer under idempotency keys and reports how they
// end. *Manager is one.
type Sender interface {
	Submit(ctx context.Context, r Request) (Request, error)
	Wait(ctx context.Context, key string) (Request, error)
	SubmitAndWait(ctx context.Context, r Request) (*types.Receipt, error)
	Outcome(ctx context.Context, key string) (*types.Receipt, error)
	From() common.Address
}

var _ Sender = (*Manager)(nil)

// Lookup reads a queued write by its idempotency key, on any replica,
// signer or not (postgres.TxStore).
type Lookup interface {
	// Request returns the request with key, or ErrNotFound.
	Request(ctx context.Context, key string) (Request, error)
}

// Config configures a Manager. Zero durations and numbers take the defaults
// documented on each field.
type Config struct {
	Client  Client
	Store   Store
	Locker  lead.Locker // elects one manager per signer (LockName)
	Signer  Signer
	ChainID *big.Int
	Decoder *Decoder // decodes reverts; nil decodes only require/panic
	Logger  *slog.Logger
	// Batchers by BatchItem.Kind.
	Batchers map[string]Batcher

	PollInterval      time.Duration // 200ms
	ConfirmationDepth uint64        // 1: mined is confirmed
	FinalityDepth     uint64        // 64: used when the node has no "finalized" tag
	MaxInFlight       int           // 16 unconfirmed transactions per signer
	BumpAfter         time.Duration // 30s without a receipt before a fee bump
	BumpPercent       int64         // 20 (at least 10)
	MaxFeeCap         *big.Int      // 1000 gwei
	GasMargin         int64         // 25 percent added to eth_estimateGas results
	BatchGasMargin    int64         // 10 percent added to one-shot batch estimates (see BatchGasEstimator)
	MaxBatch          int           // 100 requests per transaction
	BatchGasBudget    uint64        // 15,000,000: the gas limit of one batch transaction
	BatchWindow       time.Duration // 100ms to gather a batch
}

// Check fills defaults and validates c.
func (c *Config) Check() error {
	switch {
	case c.Client == nil, c.Store == nil, c.Locker == nil, c.Signer == nil:
		return errors.New("txmgr: Client, Store, Locker and Signer are required")
	case c.ChainID == nil || c.ChainID.Sign() <= 0:
		return errors.New("txmgr: ChainID is required")
	}
	if c.Decoder == nil {
		c.Decoder = NewDecoder()
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	setDefault(&c.PollInterval, 200*time.Millisecond)
	setDefault(&c.ConfirmationDepth, 1)
	setDefault(&c.FinalityDepth, 64)
	setDefault(&c.MaxInFlight, 16)
	setDefault(&c.BumpAfter, 30*time.Second)
	setDefault(&c.BumpPercent, 20)
	setDefault(&c.GasMargin, 25)
	setDefault(&c.BatchGasMargin, 10)
	setDefault(&c.MaxBatch, 100)
	setDefault(&c.BatchGasBudget, 15_000_000)
	setDefault(&c.BatchWindow, 100*time.Millisecond)
	if c.MaxFeeCap == nil {
		c.MaxFeeCap = big.NewInt(1000e9)
	}
	if c.BumpPercent < 10 {
		return fmt.Errorf("txmgr: BumpPercent %d is below the 10%% nodes require to replace a transaction", c.BumpPercent)
	}
	return nil
}

func setDefault[T comparable](v *T, def T) {
	var zero T
	if *v == zero {
		*v = def
	}
}

// Manager sends the requests of one signer.
type Manager struct {
	cfg  Config
	from common.Address
	log  *slog.Logger
	wake chan struct{}

	mu   sync.Mutex
	loop *lead.Loop
}

// New returns a manager for cfg.Signer.
func New(cfg Config) (*Manager, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	from := cfg.Signer.Address()
	return &Manager{
		cfg:  cfg,
		from: from,
		log:  cfg.Logger.With("component", "txmgr", "signer", from),
		wake: make(chan struct{}, 1),
	}, nil
}

// From is the signer's address.
func (m *Manager) From() common.Address { return m.from }

// Submit stores a request from this manager's signer (see the package-level
// Submit) and wakes the manager.
func (m *Manager) Submit(ctx context.Context, r Request) (Request, error) {
	r.ChainID, r.From = m.cfg.ChainID, m.from
	ctx, span := startSpan(ctx, "txmgr.Submit", r)
	stored, err := Submit(ctx, m.cfg.Store, r)
	endSpan(span, stored, err)
	if err == nil {
		m.Notify()
	}
	return stored, err
}

// Wait waits for the request with key to be Done.
func (m *Manager) Wait(ctx context.Context, key string) (Request, error) {
	return Wait(ctx, m.cfg.Store, key, m.cfg.PollInterval/4)
}

// SubmitAndWait submits r (see Submit) and waits for its outcome (see
// Outcome). Bound ctx: a request the chain never takes waits forever.
func (m *Manager) SubmitAndWait(ctx context.Context, r Request) (*types.Receipt, error) {
	if _, err := m.Submit(ctx, r); err != nil {
		return nil, err
	}
	return m.Outcome(ctx, r.IdempotencyKey)
}

// Outcome waits for the request with key to be Done and returns the receipt
// of the transaction that carried it, or, if it ended Failed, a
// *FailedError with the reason (a decoded revert for a request that would
// revert or did).
func (m *Manager) Outcome(ctx context.Context, key string) (*types.Receipt, error) {
	r, err := m.Wait(ctx, key)
	if err != nil {
		return nil, fmt.Errorf("txmgr: wait for %s: %w", key, err)
	}
	if r.State == Failed {
		return nil, &FailedError{Key: key, Reason: r.Error, TxHash: r.TxHash}
	}
	rec, err := m.cfg.Client.TransactionReceipt(ctx, r.TxHash)
	if err != nil {
		return nil, fmt.Errorf("txmgr: receipt of %s (%s): %w", key, r.TxHash, err)
	}
	return rec, nil
}

// ErrFailed is wrapped by every *FailedError.
var ErrFailed = errors.New("txmgr: request failed")

// FailedError is the outcome of a request that ended Failed.
type FailedError struct {
	Key string
	// Reason is the manager's record of the failure: "would revert: " or
	// "reverted: " and the decoded revert (Name(args…)), or why the
	// transaction could not be built or sent.
	Reason string
	// TxHash is the reverted transaction, zero when none was mined.
	TxHash common.Hash
}

func (e *FailedError) Error() string { return "txmgr: " + e.Key + " failed: " + e.Reason }

// Unwrap makes errors.Is(err, ErrFailed) hold.
func (e *FailedError) Unwrap() error { return ErrFailed }

// Notify wakes the manager to look for work now.
func (m *Manager) Notify() {
	select {
	case m.wake <- struct{}{}:
	default:
	}
}

// Start runs the manager until Stop. It waits for the signer's lock in the
// background, so a standby replica starts too.
func (m *Manager) Start(ctx context.Context) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.loop != nil {
		return errors.New("txmgr: already started")
	}
	m.loop = &lead.Loop{Name: LockName(m.cfg.ChainID, m.from), Locker: m.cfg.Locker, Log: m.log, Lead: m.lead}
	return m.loop.Start(ctx)
}

// Stop ends the manager and waits for it. Work in flight is left as a crash
// would leave it, and picked up by the next leader.
func (m *Manager) Stop(ctx context.Context) error {
	m.mu.Lock()
	loop := m.loop
	m.mu.Unlock()
	if loop == nil {
		return nil
	}
	return loop.Stop(ctx)
}

// lead sends while this manager holds the signer's lock (ctx ends when it
// is lost or on Stop).
func (m *Manager) lead(ctx context.Context) {
	m.log.Info("leading signer")
	if err := m.syncNonce(ctx); err != nil && ctx.Err() == nil {
		m.log.Warn("nonce sync failed", "err", err)
	}
	t := time.NewTicker(m.cfg.PollInterval)
	defer t.Stop()
	for {
		if err := m.step(ctx); err != nil && ctx.Err() == nil {
			m.log.Warn("step failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-m.wake:
		}
	}
}

// syncNonce raises the stored next nonce to the chain's, in case the key
// was used outside Tessera.
func (m *Manager) syncNonce(ctx context.Context) error {
	n, err := m.cfg.Client.NonceAt(ctx, m.from, nil)
	if err != nil {
		return err
	}
	_, err = m.cfg.Store.SyncNonce(ctx, m.cfg.ChainID, m.from, n)
	return err
}

// step advances every open transaction once, then starts new ones while
// there is room.
func (m *Manager) step(ctx context.Context) error {
	txs, err := m.cfg.Store.OpenTxs(ctx, m.cfg.ChainID, m.from)
	if err != nil {
		return err
	}
	head, err := m.cfg.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	finalized := m.finalizedNumber(ctx, head)
	inFlight, maybeSent := 0, false
	for i := range txs {
		tx := &txs[i]
		switch tx.State {
		case InProgress:
			if !m.send(ctx, tx, tx.Latest()) {
				maybeSent = true
			}
			inFlight++
		case Broadcast:
			if err := m.checkBroadcast(ctx, tx, head); err != nil {
				return err
			}
			inFlight++
		case Confirmed:
			if err := m.checkConfirmed(ctx, tx, finalized); err != nil {
				return err
			}
		}
	}
	if maybeSent {
		// A transaction may or may not have reached the node: sign nothing
		// new until the node has it, so nonces stay gapless.
		return nil
	}
	if room := m.cfg.MaxInFlight - inFlight; room > 0 {
		return m.startNew(ctx, room, head)
	}
	return nil
}

func (m *Manager) finalizedNumber(ctx context.Context, head *types.Header) uint64 {
	if h, err := m.cfg.Client.HeaderByNumber(ctx, big.NewInt(-3)); err == nil && h != nil { // rpc.FinalizedBlockNumber
		return h.Number.Uint64()
	}
	if n := head.Number.Uint64(); n > m.cfg.FinalityDepth {
		return n - m.cfg.FinalityDepth
	}
	return 0
}
