package contracts_test

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/bindings/dealingtestfeed"
)

// The reserve guard's margin modes (AssetTokenLayout.sol).
const (
	marginNone     uint8 = 0
	marginBps      uint8 = 1
	marginAbsolute uint8 = 2
)

// reserveFixture is a token with `tokenDecimals` decimals, two registered
// investors and a DealingTestFeed with `feedDecimals` decimals (any answer,
// a pause switch, and a latestRoundData that reverts before the first
// round): the proof-of-reserve feed.
type reserveFixture struct {
	c        *chain
	tok      *token
	reg      *registry
	feed     common.Address
	feedInst *bind.BoundContract
	holder   common.Address
	requests int
}

func newReserveFixture(tb testing.TB, tokenDecimals, feedDecimals uint8) *reserveFixture {
	tb.Helper()
	c := newChain(tb, 2)
	f := &reserveFixture{c: c, holder: c.signers[0].From}
	f.reg = deployRegistry(tb, c)
	f.reg.queueRegister(tb, c.signers[0].From, "investor-A", countryFR, 1)
	f.reg.queueRegister(tb, c.signers[1].From, "investor-B", countryDE, 1)
	f.tok = deployTokenDecimals(tb, c, f.reg.addr, common.Address{}, 0, tokenDecimals)
	f.feed = c.queueDeploy(tb, dealingtestfeed.DealingTestFeedMetaData.Bin, tfeedABI.PackConstructor(feedDecimals, big.NewInt(1), big.NewInt(1e15)))
	f.feedInst = tfeedABI.Instance(c.client, f.feed)
	c.flush(tb)
	return f
}

// report pushes a reserve round of `answer` (in the feed's decimals), fresh now.
func (f *reserveFixture) report(tb testing.TB, answer *big.Int) {
	tb.Helper()
	f.c.mustSend(tb, f.c.admin, f.feedInst, tfeedABI.PackPush(answer, new(big.Int).SetUint64(f.c.now(tb))))
}

func (f *reserveFixture) guard(tb testing.TB, maxAge uint64, mode uint8, margin int64) {
	tb.Helper()
	f.c.mustSend(tb, f.c.admin, f.tok.inst, f.tok.abi.PackSetReserveGuard(f.feed, maxAge, mode, big.NewInt(margin)))
}

func (f *reserveFixture) mint(amount *big.Int) error {
	f.requests++
	_, err := f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackMint(f.holder, amount, id32(fmt.Sprintf("reserve-%d", f.requests))))
	return err
}

func (f *reserveFixture) supply(tb testing.TB) *big.Int {
	tb.Helper()
	return mustCall(tb, f.tok.inst, f.tok.abi.PackTotalSupply(), f.tok.abi.UnpackTotalSupply)
}

// expect checks that the mint preview (detectTransferRestriction(0, holder,
// amount)) reports want, then mints amount and expects the same outcome:
// success, or TransferRestricted(want) with the supply unchanged.
func (f *reserveFixture) expect(tb testing.TB, what string, amount *big.Int, want uint8) {
	tb.Helper()
	if got := f.tok.detect(tb, common.Address{}, f.holder, amount); got != want {
		tb.Errorf("%s: preview of a mint of %s = %s, want %s", what, amount, hexCode(got), hexCode(want))
	}
	before := f.supply(tb)
	err := f.mint(amount)
	if want == codeOK {
		if err != nil {
			tb.Errorf("%s: mint of %s: %v", what, amount, err)
		}
		return
	}
	if got := restrictedCode(tb, err); got != want {
		tb.Errorf("%s: mint of %s refused with %s, want %s", what, amount, hexCode(got), hexCode(want))
	}
	if after := f.supply(tb); after.Cmp(before) != 0 {
		tb.Errorf("%s: refused mint moved the supply from %s to %s", what, before, after)
	}
}

func add(a *big.Int, b int64) *big.Int { return new(big.Int).Add(a, big.NewInt(b)) }

