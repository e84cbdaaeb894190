package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/seal"
	"github.com/tessera-rwa/tessera/stream"
	"github.com/tessera-rwa/tessera/web/ui"
)

// devUIKeysFile holds the operator keys `tessera dev` makes for the web UI
// on its first start (mode 0600, in the data directory).
const devUIKeysFile = "ui-keys.txt"

// startUI builds the web UI on the issuance and compliance services and
// makes sure the demo has operator keys to sign in with.
func (e *devEnv) startUI(ctx context.Context, isvc *issuance.Service, csvc *compliance.Service) ([]web.PublicRoute, error) {
	masterKey, err := seal.LoadOrCreateDevMasterKey(e.cfg.DataDir)
	if err != nil {
		return nil, err
	}
	keys, err := apikey.NewService(apikey.ServiceConfig{Store: postgres.NewAPIKeyStore(e.pool), MasterKey: masterKey})
	if err != nil {
		return nil, err
	}
	if err := e.devUIKeys(ctx, keys); err != nil {
		return nil, err
	}
	origin := e.cfg.PublicURL
	if origin == "" {
		if origin, err = devOrigin(e.cfg.Addr); err != nil {
			return nil, err
		}
	}
	audit := auditConfig(e.client, e.pool, e.chain.ChainID)
	return uiRoutes(e.pool, keys, isvc, e.log, csvc, &audit, e.stream, origin)
}

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

// uiRoutes builds the web UI that `tessera dev` and `tessera serve` mount
// beside the API: the same issuance, compliance and audit services, the
// same API keys for operators. origin is the public origin browsers reach
// it at (ui.Config.PublicOrigin).
func uiRoutes(pool *pgxpool.Pool, keys ui.Keys, isvc *issuance.Service,
	log *slog.Logger, csvc *compliance.Service, audit *web.AuditConfig, hub *stream.Hub, origin string) ([]web.PublicRoute, error) {
	cfg := ui.Config{Issuance: isvc, Rounds: &postgres.IndexStore{Pool: pool}, Keys: keys,
		Sessions: &postgres.UISessionStore{Pool: pool}, Logger: log, Audit: audit, Stream: hub, PublicOrigin: origin}
	if csvc != nil {
		cfg.Compliance = func() *compliance.Service { return csvc }
	}
	u, err := ui.New(cfg)
	if err != nil {
		return nil, err
	}
	return u.Routes(), nil
}

// newStreamHub serves the event stream to the API (GET /v1/stream) and
// the web UI's live sections, on one listening connection. Each stream
// reads its key's current state through the key store (auth.Resolve, as
// apikey.Service.Resolve, which needs no secret), so it ends when the key
// is revoked, expires or loses its scopes.
func newStreamHub(pool *pgxpool.Pool, log *slog.Logger) (*stream.Hub, error) {
	keys := postgres.NewAPIKeyStore(pool)
	return stream.New(stream.Config{Store: &postgres.StreamStore{Pool: pool}, Logger: log,
		Resolve: func(ctx context.Context, id string) (auth.Principal, error) {
			k, err := keys.Key(ctx, id)
			if err != nil {
				return auth.Principal{}, err
			}
			return k.Principal(time.Now())
		}})
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
