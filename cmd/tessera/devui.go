package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strings"

	"github.com/tessera-rwa/tessera/auth/apikey"
)

// devUIKeysFile holds the operator keys `tessera dev` makes for the web UI
// on its first start (mode 0600, in the data directory).
const devUIKeysFile = "ui-keys.txt"

// devOrigin is the web UI's public origin when `tessera dev` is not told
// one: its own listen address, over plain HTTP, with an unspecified host
// (0.0.0.0, ::) read as 127.0.0.1.
func devOrigin(addr string) (string, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil || port == "0" {
		return "", fmt.Errorf("dev: --addr %s does not name the web UI's origin: give a port, or --public-url", addr)
	}
	if ip := net.ParseIP(host); host == "" || ip != nil && ip.IsUnspecified() {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, port), nil
}

// devUIKeys creates the demo's operator keys once and writes them to the
// data directory; the log says where, never what.
func (e *devEnv) devUIKeys(ctx context.Context, keys *apikey.Service) error {
	path := filepath.Join(e.cfg.DataDir, devUIKeysFile)
	if _, err := os.Stat(path); err == nil || !errors.Is(err, fs.ErrNotExist) {
		e.log.Info("web UI operator keys", "file", path)
		return err
	}
	var b strings.Builder
	b.WriteString("# Operator keys for the web UI of `tessera dev` (sign in at /ui/signin).\n")
	for _, k := range []struct {
		name   string
		scopes []apikey.Scope
	}{
		{"dev UI issuer", []apikey.Scope{apikey.Issuer}},
		{"dev UI approver", []apikey.Scope{apikey.Approver}},
		{"dev UI compliance", []apikey.Scope{apikey.Compliance}},
		{"dev UI auditor", []apikey.Scope{apikey.Auditor}},
	} {
		// Each demo key stands for a person of its own, so the issuer's
		// requests can be approved by the approver.
		key, secret, err := keys.Create(ctx, apikey.CLI, apikey.CreateParams{Name: k.name, Owner: "demo " + k.name[7:], Scopes: k.scopes})
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "%-16s key id %s  secret %s\n", k.name[7:], key.ID, secret)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		return err
	}
	e.log.Info("web UI operator keys created", "file", path)
	return nil
}
