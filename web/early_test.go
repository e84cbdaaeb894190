package web_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/auth/signing"
	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/webtest"
)

// signedGet sends a GET signed with nonce and returns the status, the
// error code (if any) and the whole body.
func signedGet(t *testing.T, base, path, keyID, secret, nonce string) (int, string, []byte) {
	t.Helper()
	req, err := http.NewRequest("GET", base+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := signing.Sign(req, keyID, []byte(secret), nil, time.Now(), nonce); err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	var e api.ErrorBody
	_ = json.Unmarshal(data, &e)
	return resp.StatusCode, e.Error.Code, data
}

// A signed read runs its handler while its nonce is recorded, but no byte
// of what the handler wrote leaves the server unless the nonce was fresh
// and the key unchanged: a replay, a revoked key or a key whose scopes
// changed gets the answer a fully checked request gets, whatever the
// handler had written, however much (past what is held in memory) and
// even if it panicked. Sequential reads and writes never run early.
func TestSignedReadsAnswerOnlyOnceAuthenticated(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	var early, seq, panics atomic.Int64
	big := strings.Repeat("x", 700<<10) // past what an early handler may hold
	s := webtest.Start(t, web.Config{Routes: []web.Route{
		{Method: "GET", Pattern: "/test/early", Summary: "test", Handler: func(w http.ResponseWriter, r *http.Request) error {
			n := early.Add(1)
			w.Header().Set("Content-Type", "application/json")
			_, err := io.WriteString(w, `{"held":"confidential-`+string(rune('0'+n%10))+`"}`)
			return err
		}},
		{Method: "GET", Pattern: "/test/sequential", Summary: "test", Sequential: true, Handler: func(w http.ResponseWriter, r *http.Request) error {
			seq.Add(1)
			_, err := io.WriteString(w, `{"held":"confidential"}`)
			return err
		}},
		{Method: "GET", Pattern: "/test/big", Summary: "test", Handler: func(w http.ResponseWriter, r *http.Request) error {
			for i := 0; i < len(big); i += 4096 {
				if _, err := io.WriteString(w, big[i:i+4096]); err != nil {
					return nil // refused: the request failed authentication
				}
			}
			return nil
		}},
		{Method: "GET", Pattern: "/test/panic", Summary: "test", Handler: func(w http.ResponseWriter, r *http.Request) error {
			panics.Add(1)
			_, _ = io.WriteString(w, `{"held":"confidential"}`)
			panic("boom")
		}},
	}})
	id, secret := s.NewKey(t, "reader", apikey.Auditor)

	expect := func(step, path, nonce string, status int, code string) []byte {
		t.Helper()
		got, c, body := signedGet(t, s.URL(), path, id, secret, nonce)
		if got != status || c != code {
			t.Fatalf("%s: %d %q, want %d %q (%.200s)", step, got, c, status, code, body)
		}
		if status != 200 && strings.Contains(string(body), "confidential") || status != 200 && strings.Contains(string(body), "xxxx") {
			t.Fatalf("%s: a refused request got the handler's answer: %.200s", step, body)
		}
		return body
	}

	n1 := signing.NewNonce()
	if body := expect("a read", "/v1/test/early", n1, 200, ""); !strings.Contains(string(body), "confidential") {
		t.Fatalf("a read: %s", body)
	}
	expect("its replay", "/v1/test/early", n1, 401, "replayed_nonce")
	if got := early.Load(); got != 2 {
		t.Fatalf("the handler ran %d times, want 2: the replay's run early and was refused", got)
	}

	n2 := signing.NewNonce()
	expect("a sequential read", "/v1/test/sequential", n2, 200, "")
	expect("its replay", "/v1/test/sequential", n2, 401, "replayed_nonce")
	if got := seq.Load(); got != 1 {
		t.Fatalf("the sequential handler ran %d times, want 1", got)
	}

	n3 := signing.NewNonce()
	if body := expect("a read larger than what is held", "/v1/test/big", n3, 200, ""); string(body) != big {
		t.Fatalf("a large read: got %d bytes, want %d", len(body), len(big))
	}
	expect("its replay", "/v1/test/big", n3, 401, "replayed_nonce")

	n4 := signing.NewNonce()
	expect("a read that panics", "/v1/test/panic", n4, 500, "internal")
	expect("its replay", "/v1/test/panic", n4, 401, "replayed_nonce")
	if got := panics.Load(); got != 2 {
		t.Fatalf("the panicking handler ran %d times, want 2", got)
	}

	// The server remembers the key's secrets from the reads above; what
	// is changed in the database applies to the next read all the same.
	expect("an auditor lists keys", "/v1/keys", signing.NewNonce(), 403, "missing_scope")
	if _, err := s.Pool.Exec(ctx, `UPDATE api_keys SET scopes = '{admin}' WHERE id = $1`, id); err != nil {
		t.Fatal(err)
	}
	expect("made admin in the database", "/v1/keys", signing.NewNonce(), 200, "")
	if _, err := s.Pool.Exec(ctx, `UPDATE api_keys SET scopes = '{auditor}' WHERE id = $1`, id); err != nil {
		t.Fatal(err)
	}
	expect("auditor again", "/v1/keys", signing.NewNonce(), 403, "missing_scope")
	if _, err := s.Pool.Exec(ctx, `UPDATE api_keys SET revoked_at = now() WHERE id = $1`, id); err != nil {
		t.Fatal(err)
	}
	before := early.Load()
	expect("revoked in the database", "/v1/test/early", signing.NewNonce(), 401, "key_revoked")
	if early.Load() != before+1 {
		t.Fatalf("the revoked key's read did not run early (the test would not show what it claims)")
	}
}

// Replays of a captured signed read, refused all the same, spend nothing
// of the key's rate limit: its owner is not refused 429 because someone
// else replays its requests. The owner's own requests still count.
func TestReplaysDoNotSpendTheKeysRateLimit(t *testing.T) {
	t.Parallel()
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
		if st, code, _ := signedGet(t, s.URL(), "/v1/test/early", id, secret, captured); st != 401 || code != "replayed_nonce" {
			t.Fatalf("replay %d: %d %s", i, st, code)
		}
	}
	for i := 2; i <= 5; i++ {
		if st, code, _ := signedGet(t, s.URL(), "/v1/test/early", id, secret, signing.NewNonce()); st != 200 {
			t.Fatalf("the owner's read %d of 5, after replays by someone else: %d %s, want 200", i, st, code)
		}
	}
	if st, code, _ := signedGet(t, s.URL(), "/v1/test/early", id, secret, signing.NewNonce()); st != 429 || code != "rate_limited" {
		t.Fatalf("the owner's sixth read in the window: %d %s, want 429 rate_limited", st, code)
	}
}

// Path parameters are decoded exactly once, also for a read whose early
// run is refused (the key changed since the verifier read it) and which the
// full check then accepts and runs again.
func TestPathParametersDecodedOnceAfterARefusedEarlyRun(t *testing.T) {
	t.Parallel()
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
