// Package txmgrtest wires transaction managers for tests: a real PostgreSQL
// store, advisory-lock leadership and a key signer against a real node.
package txmgrtest

import (
	"context"
	"crypto/ecdsa"
	"log/slog"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/postgres"
)

// Config returns a manager configuration that signs with key, stores in
// pool and logs through t, polling fast. abis decode reverts.
func Config(t testing.TB, client txmgr.Client, pool *pgxpool.Pool, key *ecdsa.PrivateKey, chainID *big.Int, abis ...*abi.ABI) txmgr.Config {
	return txmgr.Config{
		Client:       client,
		Store:        &postgres.TxStore{Pool: pool},
		Locker:       &postgres.Leader{Pool: pool, Retry: 50 * time.Millisecond},
		Signer:       txmgr.NewKeySigner(key),
		ChainID:      chainID,
		Decoder:      txmgr.NewDecoder(abis...),
		Logger:       slog.New(slog.NewTextHandler(Writer{t}, &slog.HandlerOptions{Level: slog.LevelInfo})),
		PollInterval: 20 * time.Millisecond,
	}
}

// Start starts a manager for cfg, stopped when the test ends.
func Start(t testing.TB, cfg txmgr.Config) *txmgr.Manager {
	t.Helper()
	m, err := txmgr.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = m.Stop(context.Background()) })
	return m
}

// WaitAll waits for every key to be Done and returns the requests.
func WaitAll(t testing.TB, m *txmgr.Manager, keys []string) []txmgr.Request {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	out := make([]txmgr.Request, len(keys))
	for i, k := range keys {
		r, err := m.Wait(ctx, k)
		if err != nil {
			t.Fatalf("wait %s: %v (state %s)", k, err, r.State)
		}
		out[i] = r
	}
	return out
}

// Writer sends log lines to the test log.
type Writer struct{ T testing.TB }

func (w Writer) Write(p []byte) (int, error) {
	w.T.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}
