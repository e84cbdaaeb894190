package compliance

import (
	"context"
	"encoding/hex"
	"testing"
	"time"
)

// The canonical encoding is a published format (docs/compliance.md): other
// tools recompute the chain from it, so it is pinned here byte for byte.
func TestLogEntryCanonicalEncoding(t *testing.T) {
	at := time.Date(2026, 11, 23, 18, 0, 0, 123456789, time.FixedZone("CET", 3600))
	first, err := NewLogEntry(nil, LogDraft{Actor: "key:tk_1", Action: "investor.created", Subject: "inv-1",
		Data: map[string]any{"country": "DE", "flags": []string{"accredited"}}}, at)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"seq":1,"at":"2026-11-23T17:00:00.123456Z","actor":"key:tk_1","action":"investor.created","subject":"inv-1",` +
		`"data":{"country":"DE","flags":["accredited"]},"prev_hash":"0000000000000000000000000000000000000000000000000000000000000000"}`
	if got := string(first.Canonical()); got != want {
		t.Fatalf("canonical\n got %s\nwant %s", got, want)
	}
	second, err := NewLogEntry(&first, LogDraft{Actor: "key:tk_2", Action: "kyc.approved", Subject: "inv-1", Data: nil}, at.Add(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if second.Seq != 2 || second.PrevHash != first.Hash || second.Hash != second.ComputeHash() {
		t.Fatalf("second entry %+v", second)
	}

	log := memLog{first, second}
	if v, err := VerifyLog(context.Background(), log); err != nil || !v.OK || v.Entries != 2 || v.Head != hex.EncodeToString(second.Hash[:]) {
		t.Fatalf("verify %+v %v", v, err)
	}
	// Whitespace in the stored data is not an edit (it is compacted before
	// hashing); reordered keys or a changed field are.
	log[0].Data = []byte(`{ "flags": ["accredited"], "country": "DE" }`)
	if v, _ := VerifyLog(context.Background(), log); v.OK {
		t.Fatal("reordered data verified: the encoding must be the stored bytes, compacted")
	}
	log[0].Data = []byte(`{"country":"DE", "flags":["accredited"]}`)
	if v, _ := VerifyLog(context.Background(), log); !v.OK {
		t.Fatalf("whitespace broke the chain: %+v", v)
	}
	log[0].Actor = "key:tk_9"
	if v, _ := VerifyLog(context.Background(), log); v.OK || v.FirstBad != 1 {
		t.Fatalf("edited actor: %+v", v)
	}
}

type memLog []LogEntry

func (m memLog) LogEntries(_ context.Context, after int64, limit int) ([]LogEntry, error) {
	var out []LogEntry
	for _, e := range m {
		if e.Seq > after && len(out) < limit {
			out = append(out, e)
		}
	}
	return out, nil
}
