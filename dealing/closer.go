package dealing

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/internal/lead"
)

// ErrNotYet is CloseDay's answer while the day's NAV round does not exist:
// the book is stored open, and closing the day again later prices it.
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
	// Cutoffs tops each calendar's published cut-offs up on every pass
	// (ChainConfigurer, through the CONFIG_ROLE signer); nil leaves them
	// to the calendar's changes.
	Cutoffs CutoffPublisher
	Gas     Gas
	// Principal is who closes days: the requester every book's decision
	// must be independent of. Default auth.System("dealing", auth.Issuer).
	Principal auth.Principal
	Now       func() time.Time
	Every     time.Duration // 30s
	Locker    lead.Locker   // optional (postgres.Leader); nil runs in every process
	Logger    *slog.Logger

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
	reqs, err := c.Store.PendingAt(ctx, cal.ChainID, cal.Dealing, cutoff)
	if err != nil {
		return Book{}, err
	}
	if !onCalendar && len(reqs) == 0 && !exists {
		return Book{}, errs.E(errs.Invalid, "not_a_cutoff", cutoff.UTC().Format(time.RFC3339)+" is not a cut-off of "+asset+"'s calendar nor one its requests are stamped with")
	}
	if len(reqs) == 0 {
		// Nothing to price: the day closes without waiting for its NAV,
		// once the indexer has stored every block up to the cut-off.
		indexed, err := c.NAV.IndexedAt(ctx)
		if err != nil {
			return Book{}, err
		}
		if indexed.Before(cutoff) {
			return Book{}, ErrNotYet
		}
		b := Book{Asset: asset, ChainID: cal.ChainID, Dealing: cal.Dealing, Date: date, Cutoff: cutoff,
			Settlement: sched.Settlement(date), UnitDecimals: cal.UnitDecimals, PaymentDecimals: cal.PaymentDecimals,
			RequestedBy: c.Principal.Actor(), RequestedAt: now}
		if exists {
			b.ID, b.RequestedAt = old.ID, old.RequestedAt
		}
		applyPolicy(&b, cal, now)
		return c.Store.SaveBook(ctx, b)
	}
	round, ok, err := c.NAV.RoundAfter(ctx, cal.Feed, cutoff)
	if err != nil {
		return Book{}, fmt.Errorf("dealing: NAV round of %s after %s: %w", asset, cutoff.UTC().Format(time.RFC3339), err)
	}
	if !ok {
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
	b, err := BuildBook(Pricing{Calendar: cal, Cutoff: cutoff, Round: round, Gas: c.Gas}, reqs)
	if err != nil {
		return Book{}, err
	}
	b.RequestedBy, b.RequestedAt, b.PricedAt = c.Principal.Actor(), now, &now
	if exists {
		b.RequestedAt = old.RequestedAt
	}
	applyPolicy(&b, cal, now)
	return c.Store.SaveBook(ctx, b)
}

// applyPolicy decides what needs no second principal: a book with no
// line has nothing to fulfil, and one whose total gross value is below the
// calendar's threshold is approved by policy.
func applyPolicy(b *Book, cal Calendar, now time.Time) {
	gross := b.Totals.Gross()
	switch {
	case len(b.Lines) == 0:
		b.State, b.DecidedBy, b.DecidedAt, b.Policy = BookFulfilled, AutoApprover, &now, "nothing_to_fulfil"
		b.DecisionNote = "no request to fulfil"
	case cal.AutoApproveBelow != nil && gross.Cmp(cal.AutoApproveBelow) < 0:
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
			if err := c.Fulfiller.Fulfil(ctx, bt.Key, b.Dealing, b.Cutoff, b.Round.ID, bt.RequestIDs); err != nil {
				errsSeen = append(errsSeen, fmt.Errorf("book %d batch %d: %w", b.ID, bt.Index, err))
				break
			}
			if bt.State == BatchSent {
				continue
			}
			if _, err := c.Store.UpdateBook(ctx, b.ID, func(b *Book) error {
				b.Batches[bt.Index].State, b.Batches[bt.Index].TxKey = BatchSent, bt.Key
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
