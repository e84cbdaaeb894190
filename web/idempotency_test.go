package web

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
	"github.com/tessera-rwa/tessera/seal"
)

type idemHarness struct {
	h     http.Handler
	calls atomic.Int32
	keys  []string // IdempotencyKey(ctx) seen by the handler
	block chan struct{}
	fail  atomic.Bool
}

func newIdemHarness(t *testing.T, required bool) *idemHarness {
	t.Helper()
	box, err := seal.New(make([]byte, 32), "test")
	if err != nil {
		t.Fatal(err)
	}
	ih := &idemHarness{}
	next := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := ih.calls.Add(1)
		ih.keys = append(ih.keys, IdempotencyKey(r.Context()))
		if ih.block != nil {
			<-ih.block
		}
		if ih.fail.Load() {
			http.Error(w, "down", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusCreated)
		fmt.Fprintf(w, `{"call":%d}`, n)
	})
	mw := idempotent(idempotencyConfig{
		Store: postgres.NewIdempotencyStore(pgtest.NewDB(t)), Box: box,
		TTL: time.Hour, Lock: time.Minute, Required: required, Logger: discardLogger(),
	})
	ih.h = requestID(mw(next))
	return ih
}

func idemRequest(keyID, idemKey, body string) *http.Request {
	r := httptest.NewRequest("POST", "/v1/things", strings.NewReader(body))
	if idemKey != "" {
		r.Header.Set("Idempotency-Key", idemKey)
	}
	return r.WithContext(WithPrincipal(r.Context(), auth.Principal{KeyID: keyID}))
}

func (ih *idemHarness) do(r *http.Request) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	ih.h.ServeHTTP(rec, r)
	return rec
}

func TestIdempotency(t *testing.T) {
	t.Parallel()
	ih := newIdemHarness(t, true)

	first := ih.do(idemRequest("tk_a", "k1", `{"x":1}`))
	if first.Code != 201 || first.Body.String() != `{"call":1}` || first.Header().Get(HeaderReplayed) != "" {
		t.Fatalf("first: %d %s", first.Code, first.Body)
	}
	again := ih.do(idemRequest("tk_a", "k1", `{"x":1}`))
	if again.Code != 201 || again.Body.String() != `{"call":1}` || again.Header().Get(HeaderReplayed) != "true" ||
		again.Header().Get("Content-Type") != "application/json" {
		t.Fatalf("replay: %d %s %v", again.Code, again.Body, again.Header())
	}
	if ih.calls.Load() != 1 {
		t.Fatalf("handler ran %d times", ih.calls.Load())
	}
	if ih.keys[0] != "tk_a/k1" {
		t.Errorf("IdempotencyKey(ctx) = %q", ih.keys[0])
	}

	tests := []struct {
		name   string
		req    *http.Request
		status int
		code   string
	}{
		{"other payload", idemRequest("tk_a", "k1", `{"x":2}`), 422, "idempotency_key_reused"},
		{"missing on a required route", idemRequest("tk_a", "", `{}`), 400, "idempotency_key_required"},
		{"too long", idemRequest("tk_a", strings.Repeat("k", 256), `{}`), 400, "invalid_idempotency_key"},
		{"control character", idemRequest("tk_a", "k\x01", `{}`), 400, "invalid_idempotency_key"},
	}
	for _, tt := range tests {
		rec := ih.do(tt.req)
		if rec.Code != tt.status || errorCode(t, rec) != tt.code {
			t.Errorf("%s: %d %s", tt.name, rec.Code, rec.Body)
		}
	}
	// The same idempotency key of another API key is another operation.
	if rec := ih.do(idemRequest("tk_b", "k1", `{"x":2}`)); rec.Code != 201 || rec.Body.String() != `{"call":2}` {
		t.Errorf("other API key: %d %s", rec.Code, rec.Body)
	}
}

func TestIdempotencyInProgressAndFailures(t *testing.T) {
	t.Parallel()
	ih := newIdemHarness(t, false)
	ih.block = make(chan struct{})
	done := make(chan *httptest.ResponseRecorder)
	go func() { done <- ih.do(idemRequest("tk_a", "slow", `{}`)) }()
	for ih.calls.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	rec := ih.do(idemRequest("tk_a", "slow", `{}`))
	if rec.Code != 409 || errorCode(t, rec) != "idempotency_in_progress" || rec.Header().Get("Retry-After") == "" {
		t.Errorf("while running: %d %s", rec.Code, rec.Body)
	}
	close(ih.block)
	if first := <-done; first.Code != 201 {
		t.Fatalf("first: %d", first.Code)
	}
	ih.block = nil

	// A 5xx is not stored: the retry runs the handler again.
	ih.fail.Store(true)
	if rec := ih.do(idemRequest("tk_a", "flaky", `{}`)); rec.Code != 503 {
		t.Fatalf("failing call: %d", rec.Code)
	}
	ih.fail.Store(false)
	if rec := ih.do(idemRequest("tk_a", "flaky", `{}`)); rec.Code != 201 || rec.Header().Get(HeaderReplayed) != "" {
		t.Errorf("retry after 5xx: %d %v", rec.Code, rec.Header())
	}

	// Optional routes run without a key, every time.
	before := ih.calls.Load()
	ih.do(idemRequest("tk_a", "", `{}`))
	ih.do(idemRequest("tk_a", "", `{}`))
	if ih.calls.Load() != before+2 {
		t.Error("requests without a key were deduplicated")
	}
}

// TestIdempotentRequestThatCommittedIsNotRunAgain: a request that made its
// change and then failed before its response was stored (a 5xx here; a
// crash behaves the same once its lock lapses, see postgres's
// TestIdempotencyClaimCommitsWithTheDomainWrite) is not run a second time
// by a retry with the same key: the retry is told the outcome was lost.
func TestIdempotentRequestThatCommittedIsNotRunAgain(t *testing.T) {
	t.Parallel()
	box, err := seal.New(make([]byte, 32), "test")
	if err != nil {
		t.Fatal(err)
	}
	pool := pgtest.NewDB(t)
	if _, err := pool.Exec(t.Context(), `CREATE TABLE things (id SERIAL PRIMARY KEY)`); err != nil {
		t.Fatal(err)
	}
	var calls atomic.Int32
	next := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		if err := postgres.Transact(r.Context(), pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
			_, err := tx.Exec(r.Context(), `INSERT INTO things DEFAULT VALUES`)
			return err
		}); err != nil {
			Error(w, r, err)
			return
		}
		http.Error(w, "the chain went away after the write", http.StatusBadGateway)
	})
	h := requestID(idempotent(idempotencyConfig{Store: postgres.NewIdempotencyStore(pool), Box: box,
		TTL: time.Hour, Lock: time.Minute, Required: true, Logger: discardLogger()})(next))

	for i, want := range []int{http.StatusBadGateway, http.StatusConflict} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, idemRequest("tk_a", "once", `{}`))
		if rec.Code != want {
			t.Fatalf("attempt %d: %d %s, want %d", i+1, rec.Code, rec.Body, want)
		}
		if i == 1 && errorCode(t, rec) != "idempotency_outcome_lost" {
			t.Fatalf("retry: %s", rec.Body)
		}
	}
	var n int
	if err := pool.QueryRow(t.Context(), `SELECT count(*) FROM things`).Scan(&n); err != nil || n != 1 || calls.Load() != 1 {
		t.Fatalf("%d rows written by %d runs (%v); want 1 by 1", n, calls.Load(), err)
	}
}
