package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/dealing"
	"github.com/tessera-rwa/tessera/errs"
)

// DealingStore implements dealing.Store.
type DealingStore struct {
	Pool *pgxpool.Pool
}

var _ dealing.Store = (*DealingStore)(nil)

func dealNum(v *big.Int) *string {
	if v == nil {
		return nil
	}
	s := v.String()
	return &s
}

func dealBig(s string) *big.Int { v, _ := new(big.Int).SetString(s, 10); return v }

func dealBigOrNil(s *string) *big.Int {
	if s == nil {
		return nil
	}
	return dealBig(*s)
}

func dealHashBytes(h *common.Hash) []byte {
	if h == nil {
		return nil
	}
	return h.Bytes()
}

func dealHash(b []byte) *common.Hash {
	if b == nil {
		return nil
	}
	h := common.BytesToHash(b)
	return &h
}

// --- calendars ----------------------------------------------------------------

const calendarColumns = `c.asset, c.chain_id::text, c.dealing, c.feed, c.payment_token, c.unit_decimals, c.payment_decimals,
	c.time_zone, c.business_days, c.cutoff, c.settlement_lag, c.nav_ttl, c.min_deposit::text, c.max_deposit::text,
	c.min_redeem::text, c.max_redeem::text, c.modes, c.auto_approve_below::text, c.updated_by, c.updated_at,
	c.fee_bps, c.subscribe_global::text, c.subscribe_investor::text, c.subscribe_window,
	c.redeem_global::text, c.redeem_investor::text, c.redeem_window,
	ARRAY(SELECT to_char(h.day, 'YYYY-MM-DD') FROM dealing_holidays h WHERE h.asset = c.asset ORDER BY h.day)`

func scanCalendar(row pgx.Row) (dealing.Calendar, error) {
	var (
		c                       dealing.Calendar
		chainID, minDep, minRed string
		maxDep, maxRed, auto    *string
		dealingAddr, feed, pay  []byte
		unitDec, payDec, modes  int16
		ttl                     int64
		fee                     int16
		subG, subI, redG, redI  *string
		subW, redW              int32
	)
	err := row.Scan(&c.Asset, &chainID, &dealingAddr, &feed, &pay, &unitDec, &payDec, &c.TimeZone, &c.BusinessDays, &c.Cutoff,
		&c.SettlementLag, &ttl, &minDep, &maxDep, &minRed, &maxRed, &modes, &auto, &c.UpdatedBy, &c.UpdatedAt,
		&fee, &subG, &subI, &subW, &redG, &redI, &redW, &c.Holidays)
	if errors.Is(err, pgx.ErrNoRows) {
		return c, dealing.ErrNotFound
	}
	if err != nil {
		return c, err
	}
	c.ChainID, c.MinDeposit, c.MaxDeposit, c.MinRedeem, c.MaxRedeem, c.AutoApproveBelow =
		dealBig(chainID), dealBig(minDep), dealBigOrNil(maxDep), dealBig(minRed), dealBigOrNil(maxRed), dealBigOrNil(auto)
	c.Dealing, c.Feed, c.PaymentToken = common.BytesToAddress(dealingAddr), common.BytesToAddress(feed), common.BytesToAddress(pay)
	c.UnitDecimals, c.PaymentDecimals, c.Modes, c.NAVTTL = uint8(unitDec), uint8(payDec), dealing.Modes(modes), uint32(ttl)
	c.FeeBps = uint16(fee)
	c.SubscribeLimit = dealing.RateLimit{Global: dealBigOrNil(subG), PerInvestor: dealBigOrNil(subI), Window: uint32(subW)}
	c.RedeemLimit = dealing.RateLimit{Global: dealBigOrNil(redG), PerInvestor: dealBigOrNil(redI), Window: uint32(redW)}
	return c, nil
}

