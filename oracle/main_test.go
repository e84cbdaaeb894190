package oracle_test

import (
	"errors"
	"os"
	"testing"

	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

func TestMain(m *testing.M) {
	code := m.Run()
	if err := errors.Join(chaintest.Shutdown(), pgtest.Shutdown()); err != nil && code == 0 {
		code = 1
	}
	os.Exit(code)
}
