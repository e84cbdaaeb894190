package indexer_test

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/chain/indexer"
	"github.com/tessera-rwa/tessera/observe"
)

// rawLog is a log an emitter contract sends.
type rawLog struct {
	name   string
	topics []common.Hash
	data   []byte
}

// emitterCode assembles the creation code of a contract that, on any call,
// emits logs in order: for each, its data is stored to memory one word at
// a time (PUSH32 word, PUSH2 offset, MSTORE), its topics pushed last to
// first, then its size and offset 0, then LOGn.
func emitterCode(logs []rawLog) []byte {
	push2 := func(code []byte, v int) []byte { return append(code, 0x61, byte(v>>8), byte(v)) }
	var rt []byte
	for _, l := range logs {
		for off := 0; off < len(l.data); off += 32 {
			var w [32]byte
			copy(w[:], l.data[off:])
			rt = push2(append(append(rt, 0x7f), w[:]...), off)
			rt = append(rt, 0x52) // MSTORE
		}
		for k := len(l.topics) - 1; k >= 0; k-- {
			rt = append(append(rt, 0x7f), l.topics[k].Bytes()...)
		}
		rt = append(push2(rt, len(l.data)), 0x60, 0x00, 0xa0+byte(len(l.topics))) // size, offset 0, LOGn
	}
	rt = append(rt, 0x00) // STOP
	// Creation: CODECOPY(0, len(header), len(rt)); RETURN(0, len(rt)).
	const header = 14
	init := push2(nil, len(rt))
	init = append(init, 0x60, header, 0x60, 0x00, 0x39)
	init = append(push2(init, len(rt)), 0x60, 0x00, 0xf3)
	if len(init) != header {
		panic(fmt.Sprintf("emitter header is %d bytes", len(init)))
	}
	return append(init, rt...)
}

// deployEmitter deploys an emitter of logs and records it as a followed
// AssetToken, as a registration of a contract that is none would.
func (e *indexEnv) deployEmitter(t *testing.T, name string, logs []rawLog) common.Address {
	t.Helper()
	addr, tx, err := bind.DeployContract(e.owner, emitterCode(logs), e.client, nil)
	if err != nil {
		t.Fatal(err)
	}
	r := e.mined(t, tx)
	if err := e.deps.SaveDeployment(context.Background(), chain.Deployment{ChainID: e.anvil.ChainID, Name: name,
		Contract: "AssetToken", Address: addr, TxHash: tx.Hash(), Block: r.BlockNumber.Uint64(), BlockHash: r.BlockHash}); err != nil {
		t.Fatal(err)
	}
	return addr
}

