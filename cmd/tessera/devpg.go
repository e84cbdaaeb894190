package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/tessera-rwa/tessera/internal/localport"
	"github.com/tessera-rwa/tessera/postgres"
)

// devPortFile is where the private cluster of `tessera dev` in dir keeps
// its port, beside its password file: a restart listens on the same port,
// so a DATABASE_URL copied from the banner stays valid.
func devPortFile(dir string) string { return filepath.Clean(dir) + ".port" }

// startDevPostgres starts the private cluster in dir on the port it had
// last time, or on a free one the first time. Only when another program
// has taken the old port since does it move to a free one: the log says
// so, with the new URL, and moved says it for the banner.
func startDevPostgres(ctx context.Context, dir string, log *slog.Logger) (c *postgres.Cluster, moved string, err error) {
	file := devPortFile(dir)
	saved, err := readDevPort(file)
	if err != nil {
		return nil, "", err
	}
	port := saved
	if saved != 0 && localport.Check(saved) != nil {
		port = 0
		moved = fmt.Sprintf("moved from port %d, which another program has taken: a DATABASE_URL exported before no longer works", saved)
	}
	c, err = postgres.StartCluster(ctx, postgres.ClusterConfig{Dir: dir, Durable: true, Port: port})
	if err != nil {
		return nil, "", err
	}
	if c.Port() != saved {
		if err := writeDevPort(file, c.Port()); err != nil {
			return c, moved, err
		}
	}
	if moved != "" {
		log.Warn("PostgreSQL moved to another port: its old one is taken by another program; export the new URL",
			"old_port", saved, "port", c.Port(), "url", c.Redacted("tessera"), "password_file", postgres.PasswordFile(dir))
	}
	return c, moved, nil
}

// readDevPort returns the port kept in file, 0 when there is none yet.
func readDevPort(file string) (int, error) {
	b, err := os.ReadFile(file)
	if errors.Is(err, fs.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("dev: %w", err)
	}
	port, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || port <= 0 || port > 65535 {
		return 0, fmt.Errorf("dev: %s holds %q, not a port: remove it and PostgreSQL starts on a free one", file, strings.TrimSpace(string(b)))
	}
	return port, nil
}

// writeDevPort replaces file with port, whole or not at all.
func writeDevPort(file string, port int) error {
	tmp := file + ".tmp"
	if err := os.WriteFile(tmp, []byte(strconv.Itoa(port)+"\n"), 0o600); err != nil {
		return fmt.Errorf("dev: %w", err)
	}
	if err := os.Rename(tmp, file); err != nil {
		return fmt.Errorf("dev: %w", err)
	}
	return nil
}
