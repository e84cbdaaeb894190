package app

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/oracle/oraclehttp"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/ui"
)

// StreamRetention is how long stream events are kept for clients resuming
// with a cursor.
const StreamRetention = 7 * 24 * time.Hour

// WebStores fills cfg's records from pool: the API keys, request nonces,
// idempotency records and what the sweeper expires (with the stream's
// events when cfg serves a stream). The app and the API's own tests wire
// the server through it.
func WebStores(cfg *web.Config, pool *pgxpool.Pool, keys *apikey.Service) {
	nonces, idem := postgres.NewNonceStore(pool), postgres.NewIdempotencyStore(pool)
	cfg.Keys, cfg.Nonces, cfg.Idempotency = keys, nonces, idem
	if cfg.Expire == nil {
		cfg.Expire = map[string]web.Expirer{}
	}
	cfg.Expire["nonces"], cfg.Expire["idempotency records"] = nonces, idem
	if cfg.Stream != nil {
		cfg.Expire["stream events"] = &postgres.StreamStore{Pool: pool, Retention: StreamRetention}
	}
	if cfg.Ready == nil {
		cfg.Ready = map[string]func(context.Context) error{}
	}
	if _, ok := cfg.Ready["database"]; !ok {
		cfg.Ready["database"] = pool.Ping
	}
}

// Audit is what the audit routes and the web UI's auditor view run: the
// verifier over the chain and the records, with checkpoints, and the
// exports.
func (a *App) Audit() web.AuditConfig {
	v := postgres.NewAuditVerifier(a.Client, a.Pool)
	v.Checkpoints, v.Now = &postgres.AuditCheckpoints{Pool: a.Pool}, a.cfg.Now
	return web.AuditConfig{Verifier: v, Exports: postgres.NewAuditExports(a.Pool), ChainID: a.ChainID}
}

// startHTTP mounts every service's routes, the web UI when issuance runs,
// and starts the listeners.
func (a *App) startHTTP(ctx context.Context) error {
	h := a.cfg.HTTP
	auditCfg := a.Audit()
	cfg := web.Config{
		Addr: h.Addr, Listener: h.Listener, OpsAddr: h.OpsAddr, AllowedHosts: h.AllowedHosts, Logger: a.cfg.Logger, Now: a.cfg.Now,
		MasterKey: a.cfg.MasterKey, Registry: a.Registry, Stream: a.Stream,
		IdempotencyLock: h.IdempotencyLock, AuthWindow: h.AuthWindow, RateLimit: h.RateLimit,
		Ready: map[string]func(context.Context) error{
			"chain": func(ctx context.Context) error { _, err := a.Client.BlockNumber(ctx); return err },
		},
		Routes: web.AuditRoutes(auditCfg),
	}
	WebStores(&cfg, a.Pool, a.Keys)
	if a.Oracle != nil {
		cfg.Routes = append(cfg.Routes, web.OracleRoutes(a.Oracle)...)
		cfg.Public = append(cfg.Public, web.PublicRoute{Method: "POST", Path: "/ea", ContentType: "application/json",
			Summary: "Chainlink External Adapter: {id, data:{asset}} answered with the value the relay would push",
			Handler: oraclehttp.EAHandler(a.Oracle, a.cfg.Logger), Ops: true})
	}
	if a.Issuance != nil {
		cfg.Routes = append(cfg.Routes, web.IssuanceRoutes(a.Issuance)...)
	}
	if a.Compliance != nil {
		cfg.Routes = append(cfg.Routes, web.ComplianceRoutes(a.Compliance)...)
	}
	if a.Dealing != nil {
		cfg.Routes = append(cfg.Routes, web.DealingRoutes(a.Dealing)...)
	}
	if a.Issuance != nil { // the web UI works through the issuance service
		uiCfg := ui.Config{Issuance: a.Issuance, Rounds: &postgres.IndexStore{Pool: a.Pool}, Keys: a.Keys,
			Sessions: &postgres.UISessionStore{Pool: a.Pool}, Logger: a.cfg.Logger, Audit: &auditCfg,
			Stream: a.Stream, PublicOrigin: h.PublicURL, Now: a.cfg.Now, Dealing: a.Dealing}
		if csvc := a.Compliance; csvc != nil {
			uiCfg.Compliance = func() *compliance.Service { return csvc }
		}
		u, err := ui.New(uiCfg)
		if err != nil {
			return fmt.Errorf("web UI: %w", err)
		}
		a.UI, a.UIConfig = u, uiCfg
		cfg.Public = append(cfg.Public, u.Routes()...)
	}
	srv, err := web.New(cfg)
	if err != nil {
		return err
	}
	if err := srv.Start(ctx); err != nil {
		return fmt.Errorf("http: %w", err)
	}
	a.HTTP = srv
	a.onStop("http", srv.Stop)
	return nil
}
