package bench

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"sort"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/go-chi/chi/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/apikey"
	"github.com/tessera-rwa/tessera/web/webtest"
)

// holdingsResponse is what the holdings read answers.
type holdingsResponse struct {
	Balance   string `json:"balance"`
	Transfers int    `json:"transfers"`
}

// holdingsRoute is the read the holdings route makes for one wallet, as a
// signed /v1 route: its balance of the token and its latest 50 transfers,
// through the indexer read path (postgres/indexer_read.go). The issuance
// API's holdings route is built on the same reads; to measure it instead,
// return that route here.
func holdingsRoute(store *postgres.IndexStore, chainID *big.Int, token common.Address) web.Route {
	return web.Route{Method: "GET", Pattern: "/bench/holdings/{wallet}", Summary: "holdings of a wallet (benchmark)",
		Scopes: []apikey.Scope{apikey.Auditor}, Response: holdingsResponse{},
		Handler: func(w http.ResponseWriter, r *http.Request) error {
			wallet := common.HexToAddress(chi.URLParam(r, "wallet"))
			ctx := r.Context()
			bal, err := store.BalanceOf(ctx, chainID, token, wallet, chain.ViewLatest)
			if err != nil {
				return err
			}
			ts, err := store.Transfers(ctx, chainID, chain.TransferFilter{Token: token, Wallet: wallet, Desc: true}, nil, 50)
			if err != nil {
				return err
			}
			web.JSON(w, r, http.StatusOK, holdingsResponse{Balance: bal.String(), Transfers: len(ts)})
			return nil
		}}
}

