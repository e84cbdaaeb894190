package postgres_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/tessera-rwa/tessera/auth/idempotency"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

func TestIdempotencyStore(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.NewDB(t)
	s := postgres.NewIdempotencyStore(pool)
	fp, other := []byte("fp-1"), []byte("fp-2")

	first, claimed, err := s.Begin(ctx, "k", "i1", fp, time.Minute, time.Hour)
	if err != nil || !claimed || first.Claim == "" {
		t.Fatalf("first Begin: %+v claimed=%v %v", first, claimed, err)
	}
	rec, claimed, err := s.Begin(ctx, "k", "i1", fp, time.Minute, time.Hour)
	if err != nil || claimed || rec.Done {
		t.Fatalf("while running: %+v claimed=%v %v", rec, claimed, err)
	}
	if _, claimed, _ := s.Begin(ctx, "k2", "i1", fp, time.Minute, time.Hour); !claimed {
		t.Fatal("the same idempotency key of another API key was not independent")
	}
	if err := s.Complete(ctx, "k", "i1", first.Claim, 201, "application/json", []byte("body")); err != nil {
		t.Fatal(err)
	}
	rec, claimed, err = s.Begin(ctx, "k", "i1", other, time.Minute, time.Hour)
	if err != nil || claimed || !rec.Done || rec.Status != 201 || string(rec.Body) != "body" || string(rec.Fingerprint) != "fp-1" {
		t.Fatalf("after completion: %+v claimed=%v %v", rec, claimed, err)
	}

	// Release lets the next request run afresh.
	i2, claimed, _ := s.Begin(ctx, "k", "i2", fp, time.Minute, time.Hour)
	if !claimed {
		t.Fatal("i2 not claimed")
	}
	if err := s.Release(ctx, "k", "i2", i2.Claim); err != nil {
		t.Fatal(err)
	}
	if _, claimed, _ := s.Begin(ctx, "k", "i2", fp, time.Minute, time.Hour); !claimed {
		t.Fatal("i2 not claimable after release")
	}

	// A lapsed lock (the server died) is taken over by the same request only.
	if _, claimed, _ := s.Begin(ctx, "k", "i3", fp, 0, time.Hour); !claimed {
		t.Fatal("i3 not claimed")
	}
	if _, claimed, _ := s.Begin(ctx, "k", "i3", other, time.Minute, time.Hour); claimed {
		t.Fatal("lapsed lock taken over by another payload")
	}
	if _, claimed, _ := s.Begin(ctx, "k", "i3", fp, time.Minute, time.Hour); !claimed {
		t.Fatal("lapsed lock not taken over")
	}

	// Expired records are claimed afresh and swept.
	if _, err := pool.Exec(ctx, `UPDATE api_idempotency SET expires_at = now() - interval '1 second' WHERE key_id = 'k' AND idem_key = 'i1'`); err != nil {
		t.Fatal(err)
	}
	n, err := s.DeleteExpired(ctx, time.Now())
	if err != nil || n != 1 {
		t.Fatalf("swept %d, %v", n, err)
	}
}

// TestIdempotencyClaimToken runs a slow first request whose lock lapses, a
// retry that takes the key over, then the first finishing: only the
// request holding the current claim may store or release, so the stored
// response is the retry's and the first request's Complete is refused.
func TestIdempotencyClaimToken(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := postgres.NewIdempotencyStore(pgtest.NewDB(t))
	fp := []byte("fp")

	slow, claimed, err := s.Begin(ctx, "k", "i", fp, 50*time.Millisecond, time.Hour)
	if err != nil || !claimed {
		t.Fatalf("first Begin: claimed=%v %v", claimed, err)
	}
	if _, claimed, _ := s.Begin(ctx, "k", "i", fp, time.Minute, time.Hour); claimed {
		t.Fatal("taken over while the first request's lock held")
	}
	time.Sleep(100 * time.Millisecond)
	retry, claimed, err := s.Begin(ctx, "k", "i", fp, time.Minute, time.Hour)
	if err != nil || !claimed || retry.Claim == slow.Claim {
		t.Fatalf("takeover after the lock lapsed: %+v claimed=%v %v", retry, claimed, err)
	}

	// The first request finishes late: its claim is gone.
	if err := s.Complete(ctx, "k", "i", slow.Claim, 201, "application/json", []byte("first")); !errors.Is(err, idempotency.ErrClaimLost) {
		t.Fatalf("stale Complete: %v, want ErrClaimLost", err)
	}
	if err := s.Release(ctx, "k", "i", slow.Claim); !errors.Is(err, idempotency.ErrClaimLost) {
		t.Fatalf("stale Release: %v, want ErrClaimLost", err)
	}
	if rec, claimed, _ := s.Begin(ctx, "k", "i", fp, time.Minute, time.Hour); claimed || rec.Done {
		t.Fatalf("after the stale calls: %+v claimed=%v, want the retry still running", rec, claimed)
	}
	if err := s.Complete(ctx, "k", "i", retry.Claim, 201, "application/json", []byte("second")); err != nil {
		t.Fatal(err)
	}
	// Once completed, no claim completes it again, the first's included.
	for _, c := range []string{slow.Claim, retry.Claim} {
		if err := s.Complete(ctx, "k", "i", c, 200, "application/json", []byte("again")); !errors.Is(err, idempotency.ErrClaimLost) {
			t.Fatalf("Complete of a finished record: %v", err)
		}
	}
	rec, claimed, err := s.Begin(ctx, "k", "i", fp, time.Minute, time.Hour)
	if err != nil || claimed || !rec.Done || rec.Status != 201 || string(rec.Body) != "second" {
		t.Fatalf("stored response: %+v claimed=%v %v, want the retry's", rec, claimed, err)
	}
	if err := s.Complete(ctx, "k", "nothing", "not-a-claim", 201, "", nil); !errors.Is(err, idempotency.ErrClaimLost) {
		t.Fatalf("Complete of an unknown record: %v", err)
	}
}

