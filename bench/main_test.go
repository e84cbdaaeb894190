// Package bench holds Tessera's benchmarks: each measures a Tessera figure
// and its reference side by side in one run (gas against OpenZeppelin and
// Chainlink, mints per second against the block-gas bound, the indexer
// against raw eth_getLogs, …). `make bench-gas` and `make bench-mints` run
// two of them; README.md lists the command of each.
package bench

import (
	"testing"

	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/internal/app"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

// TestMain runs the benchmarks with the runtime settings tessera runs with
// (app.TuneRuntime) and stops the PostgreSQL cluster and anvil processes
// they started. It is the package's only TestMain.
func TestMain(m *testing.M) {
	app.TuneRuntime()
	chaintest.Main(m, pgtest.Shutdown)
}
