// Package pgtest gives tests real, migrated PostgreSQL databases. One
// private cluster is started per test binary (or the server at
// TESSERA_TEST_DATABASE_URL is used), a template database is migrated once,
// and every NewDB call clones it: a fresh database per test in milliseconds.
//
// A test package that uses pgtest calls Main from its TestMain so the cluster
// is stopped when the tests end.
package pgtest

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/postgres"
)

// EnvURL names a PostgreSQL server (a URL to a database the tests may
// connect to with CREATEDB rights) to use instead of a private cluster.
const EnvURL = "TESSERA_TEST_DATABASE_URL"

var (
	once     sync.Once
	shared   *server
	setupErr error
	seq      atomic.Int64
)

type server struct {
	cluster  *postgres.Cluster // nil when EnvURL is used
	tmpDir   string
	admin    string // URL of the maintenance database
	template string
}

// Main runs the tests of a package and then stops the shared cluster.
func Main(m *testing.M) {
	code := m.Run()
	if err := Shutdown(); err != nil {
		fmt.Fprintln(os.Stderr, "pgtest:", err)
		if code == 0 {
			code = 1
		}
	}
	os.Exit(code)
}

func setup() (*server, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	s := &server{template: fmt.Sprintf("tessera_template_%d", os.Getpid())}
	if u := os.Getenv(EnvURL); u != "" {
		s.admin = u
	} else {
		dir, err := os.MkdirTemp("", "tessera-pg-")
		if err != nil {
			return nil, err
		}
		s.tmpDir = dir
		// As root the cluster runs as the postgres user, who must enter dir.
		if err := os.Chmod(dir, 0o755); err != nil {
			return nil, err
		}
		c, err := postgres.StartCluster(ctx, postgres.ClusterConfig{Dir: dir + "/data"})
		if err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
		s.cluster = c
		s.admin = c.URL("postgres")
	}
	if err := s.exec(ctx, "CREATE DATABASE "+ident(s.template)); err != nil {
		_ = s.close()
		return nil, err
	}
	pool, err := postgres.Open(ctx, withDatabase(s.admin, s.template))
	if err != nil {
		_ = s.close()
		return nil, err
	}
	_, _, err = postgres.Migrate(ctx, pool, -1)
	pool.Close()
	if err != nil {
		_ = s.close()
		return nil, err
	}
	return s, nil
}

// Shutdown stops the shared cluster; TestMain functions that combine several
// harnesses call it after m.Run.
func Shutdown() error {
	if shared == nil {
		return nil
	}
	return shared.close()
}

func (s *server) close() error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var err error
	if s.cluster != nil {
		err = s.cluster.Stop(ctx)
	} else {
		err = s.exec(ctx, "DROP DATABASE IF EXISTS "+ident(s.template)+" WITH (FORCE)")
	}
	if s.tmpDir != "" {
		os.RemoveAll(s.tmpDir)
	}
	return err
}

func (s *server) exec(ctx context.Context, sql string) error {
	conn, err := pgx.Connect(ctx, s.admin)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, sql)
	return err
}

func get(tb testing.TB) *server {
	tb.Helper()
	once.Do(func() { shared, setupErr = setup() })
	if setupErr != nil {
		tb.Fatalf("pgtest: %v", setupErr)
	}
	return shared
}

// NewURL creates a fresh migrated database and returns its URL. The database
// is dropped when the test ends.
func NewURL(tb testing.TB) string {
	tb.Helper()
	s := get(tb)
	name := fmt.Sprintf("t%d_%d", os.Getpid(), seq.Add(1))
	ctx := context.Background()
	if err := s.exec(ctx, "CREATE DATABASE "+ident(name)+" TEMPLATE "+ident(s.template)); err != nil {
		tb.Fatalf("pgtest: create database: %v", err)
	}
	tb.Cleanup(func() {
		if err := s.exec(ctx, "DROP DATABASE IF EXISTS "+ident(name)+" WITH (FORCE)"); err != nil {
			tb.Errorf("pgtest: drop database %s: %v", name, err)
		}
	})
	return withDatabase(s.admin, name)
}

// NewDB returns a pool on a fresh migrated database, closed and dropped when
// the test ends.
func NewDB(tb testing.TB) *pgxpool.Pool {
	tb.Helper()
	u := NewURL(tb)
	pool, err := postgres.Open(context.Background(), u)
	if err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	tb.Cleanup(pool.Close) // runs before the drop registered by NewURL
	return pool
}

// Cluster returns the private cluster of this test binary, or nil when the
// tests use TESSERA_TEST_DATABASE_URL. Tests that restart PostgreSQL need it.
func Cluster(tb testing.TB) *postgres.Cluster {
	tb.Helper()
	return get(tb).cluster
}

// WaitAdvisoryLock waits up to within for a session of pool's database to
// hold the advisory lock key (as postgres.Leader takes it), and fails the
// test if none does.
func WaitAdvisoryLock(tb testing.TB, pool *pgxpool.Pool, key int64, within time.Duration) {
	tb.Helper()
	deadline := time.Now().Add(within)
	for {
		// A bigint key is stored as classid (high half) and objid (low
		// half) with objsubid 1.
		var held bool
		err := pool.QueryRow(context.Background(), `
			SELECT EXISTS (SELECT 1 FROM pg_locks
			WHERE locktype = 'advisory' AND granted AND objsubid = 1
			  AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
			  AND ((classid::bigint << 32) | objid::bigint) = $1)`, key).Scan(&held)
		if err != nil {
			tb.Fatalf("pgtest: read pg_locks: %v", err)
		}
		if held {
			return
		}
		if time.Now().After(deadline) {
			tb.Fatalf("pgtest: advisory lock %d not held after %s", key, within)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func withDatabase(rawURL, db string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return rawURL
	}
	u.Path = "/" + db
	return u.String()
}

func ident(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
