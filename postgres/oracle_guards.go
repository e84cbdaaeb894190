package postgres

import (
	"context"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/oracle"
)

// --- NAV guard alerts -------------------------------------------------------

const alertColumns = `a.id, a.asset, a.chain_id::text, a.feed, a.reason, a.proposed::text, a.observed_at,
	a.previous_answer::text, a.previous_round::text, a.reference_answer::text, a.detail, a.created_at`

func scanAlert(row pgx.Row) (oracle.Alert, error) {
	var (
		a                            oracle.Alert
		chainID, proposed, prevRound string
		previous, reference          *string
		feed                         []byte
		reason                       string
	)
	err := row.Scan(&a.ID, &a.Asset, &chainID, &feed, &reason, &proposed, &a.ObservedAt, &previous, &prevRound,
		&reference, &a.Detail, &a.CreatedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return a, errs.E(errs.NotFound, "alert_not_found", "no such alert")
	}
	if err != nil {
		return a, err
	}
	a.ChainID, a.Feed, a.Reason = parseOracleNum(&chainID), common.BytesToAddress(feed), oracle.GuardReason(reason)
	a.Proposed, a.Previous, a.PreviousRound, a.Reference = parseOracleNum(&proposed), parseOracleNum(previous),
		parseOracleNum(&prevRound), parseOracleNum(reference)
	a.ObservedAt, a.CreatedAt = a.ObservedAt.UTC(), a.CreatedAt.UTC()
	return a, nil
}

// CreateAlert implements oracle.Store.
func (s *OracleStore) CreateAlert(ctx context.Context, a oracle.Alert) (oracle.Alert, bool, error) {
	round := a.PreviousRound
	if round == nil {
		round = new(big.Int)
	}
	out, err := scanAlert(s.Pool.QueryRow(ctx, `
		INSERT INTO oracle_alerts AS a (asset, chain_id, feed, reason, proposed, observed_at, previous_answer,
			previous_round, reference_answer, detail)
		VALUES ($1, $2::numeric, $3, $4, $5::numeric, $6, $7::numeric, $8::numeric, $9::numeric, $10)
		ON CONFLICT (chain_id, feed, reason, proposed, previous_round) DO NOTHING
		RETURNING `+alertColumns,
		a.Asset, a.ChainID.String(), a.Feed.Bytes(), string(a.Reason), a.Proposed.String(), a.ObservedAt,
		oracleNum(a.Previous), round.String(), oracleNum(a.Reference), a.Detail))
	if errs.Is(err, errs.NotFound) {
		return a, false, nil // raised already
	}
	return out, err == nil, err
}

// Alerts implements oracle.Store.
func (s *OracleStore) Alerts(ctx context.Context, asset string, before int64, limit int) ([]oracle.Alert, error) {
	rows, err := s.Pool.Query(ctx, `
		SELECT `+alertColumns+` FROM oracle_alerts a
		WHERE a.asset = $1 AND ($2 = 0 OR a.id < $2)
		ORDER BY a.id DESC LIMIT $3`, asset, before, limit)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (oracle.Alert, error) { return scanAlert(r) })
}

// --- overrides --------------------------------------------------------------

const overrideColumns = `o.id, o.asset, o.chain_id::text, o.feed, o.value::text, o.observed_at, o.reason, o.state,
	o.requested_by, o.requested_at, o.decided_by, o.decided_at, o.note, o.idempotency_key, o.round_id::text,
	o.tx_hash, o.block_number, o.error, o.updated_at`

func scanOverride(row pgx.Row) (oracle.Override, error) {
	var (
		o                                   oracle.Override
		chainID, value, state               string
		decidedBy, note, key, round, errTxt *string
		feed, txHash                        []byte
		block                               *int64
	)
	err := row.Scan(&o.ID, &o.Asset, &chainID, &feed, &value, &o.ObservedAt, &o.Reason, &state, &o.RequestedBy,
		&o.RequestedAt, &decidedBy, &o.DecidedAt, &note, &key, &round, &txHash, &block, &errTxt, &o.UpdatedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return o, errs.E(errs.NotFound, oracle.CodeOverrideNotFound, "no such override")
	}
	if err != nil {
		return o, err
	}
	o.ChainID, o.Feed, o.Value, o.State = parseOracleNum(&chainID), common.BytesToAddress(feed), parseOracleNum(&value), oracle.OverrideState(state)
	o.RoundID = parseOracleNum(round)
	for dst, src := range map[*string]*string{&o.DecidedBy: decidedBy, &o.Note: note, &o.IdempotencyKey: key, &o.Error: errTxt} {
		if src != nil {
			*dst = *src
		}
	}
	if txHash != nil {
		o.TxHash = common.BytesToHash(txHash)
	}
	if block != nil {
		o.BlockNumber = uint64(*block)
	}
	if o.DecidedAt != nil {
		t := o.DecidedAt.UTC()
		o.DecidedAt = &t
	}
	o.ObservedAt, o.RequestedAt, o.UpdatedAt = o.ObservedAt.UTC(), o.RequestedAt.UTC(), o.UpdatedAt.UTC()
	return o, nil
}

