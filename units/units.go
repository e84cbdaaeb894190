// Package units writes integer amounts of a token (base units, *big.Int)
// as decimals people read, and reads them back, by string arithmetic
// only: no floating point ever touches an amount.
package units

import (
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/tessera-rwa/tessera/errs"
)

// ErrSyntax: not a decimal number of digits with at most one point.
var ErrSyntax = errors.New("units: not a decimal number such as 100 or 12.5")

// ErrPrecision: more fractional digits than the token's decimals.
var ErrPrecision = errors.New("units: more fractional digits than the token's decimals")

// Parse reads a decimal amount of whole units ("12.5", "1000", "0.25";
// trailing zeros after the point do not count) as base units of a token
// with decimals: Parse("1.5", 6) is 1500000. The result may be zero;
// bounds are the caller's. A string over 100 characters is ErrSyntax.
func Parse(s string, decimals uint8) (*big.Int, error) {
	s = strings.TrimSpace(s)
	whole, frac, hasDot := strings.Cut(s, ".")
	if len(s) > 100 || !Digits(whole) || (hasDot && !Digits(frac)) {
		return nil, ErrSyntax
	}
	frac = strings.TrimRight(frac, "0")
	if len(frac) > int(decimals) {
		return nil, ErrPrecision
	}
	v, _ := new(big.Int).SetString(whole+frac+strings.Repeat("0", int(decimals)-len(frac)), 10)
	return v, nil
}

// Rat reads a decimal number of units with Parse's syntax as an exact
// fraction, for an amount meant for tokens of any decimals (a cap that
// holds for every payment token): Rat("2500.5") is 5001/2.
func Rat(s string) (*big.Rat, error) {
	s = strings.TrimSpace(s)
	whole, frac, hasDot := strings.Cut(s, ".")
	if len(s) > 100 || !Digits(whole) || (hasDot && !Digits(frac)) {
		return nil, ErrSyntax
	}
	r, _ := new(big.Rat).SetString(s)
	return r, nil
}

// ParseAmount is Parse for an amount a person typed, refused as the API
// refuses it: more fractional digits than decimals is decimals_mismatch,
// anything but a positive decimal number invalid_amount (errs.Invalid).
// what names the amount ("amount", "max_balance_units") and whose the
// token ("the token's", "the payment token's") in the message.
func ParseAmount(s string, decimals uint8, what, whose string) (*big.Int, error) {
	v, err := Parse(s, decimals)
	s = strings.TrimSpace(s)
	switch {
	case errors.Is(err, ErrPrecision):
		return nil, errs.E(errs.Invalid, "decimals_mismatch", fmt.Sprintf("%s %q has more than %s %d decimals", what, s, whose, decimals))
	case err != nil || v.Sign() == 0:
		return nil, errs.E(errs.Invalid, "invalid_amount", fmt.Sprintf("%s %q must be a positive decimal number such as 100 or 12.5", what, s))
	}
	return v, nil
}

// Digits reports whether s is one or more ASCII digits.
func Digits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// Format writes base units as a decimal of whole units with decimals
// places, trailing zeros dropped: Format(1500000, 6) is "1.5".
func Format(v *big.Int, decimals uint8) string {
	if v == nil {
		return "0"
	}
	s := new(big.Int).Abs(v).String()
	if decimals > 0 {
		if len(s) <= int(decimals) {
			s = strings.Repeat("0", int(decimals)-len(s)+1) + s
		}
		i := len(s) - int(decimals)
		s = strings.TrimRight(s[:i]+"."+s[i:], "0")
		s = strings.TrimSuffix(s, ".")
	}
	if v.Sign() < 0 {
		s = "-" + s
	}
	return s
}

// FormatString is Format of base units written as a decimal integer
// string (as the wire and the database carry them); a string that is not
// one comes back unchanged.
func FormatString(base string, decimals uint8) string {
	v, ok := new(big.Int).SetString(base, 10)
	if !ok {
		return base
	}
	return Format(v, decimals)
}

// Text writes base units v for people, in units with the base units
// beside: Text(1500000, &6, "units") is "1.5 units (1500000 base units)",
// what following the number ("of the payment token"; "" for none). With
// decimals unknown (nil), or no amount, it is the base units alone.
func Text(v *big.Int, decimals *uint8, what string) string {
	if decimals == nil || v == nil {
		return fmt.Sprint(v) + " base units"
	}
	s := Format(v, *decimals)
	if what != "" {
		s += " " + what
	}
	return s + " (" + v.String() + " base units)"
}

// Group puts thousands separators in the whole part of a decimal string:
// Group("1234567.5") is "1,234,567.5".
func Group(s string) string {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	out := b.String()
	if hasFrac {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}
