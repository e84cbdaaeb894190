package postgres_test

import (
	"context"
	"crypto/sha256"
	"testing"
	"time"

	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

func TestUISessionsAndNonces(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := &postgres.UISessionStore{Pool: pgtest.NewDB(t)}
	now := time.Now().UTC().Truncate(time.Microsecond)

	// A nonce is good once, and not after it expires.
	if err := st.AddNonce(ctx, "abcdefgh1234", now.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	if err := st.AddNonce(ctx, "expiredNonce1", now.Add(-time.Second)); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		nonce string
		want  bool
	}{{"abcdefgh1234", true}, {"abcdefgh1234", false}, {"expiredNonce1", false}, {"neverIssued1", false}} {
		if ok, err := st.UseNonce(ctx, c.nonce, now); err != nil || ok != c.want {
			t.Errorf("UseNonce(%s) = %v, %v; want %v", c.nonce, ok, err, c.want)
		}
	}
	if err := st.AddNonce(ctx, "bad nonce!", now.Add(time.Minute)); err == nil {
		t.Error("a malformed nonce was stored")
	}

	live, old := sha256.Sum256([]byte("live")), sha256.Sum256([]byte("old"))
	if err := st.CreateSession(ctx, postgres.UISession{TokenHash: live[:], Kind: "operator", Subject: "tk_1", Name: "ops",
		Scopes: []string{"issuer", "approver"}, ExpiresAt: now.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	if err := st.CreateSession(ctx, postgres.UISession{TokenHash: old[:], Kind: "investor", Subject: "0xabc", ExpiresAt: now.Add(-time.Minute)}); err != nil {
		t.Fatal(err)
	}
	s, ok, err := st.Session(ctx, live[:], now)
	if err != nil || !ok || s.Subject != "tk_1" || len(s.Scopes) != 2 || s.Kind != "operator" {
		t.Fatalf("live session: %+v %v %v", s, ok, err)
	}
	if _, ok, err := st.Session(ctx, old[:], now); ok || err != nil {
		t.Fatalf("expired session served: %v %v", ok, err)
	}
	if err := st.CreateSession(ctx, postgres.UISession{TokenHash: []byte("short"), Kind: "investor", Subject: "x", ExpiresAt: now}); err == nil {
		t.Error("a session without a SHA-256 token hash was stored")
	}
	if n, err := st.DeleteExpired(ctx, now); err != nil || n != 2 { // the old session and the expired nonce
		t.Errorf("DeleteExpired = %d, %v; want 2", n, err)
	}
	if err := st.DeleteSession(ctx, live[:]); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := st.Session(ctx, live[:], now); ok {
		t.Error("a deleted session is still served")
	}
}
