package client_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/auth/signing"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/webtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// scripted answers each request with the next status of its script and
// records what it was sent.
type scripted struct {
	mu       sync.Mutex
	statuses []int
	nonces   []string
	idemKeys []string
}

func (s *scripted) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nonces = append(s.nonces, r.Header.Get(signing.HeaderNonce))
	s.idemKeys = append(s.idemKeys, r.Header.Get(signing.HeaderIdempotencyKey))
	status := 200
	if len(s.statuses) > 0 {
		status, s.statuses = s.statuses[0], s.statuses[1:]
	}
	w.Header().Set("X-Request-Id", fmt.Sprintf("req-%d", len(s.nonces)))
	if status == 429 {
		w.Header().Set("Retry-After", "0")
	}
	if status >= 400 {
		w.WriteHeader(status)
		fmt.Fprintf(w, `{"error":{"code":"code_%d","message":"failed","request_id":"req-%d"}}`, status, len(s.nonces))
		return
	}
	fmt.Fprint(w, `{"ok":true}`)
}

func newTestClient(tb testing.TB, url string, attempts int) *client.Client {
	tb.Helper()
	c, err := client.New(client.Config{BaseURL: url, KeyID: "tk_x", Secret: "tss_x", MaxAttempts: attempts,
		MinBackoff: time.Millisecond, MaxBackoff: 5 * time.Millisecond})
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

func TestRetries(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		method   string
		opts     []client.Option
		statuses []int
		attempts int
		wantErr  string
	}{
		{"GET retried on 503 then succeeds", "GET", nil, []int{503, 502}, 3, ""},
		{"POST retried with its generated key", "POST", nil, []int{500, 429}, 3, ""},
		{"POST with a given key", "POST", []client.Option{client.WithIdempotencyKey("mine")}, []int{504}, 2, ""},
		{"PUT retried with its generated key", "PUT", nil, []int{503}, 2, ""},
		{"PATCH retried with its generated key", "PATCH", nil, []int{502}, 2, ""},
		{"DELETE retried with its generated key", "DELETE", nil, []int{500}, 2, ""},
		{"other 409 is not retried", "POST", nil, []int{409, 200}, 1, "code_409"},
		{"400 is not retried", "POST", nil, []int{400, 200}, 1, "code_400"},
		{"401 is not retried", "GET", nil, []int{401, 200}, 1, "code_401"},
		{"gives up after MaxAttempts", "GET", nil, []int{503, 503, 503, 503, 503}, 4, "code_503"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			sc := &scripted{statuses: tt.statuses}
			srv := httptest.NewServer(sc)
			defer srv.Close()
			c := newTestClient(t, srv.URL, 4)
			var in any
			if tt.method != "GET" {
				in = map[string]int{"a": 1}
			}
			err := c.Do(context.Background(), tt.method, "/v1/x", in, nil, tt.opts...)
			if tt.wantErr == "" && err != nil {
				t.Fatal(err)
			}
			if tt.wantErr != "" && !client.IsCode(err, tt.wantErr) {
				t.Fatalf("err = %v, want %s", err, tt.wantErr)
			}
			sc.mu.Lock()
			defer sc.mu.Unlock()
			if len(sc.nonces) != tt.attempts {
				t.Fatalf("%d attempts, want %d", len(sc.nonces), tt.attempts)
			}
			if len(slices.Compact(slices.Sorted(slices.Values(sc.nonces)))) != len(sc.nonces) {
				t.Errorf("a nonce was reused across attempts: %v", sc.nonces)
			}
			for _, k := range sc.idemKeys {
				if k != sc.idemKeys[0] {
					t.Errorf("idempotency key changed across retries: %v", sc.idemKeys)
				}
			}
			if tt.method != "GET" && sc.idemKeys[0] == "" {
				t.Errorf("%s sent without an idempotency key", tt.method)
			}
			if tt.method == "GET" && sc.idemKeys[0] != "" {
				t.Error("GET sent with an idempotency key")
			}
		})
	}
}

func TestRetriesInProgressConflict(t *testing.T) {
	t.Parallel()
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			w.WriteHeader(409)
			fmt.Fprint(w, `{"error":{"code":"idempotency_in_progress","message":"wait","request_id":"r"}}`)
			return
		}
		fmt.Fprint(w, `{}`)
	}))
	defer srv.Close()
	if err := newTestClient(t, srv.URL, 3).Do(context.Background(), "POST", "/v1/x", map[string]int{}, nil); err != nil || calls.Load() != 2 {
		t.Fatalf("err %v after %d calls", err, calls.Load())
	}
}

