package web

import (
	"context"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/go-chi/chi/v5"

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
			Action: auth.ValuationSubmit, Status: http.StatusCreated, Request: valuationRequest{}, Response: observationJSON{}, Handler: h.submit},
		{Method: "POST", Pattern: "/oracle/imports", Summary: "Import historical valuations from CSV (asset,value,observed_at): history only, never a feed's input",
			Action: auth.ValuationImport, Idempotency: IdempotencyRequired, Request: importRequest{}, Response: importResponse{}, Handler: h.importCSV},
		{Method: "GET", Pattern: "/oracle/assets/{asset}/value", Summary: "The value the relay would push now: median of the fresh observations",
			Action: auth.OracleRead, Response: aggregateJSON{}, Handler: h.value},
		{Method: "GET", Pattern: "/oracle/assets/{asset}/history", Summary: "The feed updates of an asset, newest first, each with the observations behind it",
			Action: auth.OracleRead, Response: pushJSON{}, Paginated: true, Handler: h.history},
		{Method: "GET", Pattern: "/oracle/assets/{asset}/observations", Summary: "The observations of an asset, newest first",
			Action: auth.OracleRead, Response: observationJSON{}, Paginated: true, Handler: h.observations},
		{Method: "POST", Pattern: "/oracle/assets/{asset}/appraisers", Summary: "Request an appraiser's registration for an asset (takes effect once an independent key approves it)",
			Action: auth.AppraiserManage, Status: http.StatusCreated, Request: appraiserRequest{}, Response: appraiserRequestJSON{}, Handler: h.requestAppraiser},
		{Method: "POST", Pattern: "/oracle/assets/{asset}/appraisers/{address}/revoke", Summary: "Request that an appraiser's valuations of an asset stop being accepted (takes effect once approved)",
			Action: auth.AppraiserManage, Status: http.StatusCreated, Response: appraiserRequestJSON{}, Handler: h.requestRevocation},
		{Method: "GET", Pattern: "/oracle/assets/{asset}/appraiser-requests", Summary: "The appraiser registration and revocation requests of an asset, newest first",
			Action: auth.AppraiserRead, Response: appraiserRequestJSON{}, Paginated: true, Handler: h.appraiserRequests},
		{Method: "GET", Pattern: "/oracle/appraiser-requests/{id}", Summary: "An appraiser registration or revocation request",
			Action: auth.AppraiserRead, Response: appraiserRequestJSON{}, Handler: h.appraiserRequest},
		{Method: "POST", Pattern: "/oracle/appraiser-requests/{id}/approve", Summary: "Approve another key's appraiser request and apply it",
			Action: auth.AppraiserDecide, Request: decisionRequest{}, Response: appraiserRequestJSON{}, Handler: h.approveAppraiser},
		{Method: "POST", Pattern: "/oracle/appraiser-requests/{id}/reject", Summary: "Reject an appraiser request (a note is required)",
			Action: auth.AppraiserDecide, Request: decisionRequest{}, Response: appraiserRequestJSON{}, Handler: h.rejectAppraiser},
	}
}

type oracleHandlers struct{ svc *oracle.Service }

// valuationRequest is a signed valuation. Big numbers are decimal strings.
type valuationRequest struct {
	Asset      string `json:"asset"`
	Value      string `json:"value"` // integer, scaled by 10^decimals
	Decimals   uint8  `json:"decimals"`
	ObservedAt uint64 `json:"observed_at"` // Unix seconds
	Nonce      string `json:"nonce"`
	Signature  string `json:"signature"` // 0x-prefixed, 65 bytes
}

// importRequest is a CSV import. There is no label and no source column:
// imported rows are recorded under the importing key.
type importRequest struct {
	CSV         string `json:"csv"`
	SkipInvalid bool   `json:"skip_invalid,omitempty"`
}

type importResponse struct {
	Rows       int               `json:"rows"`
	Imported   int               `json:"imported"`
	Duplicates int               `json:"duplicates"`
	Errors     []oracle.RowError `json:"errors"`
}

type appraiserRequest struct {
	Address string `json:"address"`
	Name    string `json:"name"`
}

type observationJSON struct {
	ID         int64     `json:"id"`
	Asset      string    `json:"asset"`
	Source     string    `json:"source"`
	Kind       string    `json:"kind"`
	Value      string    `json:"value"` // integer, scaled by 10^decimals
	Decimals   uint8     `json:"decimals"`
	Display    string    `json:"display"` // value with its decimal point
	ObservedAt time.Time `json:"observed_at"`
	ReceivedAt time.Time `json:"received_at"`
	Signer     string    `json:"signer,omitempty"`
	Nonce      string    `json:"nonce,omitempty"`
	// Imported is true for rows of a CSV import: history, shown but never
	// counted in a feed's value.
	Imported bool   `json:"imported"`
	Actor    string `json:"actor,omitempty"` // the key (or system part) that stored it
	Raw      string `json:"raw"`             // the payload as received; hex (0x…) when not UTF-8 text
}

