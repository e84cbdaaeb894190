package dealing

import (
	"fmt"
	"math/big"

	"github.com/tessera-rwa/tessera/errs"
)

// Price converts between payment and units at one NAV exactly as the
// Dealing contract does (Math.mulDiv on uint256), so the book the Go side
// shows is the integers the chain will write. With U = 10^UnitDecimals,
// P = 10^PaymentDecimals and F = 10^FeedDecimals, NAV is the value of one
// whole unit (U base units) in payment, scaled by F. Every rounding favours
// the fund: the investor never receives the remainder.
type Price struct {
	NAV                                         *big.Int
	UnitDecimals, PaymentDecimals, FeedDecimals uint8
}

// Rational is an exact fraction Num/Den.
type Rational struct {
	Num, Den *big.Int
}

// Rat is r as a big.Rat.
func (r Rational) Rat() *big.Rat { return new(big.Rat).SetFrac(r.Num, r.Den) }

// String is "num/den".
func (r Rational) String() string { return r.Num.String() + "/" + r.Den.String() }

// NewPrice checks a NAV answer and the decimals.
func NewPrice(nav *big.Int, unitDecimals, paymentDecimals, feedDecimals uint8) (Price, error) {
	if nav == nil || nav.Sign() <= 0 {
		return Price{}, errs.E(errs.Invalid, "nav_out_of_bounds", "a NAV must be positive")
	}
	if unitDecimals > MaxDecimals || paymentDecimals > MaxDecimals || feedDecimals > MaxDecimals {
		return Price{}, errs.E(errs.Invalid, "invalid_decimals", fmt.Sprintf("decimals are at most %d", MaxDecimals))
	}
	return Price{NAV: new(big.Int).Set(nav), UnitDecimals: unitDecimals, PaymentDecimals: paymentDecimals, FeedDecimals: feedDecimals}, nil
}

var ten = big.NewInt(10)

func pow10(n uint8) *big.Int { return new(big.Int).Exp(ten, big.NewInt(int64(n)), nil) }

// unitScale is U*F; navScale is nav*P.
func (p Price) unitScale() *big.Int {
	return new(big.Int).Mul(pow10(p.UnitDecimals), pow10(p.FeedDecimals))
}
func (p Price) navScale() *big.Int { return new(big.Int).Mul(p.NAV, pow10(p.PaymentDecimals)) }

// UnitsFor is the units a payment of assets buys: floor(assets*U*F /
// (nav*P)). The remainder is the payment not converted, in payment base
// units: (assets*U*F - units*nav*P) / (U*F), at least 0 and worth less
// than one unit base unit.
func (p Price) UnitsFor(assets *big.Int) (units *big.Int, remainder Rational) {
	num := new(big.Int).Mul(assets, p.unitScale())
	units, rem := new(big.Int).QuoRem(num, p.navScale(), new(big.Int))
	return units, Rational{Num: rem, Den: p.unitScale()}
}

// PaymentFor is the payment units are worth: floor(units*nav*P / (U*F)).
// The remainder is the value not paid, in payment base units:
// (units*nav*P - assets*U*F) / (U*F), at least 0 and below 1.
func (p Price) PaymentFor(units *big.Int) (assets *big.Int, remainder Rational) {
	num := new(big.Int).Mul(units, p.navScale())
	assets, rem := new(big.Int).QuoRem(num, p.unitScale(), new(big.Int))
	return assets, Rational{Num: rem, Den: p.unitScale()}
}

// FeeBPSDenominator is what fee basis points divide by.
const FeeBPSDenominator = 10_000

// InstantFee is ceil(gross * bps / 10 000): the instant facility's fee,
// rounded up.
func InstantFee(gross *big.Int, bps uint16) *big.Int {
	return ceilDiv(new(big.Int).Mul(gross, big.NewInt(int64(bps))), big.NewInt(FeeBPSDenominator))
}

