package compliance_test

import (
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/internal/app/apptest"
)

func (r *rig) locks(h holder) api.WalletLocks {
	r.t.Helper()
	wl, err := r.auditor.Locks(r.ctx, r.token.Hex(), h.addr.Hex())
	if err != nil {
		r.t.Fatal(err)
	}
	return wl
}

// TestLockInterventions: locks, unlocks and liquidate-only are four-eyes
// interventions with a reason; an unlock is bound to its lock's content,
// follows it when its index shifts and is refused when the lock changed.
func TestLockInterventions(t *testing.T) {
	t.Parallel()
	r := newRig(t, apptest.Options{Shared: true})
	year := time.Now().AddDate(1, 0, 0)
	alice := r.onboard("Alice", "DE", nil, year)
	bob := r.onboard("Bob", "DE", nil, year)
	r.mint(alice.addr, 1000)
	wallet := alice.addr.Hex()
	in := func(s time.Duration) *string {
		return ptr(time.Now().Add(s).Truncate(time.Second).UTC().Format(time.RFC3339))
	}

	// Bad requests are refused at once; nothing is stored.
	for _, c := range []struct {
		name string
		n    api.NewIntervention
		code string
	}{
		{"no reason", api.NewIntervention{Kind: "lock", Wallet: wallet, Amount: ptr("1"), End: in(time.Hour)}, "reason_required"},
		{"no end", api.NewIntervention{Kind: "lock", Wallet: wallet, Amount: ptr("1"), Start: in(time.Hour), Reason: "x"}, "invalid_lock"},
		{"no amount", api.NewIntervention{Kind: "lock", Wallet: wallet, End: in(time.Hour), Reason: "x"}, "invalid_amount"},
		{"end in the past", api.NewIntervention{Kind: "lock", Wallet: wallet, Amount: ptr("1"), End: in(-time.Hour), Reason: "x"}, "invalid_lock"},
		{"cliff after end", api.NewIntervention{Kind: "lock", Wallet: wallet, Amount: ptr("1"), Start: in(0), Cliff: in(2 * time.Hour), End: in(time.Hour), Reason: "x"}, "invalid_lock"},
		{"reserved reason", api.NewIntervention{Kind: "lock", Wallet: wallet, Amount: ptr("1"), End: in(time.Hour), LockReason: ptr(int64(9)), Reason: "x"}, "invalid_lock_reason"},
		{"unlock without index", api.NewIntervention{Kind: "unlock", Wallet: wallet, Reason: "x"}, "invalid_lock_index"},
		{"liquidate-only with an amount", api.NewIntervention{Kind: "liquidate_only", Wallet: wallet, Amount: ptr("1"), Reason: "x"}, "invalid_amount"},
	} {
		c.n.Asset = r.token.Hex()
		_, err := r.officer.RequestIntervention(r.ctx, c.n)
		wantAPIError(t, err, 400, c.code)
	}
	// What the token would refuse is refused before it is stored.
	_, err := r.officer.RequestIntervention(r.ctx, api.NewIntervention{Kind: "lock", Asset: r.token.Hex(), Wallet: wallet, Amount: ptr("1001"),
		End: in(time.Hour), Reason: "more than she holds"})
	wantAPIError(t, err, 409, "chain_refused")
	_, err = r.officer.RequestIntervention(r.ctx, api.NewIntervention{Kind: "unlock", Asset: r.token.Hex(), Wallet: wallet, LockIndex: ptr(0), Reason: "x"})
	wantAPIError(t, err, 422, "no_such_lock")

	// Four eyes: the requester cannot approve its own lock, an auditor can
	// neither request nor approve.
	req, err := r.officer.RequestIntervention(r.ctx, api.NewIntervention{Kind: "lock", Asset: r.token.Hex(), Wallet: wallet, Amount: ptr("300"),
		End: in(2 * time.Hour), LockReason: ptr(int64(3)), Reason: "court order 2026/41"})
	if err != nil {
		t.Fatal(err)
	}
	if req.Lock == nil || req.Lock.ReasonName != "court_order" || req.Amount != "300" {
		t.Fatalf("requested %+v", req)
	}
	_, err = r.officer.ApproveIntervention(r.ctx, req.ID, "")
	wantAPIError(t, err, 403, "self_approval")
	_, err = r.auditor.ApproveIntervention(r.ctx, req.ID, "")
	wantAPIError(t, err, 403, "missing_scope")
	_, err = r.auditor.RequestIntervention(r.ctx, api.NewIntervention{Kind: "liquidate_only", Asset: r.token.Hex(), Wallet: wallet, Reason: "x"})
	wantAPIError(t, err, 403, "missing_scope")
	if wl := r.locks(alice); len(wl.Locks) != 0 {
		t.Fatalf("a lock before approval: %+v", wl)
	}
	if done, err := r.second.ApproveIntervention(r.ctx, req.ID, "order on file"); err != nil || done.Tx == nil || done.Tx.State != "confirmed" && done.Tx.State != "finalized" {
		t.Fatalf("approve: %+v %v", done, err)
	}
	// A vesting lock after it: [court 300, vesting 200].
	r.intervene(r.approver, api.NewIntervention{Kind: "lock", Wallet: wallet, Amount: ptr("200"), Start: in(0), Cliff: in(time.Hour),
		End: in(3 * time.Hour), LockReason: ptr(int64(2)), Reason: "vesting grant"})
	wl := r.locks(alice)
	if len(wl.Locks) != 2 || wl.Locked != "500" || wl.Locks[0].Reason != 3 || wl.Locks[1].ReasonName != "vesting" || !wl.Locks[1].Vesting || wl.Locks[0].Vesting {
		t.Fatalf("locks %+v", wl)
	}
	// The amounts also in the token's units (6 decimals).
	if wl.LockedUnits != "0.0005" || wl.Locks[0].AmountUnits != "0.0003" || wl.Locks[0].LockedUnits != "0.0003" || wl.Locks[1].AmountUnits != "0.0002" {
		t.Fatalf("locks in units %+v", wl)
	}
	r.wantRefused(alice, bob.addr, 501, 0x58, "")

	// Unlock the vesting lock (index 1), but lift the court order (index
	// 0) first: the request follows its lock to index 0.
	vest, err := r.officer.RequestIntervention(r.ctx, api.NewIntervention{Kind: "unlock", Asset: r.token.Hex(), Wallet: wallet, LockIndex: ptr(1), Reason: "grant cancelled"})
	if err != nil || vest.Lock == nil || vest.Lock.ReasonName != "vesting" || vest.Amount != "200" || vest.LockIndex != nil {
		t.Fatalf("unlock request %+v %v", vest, err)
	}
	court := r.intervene(r.second, api.NewIntervention{Kind: "unlock", Wallet: wallet, LockIndex: ptr(0), Reason: "order lifted"})
	if court.LockIndex == nil || *court.LockIndex != 0 || court.Lock.ReasonName != "court_order" {
		t.Fatalf("court unlock %+v", court)
	}
	done, err := r.second.ApproveIntervention(r.ctx, vest.ID, "")
	if err != nil || done.LockIndex == nil || *done.LockIndex != 0 {
		t.Fatalf("vesting unlock %+v %v", done, err)
	}
	if wl := r.locks(alice); len(wl.Locks) != 0 || wl.Locked != "0" {
		t.Fatalf("locks after both unlocks %+v", wl)
	}

	// A lock that changed between request and approval is not lifted:
	// a forced transfer takes the free units, then this lock's.
	r.intervene(r.second, api.NewIntervention{Kind: "lock", Wallet: wallet, Amount: ptr("900"), End: in(time.Hour), Reason: "court order 2026/52"})
	stale, err := r.officer.RequestIntervention(r.ctx, api.NewIntervention{Kind: "unlock", Asset: r.token.Hex(), Wallet: wallet, LockIndex: ptr(0), Reason: "order lifted"})
	if err != nil {
		t.Fatal(err)
	}
	r.intervene(r.second, api.NewIntervention{Kind: "forced_transfer", Wallet: wallet, To: ptr(bob.addr.Hex()), Amount: ptr("200"), Reason: "settlement"})
	_, err = r.second.ApproveIntervention(r.ctx, stale.ID, "")
	wantAPIError(t, err, 409, "lock_changed")
	if wl := r.locks(alice); len(wl.Locks) != 1 || wl.Locked != "800" {
		t.Fatalf("the changed lock %+v", wl)
	}

	// Liquidate-only: shown on the wallet, and lifted.
	r.intervene(r.second, api.NewIntervention{Kind: "liquidate_only", Wallet: bob.addr.Hex(), Reason: "accreditation lapsed"})
	if !r.locks(bob).LiquidateOnly {
		t.Fatal("liquidate-only not set")
	}
	if res := r.check(common.Address{}, bob.addr, 1); res.Allowed || res.Code != "0xA0" || !strings.HasPrefix(res.Rule, "liquidate-only") {
		t.Fatalf("mint to a liquidate-only investor: %+v", res)
	}
	r.intervene(r.second, api.NewIntervention{Kind: "liquidate_only_off", Wallet: bob.addr.Hex(), Reason: "accreditation renewed"})
	if r.locks(bob).LiquidateOnly {
		t.Fatal("liquidate-only not lifted")
	}
}
