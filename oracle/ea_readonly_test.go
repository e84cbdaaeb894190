package oracle_test

import (
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/oracle"
	"github.com/tessera-rwa/tessera/oracle/oraclehttp"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

// The External Adapter only reads: whatever a caller puts in a bridge
// request (a value, a result, a source, another method), the answer is the
// aggregate of the registered sources and nothing is stored.
func TestEAOnlyReads(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store := &postgres.OracleStore{Pool: pgtest.NewDB(t)}
	svc := mustService(t, store, nil, testFeed("TBILL", common.HexToAddress("0xfeed")))
	key, addr := mustKey(t)
	mustAppraiser(t, svc, addr, "TBILL")
	if _, err := svc.Submit(ctx, testFeeder, mustSign(t, svc, key, oracle.Valuation{Asset: "TBILL", Value: big.NewInt(10_005_000_000),
		Decimals: 8, ObservedAt: uint64(time.Now().Unix()), Nonce: big.NewInt(1)})); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(oraclehttp.EAHandler(svc, nil))
	t.Cleanup(srv.Close)

	for _, tt := range []struct{ method, body string }{
		{"POST", `{"id": "1", "data": {"asset": "TBILL", "value": "1", "result": "100000000", "source": "ghost", "observedAt": 4102444800}}`},
		{"POST", `{"id": "2", "data": {"asset": "TBILL"}, "result": "1", "value": "1", "meta": {"source": "ghost"}}`},
		{"PUT", `{"id": "3", "data": {"asset": "TBILL", "value": "1"}}`},
		{"DELETE", ``},
	} {
		r, _ := http.NewRequest(tt.method, srv.URL, strings.NewReader(tt.body))
		r.Header.Set("Content-Type", "application/json")
		resp, err := srv.Client().Do(r)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		var got struct {
			Result string `json:"result"`
		}
		_ = json.Unmarshal(body, &got)
		if tt.method == "POST" && (resp.StatusCode != 200 || got.Result != "10005000000") {
			t.Fatalf("%s %s: %d %s", tt.method, tt.body, resp.StatusCode, body)
		}
		if tt.method != "POST" && resp.StatusCode != http.StatusMethodNotAllowed {
			t.Fatalf("%s: %d %s", tt.method, resp.StatusCode, body)
		}
	}
	obs, _, err := svc.Observations(ctx, "TBILL", oracle.Page{})
	if err != nil || len(obs) != 1 {
		t.Fatalf("%d observations after bridge requests (%v), want the appraiser's 1", len(obs), err)
	}
	agg, err := svc.Value(ctx, "TBILL")
	if err != nil || agg.Value.String() != "10005000000" || len(agg.Used) != 1 {
		t.Fatalf("value %v of %d sources, %v", agg.Value, len(agg.Used), err)
	}
}
