package postgres

import (
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/audit"
)

// NewAuditVerifier is the audit verifier reading the chain through chain
// and every record it compares with from pool; the caller adds
// checkpoints, progress and tuning.
func NewAuditVerifier(chain audit.Backend, pool *pgxpool.Pool) *audit.Verifier {
	records := &AuditRecords{Pool: pool}
	return &audit.Verifier{Chain: chain, Records: records, Index: &IndexStore{Pool: pool}, Oracle: records,
		Mints: records, Documents: records, Interventions: records, ComplianceLog: records,
		Deployments: &Deployments{Pool: pool}}
}

// NewAuditExports is the audit's exports of the records in pool. At most
// exportStreams(pool) whole exports run at once; the others wait their turn.
func NewAuditExports(pool *pgxpool.Pool) *audit.Exports {
	records := &AuditRecords{Pool: pool, streams: make(chan struct{}, exportStreams(pool))}
	return &audit.Exports{Records: records, Exporter: records, Index: &IndexStore{Pool: pool}}
}

// exportStreams is how many whole exports may hold one of pool's
// connections at once: a quarter of the pool, at least one, so that slow
// downloads leave the API three connections of four.
func exportStreams(pool *pgxpool.Pool) int { return max(1, int(pool.Config().MaxConns)/4) }
