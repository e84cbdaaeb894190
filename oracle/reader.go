package oracle

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/tessera-rwa/tessera/bindings/aggregatorv3interface"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/errs"
)

// The errors Reader.Latest wraps, one per safety check; errors.Is finds them
// and errs.KindOf classifies them (Unavailable: the value must not be used
// now, retry later).
var (
	ErrFeedNoRound     = errs.E(errs.Unavailable, CodeFeedNoRound, "the feed has no complete round (round id or updatedAt is zero)")
	ErrFeedNotPositive = errs.E(errs.Unavailable, CodeFeedNotPositive, "the feed's answer is not positive")
	ErrFeedStale       = errs.E(errs.Unavailable, CodeFeedStale, "the feed's answer is older than its heartbeat")
	ErrFeedFuture      = errs.E(errs.Unavailable, CodeFeedFuture, "the feed's answer is dated in the future")
)

var aggregatorV3 = aggregatorv3interface.NewAggregatorV3Interface()

// ReaderConfig configures a Reader of one feed.
type ReaderConfig struct {
	Client  chain.Reader
	Address common.Address // any AggregatorV3Interface: a Tessera ValuationFeed or a Chainlink feed
	// Heartbeat is the feed's advertised maximum time between updates.
	Heartbeat time.Duration
	// Margin is added to Heartbeat before the answer counts as stale (block
	// times and inclusion delay); 0 means a tenth of Heartbeat.
	Margin time.Duration
	// AllowNonPositive accepts zero and negative answers (a spread or a
	// rate can be negative; a price cannot).
	AllowNonPositive bool
	// MaxFuture is how far updatedAt may be past the reference time; 0
	// accepts none, since a feed's updatedAt is a block time.
	MaxFuture time.Duration
	// Now is the clock; nil is time.Now. The reference time of the checks
	// is the later of Now and the latest block's time, so a halted chain
	// shows up as stale and a chain whose clock runs ahead does not make
	// fresh rounds look future-dated.
	Now func() time.Time
}

// Check fills defaults and validates c.
func (c *ReaderConfig) Check() error {
	switch {
	case c.Client == nil:
		return errors.New("oracle reader: Client is required")
	case c.Address == (common.Address{}):
		return errors.New("oracle reader: Address is required")
	case c.Heartbeat <= 0:
		return errors.New("oracle reader: Heartbeat is required")
	}
	if c.Margin <= 0 {
		c.Margin = c.Heartbeat / 10
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return nil
}

// FeedValue is a feed's latest round as the Reader saw it.
type FeedValue struct {
	Round
	Decimals  uint8
	Block     uint64    // the block the round was read at
	BlockTime time.Time // its timestamp
	Age       time.Duration
	// Stale is set when the answer is older than Heartbeat + Margin; Latest
	// then also returns an error wrapping ErrFeedStale.
	Stale bool
}

// Reader reads an AggregatorV3Interface feed with Chainlink's recommended
// safety checks.
type Reader struct {
	cfg      ReaderConfig
	contract *bind.BoundContract

	mu       sync.Mutex
	decimals *uint8
}

// NewReader returns a reader for cfg.
func NewReader(cfg ReaderConfig) (*Reader, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	return &Reader{cfg: cfg, contract: bind.NewBoundContract(cfg.Address, aggregatorV3.GetABI(), cfg.Client, nil, nil)}, nil
}

// Latest reads latestRoundData at the latest block and checks it: a
// non-zero round id and updatedAt, a positive answer (unless
// AllowNonPositive), updatedAt not after the reference time, and not older
// than Heartbeat + Margin. A failed check returns the value read (for
// display) together with an error wrapping one of the ErrFeed* errors; the
// value must not be used as current then. A stale value also has Stale set.
func (r *Reader) Latest(ctx context.Context) (FeedValue, error) {
	head, err := r.cfg.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return FeedValue{}, errs.Wrap(err, errs.Unavailable, "", "cannot read the latest block")
	}
	dec, err := r.Decimals(ctx)
	if err != nil {
		return FeedValue{}, err
	}
	round, err := ReadRound(ctx, r.cfg.Client, r.cfg.Address, head.Number)
	if err != nil {
		return FeedValue{}, err
	}
	v := FeedValue{Round: round, Decimals: dec, Block: head.Number.Uint64(), BlockTime: time.Unix(int64(head.Time), 0).UTC()}
	ref := r.cfg.Now().UTC()
	if v.BlockTime.After(ref) {
		ref = v.BlockTime
	}
	if round.Exists() {
		v.Age = ref.Sub(round.UpdatedAt)
	}
	feed := r.cfg.Address.Hex()
	switch {
	case !round.Exists():
		return v, fmt.Errorf("feed %s: %w", feed, ErrFeedNoRound)
	case !r.cfg.AllowNonPositive && round.Answer.Sign() <= 0:
		return v, fmt.Errorf("feed %s round %s answer %s: %w", feed, round.RoundID, round.Answer, ErrFeedNotPositive)
	case round.UpdatedAt.Sub(ref) > r.cfg.MaxFuture:
		return v, fmt.Errorf("feed %s round %s updated at %s, %s ahead: %w", feed, round.RoundID,
			round.UpdatedAt.Format(time.RFC3339), round.UpdatedAt.Sub(ref), ErrFeedFuture)
	case v.Age > r.cfg.Heartbeat+r.cfg.Margin:
		v.Stale = true
		return v, fmt.Errorf("feed %s round %s is %s old (heartbeat %s + %s): %w", feed, round.RoundID,
			v.Age.Round(time.Second), r.cfg.Heartbeat, r.cfg.Margin, ErrFeedStale)
	}
	return v, nil
}

