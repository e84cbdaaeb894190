package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/tessera-rwa/tessera/auth/apikey"
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

// server is `tessera serve`: the API plus the leader-elected loops, against
// an existing node and database. Start brings it up; Stop takes it down in
// reverse order.
type server struct {
	cfg              serveConfig
	log              *slog.Logger
	pool             *pgxpool.Pool
	client           *ethclient.Client
	chainID          *big.Int
	reg              *prometheus.Registry
	txm              *txmgr.Manager
	index            *indexer.Indexer
	relay            *oracle.Relay
	http             *web.Server
	stream           *stream.Hub
	trace            func(context.Context) error
	idxMetrics       *observe.IndexerMetrics
	complianceWorker *compliance.Worker
}

func runServe(ctx context.Context, args []string, stdout io.Writer) error {
	cfg, settings, err := loadServeConfig(args, os.Getenv, stdout)
	if err != nil {
		return err
	}
	logger, err := observe.NewLogger(os.Stderr, cfg.LogFormat, cfg.LogLevel, web.RequestID)
	if err != nil {
		return err
	}
	printConfig(stdout, settings)
	s := &server{cfg: cfg, log: logger}
	if err := s.Start(ctx, stdout); err != nil {
		stopErr := s.Stop(context.Background())
		return errors.Join(err, stopErr)
	}
	fmt.Fprintf(stdout, "serving on %s (chain %s, workers %s)\n", s.http.URL(), s.chainID, s.workers())
	if ops := s.http.OpsURL(); ops != "" {
		fmt.Fprintf(stdout, "operations on %s (/metrics, /ea, /healthz, /readyz)\n", ops)
	}
	<-ctx.Done()
	fmt.Fprintln(stdout, "stopping…")
	stopCtx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
	defer cancel()
	return s.Stop(stopCtx)
}

func (s *server) workers() string {
	var names []string
	for w := range s.cfg.Workers {
		names = append(names, w)
	}
	sort.Strings(names)
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ",")
}

// Start connects, checks the node against the deployment records, starts
// the loops (each waits for its leader lock) and the API.
func (s *server) Start(ctx context.Context, stdout io.Writer) error {
	shutdown, err := observe.SetupTracing(ctx, observe.TracingConfig{
		Exporter: s.cfg.TracesExporter, SampleRatio: s.cfg.TracesSampleRatio, ServiceName: "tessera", Stdout: stdout,
	})
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	s.trace = shutdown
	masterKey, err := seal.LoadMasterKey(func(name string) string {
		switch name {
		case seal.EnvMasterKey:
			return s.cfg.MasterKey
		case seal.EnvMasterKeyFile:
			return s.cfg.MasterKeyFile
		}
		return ""
	}, "")
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}

	pool, err := postgres.Open(ctx, s.cfg.DatabaseURL)
	if err != nil {
		return fmt.Errorf("serve: DATABASE_URL: %w", err)
	}
	s.pool = pool
	if s.stream, err = newStreamHub(pool, s.log); err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	if err := s.schema(ctx); err != nil {
		return err
	}

	client, err := ethclient.DialContext(ctx, s.cfg.RPCURL)
	if err != nil {
		return fmt.Errorf("serve: RPC_URL: %w", err)
	}
	s.client = client
	if err := s.checkChain(ctx); err != nil {
		return err
	}

	s.reg = prometheus.NewRegistry()
	s.idxMetrics = registerPlatformMetrics(s.reg, pool, client, s.chainID, s.log)
	svc, err := s.startWorkers(ctx)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	csvc, err := s.compliance(ctx)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	isvc, err := s.issuance(ctx, csvc)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	routes, public := apiRoutes(apiServices{Log: s.log, Oracle: svc, Issuance: isvc, Compliance: csvc,
		Audit: auditRoutes(client, pool, s.chainID)})
	if isvc != nil { // the web UI works through the issuance service
		keys, err := apikey.NewService(apikey.ServiceConfig{Store: postgres.NewAPIKeyStore(pool), MasterKey: masterKey})
		if err != nil {
			return fmt.Errorf("serve: %w", err)
		}
		audit := auditConfig(client, pool, s.chainID)
		ui, err := uiRoutes(pool, keys, isvc, client, s.log, csvc, &audit, s.stream, s.cfg.PublicURL)
		if err != nil {
			return fmt.Errorf("serve: %w", err)
		}
		public = append(public, ui...)
	}
	srv, err := web.New(web.Config{
		Addr:            s.cfg.Addr,
		OpsAddr:         s.cfg.OpsAddr,
		AllowedHosts:    s.cfg.AllowedHosts,
		Logger:          s.log,
		Pool:            pool,
		MasterKey:       masterKey,
		Routes:          routes,
		Public:          public,
		Registry:        s.reg,
		IdempotencyLock: s.cfg.IdempotencyLock,
		AuthWindow:      s.cfg.AuthWindow,
		Ready:           readyChecks(pool, client),
		Stream:          s.stream,
	})
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	if err := srv.Start(ctx); err != nil {
		return fmt.Errorf("serve: TESSERA_ADDR or TESSERA_OPS_ADDR: %w", err)
	}
	s.http = srv
	return nil
}

