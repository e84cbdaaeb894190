package web_test

import (
	"context"
	"strings"

	"io"
	"net/http"
	"testing"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/auth/signing"
	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/webtest"
)

// A replay of one captured signed GET must not spend its victim key's
// rate limit: before early reads, a replay was refused (401) before the
// per-key limiter ran. Now the limiter runs inside the early handler, so
// replays (refused all the same) use up the key's budget and the key's
// owner is then refused with 429.
func TestReviewReplaysSpendVictimKeyRateLimit(t *testing.T) {
	s := webtest.Start(t, web.Config{RateLimit: web.RateLimit{PerKey: 5, PerIP: -1, Window: time.Minute},
		Routes: []web.Route{{Method: "GET", Pattern: "/test/early", Summary: "test", Handler: func(w http.ResponseWriter, r *http.Request) error {
			_, err := io.WriteString(w, `{}`)
			return err
		}}}})
	id, secret := s.NewKey(t, "reader", apikey.Auditor)
	captured := signing.NewNonce()
	if st, _, _ := signedGet(t, s.URL(), "/v1/test/early", id, secret, captured); st != 200 {
		t.Fatalf("owner's read: %d", st)
	}
	for i := 0; i < 10; i++ {
		st, code, _ := signedGet(t, s.URL(), "/v1/test/early", id, secret, captured)
		t.Logf("replay %d: %d %s", i, st, code)
	}
	st, code, _ := signedGet(t, s.URL(), "/v1/test/early", id, secret, signing.NewNonce())
	if st != 200 {
		t.Fatalf("the key's owner, after replays of its captured request by someone else: %d %s, want 200", st, code)
	}
}

// Path parameters are decoded exactly once (web/pathparams.go). A read
// whose early run is refused because the key changed since the verifier
// cached it, and which is then accepted by the full check, runs the route's
// middleware a second time on the same chi route context: the parameter
// is decoded twice.
func TestReviewRefusedEarlyThenAcceptedDecodesPathTwice(t *testing.T) {
	s := webtest.Start(t, web.Config{Routes: []web.Route{{Method: "GET", Pattern: "/test/echo/{v}", Summary: "test",
		Handler: func(w http.ResponseWriter, r *http.Request) error {
			_, err := io.WriteString(w, `{"v":"`+strings.ReplaceAll(chi.URLParam(r, "v"), `"`, ``)+`"}`)
			return err
		}}}})
	id, secret := s.NewKey(t, "reader", apikey.Auditor)
	if st, _, body := signedGet(t, s.URL(), "/v1/test/echo/%2541", id, secret, signing.NewNonce()); st != 200 || string(body) != `{"v":"%41"}` {
		t.Fatalf("first read: %d %s", st, body)
	}
	// Any change to the key (here its scopes, as an admin would change
	// them on another replica) makes the cached key stale.
	if _, err := s.Pool.Exec(context.Background(), `UPDATE api_keys SET scopes = '{auditor,investor}' WHERE id = $1`, id); err != nil {
		t.Fatal(err)
	}
	st, _, body := signedGet(t, s.URL(), "/v1/test/echo/%2541", id, secret, signing.NewNonce())
	if st != 200 || string(body) != `{"v":"%41"}` {
		t.Fatalf("after the key changed: %d %s, want 200 {\"v\":\"%%41\"} (the parameter decoded once)", st, body)
	}
}
