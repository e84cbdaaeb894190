package oracle

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/errs"
)

// MaxImportRows bounds one CSV import.
const MaxImportRows = 100_000

// ImportOptions configures a CSV import.
type ImportOptions struct {
	// SkipInvalid imports the valid rows when some are invalid; by default
	// one invalid row imports nothing.
	SkipInvalid bool
}

// RowError is what is wrong with one CSV row.
type RowError struct {
	Line    int    `json:"line"` // 1-based, the header being line 1
	Message string `json:"message"`
}

// ImportResult reports a CSV import.
type ImportResult struct {
	Rows       int        // data rows read
	Imported   int        // observations stored
	Duplicates int        // rows this principal already imported (same asset and time)
	Errors     []RowError // invalid rows
}

// CodeSourceColumn is the error code of a CSV with a source column.
const CodeSourceColumn = "source_not_accepted"

// ImportCSV reads historical valuations on p's behalf (p must hold
// auth.ValuationImport): a header naming the columns asset, value and
// observed_at, then one valuation per row. value is a decimal number in the
// asset's unit ("1012345.67"), scaled to the feed's decimals; observed_at
// is RFC 3339, YYYY-MM-DD or Unix seconds.
//
// Imported rows are history, never live inputs: they are stored with kind
// KindCSV under the source "csv:<p's actor>" and shown with the asset's
// observations, but the value the relay pushes never reads them. A caller
// cannot name the source: a source column is refused (Invalid,
// CodeSourceColumn), since live sources are registered appraisers only.
//
// Every row is checked; invalid rows are listed in the result with their
// line. Unless opts.SkipInvalid, nothing is stored when any row is invalid
// (the error is then Invalid and the result lists the rows). Rows p already
// imported are skipped, so an import can be repeated.
func (s *Service) ImportCSV(ctx context.Context, p auth.Principal, r io.Reader, opts ImportOptions) (ImportResult, error) {
	var res ImportResult
	if err := auth.Authorize(p, auth.ValuationImport); err != nil {
		return res, err
	}
	actor := p.Actor()
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	header, err := cr.Read()
	if err != nil {
		return res, errs.Wrap(err, errs.Invalid, "bad_csv", "cannot read the CSV header")
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))] = i
	}
	for _, need := range []string{"asset", "value", "observed_at"} {
		if _, ok := col[need]; !ok {
			return res, errs.E(errs.Invalid, "bad_csv", "the CSV header needs the columns asset, value and observed_at")
		}
	}
	if _, ok := col["source"]; ok {
		return res, errs.E(errs.Invalid, CodeSourceColumn, "the source column is not accepted: imported rows are "+
			"recorded as imported by the importing key and never count in a feed's value; live values come only "+
			"from registered appraisers' signed submissions")
	}
	now := s.cfg.Now().UTC()
	var obs []Observation
	feeds := map[string]feedOrErr{} // one lookup per asset named, not per row
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		res.Rows++
		if res.Rows > MaxImportRows {
			return res, errs.E(errs.TooLarge, "", fmt.Sprintf("more than %d rows in one import", MaxImportRows))
		}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				return res, errs.Wrap(err, errs.Invalid, "bad_csv", "cannot read the CSV")
			}
			res.Errors = append(res.Errors, RowError{Line: pe.Line, Message: pe.Err.Error()})
			continue
		}
		line, _ := cr.FieldPos(0)
		o, err := s.csvRow(ctx, feeds, rec, col, actor, now)
		if err != nil {
			e := errs.As(err)
			if e == nil || e.Kind == errs.Internal || e.Kind == errs.Unavailable {
				return res, err // the records, not the row: nothing is stored
			}
			res.Errors = append(res.Errors, RowError{Line: line, Message: e.Message})
			continue
		}
		obs = append(obs, o)
	}
	if len(res.Errors) > 0 && !opts.SkipInvalid {
		// The message carries the first rows' errors, so a caller that
		// only sees the error still learns what to fix.
		var b strings.Builder
		fmt.Fprintf(&b, "%d of %d rows are invalid; nothing was imported", len(res.Errors), res.Rows)
		for i, e := range res.Errors {
			if i == 5 {
				fmt.Fprintf(&b, "; …")
				break
			}
			fmt.Fprintf(&b, "; line %d: %s", e.Line, e.Message)
		}
		return res, errs.E(errs.Invalid, "bad_rows", b.String())
	}
	if len(obs) == 0 {
		return res, nil
	}
	stored, err := s.cfg.Store.AddObservations(ctx, obs)
	if err != nil {
		return res, err
	}
	res.Imported = len(stored)
	res.Duplicates = len(obs) - len(stored)
	return res, nil
}

type feedOrErr struct {
	f   Feed
	err error
}

func (s *Service) csvRow(ctx context.Context, feeds map[string]feedOrErr, rec []string, col map[string]int, actor string, now time.Time) (Observation, error) {
	field := func(name string) string {
		i, ok := col[name]
		if !ok || i >= len(rec) {
			return ""
		}
		return strings.TrimSpace(rec[i])
	}
	asset := field("asset")
	fe, ok := feeds[asset]
	if !ok {
		fe.f, fe.err = s.Feed(ctx, asset)
		if errs.Is(fe.err, errs.NotFound) || fe.err == nil {
			feeds[asset] = fe
		}
	}
	if fe.err != nil {
		return Observation{}, fe.err
	}
	f := fe.f
	v, err := ParseDecimal(field("value"), f.Decimals)
	if err != nil {
		return Observation{}, err
	}
	at, err := ParseTime(field("observed_at"))
	if err != nil {
		return Observation{}, err
	}
	if at.Sub(now) > s.cfg.MaxFuture {
		return Observation{}, errs.E(errs.Invalid, "observed_in_future", "observed_at is in the future")
	}
	var raw bytes.Buffer
	w := csv.NewWriter(&raw)
	_ = w.Write(rec)
	w.Flush()
	return Observation{
		Asset:      f.Asset,
		Source:     "csv:" + actor,
		Kind:       KindCSV,
		Actor:      actor,
		Value:      v,
		Decimals:   f.Decimals,
		ObservedAt: at,
		ReceivedAt: now,
		Raw:        bytes.TrimRight(raw.Bytes(), "\n"),
	}, nil
}
