package oracle

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/errs"
)

// Guards are a ValuationFeed's NAV guards as its guards() view returns
// them: the relay reads them before it signs, and refuses to sign a value
// the feed would refuse (docs/chainlink.md, "NAV guards").
type Guards struct {
	MaxChangeBps uint16        // from the previous round; 0: off
	MinInterval  time.Duration // since the last transmission; 0: off
	Paused       bool          // SmartData's ripcord: the value must not be used
	// Reference is an AggregatorV3Interface the answer must stay within
	// ReferenceMaxBps of; zero: none.
	Reference         common.Address
	ReferenceDecimals uint8
	ReferenceMaxBps   uint16
	ReferenceMaxAge   time.Duration
}

// GuardReason says why a guard refuses a value.
type GuardReason string

// The guards' refusals. All but GuardTooSoon are alerts; a value that
// comes too soon simply waits for the interval to pass.
const (
	GuardChangeTooLarge       GuardReason = "change_too_large"
	GuardTooSoon              GuardReason = "too_soon"
	GuardFeedPaused           GuardReason = "feed_paused"
	GuardReferenceDeviation   GuardReason = "reference_deviation"
	GuardReferenceUnavailable GuardReason = "reference_unavailable"
)

// Alert reports whether r is raised as an alert rather than waited out.
func (r GuardReason) Alert() bool { return r != "" && r != GuardTooSoon }

// ReadGuards reads the guards of the feed at address. A feed without
// guards() (Chainlink's aggregators and mock) has none: the zero Guards.
func ReadGuards(ctx context.Context, c chain.Reader, address common.Address) (Guards, error) {
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &address, Data: feedABI.PackGuards()}, nil)
	if isRevert(err) {
		return Guards{}, nil
	}
	if err != nil {
		return Guards{}, errs.Wrap(err, errs.Unavailable, "", "cannot read the guards of "+address.Hex())
	}
	if len(out) == 0 {
		return Guards{}, nil // not a contract with guards()
	}
	g, err := feedABI.UnpackGuards(out)
	if err != nil {
		return Guards{}, fmt.Errorf("guards of %s: %w", address.Hex(), err)
	}
	return Guards{MaxChangeBps: g.MaxChangeBps, MinInterval: time.Duration(g.MinInterval) * time.Second, Paused: g.IsPaused,
		Reference: g.ReferenceFeed, ReferenceDecimals: g.ReferenceDecimals, ReferenceMaxBps: g.ReferenceMaxBps,
		ReferenceMaxAge: time.Duration(g.ReferenceMaxAge) * time.Second}, nil
}

// GuardCheck is the outcome of CheckGuards.
type GuardCheck struct {
	Reason    GuardReason // empty: the feed would take the value
	Reference *big.Int    // the reference's answer, when one was read
	Detail    string      // the numbers, for the log and the alert
}

var bps = big.NewInt(10_000)

// CheckGuards applies g as ValuationFeed.transmit does, in its order
// (pause, minimum interval, maximum change, reference), to a value of a
// feed of the given decimals proposed against the round on chain, at now
// (the time the transaction is expected in a block). ref is the
// reference's latest round (ReadRound; ignored without a reference).
// All of it is integer arithmetic, the contract's.
func CheckGuards(g Guards, decimals uint8, proposed *big.Int, onChain, ref Round, now time.Time) GuardCheck {
	if g.Paused {
		return GuardCheck{Reason: GuardFeedPaused, Detail: "the feed is paused (ripcord)"}
	}
	if onChain.Exists() {
		if elapsed := now.Sub(onChain.UpdatedAt); g.MinInterval > 0 && elapsed < g.MinInterval {
			return GuardCheck{Reason: GuardTooSoon, Detail: fmt.Sprintf("%s since the last round, minimum %s",
				elapsed.Truncate(time.Second), g.MinInterval)}
		}
		if g.MaxChangeBps > 0 && exceedsBps(proposed, onChain.Answer, onChain.Answer, g.MaxChangeBps) {
			return GuardCheck{Reason: GuardChangeTooLarge, Detail: fmt.Sprintf("%s from %s is more than %d bps",
				proposed, onChain.Answer, g.MaxChangeBps)}
		}
	}
	if g.Reference == (common.Address{}) {
		return GuardCheck{}
	}
	maxInt192 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 191), big.NewInt(1))
	if !ref.Exists() || ref.Answer.Sign() <= 0 || ref.Answer.Cmp(maxInt192) > 0 || ref.UpdatedAt.After(now) ||
		now.Sub(ref.UpdatedAt) > g.ReferenceMaxAge {
		return GuardCheck{Reason: GuardReferenceUnavailable, Reference: ref.Answer,
			Detail: fmt.Sprintf("reference %s has no usable answer (round %v, updated %s, maximum age %s)",
				g.Reference.Hex(), ref.RoundID, ref.UpdatedAt.Format(time.RFC3339), g.ReferenceMaxAge)}
	}
	a, r := new(big.Int).Set(proposed), new(big.Int).Set(ref.Answer)
	if decimals < g.ReferenceDecimals {
		a.Mul(a, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(g.ReferenceDecimals-decimals)), nil))
	} else {
		r.Mul(r, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals-g.ReferenceDecimals)), nil))
	}
	if exceedsBps(a, r, r, g.ReferenceMaxBps) {
		return GuardCheck{Reason: GuardReferenceDeviation, Reference: ref.Answer,
			Detail: fmt.Sprintf("%s (%d decimals) is more than %d bps from the reference's %s (%d decimals)",
				proposed, decimals, g.ReferenceMaxBps, ref.Answer, g.ReferenceDecimals)}
	}
	return GuardCheck{Reference: ref.Answer}
}

// exceedsBps reports |v − from| × 10^4 > maxBps × |base|.
func exceedsBps(v, from, base *big.Int, maxBps uint16) bool {
	diff := new(big.Int).Abs(new(big.Int).Sub(v, from))
	lhs := diff.Mul(diff, bps)
	rhs := new(big.Int).Mul(new(big.Int).Abs(base), big.NewInt(int64(maxBps)))
	return lhs.Cmp(rhs) > 0
}

// Alert is a value the relay refused to sign because the feed's guards
// would refuse it. It is raised once per value and round on chain.
type Alert struct {
	ID            int64
	Asset         string
	ChainID       *big.Int
	Feed          common.Address
	Reason        GuardReason
	Proposed      *big.Int
	ObservedAt    time.Time
	Previous      *big.Int // the answer on chain; nil without a round
	PreviousRound *big.Int // 0 without a round
	Reference     *big.Int // the reference's answer, when one was read
	Detail        string
	CreatedAt     time.Time
}

// Alerts returns the NAV guard alerts of asset, newest first, and the
// cursor of the next page (0 at the end).
func (s *Service) Alerts(ctx context.Context, asset string, page Page) ([]Alert, int64, error) {
	return listPage(ctx, s, asset, page, s.cfg.Store.Alerts, func(a Alert) int64 { return a.ID })
}
