package compliance_test

import (
	"context"
	"math/big"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/internal/app/apptest"
	"github.com/tessera-rwa/tessera/postgres"
)

// intervene requests an intervention with the officer and has approve
// approve it; it fails the test unless the write is mined.
func (r *rig) intervene(approve *client.Client, p api.NewIntervention) api.Intervention {
	r.t.Helper()
	p.Asset = r.token.Hex()
	req, err := r.officer.RequestIntervention(r.ctx, p)
	if err != nil {
		r.t.Fatalf("request %s: %v", p.Kind, err)
	}
	if req.State != "requested" || req.Tx != nil {
		r.t.Fatalf("requested %+v", req)
	}
	done, err := approve.ApproveIntervention(r.ctx, req.ID, "checked the order")
	if err != nil {
		r.t.Fatalf("approve %s: %v", p.Kind, err)
	}
	if done.State != "approved" || done.Tx == nil || (done.Tx.State != "confirmed" && done.Tx.State != "finalized") || done.Tx.TxHash == (common.Hash{}) ||
		done.DecidedBy == done.RequestedBy || done.Reason != p.Reason {
		r.t.Fatalf("approved %s: %+v tx %+v", p.Kind, done, done.Tx)
	}
	if rc, err := r.eth.TransactionReceipt(r.ctx, done.Tx.TxHash); err == nil {
		r.t.Logf("%s: %d gas", p.Kind, rc.GasUsed)
	}
	return done
}

func (r *rig) frozen(who common.Address) (bool, int64) {
	r.t.Helper()
	out, err := r.eth.CallContract(r.ctx, ethereum.CallMsg{To: &r.token, Data: tokBinding.PackIsFrozen(who)}, nil)
	if err != nil {
		r.t.Fatal(err)
	}
	f, _ := tokBinding.UnpackIsFrozen(out)
	out, err = r.eth.CallContract(r.ctx, ethereum.CallMsg{To: &r.token, Data: tokBinding.PackGetFrozenTokens(who)}, nil)
	if err != nil {
		r.t.Fatal(err)
	}
	n, _ := tokBinding.UnpackGetFrozenTokens(out)
	return f, n.Int64()
}

