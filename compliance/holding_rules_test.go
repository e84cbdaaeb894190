package compliance_test

import (
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/internal/app/apptest"
)

// headTime is the latest block's time.
func (r *rig) headTime() uint64 {
	r.t.Helper()
	h, err := r.eth.HeaderByNumber(r.ctx, nil)
	if err != nil {
		r.t.Fatal(err)
	}
	return h.Time
}

func (r *rig) rpc(method string, args ...any) {
	r.t.Helper()
	if err := r.eth.Client().Call(nil, method, args...); err != nil {
		r.t.Fatalf("%s: %v", method, err)
	}
}

func (r *rig) snapshot() string {
	r.t.Helper()
	var id string
	if err := r.eth.Client().Call(&id, "evm_snapshot"); err != nil {
		r.t.Fatal(err)
	}
	return id
}

// setRules sets p through the API and fails unless every write is mined.
func (r *rig) setRules(p api.SetRules) api.RulesResult {
	r.t.Helper()
	res, err := r.officer.SetRules(r.ctx, r.token.Hex(), p)
	if err != nil {
		r.t.Fatalf("set rules %+v: %v", p, err)
	}
	for _, tx := range res.Txs {
		if tx.State != "confirmed" && tx.State != "finalized" {
			r.t.Fatalf("rule write %+v", tx)
		}
	}
	return res
}

// sendOutcome sends from's transfer (or, from zero, the admin's mint) as a
// real transaction in a block at time at, and returns the code it was
// refused with, read from the mined transaction's trace (0: it passed).
func (r *rig) sendOutcome(from *holder, to common.Address, amount int64, at uint64) uint8 {
	r.t.Helper()
	r.rpc("evm_setNextBlockTimestamp", at)
	opts, data := r.admin, tokBinding.PackMint(to, big.NewInt(amount), crypto.Keccak256Hash([]byte(fmt.Sprint("parity", to, amount, at))))
	if from != nil {
		opts, data = chaintest.Transactor(r.anvil, from.key), tokBinding.PackTransfer(to, big.NewInt(amount))
	}
	o := *opts
	o.GasLimit = 500_000 // past estimation, which would refuse a reverting call
	tx, err := bind.NewBoundContract(r.token, tokBinding.GetABI(), r.eth, r.eth, r.eth).RawTransact(&o, data)
	if err != nil {
		r.t.Fatalf("send: %v", err)
	}
	rc, err := bind.WaitMined(r.ctx, r.eth, tx.Hash())
	if err != nil {
		r.t.Fatal(err)
	}
	if blk, err := r.eth.HeaderByNumber(r.ctx, rc.BlockNumber); err != nil || blk.Time != at {
		r.t.Fatalf("transaction mined at %v, want %d (%v)", blk.Time, at, err)
	}
	if rc.Status == 1 {
		return 0
	}
	var trace struct {
		Output hexutil.Bytes `json:"output"`
	}
	if err := r.eth.Client().Call(&trace, "debug_traceTransaction", tx.Hash(), map[string]any{"tracer": "callTracer"}); err != nil {
		r.t.Fatal(err)
	}
	ta := tokBinding.GetABI()
	rev := decoder(&ta).Decode(trace.Output)
	if rev.Name != "TransferRestricted" {
		r.t.Fatalf("transaction reverted with %s", rev)
	}
	return rev.Args[0].(uint8)
}

// detect is the contract's own detectTransferRestriction at the latest block.
func (r *rig) detect(from, to common.Address, amount int64) uint8 {
	r.t.Helper()
	out, err := r.eth.CallContract(r.ctx, ethereum.CallMsg{To: &r.token, Data: tokBinding.PackDetectTransferRestriction(from, to, big.NewInt(amount))}, nil)
	if err != nil {
		r.t.Fatal(err)
	}
	code, err := tokBinding.UnpackDetectTransferRestriction(out)
	if err != nil {
		r.t.Fatal(err)
	}
	return code
}

func rfc(t uint64) string { return time.Unix(int64(t), 0).UTC().Format(time.RFC3339) }

