package ui_test

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/ui"
	"github.com/tessera-rwa/tessera/web/webtest"
)

// personalSign signs text as a wallet's personal_sign does.
func personalSign(t *testing.T, key *ecdsa.PrivateKey, text string) string {
	t.Helper()
	sig, err := crypto.Sign(accounts.TextHash([]byte(text)), key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	return hexutil.Encode(sig)
}

// uiPost sends a POST to the UI with the given Host (""; the URL's) and
// headers, and returns the response with its body read.
func uiPost(t *testing.T, rawURL, host, contentType string, body []byte, header http.Header) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, rawURL, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if host != "" {
		req.Host = host
	}
	req.Header.Set("Content-Type", contentType)
	for k, v := range header {
		req.Header[k] = v
	}
	res, err := noRedirect.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

// sameSite are the headers a browser sends on a fetch from the UI's pages.
func sameSite(origin string) http.Header {
	return http.Header{"Origin": {origin}, "Sec-Fetch-Site": {"same-origin"}}
}

// M1: sign-in is bound to the configured public origin, not to the Host a
// request names, and each nonce to the domain and wallet it was issued
// for. A phishing site relaying our endpoints (any Host header) gets only
// messages naming us; a message naming it is refused; a nonce issued for
// one wallet does not sign in another; a nonce does not work twice.
func TestSignInIsBoundToThePublicOrigin(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	base := e.srv.URL()
	domain := strings.TrimPrefix(base, "http://")
	const phish = "tessera-login.example"
	alice, bob := e.investors[0], e.investors[1]
	aliceAddr, bobAddr := crypto.PubkeyToAddress(alice.PublicKey), crypto.PubkeyToAddress(bob.PublicKey)

	// A relaying site passes on its own name in Host and the browser's
	// Sec-Fetch-Site (its page fetched its own origin), and drops Origin,
	// which would name it.
	relayed := http.Header{"Sec-Fetch-Site": {"same-origin"}}
	message := func(address string) string {
		t.Helper()
		b, _ := json.Marshal(map[string]string{"address": address})
		res, body := uiPost(t, base+"/ui/siwe/message", phish, "application/json", b, relayed)
		var out map[string]string
		if res.StatusCode != 200 || json.Unmarshal([]byte(body), &out) != nil {
			t.Fatalf("message for %s: %d %s", address, res.StatusCode, body)
		}
		return out["message"]
	}
	verify := func(host, msg, sig string) (int, map[string]any) {
		t.Helper()
		b, _ := json.Marshal(map[string]string{"message": msg, "signature": sig})
		res, body := uiPost(t, base+"/ui/siwe/verify", host, "application/json", b, relayed)
		var out map[string]any
		_ = json.Unmarshal([]byte(body), &out)
		return res.StatusCode, out
	}

	m := message(aliceAddr.Hex())
	parsed, err := ui.ParseSIWE(m)
	if err != nil {
		t.Fatal(err)
	}
	if parsed.Domain != domain || parsed.URI != base+"/ui/" || strings.Contains(m, phish) {
		t.Fatalf("a request with Host %s got a message for %q, URI %q:\n%s", phish, parsed.Domain, parsed.URI, m)
	}

	// The relaying site rewrites the message to name itself (as the wallet
	// expects on its page) around our genuine nonce and has it signed:
	// refused, whatever Host the verify request carries.
	for _, scheme := range []string{"http://", "https://"} {
		forged := strings.Replace(strings.Replace(m, domain, phish, 1), base, scheme+phish, 1)
		for _, host := range []string{phish, ""} {
			if status, out := verify(host, forged, personalSign(t, alice, forged)); status != 401 || errCode(out) != "siwe_wrong_domain" {
				t.Errorf("a message naming %s%s, verified with Host %q: %d %v", scheme, phish, host, status, out)
			}
		}
	}

	// Alice's nonce in a message of Bob's, signed by Bob: refused, and the
	// nonce stays Alice's.
	stolen := strings.Replace(m, aliceAddr.Hex(), bobAddr.Hex(), 1)
	if status, out := verify("", stolen, personalSign(t, bob, stolen)); status != 401 || errCode(out) != "siwe_nonce_used" {
		t.Errorf("alice's nonce signed in bob: %d %v", status, out)
	}
	status, out := verify("", m, personalSign(t, alice, m))
	if status != 200 || out["address"] != aliceAddr.Hex() {
		t.Fatalf("alice with her own message: %d %v", status, out)
	}
	// Used once, the nonce is gone.
	if status, out := verify("", m, personalSign(t, alice, m)); status != 401 || errCode(out) != "siwe_nonce_used" {
		t.Errorf("the same message again: %d %v", status, out)
	}
}

// L5: a state-changing request must come from the UI's own pages, as the
// browser says in Sec-Fetch-Site or Origin; a request that says nothing,
// says "null" or names another site is refused with 403 before any
// handler runs.
func TestStateChangesNeedTheUIsOrigin(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	base := e.srv.URL()
	id, secret := e.srv.NewKey(t, "issuer", apikey.Issuer)
	login := []byte(url.Values{"key_id": {id}, "secret": {secret}}.Encode())
	const form = "application/x-www-form-urlencoded"

	for _, c := range []struct {
		name   string
		header http.Header
		code   string // "" : passes
	}{
		{"no Origin, no Sec-Fetch-Site", http.Header{}, "origin_required"},
		{"Origin null", http.Header{"Origin": {"null"}}, "cross_origin"},
		{"Origin null, Sec-Fetch-Site same-origin", http.Header{"Origin": {"null"}, "Sec-Fetch-Site": {"same-origin"}}, "cross_origin"},
		{"Sec-Fetch-Site cross-site", http.Header{"Sec-Fetch-Site": {"cross-site"}}, "cross_origin"},
		{"Sec-Fetch-Site same-site", http.Header{"Sec-Fetch-Site": {"same-site"}}, "cross_origin"},
		{"another Origin", http.Header{"Origin": {"http://evil.example"}}, "cross_origin"},
		{"our Origin from a cross-site context", http.Header{"Origin": {base}, "Sec-Fetch-Site": {"cross-site"}}, "cross_origin"},
		{"Origin of another port", http.Header{"Origin": {"http://127.0.0.1:1"}}, "cross_origin"},
		{"Sec-Fetch-Site same-origin", http.Header{"Sec-Fetch-Site": {"same-origin"}}, ""},
		{"our Origin", http.Header{"Origin": {base}}, ""},
		{"both", sameSite(base), ""},
	} {
		res, body := uiPost(t, base+"/ui/login", "", form, login, c.header)
		if c.code == "" {
			if res.StatusCode != http.StatusSeeOther || len(res.Cookies()) != 1 {
				t.Errorf("%s: %d, cookies %v; want a sign-in", c.name, res.StatusCode, res.Cookies())
			}
			continue
		}
		if res.StatusCode != http.StatusForbidden || len(res.Cookies()) != 0 || !strings.Contains(body, c.code) ||
			!strings.Contains(body, "so it was refused") {
			t.Errorf("%s: %d, cookies %v, page %q; want 403 %s", c.name, res.StatusCode, res.Cookies(), body, c.code)
		}
	}
	// Script requests get the refusal as JSON.
	b, _ := json.Marshal(map[string]string{"address": e.wallets[0].Hex()})
	res, body := uiPost(t, base+"/ui/siwe/message", "", "application/json", b, http.Header{"Sec-Fetch-Site": {"cross-site"}})
	var out map[string]any
	if _ = json.Unmarshal([]byte(body), &out); res.StatusCode != http.StatusForbidden || errCode(out) != "cross_origin" {
		t.Errorf("cross-site sign-in message: %d %s", res.StatusCode, body)
	}
}

// L5: with an https public origin the session cookie is Secure even when
// the request reaches this server over plain HTTP, as it does behind a
// proxy that ends TLS.
func TestSessionCookieIsSecureForAnHTTPSOrigin(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	const origin = "https://app.example.com"
	cfg := e.uiConfig
	cfg.PublicOrigin = ""
	if _, err := ui.New(cfg); err == nil {
		t.Fatal("a UI without a public origin was built")
	}
	cfg.PublicOrigin = origin + ":443/" // written loosely: the UI keeps the origin as browsers send it
	u, err := ui.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	behindProxy := webtest.StartOn(t, e.pool, web.Config{Public: u.Routes()})
	id, secret := e.srv.NewKey(t, "issuer", apikey.Issuer)
	login := []byte(url.Values{"key_id": {id}, "secret": {secret}}.Encode())

	cookieOf := func(res *http.Response) *http.Cookie {
		for _, c := range res.Cookies() {
			if c.Name == "tessera_session" {
				return c
			}
		}
		t.Fatalf("no session cookie: %d %v", res.StatusCode, res.Header)
		return nil
	}
	res, _ := uiPost(t, behindProxy.URL()+"/ui/login", "app.example.com", "application/x-www-form-urlencoded", login, sameSite(origin))
	if c := cookieOf(res); res.StatusCode != http.StatusSeeOther || !c.Secure || !c.HttpOnly || c.SameSite != http.SameSiteStrictMode {
		t.Fatalf("sign-in over HTTP behind an https origin: %d, cookie %+v; want Secure", res.StatusCode, c)
	}
	session := cookieOf(res)
	req, _ := http.NewRequest(http.MethodPost, behindProxy.URL()+"/ui/logout", nil)
	req.Header.Set("Origin", origin)
	req.AddCookie(session)
	res, err = noRedirect.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if c := cookieOf(res); res.StatusCode != http.StatusSeeOther || !c.Secure || c.MaxAge >= 0 {
		t.Errorf("sign-out behind an https origin: %d, cookie %+v; want a Secure deletion", res.StatusCode, c)
	}
	// The same UI's own http origin (the test server's) keeps cookies that
	// plain HTTP can carry.
	res, _ = uiPost(t, e.srv.URL()+"/ui/login", "", "application/x-www-form-urlencoded", login, sameSite(e.srv.URL()))
	if c := cookieOf(res); c.Secure {
		t.Errorf("an http origin set a Secure cookie: %+v", c)
	}
	// The https origin's sign-in messages name it, and only it.
	b, _ := json.Marshal(map[string]string{"address": e.wallets[0].Hex()})
	res, body := uiPost(t, behindProxy.URL()+"/ui/siwe/message", "", "application/json", b, sameSite(origin))
	if res.StatusCode != 200 || !strings.Contains(body, `app.example.com wants you`) || !strings.Contains(body, "URI: https://app.example.com/ui/") {
		t.Errorf("message behind an https origin: %d %s", res.StatusCode, body)
	}
}

func TestParseOrigin(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"https://app.example.com":      "https://app.example.com",
		"https://App.Example.com/":     "https://app.example.com",
		"https://app.example.com:443":  "https://app.example.com",
		"http://127.0.0.1:8080":        "http://127.0.0.1:8080",
		"http://localhost:80":          "http://localhost",
		"HTTPS://app.example.com:8443": "https://app.example.com:8443",
		"http://[::1]:8080":            "http://[::1]:8080",
		"http://[::1]":                 "http://[::1]",
	} {
		if got, err := ui.ParseOrigin(in); err != nil || got != want {
			t.Errorf("ParseOrigin(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"", "app.example.com", "127.0.0.1:8080", "ftp://app.example.com", "https://", "https://app.example.com/ui",
		"https://user@app.example.com", "https://app.example.com?x=1", "https://app.example.com#top", "http://127.0.0.1:0", "https://app.example.com:http"} {
		if got, err := ui.ParseOrigin(in); err == nil {
			t.Errorf("ParseOrigin(%q) = %q; want an error", in, got)
		}
	}
}
