package web

import (
	"math/big"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/go-chi/chi/v5"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/chain/address"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/oracle"
)

// OracleRoutes returns the oracle's /v1 routes, served by svc; pass them in
// Config.Routes. The Chainlink External Adapter (oraclehttp.EAHandler) is
// not among them: a Chainlink node cannot sign requests, so it is mounted
// apart, where only the node can reach it.
func OracleRoutes(svc *oracle.Service) []Route {
	h := oracleHandlers{svc: svc}
	return []Route{
		{Method: "POST", Pattern: "/oracle/valuations", Summary: "Submit a valuation signed by a registered appraiser (EIP-712, see docs/chainlink.md)",
			Action: auth.ValuationSubmit, Status: http.StatusCreated, Request: api.NewValuation{}, Response: api.Observation{}, Handler: h.submit},
		{Method: "POST", Pattern: "/oracle/imports", Summary: "Import historical valuations from CSV (asset,value,observed_at): history only, never a feed's input",
			Action: auth.ValuationImport, Idempotency: IdempotencyRequired, Request: api.ValuationImport{}, Response: api.ImportResult{}, Handler: h.importCSV},
		{Method: "GET", Pattern: "/oracle/assets/{asset}/value", Summary: "The value the relay would push now: median of the fresh observations",
			Action: auth.OracleRead, Response: api.Aggregate{}, Handler: h.value},
		{Method: "GET", Pattern: "/oracle/assets/{asset}/history", Summary: "The feed updates of an asset, newest first, each with the observations behind it",
			Action: auth.OracleRead, Response: api.List[api.Push]{}, Paginated: true, Handler: h.history},
		{Method: "GET", Pattern: "/oracle/assets/{asset}/observations", Summary: "The observations of an asset, newest first",
			Action: auth.OracleRead, Response: api.List[api.Observation]{}, Paginated: true, Handler: h.observations},
		{Method: "POST", Pattern: "/oracle/assets/{asset}/appraisers", Summary: "Request an appraiser's registration for an asset (takes effect once an independent key approves it)",
			Action: auth.AppraiserManage, Status: http.StatusCreated, Request: api.NewAppraiser{}, Response: api.AppraiserRequest{}, Handler: h.requestAppraiser},
		{Method: "POST", Pattern: "/oracle/assets/{asset}/appraisers/{address}/revoke", Summary: "Request that an appraiser's valuations of an asset stop being accepted (takes effect once approved)",
			Action: auth.AppraiserManage, Status: http.StatusCreated, Response: api.AppraiserRequest{}, Handler: h.requestRevocation},
		{Method: "GET", Pattern: "/oracle/assets/{asset}/appraiser-requests", Summary: "The appraiser registration and revocation requests of an asset, newest first",
			Action: auth.AppraiserRead, Response: api.List[api.AppraiserRequest]{}, Paginated: true, Handler: h.appraiserRequests},
		{Method: "GET", Pattern: "/oracle/appraiser-requests/{id}", Summary: "An appraiser registration or revocation request",
			Action: auth.AppraiserRead, Response: api.AppraiserRequest{}, Handler: h.appraiserRequest},
		{Method: "POST", Pattern: "/oracle/appraiser-requests/{id}/approve", Summary: "Approve another key's appraiser request and apply it",
			Action: auth.AppraiserDecide, Request: api.Decision{}, Response: api.AppraiserRequest{}, Handler: h.approveAppraiser},
		{Method: "POST", Pattern: "/oracle/appraiser-requests/{id}/reject", Summary: "Reject an appraiser request (a note is required)",
			Action: auth.AppraiserDecide, Request: api.Decision{}, Response: api.AppraiserRequest{}, Handler: h.rejectAppraiser},
		{Method: "POST", Pattern: "/oracle/assets/{asset}/overrides", Summary: "Request a feed override past its NAV guards (written once an independent key approves it)",
			Action: auth.ValuationOverrideRequest, Status: http.StatusCreated, Request: api.NewOverride{}, Response: api.Override{}, Handler: h.requestOverride},
		{Method: "GET", Pattern: "/oracle/assets/{asset}/overrides", Summary: "The feed overrides of an asset, newest first",
			Action: auth.ValuationOverrideRead, Response: api.List[api.Override]{}, Paginated: true, Handler: h.overrides},
		{Method: "GET", Pattern: "/oracle/overrides/{id}", Summary: "A feed override: request, decision and outcome on chain",
			Action: auth.ValuationOverrideRead, Response: api.Override{}, Handler: h.override},
		{Method: "POST", Pattern: "/oracle/overrides/{id}/approve", Summary: "Approve another key's feed override: the relay writes it with transmitOverride",
			Action: auth.ValuationOverrideDecide, Request: api.Decision{}, Response: api.Override{}, Handler: h.approveOverride},
		{Method: "POST", Pattern: "/oracle/overrides/{id}/reject", Summary: "Reject a feed override (a note is required)",
			Action: auth.ValuationOverrideDecide, Request: api.Decision{}, Response: api.Override{}, Handler: h.rejectOverride},
		{Method: "GET", Pattern: "/oracle/assets/{asset}/alerts", Summary: "The values the relay refused to sign because the feed's NAV guards would refuse them, newest first",
			Action: auth.ValuationAlertRead, Response: api.List[api.OracleAlert]{}, Paginated: true, Handler: h.alerts},
	}
}

