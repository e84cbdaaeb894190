package postgres_test

import (
	"context"
	"encoding/json"
	"errors"
	"maps"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// Two tests running at once each get their own migrated database: a row
// written in one is invisible to the other.
func TestHarnessGivesEachParallelTestItsOwnDatabase(t *testing.T) {
	names := make(chan string, 2)
	for _, tc := range []string{"a", "b"} {
		t.Run(tc, func(t *testing.T) {
			t.Parallel()
			pool := pgtest.NewDB(t)
			ctx := context.Background()
			var db string
			if err := pool.QueryRow(ctx, "SELECT current_database()").Scan(&db); err != nil {
				t.Fatal(err)
			}
			names <- db
			var version int32
			if err := pool.QueryRow(ctx, "SELECT version FROM schema_version").Scan(&version); err != nil {
				t.Fatalf("database is not migrated: %v", err)
			}
			latest, err := postgres.LatestVersion()
			if err != nil || version != latest {
				t.Fatalf("schema version = %d, want %d (%v)", version, latest, err)
			}
			if _, err := pool.Exec(ctx, `INSERT INTO chain_deployments (chain_id, name, contract, address) VALUES (1, $1, 'X', $2)`,
				"only-"+tc, make([]byte, 20)); err != nil {
				t.Fatal(err)
			}
			var n int
			if err := pool.QueryRow(ctx, "SELECT count(*) FROM chain_deployments").Scan(&n); err != nil {
				t.Fatal(err)
			}
			if n != 1 {
				t.Fatalf("database %s sees %d rows, want only its own", db, n)
			}
		})
	}
	t.Cleanup(func() {
		close(names)
		a, b := <-names, <-names
		if a == "" || a == b {
			t.Errorf("parallel tests shared database %q and %q", a, b)
		}
	})
}

func TestTransactRollsBackOnErrorAndPanic(t *testing.T) {
	t.Parallel()
	pool := pgtest.NewDB(t)
	ctx := context.Background()
	insert := func(tx pgx.Tx, name string) error {
		_, err := tx.Exec(ctx, `INSERT INTO chain_deployments (chain_id, name, contract, address) VALUES (1, $1, 'X', $2)`,
			name, []byte(strings.Repeat("\x01", 19)+name[:1]))
		return err
	}
	boom := errors.New("boom")
	if err := postgres.Transact(ctx, pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
		if err := insert(tx, "e"); err != nil {
			return err
		}
		return boom
	}); !errors.Is(err, boom) {
		t.Fatalf("Transact error = %v, want boom", err)
	}
	func() {
		defer func() { _ = recover() }()
		_ = postgres.Transact(ctx, pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
			if err := insert(tx, "p"); err != nil {
				return err
			}
			panic("boom")
		})
	}()
	if err := postgres.Transact(ctx, pool, pgx.ReadCommitted, func(tx pgx.Tx) error { return insert(tx, "c") }); err != nil {
		t.Fatal(err)
	}
	var names []string
	rows, _ := pool.Query(ctx, "SELECT name FROM chain_deployments ORDER BY name")
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	if len(names) != 1 || names[0] != "c" {
		t.Fatalf("rows after transactions = %v, want only the committed one", names)
	}
}

func TestOpenUnreachableNamesTheServerNotThePassword(t *testing.T) {
	t.Parallel()
	_, err := postgres.Open(context.Background(), "postgres://bob:s3cret-pw@127.0.0.1:1/x?sslmode=disable&connect_timeout=2")
	if err == nil {
		t.Fatal("Open of an unreachable server succeeded")
	}
	if strings.Contains(err.Error(), "s3cret-pw") {
		t.Fatalf("error leaks the password: %v", err)
	}
	if !strings.Contains(err.Error(), "127.0.0.1:1") {
		t.Fatalf("error does not name the server: %v", err)
	}
}

func TestMigrateDownAndUpAgain(t *testing.T) {
	t.Parallel()
	pool := pgtest.NewDB(t)
	ctx := context.Background()
	latest, _ := postgres.LatestVersion()
	if from, to, err := postgres.Migrate(ctx, pool, 0); err != nil || from != latest || to != 0 {
		t.Fatalf("migrate down: %d -> %d, %v", from, to, err)
	}
	if from, to, err := postgres.Migrate(ctx, pool, -1); err != nil || from != 0 || to != latest {
		t.Fatalf("migrate up: %d -> %d, %v", from, to, err)
	}
}

