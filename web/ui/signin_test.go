package ui_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// noRedirect is an HTTP client that shows redirects instead of following.
var noRedirect = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

func postJSON(t *testing.T, url string, body any, cookies ...*http.Cookie) (*http.Response, map[string]any) {
	t.Helper()
	b, _ := json.Marshal(body)
	req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Sec-Fetch-Site", "same-origin") // as a browser's fetch from the UI's pages
	for _, c := range cookies {
		req.AddCookie(c)
	}
	res, err := noRedirect.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var out map[string]any
	_ = json.NewDecoder(res.Body).Decode(&out)
	return res, out
}

func errCode(out map[string]any) string {
	if e, ok := out["error"].(map[string]any); ok {
		s, _ := e["code"].(string)
		return s
	}
	return ""
}

// Sign-in refuses a wrong signer, a replayed nonce and another site's
// message; the session cookie is HttpOnly and SameSite=Strict; an investor
// session does not open the console, and no session opens nothing.
func TestSignInRefusals(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	base := e.srv.URL()
	key, other := e.investors[0], e.investors[1]
	addr := crypto.PubkeyToAddress(key.PublicKey)
	sign := func(msg string, k any) string {
		sig, err := crypto.Sign(accounts.TextHash([]byte(msg)), key)
		if k != nil {
			sig, err = crypto.Sign(accounts.TextHash([]byte(msg)), other)
		}
		if err != nil {
			t.Fatal(err)
		}
		sig[64] += 27
		return hexutil.Encode(sig)
	}
	message := func() string {
		res, out := postJSON(t, base+"/ui/siwe/message", map[string]string{"address": addr.Hex()})
		if res.StatusCode != 200 {
			t.Fatalf("message: %d %v", res.StatusCode, out)
		}
		return out["message"].(string)
	}

	if res, out := postJSON(t, base+"/ui/siwe/message", map[string]string{"address": "0x12"}); res.StatusCode != 400 || errCode(out) != "invalid_address" {
		t.Errorf("bad address: %d %v", res.StatusCode, out)
	}
	m := message()
	if res, out := postJSON(t, base+"/ui/siwe/verify", map[string]string{"message": m, "signature": sign(m, other)}); res.StatusCode != 401 || errCode(out) != "bad_signature" {
		t.Errorf("another key's signature: %d %v", res.StatusCode, out)
	}
	forged := strings.Replace(m, strings.SplitN(m, " ", 2)[0], "evil.example", 1)
	if res, out := postJSON(t, base+"/ui/siwe/verify", map[string]string{"message": forged, "signature": sign(forged, nil)}); res.StatusCode != 401 || errCode(out) != "siwe_wrong_domain" {
		t.Errorf("another site's message: %d %v", res.StatusCode, out)
	}
	res, out := postJSON(t, base+"/ui/siwe/verify", map[string]string{"message": m, "signature": sign(m, nil)})
	if res.StatusCode != 200 || out["address"] != addr.Hex() {
		t.Fatalf("sign-in: %d %v", res.StatusCode, out)
	}
	var session *http.Cookie
	for _, c := range res.Cookies() {
		if c.Name == "tessera_session" {
			session = c
		}
	}
	if session == nil || !session.HttpOnly || session.SameSite != http.SameSiteStrictMode || session.Path != "/ui" {
		t.Fatalf("session cookie %+v", session)
	}
	if res, out := postJSON(t, base+"/ui/siwe/verify", map[string]string{"message": m, "signature": sign(m, nil)}); res.StatusCode != 401 || errCode(out) != "siwe_nonce_used" {
		t.Errorf("replayed message: %d %v", res.StatusCode, out)
	}

	get := func(path string, c *http.Cookie) *http.Response {
		req, _ := http.NewRequest(http.MethodGet, base+path, nil)
		if c != nil {
			req.AddCookie(c)
		}
		res, err := noRedirect.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res
	}
	if res := get("/ui/portal", session); res.StatusCode != 200 || !strings.Contains(res.Header.Get("Content-Security-Policy"), "script-src 'self'") {
		t.Errorf("portal with the session: %d, CSP %q", res.StatusCode, res.Header.Get("Content-Security-Policy"))
	}
	for _, p := range []string{"/ui/console", "/ui/portal"} {
		c := session
		if p == "/ui/portal" {
			c = nil
		}
		if res := get(p, c); res.StatusCode != http.StatusSeeOther || !strings.HasPrefix(res.Header.Get("Location"), "/ui/signin") {
			t.Errorf("%s without the right session: %d %s", p, res.StatusCode, res.Header.Get("Location"))
		}
	}
	// A claim for a distribution that does not exist is a clear 4xx.
	if res, out := postJSON(t, base+"/ui/portal/claims/00000000-0000-4000-8000-000000000000", nil, session); res.StatusCode != 404 {
		t.Errorf("claim of an unknown distribution: %d %v", res.StatusCode, out)
	}
	// A cross-site form post is refused before it reaches a handler.
	req, _ := http.NewRequest(http.MethodPost, base+"/ui/logout", nil)
	req.Header.Set("Origin", "http://evil.example")
	req.AddCookie(session)
	if res, err := noRedirect.Do(req); err != nil || res.StatusCode != http.StatusForbidden {
		t.Errorf("cross-origin post: %v %v", res, err)
	}
	// Signing out ends the session on the server.
	req, _ = http.NewRequest(http.MethodPost, base+"/ui/logout", nil)
	req.Header.Set("Origin", base)
	req.AddCookie(session)
	if res, err := noRedirect.Do(req); err != nil || res.StatusCode != http.StatusSeeOther {
		t.Fatalf("logout: %v %v", res, err)
	}
	if res := get("/ui/portal", session); res.StatusCode != http.StatusSeeOther {
		t.Errorf("portal after logout: %d", res.StatusCode)
	}
}
