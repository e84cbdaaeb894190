package postgres_test

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

func mustCreateKey(tb testing.TB, s *postgres.APIKeyStore, id string, sealed []byte) apikey.Key {
	tb.Helper()
	k, err := s.CreateKey(context.Background(), apikey.Key{
		ID: id, Name: "k " + id, Owner: "owner " + id, Custodians: []string{"owner " + id}, Scopes: []apikey.Scope{apikey.Admin, apikey.Auditor},
		CreatedAt: time.Now().UTC().Truncate(time.Microsecond),
	}, sealed)
	if err != nil {
		tb.Fatal(err)
	}
	return k
}

func TestAPIKeyStoreLifecycle(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := postgres.NewAPIKeyStore(pgtest.NewDB(t))
	const id = "tk_0123456789abcdef0123"
	k := mustCreateKey(t, s, id, []byte("sealed-1"))
	if k.Seq == 0 || len(k.Scopes) != 2 || k.Scopes[0] != apikey.Admin {
		t.Fatalf("created %+v", k)
	}
	if _, err := s.Key(ctx, "tk_ffffffffffffffffffff"); !errs.Is(err, errs.NotFound) {
		t.Fatalf("unknown key: %v", err)
	}

	now := time.Now().UTC()
	if _, err := s.RotateKey(ctx, id, []byte("sealed-2"), nil, now, now.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	_, secrets, err := s.Credentials(ctx, id, now)
	if err != nil || len(secrets) != 2 || !bytes.Equal(secrets[0].Sealed, []byte("sealed-2")) || secrets[0].Version != 2 {
		t.Fatalf("during grace: %+v %v", secrets, err)
	}
	_, secrets, err = s.Credentials(ctx, id, now.Add(2*time.Hour))
	if err != nil || len(secrets) != 1 || secrets[0].Version != 2 {
		t.Fatalf("after grace: %+v %v", secrets, err)
	}
	// A second rotation with no grace ends version 2 at once; version 1's
	// deadline is not pushed back.
	if _, err := s.RotateKey(ctx, id, []byte("sealed-3"), nil, now, now); err != nil {
		t.Fatal(err)
	}
	_, secrets, _ = s.Credentials(ctx, id, now)
	if len(secrets) != 1 || secrets[0].Version != 3 {
		t.Fatalf("after second rotation: %+v", secrets)
	}

	r, err := s.RevokeKey(ctx, id, now)
	if err != nil || r.RevokedAt == nil {
		t.Fatalf("revoke: %+v %v", r, err)
	}
	r2, _ := s.RevokeKey(ctx, id, now.Add(time.Minute))
	if !r2.RevokedAt.Equal(*r.RevokedAt) {
		t.Error("second revocation moved the revocation time")
	}
	if _, err := s.RotateKey(ctx, id, []byte("x"), nil, now, now); !errs.Is(err, errs.Conflict) {
		t.Errorf("rotating a revoked key: %v", err)
	}
	if _, err := s.RevokeKey(ctx, "tk_ffffffffffffffffffff", now); !errs.Is(err, errs.NotFound) {
		t.Errorf("revoking an unknown key: %v", err)
	}
}

func TestAPIKeyStoreList(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := postgres.NewAPIKeyStore(pgtest.NewDB(t))
	ids := []string{"tk_00000000000000000003", "tk_00000000000000000001", "tk_00000000000000000002"}
	for _, id := range ids {
		mustCreateKey(t, s, id, []byte("x"))
	}
	page, err := s.ListKeys(ctx, 0, 2)
	if err != nil || len(page) != 2 || page[0].ID != ids[0] || page[1].ID != ids[1] {
		t.Fatalf("first page: %+v %v", page, err)
	}
	page, err = s.ListKeys(ctx, page[1].Seq, 2)
	if err != nil || len(page) != 1 || page[0].ID != ids[2] {
		t.Fatalf("second page: %+v %v", page, err)
	}
}

// TestAPIKeyStoreCustodiansAndSessions: a rotation adds the rotator's
// custodians once; rotating or revoking a key deletes its UI sessions (and
// only its own) in the same transaction; Principal resolves an actor to
// the key's current owner and custodians.
func TestAPIKeyStoreCustodiansAndSessions(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.NewDB(t)
	s := postgres.NewAPIKeyStore(pool)
	sessions := &postgres.UISessionStore{Pool: pool}
	const a, b = "tk_aaaaaaaaaaaaaaaaaaaa", "tk_bbbbbbbbbbbbbbbbbbbb"
	mustCreateKey(t, s, a, []byte("sa"))
	mustCreateKey(t, s, b, []byte("sb"))
	now := time.Now().UTC()
	session := func(hash byte, key string) []byte {
		h := bytes.Repeat([]byte{hash}, 32)
		if err := sessions.CreateSession(ctx, auth.Session{TokenHash: h, Kind: "operator", Subject: key, ExpiresAt: now.Add(time.Hour)}); err != nil {
			t.Fatal(err)
		}
		return h
	}
	alive := func(h []byte) bool {
		_, ok, err := sessions.Session(ctx, h, now)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	sa, sb := session(1, a), session(2, b)

	k, err := s.RotateKey(ctx, a, []byte("sa2"), []string{"admin carol", "owner " + a, "admin carol"}, now, now)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"owner " + a, "admin carol"}; len(k.Custodians) != 2 || k.Custodians[0] != want[0] || k.Custodians[1] != want[1] {
		t.Fatalf("custodians after rotation: %v, want %v", k.Custodians, want)
	}
	if alive(sa) || !alive(sb) {
		t.Fatalf("after rotating %s: its session alive=%v, the other key's alive=%v", a, alive(sa), alive(sb))
	}
	p, err := s.Principal(ctx, "key:"+a)
	if err != nil || p.Owner != "owner "+a || len(p.Custodians) != 2 || p.KeyID != a {
		t.Fatalf("principal: %+v %v", p, err)
	}
	if _, err := s.RevokeKey(ctx, b, now); err != nil {
		t.Fatal(err)
	}
	if alive(sb) {
		t.Fatal("a revoked key's session is still alive")
	}
	// A revoked key still resolves for four-eyes checks of its past requests.
	if p, err := s.Principal(ctx, "key:"+b); err != nil || p.Owner != "owner "+b {
		t.Fatalf("revoked key's principal: %+v %v", p, err)
	}
	if _, err := s.Principal(ctx, "tk_nope"); err == nil {
		t.Fatal("an actor without the key: prefix resolved")
	}
}
