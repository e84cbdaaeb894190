package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
)

const (
	codeLiquidateOnly   uint8 = 0xA0
	codeBelowMinHolding uint8 = 0xA1
	codePartialTransfer uint8 = 0xA2
	codeFlowback        uint8 = 0xA3

	reasonIssuance uint8 = 1
	reasonVesting  uint8 = 2
	reasonCourt    uint8 = 3
)

// wantCode checks one transfer's refusal three ways: the preview's code,
// canTransfer false, and the revert's code. code 0 expects the transfer to
// pass (and sends it).
func (f *assetFixture) wantCode(tb testing.TB, from *bind.TransactOpts, to common.Address, amount int64, code uint8) {
	tb.Helper()
	if got := f.tok.detect(tb, from.From, to, big.NewInt(amount)); got != code {
		tb.Fatalf("detectTransferRestriction(%d) = %s, want %s", amount, hexCode(got), hexCode(code))
	}
	ok := mustCall(tb, f.tok.inst, f.tok.abi.PackCanTransfer(from.From, to, big.NewInt(amount)), f.tok.abi.UnpackCanTransfer)
	if ok != (code == codeOK) {
		tb.Fatalf("canTransfer(%d) = %v with code %s", amount, ok, hexCode(code))
	}
	err := f.transfer(from, to, amount)
	if code == codeOK {
		if err != nil {
			tb.Fatalf("transfer of %d: %v", amount, err)
		}
		return
	}
	if got := restrictedCode(tb, err); got != code {
		tb.Fatalf("transfer of %d reverted with %s, want %s", amount, hexCode(got), hexCode(code))
	}
}

func (f *assetFixture) locks(tb testing.TB, who common.Address) []struct {
	Amount *big.Int
	Start  uint64
	Cliff  uint64
	End    uint64
	Reason uint8
	Locked *big.Int
} {
	tb.Helper()
	out := mustCall(tb, f.tok.inst, f.tok.abi.PackLocksOf(who), f.tok.abi.UnpackLocksOf)
	res := make([]struct {
		Amount *big.Int
		Start  uint64
		Cliff  uint64
		End    uint64
		Reason uint8
		Locked *big.Int
	}, len(out))
	for i, l := range out {
		res[i].Amount, res[i].Start, res[i].Cliff, res[i].End, res[i].Reason, res[i].Locked = l.Amount, l.Start, l.Cliff, l.End, l.Reason, l.Locked
	}
	return res
}

// TestAssetTokenVesting: a vesting lock releases units linearly after its
// cliff without a transaction, and a second, plain lock adds to it; every
// boundary is exact to the base unit.
func TestAssetTokenVesting(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	now := f.c.now(t)
	start, cliff, end := now, now+1000, now+4000
	// alice: 100 free + 4,000 vesting (cliff at 1,000 s, linear over 4,000 s) + 300 locked for 2,000 s.
	r := f.admin(t, f.tok.abi.PackMintVesting(f.alice.From, big.NewInt(4000), id32("vest"), start, cliff, end, reasonVesting))
	if ev := findEvent(t, r, f.tok.abi.UnpackLockAddedEvent); ev.Amount.Int64() != 4000 || ev.Start != start || ev.Cliff != cliff || ev.End != end || ev.Reason != reasonVesting {
		t.Errorf("LockAdded %+v", ev)
	}
	f.admin(t, f.tok.abi.PackMintLocked(f.alice.From, big.NewInt(300), id32("plain"), now+2000))
	if ls := f.locks(t, f.alice.From); len(ls) != 2 || ls[0].Locked.Int64() != 4000 || ls[1].Locked.Int64() != 300 || ls[1].Reason != reasonIssuance {
		t.Fatalf("locksOf = %+v", ls)
	}
	// Before the cliff only the free 100 move.
	f.wantCode(t, f.alice, f.bob.From, 101, codeTokensLocked)
	f.wantCode(t, f.alice, f.bob.From, 100, codeOK)

	// At about 2,000 s the plain lock has ended and half the vesting lock
	// has vested: what stays locked is exact to the base unit at the block's
	// time, and vesting runs on between blocks (one unit a second).
	f.c.warp(t, 2000*time.Second)
	elapsed := f.c.now(t) - start
	wantLocked := int64(4000 - 4000*elapsed/4000)
	lock := mustCall(t, f.tok.inst, f.tok.abi.PackLockOf(f.alice.From), f.tok.abi.UnpackLockOf)
	if lock.Amount.Int64() != wantLocked || lock.LockedUntil != end {
		t.Fatalf("lockOf at %d s = %s until %d, want %d until %d", elapsed, lock.Amount, lock.LockedUntil, wantLocked, end)
	}
	free := f.tok.balance(t, f.alice.From).Int64() - wantLocked
	f.wantCode(t, f.alice, f.bob.From, free+50, codeTokensLocked)
	f.wantCode(t, f.alice, f.bob.From, free, codeOK)

	// After the end everything is free, and locksOf is empty.
	f.c.warp(t, 2001*time.Second)
	rest := f.tok.balance(t, f.alice.From).Int64()
	f.wantCode(t, f.alice, f.bob.From, rest, codeOK)
	if ls := f.locks(t, f.alice.From); len(ls) != 0 {
		t.Errorf("locksOf after the end = %+v", ls)
	}

	_, err := f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackMintVesting(f.alice.From, big.NewInt(1), id32("bad"), now+10, now+5, now+5000, reasonVesting))
	wantRevert(t, err, "InvalidLock(uint256,uint64,uint64,uint64)")
}