// poke calls addr from opts with no data, without waiting for it.
func (e *indexEnv) poke(t *testing.T, opts *bind.TransactOpts, addr common.Address) *types.Transaction {
	t.Helper()
	tx, err := bind.NewBoundContract(addr, abi.ABI{}, e.client, e.client, e.client).RawTransact(opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func (e *indexEnv) undecodable(t *testing.T) []chain.UndecodableLog {
	t.Helper()
	logs, err := e.store.UndecodableLogs(context.Background(), e.anvil.ChainID, nil, 100)
	if err != nil {
		t.Fatal(err)
	}
	return logs
}

func assertUndecodableCount(t *testing.T, reg *prometheus.Registry, rogue common.Address, n int) {
	t.Helper()
	want := fmt.Sprintf(`
# HELP tessera_indexer_undecodable_logs_total Logs of followed contracts the indexer could not decode, recorded in indexer_undecodable_logs and skipped.
# TYPE tessera_indexer_undecodable_logs_total counter
tessera_indexer_undecodable_logs_total{address=%q,contract="AssetToken"} %d
`, rogue.Hex(), n)
	if err := testutil.GatherAndCompare(reg, strings.NewReader(want), "tessera_indexer_undecodable_logs_total"); err != nil {
		t.Fatal(err)
	}
}

// A followed contract that emits Tessera's event ids with topics or data
// the decoders refuse does not stop the indexer: each such log is recorded
// with its reason and counted, the genuine transfer in the same block and
// the blocks after it are indexed, recording is idempotent, and a reorg
// rolls the records of its blocks back.
func TestIndexerRecordsUndecodableLogsAndGoesOn(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	e := newIndexEnv(t, devnet.AnvilConfig{})
	e.spread(t)

	ev := assettoken.NewAssetToken().GetABI().Events
	transfer, issued, doc := ev["Transfer"], ev["Issued"], ev["DocumentUpdated"]
	topic := func(a common.Address) common.Hash { return common.BytesToHash(a.Bytes()) }
	badURI, err := doc.Inputs.NonIndexed().Pack("ipfs://\xff\x00", [32]byte{7})
	if err != nil {
		t.Fatal(err)
	}
	bad := []rawLog{
		{"Transfer as LOG1", []common.Hash{transfer.ID}, common.BigToHash(big.NewInt(5)).Bytes()},
		{"Transfer without its value", []common.Hash{transfer.ID, topic(e.wallets[1]), topic(e.wallets[2])}, nil},
		{"Issued with 5 bytes of data", []common.Hash{issued.ID, {1}, topic(e.wallets[1])}, []byte{1, 2, 3, 4, 5}},
		{"DocumentUpdated with a URI no text column holds", []common.Hash{doc.ID, {2}}, badURI},
	}
	rogue := e.deployEmitter(t, "rogue-token", bad)

	reg := prometheus.NewRegistry()
	metrics := observe.NewIndexerMetrics(reg)
	idx := mustIndexer(t, e.config(func(c *indexer.Config) { c.OnUndecodable = metrics.Undecodable }))
	if err := idx.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = idx.Stop(context.Background()) })
	waitIndexed := func() {
		t.Helper()
		wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		if err := idx.WaitFor(wctx, e.head(t)); err != nil {
			t.Fatalf("indexer stuck below block %d: %v", e.head(t), err)
		}
	}
	waitIndexed()

	// The rogue's logs and a genuine transfer in one block, then more
	// transfers in the blocks after it.
	e.rpc(t, nil, "evm_setAutomine", false)
	rogueTx := e.poke(t, e.owner, rogue)
	opts := chaintest.Transactor(e.anvil, e.anvil.Keys[1])
	genuine, err := bind.Transact(e.inst, opts, e.coin.PackTransfer(e.wallets[3], big.NewInt(77)))
	if err != nil {
		t.Fatal(err)
	}
	e.rpc(t, nil, "evm_mine")
	e.rpc(t, nil, "evm_setAutomine", true)
	rr, gr := e.mined(t, rogueTx), e.mined(t, genuine)
	if rr.BlockHash != gr.BlockHash || len(rr.Logs) != len(bad) {
		t.Fatalf("rogue in block %d with %d logs, transfer in block %d", rr.BlockNumber, len(rr.Logs), gr.BlockNumber)
	}
	for k := range 3 {
		e.transfer(t, 2, 3+k%2, int64(10+k))
	}
	waitIndexed()
	e.assertMatchesChain(t, e.token.Address)

	got := e.undecodable(t)
	if len(got) != len(bad) {
		t.Fatalf("recorded %d undecodable logs, want %d: %+v", len(got), len(bad), got)
	}
	for k, l := range got {
		want := rr.Logs[k]
		if l.Address != rogue || l.Contract != "AssetToken" || l.TxHash != rogueTx.Hash() || l.Block != want.BlockNumber ||
			l.BlockHash != want.BlockHash || l.LogIndex != want.Index || l.Error == "" || l.Time.IsZero() ||
			!bytes.Equal(l.Data, want.Data) || fmt.Sprint(l.Topics) != fmt.Sprint(want.Topics) {
			t.Errorf("%s: recorded %+v, chain log %+v", bad[k].name, l, want)
		}
	}
	assertUndecodableCount(t, reg, rogue, len(bad))

	// Replaying the block records nothing twice and counts nothing again.
	if _, err := idx.Replay(ctx, rr.BlockNumber.Uint64(), rr.BlockNumber.Uint64()); err != nil {
		t.Fatal(err)
	}
	if n := len(e.undecodable(t)); n != len(bad) {
		t.Fatalf("after a replay %d undecodable logs are recorded, want %d", n, len(bad))
	}
	assertUndecodableCount(t, reg, rogue, len(bad))

	// A reorganization removes the records of the blocks it replaces.
	if err := idx.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	snap := e.snapshot(t)
	e.mined(t, e.poke(t, e.owner, rogue))
	mustSync(t, idx)
	if n := len(e.undecodable(t)); n != 2*len(bad) {
		t.Fatalf("after a second emission %d undecodable logs are recorded, want %d", n, 2*len(bad))
	}
	e.revert(t, snap)
	e.transfer(t, 1, 4, 5)
	e.transfer(t, 4, 1, 1)
	if st := mustSync(t, idx); !st.Reorg {
		t.Fatal("reorganization not noticed")
	}
	if got := e.undecodable(t); len(got) != len(bad) || got[0].TxHash != rogueTx.Hash() {
		t.Fatalf("after the reorganization the undecodable logs are %+v; want the first emission's %d", got, len(bad))
	}
	e.assertMatchesChain(t, e.token.Address)
	assertUndecodableCount(t, reg, rogue, 2*len(bad))
}
