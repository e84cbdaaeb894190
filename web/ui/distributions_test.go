package ui_test

import (
	"context"
	"math/big"
	"net/url"
	"strings"
	"testing"

	"github.com/tessera-rwa/tessera/auth/apikey"
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
	if body := issuer.do("GET", page, nil).body; !strings.Contains(body, `data-field="total" title="1000000 base units">1</td>`) {
		t.Fatalf("the declared total is not shown in dUSD: %s", body)
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
