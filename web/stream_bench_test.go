package web_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/stream"
)

// BenchmarkStream measures the event stream side by side with its own
// store:
//
//   - replay: 20,000 stored events read by a signed WebSocket client from
//     after=0, against the same events paged straight out of PostgreSQL
//     with StreamStore.Events (no HTTP, no JSON, no WebSocket);
//   - latency: from the commit of a compliance log entry (trigger, NOTIFY)
//     to the client holding its event, p50 and p99 over 200 commits.
func BenchmarkStream(b *testing.B) {
	const backlog, commits = 20_000, 200
	ctx := context.Background()
	s, _ := startStreaming(b)
	st := &postgres.StreamStore{Pool: s.Pool}
	c := s.NewClient(b, apikey.Auditor)
	if _, err := s.Pool.Exec(ctx, `INSERT INTO stream_events (type, data)
		SELECT 'compliance', json_build_object('seq', i, 'action', 'bench', 'subject', 'investor-' || i, 'actor', 'tk_bench')
		FROM generate_series(1, $1) AS i`, backlog); err != nil {
		b.Fatal(err)
	}
	for range b.N {
		start := time.Now()
		for cur, n := (stream.Cursor{}), 0; n < backlog; {
			page, err := st.Events(ctx, cur, stream.Filter{Types: stream.Types}, 500)
			if err != nil || len(page.Events) == 0 {
				b.Fatalf("store read after %d: %v", n, err)
			}
			n, cur = n+len(page.Events), page.Next
		}
		raw := time.Since(start)

		start = time.Now()
		sub, err := c.Stream(ctx, client.StreamOptions{After: "0"})
		if err != nil {
			b.Fatal(err)
		}
		for i := range backlog {
			if _, err := sub.Next(ctx); err != nil {
				b.Fatalf("event %d: %v", i, err)
			}
		}
		replay := time.Since(start)

		lat := make([]time.Duration, commits)
		for i := range commits {
			t0 := time.Now()
			if _, err := s.Pool.Exec(ctx, `INSERT INTO compliance_log (seq, at, actor, action, subject, data, prev_hash, hash)
				VALUES ($1, now(), 'tk_bench', 'bench', 'x', '{}', $2, $2)`, i+1, make([]byte, 32)); err != nil {
				b.Fatal(err)
			}
			if _, err := sub.Next(ctx); err != nil {
				b.Fatal(err)
			}
			lat[i] = time.Since(t0)
		}
		sub.Close()
		if _, err := s.Pool.Exec(ctx, `DELETE FROM compliance_log`); err != nil {
			b.Fatal(err)
		}
		slices.Sort(lat)
		ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
		b.ReportMetric(float64(backlog)/replay.Seconds(), "stream-events/s")
		b.ReportMetric(float64(backlog)/raw.Seconds(), "store-events/s")
		b.ReportMetric(ms(lat[commits/2]), "p50-commit-to-client-ms")
		b.ReportMetric(ms(lat[commits*99/100]), "p99-commit-to-client-ms")
		b.Logf("replay %d events: %s over the WebSocket, %s from the store; commit to client p50 %s p99 %s",
			backlog, replay.Round(time.Millisecond), raw.Round(time.Millisecond), lat[commits/2].Round(time.Microsecond), lat[commits*99/100].Round(time.Microsecond))
	}
}
