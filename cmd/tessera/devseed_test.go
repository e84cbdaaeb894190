package main

import (
	"context"
	"testing"
	"time"

	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/web/apikey"
	"github.com/tessera-rwa/tessera/web/seal"
)

// checkSeededDemo reads the demo through the API with an auditor key: the
// treasury fund and the building are active assets whose cap tables show
// the three demo investors and reconcile with the chain.
func checkSeededDemo(t *testing.T, dir, dbURL, api string) {
	t.Helper()
	ctx := context.Background()
	master, err := seal.LoadOrCreateDevMasterKey(dir)
	if err != nil {
		t.Fatal(err)
	}
	pool, err := postgres.Open(ctx, dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	keys, err := apikey.NewService(apikey.ServiceConfig{Store: postgres.NewAPIKeyStore(pool), MasterKey: master})
	if err != nil {
		t.Fatal(err)
	}
	k, secret, err := keys.Create(ctx, apikey.CreateParams{Name: "dev-test-auditor", Scopes: []apikey.Scope{apikey.Auditor}})
	if err != nil {
		t.Fatal(err)
	}
	c, err := client.New(client.Config{BaseURL: api, KeyID: k.ID, Secret: secret})
	if err != nil {
		t.Fatal(err)
	}
	seeded := map[string]issuance.Asset{}
	for a, err := range c.Assets(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		if a.State == issuance.Active {
			seeded[a.Symbol] = a
		}
	}
	for _, sym := range []string{"TTF", "BLDG"} {
		a, ok := seeded[sym]
		if !ok || a.Token == nil {
			t.Fatalf("the demo asset %s is not active through the API (seen %v)", sym, seeded)
		}
		for deadline := time.Now().Add(time.Minute); ; {
			ct, err := c.CapTable(ctx, a.ID)
			if err != nil {
				t.Fatal(err)
			}
			if len(ct.Holders) >= 3 && ct.Reconciled {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s cap table within a minute: %+v", sym, ct)
			}
			time.Sleep(200 * time.Millisecond)
		}
	}
}