// SetCalendar implements dealing.Store.
func (s *DealingStore) SetCalendar(ctx context.Context, c dealing.Calendar) (dealing.Calendar, error) {
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `
			INSERT INTO dealing_calendars (asset, chain_id, dealing, feed, payment_token, unit_decimals, payment_decimals, time_zone,
				business_days, cutoff, settlement_lag, nav_ttl, min_deposit, max_deposit, min_redeem, max_redeem, modes,
				auto_approve_below, updated_by, updated_at, fee_bps, subscribe_global, subscribe_investor, subscribe_window,
				redeem_global, redeem_investor, redeem_window)
			VALUES ($1, $2::numeric, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::numeric, $14::numeric, $15::numeric, $16::numeric,
				$17, $18::numeric, $19, $20, $21, $22::numeric, $23::numeric, $24, $25::numeric, $26::numeric, $27)
			ON CONFLICT (asset) DO UPDATE SET chain_id = EXCLUDED.chain_id, dealing = EXCLUDED.dealing, feed = EXCLUDED.feed,
				payment_token = EXCLUDED.payment_token, unit_decimals = EXCLUDED.unit_decimals,
				payment_decimals = EXCLUDED.payment_decimals, time_zone = EXCLUDED.time_zone,
				business_days = EXCLUDED.business_days, cutoff = EXCLUDED.cutoff, settlement_lag = EXCLUDED.settlement_lag,
				nav_ttl = EXCLUDED.nav_ttl, min_deposit = EXCLUDED.min_deposit, max_deposit = EXCLUDED.max_deposit,
				min_redeem = EXCLUDED.min_redeem, max_redeem = EXCLUDED.max_redeem, modes = EXCLUDED.modes,
				auto_approve_below = EXCLUDED.auto_approve_below, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at,
				fee_bps = EXCLUDED.fee_bps, subscribe_global = EXCLUDED.subscribe_global,
				subscribe_investor = EXCLUDED.subscribe_investor, subscribe_window = EXCLUDED.subscribe_window,
				redeem_global = EXCLUDED.redeem_global, redeem_investor = EXCLUDED.redeem_investor,
				redeem_window = EXCLUDED.redeem_window`,
			c.Asset, c.ChainID.String(), c.Dealing.Bytes(), c.Feed.Bytes(), c.PaymentToken.Bytes(), int16(c.UnitDecimals),
			int16(c.PaymentDecimals), c.TimeZone, c.BusinessDays, c.Cutoff, c.SettlementLag, int64(c.NAVTTL), c.MinDeposit.String(),
			dealNum(c.MaxDeposit), c.MinRedeem.String(), dealNum(c.MaxRedeem), int16(c.Modes), dealNum(c.AutoApproveBelow),
			c.UpdatedBy, c.UpdatedAt, int16(c.FeeBps), dealNum(c.SubscribeLimit.Global), dealNum(c.SubscribeLimit.PerInvestor),
			int32(c.SubscribeLimit.Window), dealNum(c.RedeemLimit.Global), dealNum(c.RedeemLimit.PerInvestor), int32(c.RedeemLimit.Window))
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) && pgErr.Code == "23505" {
			return errs.E(errs.Conflict, "dealing_taken", fmt.Sprintf("Dealing contract %s on chain %s already has another asset's calendar", c.Dealing.Hex(), c.ChainID))
		}
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `DELETE FROM dealing_holidays WHERE asset = $1`, c.Asset); err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `INSERT INTO dealing_holidays (asset, day) SELECT $1, d::date FROM unnest($2::text[]) d`, c.Asset, c.Holidays)
		return err
	})
	if err != nil {
		return dealing.Calendar{}, err
	}
	return s.Calendar(ctx, c.Asset)
}

// Calendar implements dealing.Store.
func (s *DealingStore) Calendar(ctx context.Context, asset string) (dealing.Calendar, error) {
	return scanCalendar(s.Pool.QueryRow(ctx, `SELECT `+calendarColumns+` FROM dealing_calendars c WHERE c.asset = $1`, asset))
}

// Calendars implements dealing.Store.
func (s *DealingStore) Calendars(ctx context.Context) ([]dealing.Calendar, error) {
	rows, err := s.Pool.Query(ctx, `SELECT `+calendarColumns+` FROM dealing_calendars c ORDER BY c.asset`)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (dealing.Calendar, error) { return scanCalendar(r) })
}

