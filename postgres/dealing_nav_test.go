package postgres_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

// A dealing day's NAV is the first round observed at or after its cut-off,
// with the decimals recorded for the feed.
func TestDealingNAVRoundAfter(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.NewDB(t)
	idx := &postgres.IndexStore{Pool: pool}
	deps := &postgres.Deployments{Pool: pool}
	feed := common.HexToAddress("0x00000000000000000000000000000000000000f1")
	other := common.HexToAddress("0x00000000000000000000000000000000000000f2")
	base := time.Date(2026, 12, 1, 16, 0, 0, 0, time.UTC)
	b1, b2 := block(1, 0xa), block(2, 0xa)
	round := func(b chain.IndexedBlock, li uint, f common.Address, id, answer int64, observed time.Time) chain.ValuationRound {
		return chain.ValuationRound{EventRef: transfer(b, li, common.Address{}, common.Address{}, 0).EventRef, Feed: f,
			RoundID: big.NewInt(id), Answer: big.NewInt(answer), StartedAt: observed, UpdatedAt: b.Time}
	}
	mustApply(t, idx, &chain.IndexBatch{Blocks: []chain.IndexedBlock{b1, b2}, Head: 2, ValuationRounds: []chain.ValuationRound{
		round(b1, 0, feed, 1, 100_00000000, base.Add(-time.Hour)),
		round(b1, 1, other, 1, 7, base.Add(time.Minute)),
		round(b2, 0, feed, 2, 101_00000000, base.Add(30*time.Minute)),
		round(b2, 1, feed, 3, 102_00000000, base.Add(2*time.Hour)),
	}})

	nav := postgres.DealingNAV{Index: idx, Deployments: deps, ChainID: idxChain}
	// No decimals recorded for the feed yet: refused, never a guessed 8.
	if _, _, err := nav.RoundAfter(ctx, feed, base); !errors.Is(err, chain.ErrNotDeployed) {
		t.Fatalf("without a feed record: %v, want ErrNotDeployed", err)
	}
	dec := uint8(8)
	if err := deps.SaveDeployment(ctx, chain.Deployment{ChainID: idxChain, Name: "asset:X:feed", Contract: "ValuationFeed",
		Address: feed, Decimals: &dec}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		cutoff time.Time
		want   uint64 // 0: none yet
	}{
		{base.Add(-2 * time.Hour), 1},
		{base.Add(-time.Hour), 1}, // observed exactly at the cut-off counts
		{base, 2},
		{base.Add(30*time.Minute + time.Second), 3},
		{base.Add(3 * time.Hour), 0},
	} {
		r, ok, err := nav.RoundAfter(ctx, feed, c.cutoff)
		if err != nil {
			t.Fatal(err)
		}
		if c.want == 0 {
			if ok {
				t.Errorf("cut-off %s: round %d, want none", c.cutoff, r.ID)
			}
			continue
		}
		if !ok || r.ID != c.want || r.Decimals != 8 || r.ObservedAt.IsZero() {
			t.Errorf("cut-off %s: %+v %v, want round %d with 8 decimals", c.cutoff, r, ok, c.want)
		}
	}
	r, _, _ := nav.RoundAfter(ctx, feed, base)
	if r.Answer.Cmp(big.NewInt(101_00000000)) != 0 || !r.ObservedAt.Equal(base.Add(30*time.Minute)) {
		t.Errorf("round 2 = %+v", r)
	}
}
