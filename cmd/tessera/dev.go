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

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/deedtoken"
	"github.com/tessera-rwa/tessera/bindings/distributor"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/indexer"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/observe"
	"github.com/tessera-rwa/tessera/oracle"
	"github.com/tessera-rwa/tessera/oracle/oracleprom"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/seal"
	"github.com/tessera-rwa/tessera/stream"
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

// devEnv is the whole platform in one process. Start brings the parts up in
// order; Stop takes them down in reverse. End-to-end tests reuse it.
type devEnv struct {
	cfg    devConfig
	log    *slog.Logger
	lock   *os.File
	pg     *postgres.Cluster
	pool   *pgxpool.Pool
	chain  *devnet.DevChain
	client *ethclient.Client
	server *web.Server
	stream *stream.Hub
	reg    *prometheus.Registry
	txm    *txmgr.Manager
	index  *indexer.Indexer
	relay  *oracle.Relay
	demo   *demoAppraiser

	idxMetrics  *observe.IndexerMetrics
	suite       devnet.Suite
	deployments []chain.Deployment
	compliance  *compliance.Worker // KYC sweep and registry reconciliation
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
		c, err := postgres.StartCluster(ctx, postgres.ClusterConfig{Dir: filepath.Join(e.cfg.DataDir, "pg"), Durable: true})
		if err != nil {
			return fmt.Errorf("dev: %w", err)
		}
		e.pg = c
		if err := c.CreateDatabase(ctx, "tessera"); err != nil {
			return fmt.Errorf("dev: create database: %w", err)
		}
		dbURL = c.URL("tessera")
	}
	pool, err := postgres.Open(ctx, dbURL)
	if err != nil {
		return fmt.Errorf("dev: %w", err)
	}
	e.pool = pool
	if e.stream, err = newStreamHub(pool, e.log); err != nil {
		return fmt.Errorf("dev: %w", err)
	}
	from, to, err := postgres.Migrate(ctx, pool, -1)
	if err != nil {
		return fmt.Errorf("dev: %w", err)
	}
	e.log.Info("database migrated", "from", from, "to", to)

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
	e.client = dc.Dial()
	if err := e.deploy(ctx); err != nil {
		return fmt.Errorf("dev: %w", err)
	}

	// One registry: the operations listener serves every component's
	// metrics at /metrics.
	e.reg = prometheus.NewRegistry()
	e.idxMetrics = registerPlatformMetrics(e.reg, pool, e.client, e.chain.ChainID, e.log)
	routes, public, err := e.startWorkers(ctx)
	if err != nil {
		return fmt.Errorf("dev: %w", err)
	}

	masterKey, err := seal.LoadOrCreateDevMasterKey(e.cfg.DataDir)
	if err != nil {
		return fmt.Errorf("dev: %w", err)
	}
	srv, err := web.New(web.Config{
		Addr:         e.cfg.Addr,
		OpsAddr:      e.cfg.OpsAddr,
		AllowedHosts: defaultHosts(e.cfg.Addr, e.cfg.PublicURL),
		Logger:       e.log,
		Pool:         pool,
		MasterKey:    masterKey,
		Routes:       routes,
		Public:       public,
		Registry:     e.reg,
		Ready:        readyChecks(pool, e.client),
		Stream:       e.stream,
	})
	if err != nil {
		return fmt.Errorf("dev: %w", err)
	}
	if err := srv.Start(ctx); err != nil {
		return fmt.Errorf("dev: %w", err)
	}
	e.server = srv
	return nil
}

