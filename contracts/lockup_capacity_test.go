package contracts_test

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// TestAssetTokenInitialLockupKeepsMinting: with an initial lock-up (a Reg D
// Rule 144 holding period of a year, say), every mint adds a lock to the
// receiving wallet, and a wallet holds at most eight running locks. An
// investor subscribing monthly still receives its ninth mint within the
// year (and a batchMint carrying it goes through for everyone): the new
// lock joins the wallet's plain lock of the same reason that ends last,
// which then ends at the later end, so no unit is released early.
func TestAssetTokenInitialLockupKeepsMinting(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	f.admin(t, f.tok.abi.PackSetExtendedRules(big.NewInt(0), 0, 365*24*3600, reasonIssuance, false))
	for i := range 8 {
		f.admin(t, f.tok.abi.PackMint(f.dave.From, big.NewInt(10), id32(fmt.Sprint("month-", i))))
		f.c.warp(t, 30*24*time.Hour)
	}
	_, err := f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackBatchMint([]common.Address{f.bob.From, f.dave.From},
		[]*big.Int{big.NewInt(10), big.NewInt(10)}, [][32]byte{id32("bob-month-9"), id32("dave-month-9")}))
	if err != nil {
		t.Fatalf("the ninth monthly mint under a one-year initial lock-up: %v", err)
	}
	ls := f.locks(t, f.dave.From)
	if len(ls) != 8 {
		t.Fatalf("%d locks, want 8", len(ls))
	}
	last := ls[0]
	for _, l := range ls {
		if l.End > last.End {
			last = l
		}
	}
	if last.Amount.Int64() != 20 || last.Locked.Int64() != 20 {
		t.Errorf("the last lock %+v: want the eighth and ninth mints joined (20)", last)
	}
	// Every unit stays locked: nothing of the ninth mint moves.
	f.wantCode(t, f.dave, f.bob.From, 1, codeTokensLocked)
	// A vesting grant is never joined: it still needs a free slot.
	_, err = f.c.send(f.c.admin, f.tok.inst, f.tok.abi.PackMintVesting(f.dave.From, big.NewInt(5), id32("grant"),
		f.c.now(t), f.c.now(t)+10, f.c.now(t)+1000, reasonVesting))
	wantRevert(t, err, "TooManyLocks(address,uint256)")
}

// TestAssetTokenJoinSparesTheLargestLot: mints anyone may send a wallet
// (a Dealing claim names any receiver) cannot fill its eight lock slots
// with dust and then have one more dust mint join, and so extend, the
// wallet's own lot: a joining lock goes where the join keeps the fewest
// units locked for the fewest extra seconds, so the lot is released at
// its own end.
func TestAssetTokenJoinSparesTheLargestLot(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	f.admin(t, f.tok.abi.PackSetExtendedRules(big.NewInt(0), 0, 60*24*3600, reasonIssuance, false))
	for i := range 7 {
		f.admin(t, f.tok.abi.PackMint(f.dave.From, big.NewInt(1), id32(fmt.Sprint("dust-", i))))
		f.c.warp(t, 24*time.Hour)
	}
	f.admin(t, f.tok.abi.PackMint(f.dave.From, big.NewInt(1000), id32("subscription")))
	lotEnd := f.c.now(t) + 60*24*3600
	f.c.warp(t, 50*24*time.Hour)
	f.admin(t, f.tok.abi.PackMint(f.dave.From, big.NewInt(1), id32("dust-late")))
	ls := f.locks(t, f.dave.From)
	if len(ls) != 8 {
		t.Fatalf("%d locks, want 8", len(ls))
	}
	for _, l := range ls {
		if l.Amount.Int64() >= 1000 && (l.Amount.Int64() != 1000 || l.End > lotEnd+5) {
			t.Fatalf("the lot %+v: the late dust joined it (its end was %d)", l, lotEnd)
		}
	}
	// Past the lot's own end everything moves but the late dust and the
	// dust it joined (2 units).
	f.c.warp(t, 12*24*time.Hour)
	balance := mustCall(t, f.tok.inst, f.tok.abi.PackBalanceOf(f.dave.From), f.tok.abi.UnpackBalanceOf).Int64()
	f.wantCode(t, f.dave, f.bob.From, balance-1, codeTokensLocked)
	f.wantCode(t, f.dave, f.bob.From, balance-2, codeOK)
}
