package postgres_test

import (
	"context"
	"testing"
	"time"

	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

func TestIdempotencyStore(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.NewDB(t)
	s := postgres.NewIdempotencyStore(pool)
	fp, other := []byte("fp-1"), []byte("fp-2")

	_, claimed, err := s.Begin(ctx, "k", "i1", fp, time.Minute, time.Hour)
	if err != nil || !claimed {
		t.Fatalf("first Begin: claimed=%v %v", claimed, err)
	}
	rec, claimed, err := s.Begin(ctx, "k", "i1", fp, time.Minute, time.Hour)
	if err != nil || claimed || rec.Done {
		t.Fatalf("while running: %+v claimed=%v %v", rec, claimed, err)
	}
	if _, claimed, _ := s.Begin(ctx, "k2", "i1", fp, time.Minute, time.Hour); !claimed {
		t.Fatal("the same idempotency key of another API key was not independent")
	}
	if err := s.Complete(ctx, "k", "i1", 201, "application/json", []byte("body")); err != nil {
		t.Fatal(err)
	}
	rec, claimed, err = s.Begin(ctx, "k", "i1", other, time.Minute, time.Hour)
	if err != nil || claimed || !rec.Done || rec.Status != 201 || string(rec.Body) != "body" || string(rec.Fingerprint) != "fp-1" {
		t.Fatalf("after completion: %+v claimed=%v %v", rec, claimed, err)
	}

	// Release lets the next request run afresh.
	if _, claimed, _ := s.Begin(ctx, "k", "i2", fp, time.Minute, time.Hour); !claimed {
		t.Fatal("i2 not claimed")
	}
	if err := s.Release(ctx, "k", "i2"); err != nil {
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
