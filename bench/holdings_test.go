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
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

// holdingsRead is the read the holdings route makes for one wallet: its
// balance of the token and its latest transfers. Until the issuance API's
// holdings route is on main this is the indexer read path it is built on
// (postgres/indexer_read.go); to measure the route itself, replace
// holdingsHandler with the route's handler.
func holdingsHandler(store *postgres.IndexStore, chainID *big.Int, token common.Address) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		wallet := common.HexToAddress(r.PathValue("wallet"))
		ctx := r.Context()
		bal, err := store.BalanceOf(ctx, chainID, token, wallet, chain.ViewLatest)
		if err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		ts, err := store.Transfers(ctx, chainID, chain.TransferFilter{Token: token, Wallet: wallet, Desc: true}, nil, 50)
		if err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"balance": bal.String(), "transfers": len(ts)})
	})
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
// per-wallet holdings read over HTTP, under concurrent load, with 1M
// indexed transfers (HOLDINGS_TRANSFERS overrides the count).
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

	srv := httptest.NewServer(func() http.Handler {
		mux := http.NewServeMux()
		mux.Handle("GET /holdings/{wallet}", holdingsHandler(&postgres.IndexStore{Pool: pool}, big.NewInt(chainID), token))
		return mux
	}())
	defer srv.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: concurrency}}
	get := func(i int) (time.Duration, error) {
		wallet := common.BigToAddress(big.NewInt(int64(i*7919%holders + 1)))
		start := time.Now()
		resp, err := client.Get(srv.URL + "/holdings/" + wallet.Hex())
		if err != nil {
			return 0, err
		}
		defer resp.Body.Close()
		var out struct{ Transfers int }
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || resp.StatusCode != 200 || out.Transfers == 0 {
			return 0, fmt.Errorf("holdings: status %d, %d transfers, %v", resp.StatusCode, out.Transfers, err)
		}
		return time.Since(start), nil
	}
	for i := 0; i < 200; i++ { // warm the pool and the caches
		if _, err := get(i); err != nil {
			b.Fatal(err)
		}
	}

	b.ResetTimer()
	for range b.N {
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
		pct := func(p float64) float64 { return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000 }
		b.ReportMetric(pct(0.50), "p50-ms")
		b.ReportMetric(pct(0.95), "p95-ms")
		b.ReportMetric(pct(0.99), "p99-ms")
		b.ReportMetric(float64(requests)/elapsed.Seconds(), "req/s")
		b.ReportMetric(float64(n), "transfers")
		b.ReportMetric(concurrency, "concurrency")
		b.ReportMetric(0, "ns/op")
	}
}
