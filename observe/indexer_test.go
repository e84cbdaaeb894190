package observe

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/tessera-rwa/tessera/chain"
)

func TestIndexerMetrics(t *testing.T) {
	t.Parallel()
	reg := prometheus.NewRegistry()
	m := NewIndexerMetrics(reg)
	m.Reorg(3)
	bad := chain.UndecodableLog{Contract: "AssetToken", Address: common.HexToAddress("0x00000000000000000000000000000000000000b1")}
	m.Undecodable(bad)
	m.Undecodable(bad)
	want := `
# HELP tessera_indexer_reorgs_total Chain reorganizations the indexer rolled back.
# TYPE tessera_indexer_reorgs_total counter
tessera_indexer_reorgs_total 1
# HELP tessera_indexer_undecodable_logs_total Logs of followed contracts the indexer could not decode, recorded in indexer_undecodable_logs and skipped.
# TYPE tessera_indexer_undecodable_logs_total counter
tessera_indexer_undecodable_logs_total{address="0x00000000000000000000000000000000000000B1",contract="AssetToken"} 2
`
	if err := testutil.GatherAndCompare(reg, strings.NewReader(want), "tessera_indexer_reorgs_total", "tessera_indexer_undecodable_logs_total"); err != nil {
		t.Fatal(err)
	}
	if n := testutil.CollectAndCount(reg, "tessera_indexer_reorg_depth_blocks"); n != 1 {
		t.Fatalf("reorg depth series: %d", n)
	}
}
