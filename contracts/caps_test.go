package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
)

const (
	codeCountryCap    uint8 = 0xA4
	codeCategoryCap   uint8 = 0xA5
	codeCountryShare  uint8 = 0xA6
	codeTransferLimit uint8 = 0xA7
)

// newCountingFixture is newAssetFixture's cast on a token that counts
// investors from its first unit: nobody holds anything yet, and erin is a
// second retail investor (United States).
func newCountingFixture(tb testing.TB) (*assetFixture, *bind.TransactOpts) {
	tb.Helper()
	c := newChain(tb, 7)
	f := &assetFixture{c: c, alice: c.signers[0], alice2: c.signers[1], bob: c.signers[2], carol: c.signers[3], dave: c.signers[4], eve: c.signers[5]}
	erin := c.signers[6]
	f.reg = deployRegistry(tb, c)
	f.reg.queueRegister(tb, f.alice.From, "investor-A", countryFR, 1)
	f.reg.queueRegister(tb, f.alice2.From, "investor-A", countryFR, 1)
	f.reg.queueRegister(tb, f.bob.From, "investor-B", countryDE, 1)
	f.reg.queueRegister(tb, f.carol.From, "investor-C", countryUS, 0)
	f.reg.queueRegister(tb, f.dave.From, "investor-D", countryFR, 1)
	f.reg.queueRegister(tb, erin.From, "investor-E", countryUS, 0)
	f.tok = deployToken(tb, c, f.reg.addr, common.Address{}, 0)
	c.queue(tb, c.admin, f.tok.inst, f.tok.abi.PackSetInvestorCounting())
	c.flush(tb)
	return f, erin
}

// mintCode previews a mint, then sends it: code 0 expects it to pass.
func (f *assetFixture) mintCode(tb testing.TB, to common.Address, amount int64, request string, code uint8) {
	tb.Helper()
	if got := f.tok.detect(tb, common.Address{}, to, big.NewInt(amount)); got != code {
		tb.Fatalf("mint preview to %s: %s, want %s", to, hexCode(got), hexCode(code))
	}
	_, err := f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackMint(to, big.NewInt(amount), id32(request)))
	if code == codeOK {
		if err != nil {
			tb.Fatalf("mint to %s: %v", to, err)
		}
		return
	}
	if got := restrictedCode(tb, err); got != code {
		tb.Fatalf("mint to %s reverted with %s, want %s", to, hexCode(got), hexCode(code))
	}
}

func (f *assetFixture) countryCount(tb testing.TB, country uint16) (count, limit int64) {
	tb.Helper()
	out := mustCall(tb, f.tok.inst, f.tok.abi.PackCountryInvestors(country), f.tok.abi.UnpackCountryInvestors)
	return out.Count.Int64(), out.Cap.Int64()
}

func (f *assetFixture) categoryCounts(tb testing.TB) [9]int64 {
	tb.Helper()
	out := mustCall(tb, f.tok.inst, f.tok.abi.PackCategoryInvestors(), f.tok.abi.UnpackCategoryInvestors)
	var n [9]int64
	for i := range n {
		n[i] = out.Counts[i].Int64()
	}
	return n
}

// TestAssetTokenCountingNeedsAnEmptyToken: counting starts before the first
// unit or never, and the caps need it.
func TestAssetTokenCountingNeedsAnEmptyToken(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	_, err := f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackSetInvestorCounting())
	wantRevert(t, err, "FractionsOutstanding(uint256)")
	_, err = f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackSetCountryCaps([]uint16{countryFR}, []uint32{1}))
	wantRevert(t, err, "CountingOff()")
	_, err = f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackSetMaxCountryShare(5000))
	wantRevert(t, err, "CountingOff()")
	g, _ := newCountingFixture(t)
	_, err = g.c.send(g.bob, g.tok.inst, g.tok.abi.PackSetCountryCaps([]uint16{countryFR}, []uint32{1}))
	wantRevert(t, err, "AccessControlUnauthorizedAccount(address,bytes32)")
}

