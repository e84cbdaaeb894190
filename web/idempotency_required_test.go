package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/auth/signing"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/webtest"
)

// TestWritesNeedIdempotencyKey checks that every write route requires an
// Idempotency-Key unless it opts out, and that only the naturally
// idempotent routes docs/auth.md names opt out.
func TestWritesNeedIdempotencyKey(t *testing.T) {
	t.Parallel()
	ok := func(w http.ResponseWriter, r *http.Request) error { w.WriteHeader(http.StatusNoContent); return nil }
	s := webtest.Start(t, web.Config{Routes: []web.Route{
		{Method: "POST", Pattern: "/things", Summary: "write", Handler: ok},
		{Method: "PUT", Pattern: "/things/{id}", Summary: "write", Handler: ok},
		{Method: "PATCH", Pattern: "/things/{id}", Summary: "write", Handler: ok},
		{Method: "DELETE", Pattern: "/things/{id}", Summary: "write", Handler: ok},
		{Method: "POST", Pattern: "/checks", Summary: "a check that changes nothing", Idempotency: web.IdempotencyOptional, Handler: ok},
	}})
	id, secret := s.NewKey(t, "k", apikey.Issuer)
	for _, tt := range []struct {
		method, path, idemKey string
		status                int
		code                  string
	}{
		{"POST", "/v1/things", "", 400, "idempotency_key_required"},
		{"PUT", "/v1/things/1", "", 400, "idempotency_key_required"},
		{"PATCH", "/v1/things/1", "", 400, "idempotency_key_required"},
		{"DELETE", "/v1/things/1", "", 400, "idempotency_key_required"},
		{"POST", "/v1/things", "k1", 204, ""},
		{"PATCH", "/v1/things/1", "k2", 204, ""},
		{"POST", "/v1/checks", "", 204, ""},
		{"POST", "/v1/checks", "k3", 204, ""},
	} {
		status, detail, _ := send(t, s.URL(), rawRequest{method: tt.method, path: tt.path, body: "{}", keyID: id, secret: secret, idemKey: tt.idemKey})
		if status != tt.status || detail.Code != tt.code {
			t.Errorf("%s %s with key %q: %d %q, want %d %q", tt.method, tt.path, tt.idemKey, status, detail.Code, tt.status, tt.code)
		}
	}
	// The client sends a key on every write.
	c := s.Client(t, id, secret)
	for _, m := range []string{"POST", "PUT", "PATCH", "DELETE"} {
		path := "/v1/things/1"
		if m == "POST" {
			path = "/v1/things"
		}
		if err := c.Do(context.Background(), m, path, map[string]int{}, nil); err != nil {
			t.Errorf("client %s: %v", m, err)
		}
	}

	// The built-in tables: every write requires a key but these.
	optOut := map[string]bool{"POST /compliance/check": true, "POST /dealing/assets/{asset}/calls": true}
	var routes []web.Route
	routes = append(routes, web.ComplianceRoutes(nil)...)
	routes = append(routes, web.IssuanceRoutes(nil)...)
	routes = append(routes, web.OracleRoutes(nil)...)
	routes = append(routes, web.DealingRoutes(nil)...)
	routes = append(routes, web.AuditRoutes(web.AuditConfig{})...)
	for _, rt := range routes {
		if !rt.IsWrite() {
			continue
		}
		name := rt.Method + " " + rt.Pattern
		if got := rt.Idempotency == web.IdempotencyOptional; got != optOut[name] {
			t.Errorf("%s: opts out of Idempotency-Key = %v, want %v", name, got, optOut[name])
		}
	}
}

