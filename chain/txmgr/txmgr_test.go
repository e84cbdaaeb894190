package txmgr_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/bindings/devstablecoin"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/chain/txmgr/txmgrtest"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

func TestMain(m *testing.M) { chaintest.Main(m, pgtest.Shutdown) }

// rig is a chain, a database and a deployed stablecoin owned by the signer.
type rig struct {
	anvil  *devnet.Anvil
	client *ethclient.Client
	pool   *pgxpool.Pool
	store  *postgres.TxStore
	coin   *devstablecoin.DevStablecoin
	token  common.Address
	cfg    txmgr.Config
}

func newRig(t *testing.T, anvilCfg devnet.AnvilConfig) *rig {
	t.Helper()
	a := chaintest.NewAnvil(t, anvilCfg)
	c := chaintest.Dial(t, a.URL)
	pool := pgtest.NewDB(t)
	r := &rig{anvil: a, client: c, pool: pool, store: &postgres.TxStore{Pool: pool}, coin: devstablecoin.NewDevStablecoin()}
	opts := chaintest.Transactor(a, a.Keys[0])
	if anvilCfg.NoMining {
		// Deploy with mining on, then switch it off for the test.
		mustRPC(t, c, "evm_setAutomine", true)
	}
	addr, tx, err := bind.DeployContract(opts, common.FromHex(devstablecoin.DevStablecoinMetaData.Bin), c,
		r.coin.PackConstructor("Tessera Dev USD", "tUSD", opts.From))
	chaintest.MustMined(t, c, tx, err)
	if anvilCfg.NoMining {
		mustRPC(t, c, "evm_setAutomine", false)
	}
	r.token = addr
	abi, _ := devstablecoin.DevStablecoinMetaData.ParseABI()
	r.cfg = txmgrtest.Config(t, c, pool, a.Keys[0], a.ChainID, abi)
	return r
}

