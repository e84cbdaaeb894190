package e2e_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/client"
)

// wantCode fails unless err is the API's refusal with code.
func wantCode(t *testing.T, what string, err error, code string) {
	t.Helper()
	var e *client.Error
	if !errors.As(err, &e) || e.Code != code {
		t.Fatalf("%s: %v, want %s", what, err, code)
	}
}

// The transfer agent's wire flow: a subscription paid by wire stays out
// of the books until an issuer key records the bank's reference and an
// independent approver approves it (the platform signer then confirms the
// payment on chain with the reference's hash); a redemption paid out by
// wire is priced, and its locked units are burned once its payout is
// confirmed the same way. Every refusal has its code; the holdings show
// what is in flight.
func TestWireDealing(t *testing.T) {
	j := startJourney(t)
	e := j.env
	ctx := context.Background()
	// The transfer agent's desk holds a key that may both record and
	// decide: it never decides its own confirmations; nor does another key
	// of the issuer's owner.
	desk := j.key("ta-desk", "ta@fund.example", apikey.Issuer, apikey.Approver)
	sameOwner := j.key("ta-approver", "ta@fund.example", apikey.Approver)

	a := j.fund("HWF", "Harbor Wire Fund")
	publishAt := j.appraiser("HWF")
	publish := func(value *big.Int) {
		t.Helper()
		publishAt(value, j.now())
		j.waitNAV(value)
	}
	publish(nav(100, 0))
	cut := j.now().UTC().Add(2 * time.Minute).Truncate(time.Minute)
	if _, err := j.issuer.SetDealingCalendar(ctx, a.ID, api.SetDealingCalendar{TimeZone: "UTC",
		BusinessDays: []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"},
		Cutoff:       cut.Format("15:04"), SettlementLag: 1, NAVTTL: 3600,
		MinDeposit: usd(100).String(), MinRedeem: units(1).String(),
		Modes: []string{"async_deposit", "async_redeem", "instant_subscribe", "wire"},
	}); err != nil {
		t.Fatal(err)
	}

	alice, bob := e.Investors[0], e.Investors[1]
	aliceW, bobW := e.Wallets[0], e.Wallets[1]
	j.must(e.Funder, j.coin, coinABI.PackTransfer(bobW, usd(10_000)))
	j.must(bob, j.coin, coinABI.PackApprove(j.dealing, usd(10_000)))
	// Bob holds units: an instant subscription.
	j.must(bob, j.dealing, dealABI.PackSubscribe(usd(2_000), big.NewInt(0)))
	bobUnits := j.unitBalance(bobW)

	reqID := func(r *types.Receipt) string { return j.requestID(r).String() }
	// Alice subscribes $5,000 by wire with the calls the platform prepares:
	// one call, no approve, carrying the hash of her payment reference.
	calls, err := j.approver.PrepareDealingCalls(ctx, a.ID, api.PrepareDealingCalls{Action: "request_deposit_wire",
		Wallet: aliceW.Hex(), Amount: usd(5_000).String(), Reference: "ALICE-SUB-1"})
	if err != nil {
		t.Fatal(err)
	}
	wantData := dealABI.PackRequestDepositWire(usd(5_000), aliceW, aliceW, crypto.Keccak256Hash([]byte("ALICE-SUB-1")))
	if len(calls.Calls) != 1 || calls.Calls[0].Data != hexutil.Encode(wantData) || calls.Day == nil {
		t.Fatalf("prepared wire deposit: %+v", calls)
	}
	if _, err := j.approver.PrepareDealingCalls(ctx, a.ID, api.PrepareDealingCalls{Action: "request_deposit_wire",
		Wallet: aliceW.Hex(), Amount: usd(5_000).String()}); err == nil {
		t.Fatal("a wire deposit was prepared without a reference")
	} else {
		wantCode(t, "prepare without a reference", err, "reference_required")
	}
	aliceSub := reqID(j.must(alice, j.dealing, wantData))
	// Bob redeems 5 units by wire, and subscribes $1,000 on chain.
	calls, err = j.approver.PrepareDealingCalls(ctx, a.ID, api.PrepareDealingCalls{Action: "request_redeem_wire",
		Wallet: bobW.Hex(), Amount: units(5).String(), Reference: "BOB-RED-1"})
	if err != nil {
		t.Fatal(err)
	}
	data, _ := hexutil.Decode(calls.Calls[0].Data)
	bobRed := reqID(j.must(bob, j.dealing, data))
	bobSub := reqID(j.must(bob, j.dealing, dealABI.PackRequestDeposit(usd(1_000), bobW, bobW)))
	j.waitFor("three requests indexed", func() bool {
		n := 0
		for _, err := range j.auditor.DealingRequests(ctx, a.ID, "pending", "", 10) {
			if err != nil {
				t.Fatal(err)
			}
			n++
		}
		return n == 3
	})

	// The holdings and the cap table show what is in flight: Bob's 5
	// units locked and his $1,000 escrowed; nothing for a holder at rest.
	hs, err := j.auditor.Holdings(ctx, bobW)
	if err != nil || len(hs) != 1 || hs[0].PendingRedeemBase != units(5).String() || hs[0].PendingSubscriptionPayment != usd(1_000).String() ||
		hs[0].ClaimableBase != "0" || hs[0].ClaimablePayment != "0" {
		t.Fatalf("bob's holdings: %+v, %v", hs, err)
	}
	hs, err = j.auditor.Holdings(ctx, aliceW)
	if err != nil || len(hs) != 1 || hs[0].Amount != "0" || hs[0].PendingSubscriptionPayment != usd(5_000).String() {
		t.Fatalf("alice's holdings (a wire subscription, no unit yet): %+v, %v", hs, err)
	}
	ct, err := j.auditor.CapTable(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range ct.Holders {
		switch {
		case len(h.Wallets) == 1 && h.Wallets[0] == bobW:
			if h.PendingRedeemBase != units(5).String() || h.PendingSubscriptionPayment != usd(1_000).String() {
				t.Errorf("bob's cap table line: %+v", h)
			}
		case len(h.Wallets) == 1 && h.Wallets[0] == aliceW:
			if h.Amount != "0" || h.PendingSubscriptionPayment != usd(5_000).String() || h.PendingRedeemBase != "0" {
				t.Errorf("alice's cap table line: %+v", h)
			}
		default:
			if h.PendingRedeemBase != "0" || h.PendingSubscriptionPayment != "0" || h.ClaimableBase != "0" || h.ClaimablePayment != "0" {
				t.Errorf("a holder at rest with something in flight: %+v", h)
			}
		}
	}

	// Refusals, each with its code; nothing is recorded.
	for _, c := range []struct {
		what      string
		payout    bool
		id, ref   string
		code      string
		forbidden bool
	}{
		{"an unknown request", false, "999", "REF-X", "request_not_found", false},
		{"a request paid on chain", false, bobSub, "REF-X", "not_wire", false},
		{"a payout for a subscription", true, aliceSub, "REF-X", "wrong_kind", false},
		{"a payment for a redemption", false, bobRed, "REF-X", "wrong_kind", false},
		{"a payout before the redemption is priced", true, bobRed, "REF-X", "not_fulfilled", false},
		{"no reference", false, aliceSub, "  ", "reference_required", false},
		{"a reference too long", false, aliceSub, strings.Repeat("R", 141), "reference_too_long", false},
	} {
		var err error
		if c.payout {
			_, err = j.issuer.ConfirmWirePayout(ctx, a.ID, c.id, c.ref)
		} else {
			_, err = j.issuer.ConfirmWirePayment(ctx, a.ID, c.id, c.ref)
		}
		wantCode(t, c.what, err, c.code)
	}
	if _, err := j.approver.ConfirmWirePayment(ctx, a.ID, aliceSub, "REF-X"); err == nil {
		t.Fatal("an approver-only key recorded a wire confirmation")
	}

	// The cut-off passes at a NAV of $100.50: the book leaves Alice's
	// unpaid wire subscription out, and the chain would refuse it
	// (NotPaid); Bob's requests are fulfilled.
	j.advance(cut.Sub(j.now()) + 30*time.Second)
	publish(nav(100, 50))
	book := j.approveNextBook(a.ID, 0)
	if len(book.Lines) != 2 || len(book.Refused) != 1 || book.Refused[0].RequestID != aliceSub || book.Refused[0].Reason != "unpaid_wire" {
		t.Fatalf("the first book: lines %+v, refused %+v", book.Lines, book.Refused)
	}
	id, _ := new(big.Int).SetString(aliceSub, 10)
	signer := crypto.PubkeyToAddress(e.Signer.PublicKey)
	_, err = e.Client.CallContract(ctx, ethereum.CallMsg{From: signer, To: &j.dealing,
		Data: dealABI.PackFulfil(uint64(cut.Unix()), roundOf(t, book), []*big.Int{id})}, nil)
	var de rpc.DataError
	notPaid := dealABI.GetABI().Errors["NotPaid"].ID
	if !errors.As(err, &de) || !strings.HasPrefix(fmt.Sprint(de.ErrorData()), hexutil.Encode(notPaid[:4])) {
		t.Fatalf("fulfilling the unpaid wire subscription: %v, want NotPaid", err)
	}
	j.waitFor("bob's redemption priced", func() bool { return j.request(a.ID, bobRed).State == "fulfilled" })
	if got := j.unitBalance(bobW); got.Cmp(bobUnits) != 0 {
		t.Fatalf("a wire redemption's units left before its payout: %s, had %s", got, bobUnits)
	}

	// The desk records Alice's payment with the bank's reference; a second
	// one for the request, and the same reference for another request, are
	// refused.
	pay, err := desk.ConfirmWirePayment(ctx, a.ID, aliceSub, "  BANK-2026-0001 ")
	if err != nil {
		t.Fatal(err)
	}
	if pay.State != "pending" || pay.Reference != "BANK-2026-0001" || pay.RefHash != crypto.Keccak256Hash([]byte("BANK-2026-0001")) || pay.Kind != "payment" {
		t.Fatalf("recorded: %+v", pay)
	}
	_, err = j.issuer.ConfirmWirePayment(ctx, a.ID, aliceSub, "BANK-2026-0009")
	wantCode(t, "a second confirmation", err, "already_confirmed")
	_, err = j.issuer.ConfirmWirePayout(ctx, a.ID, bobRed, "BANK-2026-0001")
	wantCode(t, "a reused reference", err, "reference_reused")
	// Four eyes: not the desk's own key, not its issuer's other key, not
	// an issuer key; the approver approves and the chain records it.
	_, err = desk.ApproveWireConfirmation(ctx, pay.ID, "")
	wantCode(t, "the desk approving its own confirmation", err, "self_approval")
	if _, err := j.issuer.ApproveWireConfirmation(ctx, pay.ID, ""); err == nil {
		t.Fatal("an issuer key approved a wire confirmation")
	}
	_, err = sameOwner.ApproveWireConfirmation(ctx, pay.ID, "")
	wantCode(t, "another key of the desk's owner approving", err, "self_approval")
	if pay, err = j.approver.ApproveWireConfirmation(ctx, pay.ID, "statement line matched"); err != nil {
		t.Fatal(err)
	}
	_, err = j.approver.RejectWireConfirmation(ctx, pay.ID, "too late")
	wantCode(t, "rejecting a decided confirmation", err, "already_decided")
	pays := j.confirmations(a.ID)
	pay = pays[pay.ID]
	if pay.State != "confirmed" || pay.TxHash == nil || pay.TxKey != fmt.Sprintf("dealing:%s:%s:payment:%s", e.ChainID, j.dealing.Hex(), aliceSub) {
		t.Fatalf("after approval: %+v", pay)
	}
	rec, err := e.Client.TransactionReceipt(ctx, *pay.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	var seen bool
	for _, l := range rec.Logs {
		if ev, err := dealABI.UnpackPaymentConfirmedEvent(l); err == nil && ev.RequestId.Cmp(id) == 0 {
			seen = common.Hash(ev.Ref) == pay.RefHash
		}
	}
	if !seen {
		t.Fatalf("no PaymentConfirmed(%s, %s) in %s", aliceSub, pay.RefHash, pay.TxHash)
	}
	j.waitFor("alice's payment indexed", func() bool {
		r := j.request(a.ID, aliceSub)
		return r.Paid && r.WireReference == "BANK-2026-0001" && r.ConfirmedRef != nil && *r.ConfirmedRef == pay.RefHash
	})
	_, err = j.issuer.ConfirmWirePayment(ctx, a.ID, aliceSub, "BANK-2026-0010")
	wantCode(t, "confirming a paid request", err, "already_confirmed")

	// The next day the book fulfils Alice's subscription; her units are
	// claimable, as her holdings show.
	next := cut.Add(24 * time.Hour)
	j.advance(next.Sub(j.now()) + 30*time.Second)
	publish(nav(101, 0))
	book2 := j.approveNextBook(a.ID, book.ID)
	if len(book2.Lines) != 1 || book2.Lines[0].RequestID != aliceSub {
		t.Fatalf("the second book: %+v", book2.Lines)
	}
	wantBig(t, "alice's claimable payment", j.u256(j.dealing, dealABI.PackMaxDeposit(aliceW)), usd(5_000))
	j.waitFor("alice's claimable units in her holdings", func() bool {
		hs, err := j.auditor.Holdings(ctx, aliceW)
		return err == nil && len(hs) == 1 && hs[0].ClaimableBase == unitsFor(usd(5_000), nav(101, 0)).String() && hs[0].PendingSubscriptionPayment == "0"
	})

	// Bob's payout: a rejection needs a note; rejected, it may be recorded
	// again; approved, the locked units are burned.
	po, err := j.issuer.ConfirmWirePayout(ctx, a.ID, bobRed, "BANK-2026-0002")
	if err != nil {
		t.Fatal(err)
	}
	_, err = j.approver.RejectWireConfirmation(ctx, po.ID, "")
	wantCode(t, "a rejection without a note", err, "note_required")
	if po, err = j.approver.RejectWireConfirmation(ctx, po.ID, "the amount on the statement differs"); err != nil || po.State != "rejected" {
		t.Fatalf("reject: %+v, %v", po, err)
	}
	if po, err = j.issuer.ConfirmWirePayout(ctx, a.ID, bobRed, "BANK-2026-0002"); err != nil {
		t.Fatal(err)
	}
	if po, err = j.approver.ApproveWireConfirmation(ctx, po.ID, "paid from the redemption account"); err != nil || po.State != "confirmed" {
		t.Fatalf("approve the payout: %+v, %v", po, err)
	}
	wantBig(t, "bob's units after the payout", j.unitBalance(bobW), new(big.Int).Sub(bobUnits, units(5)))
	j.waitFor("bob's wire redemption claimed", func() bool {
		r := j.request(a.ID, bobRed)
		return r.State == "claimed" && r.WireReference == "BANK-2026-0002"
	})
	hs, err = j.auditor.Holdings(ctx, bobW)
	if err != nil || len(hs) != 1 || hs[0].PendingRedeemBase != "0" {
		t.Fatalf("bob's holdings after the payout: %+v, %v", hs, err)
	}
	// The cap table's recorded supply counts what the Dealing contract
	// minted (Bob's instant subscription; the claimable units are not
	// minted yet) and burned (his wire redemption, at its payout): it
	// reconciles with the chain.
	j.waitFor("the cap table reconciled", func() bool {
		ct, err = j.auditor.CapTable(ctx, a.ID)
		return err == nil && ct.Reconciled
	})
	if ct.DealtMinted != bobUnits.String() || ct.DealtBurned != units(5).String() || ct.RecordedMinted != "0" ||
		ct.RecordedSupply != new(big.Int).Sub(bobUnits, units(5)).String() {
		t.Fatalf("the cap table's supply: %+v", ct)
	}
}

// approveNextBook waits for the asset's next priced book (not after),
// approves it and waits for it to be fulfilled.
func (j *journey) approveNextBook(asset string, after int64) api.DealingBook {
	j.t.Helper()
	ctx := context.Background()
	var book api.DealingBook
	j.waitFor("a book priced", func() bool {
		for b, err := range j.auditor.DealingBooks(ctx, asset, 5) {
			if err == nil && b.State == "priced" && b.ID != after {
				book = b
				return true
			}
		}
		return false
	})
	if _, err := j.approver.ApproveDealingBook(ctx, book.ID, ""); err != nil {
		j.t.Fatal(err)
	}
	j.waitFor("the book fulfilled", func() bool {
		b, err := j.auditor.DealingBook(ctx, book.ID)
		book = b
		return err == nil && b.State == "fulfilled"
	})
	return book
}

// request reads one indexed request.
func (j *journey) request(asset, id string) api.DealingRequest {
	j.t.Helper()
	for r, err := range j.auditor.DealingRequests(context.Background(), asset, "", "", 50) {
		if err != nil {
			j.t.Fatal(err)
		}
		if r.ID == id {
			return r
		}
	}
	return api.DealingRequest{}
}

// confirmations reads an asset's wire confirmations by id.
func (j *journey) confirmations(asset string) map[int64]api.WireConfirmation {
	j.t.Helper()
	out := map[int64]api.WireConfirmation{}
	for c, err := range j.auditor.WireConfirmations(context.Background(), asset, 10) {
		if err != nil {
			j.t.Fatal(err)
		}
		out[c.ID] = c
	}
	return out
}

func roundOf(t *testing.T, b api.DealingBook) *big.Int {
	t.Helper()
	if b.Round == nil {
		t.Fatalf("book %d has no round", b.ID)
	}
	r, ok := new(big.Int).SetString(b.Round.ID, 10)
	if !ok {
		t.Fatalf("book %d's round %q", b.ID, b.Round.ID)
	}
	return r
}