// Subscribe prices an instant subscription of assets: the fee (rounded
// up) comes off first, the rest buys units (rounded down).
func (p Price) Subscribe(assets *big.Int, bps uint16) (fee, units *big.Int, remainder Rational) {
	fee = InstantFee(assets, bps)
	units, remainder = p.UnitsFor(new(big.Int).Sub(assets, fee))
	return fee, units, remainder
}

// RedeemInstant prices an instant redemption of units: gross (rounded
// down), the fee on it (rounded up) and what is paid.
func (p Price) RedeemInstant(units *big.Int, bps uint16) (gross, fee, net *big.Int, remainder Rational) {
	gross, remainder = p.PaymentFor(units)
	fee = InstantFee(gross, bps)
	return gross, fee, new(big.Int).Sub(gross, fee), remainder
}

func ceilDiv(a, b *big.Int) *big.Int {
	q, r := new(big.Int).QuoRem(a, b, new(big.Int))
	if r.Sign() > 0 {
		q.Add(q, big.NewInt(1))
	}
	return q
}

func floorDiv(a, b *big.Int) *big.Int { return new(big.Int).Quo(a, b) }

// Claimable is what a controller may claim after fulfilment, aggregated
// over its fulfilled requests of one side: Assets of payment and Shares of
// units (for deposits: assets paid in and shares owed; for redeems: the
// payment owed and the shares burnt). Claims convert at the aggregate's
// own ratio, each rounding against the claimant; claiming the whole of
// one side takes the whole of the other.
type Claimable struct {
	Assets, Shares *big.Int
}

func (c Claimable) check(what string, amount, limit *big.Int) error {
	if amount == nil || amount.Sign() < 0 {
		return errs.E(errs.Invalid, "invalid_amount", what+" must not be negative")
	}
	if amount.Cmp(limit) > 0 {
		return errs.E(errs.Invalid, "exceeds_claimable", fmt.Sprintf("%s %s exceeds the claimable %s", what, amount, limit))
	}
	if c.Assets.Sign() == 0 || c.Shares.Sign() == 0 {
		return errs.E(errs.Invalid, "nothing_claimable", "nothing is claimable")
	}
	return nil
}

// Deposit claims the shares of assets: floor(assets*shares/cAssets), all
// of them when assets is the whole.
func (c Claimable) Deposit(assets *big.Int) (*big.Int, error) {
	if err := c.check("assets", assets, c.Assets); err != nil {
		return nil, err
	}
	if assets.Cmp(c.Assets) == 0 {
		return new(big.Int).Set(c.Shares), nil
	}
	return floorDiv(new(big.Int).Mul(assets, c.Shares), c.Assets), nil
}

// Mint claims shares, charging ceil(shares*cAssets/cShares) of the
// claimable assets.
func (c Claimable) Mint(shares *big.Int) (*big.Int, error) {
	if err := c.check("shares", shares, c.Shares); err != nil {
		return nil, err
	}
	return ceilDiv(new(big.Int).Mul(shares, c.Assets), c.Shares), nil
}

// Redeem claims the payment of shares: floor(shares*cAssets/cShares), all
// of it when shares is the whole.
func (c Claimable) Redeem(shares *big.Int) (*big.Int, error) {
	if err := c.check("shares", shares, c.Shares); err != nil {
		return nil, err
	}
	if shares.Cmp(c.Shares) == 0 {
		return new(big.Int).Set(c.Assets), nil
	}
	return floorDiv(new(big.Int).Mul(shares, c.Assets), c.Shares), nil
}

// Withdraw claims assets of payment, charging ceil(assets*cShares/cAssets)
// of the claimable shares.
func (c Claimable) Withdraw(assets *big.Int) (*big.Int, error) {
	if err := c.check("assets", assets, c.Assets); err != nil {
		return nil, err
	}
	return ceilDiv(new(big.Int).Mul(assets, c.Shares), c.Assets), nil
}