// TestHoldingRulesParity: for each case (every holding rule and locks with
// vesting, at and around each boundary) the API's pre-check, the
// contract's detectTransferRestriction and the real transaction, all at
// the same block time, agree on the code; the pre-check names the value in
// force. Each case runs from a chain snapshot, so none changes the next.
func TestHoldingRulesParity(t *testing.T) {
	t.Parallel()
	// An anvil of its own: the test sets block times.
	r := newRig(t, apptest.Options{})
	year := time.Now().AddDate(1, 0, 0)
	alice := r.onboard("Alice", "DE", nil, year)
	bob := r.onboard("Bob", "DE", nil, year)
	carol := r.onboard("Carol", "US", nil, year)
	alice2 := r.newWallet()
	r.link(alice.investorID, alice2)
	r.mint(alice.addr, 1000)

	// Two locks by four-eyes interventions: 400 vesting from t0 (cliff
	// t0+100) to t0+400, and a court order on 300 until t0+200. 300 free.
	t0 := r.headTime() + 10
	r.intervene(r.second, api.NewIntervention{Kind: "lock", Wallet: alice.addr.Hex(), Amount: ptr("400"),
		Start: ptr(rfc(t0)), Cliff: ptr(rfc(t0 + 100)), End: ptr(rfc(t0 + 400)), LockReason: ptr(int64(2)), Reason: "founder vesting"})
	r.intervene(r.second, api.NewIntervention{Kind: "lock", Wallet: alice.addr.Hex(), Amount: ptr("300"),
		End: ptr(itoa(int64(t0 + 200))), LockReason: ptr(int64(3)), Reason: "court order 2026/99"})

	type tcase struct {
		name   string
		at     uint64 // block time of the pre-check, the call and the transaction
		from   *holder
		to     common.Address
		amount int64
		code   uint8
		rule   string // a part the pre-check's rule must contain
	}
	run := func(phase string, cases []tcase) {
		t.Helper()
		for _, c := range cases {
			snap := r.snapshot()
			r.rpc("evm_mine", c.at)
			var from common.Address
			if c.from != nil {
				from = c.from.addr
			}
			res := r.check(from, c.to, c.amount)
			onchain := r.detect(from, c.to, c.amount)
			sent := r.sendOutcome(c.from, c.to, c.amount, c.at)
			want := compliance.Restriction(c.code)
			if res.Code != want.Hex() || res.Allowed != (c.code == 0) || onchain != c.code || sent != c.code {
				t.Errorf("%s/%s: pre-check %s (allowed %v, %s), detectTransferRestriction 0x%02X, transaction 0x%02X; want %s",
					phase, c.name, res.Code, res.Allowed, res.Rule, onchain, sent, want.Hex())
			} else if !strings.Contains(res.Rule, c.rule) {
				t.Errorf("%s/%s: rule %q, want it to contain %q", phase, c.name, res.Rule, c.rule)
			}
			var ok bool
			if err := r.eth.Client().Call(&ok, "evm_revert", snap); err != nil || !ok {
				t.Fatalf("evm_revert %s: %v %v", snap, ok, err)
			}
			// anvil puts the reverted blocks' transactions back in its
			// pool: drop them, or the next block would mine them again.
			r.rpc("anvil_dropAllTransactions")
		}
	}

	// Locked now (alice): before the cliff 700; from the cliff 400-(t-t0)
	// of the vesting lock plus 300 until t0+200; then 400-(t-t0); 0 from t0+400.
	run("locks", []tcase{
		{"free units move", t0 + 50, &alice, bob.addr, 300, 0, ""},
		{"one unit more", t0 + 50, &alice, bob.addr, 301, 0x58, "0.0007 units (700 base units) of the sender's 0.001 units (1000 base units) are locked now, 0.0003 units (300 base units) free"},
		{"just before the cliff", t0 + 99, &alice, bob.addr, 301, 0x58, "this transfer fits from " + rfc(t0+100)},
		{"at the cliff", t0 + 100, &alice, bob.addr, 400, 0, ""},
		{"at the cliff, one more", t0 + 100, &alice, bob.addr, 401, 0x58, "this transfer fits from " + rfc(t0+101)},
		{"vesting, names both locks", t0 + 199, &alice, bob.addr, 500, 0x58, "court order: 0.0003 units (300 base units) locked until " + rfc(t0+200)},
		{"vesting, fits when the order ends", t0 + 199, &alice, bob.addr, 500, 0x58, "this transfer fits from " + rfc(t0+200)},
		{"vesting, what is free", t0 + 199, &alice, bob.addr, 499, 0, ""},
		{"the order ended", t0 + 200, &alice, bob.addr, 800, 0, ""},
		{"the order ended, one more", t0 + 200, &alice, bob.addr, 801, 0x58, "vesting: 0.0002 units (200 base units) of 0.0004 units (400 base units) locked now"},
		{"one second before the end", t0 + 399, &alice, bob.addr, 1000, 0x58, "this transfer fits from " + rfc(t0+400)},
		{"every lock ended", t0 + 400, &alice, bob.addr, 1000, 0, ""},
	})

	// The rest runs after every lock has ended.
	t1 := t0 + 1000
	r.rpc("evm_mine", t1)
	r.setRules(api.SetRules{MinHolding: ptr("30"), Reason: "minimum investment 30 units"})
	run("min holding", []tcase{
		{"receiver below", t1 + 10, &alice, bob.addr, 29, 0xA1, "minimum holding per investor: 0.00003 units (30 base units)"},
		{"receiver at the minimum", t1 + 10, &alice, bob.addr, 30, 0, ""},
		{"sender below", t1 + 10, &alice, bob.addr, 971, 0xA1, "the sender's investor holds 0.001 units (1000 base units)"},
		{"sender at the minimum", t1 + 10, &alice, bob.addr, 970, 0, ""},
		{"sender empties its position", t1 + 10, &alice, bob.addr, 1000, 0, ""},
		{"between an investor's own wallets", t1 + 10, &alice, alice2.addr, 1, 0, ""},
		{"mint below", t1 + 10, nil, bob.addr, 29, 0xA1, "minimum holding"},
		{"mint at the minimum", t1 + 10, nil, bob.addr, 30, 0, ""},
	})

	r.setRules(api.SetRules{ForceFullTransfer: true, Reason: "whole positions only"})
	run("force full transfer", []tcase{
		{"part of the balance", t1 + 20, &alice, bob.addr, 999, 0xA2, "force full transfer: a holder may only transfer its whole wallet balance (0.001 units (1000 base units))"},
		{"the whole balance", t1 + 20, &alice, bob.addr, 1000, 0, ""},
	})

	t2 := r.headTime() + 100
	until := t2 + 600
	r.setRules(api.SetRules{FlowbackUntil: ptr(rfc(until)), Reason: "Reg S distribution compliance period"})
	run("flowback", []tcase{
		{"to a US person in the window", until - 1, &alice, carol.addr, 1, 0xA3, "Reg S flowback window until " + rfc(until)},
		{"to a non-US person in the window", until - 1, &alice, bob.addr, 1, 0, ""},
		{"to a US person at the window's end", until, &alice, carol.addr, 1, 0, ""},
		{"mint to a US person in the window", until - 1, nil, carol.addr, 1, 0, ""},
	})

	r.setRules(api.SetRules{Reason: "no holding rules"})
	r.mint(bob.addr, 50)
	r.intervene(r.second, api.NewIntervention{Kind: "liquidate_only", Wallet: bob.addr.Hex(), Reason: "accreditation lapsed"})
	t3 := r.headTime() + 10
	run("liquidate-only", []tcase{
		{"receive", t3, &alice, bob.addr, 1, 0xA0, "liquidate-only"},
		{"mint", t3, nil, bob.addr, 1, 0xA0, "liquidate-only"},
		{"sell", t3, &bob, alice.addr, 50, 0, ""},
	})
	r.intervene(r.second, api.NewIntervention{Kind: "liquidate_only_off", Wallet: bob.addr.Hex(), Reason: "accreditation renewed"})
	run("liquidate-only lifted", []tcase{{"receive", r.headTime() + 10, &alice, bob.addr, 1, 0, ""}})
}

