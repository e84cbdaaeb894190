package postgres_test

import (
	"context"
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