// TestAssetTokenReserveBoundary: the supply after a mint may reach the
// reserve, converted from the feed's decimals to the token's (rounded down
// when the feed has more), and not one base unit more; the preview agrees.
func TestAssetTokenReserveBoundary(t *testing.T) {
	t.Parallel()
	answer, _ := new(big.Int).SetString("123456789012345678912", 10) // 1234.56789012345678912 at 18 decimals
	cases := []struct {
		tokenDecimals, feedDecimals uint8
		answer, reserve             *big.Int // reserve in the token's base units
	}{
		{18, 8, big.NewInt(1234_56789012), new(big.Int).Mul(big.NewInt(1234_56789012), pow10(10))},
		{6, 8, big.NewInt(1234_56789012), big.NewInt(1234_567890)},         // 1234.56789012 → 1234.567890, the last digits dropped
		{6, 18, answer, big.NewInt(123_456789)},                            // 123.456789012… → 123.456789
		{8, 8, big.NewInt(5_000_000_007), big.NewInt(5_000_000_007)},       // the same decimals: the answer itself
		{0, 8, big.NewInt(99_99999999), big.NewInt(99)},                    // 99.99999999 whole units → 99
		{18, 0, big.NewInt(7), new(big.Int).Mul(big.NewInt(7), pow10(18))}, // 7 whole units
	}
	for _, tc := range cases {
		t.Run(fmt.Sprintf("token %d feed %d", tc.tokenDecimals, tc.feedDecimals), func(t *testing.T) {
			t.Parallel()
			f := newReserveFixture(t, tc.tokenDecimals, tc.feedDecimals)
			// Supply already out counts against the reserve.
			f.expect(t, "before the guard", big.NewInt(3), codeOK)
			f.report(t, tc.answer)
			f.guard(t, 3600, marginNone, 0)
			room := add(tc.reserve, -3)
			f.expect(t, "one base unit above the reserve", add(room, 1), codeReserveExceeded)
			f.expect(t, "exactly up to the reserve", room, codeOK)
			f.expect(t, "one more base unit", big.NewInt(1), codeReserveExceeded)
			if got := f.supply(t); got.Cmp(tc.reserve) != 0 {
				t.Errorf("supply %s, want the reserve %s", got, tc.reserve)
			}
			// More reserve, more room.
			f.report(t, new(big.Int).Mul(tc.answer, big.NewInt(2)))
			f.expect(t, "after the reserve doubled", big.NewInt(1), codeOK)
		})
	}
}

// TestAssetTokenReserveMargins: each margin mode lowers the limit, rounding
// the limit down (against the issuer).
func TestAssetTokenReserveMargins(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name    string
		reserve int64
		mode    uint8
		margin  int64
		limit   int64
	}{
		{"none", 10_000, marginNone, 0, 10_000},
		{"10% of the reserve", 10_000, marginBps, 1000, 9_000},
		{"25% rounded down", 10_000_003, marginBps, 2500, 7_500_002},      // 7,500,002.25
		{"1 basis point rounded down", 1001, marginBps, 1, 1000},          // 1000.8999
		{"100% of the reserve", 10_000, marginBps, 10_000, 0},             // nothing may be minted
		{"absolute", 10_000, marginAbsolute, 500, 9_500},                  // the reserve must exceed the supply by 500
		{"absolute above the reserve", 10_000, marginAbsolute, 20_000, 0}, // nothing may be minted
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			f := newReserveFixture(t, 8, 8)
			f.report(t, big.NewInt(tc.reserve))
			f.guard(t, 3600, tc.mode, tc.margin)
			f.expect(t, "one base unit above the limit", big.NewInt(tc.limit+1), codeReserveExceeded)
			if tc.limit > 0 {
				f.expect(t, "exactly the limit", big.NewInt(tc.limit), codeOK)
				f.expect(t, "one more", big.NewInt(1), codeReserveExceeded)
			}
		})
	}
}

