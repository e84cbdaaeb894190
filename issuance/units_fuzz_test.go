package issuance_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/issuance"
)

// ratOf is the exact value of a decimal string, by another parser.
func ratOf(tb testing.TB, s string) *big.Rat {
	tb.Helper()
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		tb.Fatalf("%q is not a decimal", s)
	}
	return r
}

func scaled(v *big.Int, decimals uint8) *big.Rat {
	return new(big.Rat).SetFrac(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil))
}

// FuzzParseUnits checks amounts as an issuer types them: a refusal is
// invalid_amount or decimals_mismatch; an accepted amount is exactly the
// decimal typed, within (0, 2^96-1] base units, and formats to the
// shortest text that parses back to it.
func FuzzParseUnits(f *testing.F) {
	for _, s := range []string{"1", "12.5", "0.000001", "1.500000", "007", " 3 ", "0", ".5", "5.", "-1", "+1", "1e3", "1,5", "٣", "79228162514264337593543950335", "79228162514264337593543950336"} {
		f.Add(s, uint8(6))
	}
	f.Add("1.5", uint8(0))
	f.Add("0.1", uint8(255))
	f.Fuzz(func(t *testing.T, s string, decimals uint8) {
		v, err := issuance.ParseUnits(s, decimals)
		if err != nil {
			if e := errs.As(err); e == nil || e.Kind != errs.Invalid || (e.Code != "invalid_amount" && e.Code != "decimals_mismatch") {
				t.Fatalf("ParseUnits(%q, %d): %v", s, decimals, err)
			}
			return
		}
		if v.Sign() <= 0 || v.Cmp(issuance.MaxTokenAmount) > 0 {
			t.Fatalf("ParseUnits(%q, %d) = %s, out of range", s, decimals, v)
		}
		if ratOf(t, strings.TrimSpace(s)).Cmp(scaled(v, decimals)) != 0 {
			t.Fatalf("ParseUnits(%q, %d) = %s base units: not the amount typed", s, decimals, v)
		}
		text := issuance.FormatUnits(v, decimals)
		back, err := issuance.ParseUnits(text, decimals)
		if err != nil || back.Cmp(v) != 0 {
			t.Fatalf("ParseUnits(%q, %d) = %s formats as %q, which parses to %v, %v", s, decimals, v, text, back, err)
		}
		if len(text) > len(strings.TrimSpace(s)) {
			t.Fatalf("FormatUnits(%s, %d) = %q, longer than %q", v, decimals, text, s)
		}
	})
}

// FuzzFormatUnits checks that any base-unit amount formats to exactly its
// value, and that every amount a token can hold, at the decimals an asset
// can have (0 to 18), formats to a text ParseUnits reads back.
func FuzzFormatUnits(f *testing.F) {
	f.Add([]byte{1}, uint8(6), false)
	f.Add([]byte{0x0f, 0x42, 0x40}, uint8(6), false)
	f.Add([]byte{}, uint8(18), false)
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, uint8(18), false)
	f.Add([]byte{5}, uint8(1), true)
	f.Fuzz(func(t *testing.T, b []byte, decimals uint8, negative bool) {
		v := new(big.Int).SetBytes(b)
		if negative {
			v.Neg(v)
		}
		text := issuance.FormatUnits(v, decimals)
		if ratOf(t, text).Cmp(scaled(v, decimals)) != 0 {
			t.Fatalf("FormatUnits(%s, %d) = %q, another value", v, decimals, text)
		}
		if decimals > 18 || v.Sign() <= 0 || v.Cmp(issuance.MaxTokenAmount) > 0 {
			return
		}
		back, err := issuance.ParseUnits(text, decimals)
		if err != nil || back.Cmp(v) != 0 {
			t.Fatalf("FormatUnits(%s, %d) = %q parses to %v, %v", v, decimals, text, back, err)
		}
	})
}
