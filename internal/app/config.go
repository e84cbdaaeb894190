package app

import (
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/observe"
	"github.com/tessera-rwa/tessera/oracle"
	"github.com/tessera-rwa/tessera/seal"
	"github.com/tessera-rwa/tessera/web"
)

// Config is everything the platform runs with. `tessera serve` builds it
// from flags and environment, `tessera dev` from its dev chain and private
// cluster, and apptest from the test suite's anvil and PostgreSQL. Each
// part's configuration checks itself.
type Config struct {
	Logger *slog.Logger // default: discard
	// Now is the platform's clock: every part that reads the time (KYC
	// expiry, challenges, request signatures, key expiry, valuations,
	// audits) reads it here. Nil: time.Now. Tests move it to see later.
	Now func() time.Time

	Database Database
	Chain    Chain
	// Signer signs the platform's transactions. Nil: a replica that reads
	// and indexes but sends nothing (no transaction manager, relay,
	// issuance, compliance or web UI).
	Signer txmgr.Signer
	// MasterKey (32 bytes) seals API key secrets and stored idempotent
	// responses (package seal says where it comes from).
	MasterKey []byte

	Workers    Workers
	TxMgr      TxMgr
	Indexer    Indexer
	Issuance   Issuance
	Compliance Compliance
	Dealing    Dealing
	Oracle     Oracle
	HTTP       HTTP
	Tracing    observe.TracingConfig // zero: no tracing
}

// Database is the PostgreSQL the platform keeps its records in.
type Database struct {
	URL string
	// Migrate applies pending migrations at start; otherwise a schema that
	// is not the one this binary was built for is refused.
	Migrate bool
	// LeaderRetry is how often a standby replica tries for a leader lock
	// (0: the default of postgres.Leader).
	LeaderRetry time.Duration
	// Tracer, when set, sees every statement the platform's pool sends
	// (benchmarks count a read's statements with pgtest.Statements).
	Tracer pgx.QueryTracer
}

// Check reports what is wrong with d.
func (d *Database) Check() error {
	if d.URL == "" {
		return errors.New("database: URL is required")
	}
	if d.LeaderRetry < 0 {
		return errors.New("database: LeaderRetry must not be negative")
	}
	return nil
}

// Chain is the node the platform reads and writes through.
type Chain struct {
	RPCURL string
	// ChainID, when not 0, is the chain the node must be on. Either way
	// the node's chain must have deployment records.
	ChainID uint64
}

// Check reports what is wrong with c.
func (c *Chain) Check() error {
	if c.RPCURL == "" {
		return errors.New("chain: RPCURL is required")
	}
	return nil
}

// Workers are the leader-elected loops this replica takes part in. Each
// runs in the one replica holding its lock.
type Workers struct {
	TxMgr      bool // sends and confirms the platform's transactions
	Indexer    bool // follows the deployed contracts into PostgreSQL
	Relay      bool // pushes valuations to the feeds
	Compliance bool // KYC and category expiry sweeps and registry reconciliation
	Dealing    bool // closes dealing days, prices and fulfils their books
}

// Any reports whether any worker is on.
func (w Workers) Any() bool { return w.TxMgr || w.Indexer || w.Relay || w.Compliance || w.Dealing }

// TxMgr tunes the transaction manager.
type TxMgr struct {
	Confirmations uint64        // blocks on top of a receipt; 0: the manager's default
	PollInterval  time.Duration // 0: the manager's default
}

// Check reports what is wrong with t.
func (t *TxMgr) Check() error {
	if t.PollInterval < 0 {
		return errors.New("txmgr: PollInterval must not be negative")
	}
	return nil
}

// Indexer tunes the indexer; zero values take its defaults.
type Indexer struct {
	PollInterval time.Duration // between looks at the head once caught up
	// FinalityTag ("finalized", "safe" or "none") and FinalityDepth: how
	// the indexer tells final blocks (indexer.Config).
	FinalityTag   string
	FinalityDepth uint64
}

// Issuance tunes the issuance service.
type Issuance struct {
	MaxDocumentBytes int // 0: the service's default
}

