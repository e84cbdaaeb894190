package indexer_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/tessera-rwa/tessera/bindings/devstablecoin"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/chain/indexer"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

// indexEnv is a private anvil with a DevStablecoin recorded in a fresh
// database, and the indexer's store on that database.
type indexEnv struct {
	anvil   *devnet.Anvil
	client  *ethclient.Client
	store   *postgres.IndexStore
	deps    *postgres.Deployments
	coin    *devstablecoin.DevStablecoin
	token   chain.Deployment
	inst    *bind.BoundContract
	owner   *bind.TransactOpts
	wallets []common.Address // owner first
}

func newIndexEnv(t *testing.T, cfg devnet.AnvilConfig) *indexEnv {
	t.Helper()
	a := chaintest.NewAnvil(t, cfg)
	pool := pgtest.NewDB(t)
	e := &indexEnv{
		anvil:  a,
		client: chaintest.Dial(t, a.URL),
		store:  &postgres.IndexStore{Pool: pool},
		deps:   &postgres.Deployments{Pool: pool},
		coin:   devstablecoin.NewDevStablecoin(),
		owner:  chaintest.Transactor(a, a.Keys[0]),
	}
	e.token = e.deploy(t, "stablecoin", true)
	e.inst = e.coin.Instance(e.client, e.token.Address)
	for _, k := range a.Keys[:5] {
		e.wallets = append(e.wallets, crypto.PubkeyToAddress(k.PublicKey))
	}
	e.mustTx(t, e.owner, e.inst, e.coin.PackMint(e.owner.From, big.NewInt(1_000_000_000)))
	return e
}

// deploy deploys a DevStablecoin and, when record is set, records it.
func (e *indexEnv) deploy(t *testing.T, name string, record bool) chain.Deployment {
	t.Helper()
	ctx := context.Background()
	bytecode := common.FromHex(devstablecoin.DevStablecoinMetaData.Bin)
	ctor := e.coin.PackConstructor("Tessera Dev USD", "tUSD", e.owner.From)
	addr, tx, err := bind.DeployContract(e.owner, bytecode, e.client, ctor)
	if err != nil {
		t.Fatal(err)
	}
	r := e.mined(t, tx)
	rec := chain.Deployment{ChainID: e.anvil.ChainID, Name: name, Contract: "DevStablecoin", Address: addr,
		TxHash: tx.Hash(), Block: r.BlockNumber.Uint64(), BlockHash: r.BlockHash}
	if record {
		if err := e.deps.SaveDeployment(ctx, rec); err != nil {
			t.Fatal(err)
		}
	}
	return rec
}

func (e *indexEnv) mustTx(t *testing.T, opts *bind.TransactOpts, inst *bind.BoundContract, data []byte) *types.Receipt {
	t.Helper()
	tx, err := bind.Transact(inst, opts, data)
	if err != nil {
		t.Fatalf("send transaction: %v", err)
	}
	return e.mined(t, tx)
}

// mined waits for tx and fails the test unless it succeeded.
func (e *indexEnv) mined(t *testing.T, tx *types.Transaction) *types.Receipt {
	t.Helper()
	return chaintest.MustMined(t, e.client, tx, nil)
}

// transfer sends amount from wallet index from to wallet index to and
// returns the transaction hash.
func (e *indexEnv) transfer(t *testing.T, from, to int, amount int64) common.Hash {
	t.Helper()
	opts := chaintest.Transactor(e.anvil, e.anvil.Keys[from])
	return e.mustTx(t, opts, e.inst, e.coin.PackTransfer(e.wallets[to], big.NewInt(amount))).TxHash
}

// spread pays every other wallet from the owner, so they can send.
func (e *indexEnv) spread(t *testing.T) {
	t.Helper()
	for k := 1; k < len(e.wallets); k++ {
		e.transfer(t, 0, k, 10_000_000)
	}
}

