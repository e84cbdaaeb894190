package main

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

// The keys command creates a key whose secret is printed once, lists it
// without the secret, rotates and revokes it, and refuses bad input with
// one-line errors.
func TestKeysCommand(t *testing.T) {
	t.Setenv("DATABASE_URL", pgtest.NewURL(t))
	t.Setenv("TESSERA_MASTER_KEY", strings.Repeat("ab", 32))
	t.Setenv("TESSERA_MASTER_KEY_FILE", "")
	ctx := context.Background()
	tessera := func(args ...string) (string, error) {
		var out bytes.Buffer
		err := run(ctx, args, &out)
		return out.String(), err
	}

	out, err := tessera("keys", "create", "--name", "back-office", "--owner", "ops@example.com", "--scopes", "issuer,auditor", "--expires", "720h")
	if err != nil {
		t.Fatal(err)
	}
	id := regexp.MustCompile(`(?m)^id:\s+(\S+)`).FindStringSubmatch(out)
	secret := regexp.MustCompile(`(?m)^secret:\s+(\S+)`).FindStringSubmatch(out)
	if id == nil || secret == nil {
		t.Fatalf("create printed no key id and secret:\n%s", out)
	}
	listed, err := tessera("keys", "list")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(listed, "back-office") || !strings.Contains(listed, "ops@example.com") || strings.Contains(listed, secret[1]) {
		t.Fatalf("list must show the key and never its secret:\n%s", listed)
	}
	if _, err := tessera("keys", "rotate", "--id", id[1]); err != nil {
		t.Fatalf("rotate: %v", err)
	}
	if _, err := tessera("keys", "revoke", "--id", id[1]); err != nil {
		t.Fatalf("revoke: %v", err)
	}
	if listed, _ := tessera("keys", "list"); !strings.Contains(listed, "revoked") {
		t.Errorf("a revoked key is not shown as revoked:\n%s", listed)
	}
	for _, bad := range [][]string{
		{"keys", "create", "--name", "x", "--owner", "o", "--scopes", "superuser"},
		{"keys", "create", "--name", "x", "--scopes", "issuer"}, // no owner
		{"keys", "create", "--bogus"},
		{"keys", "revoke"},
		{"keys", "frobnicate"},
	} {
		if _, err := tessera(bad...); err == nil || strings.Contains(err.Error(), "\n") {
			t.Errorf("tessera %s: err = %v, want a one-line error", strings.Join(bad, " "), err)
		}
	}
}
