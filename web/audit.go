package web

import (
	"context"
	"errors"
	"math/big"
	"net/http"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/go-chi/chi/v5"

	"github.com/tessera-rwa/tessera/audit"
	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/address"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/wire"
)

// AuditConfig is what the audit routes serve from.
type AuditConfig struct {
	Verifier *audit.Verifier
	Exporter audit.Exporter
	ChainID  *big.Int // the chain the server's records follow
	// IndexedBlock returns the newest block the indexer has stored: the
	// default block of exports and the highest one they accept.
	IndexedBlock func(ctx context.Context) (uint64, error)
}

// AuditRoutes returns the auditor's /v1 routes; pass them in Config.Routes.
// Reports served here are not signed: the server does not hold the
// auditor's key, so an auditor signs with `tessera audit verify --out`.
func AuditRoutes(cfg AuditConfig) []Route {
	h := auditHandlers{cfg}
	return []Route{
		{Method: "GET", Pattern: "/audit/assets/{asset}/report", Summary: "Verify an asset on chain against the records at ?block= (a number, finalized or latest; default finalized); unsigned",
			Action: auth.AuditRead, Response: wire.AuditReport{}, Errors: []int{http.StatusConflict}, Handler: h.report},
		{Method: "GET", Pattern: "/audit/assets/{asset}/exports/{kind}", Summary: "Export holders at ?block=, or transfers, mints, valuations, interventions up to it; JSON pages, or the whole export as CSV with ?format=csv",
			Action: auth.AuditRead, Response: wire.List[wire.ExportRow]{}, Paginated: true, Handler: h.export},
	}
}

type auditHandlers struct{ cfg AuditConfig }

// AuditError gives the audit package's refusals their API kind and code;
// the web UI answers with the same codes.
func AuditError(err error) error {
	switch {
	case errors.Is(err, audit.ErrUnknownAsset):
		return errs.Wrap(err, errs.NotFound, "unknown_asset", err.Error())
	case errors.Is(err, audit.ErrFutureBlock):
		return errs.Wrap(err, errs.Invalid, "block_in_future", err.Error())
	case errors.Is(err, audit.ErrBeforeDeployment):
		return errs.Wrap(err, errs.Invalid, "block_before_deployment", err.Error())
	case errors.Is(err, audit.ErrWrongChain):
		return errs.Wrap(err, errs.Conflict, "wrong_chain", err.Error())
	}
	return err
}

func (h auditHandlers) report(w http.ResponseWriter, r *http.Request) error {
	spec, err := audit.ParseBlockSpec(blockParam(r, "finalized"))
	if err != nil {
		return errs.E(errs.Invalid, "invalid_block", err.Error())
	}
	rep, err := h.cfg.Verifier.Verify(r.Context(), chi.URLParam(r, "asset"), spec)
	if err != nil {
		return AuditError(err)
	}
	JSON(w, r, http.StatusOK, auditReportWire(*rep))
	return nil
}

func blockParam(r *http.Request, def string) string {
	if b := r.URL.Query().Get("block"); b != "" {
		return b
	}
	return def
}

func (h auditHandlers) export(w http.ResponseWriter, r *http.Request) error {
	kind := chi.URLParam(r, "kind")
	cols := audit.Columns(kind)
	if cols == nil {
		return errs.E(errs.NotFound, "unknown_export", "no export "+strconv.Quote(kind)+"; one of holders, interventions, mints, transfers, valuations")
	}
	format := r.URL.Query().Get("format")
	if format != "" && format != "json" && format != "csv" {
		return errs.E(errs.Invalid, "invalid_format", "format must be json or csv")
	}
	page, err := ReadPage[string](r)
	if err != nil {
		return err
	}
	a, err := h.cfg.Verifier.Records.Asset(r.Context(), h.cfg.ChainID, chi.URLParam(r, "asset"))
	if err != nil {
		return AuditError(err)
	}
	indexed, err := h.cfg.IndexedBlock(r.Context())
	if err != nil {
		return err
	}
	block := indexed
	if s := r.URL.Query().Get("block"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			return errs.E(errs.Invalid, "invalid_block", "block must be a block number")
		}
		if n > indexed {
			return errs.E(errs.Invalid, "block_in_future", "block "+s+" is beyond the indexer's newest block "+strconv.FormatUint(indexed, 10))
		}
		block = n
	}
	q := audit.ExportQuery{Kind: kind, ChainID: h.cfg.ChainID, Token: a.Token, Feed: a.Feed, Block: block}
	if format == "csv" {
		// The whole export, row by row: nothing is held in memory.
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		w.Header().Set("Content-Disposition", `attachment; filename="`+a.Symbol+"-"+kind+"-"+strconv.FormatUint(block, 10)+`.csv"`)
		rw, err := audit.NewRowWriter(w, "csv", kind)
		if err != nil {
			return err
		}
		if err := h.cfg.Exporter.Export(r.Context(), q, rw.Write); err != nil {
			return err // headers are out: the access log keeps it, the body ends short
		}
		return rw.Close()
	}
	q.After, q.Limit = page.After, page.Limit+1
	if page.HasAfter && !validExportCursor(kind, page.After) {
		return errs.E(errs.Invalid, "invalid_cursor", "cursor is not one this list returned")
	}
	var rows []audit.Row
	if err := h.cfg.Exporter.Export(r.Context(), q, func(row audit.Row) error { rows = append(rows, row); return nil }); err != nil {
		return err
	}
	list := Paginate(page, rows, func(row audit.Row) string { return row.Cursor })
	items := make([]wire.ExportRow, len(list.Items))
	for i, row := range list.Items {
		items[i] = audit.RowObject(cols, row)
	}
	JSON(w, r, http.StatusOK, wire.List[wire.ExportRow]{Items: items, NextCursor: list.NextCursor})
	return nil
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

// auditReportWire is an audit report as the API shows it.
func auditReportWire(r audit.Report) wire.AuditReport {
	out := wire.AuditReport{Version: r.Version, Asset: r.Asset, ChainID: r.ChainID, Token: common.HexToAddress(r.Token),
		BlockNumber: r.BlockNumber, BlockHash: common.HexToHash(r.BlockHash), BlockTime: r.BlockTime, GeneratedAt: r.GeneratedAt,
		Scan:   wire.AuditScan{From: r.Scan.From, To: r.Scan.To, Scanned: r.Scan.Scanned, Events: r.Scan.Events, ResumedAt: r.Scan.ResumedAt},
		Passed: r.Passed,
		Checks: mapSlice(r.Checks, func(c audit.Check) wire.AuditCheck {
			return wire.AuditCheck{ID: c.ID, Title: c.Title, Status: string(c.Status), Summary: c.Summary,
				Facts:    mapSlice(c.Facts, func(f audit.Fact) wire.AuditFact { return wire.AuditFact{Name: f.Name, Value: f.Value} }),
				Findings: c.Findings, Notes: c.Notes}
		})}
	if r.Feed != "" {
		f := common.HexToAddress(r.Feed)
		out.Feed = &f
	}
	if r.Distributor != "" {
		d := common.HexToAddress(r.Distributor)
		out.Distributor = &d
	}
	return out
}
