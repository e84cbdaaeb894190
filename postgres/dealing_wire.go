package postgres

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/tessera-rwa/tessera/dealing"
	"github.com/tessera-rwa/tessera/errs"
)

var _ dealing.WireStore = (*DealingStore)(nil)

// wireColumns reads a confirmation. An approved one whose transaction the
// manager has since finished shows how it ended (confirmed with the mined
// hash, or failed with the manager's reason) until the approval path
// records it: the state follows the transaction without a job of its own.
const wireColumns = `c.id, c.asset, c.chain_id::text, c.dealing, c.request_id::text, c.kind, c.reference, c.ref_hash,
	c.requested_by, c.requested_at, c.decided_by, c.decided_at, c.note,
	CASE WHEN c.state = 'approved' AND t.state IN ('confirmed', 'finalized') THEN 'confirmed'
		WHEN c.state = 'approved' AND t.state = 'failed' THEN 'failed'
		ELSE c.state END,
	c.tx_key, coalesce(c.tx_hash, CASE WHEN t.state IN ('confirmed', 'finalized') THEN ct.mined_hash END),
	CASE WHEN c.state = 'approved' AND t.state = 'failed' THEN coalesce(t.error, '') ELSE c.error END,
	c.updated_at`

const wireFrom = ` FROM dealing_wire_confirmations c
	LEFT JOIN tx_requests t ON t.idempotency_key = c.tx_key
	LEFT JOIN chain_txs ct ON ct.id = t.tx_id`

func scanWire(row pgx.Row) (dealing.WireConfirmation, error) {
	var (
		c                           dealing.WireConfirmation
		chainID, reqID, kind, state string
		addr, ref, txHash           []byte
		decidedBy, txKey            *string
	)
	err := row.Scan(&c.ID, &c.Asset, &chainID, &addr, &reqID, &kind, &c.Reference, &ref, &c.RequestedBy, &c.RequestedAt,
		&decidedBy, &c.DecidedAt, &c.Note, &state, &txKey, &txHash, &c.Error, &c.UpdatedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return c, dealing.ErrNotFound
	}
	if err != nil {
		return c, err
	}
	c.ChainID, c.Dealing, c.RequestID = dealBig(chainID), common.BytesToAddress(addr), dealBig(reqID)
	c.Kind, c.State, c.RefHash, c.TxHash = dealing.WireKind(kind), dealing.WireState(state), common.BytesToHash(ref), dealHash(txHash)
	if decidedBy != nil {
		c.DecidedBy = *decidedBy
	}
	if txKey != nil {
		c.TxKey = *txKey
	}
	return c, nil
}

// CreateWire implements dealing.WireStore.
func (s *DealingStore) CreateWire(ctx context.Context, c dealing.WireConfirmation) (dealing.WireConfirmation, error) {
	var id int64
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		// An approved confirmation whose transaction failed holds neither
		// its request nor its reference any more: record it failed first.
		if _, err := tx.Exec(ctx, `
			UPDATE dealing_wire_confirmations c SET state = 'failed', error = coalesce(t.error, ''), updated_at = now()
			FROM tx_requests t
			WHERE c.asset = $1 AND c.state = 'approved' AND t.idempotency_key = c.tx_key AND t.state = 'failed'`, c.Asset); err != nil {
			return err
		}
		return tx.QueryRow(ctx, `
			INSERT INTO dealing_wire_confirmations (asset, chain_id, dealing, request_id, kind, reference, ref_hash, requested_by, requested_at)
			VALUES ($1, $2::numeric, $3, $4::numeric, $5, $6, $7, $8, $9) RETURNING id`,
			c.Asset, c.ChainID.String(), c.Dealing.Bytes(), c.RequestID.String(), string(c.Kind), c.Reference, c.RefHash.Bytes(),
			c.RequestedBy, c.RequestedAt).Scan(&id)
	})
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		switch pgErr.ConstraintName {
		case "dealing_wire_confirmations_live":
			return c, errs.E(errs.Conflict, "already_confirmed", fmt.Sprintf("request %s already has a %s confirmation pending or approved", c.RequestID, c.Kind))
		case "dealing_wire_confirmations_reference":
			return c, errs.E(errs.Conflict, "reference_reused", fmt.Sprintf("reference %q already confirms another request of %s", c.Reference, c.Asset))
		}
	}
	if err != nil {
		return c, err
	}
	return s.Wire(ctx, id)
}

// Wire implements dealing.WireStore.
func (s *DealingStore) Wire(ctx context.Context, id int64) (dealing.WireConfirmation, error) {
	return scanWire(s.Pool.QueryRow(ctx, `SELECT `+wireColumns+wireFrom+` WHERE c.id = $1`, id))
}

// Wires implements dealing.WireStore.
func (s *DealingStore) Wires(ctx context.Context, asset string, before int64, limit int) ([]dealing.WireConfirmation, error) {
	rows, err := s.Pool.Query(ctx, `SELECT `+wireColumns+wireFrom+`
		WHERE c.asset = $1 AND ($2 = 0 OR c.id < $2) ORDER BY c.id DESC LIMIT $3`, asset, before, limit)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (dealing.WireConfirmation, error) { return scanWire(r) })
}

// FailedWires implements dealing.WireStore: failed as recorded, or
// approved with a failed transaction.
func (s *DealingStore) FailedWires(ctx context.Context, chainID *big.Int, addr common.Address, requestID *big.Int) (int, error) {
	var n int
	err := s.Pool.QueryRow(ctx, `SELECT count(*)`+wireFrom+`
		WHERE c.chain_id = $1::numeric AND c.dealing = $2 AND c.request_id = $3::numeric
			AND (c.state = 'failed' OR (c.state = 'approved' AND t.state = 'failed'))`,
		chainID.String(), addr.Bytes(), requestID.String()).Scan(&n)
	return n, err
}

// UpdateWire implements dealing.WireStore: the row is locked while change
// decides. A confirmation whose failed transaction the read shows is
// stored failed with it, so it no longer holds its request or reference.
func (s *DealingStore) UpdateWire(ctx context.Context, id int64, change func(c *dealing.WireConfirmation) error) (dealing.WireConfirmation, error) {
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT 1 FROM dealing_wire_confirmations WHERE id = $1 FOR UPDATE`, id); err != nil {
			return err
		}
		c, err := scanWire(tx.QueryRow(ctx, `SELECT `+wireColumns+wireFrom+` WHERE c.id = $1`, id))
		if err != nil {
			return err
		}
		if err := change(&c); err != nil {
			return err
		}
		var decidedBy, txKey *string
		if c.DecidedBy != "" {
			decidedBy = &c.DecidedBy
		}
		if c.TxKey != "" {
			txKey = &c.TxKey
		}
		_, err = tx.Exec(ctx, `
			UPDATE dealing_wire_confirmations SET state = $2, decided_by = $3, decided_at = $4, note = $5, tx_key = $6, tx_hash = $7,
				error = $8, updated_at = now()
			WHERE id = $1`, id, string(c.State), decidedBy, c.DecidedAt, c.Note, txKey, dealHashBytes(c.TxHash), c.Error)
		return err
	})
	if err != nil {
		return dealing.WireConfirmation{}, err
	}
	return s.Wire(ctx, id)
}
