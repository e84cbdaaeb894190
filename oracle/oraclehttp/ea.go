package oraclehttp

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"strings"

	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/oracle"
)

// Valuer is what the External Adapter serves: oracle.Service.
type Valuer interface {
	Value(ctx context.Context, asset string) (oracle.Aggregate, error)
}

// eaRequest is a Chainlink bridge request. The node also sends meta and
// responseURL, which are ignored.
type eaRequest struct {
	ID   json.RawMessage `json:"id"`
	Data struct {
		Asset string `json:"asset"`
	} `json:"data"`
}

// eaResult is the data of a successful answer. Result is the integer the
// feed would store (the value scaled by 10^decimals) as a decimal string,
// so no JSON reader rounds it through a float.
type eaResult struct {
	Result     string `json:"result"`
	Asset      string `json:"asset"`
	Value      string `json:"value"` // Result with the decimal point
	Decimals   uint8  `json:"decimals"`
	Sources    int    `json:"sources"`
	ObservedAt int64  `json:"observedAt"` // Unix seconds of the newest observation used
}

type eaResponse struct {
	JobRunID   string    `json:"jobRunID"`
	Data       *eaResult `json:"data,omitempty"`
	Result     string    `json:"result,omitempty"`
	StatusCode int       `json:"statusCode"`
	Status     string    `json:"status,omitempty"`
	Error      *eaError  `json:"error,omitempty"`
}

type eaError struct {
	Name    string `json:"name"`
	Message string `json:"message"`
}

// EAHandler serves Chainlink's External Adapter protocol: POST
//
//	{"id": "<job run id>", "data": {"asset": "TBILL"}}
//
// is answered with the value the relay would push now,
//
//	{"jobRunID": "<id>", "data": {"result": "10123456789", ...}, "result": "10123456789", "statusCode": 200}
//
// and failures in the adapter error shape,
//
//	{"jobRunID": "<id>", "status": "errored", "statusCode": 400|500, "error": {"name": ..., "message": ...}}
//
// with 400 for a bad request or an unknown asset and 500 when no value can
// be given (too few fresh sources, a store failure). The HTTP status equals
// statusCode. Internal details are logged, never returned.
func EAHandler(v Valuer, log *slog.Logger) http.Handler {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req eaRequest
		jobRunID := "1" // the adapter framework's default when the node sends none
		fail := func(status int, name, msg string) {
			writeEA(w, eaResponse{JobRunID: jobRunID, Status: "errored", StatusCode: status, Error: &eaError{Name: name, Message: msg}})
		}
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			fail(http.StatusMethodNotAllowed, "AdapterInputError", "use POST")
			return
		}
		body, err := io.ReadAll(io.LimitReader(r.Body, 64<<10+1))
		if err != nil || len(body) > 64<<10 {
			fail(http.StatusBadRequest, "AdapterInputError", "the request body is unreadable or larger than 64 KiB")
			return
		}
		// The id is read even when another field has the wrong type, so
		// the node can match the error to its job run.
		err = json.Unmarshal(body, &req)
		if id := jobID(req.ID); id != "" {
			jobRunID = id
		}
		if err != nil {
			fail(http.StatusBadRequest, "AdapterInputError", "the request body is not a JSON bridge request")
			return
		}
		asset := strings.TrimSpace(req.Data.Asset)
		if asset == "" {
			fail(http.StatusBadRequest, "AdapterInputError", `data.asset is required`)
			return
		}
		agg, err := v.Value(r.Context(), asset)
		if err != nil {
			switch kind := errs.KindOf(err); {
			case kind == errs.Invalid || kind == errs.NotFound:
				fail(http.StatusBadRequest, "AdapterInputError", errs.As(err).Message)
			case kind == errs.Internal:
				log.Error("external adapter: value failed", "asset", asset, "job_run_id", jobRunID, "err", err)
				fail(http.StatusInternalServerError, "AdapterError", "internal error")
			default:
				msg := "no value available now"
				if e := errs.As(err); e != nil {
					msg = e.Message
				}
				log.Warn("external adapter: no value", "asset", asset, "job_run_id", jobRunID, "err", err)
				fail(http.StatusInternalServerError, "AdapterDataProviderError", msg)
			}
			return
		}
		res := &eaResult{
			Result:     agg.Value.String(),
			Asset:      asset,
			Value:      oracle.FormatDecimal(agg.Value, agg.Decimals),
			Decimals:   agg.Decimals,
			Sources:    len(agg.Used),
			ObservedAt: agg.ObservedAt.Unix(),
		}
		writeEA(w, eaResponse{JobRunID: jobRunID, Data: res, Result: res.Result, StatusCode: http.StatusOK})
	})
}

// jobID accepts the id as a JSON string or number.
func jobID(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return ""
}

func writeEA(w http.ResponseWriter, resp eaResponse) {
	b, _ := json.Marshal(resp)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(resp.StatusCode)
	_, _ = w.Write(append(b, '\n'))
}
