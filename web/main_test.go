package web

import (
	"testing"

	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }
