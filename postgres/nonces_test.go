package postgres_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

func TestNonceStore(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := postgres.NewNonceStore(pgtest.NewDB(t))
	now := time.Now()
	use := func(key, nonce string, at time.Time) bool {
		t.Helper()
		fresh, err := s.Use(ctx, key, nonce, at, at.Add(30*time.Second))
		if err != nil {
			t.Fatal(err)
		}
		return fresh
	}
	if !use("k1", "n1", now) {
		t.Fatal("first use refused")
	}
	if use("k1", "n1", now.Add(time.Second)) {
		t.Fatal("replay accepted")
	}
	if !use("k2", "n1", now) {
		t.Fatal("the same nonce of another key refused")
	}
	// Once expired, even before the sweep, the nonce may be used again.
	if !use("k1", "n1", now.Add(31*time.Second)) {
		t.Fatal("expired nonce refused")
	}
	n, err := s.DeleteExpired(ctx, now.Add(45*time.Second))
	if err != nil || n != 1 {
		t.Fatalf("swept %d, %v; want the k2 nonce", n, err)
	}
}

// UseUnchanged records the nonce only while the key is at the revision
// the caller read and not revoked: every change to the key, a rotation
// included, moves its revision.
func TestNonceStoreUseUnchanged(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.NewDB(t)
	keys, nonces := postgres.NewAPIKeyStore(pool), postgres.NewNonceStore(pool)
	const id = "tk_00000000000000000001"
	k := mustCreateKey(t, keys, id, []byte("sealed-1"))
	now := time.Now().UTC()
	use := func(nonce string, rev uint32) bool {
		t.Helper()
		fresh, err := nonces.UseUnchanged(ctx, id, rev, nonce, now, now.Add(30*time.Second))
		if err != nil {
			t.Fatal(err)
		}
		return fresh
	}
	revision := func() uint32 {
		t.Helper()
		k, err := keys.Key(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return k.Rev
	}
	if k.Rev == 0 || revision() != k.Rev {
		t.Fatalf("revision as created %d, as read %d", k.Rev, revision())
	}
	if !use("n1", k.Rev) {
		t.Fatal("first use refused")
	}
	if use("n1", k.Rev) {
		t.Fatal("replay accepted")
	}

	rotated, err := keys.RotateKey(ctx, id, []byte("sealed-2"), nil, now, now.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if rotated.Rev == k.Rev || revision() != rotated.Rev {
		t.Fatalf("rotation kept the revision %d (now %d)", k.Rev, revision())
	}
	if _, _, err := keys.Credentials(ctx, id, now); err != nil {
		t.Fatal(err)
	} else if k2, _, _ := keys.Credentials(ctx, id, now); k2.Rev != rotated.Rev {
		t.Fatalf("credentials read revision %d, want %d", k2.Rev, rotated.Rev)
	}
	if use("n2", k.Rev) {
		t.Fatal("nonce recorded for a key changed since it was read")
	}
	if !use("n2", rotated.Rev) {
		t.Fatal("the current revision's use refused: the stale one recorded the nonce")
	}
	if _, err := pool.Exec(ctx, `UPDATE api_keys SET scopes = '{auditor}' WHERE id = $1`, id); err != nil {
		t.Fatal(err)
	}
	if use("n3", rotated.Rev) || revision() == rotated.Rev {
		t.Fatal("a change of scopes kept the revision")
	}
	revoked, err := keys.RevokeKey(ctx, id, now)
	if err != nil {
		t.Fatal(err)
	}
	if use("n4", revoked.Rev) {
		t.Fatal("nonce recorded for a revoked key")
	}
	if fresh, err := nonces.UseUnchanged(ctx, "tk_ffffffffffffffffffff", k.Rev, "n1", now, now.Add(time.Minute)); err != nil || fresh {
		t.Fatalf("unknown key: %v %v", fresh, err)
	}
}

// Concurrent UseUnchanged calls share statements: while the statements in
// flight are held up, the calls that arrive wait and then go in one, each
// told whether its own nonce was fresh; of calls with one nonce, one only.
func TestNonceStoreBatchesConcurrentCalls(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	url := pgtest.NewURL(t)
	stmts := &pgtest.Statements{}
	pool, err := postgres.OpenTraced(ctx, url, stmts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	keys, nonces := postgres.NewAPIKeyStore(pool), postgres.NewNonceStore(pool)
	const id, other = "tk_00000000000000000001", "tk_00000000000000000002"
	k, o := mustCreateKey(t, keys, id, []byte("sealed-1")), mustCreateKey(t, keys, other, []byte("sealed-2"))
	now := time.Now().UTC()

	// Hold the statements in flight: the table is locked until released.
	lock, err := pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lock.Exec(ctx, `LOCK TABLE api_nonces IN EXCLUSIVE MODE`); err != nil {
		t.Fatal(err)
	}
	stmts.Reset()
	type call struct {
		key   string
		rev   uint32
		nonce string
		want  bool // fresh; for the shared nonce, see below
	}
	var calls []call
	for i := range 2 { // these two are sent, and wait on the lock
		calls = append(calls, call{id, k.Rev, fmt.Sprintf("first-%d", i), true})
	}
	var batch []call
	for i := range 20 {
		batch = append(batch, call{id, k.Rev, fmt.Sprintf("n-%d", i), true})
	}
	batch = append(batch,
		call{other, o.Rev, "n-0", true},                    // the same nonce, another key
		call{id, k.Rev + 1, "stale", false},                // a revision the key does not have
		call{"tk_ffffffffffffffffffff", k.Rev, "x", false}, // no such key
	)
	for range 5 {
		batch = append(batch, call{id, k.Rev, "shared", false})
	}
	fresh := make([]bool, len(calls)+len(batch))
	errc := make(chan error, len(fresh))
	var wg sync.WaitGroup
	run := func(i int, c call) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f, err := nonces.UseUnchanged(ctx, c.key, c.rev, c.nonce, now, now.Add(30*time.Second))
			fresh[i] = f
			errc <- err
		}()
	}
	for i, c := range calls {
		run(i, c)
	}
	waitFor(t, func() bool { return inserts(stmts) == 2 })
	for i, c := range batch {
		run(len(calls)+i, c)
	}
	// The shared nonce is in the batch once: its later calls are answered
	// at once.
	waitFor(t, func() bool { return postgres.NonceCallsWaiting(nonces) == len(batch)-4 })
	if err := lock.Rollback(ctx); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	close(errc)
	for err := range errc {
		if err != nil {
			t.Fatal(err)
		}
	}
	if n := inserts(stmts); n != 3 {
		t.Errorf("%d calls took %d statements, want 3: the two held up, then one for the others", len(fresh), n)
	}
	shared := 0
	for i, c := range append(calls, batch...) {
		if c.nonce == "shared" {
			if fresh[i] {
				shared++
			}
			continue
		}
		if fresh[i] != c.want {
			t.Errorf("%s %s at revision %d: fresh %v, want %v", c.key, c.nonce, c.rev, fresh[i], c.want)
		}
	}
	if shared != 1 {
		t.Errorf("the nonce sent by 5 calls at once was fresh for %d, want 1", shared)
	}
	// Every fresh nonce is recorded, and none other.
	var recorded int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM api_nonces`).Scan(&recorded); err != nil {
		t.Fatal(err)
	}
	if want := 2 + 20 + 1 + 1; recorded != want {
		t.Errorf("%d nonces recorded, want %d", recorded, want)
	}
	// A replay of any of them, alone, is refused.
	if f, err := nonces.UseUnchanged(ctx, id, k.Rev, "n-7", now, now.Add(30*time.Second)); err != nil || f {
		t.Errorf("replay after the batch: fresh %v, %v", f, err)
	}
}

// inserts counts the nonce statements among stmts.
func inserts(stmts *pgtest.Statements) int {
	n := 0
	for _, sql := range stmts.SQL() {
		if strings.HasPrefix(sql, "INSERT INTO api_nonces") {
			n++
		}
	}
	return n
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("timed out waiting")
		}
		time.Sleep(time.Millisecond)
	}
}
