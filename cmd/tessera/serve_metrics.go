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
// reorganizations and undecodable logs, counted through the returned
// metrics' hooks.
func registerPlatformMetrics(reg *prometheus.Registry, pool *pgxpool.Pool, client observe.NonceReader, chainID *big.Int, log *slog.Logger) *observe.IndexerMetrics {
	reg.MustRegister(
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		observe.NewStateCollector(observe.StateCollectorConfig{Pool: pool, Client: client, ChainID: chainID, Logger: log}),
	)
	return observe.NewIndexerMetrics(reg)
}
