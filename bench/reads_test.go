package bench

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/postgres"
)

// BenchmarkRequestReads counts the statements of a bulk batch's progress
// over 5,000 requests and of one page of 100 requests with their
// transactions' states (101 asked, as the API does to know there is a next
// page), and times both: reads that once asked for each request's
// transaction one by one. The reads are the platform's (benchApp), its
// transaction manager off so the rows seeded for it stay as they are.
func BenchmarkRequestReads(b *testing.B) {
	ctx := context.Background()
	e, count := benchApp(b)
	pool, chainID, svc := e.Pool, e.ChainID, e.Issuance
	asset, err := svc.CreateAsset(ctx, auth.System("bench-issuer", auth.Issuer), issuance.NewAsset{Kind: issuance.TreasuryFund,
		Name: "Bench Bulk", Symbol: "BULK", Jurisdiction: "US-NY", Currency: "USD", TotalUnits: "1000000000", Decimals: 6})
	if err != nil {
		b.Fatal(err)
	}
	batch := issuance.NewID()
	rs := make([]issuance.Request, issuance.MaxBulkRows)
	at := time.Now().UTC()
	for i := range rs {
		rs[i] = issuance.Request{ID: issuance.NewID(), AssetID: asset.ID, Kind: issuance.MintKind, Wallet: common.BigToAddress(big.NewInt(int64(i + 1))),
			Amount: "1000000", BatchID: batch, State: issuance.Pending, RequestedBy: "system:bench-issuer", CreatedAt: at.Add(time.Duration(i) * time.Microsecond)}
	}
	if err := (&postgres.IssuanceStore{Pool: pool}).CreateRequests(ctx, rs); err != nil {
		b.Fatal(err)
	}
	// Three quarters approved, each with its transaction manager row,
	// confirmed, failed or in flight.
	_, err = pool.Exec(ctx, `
		WITH n AS (SELECT id, (row_number() OVER (ORDER BY created_at, id) - 1)::int AS i FROM issuance_requests WHERE batch_id = $1)
		UPDATE issuance_requests r SET state = 'approved', decided_by = 'system:bench-approver', decided_at = now(),
			tx_key = 'issuance:request:' || r.id
		FROM n WHERE n.id = r.id AND n.i % 4 <> 0`, batch)
	if err == nil {
		_, err = pool.Exec(ctx, `
			INSERT INTO tx_requests (idempotency_key, chain_id, from_address, data, state)
			SELECT tx_key, $2::numeric, decode(repeat('11', 20), 'hex'), '\x',
				(ARRAY['confirmed', 'failed', 'broadcast'])[(row_number() OVER (ORDER BY created_at, id)) % 3 + 1]
			FROM issuance_requests WHERE batch_id = $1 AND tx_key IS NOT NULL`, batch, chainID.String())
	}
	if err == nil {
		_, err = pool.Exec(ctx, "ANALYZE")
	}
	if err != nil {
		b.Fatal(err)
	}

	var progress issuance.Progress
	progressStatements := count.Counted(func() { progress, err = svc.BatchProgress(ctx, asset.ID, batch) })
	if err != nil || progress.Total != issuance.MaxBulkRows {
		b.Fatalf("progress %+v, %v", progress, err)
	}
	var page []issuance.Request
	pageStatements := count.Counted(func() {
		page, err = svc.Requests(ctx, asset.ID, issuance.RequestFilter{BatchID: batch}, rs[1000].ID, 101)
	})
	if err != nil || len(page) != 101 {
		b.Fatalf("page of %d, %v", len(page), err)
	}
	const rounds = 200
	b.ResetTimer()
	for range b.N {
		start := time.Now()
		for range rounds {
			if _, err := svc.BatchProgress(ctx, asset.ID, batch); err != nil {
				b.Fatal(err)
			}
		}
		progressTime := time.Since(start) / rounds
		start = time.Now()
		for i := range rounds {
			if _, err := svc.Requests(ctx, asset.ID, issuance.RequestFilter{BatchID: batch}, rs[i*20].ID, 101); err != nil {
				b.Fatal(err)
			}
		}
		pageTime := time.Since(start) / rounds
		b.ReportMetric(float64(progressStatements), "statements/batch-progress")
		b.ReportMetric(float64(pageStatements), "statements/request-page")
		b.ReportMetric(float64(progressTime.Microseconds())/1000, "batch-progress-ms")
		b.ReportMetric(float64(pageTime.Microseconds())/1000, "request-page-ms")
		b.ReportMetric(issuance.MaxBulkRows, "batch-rows")
		b.ReportMetric(100, "page-rows")
		b.ReportMetric(0, "ns/op")
	}
}
