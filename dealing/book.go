package dealing

import (
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/errs"
)

// BookState is where a dealing day's book stands.
type BookState string

// The book's life: open (the cut-off has passed, the day's NAV round is
// not there yet) → priced → approved (by a second principal or by policy)
// → fulfilling (its batches sent) → fulfilled (every line's request left
// pending on chain); or priced → rejected → void (the refusal is on chain:
// Dealing.voidDay); or open → void when no NAV round fit for the day came
// within the NAV time-to-live (policy PolicyNoNAV). Nothing deals at a
// void day; its requests may be cancelled by their investors.
const (
	BookOpen       BookState = "open"
	BookPriced     BookState = "priced"
	BookApproved   BookState = "approved"
	BookFulfilling BookState = "fulfilling"
	BookFulfilled  BookState = "fulfilled"
	BookRejected   BookState = "rejected"
	BookVoid       BookState = "void"
)

// PolicyNoNAV is the policy of a book voided because no round could price
// its day any more.
const PolicyNoNAV = "no_nav"

// BatchState is where one fulfilment batch stands.
type BatchState string

// The batch states.
const (
	BatchPending   BatchState = "pending"   // not sent
	BatchSent      BatchState = "sent"      // queued with the transaction manager
	BatchFulfilled BatchState = "fulfilled" // none of its requests is pending any more
	BatchFailed    BatchState = "failed"    // MaxAttempts transactions failed: it waits for an operator (Service.RetryBatch)
)

// Refusal reasons: why a request of the day is not in its book.
const (
	ReasonUnpaidWire  = "unpaid_wire"  // a wire deposit whose payment is not confirmed: fulfil would revert NotPaid
	ReasonAfterCutoff = "after_cutoff" // requested after the cut-off: it belongs to a later day
	ReasonNotPending  = "not_pending"  // no longer pending (fulfilled, cancelled or rejected)
)

// Line is one priced request of a book. Result is units for a deposit and
// payment for a redeem; Remainder is the value not converted, in payment
// base units (see Price).
type Line struct {
	RequestID  *big.Int
	Kind       Kind
	Controller common.Address
	Owner      common.Address
	Amount     *big.Int
	Wire       bool
	Result     *big.Int
	Remainder  Rational
	Batch      int
}

// Refusal is a request of the day left out of the book, and why.
type Refusal struct {
	RequestID *big.Int `json:"request_id"`
	Reason    string   `json:"reason"`
}

// Totals sum a book per side, in payment base units. NetReserveNeed is
// what the day takes from the on-chain reserve: redemptions paid on chain
// minus deposits paid into the escrow (wire deposits and wire redemptions
// are settled off chain and count in neither); it is negative when
// deposits cover the redemptions.
type Totals struct {
	GrossIn        *big.Int // every deposit's payment
	GrossOut       *big.Int // every redemption's payment
	NetReserveNeed *big.Int
	UnitsIn        *big.Int // units redeemed (burnt)
	UnitsOut       *big.Int // units issued to depositors
}

// Gross is the book's total gross value, deposits and redemptions
// together: what the auto-approval threshold is compared with.
func (t Totals) Gross() *big.Int {
	g := new(big.Int)
	for _, v := range []*big.Int{t.GrossIn, t.GrossOut} {
		if v != nil {
			g.Add(g, v)
		}
	}
	return g
}

// Batch is one fulfil transaction of a book: up to as many request ids as
// fit the block-gas budget, by id.
type Batch struct {
	Index      int
	RequestIDs []*big.Int
	Gas        uint64 // estimated
	Key        string // the idempotency key (BatchKey)
	TxKey      string // the transaction manager's key it was sent under
	TxHash     *common.Hash
	State      BatchState
	// Error is the last failure of a failed batch.
	Error string
	// Retries counts the rounds of attempts operators asked for after it
	// failed; round n > 0 sends under SendKey.
	Retries int
}

// SendKey is the key a batch's current round of attempts is sent under:
// Key, then Key/retry<n> after the n-th retry.
func (b Batch) SendKey() string {
	if b.Retries == 0 {
		return b.Key
	}
	return b.Key + "/retry" + strconv.Itoa(b.Retries)
}

// VoidKey is the idempotency key of the transaction declaring the day of
// cutoff void: dealing:<chainID>:<dealing address>:<cutoff unix>:void.
func VoidKey(chainID *big.Int, dealing common.Address, cutoff time.Time) string {
	return dayKey(chainID, dealing, cutoff) + "void"
}

// BatchKey is a batch's idempotency key:
// dealing:<chainID>:<dealing address>:<cutoff unix>:<batch index>.
func BatchKey(chainID *big.Int, dealing common.Address, cutoff time.Time, index int) string {
	return dayKey(chainID, dealing, cutoff) + strconv.Itoa(index)
}

