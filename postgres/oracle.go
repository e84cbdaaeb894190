package postgres

import (
	"context"
	"errors"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/oracle"
)

// OracleStore implements oracle.Store.
type OracleStore struct {
	Pool *pgxpool.Pool
}

var _ oracle.Store = (*OracleStore)(nil)

func isOracleUnique(err error, constraint string) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && pgErr.Code == "23505" && (constraint == "" || pgErr.ConstraintName == constraint)
}

func oracleNum(v *big.Int) *string {
	if v == nil {
		return nil
	}
	s := v.String()
	return &s
}

func parseOracleNum(s *string) *big.Int {
	if s == nil {
		return nil
	}
	v, _ := new(big.Int).SetString(*s, 10)
	return v
}

// --- appraisers -------------------------------------------------------------

const appraiserColumns = `address, asset, name, created_at, revoked_at`

func scanAppraiser(row pgx.Row) (oracle.Appraiser, error) {
	var a oracle.Appraiser
	var addr []byte
	err := row.Scan(&addr, &a.Asset, &a.Name, &a.CreatedAt, &a.RevokedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return a, errs.E(errs.NotFound, "appraiser_not_found", "no such appraiser")
	}
	a.Address = common.BytesToAddress(addr)
	return a, err
}

// Appraiser implements oracle.Store.
func (s *OracleStore) Appraiser(ctx context.Context, addr common.Address, asset string) (oracle.Appraiser, error) {
	return scanAppraiser(s.Pool.QueryRow(ctx, `SELECT `+appraiserColumns+` FROM oracle_appraisers
		WHERE address = $1 AND asset = $2`, addr.Bytes(), asset))
}

// --- appraiser requests -----------------------------------------------------

const appraiserRequestColumns = `r.id, r.asset, r.address, r.name, r.change, r.state, r.requested_by, r.requested_at,
	r.decided_by, r.decided_at, r.note`

func scanAppraiserRequest(row pgx.Row) (oracle.AppraiserRequest, error) {
	var (
		r               oracle.AppraiserRequest
		addr            []byte
		change, state   string
		decidedBy, note *string
	)
	err := row.Scan(&r.ID, &r.Asset, &addr, &r.Name, &change, &state, &r.RequestedBy, &r.RequestedAt,
		&decidedBy, &r.DecidedAt, &note)
	if errors.Is(err, pgx.ErrNoRows) {
		return r, errs.E(errs.NotFound, "appraiser_request_not_found", "no such appraiser request")
	}
	if err != nil {
		return r, err
	}
	r.Address = common.BytesToAddress(addr)
	r.Change, r.State = oracle.AppraiserChange(change), oracle.RequestState(state)
	if decidedBy != nil {
		r.DecidedBy = *decidedBy
	}
	if note != nil {
		r.Note = *note
	}
	r.RequestedAt = r.RequestedAt.UTC()
	if r.DecidedAt != nil {
		t := r.DecidedAt.UTC()
		r.DecidedAt = &t
	}
	return r, nil
}

// CreateAppraiserRequest implements oracle.Store.
func (s *OracleStore) CreateAppraiserRequest(ctx context.Context, r oracle.AppraiserRequest) (oracle.AppraiserRequest, error) {
	out, err := scanAppraiserRequest(s.Pool.QueryRow(ctx, `
		INSERT INTO oracle_appraiser_requests AS r (asset, address, name, change, requested_by, requested_at)
		VALUES ($1, $2, $3, $4, $5, $6)
		RETURNING `+appraiserRequestColumns,
		r.Asset, r.Address.Bytes(), r.Name, string(r.Change), r.RequestedBy, r.RequestedAt))
	if isOracleUnique(err, "oracle_appraiser_requests_one_pending") {
		return out, errs.E(errs.Conflict, oracle.CodeRequestPending,
			"a request for this appraiser of this asset is pending already: decide it first")
	}
	return out, err
}

// AppraiserRequest implements oracle.Store.
func (s *OracleStore) AppraiserRequest(ctx context.Context, id int64) (oracle.AppraiserRequest, error) {
	return scanAppraiserRequest(s.Pool.QueryRow(ctx, `SELECT `+appraiserRequestColumns+`
		FROM oracle_appraiser_requests r WHERE r.id = $1`, id))
}