// TestIdempotencyClaimCommitsWithTheDomainWrite closes the crash window:
// a request's domain write and the mark on its idempotency claim commit in
// one transaction. After a crash between that write and the stored
// response (nothing else runs: no Complete, no Release), a retry with the
// same key is not claimed again — it would create a second request — but
// learns the outcome was lost. A request whose claim a retry took over
// cannot commit a domain write at all.
func TestIdempotencyClaimCommitsWithTheDomainWrite(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.NewDB(t)
	s := postgres.NewIdempotencyStore(pool)
	if _, err := pool.Exec(ctx, `CREATE TABLE domain_rows (id SERIAL PRIMARY KEY, what TEXT)`); err != nil {
		t.Fatal(err)
	}
	write := func(ctx context.Context, what string) error {
		return postgres.Transact(ctx, pool, pgx.ReadCommitted, func(tx pgx.Tx) error {
			_, err := tx.Exec(ctx, `INSERT INTO domain_rows (what) VALUES ($1)`, what)
			return err
		})
	}
	rows := func() int {
		var n int
		if err := pool.QueryRow(ctx, `SELECT count(*) FROM domain_rows`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	fp := []byte("fp")

	// The first request writes, then its server dies.
	first, claimed, err := s.Begin(ctx, "k", "crash", fp, time.Millisecond, time.Hour)
	if err != nil || !claimed {
		t.Fatal(claimed, err)
	}
	if err := write(idempotency.WithClaim(ctx, idempotency.Claim{KeyID: "k", Key: "crash", Token: first.Claim}), "first"); err != nil {
		t.Fatal(err)
	}
	time.Sleep(5 * time.Millisecond) // its lock lapses
	rec, claimed, err := s.Begin(ctx, "k", "crash", fp, time.Minute, time.Hour)
	if err != nil || claimed || rec.Done || !rec.Committed || !rec.Lapsed {
		t.Fatalf("retry after the crash: claimed=%v %+v %v; want refused as committed", claimed, rec, err)
	}
	if rows() != 1 {
		t.Fatalf("%d domain rows", rows())
	}

	// A slow request whose key a retry took over commits nothing.
	slow, _, _ := s.Begin(ctx, "k", "slow", fp, time.Millisecond, time.Hour)
	time.Sleep(5 * time.Millisecond)
	retry, claimed, err := s.Begin(ctx, "k", "slow", fp, time.Minute, time.Hour)
	if err != nil || !claimed {
		t.Fatalf("takeover: %v %v", claimed, err)
	}
	err = write(idempotency.WithClaim(ctx, idempotency.Claim{KeyID: "k", Key: "slow", Token: slow.Claim}), "slow")
	if !errors.Is(err, idempotency.ErrClaimLost) {
		t.Fatalf("the slow request's write: %v, want ErrClaimLost", err)
	}
	if err := write(idempotency.WithClaim(ctx, idempotency.Claim{KeyID: "k", Key: "slow", Token: retry.Claim}), "retry"); err != nil {
		t.Fatal(err)
	}
	if rows() != 2 {
		t.Fatalf("%d domain rows, want the first and the retry's", rows())
	}

	// A request that committed and then failed (5xx) is not released for a
	// re-run either: its record lapses at once and tells the outcome.
	third, _, _ := s.Begin(ctx, "k", "failed", fp, time.Minute, time.Hour)
	if err := write(idempotency.WithClaim(ctx, idempotency.Claim{KeyID: "k", Key: "failed", Token: third.Claim}), "third"); err != nil {
		t.Fatal(err)
	}
	if err := s.Release(ctx, "k", "failed", third.Claim); err != nil {
		t.Fatal(err)
	}
	if rec, claimed, _ := s.Begin(ctx, "k", "failed", fp, time.Minute, time.Hour); claimed || !rec.Committed || !rec.Lapsed {
		t.Fatalf("after a committed failure: claimed=%v %+v", claimed, rec)
	}
}
