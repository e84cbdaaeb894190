// Package bench holds Tessera's benchmarks: each measures a Tessera figure
// and its reference side by side in one run (gas against OpenZeppelin and
// Chainlink, mints per second against the block-gas bound, the indexer
// against raw eth_getLogs, …). Run them with `make bench`.
package bench

import (
	"errors"
	"fmt"
	"os"
	"testing"

	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

// TestMain stops the PostgreSQL cluster and anvil processes the benchmarks
// started. It is the package's only TestMain.
func TestMain(m *testing.M) {
	code := m.Run()
	if err := errors.Join(chaintest.Shutdown(), pgtest.Shutdown()); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		if code == 0 {
			code = 1
		}
	}
	os.Exit(code)
}
