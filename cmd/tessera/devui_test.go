package main

import (
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// checkDevUI checks that `tessera dev` serves the web UI at its URL on the
// seeded demo: / leads to the UI, the operator keys file is private, and
// the issuer key it holds signs in to a console listing the demo assets.
func checkDevUI(t *testing.T, api, dir string) {
	t.Helper()
	noRedirect := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err := noRedirect.Get(api + "/")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/ui/" {
		t.Fatalf("GET / = %d → %q", res.StatusCode, res.Header.Get("Location"))
	}
	path := filepath.Join(dir, devUIKeysFile)
	st, err := os.Stat(path)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("%s: %v %v", path, st, err)
	}
	b, _ := os.ReadFile(path)
	var id, secret string
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) == 6 && f[0] == "issuer" {
			id, secret = f[3], f[5]
		}
	}
	// As the browser posts the sign-in form: from the UI's own origin.
	req, _ := http.NewRequest(http.MethodPost, api+"/ui/login", strings.NewReader(url.Values{"key_id": {id}, "secret": {secret}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", api)
	res, err = noRedirect.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusSeeOther || len(res.Cookies()) != 1 {
		t.Fatalf("UI sign-in with the issuer key = %d, cookies %v", res.StatusCode, res.Cookies())
	}
	req, _ = http.NewRequest(http.MethodGet, api+"/ui/console", nil)
	req.AddCookie(res.Cookies()[0])
	res, err = noRedirect.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.Contains(string(page), "Tessera Treasury Fund") || !strings.Contains(string(page), "12 Harbour Street") {
		t.Fatalf("console = %d without the demo assets", res.StatusCode)
	}
}
