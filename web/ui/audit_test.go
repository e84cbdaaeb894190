package ui_test

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/tessera-rwa/tessera/auth/apikey"
)

// An auditor runs a verification report on a tokenized asset and
// downloads its holders export.
func TestBrowserAuditorView(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	a := e.seedHolding(t, "AUDT", []string{"7.5", "2.5"}, []int64{100_000_000, 100_100_000})
	id, secret := e.srv.NewKey(t, "auditor", apikey.Auditor)
	tab := newTab(t, nil)
	var result string
	var checks int
	run(t, tab, "report",
		signInSteps(e.srv.URL(), id, secret),
		chromedp.Navigate(e.srv.URL()+"/ui/audit"),
		chromedp.WaitVisible(`[data-symbol="AUDT"]`, chromedp.ByQuery),
	)
	shot(t, tab, "audit")
	run(t, tab, "open report",
		chromedp.Click(`[data-symbol="AUDT"] a[data-report="latest"]`, chromedp.ByQuery),
		chromedp.WaitVisible("#report-result", chromedp.ByQuery),
		chromedp.Text("#report-result", &result, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelectorAll("[data-check]").length`, &checks),
	)
	readme(t, tab, "audit-report")
	// The rounds here were pushed by hand, not by the relay, so the
	// valuation check fails with those rounds named; the others pass.
	var passed int
	run(t, tab, "passed checks", chromedp.Evaluate(`document.querySelectorAll('[data-status="pass"]').length`, &passed))
	if (result != "passed" && result != "failed") || checks < 3 || passed == 0 {
		var failed string
		_ = chromedp.Run(tab, chromedp.Text("main", &failed, chromedp.ByQuery))
		t.Fatalf("report %q with %d checks:\n%s", result, checks, failed)
	}
	var csv string
	run(t, tab, "export",
		chromedp.Navigate(e.srv.URL()+"/ui/audit"),
		chromedp.WaitVisible(`[data-symbol="AUDT"]`, chromedp.ByQuery),
		chromedp.Evaluate(`fetch(document.querySelector('[data-symbol="AUDT"] a[data-export="holders"]').href).then(r => r.text())`, &csv,
			func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }),
	)
	if !strings.Contains(csv, e.wallets[0].Hex()) && !strings.Contains(strings.ToLower(csv), strings.ToLower(e.wallets[0].Hex())) {
		t.Fatalf("holders export of %s:\n%s", *a.Token, csv)
	}
}
