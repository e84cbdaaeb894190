package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/chain/indexer"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/internal/app"
	"github.com/tessera-rwa/tessera/observe"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/seal"
	"github.com/tessera-rwa/tessera/web"
)

// devConfig is what `tessera dev` is told by its flags and environment.
type devConfig struct {
	DataDir     string        // local state: PostgreSQL cluster, chain, master key
	Addr        string        // API and UI
	PublicURL   string        // origin browsers reach the UI at; empty: http://<Addr>
	OpsAddr     string        // metrics, External Adapter, probes; empty: none
	RPCPort     int           // dev chain JSON-RPC (HTTP and WebSocket)
	BlockPeriod time.Duration // 0: a block per transaction
	DatabaseURL string        // empty: a private cluster under DataDir/pg
}

// devEnv is `tessera dev`: a private PostgreSQL cluster and an in-process
// dev chain, the platform (internal/app) on them with the demo suite
// deployed, and the demo seeded. Start brings it up; Stop takes it down in
// reverse. End-to-end tests reuse it.
type devEnv struct {
	cfg  devConfig
	log  *slog.Logger
	lock *os.File
	pg   *postgres.Cluster
	// pgMoved says why the cluster is not on its old port ("": it is).
	pgMoved string
	chain   *devnet.DevChain
	app     *app.App
	demo    *demoAppraiser
	// demoDay settles the demo dealing day in the background.
	demoDay *demoDaySettler

	// What the seed works with, once the app runs.
	pool   *pgxpool.Pool
	client *ethclient.Client
	txm    *txmgr.Manager
	index  *indexer.Indexer

	suite       devnet.Suite
	deployments []chain.Deployment
}

func runDev(ctx context.Context, args []string, stdout io.Writer) error {
	fs := newFlagSet("dev", stdout)
	cfg := devConfig{DatabaseURL: os.Getenv("DATABASE_URL")}
	fs.StringVar(&cfg.DataDir, "data", ".tessera", "directory for local state (PostgreSQL cluster, chain data, keys)")
	fs.StringVar(&cfg.Addr, "addr", "127.0.0.1:8080", "address of the API and web UI")
	fs.StringVar(&cfg.PublicURL, "public-url", "", "origin browsers reach the web UI at, e.g. http://localhost:8080; sign-in messages name it and forms must come from it (default http://<addr>)")
	fs.StringVar(&cfg.OpsAddr, "ops-addr", "127.0.0.1:9090", "address of /metrics and the Chainlink External Adapter (/ea)")
	fs.IntVar(&cfg.RPCPort, "rpc-port", 8545, "port of the dev chain's JSON-RPC (HTTP and WebSocket) on 127.0.0.1")
	fs.DurationVar(&cfg.BlockPeriod, "block-period", 0, "seal a block every period (whole seconds); 0 seals one per transaction")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	// Text for people, with the request id of each request's lines, as
	// serve logs them in JSON.
	logger, err := observe.NewLogger(os.Stderr, "text", "info", web.RequestID)
	if err != nil {
		return err
	}
	env := &devEnv{cfg: cfg, log: logger}
	started := time.Now()
	if err := env.Start(ctx); err != nil {
		stopErr := env.Stop(context.Background())
		if ctx.Err() != nil && stopErr == nil {
			// Interrupted on the way up: what started is stopped, and the
			// next start takes up where this one stopped (the seed resumes).
			fmt.Fprintln(stdout, "interrupted while starting: stopped")
			return nil
		}
		return errors.Join(err, stopErr)
	}
	env.printBanner(stdout, time.Since(started))
	<-ctx.Done()
	fmt.Fprintln(stdout, "stopping…")
	stopCtx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	return env.Stop(stopCtx)
}

