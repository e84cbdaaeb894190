package ui_test

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/issuance"
)

// L6: ?notice= names a notice by code; pages show only the fixed texts of
// known codes, filled in only from what they read from the database. A
// crafted link shows none of its own words: not as markup, not as text,
// not through ?id=.
func TestNoticeLinksCannotPutTextOnPages(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	base := e.srv.URL()
	id, secret := e.srv.NewKey(t, "officer", apikey.Issuer, apikey.Compliance)
	login := url.Values{"key_id": {id}, "secret": {secret}}.Encode()
	res, _ := uiPost(t, base+"/ui/login", "", "application/x-www-form-urlencoded", []byte(login), sameSite(base))
	if res.StatusCode != http.StatusSeeOther || len(res.Cookies()) != 1 {
		t.Fatalf("sign in: %d", res.StatusCode)
	}
	session := res.Cookies()[0]
	a, err := e.svc.CreateAsset(context.Background(), seedIssuer, issuance.NewAsset{Kind: issuance.TreasuryFund, Name: "Notice Fund",
		Symbol: "NTC", Jurisdiction: "US", Currency: "USD", TotalUnits: "1000", Decimals: 2})
	if err != nil {
		t.Fatal(err)
	}
	page := func(path string) string {
		t.Helper()
		req, _ := http.NewRequest(http.MethodGet, base+path, nil)
		req.AddCookie(session)
		res, err := noRedirect.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		body, _ := io.ReadAll(res.Body)
		if res.StatusCode != 200 {
			t.Fatalf("GET %s: %d", path, res.StatusCode)
		}
		return string(body)
	}
	const lure = "Your account is locked call +1-555-0100"
	asset := "/ui/console/assets/" + a.ID
	for _, c := range []struct {
		path   string
		notice string // "": no notice at all
		never  []string
	}{
		{"/ui/console?notice=" + url.QueryEscape("<script>alert(1)</script>"), "", []string{"alert(1)", "script&gt;"}},
		{"/ui/console?notice=" + url.QueryEscape(lure), "", []string{"account is locked", "555-0100"}},
		{"/ui/compliance?notice=" + url.QueryEscape(lure), "", []string{"account is locked"}},
		{asset + "?notice=" + url.QueryEscape(lure), "", []string{"account is locked"}},
		// A known code shows its own text, never the id it was given
		// unless the page read that id from the database.
		{asset + "?notice=asset_created", "Asset created, in draft.", nil},
		{asset + "?notice=distribution_published&id=" + url.QueryEscape(lure), "Distribution published.", []string{"account is locked"}},
		{asset + "?notice=distribution_published&id=call-555-0100-now", "Distribution published.", []string{"555-0100"}},
		{asset + "?notice=mint_requested&id=00000000-0000-4000-8000-000000000000", "Mint requested; it awaits another key's approval.", []string{"00000000-0000"}},
		{asset + "?notice=asset_moved&id=locked", "Asset is now draft.", []string{"locked"}},
		{"/ui/compliance?notice=intervention_decided&id=" + url.QueryEscape(lure), "Intervention decided.", []string{"account is locked"}},
		{"/ui/compliance?notice=intervention_decided&id=4242", "Intervention decided.", []string{"4242"}},
	} {
		body := page(c.path)
		got := ""
		if i := strings.Index(body, `<p class="notice" role="status">`); i >= 0 {
			got = body[i+len(`<p class="notice" role="status">`):]
			got = got[:strings.Index(got, "</p>")]
		}
		if got != strings.ReplaceAll(c.notice, "'", "&#39;") {
			t.Errorf("%s: notice %q; want %q", c.path, got, c.notice)
		}
		for _, s := range c.never {
			if strings.Contains(body, s) {
				t.Errorf("%s: the page shows %q", c.path, s)
			}
		}
	}
}