// TestAssetTokenLocksBounded: at most eight running locks per wallet; a
// ninth plain lock joins the same reason's lock that ends last, any other
// waits for a slot, and ended locks make room again.
func TestAssetTokenLocksBounded(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	now := f.c.now(t)
	for i := range 7 {
		f.admin(t, f.tok.abi.PackMintLocked(f.alice.From, big.NewInt(1), id32("lock-"+string(rune('a'+i))), now+10_000))
	}
	f.admin(t, f.tok.abi.PackMintLocked(f.alice.From, big.NewInt(1), id32("short"), now+100))
	court := now + 20_000
	_, err := f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackAddLock(f.alice.From, big.NewInt(1), court, court, court, reasonCourt))
	wantRevert(t, err, "TooManyLocks(address,uint256)")
	f.admin(t, f.tok.abi.PackMintLocked(f.alice.From, big.NewInt(1), id32("ninth"), now+15_000))
	ls := f.locks(t, f.alice.From)
	if len(ls) != 8 {
		t.Fatalf("%d locks, want 8", len(ls))
	}
	joined := 0
	for _, l := range ls {
		if l.End == now+15_000 {
			joined++
			if l.Amount.Int64() != 2 {
				t.Errorf("joined lock %+v, want 2 units until the later end", l)
			}
		}
	}
	if joined != 1 {
		t.Errorf("%d locks end at the ninth lock's end, want 1 (joined)", joined)
	}
	f.c.warp(t, 200*time.Second)
	f.admin(t, f.tok.abi.PackAddLock(f.alice.From, big.NewInt(1), court, court, court, reasonCourt))
	if ls := f.locks(t, f.alice.From); len(ls) != 8 {
		t.Errorf("%d locks, want 8", len(ls))
	}
}

