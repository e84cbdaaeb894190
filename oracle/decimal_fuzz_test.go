package oracle_test

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/oracle"
)

// roundedRat is s × 10^decimals rounded half away from zero, computed with
// big.Rat (which wants a digit on each side of a decimal point).
func roundedRat(tb testing.TB, s string, decimals uint8) *big.Int {
	tb.Helper()
	sign, rest := "", s
	if rest[0] == '+' || rest[0] == '-' {
		sign, rest = rest[:1], rest[1:]
	}
	mant, exp := rest, ""
	if i := strings.IndexAny(rest, "eE"); i >= 0 {
		mant, exp = rest[:i], rest[i:]
	}
	if strings.HasPrefix(mant, ".") {
		mant = "0" + mant
	}
	if strings.HasSuffix(mant, ".") {
		mant += "0"
	}
	r, ok := new(big.Rat).SetString(sign + mant + exp)
	if !ok {
		tb.Fatalf("big.Rat does not read %q (from %q)", sign+mant+exp, s)
	}
	r.Mul(r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)))
	q, m := new(big.Int).QuoRem(r.Num(), r.Denom(), new(big.Int))
	if new(big.Int).Mul(m.Abs(m), big.NewInt(2)).Cmp(r.Denom()) >= 0 {
		q.Add(q, big.NewInt(int64(r.Num().Sign())))
	}
	return q
}

// FuzzParseDecimal checks valuations as sources write them: a refusal is
// Invalid with CodeBadValue; an accepted number is exactly the decimal
// written, scaled and rounded half away from zero, within int256, and
// FormatDecimal writes it as a text that parses back to it.
func FuzzParseDecimal(f *testing.F) {
	for _, s := range []string{"1", "101.2345", "-12.5", "+3", "1e-3", "1E3", ".5", "5.", "-.5e1", "0.000000005", "0.000000015", "-0.000000005",
		"1e80", "1e81", "1e-9999", "5e+2", "", "-", "e5", "1e", "1.2.3", "0x10", "1_000", "١", "57896044618658097711785492504343953926634992332820282019728792003956564819967"} {
		f.Add(s, uint8(8))
	}
	f.Add("1.5", uint8(0))
	f.Add("1", uint8(255))
	f.Fuzz(func(t *testing.T, s string, decimals uint8) {
		v, err := oracle.ParseDecimal(s, decimals)
		if err != nil {
			if e := errs.As(err); e == nil || e.Kind != errs.Invalid || e.Code != oracle.CodeBadValue {
				t.Fatalf("ParseDecimal(%q, %d): %v", s, decimals, err)
			}
			return
		}
		if v.BitLen() > 256 || v.BitLen() == 256 && v.Sign() > 0 {
			t.Fatalf("ParseDecimal(%q, %d) = %s, beyond int256", s, decimals, v)
		}
		if want := roundedRat(t, s, decimals); want.Cmp(v) != 0 {
			t.Fatalf("ParseDecimal(%q, %d) = %s, want %s", s, decimals, v, want)
		}
		if decimals > 36 {
			return // feeds have at most 36 decimals
		}
		text := oracle.FormatDecimal(v, decimals)
		back, err := oracle.ParseDecimal(text, decimals)
		if err != nil || back.Cmp(v) != 0 {
			t.Fatalf("ParseDecimal(%q, %d) = %s, written %q, read back %v, %v", s, decimals, v, text, back, err)
		}
	})
}

// FuzzParseTime checks observation times as sources and imports write
// them: an accepted time is in UTC, can be served as JSON, and its RFC 3339
// text parses back to the same instant.
func FuzzParseTime(f *testing.F) {
	for _, s := range []string{"2024-01-31", "2024-02-29T00:00:00Z", "2024-02-29T01:02:03.123456789+05:30", "1709251200", " 1709251200 ",
		"99999999999", "999999999999", "0", "2024-13-01", "0000-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00", "last week", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		at, err := oracle.ParseTime(s)
		if err != nil {
			if !errs.Is(err, errs.Invalid) {
				t.Fatalf("ParseTime(%q): %v", s, err)
			}
			return
		}
		if at.Location() != time.UTC {
			t.Fatalf("ParseTime(%q) = %v, not UTC", s, at)
		}
		if _, err := at.MarshalJSON(); err != nil {
			t.Fatalf("ParseTime(%q) = %v, which JSON cannot carry: %v", s, at, err)
		}
		text := at.Format(time.RFC3339Nano)
		back, err := oracle.ParseTime(text)
		if err != nil || !back.Equal(at) {
			t.Fatalf("ParseTime(%q) = %v, written %q, read back %v, %v", s, at, text, back, err)
		}
	})
}
