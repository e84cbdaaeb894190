package issuance_test

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/devstablecoin"
	"github.com/tessera-rwa/tessera/bindings/distributor"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/merkle"
	"github.com/tessera-rwa/tessera/postgres"
)

var (
	pdf        = []byte("%PDF-1.7\n1 0 obj << /Title (Title deed, 12 Harbour Street) >> endobj\n%%EOF\n")
	prospectus = []byte("%PDF-1.7\n1 0 obj << /Title (Prospectus, Tessera Treasury Fund II) >> endobj\n%%EOF\n")
)

func building() api.NewAsset {
	return api.NewAsset{Kind: string(issuance.RealEstate), Name: "14 Harbour Street", Symbol: "HARB14", Jurisdiction: "DE",
		Currency: "EUR", TotalUnits: "1000", Decimals: 0, Attributes: map[string]string{"address": "14 Harbour Street, Hamburg", "floors": "6"},
		Rules: api.AssetRules{CountryRestriction: true, AllowedCountries: []string{"DE"}, MaxInvestors: ptr(int64(100))}}
}

func fund() api.NewAsset {
	return api.NewAsset{Kind: string(issuance.TreasuryFund), Name: "Tessera Treasury Fund II", Symbol: "TTF2", Jurisdiction: "US-NY",
		Currency: "USD", TotalUnits: "10000000", Decimals: 6, Attributes: map[string]string{"duration": "3M T-bills"}}
}

