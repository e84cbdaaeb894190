// Package dealing is the off-chain side of dealing at NAV: each asset's
// dealing calendar (when a dealing day closes and when it settles), the
// exact pricing the Dealing contract applies, and the book of a dealing
// day: the pending subscription and redemption requests at its cut-off,
// priced at the first NAV round observed at or after the cut-off, split
// into fulfilment batches that fit a block, and approved by a second
// principal (or, under the calendar's threshold, by policy) before the
// chain side fulfils it.
//
// Requests themselves are made on chain (ERC-7540); the indexer stores the
// Dealing contract's events and the store reads each request's state from
// them (PostgreSQL's dealing_requests view), so a reorganization the
// indexer rolls back rolls the requests back with it. The chain side implements NAVSource (the day's
// round) and Fulfiller (the fulfil transaction through the transaction
// manager); Closer drives a day from cut-off to fulfilled.
package dealing

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/errs"
)

// ErrNotFound is what a Store returns for an unknown calendar or book.
var ErrNotFound = errors.New("dealing: not found")

// Kind is what a request asks for.
type Kind string

// The kinds of request.
const (
	Deposit Kind = "deposit" // payment in, units out (a subscription)
	Redeem  Kind = "redeem"  // units in, payment out
)

// RequestState is where a request stands on chain.
type RequestState string

// The request states, as the Dealing contract's events leave them.
const (
	Pending       RequestState = "pending"        // requested, not yet fulfilled
	Fulfilled     RequestState = "fulfilled"      // priced; claimable by its controller
	Claimed       RequestState = "claimed"        // claimed in full
	Cancelled     RequestState = "cancelled"      // cancelled (ERC-7887); the refund is claimable
	CancelClaimed RequestState = "cancel_claimed" // the cancellation's refund was claimed
	Rejected      RequestState = "rejected"       // refused at fulfilment (RequestRejected)
)

var requestStates = map[RequestState]bool{Pending: true, Fulfilled: true, Claimed: true, Cancelled: true, CancelClaimed: true, Rejected: true}

// Valid reports whether s is a known state.
func (s RequestState) Valid() bool { return requestStates[s] }

// Request is one ERC-7540 request as indexed from the Dealing contract.
// ID is the contract's request id (1, 2, 3… shared by deposits and
// redeems); Amount is payment base units for a deposit and unit base units
// for a redeem; Result is the other side once fulfilled.
type Request struct {
	ChainID    *big.Int
	Dealing    common.Address
	ID         *big.Int
	Kind       Kind
	Controller common.Address
	Owner      common.Address
	Amount     *big.Int
	Wire       bool // paid (deposit) or paid out (redeem) off chain
	Paid       bool // a wire deposit whose payment the fulfiller confirmed
	// ConfirmedRef is the ref the chain recorded with a wire request's
	// payment or payout confirmation (PaymentConfirmed / PayoutConfirmed),
	// and WireReference the bank reference of the confirmation approved
	// here with that ref; nil and "" until confirmed.
	ConfirmedRef  *common.Hash
	WireReference string
	RequestedAt   time.Time
	Cutoff        time.Time // the cut-off the contract stamped it with: its dealing day
	// DayVoid says its day is void on chain (DayVoided): it is never
	// fulfilled, and may be cancelled while pending.
	DayVoid   bool
	State     RequestState
	Result    *big.Int // nil until fulfilled
	Round     uint64   // the NAV round it was fulfilled at; 0 before
	RequestTx *common.Hash
	FulfilTx  *common.Hash
	ClaimTx   *common.Hash
	CancelTx  *common.Hash
	UpdatedAt time.Time
}

