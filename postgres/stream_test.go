package postgres_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
	"github.com/tessera-rwa/tessera/stream"
)

// logEntry writes a compliance log row, whose trigger writes one
// "compliance" event; subject tells the events apart.
func logEntry(ctx context.Context, q interface {
	Exec(context.Context, string, ...any) (pgconn.CommandTag, error)
}, seq int, subject string) error {
	_, err := q.Exec(ctx, `INSERT INTO compliance_log (seq, at, actor, action, subject, data, prev_hash, hash)
		VALUES ($1, now(), 'tk_test', 'test', $2, '{}', $3, $3)`, seq, subject, make([]byte, 32))
	return err
}

// readable waits until n events are readable: a transaction running
// anywhere in the cluster (another test's) holds back newer events until
// it ends.
func readable(t *testing.T, st *postgres.StreamStore, n int) []stream.Event {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		page, err := st.Events(context.Background(), stream.Cursor{}, everything, 100)
		if err != nil {
			t.Fatal(err)
		}
		evs := page.Events
		if len(evs) >= n || time.Now().After(deadline) {
			if len(evs) != n {
				t.Fatalf("%d events readable, want %d", len(evs), n)
			}
			return evs
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// everything selects every event.
var everything = stream.Filter{Types: stream.Types}

func subjects(evs []stream.Event) []string {
	var out []string
	for _, e := range evs {
		var d struct {
			Subject string `json:"subject"`
		}
		_ = json.Unmarshal(e.Data, &d)
		out = append(out, d.Subject)
	}
	return out
}

// A transaction that began writing first but commits last is read in its
// place: nothing after it is readable until it ends, so a reader
// remembering its cursor neither skips nor repeats an event.
func TestStreamOrderAcrossConcurrentCommits(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.NewDB(t)
	st := &postgres.StreamStore{Pool: pool}

	early, err := pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer early.Rollback(ctx)
	if err := logEntry(ctx, early, 1, "early"); err != nil {
		t.Fatal(err)
	}
	if err := logEntry(ctx, pool, 2, "late"); err != nil {
		t.Fatal(err)
	}
	page, err := st.Events(ctx, stream.Cursor{}, everything, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Events) != 0 || !page.Pending || page.Next != (stream.Cursor{}) {
		t.Fatalf("with an older transaction running: %+v, want nothing readable, pending, next at the start", page)
	}
	head, err := st.Head(ctx)
	if err != nil || head != (stream.Cursor{}) {
		t.Fatalf("head while nothing is readable: %v %v", head, err)
	}
	if err := early.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	evs := readable(t, st, 2)
	if got := strings.Join(subjects(evs), ","); got != "early,late" {
		t.Fatalf("after both committed: %s, want early,late", got)
	}
	if !evs[0].Pos.Less(evs[1].Pos) || evs[0].Type != stream.Compliance {
		t.Fatalf("events %+v", evs)
	}
	if head, _ := st.Head(ctx); head != evs[1].Pos {
		t.Fatalf("head %v, want %v", head, evs[1].Pos)
	}
	// Paging by cursor: one at a time, then nothing.
	one, _ := st.Events(ctx, stream.Cursor{}, everything, 1)
	rest, _ := st.Events(ctx, one.Next, everything, 10)
	none, _ := st.Events(ctx, rest.Next, everything, 10)
	if len(one.Events) != 1 || !one.More || one.Next != evs[0].Pos || len(rest.Events) != 1 || rest.More ||
		rest.Events[0].ID != evs[1].ID || len(none.Events) != 0 || none.Next != rest.Next {
		t.Fatalf("paging: %+v %+v %+v", one, rest, none)
	}
}

// The triggers: an indexed transfer and its removal by a rollback, a mint
// request made and decided (a change that keeps the state writes nothing),
// each tied to its asset.
func TestStreamTriggers(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.NewDB(t)
	st := &postgres.StreamStore{Pool: pool}
	token := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	wallet := common.HexToAddress("0x00000000000000000000000000000000000000bb")
	asset := "6f1c1a52-9c1e-4b7e-8d1a-2d3c4b5a6f70"
	exec := func(sql string, args ...any) {
		t.Helper()
		if _, err := pool.Exec(ctx, sql, args...); err != nil {
			t.Fatal(err)
		}
	}
	exec(`INSERT INTO issuance_assets (id, kind, name, symbol, jurisdiction, currency, total_units, decimals, is_unique,
		state, created_by, chain_id, token) VALUES ($1, 'treasury_fund', 'Fund', 'FND', 'LU', 'USD', 1000, 0, false,
		'active', 'tk_issuer', 31337, $2)`, asset, token.Bytes())
	exec(`INSERT INTO indexer_transfers (chain_id, block_number, log_index, block_hash, tx_hash, token, from_address, to_address, value)
		VALUES (31337, 7, 2, $1, $1, $2, $3, $4, 250)`, make([]byte, 32), token.Bytes(), common.Address{}.Bytes(), wallet.Bytes())
	exec(`DELETE FROM indexer_transfers WHERE block_number > 6`)
	exec(`INSERT INTO issuance_requests (id, asset_id, kind, wallet, amount, state, requested_by)
		VALUES ('0b6e3d1c-1111-4222-8333-944455566677', $1, 'mint', $2, 40, 'pending', 'tk_issuer')`, asset, wallet.Bytes())
	exec(`UPDATE issuance_requests SET reason = 'typo fixed'`)
	exec(`UPDATE issuance_requests SET state = 'approved', decided_by = 'tk_approver', decided_at = now()`)

	evs := readable(t, st, 4)
	var got []string
	for _, e := range evs {
		var d map[string]any
		if err := json.Unmarshal(e.Data, &d); err != nil {
			t.Fatal(err)
		}
		if e.AssetID != asset || e.Contract != strings.ToLower(token.Hex()) {
			t.Errorf("%s event: asset %q contract %q", e.Type, e.AssetID, e.Contract)
		}
		switch e.Type {
		case stream.Transfer:
			got = append(got, e.Type+" "+d["value_base"].(string)+" to "+d["to"].(string)+" removed="+jsonBool(d["removed"]))
		case stream.IssuanceRequest:
			got = append(got, e.Type+" "+d["amount_base"].(string)+" "+d["state"].(string))
		default:
			got = append(got, e.Type)
		}
	}
	to := strings.ToLower(wallet.Hex())
	want := []string{
		"transfer 250 to " + to + " removed=false",
		"transfer 250 to " + to + " removed=true",
		"issuance_request 40 pending",
		"issuance_request 40 approved",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("events:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func jsonBool(v any) string {
	if b, ok := v.(bool); ok && b {
		return "true"
	}
	return "false"
}

// Listen wakes on a commit that wrote events; retention deletes old events
// and moves the horizon past them.
func TestStreamListenAndRetention(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	pool := pgtest.NewDB(t)
	st := &postgres.StreamStore{Pool: pool, Retention: time.Hour}

	woke := make(chan string, 16)
	lctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() {
		done <- st.Listen(lctx, stream.Notify{
			Listening:  func() { woke <- "listening" },
			Committed:  func() { woke <- "commit" },
			KeyChanged: func(id string) { woke <- "key " + id },
		})
	}()
	want := func(what string) {
		t.Helper()
		select {
		case got := <-woke:
			if got != what {
				t.Fatalf("notified %q, want %q", got, what)
			}
		case <-ctx.Done():
			t.Fatalf("not notified %q", what)
		}
	}
	want("listening")
	if err := logEntry(ctx, pool, 1, "a"); err != nil {
		t.Fatal(err)
	}
	want("commit")
	// What APIKeyStore sends when it rotates or revokes a key.
	if _, err := pool.Exec(ctx, `SELECT pg_notify($1, 'tk_0123')`, postgres.KeyChannel); err != nil {
		t.Fatal(err)
	}
	want("key tk_0123")
	stop()
	if err := <-done; lctx.Err() == nil {
		t.Fatalf("Listen ended on its own: %v", err)
	}

	if err := logEntry(ctx, pool, 2, "b"); err != nil {
		t.Fatal(err)
	}
	all := readable(t, st, 2)
	if _, err := pool.Exec(ctx, `UPDATE stream_events SET at = now() - interval '2 hours' WHERE id = $1`, all[0].ID); err != nil {
		t.Fatal(err)
	}
	n, err := st.DeleteExpired(ctx, time.Now())
	if err != nil || n != 1 {
		t.Fatalf("deleted %d, %v; want 1", n, err)
	}
	h, err := st.Horizon(ctx)
	if err != nil || h != all[0].Pos {
		t.Fatalf("horizon %v %v, want %v", h, err, all[0].Pos)
	}
	left, _ := st.Events(ctx, stream.Cursor{}, everything, 10)
	if len(left.Events) != 1 || left.Events[0].ID != all[1].ID {
		t.Fatalf("left after retention: %v", subjects(left.Events))
	}
}

// The filter is part of the query: only the types, asset and contract it
// names are read, a filter naming no types reads nothing, and a read that
// found nothing of its types still moves past what it skipped, so a
// narrow stream does not read the same events again on every wake.
func TestStreamFilterInQuery(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.NewDB(t)
	st := &postgres.StreamStore{Pool: pool}
	asset := "6f1c1a52-9c1e-4b7e-8d1a-2d3c4b5a6f70"
	contract := "0x00000000000000000000000000000000000000aa"
	if _, err := pool.Exec(ctx, `INSERT INTO stream_events (type, asset_id, contract, data) VALUES
		('compliance_intervention', NULL, NULL, '{"n":1}'),
		('transfer', $1, $2, '{"n":2}'),
		('transfer', NULL, NULL, '{"n":3}'),
		('compliance', NULL, NULL, '{"n":4}'),
		('asset', $1, NULL, '{"n":5}')`, asset, contract); err != nil {
		t.Fatal(err)
	}
	all := readable(t, st, 5)
	last := all[4].Pos
	read := func(f stream.Filter, after stream.Cursor, limit int) ([]string, stream.Page) {
		t.Helper()
		p, err := st.Events(ctx, after, f, limit)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range p.Events {
			got = append(got, e.Type+" "+string(e.Data))
		}
		return got, p
	}
	for _, tc := range []struct {
		name string
		f    stream.Filter
		want string
	}{
		{"no types", stream.Filter{}, ""},
		{"no types, an asset", stream.Filter{AssetID: asset}, ""},
		{"interventions", stream.Filter{Types: []string{stream.ComplianceIntervention}}, `compliance_intervention {"n":1}`},
		{"two types", stream.Filter{Types: []string{stream.Compliance, stream.Transfer}}, `transfer {"n":2},transfer {"n":3},compliance {"n":4}`},
		{"an asset", stream.Filter{Types: stream.Types, AssetID: asset}, `transfer {"n":2},asset {"n":5}`},
		{"a contract", stream.Filter{Types: stream.Types, Contract: contract}, `transfer {"n":2}`},
		{"types and asset", stream.Filter{Types: []string{stream.Asset}, AssetID: asset}, `asset {"n":5}`},
	} {
		got, p := read(tc.f, stream.Cursor{}, 10)
		if strings.Join(got, ",") != tc.want {
			t.Errorf("%s: %v, want %s", tc.name, got, tc.want)
		}
		if len(tc.f.Types) > 0 && (p.Next != last || p.More || p.Pending) {
			t.Errorf("%s: next %v more=%v pending=%v, want %v (everything read)", tc.name, p.Next, p.More, p.Pending, last)
		}
	}
	// Nothing of its type: the read still ends at the newest readable
	// event, and the next one starts there.
	got, p := read(stream.Filter{Types: []string{stream.Valuation}}, stream.Cursor{}, 10)
	if len(got) != 0 || p.Next != last {
		t.Fatalf("no valuation: %v next %v, want none and next %v", got, p.Next, last)
	}
	// Cut by the limit: the next read starts after the last event sent,
	// not at the newest, or it would skip the rest.
	got, p = read(stream.Filter{Types: []string{stream.Transfer}}, stream.Cursor{}, 1)
	if len(got) != 1 || !p.More || p.Next != all[1].Pos {
		t.Fatalf("limit 1: %v %+v, want the first transfer, more, next %v", got, p, all[1].Pos)
	}
	if got, p = read(stream.Filter{Types: []string{stream.Transfer}}, p.Next, 1); len(got) != 1 || got[0] != `transfer {"n":3}` {
		t.Fatalf("limit 1, next: %v %+v", got, p)
	}
}
