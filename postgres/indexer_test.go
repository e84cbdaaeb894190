package postgres_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

// The store's batch semantics without a chain: made-up blocks and transfers
// of one token among three wallets.
var (
	idxChain = big.NewInt(31337)
	idxToken = common.HexToAddress("0x00000000000000000000000000000000000000a1")
	alice    = common.HexToAddress("0x00000000000000000000000000000000000000b1")
	bob      = common.HexToAddress("0x00000000000000000000000000000000000000b2")
	carol    = common.HexToAddress("0x00000000000000000000000000000000000000b3")
)

func block(n uint64, fork byte) chain.IndexedBlock {
	h := func(n uint64) common.Hash {
		if n == 0 {
			return common.Hash{0xee}
		}
		return common.BytesToHash([]byte{fork, byte(n)})
	}
	return chain.IndexedBlock{Number: n, Hash: h(n), ParentHash: h(n - 1), Time: time.Unix(int64(1_700_000_000+12*n), 0).UTC()}
}

func transfer(b chain.IndexedBlock, logIndex uint, from, to common.Address, v int64) chain.Transfer {
	return chain.Transfer{
		EventRef: chain.EventRef{Block: b.Number, BlockHash: b.Hash, TxHash: common.BytesToHash([]byte{0x7, byte(b.Number), byte(logIndex)}),
			LogIndex: logIndex},
		Token: idxToken, From: from, To: to, Value: big.NewInt(v),
	}
}

func mustApply(tb testing.TB, s *postgres.IndexStore, b *chain.IndexBatch) {
	tb.Helper()
	if err := s.ApplyIndexBatch(context.Background(), idxChain, b); err != nil {
		tb.Fatalf("apply: %v", err)
	}
}

// balances renders the balances and holder count in v for comparison, and
// checks the total supply against them.
func balances(tb testing.TB, s *postgres.IndexStore, v chain.View) string {
	tb.Helper()
	ctx := context.Background()
	bs, err := s.Balances(ctx, idxChain, idxToken, v)
	if err != nil {
		tb.Fatal(err)
	}
	n, err := s.HolderCount(ctx, idxChain, idxToken, v)
	if err != nil {
		tb.Fatal(err)
	}
	out := fmt.Sprintf("%d holders:", n)
	sum := new(big.Int)
	for _, b := range bs {
		out += fmt.Sprintf(" %x=%s", b.Wallet.Bytes()[19:], b.Amount)
		sum.Add(sum, b.Amount)
	}
	// The supply is the same sum, made in one query.
	supply, err := s.TotalSupply(ctx, idxChain, idxToken, v)
	if err != nil {
		tb.Fatal(err)
	}
	if supply.Cmp(sum) != 0 {
		tb.Errorf("total supply %s, want the sum of the balances %s", supply, sum)
	}
	if v == chain.ViewLatest {
		// The supply kept by the triggers on indexer_balances, which
		// holdings read, follows every write: copy, replay, rollback, reset.
		var kept string
		err := s.Pool.QueryRow(ctx, `SELECT coalesce((SELECT supply FROM indexer_supplies WHERE chain_id = $1 AND token = $2), 0)::text`,
			idxChain.Int64(), idxToken.Bytes()).Scan(&kept)
		if err != nil {
			tb.Fatal(err)
		}
		if kept != sum.String() {
			tb.Errorf("indexer_supplies has %s, want the sum of the balances %s", kept, sum)
		}
	}
	return out
}

