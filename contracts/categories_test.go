package contracts_test

import (
	"math/big"
	"testing"
	"time"
)

// TestRegistryCategories: a category held with an expiry and a proof is
// an eligibility flag the token reads; once it expires anyone may clear
// it, and the token then refuses the wallet where the category is needed.
func TestRegistryCategories(t *testing.T) {
	t.Parallel()
	f := newAssetFixture(t)
	a := f.reg.abi
	proof := id32("accreditation-letter-sha256")
	expiry := f.c.now(t) + 600
	// carol is a US retail investor: no flag yet.
	_, err := f.c.send(f.bob, f.reg.inst, a.PackSetCategory(f.carol.From, 0, expiry, proof))
	wantRevert(t, err, "AccessControlUnauthorizedAccount(address,bytes32)")
	_, err = f.c.send(f.c.admin, f.reg.inst, a.PackSetCategory(f.carol.From, 8, expiry, proof))
	wantRevert(t, err, "InvalidCategory(uint8)")
	_, err = f.c.send(f.c.admin, f.reg.inst, a.PackSetCategory(f.carol.From, 0, f.c.now(t), proof))
	wantRevert(t, err, "CategoryExpired(address,uint8,uint64)")

	f.admin(t, f.tok.abi.PackSetRequiredFlags(1)) // accredited only
	f.wantCode(t, f.bob, f.carol.From, 1, codeNotEligible)
	r := f.c.mustSend(t, f.c.admin, f.reg.inst, a.PackSetCategory(f.carol.From, 0, expiry, proof))
	if ev := findEvent(t, r, a.UnpackCategorySetEvent); ev.Wallet != f.carol.From || ev.Category != 0 || ev.Expiry != expiry || ev.Proof != proof {
		t.Errorf("CategorySet %+v", ev)
	}
	got := mustCall(t, f.reg.inst, a.PackCategoryOf(f.carol.From, 0), a.UnpackCategoryOf)
	if !got.Held || got.Expiry != expiry || got.Proof != proof {
		t.Fatalf("categoryOf %+v", got)
	}
	f.wantCode(t, f.bob, f.carol.From, 1, codeOK)

	// Expired: categoryOf says so at once; the flag the token reads goes
	// when anyone clears it.
	f.c.warp(t, 601*time.Second)
	if got := mustCall(t, f.reg.inst, a.PackCategoryOf(f.carol.From, 0), a.UnpackCategoryOf); got.Held {
		t.Error("categoryOf holds an expired category")
	}
	r = f.c.mustSend(t, f.dave, f.reg.inst, a.PackExpireCategories(f.carol.From))
	if ev := findEvent(t, r, a.UnpackCategoryClearedEvent); ev.Wallet != f.carol.From || ev.Category != 0 {
		t.Errorf("CategoryCleared %+v", ev)
	}
	f.wantCode(t, f.bob, f.carol.From, 1, codeNotEligible)

	// Revoked by the registrar before its expiry.
	f.c.mustSend(t, f.c.admin, f.reg.inst, a.PackSetCategory(f.carol.From, 1, f.c.now(t)+600, proof))
	f.c.mustSend(t, f.c.admin, f.reg.inst, a.PackRevokeCategory(f.carol.From, 1))
	if flags := mustCall(t, f.reg.inst, a.PackIdentityOf(f.carol.From), a.UnpackIdentityOf).Flags; flags.Cmp(big.NewInt(0)) != 0 {
		t.Errorf("flags after the revocation: %s", flags)
	}
}
