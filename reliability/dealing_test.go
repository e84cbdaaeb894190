package reliability

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"os"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/bindings/dealing"
	"github.com/tessera-rwa/tessera/bindings/devstablecoin"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/client"
)

// DealingResult is the dealing drill's part of reliability/results.json.
type DealingResult struct {
	Requests  int `json:"requests"`
	Investors int `json:"investor_keys"`
	// Fulfilled counts the ids with a DepositFulfilled event on chain,
	// Duplicates the events beyond one per id, LeftPending the requests
	// the contract still holds pending.
	Fulfilled   int `json:"fulfilled_on_chain"`
	Duplicates  int `json:"duplicates"`
	LeftPending int `json:"left_pending"`
	// FulfilTxs are the fulfil transactions mined, Reverted those of them
	// that reverted.
	FulfilTxs int `json:"fulfil_transactions"`
	Reverted  int `json:"fulfil_reverted"`
	// GasPerRequest is the fulfil transactions' gas used (receipts) per
	// request; TxBound is ⌈requests / (GasBudget ÷ GasPerRequest)⌉.
	GasPerRequest uint64   `json:"gas_per_request"`
	BlockGasLimit uint64   `json:"block_gas_limit"`
	GasBudget     uint64   `json:"gas_budget"`
	TxBound       int      `json:"fulfil_transactions_bound"`
	BookBatches   []int    `json:"book_batches"` // requests per batch as priced
	BookState     string   `json:"book_state"`
	Kills         []string `json:"kills"`
	DurationS     float64  `json:"duration_seconds"`
}

var (
	dealABI = dealing.NewDealing()
	coinABI = devstablecoin.NewDevStablecoin()
	feedABI = valuationfeed.NewValuationFeed()
	regABI  = identityregistry.NewIdentityRegistry()
)

// The Dealing contract's pending state (Dealing.State).
const statePending = 1