func TestNetworkErrorsAreRetried(t *testing.T) {
	t.Parallel()
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			conn, _, _ := w.(http.Hijacker).Hijack()
			conn.Close() // the connection drops before any answer
			return
		}
		fmt.Fprint(w, `{}`)
	}))
	defer srv.Close()
	if err := newTestClient(t, srv.URL, 3).Do(context.Background(), "POST", "/v1/x", map[string]int{}, nil); err != nil {
		t.Fatalf("after a dropped connection: %v", err)
	}
	if calls.Load() != 2 {
		t.Fatalf("%d calls", calls.Load())
	}
}

func TestErrorModelDecoded(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "7")
		w.WriteHeader(403)
		fmt.Fprint(w, `{"error":{"code":"missing_scope","message":"needs issuer","request_id":"abc"}}`)
	}))
	defer srv.Close()
	err := newTestClient(t, srv.URL, 1).Do(context.Background(), "GET", "/v1/x", nil, nil)
	var e *client.Error
	if !errors.As(err, &e) {
		t.Fatalf("not a *client.Error: %v", err)
	}
	want := client.Error{Status: 403, Code: "missing_scope", Message: "needs issuer", RequestID: "abc", RetryAfter: 7 * time.Second}
	if *e != want {
		t.Fatalf("got %+v, want %+v", *e, want)
	}
}

func TestPaginateStopsWhenTheCallerDoes(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	var cursors []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		cursors = append(cursors, r.URL.Query().Get("cursor"))
		n := len(cursors)
		mu.Unlock()
		_ = json.NewEncoder(w).Encode(map[string]any{"items": []int{n*10 + 1, n*10 + 2}, "next_cursor": fmt.Sprint("c", n)})
	}))
	defer srv.Close()
	var got []int
	for v, err := range client.Paginate[int](context.Background(), newTestClient(t, srv.URL, 1), "/v1/list", nil, 2) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, v)
		if len(got) == 3 {
			break
		}
	}
	if !slices.Equal(got, []int{11, 12, 21}) || !slices.Equal(cursors, []string{"", "c1"}) {
		t.Fatalf("items %v, cursors %v", got, cursors)
	}
}

func TestNewRejectsBadBaseURL(t *testing.T) {
	t.Parallel()
	for _, u := range []string{"", "localhost:8080", "ftp://x", "http://"} {
		if _, err := client.New(client.Config{BaseURL: u}); err == nil {
			t.Errorf("accepted %q", u)
		}
	}
}

// TestKeysAgainstARealServer drives the key routes of a real server.
func TestKeysAgainstARealServer(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := webtest.Start(t, web.Config{})
	admin := s.NewClient(t, apikey.Admin)
	var ids []string
	for i := range 5 {
		k, err := admin.CreateKey(ctx, client.CreateKeyParams{Name: fmt.Sprint("k", i), Owner: fmt.Sprint("k", i), Scopes: []string{"auditor", "issuer"}, ExpiresIn: time.Hour})
		if err != nil {
			t.Fatal(err)
		}
		if k.Key.ExpiresAt == nil || !slices.Equal(k.Key.Scopes, []string{"auditor", "issuer"}) {
			t.Fatalf("created %+v", k.Key)
		}
		ids = append(ids, k.Key.ID)
	}
	var listed []string
	for k, err := range admin.Keys(ctx, 2) {
		if err != nil {
			t.Fatal(err)
		}
		listed = append(listed, k.ID)
	}
	if len(listed) != 6 || !slices.Equal(listed[1:], ids) {
		t.Fatalf("listed %v, created %v", listed, ids)
	}
	got, err := admin.Key(ctx, ids[0])
	if err != nil || got.Name != "k0" {
		t.Fatalf("Key: %+v %v", got, err)
	}
	// An auditor reads everything but the keys (L2), and changes nothing.
	auditor := s.NewClient(t, apikey.Auditor)
	if _, err := auditor.Key(ctx, ids[0]); !client.IsCode(err, "missing_scope") {
		t.Errorf("auditor read a key: %v", err)
	}
	if _, err := auditor.RevokeKey(ctx, ids[0]); !client.IsCode(err, "missing_scope") {
		t.Errorf("auditor write: %v", err)
	}
	revoked, err := admin.RevokeKey(ctx, ids[0])
	if err != nil || revoked.RevokedAt == nil {
		t.Fatalf("revoke: %+v %v", revoked, err)
	}
	if err := admin.Ready(ctx); err != nil {
		t.Errorf("ready: %v", err)
	}
}
