package indexer_test

import (
	"testing"

	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

func TestMain(m *testing.M) { chaintest.Main(m, pgtest.Shutdown) }
