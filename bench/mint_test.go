package bench

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/chain/txmgr/txmgrtest"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

// mintChain is the chain the mint benchmark runs on: one block a second,
// 30M gas per block, so the chain's own bound is 30M gas/s.
const (
	mintBlockTime = time.Second
	mintGasLimit  = 30_000_000
)

// BenchmarkConfirmedMints measures approved mints confirmed per second
// through the transaction manager (batched into batchMint) against the
// bound the chain sets: block gas per second ÷ gas per mint, with the gas
// per mint measured from the same run's receipts. It builds the
// transaction manager itself rather than starting the platform: the figure
// is the bare manager (with the issuance batcher the platform gives it)
// against the chain's bound, on an anvil whose block time and gas limit
// the benchmark sets, a fresh manager per iteration started once its
// backlog is queued.
func BenchmarkConfirmedMints(b *testing.B) {
	a := chaintest.NewAnvil(b, devnet.AnvilConfig{BlockTime: mintBlockTime, Args: []string{"--gas-limit", fmt.Sprint(mintGasLimit)}})
	c := chaintest.Dial(b, a.URL)
	holders := make([]common.Address, 100)
	for i := range holders {
		holders[i] = common.BigToAddress(big.NewInt(int64(0x10000 + i)))
	}
	token := chaintest.DeployAssetToken(b, a, c, holders)
	pool := pgtest.NewDB(b)
	cfg := txmgrtest.Config(b, txmgr.NewClient(c), pool, a.Keys[0], a.ChainID)
	cfg.Batchers = map[string]txmgr.Batcher{issuance.MintBatchKind: issuance.MintBatcher{}}
	cfg.MaxBatch = 500
	cfg.BumpAfter = 3 * mintBlockTime

	const perOp = 20_000
	ctx := context.Background()
	var mints, gas uint64
	var elapsed time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		m, err := txmgr.New(cfg)
		if err != nil {
			b.Fatal(err)
		}
		keys := make([]string, perOp)
		for j := range keys {
			keys[j] = fmt.Sprintf("bench-%d-%d", i, j)
			req, err := issuance.MintOrder{Token: token, To: holders[j%len(holders)], Amount: big.NewInt(1),
				RequestID: crypto.Keccak256Hash([]byte(keys[j]))}.TxRequest(keys[j])
			if err != nil {
				b.Fatal(err)
			}
			if _, err := m.Submit(ctx, req); err != nil {
				b.Fatal(err)
			}
		}
		b.StartTimer()
		start := time.Now()
		if err := m.Start(ctx); err != nil {
			b.Fatal(err)
		}
		done := txmgrtest.WaitAll(b, m, keys)
		elapsed += time.Since(start)
		b.StopTimer()
		_ = m.Stop(ctx)
		txs := map[common.Hash]bool{}
		perBlock := map[uint64]int{}
		for _, r := range done {
			perBlock[r.Block]++
			if r.State == txmgr.Failed {
				b.Fatalf("mint failed: %s", r.Error)
			}
			if !txs[r.TxHash] {
				txs[r.TxHash] = true
				rc, err := c.TransactionReceipt(ctx, r.TxHash)
				if err != nil {
					b.Fatal(err)
				}
				gas += rc.GasUsed
			}
		}
		mints += perOp
		b.Logf("mints per block: %v (%d transactions)", perBlock, len(txs))
	}
	rate := float64(mints) / elapsed.Seconds()
	gasPerMint := float64(gas) / float64(mints)
	bound := float64(mintGasLimit) / mintBlockTime.Seconds() / gasPerMint
	b.ReportMetric(rate, "mints/s")
	b.ReportMetric(gasPerMint, "gas/mint")
	b.ReportMetric(bound, "bound-mints/s")
	b.ReportMetric(rate/bound, "ratio")
	b.Logf("confirmed mints: %.0f/s; bound %.0f/s (%d gas/block, %s blocks, %.0f gas per batched mint); ratio %.2f",
		rate, bound, mintGasLimit, mintBlockTime, gasPerMint, rate/bound)
}
