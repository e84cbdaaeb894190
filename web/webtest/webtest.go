// Package webtest starts real API servers on a real PostgreSQL database for
// tests, and makes keys and signed clients for them. A test package that
// uses it calls pgtest.Main from its TestMain.
package webtest

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/internal/app"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
	"github.com/tessera-rwa/tessera/web"
)

// MasterKey is the master key test servers use unless given another.
var MasterKey = bytes.Repeat([]byte{0x5e}, 32)

// Server is a started server and what it runs on.
type Server struct {
	*web.Server
	Pool *pgxpool.Pool
}

// Start starts a server with cfg on 127.0.0.1 and a free port (and its
// operations listener on another), on a fresh database. It is stopped when
// the test ends.
func Start(tb testing.TB, cfg web.Config) *Server {
	tb.Helper()
	return StartOn(tb, pgtest.NewDB(tb), cfg)
}

// StartOn is Start on pool: pass another server's Pool to run two
// replicas on one database. The server's records are PostgreSQL's, wired
// as the platform wires them (app.WebStores).
func StartOn(tb testing.TB, pool *pgxpool.Pool, cfg web.Config) *Server {
	tb.Helper()
	if cfg.MasterKey == nil {
		cfg.MasterKey = MasterKey
	}
	if cfg.Addr == "" {
		cfg.Addr = "127.0.0.1:0"
	}
	if cfg.OpsAddr == "" {
		cfg.OpsAddr = "127.0.0.1:0"
	}
	s, err := web.New(Stores(tb, pool, cfg))
	if err != nil {
		tb.Fatal(err)
	}
	if err := s.Start(context.Background()); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := s.Stop(ctx); err != nil {
			tb.Errorf("stop server: %v", err)
		}
	})
	return &Server{Server: s, Pool: pool}
}

// Stores returns cfg with its records on pool (app.WebStores) and the test
// master key unless it has one.
func Stores(tb testing.TB, pool *pgxpool.Pool, cfg web.Config) web.Config {
	tb.Helper()
	if cfg.MasterKey == nil {
		cfg.MasterKey = MasterKey
	}
	keys, err := apikey.NewService(apikey.ServiceConfig{Store: postgres.NewAPIKeyStore(pool), MasterKey: cfg.MasterKey, Now: cfg.Now})
	if err != nil {
		tb.Fatal(err)
	}
	app.WebStores(&cfg, pool, keys)
	return cfg
}

// NewKey creates a key with scopes directly through the key service (as
// the CLI does) and returns its id and secret. Each key gets an owner of
// its own, so two keys from NewKey are independent for four-eyes.
func (s *Server) NewKey(tb testing.TB, name string, scopes ...apikey.Scope) (id, secret string) {
	tb.Helper()
	return s.NewOwnedKey(tb, name, UniqueOwner(name), scopes...)
}

// NewOwnedKey creates a key of owner with scopes, as the CLI does.
func (s *Server) NewOwnedKey(tb testing.TB, name, owner string, scopes ...apikey.Scope) (id, secret string) {
	tb.Helper()
	k, secret, err := s.Keys().Create(context.Background(), apikey.CLI, apikey.CreateParams{Name: name, Owner: owner, Scopes: scopes})
	if err != nil {
		tb.Fatal(err)
	}
	return k.ID, secret
}

// Principal resolves key id as every door does, for tests that call the
// domain services directly on a key's behalf.
func (s *Server) Principal(tb testing.TB, id string) auth.Principal {
	tb.Helper()
	p, err := s.Keys().Resolve(context.Background(), id)
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

var owners atomic.Int64

// UniqueOwner returns an owner name no other call returns.
func UniqueOwner(prefix string) string {
	return fmt.Sprintf("%s-%d-%d", prefix, os.Getpid(), owners.Add(1))
}

// Client returns a client signing with id and secret. Retries are quick so
// tests stay fast.
func (s *Server) Client(tb testing.TB, id, secret string, adjust ...func(*client.Config)) *client.Client {
	tb.Helper()
	cfg := client.Config{BaseURL: s.URL(), KeyID: id, Secret: secret, MinBackoff: 5 * time.Millisecond, MaxBackoff: 50 * time.Millisecond}
	for _, f := range adjust {
		f(&cfg)
	}
	cfg.HTTPClient = s.recording(cfg.HTTPClient)
	c, err := client.New(cfg)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// NewClient creates a key with scopes and returns a client signing with it.
func (s *Server) NewClient(tb testing.TB, scopes ...apikey.Scope) *client.Client {
	tb.Helper()
	id, secret := s.NewKey(tb, "test", scopes...)
	return s.Client(tb, id, secret)
}

// LogEntry commits a compliance log row, whose trigger writes one
// "compliance" event to the stream with subject in its data: the
// smallest change that produces a stream event.
func LogEntry(tb testing.TB, pool *pgxpool.Pool, seq int, subject string) {
	tb.Helper()
	if _, err := pool.Exec(context.Background(), `INSERT INTO compliance_log (seq, at, actor, action, subject, data, prev_hash, hash)
		VALUES ($1, now(), 'tk_test', 'test', $2, '{}', $3, $3)`, seq, subject, make([]byte, 32)); err != nil {
		tb.Fatal(err)
	}
}