// check refuses a request the indexer could not have read from the
// contract.
func (r Request) check() error {
	switch {
	case r.ChainID == nil || r.ChainID.Sign() <= 0:
		return errs.E(errs.Invalid, "invalid_request", "a dealing request needs its chain id")
	case r.Dealing == (common.Address{}):
		return errs.E(errs.Invalid, "invalid_request", "a dealing request needs its dealing contract")
	case r.ID == nil || r.ID.Sign() <= 0:
		return errs.E(errs.Invalid, "invalid_request", "a dealing request id is a positive integer")
	case r.Kind != Deposit && r.Kind != Redeem:
		return errs.E(errs.Invalid, "invalid_request", fmt.Sprintf("request %s: kind %q is neither deposit nor redeem", r.ID, r.Kind))
	case r.Amount == nil || r.Amount.Sign() <= 0 || r.Amount.BitLen() > 128:
		return errs.E(errs.Invalid, "invalid_request", fmt.Sprintf("request %s: the amount must be a positive uint128", r.ID))
	case !r.State.Valid():
		return errs.E(errs.Invalid, "invalid_request", fmt.Sprintf("request %s: unknown state %q", r.ID, r.State))
	case r.RequestedAt.IsZero():
		return errs.E(errs.Invalid, "invalid_request", fmt.Sprintf("request %s: requested_at is required", r.ID))
	case r.Result != nil && r.Result.Sign() < 0:
		return errs.E(errs.Invalid, "invalid_request", fmt.Sprintf("request %s: a negative result", r.ID))
	}
	return nil
}

// RequestFilter narrows a list of requests.
type RequestFilter struct {
	State      RequestState    // "": every state
	Controller *common.Address // nil: every controller
}

// Round is a NAV round of an asset's ValuationFeed: the value of one whole
// unit in the payment currency, scaled by 10^Decimals.
type Round struct {
	ID         uint64
	Answer     *big.Int
	ObservedAt time.Time // the round's startedAt
	WrittenAt  time.Time // its updatedAt: the block time it was written on chain
	Decimals   uint8     // the feed's decimals()
}

// NAVSource finds a dealing day's NAV round. The chain side implements it
// over the indexed ValuationFeed rounds (and the feed's decimals()).
type NAVSource interface {
	// RoundAfter returns the first round of feed observed at or after
	// cutoff (the round the Dealing contract's fulfil accepts: startedAt >=
	// cutoff and the round before it, if any, observed before cutoff);
	// false when the feed has no such round yet.
	RoundAfter(ctx context.Context, feed common.Address, cutoff time.Time) (Round, bool, error)
	// IndexedThrough returns the time of the newest block whose events
	// the store holds (requests, rounds): a day is closed only once it is
	// after the cut-off, so no request of the day is still on its way
	// into the store. Zero before the first block.
	IndexedThrough(ctx context.Context) (time.Time, error)
}

// Fulfiller sends one fulfilment batch: Dealing.fulfil(cutoff, round, ids)
// on the book's Dealing contract dealing, through the transaction manager
// under key (so sending the same batch twice sends one transaction). It
// returns once the transaction is queued; the book learns the outcome from
// the indexed requests. The closer calls it again for a batch whose
// requests are still pending: it must then send nothing while the
// transaction is in flight or confirmed, and send again (under a new
// attempt key) only the requests still pending on chain when it failed.
// gas is the batch's gas (Batch.Gas, within the Closer's budget): the
// transaction's gas limit is GasLimit(gas). ChainFulfiller implements it.
type Fulfiller interface {
	Fulfil(ctx context.Context, key string, dealing common.Address, cutoff time.Time, round uint64, ids []*big.Int, gas uint64) error
}

// Voider reads and declares void dealing days on chain (Dealing.day,
// Dealing.voidDay). Void sends the declaration once under key, with
// firstRound, the feed's first round observed at or after the cut-off (0:
// none), as the proof a caller without FULFILLER_ROLE needs; with proof
// the contract must accept that proof before anything is sent. It answers
// true once the contract holds the day void. ChainFulfiller implements it.
type Voider interface {
	ChainDay(ctx context.Context, dealing common.Address, cutoff time.Time) (DayOnChain, error)
	Void(ctx context.Context, key string, dealing common.Address, cutoff time.Time, firstRound uint64, proof bool) (bool, error)
}

// DayOnChain is a dealing day as its Dealing contract holds it.
type DayOnChain struct {
	Round  uint64        // the round it was priced at; 0 before its first batch or when void
	Void   bool          // declared void: nothing deals at it
	NAVTTL time.Duration // its NAV time-to-live, fixed when its cut-off was published (0: not published)
}

// Estimator measures the gas a fulfil of ids on dealing needs now, as the
// chain would run it from the fulfiller (eth_estimateGas). A Closer with
// one sizes a book's batches by it: what a request costs depends on the
// book (a controller's first request writes its totals, its next ones
// only add to them), so Gas's per-request figure is a bound and the
// estimate the measure. ChainFulfiller implements it.
type Estimator interface {
	EstimateFulfil(ctx context.Context, dealing common.Address, cutoff time.Time, round uint64, ids []*big.Int) (uint64, error)
}