// TestDealingDayUnderFaults runs a dealing day through `tessera serve`
// with the dealing worker: deposit requests from a handful of investor
// keys before the cut-off, the NAV after it, the book approved, and serve
// killed with SIGKILL while the book is fulfilled — once per batch with
// the batch's transaction sent and not yet mined (the node mines only
// when told, so each kill lands after one batch's confirmation and
// before the next one's), and once more after the last batch is mined,
// before the book is recorded fulfilled. It then counts on the node: one
// DepositFulfilled per request, none left pending, no fulfil reverted
// (the design reverts a batch only when one of its requests left pending
// after pricing, e.g. cancelled: NotPending; none is here), and no more
// fulfil transactions than ⌈requests / (budget ÷ measured gas per
// request)⌉, the budget being the app's (nine tenths of min(block gas
// limit, 2^24)).
//
// `go test` runs 200 requests on blocks of 2,000,000 gas, so the book
// takes several batches; `make reliability` 1,000 requests on anvil's
// 30,000,000 (RELIABILITY_DEALING_REQUESTS, RELIABILITY_DEALING_GAS_LIMIT;
// 0 keeps anvil's).
func TestDealingDayUnderFaults(t *testing.T) {
	if testing.Short() {
		t.Skip("reliability suite: skipped with -short")
	}
	n, investors := 200, 5
	gasLimit := uint64(2_000_000)
	if v := os.Getenv("RELIABILITY_DEALING_REQUESTS"); v != "" {
		n = mustAtoi(t, "RELIABILITY_DEALING_REQUESTS", v)
	}
	if v := os.Getenv("RELIABILITY_DEALING_GAS_LIMIT"); v != "" {
		gasLimit = uint64(mustAtoi(t, "RELIABILITY_DEALING_GAS_LIMIT", v))
	}
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 25*time.Minute)
	defer cancel()
	res := DealingResult{Requests: n, Investors: investors}

	// Key 0 is serve's signer, key 1 the NAV's transmitter, then the
	// investors: verified in the registry, holding tUSD, the Dealing
	// contract approved; the feed's first NAV ($100.00) is on chain.
	var keys []*ecdsa.PrivateKey
	h := newHarness(t, harnessOptions{
		Accounts: 2 + investors,
		Workers:  "txmgr,indexer,dealing",
		Env:      []string{"TESSERA_DEALING_EVERY=200ms"},
		Dealing:  true,
		Prepare: func(t *testing.T, ctx context.Context, c *ethclient.Client, s devnet.Suite, ks []*ecdsa.PrivateKey) {
			keys = ks
			admin := ks[0]
			var wallets []common.Address
			var ids [][32]byte
			var countries []uint16
			var expiries []uint64
			var flags []*big.Int
			for i, k := range ks[2:] {
				w := crypto.PubkeyToAddress(k.PublicKey)
				wallets = append(wallets, w)
				ids = append(ids, crypto.Keccak256Hash([]byte(fmt.Sprintf("reliability investor %d", i))))
				countries, expiries, flags = append(countries, 276), append(expiries, uint64(time.Now().AddDate(1, 0, 0).Unix())), append(flags, big.NewInt(1))
			}
			mustSend(t, c, admin, s.Registry.Address, regABI.PackBatchRegisterIdentity(wallets, ids, countries, expiries, flags))
			mustSend(t, c, admin, s.FundFeed.Address, feedABI.PackGrantRole(crypto.Keccak256Hash([]byte("TRANSMITTER_ROLE")), crypto.PubkeyToAddress(ks[1].PublicKey)))
			each := usdc(int64(200 * n / investors))
			for i, k := range ks[2:] {
				mustSend(t, c, admin, s.Stablecoin.Address, coinABI.PackMint(wallets[i], each))
				mustSend(t, c, k, s.Stablecoin.Address, coinABI.PackApprove(s.FundDealing.Address, each))
			}
			mustSend(t, c, ks[1], s.FundFeed.Address, feedABI.PackTransmit(big.NewInt(100_00000000), uint64(time.Now().Unix()-5)))
			if gasLimit != 0 {
				if err := c.Client().Call(nil, "evm_setBlockGasLimit", hexutil.Uint64(gasLimit)); err != nil {
					t.Fatalf("evm_setBlockGasLimit: %v", err)
				}
				mine(t, c)
			}
		},
	})
	c, err := ethclient.Dial(h.nodeURL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	dl := h.suite.FundDealing.Address
	issuer, err := client.New(client.Config{BaseURL: h.apiURL, KeyID: h.keyID, Secret: h.secret, HTTPClient: httpClient()})
	if err != nil {
		t.Fatal(err)
	}
	approver, err := client.New(client.Config{BaseURL: h.apiURL, KeyID: h.approverID, Secret: h.approverSecret, HTTPClient: httpClient()})
	if err != nil {
		t.Fatal(err)
	}

	// The calendar: every day in UTC, deposits by request. Setting it
	// publishes its next cut-offs on the Dealing contract, and every
	// request is stamped with the first one after it: the day's cut-off is
	// the first whole minute at least two minutes ahead, time enough for
	// the requests.
	calendar := func(cut time.Time) {
		t.Helper()
		if _, err := issuer.SetDealingCalendar(ctx, h.assetID, api.SetDealingCalendar{TimeZone: "UTC",
			BusinessDays: []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"},
			Cutoff:       cut.UTC().Format("15:04"), SettlementLag: 1, NAVTTL: 3600,
			MinDeposit: "1000000", MinRedeem: "1", Modes: []string{"async_deposit"}}); err != nil {
			t.Fatalf("set the calendar: %v", err)
		}
	}
	cut := time.Now().UTC().Add(2 * time.Minute).Truncate(time.Minute).Add(time.Minute)
	calendar(cut)

	// The requests: n deposits of $100 and a few cents, many per key,
	// each key sending its own in nonce order.
	var wg sync.WaitGroup
	errc := make(chan error, investors)
	var lastMu sync.Mutex
	var last uint64 // the newest request block's time
	for v, k := range keys[2:] {
		wg.Add(1)
		go func() {
			defer wg.Done()
			from := crypto.PubkeyToAddress(k.PublicKey)
			nonce, err := c.PendingNonceAt(ctx, from)
			if err != nil {
				errc <- err
				return
			}
			var txs []common.Hash
			for i := v; i < n; i += investors {
				tx, err := sendTx(ctx, c, k, nonce, dl, dealABI.PackRequestDeposit(new(big.Int).Add(usdc(100), big.NewInt(int64(i))), from, from), 600_000)
				if err != nil {
					errc <- err
					return
				}
				nonce++
				txs = append(txs, tx)
			}
			for _, tx := range txs {
				wctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
				r, err := chain.WaitMined(wctx, c, tx, 20*time.Millisecond)
				cancel()
				if err != nil && wctx.Err() != nil {
					err = fmt.Errorf("request %s from %s not mined within 3 minutes", tx, from)
				}
				if err == nil && r.Status != types.ReceiptStatusSuccessful {
					err = fmt.Errorf("request %s reverted", tx)
				}
				if err != nil {
					errc <- err
					return
				}
				hd, err := c.HeaderByNumber(ctx, r.BlockNumber)
				if err != nil {
					errc <- err
					return
				}
				lastMu.Lock()
				last = max(last, hd.Time)
				lastMu.Unlock()
			}
		}()
	}
	wg.Wait()
	close(errc)
	for err := range errc {
		t.Fatalf("the requests: %v", err)
	}
	ids := make([]*big.Int, 0, n)
	for _, l := range filterLogs(t, ctx, c, dl, "DepositRequest") {
		ev, err := dealABI.UnpackDepositRequestEvent(&l)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, ev.RequestId)
	}
	if len(ids) != n {
		t.Fatalf("%d requests on chain, want %d", len(ids), n)
	}
	t.Logf("%d requests from %d keys in %s", n, investors, time.Since(start).Round(time.Millisecond))

	// Every request made before the cut-off belongs to its day. Once it
	// has passed, the day's NAV ($101.00) is observed and sent.
	if time.Unix(int64(last), 0).After(cut) || time.Unix(int64(last), 0).Equal(cut) {
		t.Fatalf("the requests took until %s, past the cut-off %s", time.Unix(int64(last), 0).UTC(), cut)
	}
	time.Sleep(time.Until(cut.Add(time.Second)))
	mustSend(t, c, keys[1], h.suite.FundFeed.Address, feedABI.PackTransmit(big.NewInt(101_00000000), uint64(time.Now().Unix())))

	var book api.DealingBook
	waitUntil(t, ctx, 2*time.Minute, "the day's book priced", func() bool {
		for b, err := range issuer.DealingBooks(ctx, h.assetID, 5) {
			if err == nil && b.Cutoff.Equal(cut) && b.State == "priced" {
				book = b
				return true
			}
		}
		return false
	})
	if book, err = issuer.DealingBook(ctx, book.ID); err != nil {
		t.Fatal(err)
	}
	if len(book.Lines) != n {
		t.Fatalf("the book has %d lines, want %d", len(book.Lines), n)
	}
	for _, bt := range book.Batches {
		res.BookBatches = append(res.BookBatches, len(bt.RequestIDs))
	}
	t.Logf("book %d priced: %d lines in batches of %v (gas %v)", book.ID, len(book.Lines), res.BookBatches, batchGas(book))

	// The node mines only when told from here on: each kill lands with a
	// batch's transaction sent and not mined.
	if err := c.Client().Call(nil, "evm_setAutomine", false); err != nil {
		t.Fatal(err)
	}
	approved, err := c.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := approver.ApproveDealingBook(ctx, book.ID, "reliability"); err != nil {
		t.Fatalf("approve the book: %v", err)
	}
	kill := func(what string) {
		b, _ := issuer.DealingBook(ctx, book.ID)
		h.mu.Lock()
		cmd := h.serve
		h.mu.Unlock()
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()
		h.restarts++
		res.Kills = append(res.Kills, fmt.Sprintf("%s (book %s)", what, b.State))
		t.Log("fault: kill -9 serve:", what)
	}
	// Each kill lands with fulfil transactions sent and not mined: one
	// batch's, or more when serve sent the next batch before the test saw
	// the first pending. One block mines all of them, so the requests
	// fulfilled on chain, not the batch count, decide whether another
	// kill is due.
	for fulfilled := 0; fulfilled < n; fulfilled = len(filterLogs(t, ctx, c, dl, "DepositFulfilled")) {
		waitUntil(t, ctx, 2*time.Minute, "a fulfil transaction sent", func() bool { return pendingTo(t, c, dl) > 0 })
		kill(fmt.Sprintf("%d transaction(s) of %d batches sent, not mined (%d fulfilled on chain)", pendingTo(t, c, dl), len(book.Batches), fulfilled))
		mine(t, c)
		h.startServe(t)
	}
	kill(fmt.Sprintf("every batch mined (%d fulfilled on chain), the book not yet followed", len(filterLogs(t, ctx, c, dl, "DepositFulfilled"))))
	if err := c.Client().Call(nil, "evm_setAutomine", true); err != nil {
		t.Fatal(err)
	}
	mining, stopMining := context.WithCancel(ctx)
	defer stopMining()
	go func() { // blocks for the confirmations
		for mining.Err() == nil {
			_ = c.Client().Call(nil, "evm_mine")
			time.Sleep(250 * time.Millisecond)
		}
	}()
	h.startServe(t)
	waitUntil(t, ctx, 3*time.Minute, "the book fulfilled", func() bool {
		b, err := issuer.DealingBook(ctx, book.ID)
		res.BookState = b.State
		return err == nil && b.State == "fulfilled"
	})
	stopMining()

	// On the node: one DepositFulfilled per request, none pending, the
	// fulfil transactions and their gas.
	seen := map[string]int{}
	for _, l := range filterLogs(t, ctx, c, dl, "DepositFulfilled") {
		ev, err := dealABI.UnpackDepositFulfilledEvent(&l)
		if err != nil {
			t.Fatal(err)
		}
		seen[ev.RequestId.String()]++
	}
	for _, id := range ids {
		switch k := seen[id.String()]; {
		case k >= 1:
			res.Fulfilled++
			res.Duplicates += k - 1
		}
		out, err := c.CallContract(ctx, ethereum.CallMsg{To: &dl, Data: dealABI.PackRequestOf(id)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		r, err := dealABI.UnpackRequestOf(out)
		if err != nil {
			t.Fatal(err)
		}
		if r.State == statePending {
			res.LeftPending++
		}
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	var used uint64
	fulfil := dealABI.GetABI().Methods["fulfil"].ID
	for bn := approved + 1; bn <= head.Number.Uint64(); bn++ {
		blk, err := c.BlockByNumber(ctx, new(big.Int).SetUint64(bn))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range blk.Transactions() {
			if tx.To() == nil || *tx.To() != dl || len(tx.Data()) < 4 || !bytesEqual(tx.Data()[:4], fulfil) {
				continue
			}
			r, err := c.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			res.FulfilTxs++
			if r.Status != types.ReceiptStatusSuccessful {
				res.Reverted++
				continue
			}
			used += r.GasUsed
		}
	}
	res.BlockGasLimit = head.GasLimit
	res.GasBudget = min(head.GasLimit, 1<<24) / 10 * 9 // internal/app's fulfilBudget
	res.GasPerRequest = used / uint64(n)
	perRequest := float64(used) / float64(n)
	res.TxBound = int(math.Ceil(float64(n) / (float64(res.GasBudget) / perRequest)))
	res.DurationS = time.Since(start).Seconds()

	out, _ := json.MarshalIndent(res, "", "  ")
	t.Logf("dealing result:\n%s", out)
	writeResult(t, func(r *Result) { r.Dealing = &res })
	if res.Fulfilled != n || res.Duplicates != 0 || res.LeftPending != 0 || res.Reverted != 0 || res.BookState != "fulfilled" ||
		res.FulfilTxs > res.TxBound || len(res.Kills) < 2 {
		t.Fatalf("fulfilled %d of %d, duplicates %d, pending %d, fulfil transactions %d (bound %d, reverted %d), book %s, kills %d\nserve log tail:\n%s",
			res.Fulfilled, n, res.Duplicates, res.LeftPending, res.FulfilTxs, res.TxBound, res.Reverted, res.BookState, len(res.Kills), h.serveLog())
	}
}

func usdc(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1_000_000)) }

