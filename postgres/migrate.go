package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/tern/v2/migrate"

	"github.com/tessera-rwa/tessera/migrations"
)

// versionTable records which migrations have been applied.
const versionTable = "schema_version"

// Migrate applies every embedded migration not yet applied (or migrates to
// target when target >= 0) and returns the version before and after. tern
// takes an advisory lock, so replicas starting together migrate once.
func Migrate(ctx context.Context, pool *pgxpool.Pool, target int32) (from, to int32, err error) {
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return 0, 0, fmt.Errorf("migrate: %w", err)
	}
	defer conn.Release()
	m, err := migrate.NewMigrator(ctx, conn.Conn(), versionTable)
	if err != nil {
		return 0, 0, fmt.Errorf("migrate: %w", err)
	}
	if err := m.LoadMigrations(migrations.FS); err != nil {
		return 0, 0, fmt.Errorf("migrate: load migrations: %w", err)
	}
	from, err = m.GetCurrentVersion(ctx)
	if err != nil {
		return 0, 0, fmt.Errorf("migrate: %w", err)
	}
	if target < 0 {
		err = m.Migrate(ctx)
	} else {
		err = m.MigrateTo(ctx, target)
	}
	if err != nil {
		return from, from, fmt.Errorf("migrate: %w", err)
	}
	to, err = m.GetCurrentVersion(ctx)
	return from, to, err
}

// LatestVersion is the number of the newest embedded migration.
func LatestVersion() (int32, error) {
	paths, err := migrate.FindMigrations(migrations.FS)
	return int32(len(paths)), err
}

// SchemaVersion is the version the database's schema is at: 0 before the
// first migration.
func SchemaVersion(ctx context.Context, pool *pgxpool.Pool) (int32, error) {
	var v int32
	err := pool.QueryRow(ctx, "SELECT version FROM "+versionTable).Scan(&v)
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "42P01" { // undefined_table
		return 0, nil
	}
	return v, err
}