// DecideAppraiserRequest implements oracle.Store. The request row is
// locked, so two deciders racing see one pending request and one decided.
func (s *OracleStore) DecideAppraiserRequest(ctx context.Context, id int64,
	decide func(r *oracle.AppraiserRequest, current *oracle.Appraiser) error) (oracle.AppraiserRequest, error) {
	var out oracle.AppraiserRequest
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		r, err := scanAppraiserRequest(tx.QueryRow(ctx, `SELECT `+appraiserRequestColumns+`
			FROM oracle_appraiser_requests r WHERE r.id = $1 FOR UPDATE`, id))
		if err != nil {
			return err
		}
		var current *oracle.Appraiser
		a, err := scanAppraiser(tx.QueryRow(ctx, `SELECT `+appraiserColumns+` FROM oracle_appraisers
			WHERE address = $1 AND asset = $2 FOR UPDATE`, r.Address.Bytes(), r.Asset))
		switch {
		case err == nil:
			current = &a
		case !errs.Is(err, errs.NotFound):
			return err
		}
		if err := decide(&r, current); err != nil {
			return err
		}
		if r.State == oracle.RequestPending || r.DecidedAt == nil || r.DecidedBy == "" {
			return errors.New("postgres: an appraiser request must be decided by someone at some time")
		}
		out, err = scanAppraiserRequest(tx.QueryRow(ctx, `
			UPDATE oracle_appraiser_requests r SET state = $2, decided_by = $3, decided_at = $4, note = $5
			WHERE r.id = $1 AND r.state = 'pending'
			RETURNING `+appraiserRequestColumns, r.ID, string(r.State), r.DecidedBy, *r.DecidedAt, r.Note))
		if err != nil || out.State != oracle.RequestApproved {
			return err
		}
		switch out.Change {
		case oracle.ChangeRegister:
			_, err = tx.Exec(ctx, `
				INSERT INTO oracle_appraisers (address, asset, name, created_at, request_id) VALUES ($1, $2, $3, $4, $5)
				ON CONFLICT (address, asset) DO UPDATE
				SET name = EXCLUDED.name, created_at = EXCLUDED.created_at, revoked_at = NULL, request_id = EXCLUDED.request_id`,
				out.Address.Bytes(), out.Asset, out.Name, *out.DecidedAt, out.ID)
		case oracle.ChangeRevoke:
			var tag pgconn.CommandTag
			tag, err = tx.Exec(ctx, `
				UPDATE oracle_appraisers SET revoked_at = $3, revoked_request_id = $4
				WHERE address = $1 AND asset = $2 AND revoked_at IS NULL`,
				out.Address.Bytes(), out.Asset, *out.DecidedAt, out.ID)
			if err == nil && tag.RowsAffected() == 0 {
				err = errs.E(errs.Conflict, oracle.CodeAppraiserInactive, "the appraiser is no longer active")
			}
		default:
			err = errors.New("postgres: unknown appraiser change " + string(out.Change))
		}
		return err
	})
	return out, err
}

// AppraiserRequests implements oracle.Store.
func (s *OracleStore) AppraiserRequests(ctx context.Context, asset string, before int64, limit int) ([]oracle.AppraiserRequest, error) {
	rows, err := s.Pool.Query(ctx, `
		SELECT `+appraiserRequestColumns+` FROM oracle_appraiser_requests r
		WHERE r.asset = $1 AND ($2 = 0 OR r.id < $2)
		ORDER BY r.id DESC LIMIT $3`, asset, before, limit)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (oracle.AppraiserRequest, error) { return scanAppraiserRequest(r) })
}

// --- observations -----------------------------------------------------------

const observationColumns = `o.id, o.asset, o.source, o.kind, o.value::text, o.decimals, o.observed_at, o.received_at,
	o.signer, o.nonce::text, o.actor, o.raw`

