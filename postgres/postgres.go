// Package postgres implements Tessera's stores on PostgreSQL through pgx, and
// runs a private PostgreSQL cluster from the machine's server binaries when no
// DATABASE_URL is given. Public methods open their own transaction through
// Transact; helpers take the transaction as an argument.
package postgres

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// DefaultMaxConns is the pool size Open uses when the URL sets no
// pool_max_conns: two connections per CPU, and at least four. The pool
// serves requests and the workers' short statements only (leader locks
// and the stream's LISTEN hold connections of their own), so more
// connections than the machine can run at once would only queue in
// PostgreSQL instead of in the pool, where a request waits its turn
// without taking CPU from the one being served. On two cores, with 16
// clients, four connections gave the holdings route a p99 of 7.8–8.5 ms
// where twenty gave 9.2–12.0 ms in the same session (README, Performance).
func DefaultMaxConns() int32 { return int32(max(4, 2*runtime.NumCPU())) }

// Open connects a pool to url and checks that the server answers. The error
// never contains the password of url.
func Open(ctx context.Context, url string) (*pgxpool.Pool, error) {
	return OpenTraced(ctx, url, nil)
}

// OpenTraced is Open with every statement the pool sends reported to
// tracer (which may also implement pgx.BatchTracer and
// pgx.CopyFromTracer); nil traces nothing.
func OpenTraced(ctx context.Context, url string, tracer pgx.QueryTracer) (*pgxpool.Pool, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("DATABASE_URL is not a valid PostgreSQL URL: %w", redact(err))
	}
	if tracer != nil {
		cfg.ConnConfig.Tracer = tracer
	}
	if !strings.Contains(url, "pool_max_conns") {
		cfg.MaxConns = DefaultMaxConns()
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", redact(err))
	}
	pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := pool.Ping(pingCtx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("database %s:%d/%s is not reachable (is PostgreSQL running and DATABASE_URL right?): %w",
			cfg.ConnConfig.Host, cfg.ConnConfig.Port, cfg.ConnConfig.Database, redact(err))
	}
	return pool, nil
}

// redact drops pgx's connection-string echo, which may include a password.
func redact(err error) error {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		return fmt.Errorf("%s (SQLSTATE %s)", pgErr.Message, pgErr.Code)
	}
	var connErr *pgconn.ConnectError
	if errors.As(err, &connErr) {
		// pgx lists every address it tried on its own line: keep one line.
		return errors.New(strings.Join(strings.Fields(errors.Unwrap(connErr).Error()), " "))
	}
	var parseErr *pgconn.ParseConfigError
	if errors.As(err, &parseErr) {
		return errors.New("cannot parse the connection string")
	}
	return err
}

// Transact runs fn in a transaction at the given isolation level. It commits
// when fn returns nil and rolls back when fn returns an error or panics.
// Under an idempotency claim (idempotency.WithClaim) the claim is marked in
// the same transaction, or the transaction does not commit.
// Serialization failures and deadlocks are retried a few times, so fn must be
// safe to run again.
func Transact(ctx context.Context, pool *pgxpool.Pool, iso pgx.TxIsoLevel, fn func(pgx.Tx) error) error {
	const attempts = 5
	var err error
	for i := 0; i < attempts; i++ {
		err = transactOnce(ctx, pool, iso, fn)
		if !isRetryable(err) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Duration(i+1) * 10 * time.Millisecond):
		}
	}
	return fmt.Errorf("transaction failed after %d attempts: %w", attempts, err)
}

func transactOnce(ctx context.Context, pool *pgxpool.Pool, iso pgx.TxIsoLevel, fn func(pgx.Tx) error) (err error) {
	tx, err := pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: iso})
	if err != nil {
		return fmt.Errorf("begin transaction: %w", err)
	}
	defer func() {
		if p := recover(); p != nil {
			_ = tx.Rollback(context.WithoutCancel(ctx))
			panic(p)
		}
		if err != nil {
			_ = tx.Rollback(context.WithoutCancel(ctx))
		}
	}()
	if err := fn(tx); err != nil {
		return err
	}
	if err := markClaim(ctx, tx); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

func isRetryable(err error) bool {
	var pgErr *pgconn.PgError
	if !errors.As(err, &pgErr) {
		return false
	}
	switch pgErr.Code {
	case "40001", "40P01": // serialization_failure, deadlock_detected
		return true
	}
	return false
}

// Ping reports whether the database at url can be reached, as Open would.
func Ping(ctx context.Context, url string) error {
	pool, err := Open(ctx, url)
	if err == nil {
		pool.Close()
	}
	return err
}
