package seal

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Where the master key comes from, in this order.
const (
	// EnvMasterKey holds the master key as 64 hex characters.
	EnvMasterKey = "TESSERA_MASTER_KEY"
	// EnvMasterKeyFile names a file holding the master key as 64 hex
	// characters (a mounted secret, for instance).
	EnvMasterKeyFile = "TESSERA_MASTER_KEY_FILE"
	// DevKeyFile is the file, under the dev state directory (.tessera), that
	// `tessera dev` creates so a laptop needs no setup.
	DevKeyFile = "master.key"
)

// LoadMasterKey returns the master key named by the environment
// (EnvMasterKey, then EnvMasterKeyFile), or else the one in devDir/master.key
// when devDir is not empty and that file exists. getenv is os.Getenv in
// production.
func LoadMasterKey(getenv func(string) string, devDir string) ([]byte, error) {
	if v := strings.TrimSpace(getenv(EnvMasterKey)); v != "" {
		key, err := parseKey(v)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", EnvMasterKey, err)
		}
		return key, nil
	}
	if path := getenv(EnvMasterKeyFile); path != "" {
		return readKeyFile(path)
	}
	if devDir != "" {
		path := filepath.Join(devDir, DevKeyFile)
		if _, err := os.Stat(path); err == nil {
			return readKeyFile(path)
		}
	}
	return nil, fmt.Errorf("no master key: set %s to 64 hex characters (e.g. `openssl rand -hex 32`) or %s to a file holding them", EnvMasterKey, EnvMasterKeyFile)
}

// LoadOrCreateDevMasterKey reads dir/master.key, creating it with a random
// key (mode 0600) when it does not exist. Only for local development: a lost
// file makes every stored API key secret unreadable.
func LoadOrCreateDevMasterKey(dir string) ([]byte, error) {
	path := filepath.Join(dir, DevKeyFile)
	key, err := readKeyFile(path)
	if err == nil || !errors.Is(err, fs.ErrNotExist) {
		return key, err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("master key: %w", err)
	}
	key = make([]byte, KeySize)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) { // another process created it first
		return readKeyFile(path)
	}
	if err != nil {
		return nil, fmt.Errorf("master key: %w", err)
	}
	if _, err := f.WriteString(hex.EncodeToString(key) + "\n"); err != nil {
		f.Close()
		return nil, fmt.Errorf("master key: %w", err)
	}
	return key, f.Close()
}

func readKeyFile(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("master key file: %w", err)
	}
	key, err := parseKey(strings.TrimSpace(string(b)))
	if err != nil {
		return nil, fmt.Errorf("master key file %s: %w", path, err)
	}
	return key, nil
}

func parseKey(s string) ([]byte, error) {
	key, err := hex.DecodeString(s)
	if err != nil || len(key) != KeySize {
		return nil, fmt.Errorf("want %d hex characters", 2*KeySize)
	}
	return key, nil
}
