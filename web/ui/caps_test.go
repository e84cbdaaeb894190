package ui_test

import (
	"context"
	"html"
	"math/big"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/internal/app/apptest"
)

// A compliance officer caps the investors from Germany and sets a daily
// transfer window in the caps editor, typing the limit in units. A limit
// with more decimals than the token's is refused beside the editor with
// the fields as typed and nothing written; the corrected form reaches the
// token, which the API then reads back, and the change is in the cap
// history with its before and after. Leaving the country out of the list
// removes its cap.
func TestBrowserCapsEditor(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	a := e.seedHolding(t, "CAPS", []string{"10"}, nil)
	token := a.Token.Hex()
	page := e.srv.URL() + "/ui/compliance/assets/" + token

	id, secret := e.srv.NewKey(t, "officer", apikey.Compliance)
	tab := newTab(t, nil)
	run(t, tab, "sign in and open the token's rules",
		signInSteps(e.srv.URL(), id, secret),
		chromedp.Navigate(page),
		chromedp.WaitVisible("#caps-editor", chromedp.ByQuery),
		chromedp.SetValue(`#caps-editor [name="country_caps"]`, "DE=3", chromedp.ByQuery),
		chromedp.SetValue(`#caps-editor [name="window_period_0"]`, "86400", chromedp.ByQuery),
		chromedp.SetValue(`#caps-editor [name="window_limit_0"]`, "1000.1234567", chromedp.ByQuery),
		chromedp.SetValue(`#caps-editor [name="reason"]`, "Reg D: at most three German investors, 1,000.5 units a day", chromedp.ByQuery),
	)
	var refusal, country, limit, reason string
	submit(t, tab, "a limit with seven decimals", `#caps-editor button[type="submit"]`,
		chromedp.WaitVisible("#caps-error", chromedp.ByQuery),
		chromedp.Text("#caps-error", &refusal, chromedp.ByQuery),
		chromedp.Value(`#caps-editor [name="country_caps"]`, &country, chromedp.ByQuery),
		chromedp.Value(`#caps-editor [name="window_limit_0"]`, &limit, chromedp.ByQuery),
		chromedp.Value(`#caps-editor [name="reason"]`, &reason, chromedp.ByQuery),
	)
	if !strings.Contains(refusal, "transfer window 1") || !strings.Contains(refusal, "6 decimals") {
		t.Fatalf("refusal: %q", refusal)
	}
	if country != "DE=3" || limit != "1000.1234567" || !strings.HasPrefix(reason, "Reg D") {
		t.Fatalf("typed values not kept: country %q, limit %q, reason %q", country, limit, reason)
	}
	if c := mustCaps(t, e, *a.Token); len(c.TransferLimits) != 0 || len(c.CountryCaps) != 0 {
		t.Fatalf("a refused form wrote caps: %+v", c)
	}

	var windowBase, countries string
	run(t, tab, "correct the limit", chromedp.SetValue(`#caps-editor [name="window_limit_0"]`, "1000.5", chromedp.ByQuery))
	submit(t, tab, "set the caps", `#caps-editor button[type="submit"]`,
		chromedp.WaitVisible("p.notice", chromedp.ByQuery),
		chromedp.AttributeValue(`#caps [data-window="86400"]`, "data-base", &windowBase, nil, chromedp.ByQuery),
		chromedp.Text(`#caps [data-field="country-caps"]`, &countries, chromedp.ByQuery),
	)
	if windowBase != "1000500000" || countries != "DE=3" {
		t.Fatalf("caps shown: window %q base units, countries %q", windowBase, countries)
	}

	// The chain has them, as the API reads them.
	c := e.srv.Client(t, id, secret)
	got, err := c.Caps(ctx, token)
	if err != nil {
		t.Fatal(err)
	}
	if got.Decimals != 6 || got.CountryCaps["DE"] != 3 || len(got.TransferLimits) != 1 ||
		got.TransferLimits[0].PeriodSeconds != 86400 || got.TransferLimits[0].Limit != "1000500000" {
		t.Fatalf("caps on chain: %+v", got)
	}

	var before, after, actor, actorName string
	run(t, tab, "the history",
		chromedp.Text(`#caps-history tr[data-what="country DE"] [data-field="before"]`, &before, chromedp.ByQuery),
		chromedp.Text(`#caps-history tr[data-what="country DE"] [data-field="after"]`, &after, chromedp.ByQuery),
		chromedp.AttributeValue(`#caps-history tbody tr:first-child .actor`, "data-actor", &actor, nil, chromedp.ByQuery),
		chromedp.Text(`#caps-history tbody tr:first-child .actor`, &actorName, chromedp.ByQuery),
	)
	// The key that set them, by its name (its id on hover).
	if before != "none" || after != "3" || actor != "key:"+id || !strings.HasPrefix(actorName, "officer") {
		t.Fatalf("history: DE %q → %q by %q (%q)", before, after, actorName, actor)
	}
	shot(t, tab, "compliance-caps")

	// A country left out of the list loses its cap; the window stays.
	run(t, tab, "remove the country cap",
		chromedp.Navigate(page), chromedp.WaitVisible("#caps-editor", chromedp.ByQuery),
		chromedp.Clear(`#caps-editor [name="country_caps"]`, chromedp.ByQuery),
		chromedp.SetValue(`#caps-editor [name="reason"]`, "the placement closed", chromedp.ByQuery))
	var rows int
	submit(t, tab, "set the caps again", `#caps-editor button[type="submit"]`,
		chromedp.WaitVisible("p.notice", chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll("#caps-history tr[data-what='country DE']").length`, &rows))
	if cs := mustCaps(t, e, *a.Token); len(cs.CountryCaps) != 0 || len(cs.TransferLimits) != 1 || rows != 2 {
		t.Fatalf("after removing DE: %+v, %d history rows for DE", cs, rows)
	}
}

func mustCaps(t *testing.T, e *env, token common.Address) compliance.Caps {
	t.Helper()
	c, err := e.comp.Caps(context.Background(), token)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// A signed-in auditor reads the rules page but is offered no caps editor,
// and a caps form it sends anyway is refused with 403: nothing reaches the
// compliance log or the token.
func TestCapsEditorRefusesWithoutRulesSet(t *testing.T) {
	t.Parallel()
	e := newEnvWith(t, apptest.Options{Shared: true})
	a := e.seedHolding(t, "CAPR", []string{"10"}, nil)
	path := "/ui/compliance/assets/" + a.Token.Hex()

	id, secret := e.srv.NewKey(t, "auditor", apikey.Auditor)
	o := e.signIn(t, id, secret)
	got := o.do("GET", path, nil)
	if got.status != http.StatusOK || !strings.Contains(got.body, `id="caps-history"`) && !strings.Contains(got.body, "No cap change yet") {
		t.Fatalf("auditor's rules page: %d %.300s", got.status, got.body)
	}
	if strings.Contains(got.body, `id="caps-editor"`) {
		t.Fatal("the auditor is offered the caps editor")
	}
	got = o.do("POST", path+"/caps", url.Values{"country_caps": {"DE=1"}, "window_period_0": {"60"}, "window_limit_0": {"1"}, "reason": {"not mine to set"}})
	if got.status != http.StatusForbidden || !strings.Contains(got.body, "missing_scope") {
		t.Fatalf("auditor's caps form: %d %.300s", got.status, got.body)
	}
	c := mustCaps(t, e, *a.Token)
	hist, err := e.comp.CapsHistory(context.Background(), *a.Token, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.CountryCaps) != 0 || len(c.TransferLimits) != 0 || len(hist) != 0 {
		t.Fatalf("a refused form wrote: caps %+v, %d log entries", c, len(hist))
	}
}

// The portal shows what the investor may still transfer in each window:
// after a transfer it is the chain's transferAllowance, not the limit.
func TestBrowserPortalTransferAllowance(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	a := e.seedHolding(t, "ALLW", []string{"10"}, nil)
	token := *a.Token
	ws := []compliance.TransferWindow{{PeriodSeconds: 86400, Limit: big.NewInt(5_000_000)}}
	if _, err := e.comp.SetCaps(ctx, auth.System("caps-officer", auth.Compliance), token,
		compliance.CapsUpdate{TransferLimits: &ws, Reason: "five units a day"}); err != nil {
		t.Fatal(err)
	}
	e.p.SendAs(t, e.investors[0], token, assettoken.NewAssetToken().PackTransfer(e.wallets[1], big.NewInt(1_250_000)))
	e.waitIndexed(t)
	onchain, err := e.comp.TransferAllowances(ctx, auth.Wallet(e.wallets[0].Hex()), token, e.wallets[0])
	if err != nil {
		t.Fatal(err)
	}
	if len(onchain) != 1 || onchain[0].Remaining.String() != "3750000" {
		t.Fatalf("transferAllowance on chain: %+v", onchain)
	}

	w := &testWallet{key: e.investors[0], client: e.c, chainID: e.a.ChainID}
	inv := newTab(t, w)
	var remaining, shown string
	run(t, inv, "the portal shows the allowance",
		chromedp.Navigate(e.srv.URL()+"/"),
		chromedp.WaitVisible("#siwe", chromedp.ByQuery),
		chromedp.Click("#siwe", chromedp.ByQuery),
		chromedp.WaitVisible(`.holding [data-allowance="86400"]`, chromedp.ByQuery),
		chromedp.AttributeValue(`.holding [data-allowance="86400"] [data-field="allowance-remaining"]`, "data-base", &remaining, nil, chromedp.ByQuery),
		chromedp.Text(`.holding [data-allowance="86400"] dd`, &shown, chromedp.ByQuery),
	)
	if remaining != onchain[0].Remaining.String() || !strings.HasPrefix(shown, "3.75 of 5 left") {
		t.Fatalf("portal allowance: %q base units, %q; chain %s", remaining, shown, onchain[0].Remaining)
	}
}

// staleFormRig seeds an asset with symbol sym, signs an officer in and
// loads the asset's rules page; m is field's match there (the state a
// form was filled from).
func staleFormRig(t *testing.T, sym string, field *regexp.Regexp) (e *env, token common.Address, path string, o *operator, m []string) {
	t.Helper()
	e = newEnvWith(t, apptest.Options{Shared: true})
	a := e.seedHolding(t, sym, []string{"10"}, nil)
	token = *a.Token
	path = "/ui/compliance/assets/" + token.Hex()
	id, secret := e.srv.NewKey(t, "officer", apikey.Compliance)
	o = e.signIn(t, id, secret)
	page := o.do("GET", path, nil)
	if m = field.FindStringSubmatch(page.body); page.status != http.StatusOK || m == nil {
		t.Fatalf("rules page: %d, %s: %v", page.status, field, m)
	}
	return e, token, path, o, m
}

// A caps form filled before another officer's change is refused (409
// caps_changed) rather than silently undoing that change; sent again from
// the page that says so, it applies.
func TestCapsEditorRefusesAStaleForm(t *testing.T) {
	t.Parallel()
	loaded := regexp.MustCompile(`name="caps_loaded" value="([0-9]+-[0-9a-f]+)"`)
	e, token, path, o, m := staleFormRig(t, "CAPS", loaded)
	ws := []compliance.TransferWindow{{PeriodSeconds: 3600, Limit: big.NewInt(7_000_000)}}
	if _, err := e.comp.SetCaps(context.Background(), auth.System("other-officer", auth.Compliance), token,
		compliance.CapsUpdate{TransferLimits: &ws, Reason: "meanwhile"}); err != nil {
		t.Fatal(err)
	}
	form := url.Values{"caps_loaded": {m[1]}, "country_caps": {""}, "reason": {"from a page loaded before"}}
	got := o.do("POST", path+"/caps", form)
	if got.status != http.StatusConflict || !strings.Contains(got.body, `data-code="caps_changed"`) {
		t.Fatalf("stale form: %d %.300s", got.status, got.body)
	}
	if c := mustCaps(t, e, token); len(c.TransferLimits) != 1 {
		t.Fatalf("a refused form wrote: %+v", c)
	}
	m = loaded.FindStringSubmatch(got.body)
	if m == nil || m[1] == form.Get("caps_loaded") {
		t.Fatalf("the refusal's form does not carry the caps in force: %v", m)
	}
	form.Set("caps_loaded", m[1])
	if got = o.do("POST", path+"/caps", form); got.status >= 400 {
		t.Fatalf("sent again: %d %.300s", got.status, got.body)
	}
	if c := mustCaps(t, e, token); len(c.TransferLimits) != 0 {
		t.Fatalf("sent again, the windows are still %+v", c.TransferLimits)
	}
}

// The rules editor states the rules in full: a form filled from an older
// version than the one in force is refused (409 rules_changed) rather than
// undoing the change made since; the API refuses the same way when told
// the version a set was made from.
func TestRulesEditorRefusesAStaleForm(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	version := regexp.MustCompile(`name="based_on_version" value="([0-9]+)"`)
	e, token, path, o, m := staleFormRig(t, "RULS", version)
	before, err := e.comp.Rules(ctx, token)
	if err != nil {
		t.Fatal(err)
	}
	n := int64(7)
	other := auth.System("other-officer", auth.Compliance)
	if _, err := e.comp.SetRules(ctx, other, token, compliance.RulesUpdate{MaxInvestors: &n, Reason: "meanwhile"}); err != nil {
		t.Fatal(err)
	}
	got := o.do("POST", path+"/rules", url.Values{"based_on_version": {m[1]}, "reason": {"from a page loaded before"}})
	if got.status != http.StatusConflict || !strings.Contains(got.body, "rules_changed") {
		t.Fatalf("stale rules form: %d %.300s", got.status, got.body)
	}
	now, err := e.comp.Rules(ctx, token)
	if err != nil {
		t.Fatal(err)
	}
	if now.Version != before.Version+1 || now.MaxInvestors == nil || *now.MaxInvestors != 7 {
		t.Fatalf("the refused form changed the rules: version %d, max investors %v", now.Version, now.MaxInvestors)
	}
	stale := int64(before.Version)
	if _, err := e.comp.SetRules(ctx, other, token, compliance.RulesUpdate{Reason: "stale", BasedOnVersion: &stale}); !errs.Is(err, errs.Conflict) {
		t.Fatalf("a set made from version %d with %d in force: %v, want rules_changed", stale, now.Version, err)
	}
	page := o.do("GET", path, nil)
	if m = version.FindStringSubmatch(page.body); m == nil || m[1] != strconv.Itoa(now.Version) {
		t.Fatalf("the reloaded page's version: %v, want %d", m, now.Version)
	}
	if got = o.do("POST", path+"/rules", url.Values{"based_on_version": {m[1]}, "reason": {"no more cap"}}); got.status >= 400 {
		t.Fatalf("from the version in force: %d %.300s", got.status, got.body)
	}
	if r, _ := e.comp.Rules(ctx, token); r.Version != now.Version+1 || r.MaxInvestors != nil {
		t.Fatalf("after the fresh form: version %d, max investors %v", r.Version, r.MaxInvestors)
	}
}

// formFields are the values a browser sends for the form whose opening
// tag holds marker in page: each input's value (a checkbox only when
// checked) and each select's selected option, or its first.
func formFields(t *testing.T, page, marker string) url.Values {
	t.Helper()
	start := strings.Index(page, marker)
	if start < 0 {
		t.Fatalf("no form %q in the page", marker)
	}
	form := page[start:]
	form = form[:strings.Index(form, "</form>")]
	attr := func(tag, name string) (string, bool) {
		m := regexp.MustCompile(`\s` + name + `="([^"]*)"`).FindStringSubmatch(tag)
		if m == nil {
			return "", false
		}
		return html.UnescapeString(m[1]), true
	}
	out := url.Values{}
	for _, tag := range regexp.MustCompile(`<input[^>]*>`).FindAllString(form, -1) {
		name, _ := attr(tag, "name")
		value, _ := attr(tag, "value")
		if typ, _ := attr(tag, "type"); name == "" || typ == "checkbox" && !strings.Contains(tag, " checked") {
			continue
		}
		out.Set(name, value)
	}
	for _, m := range regexp.MustCompile(`(?s)<select name="([^"]+)">(.*?)</select>`).FindAllStringSubmatch(form, -1) {
		options := regexp.MustCompile(`<option value="([^"]*)"( selected)?`).FindAllStringSubmatch(m[2], -1)
		if len(options) == 0 {
			continue
		}
		chosen := options[0][1]
		for _, o := range options {
			if o[2] != "" {
				chosen = o[1]
			}
		}
		out.Set(m[1], chosen)
	}
	return out
}

