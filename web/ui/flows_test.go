package ui_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/bindings/devstablecoin"
	"github.com/tessera-rwa/tessera/issuance"
)

// An investor signs in with the wallet, sees holdings equal to balanceOf,
// the valuation chart with every round, and claims a payout with the
// wallet.
func TestBrowserInvestorPortal(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	answers := []int64{100_000_000, 101_250_000, 100_500_000, 102_000_000}
	a := e.seedHolding(t, "TBIL", []string{"1500.25", "500"}, answers)
	e.seedHolding(t, "TBL2", []string{"10"}, []int64{250_000_000}) // 10 units at 2.50 USD
	e.fundTreasury(t, *a.Token, big.NewInt(2_000_000))
	d, err := e.svc.Distribute(ctx, seedIssuer, a.ID, issuance.NewDistribution{PaymentToken: e.suite.Stablecoin.Address.Hex(), Total: "2000000", Snapshot: "latest"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.svc.ApproveDistribution(ctx, seedApprover, d.ID, ""); err != nil {
		t.Fatal(err)
	}
	e.waitIndexed(t)
	proof, err := e.svc.ProofFor(ctx, d.ID, e.wallets[0])
	if err != nil {
		t.Fatal(err)
	}

	w := &testWallet{key: e.investors[0], client: e.c, chainID: e.a.ChainID}
	tab := newTab(t, w)
	var loc string
	run(t, tab, "sign in",
		chromedp.Navigate(e.srv.URL()+"/"),
		chromedp.WaitVisible("#siwe", chromedp.ByQuery),
	)
	shot(t, tab, "signin")
	run(t, tab, "sign in with the wallet",
		chromedp.Click("#siwe", chromedp.ByQuery),
		chromedp.WaitVisible(".holding", chromedp.ByQuery),
		chromedp.Location(&loc),
	)
	if !strings.HasSuffix(loc, "/ui/portal") {
		t.Fatalf("after sign-in at %s", loc)
	}
	// The page follows the wallet's own event stream.
	run(t, tab, "the portal's stream opens", chromedp.WaitReady(`main[data-stream="/ui/portal/stream"][data-stream-state="open"]`, chromedp.ByQuery))
	if len(w.signed) != 1 || !strings.Contains(w.signed[0], "wants you to sign in with your Ethereum account:\n"+w.address().Hex()) ||
		!strings.Contains(w.signed[0], "Chain ID: "+e.a.ChainID.String()) {
		t.Fatalf("wallet signed %q", w.signed)
	}

	var base, units, rounds, wallet, total, totalBase, totalDecimals string
	var dots int
	var values [][2]string // each holding's value: base, decimals
	tbil := `.holding[data-token="` + a.Token.Hex() + `"]`
	run(t, tab, "read holdings",
		chromedp.AttributeValue(tbil+` [data-field="units"]`, "data-base", &base, nil, chromedp.ByQuery),
		chromedp.Text(tbil+` [data-field="units"]`, &units, chromedp.ByQuery),
		chromedp.AttributeValue(tbil+" .chart svg", "data-rounds", &rounds, nil, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll("`+strings.ReplaceAll(tbil, `"`, `\"`)+` .chart svg .dot").length`, &dots),
		chromedp.Text("#wallet", &wallet, chromedp.ByQuery),
		chromedp.Evaluate(`[...document.querySelectorAll('.holding [data-field="value"] [data-base]')].map(e => [e.dataset.base, e.dataset.decimals])`, &values),
		chromedp.Text(`[data-currency="USD"] [data-field="portfolio-value"]`, &total, chromedp.ByQuery),
		chromedp.AttributeValue(`[data-currency="USD"] [data-field="portfolio-value"]`, "data-base", &totalBase, nil, chromedp.ByQuery),
		chromedp.AttributeValue(`[data-currency="USD"] [data-field="portfolio-value"]`, "data-decimals", &totalDecimals, nil, chromedp.ByQuery),
	)
	// The portfolio's total is the sum of its assets' values at their
	// latest valuations: 1,500.25 × 1.02 + 10 × 2.50 USD.
	sum := new(big.Int)
	for _, v := range values {
		n, ok := new(big.Int).SetString(v[0], 10)
		if !ok || v[1] != totalDecimals {
			t.Fatalf("holding values %v, total at %s decimals", values, totalDecimals)
		}
		sum.Add(sum, n)
	}
	if len(values) != 2 || sum.String() != totalBase || total != "1,555.25 USD" {
		t.Fatalf("portfolio %q (%s) against holdings %v (sum %s)", total, totalBase, values, sum)
	}
	onchain := e.balanceOf(t, *a.Token, e.wallets[0])
	if base != onchain.String() || units != "1,500.25" {
		t.Fatalf("holding shows %s base units (%q); balanceOf = %s", base, units, onchain)
	}
	if rounds != "4" || dots != len(answers) {
		t.Fatalf("chart has %s rounds, %d points; want %d", rounds, dots, len(answers))
	}
	// Its axes: value from the lowest to the highest round, time from the
	// first to the last; each point names its round.
	var yMax, yMin, xFirst, xLast string
	var pointRounds []string
	run(t, tab, "read the chart's axes",
		chromedp.Text(tbil+` [data-field="y-max"]`, &yMax, chromedp.ByQuery),
		chromedp.Text(tbil+` [data-field="y-min"]`, &yMin, chromedp.ByQuery),
		chromedp.Text(tbil+` [data-field="x-first"]`, &xFirst, chromedp.ByQuery),
		chromedp.Text(tbil+` [data-field="x-last"]`, &xLast, chromedp.ByQuery),
		chromedp.Evaluate(`[...document.querySelectorAll('.chart .dot')].slice(0, 4).map(d => d.dataset.round)`, &pointRounds),
	)
	if yMax != "1.02" || yMin != "1.00" || xFirst == "" || xLast == "" || strings.Join(pointRounds, ",") != "1,2,3,4" {
		t.Fatalf("chart axes: value %s–%s, time %q–%q, rounds %v", yMin, yMax, xFirst, xLast, pointRounds)
	}
	if wallet != e.wallets[0].Hex() {
		t.Fatalf("portal of %s", wallet)
	}
	var text string
	run(t, tab, "page text", chromedp.Text("main", &text, chromedp.ByQuery))
	for _, other := range e.wallets[1:] {
		if strings.Contains(strings.ToLower(text), strings.ToLower(other.Hex()[:10])) {
			t.Errorf("the portal shows another investor's wallet %s", other.Hex())
		}
	}
	readme(t, tab, "investor-portal")
	// On a phone the page fits the screen (wide tables scroll in place).
	var width int
	run(t, tab, "phone width", chromedp.EmulateViewport(390, 844), chromedp.Reload(), chromedp.WaitVisible(".holding", chromedp.ByQuery),
		chromedp.Evaluate(`document.documentElement.scrollWidth`, &width))
	shot(t, tab, "phone")
	if width > 390 {
		t.Errorf("the portal is %d px wide on a 390 px screen", width)
	}
	run(t, tab, "desktop width", chromedp.EmulateViewport(1280, 900))

	coin := devstablecoin.NewDevStablecoin()
	paid := func() string {
		v, err := bind.Call(coin.Instance(e.c, e.suite.Stablecoin.Address), nil, coin.PackBalanceOf(e.wallets[0]), coin.UnpackBalanceOf)
		if err != nil {
			t.Fatal(err)
		}
		return v.String()
	}
	var payout string
	run(t, tab, "payout", chromedp.Text(`[data-field="payout"]`, &payout, chromedp.ByQuery))
	amount, _ := new(big.Int).SetString(proof.Amount, 10)
	if want := issuance.FormatUnits(amount, 6) + " "; !strings.HasPrefix(payout, want) { // tUSD has 6 decimals
		t.Fatalf("payout shows %q; want %q…", payout, want)
	}
	before := paid()
	run(t, tab, "claim",
		chromedp.Click("button[data-claim]", chromedp.ByQuery),
		chromedp.WaitVisible(`//td/span[@class="ok" and text()="Claimed"]`, chromedp.BySearch),
	)
	if before != "0" || paid() != proof.Amount {
		t.Fatalf("stablecoin balance %s → %s; leaf amount %s", before, paid(), proof.Amount)
	}
	shot(t, tab, "claimed")
}

// An issuer creates an asset, uploads a document and sees its on-chain
// hash, requests a mint; an approver (another key) verifies the asset and
// approves the mint, seeing who requested it; the holder appears in the
// cap table.
func TestBrowserIssuerConsole(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	issuerID, issuerSecret := e.srv.NewKey(t, "ui issuer", apikey.Issuer)
	approverID, approverSecret := e.srv.NewKey(t, "ui approver", apikey.Approver)
	issuer, approver := newTab(t, nil), newTab(t, nil)
	login := func(tab context.Context, id, secret string) {
		run(t, tab, "operator sign-in "+id,
			signInSteps(e.srv.URL(), id, secret),
		)
	}
	// Without a wallet, wallet sign-in says so.
	var noWallet string
	run(t, issuer, "no wallet",
		chromedp.Navigate(e.srv.URL()+"/ui/signin"),
		chromedp.Click("#siwe", chromedp.ByQuery),
		chromedp.WaitVisible("#siwe-status.error-text", chromedp.ByQuery),
		chromedp.Text("#siwe-status", &noWallet, chromedp.ByQuery),
	)
	if !strings.HasPrefix(noWallet, "No wallet found") {
		t.Fatalf("sign-in without a wallet says %q", noWallet)
	}
	// A wrong secret is refused with a clear message.
	var msg string
	run(t, issuer, "wrong secret",
		chromedp.Navigate(e.srv.URL()+"/ui/signin"),
		chromedp.SendKeys("#key_id", issuerID, chromedp.ByQuery),
		chromedp.SendKeys("#secret", "not-the-secret", chromedp.ByQuery),
		chromedp.Submit("#secret", chromedp.ByQuery),
		chromedp.WaitVisible("#login-error", chromedp.ByQuery),
		chromedp.Text("#login-error", &msg, chromedp.ByQuery),
	)
	if !strings.Contains(msg, "do not match") {
		t.Fatalf("wrong secret: %q", msg)
	}
	login(issuer, issuerID, issuerSecret)
	login(approver, approverID, approverSecret)

	var assetURL string
	run(t, issuer, "create asset",
		chromedp.SendKeys(`#new-asset [name="name"]`, "Harbour Credit Fund", chromedp.ByQuery),
		chromedp.SendKeys(`#new-asset [name="symbol"]`, "HCF", chromedp.ByQuery),
		chromedp.SetValue(`#new-asset [name="kind"]`, "private_credit", chromedp.ByQuery),
		chromedp.SendKeys(`#new-asset [name="total_units"]`, "1000000", chromedp.ByQuery),
		chromedp.SetValue(`#new-asset [name="decimals"]`, "2", chromedp.ByQuery),
		chromedp.Submit(`#new-asset [name="name"]`, chromedp.ByQuery),
		chromedp.WaitVisible("p.notice", chromedp.ByQuery),
		chromedp.Location(&assetURL),
		chromedp.Click(`[data-transition="submitted"]`, chromedp.ByQuery),
		chromedp.WaitVisible(`//span[@id="asset-state" and text()="submitted"]`, chromedp.BySearch),
	)
	assetURL = strings.SplitN(assetURL, "?", 2)[0]
	run(t, approver, "verify asset",
		chromedp.Navigate(assetURL),
		chromedp.Click(`[data-transition="verified"]`, chromedp.ByQuery),
		chromedp.WaitVisible(`//span[@id="asset-state" and text()="verified"]`, chromedp.BySearch),
	)
	var token string
	run(t, issuer, "tokenize",
		chromedp.Navigate(assetURL),
		chromedp.Click("#tokenize", chromedp.ByQuery),
		chromedp.WaitVisible(`//span[@id="asset-state" and text()="tokenized"]`, chromedp.BySearch),
		chromedp.Click(`[data-transition="active"]`, chromedp.ByQuery),
		chromedp.WaitVisible(`//span[@id="asset-state" and text()="active"]`, chromedp.BySearch),
		chromedp.Text("#asset-token", &token, chromedp.ByQuery),
	)
	if !common.IsHexAddress(token) {
		t.Fatalf("token %q", token)
	}

	content := []byte("Harbour Credit Fund: offering memorandum\n")
	file := filepath.Join(t.TempDir(), "memorandum.txt")
	if err := os.WriteFile(file, content, 0o644); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(content)
	// The asset is verified: the issuer's upload is only a proposal until
	// an independent approver approves it.
	var ownOffer int
	run(t, issuer, "propose document",
		chromedp.SendKeys(`#upload [name="name"]`, "memorandum", chromedp.ByQuery),
		chromedp.SetUploadFiles(`#upload [name="file"]`, []string{file}, chromedp.ByQuery),
		chromedp.Submit(`#upload [name="name"]`, chromedp.ByQuery),
		chromedp.WaitVisible(`#document-proposals [data-proposal]`, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll('[data-document="memorandum"]').length + document.querySelectorAll('#document-proposals form[action$="/approve"]').length`, &ownOffer),
	)
	if ownOffer != 0 {
		t.Fatal("the proposal is current already, or its proposer is offered to approve it")
	}
	run(t, approver, "approve document",
		chromedp.Navigate(assetURL),
		chromedp.Click(`#document-proposals form[action$="/approve"] button`, chromedp.ByQuery),
		chromedp.WaitVisible(`[data-document="memorandum"]`, chromedp.ByQuery),
	)
	var anchored string
	deadline := time.Now().Add(time.Minute)
	for anchored == "" {
		var n int
		run(t, issuer, "anchored?", chromedp.Reload(), chromedp.WaitVisible("#documents", chromedp.ByQuery),
			chromedp.Evaluate(`document.querySelectorAll('[data-document="memorandum"] [data-field="onchain-hash"]').length`, &n))
		if n == 1 {
			run(t, issuer, "on-chain hash", chromedp.Text(`[data-document="memorandum"] [data-field="onchain-hash"]`, &anchored, chromedp.ByQuery))
		} else if time.Now().After(deadline) {
			t.Fatal("the document was not anchored within a minute")
		} else {
			time.Sleep(300 * time.Millisecond)
		}
	}
	if anchored != "0x"+hex.EncodeToString(sum[:]) {
		t.Fatalf("on-chain hash %s; sha256 %x", anchored, sum)
	}

	// A mint to a wallet the registry does not know is refused with a clear
	// error page, and nothing is stored.
	var code string
	run(t, issuer, "refused mint",
		chromedp.SendKeys(`#mint [name="wallet"]`, crypto.PubkeyToAddress(e.a.Keys[7].PublicKey).Hex(), chromedp.ByQuery),
		chromedp.SendKeys(`#mint [name="amount"]`, "1", chromedp.ByQuery),
		chromedp.Submit(`#mint [name="wallet"]`, chromedp.ByQuery),
		chromedp.WaitVisible(`section.error`, chromedp.ByQuery),
		chromedp.Text(`section.error code`, &code, chromedp.ByQuery),
	)
	shot(t, issuer, "refused-mint")
	if code != "transfer_restricted" {
		t.Fatalf("refused mint shows code %q", code)
	}
	run(t, approver, "console with the stream open",
		chromedp.Navigate(e.srv.URL()+"/ui/console"),
		chromedp.WaitVisible(`main[data-stream-state="open"]`, chromedp.ByQuery),
		chromedp.WaitVisible(`[data-live="queue"] .empty`, chromedp.ByQuery),
	)
	run(t, issuer, "back to the asset", chromedp.Navigate(assetURL), chromedp.WaitVisible("#mint", chromedp.ByQuery))
	run(t, issuer, "request mint",
		chromedp.SendKeys(`#mint [name="wallet"]`, e.wallets[1].Hex(), chromedp.ByQuery),
		chromedp.SendKeys(`#mint [name="amount"]`, "42.5", chromedp.ByQuery),
		chromedp.SendKeys(`#mint [name="reason"]`, "subscription", chromedp.ByQuery),
		chromedp.Submit(`#mint [name="wallet"]`, chromedp.ByQuery),
		chromedp.WaitVisible(`#requests [data-request]`, chromedp.ByQuery),
	)
	var offered int
	run(t, issuer, "no self-approval", chromedp.Evaluate(`document.querySelectorAll('#requests form[action$="/approve"]').length`, &offered))
	if offered != 0 {
		t.Fatal("the issuer is offered to approve its own request")
	}
	// The approver's console, open since before the request, shows it
	// without a reload: pushed by the event stream, as polling is off
	// while the stream is open.
	var requestedBy string
	live(t, approver, "approval queue, live",
		chromedp.WaitVisible("#queue [data-request]", chromedp.ByQuery),
		chromedp.AttributeValue("#queue [data-request] td:nth-child(5) .actor", "data-actor", &requestedBy, nil, chromedp.ByQuery),
	)
	if requestedBy != "key:"+issuerID {
		t.Fatalf("queue shows requested by %q; want %s", requestedBy, issuerID)
	}
	readme(t, approver, "issuer-console")
	submit(t, approver, "approve", `#queue form[action$="/approve"] button`,
		chromedp.WaitVisible("p.notice", chromedp.ByQuery),
	)
	rs, err := e.svc.Requests(context.Background(), strings.TrimPrefix(assetURL, e.srv.URL()+"/ui/console/assets/"), issuance.RequestFilter{}, "", 10)
	if err != nil || len(rs) != 1 || rs[0].DecidedBy != "key:"+approverID {
		t.Fatalf("requests %+v, %v", rs, err)
	}
	// The issuer's asset page, open since the request, shows the mint in
	// its cap table once indexed, and the request approved, without a
	// reload.
	var cap, state string
	live(t, issuer, "cap table, live",
		chromedp.WaitVisible(`#captable [data-wallet="`+e.wallets[1].Hex()+`"]`, chromedp.ByQuery),
		chromedp.Text("#captable tbody tr td:nth-child(3)", &cap, chromedp.ByQuery),
		chromedp.Text("#requests [data-request] td:nth-child(5)", &state, chromedp.ByQuery),
	)
	if !strings.HasPrefix(state, "approved by") {
		t.Fatalf("the request shows %q, want approved", state)
	}
	run(t, issuer, "stream still open", chromedp.WaitVisible(`main[data-stream-state="open"]`, chromedp.ByQuery))
	if got := e.balanceOf(t, common.HexToAddress(token), e.wallets[1]); cap != "42.5" || got.String() != "4250" {
		t.Fatalf("cap table shows %q; balanceOf %s", cap, got)
	}
	readme(t, issuer, "asset")

	// The 42.5 units typed in the form reached the chain as 4250 base
	// units (2 decimals) and come back in the auditor's export as both.
	auditorID, auditorSecret := e.srv.NewKey(t, "ui auditor", apikey.Auditor)
	csv := e.signIn(t, auditorID, auditorSecret).do("GET", "/ui/audit/HCF/exports/mints.csv", nil)
	if csv.status != 200 || !strings.HasPrefix(csv.body, "block_number,log_index,tx_hash,request_id,to,amount_units,amount_base\n") ||
		!strings.Contains(csv.body, ","+e.wallets[1].Hex()+",42.5,4250\n") {
		t.Fatalf("the mints export: %d\n%s", csv.status, csv.body)
	}
}

// live runs actions on a page that must change by itself: nothing
// navigates or reloads, and the stream must deliver within 30 s.
func live(t *testing.T, tab context.Context, what string, actions ...chromedp.Action) {
	t.Helper()
	var loc string
	run(t, tab, what+": location", chromedp.Location(&loc))
	ctx, cancel := context.WithTimeout(tab, 30*time.Second)
	defer cancel()
	run(t, ctx, what, actions...)
	var after string
	run(t, tab, what+": location after", chromedp.Location(&after))
	if after != loc {
		t.Fatalf("%s: the page moved from %s to %s", what, loc, after)
	}
}
