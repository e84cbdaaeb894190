package web

import (
	"net/http/httptest"
	"net/url"
	"reflect"
	"testing"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/errs"
)

// checkPage reads query as a list route of key type K does and checks
// that a refusal is Invalid, the limit is within bounds, and the cursor's
// position writes (NextCursor) to a cursor that reads back as the same
// position and the same text.
func checkPage[K any](t *testing.T, query string) {
	t.Helper()
	r := httptest.NewRequest("GET", "/x", nil)
	r.URL.RawQuery = query
	p, err := ReadPage[K](r)
	if err != nil {
		if e := errs.As(err); e == nil || e.Kind != errs.Invalid || (e.Code != "invalid_limit" && e.Code != "invalid_cursor") {
			t.Fatalf("%q: %v", query, err)
		}
		return
	}
	if p.Limit < 1 || p.Limit > MaxLimit {
		t.Fatalf("%q: limit %d", query, p.Limit)
	}
	if !p.HasAfter {
		return
	}
	next := NextCursor(p.After)
	r.URL.RawQuery = url.Values{"cursor": {next}}.Encode()
	again, err := ReadPage[K](r)
	if err != nil || !again.HasAfter || !reflect.DeepEqual(again.After, p.After) {
		t.Fatalf("%q: position %#v writes as %q, which reads as %#v, %v", query, p.After, next, again.After, err)
	}
	if NextCursor(again.After) != next {
		t.Fatalf("%q: cursor text not stable: %q then %q", query, next, NextCursor(again.After))
	}
}

// FuzzReadPage reads arbitrary ?limit= and ?cursor= values for each key
// type the list routes use.
func FuzzReadPage(f *testing.F) {
	for _, q := range []string{
		"",
		"limit=7",
		"limit=100000",
		"limit=0",
		"limit=-3&cursor=",
		"cursor=" + NextCursor(int64(41)),
		"cursor=" + NextCursor("0x00000000000000000000000000000000000000ab"),
		"cursor=" + NextCursor(chain.EventPos{Block: 12, LogIndex: 3}),
		"cursor=e30",
		"cursor=eyJ2IjoxLCJhIjoieCJ9",
		"cursor=eyJ2IjoxLCJhIjoxZTJ9",        // {"v":1,"a":1e2}
		"cursor=eyJ2IjoxLCJhIjoiXHVkODAwIn0", // {"v":1,"a":"\ud800"}
		"cursor=eyJ2IjoxLCJ2IjoyLCJhIjoxfQ",  // {"v":1,"v":2,"a":1}
		"cursor=not-base64!",
	} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, query string) {
		checkPage[int64](t, query)
		checkPage[int](t, query)
		checkPage[string](t, query)
		checkPage[chain.EventPos](t, query)
	})
}
