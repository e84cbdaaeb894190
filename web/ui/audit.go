package ui

import (
	"net/http"
	"slices"
	"strconv"

	"github.com/go-chi/chi/v5"

	"github.com/tessera-rwa/tessera/audit"
	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/errs"
)

// auditPage lists the tokenized assets with a verification report to run
// at the finalized or latest block and the exports to download.
func (u *UI) auditPage(w http.ResponseWriter, r *http.Request) error {
	if _, err := principal(r, auth.AuditRead); err != nil {
		return err
	}
	if u.cfg.Audit == nil {
		return errs.E(errs.Unavailable, "audit_unavailable", "audit is not running on this server")
	}
	assets, err := u.cfg.Issuance.Assets(r.Context(), "", 500)
	if err != nil {
		return err
	}
	var tokenized []any
	for _, a := range assets {
		if a.Token != nil {
			tokenized = append(tokenized, a)
		}
	}
	return u.render(w, r, http.StatusOK, "audit", map[string]any{
		"Title": "Audit", "Assets": tokenized, "Kinds": audit.ExportKinds()})
}

// auditReport runs the verification of an asset at ?block= (finalized,
// latest or a number) and shows every check.
func (u *UI) auditReport(w http.ResponseWriter, r *http.Request) error {
	if _, err := principal(r, auth.AuditRead); err != nil {
		return err
	}
	if u.cfg.Audit == nil {
		return errs.E(errs.Unavailable, "audit_unavailable", "audit is not running on this server")
	}
	block := r.URL.Query().Get("block")
	if block == "" {
		block = "finalized"
	}
	spec, err := audit.ParseBlockSpec(block)
	if err != nil {
		return errs.E(errs.Invalid, "invalid_block", err.Error())
	}
	rep, err := u.cfg.Audit.Verifier.Verify(r.Context(), chi.URLParam(r, "symbol"), spec)
	if err != nil {
		return err
	}
	return u.render(w, r, http.StatusOK, "report", map[string]any{"Title": rep.Asset + " report", "Report": rep, "Block": block})
}

// auditExport streams an export as CSV, up to the indexer's newest block.
func (u *UI) auditExport(w http.ResponseWriter, r *http.Request) error {
	if _, err := principal(r, auth.AuditRead); err != nil {
		return err
	}
	if u.cfg.Audit == nil {
		return errs.E(errs.Unavailable, "audit_unavailable", "audit is not running on this server")
	}
	kind := chi.URLParam(r, "kind")
	if !slices.Contains(audit.ExportKinds(), kind) {
		return notFound("no export " + strconv.Quote(kind))
	}
	ctx := r.Context()
	q, err := u.cfg.Audit.Exports.Plan(ctx, audit.ExportRequest{Asset: chi.URLParam(r, "symbol"), Kind: kind, ChainID: u.cfg.Audit.ChainID})
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="`+q.Asset+"-"+kind+"-"+strconv.FormatUint(q.Block, 10)+`.csv"`)
	rw, err := audit.NewRowWriter(w, "csv", kind)
	if err != nil {
		return err
	}
	if err := u.cfg.Audit.Exports.Run(ctx, q, rw.Write); err != nil {
		u.log.Error("ui: export ended early", "kind", kind, "asset", q.Asset, "err", err)
		return nil // the headers are out: the file ends short
	}
	return rw.Close()
}