// --- requests -----------------------------------------------------------------

const dealingRequestColumns = `r.chain_id::text, r.dealing, r.request_id::text, r.kind, r.controller, r.owner, r.amount::text, r.wire,
	r.paid, r.requested_at, r.state, r.result::text, r.round::text, r.request_tx, r.fulfil_tx, r.claim_tx, r.cancel_tx, r.updated_at,
	coalesce(r.payment_ref, r.payout_ref), wc.reference, r.cutoff,
	EXISTS (SELECT 1 FROM indexer_dealing_events v WHERE v.chain_id = r.chain_id AND v.dealing = r.dealing AND v.kind = 'day_voided'
		AND v.cutoff = r.cutoff)`

// dealingRequestsFrom is the requests with the bank reference of the wire
// confirmation approved here whose ref the chain recorded.
const dealingRequestsFrom = ` FROM dealing_requests r
	LEFT JOIN LATERAL (
		SELECT c.reference FROM dealing_wire_confirmations c
		WHERE c.chain_id = r.chain_id AND c.dealing = r.dealing AND c.request_id = r.request_id
			AND c.state IN ('approved', 'confirmed') AND c.ref_hash = coalesce(r.payment_ref, r.payout_ref)
		LIMIT 1) wc ON true`

func scanDealingRequest(row pgx.Row) (dealing.Request, error) {
	var (
		r                               dealing.Request
		chainID, id, amount             string
		kind, state                     string
		result, round                   *string
		addr, controller, owner         []byte
		reqTx, fulTx, claimTx, cancelTx []byte
		ref                             []byte
		reference                       *string
		cutoff                          *time.Time
	)
	if err := row.Scan(&chainID, &addr, &id, &kind, &controller, &owner, &amount, &r.Wire, &r.Paid, &r.RequestedAt, &state,
		&result, &round, &reqTx, &fulTx, &claimTx, &cancelTx, &r.UpdatedAt, &ref, &reference, &cutoff, &r.DayVoid); err != nil {
		return r, err
	}
	if cutoff != nil {
		r.Cutoff = cutoff.UTC()
	}
	r.ConfirmedRef = dealHash(ref)
	if reference != nil {
		r.WireReference = *reference
	}
	r.ChainID, r.ID, r.Amount, r.Result = dealBig(chainID), dealBig(id), dealBig(amount), dealBigOrNil(result)
	if round != nil {
		r.Round = dealBig(*round).Uint64()
	}
	r.Dealing, r.Controller, r.Owner = common.BytesToAddress(addr), common.BytesToAddress(controller), common.BytesToAddress(owner)
	r.Kind, r.State = dealing.Kind(kind), dealing.RequestState(state)
	r.RequestTx, r.FulfilTx, r.ClaimTx, r.CancelTx = dealHash(reqTx), dealHash(fulTx), dealHash(claimTx), dealHash(cancelTx)
	return r, nil
}

// Requests implements dealing.Store.
func (s *DealingStore) Requests(ctx context.Context, chainID *big.Int, addr common.Address, f dealing.RequestFilter, after *big.Int, limit int) ([]dealing.Request, error) {
	var controller []byte
	if f.Controller != nil {
		controller = f.Controller.Bytes()
	}
	rows, err := s.Pool.Query(ctx, `SELECT `+dealingRequestColumns+dealingRequestsFrom+`
		WHERE r.chain_id = $1::numeric AND r.dealing = $2 AND ($3 = '' OR r.state = $3) AND ($4::bytea IS NULL OR r.controller = $4)
			AND ($5::numeric IS NULL OR r.request_id > $5::numeric)
		ORDER BY r.request_id LIMIT $6`, chainID.String(), addr.Bytes(), string(f.State), controller, dealNum(after), limit)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (dealing.Request, error) { return scanDealingRequest(r) })
}