// TestIdempotencyTakeoverOverHTTP runs a first request slower than its
// idempotency lock on a real server and database: a retry takes its key
// over and its response is stored; the first then finishes, its caller gets
// its own response, which is not stored; later retries replay the retry's.
func TestIdempotencyTakeoverOverHTTP(t *testing.T) {
	t.Parallel()
	var calls atomic.Int32
	release := make(chan struct{})
	s := webtest.Start(t, web.Config{IdempotencyLock: 200 * time.Millisecond, Routes: []web.Route{{
		Method: "POST", Pattern: "/slow", Summary: "slow the first time", Status: http.StatusCreated,
		Handler: func(w http.ResponseWriter, r *http.Request) error {
			n := calls.Add(1)
			if n == 1 {
				<-release
			}
			web.JSON(w, r, http.StatusCreated, map[string]int32{"call": n})
			return nil
		},
	}}})
	id, secret := s.NewKey(t, "k", apikey.Issuer)
	type answer struct {
		status         int
		body, replayed string
	}
	// post sends the same request with the same key, signed anew (a new
	// nonce) each time, as a retry must be.
	post := func() answer {
		body := []byte(`{"x":1}`)
		req, err := http.NewRequest("POST", s.URL()+"/v1/slow", bytes.NewReader(body))
		if err != nil {
			t.Error(err)
			return answer{}
		}
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Idempotency-Key", "takeover")
		if err := signing.Sign(req, id, []byte(secret), body, time.Now(), signing.NewNonce()); err != nil {
			t.Error(err)
			return answer{}
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Error(err)
			return answer{}
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return answer{resp.StatusCode, strings.TrimSpace(string(b)), resp.Header.Get(web.HeaderReplayed)}
	}

	first := make(chan answer, 1)
	go func() { first <- post() }()
	for calls.Load() == 0 {
		time.Sleep(5 * time.Millisecond)
	}
	if a := post(); a.status != http.StatusConflict || !strings.Contains(a.body, "idempotency_in_progress") {
		t.Fatalf("retry while the first holds its lock: %+v", a)
	}
	time.Sleep(300 * time.Millisecond) // the first request's lock lapses
	if a := post(); a.status != http.StatusCreated || a.body != `{"call":2}` || a.replayed != "" {
		t.Fatalf("retry after the lock lapsed: %+v, want it to run", a)
	}
	close(release)
	if a := <-first; a.status != http.StatusCreated || a.body != `{"call":1}` {
		t.Fatalf("first request: %+v", a)
	}
	if a := post(); a.status != http.StatusCreated || a.body != `{"call":2}` || a.replayed != "true" {
		t.Fatalf("later retry: %+v, want the takeover's response replayed", a)
	}
	if n := calls.Load(); n != 2 {
		t.Fatalf("%d calls", n)
	}
}

// signedPost signs a POST of body to path with the Idempotency-Key key and
// the request id rid, at now with a fresh nonce.
func signedPost(t *testing.T, url, id, secret, key, rid, body string) *http.Request {
	t.Helper()
	req, err := http.NewRequest("POST", url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Idempotency-Key", key)
	req.Header.Set(web.HeaderRequestID, rid)
	if err := signing.Sign(req, id, []byte(secret), []byte(body), time.Now(), signing.NewNonce()); err != nil {
		t.Fatal(err)
	}
	return req
}

type reply struct {
	status                 int
	code, bodyID, headerID string
	replayed               string
}

func sendReply(t *testing.T, req *http.Request, body string) reply {
	t.Helper()
	req.Body = io.NopCloser(strings.NewReader(body))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var e api.ErrorBody
	_ = json.NewDecoder(resp.Body).Decode(&e)
	return reply{resp.StatusCode, e.Error.Code, e.Error.RequestID, resp.Header.Get(web.HeaderRequestID), resp.Header.Get(web.HeaderReplayed)}
}

// TestRetriesAndStoredErrors checks what docs/auth.md promises a client
// that retries: a byte-identical resend is refused for its nonce even with
// an Idempotency-Key; a re-signed retry gets the stored response, a stored
// 4xx included, whose body keeps the first request's request_id while the
// X-Request-Id header is the retry's own; the key stays bound to that
// request, so a corrected request needs a new key.
func TestRetriesAndStoredErrors(t *testing.T) {
	t.Parallel()
	var calls atomic.Int32
	s := webtest.Start(t, web.Config{Routes: []web.Route{{
		Method: "POST", Pattern: "/picky", Summary: "refuses x=1", Status: http.StatusCreated,
		Handler: func(w http.ResponseWriter, r *http.Request) error {
			calls.Add(1)
			var in struct {
				X int `json:"x"`
			}
			if err := web.Decode(r, &in); err != nil {
				return err
			}
			if in.X == 1 {
				return errs.E(errs.Invalid, "x_is_one", "x must not be 1")
			}
			w.WriteHeader(http.StatusCreated)
			return nil
		},
	}}})
	id, secret := s.NewKey(t, "k", apikey.Issuer)
	url := s.URL() + "/v1/picky"

	first := signedPost(t, url, id, secret, "k1", "first-req", `{"x":1}`)
	resend := first.Clone(context.Background())
	if a := sendReply(t, first, `{"x":1}`); a.status != 400 || a.code != "x_is_one" || a.bodyID != "first-req" || a.replayed != "" {
		t.Fatalf("first: %+v", a)
	}
	if a := sendReply(t, resend, `{"x":1}`); a.status != 401 || a.code != "replayed_nonce" {
		t.Fatalf("byte-identical resend: %+v, want 401 replayed_nonce", a)
	}
	retry := signedPost(t, url, id, secret, "k1", "second-req", `{"x":1}`)
	if a := sendReply(t, retry, `{"x":1}`); a.status != 400 || a.code != "x_is_one" || a.bodyID != "first-req" || a.headerID != "second-req" || a.replayed != "true" {
		t.Fatalf("re-signed retry: %+v, want the stored 400 with the first request id in the body", a)
	}
	fixed := signedPost(t, url, id, secret, "k1", "third-req", `{"x":2}`)
	if a := sendReply(t, fixed, `{"x":2}`); a.status != 422 || a.code != "idempotency_key_reused" {
		t.Fatalf("corrected request with the same key: %+v", a)
	}
	fresh := signedPost(t, url, id, secret, "k2", "fourth-req", `{"x":2}`)
	if a := sendReply(t, fresh, `{"x":2}`); a.status != 201 {
		t.Fatalf("corrected request with a new key: %+v", a)
	}
	if n := calls.Load(); n != 2 {
		t.Fatalf("the handler ran %d times, want 2", n)
	}
}
