package web

import (
	"log/slog"
	"testing"

	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

func discardLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }
