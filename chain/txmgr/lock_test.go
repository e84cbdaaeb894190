package txmgr_test

import (
	"context"
	"testing"
	"time"

	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

// The advisory lock a manager leads its signer under must never change: a
// replica of the previous release and one of this release take it during a
// rolling upgrade, and two different keys would mean two managers signing
// with one nonce sequence. The key is pinned for anvil's first account on
// chain 31337.
func TestSignerLockKeyIsPinned(t *testing.T) {
	t.Parallel()
	r := newRig(t, devnet.AnvilConfig{})
	if got := r.cfg.Signer.Address().Hex(); got != "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266" || r.cfg.ChainID.Int64() != 31337 {
		t.Fatalf("rig signs as %s on chain %s, the pinned key is for anvil's first account on 31337", got, r.cfg.ChainID)
	}
	const name, key = "txmgr/31337/0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", 2860671597252585274
	if got := txmgr.LockName(r.cfg.ChainID, r.cfg.Signer.Address()); got != name {
		t.Fatalf("LockName = %q, pinned %q", got, name)
	}
	if got := postgres.LockKey(name); got != key {
		t.Fatalf("LockKey(%q) = %d, pinned %d", name, got, key)
	}
	// The running manager takes exactly that key.
	m := r.manager(t, nil)
	if err := m.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = m.Stop(context.Background()) })
	pgtest.WaitAdvisoryLock(t, r.pool, key, 10*time.Second)
}
