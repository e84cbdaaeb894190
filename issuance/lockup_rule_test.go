package issuance_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/issuance"
)

// TestLockupRuleAppliesToMints: an asset whose compliance rules carry a
// lock-up has it as the token's initial lock-up: every unit minted, single
// or bulk, is locked until its block's time plus the lock-up (a request's
// own locked_until may extend it, never shorten it), while the mints go
// out as plain mints and batch; the holder cannot transfer them before.
func TestLockupRuleAppliesToMints(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	n := fund()
	n.Symbol, n.TotalUnits = "LOCK", "1000"
	a := onboard(t, e, n, prospectus, "prospectus")
	const lockup = time.Hour
	if _, err := e.comp.SetRules(ctx, auth.System("test-officer", auth.Compliance), *a.Token,
		compliance.RulesUpdate{LockupSeconds: uint64(lockup / time.Second), Reason: "new units are locked for an hour"}); err != nil {
		t.Fatal(err)
	}
	tok := assettoken.NewAssetToken()
	inst := tok.Instance(e.c, *a.Token)
	locks := func(w common.Address) []assettoken.IAssetTokenColdLock {
		t.Helper()
		v, err := bind.Call(inst, nil, tok.PackLocksOf(w), tok.UnpackLocksOf)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	// minted waits for request id and returns its transaction and its block's time.
	minted := func(id string) (*types.Transaction, uint64) {
		t.Helper()
		done := e.waitRequest(t, id)
		if done.ChainState != "confirmed" && done.ChainState != "finalized" {
			t.Fatalf("mint %s: %s %s", id, done.ChainState, done.Error)
		}
		tx, _, err := e.c.TransactionByHash(ctx, common.HexToHash(done.TxHash))
		if err != nil {
			t.Fatal(err)
		}
		rc, err := e.c.TransactionReceipt(ctx, tx.Hash())
		if err != nil {
			t.Fatal(err)
		}
		h, err := e.c.HeaderByNumber(ctx, rc.BlockNumber)
		if err != nil {
			t.Fatal(err)
		}
		return tx, h.Time
	}
	selector := func(tx *types.Transaction) string {
		for name, m := range tok.GetABI().Methods {
			if len(tx.Data()) >= 4 && [4]byte(tx.Data()[:4]) == [4]byte(m.ID) {
				return name
			}
		}
		return fmt.Sprintf("%x", tx.Data()[:4])
	}

	// A single mint without a lock-up of its own goes out as a plain mint;
	// the token locks it until its block's time plus the lock-up.
	w := e.wallets[0]
	r, err := e.issuer.RequestMint(ctx, a.ID, api.NewRequest{Wallet: w.Hex(), AmountUnits: "10"})
	if err != nil {
		t.Fatal(err)
	}
	approved, err := e.approver.ApproveRequest(ctx, r.ID, "")
	if err != nil {
		t.Fatal(err)
	}
	if approved.LockedUntil != nil {
		t.Fatalf("the approved request carries locked_until %v: the token applies the lock-up", approved.LockedUntil)
	}
	tx, at := minted(r.ID)
	if m := selector(tx); m == "mintLocked" {
		t.Errorf("a mint without its own lock went out as %s", m)
	}
	if ls := locks(w); len(ls) != 1 || ls[0].Amount.String() != "10000000" || ls[0].End != at+uint64(lockup/time.Second) || ls[0].Reason != 1 {
		t.Fatalf("locksOf = %+v, want 10000000 until %d for the issuance reason", ls, at+uint64(lockup/time.Second))
	}

	// The holder cannot move them before then: 0x58, tokens locked.
	if code, err := bind.Call(inst, nil, tok.PackDetectTransferRestriction(w, e.wallets[1], big.NewInt(1)), tok.UnpackDetectTransferRestriction); err != nil || code != 0x58 {
		t.Fatalf("detectTransferRestriction = %#x (%v), want 0x58", code, err)
	}
	_, err = bind.Transact(inst, chaintest.Transactor(e.a, e.investors[0]), tok.PackTransfer(e.wallets[1], big.NewInt(1)))
	data := revertData(err)
	restricted := tok.GetABI().Errors["TransferRestricted"].ID
	if len(data) != 36 || [4]byte(data[:4]) != [4]byte(restricted[:4]) || data[35] != 0x58 {
		t.Fatalf("transfer under the lock-up: %v (revert %x), want TransferRestricted(0x58)", err, data)
	}

	// A request's own lock-up shorter than the rules' is raised by the
	// token; a longer one is kept.
	soon := time.Now().Add(10 * time.Minute).Truncate(time.Second)
	r, err = e.issuer.RequestMint(ctx, a.ID, api.NewRequest{Wallet: w.Hex(), AmountUnits: "1", LockedUntil: &soon})
	if err != nil {
		t.Fatal(err)
	}
	if approved, err = e.approver.ApproveRequest(ctx, r.ID, ""); err != nil || approved.LockedUntil == nil || !approved.LockedUntil.Equal(soon) {
		t.Fatalf("a request asking for 10 minutes: %+v %v", approved.LockedUntil, err)
	}
	if _, at = minted(r.ID); locks(w)[1].End != at+uint64(lockup/time.Second) {
		t.Fatalf("a 10-minute lock ends at %d, want raised to %d", locks(w)[1].End, at+uint64(lockup/time.Second))
	}
	late := time.Now().Add(48 * time.Hour).Truncate(time.Second)
	r, err = e.issuer.RequestMint(ctx, a.ID, api.NewRequest{Wallet: w.Hex(), AmountUnits: "2", LockedUntil: &late})
	if err != nil {
		t.Fatal(err)
	}
	if approved, err = e.approver.ApproveRequest(ctx, r.ID, ""); err != nil || approved.LockedUntil == nil || !approved.LockedUntil.Equal(late) {
		t.Fatalf("a request asking for 48 hours: %+v %v", approved.LockedUntil, err)
	}
	minted(r.ID)
	if ls := locks(w); len(ls) != 3 || ls[2].End != uint64(late.Unix()) || ls[2].Amount.String() != "2000000" {
		t.Fatalf("locksOf = %+v, want a third lock of 2000000 until %d", ls, late.Unix())
	}

	// The investor's holdings show each lock with its reason, what it
	// locks now and when it releases.
	e.waitIndexed(t)
	hs, err := e.auditor.Holdings(ctx, w)
	if err != nil || len(hs) != 1 || hs[0].Locks != nil || hs[0].Locked != "" || hs[0].LockedUnits != "" {
		t.Fatalf("holdings without ?locks=true carry locks: %+v %v", hs, err)
	}
	hs, err = e.auditor.HoldingsWithLocks(ctx, w)
	if err != nil || len(hs) != 1 {
		t.Fatalf("holdings %+v %v", hs, err)
	}
	if h := hs[0]; len(h.Locks) != 3 || h.Locked != "13000000" || h.LockedUnits != "13" || h.Locks[0].LockedUnits != "10" || h.LiquidateOnly || h.LocksUnavailable ||
		h.Locks[0].ReasonName != "issuance_lockup" || h.Locks[0].Locked != "10000000" || h.Locks[0].Vesting ||
		h.Locks[2].End.Unix() != late.Unix() || h.Locks[2].Wallet != w || h.Locks[2].Index != 2 {
		t.Fatalf("holding's locks %+v", h)
	}

	// Bulk: the rows go out as plain (batch) mints, and each is locked.
	res, err := e.issuer.RequestBulk(ctx, a.ID, e.wallets[1].Hex()+",3\n"+e.wallets[2].Hex()+",4\n", "bulk")
	if err != nil || res.BatchID == "" {
		t.Fatalf("bulk: %+v %v", res, err)
	}
	if _, err := e.approver.ApproveBatch(ctx, a.ID, res.BatchID, ""); err != nil {
		t.Fatal(err)
	}
	ends := map[common.Address]uint64{}
	for rr, err := range e.auditor.Requests(ctx, a.ID, issuance.Approved) {
		if err != nil {
			t.Fatal(err)
		}
		if rr.BatchID != res.BatchID {
			continue
		}
		tx, at := minted(rr.ID)
		if m := selector(tx); m == "mintLocked" {
			t.Errorf("bulk row %s went out as %s", rr.Wallet, m)
		}
		ends[rr.Wallet] = at + uint64(lockup/time.Second)
	}
	for i, want := range []string{"3000000", "4000000"} {
		bw := e.wallets[i+1]
		if ls := locks(bw); len(ls) != 1 || ls[0].Amount.String() != want || ls[0].End != ends[bw] {
			t.Errorf("locksOf(bulk wallet %d) = %+v, want %s until %d", i+1, ls, want, ends[bw])
		}
	}
}