// TestAssetTokenAgentLocks: an agent locks held units (a court order) and
// lifts a lock; nobody else may, and a lock cannot exceed the balance.
func TestAssetTokenAgentLocks(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	until := f.c.now(t) + 3600
	_, err := f.c.send(f.bob, f.tok.inst, f.tok.abi.PackAddLock(f.alice.From, big.NewInt(60), until, until, until, reasonCourt))
	wantRevert(t, err, "AccessControlUnauthorizedAccount(address,bytes32)")
	_, err = f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackAddLock(f.alice.From, big.NewInt(101), until, until, until, reasonCourt))
	wantRevert(t, err, "LockExceedsBalance(address,uint256,uint256)")
	f.admin(t, f.tok.abi.PackAddLock(f.alice.From, big.NewInt(60), until, until, until, reasonCourt))
	f.admin(t, f.tok.abi.PackAddLock(f.alice.From, big.NewInt(40), until, until, until, reasonCourt))
	_, err = f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackAddLock(f.alice.From, big.NewInt(1), until, until, until, reasonCourt))
	wantRevert(t, err, "LockExceedsBalance(address,uint256,uint256)")
	f.wantCode(t, f.alice, f.bob.From, 1, codeTokensLocked)

	// removeLock names a lock by its content, not its place.
	_, err = f.c.send(f.bob, f.tok.inst, f.tok.abi.PackRemoveLock(f.alice.From, big.NewInt(40), until, until, until, reasonCourt))
	wantRevert(t, err, "AccessControlUnauthorizedAccount(address,bytes32)")
	for _, bad := range []struct { // another amount, end, reason
		amount int64
		end    uint64
		reason uint8
	}{{41, until, reasonCourt}, {40, until + 1, reasonCourt}, {40, until, reasonVesting}} {
		_, err = f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackRemoveLock(f.alice.From, big.NewInt(bad.amount), until, until, bad.end, bad.reason))
		wantRevert(t, err, "NoSuchLock(address,uint256,uint64)")
	}
	r := f.admin(t, f.tok.abi.PackRemoveLock(f.alice.From, big.NewInt(40), until, until, until, reasonCourt))
	if ev := findEvent(t, r, f.tok.abi.UnpackLockRemovedEvent); ev.Index.Int64() != 1 || ev.Amount.Int64() != 40 || ev.Reason != reasonCourt || ev.Agent != f.c.admin.From {
		t.Errorf("LockRemoved %+v", ev)
	}
	f.wantCode(t, f.alice, f.bob.From, 41, codeTokensLocked)
	f.wantCode(t, f.alice, f.bob.From, 40, codeOK)
	_, err = f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackRemoveLock(f.alice.From, big.NewInt(40), until, until, until, reasonCourt))
	wantRevert(t, err, "NoSuchLock(address,uint256,uint64)") // lifted already: a second approval lifts nothing else
}

// TestAssetTokenPrivilegedDebitOfLocks: a forced transfer takes the free
// units, then locked units newest lock first; a vesting lock keeps its end.
func TestAssetTokenPrivilegedDebitOfLocks(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	now := f.c.now(t)
	f.admin(t, f.tok.abi.PackMintLocked(f.alice.From, big.NewInt(50), id32("plain"), now+3600))
	f.admin(t, f.tok.abi.PackMintVesting(f.alice.From, big.NewInt(80), id32("vest"), now, now+1000, now+5000, reasonVesting))
	// 230 held: 100 free, 50 plain, 80 vesting. Forcing 150 takes 100 free and 50 of the vesting lock.
	f.admin(t, f.tok.abi.PackForcedTransfer(f.alice.From, f.dave.From, big.NewInt(150)))
	ls := f.locks(t, f.alice.From)
	if len(ls) != 2 || ls[0].Locked.Int64() != 50 || ls[1].Locked.Int64() != 30 || ls[1].End != now+5000 {
		t.Fatalf("locks after the forced transfer: %+v", ls)
	}
	f.wantCode(t, f.alice, f.bob.From, 1, codeTokensLocked)
	// A burn of 60 takes the rest of the vesting lock first, then 30 of the plain one.
	f.admin(t, f.tok.abi.PackBurn(f.alice.From, big.NewInt(60), id32("burn")))
	if ls := f.locks(t, f.alice.From); len(ls) != 1 || ls[0].Locked.Int64() != 20 || ls[0].Reason != reasonIssuance {
		t.Fatalf("locks after the burn: %+v", ls)
	}
	lock := mustCall(t, f.tok.inst, f.tok.abi.PackLockOf(f.alice.From), f.tok.abi.UnpackLockOf)
	if lock.Amount.Int64() != 20 || lock.LockedUntil != now+3600 {
		t.Errorf("lockOf = %s until %d", lock.Amount, lock.LockedUntil)
	}
}

