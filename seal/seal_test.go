package seal_test

import (
	"bytes"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tessera-rwa/tessera/seal"
)

func mustBox(tb testing.TB, master []byte, purpose string) *seal.Box {
	tb.Helper()
	b, err := seal.New(master, purpose)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func TestSealOpen(t *testing.T) {
	t.Parallel()
	master := bytes.Repeat([]byte{7}, seal.KeySize)
	a := mustBox(t, master, "a")
	sealed := a.Seal([]byte("secret"), []byte("row-1"))
	if bytes.Contains(sealed, []byte("secret")) {
		t.Fatal("plaintext visible in sealed value")
	}
	got, err := a.Open(sealed, []byte("row-1"))
	if err != nil || string(got) != "secret" {
		t.Fatalf("Open = %q, %v", got, err)
	}
	if _, err := a.Open(sealed, []byte("row-2")); err == nil {
		t.Error("opened with other additional data")
	}
	if _, err := mustBox(t, master, "b").Open(sealed, []byte("row-1")); err == nil {
		t.Error("opened under another purpose")
	}
	other := bytes.Repeat([]byte{8}, seal.KeySize)
	if _, err := mustBox(t, other, "a").Open(sealed, []byte("row-1")); err == nil {
		t.Error("opened under another master key")
	}
	if _, err := a.Open(sealed[:5], nil); err == nil {
		t.Error("opened a truncated value")
	}
	if _, err := seal.New(master[:5], "a"); err == nil {
		t.Error("accepted a short master key")
	}
}

func TestLoadMasterKey(t *testing.T) {
	t.Parallel()
	want := bytes.Repeat([]byte{0xab}, seal.KeySize)
	hexKey := hex.EncodeToString(want)
	dir := t.TempDir()
	file := filepath.Join(dir, "k")
	if err := os.WriteFile(file, []byte(hexKey+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	tests := []struct {
		name    string
		env     map[string]string
		devDir  string
		wantErr string
	}{
		{name: "env hex", env: map[string]string{seal.EnvMasterKey: hexKey}},
		{name: "env file", env: map[string]string{seal.EnvMasterKeyFile: file}},
		{name: "bad hex", env: map[string]string{seal.EnvMasterKey: "zz"}, wantErr: "64 hex"},
		{name: "missing file", env: map[string]string{seal.EnvMasterKeyFile: file + "x"}, wantErr: "no such file"},
		{name: "nothing", env: map[string]string{}, devDir: t.TempDir(), wantErr: "no master key"},
	}
	for _, tt := range tests {
		got, err := seal.LoadMasterKey(env(tt.env), tt.devDir)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%s: err = %v, want %q", tt.name, err, tt.wantErr)
			}
			continue
		}
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s: got %x, %v", tt.name, got, err)
		}
	}
}

func TestDevMasterKey(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), ".tessera")
	k1, err := seal.LoadOrCreateDevMasterKey(dir)
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(filepath.Join(dir, seal.DevKeyFile))
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file: %v %v", fi, err)
	}
	k2, err := seal.LoadOrCreateDevMasterKey(dir)
	if err != nil || !bytes.Equal(k1, k2) {
		t.Fatalf("second load differs: %v", err)
	}
	k3, err := seal.LoadMasterKey(func(string) string { return "" }, dir)
	if err != nil || !bytes.Equal(k1, k3) {
		t.Fatalf("LoadMasterKey did not fall back to the dev file: %v", err)
	}
}
