package web_test

import (
	"context"
	"errors"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/oracle"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/apikey"
	"github.com/tessera-rwa/tessera/web/webtest"
)

type oracleList[T any] struct {
	Items      []T    `json:"items"`
	NextCursor string `json:"next_cursor"`
}

type observationOut struct {
	ID      int64  `json:"id"`
	Source  string `json:"source"`
	Value   string `json:"value"`
	Display string `json:"display"`
	Signer  string `json:"signer"`
	Raw     string `json:"raw"`
}

func wantAPIError(tb testing.TB, err error, status int, code string) {
	tb.Helper()
	var e *client.Error
	if !errors.As(err, &e) || e.Status != status || e.Code != code {
		tb.Fatalf("got %v, want %d %s", err, status, code)
	}
}

func TestOracleRoutes(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.NewDB(t)
	chainID := big.NewInt(31337)
	svc, err := oracle.NewService(oracle.ServiceConfig{Store: &postgres.OracleStore{Pool: pool}, ChainID: chainID, Feeds: []oracle.Feed{{
		Asset: "TBILL", Address: common.HexToAddress("0xfeed"), Decimals: 8,
		Aggregation: oracle.AggregationConfig{MaxAge: time.Hour},
		Policy:      oracle.Policy{DeviationPPB: 5_000_000, Heartbeat: 24 * time.Hour},
	}}})
	if err != nil {
		t.Fatal(err)
	}
	srv := webtest.Start(t, web.Config{Pool: pool, Routes: web.OracleRoutes(svc)})
	clientFor := func(name string, scope apikey.Scope) *client.Client {
		id, secret := srv.NewKey(t, name, scope)
		return srv.Client(t, id, secret)
	}
	admin := clientFor("admin", apikey.Admin)
	feeder := clientFor("feeder", apikey.Oracle)
	auditor := clientFor("auditor", apikey.Auditor)
	issuer := clientFor("issuer", apikey.Issuer)

	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	var appraiser struct {
		Address string `json:"address"`
		Name    string `json:"name"`
	}
	if err := admin.Do(ctx, "POST", "/v1/oracle/assets/TBILL/appraisers", map[string]string{"address": addr.Hex(), "name": "Fund admin"}, &appraiser); err != nil {
		t.Fatal(err)
	}
	if appraiser.Address != addr.Hex() {
		t.Fatalf("appraiser %+v", appraiser)
	}
	err = feeder.Do(ctx, "POST", "/v1/oracle/assets/TBILL/appraisers", map[string]string{"address": addr.Hex(), "name": "x"}, nil)
	wantAPIError(t, err, http.StatusForbidden, "missing_scope")

	sign := func(value int64, nonce int64) map[string]any {
		v := oracle.Valuation{Asset: "TBILL", Value: big.NewInt(value), Decimals: 8, ObservedAt: uint64(time.Now().Unix() - nonce), Nonce: big.NewInt(nonce)}
		sv, err := v.Sign(chainID, key)
		if err != nil {
			t.Fatal(err)
		}
		return map[string]any{"asset": "TBILL", "value": v.Value.String(), "decimals": 8, "observed_at": v.ObservedAt,
			"nonce": v.Nonce.String(), "signature": hexutil.Encode(sv.Signature)}
	}
	var got observationOut
	first := sign(10_012_345_678, 1)
	if err := feeder.Do(ctx, "POST", "/v1/oracle/valuations", first, &got); err != nil {
		t.Fatal(err)
	}
	if got.Value != "10012345678" || got.Display != "100.12345678" || got.Signer != addr.Hex() || !strings.Contains(got.Raw, `"nonce":"1"`) {
		t.Fatalf("submitted %+v", got)
	}
	wantAPIError(t, feeder.Do(ctx, "POST", "/v1/oracle/valuations", first, nil), http.StatusConflict, oracle.CodeNonceUsed)
	tampered := sign(1, 2)
	tampered["value"] = "2"
	wantAPIError(t, feeder.Do(ctx, "POST", "/v1/oracle/valuations", tampered, nil), http.StatusForbidden, oracle.CodeNotAppraiser)
	bad := sign(1, 3)
	bad["signature"] = "0x1234"
	wantAPIError(t, feeder.Do(ctx, "POST", "/v1/oracle/valuations", bad, nil), http.StatusBadRequest, oracle.CodeBadSignature)
	wantAPIError(t, issuer.Do(ctx, "POST", "/v1/oracle/valuations", sign(1, 4), nil), http.StatusForbidden, "missing_scope")
	if err := feeder.Do(ctx, "POST", "/v1/oracle/valuations", sign(10_000_000_000, 5), nil); err != nil {
		t.Fatal(err)
	}

	var value struct {
		Value   string           `json:"value"`
		Display string           `json:"display"`
		Used    []observationOut `json:"used"`
	}
	if err := auditor.Do(ctx, "GET", "/v1/oracle/assets/TBILL/value", nil, &value); err != nil {
		t.Fatal(err)
	}
	// One source (the appraiser), so its latest observation is the value.
	if value.Value != "10012345678" || len(value.Used) != 1 {
		t.Fatalf("value %+v", value)
	}
	wantAPIError(t, auditor.Do(ctx, "GET", "/v1/oracle/assets/NOPE/value", nil, nil), http.StatusNotFound, oracle.CodeUnknownAsset)

	var imported struct {
		Imported int `json:"imported"`
	}
	csv := "asset,value,observed_at\nTBILL,99.5,2024-01-31\nTBILL,99.75,2024-02-29\n"
	if err := feeder.Do(ctx, "POST", "/v1/oracle/imports", map[string]any{"csv": csv, "label": "history"}, &imported); err != nil || imported.Imported != 2 {
		t.Fatalf("import: %+v, %v", imported, err)
	}
	err = feeder.Do(ctx, "POST", "/v1/oracle/imports", map[string]any{"csv": "asset,value,observed_at\nTBILL,x,2024-01-31\n"}, nil)
	wantAPIError(t, err, http.StatusBadRequest, "bad_rows")
	if !strings.Contains(err.Error(), "line 2") {
		t.Fatalf("the error does not name the row: %v", err)
	}

	// Four observations, two per page, newest first.
	var page1, page2 oracleList[observationOut]
	if err := auditor.Do(ctx, "GET", "/v1/oracle/assets/TBILL/observations?limit=2", nil, &page1); err != nil {
		t.Fatal(err)
	}
	if len(page1.Items) != 2 || page1.NextCursor == "" || page1.Items[0].ID < page1.Items[1].ID {
		t.Fatalf("page 1 %+v", page1)
	}
	if err := auditor.Do(ctx, "GET", "/v1/oracle/assets/TBILL/observations?limit=2&cursor="+page1.NextCursor, nil, &page2); err != nil {
		t.Fatal(err)
	}
	if len(page2.Items) != 2 || page2.NextCursor != "" || page2.Items[0].ID >= page1.Items[1].ID {
		t.Fatalf("page 2 %+v", page2)
	}
	var history oracleList[map[string]any]
	if err := auditor.Do(ctx, "GET", "/v1/oracle/assets/TBILL/history", nil, &history); err != nil || len(history.Items) != 0 {
		t.Fatalf("history before any push: %+v, %v", history, err)
	}

	if err := admin.Do(ctx, "POST", "/v1/oracle/assets/TBILL/appraisers/"+addr.Hex()+"/revoke", nil, nil); err != nil {
		t.Fatal(err)
	}
	wantAPIError(t, feeder.Do(ctx, "POST", "/v1/oracle/valuations", sign(1, 6), nil), http.StatusForbidden, oracle.CodeNotAppraiser)
}
