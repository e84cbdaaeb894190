package dealing

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/internal/lead"
)

// ErrNotYet is CloseDay's answer while the index does not reach past the
// cut-off, or the day's NAV round does not exist (the book is then stored
// open): closing the day again later prices it.
var ErrNotYet = errors.New("dealing: the day's NAV round is not observed yet")

// LockName is the leader lock a Closer with a Locker holds.
const LockName = "dealing-closer"

// Closer takes each asset's dealing days from cut-off to fulfilled: it
// keeps each calendar's next cut-offs published on its Dealing contract
// (Cutoffs), closes a day (CloseDay: the book priced at the day's round,
// approved by policy under the calendar's threshold, else left for a
// second principal) — every passed cut-off that requests are still
// pending at, and the calendar's latest —, sends an approved book's
// batches through the Fulfiller, and marks a book fulfilled once none of
// its requests is pending on chain.
// Run as a loop (Start/Stop) it does so every Every, in the one process
// holding the "dealing-closer" leader lock.
type Closer struct {
	Store     Store
	NAV       NAVSource
	Fulfiller Fulfiller
	// Voider, optional, declares void on chain the days no round can price
	// any more and the days whose book an approver rejected, so that their
	// requests may be cancelled; nil leaves them as they are.
	Voider Voider
	// Cutoffs tops each calendar's published cut-offs up on every pass
	// (ChainConfigurer, through the CONFIG_ROLE signer); nil leaves them
	// to the calendar's changes.
	Cutoffs CutoffPublisher
	Gas     Gas
	// Estimator, optional, measures each batch on the chain at pricing:
	// the book is split into the fewest equal batches whose measured gas
	// fits Gas.Budget, and by Gas's figures only when the chain cannot
	// say.
	Estimator Estimator
	// Principal is who closes days: the requester every book's decision
	// must be independent of. Default auth.System("dealing", auth.Issuer).
	Principal auth.Principal
	Now       func() time.Time
	Every     time.Duration // 30s
	Locker    lead.Locker   // optional (postgres.Leader); nil runs in every process
	// AutoApproveMax caps the calendars' auto-approval thresholds, in
	// units of each payment token, as Config.AutoApproveMax does when they
	// are set: lowering it takes effect on the next book. Nil: no book is
	// approved by policy.
	AutoApproveMax *big.Rat
	Logger         *slog.Logger

	mu   sync.Mutex
	loop *lead.Loop
}

