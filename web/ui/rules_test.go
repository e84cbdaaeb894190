package ui_test

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/issuance"
)

// A compliance officer sets a minimum holding and an initial lock-up in
// the rules editor; the next mint is locked on chain, and the investor
// sees the lock, its reason and when it releases on the portal.
func TestBrowserRulesEditorAndPortalLocks(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	a := e.seedHolding(t, "RULE", []string{"10"}, []int64{100_000_000})
	token := a.Token.Hex()

	id, secret := e.srv.NewKey(t, "officer", apikey.Compliance)
	tab := newTab(t, nil)
	run(t, tab, "sign in and open the token's rules",
		signInSteps(e.srv.URL(), id, secret),
		chromedp.Navigate(e.srv.URL()+"/ui/compliance"),
		chromedp.Click(`#tokens a[data-token="`+token+`"]`, chromedp.ByQuery),
		chromedp.WaitVisible("#rules-editor", chromedp.ByQuery),
	)
	// refused fills the editor with fields, sends it and wants a refusal
	// saying want; then the editor is loaded afresh.
	refused := func(what, want string, fields ...string) {
		t.Helper()
		var acts []chromedp.Action
		for i := 0; i+1 < len(fields); i += 2 {
			acts = append(acts, chromedp.SetValue(`#rules-editor [name="`+fields[i]+`"]`, fields[i+1], chromedp.ByQuery))
		}
		run(t, tab, what, acts...)
		var page string
		submit(t, tab, what, `#rules-editor button[type="submit"]`,
			chromedp.WaitVisible("section.error", chromedp.ByQuery), chromedp.Text("section.error", &page, chromedp.ByQuery))
		if !strings.Contains(page, want) {
			t.Fatalf("%s: refusal page %.500s", what, page)
		}
		run(t, tab, "back to the editor", chromedp.Navigate(e.srv.URL()+"/ui/compliance/assets/"+token), chromedp.WaitVisible("#rules-editor", chromedp.ByQuery))
	}
	// A minimum holding above the maximum balance is refused with its
	// reason, in the units typed (6 decimals) with base units beside.
	refused("a bad minimum", "the minimum holding, 600 units (600000000 base units), is above the maximum balance, 500 units (500000000 base units)",
		"max_balance", "500", "min_holding", "600", "reason", "too high")
	// More decimals than the token has: refused before anything is set.
	refused("a minimum finer than the token", "has more than the token's 6 decimals", "min_holding", "0.0000001", "reason", "too fine")
	run(t, tab, "fill the editor",
		chromedp.SetValue(`#rules-editor [name="min_holding"]`, "1", chromedp.ByQuery),
		chromedp.SetValue(`#rules-editor [name="lockup_seconds"]`, "86400", chromedp.ByQuery),
		chromedp.SetValue(`#rules-editor [name="reason"]`, "Rule 144 holding period, minimum one unit", chromedp.ByQuery),
	)
	var minHolding, minHoldingBase, minHoldingField, lockup string
	var versions int
	submit(t, tab, "set the rules", `#rules-editor button[type="submit"]`,
		chromedp.WaitVisible("p.notice", chromedp.ByQuery),
		chromedp.Text(`[data-field="min-holding"]`, &minHolding, chromedp.ByQuery),
		chromedp.AttributeValue(`[data-field="min-holding"] span`, "title", &minHoldingBase, nil, chromedp.ByQuery),
		chromedp.Value(`#rules-editor [name="min_holding"]`, &minHoldingField, chromedp.ByQuery),
		chromedp.Text(`[data-field="lockup"]`, &lockup, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll("#rules-history tbody tr").length`, &versions),
	)
	if minHolding != "1" || minHoldingBase != "1000000 base units" || minHoldingField != "1" || !strings.Contains(lockup, "86400 s · issuance lock-up") || versions != 2 {
		t.Fatalf("rules shown: min holding %q (%q, editor %q), lock-up %q, %d versions", minHolding, minHoldingBase, minHoldingField, lockup, versions)
	}
	if r, err := e.comp.Rules(ctx, *a.Token); err != nil || r.MinHolding == nil || r.MinHolding.String() != "1000000" {
		t.Fatalf("the minimum holding stored: %+v %v", r.MinHolding, err)
	}
	readme(t, tab, "compliance-rules")

	// The next mint is locked by the token itself.
	r, err := e.svc.RequestMint(ctx, seedIssuer, a.ID, issuance.MintKind, issuance.NewRequest{Wallet: e.wallets[0].Hex(), Amount: "5"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.svc.Approve(ctx, seedApprover, r.ID, ""); err != nil {
		t.Fatal(err)
	}
	if r = e.waitRequest(t, r.ID); r.ChainState != string(txmgr.Confirmed) && r.ChainState != string(txmgr.Finalized) {
		t.Fatalf("mint %s: %s", r.ID, r.ChainState)
	}
	e.waitIndexed(t)

	w := &testWallet{key: e.investors[0], client: e.c, chainID: e.a.ChainID}
	inv := newTab(t, w)
	var locked, total, release string
	run(t, inv, "the portal shows the lock",
		chromedp.Navigate(e.srv.URL()+"/"),
		chromedp.WaitVisible("#siwe", chromedp.ByQuery),
		chromedp.Click("#siwe", chromedp.ByQuery),
		chromedp.WaitVisible(`.holding tr[data-reason="issuance_lockup"]`, chromedp.ByQuery),
		chromedp.AttributeValue(`.holding tr[data-reason="issuance_lockup"] [data-field="lock-locked"]`, "data-base", &locked, nil, chromedp.ByQuery),
		chromedp.AttributeValue(`.holding [data-field="locked"]`, "data-base", &total, nil, chromedp.ByQuery),
		chromedp.Text(`.holding tr[data-reason="issuance_lockup"] [data-field="lock-release"]`, &release, chromedp.ByQuery),
	)
	if locked != "5000000" || total != "5000000" || !strings.HasPrefix(release, "all on ") {
		t.Fatalf("portal lock: locked %q of %q, releases %q", locked, total, release)
	}
	readme(t, inv, "portal-locks")
}
