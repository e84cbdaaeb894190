package units

import (
	"math/big"
	"testing"
)

func TestFormatAndGroup(t *testing.T) {
	for _, c := range []struct {
		v    string
		dec  uint8
		want string
	}{
		{"0", 6, "0"}, {"1500000", 6, "1.5"}, {"1", 18, "0.000000000000000001"}, {"-2500", 3, "-2.5"},
		{"1234567000", 3, "1234567"}, {"42", 0, "42"},
	} {
		v, _ := new(big.Int).SetString(c.v, 10)
		if got := Format(v, c.dec); got != c.want {
			t.Errorf("Format(%s, %d) = %q, want %q", c.v, c.dec, got, c.want)
		}
	}
	if Format(nil, 6) != "0" {
		t.Error("Format(nil) is not 0")
	}
	for in, want := range map[string]string{"1234567.5": "1,234,567.5", "-1000": "-1,000", "999": "999", "0.25": "0.25"} {
		if got := Group(in); got != want {
			t.Errorf("Group(%q) = %q, want %q", in, got, want)
		}
	}
}