// TestAssetTokenInitialLockup: with an initial lock-up in the rules, every
// mint is locked at least that long, however it is minted.
func TestAssetTokenInitialLockup(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	f.admin(t, f.tok.abi.PackSetExtendedRules(big.NewInt(0), 0, 3600, reasonIssuance, false))
	now := f.c.now(t)
	f.admin(t, f.tok.abi.PackMint(f.dave.From, big.NewInt(10), id32("plain")))
	f.admin(t, f.tok.abi.PackMintLocked(f.dave.From, big.NewInt(20), id32("short"), now+60))
	f.admin(t, f.tok.abi.PackBatchMint([]common.Address{f.dave.From}, []*big.Int{big.NewInt(30)}, [][32]byte{id32("batch")}))
	ls := f.locks(t, f.dave.From)
	if len(ls) != 3 {
		t.Fatalf("locks %+v, want 3", ls)
	}
	for _, l := range ls {
		if l.End < now+3600 || l.Cliff < now+3600 {
			t.Errorf("lock %+v ends before the initial lock-up", l)
		}
	}
	f.wantCode(t, f.dave, f.bob.From, 1, codeTokensLocked)
	f.c.warp(t, 3700*time.Second)
	f.wantCode(t, f.dave, f.bob.From, 60, codeOK)
}

// TestAssetTokenLiquidateOnly: an investor in liquidate-only receives
// nothing on any of its wallets, by transfer, mint or forced transfer, and
// may still sell and redeem.
func TestAssetTokenLiquidateOnly(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	_, err := f.c.send(f.bob, f.tok.inst, f.tok.abi.PackSetLiquidateOnly(f.alice2.From, true))
	wantRevert(t, err, "AccessControlUnauthorizedAccount(address,bytes32)")
	f.admin(t, f.tok.abi.PackSetLiquidateOnly(f.alice2.From, true)) // set through A's second wallet: it holds for A
	if !mustCall(t, f.tok.inst, f.tok.abi.PackIsLiquidateOnly(f.alice.From), f.tok.abi.UnpackIsLiquidateOnly) {
		t.Fatal("isLiquidateOnly(alice) false")
	}
	f.wantCode(t, f.bob, f.alice.From, 1, codeLiquidateOnly)
	f.wantCode(t, f.bob, f.alice2.From, 1, codeLiquidateOnly)
	if got := f.tok.detect(t, common.Address{}, f.alice.From, big.NewInt(1)); got != codeLiquidateOnly {
		t.Errorf("mint preview: %s", hexCode(got))
	}
	_, err = f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackForcedTransfer(f.bob.From, f.alice.From, big.NewInt(1)))
	if got := restrictedCode(t, err); got != codeLiquidateOnly {
		t.Errorf("forced transfer: %s", hexCode(got))
	}
	f.wantCode(t, f.alice, f.bob.From, 40, codeOK)    // sells
	f.wantCode(t, f.alice, f.alice2.From, 10, codeOK) // moves between its own wallets
	f.admin(t, f.tok.abi.PackBurn(f.alice.From, big.NewInt(10), id32("redeem")))
	f.admin(t, f.tok.abi.PackSetLiquidateOnly(f.alice.From, false))
	f.wantCode(t, f.bob, f.alice.From, 1, codeOK)
}