type outlierJSON struct {
	Observation observationJSON `json:"observation"`
	DistancePPB string          `json:"distance_ppb,omitempty"` // from the median; absent for a zero median
}

type aggregateJSON struct {
	Asset      string            `json:"asset"`
	Value      string            `json:"value"`
	Decimals   uint8             `json:"decimals"`
	Display    string            `json:"display"`
	ObservedAt time.Time         `json:"observed_at"`
	Used       []observationJSON `json:"used"`
	Rejected   []outlierJSON     `json:"rejected"`
	Stale      []observationJSON `json:"stale"`
}

type pushJSON struct {
	ID             int64             `json:"id"`
	Asset          string            `json:"asset"`
	ChainID        string            `json:"chain_id"`
	Feed           string            `json:"feed"`
	State          string            `json:"state"`
	Reason         string            `json:"reason"`
	Answer         string            `json:"answer"`
	Previous       string            `json:"previous,omitempty"`
	ObservedAt     time.Time         `json:"observed_at"`
	IntendedRound  string            `json:"intended_round"`
	RoundID        string            `json:"round_id,omitempty"`
	TxHash         string            `json:"tx_hash,omitempty"`
	BlockNumber    uint64            `json:"block_number,omitempty"`
	GasUsed        uint64            `json:"gas_used,omitempty"`
	Error          string            `json:"error,omitempty"`
	IdempotencyKey string            `json:"idempotency_key"`
	CreatedAt      time.Time         `json:"created_at"`
	UpdatedAt      time.Time         `json:"updated_at"`
	Used           []observationJSON `json:"used"`
	Rejected       []observationJSON `json:"rejected"`
}

type appraiserRequestJSON struct {
	ID          int64      `json:"id"`
	Asset       string     `json:"asset"`
	Address     string     `json:"address"`
	Name        string     `json:"name"`
	Change      string     `json:"change"` // register or revoke
	State       string     `json:"state"`  // pending, approved or rejected
	RequestedBy string     `json:"requested_by"`
	RequestedAt time.Time  `json:"requested_at"`
	DecidedBy   string     `json:"decided_by,omitempty"`
	DecidedAt   *time.Time `json:"decided_at,omitempty"`
	Note        string     `json:"note,omitempty"`
}

func bigString(v *big.Int) string {
	if v == nil {
		return ""
	}
	return v.String()
}

func toObservationJSON(o oracle.Observation) observationJSON {
	out := observationJSON{ID: o.ID, Asset: o.Asset, Source: o.Source, Kind: string(o.Kind), Value: bigString(o.Value),
		Decimals: o.Decimals, Display: oracle.FormatDecimal(o.Value, o.Decimals), ObservedAt: o.ObservedAt,
		ReceivedAt: o.ReceivedAt, Nonce: bigString(o.Nonce), Imported: o.Kind == oracle.KindCSV, Actor: o.Actor, Raw: string(o.Raw)}
	if o.Signer != nil {
		out.Signer = o.Signer.Hex()
	}
	if !utf8.Valid(o.Raw) {
		out.Raw = hexutil.Encode(o.Raw)
	}
	return out
}

func toObservationsJSON(obs []oracle.Observation) []observationJSON {
	out := make([]observationJSON, len(obs))
	for i, o := range obs {
		out[i] = toObservationJSON(o)
	}
	return out
}

func toPushJSON(p oracle.Push) pushJSON {
	out := pushJSON{ID: p.ID, Asset: p.Asset, ChainID: bigString(p.ChainID), Feed: p.Feed.Hex(), State: string(p.State),
		Reason: string(p.Reason), Answer: bigString(p.Answer), Previous: bigString(p.Previous), ObservedAt: p.ObservedAt,
		IntendedRound: bigString(p.IntendedRound), RoundID: bigString(p.RoundID), BlockNumber: p.BlockNumber,
		GasUsed: p.GasUsed, Error: p.Error, IdempotencyKey: p.IdempotencyKey, CreatedAt: p.CreatedAt, UpdatedAt: p.UpdatedAt,
		Used: toObservationsJSON(p.Used), Rejected: toObservationsJSON(p.Rejected)}
	if p.TxHash != (common.Hash{}) {
		out.TxHash = p.TxHash.Hex()
	}
	return out
}

