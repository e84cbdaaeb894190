package compliance_test

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/internal/app/apptest"
)

// TestCapsParity sets investor caps and a transfer window through the caps
// API and, at each cap's boundary, compares the API's pre-check, the
// token's detectTransferRestriction and the transaction itself: the last
// investor a cap admits passes all three, the next is refused by all three
// with the same code (0xA4 country cap, 0xA5 category cap, 0xA6 country
// share, 0xA7 transfer limit).
func TestCapsParity(t *testing.T) {
	t.Parallel()
	r := newRig(t, apptest.Options{Shared: true})
	asset := r.token.Hex()
	year := time.Now().AddDate(1, 0, 0)
	alice := r.onboard("Alice", "DE", []string{"accredited"}, year)
	bob := r.onboard("Bob", "DE", nil, year)
	carol := r.onboard("Carol", "FR", []string{"accredited"}, year)
	dave := r.onboard("Dave", "FR", []string{"accredited"}, year)
	erin := r.onboard("Erin", "US", nil, year)

	// Caps need counting, which CTF does not do: refused with the way out.
	_, err := r.officer.SetCaps(r.ctx, asset, api.SetCaps{CountryCaps: map[string]uint32{"FR": 1}, Reason: "French private placement"})
	wantAPIError(t, err, 409, "counting_off")
	r.send(r.token, tokBinding.PackGrantRole(role("COMPLIANCE_ADMIN_ROLE"), r.admin.From))
	r.send(r.token, tokBinding.PackSetInvestorCounting())

	before := r.logLen()
	for _, bad := range []struct {
		p    api.SetCaps
		code string
	}{
		{api.SetCaps{CountryCaps: map[string]uint32{"XX": 1}, Reason: "r"}, "invalid_country"},
		{api.SetCaps{CategoryCaps: map[string]uint32{"rich": 1}, Reason: "r"}, "invalid_category"},
		{api.SetCaps{CategoryCaps: map[string]uint32{"retail": 1 << 28}, Reason: "r"}, "invalid_category_cap"},
		{api.SetCaps{MaxCountryShareBPS: ptr(uint16(10_001)), Reason: "r"}, "invalid_country_share"},
		{api.SetCaps{TransferLimits: &[]api.TransferWindow{{PeriodSeconds: 1, Limit: "1"}, {PeriodSeconds: 1, Limit: "1"}, {PeriodSeconds: 1, Limit: "1"}, {PeriodSeconds: 1, Limit: "1"}, {PeriodSeconds: 1, Limit: "1"}}, Reason: "r"}, "too_many_windows"},
		{api.SetCaps{TransferLimits: &[]api.TransferWindow{{PeriodSeconds: 0, Limit: "1"}}, Reason: "r"}, "invalid_transfer_limit"},
		{api.SetCaps{TransferLimits: &[]api.TransferWindow{{PeriodSeconds: 60, Limit: "0"}}, Reason: "r"}, "invalid_transfer_limit"},
		{api.SetCaps{TransferLimits: &[]api.TransferWindow{{PeriodSeconds: 60, Limit: "100", LimitUnits: "0.0001"}}, Reason: "r"}, "invalid_amount"},
		{api.SetCaps{TransferLimits: &[]api.TransferWindow{{PeriodSeconds: 60, LimitUnits: "0.0000001"}}, Reason: "r"}, "decimals_mismatch"},
		{api.SetCaps{CountryCaps: map[string]uint32{"FR": 1}}, "reason_required"},
		{api.SetCaps{Reason: "nothing"}, "nothing_to_change"},
	} {
		_, err := r.officer.SetCaps(r.ctx, asset, bad.p)
		wantAPIError(t, err, 400, bad.code)
	}
	_, err = r.issuer.SetCaps(r.ctx, asset, api.SetCaps{CountryCaps: map[string]uint32{"FR": 1}, Reason: "r"})
	wantAPIError(t, err, 403, "missing_scope")
	if after := r.logLen(); after != before {
		t.Fatalf("refused cap changes logged %d entries", after-before)
	}

	setCaps := func(p api.SetCaps) {
		t.Helper()
		res, err := r.officer.SetCaps(r.ctx, asset, p)
		if err != nil {
			t.Fatal(err)
		}
		if res.Log.Action != "caps.set" || res.Log.Subject != strings.ToLower(r.token.Hex()) {
			t.Fatalf("logged %+v", res.Log)
		}
		for _, tx := range res.Txs {
			if tx.State != "confirmed" && tx.State != "finalized" {
				t.Fatalf("cap write %+v", tx)
			}
		}
	}
	detect := func(from holder, to common.Address, amount int64) uint8 {
		t.Helper()
		out, err := r.eth.CallContract(r.ctx, ethereum.CallMsg{To: &r.token, Data: tokBinding.PackDetectTransferRestriction(from.addr, to, big.NewInt(amount))}, nil)
		if err != nil {
			t.Fatal(err)
		}
		c, err := tokBinding.UnpackDetectTransferRestriction(out)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	// parity: the pre-check, detectTransferRestriction and the
	// transaction agree on code (0: it goes through, and is sent).
	parity := func(name string, from holder, to holder, amount int64, code uint8) {
		t.Helper()
		res := r.check(from.addr, to.addr, amount)
		want := compliance.Restriction(code)
		if code == 0 {
			if !res.Allowed {
				t.Fatalf("%s: pre-check refuses %+v", name, res)
			}
		} else if res.Allowed || res.Code != want.Hex() || res.CodeName != want.Name() {
			t.Fatalf("%s: pre-check %+v, want %s", name, res, want.Hex())
		}
		if got := detect(from, to.addr, amount); got != code {
			t.Fatalf("%s: detectTransferRestriction 0x%02X, want 0x%02X", name, got, code)
		}
		if code == 0 {
			r.transfer(from, to.addr, amount)
			return
		}
		if got := r.onChainCode(from, to.addr, amount); got != code {
			t.Fatalf("%s: the transfer reverts with 0x%02X, want 0x%02X", name, got, code)
		}
		// Sent anyway (no gas estimate), it fails on chain.
		opts := chaintest.Transactor(r.anvil, from.key)
		opts.GasLimit = 300_000
		tx, err := bind.NewBoundContract(r.token, tokBinding.GetABI(), r.eth, r.eth, r.eth).RawTransact(opts, tokBinding.PackTransfer(to.addr, big.NewInt(amount)))
		if err != nil {
			t.Fatal(err)
		}
		rc, err := bind.WaitMined(r.ctx, r.eth, tx.Hash())
		if err != nil || rc.Status != 0 {
			t.Fatalf("%s: the refused transfer was mined with status %d (%v)", name, rc.Status, err)
		}
	}

	r.mint(alice.addr, 1000)
	// 0xA4: one investor from France.
	setCaps(api.SetCaps{CountryCaps: map[string]uint32{"FR": 1}, Reason: "French private placement: one investor"})
	parity("first French investor", alice, carol, 10, 0)
	parity("second French investor", alice, dave, 10, 0xA4)
	// 0xA5: one retail investor.
	setCaps(api.SetCaps{CountryCaps: map[string]uint32{"FR": 0}, CategoryCaps: map[string]uint32{"retail": 1}, Reason: "one retail investor"})
	parity("first retail investor", alice, bob, 10, 0)
	parity("second retail investor", alice, erin, 10, 0xA5)
	// 0xA6: DE 2, FR 1 of 3; dave would be FR's second of 4.
	setCaps(api.SetCaps{CategoryCaps: map[string]uint32{"retail": 0}, MaxCountryShareBPS: ptr(uint16(4_000)), Reason: "no country above 40%"})
	parity("FR at 2 of 4 under 40%", alice, dave, 10, 0xA6)
	setCaps(api.SetCaps{MaxCountryShareBPS: ptr(uint16(5_000)), Reason: "no country above half"})
	parity("FR at 2 of 4 under 50%", alice, dave, 10, 0)
	// 0xA7: 100 base units an hour per investor, given in the token's
	// units (6 decimals).
	setCaps(api.SetCaps{TransferLimits: &[]api.TransferWindow{{PeriodSeconds: 3600, LimitUnits: "0.0001"}}, Reason: "daily liquidity: 100 base units an hour"})
	parity("the hour's limit", alice, bob, 100, 0)
	parity("one unit past it", alice, bob, 1, 0xA7)

	caps, err := r.auditor.Caps(r.ctx, asset)
	if err != nil || !caps.Counting || caps.MaxCountryShareBPS != 5_000 || caps.CategoryCaps["retail"] != 0 ||
		len(caps.TransferLimits) != 1 || caps.TransferLimits[0] != (api.TransferWindow{PeriodSeconds: 3600, Limit: "100", LimitUnits: "0.0001"}) {
		t.Fatalf("caps: %+v, %v", caps, err)
	}

	// The allowance: auditors and issuers read any wallet's, an investor its own.
	al, err := r.issuer.TransferAllowance(r.ctx, asset, alice.addr.Hex())
	if err != nil || len(al.Windows) != 1 || al.Windows[0].Remaining != "0" || al.Windows[0].Limit != "100" ||
		al.Windows[0].LimitUnits != "0.0001" || al.Windows[0].RemainingUnits != "0" || al.Windows[0].ResetsAt == nil ||
		al.Windows[0].ResetsAt.Before(time.Now()) || al.Windows[0].ResetsAt.After(time.Now().Add(time.Hour+time.Minute)) {
		t.Fatalf("alice's allowance: %+v, %v", al, err)
	}
	if al, err = r.auditor.TransferAllowance(r.ctx, asset, carol.addr.Hex()); err != nil || al.Windows[0].Remaining != "100" || al.Windows[0].ResetsAt != nil {
		t.Fatalf("carol's allowance: %+v, %v", al, err)
	}
	_, err = r.approver.TransferAllowance(r.ctx, asset, alice.addr.Hex())
	wantAPIError(t, err, 403, "missing_scope")
	if ws, err := r.svc.TransferAllowances(r.ctx, auth.Wallet(carol.addr.Hex()), r.token, carol.addr); err != nil || len(ws) != 1 {
		t.Fatalf("carol's own allowance: %+v, %v", ws, err)
	}
	if _, err := r.svc.TransferAllowances(r.ctx, auth.Wallet(carol.addr.Hex()), r.token, alice.addr); err == nil {
		t.Fatal("a wallet read another's allowance")
	}
}