// deploy deploys the development suite once per chain, recording it.
func (e *devEnv) deploy(ctx context.Context) error {
	d := &chain.Deployer{
		Backend: e.client,
		Store:   &postgres.Deployments{Pool: e.pool},
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

// startWorkers starts the transaction manager of the issuer's key, the
// indexer of the deployed contracts, the oracle relay for the demo feeds and a moving demo appraiser, and returns
// the API routes they serve.
func (e *devEnv) startWorkers(ctx context.Context) ([]web.Route, []web.PublicRoute, error) {
	leader := &postgres.Leader{Pool: e.pool}
	txm, err := txmgr.New(txmgr.Config{
		Client:   txmgr.NewClient(e.client),
		Store:    &postgres.TxStore{Pool: e.pool},
		Locker:   postgres.TxLocker{Leader: leader},
		Signer:   txmgr.NewKeySigner(e.chain.Keys[0]),
		ChainID:  e.chain.ChainID,
		Decoder:  txmgr.NewDecoder(suiteABIs()...),
		Logger:   e.log,
		Batchers: map[string]txmgr.Batcher{issuance.MintBatchKind: issuance.MintBatcher{}},
	})
	if err != nil {
		return nil, nil, err
	}
	if err := txm.Start(ctx); err != nil {
		return nil, nil, err
	}
	e.txm = txm

	index, err := indexer.New(indexer.Config{
		Client:        e.client,
		Store:         &postgres.IndexStore{Pool: e.pool},
		Deployments:   &postgres.Deployments{Pool: e.pool},
		ChainID:       e.chain.ChainID,
		Logger:        e.log,
		Locker:        postgres.IndexLocker{Leader: leader},
		OnReorg:       e.idxMetrics.Reorg,
		OnUndecodable: e.idxMetrics.Undecodable,
	})
	if err != nil {
		return nil, nil, err
	}
	if err := index.Start(ctx); err != nil {
		return nil, nil, err
	}
	e.index = index

	store := &postgres.OracleStore{Pool: e.pool}
	catalog, err := oracle.NewCatalog(oracle.CatalogConfig{ChainID: e.chain.ChainID, Deployments: &postgres.Deployments{Pool: e.pool},
		Assets: store, Client: e.client, Policies: devPolicies(), Logger: e.log})
	if err != nil {
		return nil, nil, err
	}
	relay, err := oracle.NewRelay(oracle.RelayConfig{
		Store: store, Client: e.client, Tx: txm, TxLookup: &postgres.TxStore{Pool: e.pool},
		Locker: postgres.OracleLocker{Leader: leader}, ChainID: e.chain.ChainID, Source: catalog, Logger: e.log,
		Metrics: oracleprom.New(e.reg),
	})
	if err != nil {
		return nil, nil, err
	}
	svc, err := oracle.NewService(oracle.ServiceConfig{Store: store, ChainID: e.chain.ChainID, Source: catalog, OnObservation: relay.Notify,
		Keys: postgres.NewAPIKeyStore(e.pool)})
	if err != nil {
		return nil, nil, err
	}
	if err := relay.Start(ctx); err != nil {
		return nil, nil, err
	}
	e.relay = relay
	demo := newDemoAppraiser(svc, e.chain.ChainID, devnet.DevKey(1), e.log)
	if err := demo.Start(ctx); err != nil {
		return nil, nil, err
	}
	e.demo = demo
	csvc, err := e.startCompliance(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("compliance: %w", err)
	}
	isvc, err := e.startIssuance(ctx, csvc)
	if err != nil {
		return nil, nil, err
	}
	routes, public := apiRoutes(apiServices{Log: e.log, Oracle: svc, Issuance: isvc, Compliance: csvc,
		Audit: auditRoutes(e.client, e.pool, e.chain.ChainID)})
	uiRoutes, err := e.startUI(ctx, isvc, csvc)
	if err != nil {
		return nil, nil, err
	}
	return routes, append(public, uiRoutes...), nil
}

// Stop takes everything down in reverse order of Start.
func (e *devEnv) Stop(ctx context.Context) error {
	var errs []error
	if e.server != nil {
		errs = append(errs, e.server.Stop(ctx))
	}
	if e.compliance != nil {
		errs = append(errs, e.compliance.Stop(ctx))
	}
	if e.demo != nil {
		errs = append(errs, e.demo.Stop(ctx))
	}
	if e.relay != nil {
		errs = append(errs, e.relay.Stop(ctx))
	}
	if e.index != nil {
		errs = append(errs, e.index.Stop(ctx))
	}
	if e.txm != nil {
		errs = append(errs, e.txm.Stop(ctx))
	}
	if e.client != nil {
		e.client.Close()
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
	fmt.Fprintf(w, "  API and UI   %s\n", e.server.URL())
	fmt.Fprintf(w, "  health       %s/healthz  %s/readyz\n", e.server.URL(), e.server.URL())
	if ops := e.server.OpsURL(); ops != "" {
		fmt.Fprintf(w, "  metrics      %s/metrics  (External Adapter: POST %s/ea)\n", ops, ops)
	}
	fmt.Fprintf(w, "  events       %s/v1/stream  (WebSocket; tessera events follows it)\n", strings.Replace(e.server.URL(), "http", "ws", 1))
	fmt.Fprintf(w, "  chain RPC    %s  (ws: %s, chain id %s)\n", e.chain.HTTPURL(), e.chain.WSURL(), e.chain.ChainID)
	if e.pg != nil {
		fmt.Fprintf(w, "  PostgreSQL   %s  (password in %s)\n", e.pg.Redacted("tessera"), postgres.PasswordFile(filepath.Join(e.cfg.DataDir, "pg")))
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

// suiteABIs are the ABIs whose custom errors the transaction manager decodes
// in revert reasons (the compliance restriction code among them).
func suiteABIs() []*abi.ABI {
	var out []*abi.ABI
	for _, md := range []*bind.MetaData{&assettoken.AssetTokenMetaData, &deedtoken.DeedTokenMetaData,
		&identityregistry.IdentityRegistryMetaData, &valuationfeed.ValuationFeedMetaData, &distributor.DistributorMetaData} {
		if a, err := md.ParseABI(); err == nil {
			out = append(out, a)
		}
	}
	return out
}
