package dealing

import (
	"math/big"
	"math/rand/v2"
	"testing"
	"testing/quick"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/errs"
)

// priceGen is a random but plausible pricing: a NAV, decimals and two
// amounts up to 2^128.
type priceGen struct {
	p       Price
	a, u    *big.Int
	bps     uint16
	cA, cSh *big.Int
}

func randBig(r *rand.Rand, bits int) *big.Int {
	v := new(big.Int)
	for i := 0; i < bits; i += 32 {
		v.Lsh(v, 32).Or(v, big.NewInt(int64(r.Uint32())))
	}
	return v.Rsh(v, uint(r.IntN(bits+1)))
}

func genPrice(seed uint64) priceGen {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	nav := randBig(r, 96)
	nav.Add(nav, big.NewInt(1))
	p, _ := NewPrice(nav, uint8(r.IntN(19)), uint8(r.IntN(19)), uint8(r.IntN(19)))
	cA, cSh := randBig(r, 128), randBig(r, 128)
	cA.Add(cA, big.NewInt(1))
	cSh.Add(cSh, big.NewInt(1))
	return priceGen{p: p, a: randBig(r, 128), u: randBig(r, 128), bps: uint16(r.IntN(101)), cA: cA, cSh: cSh}
}

func TestPricingFavoursTheFund(t *testing.T) {
	t.Parallel()
	one := big.NewInt(1)
	prop := func(seed uint64) bool {
		g := genPrice(seed)
		p := g.p
		// Deposits: units*nav*P <= assets*U*F < (units+1)*nav*P, and the
		// remainder is exactly the difference.
		units, rem := p.UnitsFor(g.a)
		lhs := new(big.Int).Mul(units, p.navScale())
		rhs := new(big.Int).Mul(g.a, p.unitScale())
		if lhs.Cmp(rhs) > 0 || new(big.Int).Add(lhs, p.navScale()).Cmp(rhs) <= 0 {
			t.Logf("units %s for %s at %s", units, g.a, p.NAV)
			return false
		}
		if new(big.Int).Sub(rhs, lhs).Cmp(rem.Num) != 0 || rem.Num.Cmp(p.navScale()) >= 0 || rem.Den.Cmp(p.unitScale()) != 0 {
			return false
		}
		// Redemptions: the same the other way round.
		assets, rem2 := p.PaymentFor(g.u)
		lhs = new(big.Int).Mul(assets, p.unitScale())
		rhs = new(big.Int).Mul(g.u, p.navScale())
		if lhs.Cmp(rhs) > 0 || new(big.Int).Sub(rhs, lhs).Cmp(rem2.Num) != 0 || rem2.Num.Cmp(p.unitScale()) >= 0 {
			return false
		}
		// Round trips never gain.
		back, _ := p.PaymentFor(units)
		if back.Cmp(g.a) > 0 {
			t.Logf("assets %s → units %s → assets %s", g.a, units, back)
			return false
		}
		u2, _ := p.UnitsFor(assets)
		if u2.Cmp(g.u) > 0 {
			t.Logf("units %s → assets %s → units %s", g.u, assets, u2)
			return false
		}
		// The instant fee rounds up: fee*1e4 >= gross*bps > (fee-1)*1e4.
		fee := InstantFee(g.a, g.bps)
		x := new(big.Int).Mul(g.a, big.NewInt(int64(g.bps)))
		f4 := new(big.Int).Mul(fee, big.NewInt(FeeBPSDenominator))
		if f4.Cmp(x) < 0 || new(big.Int).Sub(f4, big.NewInt(FeeBPSDenominator)).Cmp(x) >= 0 {
			return false
		}
		fee, su, _ := p.Subscribe(g.a, g.bps)
		if worth, _ := p.PaymentFor(su); new(big.Int).Add(worth, fee).Cmp(g.a) > 0 {
			return false
		}
		gross, rfee, net, _ := p.RedeemInstant(g.u, g.bps)
		if new(big.Int).Add(net, rfee).Cmp(gross) != 0 || gross.Cmp(assets) != 0 || net.Sign() < 0 {
			return false
		}
		// Claims: any split of a claim never takes more than the whole.
		c := Claimable{Assets: g.cA, Shares: g.cSh}
		part := new(big.Int).Rsh(g.cA, 1)
		s1, err1 := c.Deposit(part)
		s2, err2 := c.Deposit(new(big.Int).Sub(g.cA, part))
		if err1 != nil || err2 != nil || new(big.Int).Add(s1, s2).Cmp(g.cSh) > 0 {
			return false
		}
		if all, _ := c.Deposit(g.cA); all.Cmp(g.cSh) != 0 {
			return false
		}
		// mint(shares) charges at least what deposit would give them for.
		if owed, err := c.Mint(s1); err != nil || (s1.Sign() > 0 && func() bool { s, _ := c.Deposit(owed); return s.Cmp(s1) < 0 }()) {
			return false
		}
		a1, _ := c.Redeem(new(big.Int).Rsh(g.cSh, 1))
		a2, _ := c.Redeem(new(big.Int).Sub(g.cSh, new(big.Int).Rsh(g.cSh, 1)))
		if new(big.Int).Add(a1, a2).Cmp(g.cA) > 0 {
			return false
		}
		w, err := c.Withdraw(a1)
		if err != nil || new(big.Int).Mul(w, g.cA).Cmp(new(big.Int).Mul(a1, g.cSh)) < 0 {
			return false
		}
		_ = one
		return true
	}
	if err := quick.Check(prop, &quick.Config{MaxCount: 3000}); err != nil {
		t.Fatal(err)
	}
}

