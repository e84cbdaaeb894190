package issuance

import (
	"slices"
	"strings"
	"testing"

	"github.com/tessera-rwa/tessera/errs"
)

// FuzzReadBulkCSV checks the bulk-mint CSV reader: text is refused as
// Invalid (not CSV, too many rows) or read into consecutive rows, the
// header skipped, fields trimmed; and the rows written back as CSV under
// a header read back to the same fields.
func FuzzReadBulkCSV(f *testing.F) {
	for _, s := range []string{
		"wallet,amount\n0x0000000000000000000000000000000000000001,10\n0x0000000000000000000000000000000000000002, 2.5\n",
		"0x0000000000000000000000000000000000000001,10",
		" Wallet , Amount \r\n0x01,1\r\n\r\n0x02\n0x03,1,2\n",
		"\"0x01\",\"1\"\n\"0x\"\"02\",\"a\nb\"\n",
		"0x01,\"1\n",
		"a,b\"c\n",
		"",
		"\n\n   \n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		rows, err := readBulkCSV(text)
		if err != nil {
			if e := errs.As(err); e == nil || e.Kind != errs.Invalid || (e.Code != "invalid_csv" && e.Code != "too_many_rows") {
				t.Fatalf("%q: %v; want invalid_csv or too_many_rows", text, err)
			}
			return
		}
		if len(rows) > MaxBulkRows {
			t.Fatalf("%d rows read, more than %d", len(rows), MaxBulkRows)
		}
		for i, r := range rows {
			if r.Row != rows[0].Row+i || (i == 0 && r.Row != 1 && r.Row != 2) {
				t.Fatalf("%q: row %d numbered %d (first %d)", text, i, r.Row, rows[0].Row)
			}
			if r.Row == 1 && strings.EqualFold(r.Fields[0], "wallet") {
				t.Fatalf("%q: the header was read as a row", text)
			}
			if len(r.Fields) == 0 {
				t.Fatalf("%q: row %d has no field", text, r.Row)
			}
			for _, v := range r.Fields {
				if v != strings.TrimSpace(v) {
					t.Fatalf("%q: field %q is not trimmed", text, v)
				}
				if strings.Contains(v, "\r") {
					return // encoding/csv reads a quoted "\r\n" back as "\n"
				}
			}
		}
		var b strings.Builder
		b.WriteString("wallet,amount\n")
		for _, r := range rows {
			for i, v := range r.Fields {
				if i > 0 {
					b.WriteByte(',')
				}
				b.WriteString(`"` + strings.ReplaceAll(v, `"`, `""`) + `"`)
			}
			b.WriteByte('\n')
		}
		again, err := readBulkCSV(b.String())
		if err != nil || len(again) != len(rows) {
			t.Fatalf("%q: rows written back %q read as %d rows, %v; want %d", text, b.String(), len(again), err, len(rows))
		}
		for i := range rows {
			if again[i].Row != i+2 || !slices.Equal(again[i].Fields, rows[i].Fields) {
				t.Fatalf("%q: row %d written back reads as %q (row %d), want %q", text, i, again[i].Fields, again[i].Row, rows[i].Fields)
			}
		}
	})
}
