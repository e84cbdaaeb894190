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
// investor subscribing monthly then cannot receive its ninth mint within
// the year: the mint reverts TooManyLocks, and so does a batchMint that
// carries it, stopping every other investor's mint in the batch.
//
// FAILS on the current AssetToken: the ninth mint reverts. The token
// should keep minting under its own lock-up (for instance by folding a new
// issuance lock into the wallet's latest lock of the same reason and
// schedule kind when no slot is free), since it, not the caller, adds the
// lock.
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
		wantRevert(t, err, "TooManyLocks(address,uint256)") // the cause, named
		t.Fatalf("the ninth monthly mint under a one-year initial lock-up reverts: %v", err)
	}
}
