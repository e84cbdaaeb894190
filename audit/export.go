package audit

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/address"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/units"
)

// Export kinds and their columns as the records give them (an Exporter's
// rows), amounts in base units.
var recordColumns = map[string][]string{
	"holders":       {"wallet", "balance"},
	"transfers":     {"block_number", "log_index", "tx_hash", "from", "to", "value"},
	"mints":         {"block_number", "log_index", "tx_hash", "request_id", "to", "amount"},
	"valuations":    {"block_number", "log_index", "tx_hash", "round_id", "answer", "started_at", "updated_at"},
	"interventions": {"block_number", "log_index", "tx_hash", "from", "to", "amount"},
}

// amountColumns are the record columns that hold amounts, and whose
// decimals scale them: the token's, or the feed's for a valuation.
var amountColumns = map[string]string{"balance": "token", "value": "token", "amount": "token", "answer": "feed"}

// ExportKinds lists the export kinds.
func ExportKinds() []string {
	kinds := make([]string, 0, len(recordColumns))
	for k := range recordColumns {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	return kinds
}

// Columns returns the columns of kind's export, or nil for an unknown
// kind: each amount as people read it, in units of its token, followed by
// the same in base units (balance_units, balance_base), as the API names
// them; a valuation's answer in its feed's decimals, then its integer
// (answer, answer_base).
func Columns(kind string) []string {
	rec, ok := recordColumns[kind]
	if !ok {
		return nil
	}
	out := make([]string, 0, len(rec)+2)
	for _, c := range rec {
		switch amountColumns[c] {
		case "token":
			out = append(out, c+"_units", c+"_base")
		case "feed":
			out = append(out, c, c+"_base")
		default:
			out = append(out, c)
		}
	}
	return out
}

// RecordColumns returns the columns an Exporter gives for kind, amounts in
// base units only.
func RecordColumns(kind string) []string { return recordColumns[kind] }

// ExportQuery selects the rows of one export: the state at Block (holders)
// or the events at or below it, after the cursor After, at most Limit rows
// (0: all).
type ExportQuery struct {
	Kind    string
	Asset   string // the asset's symbol, for file names
	ChainID *big.Int
	Token   common.Address
	Feed    common.Address // valuations
	// Decimals and FeedDecimals scale the amounts to units (nil: the
	// records do not give them, and the units columns are empty).
	Decimals, FeedDecimals *uint8
	Block                  uint64
	After                  string // a Row.Cursor of the previous page
	Limit                  int
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

// IndexProgress says how far the indexer has read a chain
// (postgres.IndexStore).
type IndexProgress interface {
	IndexCursor(ctx context.Context, chainID *big.Int) (chain.IndexCursor, bool, error)
}

// Exports runs the exports of an asset's records: it resolves the asset's
// contracts from the records, bounds the block by what the indexer has
// read, and streams the rows. The API, the web UI and `tessera audit
// export` all export through it.
type Exports struct {
	Records  Records
	Exporter Exporter
	Index    IndexProgress
}

// ExportRequest asks for one export.
type ExportRequest struct {
	Asset   string   // symbol or issuance id
	Kind    string   // one of ExportKinds
	ChainID *big.Int // nil: the records' only chain
	Block   *uint64  // state at, or events up to, this block; nil: the indexer's newest
	After   string   // a Row.Cursor of the previous page; "" from the start
	Limit   int      // rows; 0: all
}

// Plan checks r and resolves it into the query to run. Refusals are errs
// errors: an unknown export kind (NotFound, unknown_export) or asset
// (NotFound, unknown_asset), a block beyond the indexer's newest (Invalid,
// block_in_future, wrapping ErrFutureBlock), a cursor this export never
// returned (Invalid, invalid_cursor), records of several chains and none
// named (Invalid, chain_required), an indexer that has not read the chain
// yet (Unavailable, not_indexed).
func (x *Exports) Plan(ctx context.Context, r ExportRequest) (ExportQuery, error) {
	if Columns(r.Kind) == nil {
		return ExportQuery{}, errs.E(errs.NotFound, "unknown_export", fmt.Sprintf("no export %q; one of %s", r.Kind, strings.Join(ExportKinds(), ", ")))
	}
	if r.After != "" && !validExportCursor(r.Kind, r.After) {
		return ExportQuery{}, errs.E(errs.Invalid, "invalid_cursor", "cursor is not one this list returned")
	}
	chainID := r.ChainID
	if chainID == nil {
		ids, err := x.Records.ChainIDs(ctx)
		if err != nil {
			return ExportQuery{}, err
		}
		if len(ids) != 1 {
			return ExportQuery{}, errs.E(errs.Invalid, "chain_required", fmt.Sprintf("the records hold %d chains: name one", len(ids)))
		}
		chainID = ids[0]
	}
	a, err := recordsAsset(ctx, x.Records, chainID, r.Asset)
	if err != nil {
		return ExportQuery{}, err
	}
	cur, ok, err := x.Index.IndexCursor(ctx, chainID)
	if err != nil {
		return ExportQuery{}, err
	}
	if !ok {
		return ExportQuery{}, errs.E(errs.Unavailable, "not_indexed", fmt.Sprintf("the indexer has not read chain %s yet", chainID))
	}
	block := cur.Block.Number
	if r.Block != nil {
		if *r.Block > block {
			return ExportQuery{}, refuse(ErrFutureBlock, "block %d is beyond the indexer's newest block %d", *r.Block, block)
		}
		block = *r.Block
	}
	return ExportQuery{Kind: r.Kind, Asset: a.Symbol, ChainID: chainID, Token: a.Token, Feed: a.Feed, Decimals: a.Decimals,
		FeedDecimals: a.FeedDecimals, Block: block, After: r.After, Limit: r.Limit}, nil
}

// Run streams the rows of q, as Plan made it, to fn, in Columns(q.Kind)
// order: each amount in units beside its base units.
func (x *Exports) Run(ctx context.Context, q ExportQuery, fn func(Row) error) error {
	rec := recordColumns[q.Kind]
	return x.Exporter.Export(ctx, q, func(r Row) error {
		vals := make([]string, 0, len(r.Values)+2)
		for i, v := range r.Values {
			scale := ""
			if i < len(rec) {
				scale = amountColumns[rec[i]]
			}
			if scale == "" {
				vals = append(vals, v)
				continue
			}
			d := q.Decimals
			if scale == "feed" {
				d = q.FeedDecimals
			}
			inUnits := ""
			if b, ok := new(big.Int).SetString(v, 10); ok && d != nil {
				inUnits = units.Format(b, *d)
			}
			vals = append(vals, inUnits, v)
		}
		return fn(Row{Cursor: r.Cursor, Values: vals})
	})
}

// validExportCursor reports whether after is a row cursor of kind: a wallet
// for holders, a chain position for events.
func validExportCursor(kind, after string) bool {
	if kind == "holders" {
		return address.Valid(after)
	}
	_, err := chain.ParseEventPos(after)
	return err == nil
}