func bytesEqual(a, b []byte) bool { return string(a) == string(b) }

func batchGas(b api.DealingBook) []uint64 {
	var out []uint64
	for _, bt := range b.Batches {
		out = append(out, bt.Gas)
	}
	return out
}

// sendTx signs data to `to` from key at nonce and sends it.
func sendTx(ctx context.Context, c *ethclient.Client, key *ecdsa.PrivateKey, nonce uint64, to common.Address, data []byte, gas uint64) (common.Hash, error) {
	chainID, err := c.ChainID(ctx)
	if err != nil {
		return common.Hash{}, err
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return common.Hash{}, err
	}
	tip := big.NewInt(1_000_000_000)
	// The requests are sent in a burst against a small block gas limit:
	// every block is full and the base fee rises 12.5% a block, about 7×
	// over the 200 requests' blocks. A cap of 3× the base fee at sending
	// left the last requests below it, pending for ever; 100× covers some
	// 39 full blocks.
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(100)), tip)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce,
		GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: &to, Data: data})
	if err != nil {
		return common.Hash{}, err
	}
	return tx.Hash(), c.SendTransaction(ctx, tx)
}

// mustSend sends data from key and waits for its success (while the node
// mines on every transaction).
func mustSend(t *testing.T, c *ethclient.Client, key *ecdsa.PrivateKey, to common.Address, data []byte) {
	t.Helper()
	ctx := context.Background()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := c.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	gas, err := c.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Data: data})
	if err != nil {
		t.Fatalf("send to %s: %v", to, err)
	}
	hash, err := sendTx(ctx, c, key, nonce, to, data, gas*5/4)
	if err != nil {
		t.Fatal(err)
	}
	r, err := chain.WaitMined(ctx, c, hash, 20*time.Millisecond)
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("transaction %s to %s failed: %v", hash, to, err)
	}
}