func (r *rig) manager(t *testing.T, mutate func(*txmgr.Config)) *txmgr.Manager {
	t.Helper()
	cfg := r.cfg
	if mutate != nil {
		mutate(&cfg)
	}
	m, err := txmgr.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func (r *rig) mintRequest(key string, to common.Address, amount int64) txmgr.Request {
	return txmgr.Request{IdempotencyKey: key, To: &r.token, Data: r.coin.PackMint(to, big.NewInt(amount))}
}

func (r *rig) balance(t *testing.T, who common.Address) *big.Int {
	t.Helper()
	v, err := bind.Call(r.coin.Instance(r.client, r.token), nil, r.coin.PackBalanceOf(who), r.coin.UnpackBalanceOf)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func mustRPC(t *testing.T, c *ethclient.Client, method string, args ...any) {
	t.Helper()
	if err := c.Client().CallContext(context.Background(), nil, method, args...); err != nil {
		t.Fatalf("%s: %v", method, err)
	}
}

// Exactly once: N mint requests, each submitted 1–3 times, while the
// manager is stopped abruptly (its context cancelled mid-work, state left as
// a crash leaves it) and replaced by a new instance several times. On chain:
// exactly N mints and balances equal to the sum of the requests.
func TestExactlyOnceAcrossCrashes(t *testing.T) {
	t.Parallel()
	r := newRig(t, devnet.AnvilConfig{})
	const n = 200
	holders := []common.Address{
		common.HexToAddress("0x1000000000000000000000000000000000000001"),
		common.HexToAddress("0x1000000000000000000000000000000000000002"),
		common.HexToAddress("0x1000000000000000000000000000000000000003"),
	}
	want := map[common.Address]*big.Int{}
	keys := make([]string, n)
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(1, 2))
	const crashes = 5
	next := 0
	// The node connection fails too: some sends reach the node and still
	// report an error, some are lost. Both must end in exactly one mint.
	flaky := &flakyClient{Client: r.client, rng: rand.New(rand.NewPCG(3, 4))}
	for round := 0; round <= crashes; round++ {
		m := r.manager(t, func(c *txmgr.Config) { c.Client = flaky })
		if err := m.Start(ctx); err != nil {
			t.Fatal(err)
		}
		// Submit this round's share, each request 1–3 times with its key.
		end := next + n/(crashes+1)
		if round == crashes {
			end = n
		}
		for ; next < end; next++ {
			to := holders[next%len(holders)]
			keys[next] = fmt.Sprintf("mint-%d", next)
			req := r.mintRequest(keys[next], to, int64(next+1))
			for try := 0; try < 1+rng.IntN(3); try++ {
				got, err := m.Submit(ctx, req)
				if err != nil {
					t.Fatal(err)
				}
				if got.IdempotencyKey != keys[next] {
					t.Fatalf("submit returned %q", got.IdempotencyKey)
				}
			}
			if want[to] == nil {
				want[to] = new(big.Int)
			}
			want[to].Add(want[to], big.NewInt(int64(next+1)))
		}
		if round == crashes {
			txmgrtest.WaitAll(t, m, keys)
			if err := m.Stop(ctx); err != nil {
				t.Fatal(err)
			}
			break
		}
		time.Sleep(time.Duration(30+rng.IntN(250)) * time.Millisecond)
		if err := m.Stop(ctx); err != nil { // abrupt: whatever was in flight stays as it was
			t.Fatal(err)
		}
	}
	for _, req := range waitAllStored(t, r, keys) {
		if req.State != txmgr.Confirmed && req.State != txmgr.Finalized {
			t.Fatalf("request %s ended %s: %s", req.IdempotencyKey, req.State, req.Error)
		}
	}
	total := new(big.Int)
	for _, h := range holders {
		if got := r.balance(t, h); got.Cmp(want[h]) != 0 {
			t.Errorf("balance of %s = %s, want %s", h, got, want[h])
		}
		total.Add(total, want[h])
	}
	// Every mint on chain: count Transfer events from the zero address.
	logs, err := r.client.FilterLogs(ctx, filterMints(r.token))
	if err != nil {
		t.Fatal(err)
	}
	if len(logs) != n {
		t.Fatalf("%d mints on chain, want exactly %d", len(logs), n)
	}
	if flaky.sentThenFailed.Load() == 0 || flaky.lost.Load() == 0 {
		t.Fatalf("fault injection did not happen: %d sent-then-failed, %d lost", flaky.sentThenFailed.Load(), flaky.lost.Load())
	}
	var nonces int
	if err := r.pool.QueryRow(ctx, `SELECT count(DISTINCT nonce) - count(*) FROM chain_txs`).Scan(&nonces); err != nil || nonces != 0 {
		t.Fatalf("duplicate nonces in chain_txs (%d), %v", nonces, err)
	}
}

// flakyClient is a real node connection whose sends sometimes fail: either
// after the node accepted the transaction, or before it reached the node.
type flakyClient struct {
	*ethclient.Client
	mu                   sync.Mutex
	rng                  *rand.Rand
	sentThenFailed, lost atomic.Int64
}

func (f *flakyClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	f.mu.Lock()
	roll := f.rng.IntN(10)
	f.mu.Unlock()
	switch {
	case roll < 2:
		f.lost.Add(1)
		return errors.New("write tcp: connection reset by peer")
	case roll < 4:
		if err := f.Client.SendTransaction(ctx, tx); err != nil {
			return err
		}
		f.sentThenFailed.Add(1)
		return errors.New("read tcp: i/o timeout")
	}
	return f.Client.SendTransaction(ctx, tx)
}

func waitAllStored(t *testing.T, r *rig, keys []string) []txmgr.Request {
	t.Helper()
	out := make([]txmgr.Request, len(keys))
	for i, k := range keys {
		req, err := r.store.Request(context.Background(), k)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = req
	}
	return out
}

func filterMints(token common.Address) ethereum.FilterQuery {
	transfer := common.HexToHash("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef")
	return ethereum.FilterQuery{Addresses: []common.Address{token}, Topics: [][]common.Hash{{transfer}, {common.Hash{}}}, FromBlock: big.NewInt(0)}
}

// The same key with a different payload is refused, not sent.
func TestSubmitConflictingPayload(t *testing.T) {
	t.Parallel()
	r := newRig(t, devnet.AnvilConfig{})
	m := r.manager(t, nil)
	ctx := context.Background()
	holder := common.HexToAddress("0x2000000000000000000000000000000000000001")
	if _, err := m.Submit(ctx, r.mintRequest("k", holder, 1)); err != nil {
		t.Fatal(err)
	}
	if _, err := m.Submit(ctx, r.mintRequest("k", holder, 2)); !errors.Is(err, txmgr.ErrConflict) {
		t.Fatalf("reused key with another payload: err = %v, want ErrConflict", err)
	}
	if _, err := m.Submit(ctx, txmgr.Request{To: &r.token}); err == nil {
		t.Fatal("request without an idempotency key accepted")
	}
}

// A request that would revert is failed with the decoded custom error and
// takes no nonce; the next request still gets the next nonce.
func TestRevertIsDecodedAndTakesNoNonce(t *testing.T) {
	t.Parallel()
	r := newRig(t, devnet.AnvilConfig{})
	m := r.manager(t, nil)
	ctx := context.Background()
	if err := m.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer m.Stop(ctx)
	holder := common.HexToAddress("0x3000000000000000000000000000000000000001")
	bad := txmgr.Request{IdempotencyKey: "too-much", To: &r.token, Data: r.coin.PackTransfer(holder, big.NewInt(1))}
	if _, err := m.Submit(ctx, bad); err != nil {
		t.Fatal(err)
	}
	subCtx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	var seen []txmgr.State
	for u := range txmgr.Subscribe(subCtx, r.store, "too-much", 10*time.Millisecond) {
		seen = append(seen, u.State)
	}
	if len(seen) == 0 || seen[len(seen)-1] != txmgr.Failed {
		t.Fatalf("subscription saw %v, want it to end with failed", seen)
	}
	got := txmgrtest.WaitAll(t, m, []string{"too-much"})[0]
	if got.State != txmgr.Failed || !strings.Contains(got.Error, "ERC20InsufficientBalance") {
		t.Fatalf("state %s, error %q; want failed with ERC20InsufficientBalance", got.State, got.Error)
	}
	if _, err := m.Submit(ctx, r.mintRequest("ok", holder, 7)); err != nil {
		t.Fatal(err)
	}
	if ok := txmgrtest.WaitAll(t, m, []string{"ok"})[0]; ok.State != txmgr.Confirmed && ok.State != txmgr.Finalized {
		t.Fatalf("next request %s: %s", ok.State, ok.Error)
	}
	var n int
	_ = r.pool.QueryRow(ctx, `SELECT count(*) FROM chain_txs`).Scan(&n)
	if n != 1 {
		t.Fatalf("%d transactions signed, want 1 (the refused request must take no nonce)", n)
	}
}

// A transaction stuck under a rising base fee is replaced on the same nonce
// with higher fees until it is mined.
func TestFeeBumpOnSameNonce(t *testing.T) {
	t.Parallel()
	r := newRig(t, devnet.AnvilConfig{NoMining: true, BaseFee: big.NewInt(1e9)})
	m := r.manager(t, func(c *txmgr.Config) { c.BumpAfter = 100 * time.Millisecond })
	ctx := context.Background()
	if err := m.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer m.Stop(ctx)
	holder := common.HexToAddress("0x4000000000000000000000000000000000000001")
	if _, err := m.Submit(ctx, r.mintRequest("stuck", holder, 5)); err != nil {
		t.Fatal(err)
	}
	// Wait until it is in the pool, then raise the base fee far above its cap.
	waitState(t, r, "stuck", txmgr.Broadcast)
	mustRPC(t, r.client, "anvil_setNextBlockBaseFeePerGas", "0x"+big.NewInt(20e9).Text(16))
	mustRPC(t, r.client, "evm_mine")
	// Keep producing blocks until the bumped transaction gets in.
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			case <-time.After(150 * time.Millisecond):
				_ = r.client.Client().Call(nil, "evm_mine")
			}
		}
	}()
	got := txmgrtest.WaitAll(t, m, []string{"stuck"})[0]
	close(stop)
	wg.Wait()
	if got.State != txmgr.Confirmed && got.State != txmgr.Finalized {
		t.Fatalf("stuck request ended %s: %s", got.State, got.Error)
	}
	var attempts, txs int
	_ = r.pool.QueryRow(ctx, `SELECT count(*) FROM chain_tx_attempts`).Scan(&attempts)
	_ = r.pool.QueryRow(ctx, `SELECT count(*) FROM chain_txs`).Scan(&txs)
	if txs != 1 || attempts < 2 {
		t.Fatalf("%d transactions with %d attempts; want 1 transaction replaced at least once", txs, attempts)
	}
	tx, _, err := r.client.TransactionByHash(ctx, got.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if tx.Nonce() != 1 || tx.GasFeeCap().Cmp(big.NewInt(20e9)) < 0 {
		t.Fatalf("mined attempt nonce %d fee cap %s; want nonce 1 and a cap above the new base fee", tx.Nonce(), tx.GasFeeCap())
	}
	if r.balance(t, holder).Int64() != 5 {
		t.Fatal("the mint did not happen exactly once")
	}
}