func (e *indexEnv) head(t *testing.T) uint64 {
	t.Helper()
	n, err := e.client.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func (e *indexEnv) rpc(t *testing.T, result any, method string, args ...any) {
	t.Helper()
	if err := e.client.Client().CallContext(context.Background(), result, method, args...); err != nil {
		t.Fatalf("%s: %v", method, err)
	}
}

func (e *indexEnv) snapshot(t *testing.T) string {
	t.Helper()
	var id string
	e.rpc(t, &id, "evm_snapshot")
	return id
}

func (e *indexEnv) revert(t *testing.T, id string) {
	t.Helper()
	var ok bool
	e.rpc(t, &ok, "evm_revert", id)
	if !ok {
		t.Fatalf("evm_revert(%s) refused", id)
	}
}

// mine mines n empty blocks.
func (e *indexEnv) mine(t *testing.T, n int) {
	t.Helper()
	e.rpc(t, nil, "anvil_mine", fmt.Sprintf("0x%x", n))
}

func (e *indexEnv) config(mod func(*indexer.Config)) indexer.Config {
	cfg := indexer.Config{
		Client:       e.client,
		Store:        e.store,
		Deployments:  e.deps,
		ChainID:      e.anvil.ChainID,
		PollInterval: 20 * time.Millisecond,
	}
	if mod != nil {
		mod(&cfg)
	}
	return cfg
}

func mustIndexer(tb testing.TB, cfg indexer.Config) *indexer.Indexer {
	tb.Helper()
	idx, err := indexer.New(cfg)
	if err != nil {
		tb.Fatal(err)
	}
	return idx
}

// mustSync steps idx until it reports being at the head. The status is the
// last step's, with Reorg set if any step rolled back.
func mustSync(tb testing.TB, idx *indexer.Indexer) indexer.SyncStatus {
	tb.Helper()
	ctx := context.Background()
	reorg := false
	for range 1000 {
		st, err := idx.SyncOnce(ctx)
		if err != nil {
			tb.Fatalf("SyncOnce: %v", err)
		}
		reorg = reorg || st.Reorg
		if st.CaughtUp {
			st.Reorg = reorg
			return st
		}
	}
	tb.Fatal("indexer not at the head after 1000 steps")
	return indexer.SyncStatus{}
}

// chainTransfers returns the token's Transfer logs on chain, in order.
func (e *indexEnv) chainTransfers(t *testing.T, token common.Address) []types.Log {
	t.Helper()
	id := e.coin.GetABI().Events["Transfer"].ID
	logs, err := e.client.FilterLogs(context.Background(), ethereum.FilterQuery{
		FromBlock: big.NewInt(0), Addresses: []common.Address{token}, Topics: [][]common.Hash{{id}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return logs
}

func (e *indexEnv) indexedTransfers(t *testing.T, f chain.TransferFilter) []chain.Transfer {
	t.Helper()
	var all []chain.Transfer
	var after *chain.EventPos
	for {
		page, err := e.store.Transfers(context.Background(), e.anvil.ChainID, f, after, 7)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, page...)
		if len(page) < 7 {
			return all
		}
		pos := page[len(page)-1].Pos()
		after = &pos
	}
}

// assertMatchesChain checks that the latest view equals the chain: every
// Transfer log indexed once with its block hash, and every wallet's balance
// equal to balanceOf.
func (e *indexEnv) assertMatchesChain(t *testing.T, token common.Address) {
	t.Helper()
	ctx := context.Background()
	logs := e.chainTransfers(t, token)
	got := e.indexedTransfers(t, chain.TransferFilter{Token: token})
	if len(got) != len(logs) {
		t.Fatalf("indexed %d transfers of %s, chain has %d", len(got), token, len(logs))
	}
	for k, l := range logs {
		g := got[k]
		if g.TxHash != l.TxHash || g.LogIndex != l.Index || g.BlockHash != l.BlockHash || g.Block != l.BlockNumber {
			t.Fatalf("transfer %d: indexed %+v, chain log %d of %s in block %d", k, g.EventRef, l.Index, l.TxHash, l.BlockNumber)
		}
	}
	inst := e.coin.Instance(e.client, token)
	holders := 0
	for _, w := range e.wallets {
		want, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, e.coin.PackBalanceOf(w), e.coin.UnpackBalanceOf)
		if err != nil {
			t.Fatal(err)
		}
		got, err := e.store.BalanceOf(ctx, e.anvil.ChainID, token, w, chain.ViewLatest)
		if err != nil {
			t.Fatal(err)
		}
		if got.Cmp(want) != 0 {
			t.Errorf("balance of %s: indexed %s, chain %s", w, got, want)
		}
		if want.Sign() > 0 {
			holders++
		}
	}
	n, err := e.store.HolderCount(ctx, e.anvil.ChainID, token, chain.ViewLatest)
	if err != nil || n != holders {
		t.Errorf("holder count = %d, %v; want %d", n, err, holders)
	}
}

func TestIndexerFollowsTransfers(t *testing.T) {
	t.Parallel()
	e := newIndexEnv(t, devnet.AnvilConfig{})
	idx := mustIndexer(t, e.config(nil))
	e.spread(t)
	e.transfer(t, 1, 2, 2_500)
	e.transfer(t, 2, 3, 7)
	st := mustSync(t, idx)
	if st.Cursor.Block.Number != e.head(t) {
		t.Fatalf("cursor %d, head %d", st.Cursor.Block.Number, e.head(t))
	}
	e.assertMatchesChain(t, e.token.Address)

	ctx := context.Background()
	// A wallet's history: what it sent and received, newest first.
	mine := e.indexedTransfers(t, chain.TransferFilter{Wallet: e.wallets[2], Desc: true})
	if len(mine) != 3 || mine[0].From != e.wallets[2] || mine[2].To != e.wallets[2] || mine[0].Time.IsZero() {
		t.Fatalf("transfers of wallet 2 = %+v", mine)
	}
	supply, err := e.store.TotalSupply(ctx, e.anvil.ChainID, e.token.Address, chain.ViewLatest)
	if err != nil || supply.Cmp(big.NewInt(1_000_000_000)) != 0 {
		t.Fatalf("total supply = %v, %v", supply, err)
	}
	bals, err := e.store.Balances(ctx, e.anvil.ChainID, e.token.Address, chain.ViewLatest)
	if err != nil || len(bals) != 5 {
		t.Fatalf("balances = %v, %v", bals, err)
	}

	// Following on: a new transfer is picked up by the background loop.
	if err := idx.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = idx.Stop(context.Background()) })
	e.transfer(t, 3, 4, 1)
	waitCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := idx.WaitFor(waitCtx, e.head(t)); err != nil {
		t.Fatal(err)
	}
	e.assertMatchesChain(t, e.token.Address)
	if err := idx.Stop(ctx); err != nil {
		t.Fatal(err)
	}
}