func scanObservation(row pgx.Row, extra ...any) (oracle.Observation, error) {
	var (
		o      oracle.Observation
		kind   string
		value  string
		dec    int16
		signer []byte
		nonce  *string
		actor  *string
	)
	dest := append([]any{&o.ID, &o.Asset, &o.Source, &kind, &value, &dec, &o.ObservedAt, &o.ReceivedAt, &signer, &nonce,
		&actor, &o.Raw}, extra...)
	if err := row.Scan(dest...); err != nil {
		return o, err
	}
	o.Kind = oracle.SourceKind(kind)
	o.Value, _ = new(big.Int).SetString(value, 10)
	o.Decimals = uint8(dec)
	if signer != nil {
		a := common.BytesToAddress(signer)
		o.Signer = &a
	}
	o.Nonce = parseOracleNum(nonce)
	if actor != nil {
		o.Actor = *actor
	}
	o.ObservedAt, o.ReceivedAt = o.ObservedAt.UTC(), o.ReceivedAt.UTC()
	return o, nil
}

func collectObservations(rows pgx.Rows) ([]oracle.Observation, error) {
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (oracle.Observation, error) { return scanObservation(r) })
}

const insertObservation = `
	INSERT INTO oracle_observations AS o (asset, source, kind, value, decimals, observed_at, received_at, signer, nonce, actor, raw)
	VALUES ($1, $2, $3, $4::numeric, $5, $6, $7, $8, $9::numeric, $10, $11)`

func observationArgs(o oracle.Observation) []any {
	var signer []byte
	if o.Signer != nil {
		signer = o.Signer.Bytes()
	}
	received := o.ReceivedAt
	if received.IsZero() {
		received = time.Now()
	}
	raw := o.Raw
	if raw == nil {
		raw = []byte{}
	}
	var actor *string
	if o.Actor != "" {
		actor = &o.Actor
	}
	return []any{o.Asset, o.Source, string(o.Kind), o.Value.String(), int16(o.Decimals), o.ObservedAt, received,
		signer, oracleNum(o.Nonce), actor, raw}
}

// AddSignedObservation implements oracle.Store.
func (s *OracleStore) AddSignedObservation(ctx context.Context, o oracle.Observation) (oracle.Observation, error) {
	if o.Signer == nil || o.Nonce == nil {
		return oracle.Observation{}, errors.New("postgres: a signed observation needs a signer and a nonce")
	}
	var out oracle.Observation
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `INSERT INTO oracle_nonces (signer, nonce, used_at) VALUES ($1, $2::numeric, $3)
			ON CONFLICT DO NOTHING`, o.Signer.Bytes(), o.Nonce.String(), o.ReceivedAt)
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 0 {
			return errs.E(errs.Conflict, oracle.CodeNonceUsed, "this nonce was already used by the signer")
		}
		out, err = scanObservation(tx.QueryRow(ctx, insertObservation+` RETURNING `+observationColumns, observationArgs(o)...))
		if isOracleUnique(err, "") {
			return errs.E(errs.Conflict, oracle.CodeObservationExists, "the signer already submitted a value of this asset for that time")
		}
		return err
	})
	return out, err
}

// AddObservations implements oracle.Store.
func (s *OracleStore) AddObservations(ctx context.Context, obs []oracle.Observation) ([]oracle.Observation, error) {
	var out []oracle.Observation
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		out = out[:0]
		const chunk = 1000
		for start := 0; start < len(obs); start += chunk {
			var b pgx.Batch
			end := min(start+chunk, len(obs))
			for _, o := range obs[start:end] {
				b.Queue(insertObservation+` ON CONFLICT (asset, source, observed_at) DO NOTHING RETURNING `+observationColumns,
					observationArgs(o)...)
			}
			res := tx.SendBatch(ctx, &b)
			for range obs[start:end] {
				o, err := scanObservation(res.QueryRow())
				if errors.Is(err, pgx.ErrNoRows) {
					continue // already stored
				}
				if err != nil {
					res.Close()
					return err
				}
				out = append(out, o)
			}
			if err := res.Close(); err != nil {
				return err
			}
		}
		return nil
	})
	return out, err
}