func TestPriceExamples(t *testing.T) {
	t.Parallel()
	// NAV $1.05 (8 decimals), 18-decimal units, 6-decimal USD.
	p, err := NewPrice(big.NewInt(105_000_000), 18, 6, 8)
	if err != nil {
		t.Fatal(err)
	}
	units, rem := p.UnitsFor(big.NewInt(1_000_000_000)) // $1000
	if units.String() != "952380952380952380952" || rem.String() != "40000000000000/100000000000000000000000000" {
		t.Errorf("$1000 buys %s units, remainder %s", units, rem)
	}
	assets, rem := p.PaymentFor(units)
	if assets.String() != "999999999" || rem.Num.Sign() <= 0 {
		t.Errorf("%s units pay %s, remainder %s", units, assets, rem)
	}
	fee, u, _ := p.Subscribe(big.NewInt(1_000_000_000), 25) // 0.25%
	if fee.String() != "2500000" || u.String() != "950000000000000000000" {
		t.Errorf("subscribe: fee %s units %s", fee, u)
	}
	if f := InstantFee(big.NewInt(1), 1); f.String() != "1" {
		t.Errorf("a fee of 1bps on 1 rounds up to 1, got %s", f)
	}
	if _, err := NewPrice(big.NewInt(0), 18, 6, 8); err == nil {
		t.Error("a zero NAV prices")
	}
	c := Claimable{Assets: big.NewInt(10), Shares: big.NewInt(3)}
	if _, err := c.Deposit(big.NewInt(11)); err == nil {
		t.Error("claimed more than claimable")
	}
}