// CreateOverride implements oracle.Store.
func (s *OracleStore) CreateOverride(ctx context.Context, o oracle.Override) (oracle.Override, error) {
	out, err := scanOverride(s.Pool.QueryRow(ctx, `
		INSERT INTO oracle_overrides AS o (asset, chain_id, feed, value, observed_at, reason, requested_by, requested_at, updated_at)
		VALUES ($1, $2::numeric, $3, $4::numeric, $5, $6, $7, $8, $8)
		RETURNING `+overrideColumns,
		o.Asset, o.ChainID.String(), o.Feed.Bytes(), o.Value.String(), o.ObservedAt, o.Reason, o.RequestedBy, o.RequestedAt))
	if isOracleUnique(err, "oracle_overrides_one_open") {
		return out, errs.E(errs.Conflict, oracle.CodeOverrideOpen,
			"an override of this feed is open already: wait for its outcome or reject it first")
	}
	return out, err
}

// Override implements oracle.Store.
func (s *OracleStore) Override(ctx context.Context, id int64) (oracle.Override, error) {
	return scanOverride(s.Pool.QueryRow(ctx, `SELECT `+overrideColumns+` FROM oracle_overrides o WHERE o.id = $1`, id))
}

// DecideOverride implements oracle.Store. The row is locked, so two
// deciders racing see one pending override and one decided.
func (s *OracleStore) DecideOverride(ctx context.Context, id int64, decide func(o *oracle.Override) error) (oracle.Override, error) {
	var out oracle.Override
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		o, err := scanOverride(tx.QueryRow(ctx, `SELECT `+overrideColumns+` FROM oracle_overrides o WHERE o.id = $1 FOR UPDATE`, id))
		if err != nil {
			return err
		}
		if err := decide(&o); err != nil {
			return err
		}
		if (o.State != oracle.OverrideApproved && o.State != oracle.OverrideRejected) || o.DecidedAt == nil || o.DecidedBy == "" {
			return errors.New("postgres: an override must be approved or rejected by someone at some time")
		}
		out, err = scanOverride(tx.QueryRow(ctx, `
			UPDATE oracle_overrides o SET state = $2, decided_by = $3, decided_at = $4, note = $5, updated_at = $4
			WHERE o.id = $1 AND o.state = 'pending'
			RETURNING `+overrideColumns, id, string(o.State), o.DecidedBy, *o.DecidedAt, o.Note))
		return err
	})
	return out, err
}

// Overrides implements oracle.Store.
func (s *OracleStore) Overrides(ctx context.Context, asset string, before int64, limit int) ([]oracle.Override, error) {
	rows, err := s.Pool.Query(ctx, `
		SELECT `+overrideColumns+` FROM oracle_overrides o
		WHERE o.asset = $1 AND ($2 = 0 OR o.id < $2)
		ORDER BY o.id DESC LIMIT $3`, asset, before, limit)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (oracle.Override, error) { return scanOverride(r) })
}

// OpenOverride implements oracle.Store.
func (s *OracleStore) OpenOverride(ctx context.Context, chainID *big.Int, feed common.Address) (oracle.Override, error) {
	return scanOverride(s.Pool.QueryRow(ctx, `SELECT `+overrideColumns+` FROM oracle_overrides o
		WHERE o.chain_id = $1::numeric AND o.feed = $2 AND o.state IN ('approved', 'submitted')`, chainID.String(), feed.Bytes()))
}

// SubmitOverride implements oracle.Store.
func (s *OracleStore) SubmitOverride(ctx context.Context, id int64, key string) error {
	tag, err := s.Pool.Exec(ctx, `UPDATE oracle_overrides SET state = 'submitted', idempotency_key = $2, updated_at = now()
		WHERE id = $1 AND state = 'approved'`, id, key)
	if err == nil && tag.RowsAffected() == 0 {
		return errs.E(errs.NotFound, oracle.CodeOverrideNotFound, "no such approved override")
	}
	return err
}

// FinishOverride implements oracle.Store.
func (s *OracleStore) FinishOverride(ctx context.Context, id int64, state oracle.OverrideState, r oracle.PushResult) error {
	if state != oracle.OverrideConfirmed && state != oracle.OverrideFailed {
		return errors.New("postgres: an override finishes confirmed or failed")
	}
	var txHash []byte
	if r.TxHash != (common.Hash{}) {
		txHash = r.TxHash.Bytes()
	}
	var block *int64
	if r.BlockNumber > 0 {
		b := int64(r.BlockNumber)
		block = &b
	}
	var errText *string
	if r.Error != "" {
		errText = &r.Error
	}
	tag, err := s.Pool.Exec(ctx, `
		UPDATE oracle_overrides SET state = $2, round_id = $3::numeric, tx_hash = $4, block_number = $5, error = $6, updated_at = $7
		WHERE id = $1 AND state = 'submitted'`,
		id, string(state), oracleNum(r.RoundID), txHash, block, errText, r.At)
	if err == nil && tag.RowsAffected() == 0 {
		return errs.E(errs.NotFound, oracle.CodeOverrideNotFound, "no such submitted override")
	}
	return err
}