// TestRulesEditorHoldingRules: the rules API refuses bad holding rules at
// the first request, writes only the setter that changed, and its history
// shows every version with the new rules.
func TestRulesEditorHoldingRules(t *testing.T) {
	t.Parallel()
	r := newRig(t, apptest.Options{Shared: true})
	asset := r.token.Hex()
	past := time.Now().Add(-time.Hour).UTC().Format(time.RFC3339)
	for _, c := range []struct {
		name string
		p    api.SetRules
		code string
	}{
		{"min holding above max balance", api.SetRules{MaxBalance: ptr("100"), MinHolding: ptr("101"), Reason: "x"}, "invalid_min_holding"},
		{"min holding zero", api.SetRules{MinHolding: ptr("0"), Reason: "x"}, "invalid_min_holding"},
		{"min holding not a number", api.SetRules{MinHolding: ptr("1e3"), Reason: "x"}, "invalid_field"},
		{"flowback in the past", api.SetRules{FlowbackUntil: ptr(past), Reason: "x"}, "invalid_flowback"},
		{"flowback not a time", api.SetRules{FlowbackUntil: ptr("next year"), Reason: "x"}, "invalid_time"},
		{"flowback with fractions of a second", api.SetRules{FlowbackUntil: ptr("2099-01-01T00:00:00.5Z"), Reason: "x"}, "invalid_time"},
		{"lock-up reason without a lock-up", api.SetRules{LockupReason: ptr(int64(2)), Reason: "x"}, "invalid_lock_reason"},
		{"reserved lock-up reason", api.SetRules{LockupSeconds: 60, LockupReason: ptr(int64(50)), Reason: "x"}, "invalid_lock_reason"},
		{"lock-up reason out of range", api.SetRules{LockupSeconds: 60, LockupReason: ptr(int64(256)), Reason: "x"}, "invalid_lock_reason"},
		{"lock-up over ten years", api.SetRules{LockupSeconds: 11 * 365 * 86400, Reason: "x"}, "invalid_lockup"},
	} {
		_, err := r.officer.SetRules(r.ctx, asset, c.p)
		wantAPIError(t, err, 400, c.code)
	}
	if _, err := r.officer.Rules(r.ctx, asset); err == nil {
		t.Fatal("a refused request stored rules")
	}

	// The first version writes every setter; then only what changed.
	actions := func(res api.RulesResult) string {
		var out []string
		for _, tx := range res.Txs {
			out = append(out, tx.Action)
		}
		return strings.Join(out, ",")
	}
	first := r.setRules(api.SetRules{MaxBalance: ptr("10000"), Reason: "concentration limit"})
	if a := actions(first); !strings.Contains(a, "rule extended_rules") || !strings.Contains(a, "rule max_balance") {
		t.Fatalf("first version writes %s", a)
	}
	flowback := time.Now().Add(90 * 24 * time.Hour).Truncate(time.Second).UTC()
	v2 := r.setRules(api.SetRules{MaxBalance: ptr("10000"), MinHolding: ptr("100"), FlowbackUntil: ptr(itoa(flowback.Unix())),
		ForceFullTransfer: true, LockupSeconds: 3600, LockupReason: ptr(int64(130)), Reason: "Reg S offering"})
	if a := actions(v2); a != "rule extended_rules" {
		t.Fatalf("holding rules write %q, want only rule extended_rules", a)
	}
	got := v2.Rules
	if got.MaxBalanceUnits != "0.01" || got.MinHoldingUnits != "0.0001" { // the token's 6 decimals
		t.Fatalf("rules in units %+v", got)
	}
	if got.MinHolding != "100" || got.FlowbackUntil == nil || !got.FlowbackUntil.Equal(flowback) || !got.ForceFullTransfer ||
		got.LockupSeconds != 3600 || got.LockupReason != 130 || got.LockupReasonName != "issuer_130" {
		t.Fatalf("rules %+v", got)
	}
	x, err := bind.Call(tokBinding.Instance(r.eth, r.token), nil, tokBinding.PackExtendedRules(), tokBinding.UnpackExtendedRules)
	if err != nil || x.MinHolding.Int64() != 100 || x.FlowbackUntil != uint64(flowback.Unix()) || x.InitialLockup != 3600 || x.LockupReason != 130 || !x.ForceFullTransfer {
		t.Fatalf("extendedRules on chain %+v %v", x, err)
	}
	if a := actions(r.setRules(api.SetRules{MaxBalance: ptr("20000"), MinHolding: ptr("100"), FlowbackUntil: ptr(flowback.Format(time.RFC3339)),
		ForceFullTransfer: true, LockupSeconds: 3600, LockupReason: ptr(int64(130)), Reason: "larger positions"})); a != "rule max_balance" {
		t.Fatalf("max balance change writes %q", a)
	}
	// A lock-up alone defaults to the issuance reason; the other rules go.
	v4 := r.setRules(api.SetRules{LockupSeconds: 86400, Reason: "Rule 144 holding period"})
	if v4.Rules.LockupReason != 1 || v4.Rules.LockupReasonName != "issuance_lockup" || v4.Rules.MinHolding != "" || v4.Rules.FlowbackUntil != nil {
		t.Fatalf("rules %+v", v4.Rules)
	}

	var versions []string
	for v, err := range r.auditor.RulesHistory(r.ctx, asset, 2) {
		if err != nil {
			t.Fatal(err)
		}
		versions = append(versions, fmt.Sprintf("v%d:%s:%s:%v", v.Version, v.MinHolding, v.Reason, v.ForceFullTransfer))
	}
	if want := "v4::Rule 144 holding period:false,v3:100:larger positions:true,v2:100:Reg S offering:true,v1::concentration limit:false"; strings.Join(versions, ",") != want {
		t.Fatalf("history %v, want %s", versions, want)
	}
}
