package issuance_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/tessera-rwa/tessera/api"
)

// An asset id with a character percent-encoded names the same asset, for
// reads and signed writes alike: the server decodes path parameters once,
// from the escaped path the signature covers. Escaping the escape (%25)
// names something else, not the asset decoded twice.
func TestAssetIDPercentEncoded(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	a, err := e.issuer.CreateAsset(ctx, fund())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.ID, "-") {
		t.Fatalf("asset id %q has no '-' to encode", a.ID)
	}
	escaped := strings.Replace(a.ID, "-", "%2D", 1)

	var got api.Asset
	if err := e.auditor.Do(ctx, http.MethodGet, "/v1/assets/"+escaped, nil, &got); err != nil || got.ID != a.ID {
		t.Fatalf("GET /v1/assets/%s: %+v, %v; want asset %s", escaped, got, err, a.ID)
	}
	var events []api.AssetEvent
	if err := e.auditor.Do(ctx, http.MethodGet, "/v1/assets/"+escaped+"/events", nil, &events); err != nil || len(events) != 1 {
		t.Fatalf("GET /v1/assets/%s/events: %+v, %v", escaped, events, err)
	}
	if err := e.issuer.Do(ctx, http.MethodPost, "/v1/assets/"+escaped+"/transitions",
		api.Transition{To: "submitted"}, &got); err != nil || got.ID != a.ID || got.State != "submitted" {
		t.Fatalf("POST /v1/assets/%s/transitions: %+v, %v", escaped, got, err)
	}

	twice := strings.Replace(a.ID, "-", "%252D", 1)
	err = e.auditor.Do(ctx, http.MethodGet, "/v1/assets/"+twice, nil, &got)
	mustCode(t, err, http.StatusNotFound, "asset_not_found")
}
