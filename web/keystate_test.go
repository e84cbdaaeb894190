package web_test

import (
	"context"
	"testing"
	"time"

	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/webtest"
)

// A replica keeps keys' secrets in memory between requests, yet every
// change to a key applies to the next request it serves: rotations made
// on another replica, and changes written straight to the database with
// no notice at all (scopes, expiry, revocation).
func TestKeyChangesApplyOnEveryReplicaAtOnce(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	a := webtest.Start(t, web.Config{})
	b := webtest.StartOn(t, a.Pool, web.Config{})
	id, s0 := a.NewKey(t, "k", apikey.Auditor)
	expect := func(step, path, secret string, status int, code string) {
		t.Helper()
		got, d, _ := send(t, b.URL(), rawRequest{path: path, keyID: id, secret: secret})
		if got != status || d.Code != code {
			t.Fatalf("%s: %d %q (%s), want %d %q", step, got, d.Code, d.Message, status, code)
		}
	}
	sql := func(q string) {
		t.Helper()
		if _, err := a.Pool.Exec(ctx, q, id); err != nil {
			t.Fatal(err)
		}
	}
	expect("first request (b remembers the secret)", "/v1/me", s0, 200, "")

	_, s1, err := a.Keys().Rotate(ctx, apikey.CLI, id, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	expect("rotated on a, old secret in its grace", "/v1/me", s0, 200, "")
	expect("rotated on a, new secret", "/v1/me", s1, 200, "")
	_, s2, err := a.Keys().Rotate(ctx, apikey.CLI, id, 0)
	if err != nil {
		t.Fatal(err)
	}
	expect("rotated on a without grace, previous secret", "/v1/me", s1, 401, "invalid_signature")
	expect("rotated on a without grace, first secret", "/v1/me", s0, 401, "invalid_signature")
	expect("rotated on a without grace, new secret", "/v1/me", s2, 200, "")

	expect("auditor lists keys", "/v1/keys", s2, 403, "missing_scope")
	sql(`UPDATE api_keys SET scopes = '{admin}' WHERE id = $1`)
	expect("made admin in the database", "/v1/keys", s2, 200, "")
	sql(`UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = $1`)
	expect("expired in the database", "/v1/me", s2, 401, "key_expired")
	sql(`UPDATE api_keys SET expires_at = NULL WHERE id = $1`)
	expect("expiry lifted", "/v1/me", s2, 200, "")
	sql(`UPDATE api_keys SET revoked_at = now() WHERE id = $1`)
	expect("revoked in the database", "/v1/me", s2, 401, "key_revoked")
}