type oracleHandlers struct{ svc *oracle.Service }

func parseBig(field, s string) (*big.Int, error) {
	v, ok := new(big.Int).SetString(strings.TrimSpace(s), 10)
	if !ok {
		return nil, errs.E(errs.Invalid, "invalid_field", field+" must be an integer written as a decimal string")
	}
	return v, nil
}

func parseAddress(field, s string) (common.Address, error) { return address.Parse(field, s) }

func (h oracleHandlers) submit(w http.ResponseWriter, r *http.Request) error {
	var req api.NewValuation
	if err := Decode(r, &req); err != nil {
		return err
	}
	value, err := parseBig("value", req.Value)
	if err != nil {
		return err
	}
	nonce, err := parseBig("nonce", req.Nonce)
	if err != nil {
		return err
	}
	sig, err := hexutil.Decode(req.Signature)
	if err != nil {
		return errs.E(errs.Invalid, "invalid_field", "signature must be 0x-prefixed hex")
	}
	o, err := h.svc.Submit(r.Context(), principal(r), oracle.SignedValuation{
		Valuation: oracle.Valuation{Asset: req.Asset, Value: value, Decimals: req.Decimals, ObservedAt: req.ObservedAt, Nonce: nonce},
		Signature: sig,
	})
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusCreated, observationWire(o))
	return nil
}

func (h oracleHandlers) importCSV(w http.ResponseWriter, r *http.Request) error {
	var req api.ValuationImport
	if err := Decode(r, &req); err != nil {
		return err
	}
	res, err := h.svc.ImportCSV(r.Context(), principal(r), strings.NewReader(req.CSV), oracle.ImportOptions{SkipInvalid: req.SkipInvalid})
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, api.ImportResult{Rows: res.Rows, Imported: res.Imported, Duplicates: res.Duplicates,
		Errors: mapSlice(res.Errors, func(e oracle.RowError) api.ImportRowError {
			return api.ImportRowError{Line: e.Line, Message: e.Message}
		})})
	return nil
}

func (h oracleHandlers) value(w http.ResponseWriter, r *http.Request) error {
	asset := chi.URLParam(r, "asset")
	agg, err := h.svc.Value(r.Context(), asset)
	if err != nil {
		return err
	}
	out := api.Aggregate{Asset: asset, Value: agg.Value.String(), Decimals: agg.Decimals,
		Display: oracle.FormatDecimal(agg.Value, agg.Decimals), ObservedAt: agg.ObservedAt,
		Used: mapSlice(agg.Used, observationWire), Rejected: []api.Outlier{}, Stale: mapSlice(agg.Stale, observationWire)}
	for _, o := range agg.Rejected {
		out.Rejected = append(out.Rejected, api.Outlier{Observation: observationWire(o.Observation), DistancePPB: bigString(o.DistancePPB)})
	}
	JSON(w, r, http.StatusOK, out)
	return nil
}

// oraclePage reads the list position: the cursor holds the id of the last
// item returned, and the lists run newest first.
func oraclePage(r *http.Request) (oracle.Page, error) {
	p, err := ReadPage[int64](r)
	if err != nil {
		return oracle.Page{}, err
	}
	if p.HasAfter && p.After <= 0 {
		return oracle.Page{}, errs.E(errs.Invalid, "invalid_cursor", "cursor is not one this list returned")
	}
	return oracle.Page{Before: p.After, Limit: p.Limit}, nil
}

func listOf[T any](items []T, next int64) api.List[T] {
	if items == nil {
		items = []T{}
	}
	l := api.List[T]{Items: items}
	if next > 0 {
		l.NextCursor = NextCursor(next)
	}
	return l
}

func (h oracleHandlers) history(w http.ResponseWriter, r *http.Request) error {
	page, err := oraclePage(r)
	if err != nil {
		return err
	}
	pushes, next, err := h.svc.History(r.Context(), chi.URLParam(r, "asset"), page)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, listOf(mapSlice(pushes, pushWire), next))
	return nil
}