// Decimals returns the feed's decimals, read once.
func (r *Reader) Decimals(ctx context.Context) (uint8, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.decimals != nil {
		return *r.decimals, nil
	}
	d, err := bind.Call(r.contract, &bind.CallOpts{Context: ctx}, aggregatorV3.PackDecimals(), aggregatorV3.UnpackDecimals)
	if err != nil {
		return 0, errs.Wrap(err, errs.Unavailable, "", "cannot read the feed's decimals")
	}
	r.decimals = &d
	return d, nil
}

// ReadRound reads latestRoundData of the feed at address at block (nil:
// latest) without any check. A feed that reverts because it has no round yet
// (as some aggregators do) reads as the zero Round.
func ReadRound(ctx context.Context, c bind.ContractCaller, address common.Address, block *big.Int) (Round, error) {
	contract := bind.NewBoundContract(address, aggregatorV3.GetABI(), c, nil, nil)
	out, err := bind.Call(contract, &bind.CallOpts{Context: ctx, BlockNumber: block},
		aggregatorV3.PackLatestRoundData(), aggregatorV3.UnpackLatestRoundData)
	if isRevert(err) {
		return Round{}, nil
	}
	if err != nil {
		return Round{}, errs.Wrap(err, errs.Unavailable, "", "cannot read latestRoundData of "+address.Hex())
	}
	return Round{
		RoundID:         out.RoundId,
		Answer:          out.Answer,
		StartedAt:       unixTime(out.StartedAt),
		UpdatedAt:       unixTime(out.UpdatedAt),
		AnsweredInRound: out.AnsweredInRound,
	}, nil
}

func unixTime(v *big.Int) time.Time {
	if v == nil || v.Sign() == 0 {
		return time.Time{}
	}
	if !v.IsInt64() || v.Int64() > 1<<40 {
		return time.Unix(1<<40, 0).UTC() // beyond any real clock: reads as future
	}
	return time.Unix(v.Int64(), 0).UTC()
}

func isRevert(err error) bool {
	if err == nil {
		return false
	}
	var de rpc.DataError
	if errors.As(err, &de) && de.ErrorData() != nil {
		return true
	}
	return strings.Contains(err.Error(), "execution reverted")
}
