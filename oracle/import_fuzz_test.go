package oracle_test

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/oracle"
)

// memObservations is the part of the Store an import uses, in memory:
// AddObservations skips an observation whose (asset, source, observed at)
// is already stored, as postgres.OracleStore does.
type memObservations struct {
	oracle.Store
	stored []oracle.Observation
}

func (m *memObservations) AddObservations(_ context.Context, obs []oracle.Observation) ([]oracle.Observation, error) {
	var added []oracle.Observation
	for _, o := range obs {
		dup := false
		for _, s := range m.stored {
			dup = dup || s.Asset == o.Asset && s.Source == o.Source && s.ObservedAt.Equal(o.ObservedAt)
		}
		if !dup {
			m.stored = append(m.stored, o)
			added = append(added, o)
		}
	}
	return added, nil
}

// noDirectory resolves no actor: imports make no four-eyes decision.
type noDirectory struct{}

func (noDirectory) Principal(context.Context, string) (auth.Principal, error) {
	return auth.Principal{}, errors.New("no directory")
}

var importNow = time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)

func importService(tb testing.TB, store *memObservations) *oracle.Service {
	tb.Helper()
	bldg := testFeed("BLDG", common.HexToAddress("0xfeed2"))
	bldg.Decimals = 0
	s, err := oracle.NewService(oracle.ServiceConfig{Store: store, ChainID: testChainID, Keys: noDirectory{},
		Feeds: []oracle.Feed{testFeed("TBILL", common.HexToAddress("0xfeed")), bldg}, Now: func() time.Time { return importNow }})
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// importColumns is the header of text as ImportCSV reads it.
func importColumns(text string) map[string]int {
	cr := csv.NewReader(strings.NewReader(text))
	cr.FieldsPerRecord, cr.TrimLeadingSpace = -1, true
	header, _ := cr.Read()
	col := map[string]int{}
	for i, h := range header {
		col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))] = i
	}
	return col
}

// FuzzImportCSV imports arbitrary CSV text. A refusal is a client error
// that stores nothing (unless SkipInvalid); every row is counted once, as
// imported, duplicate or invalid, with a line after the header; each
// stored observation is a known asset's valid value at a time not in the
// future, under the importer's source, its raw row naming the same asset,
// value and time; the observations written back as CSV import to the same
// observations; and a repeated import stores nothing new.
func FuzzImportCSV(f *testing.F) {
	for _, s := range []string{
		"asset,value,observed_at\nTBILL,100.25,2024-01-31\nTBILL,100.5,2024-02-29T00:00:00Z\nBLDG,12500000,1709251200\n",
		"\ufeffAsset, Value, Observed_At\nTBILL,101,2024-03-31\nNOPE,1,2024-03-31\nTBILL,1.2.3,2024-03-31\nTBILL,102,last week\nTBILL,103,2999-01-01\nTBILL,\"104\n",
		"observed_at,value,asset,note\n2024-01-01,-1e-3,TBILL,\"a, b\"\n2024-01-01,1,TBILL\n",
		"asset,value,observed_at,source\nTBILL,1,2024-01-01,fund-admin\n",
		"asset,value,observed_at\n\"TBILL\",\" 1.5 \",\"2024-01-01T00:00:00.000000001+01:00\"\n",
		"asset,value,observed_at\nTBILL,0.000000005,0000-01-01T00:30:00+01:00\n",
		"asset,price\nTBILL,1\n",
		"asset,value,observed_at\nTBILL,1,2024-01-01,extra\r\nTBILL,2\r\n",
		"",
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	importer := auth.System("fuzz-importer", auth.Oracle)
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, text string, skipInvalid bool) {
		store := &memObservations{}
		s := importService(t, store)
		opts := oracle.ImportOptions{SkipInvalid: skipInvalid}
		res, err := s.ImportCSV(ctx, importer, strings.NewReader(text), opts)
		if err != nil {
			if e := errs.As(err); e == nil || (e.Kind != errs.Invalid && e.Kind != errs.TooLarge) {
				t.Fatalf("%q: %v; want a client error", text, err)
			}
			if len(store.stored) > 0 {
				t.Fatalf("%q: refused (%v), yet %d observations stored", text, err, len(store.stored))
			}
			return
		}
		if res.Rows != res.Imported+res.Duplicates+len(res.Errors) || (!skipInvalid && len(res.Errors) > 0) {
			t.Fatalf("%q: %+v", text, res)
		}
		for _, e := range res.Errors {
			if e.Line < 2 || e.Message == "" {
				t.Fatalf("%q: row error %+v", text, e)
			}
		}
		if len(store.stored) != res.Imported {
			t.Fatalf("%q: %d stored, %d reported", text, len(store.stored), res.Imported)
		}
		col := importColumns(text)
		var back strings.Builder
		back.WriteString("asset,value,observed_at\n")
		for _, o := range store.stored {
			f, err := s.Feed(context.Background(), o.Asset)
			if err != nil || o.Decimals != f.Decimals || o.Kind != oracle.KindCSV || o.Source != "csv:"+importer.Actor() ||
				o.ObservedAt.After(importNow.Add(time.Minute)) || o.Value.BitLen() > 256 {
				t.Fatalf("%q: stored %+v", text, o)
			}
			raw, err := csv.NewReader(strings.NewReader(string(o.Raw))).Read()
			if err != nil {
				t.Fatalf("%q: raw row %q is not CSV: %v", text, o.Raw, err)
			}
			field := func(name string) string {
				if i := col[name]; i < len(raw) {
					return strings.TrimSpace(raw[i])
				}
				return ""
			}
			v, verr := oracle.ParseDecimal(field("value"), o.Decimals)
			at, terr := oracle.ParseTime(field("observed_at"))
			if field("asset") != o.Asset || verr != nil || v.Cmp(o.Value) != 0 || terr != nil || !at.Equal(o.ObservedAt) {
				t.Fatalf("%q: raw row %q does not say %s %s at %v", text, o.Raw, o.Asset, o.Value, o.ObservedAt)
			}
			fmt.Fprintf(&back, "%s,%s,%s\n", o.Asset, oracle.FormatDecimal(o.Value, o.Decimals), o.ObservedAt.Format(time.RFC3339Nano))
		}

		again, err := s.ImportCSV(ctx, importer, strings.NewReader(text), opts)
		if err != nil || again.Imported != 0 || again.Duplicates != res.Imported+res.Duplicates {
			t.Fatalf("%q: repeated import %+v, %v; first %+v", text, again, err, res)
		}

		if res.Imported == 0 {
			return
		}
		fresh := &memObservations{}
		written, err := importService(t, fresh).ImportCSV(ctx, importer, strings.NewReader(back.String()), oracle.ImportOptions{})
		if err != nil || written.Imported != res.Imported {
			t.Fatalf("%q: written back as %q, imports %+v, %v", text, back.String(), written, err)
		}
		for i, o := range fresh.stored {
			w := store.stored[i]
			if o.Asset != w.Asset || o.Value.Cmp(w.Value) != 0 || !o.ObservedAt.Equal(w.ObservedAt) || o.Source != w.Source {
				t.Fatalf("%q: observation %d written back imports as %s %s at %v, want %s %s at %v", text, i,
					o.Asset, o.Value, o.ObservedAt, w.Asset, w.Value, w.ObservedAt)
			}
		}
	})
}