func TestBookPricesAndBatches(t *testing.T) {
	t.Parallel()
	cal := weekdaysCal("Europe/London", "16:00")
	cutoff := at(t, "Europe/London", "2026-06-10 16:00:00")
	round := Round{ID: 7, Answer: big.NewInt(105_000_000), ObservedAt: cutoff.Add(10 * time.Minute), Decimals: 8}
	ctl := common.HexToAddress("0xc0")
	req := func(id int64, kind Kind, amount int64, wire, paid bool, at time.Time) Request {
		return Request{ChainID: cal.ChainID, Dealing: cal.Dealing, ID: big.NewInt(id), Kind: kind, Controller: ctl, Owner: ctl,
			Amount: big.NewInt(amount), Wire: wire, Paid: paid, RequestedAt: at, State: Pending}
	}
	early := cutoff.Add(-time.Hour)
	reqs := []Request{
		req(5, Redeem, 2_000_000_000_000_000_000, false, false, early), // 2 units → $2.10
		req(1, Deposit, 1_000_000_000, false, false, early),            // $1000
		req(2, Deposit, 500_000_000, true, true, early),                // wire, paid
		req(3, Deposit, 700_000_000, true, false, early),               // wire, unpaid
		req(4, Deposit, 100_000_000, false, false, cutoff.Add(time.Second)),
		req(6, Redeem, 1_000_000_000_000_000_000, true, false, cutoff), // wire redeem at the cut-off itself
		req(7, Deposit, 300, false, false, early),
	}
	gas := Gas{Base: 50_000, PerRequest: 100_000, Budget: 270_000} // 2 per batch
	b, err := BuildBook(Pricing{Calendar: cal, Cutoff: cutoff, Round: round, Gas: gas}, reqs)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, l := range b.Lines {
		ids = append(ids, l.RequestID.String()+":"+l.Result.String())
	}
	// Deposits first, then redemptions: the batch's deposits fill the
	// reserve its redemptions draw on.
	want := []string{"1:952380952380952380952", "2:476190476190476190476", "7:285714285714285", "5:2100000", "6:1050000"}
	if len(ids) != len(want) {
		t.Fatalf("lines %v", ids)
	}
	for i := range want {
		if ids[i] != want[i] {
			t.Errorf("line %d = %s, want %s", i, ids[i], want[i])
		}
	}
	if len(b.Refused) != 2 || b.Refused[0].RequestID.Int64() != 3 || b.Refused[0].Reason != ReasonUnpaidWire ||
		b.Refused[1].RequestID.Int64() != 4 || b.Refused[1].Reason != ReasonAfterCutoff {
		t.Errorf("refused %+v", b.Refused)
	}
	tt := b.Totals
	if tt.GrossIn.String() != "1500000300" || tt.GrossOut.String() != "3150000" || tt.NetReserveNeed.String() != "-997900300" {
		t.Errorf("totals in %s out %s net %s", tt.GrossIn, tt.GrossOut, tt.NetReserveNeed)
	}
	if len(b.Batches) != 3 || len(b.Batches[2].RequestIDs) != 1 || b.Batches[0].Gas != 250_000 ||
		b.Batches[1].Key != BatchKey(cal.ChainID, cal.Dealing, cutoff, 1) || b.Lines[4].Batch != 2 {
		t.Errorf("batches %+v", b.Batches)
	}
	if b.Settlement.String() != "2026-06-12" || b.Date.String() != "2026-06-10" {
		t.Errorf("day %s settles %s", b.Date, b.Settlement)
	}

	for _, tc := range []struct {
		name string
		p    Pricing
		code string
	}{
		{"round before the cut-off", Pricing{Calendar: cal, Cutoff: cutoff, Round: Round{ID: 7, Answer: big.NewInt(1), ObservedAt: cutoff.Add(-time.Second), Decimals: 8}, Gas: gas}, "nav_before_cutoff"},
		{"stale round", Pricing{Calendar: cal, Cutoff: cutoff, Round: Round{ID: 7, Answer: big.NewInt(1), ObservedAt: cutoff.Add(time.Hour + time.Second), Decimals: 8}, Gas: gas}, "nav_stale"},
		{"no room", Pricing{Calendar: cal, Cutoff: cutoff, Round: round, Gas: Gas{Base: 100, PerRequest: 100, Budget: 150}}, "invalid_gas"},
	} {
		if _, err := BuildBook(tc.p, reqs); err == nil || !hasCode(err, tc.code) {
			t.Errorf("%s: %v, want %s", tc.name, err, tc.code)
		}
	}

	// A cut-off off the calendar (published under an earlier one, its
	// requests stamped with it) is priced as the day of its local date.
	off := cutoff.Add(-30 * time.Minute)
	if b, err := BuildBook(Pricing{Calendar: cal, Cutoff: off, Round: round, Gas: gas}, reqs); err != nil ||
		b.Date.String() != "2026-06-10" || b.Settlement.String() != "2026-06-12" || !b.Cutoff.Equal(off) || len(b.Lines) != 4 {
		t.Errorf("a book off the calendar: %v, %+v", err, b)
	}
}

func hasCode(err error, code string) bool { e := errs.As(err); return e != nil && e.Code == code }
