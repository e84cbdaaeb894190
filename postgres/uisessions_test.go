package postgres_test

import (
	"context"
	"crypto/sha256"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

func TestUISessionsAndNonces(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.NewDB(t)
	st := &postgres.UISessionStore{Pool: pool}
	now := time.Now().UTC().Truncate(time.Microsecond)
	const keyID = "tk_1111111111aaaaaaaaaa"
	mustCreateKey(t, postgres.NewAPIKeyStore(pool), keyID, []byte("sealed"))

	// A nonce is good once, for the domain and wallet it was issued for,
	// and not after it expires. Offered with another domain or wallet it is
	// refused and stays unused.
	const site, phish = "app.example.com", "app-example.com"
	alice, bob := common.HexToAddress("0xA11CE00000000000000000000000000000000001"), common.HexToAddress("0xB0B0000000000000000000000000000000000002")
	if err := st.AddNonce(ctx, "abcdefgh1234", site, alice, now.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	if err := st.AddNonce(ctx, "expiredNonce1", site, alice, now.Add(-time.Second)); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		nonce, domain string
		wallet        common.Address
		want          bool
	}{
		{"abcdefgh1234", site, bob, false},
		{"abcdefgh1234", phish, alice, false},
		{"abcdefgh1234", site, alice, true},
		{"abcdefgh1234", site, alice, false},
		{"expiredNonce1", site, alice, false},
		{"neverIssued1", site, alice, false},
	} {
		if ok, err := st.UseNonce(ctx, c.nonce, c.domain, c.wallet, now); err != nil || ok != c.want {
			t.Errorf("UseNonce(%s, %s, %s) = %v, %v; want %v", c.nonce, c.domain, c.wallet.Hex(), ok, err, c.want)
		}
	}
	if err := st.AddNonce(ctx, "bad nonce!", site, alice, now.Add(time.Minute)); err == nil {
		t.Error("a malformed nonce was stored")
	}
	if err := st.AddNonce(ctx, "noDomain1234", "", alice, now.Add(time.Minute)); err == nil {
		t.Error("a nonce without a domain was stored")
	}

	live, old := sha256.Sum256([]byte("live")), sha256.Sum256([]byte("old"))
	if err := st.CreateSession(ctx, auth.Session{TokenHash: live[:], Kind: "operator", Subject: keyID, ExpiresAt: now.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	// An operator session refers to its key: none for a key that does not exist.
	ghost := sha256.Sum256([]byte("ghost"))
	if err := st.CreateSession(ctx, auth.Session{TokenHash: ghost[:], Kind: "operator", Subject: "tk_ffffffffffffffffffff", ExpiresAt: now.Add(time.Hour)}); err == nil {
		t.Error("a session for an unknown key was stored")
	}
	if err := st.CreateSession(ctx, auth.Session{TokenHash: old[:], Kind: "investor", Subject: "0xabc", ExpiresAt: now.Add(-time.Minute)}); err != nil {
		t.Fatal(err)
	}
	s, ok, err := st.Session(ctx, live[:], now)
	if err != nil || !ok || s.Subject != keyID || s.Kind != "operator" {
		t.Fatalf("live session: %+v %v %v", s, ok, err)
	}
	if _, ok, err := st.Session(ctx, old[:], now); ok || err != nil {
		t.Fatalf("expired session served: %v %v", ok, err)
	}
	if err := st.CreateSession(ctx, auth.Session{TokenHash: []byte("short"), Kind: "investor", Subject: "x", ExpiresAt: now}); err == nil {
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