// TestAssetTokenReserveStale: a reserve that cannot be trusted refuses
// every mint with its own code, whatever the amount; transfers go on.
func TestAssetTokenReserveStale(t *testing.T) {
	t.Parallel()
	f := newReserveFixture(t, 18, 8)
	f.expect(t, "before the guard", big.NewInt(10), codeOK)
	f.guard(t, 3600, marginNone, 0)
	one := big.NewInt(1)
	f.expect(t, "feed without a round (latestRoundData reverts)", one, codeReserveStale)
	f.report(t, big.NewInt(0))
	f.expect(t, "zero reserve", one, codeReserveStale)
	f.report(t, big.NewInt(-5_00000000))
	f.expect(t, "negative reserve", one, codeReserveStale)
	f.report(t, big.NewInt(1_00000000)) // one whole unit
	f.expect(t, "fresh", one, codeOK)
	f.c.mustSend(t, f.c.admin, f.feedInst, tfeedABI.PackSetPaused(true))
	f.expect(t, "paused feed", one, codeReserveStale)
	f.c.mustSend(t, f.c.admin, f.feedInst, tfeedABI.PackSetPaused(false))
	f.expect(t, "unpaused", one, codeOK)
	f.c.warp(t, 3601*time.Second)
	f.expect(t, "a round older than the maximum age", one, codeReserveStale)
	if _, err := f.c.send(f.c.signers[0], f.tok.inst, f.tok.abi.PackTransfer(f.c.signers[1].From, big.NewInt(5))); err != nil {
		t.Errorf("transfer with a stale reserve: %v", err)
	}
	f.report(t, big.NewInt(1_00000000))
	f.expect(t, "fresh again", one, codeOK)

	// A contract that is no feed: its calls revert.
	f.c.mustSend(t, f.c.admin, f.tok.inst, f.tok.abi.PackSetReserveGuard(f.reg.addr, 3600, marginNone, new(big.Int)))
	f.expect(t, "a contract without latestRoundData", one, codeReserveStale)

	// Off: the reserve no longer counts.
	f.c.mustSend(t, f.c.admin, f.tok.inst, f.tok.abi.PackSetReserveGuard(common.Address{}, 0, marginNone, new(big.Int)))
	f.expect(t, "guard off", new(big.Int).Mul(big.NewInt(5), pow10(18)), codeOK)
}

// TestAssetTokenReserveBatch: a batch mint is checked on its total and
// refused as a whole; a locked mint is checked like a mint.
func TestAssetTokenReserveBatch(t *testing.T) {
	t.Parallel()
	f := newReserveFixture(t, 8, 8)
	f.report(t, big.NewInt(1000))
	f.guard(t, 3600, marginNone, 0)
	a, b := f.c.signers[0].From, f.c.signers[1].From
	batch := func(x, y int64, ids ...string) error {
		_, err := f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackBatchMint([]common.Address{a, b},
			[]*big.Int{big.NewInt(x), big.NewInt(y)}, [][32]byte{id32(ids[0]), id32(ids[1])}))
		return err
	}
	// Each mint alone fits; together they do not.
	if got := restrictedCode(t, batch(600, 401, "b1", "b2")); got != codeReserveExceeded {
		t.Errorf("batch over the reserve: %s", hexCode(got))
	}
	if s := f.supply(t); s.Sign() != 0 {
		t.Errorf("a refused batch minted %s", s)
	}
	if err := batch(600, 400, "b3", "b4"); err != nil {
		t.Fatalf("batch up to the reserve: %v", err)
	}
	if f.tok.balance(t, a).Int64() != 600 || f.tok.balance(t, b).Int64() != 400 {
		t.Errorf("balances %s, %s", f.tok.balance(t, a), f.tok.balance(t, b))
	}
	f.report(t, big.NewInt(1100))
	lock := f.c.now(t) + 3600
	_, err := f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackMintLocked(b, big.NewInt(101), id32("l1"), lock))
	if got := restrictedCode(t, err); got != codeReserveExceeded {
		t.Errorf("locked mint over the reserve: %s", hexCode(got))
	}
	f.c.mustSend(t, f.c.admin, f.tok.inst, f.tok.abi.PackMintLocked(b, big.NewInt(100), id32("l2"), lock))
}

