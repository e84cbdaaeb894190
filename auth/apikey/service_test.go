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
	get := func(step string, cached bool, secrets ...string) apikey.Key {
		t.Helper()
		s, err := svc.Secrets(ctx, k.ID)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range s.At(now()) {
			got = append(got, string(p))
		}
		if s.Cached != cached || s.Key.ID != k.ID || len(got) != len(secrets) || (len(got) > 0 && got[0] != secrets[0]) {
			t.Fatalf("%s: cached %v, %d secrets; want cached %v, %d secrets", step, s.Cached, len(got), cached, len(secrets))
		}
		return s.Key
	}
	first := get("first read", false, secret)
	get("second read", true, secret)

	_, rotated, err := svc.Rotate(ctx, apikey.CLI, k.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	if remembered := get("after a rotation, from memory", true, secret); remembered.Rev != first.Rev {
		t.Fatal("memory's revision moved")
	}
	if now, err := svc.State(ctx, k.ID); err != nil || now.Rev == first.Rev || now.RotatedAt == nil {
		t.Fatalf("state after the rotation: %+v %v", now, err)
	}
	svc.Forget(k.ID)
	get("forgotten", false, rotated)
	get("remembered again", true, rotated)
	clock.Add(int64(time.Minute))
	get("after the TTL", false, rotated)
}
