package main

import (
	"log/slog"
	"math/big"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/tessera-rwa/tessera/observe"
)

// registerPlatformMetrics puts on reg what `tessera dev` and `tessera
// serve` both expose besides each component's own series: the Go runtime,
// the shared state read at scrape time (transaction manager states and
// nonce lag, indexer head lag, feed push age) and the indexer's
// reorganizations, counted through the returned hook.
func registerPlatformMetrics(reg *prometheus.Registry, pool *pgxpool.Pool, client observe.NonceReader, chainID *big.Int, log *slog.Logger) (onReorg func(depth uint64)) {
	reorgs := prometheus.NewCounter(prometheus.CounterOpts{Name: "tessera_indexer_reorgs_total",
		Help: "Chain reorganizations the indexer rolled back."})
	depth := prometheus.NewHistogram(prometheus.HistogramOpts{Name: "tessera_indexer_reorg_depth_blocks",
		Help: "Depth of each reorganization rolled back.", Buckets: []float64{1, 2, 4, 8, 16, 32, 64, 128}})
	reg.MustRegister(
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		observe.NewStateCollector(observe.StateCollectorConfig{Pool: pool, Client: client, ChainID: chainID, Logger: log}),
		reorgs, depth,
	)
	return func(d uint64) {
		reorgs.Inc()
		depth.Observe(float64(d))
	}
}
