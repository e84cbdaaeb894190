package e2e_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/bindings/assettoken"
)

var unitsABI = assettoken.NewAssetToken()

// No request is ever stuck: a day no NAV round can price any more (the
// relay was down past the NAV time-to-live) is declared void on chain by
// the dealing job with the contract's own proof, and a day whose book an
// approver rejects is declared void by the fulfiller; the investors then
// cancel their requests with the calls the platform prepares and take
// their payment and units back. A batch whose transactions all fail (an
// empty reserve) waits as failed, with its error, until an operator
// fixes the cause and retries it.
func TestDealingDayEscapes(t *testing.T) {
	j := startJourney(t)
	e := j.env
	ctx := context.Background()
	a := j.fund("ESC", "Escape Treasury Fund")
	publish := j.appraiser("ESC")
	publish(nav(100, 0), j.now())
	j.waitNAV(nav(100, 0))
	cut := j.now().UTC().Add(2 * time.Minute).Truncate(time.Minute)
	const ttl = 3600
	if _, err := j.issuer.SetDealingCalendar(ctx, a.ID, api.SetDealingCalendar{TimeZone: "UTC",
		BusinessDays: []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"},
		Cutoff:       cut.Format("15:04"), SettlementLag: 1, NAVTTL: ttl,
		MinDeposit: usd(100).String(), MinRedeem: units(1).String(), Modes: []string{"async_deposit", "async_redeem"},
	}); err != nil {
		t.Fatal(err)
	}
	alice, bob := e.Investors[0], e.Investors[1]
	aliceW, bobW := e.Wallets[0], e.Wallets[1]
	j.must(e.Funder, j.coin, coinABI.PackTransfer(aliceW, usd(10_000)))
	j.must(alice, j.coin, coinABI.PackApprove(j.dealing, usd(10_000)))
	// Bob holds 500 units, minted four-eyes: no payment is in the reserve for them.
	m, err := j.issuer.RequestMint(ctx, a.ID, api.NewRequest{Wallet: bobW.Hex(), AmountUnits: "500", Reason: "in-kind subscription"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := j.approver.ApproveRequest(ctx, m.ID, "in-kind transfer received"); err != nil {
		t.Fatal(err)
	}
	j.waitFor("bob's units", func() bool { return j.unitBalance(bobW).Cmp(units(500)) == 0 })

	reqID := func(r *types.Receipt) string { return j.requestID(r).String() }
	// cancel has the investor cancel a request with the prepared calls.
	cancel := func(who *ecdsa.PrivateKey, wallet common.Address, id string) {
		t.Helper()
		calls, err := j.auditor.PrepareDealingCalls(ctx, a.ID, api.PrepareDealingCalls{Action: "cancel", Wallet: wallet.Hex(), RequestID: id})
		if err != nil {
			t.Fatalf("prepare the cancel of request %s: %v", id, err)
		}
		for _, c := range calls.Calls {
			data, _ := hexutil.Decode(c.Data)
			j.must(who, c.To, data)
		}
	}
	book := func(cutoff time.Time, state string) api.DealingBook {
		t.Helper()
		var out api.DealingBook
		j.waitFor("the book at "+cutoff.Format(time.RFC3339)+" "+state, func() bool {
			for b, err := range j.auditor.DealingBooks(ctx, a.ID, 10) {
				if err == nil && b.Cutoff.Equal(cutoff) && b.State == state {
					out, err = j.auditor.DealingBook(ctx, b.ID)
					return err == nil
				}
			}
			return false
		})
		return out
	}

	// Day 1: Alice subscribes $1,000 and Bob redeems 10 units; the relay
	// then stays silent past the NAV time-to-live.
	aliceCoin := j.coinBalance(aliceW)
	dep := reqID(j.must(alice, j.dealing, dealABI.PackRequestDeposit(usd(1_000), aliceW, aliceW)))
	red := reqID(j.must(bob, j.dealing, dealABI.PackRequestRedeem(units(10), bobW, bobW)))
	j.advance(cut.Sub(j.now()) + time.Minute)
	open := book(cut, "open")
	if open.Round != nil {
		t.Fatalf("an open book with a round: %+v", open.Round)
	}
	// Within the time-to-live nothing is void: the round may still come.
	if _, err := j.auditor.PrepareDealingCalls(ctx, a.ID, api.PrepareDealingCalls{Action: "cancel", Wallet: aliceW.Hex(), RequestID: dep}); err == nil {
		t.Fatal("a request was cancellable after its cut-off")
	} else {
		wantCode(t, "cancel after the cut-off", err, "cutoff_passed")
	}
	j.advance(ttl * time.Second)
	void := book(cut, "void")
	if void.Policy != "no_nav" || void.DecidedBy != "system:dealing-auto" || !strings.Contains(void.DecisionNote, "time-to-live") {
		t.Fatalf("the void book: %+v", void)
	}
	if d, err := dealABI.UnpackDay(j.call(j.dealing, dealABI.PackDay(uint64(cut.Unix())))); err != nil || d.RoundId.BitLen() != 80 || d.NavTTL != ttl {
		t.Fatalf("the day on chain: %+v, %v; want void, with the published time-to-live %d", d, err, ttl)
	}
	j.waitFor("the requests' day seen void", func() bool { return j.request(a.ID, dep).DayVoid && j.request(a.ID, red).DayVoid })
	cancel(alice, aliceW, dep)
	cancel(bob, bobW, red)
	wantBig(t, "alice's payment back", j.coinBalance(aliceW), aliceCoin)
	wantBig(t, "bob's units, unlocked", new(big.Int).Sub(j.unitBalance(bobW), j.u256(j.token, unitsABI.PackGetFrozenTokens(bobW))), units(500))

	// Day 2: priced, and the approver rejects the book (the NAV is not the
	// administrator's): the day is declared void on chain, Alice cancels.
	cut2 := cut.Add(24 * time.Hour)
	dep2 := reqID(j.must(alice, j.dealing, dealABI.PackRequestDeposit(usd(2_000), aliceW, aliceW)))
	j.advance(cut2.Sub(j.now()) + time.Minute)
	publish(nav(100, 50), j.now().Add(-30*time.Second))
	priced := book(cut2, "priced")
	if _, err := j.approver.RejectDealingBook(ctx, priced.ID, "the NAV differs from the administrator's pack"); err != nil {
		t.Fatal(err)
	}
	void = book(cut2, "void")
	if void.DecisionNote != "the NAV differs from the administrator's pack" || void.Policy != "" || void.Round == nil ||
		void.DecidedBy == "" || void.DecidedBy == priced.RequestedBy {
		t.Fatalf("the rejected book voided: %+v", void)
	}
	j.waitFor("day 2 seen void", func() bool { return j.request(a.ID, dep2).DayVoid })
	cancel(alice, aliceW, dep2)
	wantBig(t, "alice's payment back on day 2", j.coinBalance(aliceW), aliceCoin)

	// Day 3: Bob redeems 300 units ($30,150) and the reserve is empty: the
	// batch fails its three attempts and waits, with the contract's reason.
	cut3 := cut2.Add(24 * time.Hour)
	red3 := reqID(j.must(bob, j.dealing, dealABI.PackRequestRedeem(units(300), bobW, bobW)))
	j.advance(cut3.Sub(j.now()) + time.Minute)
	publish(nav(100, 50), j.now().Add(-30*time.Second))
	priced = book(cut3, "priced")
	if _, err := j.approver.ApproveDealingBook(ctx, priced.ID, ""); err != nil {
		t.Fatal(err)
	}
	var failed api.DealingBook
	j.waitFor("the batch failed", func() bool {
		b, err := j.auditor.DealingBook(ctx, priced.ID)
		failed = b
		return err == nil && len(b.Batches) == 1 && b.Batches[0].State == "failed"
	})
	if !strings.Contains(failed.Batches[0].Error, "InsufficientReserve") || failed.State != "fulfilling" {
		t.Fatalf("the failed batch: %+v in a %s book", failed.Batches[0], failed.State)
	}
	if _, err := j.auditor.RetryDealingBatch(ctx, priced.ID, 0); err == nil {
		t.Fatal("an auditor retried a batch")
	} else {
		wantCode(t, "an auditor's retry", err, "missing_scope")
	}
	if _, err := j.issuer.RetryDealingBatch(ctx, priced.ID, 1); err == nil {
		t.Fatal("a batch that does not exist was retried")
	}
	// The issuer funds the reserve, then retries: the batch goes through.
	owed := assetsFor(units(300), nav(100, 50))
	j.must(e.Funder, j.coin, coinABI.PackApprove(j.dealing, owed))
	j.must(e.Funder, j.dealing, dealABI.PackFundReserve(owed))
	retried, err := j.issuer.RetryDealingBatch(ctx, priced.ID, 0)
	if err != nil || retried.Batches[0].Retries != 1 || retried.Batches[0].State != "pending" || retried.Batches[0].Error != "" {
		t.Fatalf("retry: %+v, %v", retried.Batches, err)
	}
	if _, err := j.issuer.RetryDealingBatch(ctx, priced.ID, 0); err == nil {
		t.Fatal("a batch that did not fail was retried")
	} else {
		wantCode(t, "retrying a pending batch", err, "batch_not_failed")
	}
	done := book(cut3, "fulfilled")
	if !strings.HasSuffix(done.Batches[0].TxKey, "/retry1") {
		t.Fatalf("the retried batch was sent under %q", done.Batches[0].TxKey)
	}
	if r := j.request(a.ID, red3); r.State != "fulfilled" || r.Result != owed.String() {
		t.Fatalf("bob's redeem after the retry: %+v, want %s paid", r, owed)
	}
}
