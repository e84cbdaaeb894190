package web

import (
	"math/big"
	"net/http"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/go-chi/chi/v5"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/audit"
	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/errs"
)

// AuditConfig is what the audit routes serve from.
type AuditConfig struct {
	Verifier *audit.Verifier
	Exports  *audit.Exports
	ChainID  *big.Int // the chain the server's records follow
}

// AuditRoutes returns the auditor's /v1 routes; pass them in Config.Routes.
// Reports served here are not signed: the server does not hold the
// auditor's key, so an auditor signs with `tessera audit verify --out`.
func AuditRoutes(cfg AuditConfig) []Route {
	h := auditHandlers{cfg}
	return []Route{
		{Method: "GET", Pattern: "/audit/assets/{asset}/report", Summary: "Verify an asset on chain against the records at ?block= (a number, finalized or latest; default finalized); unsigned",
			Action: auth.AuditRead, Response: api.AuditReport{}, Errors: []int{http.StatusConflict}, Sequential: true, Handler: h.report},
		{Method: "GET", Pattern: "/audit/assets/{asset}/exports/{kind}", Summary: "Export holders at ?block=, or transfers, mints, valuations, interventions up to it; JSON pages, or the whole export as CSV with ?format=csv",
			Action: auth.AuditRead, Response: api.List[api.ExportRow]{}, Paginated: true, Sequential: true, Handler: h.export},
	}
}

type auditHandlers struct{ cfg AuditConfig }

func (h auditHandlers) report(w http.ResponseWriter, r *http.Request) error {
	spec, err := audit.ParseBlockSpec(blockParam(r, "finalized"))
	if err != nil {
		return errs.E(errs.Invalid, "invalid_block", err.Error())
	}
	rep, err := h.cfg.Verifier.Verify(r.Context(), chi.URLParam(r, "asset"), spec)
	if err != nil {
		return err
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
	format := r.URL.Query().Get("format")
	if format != "" && format != "json" && format != "csv" {
		return errs.E(errs.Invalid, "invalid_format", "format must be json or csv")
	}
	page, err := ReadPage[string](r)
	if err != nil {
		return err
	}
	req := audit.ExportRequest{Asset: chi.URLParam(r, "asset"), Kind: chi.URLParam(r, "kind"), ChainID: h.cfg.ChainID}
	if s := r.URL.Query().Get("block"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			return errs.E(errs.Invalid, "invalid_block", "block must be a block number")
		}
		req.Block = &n
	}
	if format != "csv" {
		req.After, req.Limit = page.After, page.Limit+1
		if page.HasAfter && page.After == "" {
			return errs.E(errs.Invalid, "invalid_cursor", "cursor is not one this list returned")
		}
	}
	q, err := h.cfg.Exports.Plan(r.Context(), req)
	if err != nil {
		return err
	}
	if format == "csv" {
		// The whole export, row by row: nothing is held in memory.
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		w.Header().Set("Content-Disposition", `attachment; filename="`+q.Asset+"-"+q.Kind+"-"+strconv.FormatUint(q.Block, 10)+`.csv"`)
		rw, err := audit.NewRowWriter(w, "csv", q.Kind)
		if err != nil {
			return err
		}
		if err := h.cfg.Exports.Run(r.Context(), q, rw.Write); err != nil {
			return err // headers are out: the access log keeps it, the body ends short
		}
		return rw.Close()
	}
	var rows []audit.Row
	if err := h.cfg.Exports.Run(r.Context(), q, func(row audit.Row) error { rows = append(rows, row); return nil }); err != nil {
		return err
	}
	cols := audit.Columns(q.Kind)
	list := Paginate(page, rows, func(row audit.Row) string { return row.Cursor })
	items := make([]api.ExportRow, len(list.Items))
	for i, row := range list.Items {
		items[i] = audit.RowObject(cols, row)
	}
	JSON(w, r, http.StatusOK, api.List[api.ExportRow]{Items: items, NextCursor: list.NextCursor})
	return nil
}

// auditReportWire is an audit report as the API shows it.
func auditReportWire(r audit.Report) api.AuditReport {
	out := api.AuditReport{Version: r.Version, Asset: r.Asset, ChainID: r.ChainID, Token: common.HexToAddress(r.Token),
		BlockNumber: r.BlockNumber, BlockHash: common.HexToHash(r.BlockHash), BlockTime: r.BlockTime, GeneratedAt: r.GeneratedAt,
		Scan:   api.AuditScan{From: r.Scan.From, To: r.Scan.To, Scanned: r.Scan.Scanned, Events: r.Scan.Events, ResumedAt: r.Scan.ResumedAt},
		Passed: r.Passed,
		Checks: mapSlice(r.Checks, func(c audit.Check) api.AuditCheck {
			return api.AuditCheck{ID: c.ID, Title: c.Title, Status: string(c.Status), Summary: c.Summary,
				Facts:    mapSlice(c.Facts, func(f audit.Fact) api.AuditFact { return api.AuditFact{Name: f.Name, Value: f.Value} }),
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