// A confirmed transaction dropped by a reorg is re-sent and confirmed again.
func TestReorgedTransactionIsResent(t *testing.T) {
	t.Parallel()
	r := newRig(t, devnet.AnvilConfig{})
	m := r.manager(t, func(c *txmgr.Config) { c.FinalityDepth = 1000 })
	ctx := context.Background()
	var snap string
	if err := r.client.Client().CallContext(ctx, &snap, "evm_snapshot"); err != nil {
		t.Fatal(err)
	}
	if err := m.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer m.Stop(ctx)
	holder := common.HexToAddress("0x5000000000000000000000000000000000000001")
	if _, err := m.Submit(ctx, r.mintRequest("reorged", holder, 9)); err != nil {
		t.Fatal(err)
	}
	first := txmgrtest.WaitAll(t, m, []string{"reorged"})[0]
	if first.State != txmgr.Confirmed {
		t.Fatalf("state %s", first.State)
	}
	var ok bool
	if err := r.client.Client().CallContext(ctx, &ok, "evm_revert", snap); err != nil || !ok {
		t.Fatalf("evm_revert: %v", err)
	}
	mustRPC(t, r.client, "evm_mine")
	mustRPC(t, r.client, "evm_mine") // the new chain is longer, without the mint
	deadline := time.Now().Add(time.Minute)
	for r.balance(t, holder).Int64() != 9 {
		if time.Now().After(deadline) {
			t.Fatal("the reorged mint was not re-sent")
		}
		time.Sleep(50 * time.Millisecond)
	}
	again := txmgrtest.WaitAll(t, m, []string{"reorged"})[0]
	if again.State != txmgr.Confirmed {
		t.Fatalf("after the reorg: %s", again.State)
	}
}

