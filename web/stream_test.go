package web_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/auth/signing"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
	"github.com/tessera-rwa/tessera/stream"
	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/webtest"
)

// startStreaming starts a server with an event stream on a fresh database;
// adjust changes the hub's configuration.
func startStreaming(t testing.TB, adjust ...func(*stream.Config)) (*webtest.Server, *stream.Hub) {
	t.Helper()
	pool := pgtest.NewDB(t)
	hub := newHub(t, pool, adjust...)
	return webtest.StartOn(t, pool, web.Config{Stream: hub}), hub
}

// newHub returns a hub on pool whose streams resolve their keys through
// the key service, as the servers' are.
func newHub(t testing.TB, pool *pgxpool.Pool, adjust ...func(*stream.Config)) *stream.Hub {
	t.Helper()
	keys, err := apikey.NewService(apikey.ServiceConfig{Store: postgres.NewAPIKeyStore(pool), MasterKey: webtest.MasterKey})
	if err != nil {
		t.Fatal(err)
	}
	cfg := stream.Config{Store: &postgres.StreamStore{Pool: pool}, Resolve: keys.Resolve, Poll: 2 * time.Second}
	for _, f := range adjust {
		f(&cfg)
	}
	hub, err := stream.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return hub
}

func subjectOf(t *testing.T, e api.StreamEvent) string {
	t.Helper()
	var d struct {
		Subject string `json:"subject"`
	}
	if err := json.Unmarshal(e.Data, &d); err != nil {
		t.Fatal(err)
	}
	return d.Subject
}

func next(t *testing.T, s *client.Stream) api.StreamEvent {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	e, err := s.Next(ctx)
	if err != nil {
		t.Fatalf("next event: %v", err)
	}
	return e
}

// A signed client receives events as they commit, filtered by type, and a
// new stream opened after the last cursor receives exactly what it missed.
func TestStreamOverHTTP(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := startStreaming(t)
	c := s.NewClient(t, apikey.Compliance)
	var err error

	webtest.LogEntry(t, s.Pool, 1, "before")
	// A stream without after= starts at the newest readable event; wait
	// until another test's transaction no longer holds "before" back.
	for head := (stream.Cursor{}); head == (stream.Cursor{}); time.Sleep(10 * time.Millisecond) {
		if head, err = (&postgres.StreamStore{Pool: s.Pool}).Head(ctx); err != nil {
			t.Fatal(err)
		}
	}
	st, err := c.Stream(ctx, client.StreamOptions{Types: []string{stream.Compliance}})
	if err != nil {
		t.Fatal(err)
	}
	// An event of another type, then ours: only ours arrives.
	if _, err := s.Pool.Exec(ctx, `INSERT INTO indexer_transfers (chain_id, block_number, log_index, block_hash, tx_hash, token, from_address, to_address, value)
		VALUES (1, 1, 0, $1, $1, $2, $2, $2, 1)`, make([]byte, 32), make([]byte, 20)); err != nil {
		t.Fatal(err)
	}
	webtest.LogEntry(t, s.Pool, 2, "first")
	e := next(t, st)
	if e.Type != stream.Compliance || subjectOf(t, e) != "first" || e.Cursor == "" {
		t.Fatalf("first event: %+v (the one before the stream opened must not come)", e)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}

	webtest.LogEntry(t, s.Pool, 3, "missed-1")
	webtest.LogEntry(t, s.Pool, 4, "missed-2")
	again, err := c.Stream(ctx, client.StreamOptions{After: e.Cursor, Types: []string{stream.Compliance}})
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if a, b := subjectOf(t, next(t, again)), subjectOf(t, next(t, again)); a != "missed-1" || b != "missed-2" {
		t.Fatalf("resumed: %s, %s; want missed-1, missed-2", a, b)
	}

	// From the beginning: every event kept, the transfer included.
	all, err := c.Stream(ctx, client.StreamOptions{After: "0"})
	if err != nil {
		t.Fatal(err)
	}
	defer all.Close()
	var types []string
	for range 5 {
		types = append(types, next(t, all).Type)
	}
	if strings.Join(types, ",") != "compliance,transfer,compliance,compliance,compliance" {
		t.Fatalf("from the beginning: %v", types)
	}
}

