package postgres_test

import (
	"context"
	"testing"
	"time"

	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/errs"
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

// UseFor records the nonce and reads the key in one statement: the nonce
// only while the key's newest secret is the version the caller checked
// the signature with, and the key as it is now, revoked or not.
func TestNonceStoreUseFor(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.NewDB(t)
	keys, nonces := postgres.NewAPIKeyStore(pool), postgres.NewNonceStore(pool)
	const id = "tk_00000000000000000001"
	mustCreateKey(t, keys, id, []byte("sealed-1"))
	now := time.Now().UTC()
	use := func(nonce string, version int, at time.Time) (apikey.Key, int, bool) {
		t.Helper()
		k, current, fresh, err := nonces.UseFor(ctx, id, nonce, version, at, at.Add(30*time.Second))
		if err != nil {
			t.Fatal(err)
		}
		return k, current, fresh
	}
	if k, v, fresh := use("n1", 1, now); !fresh || v != 1 || k.ID != id || k.RevokedAt != nil || len(k.Scopes) != 2 {
		t.Fatalf("first use: %+v version %d fresh %v", k, v, fresh)
	}
	if _, _, fresh := use("n1", 1, now.Add(time.Second)); fresh {
		t.Fatal("replay accepted")
	}

	if _, err := keys.RotateKey(ctx, id, []byte("sealed-2"), nil, now, now.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	// Checked against version 1's secrets: not recorded, and told so.
	if _, v, fresh := use("n2", 1, now); fresh || v != 2 {
		t.Fatalf("stale version: version %d fresh %v, want 2 and not recorded", v, fresh)
	}
	if _, v, fresh := use("n2", 2, now); !fresh || v != 2 {
		t.Fatalf("current version: version %d fresh %v; the stale use must not have recorded n2", v, fresh)
	}
	if k, v, err := keys.KeyState(ctx, id); err != nil || v != 2 || k.RotatedAt == nil {
		t.Fatalf("KeyState: %+v version %d %v", k, v, err)
	}

	if _, err := keys.RevokeKey(ctx, id, now); err != nil {
		t.Fatal(err)
	}
	if k, _, _ := use("n3", 2, now); k.RevokedAt == nil {
		t.Fatal("the key read with the nonce is not the revoked key")
	}
	if _, _, _, err := nonces.UseFor(ctx, "tk_ffffffffffffffffffff", "n1", 1, now, now.Add(time.Minute)); !errs.Is(err, errs.NotFound) {
		t.Fatalf("unknown key: %v", err)
	}
	var n int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM api_nonces WHERE key_id = 'tk_ffffffffffffffffffff'`).Scan(&n); err != nil || n != 0 {
		t.Fatalf("nonce of an unknown key recorded: %d %v", n, err)
	}
}
