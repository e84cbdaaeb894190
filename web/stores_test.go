package web

import (
	"testing"

	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

// withTestStores puts cfg's records on a fresh database, for the tests
// inside this package (which cannot use webtest: it imports web).
func withTestStores(tb testing.TB, cfg Config) Config {
	tb.Helper()
	pool := pgtest.NewDB(tb)
	keys, err := apikey.NewService(apikey.ServiceConfig{Store: postgres.NewAPIKeyStore(pool), MasterKey: cfg.MasterKey, Now: cfg.Now})
	if err != nil {
		tb.Fatal(err)
	}
	cfg.Keys, cfg.Idempotency = keys, postgres.NewIdempotencyStore(pool)
	if cfg.Nonces == nil {
		cfg.Nonces = postgres.NewNonceStore(pool)
	}
	return cfg
}
