package issuance_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/issuance"
)

// TestLockupRuleAppliesToMints: an asset whose compliance rules carry a
// lock-up mints every unit locked, single or bulk, until the approval time
// plus the lock-up (a request's own locked_until may extend it, never
// shorten it), and the holder cannot transfer them before then.
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
	lockOf := func(w common.Address) assettoken.LockOfOutput {
		t.Helper()
		v, err := bind.Call(inst, nil, tok.PackLockOf(w), tok.UnpackLockOf)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	// within checks that end is approval time plus the lock-up: the
	// approval happened between before and after.
	within := func(what string, end uint64, before, after time.Time) {
		t.Helper()
		lo, hi := uint64(before.Add(lockup).Unix()), uint64(after.Add(lockup).Unix())+1
		if end < lo || end > hi {
			t.Errorf("%s locked until %d, want approval time + %s, from %d to %d", what, end, lockup, lo, hi)
		}
	}

	// A single mint without a lock-up of its own.
	w := e.wallets[0]
	r, err := e.issuer.RequestMint(ctx, a.ID, api.NewRequest{Wallet: w.Hex(), Amount: "10"})
	if err != nil {
		t.Fatal(err)
	}
	before := time.Now()
	approved, err := e.approver.ApproveRequest(ctx, r.ID, "")
	after := time.Now()
	if err != nil {
		t.Fatal(err)
	}
	if approved.LockedUntil == nil {
		t.Fatal("the approved request has no locked_until")
	}
	within("the request", uint64(approved.LockedUntil.Unix()), before, after)
	if done := e.waitRequest(t, r.ID); done.ChainState != "confirmed" && done.ChainState != "finalized" {
		t.Fatalf("locked mint: %s %s", done.ChainState, done.Error)
	}
	lock := lockOf(w)
	if lock.Amount.String() != "10000000" {
		t.Fatalf("lockOf = %s, want the 10 units minted", lock.Amount)
	}
	within("the wallet", lock.LockedUntil, before, after)

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

	// A request's own lock-up shorter than the rules' is extended; a longer
	// one is kept (and the wallet's lock-up ends with the later one).
	soon := time.Now().Add(10 * time.Minute).Truncate(time.Second)
	r, err = e.issuer.RequestMint(ctx, a.ID, api.NewRequest{Wallet: w.Hex(), Amount: "1", LockedUntil: &soon})
	if err != nil {
		t.Fatal(err)
	}
	before = time.Now()
	approved, err = e.approver.ApproveRequest(ctx, r.ID, "")
	after = time.Now()
	if err != nil || approved.LockedUntil == nil {
		t.Fatalf("approve: %+v %v", approved, err)
	}
	within("a request asking for 10 minutes", uint64(approved.LockedUntil.Unix()), before, after)
	e.waitRequest(t, r.ID)
	late := time.Now().Add(48 * time.Hour).Truncate(time.Second)
	r, err = e.issuer.RequestMint(ctx, a.ID, api.NewRequest{Wallet: w.Hex(), Amount: "2", LockedUntil: &late})
	if err != nil {
		t.Fatal(err)
	}
	if approved, err = e.approver.ApproveRequest(ctx, r.ID, ""); err != nil || approved.LockedUntil == nil || !approved.LockedUntil.Equal(late) {
		t.Fatalf("a request asking for 48 hours: %+v %v", approved.LockedUntil, err)
	}
	e.waitRequest(t, r.ID)
	if lock := lockOf(w); lock.Amount.String() != "13000000" || lock.LockedUntil != uint64(late.Unix()) {
		t.Fatalf("lockOf = %s until %d, want 13000000 until %d", lock.Amount, lock.LockedUntil, late.Unix())
	}

	// Bulk: every row is locked, each in its own mintLocked (a batchMint
	// cannot carry a lock-up).
	res, err := e.issuer.RequestBulk(ctx, a.ID, e.wallets[1].Hex()+",3\n"+e.wallets[2].Hex()+",4\n", "bulk")
	if err != nil || res.BatchID == "" {
		t.Fatalf("bulk: %+v %v", res, err)
	}
	before = time.Now()
	if _, err := e.approver.ApproveBatch(ctx, a.ID, res.BatchID, ""); err != nil {
		t.Fatal(err)
	}
	after = time.Now()
	mintLocked := tok.GetABI().Methods["mintLocked"].ID
	txs := map[common.Hash]bool{}
	for rr, err := range e.auditor.Requests(ctx, a.ID, issuance.Approved) {
		if err != nil {
			t.Fatal(err)
		}
		if rr.BatchID != res.BatchID {
			continue
		}
		done := e.waitRequest(t, rr.ID)
		tx, _, err := e.c.TransactionByHash(ctx, common.HexToHash(done.TxHash))
		if err != nil {
			t.Fatal(err)
		}
		if len(tx.Data()) < 4 || [4]byte(tx.Data()[:4]) != [4]byte(mintLocked) {
			t.Errorf("bulk row %s went out as %x, want mintLocked", rr.Wallet, tx.Data()[:4])
		}
		txs[tx.Hash()] = true
	}
	if len(txs) != 2 {
		t.Fatalf("the bulk rows went out in %d transactions, want 2", len(txs))
	}
	for i, want := range []string{"3000000", "4000000"} {
		lock := lockOf(e.wallets[i+1])
		if lock.Amount.String() != want {
			t.Errorf("lockOf(bulk wallet %d) = %s, want %s", i+1, lock.Amount, want)
		}
		within("a bulk wallet", lock.LockedUntil, before, after)
	}
}
