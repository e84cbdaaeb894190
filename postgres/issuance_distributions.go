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

// distributionColumns reads a distribution with its leaves from their rows;
// withTree adds the stored tree, which only a proof or the tree itself
// needs.
func distributionColumns(withTree bool) string {
	tree := `NULL::jsonb`
	if withTree {
		tree = `d.tree`
	}
	return `d.id::text, d.asset_id::text, d.payment_token, d.total::text, d.snapshot_block, d.claim_deadline, d.merkle_root,
	` + tree + `, d.remainder_to, d.remainder::text, d.excluded, d.created_by, d.state, coalesce(d.decided_by, ''), d.decided_at,
	d.decision_note, coalesce(d.onchain_id::text, ''), d.created_at,
	(SELECT array_agg(l.account ORDER BY l.position) FROM issuance_distribution_leaves l WHERE l.distribution_id = d.id),
	(SELECT array_agg(l.amount::text ORDER BY l.position) FROM issuance_distribution_leaves l WHERE l.distribution_id = d.id)`
}

func scanDistribution(r pgx.Row) (issuance.Distribution, error) {
	var (
		d                issuance.Distribution
		pay, root, remTo []byte
		snapshot         int64
		tree, excluded   []byte
		accounts         [][]byte
		amounts          []string
	)
	err := r.Scan(&d.ID, &d.AssetID, &pay, &d.Total, &snapshot, &d.ClaimDeadline, &root, &tree, &remTo, &d.Remainder,
		&excluded, &d.CreatedBy, &d.State, &d.DecidedBy, &d.DecidedAt, &d.DecisionNote, &d.OnchainID, &d.CreatedAt,
		&accounts, &amounts)
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
	for i := range accounts {
		d.Leaves = append(d.Leaves, issuance.Leaf{Account: common.BytesToAddress(accounts[i]), Amount: amounts[i]})
	}
	return d, nil
}

// treeValues are the leaves of a standard-v1 tree dump, in its order.
func treeValues(tree []byte) (accounts [][]byte, amounts []string, err error) {
	var dump struct {
		Values []struct {
			Value [2]string `json:"value"`
		} `json:"values"`
	}
	if err := json.Unmarshal(tree, &dump); err != nil {
		return nil, nil, err
	}
	for _, v := range dump.Values {
		if !common.IsHexAddress(v.Value[0]) {
			return nil, nil, fmt.Errorf("bad address %q", v.Value[0])
		}
		if _, ok := new(big.Int).SetString(v.Value[1], 10); !ok {
			return nil, nil, fmt.Errorf("bad amount %q", v.Value[1])
		}
		accounts, amounts = append(accounts, common.HexToAddress(v.Value[0]).Bytes()), append(amounts, v.Value[1])
	}
	return accounts, amounts, nil
}

// CreateDistribution implements issuance.Store: the distribution and its
// leaves as rows, taken from the tree's values so they are exactly the
// tree's.
func (s *IssuanceStore) CreateDistribution(ctx context.Context, d issuance.Distribution) error {
	excluded := d.Excluded
	if excluded == nil {
		excluded = []issuance.Excluded{}
	}
	ex, err := json.Marshal(excluded)
	if err != nil {
		return err
	}
	accounts, amounts, err := treeValues(d.Tree)
	if err != nil {
		return fmt.Errorf("distribution %s tree: %w", d.ID, err)
	}
	return Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `
			INSERT INTO issuance_distributions (id, asset_id, payment_token, total, snapshot_block, claim_deadline, merkle_root,
				tree, remainder_to, remainder, excluded, created_by, state, publish_key, created_at)
			VALUES ($1, $2, $3, $4::numeric, $5, $6, $7, $8, $9, $10::numeric, $11, $12, $13, $14, $15)`,
			d.ID, d.AssetID, d.PaymentToken.Bytes(), d.Total, int64(d.SnapshotBlock), d.ClaimDeadline, d.MerkleRoot.Bytes(),
			[]byte(d.Tree), d.RemainderTo.Bytes(), d.Remainder, ex, d.CreatedBy, d.State,
			issuance.DistributionPublishKey(d.ID), d.CreatedAt)
		if err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `
			INSERT INTO issuance_distribution_leaves (distribution_id, position, account, amount)
			SELECT $1, (ord - 1)::integer, account, amount
			FROM unnest($2::bytea[], $3::numeric[]) WITH ORDINALITY AS l(account, amount, ord)`,
			d.ID, accounts, amounts)
		return err
	})
}

// DecideDistribution implements issuance.Store. The asset's row is locked
// FOR NO KEY UPDATE, as for mint decisions, so the decisions on one asset's
// distributions take turns and each sees what the ones before reserved of
// the treasury; the reservation is read after the lock is granted.
func (s *IssuanceStore) DecideDistribution(ctx context.Context, id string, decide func(d *issuance.Distribution, reserved *big.Int) error) (issuance.Distribution, error) {
	var out issuance.Distribution
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		assetID, err := lockAssetOf(ctx, tx, "issuance_distributions", id)
		if err != nil {
			return err
		}
		d, err := scanDistribution(tx.QueryRow(ctx, `SELECT `+distributionColumns(true)+` FROM issuance_distributions d WHERE d.id = $1 FOR UPDATE`, id))
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
	return scanDistribution(s.Pool.QueryRow(ctx, `SELECT `+distributionColumns(true)+` FROM issuance_distributions d WHERE d.id = $1`, id))
}

// Distributions implements issuance.Store.
func (s *IssuanceStore) Distributions(ctx context.Context, assetID string) ([]issuance.Distribution, error) {
	rows, err := s.Pool.Query(ctx, `SELECT `+distributionColumns(false)+` FROM issuance_distributions d WHERE d.asset_id = $1 ORDER BY d.created_at, d.id`, assetID)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (issuance.Distribution, error) { return scanDistribution(r) })
}