// GasLimit is the gas limit a batch of gas is sent with: a tenth on top,
// so a budget of nine tenths of what a transaction may use (the block's
// gas limit, and at most 2^24 since EIP-7825) leaves a limit that is still
// includable.
func GasLimit(gas uint64) uint64 { return gas + gas/9 }

// Contracts are an asset's dealing contracts as its tokenization recorded
// them: a calendar takes them from here, never from the caller.
type Contracts struct {
	ChainID         *big.Int
	Dealing         common.Address
	Feed            common.Address
	Token           common.Address
	PaymentToken    common.Address
	UnitDecimals    uint8
	PaymentDecimals uint8
}

// Assets finds an asset's dealing contracts: errs.NotFound for an unknown
// asset, errs.Conflict not_dealing for one without a Dealing contract.
type Assets interface {
	DealingOf(ctx context.Context, asset string) (Contracts, error)
}

// Configurer puts a calendar's modes, fee, NAV time-to-live, tickets and
// rate limits on its Dealing contract, and returns once the chain holds
// them. ChainConfigurer implements it.
type Configurer interface {
	Configure(ctx context.Context, c Calendar) error
}

// CutoffPublisher keeps a calendar's next dealing days' cut-offs published
// on its Dealing contract (requests are stamped with them and refused
// without one): it appends the calendar's cut-offs after the last one
// published, never moving one. With wait it returns once the chain holds
// them; without, once the transaction is queued. ChainConfigurer
// implements it.
type CutoffPublisher interface {
	PublishCutoffs(ctx context.Context, c Calendar, wait bool) error
}

// Store keeps calendars, indexed requests and books. Methods that change
// several rows do so in one database transaction.
type Store interface {
	// SetCalendar stores c (and its holidays) as the asset's calendar,
	// replacing the previous one, and returns it as stored.
	SetCalendar(ctx context.Context, c Calendar) (Calendar, error)
	// Calendar returns the asset's calendar, or ErrNotFound.
	Calendar(ctx context.Context, asset string) (Calendar, error)
	// Calendars returns every calendar, by asset.
	Calendars(ctx context.Context) ([]Calendar, error)

	// Requests lists a dealing contract's requests matching f by request
	// id, after the request with id after (nil: from the first), up to
	// limit.
	Requests(ctx context.Context, chainID *big.Int, dealing common.Address, f RequestFilter, after *big.Int, limit int) ([]Request, error)
	// PendingAt returns the contract's pending requests stamped with
	// cutoff (the dealing day the contract put them in), by request id.
	PendingAt(ctx context.Context, chainID *big.Int, dealing common.Address, cutoff time.Time) ([]Request, error)
	// PendingCutoffs returns the distinct cut-offs at or before upTo that
	// the contract's pending requests are stamped with, oldest first: the
	// days still to close.
	PendingCutoffs(ctx context.Context, chainID *big.Int, dealing common.Address, upTo time.Time) ([]time.Time, error)
	// PublishedCutoffs returns up to limit cut-offs published on a dealing
	// contract (indexed CutoffPublished events) after after, in order.
	PublishedCutoffs(ctx context.Context, chainID *big.Int, dealing common.Address, after time.Time, limit int) ([]time.Time, error)

	// SaveBook stores b as the book of its asset and cut-off: a new book,
	// or the open book of that day priced (its lines and batches replace
	// none, as an open book has none). A book past open is refused
	// (errs.Conflict, book_exists).
	SaveBook(ctx context.Context, b Book) (Book, error)
	// Book returns a book with its lines and batches, or ErrNotFound.
	Book(ctx context.Context, id int64) (Book, error)
	// BookAt returns the book of asset's dealing day closing at cutoff.
	BookAt(ctx context.Context, asset string, cutoff time.Time) (Book, bool, error)
	// Books lists an asset's books (without lines), newest cut-off first,
	// before the book with id before (0: from the newest), up to limit.
	Books(ctx context.Context, asset string, before int64, limit int) ([]Book, error)
	// BooksIn returns every book in one of states, with lines and batches,
	// by id.
	BooksIn(ctx context.Context, states ...BookState) ([]Book, error)
	// UpdateBook locks the book, lets change modify its state, decision
	// and batches' states, and stores them.
	UpdateBook(ctx context.Context, id int64, change func(b *Book) error) (Book, error)
}