func (h oracleHandlers) observations(w http.ResponseWriter, r *http.Request) error {
	page, err := oraclePage(r)
	if err != nil {
		return err
	}
	obs, next, err := h.svc.Observations(r.Context(), chi.URLParam(r, "asset"), page)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, listOf(mapSlice(obs, observationWire), next))
	return nil
}

func (h oracleHandlers) requestAppraiser(w http.ResponseWriter, r *http.Request) error {
	var req api.NewAppraiser
	if err := Decode(r, &req); err != nil {
		return err
	}
	addr, err := parseAddress("address", req.Address)
	if err != nil {
		return err
	}
	ar, err := h.svc.RequestAppraiser(r.Context(), principal(r), chi.URLParam(r, "asset"), addr, req.Name)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusCreated, appraiserRequestWire(ar))
	return nil
}

func (h oracleHandlers) requestRevocation(w http.ResponseWriter, r *http.Request) error {
	addr, err := parseAddress("address", chi.URLParam(r, "address"))
	if err != nil {
		return err
	}
	ar, err := h.svc.RequestRevocation(r.Context(), principal(r), chi.URLParam(r, "asset"), addr)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusCreated, appraiserRequestWire(ar))
	return nil
}

func (h oracleHandlers) appraiserRequests(w http.ResponseWriter, r *http.Request) error {
	page, err := oraclePage(r)
	if err != nil {
		return err
	}
	reqs, next, err := h.svc.AppraiserRequests(r.Context(), chi.URLParam(r, "asset"), page)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, listOf(mapSlice(reqs, appraiserRequestWire), next))
	return nil
}

func appraiserRequestID(r *http.Request) (int64, error) {
	return idParam(r, "appraiser_request_not_found", "no such appraiser request")
}

func (h oracleHandlers) appraiserRequest(w http.ResponseWriter, r *http.Request) error {
	id, err := appraiserRequestID(r)
	if err != nil {
		return err
	}
	ar, err := h.svc.AppraiserRequest(r.Context(), id)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, appraiserRequestWire(ar))
	return nil
}

func (h oracleHandlers) approveAppraiser(w http.ResponseWriter, r *http.Request) error {
	return decideRequest(w, r, appraiserRequestID, h.svc.ApproveAppraiserRequest, appraiserRequestWire)
}

func (h oracleHandlers) rejectAppraiser(w http.ResponseWriter, r *http.Request) error {
	return decideRequest(w, r, appraiserRequestID, h.svc.RejectAppraiserRequest, appraiserRequestWire)
}

func (h oracleHandlers) requestOverride(w http.ResponseWriter, r *http.Request) error {
	var req api.NewOverride
	if err := Decode(r, &req); err != nil {
		return err
	}
	value, err := parseBig("value", req.Value)
	if err != nil {
		return err
	}
	if req.ObservedAt == 0 || req.ObservedAt > 1<<40 {
		return errs.E(errs.Invalid, "invalid_field", "observed_at must be a Unix time in seconds")
	}
	o, err := h.svc.RequestOverride(r.Context(), principal(r), chi.URLParam(r, "asset"), value,
		time.Unix(int64(req.ObservedAt), 0), req.Reason)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusCreated, overrideWire(o))
	return nil
}

func (h oracleHandlers) overrides(w http.ResponseWriter, r *http.Request) error {
	page, err := oraclePage(r)
	if err != nil {
		return err
	}
	os, next, err := h.svc.Overrides(r.Context(), chi.URLParam(r, "asset"), page)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, listOf(mapSlice(os, overrideWire), next))
	return nil
}

func (h oracleHandlers) alerts(w http.ResponseWriter, r *http.Request) error {
	page, err := oraclePage(r)
	if err != nil {
		return err
	}
	as, next, err := h.svc.Alerts(r.Context(), chi.URLParam(r, "asset"), page)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, listOf(mapSlice(as, alertWire), next))
	return nil
}

func overrideID(r *http.Request) (int64, error) {
	return idParam(r, oracle.CodeOverrideNotFound, "no such override")
}

func (h oracleHandlers) override(w http.ResponseWriter, r *http.Request) error {
	id, err := overrideID(r)
	if err != nil {
		return err
	}
	o, err := h.svc.Override(r.Context(), id)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, overrideWire(o))
	return nil
}

func (h oracleHandlers) approveOverride(w http.ResponseWriter, r *http.Request) error {
	return decideRequest(w, r, overrideID, h.svc.ApproveOverride, overrideWire)
}

func (h oracleHandlers) rejectOverride(w http.ResponseWriter, r *http.Request) error {
	return decideRequest(w, r, overrideID, h.svc.RejectOverride, overrideWire)
}
