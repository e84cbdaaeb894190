package compliance_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/tessera-rwa/tessera/compliance"
)

// The off-chain lock arithmetic is the token's: rounding keeps the
// fraction of a base unit locked, and FitsFrom finds the first second.
func TestLockArithmetic(t *testing.T) {
	t.Parallel()
	at := func(s int64) time.Time { return time.Unix(1_800_000_000+s, 0) }
	vest := compliance.Lock{Amount: big.NewInt(1000), Start: at(0), Cliff: at(100), End: at(300)}
	plain := compliance.Lock{Amount: big.NewInt(50), Start: at(150), Cliff: at(150), End: at(150)}
	for _, c := range []struct {
		l    compliance.Lock
		s    int64
		want int64
	}{
		{vest, -10, 1000}, {vest, 99, 1000}, {vest, 100, 667}, {vest, 101, 664}, {vest, 299, 4}, {vest, 300, 0},
		{plain, 149, 50}, {plain, 150, 0},
	} {
		if got := c.l.LockedAt(at(c.s)); got.Int64() != c.want {
			t.Errorf("LockedAt(%d) = %s, want %d", c.s, got, c.want)
		}
	}
	locks := []compliance.Lock{vest, plain}
	for _, c := range []struct {
		unfrozen, amount, now int64
		want                  int64 // seconds; -1: never
	}{
		{1100, 50, 0, 0},     // 1050 locked: exactly 50 free
		{1100, 51, 0, 100},   // one more waits for the cliff (717 locked)
		{1100, 600, 0, 150},  // needs 500 locked or less: 1000·(300−150)/300 = 500 at 150
		{1100, 601, 0, 151},  // 499 or less: at 151 (1000 − 503 = 497)
		{1100, 1100, 0, 300}, // everything: when the last lock ends
		{1100, 1101, 0, -1},  // more than the unfrozen balance
		{1100, 10, 400, 400}, // fits already
	} {
		got, ok := compliance.FitsFrom(locks, big.NewInt(c.unfrozen), big.NewInt(c.amount), at(c.now))
		if (c.want < 0) != !ok || (ok && !got.Equal(at(c.want))) {
			t.Errorf("FitsFrom(%d of %d at %d) = %v %v, want %d", c.amount, c.unfrozen, c.now, got.Unix()-at(0).Unix(), ok, c.want)
		}
	}
	for _, s := range []string{"2027-01-31T00:00:00Z", "1801267200"} {
		if _, err := compliance.ParseTime("t", s); err != nil {
			t.Errorf("ParseTime(%q): %v", s, err)
		}
	}
	for _, s := range []string{"", "0", "-5", "2027-01-31", "2027-01-31T00:00:00.5Z", "99999999999999"} {
		if _, err := compliance.ParseTime("t", s); err == nil {
			t.Errorf("ParseTime(%q) accepted", s)
		}
	}
}