// With a locker, only the leader indexes; when it stops, a standby takes
// over from the cursor.
func TestIndexerElectsOneLeader(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	e := newIndexEnv(t, devnet.AnvilConfig{})
	locker := &postgres.Leader{Pool: e.store.Pool, Retry: 20 * time.Millisecond}
	cfg := e.config(func(c *indexer.Config) { c.Locker = locker })
	wait := func(idx *indexer.Indexer, block uint64, within time.Duration) error {
		waitCtx, cancel := context.WithTimeout(ctx, within)
		defer cancel()
		return idx.WaitFor(waitCtx, block)
	}

	leader, standby := mustIndexer(t, cfg), mustIndexer(t, cfg)
	for _, idx := range []*indexer.Indexer{leader, standby} {
		if err := idx.Start(ctx); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = idx.Stop(context.Background()) })
		if idx == leader {
			if err := wait(leader, e.head(t), 10*time.Second); err != nil {
				t.Fatalf("leader: %v", err)
			}
		}
	}
	e.spread(t)
	if err := wait(leader, e.head(t), 10*time.Second); err != nil {
		t.Fatalf("leader: %v", err)
	}
	if err := wait(standby, 1, 200*time.Millisecond); err == nil {
		t.Fatal("the standby indexed while the leader ran")
	}

	if err := leader.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	e.transfer(t, 1, 2, 5)
	if err := wait(standby, e.head(t), 10*time.Second); err != nil {
		t.Fatalf("standby did not take over: %v", err)
	}
	e.assertMatchesChain(t, e.token.Address)
}