// collectUTC reads rows of one timestamp, in UTC.
func collectUTC(rows pgx.Rows) ([]time.Time, error) {
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (time.Time, error) {
		var t time.Time
		err := r.Scan(&t)
		return t.UTC(), err
	})
}

// PublishedCutoffs implements dealing.Store.
func (s *DealingStore) PublishedCutoffs(ctx context.Context, chainID *big.Int, addr common.Address, after time.Time, limit int) ([]time.Time, error) {
	rows, err := s.Pool.Query(ctx, `SELECT cutoff FROM indexer_dealing_events
		WHERE chain_id = $1::numeric AND dealing = $2 AND kind = 'cutoff_published' AND cutoff > $3
		ORDER BY cutoff LIMIT $4`, chainID.String(), addr.Bytes(), after, limit)
	if err != nil {
		return nil, err
	}
	return collectUTC(rows)
}

// PendingAt implements dealing.Store.
func (s *DealingStore) PendingAt(ctx context.Context, chainID *big.Int, addr common.Address, cutoff time.Time) ([]dealing.Request, error) {
	rows, err := s.Pool.Query(ctx, `SELECT `+dealingRequestColumns+dealingRequestsFrom+`
		WHERE r.chain_id = $1::numeric AND r.dealing = $2 AND r.state = 'pending' AND r.cutoff = $3
		ORDER BY r.request_id`, chainID.String(), addr.Bytes(), cutoff)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (dealing.Request, error) { return scanDealingRequest(r) })
}

// PendingCutoffs implements dealing.Store.
func (s *DealingStore) PendingCutoffs(ctx context.Context, chainID *big.Int, addr common.Address, upTo time.Time) ([]time.Time, error) {
	rows, err := s.Pool.Query(ctx, `SELECT DISTINCT cutoff FROM dealing_requests
		WHERE chain_id = $1::numeric AND dealing = $2 AND state = 'pending' AND cutoff <= $3
			AND NOT EXISTS (SELECT 1 FROM indexer_dealing_events v WHERE v.chain_id = $1 AND v.dealing = $2 AND v.kind = 'day_voided'
				AND v.cutoff = dealing_requests.cutoff)
		ORDER BY cutoff`, chainID.String(), addr.Bytes(), upTo)
	if err != nil {
		return nil, err
	}
	return collectUTC(rows)
}

// --- books --------------------------------------------------------------------

const bookColumns = `b.id, b.asset, b.chain_id::text, b.dealing, to_char(b.day, 'YYYY-MM-DD'), b.cutoff,
	to_char(b.settlement, 'YYYY-MM-DD'), b.state, b.round_id::text, b.nav::text, b.nav_decimals, b.nav_observed_at,
	b.unit_decimals, b.payment_decimals, b.gross_in::text, b.gross_out::text, b.net_reserve_need::text, b.units_in::text,
	b.units_out::text, b.refused, b.requested_by, b.requested_at, b.priced_at, b.decided_by, b.decided_at, b.decision_note,
	b.policy, b.updated_at`

func scanBook(row pgx.Row) (dealing.Book, error) {
	var (
		b                               dealing.Book
		chainID, day, settlement, state string
		roundID, nav                    *string
		navDec                          *int16
		observed                        *time.Time
		unitDec, payDec                 int16
		in, out, net, unitsIn, unitsOut string
		refused                         []byte
		addr                            []byte
		decidedBy                       *string
	)
	err := row.Scan(&b.ID, &b.Asset, &chainID, &addr, &day, &b.Cutoff, &settlement, &state, &roundID, &nav, &navDec, &observed,
		&unitDec, &payDec, &in, &out, &net, &unitsIn, &unitsOut, &refused, &b.RequestedBy, &b.RequestedAt, &b.PricedAt,
		&decidedBy, &b.DecidedAt, &b.DecisionNote, &b.Policy, &b.UpdatedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return b, dealing.ErrNotFound
	}
	if err != nil {
		return b, err
	}
	b.ChainID, b.Dealing, b.State = dealBig(chainID), common.BytesToAddress(addr), dealing.BookState(state)
	b.Date, _ = dealing.ParseDate(day)
	b.Settlement, _ = dealing.ParseDate(settlement)
	if roundID != nil {
		b.Round = dealing.Round{ID: dealBig(*roundID).Uint64(), Answer: dealBigOrNil(nav), Decimals: uint8(*navDec), ObservedAt: *observed}
	}
	b.UnitDecimals, b.PaymentDecimals = uint8(unitDec), uint8(payDec)
	b.Totals = dealing.Totals{GrossIn: dealBig(in), GrossOut: dealBig(out), NetReserveNeed: dealBig(net), UnitsIn: dealBig(unitsIn), UnitsOut: dealBig(unitsOut)}
	if err := json.Unmarshal(refused, &b.Refused); err != nil {
		return b, fmt.Errorf("book %d refusals: %w", b.ID, err)
	}
	if decidedBy != nil {
		b.DecidedBy = *decidedBy
	}
	return b, nil
}

