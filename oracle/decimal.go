package oracle

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/tessera-rwa/tessera/errs"
)

// maxDecimals keeps 10^decimals well inside int256.
const maxDecimals = 36

// maxExponent bounds the exponent of a decimal so "1e999999999" cannot make
// the parser allocate without end.
const maxExponent = 80

var (
	ten       = big.NewInt(10)
	maxInt256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 255), big.NewInt(1))
	minInt256 = new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), 255))
)

func pow10(n int) *big.Int { return new(big.Int).Exp(ten, big.NewInt(int64(n)), nil) }

// ParseDecimal parses a decimal number ("-12.345", "1e-3", "101.2345678912",
// a JSON number or a string holding one) into an integer scaled by
// 10^decimals: ParseDecimal("1.5", 2) is 150. Digits beyond decimals are
// rounded half away from zero. The result must fit an int256, the type of a
// feed's answer. No floating point is involved at any step.
func ParseDecimal(s string, decimals uint8) (*big.Int, error) {
	bad := func(why string) error {
		return errs.E(errs.Invalid, CodeBadValue, fmt.Sprintf("%q is not a decimal number: %s", truncate(s, 40), why))
	}
	if len(s) == 0 || len(s) > 200 {
		return nil, bad("empty or longer than 200 characters")
	}
	rest := s
	neg := false
	if rest[0] == '-' || rest[0] == '+' {
		neg = rest[0] == '-'
		rest = rest[1:]
	}
	mant, exp := rest, ""
	if i := strings.IndexAny(rest, "eE"); i >= 0 {
		mant, exp = rest[:i], rest[i+1:]
		if exp == "" {
			return nil, bad("empty exponent")
		}
	}
	intPart, frac, _ := strings.Cut(mant, ".")
	if intPart == "" && frac == "" {
		return nil, bad("no digits")
	}
	if !allDigits(intPart) || !allDigits(frac) {
		return nil, bad("unexpected character")
	}
	shift := 0
	if exp != "" {
		e, ok := parseSmallInt(exp)
		if !ok {
			return nil, bad("exponent out of range")
		}
		shift = e
	}
	// value = digits × 10^(shift − len(frac)); scaled by 10^decimals.
	digits := new(big.Int)
	if ds := strings.TrimLeft(intPart+frac, "0"); ds != "" {
		digits.SetString(ds, 10)
	}
	scale := shift - len(frac) + int(decimals)
	v := scaleRound(digits, scale)
	if neg {
		v.Neg(v)
	}
	if v.Cmp(maxInt256) > 0 || v.Cmp(minInt256) < 0 {
		return nil, bad("out of the int256 range at this precision")
	}
	return v, nil
}

// scaleRound returns v × 10^scale, rounding half away from zero when scale
// is negative.
func scaleRound(v *big.Int, scale int) *big.Int {
	if scale >= 0 {
		return new(big.Int).Mul(v, pow10(scale))
	}
	return divRound(v, pow10(-scale))
}

// divRound divides v by d (> 0), rounding half away from zero.
func divRound(v, d *big.Int) *big.Int {
	q, r := new(big.Int).QuoRem(v, d, new(big.Int))
	if new(big.Int).Mul(new(big.Int).Abs(r), big.NewInt(2)).Cmp(d) >= 0 {
		q.Add(q, big.NewInt(int64(v.Sign())))
	}
	return q
}

// Rescale converts v from one number of decimals to another, rounding half
// away from zero when precision is dropped.
func Rescale(v *big.Int, from, to uint8) *big.Int {
	return scaleRound(v, int(to)-int(from))
}

// FormatDecimal renders v scaled by 10^decimals as a decimal string:
// FormatDecimal(150, 2) is "1.50".
func FormatDecimal(v *big.Int, decimals uint8) string {
	s := new(big.Int).Abs(v).String()
	sign := ""
	if v.Sign() < 0 {
		sign = "-"
	}
	if decimals == 0 {
		return sign + s
	}
	d := int(decimals)
	if len(s) <= d {
		s = strings.Repeat("0", d-len(s)+1) + s
	}
	return sign + s[:len(s)-d] + "." + s[len(s)-d:]
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func parseSmallInt(s string) (int, bool) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "" || len(s) > 4 || !allDigits(s) {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if n > maxExponent {
		return 0, false
	}
	if neg {
		n = -n
	}
	return n, true
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