// TestAssetTokenReserveGuardConfig: the setter takes only a configuration
// the mint path can apply, emits it, and the getter returns it.
func TestAssetTokenReserveGuardConfig(t *testing.T) {
	t.Parallel()
	f := newReserveFixture(t, 18, 8)
	feed, eoa := f.feed, f.c.signers[0].From
	bad := []struct {
		name   string
		feed   common.Address
		maxAge uint64
		mode   uint8
		margin int64
	}{
		{"off with a maximum age", common.Address{}, 60, marginNone, 0},
		{"off with a margin", common.Address{}, 0, marginBps, 100},
		{"a feed without code", eoa, 3600, marginNone, 0},
		{"no maximum age", feed, 0, marginNone, 0},
		{"unknown margin mode", feed, 3600, 3, 1},
		{"a margin without a mode", feed, 3600, marginNone, 5},
		{"zero basis points", feed, 3600, marginBps, 0},
		{"over 10000 basis points", feed, 3600, marginBps, 10_001},
		{"zero absolute margin", feed, 3600, marginAbsolute, 0},
	}
	for _, tc := range bad {
		_, err := f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackSetReserveGuard(tc.feed, tc.maxAge, tc.mode, big.NewInt(tc.margin)))
		if err == nil {
			t.Errorf("%s: accepted", tc.name)
			continue
		}
		wantRevert(t, err, "InvalidReserveGuard(address,uint64,uint8,uint256)")
	}
	r := f.c.mustSend(t, f.c.admin, f.tok.inst, f.tok.abi.PackSetReserveGuard(feed, 86400, marginBps, big.NewInt(250)))
	if ev := findEvent(t, r, f.tok.abi.UnpackReserveGuardSetEvent); ev.Feed != feed || ev.MaxAge != 86400 || ev.MarginMode != marginBps || ev.Margin.Int64() != 250 {
		t.Errorf("ReserveGuardSet %+v", ev)
	}
	g := mustCall(t, f.tok.inst, f.tok.abi.PackReserveGuard(), f.tok.abi.UnpackReserveGuard)
	if g.Feed != feed || g.MaxAge != 86400 || g.MarginMode != marginBps || g.Margin.Int64() != 250 {
		t.Errorf("reserveGuard %+v", g)
	}
	// The top basis-point margin is accepted.
	f.c.mustSend(t, f.c.admin, f.tok.inst, f.tok.abi.PackSetReserveGuard(feed, 1, marginBps, big.NewInt(10_000)))
	f.c.mustSend(t, f.c.admin, f.tok.inst, f.tok.abi.PackSetReserveGuard(common.Address{}, 0, marginNone, new(big.Int)))
	g = mustCall(t, f.tok.inst, f.tok.abi.PackReserveGuard(), f.tok.abi.UnpackReserveGuard)
	if g.Feed != (common.Address{}) || g.MaxAge != 0 || g.MarginMode != 0 || g.Margin.Sign() != 0 {
		t.Errorf("reserveGuard after turning it off %+v", g)
	}
	// A stranger may not set it (TestAssetTokenRoles covers every setter).
	wantUnauthorized(t, f.c, f.c.signers[1], f.tok.inst, f.tok.abi.PackSetReserveGuard(feed, 60, marginNone, new(big.Int)), "COMPLIANCE_ADMIN_ROLE")
}

// TestDealingReserveGuard: Dealing mints through the token, so its
// instant subscriptions meet the reserve guard, and a deposit request,
// which previews its mint, is refused with the same code when made.
func TestDealingReserveGuard(t *testing.T) {
	t.Parallel()
	d := newDesk(t, false)
	a := dealABI
	d.observe(t, dealNAV, d.c.now(t))
	units := unitsFor(new(big.Int).Sub(usd(1_000), feeOf(usd(1_000), dealFeeBps)), dealNAV)
	supply := mustCall(t, d.tok.inst, d.tok.abi.PackTotalSupply(), d.tok.abi.UnpackTotalSupply)

	// A reserve at the token's 18 decimals, one base unit short of the subscription.
	feed := d.c.mustDeploy(t, dealingtestfeed.DealingTestFeedMetaData.Bin, tfeedABI.PackConstructor(18, big.NewInt(1), big.NewInt(1e15)))
	feedInst := tfeedABI.Instance(d.c.client, feed)
	report := func(answer *big.Int) {
		t.Helper()
		d.c.mustSend(t, d.c.admin, feedInst, tfeedABI.PackPush(answer, new(big.Int).SetUint64(d.c.now(t))))
	}
	report(add(new(big.Int).Add(supply, units), -1))
	d.c.mustSend(t, d.c.admin, d.tok.inst, d.tok.abi.PackSetReserveGuard(feed, 3600, marginNone, new(big.Int)))

	if code := restrictedCode(t, d.refused(t, d.alice, a.PackSubscribe(usd(1_000), new(big.Int)))); code != codeReserveExceeded {
		t.Errorf("instant subscription beyond the reserve: %s", hexCode(code))
	}
	if code := restrictedCode(t, d.refused(t, d.bob, a.PackRequestDeposit(usd(1_000), d.bob.From, d.bob.From))); code != codeReserveExceeded {
		t.Errorf("deposit request beyond the reserve: %s", hexCode(code))
	}
	report(new(big.Int).Add(supply, units))
	d.must(t, d.alice, a.PackSubscribe(usd(1_000), units))
	wantBig(t, "alice's units", d.tok.balance(t, d.alice.From), units)
	d.c.mustSend(t, d.c.admin, feedInst, tfeedABI.PackSetPaused(true))
	if code := restrictedCode(t, d.refused(t, d.bob, a.PackRequestDeposit(usd(1_000), d.bob.From, d.bob.From))); code != codeReserveStale {
		t.Errorf("deposit request with a paused reserve feed: %s", hexCode(code))
	}
}