// Stopped and restarted mid-way (and cut off mid-step), the indexer
// resumes from its cursor: no transfer missed or stored twice.
func TestIndexerResumesAfterRestart(t *testing.T) {
	t.Parallel()
	e := newIndexEnv(t, devnet.AnvilConfig{})
	e.spread(t)
	for k := range 30 {
		e.transfer(t, 1+k%4, 1+(k+1)%4, int64(k+1))
	}
	small := func(c *indexer.Config) { c.InitialRange, c.MaxRange = 1, 2 }
	ctx := context.Background()

	first := mustIndexer(t, e.config(small))
	for range 5 {
		if _, err := first.SyncOnce(ctx); err != nil {
			t.Fatal(err)
		}
	}
	// A step cut off by its context leaves nothing half-written.
	cut, cancel := context.WithTimeout(ctx, time.Millisecond)
	_, _ = first.SyncOnce(cut)
	cancel()

	second := mustIndexer(t, e.config(small))
	if err := second.Start(ctx); err != nil {
		t.Fatal(err)
	}
	waitCtx, cancelWait := context.WithTimeout(ctx, 20*time.Second)
	defer cancelWait()
	if err := second.WaitFor(waitCtx, e.head(t)/2); err != nil {
		t.Fatal(err)
	}
	if err := second.Stop(ctx); err != nil {
		t.Fatal(err)
	}

	third := mustIndexer(t, e.config(small))
	if err := third.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = third.Stop(context.Background()) })
	if err := third.WaitFor(waitCtx, e.head(t)); err != nil {
		t.Fatal(err)
	}
	e.assertMatchesChain(t, e.token.Address)
}

// Reading the same blocks again changes nothing.
func TestIndexerReplayIsIdempotent(t *testing.T) {
	t.Parallel()
	e := newIndexEnv(t, devnet.AnvilConfig{})
	e.spread(t)
	e.transfer(t, 1, 3, 9)
	idx := mustIndexer(t, e.config(nil))
	st := mustSync(t, idx)
	ctx := context.Background()

	before := e.indexedTransfers(t, chain.TransferFilter{})
	balances, err := e.store.Balances(ctx, e.anvil.ChainID, e.token.Address, chain.ViewLatest)
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		n, err := idx.Replay(ctx, e.token.Block, st.Cursor.Block.Number)
		if err != nil {
			t.Fatal(err)
		}
		if n != len(before) {
			t.Fatalf("replay read %d events, want %d", n, len(before))
		}
	}
	after := e.indexedTransfers(t, chain.TransferFilter{})
	again, err := e.store.Balances(ctx, e.anvil.ChainID, e.token.Address, chain.ViewLatest)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(before) != fmt.Sprint(after) || fmt.Sprint(balances) != fmt.Sprint(again) {
		t.Fatalf("replay changed the index:\n%v\n%v\n%v\n%v", before, after, balances, again)
	}
	e.assertMatchesChain(t, e.token.Address)
	if _, err := idx.Replay(ctx, 0, st.Cursor.Block.Number+1); err == nil {
		t.Fatal("replay above the cursor accepted")
	}
}

