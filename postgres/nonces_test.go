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
