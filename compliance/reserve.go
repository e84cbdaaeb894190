package compliance

import (
	"fmt"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/errs"
)

// MarginMode is how a reserve guard's margin lowers the reserve a mint may
// reach.
type MarginMode string

// The margin modes, as the token numbers them (0, 1, 2).
const (
	MarginNone     MarginMode = "none"     // the supply may reach the reserve
	MarginBps      MarginMode = "bps"      // the limit is the reserve less Margin basis points of it
	MarginAbsolute MarginMode = "absolute" // the reserve must exceed the supply by Margin base units
)

// ReserveGuard is the proof-of-reserve guard on mints (Chainlink's Secure
// Mint, AssetToken.setReserveGuard): a mint is refused (ReserveExceeded)
// when the supply after it would exceed the feed's latest reserve, scaled
// from the feed's decimals to the token's and lowered by the margin, every
// rounding against the issuer; every mint is refused (ReserveStale) while
// the feed's latest round is older than MaxAge, missing or not positive,
// or the feed is paused or fails.
type ReserveGuard struct {
	Feed       common.Address // any AggregatorV3Interface contract
	MaxAge     uint64         // seconds, positive
	MarginMode MarginMode
	Margin     *big.Int // basis points (1 to 10000) or base units (1 to 2^96-1); nil with MarginNone
}

// check validates g and returns it with its margin mode and margin
// in their canonical form.
func (g ReserveGuard) check() (ReserveGuard, error) {
	bad := func(msg string) error { return errs.E(errs.Invalid, "invalid_reserve_guard", "reserve_guard."+msg) }
	if g.Feed == (common.Address{}) {
		return g, bad("feed must be the reserve feed's address (leave reserve_guard out to turn the guard off)")
	}
	if g.MaxAge == 0 || g.MaxAge > math.MaxInt64 {
		return g, bad("max_age must be a positive number of seconds: a reserve of any age is not a proof")
	}
	out := ReserveGuard{Feed: g.Feed, MaxAge: g.MaxAge, MarginMode: g.MarginMode}
	if out.MarginMode == "" {
		out.MarginMode = MarginNone
	}
	switch out.MarginMode {
	case MarginNone:
		if g.Margin != nil && g.Margin.Sign() != 0 {
			return g, bad("margin needs a margin_mode (bps or absolute)")
		}
		return out, nil
	case MarginBps:
		if g.Margin == nil || g.Margin.Sign() <= 0 || g.Margin.Cmp(big.NewInt(10_000)) > 0 {
			return g, bad("margin must be from 1 to 10000 basis points with margin_mode bps")
		}
	case MarginAbsolute:
		if g.Margin == nil || g.Margin.Sign() <= 0 || g.Margin.Cmp(maxBalanceLimit) > 0 {
			return g, bad("margin must be from 1 to 2^96-1 base units with margin_mode absolute")
		}
	default:
		return g, bad(fmt.Sprintf("margin_mode must be none, bps or absolute, not %q", g.MarginMode))
	}
	out.Margin = new(big.Int).Set(g.Margin)
	return out, nil
}

// onChain is g as setReserveGuard takes it; a nil guard is off.
func (g *ReserveGuard) onChain() (feed common.Address, maxAge uint64, mode uint8, margin *big.Int) {
	if g == nil {
		return common.Address{}, 0, 0, new(big.Int)
	}
	switch g.MarginMode {
	case MarginBps:
		mode = 1
	case MarginAbsolute:
		mode = 2
	}
	margin = new(big.Int)
	if g.Margin != nil {
		margin.Set(g.Margin)
	}
	return g.Feed, g.MaxAge, mode, margin
}

// sameReserveGuard reports whether a and b guard alike.
func sameReserveGuard(a, b *ReserveGuard) bool {
	af, aa, am, an := a.onChain()
	bf, ba, bm, bn := b.onChain()
	return af == bf && aa == ba && am == bm && an.Cmp(bn) == 0
}

// Describe explains g in a refusal, an absolute margin in the token's
// units when its decimals are known (see amountText).
func (g ReserveGuard) Describe(decimals *uint8) string {
	s := fmt.Sprintf("proof-of-reserve guard: feed %s, maximum age %ds", g.Feed.Hex(), g.MaxAge)
	switch g.MarginMode {
	case MarginBps:
		s += fmt.Sprintf(", margin %s basis points of the reserve", g.Margin)
	case MarginAbsolute:
		s += ", margin " + amountText(g.Margin, decimals)
	}
	return s
}
