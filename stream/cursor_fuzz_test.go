package stream

import (
	"net/url"
	"slices"
	"testing"

	"github.com/tessera-rwa/tessera/errs"
)

// FuzzParseCursor checks the stream cursor's wire form: a cursor that
// parses is written (String) as a text that parses back to it, its id is
// not negative, and "0" is the beginning.
func FuzzParseCursor(f *testing.F) {
	for _, s := range []string{"0", "0-0", "1-2", "18446744073709551615-9223372036854775807", "18446744073709551616-1", "1--1", "1-+1", "+1-1", "01-02", "1-", "-1", "", "1-2-3", "0x1-2", " 1-2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCursor(s)
		if err != nil {
			return
		}
		if s == "0" && c != (Cursor{}) {
			t.Fatalf("0 is %+v, not the beginning", c)
		}
		if c.ID < 0 {
			t.Fatalf("%q: negative id %d", s, c.ID)
		}
		again, err := ParseCursor(c.String())
		if err != nil || again != c {
			t.Fatalf("%q is %+v, written %q, read back %+v, %v", s, c, c.String(), again, err)
		}
		if again.Less(c) || c.Less(again) {
			t.Fatalf("%q: a cursor is ordered before itself", s)
		}
	})
}

// FuzzParseRequest checks the stream's query parameters: a refusal is an
// Invalid error, and an accepted request names only known event types,
// each once, an asset id or a contract in their canonical lower-case
// form, and a cursor that writes back to the same position.
func FuzzParseRequest(f *testing.F) {
	for _, q := range []string{
		"",
		"after=12-3&types=transfer,mint&asset=0x00000000000000000000000000000000000000AB",
		"after=0&types=transfer,%20transfer,valuation",
		"asset=6F9619FF-8B86-D011-B42D-00C04FD430C8",
		"types=transfer,&asset=0xzz",
		"after=1-2&after=3-4",
		"limit=10",
		"types=",
		"%zz=1",
	} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return // the HTTP server has refused it already
		}
		req, err := ParseRequest(q)
		if err != nil {
			if !errs.Is(err, errs.Invalid) {
				t.Fatalf("%q: %v; want an Invalid error", raw, err)
			}
			return
		}
		for i, ty := range req.Filter.Types {
			if !slices.Contains(Types, ty) || slices.Contains(req.Filter.Types[:i], ty) {
				t.Fatalf("%q: types %q", raw, req.Filter.Types)
			}
		}
		if req.Filter.AssetID != "" && !uuidRE.MatchString(req.Filter.AssetID) || req.Filter.Contract != "" && !addressRE.MatchString(req.Filter.Contract) {
			t.Fatalf("%q: filter %+v", raw, req.Filter)
		}
		if req.Filter.AssetID != "" && req.Filter.Contract != "" {
			t.Fatalf("%q: both an asset and a contract: %+v", raw, req.Filter)
		}
		if req.After != nil {
			back, err := ParseCursor(req.After.String())
			if err != nil || back != *req.After {
				t.Fatalf("%q: after %+v does not write back: %v", raw, *req.After, err)
			}
		}
	})
}
