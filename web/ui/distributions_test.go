package ui_test

import (
	"context"
	"math/big"
	"net/url"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/issuance"
)

// On the asset page an issuer declares a distribution, which waits for
// another key: the issuer is neither offered nor allowed to approve it; an
// approver sees Approve and Reject and approving publishes it, paid out of
// the asset's treasury.
func TestConsoleDistributionNeedsAnIndependentApprover(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	a := e.seedHolding(t, "DIST", []string{"300", "100"}, []int64{100_000_000})
	issuerID, issuerSecret := e.srv.NewKey(t, "ui issuer", apikey.Issuer)
	approverID, approverSecret := e.srv.NewKey(t, "ui approver", apikey.Approver)
	issuer, approver := e.signIn(t, issuerID, issuerSecret), e.signIn(t, approverID, approverSecret)
	page := "/ui/console/assets/" + a.ID
	// 1 dUSD, typed in its units: 1,000,000 base units (6 decimals).
	form := url.Values{"payment_token": {e.suite.Stablecoin.Address.Hex()}, "total": {"1"}}

	// More decimals than the payment token has: refused, nothing stored.
	tooFine := url.Values{"payment_token": form["payment_token"], "total": {"0.0000001"}}
	if r := issuer.do("POST", page+"/distributions", tooFine); r.status != 400 || !strings.Contains(r.body, "more than the payment token&#39;s 6 decimals") {
		t.Fatalf("a total with 7 decimals: %d %s", r.status, r.body)
	}
	// Unfunded: refused, with the amount missing.
	if r := issuer.do("POST", page+"/distributions", form); r.status != 422 || !strings.Contains(r.body, "1 (1000000 base units) more is needed") {
		t.Fatalf("declaring on an empty treasury: %d %s", r.status, r.body)
	}
	e.fundTreasury(t, *a.Token, big.NewInt(1_000_000))
	r := issuer.do("POST", page+"/distributions", form)
	if r.status != 303 || !strings.Contains(r.location, "notice=distribution_declared") {
		t.Fatalf("declare: %d %s %s", r.status, r.location, r.body)
	}
	ds, err := e.svc.Distributions(ctx, a.ID)
	if err != nil || len(ds) != 1 || ds[0].State != issuance.Pending || ds[0].OnchainID != "" || ds[0].Total != "1000000" {
		t.Fatalf("declared %+v %v", ds, err)
	}
	d := ds[0]
	body := issuer.do("GET", page, nil).body
	if !strings.Contains(body, `data-field="total" title="1000000 base units">1</td>`) {
		t.Fatalf("the declared total is not shown in dUSD: %s", body)
	}
	// Who declared it: the key's name, its id on hover only.
	if !strings.Contains(body, `data-actor="key:`+issuerID+`">ui issuer`) || strings.Contains(body, ">key:"+issuerID) {
		t.Fatalf("the declarer is not shown by its key's name: %s", body)
	}
	approve := "/ui/console/distributions/" + d.ID + "/approve"

	if body := issuer.do("GET", page, nil).body; strings.Contains(body, `action="`+approve+`"`) || !strings.Contains(body, "awaiting an independent approver") {
		t.Fatal("the declarer is offered to approve its own distribution")
	}
	if r := issuer.do("POST", approve, url.Values{}); r.status != 403 {
		t.Fatalf("the issuer approved: %d %s", r.status, r.body)
	}
	if body := approver.do("GET", page, nil).body; !strings.Contains(body, `action="`+approve+`"`) ||
		!strings.Contains(body, `action="/ui/console/distributions/`+d.ID+`/reject"`) {
		t.Fatal("the approver is not offered to decide the distribution")
	}
	r = approver.do("POST", approve, url.Values{"note": {"treasury funded"}})
	if r.status != 303 || !strings.Contains(r.location, "notice=distribution_published") {
		t.Fatalf("approve: %d %s %s", r.status, r.location, r.body)
	}
	got, err := e.svc.Distribution(ctx, d.ID)
	if err != nil || got.State != issuance.Approved || got.OnchainID == "" || got.DecidedBy != "key:"+approverID {
		t.Fatalf("approved %+v %v", got, err)
	}
	if body := approver.do("GET", r.location, nil).body; !strings.Contains(body, "Distribution "+d.ID+" published.") {
		t.Fatal("the asset page does not say the distribution was published")
	}
}

// An intervention's amount is typed in the token's units on the rules
// page, stored as base units, and shown in units in the queue; more
// decimals than the token has are refused and nothing is requested.
func TestInterventionAmountInUnits(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	a := e.seedHolding(t, "IVUN", []string{"10"}, nil)
	e.send(t, "grant-agent", *a.Token, assettoken.NewAssetToken().PackGrantRole(crypto.Keccak256Hash([]byte("AGENT_ROLE")), e.txm.From()))
	id, secret := e.srv.NewKey(t, "officer", apikey.Compliance)
	o := e.signIn(t, id, secret)
	path := "/ui/compliance/assets/" + a.Token.Hex() + "/interventions"
	form := url.Values{"kind": {"freeze_partial"}, "wallet": {e.wallets[0].Hex()}, "amount": {"2.0000005"}, "reason": {"court order 12"}}
	if r := o.do("POST", path, form); r.status != 400 || !strings.Contains(r.body, "decimals_mismatch") {
		t.Fatalf("an amount finer than the token: %d %.300s", r.status, r.body)
	}
	form.Set("amount", "2.5")
	if r := o.do("POST", path, form); r.status >= 400 {
		t.Fatalf("request: %d %.300s", r.status, r.body)
	}
	ins, err := e.comp.Interventions(ctx, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, in := range ins {
		if in.Asset == *a.Token {
			if found || in.Amount == nil || in.Amount.String() != "2500000" {
				t.Fatalf("interventions on the token: %+v", ins)
			}
			found = true
		}
	}
	if !found {
		t.Fatal("no intervention was requested")
	}
	body := o.do("GET", "/ui/compliance", nil).body
	if !strings.Contains(body, `data-field="amount" title="2500000 base units">2.5</td>`) {
		t.Fatalf("the queue does not show 2.5 units: %s", body)
	}
	// The token by its asset's symbol, its address on hover.
	if !strings.Contains(body, `data-token="`+a.Token.Hex()+`">IVUN</span>`) {
		t.Fatalf("the queue does not name the token IVUN: %s", body)
	}
}
