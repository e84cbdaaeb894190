package indexer_test

import (
	"context"
	"testing"
	"time"

	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/chain/indexer"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

// The advisory lock an indexer leads its chain under must never change: a
// replica of the previous release and one of this release take it during a
// rolling upgrade, and two different keys would mean two indexers writing
// one cursor. The key is pinned for chain 31337.
func TestChainLockKeyIsPinned(t *testing.T) {
	t.Parallel()
	e := newIndexEnv(t, devnet.AnvilConfig{})
	if e.anvil.ChainID.Int64() != 31337 {
		t.Fatalf("chain %s, the pinned key is for 31337", e.anvil.ChainID)
	}
	const name, key = "indexer/31337", -7112326407122836665
	if got := indexer.LockName(e.anvil.ChainID); got != name {
		t.Fatalf("LockName = %q, pinned %q", got, name)
	}
	if got := postgres.LockKey(name); got != key {
		t.Fatalf("LockKey(%q) = %d, pinned %d", name, got, key)
	}
	// The running indexer takes exactly that key.
	locker := &postgres.Leader{Pool: e.store.Pool, Retry: 20 * time.Millisecond}
	idx := mustIndexer(t, e.config(func(c *indexer.Config) { c.Locker = locker }))
	if err := idx.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = idx.Stop(context.Background()) })
	pgtest.WaitAdvisoryLock(t, e.store.Pool, key, 10*time.Second)
}
