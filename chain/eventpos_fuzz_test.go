package chain

import "testing"

// FuzzParseEventPos checks the page token of chain positions (the audit
// export's cursor): a token that parses writes (String) as one that parses
// back to the same position.
func FuzzParseEventPos(f *testing.F) {
	for _, s := range []string{"0-0", "12-3", "18446744073709551615-4294967295", "1-4294967296", "+1-2", "1-+2", "01-002", "1", "-", "1-2-3", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParseEventPos(s)
		if err != nil {
			return
		}
		again, err := ParseEventPos(p.String())
		if err != nil || again != p {
			t.Fatalf("%q is %+v, written %q, read back %+v, %v", s, p, p.String(), again, err)
		}
		if uint64(p.LogIndex) > 1<<32-1 {
			t.Fatalf("%q: log index %d beyond uint32", s, p.LogIndex)
		}
	})
}