// Dealing tunes the dealing worker.
type Dealing struct {
	Every time.Duration // between passes of the dealing-day job; default 30s
	// AutoApproveMax caps the calendars' auto-approval thresholds, in
	// units of each payment token; nil: every book needs a second
	// principal.
	AutoApproveMax *big.Rat
}

// Check reports what is wrong with d.
func (d *Dealing) Check() error {
	if d.Every < 0 {
		return errors.New("dealing: Every must not be negative")
	}
	if d.AutoApproveMax != nil && d.AutoApproveMax.Sign() <= 0 {
		return errors.New("dealing: AutoApproveMax must be positive, or nil for no auto-approval")
	}
	return nil
}

// Compliance tunes the compliance worker.
type Compliance struct {
	Every time.Duration // between sweeps; default 1h
}

// Check fills defaults and reports what is wrong with c.
func (c *Compliance) Check() error {
	if c.Every < 0 {
		return errors.New("compliance: Every must not be negative")
	}
	if c.Every == 0 {
		c.Every = time.Hour
	}
	return nil
}

// Oracle is how every feed on record is valued: Policies.Default, with
// overrides per asset symbol. Zero: pushed on a 0.5% move or daily, from
// sources fresh within the hour, the relay keeping each answer within the
// feed's own bounds.
type Oracle struct {
	Policies oracle.PolicyConfig
}

// Check fills the default policy when none is given.
func (o *Oracle) Check() error {
	if o.Policies.Default == (oracle.FeedPolicy{}) {
		o.Policies.Default = oracle.FeedPolicy{
			Aggregation: oracle.AggregationConfig{MaxAge: time.Hour, MinSources: 1, OutlierPPB: 100_000_000},
			Policy:      oracle.Policy{DeviationPPB: 5_000_000, Heartbeat: 24 * time.Hour},
		}
	}
	return nil
}

// HTTP is the API, web UI and operations listeners.
type HTTP struct {
	Addr    string // API and web UI; "127.0.0.1:0" picks a free port
	OpsAddr string // /metrics, /ea and probes; empty: none
	// Listener, when set, serves the API and web UI in place of binding
	// Addr (which must then be its address): bound before New, so the
	// PublicURL naming it cannot lose its port to another process.
	Listener net.Listener
	// PublicURL is the origin browsers reach the web UI at (sign-in
	// messages name it, forms must come from it). Required with a signer.
	PublicURL    string
	AllowedHosts []string // empty: any Host
	// IdempotencyLock and AuthWindow: 0 takes web's defaults.
	IdempotencyLock time.Duration
	AuthWindow      time.Duration
	// RateLimit bounds the API's requests per key and per client IP; zero
	// values take web's defaults, a negative PerKey or PerIP turns that
	// limit off (a load benchmark must not be refused).
	RateLimit web.RateLimit
}

// Check reports what is wrong with h.
func (h *HTTP) Check() error {
	if h.Addr == "" {
		return errors.New("http: Addr is required")
	}
	if h.IdempotencyLock < 0 || h.AuthWindow < 0 {
		return errors.New("http: IdempotencyLock and AuthWindow must not be negative")
	}
	if h.RateLimit.Window < 0 {
		return errors.New("http: RateLimit.Window must not be negative")
	}
	return nil
}

// Check fills defaults and reports everything wrong with c at once.
func (c *Config) Check() error {
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	problems := []error{c.Database.Check(), c.Chain.Check(), c.TxMgr.Check(), c.Compliance.Check(), c.Dealing.Check(),
		c.Oracle.Check(), c.HTTP.Check()}
	if len(c.MasterKey) != seal.KeySize {
		problems = append(problems, fmt.Errorf("master key: must be %d bytes, got %d", seal.KeySize, len(c.MasterKey)))
	}
	if c.Signer == nil && (c.Workers.TxMgr || c.Workers.Relay || c.Workers.Dealing) {
		problems = append(problems, errors.New("signer: the txmgr, relay and dealing workers need one"))
	}
	if c.Signer != nil && c.HTTP.PublicURL == "" {
		problems = append(problems, errors.New("http: PublicURL is required for the web UI"))
	}
	return errors.Join(problems...)
}