// Two managers for one signer: only one leads at a time; when it stops, the
// other takes over and finishes the work.
func TestOneLeaderPerSigner(t *testing.T) {
	t.Parallel()
	r := newRig(t, devnet.AnvilConfig{})
	ctx := context.Background()
	a, b := r.manager(t, nil), r.manager(t, nil)
	if err := a.Start(ctx); err != nil {
		t.Fatal(err)
	}
	holder := common.HexToAddress("0x6000000000000000000000000000000000000001")
	if _, err := a.Submit(ctx, r.mintRequest("one", holder, 1)); err != nil {
		t.Fatal(err)
	}
	txmgrtest.WaitAll(t, a, []string{"one"})
	if err := b.Start(ctx); err != nil {
		t.Fatal(err)
	}
	if err := a.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Submit(ctx, r.mintRequest("two", holder, 2)); err != nil {
		t.Fatal(err)
	}
	txmgrtest.WaitAll(t, b, []string{"two"})
	_ = b.Stop(ctx)
	if got := r.balance(t, holder).Int64(); got != 3 {
		t.Fatalf("balance %d, want 3", got)
	}
}

func waitState(t *testing.T, r *rig, key string, s txmgr.State) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		req, err := r.store.Request(context.Background(), key)
		if err == nil && req.State == s {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("request %s never reached %s (now %s)", key, s, req.State)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