func mine(t *testing.T, c *ethclient.Client) {
	t.Helper()
	if err := c.Client().Call(nil, "evm_mine"); err != nil {
		t.Fatalf("evm_mine: %v", err)
	}
}

// pendingTo counts the node's pending transactions to `to`.
func pendingTo(t *testing.T, c *ethclient.Client, to common.Address) int {
	t.Helper()
	var pool struct {
		Pending map[string]map[string]struct {
			To *common.Address `json:"to"`
		} `json:"pending"`
	}
	if err := c.Client().Call(&pool, "txpool_content"); err != nil {
		t.Fatalf("txpool_content: %v", err)
	}
	n := 0
	for _, byNonce := range pool.Pending {
		for _, tx := range byNonce {
			if tx.To != nil && *tx.To == to {
				n++
			}
		}
	}
	return n
}

// filterLogs returns the Dealing contract's events named event.
func filterLogs(t *testing.T, ctx context.Context, c *ethclient.Client, dl common.Address, event string) []types.Log {
	t.Helper()
	logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{dl},
		Topics: [][]common.Hash{{dealABI.GetABI().Events[event].ID}}})
	if err != nil {
		t.Fatal(err)
	}
	return logs
}

func waitUntil(t *testing.T, ctx context.Context, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) || ctx.Err() != nil {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// writeResult updates RELIABILITY_WRITE's results with set, keeping what
// the other drills wrote.
func writeResult(t *testing.T, set func(*Result)) {
	t.Helper()
	path := os.Getenv("RELIABILITY_WRITE")
	if path == "" {
		return
	}
	var r Result
	if b, err := os.ReadFile(path); err == nil {
		_ = json.Unmarshal(b, &r)
	}
	set(&r)
	out, _ := json.MarshalIndent(r, "", "  ")
	if err := os.WriteFile(path, append(out, '\n'), 0o644); err != nil {
		t.Error(err)
	}
}
