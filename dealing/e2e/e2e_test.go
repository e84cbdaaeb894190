// Package e2e_test runs dealing at NAV end to end, as an issuer, an
// approver, three investors, an appraiser and an auditor would: the real
// platform (internal/app) on its own anvil and a PostgreSQL database, every
// platform action through the Go client, every investor action signed by
// the investor's own wallet.
package e2e_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/bindings/dealing"
	"github.com/tessera-rwa/tessera/bindings/devstablecoin"
	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/internal/app/apptest"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

func TestMain(m *testing.M) { chaintest.Main(m, pgtest.Shutdown) }

var (
	dealABI = dealing.NewDealing()
	coinABI = devstablecoin.NewDevStablecoin()
	feedABI = valuationfeed.NewValuationFeed()
)

// usd is n whole dollars of the 6-decimal dev stablecoin; units n whole
// units of an 18-decimal token.
func usd(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1_000_000)) }
func units(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil))
}

// nav is a NAV per unit with the feed's 8 decimals.
func nav(dollars, cents int64) *big.Int { return big.NewInt(dollars*100_000_000 + cents*1_000_000) }

// unitsFor is the contract's pricing: floor(assets · 10^18 · 10^8 / (nav · 10^6)).
func unitsFor(assets, nav *big.Int) *big.Int {
	n := new(big.Int).Mul(assets, new(big.Int).Exp(big.NewInt(10), big.NewInt(26), nil))
	return n.Quo(n, new(big.Int).Mul(nav, big.NewInt(1_000_000)))
}

// assetsFor is floor(units · nav · 10^6 / (10^18 · 10^8)).
func assetsFor(u, nav *big.Int) *big.Int {
	n := new(big.Int).Mul(u, nav)
	n.Mul(n, big.NewInt(1_000_000))
	return n.Quo(n, new(big.Int).Exp(big.NewInt(10), big.NewInt(26), nil))
}

// journey is the running platform, its clock and the parties.
type journey struct {
	t        *testing.T
	env      *apptest.Env
	offset   atomic.Int64 // how far the platform's and the chain's clocks are ahead of the wall clock
	issuer   *client.Client
	approver *client.Client
	admin    *client.Client
	feeder   *client.Client
	auditor  *client.Client
	dealing  common.Address
	feed     common.Address
	token    common.Address
	coin     common.Address
}

func (j *journey) now() time.Time { return time.Now().Add(time.Duration(j.offset.Load())) }

// advance moves the platform's clock and the chain's by d.
func (j *journey) advance(d time.Duration) {
	j.t.Helper()
	j.offset.Add(int64(d))
	c := j.env.Client.Client()
	if err := c.Call(nil, "evm_setNextBlockTimestamp", hexutil.Uint64(j.now().Unix())); err != nil {
		j.t.Fatal(err)
	}
	if err := c.Call(nil, "evm_mine"); err != nil {
		j.t.Fatal(err)
	}
}

// send signs data to to with key (an investor's own wallet) and waits for
// the receipt; a revert is returned with its data.
func (j *journey) send(key *ecdsa.PrivateKey, to common.Address, data []byte) (*types.Receipt, error) {
	j.t.Helper()
	ctx := context.Background()
	from := crypto.PubkeyToAddress(key.PublicKey)
	if _, err := j.env.Client.CallContract(ctx, ethereum.CallMsg{From: from, To: &to, Data: data}, nil); err != nil {
		return nil, err
	}
	opts := chaintest.Transactor(j.env.Anvil, key)
	tx, err := bind.Transact(bind.NewBoundContract(to, dealABI.GetABI(), j.env.Client, j.env.Client, j.env.Client), opts, data)
	if err != nil {
		return nil, err
	}
	r, err := chain.WaitMined(ctx, j.env.Client, tx.Hash(), 5*time.Millisecond)
	if err == nil && r.Status != types.ReceiptStatusSuccessful {
		err = fmt.Errorf("transaction %s reverted", tx.Hash())
	}
	return r, err
}

