package oracle_test

import (
	"math/big"
	"testing"

	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/oracle"
)

func mustBig(tb testing.TB, s string) *big.Int {
	tb.Helper()
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		tb.Fatalf("bad integer %q", s)
	}
	return v
}

func TestParseDecimal(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in       string
		decimals uint8
		want     string // "" means an error
	}{
		{"1", 8, "100000000"},
		{"101.2345", 8, "10123450000"},
		{"-12.5", 2, "-1250"},
		{"+3", 0, "3"},
		{"0.000000001", 8, "0"},   // half away from zero: 0.1 of a unit rounds down
		{"0.000000005", 8, "1"},   // exactly half rounds up
		{"-0.000000005", 8, "-1"}, // and away from zero when negative
		{"1.23456789123456789123456789", 18, "1234567891234567891"}, // more digits than a float64 holds
		{"123456789012345678901234567890.123456789012345678", 18, "123456789012345678901234567890123456789012345678"},
		{"1e3", 2, "100000"},
		{"1.5E-2", 4, "150"},
		{"2.5e-1", 0, "0"}, // 0.25 rounds to 0
		{".5", 1, "5"},
		{"5.", 1, "50"},
		{"000123.4500", 2, "12345"},
		{"0", 8, "0"},
		{"", 8, ""},
		{"-", 8, ""},
		{"1,000.00", 2, ""},
		{"1.2.3", 2, ""},
		{"abc", 2, ""},
		{"1e", 2, ""},
		{"1e999999", 2, ""},
		{"NaN", 2, ""},
		{"Infinity", 2, ""},
		{" 1", 2, ""},
		{"1e76", 2, ""}, // beyond int256 once scaled
	}
	for _, tt := range tests {
		got, err := oracle.ParseDecimal(tt.in, tt.decimals)
		if tt.want == "" {
			if err == nil {
				t.Errorf("ParseDecimal(%q, %d) = %s, want an error", tt.in, tt.decimals, got)
			} else if !errs.Is(err, errs.Invalid) {
				t.Errorf("ParseDecimal(%q): error kind %v, want invalid", tt.in, errs.KindOf(err))
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseDecimal(%q, %d): %v", tt.in, tt.decimals, err)
			continue
		}
		if got.String() != tt.want {
			t.Errorf("ParseDecimal(%q, %d) = %s, want %s", tt.in, tt.decimals, got, tt.want)
		}
	}
}

func TestFormatDecimalAndRescale(t *testing.T) {
	t.Parallel()
	tests := []struct {
		v        string
		decimals uint8
		want     string
	}{
		{"150", 2, "1.50"},
		{"5", 3, "0.005"},
		{"-5", 3, "-0.005"},
		{"123", 0, "123"},
		{"0", 2, "0.00"},
	}
	for _, tt := range tests {
		if got := oracle.FormatDecimal(mustBig(t, tt.v), tt.decimals); got != tt.want {
			t.Errorf("FormatDecimal(%s, %d) = %s, want %s", tt.v, tt.decimals, got, tt.want)
		}
	}
	rescales := []struct {
		v        string
		from, to uint8
		want     string
	}{
		{"150", 2, 4, "15000"},
		{"15049", 4, 2, "150"},
		{"15050", 4, 2, "151"},
		{"-15050", 4, 2, "-151"},
		{"7", 0, 0, "7"},
	}
	for _, tt := range rescales {
		if got := oracle.Rescale(mustBig(t, tt.v), tt.from, tt.to); got.String() != tt.want {
			t.Errorf("Rescale(%s, %d, %d) = %s, want %s", tt.v, tt.from, tt.to, got, tt.want)
		}
	}
}
