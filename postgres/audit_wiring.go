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

// NewAuditExports is the audit's exports of the records in pool.
func NewAuditExports(pool *pgxpool.Pool) *audit.Exports {
	records := &AuditRecords{Pool: pool}
	return &audit.Exports{Records: records, Exporter: records, Index: &IndexStore{Pool: pool}}
}
