package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/bindings/dealing"
	"github.com/tessera-rwa/tessera/bindings/devstablecoin"
	"github.com/tessera-rwa/tessera/bindings/distributor"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/seal"
)

// checkSeededDemo reads the demo through the API with an auditor key: the
// treasury fund and the building are active assets whose cap tables show
// the three demo investors and reconcile with the chain.
func checkSeededDemo(t *testing.T, dir, dbURL, apiURL, rpcURL, coin string) {
	t.Helper()
	ctx := context.Background()
	master, err := seal.LoadOrCreateDevMasterKey(dir)
	if err != nil {
		t.Fatal(err)
	}
	pool, err := postgres.Open(ctx, dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	keys, err := apikey.NewService(apikey.ServiceConfig{Store: postgres.NewAPIKeyStore(pool), MasterKey: master})
	if err != nil {
		t.Fatal(err)
	}
	k, secret, err := keys.Create(ctx, apikey.CLI, apikey.CreateParams{Name: "dev-test-auditor", Owner: "dev-test-auditor", Scopes: []apikey.Scope{apikey.Auditor, apikey.Compliance}})
	if err != nil {
		t.Fatal(err)
	}
	c, err := client.New(client.Config{BaseURL: apiURL, KeyID: k.ID, Secret: secret})
	if err != nil {
		t.Fatal(err)
	}
	seeded := map[string]api.Asset{}
	for a, err := range c.Assets(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		if a.State == string(issuance.Active) {
			seeded[a.Symbol] = a
		}
	}
	// The fund deals at NAV in the dev stablecoin; the building does not.
	if f := seeded["TTF"]; f.Dealing == nil || f.DealingPaymentToken == nil || !strings.EqualFold(f.DealingPaymentToken.Hex(), coin) {
		t.Fatalf("the demo fund's dealing: contract %v, payment token %v (stablecoin %s)", f.Dealing, f.DealingPaymentToken, coin)
	}
	if b := seeded["BLDG"]; b.Dealing != nil || b.DealingPaymentToken != nil {
		t.Fatalf("the demo building deals at NAV: %v in %v", b.Dealing, b.DealingPaymentToken)
	}
	// The demo fund's dealing calendar is set, and its next cut-offs are
	// published on its Dealing contract.
	cal, err := c.DealingCalendar(ctx, seeded["TTF"].ID)
	if err != nil {
		t.Fatalf("the demo fund's dealing calendar: %v", err)
	}
	if cal.Dealing != *seeded["TTF"].Dealing || cal.Cutoff != "16:00" || cal.ModeBits != 31 || cal.FeeBps != 10 {
		t.Fatalf("the demo fund's dealing calendar: %+v", cal)
	}
	rpc, err := ethclient.Dial(rpcURL)
	if err != nil {
		t.Fatal(err)
	}
	defer rpc.Close()
	out, err := rpc.CallContract(ctx, ethereum.CallMsg{To: &cal.Dealing, Data: dealing.NewDealing().PackNextCutoff()}, nil)
	if err != nil || new(big.Int).SetBytes(out).Sign() == 0 {
		t.Fatalf("the demo fund's next published cut-off: %x, %v", out, err)
	}
	checkWalkthrough(t, apiURL, rpcURL, keys, coin)
	day := checkSettledDay(t, c, rpc, seeded["TTF"].ID, common.HexToAddress(coin))
	// The demo investors went through the compliance officer's workflow:
	// KYC approved and a proven wallet each, in sync with the registry.
	var investors []string
	for inv, err := range c.Investors(ctx, 10) {
		if err != nil {
			t.Fatal(err)
		}
		investors = append(investors, inv.ID)
	}
	if len(investors) != len(devInvestors) {
		t.Fatalf("%d compliance investors, want the %d demo investors", len(investors), len(devInvestors))
	}
	for _, id := range investors {
		inv, err := c.Investor(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if inv.KYC.Status != "approved" || len(inv.Wallets) != 1 || !inv.Wallets[0].InSync || !inv.Wallets[0].OnChain.Registered {
			t.Fatalf("demo investor %s is not approved with one registered wallet: %+v", inv.LegalName, inv)
		}
	}
	// The demo's distribution: the fund's holders are paid, each with a proof.
	var dists []api.Distribution
	for a, err := range c.Assets(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		if a.Symbol == "TTF" && a.State == string(issuance.Active) {
			if err := c.Do(ctx, "GET", "/v1/assets/"+a.ID+"/distributions", nil, &dists); err != nil {
				t.Fatal(err)
			}
		}
	}
	if len(dists) != 1 || dists[0].OnchainID == "" || len(dists[0].Leaves) != 3 || dists[0].State != issuance.Approved ||
		dists[0].DecidedBy == "" || dists[0].DecidedBy == dists[0].CreatedBy {
		t.Fatalf("the demo distribution: %+v", dists)
	}
	if p, err := c.DistributionProof(ctx, dists[0].ID, dists[0].Leaves[0].Account); err != nil || len(p.Proof) == 0 {
		t.Fatalf("proof: %+v %v", p, err)
	}
	// The building's investor caps and transfer window, counted on chain.
	caps, err := c.Caps(ctx, seeded["BLDG"].Token.Hex())
	if err != nil {
		t.Fatal(err)
	}
	if !caps.Counting || caps.CountryCaps["DE"] != 25 || caps.CountryCaps["FR"] != 25 || caps.CategoryCaps["accredited"] != 50 ||
		len(caps.TransferLimits) != 1 || caps.TransferLimits[0].PeriodSeconds != 86_400 || caps.TransferLimits[0].Limit != "250" {
		t.Fatalf("the demo building's caps: %+v", caps)
	}
	for _, sym := range []string{"TTF", "BLDG"} {
		a, ok := seeded[sym]
		if !ok || a.Token == nil {
			t.Fatalf("the demo asset %s is not active through the API (seen %v)", sym, seeded)
		}
		for deadline := time.Now().Add(time.Minute); ; {
			ct, err := c.CapTable(ctx, a.ID)
			if err != nil {
				t.Fatal(err)
			}
			reconciled := ct.Reconciled
			if sym == "TTF" {
				// The recorded supply counts the Dealing contract's mints
				// (the claims) and burns (the redemptions): the demo day's.
				reconciled = reconciled && ct.DealtMinted == day.Totals.UnitsOut && ct.DealtBurned == day.Totals.UnitsIn
			}
			if len(ct.Holders) >= 3 && reconciled {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s cap table within a minute: %+v", sym, ct)
			}
			time.Sleep(200 * time.Millisecond)
		}
	}
}

// checkWalkthrough follows the README's issuer walkthrough with the CLI:
// a building created, documented, submitted, verified by another key,
// tokenized, activated, minted to a demo investor with approval, its cap
// table read, and a distribution refused until the issuer's wallet funds
// the asset's treasury, then declared and approved by another key.
func checkWalkthrough(t *testing.T, apiURL, rpcURL string, keys *apikey.Service, coin string) {
	t.Helper()
	ctx := context.Background()
	newKey := func(scopes ...apikey.Scope) [2]string {
		k, secret, err := keys.Create(ctx, apikey.CLI, apikey.CreateParams{Name: "walkthrough-" + string(scopes[0]), Owner: "walkthrough-" + string(scopes[0]), Scopes: scopes})
		if err != nil {
			t.Fatal(err)
		}
		return [2]string{k.ID, secret}
	}
	// As the README makes them: the issuer's key also audits.
	issuer, approver := newKey(apikey.Issuer, apikey.Auditor), newKey(apikey.Approver)
	t.Setenv("TESSERA_URL", apiURL)
	cli := func(key [2]string, out any, args ...string) {
		t.Helper()
		t.Setenv("TESSERA_KEY_ID", key[0])
		t.Setenv("TESSERA_SECRET", key[1])
		var buf bytes.Buffer
		if err := run(ctx, append([]string{"asset"}, args...), &buf); err != nil {
			t.Fatalf("tessera asset %v: %v", args, err)
		}
		if out != nil {
			if err := json.Unmarshal(buf.Bytes(), out); err != nil {
				t.Fatalf("tessera asset %v printed %s: %v", args, buf.String(), err)
			}
		}
	}
	deed := filepath.Join(t.TempDir(), "title-deed.pdf")
	if err := os.WriteFile(deed, []byte("%PDF-1.7\n% title deed, 7 Quay Lane\n%%EOF\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var a api.Asset
	cli(issuer, &a, "create", "--kind", "real_estate", "--name", "7 Quay Lane", "--symbol", "QUAY", "--jurisdiction", "DE", "--currency", "EUR", "--units", "1000")
	cli(issuer, nil, "upload", "--asset", a.ID, "--file", deed, "--kind", "title_deed")
	cli(issuer, nil, "submit", "--id", a.ID)
	cli(approver, nil, "verify", "--id", a.ID)
	cli(issuer, &a, "tokenize", "--id", a.ID)
	cli(issuer, &a, "activate", "--id", a.ID)
	if a.State != string(issuance.Active) || a.Deed == nil {
		t.Fatalf("walkthrough asset: %+v", a)
	}
	investor := crypto.PubkeyToAddress(devnet.DevKey(devInvestors[0]).PublicKey)
	var r api.Request
	cli(issuer, &r, "mint", "--asset", a.ID, "--wallet", investor.Hex(), "--amount", "100")
	var queue []api.Request
	cli(approver, &queue, "requests", "--asset", a.ID, "--state", "pending")
	if len(queue) != 1 || queue[0].ID != r.ID {
		t.Fatalf("approval queue: %+v", queue)
	}
	cli(approver, &r, "approve", "--id", r.ID)
	for deadline := time.Now().Add(time.Minute); ; {
		var ct api.CapTable
		cli(issuer, &ct, "captable", "--id", a.ID)
		if len(ct.Holders) == 1 && ct.Holders[0].Units == "100" && ct.Reconciled {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("walkthrough cap table: %+v", ct)
		}
		time.Sleep(200 * time.Millisecond)
	}
	// The 100 units typed on the command line come back in the audit
	// export as units beside base units (the issuer's key also audits).
	auditor, err := client.New(client.Config{BaseURL: apiURL, KeyID: issuer[0], Secret: issuer[1]})
	if err != nil {
		t.Fatal(err)
	}
	var minted []string
	for row, err := range auditor.AuditExport(ctx, a.ID, "mints", 0, 0) {
		if err != nil {
			t.Fatal(err)
		}
		minted = append(minted, row["to"]+" "+row["amount_units"]+" "+row["amount_base"])
	}
	if len(minted) != 1 || minted[0] != investor.Hex()+" 100 100" {
		t.Fatalf("walkthrough mints export: %q", minted)
	}
	// A payout to the holders, in the dev stablecoin, at the newest block
	// the indexer has read (the dev chain finalizes late), is paid out of
	// the asset's treasury on the Distributor, which only the issuer's own
	// wallet funds (README: cast send … fund): unfunded, it is refused with
	// the amount missing, nothing is declared and the platform pays nothing.
	for deadline := time.Now().Add(time.Minute); ; {
		t.Setenv("TESSERA_KEY_ID", issuer[0])
		t.Setenv("TESSERA_SECRET", issuer[1])
		var buf bytes.Buffer
		err := run(ctx, []string{"asset", "distribute", "--asset", a.ID, "--payment-token", coin, "--total", "1", "--snapshot", "latest"}, &buf)
		if client.IsCode(err, "insufficient_treasury") {
			if !strings.Contains(err.Error(), "1 (1000000 base units) more is needed") {
				t.Fatalf("the refusal does not name the amount missing: %v", err)
			}
			break
		}
		if err == nil {
			t.Fatalf("a distribution declared on an empty treasury: %s", buf.String())
		}
		if time.Now().After(deadline) {
			t.Fatalf("no insufficient_treasury refusal within a minute: %v", err)
		}
		time.Sleep(500 * time.Millisecond)
	}
	var treasury api.TreasuryBalance
	cli(issuer, &treasury, "treasury", "--asset", a.ID, "--payment-token", coin)
	if treasury.Balance != "0" || treasury.Available != "0" || treasury.Token != *a.Token {
		t.Fatalf("walkthrough treasury: %+v", treasury)
	}
	var none []api.Distribution
	c, err := client.New(client.Config{BaseURL: apiURL, KeyID: issuer[0], Secret: issuer[1]})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Do(ctx, "GET", "/v1/assets/"+a.ID+"/distributions", nil, &none); err != nil || len(none) != 0 {
		t.Fatalf("distributions after the refusal: %+v %v", none, err)
	}
	// The issuer's wallet (dev account 5) funds the treasury, as the
	// README's cast commands do; the issuer declares, the approver approves.
	fundFromIssuerWallet(t, rpcURL, treasury.Distributor, common.HexToAddress(coin), *a.Token, big.NewInt(1_000_000))
	var d api.Distribution
	cli(issuer, &d, "distribute", "--asset", a.ID, "--payment-token", coin, "--total", "1", "--snapshot", "latest")
	if d.State != issuance.Pending || d.OnchainID != "" || len(d.Leaves) != 1 || d.Total != "1000000" {
		t.Fatalf("declared distribution: %+v", d)
	}
	cli(approver, &d, "approve-distribution", "--id", d.ID)
	if d.State != issuance.Approved || d.OnchainID == "" {
		t.Fatalf("approved distribution: %+v", d)
	}
	var show struct {
		Documents []api.Document `json:"documents"`
	}
	cli(issuer, &show, "show", "--id", a.ID)
	if len(show.Documents) != 1 || !show.Documents[0].Anchored {
		t.Fatalf("walkthrough documents: %+v", show.Documents)
	}
}

// fundFromIssuerWallet has dev account 5, the demo issuer's own wallet,
// approve the Distributor and fund token's treasury with amount.
func fundFromIssuerWallet(t *testing.T, rpcURL string, dist, coin, token common.Address, amount *big.Int) {
	t.Helper()
	ctx := context.Background()
	ec, err := ethclient.DialContext(ctx, rpcURL)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	chainID, err := ec.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	opts := bind.NewKeyedTransactor(devnet.DevKey(devIssuerWallet), chainID)
	opts.Context = ctx
	for _, call := range []struct {
		to   common.Address
		data []byte
	}{
		{coin, devstablecoin.NewDevStablecoin().PackApprove(dist, amount)},
		{dist, distributor.NewDistributor().PackFund(token, coin, amount)},
	} {
		tx, err := bind.NewBoundContract(call.to, abi.ABI{}, ec, ec, ec).RawTransact(opts, call.data)
		if err != nil {
			t.Fatal(err)
		}
		r, err := chain.WaitMined(ctx, ec, tx.Hash(), 50*time.Millisecond)
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("issuer wallet transaction to %s: %v %+v", call.to, err, r)
		}
	}
}

// checkSettledDay waits for the demo fund's settled dealing day and reads
// it as the console and the portal do: one book with a line for each of
// the three demo requests, priced by the dealing job and approved by the
// dev approver (another principal), fulfilled; each request claimed, with
// the book's result; nothing left claimable or in flight in the investors'
// holdings; and the units and payment in their wallets.
func checkSettledDay(t *testing.T, c *client.Client, rpc *ethclient.Client, fundID string, coin common.Address) api.DealingBook {
	t.Helper()
	ctx := context.Background()
	var book api.DealingBook
	// On a new chain the cut-off is a minute or two away when the
	// environment is ready (see startDemoDay).
	for deadline := time.Now().Add(4 * time.Minute); ; {
		book = api.DealingBook{}
		for b, err := range c.DealingBooks(ctx, fundID, 20) {
			if err != nil {
				t.Fatal(err)
			}
			if b.Totals.GrossIn != "0" || b.Totals.GrossOut != "0" { // lists leave the lines out
				if book, err = c.DealingBook(ctx, b.ID); err != nil {
					t.Fatal(err)
				}
			}
		}
		var claimed int
		for r, err := range c.DealingRequests(ctx, fundID, "claimed", "", 20) {
			if err != nil {
				t.Fatal(err)
			}
			if book.Cutoff.IsZero() || r.Cutoff != nil && r.Cutoff.Equal(book.Cutoff) {
				claimed++
			}
		}
		if book.State == "fulfilled" && claimed == len(demoDealing) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the demo dealing day did not settle within 4 minutes: book %+v, %d requests claimed", book, claimed)
		}
		time.Sleep(time.Second)
	}
	if len(book.Lines) != len(demoDealing) || book.Round == nil || book.RequestedBy != "system:dealing" ||
		book.DecidedBy != devApprover.Actor() || book.DecidedBy == book.RequestedBy || book.Policy != "" {
		t.Fatalf("the demo dealing day's book: %+v", book)
	}
	results := map[string]string{}
	for _, l := range book.Lines {
		results[l.RequestID] = l.Result
	}
	byWallet := map[common.Address]api.DealingRequest{}
	for r, err := range c.DealingRequests(ctx, fundID, "", "", 20) {
		if err != nil {
			t.Fatal(err)
		}
		if r.Cutoff == nil || !r.Cutoff.Equal(book.Cutoff) {
			continue
		}
		if r.State != "claimed" || r.Result == "" || r.Result != results[r.ID] || r.FulfilTx == nil {
			t.Errorf("demo dealing request %s: %+v, book result %s", r.ID, r, results[r.ID])
		}
		byWallet[r.Controller] = r
	}
	num := func(s string) *big.Int { return decimal(t, s) }
	dl := dealing.NewDealing()
	coinABI := devstablecoin.NewDevStablecoin()
	for _, d := range demoDealing {
		w := demoWallet(d.investor)
		r, ok := byWallet[w]
		if !ok || r.Amount != d.amount.String() || (r.Kind == "deposit") != (d.action == "request_deposit") {
			t.Fatalf("%s's demo dealing request: %+v", devInvestorNames[d.investor], r)
		}
		// Nothing left to claim on chain…
		for _, data := range [][]byte{dl.PackMaxDeposit(w), dl.PackMaxRedeem(w)} {
			out, err := rpc.CallContract(ctx, ethereum.CallMsg{To: &r.Dealing, Data: data}, nil)
			if err != nil || new(big.Int).SetBytes(out).Sign() != 0 {
				t.Errorf("%s still has %x claimable (%v)", devInvestorNames[d.investor], out, err)
			}
		}
		// … nor in flight in the portal's holdings, whose units include
		// the claimed ones: the mint and the demo transfer (1,000 TTF from
		// the first investor to the third), the deposit's units, less the
		// redeemed ones, which were burnt.
		hs, err := c.Holdings(ctx, w)
		if err != nil {
			t.Fatal(err)
		}
		want := map[int]int64{0: 249_000_000_000, 1: 100_000_000_000, 2: 51_000_500_000}[d.investor]
		units := new(big.Int).SetInt64(want)
		if r.Kind == "deposit" {
			units.Add(units, num(r.Result))
		} else {
			units.Sub(units, num(r.Amount))
		}
		var fund *api.Holding
		for i := range hs {
			if hs[i].AssetID == fundID {
				fund = &hs[i]
			}
		}
		if fund == nil || fund.Amount != units.String() || fund.ClaimableBase != "0" || fund.ClaimablePayment != "0" ||
			fund.PendingRedeemBase != "0" || fund.PendingSubscriptionPayment != "0" {
			t.Errorf("%s's TTF holding: %+v, want %s units and nothing in flight", devInvestorNames[d.investor], fund, units)
		}
		// The payment: the deposits' tUSD went into the day, the
		// redemption's came out of it.
		paid := tusd(demoInvestorTUSD)
		if r.Kind == "deposit" {
			paid.Sub(paid, num(r.Amount))
		} else {
			paid.Add(paid, num(r.Result))
		}
		out, err := rpc.CallContract(ctx, ethereum.CallMsg{To: &coin, Data: coinABI.PackBalanceOf(w)}, nil)
		if err != nil || new(big.Int).SetBytes(out).Cmp(paid) != 0 {
			t.Errorf("%s holds %x tUSD (%v), want %s", devInvestorNames[d.investor], out, err, paid)
		}
	}
	return book
}

// decimal reads a base-10 integer of the wire model.
func decimal(t *testing.T, s string) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		t.Fatalf("not an integer: %q", s)
	}
	return v
}