func toAppraiserRequestJSON(r oracle.AppraiserRequest) appraiserRequestJSON {
	return appraiserRequestJSON{ID: r.ID, Asset: r.Asset, Address: r.Address.Hex(), Name: r.Name, Change: string(r.Change),
		State: string(r.State), RequestedBy: r.RequestedBy, RequestedAt: r.RequestedAt, DecidedBy: r.DecidedBy,
		DecidedAt: r.DecidedAt, Note: r.Note}
}

func parseBig(field, s string) (*big.Int, error) {
	v, ok := new(big.Int).SetString(strings.TrimSpace(s), 10)
	if !ok {
		return nil, errs.E(errs.Invalid, "invalid_field", field+" must be an integer written as a decimal string")
	}
	return v, nil
}

func parseAddress(field, s string) (common.Address, error) { return address.Parse(field, s) }

func (h oracleHandlers) submit(w http.ResponseWriter, r *http.Request) error {
	var req valuationRequest
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
	JSON(w, r, http.StatusCreated, toObservationJSON(o))
	return nil
}

func (h oracleHandlers) importCSV(w http.ResponseWriter, r *http.Request) error {
	var req importRequest
	if err := Decode(r, &req); err != nil {
		return err
	}
	res, err := h.svc.ImportCSV(r.Context(), principal(r), strings.NewReader(req.CSV), oracle.ImportOptions{SkipInvalid: req.SkipInvalid})
	if err != nil {
		return err
	}
	if res.Errors == nil {
		res.Errors = []oracle.RowError{}
	}
	JSON(w, r, http.StatusOK, importResponse{Rows: res.Rows, Imported: res.Imported, Duplicates: res.Duplicates, Errors: res.Errors})
	return nil
}

func (h oracleHandlers) value(w http.ResponseWriter, r *http.Request) error {
	asset := chi.URLParam(r, "asset")
	agg, err := h.svc.Value(r.Context(), asset)
	if err != nil {
		return err
	}
	out := aggregateJSON{Asset: asset, Value: agg.Value.String(), Decimals: agg.Decimals,
		Display: oracle.FormatDecimal(agg.Value, agg.Decimals), ObservedAt: agg.ObservedAt,
		Used: toObservationsJSON(agg.Used), Rejected: []outlierJSON{}, Stale: toObservationsJSON(agg.Stale)}
	for _, o := range agg.Rejected {
		out.Rejected = append(out.Rejected, outlierJSON{Observation: toObservationJSON(o.Observation), DistancePPB: bigString(o.DistancePPB)})
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

func listOf[T any](items []T, next int64) List[T] {
	if items == nil {
		items = []T{}
	}
	l := List[T]{Items: items}
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
	out := make([]pushJSON, len(pushes))
	for i, p := range pushes {
		out[i] = toPushJSON(p)
	}
	JSON(w, r, http.StatusOK, listOf(out, next))
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
	JSON(w, r, http.StatusOK, listOf(toObservationsJSON(obs), next))
	return nil
}

func (h oracleHandlers) requestAppraiser(w http.ResponseWriter, r *http.Request) error {
	var req appraiserRequest
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
	JSON(w, r, http.StatusCreated, toAppraiserRequestJSON(ar))
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
	JSON(w, r, http.StatusCreated, toAppraiserRequestJSON(ar))
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
	out := make([]appraiserRequestJSON, len(reqs))
	for i, ar := range reqs {
		out[i] = toAppraiserRequestJSON(ar)
	}
	JSON(w, r, http.StatusOK, listOf(out, next))
	return nil
}

func appraiserRequestID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, errs.E(errs.NotFound, "appraiser_request_not_found", "no such appraiser request")
	}
	return id, nil
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
	JSON(w, r, http.StatusOK, toAppraiserRequestJSON(ar))
	return nil
}

func (h oracleHandlers) approveAppraiser(w http.ResponseWriter, r *http.Request) error {
	return h.decideAppraiser(w, r, h.svc.ApproveAppraiserRequest)
}

func (h oracleHandlers) rejectAppraiser(w http.ResponseWriter, r *http.Request) error {
	return h.decideAppraiser(w, r, h.svc.RejectAppraiserRequest)
}

func (h oracleHandlers) decideAppraiser(w http.ResponseWriter, r *http.Request,
	decide func(context.Context, auth.Principal, int64, string) (oracle.AppraiserRequest, error)) error {
	id, err := appraiserRequestID(r)
	if err != nil {
		return err
	}
	var req decisionRequest
	if err := Decode(r, &req); err != nil {
		return err
	}
	ar, err := decide(r.Context(), principal(r), id, req.Note)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, toAppraiserRequestJSON(ar))
	return nil
}
