package oraclehttp_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/oracle"
	"github.com/tessera-rwa/tessera/oracle/oraclehttp"
)

// valuer answers from a fixed table.
type valuer map[string]func() (oracle.Aggregate, error)

func (v valuer) Value(_ context.Context, asset string) (oracle.Aggregate, error) {
	f, ok := v[asset]
	if !ok {
		return oracle.Aggregate{}, errs.E(errs.NotFound, oracle.CodeUnknownAsset, `no feed for asset "`+asset+`"`)
	}
	return f()
}

func TestEAHandler(t *testing.T) {
	t.Parallel()
	observed := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	big1, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	v := valuer{
		"TBILL": func() (oracle.Aggregate, error) {
			return oracle.Aggregate{Value: big.NewInt(10123456789), Decimals: 8, ObservedAt: observed,
				Used: make([]oracle.Observation, 3)}, nil
		},
		"HUGE": func() (oracle.Aggregate, error) {
			return oracle.Aggregate{Value: big1, Decimals: 18, ObservedAt: observed, Used: make([]oracle.Observation, 1)}, nil
		},
		"THIN": func() (oracle.Aggregate, error) {
			return oracle.Aggregate{}, errs.E(errs.Unavailable, oracle.CodeNotEnoughSources, "1 fresh source(s), 2 needed (0 stale, 0 outlier(s))")
		},
		"BROKEN": func() (oracle.Aggregate, error) {
			return oracle.Aggregate{}, errors.New("connection refused to 10.0.0.7")
		},
	}
	srv := httptest.NewServer(oraclehttp.EAHandler(v, nil))
	t.Cleanup(srv.Close)

	tests := []struct {
		name   string
		method string
		body   string
		status int
		want   string // the exact JSON answer
	}{
		{"value", "POST", `{"id": "run-1", "data": {"asset": "TBILL"}, "meta": {"oracleRequest": {}}}`, 200,
			`{"jobRunID":"run-1","data":{"result":"10123456789","asset":"TBILL","value":"101.23456789","decimals":8,"sources":3,"observedAt":1735787045},"result":"10123456789","statusCode":200}`},
		{"numeric id and a value beyond float64", "POST", `{"id": 42, "data": {"asset": "HUGE"}}`, 200,
			`{"jobRunID":"42","data":{"result":"123456789012345678901234567890","asset":"HUGE","value":"123456789012.345678901234567890","decimals":18,"sources":1,"observedAt":1735787045},"result":"123456789012345678901234567890","statusCode":200}`},
		{"no id", "POST", `{"data": {"asset": "TBILL"}}`, 200,
			`{"jobRunID":"1","data":{"result":"10123456789","asset":"TBILL","value":"101.23456789","decimals":8,"sources":3,"observedAt":1735787045},"result":"10123456789","statusCode":200}`},
		{"unknown asset", "POST", `{"id": "run-2", "data": {"asset": "NOPE"}}`, 400,
			`{"jobRunID":"run-2","statusCode":400,"status":"errored","error":{"name":"AdapterInputError","message":"no feed for asset \"NOPE\""}}`},
		{"no asset", "POST", `{"id": "run-3", "data": {}}`, 400,
			`{"jobRunID":"run-3","statusCode":400,"status":"errored","error":{"name":"AdapterInputError","message":"data.asset is required"}}`},
		{"not JSON", "POST", `id=1`, 400,
			`{"jobRunID":"1","statusCode":400,"status":"errored","error":{"name":"AdapterInputError","message":"the request body is not a JSON bridge request"}}`},
		{"too few sources", "POST", `{"id": "run-4", "data": {"asset": "THIN"}}`, 500,
			`{"jobRunID":"run-4","statusCode":500,"status":"errored","error":{"name":"AdapterDataProviderError","message":"1 fresh source(s), 2 needed (0 stale, 0 outlier(s))"}}`},
		{"internal failure hides details", "POST", `{"id": "run-5", "data": {"asset": "BROKEN"}}`, 500,
			`{"jobRunID":"run-5","statusCode":500,"status":"errored","error":{"name":"AdapterError","message":"internal error"}}`},
		{"GET", "GET", ``, 405,
			`{"jobRunID":"1","statusCode":405,"status":"errored","error":{"name":"AdapterInputError","message":"use POST"}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			req, _ := http.NewRequest(tt.method, srv.URL+"/ea", strings.NewReader(tt.body))
			req.Header.Set("Content-Type", "application/json")
			resp, err := srv.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tt.status || resp.Header.Get("Content-Type") != "application/json" {
				t.Fatalf("status %d %q, want %d", resp.StatusCode, resp.Header.Get("Content-Type"), tt.status)
			}
			var got, want any
			if err := json.Unmarshal(body, &got); err != nil {
				t.Fatalf("answer is not JSON: %s", body)
			}
			_ = json.Unmarshal([]byte(tt.want), &want)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("answer\n %s\nwant\n %s", strings.TrimSpace(string(body)), tt.want)
			}
		})
	}
}

func TestFetcher(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/ok":
			if r.Header.Get("X-Api-Key") != "k" {
				http.Error(w, "no key", http.StatusUnauthorized)
				return
			}
			_, _ = w.Write([]byte(`{"nav":"1"}`))
		case "/big":
			_, _ = w.Write([]byte(strings.Repeat("x", 2048)))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	f := &oraclehttp.Fetcher{Header: http.Header{"X-Api-Key": {"k"}}, MaxBytes: 1024}
	ctx := context.Background()
	if b, err := f.Fetch(ctx, srv.URL+"/ok"); err != nil || string(b) != `{"nav":"1"}` {
		t.Fatalf("ok: %q, %v", b, err)
	}
	if _, err := f.Fetch(ctx, srv.URL+"/big"); !errs.Is(err, errs.Unavailable) {
		t.Fatalf("over the limit: %v", err)
	}
	if _, err := f.Fetch(ctx, srv.URL+"/gone"); !errs.Is(err, errs.Unavailable) {
		t.Fatalf("404: %v", err)
	}
}
