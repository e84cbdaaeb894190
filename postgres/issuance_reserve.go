package postgres

import (
	"context"
	"errors"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/tessera-rwa/tessera/issuance"
)

// Ledger implements issuance.Reservations.
func (s *IssuanceStore) Ledger(ctx context.Context, assetID string) (issuance.Ledger, error) {
	return ledger(ctx, s.Pool, assetID)
}

// DecideLocked implements issuance.Reservations. The asset's row is locked
// FOR NO KEY UPDATE: decisions on the asset's requests and changes to the
// asset (UpdateAsset) wait for each other, while new requests, whose
// foreign key takes only a key-share lock, do not wait. The ledger is read
// after the lock is granted, so in READ COMMITTED it sees every decision
// committed before.
func (s *IssuanceStore) DecideLocked(ctx context.Context, id string, decide func(r *issuance.Request, l issuance.Ledger) error) (issuance.Request, error) {
	var out issuance.Request
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		assetID, err := lockAssetOf(ctx, tx, "issuance_requests", id)
		if err != nil {
			return err
		}
		r, err := scanIssuanceRequest(tx.QueryRow(ctx, `SELECT `+issuanceRequestColumns+issuanceRequestFrom+`WHERE r.id = $1 FOR UPDATE OF r`, id))
		if err != nil {
			return err
		}
		l, err := ledger(ctx, tx, assetID)
		if err != nil {
			return err
		}
		if err := decide(&r, l); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `UPDATE issuance_requests SET state = $2, decided_by = $3, decided_at = $4, decision_note = $5,
			tx_key = $6, locked_until = $7 WHERE id = $1`,
			id, r.State, nullText(r.DecidedBy), r.DecidedAt, r.DecisionNote, nullText(r.TxKey), r.LockedUntil); err != nil {
			return err
		}
		out = r
		return nil
	})
	return out, err
}

type rowQuerier interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// ledger sums an asset's requests in one statement. A mint approved but
// without a transaction manager row yet (a crash between the decision and
// the submission) is reserved: approving it again sends it.
func ledger(ctx context.Context, q rowQuerier, assetID string) (issuance.Ledger, error) {
	var pending, reserved, minted, burned string
	var ids, amounts []string
	err := q.QueryRow(ctx, `
		SELECT coalesce(sum(r.amount) FILTER (WHERE r.kind = 'mint' AND r.state = 'pending'), 0)::text,
		       coalesce(sum(r.amount) FILTER (WHERE r.kind = 'mint' AND r.state = 'approved'
		           AND (t.state IS NULL OR t.state NOT IN ('confirmed', 'finalized', 'failed'))), 0)::text,
		       coalesce(array_agg(r.id::text) FILTER (WHERE r.kind = 'mint' AND r.state = 'approved'
		           AND (t.state IS NULL OR t.state NOT IN ('confirmed', 'finalized', 'failed'))), '{}'),
		       coalesce(array_agg(r.amount::text) FILTER (WHERE r.kind = 'mint' AND r.state = 'approved'
		           AND (t.state IS NULL OR t.state NOT IN ('confirmed', 'finalized', 'failed'))), '{}'),
		       coalesce(sum(r.amount) FILTER (WHERE r.kind = 'mint' AND r.state = 'approved' AND t.state IN ('confirmed', 'finalized')), 0)::text,
		       coalesce(sum(r.amount) FILTER (WHERE r.kind = 'burn' AND r.state = 'approved' AND t.state IN ('confirmed', 'finalized')), 0)::text
		FROM issuance_requests r LEFT JOIN tx_requests t ON t.idempotency_key = r.tx_key
		WHERE r.asset_id = $1 AND r.state <> 'rejected'`, assetID).Scan(&pending, &reserved, &ids, &amounts, &minted, &burned)
	if err != nil {
		return issuance.Ledger{}, err
	}
	n := func(s string) *big.Int { v, _ := new(big.Int).SetString(s, 10); return v }
	l := issuance.Ledger{Pending: n(pending), Reserved: n(reserved), Minted: n(minted), Burned: n(burned)}
	for i, id := range ids {
		l.ReservedMints = append(l.ReservedMints, issuance.ReservedMint{RequestID: id, Amount: n(amounts[i])})
	}
	return l, nil
}

// Lockup implements issuance.Lockups from the compliance rules' newest
// version for token.
func (s *IssuanceStore) Lockup(ctx context.Context, token common.Address) (time.Duration, error) {
	var secs int64
	err := s.Pool.QueryRow(ctx, `SELECT lockup_seconds FROM compliance_rules WHERE asset = $1 ORDER BY version DESC LIMIT 1`,
		addrText(token)).Scan(&secs)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, nil
	}
	return time.Duration(secs) * time.Second, err
}

// lockAssetOf locks, FOR NO KEY UPDATE, the asset that the row id of
// table (a child of issuance_assets through asset_id) belongs to, and
// returns the asset's id: decisions on one asset's requests and
// distributions take turns, and changes to the asset wait for them.
// issuance.ErrNotFound when there is no such row.
func lockAssetOf(ctx context.Context, tx pgx.Tx, table, id string) (string, error) {
	var assetID string
	err := tx.QueryRow(ctx, `SELECT a.id::text FROM `+table+` c JOIN issuance_assets a ON a.id = c.asset_id
		WHERE c.id = $1 FOR NO KEY UPDATE OF a`, id).Scan(&assetID)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", issuance.ErrNotFound
	}
	return assetID, err
}
