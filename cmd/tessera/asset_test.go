package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// Bad `tessera asset` invocations fail with one line saying what to do,
// before anything is sent.
func TestAssetCommandBadInput(t *testing.T) {
	t.Setenv("TESSERA_URL", "http://127.0.0.1:1") // nothing listens: a request would fail differently
	tests := []struct {
		name string
		env  bool
		args []string
		want string
	}{
		{"no subcommand", true, []string{"asset"}, "tessera asset <sub>"},
		{"unknown subcommand", true, []string{"asset", "explode"}, "tessera asset <sub>"},
		{"no key", false, []string{"asset", "list"}, "TESSERA_KEY_ID and TESSERA_SECRET"},
		{"mint without wallet", true, []string{"asset", "mint", "--asset", "a", "--amount", "1"}, "--wallet is required"},
		{"create without symbol", true, []string{"asset", "create", "--kind", "art", "--name", "x", "--jurisdiction", "DE", "--units", "1"}, "--symbol is required"},
		{"decimals", true, []string{"asset", "create", "--kind", "art", "--name", "x", "--symbol", "X", "--jurisdiction", "DE", "--units", "1", "--decimals", "19"}, "--decimals must be at most 18"},
		{"bad wallet", true, []string{"asset", "holdings", "--wallet", "me"}, "--wallet must be a 0x address"},
		{"unknown flag", true, []string{"asset", "list", "--color"}, "flag provided but not defined"},
		{"missing file", true, []string{"asset", "upload", "--asset", "a", "--file", "/nonexistent/deed.pdf"}, "no such file"},
	}
	for _, tc := range tests {
		if tc.env {
			t.Setenv("TESSERA_KEY_ID", "tk_test")
			t.Setenv("TESSERA_SECRET", "tss_test")
		} else {
			t.Setenv("TESSERA_KEY_ID", "")
			t.Setenv("TESSERA_SECRET", "")
		}
		var out bytes.Buffer
		err := run(context.Background(), tc.args, &out)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v; want an error containing %q", tc.name, err, tc.want)
		}
	}
}
