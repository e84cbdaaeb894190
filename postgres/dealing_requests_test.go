package postgres_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/dealing"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

// A request's state is read from its Dealing contract's indexed events, and
// a reorganization rolls it back with them.
func TestDealingRequestsFollowTheIndexedEvents(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.NewDB(t)
	idx := &postgres.IndexStore{Pool: pool}
	store := &postgres.DealingStore{Pool: pool}
	dl := common.HexToAddress("0x00000000000000000000000000000000000000d1")
	ev := func(b chain.IndexedBlock, li uint, kind chain.DealingEventKind, id int64, who common.Address, amount int64) chain.DealingEvent {
		e := chain.DealingEvent{EventRef: transfer(b, li, common.Address{}, common.Address{}, 0).EventRef, Dealing: dl, Kind: kind,
			Controller: who, Owner: who, Amount: big.NewInt(amount)}
		if id != 0 {
			e.RequestID = big.NewInt(id)
		}
		return e
	}
	fulfilled := func(e chain.DealingEvent, result int64) chain.DealingEvent {
		e.Result, e.RoundID = big.NewInt(result), big.NewInt(7)
		return e
	}
	b1, b2, b3 := block(1, 0xa), block(2, 0xa), block(3, 0xa)
	// Requests 1 to 5 are stamped with one cut-off, 6 with the next day's.
	day1, day2 := b1.Time.Add(time.Hour).UTC(), b1.Time.Add(25*time.Hour).UTC()
	stamp := func(li uint, id int64, cutoff time.Time) chain.DealingEvent {
		e := ev(b1, li, chain.DealingRequestCutoff, id, common.Address{}, 0)
		e.Amount, e.Cutoff = nil, cutoff
		return e
	}
	mustApply(t, idx, &chain.IndexBatch{Blocks: []chain.IndexedBlock{b1, b2}, Head: 2, DealingEvents: []chain.DealingEvent{
		stamp(10, 1, day1), stamp(11, 2, day1), stamp(12, 3, day1), stamp(13, 4, day1), stamp(14, 5, day1), stamp(15, 6, day2),
		ev(b1, 0, chain.DealingDepositRequest, 1, alice, 100),
		ev(b1, 1, chain.DealingDepositRequest, 2, alice, 50),
		ev(b1, 2, chain.DealingRedeemRequest, 3, bob, 9),
		ev(b1, 3, chain.DealingDepositRequest, 4, bob, 70),
		ev(b1, 4, chain.DealingRedeemRequest, 5, carol, 3),
		ev(b1, 5, chain.DealingWireRequest, 5, common.Address{}, 0),
		ev(b1, 6, chain.DealingDepositRequest, 6, carol, 20),
		ev(b2, 0, chain.DealingCancelDeposit, 4, bob, 0),
		ev(b2, 1, chain.DealingCancelDepositClaim, 4, bob, 70),
		fulfilled(ev(b2, 2, chain.DealingDepositFulfilled, 1, alice, 100), 10),
		fulfilled(ev(b2, 3, chain.DealingDepositFulfilled, 2, alice, 50), 5),
		ev(b2, 4, chain.DealingRequestRejected, 3, common.Address{}, 0),
		fulfilled(ev(b2, 5, chain.DealingRedeemFulfilled, 5, carol, 3), 300),
		// alice claims the first request's assets, not yet the second's;
		// an instant subscription carries no request.
		ev(b2, 6, chain.DealingDepositClaim, 0, alice, 100),
		ev(b2, 7, chain.DealingSubscribed, 0, bob, 5),
	}})
	states := func() map[int64]string {
		t.Helper()
		rs, err := store.Requests(ctx, idxChain, dl, dealing.RequestFilter{}, nil, 100)
		if err != nil {
			t.Fatal(err)
		}
		out := map[int64]string{}
		for _, r := range rs {
			out[r.ID.Int64()] = string(r.State)
			if r.ID.Int64() == 5 && (!r.Wire || r.Result.Int64() != 300 || r.Round != 7 || !r.RequestedAt.Equal(b1.Time) || !r.Cutoff.Equal(day1)) {
				t.Errorf("request 5 = %+v", r)
			}
		}
		return out
	}
	want := map[int64]string{1: "claimed", 2: "fulfilled", 3: "rejected", 4: "cancel_claimed", 5: "fulfilled", 6: "pending"}
	got := states()
	for id, w := range want {
		if got[id] != w {
			t.Errorf("request %d: %s, want %s", id, got[id], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("requests %v, want %v", got, want)
	}
	// A day's pending requests are those stamped with its cut-off, not
	// those made before it.
	pending, err := store.PendingAt(ctx, idxChain, dl, day2)
	if err != nil || len(pending) != 1 || pending[0].ID.Int64() != 6 || !pending[0].Cutoff.Equal(day2) {
		t.Errorf("pending at the second day's cut-off: %+v, %v", pending, err)
	}
	if pending, err := store.PendingAt(ctx, idxChain, dl, day1); err != nil || len(pending) != 0 {
		t.Errorf("pending at the first day's cut-off: %+v, %v", pending, err)
	}
	if cuts, err := store.PendingCutoffs(ctx, idxChain, dl, day2); err != nil || len(cuts) != 1 || !cuts[0].Equal(day2) {
		t.Errorf("days with pending requests: %v, %v", cuts, err)
	}
	if cuts, err := store.PendingCutoffs(ctx, idxChain, dl, day1); err != nil || len(cuts) != 0 {
		t.Errorf("days with pending requests by the first cut-off: %v, %v", cuts, err)
	}

	// The wire payout and alice's second claim arrive in block 3; a
	// reorganization removes block 3 and they are undone.
	mustApply(t, idx, &chain.IndexBatch{Parent: b2.Ref(), Blocks: []chain.IndexedBlock{b3}, Head: 3, DealingEvents: []chain.DealingEvent{
		ev(b3, 0, chain.DealingPayoutConfirmed, 5, common.Address{}, 0),
		ev(b3, 1, chain.DealingDepositClaim, 0, alice, 50),
	}})
	if got := states(); got[2] != "claimed" || got[5] != "claimed" {
		t.Errorf("after the payout and the claim: %v", got)
	}
	ref := b2.Ref()
	if err := idx.RollbackIndex(ctx, idxChain, &ref); err != nil {
		t.Fatal(err)
	}
	if got := states(); got[2] != "fulfilled" || got[5] != "fulfilled" {
		t.Errorf("after the rollback: %v", got)
	}
}
