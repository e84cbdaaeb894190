package address_test

import (
	"strings"
	"testing"

	"github.com/tessera-rwa/tessera/chain/address"
	"github.com/tessera-rwa/tessera/errs"
)

func TestParse(t *testing.T) {
	t.Parallel()
	// EIP-55's own test vectors.
	const good = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
	tests := []struct {
		in string
		ok bool
	}{
		{good, true},
		{"0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", true},
		{"0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", true},
		{"0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb", true},
		{strings.ToLower(good), true},
		{"0x" + strings.ToUpper(good[2:]), true},
		{"0x0000000000000000000000000000000000000000", true},
		{"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", false}, // one letter's case flipped
		{"0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", false},
		{strings.ToLower(good)[2:], false},                    // no 0x
		{"0X" + strings.ToLower(good[2:]), false},             // 0X
		{"0x" + strings.ToLower(good[2:41]), false},           // 39 digits
		{"0x" + strings.ToLower(good[2:]) + "0", false},       // 41 digits
		{"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaeg", false}, // not hex
		{" " + good, false},
		{"", false},
	}
	for _, tt := range tests {
		a, err := address.Parse("wallet", tt.in)
		if (err == nil) != tt.ok || address.Valid(tt.in) != tt.ok {
			t.Errorf("Parse(%q): %v, want ok=%v", tt.in, err, tt.ok)
			continue
		}
		if !tt.ok {
			if e := errs.As(err); e == nil || e.Kind != errs.Invalid || e.Code != "invalid_address" || !strings.HasPrefix(e.Message, "wallet ") {
				t.Errorf("Parse(%q): %#v, want an Invalid invalid_address naming the field", tt.in, err)
			}
			continue
		}
		if !strings.EqualFold(a.Hex(), tt.in) {
			t.Errorf("Parse(%q) = %s", tt.in, a.Hex())
		}
	}
	for s, want := range map[string]bool{good: true, "0X" + good[2:]: true, good[:41]: false, good + "0": false, "0x" + strings.Repeat("g", 40): false} {
		if address.Shaped(s) != want {
			t.Errorf("Shaped(%q) = %v", s, !want)
		}
	}
}
