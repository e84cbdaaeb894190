package audit

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/tessera-rwa/tessera/bindings/eventspammer"
	"github.com/tessera-rwa/tessera/chain/chaintest"
)

// BenchmarkScan measures the audit's history scan (eth_getLogs in ranges of
// about 10,000 logs, every Transfer decoded and kept) against raw
// eth_getLogs over the same ranges on the same node, on 101,000 Transfer
// events emitted by EventSpammer:
//
//	go test -run '^$' -bench Scan -benchtime 1x ./audit/
func BenchmarkScan(b *testing.B) {
	a := chaintest.Anvil(b)
	c := chaintest.Dial(b, a.URL)
	ctx := context.Background()
	spam := eventspammer.NewEventSpammer()
	opts := chaintest.Transactor(a, a.Keys[7])
	addr, tx, err := bind.DeployContract(opts, common.FromHex(eventspammer.EventSpammerMetaData.Bin), c, nil)
	deployed := chaintest.MustMined(b, c, tx, err).BlockNumber.Uint64()
	inst := spam.Instance(c, addr)
	first, holders := big.NewInt(0x7e55e7a), big.NewInt(1000)
	calls := [][]byte{spam.PackMint(first, holders, big.NewInt(1_000_000))}
	for i := range 50 {
		calls = append(calls, spam.PackSpam(first, holders, big.NewInt(int64(i*7)), big.NewInt(2000)))
	}
	nonce, err := c.PendingNonceAt(ctx, opts.From)
	if err != nil {
		b.Fatal(err)
	}
	var last *types.Transaction
	for _, data := range calls {
		o := *opts
		o.Nonce, o.GasLimit = new(big.Int).SetUint64(nonce), 8_000_000
		nonce++
		if last, err = bind.Transact(inst, &o, data); err != nil {
			b.Fatal(err)
		}
	}
	head := chaintest.MustMined(b, c, last, nil).BlockNumber.Uint64()
	const chunk = 5 // blocks of 2,000 events
	raw := func() (int, time.Duration) {
		start, n := time.Now(), 0
		for from := deployed; from <= head; from += chunk {
			logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from),
				ToBlock: new(big.Int).SetUint64(min(from+chunk-1, head)), Addresses: []common.Address{addr}})
			if err != nil {
				b.Fatal(err)
			}
			n += len(logs)
		}
		return n, time.Since(start)
	}
	raw() // warm the node
	v := &Verifier{Chain: c, ChunkBlocks: chunk}
	asset := Asset{Symbol: "SPAM", Token: addr, TokenBlock: deployed}
	var rawTime, scanTime time.Duration
	events := 0
	b.ResetTimer()
	for i := range b.N {
		// Alternate which goes first, so neither always finds the node warmer.
		var n, kept int
		var took time.Duration
		scan := func() {
			start := time.Now()
			st, _, err := v.scan(ctx, a.ChainID, asset, head)
			if err != nil {
				b.Fatal(err)
			}
			scanTime += time.Since(start)
			kept = len(st.Transfers)
		}
		if i%2 == 1 {
			scan()
		}
		n, took = raw()
		rawTime += took
		if i%2 == 0 {
			scan()
		}
		if kept != n || n != 101_000 {
			b.Fatalf("scan kept %d transfers, the node returned %d", kept, n)
		}
		events += n
	}
	scanRate, rawRate := float64(events)/scanTime.Seconds(), float64(events)/rawTime.Seconds()
	b.ReportMetric(scanRate, "scan-events/s")
	b.ReportMetric(rawRate, "raw-events/s")
	b.ReportMetric(scanRate/rawRate, "ratio")
}