// Migration 34 names the stream's amounts by their unit: events stored
// before it are renamed with it (a client resuming from an old cursor
// reads one schema), the values and every other key kept; undone, it
// names them back.
func TestStreamAmountKeysRenamedWithTheMigration(t *testing.T) {
	t.Parallel()
	pool := pgtest.NewDB(t)
	ctx := context.Background()
	if _, _, err := postgres.Migrate(ctx, pool, 33); err != nil {
		t.Fatal(err)
	}
	before := map[string]string{
		"transfer":                `{"from":"0x01","value":"7","token_id":null}`,
		"mint":                    `{"to":"0x02","amount":"5"}`,
		"issuance_request":        `{"id":"r1","amount":"4250","state":"pending"}`,
		"compliance_intervention": `{"id":3,"amount":null,"state":"pending"}`,
		"dealing":                 `{"kind":"subscribed","amount":"1000","result":"9","fee":"1"}`,
		"upgrade_scheduled":       `{"calls":[],"value":"0"}`, // a call's ETH value: no token amount
	}
	for typ, data := range before {
		if _, err := pool.Exec(ctx, `INSERT INTO stream_events (type, data) VALUES ($1, $2)`, typ, data); err != nil {
			t.Fatal(err)
		}
	}
	read := func() map[string]string {
		got := map[string]string{}
		rows, err := pool.Query(ctx, `SELECT type, data::jsonb::text FROM stream_events`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		for rows.Next() {
			var typ, data string
			if err := rows.Scan(&typ, &data); err != nil {
				t.Fatal(err)
			}
			got[typ] = data
		}
		return got
	}
	if _, _, err := postgres.Migrate(ctx, pool, 34); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"transfer":                `{"from": "0x01", "token_id": null, "value_base": "7"}`,
		"mint":                    `{"to": "0x02", "amount_base": "5"}`,
		"issuance_request":        `{"id": "r1", "state": "pending", "amount_base": "4250"}`,
		"compliance_intervention": `{"id": 3, "state": "pending", "amount_base": null}`,
		"dealing":                 `{"kind": "subscribed", "fee_base": "1", "amount_base": "1000", "result_base": "9"}`,
		"upgrade_scheduled":       `{"calls": [], "value": "0"}`,
	}
	if got := read(); !maps.Equal(got, want) {
		t.Errorf("after migration 34:\n%v\nwant\n%v", got, want)
	}
	if _, _, err := postgres.Migrate(ctx, pool, 33); err != nil {
		t.Fatal(err)
	}
	for typ, data := range read() {
		var a, b any
		_ = json.Unmarshal([]byte(data), &a)
		_ = json.Unmarshal([]byte(before[typ]), &b)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s undone: %s, want %s", typ, data, before[typ])
		}
	}
}

// openSized opens a pool of maxConns connections (pool_max_conns in the
// URL) on url, closed when the test ends.
func openSized(t *testing.T, url string, maxConns int) *pgxpool.Pool {
	t.Helper()
	sep := "?"
	if strings.Contains(url, "?") {
		sep = "&"
	}
	pool, err := postgres.Open(context.Background(), url+sep+"pool_max_conns="+strconv.Itoa(maxConns))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	return pool
}

// TestLeadersTakeNoPoolConnection holds one leader lock per leader-elected
// part (transaction manager, indexer, relay, compliance worker) over a pool
// of one connection, and checks that the pool still answers and lends none
// of its connections to the leases: the pool is sized for requests alone.
// It also checks Open's default size and that the URL's pool_max_conns wins.
func TestLeadersTakeNoPoolConnection(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	url := pgtest.NewURL(t)
	pool := openSized(t, url, 1)
	if got := pool.Config().MaxConns; got != 1 {
		t.Fatalf("pool_max_conns=1 in the URL gave %d connections", got)
	}
	leader := &postgres.Leader{Pool: pool, Retry: 20 * time.Millisecond}
	for _, name := range []string{"txmgr", "indexer", "relay", "compliance-worker"} {
		lctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		lease, err := leader.Lock(lctx, name)
		cancel()
		if err != nil {
			t.Fatalf("lock %s over a pool of one: %v", name, err)
		}
		defer lease.Release()
		pgtest.WaitAdvisoryLock(t, pool, postgres.LockKey(name), 5*time.Second)
	}
	if n := pool.Stat().AcquiredConns(); n != 0 {
		t.Fatalf("four leader locks held %d of the pool's connections, want 0", n)
	}
	qctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	var one int
	if err := pool.QueryRow(qctx, "SELECT 1").Scan(&one); err != nil {
		t.Fatalf("with four leader locks held the pool answers no query: %v", err)
	}

	def, err := postgres.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer def.Close()
	if got, want := def.Config().MaxConns, postgres.DefaultMaxConns(); got != want || want < 4 {
		t.Fatalf("a URL without pool_max_conns gave %d connections, want DefaultMaxConns() = %d (at least 4)", got, want)
	}
}
