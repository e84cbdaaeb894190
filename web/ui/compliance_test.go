package ui_test

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/compliance"
)

// A compliance officer sees investors with their KYC status and another
// officer's freeze awaiting approval, with who requested it, and approves
// it; the requester is not offered to approve its own, and sees the
// decision arrive on its open page.
func TestBrowserComplianceView(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	a := e.seedHolding(t, "CMPL", []string{"10"}, []int64{100_000_000})
	tok := assettoken.NewAssetToken()
	e.send(t, "grant-agent", *a.Token, tok.PackGrantRole(crypto.Keccak256Hash([]byte("AGENT_ROLE")), e.txm.From()))

	officerA, secretA := e.srv.NewKey(t, "officer a", apikey.Compliance)
	officerB, secretB := e.srv.NewKey(t, "officer b", apikey.Compliance)
	if _, err := e.comp.CreateInvestor(ctx, e.srv.Principal(t, officerA), compliance.NewInvestor{LegalName: "Ada Lovelace", Type: compliance.Person, Country: "DE"}); err != nil {
		t.Fatal(err)
	}
	in, err := e.comp.RequestIntervention(ctx, e.srv.Principal(t, officerA), compliance.NewIntervention{Kind: compliance.Freeze, Asset: *a.Token, Wallet: e.wallets[0], Reason: "court order 12/2026"})
	if err != nil {
		t.Fatal(err)
	}
	id := strconv.FormatInt(in.Intervention.ID, 10)
	row := `[data-intervention="` + id + `"]`

	login := func(id, secret string) context.Context {
		tab := newTab(t, nil)
		run(t, tab, "sign in "+id,
			signInSteps(e.srv.URL(), id, secret),
			chromedp.Navigate(e.srv.URL()+"/ui/compliance"),
			chromedp.WaitVisible("#interventions", chromedp.ByQuery),
		)
		return tab
	}
	a1 := login(officerA, secretA)
	var own int
	run(t, a1, "own request", chromedp.Evaluate(`document.querySelectorAll('`+row+` form').length`, &own),
		chromedp.WaitVisible(`main[data-stream-state="open"]`, chromedp.ByQuery))
	if own != 0 {
		t.Fatal("the requester is offered to decide its own intervention")
	}
	b := login(officerB, secretB)
	var kyc, requestedBy string
	run(t, b, "read",
		chromedp.Text(`#investors [data-field="kyc"]`, &kyc, chromedp.ByQuery),
		chromedp.AttributeValue(row+` td:nth-child(7) .actor`, "data-actor", &requestedBy, nil, chromedp.ByQuery),
	)
	if kyc != "pending" || requestedBy != "key:"+officerA {
		t.Fatalf("kyc %q, requested by %q", kyc, requestedBy)
	}
	readme(t, b, "compliance")
	var notice string
	submit(t, b, "approve", row+` form[action$="/approve"] button`,
		chromedp.WaitVisible("p.notice", chromedp.ByQuery),
		chromedp.Text("p.notice", &notice, chromedp.ByQuery),
	)
	if !strings.Contains(notice, "approved") {
		t.Fatalf("notice %q", notice)
	}
	// Officer A's page, open all along, drops the decided intervention by
	// itself.
	live(t, a1, "interventions, live", chromedp.WaitNotPresent(row, chromedp.ByQuery))
	got, err := e.comp.Intervention(ctx, in.Intervention.ID)
	if err != nil || got.Intervention.DecidedBy != "key:"+officerB || got.Intervention.State != compliance.Approved {
		t.Fatalf("intervention %+v, %v", got.Intervention, err)
	}
}
