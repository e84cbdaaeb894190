package observe

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/tessera-rwa/tessera/chain"
)

// IndexerMetrics counts what the indexer meets on its way: reorganizations
// it rolled back and logs it could not decode. Its methods are the
// indexer's hooks (indexer.Config's OnReorg and OnUndecodable).
type IndexerMetrics struct {
	reorgs      prometheus.Counter
	depth       prometheus.Histogram
	undecodable *prometheus.CounterVec
}

// NewIndexerMetrics registers the indexer's series on reg; like
// MustRegister it panics if they are registered already.
func NewIndexerMetrics(reg prometheus.Registerer) *IndexerMetrics {
	m := &IndexerMetrics{
		reorgs: prometheus.NewCounter(prometheus.CounterOpts{Name: "tessera_indexer_reorgs_total",
			Help: "Chain reorganizations the indexer rolled back."}),
		depth: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "tessera_indexer_reorg_depth_blocks",
			Help: "Depth of each reorganization rolled back.", Buckets: []float64{1, 2, 4, 8, 16, 32, 64, 128}}),
		// Labelled by followed contract: bounded by the deployments, and
		// the address is what an operator must look at.
		undecodable: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "tessera_indexer_undecodable_logs_total",
			Help: "Logs of followed contracts the indexer could not decode, recorded in indexer_undecodable_logs and skipped."},
			[]string{"contract", "address"}),
	}
	reg.MustRegister(m.reorgs, m.depth, m.undecodable)
	return m
}

// Reorg counts a reorganization of depth blocks.
func (m *IndexerMetrics) Reorg(depth uint64) {
	m.reorgs.Inc()
	m.depth.Observe(float64(depth))
}

// Undecodable counts an undecodable log.
func (m *IndexerMetrics) Undecodable(l chain.UndecodableLog) {
	m.undecodable.WithLabelValues(l.Contract, l.Address.Hex()).Inc()
}
