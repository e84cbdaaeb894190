package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/internal/app"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
	"github.com/tessera-rwa/tessera/stream"
	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/webtest"
)

// `tessera events` prints events as JSON lines and, when its server goes
// away, reconnects to the replica that takes its place after the last
// event it printed: the event committed in between is not lost.
func TestEventsFollowsAcrossARestart(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	pool := pgtest.NewDB(t)
	start := func(addr string) (*webtest.Server, *stream.Hub) {
		hub, err := app.NewStreamHub(pool, slog.New(slog.DiscardHandler), nil) // as the platform wires it
		if err != nil {
			t.Fatal(err)
		}
		return webtest.StartOn(t, pool, web.Config{Addr: addr, Stream: hub}), hub
	}
	a, hubA := start("")
	id, secret := a.NewKey(t, "events", apikey.Compliance)
	c := a.Client(t, id, secret)

	r, w := io.Pipe()
	lines := bufio.NewScanner(r)
	done := make(chan error, 1)
	go func() {
		done <- followEvents(ctx, c, client.StreamOptions{Types: []string{stream.Compliance}}, w, slog.New(slog.DiscardHandler))
		w.Close()
	}()
	next := func() string {
		t.Helper()
		if !lines.Scan() {
			t.Fatalf("no more lines: %v", lines.Err())
		}
		var e stream.Event
		if err := json.Unmarshal(lines.Bytes(), &e); err != nil || e.Cursor == "" {
			t.Fatalf("line %q: %v", lines.Text(), err)
		}
		var d struct{ Subject string }
		_ = json.Unmarshal(e.Data, &d)
		return d.Subject
	}
	for hubA.Conns() == 0 {
		time.Sleep(10 * time.Millisecond)
	}
	webtest.LogEntry(t, pool, 1, "one")
	if got := next(); got != "one" {
		t.Fatalf("first line: %s", got)
	}

	addr := strings.TrimPrefix(a.URL(), "http://")
	if err := a.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	webtest.LogEntry(t, pool, 2, "while-down")
	start(addr)
	webtest.LogEntry(t, pool, 3, "after")
	if got := next() + "," + next(); got != "while-down,after" {
		t.Fatalf("after the restart: %s", got)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
