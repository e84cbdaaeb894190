package postgres_test

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

// Undecodable logs are stored with their batch, once however often the
// batch is applied, in chain order, and a rollback removes those of the
// blocks it removes.
func TestUndecodableLogsFollowTheirBlocks(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := &postgres.IndexStore{Pool: pgtest.NewDB(t)}
	rogue := common.HexToAddress("0x00000000000000000000000000000000000000e1")
	bad := func(b chain.IndexedBlock, logIndex uint, data []byte) chain.UndecodableLog {
		return chain.UndecodableLog{
			EventRef: chain.EventRef{Block: b.Number, BlockHash: b.Hash, TxHash: common.BytesToHash([]byte{0x9, byte(b.Number)}), LogIndex: logIndex},
			Address:  rogue, Contract: "AssetToken", Topics: []common.Hash{{0xdd}, {0x01}}, Data: data, Error: "Transfer: 2 topics, the event has 3",
		}
	}
	b1, b2, b3 := block(1, 'a'), block(2, 'a'), block(3, 'a')
	mustApply(t, s, &chain.IndexBatch{Blocks: []chain.IndexedBlock{b1, b2}, Transfers: []chain.Transfer{transfer(b2, 1, common.Address{}, alice, 10)},
		Undecodable: []chain.UndecodableLog{bad(b2, 0, []byte{1, 2, 3}), bad(b1, 4, nil)}})
	// A replay of block 2 brings the same log again.
	mustApply(t, s, &chain.IndexBatch{Parent: b2.Ref(), Replay: true, Blocks: []chain.IndexedBlock{b2},
		Undecodable: []chain.UndecodableLog{bad(b2, 0, []byte{1, 2, 3})}})
	mustApply(t, s, &chain.IndexBatch{Parent: b2.Ref(), Blocks: []chain.IndexedBlock{b3}, Undecodable: []chain.UndecodableLog{bad(b3, 2, nil)}})

	list := func() []chain.UndecodableLog {
		t.Helper()
		got, err := s.UndecodableLogs(ctx, idxChain, nil, 10)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	got := list()
	if len(got) != 3 || got[0].Block != 1 || got[1].Block != 2 || got[2].Block != 3 {
		t.Fatalf("stored %+v; want one log in each of blocks 1, 2 and 3", got)
	}
	l := got[1]
	if l.Address != rogue || l.Contract != "AssetToken" || l.LogIndex != 0 || l.BlockHash != b2.Hash || !l.Time.Equal(b2.Time) ||
		len(l.Topics) != 2 || l.Topics[0] != (common.Hash{0xdd}) || string(l.Data) != "\x01\x02\x03" || l.Error == "" {
		t.Fatalf("stored %+v", l)
	}
	if len(got[0].Data) != 0 {
		t.Fatalf("a log without data stored %x", got[0].Data)
	}
	pos := got[0].Pos()
	if page, err := s.UndecodableLogs(ctx, idxChain, &pos, 1); err != nil || len(page) != 1 || page[0].Block != 2 {
		t.Fatalf("page after block 1: %+v, %v", page, err)
	}

	keep := b1.Ref()
	if err := s.RollbackIndex(ctx, idxChain, &keep); err != nil {
		t.Fatal(err)
	}
	if got := list(); len(got) != 1 || got[0].Block != 1 {
		t.Fatalf("after rolling back to block 1: %+v", got)
	}
	if err := s.RollbackIndex(ctx, idxChain, nil); err != nil {
		t.Fatal(err)
	}
	if got := list(); len(got) != 0 {
		t.Fatalf("after a reset: %+v", got)
	}
}