// seedTransfers writes n synthetic transfers of token among wallets
// holders (block i/10, ten per block) and the balances they add up to.
func seedTransfers(b *testing.B, pool *pgxpool.Pool, chainID int64, token common.Address, n, holders int) {
	b.Helper()
	ctx := context.Background()
	// Wallet k is the 20-byte big-endian k+1; transfer i goes from wallet
	// i%holders to wallet (i*7+1)%holders, so every wallet sends and
	// receives about 2n/holders transfers.
	_, err := pool.Exec(ctx, `
		INSERT INTO indexer_transfers (chain_id, block_number, log_index, block_hash, tx_hash, token, from_address, to_address, value)
		SELECT $1, i / 10, i % 10,
		       decode(lpad(to_hex(i / 10), 64, '0'), 'hex'), decode(lpad(to_hex(i), 64, '0'), 'hex'), $2,
		       decode(lpad(to_hex(i % $4 + 1), 40, '0'), 'hex'), decode(lpad(to_hex((i * 7 + 1) % $4 + 1), 40, '0'), 'hex'),
		       1000 + i % 997
		FROM generate_series(0, $3 - 1) AS i`, chainID, token.Bytes(), n, holders)
	if err != nil {
		b.Fatal(err)
	}
	_, err = pool.Exec(ctx, `
		INSERT INTO indexer_balances (chain_id, token, wallet, balance)
		SELECT $1, $2, wallet, sum(amount) FROM (
			SELECT to_address AS wallet, value AS amount FROM indexer_transfers WHERE chain_id = $1
			UNION ALL SELECT from_address, -value FROM indexer_transfers WHERE chain_id = $1) t
		GROUP BY wallet`, chainID, token.Bytes())
	if err != nil {
		b.Fatal(err)
	}
	_, err = pool.Exec(ctx, `INSERT INTO indexer_cursors (chain_id, block_number, block_hash, finalized_number, head_number)
		VALUES ($1, $2, decode(lpad('1', 64, '0'), 'hex'), $2, $2)`, chainID, n/10)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := pool.Exec(ctx, "ANALYZE indexer_transfers; ANALYZE indexer_balances"); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkHoldingsLatency measures the latency percentiles of the
// per-wallet holdings read through the signed API, under concurrent load,
// with 1M indexed transfers (HOLDINGS_TRANSFERS overrides the count).
func BenchmarkHoldingsLatency(b *testing.B) {
	n := 1_000_000
	if v := os.Getenv("HOLDINGS_TRANSFERS"); v != "" {
		n, _ = strconv.Atoi(v)
	}
	const holders, concurrency, requests = 10_000, 16, 4_000
	pool := pgtest.NewDB(b)
	chainID := int64(31337)
	token := common.HexToAddress("0x00000000000000000000000000000000000070cE")
	seedStart := time.Now()
	seedTransfers(b, pool, chainID, token, n, holders)
	b.Logf("seeded %d transfers among %d wallets in %s", n, holders, time.Since(seedStart).Round(time.Millisecond))

	// The whole API stack: signature check, the PostgreSQL nonce store,
	// metrics, access log; rate limits off so the load is not refused.
	srv := webtest.Start(b, web.Config{Pool: pool, RateLimit: web.RateLimit{PerKey: -1, PerIP: -1},
		Routes: []web.Route{holdingsRoute(&postgres.IndexStore{Pool: pool}, big.NewInt(chainID), token)}})
	id, secret := srv.NewKey(b, "bench", apikey.Auditor)
	api := srv.Client(b, id, secret, func(c *client.Config) {
		c.MaxAttempts = 1 // a failure fails the benchmark instead of hiding in the latency
		c.HTTPClient = &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: concurrency}}
	})
	get := func(i int) (time.Duration, error) {
		wallet := common.BigToAddress(big.NewInt(int64(i*7919%holders + 1)))
		start := time.Now()
		var out holdingsResponse
		if err := api.Do(context.Background(), "GET", "/v1/bench/holdings/"+wallet.Hex(), nil, &out); err != nil {
			return 0, err
		}
		if out.Transfers == 0 {
			return 0, fmt.Errorf("holdings of %s: no transfers", wallet)
		}
		return time.Since(start), nil
	}
	// The reference: the same reads behind a bare handler (no signature,
	// nonce, metrics or log), so the table shows what the API stack adds.
	route := holdingsRoute(&postgres.IndexStore{Pool: pool}, big.NewInt(chainID), token)
	mux := chi.NewRouter()
	mux.Method("GET", "/bench/holdings/{wallet}", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := route.Handler(w, r); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	}))
	bare := httptest.NewServer(mux)
	defer bare.Close()
	bareHTTP := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: concurrency}}
	getBare := func(i int) (time.Duration, error) {
		wallet := common.BigToAddress(big.NewInt(int64(i*7919%holders + 1)))
		start := time.Now()
		resp, err := bareHTTP.Get(bare.URL + "/bench/holdings/" + wallet.Hex())
		if err != nil {
			return 0, err
		}
		defer resp.Body.Close()
		var out holdingsResponse
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || out.Transfers == 0 {
			return 0, fmt.Errorf("bare holdings of %s: status %d, %v", wallet, resp.StatusCode, err)
		}
		return time.Since(start), nil
	}
	for i := 0; i < 200; i++ { // warm the pools and the caches
		if _, err := get(i); err != nil {
			b.Fatal(err)
		}
		if _, err := getBare(i); err != nil {
			b.Fatal(err)
		}
	}

	b.ResetTimer()
	for range b.N {
		apiLat, apiRate := loadLatencies(b, get, requests, concurrency)
		bareLat, bareRate := loadLatencies(b, getBare, requests, concurrency)
		b.ReportMetric(percentile(apiLat, 0.50), "p50-ms")
		b.ReportMetric(percentile(apiLat, 0.95), "p95-ms")
		b.ReportMetric(percentile(apiLat, 0.99), "p99-ms")
		b.ReportMetric(apiRate, "req/s")
		b.ReportMetric(percentile(bareLat, 0.50), "bare-p50-ms")
		b.ReportMetric(percentile(bareLat, 0.99), "bare-p99-ms")
		b.ReportMetric(bareRate, "bare-req/s")
		b.ReportMetric(float64(n), "transfers")
		b.ReportMetric(concurrency, "concurrency")
		b.ReportMetric(0, "ns/op")
	}
}

// loadLatencies sends requests calls of get from concurrency goroutines and
// returns the sorted latencies and the rate achieved.
func loadLatencies(b *testing.B, get func(int) (time.Duration, error), requests, concurrency int) ([]time.Duration, float64) {
	b.Helper()
	lat := make([]time.Duration, requests)
	var wg sync.WaitGroup
	var failed error
	var mu sync.Mutex
	start := time.Now()
	for w := 0; w < concurrency; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < requests; i += concurrency {
				d, err := get(i)
				if err != nil {
					mu.Lock()
					failed = err
					mu.Unlock()
					return
				}
				lat[i] = d
			}
		}(w)
	}
	wg.Wait()
	elapsed := time.Since(start)
	if failed != nil {
		b.Fatal(failed)
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	return lat, float64(requests) / elapsed.Seconds()
}

// percentile of sorted latencies, in milliseconds.
func percentile(sorted []time.Duration, p float64) float64 {
	return float64(sorted[int(p*float64(len(sorted)-1))].Microseconds()) / 1000
}
