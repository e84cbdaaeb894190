package apikey_test

import (
	"bytes"
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// Secrets reads and decrypts a key's secrets once per TTL; Forget and a
// rotation's version are how a verifier gets the current ones sooner.
func TestServiceSecretsRemembered(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	var clock atomic.Int64
	clock.Store(time.Now().UnixNano())
	now := func() time.Time { return time.Unix(0, clock.Load()) }
	svc, err := apikey.NewService(apikey.ServiceConfig{Store: postgres.NewAPIKeyStore(pgtest.NewDB(t)), MasterKey: bytes.Repeat([]byte{7}, 32), Now: now, SecretsTTL: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	k, secret, err := svc.Create(ctx, apikey.CLI, apikey.CreateParams{Name: "k", Owner: "o", Scopes: []apikey.Scope{apikey.Auditor}})
	if err != nil {
		t.Fatal(err)
	}
	get := func(step string, cached bool, version int, secrets ...string) {
		t.Helper()
		s, err := svc.Secrets(ctx, k.ID)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range s.At(now()) {
			got = append(got, string(p))
		}
		if s.Cached != cached || s.Version != version || len(got) != len(secrets) || (len(got) > 0 && got[0] != secrets[0]) {
			t.Fatalf("%s: cached %v version %d secrets %d, want cached %v version %d secrets %d", step, s.Cached, s.Version, len(got), cached, version, len(secrets))
		}
	}
	get("first read", false, 1, secret)
	get("second read", true, 1, secret)

	_, rotated, err := svc.Rotate(ctx, apikey.CLI, k.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	get("after a rotation, from memory", true, 1, secret)
	if _, v, err := svc.State(ctx, k.ID); err != nil || v != 2 {
		t.Fatalf("state: version %d %v", v, err)
	}
	svc.Forget(k.ID)
	get("forgotten", false, 2, rotated)
	get("remembered again", true, 2, rotated)
	clock.Add(int64(time.Minute))
	get("after the TTL", false, 2, rotated)
}
