package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/apikey"
	"github.com/tessera-rwa/tessera/web/seal"
	"github.com/tessera-rwa/tessera/web/stream"
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
	audit := auditConfig(e.client, e.pool, e.chain.ChainID)
	return uiRoutes(e.pool, keys, isvc, e.client, e.log, csvc, &audit, e.stream)
}

// uiRoutes builds the web UI that `tessera dev` and `tessera serve` mount
// beside the API: the same issuance, compliance and audit services, the
// same API keys for operators.
func uiRoutes(pool *pgxpool.Pool, keys ui.Credentials, isvc *issuance.Service, client *ethclient.Client,
	log *slog.Logger, csvc *compliance.Service, audit *web.AuditConfig, hub *stream.Hub) ([]web.PublicRoute, error) {
	cfg := ui.Config{Issuance: isvc, Rounds: &postgres.IndexStore{Pool: pool}, Keys: keys,
		Sessions: &postgres.UISessionStore{Pool: pool}, Logger: log, Chain: client, Audit: audit, Stream: hub}
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
// the web UI's live sections, on one listening connection.
func newStreamHub(pool *pgxpool.Pool, log *slog.Logger) (*stream.Hub, error) {
	return stream.New(stream.Config{Store: &postgres.StreamStore{Pool: pool}, Logger: log})
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
		key, secret, err := keys.Create(ctx, apikey.CreateParams{Name: k.name, Scopes: k.scopes})
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