// FreshObservations implements oracle.Store: live kinds only, so an
// imported row is never an input of the value a feed is given.
func (s *OracleStore) FreshObservations(ctx context.Context, asset string, since time.Time) ([]oracle.Observation, error) {
	rows, err := s.Pool.Query(ctx, `
		SELECT DISTINCT ON (o.source) `+observationColumns+`
		FROM oracle_observations o
		WHERE o.asset = $1 AND o.observed_at >= $2 AND o.kind IN ('signed', 'http')
		ORDER BY o.source, o.observed_at DESC, o.id DESC`, asset, since)
	if err != nil {
		return nil, err
	}
	return collectObservations(rows)
}

// Observations implements oracle.Store.
func (s *OracleStore) Observations(ctx context.Context, asset string, before int64, limit int) ([]oracle.Observation, error) {
	rows, err := s.Pool.Query(ctx, `
		SELECT `+observationColumns+` FROM oracle_observations o
		WHERE o.asset = $1 AND ($2 = 0 OR o.id < $2)
		ORDER BY o.id DESC LIMIT $3`, asset, before, limit)
	if err != nil {
		return nil, err
	}
	return collectObservations(rows)
}

// --- pushes -----------------------------------------------------------------

const pushColumns = `p.id, p.asset, p.chain_id::text, p.feed, p.intended_round::text, p.attempt, p.idempotency_key,
	p.answer::text, p.observed_at, p.reason, p.previous_answer::text, p.calldata, p.state, p.round_id::text,
	p.tx_hash, p.block_number, p.gas_used, p.error, p.created_at, p.updated_at`

func scanPush(row pgx.Row) (oracle.Push, error) {
	var (
		p                          oracle.Push
		chainID, round, answer     string
		previous, roundID, errText *string
		feed, txHash               []byte
		reason, state              string
		block, gas                 *int64
	)
	err := row.Scan(&p.ID, &p.Asset, &chainID, &feed, &round, &p.Attempt, &p.IdempotencyKey, &answer, &p.ObservedAt,
		&reason, &previous, &p.Calldata, &state, &roundID, &txHash, &block, &gas, &errText, &p.CreatedAt, &p.UpdatedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return p, errs.E(errs.NotFound, "push_not_found", "no such push")
	}
	if err != nil {
		return p, err
	}
	p.ChainID = parseOracleNum(&chainID)
	p.Feed = common.BytesToAddress(feed)
	p.IntendedRound = parseOracleNum(&round)
	p.Answer = parseOracleNum(&answer)
	p.Reason = oracle.Reason(reason)
	p.Previous = parseOracleNum(previous)
	p.State = oracle.PushState(state)
	p.RoundID = parseOracleNum(roundID)
	if txHash != nil {
		p.TxHash = common.BytesToHash(txHash)
	}
	if block != nil {
		p.BlockNumber = uint64(*block)
	}
	if gas != nil {
		p.GasUsed = uint64(*gas)
	}
	if errText != nil {
		p.Error = *errText
	}
	p.ObservedAt, p.CreatedAt, p.UpdatedAt = p.ObservedAt.UTC(), p.CreatedAt.UTC(), p.UpdatedAt.UTC()
	return p, nil
}

// OpenPush implements oracle.Store.
func (s *OracleStore) OpenPush(ctx context.Context, chainID *big.Int, feed common.Address) (oracle.Push, error) {
	return scanPush(s.Pool.QueryRow(ctx, `SELECT `+pushColumns+` FROM oracle_pushes p
		WHERE p.chain_id = $1::numeric AND p.feed = $2 AND p.state = 'pending'`, chainID.String(), feed.Bytes()))
}

// NextAttempt implements oracle.Store.
func (s *OracleStore) NextAttempt(ctx context.Context, chainID *big.Int, feed common.Address, round *big.Int) (int, error) {
	var n int
	err := s.Pool.QueryRow(ctx, `SELECT COALESCE(max(attempt) + 1, 0) FROM oracle_pushes
		WHERE chain_id = $1::numeric AND feed = $2 AND intended_round = $3::numeric`,
		chainID.String(), feed.Bytes(), round.String()).Scan(&n)
	return n, err
}

// CreatePush implements oracle.Store.
func (s *OracleStore) CreatePush(ctx context.Context, p oracle.Push) (oracle.Push, error) {
	var out oracle.Push
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		var err error
		out, err = scanPush(tx.QueryRow(ctx, `
			INSERT INTO oracle_pushes AS p (asset, chain_id, feed, intended_round, attempt, idempotency_key, answer,
				observed_at, reason, previous_answer, calldata)
			VALUES ($1, $2::numeric, $3, $4::numeric, $5, $6, $7::numeric, $8, $9, $10::numeric, $11)
			RETURNING `+pushColumns,
			p.Asset, p.ChainID.String(), p.Feed.Bytes(), p.IntendedRound.String(), p.Attempt, p.IdempotencyKey,
			p.Answer.String(), p.ObservedAt, string(p.Reason), oracleNum(p.Previous), p.Calldata))
		if isOracleUnique(err, "") {
			return errs.Wrap(err, errs.Conflict, "push_exists", "the feed already has a pending push for this round")
		}
		if err != nil {
			return err
		}
		ids := make([]int64, 0, len(p.Used)+len(p.Rejected))
		roles := make([]string, 0, cap(ids))
		for _, o := range p.Used {
			ids, roles = append(ids, o.ID), append(roles, "used")
		}
		for _, o := range p.Rejected {
			ids, roles = append(ids, o.ID), append(roles, "rejected")
		}
		_, err = tx.Exec(ctx, `
			INSERT INTO oracle_push_observations (push_id, observation_id, role)
			SELECT $1, id, role FROM unnest($2::bigint[], $3::text[]) AS t (id, role)`, out.ID, ids, roles)
		out.Used, out.Rejected = p.Used, p.Rejected
		return err
	})
	return out, err
}

// FinishPush implements oracle.Store.
func (s *OracleStore) FinishPush(ctx context.Context, id int64, r oracle.PushResult) error {
	var txHash []byte
	if r.TxHash != (common.Hash{}) {
		txHash = r.TxHash.Bytes()
	}
	var block, gas *int64
	if r.BlockNumber > 0 {
		b := int64(r.BlockNumber)
		block = &b
	}
	if r.GasUsed > 0 {
		g := int64(r.GasUsed)
		gas = &g
	}
	var errText *string
	if r.Error != "" {
		errText = &r.Error
	}
	tag, err := s.Pool.Exec(ctx, `
		UPDATE oracle_pushes SET state = $2, round_id = $3::numeric, tx_hash = $4, block_number = $5, gas_used = $6,
			error = $7, updated_at = $8
		WHERE id = $1 AND state = 'pending'`,
		id, string(r.State), oracleNum(r.RoundID), txHash, block, gas, errText, r.At)
	if err == nil && tag.RowsAffected() == 0 {
		return errs.E(errs.NotFound, "push_not_found", "no such pending push")
	}
	return err
}

// Pushes implements oracle.Store.
func (s *OracleStore) Pushes(ctx context.Context, asset string, before int64, limit int) ([]oracle.Push, error) {
	rows, err := s.Pool.Query(ctx, `
		SELECT `+pushColumns+` FROM oracle_pushes p
		WHERE p.asset = $1 AND ($2 = 0 OR p.id < $2)
		ORDER BY p.id DESC LIMIT $3`, asset, before, limit)
	if err != nil {
		return nil, err
	}
	var out []oracle.Push
	byID := map[int64]int{}
	for rows.Next() {
		p, err := scanPush(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		byID[p.ID] = len(out)
		out = append(out, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(out) == 0 {
		return out, err
	}
	ids := make([]int64, len(out))
	for i, p := range out {
		ids[i] = p.ID
	}
	rows, err = s.Pool.Query(ctx, `
		SELECT `+observationColumns+`, po.push_id, po.role
		FROM oracle_push_observations po JOIN oracle_observations o ON o.id = po.observation_id
		WHERE po.push_id = ANY($1)
		ORDER BY po.push_id, o.value, o.id`, ids)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var pushID int64
		var role string
		o, err := scanObservation(rows, &pushID, &role)
		if err != nil {
			return nil, err
		}
		p := &out[byID[pushID]]
		if role == "used" {
			p.Used = append(p.Used, o)
		} else {
			p.Rejected = append(p.Rejected, o)
		}
	}
	return out, rows.Err()
}
