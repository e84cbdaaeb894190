package web_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/auth/signing"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/webtest"
)

// rawRequest signs and sends one request by hand, so tests can send what
// the client never would.
type rawRequest struct {
	method, path, body string
	keyID, secret      string
	at                 time.Time
	nonce              string
	idemKey            string
	unsigned           bool
	mutate             func(*http.Request)
}

func send(tb testing.TB, base string, rr rawRequest) (int, api.ErrorDetail, http.Header) {
	tb.Helper()
	if rr.method == "" {
		rr.method = "GET"
	}
	if rr.at.IsZero() {
		rr.at = time.Now()
	}
	if rr.nonce == "" {
		rr.nonce = signing.NewNonce()
	}
	req, err := http.NewRequest(rr.method, base+rr.path, strings.NewReader(rr.body))
	if err != nil {
		tb.Fatal(err)
	}
	if rr.body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	if rr.idemKey != "" {
		req.Header.Set("Idempotency-Key", rr.idemKey)
	}
	if !rr.unsigned {
		if err := signing.Sign(req, rr.keyID, []byte(rr.secret), []byte(rr.body), rr.at, rr.nonce); err != nil {
			tb.Fatal(err)
		}
	}
	if rr.mutate != nil {
		rr.mutate(req)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	var body api.ErrorBody
	data, _ := io.ReadAll(resp.Body)
	_ = json.Unmarshal(data, &body)
	return resp.StatusCode, body.Error, resp.Header
}

// TestRejectionsOverHTTP sends every kind of bad request to a real server
// on a real database.
func TestRejectionsOverHTTP(t *testing.T) {
	t.Parallel()
	s := webtest.Start(t, web.Config{})
	ctx := context.Background()
	issuerID, issuerSecret := s.NewKey(t, "issuer", apikey.Issuer)
	revokedID, revokedSecret := s.NewKey(t, "revoked", apikey.Issuer)
	if _, err := s.Keys().Revoke(ctx, apikey.CLI, revokedID); err != nil {
		t.Fatal(err)
	}
	expiring, expiringSecret, err := s.Keys().Create(ctx, apikey.CLI, apikey.CreateParams{Name: "short", Owner: "short", Scopes: []apikey.Scope{apikey.Issuer}, ExpiresIn: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(5 * time.Millisecond)
	good := rawRequest{path: "/v1/me", keyID: issuerID, secret: issuerSecret}
	replayNonce := signing.NewNonce()
	replayAt := time.Now()
	with := func(f func(*rawRequest)) rawRequest { r := good; f(&r); return r }

	tests := []struct {
		name   string
		req    rawRequest
		status int
		code   string
	}{
		{"first use of a nonce", with(func(r *rawRequest) { r.nonce, r.at = replayNonce, replayAt }), 200, ""},
		{"replayed nonce", with(func(r *rawRequest) { r.nonce, r.at = replayNonce, replayAt }), 401, "replayed_nonce"},
		{"not signed", with(func(r *rawRequest) { r.unsigned = true }), 401, "missing_authorization"},
		{"unknown key", with(func(r *rawRequest) { r.keyID = "tk_00000000000000000000" }), 401, "invalid_signature"},
		{"malformed key id", with(func(r *rawRequest) { r.keyID = "not-a-key" }), 401, "invalid_signature"},
		{"wrong secret", with(func(r *rawRequest) { r.secret = "tss_wrong" }), 401, "invalid_signature"},
		{"revoked key", with(func(r *rawRequest) { r.keyID, r.secret = revokedID, revokedSecret }), 401, "key_revoked"},
		{"expired key", with(func(r *rawRequest) { r.keyID, r.secret = expiring.ID, expiringSecret }), 401, "key_expired"},
		{"timestamp 45 s old", with(func(r *rawRequest) { r.at = time.Now().Add(-45 * time.Second) }), 401, "timestamp_out_of_window"},
		{"timestamp 45 s ahead", with(func(r *rawRequest) { r.at = time.Now().Add(45 * time.Second) }), 401, "timestamp_out_of_window"},
		{"tampered path", with(func(r *rawRequest) {
			r.mutate = func(req *http.Request) { req.URL.Path = "/v1/keys" }
		}), 401, "invalid_signature"},
		{"scope does not allow the route", with(func(r *rawRequest) { r.path = "/v1/keys" }), 403, "missing_scope"},
		{"body over 1 MiB", with(func(r *rawRequest) {
			r.method, r.path, r.body = "POST", "/v1/keys", `{"name":"`+strings.Repeat("x", 1<<20)+`"}`
		}), 413, "body_too_large"},
		{"unknown route", with(func(r *rawRequest) { r.path = "/v1/nothing" }), 404, "route_not_found"},
		{"wrong method", with(func(r *rawRequest) { r.method, r.body = "POST", "{}" }), 405, "method_not_allowed"},
	}
	for _, tt := range tests {
		status, detail, header := send(t, s.URL(), tt.req)
		if status != tt.status || detail.Code != tt.code {
			t.Errorf("%s: %d %q, want %d %q (%s)", tt.name, status, detail.Code, tt.status, tt.code, detail.Message)
		}
		if tt.status >= 400 && (detail.RequestID == "" || detail.RequestID != header.Get("X-Request-Id")) {
			t.Errorf("%s: request id %q vs header %q", tt.name, detail.RequestID, header.Get("X-Request-Id"))
		}
	}
}

// TestReplayRefusedBySecondReplica sends the same signed request to two
// servers sharing one database: the second refuses it.
func TestReplayRefusedBySecondReplica(t *testing.T) {
	t.Parallel()
	a := webtest.Start(t, web.Config{})
	b := webtest.StartOn(t, a.Pool, web.Config{})
	id, secret := a.NewKey(t, "k", apikey.Auditor)
	req := rawRequest{path: "/v1/me", keyID: id, secret: secret, nonce: signing.NewNonce(), at: time.Now()}
	if status, d, _ := send(t, a.URL(), req); status != 200 {
		t.Fatalf("first replica: %d %+v", status, d)
	}
	if status, d, _ := send(t, b.URL(), req); status != 401 || d.Code != "replayed_nonce" {
		t.Fatalf("second replica: %d %+v", status, d)
	}
	// A fresh nonce is fine on either.
	req.nonce = signing.NewNonce()
	if status, _, _ := send(t, b.URL(), req); status != 200 {
		t.Fatalf("fresh nonce on the second replica: %d", status)
	}
}

func TestRateLimitsOverHTTP(t *testing.T) {
	t.Parallel()
	s := webtest.Start(t, web.Config{RateLimit: web.RateLimit{PerKey: 3, PerIP: 100}})
	noRetry := func(c *client.Config) { c.MaxAttempts = 1 }
	id, secret := s.NewKey(t, "a", apikey.Auditor)
	c := s.Client(t, id, secret, noRetry)
	for i := range 3 {
		if _, err := c.Me(context.Background()); err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
	}
	_, err := c.Me(context.Background())
	var apiErr *client.Error
	if !client.IsCode(err, "rate_limited") || !asError(err, &apiErr) || apiErr.Status != 429 || apiErr.RetryAfter <= 0 {
		t.Fatalf("fourth request: %v", err)
	}
	// Another key still has its budget.
	id2, secret2 := s.NewKey(t, "b", apikey.Auditor)
	if _, err := s.Client(t, id2, secret2, noRetry).Me(context.Background()); err != nil {
		t.Fatalf("other key: %v", err)
	}

	perIP := webtest.Start(t, web.Config{RateLimit: web.RateLimit{PerIP: 2}})
	for i := range 3 {
		status, d, h := send(t, perIP.URL(), rawRequest{path: "/v1/me", unsigned: true})
		if i < 2 && status != 401 {
			t.Fatalf("request %d: %d", i, status)
		}
		if i == 2 && (status != 429 || d.Code != "rate_limited" || h.Get("Retry-After") == "") {
			t.Fatalf("third request from one IP: %d %+v", status, d)
		}
	}
}

func TestRotationGraceAndRevocation(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := webtest.Start(t, web.Config{})
	admin := s.NewClient(t, apikey.Admin)
	created, err := admin.CreateKey(ctx, client.CreateKeyParams{Name: "service", Owner: "service", Scopes: []string{"issuer"}})
	if err != nil {
		t.Fatal(err)
	}
	works := func(secret string) error {
		_, err := s.Client(t, created.Key.ID, secret, func(c *client.Config) { c.MaxAttempts = 1 }).Me(ctx)
		return err
	}
	s0 := created.Secret
	if err := works(s0); err != nil {
		t.Fatalf("new key: %v", err)
	}

	r1, err := admin.RotateKey(ctx, created.Key.ID, 300*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	if r1.Secret == s0 || r1.Key.RotatedAt == nil {
		t.Fatalf("rotation: %+v", r1.Key)
	}
	if err := works(s0); err != nil {
		t.Errorf("old secret during its grace: %v", err)
	}
	if err := works(r1.Secret); err != nil {
		t.Errorf("new secret: %v", err)
	}
	time.Sleep(350 * time.Millisecond)
	if err := works(s0); !client.IsCode(err, "invalid_signature") {
		t.Errorf("old secret after its grace: %v", err)
	}

	r2, err := admin.RotateKey(ctx, created.Key.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := works(r1.Secret); !client.IsCode(err, "invalid_signature") {
		t.Errorf("secret rotated away with no grace: %v", err)
	}
	if err := works(r2.Secret); err != nil {
		t.Errorf("newest secret: %v", err)
	}

	if _, err := admin.RevokeKey(ctx, created.Key.ID); err != nil {
		t.Fatal(err)
	}
	if err := works(r2.Secret); !client.IsCode(err, "key_revoked") {
		t.Errorf("revoked key: %v", err)
	}
	if _, err := admin.RotateKey(ctx, created.Key.ID, 0); !client.IsCode(err, "key_revoked") {
		t.Errorf("rotating a revoked key: %v", err)
	}
	if _, err := admin.Key(ctx, "tk_ffffffffffffffffffff"); !client.IsCode(err, "key_not_found") {
		t.Errorf("unknown key: %v", err)
	}
	if _, err := admin.CreateKey(ctx, client.CreateKeyParams{Name: "x", Owner: "x", Scopes: []string{"root"}}); !client.IsCode(err, "invalid_scopes") {
		t.Errorf("unknown scope: %v", err)
	}
}

// TestIdempotencyOverHTTP checks replay, 422 and 409 end to end, and that a
// mounted route sees the caller and the scoped idempotency key.
func TestIdempotencyOverHTTP(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	release := make(chan struct{})
	started := make(chan string, 10)
	var mu sync.Mutex
	failures := map[string]int{}
	routes := []web.Route{
		{Method: "POST", Pattern: "/test/slow", Summary: "Blocks until released", Idempotency: web.IdempotencyRequired,
			Handler: func(w http.ResponseWriter, r *http.Request) error {
				started <- web.IdempotencyKey(r.Context())
				<-release
				web.JSON(w, r, 201, map[string]string{"ok": "yes"})
				return nil
			}},
		{Method: "POST", Pattern: "/test/flaky", Summary: "Fails once per idempotency key", Action: auth.ValuationSubmit,
			Handler: func(w http.ResponseWriter, r *http.Request) error {
				key := web.IdempotencyKey(r.Context())
				c, _ := web.PrincipalFrom(r.Context())
				mu.Lock()
				failures[key]++
				n := failures[key]
				mu.Unlock()
				if n == 1 {
					http.Error(w, "try again", http.StatusBadGateway)
					return nil
				}
				web.JSON(w, r, 200, map[string]any{"key": key, "caller": c.KeyID, "attempt": n})
				return nil
			}},
	}
	s := webtest.Start(t, web.Config{Routes: routes})
	adminID, adminSecret := s.NewKey(t, "admin", apikey.Admin)
	admin := s.Client(t, adminID, adminSecret)

	k1, err := admin.CreateKey(ctx, client.CreateKeyParams{Name: "once", Owner: "once", Scopes: []string{"auditor"}}, client.WithIdempotencyKey("create-once"))
	if err != nil {
		t.Fatal(err)
	}
	k2, err := admin.CreateKey(ctx, client.CreateKeyParams{Name: "once", Owner: "once", Scopes: []string{"auditor"}}, client.WithIdempotencyKey("create-once"))
	if err != nil || k2.Key.ID != k1.Key.ID || k2.Secret != k1.Secret {
		t.Fatalf("replay gave another key: %v %v %v", k1.Key.ID, k2.Key.ID, err)
	}
	n := 0
	for _, err := range admin.Keys(ctx, 0) {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != 2 { // the admin key and "once"
		t.Errorf("%d keys exist, want 2", n)
	}
	_, err = admin.CreateKey(ctx, client.CreateKeyParams{Name: "other", Owner: "other", Scopes: []string{"auditor"}}, client.WithIdempotencyKey("create-once"))
	if !client.IsCode(err, "idempotency_key_reused") {
		t.Errorf("reused key, other payload: %v", err)
	}

	// 409 while the first request runs.
	done := make(chan error, 1)
	go func() {
		done <- admin.Do(ctx, "POST", "/v1/test/slow", map[string]int{"n": 1}, nil, client.WithIdempotencyKey("slow-1"))
	}()
	if got := <-started; !strings.HasSuffix(got, "/slow-1") {
		t.Errorf("IdempotencyKey(ctx) = %q", got)
	}
	status, d, _ := send(t, s.URL(), rawRequest{method: "POST", path: "/v1/test/slow", body: `{"n":1}`,
		keyID: adminID, secret: adminSecret, idemKey: "slow-1"})
	if status != 409 || d.Code != "idempotency_in_progress" {
		t.Errorf("while running: %d %+v", status, d)
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}

	// The client retries a 502 with the same idempotency key, which the
	// server did not store, so the handler runs again with that key.
	oracle := s.NewClient(t, apikey.Oracle)
	var out struct {
		Key     string `json:"key"`
		Caller  string `json:"caller"`
		Attempt int    `json:"attempt"`
	}
	if err := oracle.Do(ctx, "POST", "/v1/test/flaky", map[string]int{}, &out); err != nil {
		t.Fatal(err)
	}
	me := mustCaller(t, oracle)
	if out.Attempt != 2 || out.Caller != me.KeyID || !strings.HasPrefix(out.Key, me.KeyID+"/") {
		t.Errorf("flaky route: %+v", out)
	}
}

func mustCaller(tb testing.TB, c *client.Client) api.Principal {
	tb.Helper()
	me, err := c.Me(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	return me
}

func asError(err error, target **client.Error) bool {
	return errors.As(err, target)
}
