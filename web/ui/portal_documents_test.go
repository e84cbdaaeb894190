package ui_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/tessera-rwa/tessera/issuance"
)

// An investor sees the documents of the assets its wallet holds, with
// their hash and whether the token anchors it, and downloads them as
// files (never rendered on the portal's origin); a wallet without a
// position in the asset gets neither.
func TestPortalDocumentsForHoldersOnly(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	a := e.seedHolding(t, "DOCS", []string{"10"}, nil) // wallet 0 holds, wallet 1 does not
	content := []byte("Prospectus of the DOCS fund, version 1.\n")
	up, err := e.svc.UploadDocument(ctx, seedIssuer, a.ID, issuance.Upload{Name: "prospectus", Kind: "prospectus", ContentType: "text/plain", Content: content})
	if err != nil {
		t.Fatal(err)
	}
	if up.Proposal != nil {
		if _, err := e.svc.DecideDocument(ctx, seedApprover, a.ID, up.Proposal.ID, true, "read it"); err != nil {
			t.Fatal(err)
		}
	}
	holder, other := e.investorSession(t, e.investors[0]), e.investorSession(t, e.investors[1])

	page := e.page(t, "/ui/portal", holder)
	for _, want := range []string{`data-document="prospectus"`, `title="` + up.SHA256 + `"`, `>anchored</span>`,
		`href="/ui/portal/assets/` + a.ID + `/documents/prospectus"`} {
		if !strings.Contains(page, want) {
			t.Fatalf("the portal lacks %s:\n%s", want, page)
		}
	}
	download := func(session *http.Cookie) (*http.Response, []byte) {
		return e.get(t, "/ui/portal/assets/"+a.ID+"/documents/prospectus", session)
	}
	res, body := download(holder)
	if res.StatusCode != 200 || string(body) != string(content) || res.Header.Get("Content-Type") != "text/plain" ||
		!strings.HasPrefix(res.Header.Get("Content-Disposition"), "attachment") || res.Header.Get("X-Content-Type-Options") != "nosniff" ||
		!strings.Contains(res.Header.Get("Content-Security-Policy"), "sandbox") {
		t.Fatalf("the holder's download: %d %v %q", res.StatusCode, res.Header, body)
	}
	if strings.Contains(e.page(t, "/ui/portal", other), "prospectus") {
		t.Fatal("a wallet without a position in the asset is shown its documents")
	}
	if res, body = download(other); res.StatusCode != http.StatusForbidden || !strings.Contains(string(body), "not_a_holder") {
		t.Fatalf("another wallet's download: %d %.300s", res.StatusCode, body)
	}
}