// Start brings the environment up. On error, the caller calls Stop to take
// down what did start.
func (e *devEnv) Start(ctx context.Context) error {
	if err := checkPortsFree(e.cfg.Addr, e.cfg.OpsAddr, e.cfg.RPCPort); err != nil {
		return err
	}
	// Local state holds keys, the database and its password: private to
	// this user (the cluster lets the postgres group in, if it must).
	if err := os.MkdirAll(e.cfg.DataDir, 0o700); err != nil {
		return fmt.Errorf("dev: %w", err)
	}
	if err := os.Chmod(e.cfg.DataDir, 0o700); err != nil {
		return fmt.Errorf("dev: %w", err)
	}
	if err := e.lockDataDir(); err != nil {
		return err
	}

	dbURL := e.cfg.DatabaseURL
	if dbURL == "" {
		e.log.Info("starting PostgreSQL", "dir", filepath.Join(e.cfg.DataDir, "pg"))
		c, moved, err := startDevPostgres(ctx, filepath.Join(e.cfg.DataDir, "pg"), e.log)
		if c != nil {
			e.pg, e.pgMoved = c, moved
		}
		if err != nil {
			return fmt.Errorf("dev: %w", err)
		}
		if err := c.CreateDatabase(ctx, "tessera"); err != nil {
			return fmt.Errorf("dev: create database: %w", err)
		}
		dbURL = c.URL("tessera")
	}
	// A database that cannot be reached fails before the chain starts.
	if err := postgres.Ping(ctx, dbURL); err != nil {
		return fmt.Errorf("dev: %w", err)
	}
	origin := e.cfg.PublicURL
	if origin == "" {
		var err error
		if origin, err = devOrigin(e.cfg.Addr); err != nil {
			return err
		}
	}
	e.log.Info("starting dev chain", "rpc_port", e.cfg.RPCPort)
	dc, err := devnet.StartDevChain(devnet.DevChainConfig{
		DataDir:     filepath.Join(e.cfg.DataDir, "chain"),
		Port:        e.cfg.RPCPort,
		BlockPeriod: e.cfg.BlockPeriod,
	})
	if err != nil {
		return fmt.Errorf("dev: %w", err)
	}
	e.chain = dc

	masterKey, err := seal.LoadOrCreateDevMasterKey(e.cfg.DataDir)
	if err != nil {
		return fmt.Errorf("dev: %w", err)
	}
	a, err := app.New(app.Config{
		Logger:    e.log,
		Database:  app.Database{URL: dbURL, Migrate: true},
		Chain:     app.Chain{RPCURL: dc.HTTPURL()},
		Signer:    txmgr.NewKeySigner(dc.Keys[0]),
		MasterKey: masterKey,
		Workers:   app.Workers{TxMgr: true, Indexer: true, Relay: true, Compliance: true, Dealing: true},
		// Sweep and reconcile every minute, and push every minute, so the
		// demo's history moves.
		Compliance: app.Compliance{Every: devComplianceEvery},
		Dealing:    app.Dealing{Every: devDealingEvery},
		Oracle:     app.Oracle{Policies: devPolicies()},
		HTTP: app.HTTP{Addr: e.cfg.Addr, OpsAddr: e.cfg.OpsAddr, PublicURL: origin,
			AllowedHosts: defaultHosts(e.cfg.Addr, e.cfg.PublicURL)},
	})
	if err != nil {
		return fmt.Errorf("dev: %w", err)
	}
	e.app = a
	if err := a.Start(ctx, e.deploy); err != nil {
		return fmt.Errorf("dev: %w", err)
	}
	e.pool, e.client, e.txm, e.index = a.Pool, a.Client, a.TxMgr, a.Indexer
	if err := e.seed(ctx); err != nil {
		return fmt.Errorf("dev: seed the demo: %w", err)
	}
	return nil
}

// deploy deploys the development suite once per chain, recording it.
func (e *devEnv) deploy(ctx context.Context, a *app.App) error {
	d := &chain.Deployer{
		Backend: a.Client,
		Store:   a.Deployments(),
		Opts:    bind.NewKeyedTransactor(e.chain.Keys[0], e.chain.ChainID),
		ChainID: e.chain.ChainID,
	}
	suite, err := devnet.DeploySuite(ctx, d)
	if err != nil {
		return err
	}
	e.suite, e.deployments = suite, suite.All()
	e.log.Info("contracts ready", "count", len(e.deployments))
	return nil
}

