package oracle_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/oracle"
	"github.com/tessera-rwa/tessera/oracle/oraclehttp"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

// navServer serves fixed JSON documents by path on 127.0.0.1.
func navServer(tb testing.TB, docs map[string]string) *httptest.Server {
	tb.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		doc, ok := docs[r.URL.Path]
		if !ok {
			http.Error(w, "down for maintenance", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(doc))
	}))
	tb.Cleanup(srv.Close)
	return srv
}

func TestPollHTTPSources(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	srv := navServer(t, map[string]string{
		"/number":  `{"data": {"nav": 101.234567891234567891, "asOf": "2025-01-02T00:00:00Z"}}`,
		"/string":  `{"data": {"nav": "99.99"}}`,
		"/huge":    `{"fund": {"classes": [{"nav": 0}, {"nav": 123456789012345678901234567890.12345678}]}}`,
		"/missing": `{"data": {}}`,
		"/bool":    `{"data": {"nav": true}}`,
		"/html":    `<html>oops</html>`,
	})
	store := &postgres.OracleStore{Pool: pgtest.NewDB(t)}
	src := func(name, path, jsonPath string) oracle.HTTPSource {
		return oracle.HTTPSource{Name: name, Asset: "TBILL", URL: srv.URL + path, Path: jsonPath}
	}
	asOf := src("asof", "/number", "data.nav")
	asOf.TimePath = "data.asOf"
	p, err := oracle.NewPoller(oracle.PollerConfig{
		Store:   store,
		Fetcher: &oraclehttp.Fetcher{},
		Feeds:   []oracle.Feed{testFeed("TBILL", common.HexToAddress("0xfeed"))},
		Sources: []oracle.HTTPSource{
			src("number", "/number", "data.nav"), src("string", "/string", "data.nav"),
			src("huge", "/huge", "fund.classes.1.nav"), src("missing", "/missing", "data.nav"),
			src("bool", "/bool", "data.nav"), src("html", "/html", "data.nav"), src("down", "/down", "data.nav"), asOf,
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		source string
		want   string    // the stored value at 8 decimals; "" for an error
		kind   errs.Kind // of the error
		at     time.Time // observed at, when the source says
	}{
		{"number", "10123456789", 0, time.Time{}}, // 101.23456789|1234… at 8 decimals, no float64 on the way
		{"string", "9999000000", 0, time.Time{}},
		{"huge", "12345678901234567890123456789012345678", 0, time.Time{}},
		{"asof", "10123456789", 0, time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC)},
		{"missing", "", errs.Invalid, time.Time{}},
		{"bool", "", errs.Invalid, time.Time{}},
		{"html", "", errs.Invalid, time.Time{}},
		{"down", "", errs.Unavailable, time.Time{}},
	}
	for _, tt := range tests {
		o, stored, err := p.Poll(ctx, tt.source)
		if tt.want == "" {
			if err == nil || errs.KindOf(err) != tt.kind || stored {
				t.Errorf("%s: stored %v, err %v (kind %v), want kind %v", tt.source, stored, err, errs.KindOf(err), tt.kind)
			}
			continue
		}
		if err != nil || !stored {
			t.Errorf("%s: stored %v, %v", tt.source, stored, err)
			continue
		}
		if o.Value.String() != tt.want || o.Source != "http:"+tt.source || o.Kind != oracle.KindHTTP || len(o.Raw) == 0 || o.Decimals != 8 {
			t.Errorf("%s: stored %+v", tt.source, o)
		}
		if !tt.at.IsZero() && !o.ObservedAt.Equal(tt.at) {
			t.Errorf("%s: observed at %v, want %v", tt.source, o.ObservedAt, tt.at)
		}
	}
	// The as-of source has not moved on: polling it again stores nothing.
	if _, stored, err := p.Poll(ctx, "asof"); err != nil || stored {
		t.Fatalf("same as-of time again: stored %v, %v", stored, err)
	}
	obs, err := store.Observations(ctx, "TBILL", 0, 100)
	if err != nil || len(obs) != 4 {
		t.Fatalf("%d observations stored, want 4 (%v)", len(obs), err)
	}
}

func TestPollerRunsOnItsInterval(t *testing.T) {
	t.Parallel()
	srv := navServer(t, map[string]string{"/nav": `{"nav": "100"}`})
	pool := pgtest.NewDB(t)
	var seen atomic.Int64
	p, err := oracle.NewPoller(oracle.PollerConfig{
		Store:         &postgres.OracleStore{Pool: pool},
		Fetcher:       &oraclehttp.Fetcher{},
		Feeds:         []oracle.Feed{testFeed("TBILL", common.HexToAddress("0xfeed"))},
		Sources:       []oracle.HTTPSource{{Name: "nav", Asset: "TBILL", URL: srv.URL + "/nav", Path: "nav", Interval: 20 * time.Millisecond}},
		Locker:        &postgres.Leader{Pool: pool, Retry: 20 * time.Millisecond},
		OnObservation: func(oracle.Observation) { seen.Add(1) },
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := p.Start(ctx); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for seen.Load() < 3 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if err := p.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if seen.Load() < 3 {
		t.Fatalf("%d polls stored in 10s", seen.Load())
	}
}