// SaveBook implements dealing.Store: a new book, or an open book priced,
// in one transaction with its lines and batches.
func (s *DealingStore) SaveBook(ctx context.Context, b dealing.Book) (dealing.Book, error) {
	var id int64
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		refused, err := json.Marshal(dealOrEmpty(b.Refused))
		if err != nil {
			return err
		}
		var roundID, nav *string
		var navDec *int16
		var observed *time.Time
		if b.State != dealing.BookOpen && b.Round.ID != 0 {
			r, d := new(big.Int).SetUint64(b.Round.ID).String(), int16(b.Round.Decimals)
			roundID, nav, navDec, observed = &r, dealNum(b.Round.Answer), &d, &b.Round.ObservedAt
		}
		t := b.Totals
		zero := func(v *big.Int) string {
			if v == nil {
				return "0"
			}
			return v.String()
		}
		var decidedBy *string
		if b.DecidedBy != "" {
			decidedBy = &b.DecidedBy
		}
		err = tx.QueryRow(ctx, `
			INSERT INTO dealing_books AS t (asset, chain_id, dealing, day, cutoff, settlement, state, round_id, nav, nav_decimals,
				nav_observed_at, unit_decimals, payment_decimals, gross_in, gross_out, net_reserve_need, units_in, units_out,
				refused, requested_by, requested_at, priced_at, decided_by, decided_at, decision_note, policy)
			VALUES ($1, $2::numeric, $3, $4::date, $5, $6::date, $7, $8::numeric, $9::numeric, $10, $11, $12, $13, $14::numeric,
				$15::numeric, $16::numeric, $17::numeric, $18::numeric, $19, $20, $21, $22, $23, $24, $25, $26)
			ON CONFLICT (asset, cutoff) DO UPDATE SET state = EXCLUDED.state, round_id = EXCLUDED.round_id, nav = EXCLUDED.nav,
				nav_decimals = EXCLUDED.nav_decimals, nav_observed_at = EXCLUDED.nav_observed_at,
				unit_decimals = EXCLUDED.unit_decimals, payment_decimals = EXCLUDED.payment_decimals,
				gross_in = EXCLUDED.gross_in, gross_out = EXCLUDED.gross_out, net_reserve_need = EXCLUDED.net_reserve_need,
				units_in = EXCLUDED.units_in, units_out = EXCLUDED.units_out, refused = EXCLUDED.refused,
				priced_at = EXCLUDED.priced_at, decided_by = EXCLUDED.decided_by, decided_at = EXCLUDED.decided_at,
				decision_note = EXCLUDED.decision_note, policy = EXCLUDED.policy, updated_at = now()
			WHERE t.state = 'open' AND EXCLUDED.state <> 'open'
			RETURNING id`,
			b.Asset, b.ChainID.String(), b.Dealing.Bytes(), b.Date.String(), b.Cutoff, b.Settlement.String(), string(b.State),
			roundID, nav, navDec, observed, int16(b.UnitDecimals), int16(b.PaymentDecimals), zero(t.GrossIn), zero(t.GrossOut),
			zero(t.NetReserveNeed), zero(t.UnitsIn), zero(t.UnitsOut), refused, b.RequestedBy, b.RequestedAt, b.PricedAt,
			decidedBy, b.DecidedAt, b.DecisionNote, b.Policy).Scan(&id)
		if errors.Is(err, pgx.ErrNoRows) {
			return errs.E(errs.Conflict, "book_exists", fmt.Sprintf("%s's dealing day closing at %s already has a book",
				b.Asset, b.Cutoff.UTC().Format(time.RFC3339)))
		}
		if err != nil {
			return err
		}
		for _, l := range b.Lines {
			if _, err := tx.Exec(ctx, `
				INSERT INTO dealing_book_lines (book_id, request_id, kind, controller, owner, amount, wire, result, remainder_num,
					remainder_den, batch_index)
				VALUES ($1, $2::numeric, $3, $4, $5, $6::numeric, $7, $8::numeric, $9::numeric, $10::numeric, $11)`,
				id, l.RequestID.String(), string(l.Kind), l.Controller.Bytes(), l.Owner.Bytes(), l.Amount.String(), l.Wire,
				l.Result.String(), l.Remainder.Num.String(), l.Remainder.Den.String(), l.Batch); err != nil {
				return err
			}
		}
		for _, bt := range b.Batches {
			if _, err := tx.Exec(ctx, `
				INSERT INTO dealing_batches (book_id, batch_index, request_ids, gas, idempotency_key, tx_key, tx_hash, state)
				VALUES ($1, $2, $3::numeric[], $4, $5, $6, $7, $8)`,
				id, bt.Index, dealBigStrings(bt.RequestIDs), int64(bt.Gas), bt.Key, dealNilIfEmpty(bt.TxKey), dealHashBytes(bt.TxHash),
				string(bt.State)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return dealing.Book{}, err
	}
	return s.Book(ctx, id)
}

func dealOrEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func dealNilIfEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func dealBigStrings(vs []*big.Int) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = v.String()
	}
	return out
}

