package compliance

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"
)

// LogEntry is one entry of the tamper-evident compliance log. Hash is the
// SHA-256 of the entry's canonical encoding (see Canonical), which includes
// PrevHash, the previous entry's Hash (zero for the first entry): editing,
// deleting or reordering any entry breaks every link after it.
type LogEntry struct {
	Seq      int64           `json:"seq"`
	At       time.Time       `json:"at"`
	Actor    string          `json:"actor"`
	Action   string          `json:"action"`
	Subject  string          `json:"subject"`
	Data     json.RawMessage `json:"data"`
	PrevHash [32]byte        `json:"-"`
	Hash     [32]byte        `json:"-"`
}

// canonicalEntry fixes the field order and formats of the hashed encoding.
type canonicalEntry struct {
	Seq      int64           `json:"seq"`
	At       string          `json:"at"`
	Actor    string          `json:"actor"`
	Action   string          `json:"action"`
	Subject  string          `json:"subject"`
	Data     json.RawMessage `json:"data"`
	PrevHash string          `json:"prev_hash"`
}

// Canonical is the encoding the hash covers: compact JSON with the fields
// in a fixed order, the time in UTC with microseconds (PostgreSQL's
// precision) and the previous hash in hex.
func (e LogEntry) Canonical() []byte {
	var data bytes.Buffer
	if err := json.Compact(&data, e.Data); err != nil {
		data.Reset()
		data.WriteString(fmt.Sprintf("%q", string(e.Data)))
	}
	b, _ := json.Marshal(canonicalEntry{
		Seq: e.Seq, At: e.At.UTC().Format("2006-01-02T15:04:05.000000Z"), Actor: e.Actor, Action: e.Action,
		Subject: e.Subject, Data: data.Bytes(), PrevHash: hex.EncodeToString(e.PrevHash[:]),
	})
	return b
}

// ComputeHash returns the SHA-256 of the entry's canonical encoding.
func (e LogEntry) ComputeHash() [32]byte { return sha256.Sum256(e.Canonical()) }

// NewLogEntry chains draft after prev (nil for the first entry) at now.
func NewLogEntry(prev *LogEntry, d LogDraft, now time.Time) (LogEntry, error) {
	data, err := json.Marshal(d.Data)
	if err != nil {
		return LogEntry{}, fmt.Errorf("compliance log: encode %s: %w", d.Action, err)
	}
	e := LogEntry{Seq: 1, At: now.UTC().Truncate(time.Microsecond), Actor: d.Actor, Action: d.Action, Subject: d.Subject, Data: data}
	if prev != nil {
		e.Seq, e.PrevHash = prev.Seq+1, prev.Hash
	}
	e.Hash = e.ComputeHash()
	return e, nil
}

// LogReader reads the log in sequence order.
type LogReader interface {
	// LogEntries returns up to limit entries with seq above after, in order.
	LogEntries(ctx context.Context, after int64, limit int) ([]LogEntry, error)
}

// LogVerification is what VerifyLog found.
type LogVerification struct {
	Entries  int64  `json:"entries"`             // entries checked
	OK       bool   `json:"ok"`                  // the whole chain holds
	FirstBad int64  `json:"first_bad,omitempty"` // seq of the first entry that breaks it
	Problem  string `json:"problem,omitempty"`
	Head     string `json:"head,omitempty"` // hex hash of the last good entry
}

// VerifyLog walks the whole log from the first entry and reports the first
// one whose stored hash does not match its content, whose previous hash
// does not match the entry before it, or whose sequence number leaves a
// gap (a deleted entry).
func VerifyLog(ctx context.Context, r LogReader) (LogVerification, error) {
	const page = 1000
	var v LogVerification
	var prev [32]byte
	var seq int64
	for {
		entries, err := r.LogEntries(ctx, seq, page)
		if err != nil {
			return v, err
		}
		for _, e := range entries {
			var problem string
			switch {
			case e.Seq != seq+1:
				problem = fmt.Sprintf("sequence jumps from %d to %d: entries are missing", seq, e.Seq)
			case e.PrevHash != prev:
				problem = "previous hash does not match the entry before it"
			case e.ComputeHash() != e.Hash:
				problem = "stored hash does not match the entry's content: the entry was edited"
			}
			if problem != "" {
				v.FirstBad, v.Problem = e.Seq, problem
				return v, nil
			}
			v.Entries++
			prev, seq = e.Hash, e.Seq
			v.Head = hex.EncodeToString(prev[:])
		}
		if len(entries) < page {
			v.OK = true
			return v, nil
		}
	}
}