// The finalized view trails the latest one by the node's finality, or by
// FinalityDepth on nodes (or settings) without the tag.
func TestIndexerFinalizedView(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		anvil devnet.AnvilConfig
		cfg   func(*indexer.Config)
		depth int // blocks between head and finalized
	}{
		// anvil finalizes two epochs below the head.
		{"finalized tag", devnet.AnvilConfig{Args: []string{"--slots-in-an-epoch", "2"}}, nil, 4},
		{"safe tag", devnet.AnvilConfig{Args: []string{"--slots-in-an-epoch", "3"}},
			func(c *indexer.Config) { c.FinalityTag = "safe" }, 3},
		{"depth", devnet.AnvilConfig{}, func(c *indexer.Config) { c.FinalityTag, c.FinalityDepth = "none", 5 }, 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			e := newIndexEnv(t, tc.anvil)
			e.spread(t)
			e.mine(t, tc.depth)
			idx := mustIndexer(t, e.config(tc.cfg))
			mustSync(t, idx)
			balance := func(v chain.View) *big.Int {
				t.Helper()
				b, err := e.store.BalanceOf(ctx, e.anvil.ChainID, e.token.Address, e.wallets[4], v)
				if err != nil {
					t.Fatal(err)
				}
				return b
			}
			holders := func(v chain.View) int {
				t.Helper()
				n, err := e.store.HolderCount(ctx, e.anvil.ChainID, e.token.Address, v)
				if err != nil {
					t.Fatal(err)
				}
				return n
			}
			settled := balance(chain.ViewFinalized)
			if settled.Cmp(balance(chain.ViewLatest)) != 0 || holders(chain.ViewFinalized) != 5 {
				t.Fatalf("after %d empty blocks: finalized %s, latest %s", tc.depth, settled, balance(chain.ViewLatest))
			}

			// A payment to a new holder is visible at once in the latest
			// view, and in the finalized one only depth blocks later.
			newcomer := common.HexToAddress("0x00000000000000000000000000000000000000f1")
			e.wallets = append(e.wallets, newcomer)
			e.mustTx(t, chaintest.Transactor(e.anvil, e.anvil.Keys[4]), e.inst, e.coin.PackTransfer(newcomer, big.NewInt(77)))
			mustSync(t, idx)
			if balance(chain.ViewLatest).Cmp(new(big.Int).Sub(settled, big.NewInt(77))) != 0 {
				t.Fatalf("latest balance %s", balance(chain.ViewLatest))
			}
			if balance(chain.ViewFinalized).Cmp(settled) != 0 || holders(chain.ViewFinalized) != 5 || holders(chain.ViewLatest) != 6 {
				t.Fatalf("finalized balance %s (want %s), holders finalized %d latest %d",
					balance(chain.ViewFinalized), settled, holders(chain.ViewFinalized), holders(chain.ViewLatest))
			}
			fin := e.indexedTransfers(t, chain.TransferFilter{View: chain.ViewFinalized})
			latest := e.indexedTransfers(t, chain.TransferFilter{})
			if len(fin) != len(latest)-1 {
				t.Fatalf("finalized view lists %d transfers, latest %d", len(fin), len(latest))
			}

			e.mine(t, tc.depth-1)
			mustSync(t, idx)
			if balance(chain.ViewFinalized).Cmp(settled) != 0 {
				t.Fatalf("finalized one block early: %s", balance(chain.ViewFinalized))
			}
			e.mine(t, 1)
			mustSync(t, idx)
			if balance(chain.ViewFinalized).Cmp(balance(chain.ViewLatest)) != 0 || holders(chain.ViewFinalized) != 6 {
				t.Fatalf("finalized %s, latest %s after %d blocks", balance(chain.ViewFinalized), balance(chain.ViewLatest), tc.depth)
			}
		})
	}
}