// dayKey is the prefix of a dealing day's transaction keys.
func dayKey(chainID *big.Int, dealing common.Address, cutoff time.Time) string {
	return "dealing:" + chainID.String() + ":" + dealing.Hex() + ":" + strconv.FormatInt(cutoff.Unix(), 10) + ":"
}

// Book is a dealing day's book.
type Book struct {
	ID         int64
	Asset      string
	ChainID    *big.Int
	Dealing    common.Address
	Date       Date
	Cutoff     time.Time
	Settlement Date
	State      BookState
	Round      Round // zero while open
	// UnitDecimals and PaymentDecimals are the calendar's at pricing.
	UnitDecimals, PaymentDecimals uint8
	Lines                         []Line
	Refused                       []Refusal
	Totals                        Totals
	Batches                       []Batch
	RequestedBy                   string // who closed the day: the requester of the four-eyes decision
	RequestedAt                   time.Time
	PricedAt                      *time.Time
	DecidedBy                     string
	DecidedAt                     *time.Time
	DecisionNote                  string
	// Policy names the policy that approved the book ("" when a principal
	// decided it).
	Policy    string
	UpdatedAt time.Time
}

// PolicyAutoApprove is the policy of a book approved under its calendar's
// auto-approval threshold.
const PolicyAutoApprove = "auto_approve_below_threshold"

// Gas is how the book's fulfilment is split into transactions: each
// batch's estimate Base + PerRequest × its requests must stay within
// Budget (e.g. 90% of the block gas limit).
type Gas struct {
	Base, PerRequest, Budget uint64
}

// PerBatch is how many requests a batch holds at most.
func (g Gas) PerBatch() (int, error) {
	if g.PerRequest == 0 || g.Budget <= g.Base || (g.Budget-g.Base)/g.PerRequest == 0 {
		return 0, errs.E(errs.Invalid, "invalid_gas", fmt.Sprintf("a gas budget of %d holds no request at %d base + %d per request", g.Budget, g.Base, g.PerRequest))
	}
	return int(min((g.Budget-g.Base)/g.PerRequest, 1<<20)), nil
}

// Pricing is what a book is built from besides its requests.
type Pricing struct {
	Calendar Calendar
	Cutoff   time.Time
	Round    Round
	Gas      Gas
	// NAVTTL is the day's NAV time-to-live, as its cut-off was published
	// under (Dealing.day); 0: the calendar's.
	NAVTTL time.Duration
}