// Book implements dealing.Store.
func (s *DealingStore) Book(ctx context.Context, id int64) (dealing.Book, error) {
	b, err := scanBook(s.Pool.QueryRow(ctx, `SELECT `+bookColumns+` FROM dealing_books b WHERE b.id = $1`, id))
	if err != nil {
		return b, err
	}
	return b, s.withLines(ctx, s.Pool, &b)
}

// withLines reads b's lines and batches.
func (s *DealingStore) withLines(ctx context.Context, q querier, b *dealing.Book) error {
	rows, err := q.Query(ctx, `
		SELECT request_id::text, kind, controller, owner, amount::text, wire, result::text, remainder_num::text,
			remainder_den::text, batch_index
		FROM dealing_book_lines WHERE book_id = $1 ORDER BY request_id`, b.ID)
	if err != nil {
		return err
	}
	b.Lines, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (dealing.Line, error) {
		var (
			l                                dealing.Line
			id, kind, amount, result, rn, rd string
			controller, owner                []byte
		)
		err := r.Scan(&id, &kind, &controller, &owner, &amount, &l.Wire, &result, &rn, &rd, &l.Batch)
		l.RequestID, l.Kind, l.Amount, l.Result = dealBig(id), dealing.Kind(kind), dealBig(amount), dealBig(result)
		l.Controller, l.Owner, l.Remainder = common.BytesToAddress(controller), common.BytesToAddress(owner), dealing.Rational{Num: dealBig(rn), Den: dealBig(rd)}
		return l, err
	})
	if err != nil {
		return err
	}
	rows, err = q.Query(ctx, `
		SELECT batch_index, request_ids::text[], gas, idempotency_key, tx_key, tx_hash, state, error, retries
		FROM dealing_batches WHERE book_id = $1 ORDER BY batch_index`, b.ID)
	if err != nil {
		return err
	}
	b.Batches, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (dealing.Batch, error) {
		var (
			bt     dealing.Batch
			ids    []string
			gas    int64
			txKey  *string
			txHash []byte
			state  string
		)
		err := r.Scan(&bt.Index, &ids, &gas, &bt.Key, &txKey, &txHash, &state, &bt.Error, &bt.Retries)
		for _, id := range ids {
			bt.RequestIDs = append(bt.RequestIDs, dealBig(id))
		}
		bt.Gas, bt.TxHash, bt.State = uint64(gas), dealHash(txHash), dealing.BatchState(state)
		if txKey != nil {
			bt.TxKey = *txKey
		}
		return bt, err
	})
	return err
}

