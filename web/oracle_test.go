package web_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/oracle"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/webtest"
)

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
	chainID, feed := big.NewInt(31337), common.HexToAddress("0xfeed")
	svc, err := oracle.NewService(oracle.ServiceConfig{Store: &postgres.OracleStore{Pool: pool}, ChainID: chainID,
		Keys: postgres.NewAPIKeyStore(pool), Feeds: []oracle.Feed{{
			Asset: "TBILL", Address: feed, Decimals: 8,
			Aggregation: oracle.AggregationConfig{MaxAge: time.Hour},
			Policy:      oracle.Policy{DeviationPPB: 5_000_000, Heartbeat: 24 * time.Hour},
		}}})
	if err != nil {
		t.Fatal(err)
	}
	srv := webtest.StartOn(t, pool, web.Config{Routes: web.OracleRoutes(svc)})
	type keyed struct {
		*client.Client
		actor string
	}
	clientFor := func(name, owner string, scopes ...apikey.Scope) keyed {
		id, secret := srv.NewOwnedKey(t, name, owner, scopes...)
		return keyed{srv.Client(t, id, secret), "key:" + id}
	}
	admin := clientFor("admin", "ops@example.com", apikey.Admin)
	adminAgain := clientFor("admin 2", "ops@example.com", apikey.Admin, apikey.Approver) // the same owner, a second key
	approver := clientFor("approver", "risk@example.com", apikey.Approver)
	feeder := clientFor("feeder", "feeds@example.com", apikey.Oracle)
	auditor := clientFor("auditor", "audit@example.com", apikey.Auditor)
	issuer := clientFor("issuer", "issuer@example.com", apikey.Issuer)

	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	// Each nonce observes its own second, the later nonces the earlier
	// seconds, counted from one clock reading: two submissions never share
	// a time however the test's calls fall across a second boundary.
	start := time.Now().Unix()
	sign := func(value int64, nonce int64) map[string]any {
		v := oracle.Valuation{Asset: "TBILL", Value: big.NewInt(value), Decimals: 8, ObservedAt: uint64(start - nonce), Nonce: big.NewInt(nonce)}
		sv, err := v.Sign(oracle.Domain{ChainID: chainID, Feed: feed}, key)
		if err != nil {
			t.Fatal(err)
		}
		return map[string]any{"asset": "TBILL", "value": v.Value.String(), "decimals": 8, "observed_at": v.ObservedAt,
			"nonce": v.Nonce.String(), "signature": hexutil.Encode(sv.Signature)}
	}

	// Registration: requested by one key, pending until an independent
	// key approves; the requester's owner cannot approve with another key.
	var req api.AppraiserRequest
	if err := admin.Do(ctx, "POST", "/v1/oracle/assets/TBILL/appraisers", map[string]string{"address": addr.Hex(), "name": "Fund admin"}, &req); err != nil {
		t.Fatal(err)
	}
	if req.Address != addr || req.State != "pending" || req.Change != "register" || req.RequestedBy != admin.actor {
		t.Fatalf("appraiser request %+v", req)
	}
	err = feeder.Do(ctx, "POST", "/v1/oracle/assets/TBILL/appraisers", map[string]string{"address": addr.Hex(), "name": "x"}, nil)
	wantAPIError(t, err, http.StatusForbidden, "missing_scope")
	wantAPIError(t, feeder.Do(ctx, "POST", "/v1/oracle/valuations", sign(10_012_345_678, 1), nil), http.StatusForbidden, oracle.CodeNotAppraiser)
	approve := fmt.Sprintf("/v1/oracle/appraiser-requests/%d/approve", req.ID)
	wantAPIError(t, adminAgain.Do(ctx, "POST", approve, map[string]string{}, nil), http.StatusForbidden, "self_approval")
	wantAPIError(t, feeder.Do(ctx, "POST", approve, map[string]string{}, nil), http.StatusForbidden, "missing_scope")
	var pending api.List[api.AppraiserRequest]
	if err := approver.Do(ctx, "GET", "/v1/oracle/assets/TBILL/appraiser-requests", nil, &pending); err != nil ||
		len(pending.Items) != 1 || pending.Items[0].State != "pending" {
		t.Fatalf("requests before approval: %+v, %v", pending, err)
	}
	if err := approver.Do(ctx, "POST", approve, map[string]string{"note": "engagement letter on file"}, &req); err != nil {
		t.Fatal(err)
	}
	if req.State != "approved" || req.DecidedBy != approver.actor {
		t.Fatalf("approved request %+v", req)
	}
	wantAPIError(t, approver.Do(ctx, "POST", approve, map[string]string{}, nil), http.StatusConflict, oracle.CodeAlreadyDecided)

	var got api.Observation
	first := sign(10_012_345_678, 1)
	if err := feeder.Do(ctx, "POST", "/v1/oracle/valuations", first, &got); err != nil {
		t.Fatal(err)
	}
	if got.Value != "10012345678" || got.Display != "100.12345678" || got.Signer == nil || *got.Signer != addr || !strings.Contains(got.Raw, `"nonce":"1"`) ||
		got.Imported || got.Actor != feeder.actor {
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

	var value api.Aggregate
	if err := auditor.Do(ctx, "GET", "/v1/oracle/assets/TBILL/value", nil, &value); err != nil {
		t.Fatal(err)
	}
	// One source (the appraiser), so its latest observation is the value.
	if value.Value != "10012345678" || len(value.Used) != 1 {
		t.Fatalf("value %+v", value)
	}
	wantAPIError(t, auditor.Do(ctx, "GET", "/v1/oracle/assets/NOPE/value", nil, nil), http.StatusNotFound, oracle.CodeUnknownAsset)

	// Imports: history only, under the importing key; no label, no source.
	var imported struct {
		Imported int `json:"imported"`
	}
	csv := "asset,value,observed_at\nTBILL,99.5,2024-01-31\nTBILL,99.75,2024-02-29\n"
	if err := feeder.Do(ctx, "POST", "/v1/oracle/imports", map[string]any{"csv": csv}, &imported); err != nil || imported.Imported != 2 {
		t.Fatalf("import: %+v, %v", imported, err)
	}
	err = feeder.Do(ctx, "POST", "/v1/oracle/imports", map[string]any{"csv": csv, "label": "history"}, nil)
	wantAPIError(t, err, http.StatusBadRequest, "unknown_field")
	err = feeder.Do(ctx, "POST", "/v1/oracle/imports", map[string]any{"csv": "asset,value,observed_at,source\nTBILL,1," +
		time.Now().UTC().Format(time.RFC3339) + ",ghost\n"}, nil)
	wantAPIError(t, err, http.StatusBadRequest, oracle.CodeSourceColumn)
	err = feeder.Do(ctx, "POST", "/v1/oracle/imports", map[string]any{"csv": "asset,value,observed_at\nTBILL,x,2024-01-31\n"}, nil)
	wantAPIError(t, err, http.StatusBadRequest, "bad_rows")
	if !strings.Contains(err.Error(), "line 2") {
		t.Fatalf("the error does not name the row: %v", err)
	}

	// Four observations, two per page, newest first; imports marked.
	var page1, page2 api.List[api.Observation]
	if err := auditor.Do(ctx, "GET", "/v1/oracle/assets/TBILL/observations?limit=2", nil, &page1); err != nil {
		t.Fatal(err)
	}
	if len(page1.Items) != 2 || page1.NextCursor == "" || page1.Items[0].ID < page1.Items[1].ID ||
		!page1.Items[0].Imported || page1.Items[0].Source != "csv:"+feeder.actor || page1.Items[0].Actor != feeder.actor {
		t.Fatalf("page 1 %+v", page1)
	}
	if err := auditor.Do(ctx, "GET", "/v1/oracle/assets/TBILL/observations?limit=2&cursor="+page1.NextCursor, nil, &page2); err != nil {
		t.Fatal(err)
	}
	if len(page2.Items) != 2 || page2.NextCursor != "" || page2.Items[0].ID >= page1.Items[1].ID || page2.Items[0].Imported {
		t.Fatalf("page 2 %+v", page2)
	}
	var history api.List[api.Push]
	if err := auditor.Do(ctx, "GET", "/v1/oracle/assets/TBILL/history", nil, &history); err != nil || len(history.Items) != 0 {
		t.Fatalf("history before any push: %+v, %v", history, err)
	}

	// Revocation: four-eyes too, and rejection needs a note.
	var rev api.AppraiserRequest
	if err := adminAgain.Do(ctx, "POST", "/v1/oracle/assets/TBILL/appraisers/"+addr.Hex()+"/revoke", nil, &rev); err != nil {
		t.Fatal(err)
	}
	if rev.Change != "revoke" || rev.State != "pending" {
		t.Fatalf("revocation request %+v", rev)
	}
	if err := feeder.Do(ctx, "POST", "/v1/oracle/valuations", sign(10_000_000_000, 6), nil); err != nil {
		t.Fatalf("submission while the revocation is pending: %v", err)
	}
	wantAPIError(t, admin.Do(ctx, "POST", fmt.Sprintf("/v1/oracle/appraiser-requests/%d/approve", rev.ID), map[string]string{}, nil),
		http.StatusForbidden, "self_approval")
	wantAPIError(t, approver.Do(ctx, "POST", fmt.Sprintf("/v1/oracle/appraiser-requests/%d/reject", rev.ID), map[string]string{}, nil),
		http.StatusBadRequest, "reason_required")
	if err := approver.Do(ctx, "POST", fmt.Sprintf("/v1/oracle/appraiser-requests/%d/approve", rev.ID), map[string]string{}, &rev); err != nil ||
		rev.State != "approved" {
		t.Fatalf("approve revocation: %+v, %v", rev, err)
	}
	var one api.AppraiserRequest
	if err := auditor.Do(ctx, "GET", fmt.Sprintf("/v1/oracle/appraiser-requests/%d", rev.ID), nil, &one); err != nil || !reflect.DeepEqual(one, rev) {
		t.Fatalf("request %+v, want %+v, %v", one, rev, err)
	}
	wantAPIError(t, auditor.Do(ctx, "GET", "/v1/oracle/appraiser-requests/999999", nil, nil), http.StatusNotFound, "appraiser_request_not_found")
	wantAPIError(t, feeder.Do(ctx, "POST", "/v1/oracle/valuations", sign(1, 7), nil), http.StatusForbidden, oracle.CodeNotAppraiser)
}