// BuildBook prices the pending requests of the dealing day closing at
// p.Cutoff at round p.Round, and splits the lines into the fewest batches
// that fit p.Gas, in request id order. A request not in the day (made
// after the cut-off, or no longer pending) and an unpaid wire deposit are
// refused with their reason. The round must be observed at or after the
// cut-off and within the calendar's NAV time-to-live of it. The cut-off is
// one of the calendar's, or one off it that requests are stamped with (a
// cut-off published under an earlier calendar): its day is then its
// local date.
func BuildBook(p Pricing, requests []Request) (Book, error) {
	c := p.Calendar
	sched, err := c.Schedule()
	if err != nil {
		return Book{}, err
	}
	// A cut-off off the calendar is one published under an earlier
	// calendar (CloseDay checks requests are stamped with it): its day is
	// its local date.
	cut, date, err := sched.PrevCutoff(p.Cutoff)
	if err != nil || !cut.Equal(p.Cutoff) {
		date = sched.dateIn(p.Cutoff)
	}
	ttl := p.NAVTTL
	if ttl == 0 {
		ttl = time.Duration(c.NAVTTL) * time.Second
	}
	if err := checkRound(p.Cutoff, ttl, p.Round); err != nil {
		return Book{}, err
	}
	price, err := NewPrice(p.Round.Answer, c.UnitDecimals, c.PaymentDecimals, p.Round.Decimals)
	if err != nil {
		return Book{}, err
	}
	per, err := p.Gas.PerBatch()
	if err != nil {
		return Book{}, err
	}
	b := Book{Asset: c.Asset, ChainID: c.ChainID, Dealing: c.Dealing, Date: date, Cutoff: p.Cutoff,
		Settlement: sched.Settlement(date), State: BookPriced, Round: p.Round,
		UnitDecimals: c.UnitDecimals, PaymentDecimals: c.PaymentDecimals,
		Totals: Totals{GrossIn: new(big.Int), GrossOut: new(big.Int), NetReserveNeed: new(big.Int), UnitsIn: new(big.Int), UnitsOut: new(big.Int)}}

	// Deposits first, then redemptions, each by id: the contract pays a
	// redemption from the reserve the same batch's deposits have just
	// filled, so a day that nets positive never fails for its order.
	rs := slices.Clone(requests)
	slices.SortFunc(rs, func(a, b Request) int {
		if a.Kind != b.Kind {
			if a.Kind == Deposit {
				return -1
			}
			return 1
		}
		return a.ID.Cmp(b.ID)
	})
	seen := map[string]bool{}
	for _, r := range rs {
		if err := r.check(); err != nil {
			return Book{}, err
		}
		if r.ChainID.Cmp(c.ChainID) != 0 || r.Dealing != c.Dealing {
			return Book{}, errs.E(errs.Invalid, "foreign_request", fmt.Sprintf("request %s is not of %s's Dealing contract", r.ID, c.Asset))
		}
		if seen[r.ID.String()] {
			return Book{}, errs.E(errs.Invalid, "duplicate_request", fmt.Sprintf("request %s is listed twice", r.ID))
		}
		seen[r.ID.String()] = true
		switch {
		case r.State != Pending:
			b.Refused = append(b.Refused, Refusal{RequestID: r.ID, Reason: ReasonNotPending})
			continue
		case r.RequestedAt.After(p.Cutoff):
			b.Refused = append(b.Refused, Refusal{RequestID: r.ID, Reason: ReasonAfterCutoff})
			continue
		case r.Kind == Deposit && r.Wire && !r.Paid:
			b.Refused = append(b.Refused, Refusal{RequestID: r.ID, Reason: ReasonUnpaidWire})
			continue
		}
		l := Line{RequestID: r.ID, Kind: r.Kind, Controller: r.Controller, Owner: r.Owner, Amount: r.Amount, Wire: r.Wire}
		t := &b.Totals
		if r.Kind == Deposit {
			l.Result, l.Remainder = price.UnitsFor(r.Amount)
			t.GrossIn.Add(t.GrossIn, r.Amount)
			t.UnitsOut.Add(t.UnitsOut, l.Result)
			if !r.Wire {
				t.NetReserveNeed.Sub(t.NetReserveNeed, r.Amount)
			}
		} else {
			l.Result, l.Remainder = price.PaymentFor(r.Amount)
			t.GrossOut.Add(t.GrossOut, l.Result)
			t.UnitsIn.Add(t.UnitsIn, r.Amount)
			if !r.Wire {
				t.NetReserveNeed.Add(t.NetReserveNeed, l.Result)
			}
		}
		l.Batch = len(b.Lines) / per
		b.Lines = append(b.Lines, l)
	}
	b.Batches = batches(b, per, p.Gas)
	return b, nil
}

// checkRound refuses a round the contract's fulfil would refuse: it must
// be observed, and written on chain (when known), within the day's
// time-to-live ttl of the cut-off.
func checkRound(cutoff time.Time, ttl time.Duration, r Round) error {
	switch {
	case r.ID == 0:
		return errs.E(errs.Invalid, "invalid_round", "a NAV round id starts at 1")
	case r.Answer == nil || r.Answer.Sign() <= 0:
		return errs.E(errs.Invalid, "nav_out_of_bounds", "the day's NAV must be positive")
	case r.ObservedAt.Before(cutoff):
		return errs.E(errs.Invalid, "nav_before_cutoff", fmt.Sprintf("round %d was observed at %s, before the cut-off %s: dealing is at a forward price",
			r.ID, r.ObservedAt.UTC().Format(time.RFC3339), cutoff.UTC().Format(time.RFC3339)))
	case r.ObservedAt.Sub(cutoff) > ttl:
		return errs.E(errs.Invalid, "nav_stale", fmt.Sprintf("round %d was observed %s after the cut-off, past the NAV time-to-live of %s",
			r.ID, r.ObservedAt.Sub(cutoff), ttl))
	case !r.WrittenAt.IsZero() && r.WrittenAt.Sub(cutoff) > ttl:
		return errs.E(errs.Invalid, "nav_stale", fmt.Sprintf("round %d was written on chain %s after the cut-off, past the NAV time-to-live of %s",
			r.ID, r.WrittenAt.Sub(cutoff), ttl))
	}
	return nil
}

// batches splits the lines, already in id order, into consecutive runs of
// per: the fewest batches whose estimate fits the budget.
func batches(b Book, per int, g Gas) []Batch {
	var out []Batch
	for i := 0; i < len(b.Lines); i += per {
		n := min(per, len(b.Lines)-i)
		bt := Batch{Index: len(out), Gas: g.Base + uint64(n)*g.PerRequest, State: BatchPending,
			Key: BatchKey(b.ChainID, b.Dealing, b.Cutoff, len(out))}
		for _, l := range b.Lines[i : i+n] {
			bt.RequestIDs = append(bt.RequestIDs, l.RequestID)
		}
		out = append(out, bt)
	}
	return out
}