func TestIndexStoreBatches(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := &postgres.IndexStore{Pool: pgtest.NewDB(t)}
	b1, b2, b3 := block(1, 0xa), block(2, 0xa), block(3, 0xa)
	first := &chain.IndexBatch{
		Blocks: []chain.IndexedBlock{b1, b2}, Head: 3, Finalized: 1,
		Transfers: []chain.Transfer{
			transfer(b1, 0, common.Address{}, alice, 100),
			transfer(b2, 0, alice, bob, 30),
			transfer(b2, 1, bob, bob, 5), // to oneself: no change
		},
		Mints: []chain.Mint{{EventRef: transfer(b1, 1, alice, alice, 0).EventRef, Token: idxToken, RequestID: common.Hash{1}, To: alice,
			Amount: big.NewInt(100)}},
	}
	mustApply(t, s, first)
	want := "2 holders: b1=70 b2=30"
	if got := balances(t, s, chain.ViewLatest); got != want {
		t.Fatalf("latest: %s, want %s", got, want)
	}
	if got := balances(t, s, chain.ViewFinalized); got != "1 holders: b1=100" {
		t.Fatalf("finalized: %s", got)
	}

	// The same forward batch again is refused: the cursor has moved on.
	if err := s.ApplyIndexBatch(ctx, idxChain, first); !errors.Is(err, chain.ErrIndexCursorMoved) {
		t.Fatalf("second apply = %v, want ErrIndexCursorMoved", err)
	}
	// Replayed, its events are found stored and nothing changes.
	replay := *first
	replay.Replay, replay.Parent = true, b2.Ref()
	mustApply(t, s, &replay)
	if got := balances(t, s, chain.ViewLatest); got != want {
		t.Fatalf("after replay: %s, want %s", got, want)
	}
	mints, err := s.Mints(ctx, idxChain, idxToken, chain.ViewLatest, nil, 10)
	if err != nil || len(mints) != 1 {
		t.Fatalf("mints after replay = %v, %v", mints, err)
	}
	// A replay of another fork's block is refused.
	other := block(2, 0xb)
	bad := &chain.IndexBatch{Replay: true, Parent: b2.Ref(), Blocks: []chain.IndexedBlock{other},
		Transfers: []chain.Transfer{transfer(other, 0, alice, carol, 1)}}
	if err := s.ApplyIndexBatch(ctx, idxChain, bad); !errors.Is(err, chain.ErrIndexBlockMismatch) {
		t.Fatalf("replay of another fork = %v, want ErrIndexBlockMismatch", err)
	}

	// A forward batch, then a rollback of it: balances come back.
	mustApply(t, s, &chain.IndexBatch{Parent: b2.Ref(), Blocks: []chain.IndexedBlock{b3}, Head: 3, Finalized: 1,
		Transfers: []chain.Transfer{transfer(b3, 0, bob, carol, 30), transfer(b3, 1, alice, carol, 70)}})
	if got := balances(t, s, chain.ViewLatest); got != "1 holders: b3=100" {
		t.Fatalf("after block 3: %s", got)
	}
	keep := b2.Ref()
	if err := s.RollbackIndex(ctx, idxChain, &keep); err != nil {
		t.Fatal(err)
	}
	if got := balances(t, s, chain.ViewLatest); got != want {
		t.Fatalf("after rollback: %s, want %s", got, want)
	}
	cur, ok, err := s.IndexCursor(ctx, idxChain)
	if err != nil || !ok || cur.Block != keep {
		t.Fatalf("cursor after rollback = %+v, %v, %v", cur, ok, err)
	}
	blocks, err := s.IndexedBlocks(ctx, idxChain, 10, 10)
	if err != nil || len(blocks) != 2 || blocks[0] != b2 {
		t.Fatalf("blocks after rollback = %+v, %v", blocks, err)
	}

	// Rolling back everything leaves nothing of the chain.
	if err := s.RollbackIndex(ctx, idxChain, nil); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := s.IndexCursor(ctx, idxChain); err != nil || ok {
		t.Fatalf("cursor after reset: %v, %v", ok, err)
	}
	if got := balances(t, s, chain.ViewLatest); got != "0 holders:" {
		t.Fatalf("after reset: %s", got)
	}
}

// Keyset pages walk every transfer once, in either direction.
func TestIndexStoreTransferPages(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := &postgres.IndexStore{Pool: pgtest.NewDB(t)}
	var blocks []chain.IndexedBlock
	var ts []chain.Transfer
	for n := uint64(1); n <= 6; n++ {
		b := block(n, 0xa)
		blocks = append(blocks, b)
		ts = append(ts, transfer(b, 0, common.Address{}, alice, 10), transfer(b, 3, alice, bob, 1))
	}
	mustApply(t, s, &chain.IndexBatch{Blocks: blocks, Head: 6, Transfers: ts})
	for _, tc := range []struct {
		name   string
		filter chain.TransferFilter
		want   int
	}{
		{"all", chain.TransferFilter{}, 12},
		{"token", chain.TransferFilter{Token: idxToken}, 12},
		{"alice", chain.TransferFilter{Wallet: alice}, 12},
		{"bob newest first", chain.TransferFilter{Wallet: bob, Desc: true}, 6},
		{"other token", chain.TransferFilter{Token: bob}, 0},
		{"finalized", chain.TransferFilter{View: chain.ViewFinalized}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []chain.Transfer
			var after *chain.EventPos
			for {
				page, err := s.Transfers(ctx, idxChain, tc.filter, after, 5)
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, page...)
				if len(page) < 5 {
					break
				}
				p := page[len(page)-1].Pos()
				after = &p
			}
			if len(got) != tc.want {
				t.Fatalf("%d transfers, want %d", len(got), tc.want)
			}
			for k := 1; k < len(got); k++ {
				prev, cur := got[k-1].Pos(), got[k].Pos()
				later := cur.Block > prev.Block || cur.Block == prev.Block && cur.LogIndex > prev.LogIndex
				if later == tc.filter.Desc {
					t.Fatalf("out of order at %d: %v then %v", k, prev, cur)
				}
			}
		})
	}
}