// schema migrates when asked, and otherwise refuses a schema that is not
// the one this binary was built for.
func (s *server) schema(ctx context.Context) error {
	latest, err := postgres.LatestVersion()
	if err != nil {
		return err
	}
	if s.cfg.Migrate {
		from, to, err := postgres.Migrate(ctx, s.pool, -1)
		if err != nil {
			return fmt.Errorf("serve: migrate: %w", err)
		}
		s.log.Info("database migrated", "from", from, "to", to)
		return nil
	}
	var v int32
	if err := s.pool.QueryRow(ctx, "SELECT version FROM schema_version").Scan(&v); err != nil {
		v = 0
	}
	if v != latest {
		return fmt.Errorf("serve: database schema is at version %d, this binary needs %d: run `tessera migrate up` or set TESSERA_MIGRATE=true", v, latest)
	}
	return nil
}

// checkChain refuses a node whose chain id differs from CHAIN_ID or has no
// deployment records: pointing a replica at the wrong network must not
// start a signer there.
func (s *server) checkChain(ctx context.Context) error {
	id, err := s.client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("serve: RPC_URL: chain id: %w", err)
	}
	if s.cfg.ChainID != 0 && id.Uint64() != s.cfg.ChainID {
		return fmt.Errorf("serve: RPC_URL: the node is on chain %s, CHAIN_ID says %d", id, s.cfg.ChainID)
	}
	rows, err := s.pool.Query(ctx, "SELECT DISTINCT chain_id::text FROM chain_deployments ORDER BY 1")
	if err != nil {
		return fmt.Errorf("serve: deployments: %w", err)
	}
	var known []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			rows.Close()
			return err
		}
		known = append(known, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if !contains(known, id.String()) {
		recorded := "none"
		if len(known) > 0 {
			recorded = strings.Join(known, ", ")
		}
		return fmt.Errorf("serve: RPC_URL: the node is on chain %s, but chain_deployments records contracts only for chain(s) %s", id, recorded)
	}
	s.chainID = id
	return nil
}

// startWorkers starts the configured loops. Each waits for its advisory
// lock, so every replica starts them and one leads; a replica that loses
// its lock (session ended) stops that loop at once and tries again.
func (s *server) startWorkers(ctx context.Context) (*oracle.Service, error) {
	leader := &postgres.Leader{Pool: s.pool, Retry: s.cfg.LeaderRetry}
	if s.cfg.Workers["txmgr"] || s.cfg.Workers["relay"] {
		signer, err := s.signer()
		if err != nil {
			return nil, err
		}
		txm, err := txmgr.New(txmgr.Config{
			Client:            txmgr.NewClient(s.client),
			Store:             &postgres.TxStore{Pool: s.pool},
			Locker:            postgres.TxLocker{Leader: leader},
			Signer:            signer,
			ChainID:           s.chainID,
			Decoder:           txmgr.NewDecoder(suiteABIs()...),
			Logger:            s.log,
			Batchers:          map[string]txmgr.Batcher{issuance.MintBatchKind: issuance.MintBatcher{}},
			ConfirmationDepth: s.cfg.Confirmations,
			PollInterval:      s.cfg.PollInterval,
		})
		if err != nil {
			return nil, err
		}
		// Submitting needs no leadership: only the loop does.
		if s.cfg.Workers["txmgr"] {
			if err := txm.Start(ctx); err != nil {
				return nil, err
			}
		}
		s.txm = txm
		s.log.Info("signer ready", "address", signer.Address())
	}
	if s.cfg.Workers["indexer"] {
		index, err := indexer.New(indexer.Config{
			Client:        s.client,
			Store:         &postgres.IndexStore{Pool: s.pool},
			Deployments:   &postgres.Deployments{Pool: s.pool},
			ChainID:       s.chainID,
			Logger:        s.log,
			Locker:        postgres.IndexLocker{Leader: leader},
			OnReorg:       s.idxMetrics.Reorg,
			OnUndecodable: s.idxMetrics.Undecodable,
		})
		if err != nil {
			return nil, err
		}
		if err := index.Start(ctx); err != nil {
			return nil, err
		}
		s.index = index
	}
	store := &postgres.OracleStore{Pool: s.pool}
	catalog, err := oracle.NewCatalog(oracle.CatalogConfig{ChainID: s.chainID, Deployments: &postgres.Deployments{Pool: s.pool},
		Assets: store, Client: s.client, Policies: servePolicies, Logger: s.log})
	if err != nil {
		return nil, err
	}
	var notify func()
	if s.cfg.Workers["relay"] {
		relay, err := oracle.NewRelay(oracle.RelayConfig{
			Store: store, Client: s.client, Tx: s.txm, TxLookup: &postgres.TxStore{Pool: s.pool},
			Locker: postgres.OracleLocker{Leader: leader}, ChainID: s.chainID, Source: catalog, Logger: s.log,
			Metrics: oracleprom.New(s.reg),
		})
		if err != nil {
			return nil, err
		}
		if err := relay.Start(ctx); err != nil {
			return nil, err
		}
		s.relay, notify = relay, relay.Notify
	}
	svc, err := oracle.NewService(oracle.ServiceConfig{Store: store, ChainID: s.chainID, Source: catalog, OnObservation: notify,
		Keys: postgres.NewAPIKeyStore(s.pool)})
	if err != nil {
		return nil, err
	}
	return svc, nil
}

