// Package indexer follows the contracts Tessera deployed and writes their
// events to the store in order, one batch per step, surviving
// reorganizations and restarts; the records it writes are chain's.
package indexer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/internal/lead"
)

// Client is what the indexer needs from a node; *ethclient.Client
// has it.
type Client interface {
	ChainID(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// DeploymentLister lists the contracts recorded on a chain; DeploymentStore
// has it.
type DeploymentLister interface {
	Deployments(ctx context.Context, chainID *big.Int) ([]chain.Deployment, error)
}

// LockName is the leader lock of the indexer of chainID: one indexer per
// chain leads across replicas. The name is part of the upgrade contract
// (the lock key derives from it), so it never changes.
func LockName(chainID *big.Int) string { return "indexer/" + chainID.String() }

// Config configures an Indexer. Zero durations and numbers take the
// defaults documented on each field.
type Config struct {
	Client      Client
	Store       chain.IndexStore
	Deployments DeploymentLister
	ChainID     *big.Int
	Decoders    Decoders // nil: DefaultDecoders()
	Logger      *slog.Logger
	// Locker, when set, makes Start's loop index only while it leads the
	// chain (LockName). Without it a second indexer is still refused by the
	// cursor check, but both keep reading the node.
	Locker lead.Locker
	// OnReorg, when set, is called with the depth of each reorganization
	// rolled back (metrics).
	OnReorg func(depth uint64)
	// OnUndecodable, when set, is called with each undecodable log once the
	// batch recording it is stored (metrics).
	OnUndecodable func(chain.UndecodableLog)

	PollInterval time.Duration // 1s between looks at the head once caught up
	// FinalityDepth is how far below the head a block counts as final when
	// the node offers no finality tag (or FinalityTag is "none"). 64.
	FinalityDepth uint64
	// FinalityTag is the node's block tag read as the finalized block:
	// "finalized" (default), "safe", or "none" to use FinalityDepth only.
	FinalityTag string
	// InitialRange is the first eth_getLogs range in blocks (16). Ranges
	// double after a quick answer with few logs and halve after an error, a
	// timeout or more than MaxLogs logs, between 1 and MaxRange (5,000).
	InitialRange uint64
	MaxRange     uint64
	MaxLogs      int           // 10,000 logs per range before it shrinks
	Timeout      time.Duration // 30s per node request
	// Prefetch is how many ranges are read ahead of the database while
	// catching up (2): reading the node and writing PostgreSQL overlap.
	Prefetch          int
	HeaderConcurrency int           // 8 header requests at once
	ProgressInterval  time.Duration // 5s between progress lines
}

// Check fills defaults and validates c.
func (c *Config) Check() error {
	switch {
	case c.Client == nil, c.Store == nil, c.Deployments == nil:
		return errors.New("indexer: Client, Store and Deployments are required")
	case c.ChainID == nil || c.ChainID.Sign() <= 0 || !c.ChainID.IsInt64():
		return errors.New("indexer: ChainID is required (and must fit 63 bits)")
	}
	switch c.FinalityTag {
	case "":
		c.FinalityTag = "finalized"
	case "finalized", "safe", "none":
	default:
		return fmt.Errorf("indexer: FinalityTag %q is not finalized, safe or none", c.FinalityTag)
	}
	if c.Decoders == nil {
		c.Decoders = DefaultDecoders()
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	indexerDefault(&c.PollInterval, time.Second)
	indexerDefault(&c.FinalityDepth, 64)
	indexerDefault(&c.InitialRange, 16)
	indexerDefault(&c.MaxRange, 5000)
	indexerDefault(&c.MaxLogs, 10_000)
	indexerDefault(&c.Timeout, 30*time.Second)
	indexerDefault(&c.Prefetch, 2)
	indexerDefault(&c.HeaderConcurrency, 8)
	indexerDefault(&c.ProgressInterval, 5*time.Second)
	c.InitialRange = min(c.InitialRange, c.MaxRange)
	return nil
}

func indexerDefault[T comparable](v *T, def T) {
	var zero T
	if *v == zero {
		*v = def
	}
}

// Indexer follows a chain's logs for every contract recorded in
// chain_deployments and stores their decoded events. It reads eth_getLogs
// in adaptive block ranges, stores every block above the finalized one with
// its parent hash, and on a parent-hash mismatch walks back to the common
// ancestor and rolls back above it in one SQL transaction before reading on.
//
// A log it cannot decode (a followed contract emitting one of Tessera's
// event ids with other topics or data) never stops it: the log is stored
// as an UndecodableLog with the reason, in the same transaction as the
// block's other events and rolled back with them, logged as a warning and
// counted through OnUndecodable; the rest of the block and the blocks after
// it are indexed as usual.
//
// Run it with Start and Stop, or drive it step by step with SyncOnce. One
// indexer per chain may write at a time (elect it with an advisory lock); a
// second one is refused by the cursor check rather than corrupting data.
type Indexer struct {
	cfg Config
	log *slog.Logger

	// mu serializes steps; the fields below it belong to the step holding it.
	mu       sync.Mutex
	span     uint64
	tagKnown bool // the node answered the finality tag at least once
	progress progress

	waitMu   sync.Mutex
	indexed  uint64
	hasBlock bool
	advanced chan struct{} // closed and replaced when the cursor changes

	runMu sync.Mutex
	loop  *lead.Loop
}

// New returns an indexer for cfg.
func New(cfg Config) (*Indexer, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	log := cfg.Logger.With("component", "indexer", "chain", cfg.ChainID)
	return &Indexer{
		cfg:      cfg,
		log:      log,
		span:     cfg.InitialRange,
		progress: progress{log: log, every: cfg.ProgressInterval},
		advanced: make(chan struct{}),
	}, nil
}

// Start checks that the node serves the configured chain and starts
// following it in the background until Stop: with a Locker, only while
// this process leads the chain's indexing.
func (i *Indexer) Start(ctx context.Context) error {
	i.runMu.Lock()
	defer i.runMu.Unlock()
	if i.loop != nil {
		return errors.New("indexer: already started")
	}
	id, err := i.cfg.Client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("indexer: read chain id: %w", err)
	}
	if id.Cmp(i.cfg.ChainID) != 0 {
		return fmt.Errorf("indexer: node serves chain %s, configured for %s", id, i.cfg.ChainID)
	}
	loop := &lead.Loop{Name: LockName(i.cfg.ChainID), Locker: i.cfg.Locker, Log: i.log, Lead: func(ctx context.Context) {
		i.log.Info("indexer leads the chain")
		i.follow(ctx)
	}}
	if err := loop.Start(ctx); err != nil {
		return err
	}
	i.loop = loop
	i.log.Info("indexer started")
	return nil
}

// Stop ends the background loop started by Start and waits for it, or for
// ctx. A step interrupted mid-way leaves nothing behind: each batch is one
// transaction.
func (i *Indexer) Stop(ctx context.Context) error {
	i.runMu.Lock()
	loop := i.loop
	i.loop = nil
	i.runMu.Unlock()
	if loop == nil {
		return nil
	}
	if err := loop.Stop(ctx); err != nil {
		return fmt.Errorf("indexer: stop: %w", err)
	}
	i.log.Info("indexer stopped")
	return nil
}

// follow steps until ctx ends (Stop, or the leadership lost).
func (i *Indexer) follow(ctx context.Context) {
	var backoff time.Duration
	for {
		st, err := i.step(ctx, true)
		var wait time.Duration
		switch {
		case ctx.Err() != nil:
			return
		case errors.Is(err, errChainMoved), errors.Is(err, chain.ErrIndexCursorMoved), errors.Is(err, chain.ErrIndexBlockMismatch):
			// The chain changed under a step; the next step sorts it out.
			i.log.Debug("indexer step raced the chain", "err", err)
			wait = min(i.cfg.PollInterval, 100*time.Millisecond)
		case err != nil:
			backoff = min(max(2*backoff, i.cfg.PollInterval), 30*time.Second)
			i.log.Warn("indexer step failed", "err", err, "retry_in", backoff)
			wait = backoff
		case st.CaughtUp:
			backoff = 0
			wait = i.cfg.PollInterval
		default:
			backoff = 0
		}
		if wait > 0 {
			select {
			case <-ctx.Done():
				return
			case <-time.After(wait):
			}
		}
	}
}

// WaitFor blocks until the indexer has stored block (or a later one), or ctx
// ends. It observes steps made by Start's loop and by SyncOnce alike.
func (i *Indexer) WaitFor(ctx context.Context, block uint64) error {
	for {
		i.waitMu.Lock()
		ok, ch := i.hasBlock && i.indexed >= block, i.advanced
		i.waitMu.Unlock()
		if ok {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// noteCursor publishes the stored cursor to WaitFor.
func (i *Indexer) noteCursor(block uint64) {
	i.waitMu.Lock()
	defer i.waitMu.Unlock()
	if i.hasBlock && i.indexed == block {
		return
	}
	i.indexed, i.hasBlock = block, true
	close(i.advanced)
	i.advanced = make(chan struct{})
}
