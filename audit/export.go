package audit

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
)

// Export kinds and their columns.
var exportColumns = map[string][]string{
	"holders":       {"wallet", "balance"},
	"transfers":     {"block_number", "log_index", "tx_hash", "from", "to", "value"},
	"mints":         {"block_number", "log_index", "tx_hash", "request_id", "to", "amount"},
	"valuations":    {"block_number", "log_index", "tx_hash", "round_id", "answer", "started_at", "updated_at"},
	"interventions": {"block_number", "log_index", "tx_hash", "from", "to", "amount"},
}

// ExportKinds lists the export kinds.
func ExportKinds() []string {
	kinds := make([]string, 0, len(exportColumns))
	for k := range exportColumns {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	return kinds
}

// Columns returns the columns of kind, or nil for an unknown kind.
func Columns(kind string) []string { return exportColumns[kind] }

// ExportQuery selects the rows of one export: the state at Block (holders)
// or the events at or below it, after the cursor After, at most Limit rows
// (0: all).
type ExportQuery struct {
	Kind    string
	ChainID *big.Int
	Token   common.Address
	Feed    common.Address // valuations
	Block   uint64
	After   string // a Row.Cursor of the previous page
	Limit   int
}

// Row is one exported row: its values in Columns(kind) order and the cursor
// that resumes after it.
type Row struct {
	Cursor string
	Values []string
}

// Exporter streams export rows from the records, calling fn for each row
// in order without holding them all.
type Exporter interface {
	Export(ctx context.Context, q ExportQuery, fn func(Row) error) error
}

// RowWriter writes rows as they come.
type RowWriter interface {
	Write(Row) error
	Close() error // ends the document (the JSON array) and flushes
}

// NewRowWriter returns a CSV ("csv") or JSON ("json": an array of objects)
// writer for kind.
func NewRowWriter(w io.Writer, format, kind string) (RowWriter, error) {
	cols := Columns(kind)
	if cols == nil {
		return nil, fmt.Errorf("unknown export %q (one of %v)", kind, ExportKinds())
	}
	switch format {
	case "csv":
		cw := csv.NewWriter(w)
		if err := cw.Write(cols); err != nil {
			return nil, err
		}
		return &csvRows{cw}, nil
	case "json":
		if _, err := io.WriteString(w, "["); err != nil {
			return nil, err
		}
		return &jsonRows{w: w, cols: cols}, nil
	}
	return nil, fmt.Errorf("unknown format %q (csv or json)", format)
}

type csvRows struct{ w *csv.Writer }

func (c *csvRows) Write(r Row) error { return c.w.Write(r.Values) }
func (c *csvRows) Close() error      { c.w.Flush(); return c.w.Error() }

type jsonRows struct {
	w    io.Writer
	cols []string
	n    int
}

func (j *jsonRows) Write(r Row) error {
	b, err := json.Marshal(RowObject(j.cols, r))
	if err != nil {
		return err
	}
	sep := ",\n"
	if j.n == 0 {
		sep = "\n"
	}
	j.n++
	_, err = io.WriteString(j.w, sep+string(b))
	return err
}

func (j *jsonRows) Close() error {
	_, err := io.WriteString(j.w, "\n]\n")
	return err
}

// RowObject pairs r's values with cols, for JSON.
func RowObject(cols []string, r Row) map[string]string {
	m := make(map[string]string, len(cols))
	for i, c := range cols {
		if i < len(r.Values) {
			m[c] = r.Values[i]
		}
	}
	return m
}