// signer connects to the external signer, or opens the keystore with the
// passphrase from its file or variable.
func (s *server) signer() (txmgr.Signer, error) {
	if s.cfg.ExternalSigner != "" {
		var addr common.Address
		if s.cfg.SignerAddress != "" {
			addr = common.HexToAddress(s.cfg.SignerAddress)
		}
		return newExternalSigner(s.cfg.ExternalSigner, addr)
	}
	pass := s.cfg.KeystorePassword
	if s.cfg.KeystorePassFile != "" {
		raw, err := os.ReadFile(s.cfg.KeystorePassFile)
		if err != nil {
			return nil, fmt.Errorf("TESSERA_KEYSTORE_PASSWORD_FILE: %w", err)
		}
		pass = strings.TrimRight(string(raw), "\r\n")
	}
	signer, err := txmgr.NewKeystoreSigner(s.cfg.KeystoreFile, pass)
	if err != nil {
		return nil, fmt.Errorf("TESSERA_KEYSTORE: %w", err)
	}
	return signer, nil
}

// servePolicies is how serve values every feed on record: pushed on a
// 0.5% move or daily, from at least one source fresh within the hour; the
// relay narrows answers to each feed's own bounds.
var servePolicies = oracle.PolicyConfig{Default: oracle.FeedPolicy{
	Aggregation: oracle.AggregationConfig{MaxAge: time.Hour, MinSources: 1, OutlierPPB: 100_000_000},
	Policy:      oracle.Policy{DeviationPPB: 5_000_000, Heartbeat: 24 * time.Hour},
}}

// issuance is the issuance service, when this replica has a signer to send
// with, the compliance service that sets tokens' rules, and the deployment
// records the identity registry and distributor.
func (s *server) issuance(ctx context.Context, csvc *compliance.Service) (*issuance.Service, error) {
	if s.txm == nil || csvc == nil {
		return nil, nil
	}
	deps := &postgres.Deployments{Pool: s.pool}
	registry, err := deps.Deployment(ctx, s.chainID, "identity-registry")
	if err != nil {
		s.log.Warn("no identity-registry deployment recorded: issuance API not mounted", "err", err)
		return nil, nil
	}
	dist, err := deps.Deployment(ctx, s.chainID, "distributor")
	if err != nil {
		s.log.Warn("no distributor deployment recorded: issuance API not mounted", "err", err)
		return nil, nil
	}
	return issuance.NewService(issuance.Config{
		Store:       &postgres.IssuanceStore{Pool: s.pool},
		Chain:       s.client,
		Tx:          s.txm,
		TxLookup:    &postgres.TxStore{Pool: s.pool},
		Index:       &postgres.IndexStore{Pool: s.pool},
		Deployments: deps,
		Rules:       csvc,
		ChainID:     s.chainID,
		Registry:    registry.Address,
		Distributor: dist.Address,
		Keys:        postgres.NewAPIKeyStore(s.pool),
	})
}

// Stop takes everything down in reverse order of Start.
func (s *server) Stop(ctx context.Context) error {
	var errs []error
	if s.http != nil {
		errs = append(errs, s.http.Stop(ctx))
	}
	if s.complianceWorker != nil {
		errs = append(errs, s.complianceWorker.Stop(ctx))
	}
	if s.relay != nil {
		errs = append(errs, s.relay.Stop(ctx))
	}
	if s.index != nil {
		errs = append(errs, s.index.Stop(ctx))
	}
	if s.txm != nil {
		errs = append(errs, s.txm.Stop(ctx))
	}
	if s.client != nil {
		s.client.Close()
	}
	if s.pool != nil {
		s.pool.Close()
	}
	if s.trace != nil {
		errs = append(errs, s.trace(ctx))
	}
	return errors.Join(errs...)
}