// The rules editor states the rules in full, the proof-of-reserve guard
// and an issuer's own lock-up reason among them: an officer who sends it
// having changed one field changes only that field (it once turned the
// reserve guard off, and put an issuer's reason back to the issuance
// lock-up).
func TestRulesEditorKeepsWhatItDoesNotChange(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	e := newEnvWith(t, apptest.Options{Shared: true})
	a := e.seedHolding(t, "KEEP", []string{"10"}, nil)
	token, path := *a.Token, "/ui/compliance/assets/"+a.Token.Hex()
	id, secret := e.srv.NewKey(t, "officer", apikey.Compliance)
	o := e.signIn(t, id, secret)
	reason := int64(200) // the issuer's own
	guard := &compliance.ReserveGuard{Feed: *a.Feed, MaxAge: 3600, MarginMode: compliance.MarginBps, Margin: big.NewInt(150)}
	if _, err := e.comp.SetRules(ctx, auth.System("other-officer", auth.Compliance), token, compliance.RulesUpdate{
		ReserveGuard: guard, LockupSeconds: 86_400, LockupReason: &reason, Reason: "reserve and lock-up"}); err != nil {
		t.Fatal(err)
	}
	page := o.do("GET", path, nil)
	if !strings.Contains(page.body, "margin bps 150") {
		t.Fatalf("the page does not show the reserve guard in force: %.400s", page.body)
	}
	form := formFields(t, page.body, `id="rules-editor"`)
	form.Set("max_investors", "50")
	form.Set("reason", "only the investor cap")
	if got := o.do("POST", path+"/rules", form); got.status >= 400 {
		t.Fatalf("the editor, one field changed: %d %.300s", got.status, got.body)
	}
	now, err := e.comp.Rules(ctx, token)
	if err != nil {
		t.Fatal(err)
	}
	if now.MaxInvestors == nil || *now.MaxInvestors != 50 {
		t.Fatalf("after the form: max investors %v, want 50", now.MaxInvestors)
	}
	if now.LockupSeconds != 86_400 || now.LockupReason != compliance.LockReason(reason) {
		t.Fatalf("after the form: lock-up %d s reason %d, want 86400 s reason %d", now.LockupSeconds, now.LockupReason, reason)
	}
	g := now.ReserveGuard
	if g == nil || g.Feed != guard.Feed || g.MaxAge != guard.MaxAge || g.MarginMode != guard.MarginMode || g.Margin.Cmp(guard.Margin) != 0 {
		t.Fatalf("the reserve guard after the form: %+v, want %+v", g, guard)
	}
	onChain, err := bind.Call(assettoken.NewAssetToken().Instance(e.c, token), nil, assettoken.NewAssetToken().PackReserveGuard(),
		assettoken.NewAssetToken().UnpackReserveGuard)
	if err != nil {
		t.Fatal(err)
	}
	if onChain.Feed != guard.Feed || onChain.MaxAge != guard.MaxAge {
		t.Fatalf("the token's reserve guard after the form: %+v", onChain)
	}
}
