package main

import (
	"context"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/tessera-rwa/tessera/postgres"
)

// The dev cluster listens on the same port after a restart, so an
// exported DATABASE_URL stays valid; when another program has taken that
// port meanwhile, it says so, with the new URL, moves to a free port and
// keeps the new one from then on.
func TestDevPostgresKeepsItsPort(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(dataDir(t), "pg")
	var logs lockedBuffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	ctx := context.Background()
	start := func() (int, string) {
		t.Helper()
		c, moved, err := startDevPostgres(ctx, dir, log)
		if err != nil {
			t.Fatal(err)
		}
		if err := c.CreateDatabase(ctx, "tessera"); err != nil {
			t.Fatal(err)
		}
		if err := c.Stop(ctx); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(devPortFile(dir))
		if err != nil || strings.TrimSpace(string(b)) != strconv.Itoa(c.Port()) {
			t.Fatalf("%s = %q, %v; the cluster ran on %d", devPortFile(dir), b, err, c.Port())
		}
		return c.Port(), moved
	}

	first, moved := start()
	if moved != "" {
		t.Errorf("a new cluster says it moved: %q", moved)
	}
	if again, moved := start(); again != first || moved != "" {
		t.Fatalf("restarted on port %d (moved %q), first on %d", again, moved, first)
	}

	taken, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(first)))
	if err != nil {
		t.Fatal(err)
	}
	second, moved := start()
	taken.Close()
	if second == first || !strings.Contains(moved, "moved from port "+strconv.Itoa(first)) {
		t.Fatalf("with port %d taken: port %d, moved %q", first, second, moved)
	}
	l := logs.String()
	if !strings.Contains(l, "level=WARN") || !strings.Contains(l, "old_port="+strconv.Itoa(first)) ||
		!strings.Contains(l, "tessera:xxxxx@127.0.0.1:"+strconv.Itoa(second)+"/tessera") {
		t.Errorf("the move is not logged with the new URL:\n%s", l)
	}
	if pw, err := os.ReadFile(postgres.PasswordFile(dir)); err != nil || strings.Contains(l, strings.TrimSpace(string(pw))) {
		t.Errorf("the log shows the database password (%v)", err)
	}
	if third, moved := start(); third != second || moved != "" {
		t.Errorf("after the move: port %d (moved %q), want the new port %d kept", third, moved, second)
	}

	if err := os.WriteFile(devPortFile(dir), []byte("not a port\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := startDevPostgres(ctx, dir, log); err == nil || !strings.Contains(err.Error(), "not a port") {
		t.Errorf("a damaged port file: %v", err)
	}
}
