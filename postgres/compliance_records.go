package postgres

import (
	"context"
	"errors"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/errs"
)

// complianceLogLock serializes appends to the compliance log (an advisory
// lock key: "clog" in ASCII).
const complianceLogLock = 0x636c6f67

// appendLog chains d after the log's last entry, inside tx.
func appendLog(ctx context.Context, tx pgx.Tx, d compliance.LogDraft, now time.Time) (compliance.LogEntry, error) {
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, complianceLogLock); err != nil {
		return compliance.LogEntry{}, err
	}
	if d.Follows != nil {
		var newest int64
		if err := tx.QueryRow(ctx, `SELECT coalesce(max(seq), 0) FROM compliance_log WHERE subject = $1 AND action = $2`,
			d.Subject, d.Action).Scan(&newest); err != nil {
			return compliance.LogEntry{}, err
		}
		if newest != *d.Follows {
			return compliance.LogEntry{}, compliance.ErrMoved
		}
	}
	var prev *compliance.LogEntry
	var last compliance.LogEntry
	var hash []byte
	err := tx.QueryRow(ctx, `SELECT seq, hash FROM compliance_log ORDER BY seq DESC LIMIT 1`).Scan(&last.Seq, &hash)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
	case err != nil:
		return compliance.LogEntry{}, err
	default:
		copy(last.Hash[:], hash)
		prev = &last
	}
	e, err := compliance.NewLogEntry(prev, d, now)
	if err != nil {
		return e, err
	}
	_, err = tx.Exec(ctx, `INSERT INTO compliance_log (seq, at, actor, action, subject, data, prev_hash, hash)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, e.Seq, e.At, e.Actor, e.Action, e.Subject, string(e.Data), e.PrevHash[:], e.Hash[:])
	return e, err
}

// AppendLog implements compliance.Store.
func (s *ComplianceStore) AppendLog(ctx context.Context, d compliance.LogDraft, now time.Time) (compliance.LogEntry, error) {
	var e compliance.LogEntry
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		var err error
		e, err = appendLog(ctx, tx, d, now)
		return err
	})
	return e, err
}

// LogEntries implements compliance.LogReader.
func (s *ComplianceStore) LogEntries(ctx context.Context, after int64, limit int) ([]compliance.LogEntry, error) {
	rows, err := s.Pool.Query(ctx, `SELECT seq, at, actor, action, subject, data, prev_hash, hash FROM compliance_log
		WHERE seq > $1 ORDER BY seq LIMIT $2`, after, limit)
	if err != nil {
		return nil, err
	}
	return collectLog(rows)
}

// SubjectLog implements compliance.Store.
func (s *ComplianceStore) SubjectLog(ctx context.Context, action, subject string, before int64, limit int) ([]compliance.LogEntry, error) {
	rows, err := s.Pool.Query(ctx, `SELECT seq, at, actor, action, subject, data, prev_hash, hash FROM compliance_log
		WHERE subject = $1 AND action = $2 AND ($3 = 0 OR seq < $3) ORDER BY seq DESC LIMIT $4`, subject, action, before, limit)
	if err != nil {
		return nil, err
	}
	return collectLog(rows)
}

func collectLog(rows pgx.Rows) ([]compliance.LogEntry, error) {
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (compliance.LogEntry, error) {
		var e compliance.LogEntry
		var data string
		var prev, hash []byte
		if err := r.Scan(&e.Seq, &e.At, &e.Actor, &e.Action, &e.Subject, &data, &prev, &hash); err != nil {
			return e, err
		}
		e.Data = []byte(data)
		copy(e.PrevHash[:], prev)
		copy(e.Hash[:], hash)
		return e, nil
	})
}

const rulesColumns = `asset, version, country_restriction, allowed_countries, max_investors, max_balance::text,
	required_flags, lockup_seconds, valuation_feed, valuation_max_age, reason, actor, created_at,
	reserve_feed, reserve_max_age, reserve_margin_mode, reserve_margin::text,
	min_holding::text, flowback_until, force_full_transfer, lockup_reason`

func scanRules(row pgx.Row) (compliance.Rules, error) {
	var r compliance.Rules
	var asset string
	var maxInv *int64
	var maxBal, feed, minHolding *string
	var flags, lockupReason int16
	var lockup, maxAge int64
	var reserveFeed *string
	var reserveMaxAge int64
	var reserveMode, reserveMargin string
	err := row.Scan(&asset, &r.Version, &r.CountryRestriction, &r.AllowedCountries, &maxInv, &maxBal, &flags, &lockup,
		&feed, &maxAge, &r.Reason, &r.Actor, &r.CreatedAt, &reserveFeed, &reserveMaxAge, &reserveMode, &reserveMargin,
		&minHolding, &r.FlowbackUntil, &r.ForceFullTransfer, &lockupReason)
	if errors.Is(err, pgx.ErrNoRows) {
		return r, errs.E(errs.NotFound, "rules_not_found", "no rules were set for this asset")
	}
	if err != nil {
		return r, err
	}
	r.Asset = common.HexToAddress(asset)
	if maxInv != nil {
		n := uint32(*maxInv)
		r.MaxInvestors = &n
	}
	if maxBal != nil {
		r.MaxBalance, _ = new(big.Int).SetString(*maxBal, 10)
	}
	if feed != nil {
		f := common.HexToAddress(*feed)
		r.ValuationFeed = &f
	}
	if minHolding != nil {
		r.MinHolding, _ = new(big.Int).SetString(*minHolding, 10)
	}
	if r.FlowbackUntil != nil {
		t := r.FlowbackUntil.UTC()
		r.FlowbackUntil = &t
	}
	r.RequiredFlags, r.LockupSeconds, r.ValuationMaxAge = compliance.Flag(flags), uint64(lockup), uint64(maxAge)
	if reserveFeed != nil {
		g := &compliance.ReserveGuard{Feed: common.HexToAddress(*reserveFeed), MaxAge: uint64(reserveMaxAge),
			MarginMode: compliance.MarginMode(reserveMode)}
		if g.MarginMode != compliance.MarginNone {
			g.Margin, _ = new(big.Int).SetString(reserveMargin, 10)
		}
		r.ReserveGuard = g
	}
	r.LockupReason = compliance.LockReason(lockupReason)
	return r, nil
}

// SaveRules implements compliance.Store.
func (s *ComplianceStore) SaveRules(ctx context.Context, r compliance.Rules, basedOn *int64, now time.Time, draft func(compliance.Rules) compliance.LogDraft) (compliance.Rules, error) {
	var out compliance.Rules
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		// One writer per asset at a time: versions stay gapless, and the
		// version a change was made from is checked while it is in force.
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext('compliance_rules:' || $1))`, addrText(r.Asset)); err != nil {
			return err
		}
		if basedOn != nil {
			var inForce int64
			if err := tx.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM compliance_rules WHERE asset = $1`, addrText(r.Asset)).Scan(&inForce); err != nil {
				return err
			}
			if inForce != *basedOn {
				return compliance.ErrMoved
			}
		}
		var maxInv *int64
		if r.MaxInvestors != nil {
			n := int64(*r.MaxInvestors)
			maxInv = &n
		}
		var maxBal, feed, minHolding *string
		if r.MaxBalance != nil {
			v := r.MaxBalance.String()
			maxBal = &v
		}
		if r.MinHolding != nil {
			v := r.MinHolding.String()
			minHolding = &v
		}
		if r.ValuationFeed != nil {
			f := addrText(*r.ValuationFeed)
			feed = &f
		}
		var reserveFeed *string
		var reserveMaxAge int64
		reserveMode, reserveMargin := string(compliance.MarginNone), "0"
		if g := r.ReserveGuard; g != nil {
			f := addrText(g.Feed)
			reserveFeed, reserveMaxAge, reserveMode = &f, int64(g.MaxAge), string(g.MarginMode)
			if g.Margin != nil {
				reserveMargin = g.Margin.String()
			}
		}
		var err error
		out, err = scanRules(tx.QueryRow(ctx, `INSERT INTO compliance_rules (asset, version, country_restriction,
			allowed_countries, max_investors, max_balance, required_flags, lockup_seconds, valuation_feed,
			valuation_max_age, reason, actor, created_at, reserve_feed, reserve_max_age, reserve_margin_mode, reserve_margin,
			min_holding, flowback_until, force_full_transfer, lockup_reason)
			SELECT $1, COALESCE(MAX(version), 0) + 1, $2, $3, $4, $5::numeric, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16::numeric,
				$17::numeric, $18, $19, $20
			FROM compliance_rules WHERE asset = $1 RETURNING `+rulesColumns,
			addrText(r.Asset), r.CountryRestriction, r.AllowedCountries, maxInv, maxBal, int16(r.RequiredFlags),
			int64(r.LockupSeconds), feed, int64(r.ValuationMaxAge), r.Reason, r.Actor, now,
			reserveFeed, reserveMaxAge, reserveMode, reserveMargin,
			minHolding, r.FlowbackUntil, r.ForceFullTransfer, int16(r.LockupReason)))
		if err != nil {
			return err
		}
		_, err = appendLog(ctx, tx, draft(out), now)
		return err
	})
	return out, err
}

// Rules implements compliance.Store.
func (s *ComplianceStore) Rules(ctx context.Context, asset common.Address) (compliance.Rules, error) {
	return scanRules(s.Pool.QueryRow(ctx, `SELECT `+rulesColumns+` FROM compliance_rules WHERE asset = $1
		ORDER BY version DESC LIMIT 1`, addrText(asset)))
}

// RulesHistory implements compliance.Store.
func (s *ComplianceStore) RulesHistory(ctx context.Context, asset common.Address, before, limit int) ([]compliance.Rules, error) {
	if before <= 0 {
		before = 1<<31 - 1
	}
	rows, err := s.Pool.Query(ctx, `SELECT `+rulesColumns+` FROM compliance_rules WHERE asset = $1 AND version < $2
		ORDER BY version DESC LIMIT $3`, addrText(asset), before, limit)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (compliance.Rules, error) { return scanRules(r) })
}

const interventionColumns = `id, kind, asset, wallet, to_wallet, amount::text, reason, state, requested_by,
	COALESCE(decided_by, ''), decision_note, COALESCE(tx_key, ''), created_at, decided_at,
	lock_start, lock_cliff, lock_end, lock_reason, lock_index`

func scanIntervention(row pgx.Row) (compliance.Intervention, error) {
	var in compliance.Intervention
	var asset, wallet string
	var to, amount *string
	var lockStart, lockCliff, lockEnd *time.Time
	var lockReason *int16
	var lockIndex *int32
	err := row.Scan(&in.ID, &in.Kind, &asset, &wallet, &to, &amount, &in.Reason, &in.State, &in.RequestedBy,
		&in.DecidedBy, &in.DecisionNote, &in.TxKey, &in.CreatedAt, &in.DecidedAt,
		&lockStart, &lockCliff, &lockEnd, &lockReason, &lockIndex)
	if errors.Is(err, pgx.ErrNoRows) {
		return in, errs.E(errs.NotFound, "intervention_not_found", "no such intervention")
	}
	if err != nil {
		return in, err
	}
	in.Asset, in.Wallet = common.HexToAddress(asset), common.HexToAddress(wallet)
	if to != nil {
		t := common.HexToAddress(*to)
		in.To = &t
	}
	if amount != nil {
		in.Amount, _ = new(big.Int).SetString(*amount, 10)
	}
	if lockEnd != nil && lockStart != nil && lockCliff != nil && lockReason != nil {
		in.Lock = &compliance.LockTerms{Start: lockStart.UTC(), Cliff: lockCliff.UTC(), End: lockEnd.UTC(), Reason: compliance.LockReason(*lockReason)}
	}
	if lockIndex != nil {
		i := int(*lockIndex)
		in.LockIndex = &i
	}
	return in, nil
}

// lockColumns are an intervention's lock columns as arguments.
func lockColumns(in compliance.Intervention) (start, cliff, end *time.Time, reason *int16) {
	if l := in.Lock; l != nil {
		r := int16(l.Reason)
		return &l.Start, &l.Cliff, &l.End, &r
	}
	return nil, nil, nil, nil
}

// CreateIntervention implements compliance.Store.
func (s *ComplianceStore) CreateIntervention(ctx context.Context, in compliance.Intervention, now time.Time, draft func(compliance.Intervention) compliance.LogDraft) (compliance.Intervention, error) {
	var out compliance.Intervention
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		var to, amount *string
		if in.To != nil {
			t := addrText(*in.To)
			to = &t
		}
		if in.Amount != nil {
			a := in.Amount.String()
			amount = &a
		}
		start, cliff, end, reason := lockColumns(in)
		var err error
		out, err = scanIntervention(tx.QueryRow(ctx, `INSERT INTO compliance_interventions
			(kind, asset, wallet, to_wallet, amount, reason, requested_by, created_at, lock_start, lock_cliff, lock_end, lock_reason)
			VALUES ($1, $2, $3, $4, $5::numeric, $6, $7, $8, $9, $10, $11, $12) RETURNING `+interventionColumns,
			in.Kind, addrText(in.Asset), addrText(in.Wallet), to, amount, in.Reason, in.RequestedBy, now, start, cliff, end, reason))
		if err != nil {
			return err
		}
		_, err = appendLog(ctx, tx, draft(out), now)
		return err
	})
	return out, err
}

// DecideIntervention implements compliance.Store.
func (s *ComplianceStore) DecideIntervention(ctx context.Context, id int64, now time.Time, decide func(*compliance.Intervention) error, draft func(compliance.Intervention) compliance.LogDraft) (compliance.Intervention, error) {
	var out compliance.Intervention
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		in, err := scanIntervention(tx.QueryRow(ctx, `SELECT `+interventionColumns+` FROM compliance_interventions WHERE id = $1 FOR UPDATE`, id))
		if err != nil {
			return err
		}
		if err := decide(&in); err != nil {
			return err
		}
		var txKey *string
		if in.TxKey != "" {
			txKey = &in.TxKey
		}
		var lockIndex *int32
		if in.LockIndex != nil {
			i := int32(*in.LockIndex)
			lockIndex = &i
		}
		out, err = scanIntervention(tx.QueryRow(ctx, `UPDATE compliance_interventions SET state = $2, decided_by = $3,
			decision_note = $4, tx_key = $5, decided_at = $6, lock_index = $7 WHERE id = $1 RETURNING `+interventionColumns,
			id, in.State, in.DecidedBy, in.DecisionNote, txKey, now, lockIndex))
		if err != nil {
			return err
		}
		_, err = appendLog(ctx, tx, draft(out), now)
		return err
	})
	return out, err
}

// Intervention implements compliance.Store.
func (s *ComplianceStore) Intervention(ctx context.Context, id int64) (compliance.Intervention, error) {
	return scanIntervention(s.Pool.QueryRow(ctx, `SELECT `+interventionColumns+` FROM compliance_interventions WHERE id = $1`, id))
}

// Interventions implements compliance.Store.
func (s *ComplianceStore) Interventions(ctx context.Context, before int64, limit int) ([]compliance.Intervention, error) {
	if before <= 0 {
		before = 1<<63 - 1
	}
	rows, err := s.Pool.Query(ctx, `SELECT `+interventionColumns+` FROM compliance_interventions WHERE id < $1
		ORDER BY id DESC LIMIT $2`, before, limit)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (compliance.Intervention, error) { return scanIntervention(r) })
}

// StartReconciliation implements compliance.Store.
func (s *ComplianceStore) StartReconciliation(ctx context.Context) (int64, error) {
	var id int64
	err := s.Pool.QueryRow(ctx, `INSERT INTO compliance_reconciliations DEFAULT VALUES RETURNING id`).Scan(&id)
	return id, err
}

// FinishReconciliation implements compliance.Store.
func (s *ComplianceStore) FinishReconciliation(ctx context.Context, id int64, report string, now time.Time, d *compliance.LogDraft) error {
	return Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `UPDATE compliance_reconciliations SET report = $2 WHERE id = $1`, id, report); err != nil {
			return err
		}
		if d == nil {
			return nil
		}
		_, err := appendLog(ctx, tx, *d, now)
		return err
	})
}
