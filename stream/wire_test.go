package stream

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"
)

// The hand-written encoder writes what json.Marshal writes of the wire
// type (api.StreamEvent), so clients see the same bytes either way.
func TestAppendEventIsMarshal(t *testing.T) {
	t.Parallel()
	at := time.Date(2026, 11, 23, 20, 41, 7, 500_000_000, time.UTC)
	for _, e := range []Event{
		{Cursor: "7345-120", ID: 120, Type: IssuanceRequest, At: at, AssetID: "6f1c1a52-9c1e-4b7e-8d1a-2d3c4b5a6f70",
			Contract: "0x5fbdb2315678afecb367f032d93f642f64180aa3", Data: json.RawMessage(`{"id" : "0b6e", "amount_base" : "4250", "state" : "pending"}`)},
		{Cursor: "1-1", ID: 1, Type: Compliance, At: at.In(time.FixedZone("CET", 3600)), Data: json.RawMessage(` {"seq": 1, "list": [1, 2, {"a": null}]} `)},
		{Cursor: "2-2", ID: 2, Type: Asset, At: at, Data: json.RawMessage(`{"name":"<b>Tom & Jerry's</b>","note":"line\u2028sep","uni":"Zürich ✓","esc":"\"\\\n"}`)},
		{Cursor: "3-3", ID: 3, Type: "odd \"type\" <x>\x01é", At: at, AssetID: "a&b"},
		{Cursor: "4-4", ID: 4, Type: Transfer},
	} {
		want, err := json.Marshal(e.Wire())
		if err != nil {
			t.Fatal(err)
		}
		got, err := appendEvent([]byte("prefix"), &e)
		if err != nil || !bytes.Equal(got, append([]byte("prefix"), want...)) {
			t.Errorf("event %d:\n got  %s (%v)\n want prefix%s", e.ID, got, err, want)
		}
	}
}

func FuzzAppendEvent(f *testing.F) {
	f.Add("transfer", "6f1c1a52-9c1e-4b7e-8d1a-2d3c4b5a6f70", `{"a" : 1}`, int64(1767225600123456789))
	f.Add("<&>", "\xff", `["\u2028", "<"]`, int64(-1))
	f.Fuzz(func(t *testing.T, typ, asset, data string, nanos int64) {
		if !json.Valid([]byte(data)) {
			return // event data is a json column: valid
		}
		e := Event{Cursor: "1-2", ID: 2, Type: typ, AssetID: asset, Contract: typ + asset, At: time.Unix(0, nanos).UTC(), Data: json.RawMessage(data)}
		want, werr := json.Marshal(e.Wire())
		got, gerr := appendEvent(nil, &e)
		if (werr == nil) != (gerr == nil) || (werr == nil && !bytes.Equal(got, want)) {
			t.Fatalf("appendEvent %s (%v), json.Marshal %s (%v)", got, gerr, want, werr)
		}
	})
}

// BenchmarkAppendEvent is the encoding of one typical event, next to
// json.Marshal of it.
func BenchmarkAppendEvent(b *testing.B) {
	e := Event{Cursor: "734512-120931", ID: 120931, Type: Compliance, At: time.Now().UTC(),
		Data: json.RawMessage(`{"seq" : 120931, "action" : "bench", "subject" : "investor-120931", "actor" : "tk_bench"}`)}
	b.Run("append", func(b *testing.B) {
		b.ReportAllocs()
		var buf []byte
		for b.Loop() {
			buf, _ = appendEvent(buf[:0], &e)
		}
	})
	b.Run("marshal", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, _ = json.Marshal(e.Wire())
		}
	})
}