// TestAssetTokenHoldingRules: minimum holding, force full transfer and the
// Reg S flowback window, each at its boundary.
func TestAssetTokenHoldingRules(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	_, err := f.c.send(f.bob, f.tok.inst, f.tok.abi.PackSetExtendedRules(big.NewInt(30), 0, 0, 0, false))
	wantRevert(t, err, "AccessControlUnauthorizedAccount(address,bytes32)")
	f.admin(t, f.tok.abi.PackSetExtendedRules(big.NewInt(30), 0, 0, 0, false))
	// alice holds 100: she may keep 30 or nothing, not 29; dave (new) must receive 30.
	f.wantCode(t, f.alice, f.dave.From, 29, codeBelowMinHolding)
	f.wantCode(t, f.alice, f.bob.From, 71, codeBelowMinHolding)
	f.wantCode(t, f.alice, f.dave.From, 30, codeOK)
	f.wantCode(t, f.alice, f.bob.From, 40, codeOK) // alice keeps 30
	f.wantCode(t, f.alice, f.bob.From, 30, codeOK) // and may leave entirely
	if got := f.tok.detect(t, common.Address{}, f.alice2.From, big.NewInt(29)); got != codeBelowMinHolding {
		t.Errorf("mint below the minimum: %s", hexCode(got))
	}

	f.admin(t, f.tok.abi.PackSetExtendedRules(big.NewInt(0), 0, 0, 0, true))
	f.wantCode(t, f.bob, f.alice.From, 169, codePartialTransfer)
	f.wantCode(t, f.bob, f.alice.From, 170, codeOK)

	until := f.c.now(t) + 600
	f.admin(t, f.tok.abi.PackSetExtendedRules(big.NewInt(0), until, 0, 0, false))
	got := mustCall(t, f.tok.inst, f.tok.abi.PackExtendedRules(), f.tok.abi.UnpackExtendedRules)
	if got.FlowbackUntil != until || got.ForceFullTransfer || got.MinHolding.Sign() != 0 {
		t.Errorf("extendedRules = %+v", got)
	}
	f.wantCode(t, f.alice, f.carol.From, 1, codeFlowback) // carol is a US person
	f.wantCode(t, f.alice, f.bob.From, 1, codeOK)
	f.c.warp(t, 601*time.Second)
	f.wantCode(t, f.alice, f.carol.From, 1, codeOK)

	f.admin(t, f.tok.abi.PackSetExtendedRules(big.NewInt(0), 0, 0, 0, false))
	if mustCall(t, f.tok.inst, f.tok.abi.PackExtendedRules(), f.tok.abi.UnpackExtendedRules).MinHolding.Sign() != 0 {
		t.Error("rules not cleared")
	}
}

// TestAssetTokenFlowbackIsAboutResales: during the Reg S flowback window a
// US investor may still move units between its own wallets; units from
// anyone else may not reach it.
func TestAssetTokenFlowbackIsAboutResales(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	f.c.mustSend(t, f.c.admin, f.reg.inst, f.reg.abi.PackRegisterIdentity(f.eve.From, id32("investor-C"), countryUS, f.c.now(t)+3600, big.NewInt(0)))
	f.admin(t, f.tok.abi.PackMint(f.carol.From, big.NewInt(10), id32("carol")))
	f.admin(t, f.tok.abi.PackSetExtendedRules(big.NewInt(0), f.c.now(t)+600, 0, 0, false))
	f.wantCode(t, f.alice, f.eve.From, 1, codeFlowback)
	f.wantCode(t, f.carol, f.eve.From, 4, codeOK) // carol's own second wallet
	f.wantCode(t, f.eve, f.carol.From, 1, codeOK)
}

// TestAssetTokenRecoveryMovesLocks: recovery moves every running lock and
// keeps the investor's liquidate-only state.
func TestAssetTokenRecoveryMovesLocks(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	now := f.c.now(t)
	f.admin(t, f.tok.abi.PackMintLocked(f.alice.From, big.NewInt(50), id32("plain"), now+3600))
	f.admin(t, f.tok.abi.PackMintVesting(f.alice.From, big.NewInt(80), id32("vest"), now, now+1000, now+5000, reasonVesting))
	f.admin(t, f.tok.abi.PackMintLocked(f.alice2.From, big.NewInt(5), id32("mine"), now+100))
	f.admin(t, f.tok.abi.PackSetLiquidateOnly(f.alice.From, true))
	f.admin(t, f.tok.abi.PackRecoveryAddress(f.alice.From, f.alice2.From, id32("investor-A")))
	if ls := f.locks(t, f.alice2.From); len(ls) != 3 {
		t.Fatalf("locks on the new wallet: %+v", ls)
	}
	if ls := f.locks(t, f.alice.From); len(ls) != 0 {
		t.Errorf("locks left on the lost wallet: %+v", ls)
	}
	f.wantCode(t, f.alice2, f.bob.From, 101, codeTokensLocked)
	f.wantCode(t, f.alice2, f.bob.From, 100, codeOK)
	if !mustCall(t, f.tok.inst, f.tok.abi.PackIsLiquidateOnly(f.alice2.From), f.tok.abi.UnpackIsLiquidateOnly) {
		t.Error("liquidate-only lost in recovery")
	}
}
