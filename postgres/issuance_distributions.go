package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/tessera-rwa/tessera/issuance"
)

const distributionColumns = `id::text, asset_id::text, payment_token, total::text, snapshot_block, claim_deadline, merkle_root,
	tree, remainder_to, remainder::text, excluded, created_by, state, coalesce(decided_by, ''), decided_at, decision_note,
	coalesce(onchain_id::text, ''), created_at`

func scanDistribution(r pgx.Row) (issuance.Distribution, error) {
	var (
		d                issuance.Distribution
		pay, root, remTo []byte
		snapshot         int64
		tree, excluded   []byte
	)
	err := r.Scan(&d.ID, &d.AssetID, &pay, &d.Total, &snapshot, &d.ClaimDeadline, &root, &tree, &remTo, &d.Remainder,
		&excluded, &d.CreatedBy, &d.State, &d.DecidedBy, &d.DecidedAt, &d.DecisionNote, &d.OnchainID, &d.CreatedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return d, issuance.ErrNotFound
	}
	if err != nil {
		return d, err
	}
	d.PaymentToken, d.MerkleRoot, d.RemainderTo = common.BytesToAddress(pay), common.BytesToHash(root), common.BytesToAddress(remTo)
	d.SnapshotBlock, d.Tree = uint64(snapshot), tree
	d.ClaimDeadline, d.CreatedAt = d.ClaimDeadline.UTC(), d.CreatedAt.UTC()
	if d.DecidedAt != nil {
		t := d.DecidedAt.UTC()
		d.DecidedAt = &t
	}
	if err := json.Unmarshal(excluded, &d.Excluded); err != nil {
		return d, fmt.Errorf("distribution %s excluded holders: %w", d.ID, err)
	}
	var dump struct {
		Values []struct {
			Value [2]string `json:"value"`
		} `json:"values"`
	}
	if err := json.Unmarshal(tree, &dump); err != nil {
		return d, fmt.Errorf("distribution %s tree: %w", d.ID, err)
	}
	for _, v := range dump.Values {
		d.Leaves = append(d.Leaves, issuance.Leaf{Account: common.HexToAddress(v.Value[0]), Amount: v.Value[1]})
	}
	return d, nil
}

// CreateDistribution implements issuance.Store.
func (s *IssuanceStore) CreateDistribution(ctx context.Context, d issuance.Distribution) error {
	excluded := d.Excluded
	if excluded == nil {
		excluded = []issuance.Excluded{}
	}
	ex, err := json.Marshal(excluded)
	if err != nil {
		return err
	}
	_, err = s.Pool.Exec(ctx, `
		INSERT INTO issuance_distributions (id, asset_id, payment_token, total, snapshot_block, claim_deadline, merkle_root,
			tree, remainder_to, remainder, excluded, created_by, state, publish_key, created_at)
		VALUES ($1, $2, $3, $4::numeric, $5, $6, $7, $8, $9, $10::numeric, $11, $12, $13, $14, $15)`,
		d.ID, d.AssetID, d.PaymentToken.Bytes(), d.Total, int64(d.SnapshotBlock), d.ClaimDeadline, d.MerkleRoot.Bytes(),
		[]byte(d.Tree), d.RemainderTo.Bytes(), d.Remainder, ex, d.CreatedBy, d.State,
		issuance.DistributionPublishKey(d.ID), d.CreatedAt)
	return err
}

// DecideDistribution implements issuance.Store. The asset's row is locked
// FOR NO KEY UPDATE, as for mint decisions, so the decisions on one asset's
// distributions take turns and each sees what the ones before reserved of
// the treasury; the reservation is read after the lock is granted.
func (s *IssuanceStore) DecideDistribution(ctx context.Context, id string, decide func(d *issuance.Distribution, reserved *big.Int) error) (issuance.Distribution, error) {
	var out issuance.Distribution
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		var assetID string
		err := tx.QueryRow(ctx, `SELECT a.id::text FROM issuance_distributions d JOIN issuance_assets a ON a.id = d.asset_id
			WHERE d.id = $1 FOR NO KEY UPDATE OF a`, id).Scan(&assetID)
		if errors.Is(err, pgx.ErrNoRows) {
			return issuance.ErrNotFound
		}
		if err != nil {
			return err
		}
		d, err := scanDistribution(tx.QueryRow(ctx, `SELECT `+distributionColumns+` FROM issuance_distributions WHERE id = $1 FOR UPDATE`, id))
		if err != nil {
			return err
		}
		reserved, err := distributionReserved(ctx, tx, assetID, d.PaymentToken, id)
		if err != nil {
			return err
		}
		if err := decide(&d, reserved); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `UPDATE issuance_distributions SET state = $2, decided_by = $3, decided_at = $4, decision_note = $5
			WHERE id = $1`, id, d.State, nullText(d.DecidedBy), d.DecidedAt, d.DecisionNote); err != nil {
			return err
		}
		out = d
		return nil
	})
	return out, err
}

// DistributionReserved implements issuance.Store.
func (s *IssuanceStore) DistributionReserved(ctx context.Context, assetID string, paymentToken common.Address) (*big.Int, error) {
	return distributionReserved(ctx, s.Pool, assetID, paymentToken, "")
}

// distributionReserved sums the asset's approved distributions in
// paymentToken whose publication has not reached the chain (not sent yet,
// or sent and not yet confirmed), other than except: the treasury still
// holds their totals but owes them. A publication that failed frees its
// total; a confirmed one is already debited on chain.
func distributionReserved(ctx context.Context, q rowQuerier, assetID string, paymentToken common.Address, except string) (*big.Int, error) {
	var sum string
	err := q.QueryRow(ctx, `
		SELECT coalesce(sum(d.total), 0)::text
		FROM issuance_distributions d LEFT JOIN tx_requests t ON t.idempotency_key = d.publish_key
		WHERE d.asset_id = $1 AND d.payment_token = $2 AND d.state = 'approved' AND d.onchain_id IS NULL
		  AND d.id::text <> $3 AND (t.state IS NULL OR t.state NOT IN ('confirmed', 'finalized', 'failed'))`,
		assetID, paymentToken.Bytes(), except).Scan(&sum)
	if err != nil {
		return nil, err
	}
	v, _ := new(big.Int).SetString(sum, 10)
	return v, nil
}

// SetDistributionOnchainID implements issuance.Store.
func (s *IssuanceStore) SetDistributionOnchainID(ctx context.Context, id string, onchainID *big.Int) error {
	_, err := s.Pool.Exec(ctx, `UPDATE issuance_distributions SET onchain_id = $2::numeric WHERE id = $1`, id, onchainID.String())
	return err
}

// Distribution implements issuance.Store.
func (s *IssuanceStore) Distribution(ctx context.Context, id string) (issuance.Distribution, error) {
	return scanDistribution(s.Pool.QueryRow(ctx, `SELECT `+distributionColumns+` FROM issuance_distributions WHERE id = $1`, id))
}

// Distributions implements issuance.Store.
func (s *IssuanceStore) Distributions(ctx context.Context, assetID string) ([]issuance.Distribution, error) {
	rows, err := s.Pool.Query(ctx, `SELECT `+distributionColumns+` FROM issuance_distributions WHERE asset_id = $1 ORDER BY created_at, id`, assetID)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (issuance.Distribution, error) { return scanDistribution(r) })
}
