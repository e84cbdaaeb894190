package dealing

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/units"
)

// Config is what a Service needs.
type Config struct {
	Store Store
	// Keys resolves the principal behind a recorded actor, for four-eyes
	// decisions (postgres.APIKeyStore).
	Keys auth.Directory
	// Assets gives each asset's dealing contracts; Chain puts a calendar's
	// settings on its Dealing contract before the calendar is stored.
	Assets Assets
	Chain  Configurer
	// Node reads the contracts and simulates a wallet's calls for
	// PrepareCalls; nil: calls are not prepared here (chain_unavailable).
	Node Node
	// AutoApproveMax caps every calendar's auto-approval threshold, in
	// units of each calendar's payment token (10000 is 10,000 of it, at
	// whatever decimals it has): it is the platform operator's, not an
	// issuer's, so one issuer key cannot take a second principal off its
	// books. Nil: no calendar may auto-approve.
	AutoApproveMax *big.Rat
	// Wires keeps wire confirmations and WireSender sends them to the
	// chain once approved; nil: wire payments are not confirmed here.
	Wires      WireStore
	WireSender WireSender
	Now        func() time.Time
}

// AutoApproveCap is the platform's cap on auto-approval, max units of a
// payment token of decimals, in its base units (rounded down); nil when
// there is none.
func AutoApproveCap(max *big.Rat, decimals uint8) *big.Int {
	if max == nil {
		return nil
	}
	scaled := new(big.Rat).Mul(max, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)))
	return new(big.Int).Quo(scaled.Num(), scaled.Denom())
}

// Service is the dealing domain's door: every operation checks its
// principal against package auth's table.
type Service struct {
	cfg Config
}