// onboard creates, documents, submits, verifies and tokenizes an asset.
func onboard(t *testing.T, e *env, n api.NewAsset, doc []byte, docName string) api.Asset {
	t.Helper()
	ctx := context.Background()
	a, err := e.issuer.CreateAsset(ctx, n)
	if err != nil {
		t.Fatal(err)
	}
	if a.State != string(issuance.Draft) {
		t.Fatalf("new asset is %s", a.State)
	}
	if _, err := e.issuer.UploadDocument(ctx, a.ID, docName, "legal", "application/pdf", doc); err != nil {
		t.Fatal(err)
	}
	if _, err := e.issuer.TransitionAsset(ctx, a.ID, string(issuance.Submitted), "ready for review"); err != nil {
		t.Fatal(err)
	}
	// The issuer cannot verify: another key with the approver scope must.
	_, err = e.issuer.TransitionAsset(ctx, a.ID, string(issuance.Verified), "")
	mustCode(t, err, 403, "missing_scope")
	v, err := e.approver.TransitionAsset(ctx, a.ID, string(issuance.Verified), "documents checked")
	if err != nil {
		t.Fatal(err)
	}
	if v.VerifiedBy == "" || v.VerifiedBy == a.CreatedBy || v.VerifiedAt == nil {
		t.Fatalf("verification not recorded: by %q (creator %q) at %v", v.VerifiedBy, a.CreatedBy, v.VerifiedAt)
	}
	tok, err := e.issuer.Tokenize(ctx, a.ID, api.Tokenize{})
	if err != nil {
		t.Fatal(err)
	}
	if tok.State != string(issuance.Tokenized) || tok.Token == nil || tok.Feed == nil {
		t.Fatalf("tokenized asset: %+v", tok)
	}
	if (n.Kind == string(issuance.RealEstate)) != (tok.Deed != nil) {
		t.Fatalf("deed %v for a %s", tok.Deed, n.Kind)
	}
	// The document uploaded before the token existed is anchored now; the
	// download's bytes hash to what the token holds.
	d, content, err := e.auditor.DownloadDocument(ctx, a.ID, docName)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(content)
	if string(content) != string(doc) || d.OnchainHash != common.Hash(sum).Hex() || !d.Anchored {
		t.Fatalf("download: %d bytes, sha256 %x, on chain %s, anchored %v", len(content), sum, d.OnchainHash, d.Anchored)
	}
	if _, err := e.issuer.TransitionAsset(ctx, a.ID, string(issuance.Active), "open for subscriptions"); err != nil {
		t.Fatal(err)
	}
	evs, err := e.auditor.AssetEvents(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	var states []issuance.State
	for _, ev := range evs {
		states = append(states, issuance.State(ev.To))
	}
	if want := []issuance.State{issuance.Draft, issuance.Submitted, issuance.Verified, issuance.Tokenized, issuance.Active}; !slices.Equal(states, want) {
		t.Fatalf("history %v, want %v", states, want)
	}
	return tok
}

// mint requests and approves a mint and waits for it on chain.
func mint(t *testing.T, e *env, a api.Asset, to common.Address, amount string) api.Request {
	t.Helper()
	ctx := context.Background()
	r, err := e.issuer.RequestMint(ctx, a.ID, api.NewRequest{Wallet: to.Hex(), AmountUnits: amount, Reason: "subscription"})
	if err != nil {
		t.Fatal(err)
	}
	// Four eyes: a key holding both scopes still cannot approve what it
	// requested, and the issuer key cannot approve at all.
	_, err = e.issuer.ApproveRequest(ctx, r.ID, "")
	mustCode(t, err, 403, "missing_scope")
	if _, err := e.approver.ApproveRequest(ctx, r.ID, "KYC and payment checked"); err != nil {
		t.Fatal(err)
	}
	done := e.waitRequest(t, r.ID)
	if done.ChainState != "confirmed" && done.ChainState != "finalized" {
		t.Fatalf("mint %s: %s %s", r.ID, done.ChainState, done.Error)
	}
	return done
}

// The issuer's whole journey through the Go client against a real server,
// PostgreSQL, anvil and the indexer.
func TestIssuerJourney(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()

	bldg := onboard(t, e, building(), pdf, "title-deed")
	ttf := onboard(t, e, fund(), prospectus, "prospectus")
	// The same prospectus attached to the building is stored once.
	if _, err := e.issuer.UploadDocument(ctx, bldg.ID, "fund-prospectus", "prospectus", "application/pdf", prospectus); err != nil {
		t.Fatal(err)
	}
	if n, err := (&postgres.IssuanceStore{Pool: e.pool}).BlobCount(ctx); err != nil || n != 2 {
		t.Fatalf("%d blobs stored (%v); want 2: the same bytes are stored once", n, err)
	}

	inv := e.wallets
	m1 := mint(t, e, ttf, inv[0], "1000")
	mint(t, e, ttf, inv[1], "500.5")
	mint(t, e, ttf, inv[2], "250.000001")
	mint(t, e, bldg, inv[0], "600")
	mint(t, e, bldg, inv[1], "400")
	if got := e.balanceOf(t, *ttf.Token, inv[0]); got.Cmp(big.NewInt(1000_000000)) != 0 {
		t.Fatalf("balance of investor 1 = %s", got)
	}
	// The request id travels on chain in the Issued event.
	tok := assettoken.NewAssetToken()
	processed, err := bind.Call(tok.Instance(e.c, *ttf.Token), nil, tok.PackIsRequestProcessed(m1.OnchainID), tok.UnpackIsRequestProcessed)
	if err != nil || !processed {
		t.Fatalf("request id %s not processed on chain (%v)", m1.OnchainID, err)
	}

	// A mint to a wallet the registry does not know is refused with the
	// token's code, and nothing is stored.
	before := countRequests(t, e, ttf.ID)
	_, err = e.issuer.RequestMint(ctx, ttf.ID, api.NewRequest{Wallet: e.stranger.Hex(), AmountUnits: "5"})
	mustCode(t, err, 422, "transfer_restricted")
	if !strings.Contains(err.Error(), "0x54") {
		t.Fatalf("refusal %v does not carry restriction 0x54", err)
	}
	if after := countRequests(t, e, ttf.ID); after != before {
		t.Fatalf("%d requests after a refused mint, %d before", after, before)
	}

	// Investor 1 sends 100 units to investor 3.
	opts := chaintest.Transactor(e.a, e.investors[0])
	tx, err := bind.Transact(tok.Instance(e.c, *ttf.Token), opts, tok.PackTransfer(inv[2], big.NewInt(100_000000)))
	chaintest.MustMined(t, e.c, tx, err)
	head := e.waitIndexed(t)

	// Cap tables equal the chain, investor by investor.
	for _, a := range []api.Asset{ttf, bldg} {
		ct, err := e.auditor.CapTable(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !ct.Reconciled || ct.OnchainSupply != ct.IndexedSupply || ct.OnchainSupply != ct.RecordedSupply {
			t.Fatalf("%s cap table not reconciled: %+v", a.Symbol, ct)
		}
		for _, h := range ct.Holders {
			if len(h.Wallets) != 1 {
				t.Fatalf("holder %s has wallets %v", h.InvestorID, h.Wallets)
			}
			if got := e.balanceOf(t, *a.Token, h.Wallets[0]); got.String() != h.Amount {
				t.Fatalf("%s cap table says %s holds %s; chain says %s", a.Symbol, h.Wallets[0], h.Amount, got)
			}
		}
	}

	// A distribution of 1,000,000.01 tUSD base units… with a remainder,
	// paid out of the fund's treasury, which the issuer funds from its own
	// wallet; declared by the issuer, published once the approver approves.
	total := big.NewInt(1_000_000_007)
	e.fundTreasury(t, *ttf.Token, total)
	d, err := e.issuer.Distribute(ctx, ttf.ID, api.NewDistribution{PaymentToken: e.suite.Stablecoin.Address.Hex(), Total: total.String(), SnapshotBlock: &head})
	if err != nil {
		t.Fatal(err)
	}
	if d.State != issuance.Pending || d.OnchainID != "" || len(d.Leaves) != 3 || len(d.Excluded) != 0 {
		t.Fatalf("declared distribution: %+v", d)
	}
	if d, err = e.approver.ApproveDistribution(ctx, d.ID, "payment checked"); err != nil {
		t.Fatal(err)
	}
	if d.State != issuance.Approved || d.OnchainID == "" || d.DecidedBy == "" || d.DecidedBy == d.CreatedBy {
		t.Fatalf("approved distribution: %+v", d)
	}
	// Publishing again (after an interruption) sends nothing new.
	if again, err := e.issuer.PublishDistribution(ctx, d.ID); err != nil || again.OnchainID != d.OnchainID {
		t.Fatalf("publish again: %v, on-chain id %s vs %s", err, again.OnchainID, d.OnchainID)
	}
	sum := new(big.Int)
	var leaves []merkle.Leaf
	for _, l := range d.Leaves {
		v, _ := new(big.Int).SetString(l.Amount, 10)
		sum.Add(sum, v)
		leaves = append(leaves, merkle.Leaf{Account: l.Account, Amount: v})
	}
	if sum.Cmp(total) != 0 {
		t.Fatalf("leaves add up to %s, not %s", sum, total)
	}
	// Investor 1 held 900 of 1750.500001 units: the largest, it takes the remainder.
	if d.RemainderTo != inv[0] {
		t.Fatalf("remainder went to %s, want the largest holder %s", d.RemainderTo, inv[0])
	}
	// An auditor recomputes the root from the published tree.
	dump, err := e.auditor.DistributionTree(ctx, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	var loaded merkle.Tree
	if err := json.Unmarshal(dump, &loaded); err != nil {
		t.Fatal(err)
	}
	re, err := merkle.New(leaves)
	if err != nil {
		t.Fatal(err)
	}
	if loaded.Root() != d.MerkleRoot || re.Root() != d.MerkleRoot {
		t.Fatalf("roots: published %s, dump %s, recomputed %s", d.MerkleRoot, loaded.Root(), re.Root())
	}
	// Investor 2 claims with the proof the API serves.
	p, err := e.auditor.DistributionProof(ctx, d.ID, inv[1])
	if err != nil {
		t.Fatal(err)
	}
	dist := distributor.NewDistributor()
	id, _ := new(big.Int).SetString(p.OnchainID, 10)
	amount, _ := new(big.Int).SetString(p.Amount, 10)
	proof := make([][32]byte, len(p.Proof))
	for i, h := range p.Proof {
		proof[i] = h
	}
	tx, err = bind.Transact(dist.Instance(e.c, e.suite.Distributor.Address), chaintest.Transactor(e.a, e.investors[1]),
		dist.PackClaim(id, inv[1], amount, proof))
	chaintest.MustMined(t, e.c, tx, err)
	coin := devstablecoin.NewDevStablecoin()
	paid, err := bind.Call(coin.Instance(e.c, e.suite.Stablecoin.Address), nil, coin.PackBalanceOf(inv[1]), coin.UnpackBalanceOf)
	if err != nil || paid.Cmp(amount) != 0 {
		t.Fatalf("investor 2 was paid %s (%v), want %s", paid, err, amount)
	}
	e.waitIndexed(t)
	if got, err := e.auditor.Distribution(ctx, d.ID); err != nil || got.Claimed != 1 {
		t.Fatalf("distribution shows %d claims (%v), want 1", got.Claimed, err)
	}

	// The fund's NAV per unit is $1.02 (8 decimals), written to its feed.
	feed := valuationfeed.NewValuationFeed()
	if _, err := e.txm.Submit(ctx, txmgr.Request{IdempotencyKey: "nav-1", To: ttf.Feed,
		Data: feed.PackTransmit(big.NewInt(102_000_000), uint64(time.Now().Add(-time.Minute).Unix()))}); err != nil {
		t.Fatal(err)
	}
	if r, err := e.txm.Wait(ctx, "nav-1"); err != nil || r.State == txmgr.Failed {
		t.Fatalf("transmit: %v %s", err, r.Error)
	}
	e.waitIndexed(t)

	// Holdings: every asset with units equal to balanceOf, a share, and payouts.
	for i, w := range inv {
		hs, err := e.auditor.Holdings(ctx, w)
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range hs {
			if got := e.balanceOf(t, h.Token, w); got.String() != h.Amount {
				t.Fatalf("holdings of %s in %s: %s, chain %s", w, h.Symbol, h.Amount, got)
			}
			if h.Symbol == "TTF2" {
				if len(h.Payouts) != 1 || h.Payouts[0].Claimed != (i == 1) {
					t.Fatalf("investor %d payouts %+v", i+1, h.Payouts)
				}
				// value = units × NAV: base units × answer / 10^6, in dollars with
				// the 8 decimals the feed was deployed with, which its record learned.
				bal, _ := new(big.Int).SetString(h.Amount, 10)
				want := new(big.Int).Div(new(big.Int).Mul(bal, big.NewInt(102_000_000)), big.NewInt(1_000_000))
				if h.Valuation == nil || h.Valuation.RoundID != "1" || h.Valuation.Decimals != 8 || h.Value != want.String() {
					t.Fatalf("investor %d valuation %+v value %s, want %s", i+1, h.Valuation, h.Value, want)
				}
			}
		}
		wantAssets := map[int]int{0: 2, 1: 2, 2: 1}[i]
		if len(hs) != wantAssets {
			t.Fatalf("investor %d holds %d assets, want %d", i+1, len(hs), wantAssets)
		}
	}
	// Investor 1's transfers, one per page: two mints and the transfer out.
	var seen int
	for tr, err := range e.auditor.Transfers(ctx, inv[0], 1) {
		if err != nil {
			t.Fatal(err)
		}
		if tr.From != inv[0] && tr.To != inv[0] {
			t.Fatalf("transfer %+v is not investor 1's", tr)
		}
		seen++
	}
	if seen != 3 {
		t.Fatalf("investor 1 has %d transfers, want 3", seen)
	}

	// A redemption: investor 3 burns 50 units, with approval; the cap table
	// shows it on chain and in the records.
	b, err := e.issuer.RequestBurn(ctx, ttf.ID, api.NewRequest{Wallet: inv[2].Hex(), AmountUnits: "50", Reason: "redemption"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.approver.ApproveRequest(ctx, b.ID, "redemption paid"); err != nil {
		t.Fatal(err)
	}
	if r := e.waitRequest(t, b.ID); r.ChainState == "failed" {
		t.Fatalf("burn failed: %s", r.Error)
	}
	e.waitIndexed(t)
	ct, err := e.auditor.CapTable(ctx, ttf.ID)
	if err != nil {
		t.Fatal(err)
	}
	if ct.RecordedBurned != "50000000" || !ct.Reconciled || ct.OnchainSupply != "1700500001" {
		t.Fatalf("after the burn: %+v", ct)
	}

	// Investor 1 opens a second wallet (the registry binds it to the same
	// investor id) and moves 200 units there: the cap table and the
	// investor's holdings count both wallets.
	second := crypto.PubkeyToAddress(e.a.Keys[5].PublicKey)
	investor1 := crypto.Keccak256Hash([]byte("investor"), inv[0].Bytes())
	reg := identityregistry.NewIdentityRegistry()
	if _, err := e.txm.Submit(ctx, txmgr.Request{IdempotencyKey: "second-wallet", To: &e.suite.Registry.Address,
		Data: reg.PackRegisterIdentity(second, investor1, 276, uint64(time.Now().AddDate(1, 0, 0).Unix()), big.NewInt(1))}); err != nil {
		t.Fatal(err)
	}
	if r, err := e.txm.Wait(ctx, "second-wallet"); err != nil || r.State == txmgr.Failed {
		t.Fatalf("register the second wallet: %v %s", err, r.Error)
	}
	tx, err = bind.Transact(tok.Instance(e.c, *ttf.Token), opts, tok.PackTransfer(second, big.NewInt(200_000000)))
	chaintest.MustMined(t, e.c, tx, err)
	e.waitIndexed(t)
	hs, err := e.auditor.InvestorHoldings(ctx, investor1)
	if err != nil {
		t.Fatal(err)
	}
	want := new(big.Int).Add(e.balanceOf(t, *ttf.Token, inv[0]), e.balanceOf(t, *ttf.Token, second))
	var found bool
	for _, h := range hs {
		if h.Symbol == "TTF2" {
			found = true
			if h.Amount != want.String() || len(h.Wallets) != 2 {
				t.Fatalf("investor 1 holds %s TTF2 in %v; chain says %s over two wallets", h.Amount, h.Wallets, want)
			}
		}
	}
	if !found {
		t.Fatalf("investor 1's holdings lack TTF2: %+v", hs)
	}
	ct, err = e.auditor.CapTable(ctx, ttf.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range ct.Holders {
		if h.InvestorID == investor1 && (len(h.Wallets) != 2 || h.Amount != want.String()) {
			t.Fatalf("cap table line of investor 1: %+v, want %s over two wallets", h, want)
		}
	}
	// The token counts investors (tokenization turned counting on): one
	// per investor however many wallets, all German here.
	ic := ct.Investors
	n := int64(len(ct.Holders))
	if !ic.Counting || ic.InvestorCount != n || ic.Holders != n || len(ic.Drift) != 0 || len(ic.Recount) != 0 ||
		len(ic.Countries) != 1 || ic.Countries[0] != (api.CountryCount{Country: "DE", Numeric: 276, Onchain: n, Recounted: n, Current: n, ShareBPS: 10_000}) ||
		len(ic.Categories) != 9 || ic.Categories[0].Onchain != n || ic.Categories[8].Category != "retail" {
		t.Fatalf("investor counts of %d holders: %+v", n, ic)
	}
	// Investor 1 moves to France in the registry: the token keeps counting
	// it in Germany until a recount, which the cap table points to.
	if _, err := e.txm.Submit(ctx, txmgr.Request{IdempotencyKey: "investor1-moves", To: &e.suite.Registry.Address,
		Data: reg.PackUpdateCountry(inv[0], 250)}); err != nil {
		t.Fatal(err)
	}
	if r, err := e.txm.Wait(ctx, "investor1-moves"); err != nil || r.State == txmgr.Failed {
		t.Fatalf("update the country: %v %s", err, r.Error)
	}
	e.waitIndexed(t)
	if ct, err = e.auditor.CapTable(ctx, ttf.ID); err != nil {
		t.Fatal(err)
	}
	ic = ct.Investors
	byCountry := map[string]api.CountryCount{}
	for _, c := range ic.Countries {
		byCountry[c.Country] = c
	}
	if len(ic.Drift) != 0 || len(ic.Recount) != 1 || ic.Recount[0].Anchor != inv[0] || ic.Recount[0].Country != "DE" || ic.Recount[0].NowCountry != "FR" ||
		byCountry["DE"].Onchain != n || byCountry["DE"].Recounted != n || byCountry["DE"].Current != n-1 || byCountry["FR"].Current != 1 || byCountry["FR"].Onchain != 0 {
		t.Fatalf("after investor 1 moved: %+v", ic)
	}
	_, err = e.auditor.InvestorHoldings(ctx, crypto.Keccak256Hash([]byte("nobody")))
	mustCode(t, err, 404, "investor_not_found")
}

func countRequests(t *testing.T, e *env, assetID string) int {
	t.Helper()
	n := 0
	for _, err := range e.auditor.Requests(context.Background(), assetID, "") {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	return n
}
