package indexer_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/chain/indexer"
)

// A reorganization replaces indexed blocks: the indexer must end equal to
// the new chain, with the replaced transfers gone.
func TestIndexerRollsBackReorgs(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name          string
		before, after int // transfer blocks on the replaced and the new branch
	}{
		{"shorter branch", 3, 1},
		{"same height", 2, 2},
		{"longer branch", 1, 4},
		{"deep", 12, 14},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			e := newIndexEnv(t, devnet.AnvilConfig{})
			e.spread(t)
			idx := mustIndexer(t, e.config(nil))
			mustSync(t, idx)
			snap := e.snapshot(t)

			var gone []common.Hash
			for k := range tc.before {
				gone = append(gone, e.transfer(t, 1, 2+k%3, int64(100+k)))
			}
			mustSync(t, idx)
			e.assertMatchesChain(t, e.token.Address)

			e.revert(t, snap)
			var kept []common.Hash
			for k := range tc.after {
				kept = append(kept, e.transfer(t, 2, 1+(k+2)%4, int64(1_000+k)))
			}
			st := mustSync(t, idx)
			if !st.Reorg || st.Cursor.Block.Number != e.head(t) {
				t.Fatalf("reorg noticed %v, cursor %d, head %d", st.Reorg, st.Cursor.Block.Number, e.head(t))
			}
			e.assertMatchesChain(t, e.token.Address)
			indexed := map[common.Hash]bool{}
			for _, tr := range e.indexedTransfers(t, chain.TransferFilter{}) {
				indexed[tr.TxHash] = true
			}
			for _, h := range gone {
				if indexed[h] {
					t.Errorf("transfer %s of the replaced branch is still indexed", h)
				}
			}
			for _, h := range kept {
				if !indexed[h] {
					t.Errorf("transfer %s of the new branch is not indexed", h)
				}
			}
		})
	}
}

// The background loop, catching up in pipelined ranges, rolls back a
// reorganization that happened while it was stopped and one that happens
// while it runs.
func TestIndexerFollowsReorgsInBackground(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	e := newIndexEnv(t, devnet.AnvilConfig{})
	e.spread(t)
	cfg := e.config(func(c *indexer.Config) { c.InitialRange, c.MaxRange = 1, 1 })
	wait := func(idx *indexer.Indexer, block uint64) {
		t.Helper()
		waitCtx, cancel := context.WithTimeout(ctx, 20*time.Second)
		defer cancel()
		if err := idx.WaitFor(waitCtx, block); err != nil {
			t.Fatalf("wait for block %d: %v", block, err)
		}
	}

	idx := mustIndexer(t, cfg)
	if err := idx.Start(ctx); err != nil {
		t.Fatal(err)
	}
	snap := e.snapshot(t)
	for k := range 6 {
		e.transfer(t, 1, 2+k%3, int64(10+k))
	}
	wait(idx, e.head(t))
	if err := idx.Stop(ctx); err != nil {
		t.Fatal(err)
	}

	// Replaced while stopped by a longer branch: the restarted loop is far
	// behind, so it catches up in pipelined ranges from a stale cursor.
	e.revert(t, snap)
	snap = e.snapshot(t)
	for k := range 12 {
		e.transfer(t, 2, 1+(k+1)%4, int64(20+k))
	}
	idx = mustIndexer(t, cfg)
	if err := idx.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = idx.Stop(context.Background()) })
	wait(idx, e.head(t))
	e.assertMatchesChain(t, e.token.Address)

	// Replaced while running.
	e.revert(t, snap)
	for k := range 14 {
		e.transfer(t, 3, 1+k%4, int64(30+k))
	}
	wait(idx, e.head(t))
	if err := idx.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	e.assertMatchesChain(t, e.token.Address)
}

// anvil_reorg replaces the newest blocks in place; the background loop
// must notice it with nothing new above its cursor.
func TestIndexerNoticesReorgAtTip(t *testing.T) {
	t.Parallel()
	e := newIndexEnv(t, devnet.AnvilConfig{})
	e.spread(t)
	replaced := e.transfer(t, 1, 2, 5)
	idx := mustIndexer(t, e.config(nil))
	mustSync(t, idx)
	e.assertMatchesChain(t, e.token.Address)
	height := e.head(t)

	// Same height, other blocks: the replaced transfer is not re-included.
	e.rpc(t, nil, "anvil_reorg", 3, []any{})
	if e.head(t) != height {
		t.Fatalf("anvil_reorg moved the head from %d to %d", height, e.head(t))
	}
	if st := mustSync(t, idx); !st.Reorg {
		t.Fatalf("no reorg noticed: %+v", st)
	}
	e.assertMatchesChain(t, e.token.Address)
	for _, tr := range e.indexedTransfers(t, chain.TransferFilter{}) {
		if tr.TxHash == replaced {
			t.Fatalf("transfer %s of a replaced block is still indexed", replaced)
		}
	}
}

// A late contract's backfill that meets blocks no longer on the chain
// rolls back to the common ancestor and indexes the new branch.
func TestIndexerBackfillSurvivesReorgs(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	e := newIndexEnv(t, devnet.AnvilConfig{})
	e.spread(t)
	idx := mustIndexer(t, e.config(nil))
	mustSync(t, idx)
	snap := e.snapshot(t)
	late := e.deploy(t, "late-coin", false)
	lateInst := e.coin.Instance(e.client, late.Address)
	e.mustTx(t, e.owner, lateInst, e.coin.PackMint(e.wallets[1], big.NewInt(500)))
	e.transfer(t, 1, 2, 3)
	mustSync(t, idx)

	// The same deployment lands on a new branch, recorded only now.
	e.revert(t, snap)
	e.mine(t, 1)
	late = e.deploy(t, "late-coin", false)
	lateInst = e.coin.Instance(e.client, late.Address)
	e.mustTx(t, e.owner, lateInst, e.coin.PackMint(e.wallets[2], big.NewInt(700)))
	e.transfer(t, 2, 3, 4)
	e.mine(t, 3)
	if err := e.deps.SaveDeployment(ctx, late); err != nil {
		t.Fatal(err)
	}
	if st := mustSync(t, idx); !st.Reorg {
		t.Fatal("no reorg noticed")
	}
	e.assertMatchesChain(t, late.Address)
	e.assertMatchesChain(t, e.token.Address)
}
