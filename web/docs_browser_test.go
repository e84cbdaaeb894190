package web

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// docsChromium is Debian's chromium, which `make browser` installs (the
// web UI's browser tests drive the same one).
const docsChromium = "/usr/bin/chromium"

// docsState is what the page shows, read in the browser.
type docsState struct {
	Count   string   `json:"count"`
	Visible []string `json:"visible"` // operation ids of the routes shown
	Groups  []string `json:"groups"`  // the group headings shown
}

const readDocsState = `(() => ({
  count: document.getElementById("count").textContent,
  visible: Array.from(document.querySelectorAll(".op")).filter(e => e.offsetParent !== null).map(e => e.id),
  groups: Array.from(document.querySelectorAll(".group")).filter(e => e.offsetParent !== null).map(e => e.querySelector("h2").textContent),
}))()`

// A person opens /docs in a browser, sees the routes grouped with their
// headings, types in the search box and sees the list narrow as they type,
// then reads one route's scopes, Idempotency-Key requirement and recorded
// example response. The page's script runs under its own strict
// Content-Security-Policy, with nothing blocked or thrown.
func TestDocsPageInBrowser(t *testing.T) {
	if _, err := exec.LookPath(docsChromium); err != nil {
		t.Fatalf("%s is missing: run `make browser` (installs Debian's chromium as root)", docsChromium)
	}
	s := describedServer(t)
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)

	// Chromium's helpers may still write to its profile as it exits, so
	// the profile is removed on a best-effort basis, not by t.TempDir.
	profile, err := os.MkdirTemp("", "tessera-docs-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(profile) })
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(docsChromium), chromedp.UserDataDir(profile),
		chromedp.Flag("headless", true), chromedp.Flag("no-sandbox", true), chromedp.Flag("disable-gpu", true),
		chromedp.Flag("no-first-run", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true), chromedp.WindowSize(1280, 900))
	t.Cleanup(cancelAlloc)
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(cancel)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(cancelTimeout)

	var problems []string // console errors (CSP violations among them) and exceptions
	chromedp.ListenTarget(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *runtime.EventExceptionThrown:
			problems = append(problems, "exception: "+ev.ExceptionDetails.Error())
		case *log.EventEntryAdded:
			if ev.Entry.Level == log.LevelError {
				problems = append(problems, "console: "+ev.Entry.Text)
			}
		}
	})
	do := func(what string, actions ...chromedp.Action) {
		t.Helper()
		if err := chromedp.Run(ctx, actions...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	state := func() docsState {
		t.Helper()
		var st docsState
		do("read the page", chromedp.Evaluate(readDocsState, &st))
		return st
	}
	// want is what the search box should leave: the operations whose
	// searchable text holds every term, as the page's view says.
	want := func(query string) []string {
		var ids []string
		for _, g := range s.docs.Groups {
			for _, op := range g.Ops {
				if !slices.ContainsFunc(strings.Fields(strings.ToLower(query)), func(term string) bool { return !strings.Contains(op.Search, term) }) {
					ids = append(ids, op.ID)
				}
			}
		}
		return ids
	}
	waitFor := func(query string) docsState {
		t.Helper()
		ids := want(query)
		var st docsState
		deadline := time.Now().Add(10 * time.Second)
		for time.Now().Before(deadline) {
			if st = state(); slices.Equal(st.Visible, ids) {
				return st
			}
			time.Sleep(50 * time.Millisecond)
		}
		t.Fatalf("after typing %q the page shows %v, want %v", query, st.Visible, ids)
		return st
	}

	// Emptied without an input event: the typing that follows sends them.
	clearSearch := chromedp.Evaluate(`document.getElementById("q").value = ""`, nil)

	do("open /docs", log.Enable(), chromedp.Navigate(srv.URL+"/docs"), chromedp.WaitVisible("#q", chromedp.ByID))
	all := state()
	if len(all.Visible) != s.docs.Count || all.Count != strconv.Itoa(s.docs.Count)+" routes" {
		t.Fatalf("before searching the page shows %d routes (%q), want all %d", len(all.Visible), all.Count, s.docs.Count)
	}
	for _, g := range []string{"assets", "compliance", "oracle", "dealing", "audit", "keys", "stream", "operations"} {
		if !slices.Contains(all.Groups, g) {
			t.Errorf("no %q group heading among %v", g, all.Groups)
		}
	}

	// Typed one key at a time: the list narrows as the person types.
	do("type a scope", chromedp.SendKeys("#q", "audit", chromedp.ByID))
	byScope := waitFor("audit")
	if len(byScope.Visible) < 3 || len(byScope.Visible) >= len(all.Visible) {
		t.Errorf("searching a scope leaves %d of %d routes", len(byScope.Visible), len(all.Visible))
	}
	do("clear the search", clearSearch, chromedp.SendKeys("#q", "post rot", chromedp.ByID))
	st := waitFor("post rot")
	if !slices.Equal(st.Visible, []string{"postV1KeysIdRotate"}) || !slices.Equal(st.Groups, []string{"keys"}) ||
		!strings.HasPrefix(st.Count, "1 of ") {
		t.Fatalf("searching %q shows %v in groups %v (%q), want only the rotate route under keys", "post rot", st.Visible, st.Groups, st.Count)
	}

	var scopes, idem, example string
	do("read the route and open its example response",
		chromedp.Text("#postV1KeysIdRotate .scopes", &scopes, chromedp.ByQuery),
		chromedp.Text("#postV1KeysIdRotate .idem", &idem, chromedp.ByQuery),
		chromedp.Click(`#postV1KeysIdRotate .ex-response[data-status="200"] summary`, chromedp.ByQuery),
		chromedp.WaitVisible(`#postV1KeysIdRotate .ex-response[data-status="200"] pre`, chromedp.ByQuery),
		chromedp.Text(`#postV1KeysIdRotate .ex-response[data-status="200"] pre`, &example, chromedp.ByQuery))
	screenshot(t, ctx, "docs-route.png")
	if scopes != "Scopes: admin" {
		t.Errorf("scopes read %q, want %q", scopes, "Scopes: admin")
	}
	if idem != "Idempotency-Key: required" {
		t.Errorf("idempotency reads %q", idem)
	}
	if !strings.Contains(example, `"id": "tk_`) || !strings.Contains(example, `"secret": "tss_redacted"`) {
		t.Errorf("the example response is not the recorded, redacted one:\n%s", example)
	}

	do("search for nothing that exists", chromedp.SendKeys("#q", "zzz", chromedp.ByID))
	if st := waitFor("post rot zzz"); len(st.Groups) != 0 {
		t.Errorf("no route matches, yet groups %v show", st.Groups)
	}
	var none bool
	do("read the empty notice", chromedp.Evaluate(`!document.getElementById("none").hidden`, &none))
	if !none {
		t.Error("no notice that nothing matches")
	}

	do("clear the search", clearSearch, chromedp.SendKeys("#q", "o", chromedp.ByID),
		chromedp.SendKeys("#q", "\b", chromedp.ByID))
	if st := waitFor(""); len(st.Groups) != len(all.Groups) {
		t.Errorf("after clearing the search %d groups show, want %d", len(st.Groups), len(all.Groups))
	}
	do("search again", chromedp.SendKeys("#q", "mints", chromedp.ByID))
	waitFor("mints")
	screenshot(t, ctx, "docs.png")
	if len(problems) > 0 {
		t.Errorf("the page logged errors:\n%s", strings.Join(problems, "\n"))
	}
}

// screenshot saves what the browser shows under testdata/screenshots
// (gitignored), to look at after a run.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	var png []byte
	if err := chromedp.Run(ctx, chromedp.CaptureScreenshot(&png)); err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	dir := filepath.Join("testdata", "screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		t.Fatal(err)
	}
}