// BookAt implements dealing.Store.
func (s *DealingStore) BookAt(ctx context.Context, asset string, cutoff time.Time) (dealing.Book, bool, error) {
	b, err := scanBook(s.Pool.QueryRow(ctx, `SELECT `+bookColumns+` FROM dealing_books b WHERE b.asset = $1 AND b.cutoff = $2`, asset, cutoff))
	if errors.Is(err, dealing.ErrNotFound) {
		return b, false, nil
	}
	if err != nil {
		return b, false, err
	}
	return b, true, s.withLines(ctx, s.Pool, &b)
}

// Books implements dealing.Store.
func (s *DealingStore) Books(ctx context.Context, asset string, before int64, limit int) ([]dealing.Book, error) {
	rows, err := s.Pool.Query(ctx, `SELECT `+bookColumns+` FROM dealing_books b
		WHERE b.asset = $1 AND ($2 = 0 OR (b.cutoff, b.id) < (SELECT cutoff, id FROM dealing_books WHERE id = $2))
		ORDER BY b.cutoff DESC, b.id DESC LIMIT $3`, asset, before, limit)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (dealing.Book, error) { return scanBook(r) })
}

// BooksIn implements dealing.Store.
func (s *DealingStore) BooksIn(ctx context.Context, states ...dealing.BookState) ([]dealing.Book, error) {
	ss := make([]string, len(states))
	for i, st := range states {
		ss[i] = string(st)
	}
	rows, err := s.Pool.Query(ctx, `SELECT `+bookColumns+` FROM dealing_books b WHERE b.state = ANY($1) ORDER BY b.id`, ss)
	if err != nil {
		return nil, err
	}
	books, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (dealing.Book, error) { return scanBook(r) })
	if err != nil {
		return nil, err
	}
	for i := range books {
		if err := s.withLines(ctx, s.Pool, &books[i]); err != nil {
			return nil, err
		}
	}
	return books, nil
}

// UpdateBook implements dealing.Store: the book row is locked while change
// decides; its state, decision and batches' states are written back.
func (s *DealingStore) UpdateBook(ctx context.Context, id int64, change func(b *dealing.Book) error) (dealing.Book, error) {
	err := Transact(ctx, s.Pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		b, err := scanBook(tx.QueryRow(ctx, `SELECT `+bookColumns+` FROM dealing_books b WHERE b.id = $1 FOR UPDATE`, id))
		if err != nil {
			return err
		}
		if err := s.withLines(ctx, tx, &b); err != nil {
			return err
		}
		if err := change(&b); err != nil {
			return err
		}
		var decidedBy *string
		if b.DecidedBy != "" {
			decidedBy = &b.DecidedBy
		}
		if _, err := tx.Exec(ctx, `
			UPDATE dealing_books SET state = $2, decided_by = $3, decided_at = $4, decision_note = $5, policy = $6, updated_at = now()
			WHERE id = $1`, id, string(b.State), decidedBy, b.DecidedAt, b.DecisionNote, b.Policy); err != nil {
			return err
		}
		for _, bt := range b.Batches {
			// A failed batch's error is cut to what the column holds.
			if _, err := tx.Exec(ctx, `UPDATE dealing_batches SET state = $3, tx_key = $4, tx_hash = $5, error = left($6, 2000), retries = $7
				WHERE book_id = $1 AND batch_index = $2`,
				id, bt.Index, string(bt.State), dealNilIfEmpty(bt.TxKey), dealHashBytes(bt.TxHash), bt.Error, bt.Retries); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return dealing.Book{}, err
	}
	return s.Book(ctx, id)
}
