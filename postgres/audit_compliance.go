package postgres

import (
	"context"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/tessera-rwa/tessera/audit"
	"github.com/tessera-rwa/tessera/compliance"
)

// The compliance records an audit holds the chain against: the reasons of
// forced transfers and recoveries, and the compliance log's hash chain.

var (
	_ audit.InterventionRecords = (*AuditRecords)(nil)
	_ audit.ComplianceLog       = (*AuditRecords)(nil)
)

// Interventions implements audit.InterventionRecords: the approved forced
// transfers and recoveries of the asset whose transaction was mined, with
// their reasons.
func (s *AuditRecords) Interventions(ctx context.Context, chainID *big.Int, a audit.Asset) ([]audit.Intervention, error) {
	rows, err := s.Pool.Query(ctx, `
		SELECT t.mined_hash, i.kind || ': ' || i.reason
		FROM compliance_interventions i
		JOIN tx_requests q ON q.idempotency_key = i.tx_key
		JOIN chain_txs t ON t.id = q.tx_id
		WHERE i.asset = $1 AND i.kind IN ('forced_transfer', 'recovery') AND i.state = 'approved'
		  AND t.chain_id = $2 AND t.mined_hash IS NOT NULL
		ORDER BY i.id`, strings.ToLower(a.Token.Hex()), chainID.String())
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (audit.Intervention, error) {
		var (
			in   audit.Intervention
			hash []byte
		)
		err := r.Scan(&hash, &in.Reason)
		in.TxHash = common.BytesToHash(hash)
		return in, err
	})
}

// VerifyComplianceLog implements audit.ComplianceLog with the compliance
// module's own walk of the log.
func (s *AuditRecords) VerifyComplianceLog(ctx context.Context) (audit.LogVerification, error) {
	v, err := compliance.VerifyLog(ctx, &ComplianceStore{Pool: s.Pool})
	return audit.LogVerification{Entries: v.Entries, OK: v.OK, FirstBad: v.FirstBad, Problem: v.Problem, Head: v.Head}, err
}