func (j *journey) must(key *ecdsa.PrivateKey, to common.Address, data []byte) *types.Receipt {
	j.t.Helper()
	r, err := j.send(key, to, data)
	if err != nil {
		j.t.Fatalf("send from %s: %v", crypto.PubkeyToAddress(key.PublicKey), err)
	}
	return r
}

// refused sends data and wants the contract's custom error named want
// (its selector in the revert data), with nothing sent.
func (j *journey) refused(key *ecdsa.PrivateKey, to common.Address, data []byte, want string) []byte {
	j.t.Helper()
	_, err := j.send(key, to, data)
	var de rpc.DataError
	if !errors.As(err, &de) {
		j.t.Fatalf("%s: want a revert, got %v", want, err)
	}
	raw, _ := hexutil.Decode(fmt.Sprint(de.ErrorData()))
	e, ok := dealABI.GetABI().Errors[want]
	if !ok || len(raw) < 4 || !strings.EqualFold(hexutil.Encode(raw[:4]), hexutil.Encode(e.ID[:4])) {
		j.t.Fatalf("want %s, reverted with %x (%v)", want, raw, err)
	}
	return raw
}

func (j *journey) call(to common.Address, data []byte) []byte {
	j.t.Helper()
	out, err := j.env.Client.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		j.t.Fatal(err)
	}
	return out
}

func (j *journey) u256(to common.Address, data []byte) *big.Int {
	return new(big.Int).SetBytes(j.call(to, data))
}

func (j *journey) coinBalance(w common.Address) *big.Int {
	return j.u256(j.coin, coinABI.PackBalanceOf(w))
}
func (j *journey) unitBalance(w common.Address) *big.Int {
	return j.u256(j.token, coinABI.PackBalanceOf(w))
}