// A contract recorded after the indexer passed its deployment block is
// backfilled from that block.
func TestIndexerBackfillsLateDeployments(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	e := newIndexEnv(t, devnet.AnvilConfig{})
	late := e.deploy(t, "late-coin", false)
	lateInst := e.coin.Instance(e.client, late.Address)
	e.mustTx(t, e.owner, lateInst, e.coin.PackMint(e.wallets[1], big.NewInt(500)))
	e.mustTx(t, chaintest.Transactor(e.anvil, e.anvil.Keys[1]), lateInst, e.coin.PackTransfer(e.wallets[2], big.NewInt(200)))
	e.spread(t)
	idx := mustIndexer(t, e.config(func(c *indexer.Config) { c.InitialRange, c.MaxRange = 2, 2 }))
	mustSync(t, idx)

	if err := e.deps.SaveDeployment(ctx, late); err != nil {
		t.Fatal(err)
	}
	e.mustTx(t, chaintest.Transactor(e.anvil, e.anvil.Keys[2]), lateInst, e.coin.PackTransfer(e.wallets[3], big.NewInt(50)))
	mustSync(t, idx)
	e.assertMatchesChain(t, late.Address)
	e.assertMatchesChain(t, e.token.Address)
}

// flakyClient answers eth_getLogs over more than maxRange blocks with the
// error providers give for too many results.
type flakyClient struct {
	*ethclient.Client
	maxRange uint64
	refused  atomic.Int64
}

func (c *flakyClient) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if q.ToBlock.Uint64()-q.FromBlock.Uint64()+1 > c.maxRange {
		c.refused.Add(1)
		return nil, errors.New("query returned more than 10000 results")
	}
	return c.Client.FilterLogs(ctx, q)
}

func TestIndexerShrinksRangeOnErrors(t *testing.T) {
	t.Parallel()
	e := newIndexEnv(t, devnet.AnvilConfig{})
	e.spread(t)
	e.mine(t, 40)
	e.transfer(t, 1, 2, 3)
	fc := &flakyClient{Client: e.client, maxRange: 3}
	idx := mustIndexer(t, e.config(func(c *indexer.Config) { c.Client, c.InitialRange = fc, 32 }))
	mustSync(t, idx)
	if fc.refused.Load() == 0 {
		t.Fatal("no range was refused: the test does not test shrinking")
	}
	e.assertMatchesChain(t, e.token.Address)
}

func TestIndexerConfigCheck(t *testing.T) {
	t.Parallel()
	ok := indexer.Config{Client: &flakyClient{}, Store: &postgres.IndexStore{}, Deployments: &postgres.Deployments{},
		ChainID: big.NewInt(1)}
	for _, tc := range []struct {
		name string
		mod  func(*indexer.Config)
		want string
	}{
		{"valid", func(*indexer.Config) {}, ""},
		{"no client", func(c *indexer.Config) { c.Client = nil }, "required"},
		{"no chain id", func(c *indexer.Config) { c.ChainID = nil }, "ChainID"},
		{"huge chain id", func(c *indexer.Config) { c.ChainID = new(big.Int).Lsh(big.NewInt(1), 70) }, "ChainID"},
		{"bad tag", func(c *indexer.Config) { c.FinalityTag = "latest" }, "FinalityTag"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := ok
			tc.mod(&cfg)
			err := cfg.Check()
			if (tc.want == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), tc.want)) {
				t.Fatalf("Check() = %v, want %q", err, tc.want)
			}
			if err == nil && (cfg.MaxRange == 0 || cfg.FinalityTag != "finalized" || cfg.Decoders == nil) {
				t.Fatalf("defaults not filled: %+v", cfg)
			}
		})
	}
}

func TestEventPosRoundTrip(t *testing.T) {
	t.Parallel()
	for _, p := range []chain.EventPos{{}, {Block: 1, LogIndex: 2}, {Block: 1 << 60, LogIndex: 1 << 31}} {
		got, err := chain.ParseEventPos(p.String())
		if err != nil || got != p {
			t.Errorf("ParseEventPos(%q) = %v, %v", p.String(), got, err)
		}
	}
	for _, bad := range []string{"", "1", "x-1", "1-", "-1-2"} {
		if _, err := chain.ParseEventPos(bad); err == nil {
			t.Errorf("ParseEventPos(%q) accepted", bad)
		}
	}
}
