package observe

import (
	"context"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
)

// NonceReader is what the state collector needs from the node.
type NonceReader interface {
	NonceAt(ctx context.Context, account common.Address, block *big.Int) (uint64, error)
	BlockNumber(ctx context.Context) (uint64, error)
}

// StateCollectorConfig configures NewStateCollector.
type StateCollectorConfig struct {
	Pool    *pgxpool.Pool
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
	chainID := c.cfg.ChainID.String()
	for _, q := range []struct {
		desc *prometheus.Desc
		sql  string
	}{
		{c.requests, "SELECT state, count(*) FROM tx_requests WHERE chain_id = $1::numeric GROUP BY state"},
		{c.txs, "SELECT state, count(*) FROM chain_txs WHERE chain_id = $1::numeric GROUP BY state"},
	} {
		rows, err := c.cfg.Pool.Query(ctx, q.sql, chainID)
		if err != nil {
			fail("txmgr", err)
			continue
		}
		for rows.Next() {
			var state string
			var n int64
			if err := rows.Scan(&state, &n); err == nil {
				ch <- prometheus.MustNewConstMetric(q.desc, prometheus.GaugeValue, float64(n), state)
			}
		}
		rows.Close()
	}

	head, err := c.cfg.Client.BlockNumber(ctx)
	if err != nil {
		fail("head", err)
	} else {
		ch <- prometheus.MustNewConstMetric(c.head, prometheus.GaugeValue, float64(head))
		var cursor int64
		err := c.cfg.Pool.QueryRow(ctx, "SELECT block_number FROM indexer_cursors WHERE chain_id = $1", c.cfg.ChainID.Int64()).Scan(&cursor)
		if err == nil {
			ch <- prometheus.MustNewConstMetric(c.headLag, prometheus.GaugeValue, float64(int64(head)-cursor))
		}
	}

	rows, err := c.cfg.Pool.Query(ctx, "SELECT address, next_nonce FROM tx_signers WHERE chain_id = $1::numeric", chainID)
	if err != nil {
		fail("signers", err)
	} else {
		type signer struct {
			addr common.Address
			next uint64
		}
		var signers []signer
		for rows.Next() {
			var addr []byte
			var next int64
			if err := rows.Scan(&addr, &next); err == nil {
				signers = append(signers, signer{common.BytesToAddress(addr), uint64(next)})
			}
		}
		rows.Close()
		for _, s := range signers {
			mined, err := c.cfg.Client.NonceAt(ctx, s.addr, nil)
			if err != nil {
				fail("nonce", err)
				continue
			}
			lag := float64(0)
			if s.next > mined {
				lag = float64(s.next - mined)
			}
			ch <- prometheus.MustNewConstMetric(c.nonceLag, prometheus.GaugeValue, lag, s.addr.Hex())
		}
	}

	rows, err = c.cfg.Pool.Query(ctx, `SELECT asset, extract(epoch FROM now() - max(updated_at))::float8
		FROM oracle_pushes WHERE chain_id = $1::numeric AND state = 'confirmed' GROUP BY asset`, chainID)
	if err != nil {
		fail("pushes", err)
	} else {
		for rows.Next() {
			var asset string
			var age float64
			if err := rows.Scan(&asset, &age); err == nil {
				ch <- prometheus.MustNewConstMetric(c.pushAge, prometheus.GaugeValue, age, asset)
			}
		}
		rows.Close()
	}
	ch <- prometheus.MustNewConstMetric(c.up, prometheus.GaugeValue, ok)
}
