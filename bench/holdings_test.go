package bench

import (
	"context"
	"encoding/json"
	"errors"
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

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/chain/txmgr/txmgrtest"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/webtest"
)

// holdingsService builds the issuance service whose Holdings the route
// serves, on the benchmark's database (anvil only backs the chain reader
// and transaction manager it requires; a holdings read touches neither),
// and registers an active asset on token with its valuation feed, as
// tokenizing an existing token leaves it.
func holdingsService(b *testing.B, pool *pgxpool.Pool, chainID *big.Int, token, feed common.Address) *issuance.Service {
	b.Helper()
	ctx := context.Background()
	a := chaintest.Anvil(b)
	c := chaintest.Dial(b, a.URL)
	m, err := txmgr.New(txmgrtest.Config(b, txmgr.NewClient(c), pool, a.Keys[0], a.ChainID))
	if err != nil {
		b.Fatal(err)
	}
	store := &postgres.IssuanceStore{Pool: pool}
	svc, err := issuance.NewService(issuance.Config{
		Store: store, Chain: c, Tx: m, TxLookup: &postgres.TxStore{Pool: pool}, Index: &postgres.IndexStore{Pool: pool},
		Deployments: &postgres.Deployments{Pool: pool}, ChainID: chainID,
		Registry: common.HexToAddress("0x000000000000000000000000000000000000bE61"), Distributor: common.HexToAddress("0x000000000000000000000000000000000000D157"),
		Keys: postgres.NewAPIKeyStore(pool), Rules: noRules{},
	})
	if err != nil {
		b.Fatal(err)
	}
	asset, err := svc.CreateAsset(ctx, auth.System("bench-issuer", auth.Issuer), issuance.NewAsset{Kind: issuance.TreasuryFund, Name: "Bench Fund", Symbol: "BNCH",
		Jurisdiction: "US-NY", Currency: "USD", TotalUnits: "1000000000000000", Decimals: 6})
	if err != nil {
		b.Fatal(err)
	}
	_, err = store.UpdateAsset(ctx, asset.ID, func(a *issuance.Asset) (issuance.Event, error) {
		ev := issuance.Event{From: a.State, To: issuance.Active, Actor: "system:bench-issuer", Note: "benchmark: registered on an existing token"}
		a.State, a.ChainID, a.Token, a.Feed = issuance.Active, chainID.String(), &token, &feed
		return ev, nil
	})
	if err != nil {
		b.Fatal(err)
	}
	// One indexed valuation round, so every holding is valued.
	_, err = pool.Exec(ctx, `INSERT INTO indexer_valuations (chain_id, block_number, log_index, block_hash, tx_hash, feed, round_id, answer, updated_at)
		VALUES ($1, 1, 100, decode(lpad('1', 64, '0'), 'hex'), decode(lpad('f', 64, '0'), 'hex'), $2, 1, 100000000, now())`,
		chainID.Int64(), feed.Bytes())
	if err != nil {
		b.Fatal(err)
	}
	return svc
}

// holdingsOK checks a holdings answer: the wallet holds the asset, valued.
func holdingsOK(hs []issuance.Holding, wallet common.Address) error {
	if len(hs) != 1 || hs[0].Amount == "" || hs[0].Amount == "0" || hs[0].Value == "" {
		return fmt.Errorf("holdings of %s: want one valued holding, got %+v", wallet, hs)
	}
	return nil
}