// TestAssetTokenCountryCaps: a country's cap counts investors, not wallets,
// and a leaving investor frees its place.
func TestAssetTokenCountryCaps(t *testing.T) {
	t.Parallel()
	f, _ := newCountingFixture(t)
	f.admin(t, f.tok.abi.PackSetCountryCaps([]uint16{countryFR}, []uint32{1}))
	f.mintCode(t, f.alice.From, 10, "alice", codeOK)
	f.mintCode(t, f.alice2.From, 10, "alice2", codeOK) // the same investor
	f.mintCode(t, f.dave.From, 10, "dave", codeCountryCap)
	f.mintCode(t, f.bob.From, 10, "bob", codeOK)
	if n, c := f.countryCount(t, countryFR); n != 1 || c != 1 {
		t.Fatalf("FR: %d of %d", n, c)
	}
	f.wantCode(t, f.bob, f.dave.From, 1, codeCountryCap)
	// A leaves: both its wallets empty out.
	f.wantCode(t, f.alice, f.bob.From, 10, codeOK)
	if n, _ := f.countryCount(t, countryFR); n != 1 {
		t.Fatalf("FR after one of A's wallets emptied: %d", n)
	}
	f.wantCode(t, f.alice2, f.bob.From, 10, codeOK)
	if n, _ := f.countryCount(t, countryFR); n != 0 {
		t.Fatalf("FR after A left: %d", n)
	}
	f.wantCode(t, f.bob, f.dave.From, 1, codeOK)
	if n, _ := f.countryCount(t, countryDE); n != 1 {
		t.Errorf("DE: %d", n)
	}
}

// TestAssetTokenCategoryCaps: an investor counts in each of its categories,
// retail in the ninth counter.
func TestAssetTokenCategoryCaps(t *testing.T) {
	t.Parallel()
	f, erin := newCountingFixture(t)
	var caps [9]uint32
	caps[0], caps[8] = 2, 1 // two accredited, one retail
	_, err := f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackSetCategoryCaps([9]uint32{1 << 28}))
	wantRevert(t, err, "InvalidAmount()")
	f.admin(t, f.tok.abi.PackSetCategoryCaps(caps))
	f.mintCode(t, f.alice.From, 10, "alice", codeOK)
	f.mintCode(t, f.bob.From, 10, "bob", codeOK)
	f.mintCode(t, f.dave.From, 10, "dave", codeCategoryCap)
	f.mintCode(t, f.carol.From, 10, "carol", codeOK)
	f.mintCode(t, erin.From, 10, "erin", codeCategoryCap)
	if n := f.categoryCounts(t); n[0] != 2 || n[8] != 1 || n[1] != 0 {
		t.Fatalf("category counts %v", n)
	}
	f.wantCode(t, f.carol, f.bob.From, 10, codeOK) // carol leaves: a retail place frees
	f.wantCode(t, f.bob, erin.From, 5, codeOK)
	if n := f.categoryCounts(t); n[0] != 2 || n[8] != 1 {
		t.Fatalf("category counts after the moves %v", n)
	}
}

// TestAssetTokenCountryShare: one country's investors stay within a share
// of all investors; a first investor always enters.
func TestAssetTokenCountryShare(t *testing.T) {
	t.Parallel()
	f, _ := newCountingFixture(t)
	_, err := f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackSetMaxCountryShare(10_001))
	wantRevert(t, err, "InvalidAmount()")
	f.admin(t, f.tok.abi.PackSetMaxCountryShare(5000))
	f.mintCode(t, f.alice.From, 10, "alice", codeOK)         // FR 1 of 1
	f.mintCode(t, f.dave.From, 10, "dave", codeCountryShare) // FR 2 of 2 > 50%
	f.mintCode(t, f.bob.From, 10, "bob", codeOK)             // DE 1 of 2
	f.mintCode(t, f.carol.From, 10, "carol", codeOK)         // US 1 of 3
	f.mintCode(t, f.dave.From, 10, "dave", codeOK)           // FR 2 of 4 = 50%
}