func TestInterventions(t *testing.T) {
	t.Parallel()
	r := newRig(t, apptest.Options{Shared: true})
	year := time.Now().AddDate(1, 0, 0)
	alice := r.onboard("Alice", "DE", nil, year)
	bob := r.onboard("Bob", "DE", nil, year)
	r.mint(alice.addr, 1000)

	// Freeze, approved by a second compliance key.
	r.intervene(r.second, api.NewIntervention{Kind: "freeze", Wallet: alice.addr.Hex(), Reason: "court order 2026/17"})
	if f, _ := r.frozen(alice.addr); !f {
		t.Fatal("not frozen")
	}
	r.wantRefused(alice, bob.addr, 10, 0x51, "wallet freeze (a freeze intervention)")
	// Unfreeze, approved by a key with the approver scope only.
	r.intervene(r.approver, api.NewIntervention{Kind: "unfreeze", Wallet: alice.addr.Hex(), Reason: "order lifted"})
	if f, _ := r.frozen(alice.addr); f {
		t.Fatal("still frozen")
	}

	// Partial freeze: 900 of 1000 frozen, so 200 cannot move.
	r.intervene(r.second, api.NewIntervention{Kind: "freeze_partial", Wallet: alice.addr.Hex(), Amount: ptr("900"), Reason: "disputed amount"})
	if _, n := r.frozen(alice.addr); n != 900 {
		t.Fatalf("frozen tokens %d", n)
	}
	r.wantRefused(alice, bob.addr, 200, 0x57, "")
	r.transfer(alice, bob.addr, 100)
	r.intervene(r.second, api.NewIntervention{Kind: "unfreeze_partial", Wallet: alice.addr.Hex(), Amount: ptr("900"), Reason: "dispute settled"})
	if _, n := r.frozen(alice.addr); n != 0 {
		t.Fatalf("frozen tokens after unfreeze %d", n)
	}

	// Forced transfer: 300 from Alice to Bob.
	r.intervene(r.second, api.NewIntervention{Kind: "forced_transfer", Wallet: alice.addr.Hex(), To: ptr(bob.addr.Hex()), Amount: ptr("300"), Reason: "error correction"})
	if a, b := r.balance(alice.addr), r.balance(bob.addr); a != 600 || b != 400 {
		t.Fatalf("balances after forced transfer: %d, %d", a, b)
	}

	// Recovery: Alice lost her key. A wallet that is not hers is refused;
	// her new wallet proves control, then takes balance and identity.
	newWallet := r.newWallet()
	_, err := r.officer.RequestIntervention(r.ctx, api.NewIntervention{Kind: "recovery", Asset: r.token.Hex(), Wallet: alice.addr.Hex(),
		To: ptr(bob.addr.Hex()), Reason: "lost key"})
	wantAPIError(t, err, 422, "recovery_wallet_not_linked")
	r.link(alice.investorID, newWallet)
	rec := r.intervene(r.second, api.NewIntervention{Kind: "recovery", Wallet: alice.addr.Hex(), To: ptr(newWallet.addr.Hex()), Reason: "lost key, ticket 4411"})
	if a, n := r.balance(alice.addr), r.balance(newWallet.addr); a != 0 || n != 600 {
		t.Fatalf("balances after recovery: lost %d, new %d", a, n)
	}
	inv, err := r.officer.Investor(r.ctx, alice.investorID)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range inv.Wallets {
		lost := w.Address == alice.addr
		if !w.InSync || (lost && (w.Status != "lost" || w.OnChain.Registered)) || (!lost && (w.Status != "active" || !*w.OnChain.Verified)) {
			t.Fatalf("wallet after recovery %+v", w)
		}
	}
	if c := r.onChainCode(newWallet, bob.addr, 10); c != 0 {
		t.Fatalf("new wallet cannot send: 0x%02X", c)
	}

	// Rejection makes no chain write; a decided request cannot be decided again.
	req, err := r.officer.RequestIntervention(r.ctx, api.NewIntervention{Kind: "freeze", Asset: r.token.Hex(), Wallet: bob.addr.Hex(), Reason: "suspicion"})
	if err != nil {
		t.Fatal(err)
	}
	rej, err := r.second.RejectIntervention(r.ctx, req.ID, "no grounds")
	if err != nil || rej.State != "rejected" || rej.Tx != nil {
		t.Fatalf("reject %+v %v", rej, err)
	}
	_, err = r.approver.ApproveIntervention(r.ctx, req.ID, "")
	wantAPIError(t, err, 409, "already_decided")
	if f, _ := r.frozen(bob.addr); f {
		t.Fatal("rejected freeze reached the chain")
	}

	// Every intervention is listed and logged with requester, approver and tx.
	got, err := r.auditor.Intervention(r.ctx, rec.ID)
	if err != nil || got.Tx == nil || got.Tx.TxHash != rec.Tx.TxHash || got.Tx.Key != "compliance/intervention/"+itoa(rec.ID) {
		t.Fatalf("intervention %+v %v", got, err)
	}
	var kinds []string
	for in, err := range r.auditor.Interventions(r.ctx, 2) {
		if err != nil {
			t.Fatal(err)
		}
		kinds = append(kinds, in.Kind+":"+in.State)
	}
	if strings.Join(kinds, ",") != "freeze:rejected,recovery:approved,forced_transfer:approved,unfreeze_partial:approved,freeze_partial:approved,unfreeze:approved,freeze:approved" {
		t.Fatalf("interventions %v", kinds)
	}
	approvals := 0
	for e, err := range r.auditor.ComplianceLog(r.ctx, 0) {
		if err != nil {
			t.Fatal(err)
		}
		if e.Action == "intervention.approved" {
			approvals++
			if !strings.Contains(string(e.Data), `"decided_by":"key:`) || !strings.Contains(string(e.Data), `"requested_by":"key:`) {
				t.Fatalf("log entry %s", e.Data)
			}
		}
	}
	if approvals != 6 {
		t.Fatalf("%d approvals logged", approvals)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func TestReconciliationRepairsDrift(t *testing.T) {
	t.Parallel()
	r := newRig(t, apptest.Options{Shared: true})
	year := time.Now().AddDate(1, 0, 0)
	alice := r.onboard("Alice", "DE", nil, year)
	bob := r.onboard("Bob", "DE", []string{"accredited"}, year)

	// Someone with the registrar role changes the registry behind our back.
	r.grantRegistrar()
	r.send(r.registry, regBinding.PackDeleteIdentity(alice.addr))
	r.send(r.registry, regBinding.PackUpdateCountry(bob.addr, 250))
	inv, err := r.officer.Investor(r.ctx, bob.investorID)
	if err != nil || inv.Wallets[0].InSync || inv.Wallets[0].OnChain.Country != "FR" {
		t.Fatalf("drift not shown: %+v %v", inv.Wallets, err)
	}

	rep, err := r.officer.Reconcile(r.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Investors != 2 || rep.Wallets != 2 || len(rep.Repairs) != 2 {
		t.Fatalf("report %+v", rep)
	}
	actions := map[string]api.Repair{}
	for _, rp := range rep.Repairs {
		if rp.TxState != "confirmed" && rp.TxState != "finalized" || rp.TxHash == (common.Hash{}) {
			t.Fatalf("repair %+v", rp)
		}
		actions[rp.Action] = rp
	}
	if a := actions["register"]; a.InvestorID != alice.investorID || a.Before.Registered || !a.After.Registered {
		t.Fatalf("register repair %+v", a)
	}
	if b := actions["update_country"]; b.InvestorID != bob.investorID || b.Before.Country != "FR" || b.After.Country != "DE" {
		t.Fatalf("country repair %+v", b)
	}
	for _, h := range []holder{alice, bob} {
		inv, err := r.officer.Investor(r.ctx, h.investorID)
		if err != nil || !inv.Wallets[0].InSync || !*inv.Wallets[0].OnChain.Verified {
			t.Fatalf("after repair %+v %v", inv.Wallets, err)
		}
	}
	// Nothing left to repair; the run that repaired is in the log.
	rep, err = r.officer.Reconcile(r.ctx)
	if err != nil || len(rep.Repairs) != 0 {
		t.Fatalf("second run %+v %v", rep, err)
	}
	runs := 0
	for e, err := range r.auditor.ComplianceLog(r.ctx, 0) {
		if err != nil {
			t.Fatal(err)
		}
		if e.Action == "registry.reconciled" {
			runs++
		}
	}
	if runs != 1 {
		t.Fatalf("%d reconciliations logged, want the one that repaired", runs)
	}
}

// The periodic worker (what `tessera dev` runs) repairs drift on its own.
func TestWorkerRepairsDrift(t *testing.T) {
	t.Parallel()
	r := newRig(t, apptest.Options{Shared: true})
	alice := r.onboard("Alice", "DE", nil, time.Now().AddDate(1, 0, 0))
	w := &compliance.Worker{Service: r.svc, Every: 50 * time.Millisecond}
	if err := w.Start(r.ctx); err != nil {
		t.Fatal(err)
	}
	defer w.Stop(context.Background())

	r.grantRegistrar()
	r.send(r.registry, regBinding.PackUpdateFlags(alice.addr, big.NewInt(0xff)))
	// Wait for the repair to be logged: it is logged once it is mined.
	deadline := time.Now().Add(time.Minute)
	var actor string
	for actor == "" {
		if time.Now().After(deadline) {
			t.Fatal("the worker did not repair the drift within a minute")
		}
		time.Sleep(50 * time.Millisecond)
		for e, err := range r.auditor.ComplianceLog(r.ctx, 0) {
			if err != nil {
				t.Fatal(err)
			}
			if e.Action == "registry.reconciled" {
				actor = e.Actor
			}
		}
	}
	if err := w.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if actor != "system:compliance-worker" {
		t.Fatalf("repair logged by %q", actor)
	}
	inv, err := r.officer.Investor(r.ctx, alice.investorID)
	if err != nil {
		t.Fatal(err)
	}
	if w := inv.Wallets[0]; !w.InSync || len(w.OnChain.Flags) != 0 {
		t.Fatalf("after repair %+v", w)
	}
}

func TestLogHashChainDetectsTampering(t *testing.T) {
	t.Parallel()
	r := newRig(t, apptest.Options{Shared: true})
	for _, name := range []string{"Ann", "Ben", "Cid", "Dee"} {
		if _, err := r.officer.CreateInvestor(r.ctx, api.NewInvestor{LegalName: name, Type: "person", Country: "NL", Flags: []string{"professional"}}); err != nil {
			t.Fatal(err)
		}
	}
	store := &postgres.ComplianceStore{Pool: r.pool}
	ctx := context.Background()
	v, err := compliance.VerifyLog(ctx, store)
	if err != nil || !v.OK || v.Entries != 4 {
		t.Fatalf("clean log: %+v %v", v, err)
	}

	// Edit the third entry's data: the API and the function both name it.
	if _, err := r.pool.Exec(ctx, `UPDATE compliance_log SET data = replace(data, 'NL', 'DE') WHERE seq = 3`); err != nil {
		t.Fatal(err)
	}
	cv, err := r.auditor.VerifyComplianceLog(r.ctx)
	if err != nil || cv.OK || cv.FirstBad != 3 || cv.Entries != 2 || !strings.Contains(cv.Problem, "edited") {
		t.Fatalf("edited log: %+v %v", cv, err)
	}
	if v, _ = compliance.VerifyLog(ctx, store); v.OK || v.FirstBad != 3 {
		t.Fatalf("edited log, VerifyLog: %+v", v)
	}
	// Recomputing the edited row's hash does not help: the next entry's
	// link breaks instead.
	entries, err := store.LogEntries(ctx, 2, 1)
	if err != nil {
		t.Fatal(err)
	}
	h := entries[0].ComputeHash()
	if _, err := r.pool.Exec(ctx, `UPDATE compliance_log SET hash = $1 WHERE seq = 3`, h[:]); err != nil {
		t.Fatal(err)
	}
	if v, _ = compliance.VerifyLog(ctx, store); v.OK || v.FirstBad != 4 || !strings.Contains(v.Problem, "previous hash") {
		t.Fatalf("rehashed log: %+v", v)
	}
	// A deleted entry shows as a gap.
	if _, err := r.pool.Exec(ctx, `DELETE FROM compliance_log WHERE seq IN (1, 3)`); err != nil {
		t.Fatal(err)
	}
	if v, _ = compliance.VerifyLog(ctx, store); v.OK || v.FirstBad != 2 || !strings.Contains(v.Problem, "missing") {
		t.Fatalf("log with a deleted entry: %+v", v)
	}
}
