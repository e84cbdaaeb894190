package issuance_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/issuance"
)

func TestParseUnits(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in       string
		decimals uint8
		want     string // base units, or the error code
	}{
		{"1", 6, "1000000"},
		{"12.5", 6, "12500000"},
		{"0.000001", 6, "1"},
		{"1.500000", 6, "1500000"}, // trailing zeros are not extra decimals
		{"7", 0, "7"},
		{"1.0000001", 6, "decimals_mismatch"},
		{"1.5", 0, "decimals_mismatch"},
		{"0", 6, "invalid_amount"},
		{"0.0", 6, "invalid_amount"},
		{"", 6, "invalid_amount"},
		{".5", 6, "invalid_amount"},
		{"5.", 6, "invalid_amount"},
		{"-1", 6, "invalid_amount"},
		{"+1", 6, "invalid_amount"},
		{"1,5", 6, "invalid_amount"},
		{"79228162514264337593543950335", 0, "79228162514264337593543950335"}, // 2^96 − 1
		{"79228162514264337593543950336", 0, "invalid_amount"},
		{"115792089237316195423570985008687907853269984665640564039457584007913129639936", 0, "invalid_amount"}, // 2^256
	}
	for _, tc := range tests {
		got, err := issuance.ParseUnits(tc.in, tc.decimals)
		switch {
		case err != nil:
			if e := errs.As(err); e == nil || e.Code != tc.want {
				t.Errorf("ParseUnits(%q, %d) = %v, want %s", tc.in, tc.decimals, err, tc.want)
			}
		case got.String() != tc.want:
			t.Errorf("ParseUnits(%q, %d) = %s, want %s", tc.in, tc.decimals, got, tc.want)
		}
	}
	for _, tc := range []struct {
		v    int64
		d    uint8
		want string
	}{{12500000, 6, "12.5"}, {1, 6, "0.000001"}, {7, 0, "7"}, {3000000, 6, "3"}} {
		if got := issuance.FormatUnits(big.NewInt(tc.v), tc.d); got != tc.want {
			t.Errorf("FormatUnits(%d, %d) = %s, want %s", tc.v, tc.d, got, tc.want)
		}
	}
}

// Shares pays floor(total × balance / supply) each and the remainder to the
// largest holder, lowest address among equals, so the leaves sum to total.
func TestShares(t *testing.T) {
	t.Parallel()
	a, b, c := common.HexToAddress("0x0a"), common.HexToAddress("0x0b"), common.HexToAddress("0x0c")
	bal := func(w common.Address, v int64) chain.Balance { return chain.Balance{Wallet: w, Amount: big.NewInt(v)} }
	tests := []struct {
		name     string
		total    int64
		balances []chain.Balance
		want     map[common.Address]int64
		remTo    common.Address
		rem      int64
	}{
		{"exact", 100, []chain.Balance{bal(a, 1), bal(b, 3)}, map[common.Address]int64{a: 25, b: 75}, b, 0},
		{"thirds", 100, []chain.Balance{bal(a, 1), bal(b, 1), bal(c, 1)}, map[common.Address]int64{a: 34, b: 33, c: 33}, a, 1},
		{"largest takes it", 10, []chain.Balance{bal(a, 1), bal(b, 5), bal(c, 1)}, map[common.Address]int64{a: 1, b: 8, c: 1}, b, 1},
		{"zero balances left out", 9, []chain.Balance{bal(a, 0), bal(b, 2), bal(c, 1)}, map[common.Address]int64{b: 6, c: 3}, b, 0},
	}
	for _, tc := range tests {
		leaves, remTo, rem, err := issuance.Shares(big.NewInt(tc.total), tc.balances)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		sum := new(big.Int)
		for _, l := range leaves {
			sum.Add(sum, l.Amount)
			if l.Amount.Int64() != tc.want[l.Account] {
				t.Errorf("%s: %s gets %s, want %d", tc.name, l.Account, l.Amount, tc.want[l.Account])
			}
		}
		if len(leaves) != len(tc.want) || sum.Int64() != tc.total || remTo != tc.remTo || rem.Int64() != tc.rem {
			t.Errorf("%s: %d leaves summing to %s, remainder %s to %s", tc.name, len(leaves), sum, rem, remTo)
		}
	}
	if _, _, _, err := issuance.Shares(big.NewInt(5), []chain.Balance{bal(a, 0)}); errs.As(err) == nil || errs.As(err).Code != "no_holders" {
		t.Errorf("no holders: %v", err)
	}
}