// TestAssetTokenCountersFollowTheEntry: an investor leaves the counters it
// entered, whatever the registry says later, and recount moves a holder to
// its current country and categories.
func TestAssetTokenCountersFollowTheEntry(t *testing.T) {
	t.Parallel()
	f, _ := newCountingFixture(t)
	f.mintCode(t, f.alice.From, 10, "alice", codeOK)
	f.mintCode(t, f.bob.From, 10, "bob", codeOK)
	f.c.mustSend(t, f.c.admin, f.reg.inst, f.reg.abi.PackUpdateCountry(f.alice.From, countryDE))
	f.wantCode(t, f.alice, f.bob.From, 10, codeOK) // A leaves, counted in FR
	if fr, _ := f.countryCount(t, countryFR); fr != 0 {
		t.Fatalf("FR after A left: %d", fr)
	}
	if de, _ := f.countryCount(t, countryDE); de != 1 {
		t.Fatalf("DE after A left: %d", de)
	}
	// B becomes a retail US investor; anyone may recount it.
	f.c.mustSend(t, f.c.admin, f.reg.inst, f.reg.abi.PackUpdateCountry(f.bob.From, countryUS))
	f.c.mustSend(t, f.c.admin, f.reg.inst, f.reg.abi.PackUpdateFlags(f.bob.From, big.NewInt(0)))
	r := f.c.mustSend(t, f.carol, f.tok.inst, f.tok.abi.PackRecount(f.bob.From))
	if ev := findEvent(t, r, f.tok.abi.UnpackInvestorRecountedEvent); ev.FromCountry != countryDE || ev.ToCountry != countryUS || ev.FromCategories != 1 || ev.ToCategories != 0 {
		t.Errorf("InvestorRecounted %+v", ev)
	}
	if de, _ := f.countryCount(t, countryDE); de != 0 {
		t.Errorf("DE after recount: %d", de)
	}
	if us, _ := f.countryCount(t, countryUS); us != 1 {
		t.Errorf("US after recount: %d", us)
	}
	if n := f.categoryCounts(t); n[0] != 0 || n[8] != 1 {
		t.Errorf("categories after recount: %v", n)
	}
	// B leaves: from the US retail counters it was moved to.
	f.wantCode(t, f.bob, f.dave.From, 20, codeOK)
	if us, _ := f.countryCount(t, countryUS); us != 0 {
		t.Errorf("US after B left: %d", us)
	}
	if n := f.categoryCounts(t); n[0] != 1 || n[8] != 0 {
		t.Errorf("categories at the end: %v (dave is accredited)", n)
	}
}

// TestAssetTokenTransferLimits: each window caps an investor's volume over
// all its wallets, restarts after its period, and leaves forced transfers
// and moves between its own wallets alone.
func TestAssetTokenTransferLimits(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	f.admin(t, f.tok.abi.PackMint(f.alice.From, big.NewInt(900), id32("more")))
	five := []*big.Int{big.NewInt(1), big.NewInt(1), big.NewInt(1), big.NewInt(1), big.NewInt(1)}
	_, err := f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackSetTransferLimits([]uint32{1, 1, 1, 1, 1}, five))
	wantRevert(t, err, "TooManyWindows(uint256,uint256)")
	_, err = f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackSetTransferLimits([]uint32{0}, []*big.Int{big.NewInt(1)}))
	wantRevert(t, err, "InvalidTransferLimit(uint32,uint256)")
	f.admin(t, f.tok.abi.PackSetTransferLimits([]uint32{60, 3600, 86400}, []*big.Int{big.NewInt(100), big.NewInt(150), big.NewInt(1000)}))
	lim := mustCall(t, f.tok.inst, f.tok.abi.PackTransferLimits(), f.tok.abi.UnpackTransferLimits)
	if len(lim.Periods) != 3 || lim.Periods[2] != 86400 || lim.Limits[1].Int64() != 150 {
		t.Fatalf("transferLimits %+v", lim)
	}
	f.wantCode(t, f.alice, f.alice2.From, 500, codeOK) // its own wallets: not counted
	f.wantCode(t, f.alice, f.bob.From, 101, codeTransferLimit)
	f.wantCode(t, f.alice, f.bob.From, 60, codeOK)
	f.wantCode(t, f.alice2, f.bob.From, 41, codeTransferLimit) // the same investor
	f.wantCode(t, f.alice2, f.bob.From, 40, codeOK)
	allow := mustCall(t, f.tok.inst, f.tok.abi.PackTransferAllowance(f.alice2.From), f.tok.abi.UnpackTransferAllowance)
	if len(allow.Remaining) != 3 || allow.Remaining[0].Int64() != 0 || allow.Remaining[1].Int64() != 50 || allow.Remaining[2].Int64() != 900 || allow.Resets[0] == 0 {
		t.Fatalf("transferAllowance %+v", allow)
	}
	f.admin(t, f.tok.abi.PackForcedTransfer(f.alice.From, f.bob.From, big.NewInt(200))) // not counted
	f.c.warp(t, 61*time.Second)
	f.wantCode(t, f.alice, f.bob.From, 51, codeTransferLimit) // the hour has 50 left
	f.wantCode(t, f.alice, f.bob.From, 50, codeOK)
	f.c.warp(t, 3600*time.Second)
	f.wantCode(t, f.alice, f.bob.From, 100, codeOK)
	allow = mustCall(t, f.tok.inst, f.tok.abi.PackTransferAllowance(f.alice.From), f.tok.abi.UnpackTransferAllowance)
	if allow.Remaining[2].Int64() != 1000-250 {
		t.Errorf("daily allowance %s, want 750", allow.Remaining[2])
	}
	f.admin(t, f.tok.abi.PackSetTransferLimits(nil, nil))
	f.wantCode(t, f.alice2, f.bob.From, 300, codeOK)
}