// waitFor polls cond until it holds or a minute passes.
func (j *journey) waitFor(what string, cond func() bool) {
	j.t.Helper()
	deadline := time.Now().Add(time.Minute)
	for !cond() {
		if time.Now().After(deadline) {
			j.t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func wantBig(t *testing.T, what string, got, want *big.Int) {
	t.Helper()
	if got == nil || got.Cmp(want) != 0 {
		t.Fatalf("%s = %v, want %s", what, got, want)
	}
}

// The journey: a treasury fund with an instant facility and a
// dealing calendar; three investors subscribe (one instantly, two by
// request), a wallet without KYC is refused, the cut-off passes, the NAV
// arrives, the book is approved and fulfilled, the investors claim, one
// redeems by request, one cancels, a fat-finger NAV is refused by the feed
// and by the relay, and the audit verifies it all.
func TestDealingJourney(t *testing.T) {
	j := startJourney(t)
	e := j.env
	ctx := context.Background()

	// The issuer onboards a treasury fund that deals at NAV in the
	// stablecoin; an approver verifies it; tokenizing deploys its Dealing.
	a := j.fund("HSTF", "Harbor Short Treasury Fund")

	// An appraiser (the fund administrator) is registered four-eyes and
	// publishes the NAV: $100.00 per unit.
	publish := j.appraiser("HSTF")
	latest := j.latestNAV
	publish(nav(100, 0), j.now())
	j.waitNAV(nav(100, 0))

	// The calendar: every day deals in UTC with the cut-off two minutes
	// ahead; every mode open, a 0.10% instant fee, rate limits.
	cut := j.now().UTC().Add(2 * time.Minute).Truncate(time.Minute)
	cal, err := j.issuer.SetDealingCalendar(ctx, a.ID, api.SetDealingCalendar{TimeZone: "UTC",
		BusinessDays: []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"},
		Cutoff:       cut.Format("15:04"), SettlementLag: 1, NAVTTL: 3600,
		MinDeposit: usd(100).String(), MaxDeposit: usd(1_000_000).String(), MinRedeem: units(1).String(),
		Modes:  []string{"async_deposit", "async_redeem", "instant_subscribe", "instant_redeem", "wire"},
		FeeBps: 10, SubscribeLimit: api.DealingRateLimit{Global: usd(500_000).String(), PerInvestor: usd(100_000).String(), Window: 86400},
	})
	if err != nil {
		t.Fatal(err)
	}
	if cal.Dealing != j.dealing || cal.Feed != j.feed {
		t.Fatalf("calendar bound to %s / %s, want the asset's %s / %s", cal.Dealing, cal.Feed, j.dealing, j.feed)
	}
	cfg, err := dealABI.UnpackConfig(j.call(j.dealing, dealABI.PackConfig()))
	if err != nil || cfg.Modes != 31 || cfg.FeeBps != 10 || cfg.MinDeposit.Cmp(usd(100)) != 0 {
		t.Fatalf("the Dealing contract's config %+v, %v", cfg, err)
	}
	// The next ten dealing days' cut-offs are published on it: a request
	// made now belongs to the first.
	if next, err := dealABI.UnpackNextCutoff(j.call(j.dealing, dealABI.PackNextCutoff())); err != nil || next != uint64(cut.Unix()) {
		t.Fatalf("the Dealing contract's next cut-off %d, %v; want the calendar's %d", next, err, cut.Unix())
	}
	if last, err := dealABI.UnpackLastCutoff(j.call(j.dealing, dealABI.PackLastCutoff())); err != nil || last != uint64(cut.Add(9*24*time.Hour).Unix()) {
		t.Fatalf("the Dealing contract's last cut-off %d, %v; want the tenth day's %d", last, err, cut.Add(9*24*time.Hour).Unix())
	}

	// The issuer's own wallet funds the reserve; the investors get
	// stablecoins.
	funder := e.Funder
	j.must(funder, j.coin, coinABI.PackApprove(j.dealing, usd(200_000)))
	j.must(funder, j.dealing, dealABI.PackFundReserve(usd(200_000)))
	alice, bob, carol := e.Investors[0], e.Investors[1], e.Investors[2]
	for _, k := range e.Investors {
		j.must(funder, j.coin, coinABI.PackTransfer(crypto.PubkeyToAddress(k.PublicKey), usd(50_000)))
		j.must(k, j.coin, coinABI.PackApprove(j.dealing, usd(50_000)))
	}
	aliceW, bobW, carolW := e.Wallets[0], e.Wallets[1], e.Wallets[2]

	// Alice subscribes instantly: $1,000 less a 0.10% fee (rounded up) at
	// $100.00, with her slippage bound met exactly.
	fee := usd(1) // ceil(1,000,000,000 · 10 / 10,000) base units
	want := unitsFor(new(big.Int).Sub(usd(1_000), fee), nav(100, 0))
	j.must(alice, j.dealing, dealABI.PackSubscribe(usd(1_000), want))
	wantBig(t, "alice's units", j.unitBalance(aliceW), want)

	// A wallet without KYC is refused by the token's own check (0x54), and
	// nothing moves.
	stranger, _ := crypto.GenerateKey()
	strangerW := crypto.PubkeyToAddress(stranger.PublicKey)
	if err := e.Client.Client().Call(nil, "anvil_setBalance", strangerW, hexutil.EncodeBig(units(1))); err != nil {
		t.Fatal(err)
	}
	j.must(funder, j.coin, coinABI.PackTransfer(strangerW, usd(5_000)))
	j.must(stranger, j.coin, coinABI.PackApprove(j.dealing, usd(5_000)))
	raw := j.refused(stranger, j.dealing, dealABI.PackRequestDeposit(usd(1_000), strangerW, strangerW), "TransferRestricted")
	if raw[len(raw)-1] != 0x54 {
		t.Fatalf("the stranger is refused with code %#x, want 0x54", raw[len(raw)-1])
	}
	wantBig(t, "the stranger's stablecoins", j.coinBalance(strangerW), usd(5_000))
	// Below the minimum ticket: refused, nothing moves.
	j.refused(bob, j.dealing, dealABI.PackRequestDeposit(usd(99), bobW, bobW), "TicketTooSmall")

	// Bob and Carol subscribe by request, Carol twice: she will cancel one.
	reqID := j.requestID
	bobReq := reqID(j.must(bob, j.dealing, dealABI.PackRequestDeposit(usd(2_000), bobW, bobW)))
	carolReq := reqID(j.must(carol, j.dealing, dealABI.PackRequestDeposit(usd(3_000), carolW, carolW)))
	carolSpare := reqID(j.must(carol, j.dealing, dealABI.PackRequestDeposit(usd(700), carolW, carolW)))
	j.waitFor("three pending requests indexed", func() bool {
		n := 0
		for r, err := range j.auditor.DealingRequests(ctx, a.ID, "pending", "", 10) {
			if err != nil {
				t.Fatal(err)
			}
			_ = r
			n++
		}
		return n == 3
	})
	// Carol cancels her spare request before the cut-off and claims her
	// $700 back; cancelling it again is refused.
	before := j.coinBalance(carolW)
	j.must(carol, j.dealing, dealABI.PackCancelDepositRequest(carolSpare, carolW))
	j.must(carol, j.dealing, dealABI.PackClaimCancelDepositRequest(carolSpare, carolW, carolW))
	wantBig(t, "carol's refund", new(big.Int).Sub(j.coinBalance(carolW), before), usd(700))
	j.refused(carol, j.dealing, dealABI.PackCancelDepositRequest(carolSpare, carolW), "NotPending")

	// The cut-off passes; the day's NAV ($101.00, observed after it)
	// arrives through the relay; the job prices the book and waits for an
	// approver.
	j.advance(cut.Sub(j.now()) + 30*time.Second)
	// From the cut-off on, the day's requests can no longer be cancelled.
	raw = j.refused(bob, j.dealing, dealABI.PackCancelDepositRequest(bobReq, bobW), "CutoffPassed")
	if got := new(big.Int).SetBytes(raw[36:68]); got.Int64() != cut.Unix() {
		t.Fatalf("CutoffPassed names cut-off %s, want %d", got, cut.Unix())
	}
	publish(nav(101, 0), j.now())
	j.waitFor("the day's NAV on chain", func() bool { _, ans := latest(); return ans != nil && ans.Cmp(nav(101, 0)) == 0 })
	var book api.DealingBook
	j.waitFor("the day's book priced", func() bool {
		for b, err := range j.auditor.DealingBooks(ctx, a.ID, 5) {
			if err != nil {
				t.Fatal(err)
			}
			if b.State == "priced" {
				book = b
				return true
			}
		}
		return false
	})
	if book, err = j.auditor.DealingBook(ctx, book.ID); err != nil {
		t.Fatal(err)
	}
	wantLines := map[string]*big.Int{bobReq.String(): unitsFor(usd(2_000), nav(101, 0)), carolReq.String(): unitsFor(usd(3_000), nav(101, 0))}
	if len(book.Lines) != 2 {
		t.Fatalf("book lines %+v", book.Lines)
	}
	for _, l := range book.Lines {
		r, _ := new(big.Int).SetString(l.Result, 10)
		wantBig(t, "book line "+l.RequestID, r, wantLines[l.RequestID])
	}
	// The issuer cannot approve the day's book; the approver does.
	if _, err := j.issuer.ApproveDealingBook(ctx, book.ID, ""); err == nil {
		t.Fatal("an issuer key approved a dealing book")
	}
	if _, err := j.approver.ApproveDealingBook(ctx, book.ID, "NAV checked against the administrator's pack"); err != nil {
		t.Fatal(err)
	}
	j.waitFor("the book fulfilled", func() bool {
		b, err := j.auditor.DealingBook(ctx, book.ID)
		return err == nil && b.State == "fulfilled"
	})

	// Bob and Carol claim their units.
	for _, p := range []struct {
		key    *ecdsa.PrivateKey
		wallet common.Address
		id     *big.Int
	}{{bob, bobW, bobReq}, {carol, carolW, carolReq}} {
		claimable := j.u256(j.dealing, dealABI.PackMaxDeposit(p.wallet))
		j.must(p.key, j.dealing, dealABI.PackDeposit(claimable, p.wallet, p.wallet))
		wantBig(t, "units claimed by "+p.wallet.Hex(), j.unitBalance(p.wallet), wantLines[p.id.String()])
	}
	// Claiming more is refused.
	j.refused(bob, j.dealing, dealABI.PackDeposit(big.NewInt(1), bobW, bobW), "ExceedsClaimable")

	// Bob redeems 10 units by request; the next day's cut-off passes at a
	// NAV of $101.50; an approver approves; Bob claims his payment.
	bobRedeem := reqID(j.must(bob, j.dealing, dealABI.PackRequestRedeem(units(10), bobW, bobW)))
	next := cut.Add(24 * time.Hour)
	j.advance(next.Sub(j.now()) + 30*time.Second)
	publish(nav(101, 50), j.now())
	j.waitFor("the second day's NAV on chain", func() bool { _, ans := latest(); return ans != nil && ans.Cmp(nav(101, 50)) == 0 })
	var book2 api.DealingBook
	j.waitFor("the second day's book priced", func() bool {
		for b, err := range j.auditor.DealingBooks(ctx, a.ID, 5) {
			if err == nil && b.State == "priced" && b.ID != book.ID {
				book2 = b
				return true
			}
		}
		return false
	})
	if _, err := j.approver.ApproveDealingBook(ctx, book2.ID, ""); err != nil {
		t.Fatal(err)
	}
	j.waitFor("the redemption fulfilled", func() bool {
		b, err := j.auditor.DealingBook(ctx, book2.ID)
		return err == nil && b.State == "fulfilled"
	})
	owed := assetsFor(units(10), nav(101, 50))
	wantBig(t, "bob's claimable payment", j.u256(j.dealing, dealABI.PackMaxWithdraw(bobW)), owed)
	before = j.coinBalance(bobW)
	j.must(bob, j.dealing, dealABI.PackRedeem(units(10), bobW, bobW))
	wantBig(t, "bob's redemption paid", new(big.Int).Sub(j.coinBalance(bobW), before), owed)
	j.waitFor("bob's redemption indexed as claimed", func() bool {
		for r, err := range j.auditor.DealingRequests(ctx, a.ID, "", bobW.Hex(), 10) {
			if err != nil {
				t.Fatal(err)
			}
			if r.ID == bobRedeem.String() {
				return r.State == "claimed"
			}
		}
		return false
	})

	// A fat-finger NAV ($1,015.00, ten times the last) is refused by the
	// feed's guard and the relay does not sign it: it raises an alert.
	round, _ := latest()
	j.advance(time.Minute)
	_, err = e.Client.CallContract(ctx, ethereum.CallMsg{From: crypto.PubkeyToAddress(e.Signer.PublicKey), To: &j.feed,
		Data: feedABI.PackTransmit(nav(1_015, 0), uint64(j.now().Unix()-1))}, nil)
	var de rpc.DataError
	tooLarge := feedABI.GetABI().Errors["ChangeTooLarge"].ID
	if !errors.As(err, &de) || !strings.HasPrefix(fmt.Sprint(de.ErrorData()), hexutil.Encode(tooLarge[:4])) {
		t.Fatalf("the feed's answer to a tenfold NAV from its transmitter: %v, want ChangeTooLarge", err)
	}
	publish(nav(1_015, 0), j.now())
	j.waitFor("the relay's alert", func() bool {
		for al, err := range j.auditor.OracleAlerts(ctx, "HSTF", 5) {
			if err == nil && al.Reason == "change_too_large" {
				return true
			}
		}
		return false
	})
	if r, ans := latest(); r.Cmp(round) != 0 || ans.Cmp(nav(101, 50)) != 0 {
		t.Fatalf("the feed moved to round %s (%s) after a refused NAV", r, ans)
	}

	// The audit verifies the fund on chain, dealing included.
	rep, err := j.auditor.AuditReport(ctx, a.ID, "latest")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, c := range rep.Checks {
		seen[c.ID] = c.Status
		if c.Status == "fail" {
			t.Errorf("audit check %s failed: %s %v", c.ID, c.Summary, c.Findings)
		}
	}
	if len(rep.Checks) < 5 {
		t.Fatalf("audit report with %d checks", len(rep.Checks))
	}
	for _, name := range []string{"dealing-fulfilment", "dealing-mints", "dealing-balances"} {
		if seen[name] != "pass" {
			t.Errorf("audit check %s: %q, want pass", name, seen[name])
		}
	}
}