// Many writers committing concurrently, in transactions that overlap and
// end in any order: the stream delivers every event once, in cursor order.
func TestStreamDeliversConcurrentCommitsOnceInOrder(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := startStreaming(t)
	c := s.NewClient(t, apikey.Compliance)
	st, err := c.Stream(ctx, client.StreamOptions{Types: []string{stream.Compliance}})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()

	const writers, each = 4, 25
	var wg sync.WaitGroup
	errc := make(chan error, writers)
	for w := range writers {
		wg.Go(func() {
			for i := range each {
				tx, err := s.Pool.Begin(ctx)
				if err != nil {
					errc <- err
					return
				}
				seq := 1 + w*each + i
				if _, err := tx.Exec(ctx, `INSERT INTO compliance_log (seq, at, actor, action, subject, data, prev_hash, hash)
					VALUES ($1, now(), 'tk', 'test', $2, '{}', $3, $3)`, seq, fmt.Sprint(seq), make([]byte, 32)); err != nil {
					errc <- err
					return
				}
				time.Sleep(time.Duration((seq*7)%5) * time.Millisecond) // hold the transaction open a while
				if err := tx.Commit(ctx); err != nil {
					errc <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errc)
	for err := range errc {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var last stream.Cursor
	for range writers * each {
		e := next(t, st)
		pos, err := stream.ParseCursor(e.Cursor)
		if err != nil || !last.Less(pos) {
			t.Fatalf("cursor %s after %s: out of order (%v)", e.Cursor, last, err)
		}
		last = pos
		if sub := subjectOf(t, e); seen[sub] {
			t.Fatalf("event %s delivered twice", sub)
		} else {
			seen[sub] = true
		}
	}
	if len(seen) != writers*each {
		t.Fatalf("%d distinct events, want %d", len(seen), writers*each)
	}
}

// What the stream refuses, each with its code; and a server shutting down
// closes its streams with "going away".
func TestStreamRefusalsAndShutdown(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, hub := startStreaming(t)
	id, secret := s.NewKey(t, "issuer", apikey.Issuer)

	// The description shows the route as a WebSocket with its parameters.
	res, err := http.Get(s.URL() + "/v1/openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	var spec struct {
		Paths map[string]map[string]struct {
			Parameters []struct{ Name string }
			Responses  map[string]any
		}
	}
	err = json.NewDecoder(res.Body).Decode(&spec)
	res.Body.Close()
	op, ok := spec.Paths["/v1/stream"]["get"]
	if err != nil || !ok || op.Responses["101"] == nil || len(op.Parameters) != 3 || op.Parameters[0].Name != "after" {
		t.Fatalf("openapi /v1/stream: %+v %v", op, err)
	}
	oracleID, oracleSecret := s.NewKey(t, "oracle", apikey.Oracle)
	base := s.URL()

	upgrade := func(r *http.Request) {
		r.Header.Set("Connection", "Upgrade")
		r.Header.Set("Upgrade", "websocket")
		r.Header.Set("Sec-WebSocket-Version", "13")
		r.Header.Set("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==")
	}
	for _, tc := range []struct {
		name   string
		rr     rawRequest
		status int
		code   string
	}{
		{"unsigned", rawRequest{path: "/v1/stream", unsigned: true, mutate: upgrade}, 401, "missing_authorization"},
		{"oracle key", rawRequest{path: "/v1/stream", keyID: oracleID, secret: oracleSecret, mutate: upgrade}, 403, "missing_scope"},
		{"no upgrade", rawRequest{path: "/v1/stream", keyID: id, secret: secret}, 400, "upgrade_required"},
		{"bad cursor", rawRequest{path: "/v1/stream?after=yesterday", keyID: id, secret: secret, mutate: upgrade}, 400, "invalid_cursor"},
		{"unknown type", rawRequest{path: "/v1/stream?types=transfer,gossip", keyID: id, secret: secret, mutate: upgrade}, 400, "invalid_query"},
		{"bad asset", rawRequest{path: "/v1/stream?asset=building", keyID: id, secret: secret, mutate: upgrade}, 400, "invalid_query"},
		{"unknown parameter", rawRequest{path: "/v1/stream?since=1", keyID: id, secret: secret, mutate: upgrade}, 400, "invalid_query"},
	} {
		status, detail, _ := send(t, base, tc.rr)
		if status != tc.status || detail.Code != tc.code {
			t.Errorf("%s: %d %q (%s), want %d %q", tc.name, status, detail.Code, detail.Message, tc.status, tc.code)
		}
	}

	// A browser page of another origin may not open the stream, even
	// with valid credentials.
	req, _ := http.NewRequest("GET", base+"/v1/stream", nil)
	if err := signing.Sign(req, id, []byte(secret), nil, time.Now(), signing.NewNonce()); err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Origin", "http://evil.example")
	_, resp, err := websocket.Dial(ctx, strings.Replace(base, "http", "ws", 1)+"/v1/stream", &websocket.DialOptions{HTTPHeader: req.Header})
	if err == nil || resp == nil || resp.StatusCode != http.StatusForbidden {
		t.Errorf("cross-origin stream: %v %v, want 403", resp, err)
	}

	// Resuming from before what retention deleted is refused.
	if _, err := s.Pool.Exec(ctx, `UPDATE stream_horizon SET tx = '100', id = 100`); err != nil {
		t.Fatal(err)
	}
	c := s.Client(t, id, secret)
	if _, err := c.Stream(ctx, client.StreamOptions{After: "99-99"}); !client.IsCode(err, "cursor_expired") {
		t.Errorf("resume before the horizon: %v, want cursor_expired", err)
	}

	st, err := c.Stream(ctx, client.StreamOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if hub.Conns() != 1 {
		t.Fatalf("%d open streams, want 1", hub.Conns())
	}
	res, err = http.Get(s.OpsURL() + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	metrics, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if !strings.Contains(string(metrics), "\ntessera_stream_connections 1\n") || !strings.Contains(string(metrics), "tessera_stream_events_sent_total") {
		t.Errorf("metrics lack the open stream:\n%s", metrics)
	}
	stopCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	nextErr := make(chan error, 1)
	go func() { _, err := st.Next(stopCtx); nextErr <- err }()
	if err := s.Stop(stopCtx); err != nil {
		t.Fatal(err)
	}
	err = <-nextErr
	var ce websocket.CloseError
	if !errors.As(err, &ce) || ce.Code != websocket.StatusGoingAway || !strings.Contains(ce.Reason, "after=") {
		t.Fatalf("after shutdown: %v, want going away naming after=", err)
	}
	if hub.Conns() != 0 {
		t.Fatalf("%d streams open after shutdown", hub.Conns())
	}
}

// A client that stops reading is disconnected once a write has waited
// WriteTimeout, though the stream writes a page's events together: every
// write to the connection is bounded, not only each message.
func TestStreamDisconnectsSlowClient(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, hub := startStreaming(t, func(c *stream.Config) { c.WriteTimeout = 300 * time.Millisecond })
	// More than the socket buffers on both ends hold.
	if _, err := s.Pool.Exec(ctx, `INSERT INTO stream_events (type, data)
		SELECT 'compliance', json_build_object('seq', i, 'pad', repeat('x', 2000))
		FROM generate_series(1, 20000) AS i`); err != nil {
		t.Fatal(err)
	}
	st, err := s.NewClient(t, apikey.Auditor).Stream(ctx, client.StreamOptions{After: "0"})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	// The hello was read; nothing more is.
	deadline := time.Now().Add(30 * time.Second)
	for hub.Closed(stream.ClosedSlow) == 0 {
		if time.Now().After(deadline) {
			t.Fatalf("a client that does not read is still connected (%d events sent)", hub.Sent())
		}
		time.Sleep(20 * time.Millisecond)
	}
	if n := hub.Sent(); n == 0 || n >= 20000 {
		t.Fatalf("%d events sent before the disconnection, want some but not all", n)
	}
}

// A backlog of many pages arrives whole and in order, each page read
// while the one before is being sent.
func TestStreamReplaysManyPages(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, hub := startStreaming(t, func(c *stream.Config) { c.Batch = 7 })
	const backlog = 200
	if _, err := s.Pool.Exec(ctx, `INSERT INTO stream_events (type, data)
		SELECT CASE WHEN i % 3 = 0 THEN 'transfer' ELSE 'compliance' END, json_build_object('subject', i::text, 'html', '<&>')
		FROM generate_series(1, $1) AS i`, backlog); err != nil {
		t.Fatal(err)
	}
	st, err := s.NewClient(t, apikey.Auditor).Stream(ctx, client.StreamOptions{After: "0", Types: []string{stream.Compliance}})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for i := 1; i <= backlog; i++ {
		if i%3 == 0 {
			continue
		}
		e := next(t, st)
		var d struct{ Subject, HTML string }
		if err := json.Unmarshal(e.Data, &d); err != nil || d.Subject != fmt.Sprint(i) || d.HTML != "<&>" || e.Type != stream.Compliance {
			t.Fatalf("event %d: %s %s (%v)", i, e.Type, e.Data, err)
		}
	}
	// Counted once the page's writes return, just after the client can
	// read them.
	for deadline := time.Now().Add(5 * time.Second); hub.Sent() != backlog-backlog/3; time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%d events counted as sent, want %d", hub.Sent(), backlog-backlog/3)
		}
	}
}