// TestAssetTokenRecoveryKeepsTheAnchorCounted: recovering an investor's
// anchor wallet moves its units, not the investor: the anchor word keeps
// the investor counted under its country and categories, so the investor
// leaves those counters when its last unit goes and is counted once when it
// comes back.
func TestAssetTokenRecoveryKeepsTheAnchorCounted(t *testing.T) {
	t.Parallel()
	f, _ := newCountingFixture(t)
	f.mintCode(t, f.alice.From, 10, "alice", codeOK) // alice is investor A's anchor
	f.admin(t, f.tok.abi.PackRecoveryAddress(f.alice.From, f.alice2.From, id32("investor-A")))
	if n, _ := f.countryCount(t, countryFR); n != 1 {
		t.Fatalf("FR after the recovery: %d", n)
	}
	f.wantCode(t, f.alice2, f.bob.From, 10, codeOK) // A leaves
	if n, _ := f.countryCount(t, countryFR); n != 0 {
		t.Errorf("FR after A left: %d", n)
	}
	if n := f.categoryCounts(t); n[0] != 1 {
		t.Errorf("accredited after A left: %d (bob only)", n[0])
	}
	f.mintCode(t, f.alice2.From, 5, "alice2", codeOK) // A comes back
	if n, _ := f.countryCount(t, countryFR); n != 1 || f.investorCount(t) != 2 {
		t.Errorf("FR after A came back: %d, %d investors", n, f.investorCount(t))
	}
	if n := f.categoryCounts(t); n[0] != 2 {
		t.Errorf("accredited after A came back: %d", n[0])
	}
}

// TestAssetTokenRecountWithTheAnchorDeleted: an investor whose anchor
// wallet's identity is deleted (a lost key, recovered to another wallet)
// still holds and is still registered in its country through its other
// wallet; a recount, which anyone may call, must not file it under no
// country and no category.
func TestAssetTokenRecountWithTheAnchorDeleted(t *testing.T) {
	t.Parallel()
	f, _ := newCountingFixture(t)
	f.mintCode(t, f.alice.From, 10, "alice", codeOK) // alice is investor A's anchor (FR, accredited)
	f.admin(t, f.tok.abi.PackRecoveryAddress(f.alice.From, f.alice2.From, id32("investor-A")))
	f.c.mustSend(t, f.c.admin, f.reg.inst, f.reg.abi.PackDeleteIdentity(f.alice.From))
	f.c.mustSend(t, f.carol, f.tok.inst, f.tok.abi.PackRecount(f.alice2.From))
	if n, _ := f.countryCount(t, 0); n != 0 {
		t.Errorf("investors under country 0: %d", n)
	}
	if n, _ := f.countryCount(t, countryFR); n != 1 {
		t.Errorf("FR: %d, want 1 (A holds through alice2, registered in FR)", n)
	}
	if n := f.categoryCounts(t); n[0] != 1 || n[8] != 0 {
		t.Errorf("categories %v, want A accredited", n)
	}
}
