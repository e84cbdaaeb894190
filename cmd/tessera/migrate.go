package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/tessera-rwa/tessera/postgres"
)

// runMigrate implements `tessera migrate up|status` against DATABASE_URL.
func runMigrate(ctx context.Context, args []string, stdout io.Writer) error {
	if len(args) == 0 || (args[0] != "up" && args[0] != "status") {
		return errors.New("migrate: say `tessera migrate up` or `tessera migrate status`")
	}
	fs := newFlagSet("migrate "+args[0], stdout)
	to := fs.Int("to", -1, "migrate up to this version instead of the latest")
	if err := parseFlags(fs, args[1:]); err != nil {
		return err
	}
	url := os.Getenv("DATABASE_URL")
	if url == "" {
		return errors.New("migrate: DATABASE_URL is not set (for example postgres://user@127.0.0.1:5432/tessera)")
	}
	pool, err := postgres.Open(ctx, url)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer pool.Close()
	latest, err := postgres.LatestVersion()
	if err != nil {
		return err
	}
	if args[0] == "status" {
		v, err := postgres.SchemaVersion(ctx, pool)
		if err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		fmt.Fprintf(stdout, "schema version %d of %d\n", v, latest)
		return nil
	}
	from, now, err := postgres.Migrate(ctx, pool, int32(*to))
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "schema migrated from version %d to %d (latest %d)\n", from, now, latest)
	return nil
}
