// Package units writes integer amounts of a token (base units, *big.Int)
// as decimals people read, by string arithmetic only: no floating point
// ever touches an amount.
package units

import (
	"math/big"
	"strings"
)

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
