package web

import (
	"math/big"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/go-chi/chi/v5"

	"github.com/tessera-rwa/tessera/chain/address"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/oracle"
	"github.com/tessera-rwa/tessera/web/apikey"
)

// OracleRoutes returns the oracle's /v1 routes, served by svc; pass them in
// Config.Routes. The Chainlink External Adapter (oraclehttp.EAHandler) is
// not among them: a Chainlink node cannot sign requests, so it is mounted
// apart, where only the node can reach it.
func OracleRoutes(svc *oracle.Service) []Route {
	h := oracleHandlers{svc: svc}
	writers := []apikey.Scope{apikey.Oracle}
	admin := []apikey.Scope{apikey.Admin}
	return []Route{
		{Method: "POST", Pattern: "/oracle/valuations", Summary: "Submit a valuation signed by a registered appraiser (EIP-712, see docs/chainlink.md)",
			Scopes: writers, Status: http.StatusCreated, Request: valuationRequest{}, Response: observationJSON{}, Handler: h.submit},
		{Method: "POST", Pattern: "/oracle/imports", Summary: "Import historical valuations from CSV (asset,value,observed_at[,source])",
			Scopes: writers, Idempotency: IdempotencyRequired, Request: importRequest{}, Response: importResponse{}, Handler: h.importCSV},
		{Method: "GET", Pattern: "/oracle/assets/{asset}/value", Summary: "The value the relay would push now: median of the fresh observations",
			Scopes: writers, Response: aggregateJSON{}, Handler: h.value},
		{Method: "GET", Pattern: "/oracle/assets/{asset}/history", Summary: "The feed updates of an asset, newest first, each with the observations behind it",
			Scopes: writers, Response: pushJSON{}, Paginated: true, Handler: h.history},
		{Method: "GET", Pattern: "/oracle/assets/{asset}/observations", Summary: "The observations of an asset, newest first",
			Scopes: writers, Response: observationJSON{}, Paginated: true, Handler: h.observations},
		{Method: "POST", Pattern: "/oracle/assets/{asset}/appraisers", Summary: "Register an appraiser's address for an asset",
			Scopes: admin, Status: http.StatusCreated, Request: appraiserRequest{}, Response: appraiserJSON{}, Handler: h.addAppraiser},
		{Method: "POST", Pattern: "/oracle/assets/{asset}/appraisers/{address}/revoke", Summary: "Stop accepting an appraiser's valuations of an asset",
			Scopes: admin, Status: http.StatusNoContent, Handler: h.revokeAppraiser},
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

type importRequest struct {
	CSV         string `json:"csv"`
	Label       string `json:"label,omitempty"`
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
	Raw        string    `json:"raw"` // the payload as received; hex (0x…) when not UTF-8 text
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

type appraiserJSON struct {
	Address   string     `json:"address"`
	Asset     string     `json:"asset"`
	Name      string     `json:"name"`
	CreatedAt time.Time  `json:"created_at"`
	RevokedAt *time.Time `json:"revoked_at,omitempty"`
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
		ReceivedAt: o.ReceivedAt, Nonce: bigString(o.Nonce), Raw: string(o.Raw)}
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

func toAppraiserJSON(a oracle.Appraiser) appraiserJSON {
	return appraiserJSON{Address: a.Address.Hex(), Asset: a.Asset, Name: a.Name, CreatedAt: a.CreatedAt, RevokedAt: a.RevokedAt}
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
	o, err := h.svc.Submit(r.Context(), oracle.SignedValuation{
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
	res, err := h.svc.ImportCSV(r.Context(), strings.NewReader(req.CSV), oracle.ImportOptions{Label: req.Label, SkipInvalid: req.SkipInvalid})
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

func (h oracleHandlers) addAppraiser(w http.ResponseWriter, r *http.Request) error {
	var req appraiserRequest
	if err := Decode(r, &req); err != nil {
		return err
	}
	addr, err := parseAddress("address", req.Address)
	if err != nil {
		return err
	}
	a, err := h.svc.AddAppraiser(r.Context(), addr, chi.URLParam(r, "asset"), req.Name)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusCreated, toAppraiserJSON(a))
	return nil
}

func (h oracleHandlers) revokeAppraiser(w http.ResponseWriter, r *http.Request) error {
	addr, err := parseAddress("address", chi.URLParam(r, "address"))
	if err != nil {
		return err
	}
	if err := h.svc.RevokeAppraiser(r.Context(), addr, chi.URLParam(r, "asset")); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}