// seedTransfers writes n synthetic transfers of token among wallets
// holders (block i/10, ten per block), preceded by a mint to each holder in
// block 0 so that every balance stays positive, and the balances they add
// up to.
func seedTransfers(b *testing.B, pool *pgxpool.Pool, chainID int64, token common.Address, n, holders int) {
	b.Helper()
	ctx := context.Background()
	// Wallet k is the 20-byte big-endian k+1; transfer i goes from wallet
	// i%holders to wallet (i*7+1)%holders, so every wallet sends and
	// receives about 2n/holders transfers.
	// The synthetic rows are written without the event stream's triggers:
	// a million stream events would only keep autovacuum busy while the
	// reads are measured.
	conn, err := pool.Acquire(ctx)
	if err != nil {
		b.Fatal(err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SET session_replication_role = replica`); err != nil {
		b.Fatal(err)
	}
	defer conn.Exec(ctx, `RESET session_replication_role`)
	_, err = conn.Exec(ctx, `
		INSERT INTO indexer_transfers (chain_id, block_number, log_index, block_hash, tx_hash, token, from_address, to_address, value)
		SELECT $1, i / 10, i % 10,
		       decode(lpad(to_hex(i / 10), 64, '0'), 'hex'), decode(lpad(to_hex(i), 64, '0'), 'hex'), $2,
		       decode(lpad(to_hex(i % $4 + 1), 40, '0'), 'hex'), decode(lpad(to_hex((i * 7 + 1) % $4 + 1), 40, '0'), 'hex'),
		       1000 + i % 997
		FROM generate_series(0, $3 - 1) AS i`, chainID, token.Bytes(), n, holders)
	if err != nil {
		b.Fatal(err)
	}
	_, err = conn.Exec(ctx, `
		INSERT INTO indexer_transfers (chain_id, block_number, log_index, block_hash, tx_hash, token, from_address, to_address, value)
		SELECT $1, 0, 10 + k, decode(lpad('0', 64, '0'), 'hex'), decode(lpad(to_hex(k), 63, '0') || 'e', 'hex'), $2,
		       decode(lpad('0', 40, '0'), 'hex'), decode(lpad(to_hex(k + 1), 40, '0'), 'hex'), 1000000000000
		FROM generate_series(0, $3 - 1) AS k`, chainID, token.Bytes(), holders)
	if err != nil {
		b.Fatal(err)
	}
	_, err = pool.Exec(ctx, `
		INSERT INTO indexer_balances (chain_id, token, wallet, balance)
		SELECT $1, $2, wallet, sum(amount) FROM (
			SELECT to_address AS wallet, value AS amount FROM indexer_transfers WHERE chain_id = $1
			UNION ALL SELECT from_address, -value FROM indexer_transfers WHERE chain_id = $1) t
		WHERE wallet <> decode(lpad('0', 40, '0'), 'hex')
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

// BenchmarkHoldingsLatency measures the latency percentiles of the issuance
// holdings route GET /v1/investors/{wallet}/holdings through the signed API,
// under concurrent load, with 1M indexed transfers of the asset's token
// (HOLDINGS_TRANSFERS overrides the count), beside the same Holdings call
// behind a bare handler.
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

	feed := common.HexToAddress("0x000000000000000000000000000000000000FeED")
	svc := holdingsService(b, pool, big.NewInt(chainID), token, feed)

	// The issuance holdings route served by the whole API stack: signature
	// check, the PostgreSQL nonce store, metrics, access log; rate limits
	// off so the load is not refused.
	srv := webtest.StartOn(b, pool, web.Config{RateLimit: web.RateLimit{PerKey: -1, PerIP: -1},
		Routes: web.IssuanceRoutes(svc)})
	id, secret := srv.NewKey(b, "bench", apikey.Issuer)
	api := srv.Client(b, id, secret, func(c *client.Config) {
		c.MaxAttempts = 1 // a failure fails the benchmark instead of hiding in the latency
		c.HTTPClient = &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: concurrency}}
	})
	get := func(i int) (time.Duration, error) {
		wallet := common.BigToAddress(big.NewInt(int64(i*7919%holders + 1)))
		start := time.Now()
		var out []issuance.Holding
		if err := api.Do(context.Background(), "GET", "/v1/investors/"+wallet.Hex()+"/holdings", nil, &out); err != nil {
			return 0, err
		}
		d := time.Since(start)
		return d, holdingsOK(out, wallet)
	}
	// The reference: the same issuance.Service.Holdings call behind a bare
	// handler (no signature, nonce, metrics or log), so the table shows
	// what the API stack adds.
	mux := chi.NewRouter()
	mux.Get("/holdings/{wallet}", func(w http.ResponseWriter, r *http.Request) {
		hs, err := svc.Holdings(r.Context(), common.HexToAddress(chi.URLParam(r, "wallet")))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(hs)
	})
	bare := httptest.NewServer(mux)
	defer bare.Close()
	bareHTTP := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: concurrency}}
	getBare := func(i int) (time.Duration, error) {
		wallet := common.BigToAddress(big.NewInt(int64(i*7919%holders + 1)))
		start := time.Now()
		resp, err := bareHTTP.Get(bare.URL + "/holdings/" + wallet.Hex())
		if err != nil {
			return 0, err
		}
		defer resp.Body.Close()
		var out []issuance.Holding
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
			return 0, fmt.Errorf("bare holdings of %s: status %d, %v", wallet, resp.StatusCode, err)
		}
		d := time.Since(start)
		return d, holdingsOK(out, wallet)
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
		b.ReportMetric(percentile(bareLat, 0.95), "bare-p95-ms")
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

// noRules is the rule setter of a service that never tokenizes.
type noRules struct{}

func (noRules) SetRules(context.Context, auth.Principal, common.Address, compliance.RulesUpdate) (compliance.RulesResult, error) {
	return compliance.RulesResult{}, errors.New("bench: no token is tokenized here")
}