// NewService checks cfg.
func NewService(cfg Config) (*Service, error) {
	if cfg.Store == nil || cfg.Keys == nil || cfg.Assets == nil || cfg.Chain == nil {
		return nil, errors.New("dealing: Store, Keys, Assets and Chain are required")
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Service{cfg: cfg}, nil
}

func notFound(what, id string) error {
	return errs.E(errs.NotFound, what+"_not_found", fmt.Sprintf("no %s %s", what, id))
}

func wrapNotFound(err error, what, id string) error {
	if errors.Is(err, ErrNotFound) {
		return notFound(what, id)
	}
	return err
}

// Calendar returns an asset's dealing calendar.
func (s *Service) Calendar(ctx context.Context, p auth.Principal, asset string) (Calendar, error) {
	if err := auth.Authorize(p, auth.DealingCalendarRead); err != nil {
		return Calendar{}, err
	}
	c, err := s.cfg.Store.Calendar(ctx, asset)
	return c, wrapNotFound(err, "calendar", asset)
}

// SetCalendar checks c and stores it as its asset's calendar (holidays
// sorted), with the asset's contracts as tokenization recorded them (any
// given in c are replaced). Its modes, fee, NAV time-to-live, tickets and
// rate limits are put on the Dealing contract first: a calendar with any
// bad field, or one the chain refuses, is not stored.
func (s *Service) SetCalendar(ctx context.Context, p auth.Principal, c Calendar) (Calendar, error) {
	if err := auth.Authorize(p, auth.DealingCalendarSet); err != nil {
		return Calendar{}, err
	}
	con, err := s.cfg.Assets.DealingOf(ctx, c.Asset)
	if err != nil {
		return Calendar{}, err
	}
	c.ChainID, c.Dealing, c.Feed, c.PaymentToken = con.ChainID, con.Dealing, con.Feed, con.PaymentToken
	c.UnitDecimals, c.PaymentDecimals = con.UnitDecimals, con.PaymentDecimals
	if err := c.ticketsInBaseUnits(); err != nil {
		return Calendar{}, err
	}
	if _, err := c.Schedule(); err != nil {
		return Calendar{}, err
	}
	if max := AutoApproveCap(s.cfg.AutoApproveMax, c.PaymentDecimals); c.AutoApproveBelow != nil && (max == nil || c.AutoApproveBelow.Cmp(max) > 0) {
		cap := "none: this platform does not auto-approve books"
		if max != nil {
			cap = units.Format(max, c.PaymentDecimals) + " units of the payment token"
		}
		return Calendar{}, errs.E(errs.Invalid, "auto_approve_above_cap", fmt.Sprintf(
			"the auto-approval threshold, %s units of the payment token, is above the platform's cap on auto-approval (%s); books above the cap need a second principal",
			units.Format(c.AutoApproveBelow, c.PaymentDecimals), cap))
	}
	c.Holidays = slices.Clone(c.Holidays)
	slices.Sort(c.Holidays)
	c.UpdatedBy, c.UpdatedAt = p.Actor(), s.cfg.Now().UTC()
	if err := s.cfg.Chain.Configure(ctx, c); err != nil {
		return Calendar{}, err
	}
	return s.cfg.Store.SetCalendar(ctx, c)
}

// Days lists an asset's next n dealing days from now: each cut-off and
// settlement date.
func (s *Service) Days(ctx context.Context, p auth.Principal, asset string, n int) ([]Day, error) {
	c, err := s.Calendar(ctx, p, asset)
	if err != nil {
		return nil, err
	}
	sched, err := c.Schedule()
	if err != nil {
		return nil, err
	}
	if n < 1 || n > MaxDays {
		return nil, invalid("invalid_n", fmt.Sprintf("n must be 1 to %d", MaxDays))
	}
	// The cut-offs already published are the days requests get, even
	// where a calendar changed since: they come first, then the
	// calendar's days after the last of them, as they will be published.
	now := s.cfg.Now()
	published, err := s.cfg.Store.PublishedCutoffs(ctx, c.ChainID, c.Dealing, now, n)
	if err != nil {
		return nil, err
	}
	days := make([]Day, 0, n)
	for _, cut := range published {
		d := sched.dateIn(cut)
		days = append(days, Day{Date: d, Cutoff: cut, Settlement: sched.Settlement(d)})
	}
	if len(days) == n {
		return days, nil
	}
	from := now
	if len(days) > 0 {
		from = days[len(days)-1].Cutoff
	}
	more, err := sched.Days(from, n-len(days))
	return append(days, more...), err
}

// Books lists an asset's books, newest cut-off first.
func (s *Service) Books(ctx context.Context, p auth.Principal, asset string, before int64, limit int) ([]Book, error) {
	if err := auth.Authorize(p, auth.DealingBookRead); err != nil {
		return nil, err
	}
	return s.cfg.Store.Books(ctx, asset, before, limit)
}

// Book returns a book with its lines and batches.
func (s *Service) Book(ctx context.Context, p auth.Principal, id int64) (Book, error) {
	if err := auth.Authorize(p, auth.DealingBookRead); err != nil {
		return Book{}, err
	}
	b, err := s.cfg.Store.Book(ctx, id)
	return b, wrapNotFound(err, "book", fmt.Sprint(id))
}

// Requests lists the indexed requests of an asset's Dealing contract
// matching f, by request id.
func (s *Service) Requests(ctx context.Context, p auth.Principal, asset string, f RequestFilter, after *big.Int, limit int) ([]Request, error) {
	if err := auth.Authorize(p, auth.DealingBookRead); err != nil {
		return nil, err
	}
	if f.State != "" && !f.State.Valid() {
		return nil, errs.E(errs.Invalid, "invalid_state", fmt.Sprintf("state %q is not one of pending, fulfilled, claimed, cancelled, cancel_claimed, rejected", f.State))
	}
	c, err := s.cfg.Store.Calendar(ctx, asset)
	if err != nil {
		return nil, wrapNotFound(err, "calendar", asset)
	}
	return s.cfg.Store.Requests(ctx, c.ChainID, c.Dealing, f, after, limit)
}

// ApproveBook approves a priced book on p's behalf: four-eyes, p must be
// independent of the book's requester (the dealing job, system:dealing,
// so any approver key qualifies; a book closed by a key needs another
// owner's). The Closer then sends its batches.
func (s *Service) ApproveBook(ctx context.Context, p auth.Principal, id int64, note string) (Book, error) {
	return s.decide(ctx, p, id, BookApproved, note)
}

// RejectBook rejects a priced book (four-eyes, as ApproveBook): nothing
// deals at its day. The Closer then declares the day void on chain
// (Dealing.voidDay), after which its investors may cancel its requests;
// the book ends void. A note is required.
func (s *Service) RejectBook(ctx context.Context, p auth.Principal, id int64, note string) (Book, error) {
	if strings.TrimSpace(note) == "" {
		return Book{}, errs.E(errs.Invalid, "note_required", "a rejection needs a note saying why")
	}
	return s.decide(ctx, p, id, BookRejected, note)
}

// RetryBatch sends a failed batch of an approved book again, in a new
// round of MaxAttempts attempts (Batch.SendKey), once an operator fixed
// what made it fail (an empty reserve, say): the same requests, still
// pending, at the book's round. Nothing is decided anew, so no second
// principal is needed. Only a failed batch is retried.
func (s *Service) RetryBatch(ctx context.Context, p auth.Principal, id int64, index int) (Book, error) {
	if err := auth.Authorize(p, auth.DealingBatchRetry); err != nil {
		return Book{}, err
	}
	b, err := s.cfg.Store.UpdateBook(ctx, id, func(b *Book) error {
		if index < 0 || index >= len(b.Batches) {
			return errs.E(errs.NotFound, "batch_not_found", fmt.Sprintf("book %d has no batch %d", b.ID, index))
		}
		bt := &b.Batches[index]
		if bt.State != BatchFailed {
			return errs.E(errs.Conflict, "batch_not_failed", fmt.Sprintf("batch %d of book %d is %s: only a failed batch is retried", index, b.ID, bt.State))
		}
		bt.State, bt.Error, bt.TxKey = BatchPending, "", ""
		bt.Retries++
		return nil
	})
	return b, wrapNotFound(err, "book", fmt.Sprint(id))
}

// MaxNote bounds a decision note.
const MaxNote = 1000

func (s *Service) decide(ctx context.Context, p auth.Principal, id int64, to BookState, note string) (Book, error) {
	if err := auth.Authorize(p, auth.DealingBookDecide); err != nil {
		return Book{}, err
	}
	if len(note) > MaxNote {
		return Book{}, errs.E(errs.Invalid, "note_too_long", fmt.Sprintf("a note has at most %d bytes", MaxNote))
	}
	b, err := s.cfg.Store.Book(ctx, id)
	if err != nil {
		return Book{}, wrapNotFound(err, "book", fmt.Sprint(id))
	}
	if err := auth.Check(ctx, s.cfg.Keys, auth.DealingBookDecide, p, b.RequestedBy); err != nil {
		return Book{}, err
	}
	actor := p.Actor()
	b, err = s.cfg.Store.UpdateBook(ctx, id, func(b *Book) error {
		if b.State != BookPriced {
			return errs.E(errs.Conflict, "already_decided", fmt.Sprintf("book %d is %s, not priced", b.ID, b.State))
		}
		if b.RequestedBy == actor {
			return errs.E(errs.Forbidden, "self_approval", "four-eyes: the requester cannot decide its own book")
		}
		now := s.cfg.Now().UTC()
		b.State, b.DecidedBy, b.DecidedAt, b.DecisionNote = to, actor, &now, note
		return nil
	})
	return b, wrapNotFound(err, "book", fmt.Sprint(id))
}