// Stop takes everything down in reverse order of Start.
func (e *devEnv) Stop(ctx context.Context) error {
	var errs []error
	if e.demoDay != nil {
		e.demoDay.stop()
	}
	if e.demo != nil {
		errs = append(errs, e.demo.Stop(ctx))
	}
	if e.app != nil {
		errs = append(errs, e.app.Stop(ctx))
	}
	if e.chain != nil {
		errs = append(errs, e.chain.Stop())
	}
	if e.pool != nil {
		e.pool.Close()
	}
	if e.pg != nil {
		errs = append(errs, e.pg.Stop(ctx))
	}
	if e.lock != nil {
		errs = append(errs, e.lock.Close())
	}
	return errors.Join(errs...)
}

// lockDataDir makes sure only one `tessera dev` uses the data directory.
func (e *devEnv) lockDataDir() error {
	f, err := os.OpenFile(filepath.Join(e.cfg.DataDir, "dev.lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return fmt.Errorf("dev: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		pid, _ := io.ReadAll(f)
		f.Close()
		return fmt.Errorf("dev: another `tessera dev` (pid %s) is using %s: stop it first or pass another --data",
			strings.TrimSpace(string(pid)), e.cfg.DataDir)
	}
	_ = f.Truncate(0)
	_, _ = f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	e.lock = f
	return nil
}

func (e *devEnv) printBanner(w io.Writer, took time.Duration) {
	fmt.Fprintf(w, "\nTessera dev is ready (%s)\n\n", took.Round(time.Millisecond))
	fmt.Fprintf(w, "  API and UI   %s\n", e.app.HTTP.URL())
	fmt.Fprintf(w, "  UI keys      %s  (operator keys for %s/ui/signin)\n", filepath.Join(e.cfg.DataDir, devUIKeysFile), e.app.HTTP.URL())
	fmt.Fprintf(w, "  health       %s/healthz  %s/readyz\n", e.app.HTTP.URL(), e.app.HTTP.URL())
	if ops := e.app.HTTP.OpsURL(); ops != "" {
		fmt.Fprintf(w, "  metrics      %s/metrics  (External Adapter: POST %s/ea)\n", ops, ops)
	}
	fmt.Fprintf(w, "  events       %s/v1/stream  (WebSocket; tessera events follows it)\n", strings.Replace(e.app.HTTP.URL(), "http", "ws", 1))
	if e.demoDay != nil {
		fmt.Fprintf(w, "  dealing      TTF's demo dealing day, cut-off %s: settled in the background (log lines \"demo dealing day\")\n",
			e.demoDay.day.Format(time.RFC3339))
	}
	fmt.Fprintf(w, "  chain RPC    %s  (ws: %s, chain id %s)\n", e.chain.HTTPURL(), e.chain.WSURL(), e.chain.ChainID)
	if e.pg != nil {
		fmt.Fprintf(w, "  PostgreSQL   %s  (password in %s; the port stays across restarts)\n", e.pg.Redacted("tessera"), postgres.PasswordFile(filepath.Join(e.cfg.DataDir, "pg")))
		if e.pgMoved != "" {
			fmt.Fprintf(w, "               %s\n", e.pgMoved)
		}
	}
	fmt.Fprintln(w, "\n  contracts")
	for _, d := range e.deployments {
		fmt.Fprintf(w, "    %-20s %s  %s\n", d.Name, d.Address, d.Contract)
	}
	fmt.Fprintln(w, "\n  dev accounts (public test keys: never use them on a real network)")
	for i, k := range e.chain.Keys {
		fmt.Fprintf(w, "    (%d) %s  0x%x\n", i, crypto.PubkeyToAddress(k.PublicKey), crypto.FromECDSA(k))
	}
	fmt.Fprintln(w, "\nCtrl-C stops everything.")
}

// checkPortsFree fails before anything starts when a port is taken.
func checkPortsFree(addr, opsAddr string, rpcPort int) error {
	for _, a := range []string{addr, opsAddr, net.JoinHostPort("127.0.0.1", strconv.Itoa(rpcPort))} {
		if a == "" || strings.HasSuffix(a, ":0") {
			continue
		}
		l, err := net.Listen("tcp", a)
		if err != nil {
			return fmt.Errorf("dev: %s is already in use: stop what uses it or choose another (--addr, --ops-addr, --rpc-port)", a)
		}
		l.Close()
	}
	return nil
}
