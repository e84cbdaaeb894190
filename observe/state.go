package observe

import (
	"context"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
)

// NonceReader is what the state collector needs from the node.
type NonceReader interface {
	NonceAt(ctx context.Context, account common.Address, block *big.Int) (uint64, error)
	BlockNumber(ctx context.Context) (uint64, error)
}

// PlatformState is the state every replica shares in the database, as one
// scrape reads it.
type PlatformState struct {
	Requests     map[string]int64 // transaction manager requests by state
	Transactions map[string]int64 // transactions (one per nonce) by state
	// IndexedBlock is the indexer's cursor; Indexed is false before the
	// first batch.
	IndexedBlock uint64
	Indexed      bool
	NextNonces   map[common.Address]uint64 // per signer
	// PushAge is the time since each asset's last confirmed feed push.
	PushAge map[string]time.Duration
}

// StateReader reads the shared state (postgres.StateStore).
type StateReader interface {
	PlatformState(ctx context.Context, chainID *big.Int) (PlatformState, error)
}

// StateCollectorConfig configures NewStateCollector.
type StateCollectorConfig struct {
	State   StateReader
	Client  NonceReader
	ChainID *big.Int
	Timeout time.Duration // per scrape; default 5s
	Logger  *slog.Logger
}

// StateCollector reads, at each scrape, the state every replica shares in
// PostgreSQL and on the node: transaction manager requests by state and
// nonce lag per signer, the indexer's lag behind the head, the age of each
// feed's last confirmed push. Reading at scrape time makes the series right
// on every replica, leader or standby.
type StateCollector struct {
	cfg      StateCollectorConfig
	requests *prometheus.Desc
	txs      *prometheus.Desc
	nonceLag *prometheus.Desc
	headLag  *prometheus.Desc
	head     *prometheus.Desc
	pushAge  *prometheus.Desc
	up       *prometheus.Desc
}

// NewStateCollector returns the collector; register it on the registry
// served at /metrics.
func NewStateCollector(cfg StateCollectorConfig) *StateCollector {
	if cfg.Timeout == 0 {
		cfg.Timeout = 5 * time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return &StateCollector{
		cfg: cfg,
		requests: prometheus.NewDesc("tessera_txmgr_requests", "Transaction manager requests by state.",
			[]string{"state"}, nil),
		txs: prometheus.NewDesc("tessera_txmgr_transactions", "Transactions (one per nonce) by state.",
			[]string{"state"}, nil),
		nonceLag: prometheus.NewDesc("tessera_txmgr_nonce_lag", "Nonces the manager has assigned that the node has not mined yet, per signer.",
			[]string{"signer"}, nil),
		headLag: prometheus.NewDesc("tessera_indexer_head_lag_blocks", "Blocks between the node's head and the indexer's cursor.",
			nil, nil),
		head: prometheus.NewDesc("tessera_chain_head_block", "The node's latest block number.", nil, nil),
		pushAge: prometheus.NewDesc("tessera_oracle_push_age_seconds", "Seconds since each feed's last confirmed push.",
			[]string{"asset"}, nil),
		up: prometheus.NewDesc("tessera_state_scrape_ok", "1 when the last scrape of the shared state read everything.",
			nil, nil),
	}
}

// Describe implements prometheus.Collector.
func (c *StateCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{c.requests, c.txs, c.nonceLag, c.headLag, c.head, c.pushAge, c.up} {
		ch <- d
	}
}

// Collect implements prometheus.Collector.
func (c *StateCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), c.cfg.Timeout)
	defer cancel()
	ok := 1.0
	fail := func(what string, err error) {
		ok = 0
		c.cfg.Logger.Warn("metrics: cannot read state", "what", what, "err", err)
	}
	st, err := c.cfg.State.PlatformState(ctx, c.cfg.ChainID)
	if err != nil {
		fail("database", err)
		ch <- prometheus.MustNewConstMetric(c.up, prometheus.GaugeValue, ok)
		return
	}
	for state, n := range st.Requests {
		ch <- prometheus.MustNewConstMetric(c.requests, prometheus.GaugeValue, float64(n), state)
	}
	for state, n := range st.Transactions {
		ch <- prometheus.MustNewConstMetric(c.txs, prometheus.GaugeValue, float64(n), state)
	}
	head, err := c.cfg.Client.BlockNumber(ctx)
	if err != nil {
		fail("head", err)
	} else {
		ch <- prometheus.MustNewConstMetric(c.head, prometheus.GaugeValue, float64(head))
		if st.Indexed {
			ch <- prometheus.MustNewConstMetric(c.headLag, prometheus.GaugeValue, float64(int64(head)-int64(st.IndexedBlock)))
		}
	}
	for addr, next := range st.NextNonces {
		mined, err := c.cfg.Client.NonceAt(ctx, addr, nil)
		if err != nil {
			fail("nonce", err)
			continue
		}
		lag := float64(0)
		if next > mined {
			lag = float64(next - mined)
		}
		ch <- prometheus.MustNewConstMetric(c.nonceLag, prometheus.GaugeValue, lag, addr.Hex())
	}
	for asset, age := range st.PushAge {
		ch <- prometheus.MustNewConstMetric(c.pushAge, prometheus.GaugeValue, age.Seconds(), asset)
	}
	ch <- prometheus.MustNewConstMetric(c.up, prometheus.GaugeValue, ok)
}
