package oraclehttp_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/oracle"
	"github.com/tessera-rwa/tessera/oracle/oraclehttp"
)

// eaValues is what the fuzzed adapter knows: one asset with a value, one
// without enough sources, one whose store fails.
type eaValues struct{}

func (eaValues) Value(_ context.Context, asset string) (oracle.Aggregate, error) {
	switch asset {
	case "TBILL":
		return oracle.Aggregate{Value: big.NewInt(10123456789), Decimals: 8, ObservedAt: time.Unix(1735787045, 0),
			Used: make([]oracle.Observation, 3)}, nil
	case "THIN":
		return oracle.Aggregate{}, errs.E(errs.Unavailable, oracle.CodeNotEnoughSources, "1 fresh source(s), 2 needed")
	case "BROKEN":
		return oracle.Aggregate{}, errors.New("connection refused")
	}
	return oracle.Aggregate{}, errs.E(errs.NotFound, oracle.CodeUnknownAsset, `no feed for asset "`+asset+`"`)
}

// eaAnswer is the External Adapter response as a Chainlink node reads it.
type eaAnswer struct {
	JobRunID   *string `json:"jobRunID"`
	StatusCode int     `json:"statusCode"`
	Result     string  `json:"result"`
	Status     string  `json:"status"`
	Data       *struct {
		Result   string `json:"result"`
		Asset    string `json:"asset"`
		Value    string `json:"value"`
		Decimals uint8  `json:"decimals"`
	} `json:"data"`
	Error *struct {
		Name    string `json:"name"`
		Message string `json:"message"`
	} `json:"error"`
}

// FuzzEAHandler posts arbitrary bodies to the External Adapter: every
// answer is JSON in the adapter's shape, its HTTP status equal to its
// statusCode (200, 400 or 500), the job run id echoed (or "1"), and a
// success carries the asset's value as result, data.result and data.value.
func FuzzEAHandler(f *testing.F) {
	for _, s := range []string{
		`{"id": "run-1", "data": {"asset": "TBILL"}, "meta": {"oracleRequest": {}}}`,
		`{"id": 42, "data": {"asset": " TBILL "}}`,
		`{"id": 1e400, "data": {"asset": "TBILL"}}`,
		`{"ID": "x", "Data": {"Asset": "TBILL"}, "id": ""}`,
		`{"id": "run-2", "data": {"asset": "NOPE\u2028"}}`,
		`{"id": null, "data": {"asset": "THIN"}}`,
		`{"id": ["a"], "data": {"asset": "BROKEN"}}`,
		`{"id": "\xff\xfe", "data": {"asset": 7}}`,
		`{"data": {}}`,
		`id=1`,
		``,
	} {
		f.Add([]byte(s))
	}
	h := oraclehttp.EAHandler(eaValues{}, nil)
	f.Fuzz(func(t *testing.T, body []byte) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/ea", bytes.NewReader(body)))
		var a eaAnswer
		if err := json.Unmarshal(rec.Body.Bytes(), &a); err != nil {
			t.Fatalf("%q: answer %q is not JSON: %v", body, rec.Body, err)
		}
		if rec.Header().Get("Content-Type") != "application/json" || rec.Code != a.StatusCode {
			t.Fatalf("%q: HTTP %d %q, statusCode %d", body, rec.Code, rec.Header().Get("Content-Type"), a.StatusCode)
		}
		var req struct {
			ID json.RawMessage `json:"id"`
		}
		wantID := "1"
		if json.Unmarshal(body, &req) == nil {
			var s string
			var n json.Number
			if json.Unmarshal(req.ID, &s) == nil && s != "" {
				wantID = s
			} else if json.Unmarshal(req.ID, &n) == nil && n != "" {
				wantID = n.String()
			}
		}
		if a.JobRunID == nil || *a.JobRunID != wantID {
			t.Fatalf("%q: jobRunID %v, want %q", body, a.JobRunID, wantID)
		}
		switch a.StatusCode {
		case http.StatusOK:
			if a.Error != nil || a.Status != "" || a.Data == nil || a.Data.Asset != "TBILL" || a.Result != "10123456789" || a.Data.Result != a.Result {
				t.Fatalf("%q: success %s", body, rec.Body)
			}
			v, err := oracle.ParseDecimal(a.Data.Value, a.Data.Decimals)
			if err != nil || v.String() != a.Result {
				t.Fatalf("%q: data.value %q at %d decimals is not result %s", body, a.Data.Value, a.Data.Decimals, a.Result)
			}
		case http.StatusBadRequest, http.StatusInternalServerError:
			if a.Error == nil || a.Error.Name == "" || a.Error.Message == "" || a.Status != "errored" || a.Data != nil || a.Result != "" {
				t.Fatalf("%q: failure %s", body, rec.Body)
			}
			if bytes.Contains(rec.Body.Bytes(), []byte("connection refused")) {
				t.Fatalf("%q: internal detail in %s", body, rec.Body)
			}
		default:
			t.Fatalf("%q: status %d", body, a.StatusCode)
		}
	})
}