func (c *Closer) defaults() {
	if c.Principal.IsZero() {
		c.Principal = auth.System("dealing", auth.Issuer)
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Every == 0 {
		c.Every = 30 * time.Second
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
}

// CloseDay closes asset's dealing day whose cut-off is cutoff: it builds
// the book from the pending requests the contract stamped with that
// cut-off, priced at the first NAV round observed at or after it, and
// stores it. Without such a round yet it stores the book open and returns
// ErrNotYet. A day already priced (or further) is returned as stored:
// closing is idempotent. The cut-off is one of the calendar's, or one
// published under an earlier calendar that requests are stamped with.
func (c *Closer) CloseDay(ctx context.Context, asset string, cutoff time.Time) (Book, error) {
	c.defaults()
	if err := auth.Authorize(c.Principal, auth.DealingClose); err != nil {
		return Book{}, err
	}
	cal, err := c.Store.Calendar(ctx, asset)
	if err != nil {
		return Book{}, wrapNotFound(err, "calendar", asset)
	}
	sched, err := cal.Schedule()
	if err != nil {
		return Book{}, err
	}
	now := c.Now().UTC()
	cut, date, err := sched.PrevCutoff(cutoff)
	onCalendar := err == nil && cut.Equal(cutoff)
	if !onCalendar {
		date = sched.dateIn(cutoff)
	}
	if cutoff.After(now) {
		return Book{}, errs.E(errs.Conflict, "day_not_closed", "the dealing day closes at "+cutoff.UTC().Format(time.RFC3339))
	}
	old, exists, err := c.Store.BookAt(ctx, asset, cutoff)
	if err != nil {
		return Book{}, err
	}
	if exists && old.State != BookOpen {
		return old, nil
	}
	// The day's requests are read from the index: until it holds a block
	// after the cut-off, a request of the day may still be on its way in,
	// and a day that looks empty would close without it. How far the index
	// reaches is read first, so the requests read next hold every one of
	// the blocks it names.
	through, err := c.NAV.IndexedThrough(ctx)
	if err != nil {
		return Book{}, fmt.Errorf("dealing: how far the index reaches: %w", err)
	}
	reqs, err := c.Store.PendingAt(ctx, cal.ChainID, cal.Dealing, cutoff)
	if err != nil {
		return Book{}, err
	}
	if !onCalendar && len(reqs) == 0 && !exists {
		return Book{}, errs.E(errs.Invalid, "not_a_cutoff", cutoff.UTC().Format(time.RFC3339)+" is not a cut-off of "+asset+"'s calendar nor one its requests are stamped with")
	}
	open := func() (Book, error) {
		if exists {
			return old, ErrNotYet
		}
		b, err := c.Store.SaveBook(ctx, Book{Asset: asset, ChainID: cal.ChainID, Dealing: cal.Dealing, Date: date, Cutoff: cutoff,
			Settlement: sched.Settlement(date), State: BookOpen, UnitDecimals: cal.UnitDecimals, PaymentDecimals: cal.PaymentDecimals,
			RequestedBy: c.Principal.Actor(), RequestedAt: now})
		if err != nil {
			return Book{}, err
		}
		return b, ErrNotYet
	}
	if !through.After(cutoff) {
		return open()
	}
	ttl, void, err := c.dayTerms(ctx, cal, cutoff)
	if err != nil {
		return Book{}, err
	}
	if void || slices.ContainsFunc(reqs, func(r Request) bool { return r.DayVoid }) {
		// Declared void on chain (by anyone, with its proof) before this
		// job priced it: nothing deals at it.
		b := Book{Asset: asset, ChainID: cal.ChainID, Dealing: cal.Dealing, Date: date, Cutoff: cutoff,
			Settlement: sched.Settlement(date), State: BookVoid, UnitDecimals: cal.UnitDecimals, PaymentDecimals: cal.PaymentDecimals,
			RequestedBy: c.Principal.Actor(), RequestedAt: now, DecidedBy: AutoApprover, DecidedAt: &now, Policy: PolicyNoNAV,
			DecisionNote: voidNote}
		if exists {
			b.ID, b.RequestedAt = old.ID, old.RequestedAt
		}
		return c.Store.SaveBook(ctx, b)
	}
	if len(reqs) == 0 {
		// Nothing to price: the day closes without waiting for its NAV.
		b := Book{Asset: asset, ChainID: cal.ChainID, Dealing: cal.Dealing, Date: date, Cutoff: cutoff,
			Settlement: sched.Settlement(date), UnitDecimals: cal.UnitDecimals, PaymentDecimals: cal.PaymentDecimals,
			RequestedBy: c.Principal.Actor(), RequestedAt: now}
		if exists {
			b.ID, b.RequestedAt = old.ID, old.RequestedAt
		}
		applyPolicy(&b, cal, c.AutoApproveMax, now)
		return c.Store.SaveBook(ctx, b)
	}
	round, ok, err := c.NAV.RoundAfter(ctx, cal.Feed, cutoff)
	if err != nil {
		return Book{}, fmt.Errorf("dealing: NAV round of %s after %s: %w", asset, cutoff.UTC().Format(time.RFC3339), err)
	}
	if !ok {
		return open()
	}
	if stale(round, cutoff, ttl) {
		// The day's first round came too late: nothing can price the day,
		// which stays open until it is declared void (voidDue).
		c.Logger.Warn("the dealing day's first NAV round is stale: the day will be void", "asset", asset,
			"cutoff", cutoff, "round", round.ID, "observed", round.ObservedAt, "written", round.WrittenAt, "nav_ttl", ttl)
		return open()
	}
	b, err := BuildBook(Pricing{Calendar: cal, Cutoff: cutoff, Round: round, Gas: c.Gas, NAVTTL: ttl}, reqs)
	if err != nil {
		return Book{}, err
	}
	c.pack(ctx, &b)
	b.RequestedBy, b.RequestedAt, b.PricedAt = c.Principal.Actor(), now, &now
	if exists {
		b.RequestedAt = old.RequestedAt
	}
	applyPolicy(&b, cal, c.AutoApproveMax, now)
	return c.Store.SaveBook(ctx, b)
}

// stale says round cannot price the day of cutoff, whose NAV time-to-live
// is ttl: it was observed, or written on chain, later than ttl after it.
func stale(round Round, cutoff time.Time, ttl time.Duration) bool {
	return round.ObservedAt.Sub(cutoff) > ttl || (!round.WrittenAt.IsZero() && round.WrittenAt.Sub(cutoff) > ttl)
}

// dayTerms reads the day of cutoff on cal's Dealing contract through the
// Voider: its NAV time-to-live, fixed when the cut-off was published, and
// whether it is void. Without a Voider (or for a day the contract does
// not know) the calendar's time-to-live stands.
func (c *Closer) dayTerms(ctx context.Context, cal Calendar, cutoff time.Time) (time.Duration, bool, error) {
	ttl := time.Duration(cal.NAVTTL) * time.Second
	if c.Voider == nil {
		return ttl, false, nil
	}
	d, err := c.Voider.ChainDay(ctx, cal.Dealing, cutoff)
	if err != nil {
		return 0, false, err
	}
	if d.NAVTTL > 0 {
		ttl = d.NAVTTL
	}
	return ttl, d.Void, nil
}

// pack splits b's lines into the fewest runs of equal size (in id order)
// whose fulfil the Estimator measures within the budget, each batch
// keeping its measured gas. It tries one batch, then two, up to as many as
// Gas's figures made, and keeps those when no split measures within the
// budget (or the chain cannot measure: a call too big for its gas cap is
// a split that does not fit).
func (c *Closer) pack(ctx context.Context, b *Book) {
	if c.Estimator == nil || len(b.Lines) == 0 {
		return
	}
	for k := 1; k <= len(b.Batches); k++ {
		runs := make([]Batch, 0, k)
		fits := true
		for i, from := 0, 0; i < k && fits; i++ {
			to := from + (len(b.Lines)-from)/(k-i) // equal runs, the longer first
			if (len(b.Lines)-from)%(k-i) != 0 {
				to++
			}
			ids := make([]*big.Int, 0, to-from)
			for _, l := range b.Lines[from:to] {
				ids = append(ids, l.RequestID)
			}
			gas, err := c.Estimator.EstimateFulfil(ctx, b.Dealing, b.Cutoff, b.Round.ID, ids)
			if err != nil || gas > c.Gas.Budget {
				if err != nil && ctx.Err() == nil {
					c.Logger.Debug("a fulfil batch does not measure within the budget", "asset", b.Asset, "batches", k, "requests", len(ids), "error", err)
				}
				fits = false
				break
			}
			runs = append(runs, Batch{Index: i, RequestIDs: ids, Gas: gas, State: BatchPending, Key: BatchKey(b.ChainID, b.Dealing, b.Cutoff, i)})
			from = to
		}
		if !fits {
			continue
		}
		n := 0
		for i, bt := range runs {
			for range bt.RequestIDs {
				b.Lines[n].Batch = i
				n++
			}
		}
		b.Batches = runs
		return
	}
	c.Logger.Warn("no fulfil split measures within the gas budget: batches sized by the per-request figure", "asset", b.Asset, "cutoff", b.Cutoff, "batches", len(b.Batches))
}

// applyPolicy decides what needs no second principal: a book with no
// line has nothing to fulfil, and one whose total gross value is below the
// calendar's threshold, and below the platform's cap max, is approved by
// policy.
func applyPolicy(b *Book, cal Calendar, maxUnits *big.Rat, now time.Time) {
	gross, max := b.Totals.Gross(), AutoApproveCap(maxUnits, cal.PaymentDecimals)
	switch {
	case len(b.Lines) == 0:
		b.State, b.DecidedBy, b.DecidedAt, b.Policy = BookFulfilled, AutoApprover, &now, "nothing_to_fulfil"
		b.DecisionNote = "no request to fulfil"
	case cal.AutoApproveBelow != nil && max != nil && gross.Cmp(cal.AutoApproveBelow) < 0 && gross.Cmp(max) < 0:
		b.State, b.DecidedBy, b.DecidedAt, b.Policy = BookApproved, AutoApprover, &now, PolicyAutoApprove
		b.DecisionNote = fmt.Sprintf("total gross value %s is below the calendar's auto-approval threshold %s", gross, cal.AutoApproveBelow)
	}
}

// Pass runs one round of the closer's work: top each calendar's published
// cut-offs up, close each calendar's latest closed day and every passed
// day with requests still pending (and price days left open), send
// approved books' batches, and mark books whose requests all left pending
// as fulfilled. Errors are logged; one asset's failure does not stop the
// others.
func (c *Closer) Pass(ctx context.Context) {
	c.defaults()
	if err := c.publishCutoffs(ctx); err != nil && ctx.Err() == nil {
		c.Logger.Error("publishing dealing cut-offs failed", "error", err)
	}
	if err := c.closeDue(ctx); err != nil && ctx.Err() == nil {
		c.Logger.Error("closing dealing days failed", "error", err)
	}
	if err := c.voidDue(ctx); err != nil && ctx.Err() == nil {
		c.Logger.Error("voiding dealing days failed", "error", err)
	}
	if err := c.fulfilApproved(ctx); err != nil && ctx.Err() == nil {
		c.Logger.Error("fulfilling dealing books failed", "error", err)
	}
	if err := c.settleFulfilling(ctx); err != nil && ctx.Err() == nil {
		c.Logger.Error("following dealing books failed", "error", err)
	}
}

// publishCutoffs queues each calendar's next cut-offs beyond the last
// published one, so that requests always have a day to be stamped with.
func (c *Closer) publishCutoffs(ctx context.Context) error {
	if c.Cutoffs == nil {
		return nil
	}
	cals, err := c.Store.Calendars(ctx)
	if err != nil {
		return err
	}
	var errsSeen []error
	for _, cal := range cals {
		if err := c.Cutoffs.PublishCutoffs(ctx, cal, false); err != nil {
			errsSeen = append(errsSeen, fmt.Errorf("%s: %w", cal.Asset, err))
		}
	}
	return errors.Join(errsSeen...)
}

func (c *Closer) closeDue(ctx context.Context) error {
	cals, err := c.Store.Calendars(ctx)
	if err != nil {
		return err
	}
	open, err := c.Store.BooksIn(ctx, BookOpen)
	if err != nil {
		return err
	}
	now := c.Now()
	type day struct {
		asset  string
		cutoff time.Time
	}
	var days []day
	for _, b := range open {
		days = append(days, day{b.Asset, b.Cutoff})
	}
	for _, cal := range cals {
		sched, err := cal.Schedule()
		if err != nil {
			c.Logger.Error("a stored dealing calendar does not check", "asset", cal.Asset, "error", err)
			continue
		}
		// Every passed day requests are still pending at (days missed
		// while the job was down included), then the latest.
		pending, err := c.Store.PendingCutoffs(ctx, cal.ChainID, cal.Dealing, now)
		if err != nil {
			return err
		}
		for _, cut := range pending {
			days = append(days, day{cal.Asset, cut})
		}
		cut, _, err := sched.PrevCutoff(now)
		if err != nil {
			continue
		}
		days = append(days, day{cal.Asset, cut})
	}
	var errsSeen []error
	seen := map[day]bool{}
	for _, d := range days {
		d.cutoff = d.cutoff.UTC()
		if seen[d] {
			continue
		}
		seen[d] = true
		b, err := c.CloseDay(ctx, d.asset, d.cutoff)
		switch {
		case errors.Is(err, ErrNotYet):
			continue
		case err != nil:
			errsSeen = append(errsSeen, fmt.Errorf("%s at %s: %w", d.asset, d.cutoff.UTC().Format(time.RFC3339), err))
		case b.PricedAt != nil && now.Sub(*b.PricedAt) < c.Every:
			c.Logger.Info("dealing day priced", "asset", b.Asset, "cutoff", b.Cutoff, "book", b.ID, "state", b.State, "lines", len(b.Lines))
		}
	}
	return errors.Join(errsSeen...)
}

// fulfilApproved sends every pending batch of the approved and
// fulfilling books, each under its idempotency key: a batch sent twice (a
// crash between sending and recording) is one transaction. A sent batch
// whose requests are still pending is handed to the Fulfiller again,
// which sends nothing while its transaction is in flight and tries again
// only after it failed.
func (c *Closer) fulfilApproved(ctx context.Context) error {
	books, err := c.Store.BooksIn(ctx, BookApproved, BookFulfilling)
	if err != nil {
		return err
	}
	var errsSeen []error
	for _, b := range books {
		for _, bt := range b.Batches {
			if bt.State == BatchFulfilled {
				continue
			}
			gas := bt.Gas
			if bt.Retries > 0 {
				gas = 0 // measured afresh, for the requests still pending
			}
			sendErr := c.Fulfiller.Fulfil(ctx, bt.SendKey(), b.Dealing, b.Cutoff, b.Round.ID, bt.RequestIDs, gas)
			if errors.Is(sendErr, ErrBatchFailed) {
				if bt.State != BatchFailed {
					c.Logger.Error("a dealing fulfilment batch failed: it waits for an operator to retry it", "asset", b.Asset,
						"book", b.ID, "batch", bt.Index, "error", sendErr)
					if _, err := c.Store.UpdateBook(ctx, b.ID, func(b *Book) error {
						b.Batches[bt.Index].State, b.Batches[bt.Index].Error = BatchFailed, sendErr.Error()
						return nil
					}); err != nil {
						errsSeen = append(errsSeen, err)
					}
				}
				break
			}
			if sendErr != nil {
				errsSeen = append(errsSeen, fmt.Errorf("book %d batch %d: %w", b.ID, bt.Index, sendErr))
				break
			}
			if bt.State == BatchSent {
				continue
			}
			if _, err := c.Store.UpdateBook(ctx, b.ID, func(b *Book) error {
				b.Batches[bt.Index].State, b.Batches[bt.Index].TxKey = BatchSent, bt.SendKey()
				if b.State == BookApproved {
					b.State = BookFulfilling
				}
				return nil
			}); err != nil {
				errsSeen = append(errsSeen, err)
				break
			}
		}
	}
	return errors.Join(errsSeen...)
}

// voidNote is the decision note of a book voided for want of a NAV round.
const voidNote = "no NAV round fit for the day came within the NAV time-to-live: nothing deals at it, and its requests may be cancelled"

// voidDue declares void, through the Voider, every day no round can price
// any more — an open book past its cut-off by the day's NAV time-to-live,
// the index reaching past that too, whose first round after the cut-off
// is missing or stale, and which the contract itself, run as any caller,
// judges unpriceable — and every rejected book's day; the book then ends
// void.
func (c *Closer) voidDue(ctx context.Context) error {
	if c.Voider == nil {
		return nil
	}
	books, err := c.Store.BooksIn(ctx, BookOpen, BookRejected)
	if err != nil {
		return err
	}
	if len(books) == 0 {
		return nil
	}
	through, err := c.NAV.IndexedThrough(ctx)
	if err != nil {
		return fmt.Errorf("dealing: how far the index reaches: %w", err)
	}
	now := c.Now().UTC()
	var errsSeen []error
	for _, b := range books {
		var first uint64
		if b.State == BookOpen {
			cal, err := c.Store.Calendar(ctx, b.Asset)
			if err != nil {
				errsSeen = append(errsSeen, fmt.Errorf("%s: %w", b.Asset, err))
				continue
			}
			ttl, _, err := c.dayTerms(ctx, cal, b.Cutoff)
			if err != nil {
				errsSeen = append(errsSeen, fmt.Errorf("%s: %w", b.Asset, err))
				continue
			}
			deadline := b.Cutoff.Add(ttl)
			if !now.After(deadline) || !through.After(deadline) {
				continue // a round may still come
			}
			round, ok, err := c.NAV.RoundAfter(ctx, cal.Feed, b.Cutoff)
			if err != nil {
				errsSeen = append(errsSeen, fmt.Errorf("%s: %w", b.Asset, err))
				continue
			}
			if ok && !stale(round, b.Cutoff, ttl) {
				continue // the day can be priced: CloseDay does
			}
			if ok {
				first = round.ID
			}
		}
		// An open book's day is voided only as the contract judges it
		// unpriceable (the proof any caller gives); a rejected book's is
		// the approver's decision, which the fulfiller carries out.
		done, err := c.Voider.Void(ctx, VoidKey(b.ChainID, b.Dealing, b.Cutoff), b.Dealing, b.Cutoff, first, b.State == BookOpen)
		if err != nil {
			errsSeen = append(errsSeen, fmt.Errorf("%s at %s: %w", b.Asset, b.Cutoff.UTC().Format(time.RFC3339), err))
			continue
		}
		if !done {
			continue
		}
		if _, err := c.Store.UpdateBook(ctx, b.ID, func(b *Book) error {
			switch b.State {
			case BookOpen:
				b.State, b.DecidedBy, b.DecidedAt, b.Policy = BookVoid, AutoApprover, &now, PolicyNoNAV
				b.DecisionNote = voidNote
			case BookRejected:
				b.State = BookVoid
			}
			return nil
		}); err != nil {
			errsSeen = append(errsSeen, err)
			continue
		}
		c.Logger.Warn("dealing day void: its requests may be cancelled", "asset", b.Asset, "cutoff", b.Cutoff, "book", b.ID)
	}
	return errors.Join(errsSeen...)
}

// settleFulfilling marks a sent batch fulfilled once none of its requests
// is pending on chain (fulfilled, or rejected at fulfilment), and the book
// once all its batches are.
func (c *Closer) settleFulfilling(ctx context.Context) error {
	books, err := c.Store.BooksIn(ctx, BookFulfilling)
	if err != nil {
		return err
	}
	for _, b := range books {
		pending, err := c.Store.PendingAt(ctx, b.ChainID, b.Dealing, b.Cutoff)
		if err != nil {
			return err
		}
		still := map[string]bool{}
		for _, r := range pending {
			still[r.ID.String()] = true
		}
		done := func(ids []*big.Int) bool {
			for _, id := range ids {
				if still[id.String()] {
					return false
				}
			}
			return true
		}
		if _, err := c.Store.UpdateBook(ctx, b.ID, func(b *Book) error {
			all := true
			for i, bt := range b.Batches {
				if bt.State == BatchSent && done(bt.RequestIDs) {
					b.Batches[i].State = BatchFulfilled
				}
				all = all && b.Batches[i].State == BatchFulfilled
			}
			if all && b.State == BookFulfilling {
				b.State = BookFulfilled
			}
			return nil
		}); err != nil {
			return err
		}
	}
	return nil
}

// Start runs Pass every Every (the first right away) until Stop; with a
// Locker only while this process leads LockName.
func (c *Closer) Start(ctx context.Context) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.loop != nil {
		return errors.New("dealing closer: already started")
	}
	if c.Store == nil || c.NAV == nil || c.Fulfiller == nil {
		return errors.New("dealing closer: Store, NAV and Fulfiller are required")
	}
	if _, err := c.Gas.PerBatch(); err != nil {
		return fmt.Errorf("dealing closer: %w", err)
	}
	c.defaults()
	c.loop = &lead.Loop{Name: LockName, Locker: c.Locker, Log: c.Logger, Lead: func(ctx context.Context) {
		lead.Every(ctx, c.Every, nil, c.Pass)
	}}
	return c.loop.Start(ctx)
}

// Stop ends the loop and waits for a running pass.
func (c *Closer) Stop(ctx context.Context) error {
	c.mu.Lock()
	l := c.loop
	c.mu.Unlock()
	if l == nil {
		return nil
	}
	return l.Stop(ctx)
}
