// Package app is Tessera as one program: the database, the chain, the
// transaction manager, the indexer, the oracle, issuance, compliance,
// audit, the API, the web UI and the event stream, built from one Config.
// Start brings the parts up in order; Stop takes down whatever started, in
// reverse. `tessera serve`, `tessera dev` and the integration tests (see
// apptest) all run this one type.
package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/indexer"
	"github.com/tessera-rwa/tessera/chain/node"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/dealing"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/observe"
	"github.com/tessera-rwa/tessera/oracle"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/stream"
	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/ui"
)

// App is the running platform. Its exported fields are the parts, for the
// commands and tests that drive them; nil when not configured.
type App struct {
	cfg   Config
	stops []stop

	Pool     *pgxpool.Pool
	Client   *ethclient.Client
	ChainID  *big.Int
	Registry *prometheus.Registry
	Keys     *apikey.Service
	Stream   *stream.Hub

	TxMgr      *txmgr.Manager
	Indexer    *indexer.Indexer
	Relay      *oracle.Relay
	Oracle     *oracle.Service
	Issuance   *issuance.Service
	Compliance *compliance.Service
	Dealing    *dealing.Service
	// DealingCloser is the dealing-day job, when the dealing worker runs.
	DealingCloser *dealing.Closer
	HTTP          *web.Server
	// UI is the web UI, built with UIConfig, when issuance runs.
	UI       *ui.UI
	UIConfig ui.Config

	idxMetrics *observe.IndexerMetrics
}

type stop struct {
	name string
	fn   func(context.Context) error
}

// New checks cfg; Start brings the platform up.
func New(cfg Config) (*App, error) {
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("configuration: %w", err)
	}
	return &App{cfg: cfg}, nil
}

// Prepare, when given to Start, runs once the database is migrated and the
// node connected, before the node is checked against the deployment
// records: `tessera dev` deploys its suite there.
type Prepare func(ctx context.Context, a *App) error

// Start connects, checks the schema and the node, starts the loops (each
// waits for its leader lock), builds the services and starts the API. On
// error the caller calls Stop to take down what did start.
func (a *App) Start(ctx context.Context, prepare Prepare) error {
	log := a.cfg.Logger
	if err := a.connect(ctx); err != nil {
		return err
	}
	pool, client := a.Pool, a.Client
	if prepare != nil {
		if err := prepare(ctx, a); err != nil {
			return err
		}
	}
	if err := a.checkChain(ctx); err != nil {
		return err
	}

	keyStore := postgres.NewAPIKeyStore(pool)
	var err error
	if a.Keys, err = apikey.NewService(apikey.ServiceConfig{Store: keyStore, MasterKey: a.cfg.MasterKey, Now: a.cfg.Now}); err != nil {
		return err
	}
	if a.Stream, err = NewStreamHub(pool, log, a.cfg.Now); err != nil {
		return fmt.Errorf("stream: %w", err)
	}
	a.onStop("stream", a.Stream.Shutdown)
	a.Registry = prometheus.NewRegistry()
	a.Registry.MustRegister(
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		observe.NewStateCollector(observe.StateCollectorConfig{State: &postgres.StateStore{Pool: pool}, Client: client, ChainID: a.ChainID, Logger: log}),
	)
	a.idxMetrics = observe.NewIndexerMetrics(a.Registry)

	leader := &postgres.Leader{Pool: pool, Retry: a.cfg.Database.LeaderRetry}
	if err := a.startTxMgr(ctx, leader); err != nil {
		return fmt.Errorf("txmgr: %w", err)
	}
	if err := a.startIndexer(ctx, leader); err != nil {
		return fmt.Errorf("indexer: %w", err)
	}
	if err := a.startOracle(ctx, leader); err != nil {
		return fmt.Errorf("oracle: %w", err)
	}
	if err := a.startCompliance(ctx, leader); err != nil {
		return fmt.Errorf("compliance: %w", err)
	}
	if err := a.startIssuance(ctx); err != nil {
		return fmt.Errorf("issuance: %w", err)
	}
	if err := a.startDealing(ctx, leader); err != nil {
		return fmt.Errorf("dealing: %w", err)
	}
	return a.startHTTP(ctx)
}

// connect sets up tracing, opens and checks the database and dials the
// node.
func (a *App) connect(ctx context.Context) error {
	shutdown, err := observe.SetupTracing(ctx, a.cfg.Tracing)
	if err != nil {
		return err
	}
	a.onStop("tracing", shutdown)
	pool, err := postgres.OpenTraced(ctx, a.cfg.Database.URL, a.cfg.Database.Tracer)
	if err != nil {
		return fmt.Errorf("database: %w", err)
	}
	a.Pool = pool
	a.onStop("database", func(context.Context) error { pool.Close(); return nil })
	if err := a.schema(ctx); err != nil {
		return err
	}
	client, err := node.Dial(ctx, a.cfg.Chain.RPCURL)
	if err != nil {
		return fmt.Errorf("chain: %w", err)
	}
	a.Client = client
	a.onStop("chain client", func(context.Context) error { client.Close(); return nil })
	return nil
}

// NewSender checks the parts of cfg that StartSender uses: the database,
// the chain, the transaction manager and a signer.
func NewSender(cfg Config) (*App, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	problems := []error{cfg.Database.Check(), cfg.Chain.Check(), cfg.TxMgr.Check()}
	if cfg.Signer == nil {
		problems = append(problems, errors.New("signer: required to send transactions"))
	}
	if err := errors.Join(problems...); err != nil {
		return nil, fmt.Errorf("configuration: %w", err)
	}
	cfg.Workers = Workers{TxMgr: true}
	return &App{cfg: cfg}, nil
}

// StartSender brings up only what writes to a chain that may hold no
// Tessera contract yet (`tessera deploy`, `tessera upgrade`): the database,
// the node (checked against Chain.ChainID, not against deployment records)
// and the transaction manager with its loop. The loop waits for the
// transaction-manager leader lock: while a serve replica holds it, that
// replica sends these requests, which it does when its signer is this one.
func (a *App) StartSender(ctx context.Context) error {
	if err := a.connect(ctx); err != nil {
		return err
	}
	id, err := a.Client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("chain: chain id: %w", err)
	}
	if a.cfg.Chain.ChainID != 0 && id.Uint64() != a.cfg.Chain.ChainID {
		return fmt.Errorf("chain: the node is on chain %s, CHAIN_ID says %d", id, a.cfg.Chain.ChainID)
	}
	a.ChainID = id
	leader := &postgres.Leader{Pool: a.Pool, Retry: a.cfg.Database.LeaderRetry}
	if err := a.startTxMgr(ctx, leader); err != nil {
		return fmt.Errorf("txmgr: %w", err)
	}
	return nil
}

// Stop takes down whatever Start started, in reverse order, and reports
// every failure.
func (a *App) Stop(ctx context.Context) error {
	var errs []error
	for i := len(a.stops) - 1; i >= 0; i-- {
		if err := a.stops[i].fn(ctx); err != nil {
			errs = append(errs, fmt.Errorf("stop %s: %w", a.stops[i].name, err))
		}
	}
	a.stops = nil
	return errors.Join(errs...)
}

func (a *App) onStop(name string, fn func(context.Context) error) {
	a.stops = append(a.stops, stop{name, fn})
}

// Deployments are the records of the contracts deployed on each chain.
func (a *App) Deployments() *postgres.Deployments { return &postgres.Deployments{Pool: a.Pool} }

// schema migrates when configured to, and otherwise refuses a schema that
// is not the one this binary was built for.
func (a *App) schema(ctx context.Context) error {
	latest, err := postgres.LatestVersion()
	if err != nil {
		return err
	}
	if a.cfg.Database.Migrate {
		from, to, err := postgres.Migrate(ctx, a.Pool, -1)
		if err != nil {
			return fmt.Errorf("database: %w", err)
		}
		a.cfg.Logger.Info("database migrated", "from", from, "to", to)
		return nil
	}
	v, err := postgres.SchemaVersion(ctx, a.Pool)
	if err != nil {
		return fmt.Errorf("database: schema version: %w", err)
	}
	if v != latest {
		return fmt.Errorf("database: schema is at version %d, this binary needs %d: run `tessera migrate up` or set TESSERA_MIGRATE=true", v, latest)
	}
	return nil
}

// checkChain refuses a node whose chain differs from the configured one or
// has no deployment records: pointing a replica at the wrong network must
// not start a signer there.
func (a *App) checkChain(ctx context.Context) error {
	id, err := a.Client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("chain: chain id: %w", err)
	}
	if a.cfg.Chain.ChainID != 0 && id.Uint64() != a.cfg.Chain.ChainID {
		return fmt.Errorf("chain: the node is on chain %s, CHAIN_ID says %d", id, a.cfg.Chain.ChainID)
	}
	known, err := a.Deployments().Chains(ctx)
	if err != nil {
		return fmt.Errorf("chain: deployments: %w", err)
	}
	recorded := ""
	for _, k := range known {
		if k.Cmp(id) == 0 {
			a.ChainID = id
			return nil
		}
		recorded += ", " + k.String()
	}
	if recorded == "" {
		recorded = "none"
	} else {
		recorded = recorded[2:]
	}
	return fmt.Errorf("chain: the node is on chain %s, but chain_deployments records contracts only for chain(s) %s", id, recorded)
}

// NewStreamHub is the event stream the API (GET /v1/stream) and the web
// UI's live sections share, on one listening connection. Each stream
// re-reads its key's principal as it stands at now (auth.Resolve on the
// stored key, which needs no secret), so it ends when the key is revoked,
// expires, is rotated or loses its scopes. A nil now is time.Now.
func NewStreamHub(pool *pgxpool.Pool, log *slog.Logger, now func() time.Time) (*stream.Hub, error) {
	if now == nil {
		now = time.Now
	}
	keys := postgres.NewAPIKeyStore(pool)
	return stream.New(stream.Config{Store: &postgres.StreamStore{Pool: pool}, Logger: log,
		Resolve: func(ctx context.Context, id string) (auth.Principal, error) {
			k, err := keys.Key(ctx, id)
			if err != nil {
				return auth.Principal{}, err
			}
			return k.Principal(now())
		}})
}

// startTxMgr builds the transaction manager when there is a signer (sending
// needs no leadership) and starts its loop when the worker is on.
func (a *App) startTxMgr(ctx context.Context, leader *postgres.Leader) error {
	if a.cfg.Signer == nil {
		return nil
	}
	txm, err := txmgr.New(txmgr.Config{
		Client:            txmgr.NewClient(a.Client),
		Store:             &postgres.TxStore{Pool: a.Pool},
		Locker:            leader,
		Signer:            a.cfg.Signer,
		ChainID:           a.ChainID,
		Decoder:           txmgr.NewDecoder(chain.SuiteABIs()...),
		Logger:            a.cfg.Logger,
		Batchers:          map[string]txmgr.Batcher{issuance.MintBatchKind: issuance.MintBatcher{}},
		ConfirmationDepth: a.cfg.TxMgr.Confirmations,
		PollInterval:      a.cfg.TxMgr.PollInterval,
	})
	if err != nil {
		return err
	}
	a.TxMgr = txm
	if a.cfg.Workers.TxMgr {
		if err := txm.Start(ctx); err != nil {
			return err
		}
		a.onStop("txmgr", txm.Stop)
	}
	a.cfg.Logger.Info("signer ready", "address", a.cfg.Signer.Address())
	return nil
}

func (a *App) startIndexer(ctx context.Context, leader *postgres.Leader) error {
	if !a.cfg.Workers.Indexer {
		return nil
	}
	index, err := indexer.New(indexer.Config{
		Client:        a.Client,
		Store:         &postgres.IndexStore{Pool: a.Pool},
		Deployments:   a.Deployments(),
		ChainID:       a.ChainID,
		Logger:        a.cfg.Logger,
		Locker:        leader,
		OnReorg:       a.idxMetrics.Reorg,
		OnUndecodable: a.idxMetrics.Undecodable,
		PollInterval:  a.cfg.Indexer.PollInterval,
		FinalityTag:   a.cfg.Indexer.FinalityTag,
		FinalityDepth: a.cfg.Indexer.FinalityDepth,
	})
	if err != nil {
		return err
	}
	if err := index.Start(ctx); err != nil {
		return err
	}
	a.Indexer = index
	a.onStop("indexer", index.Stop)
	return nil
}

// startCompliance builds the compliance service when the platform can
// write to the chain and the identity registry is on record, and runs the
// KYC sweep and registry reconciliation when the worker is on.
func (a *App) startCompliance(ctx context.Context, leader *postgres.Leader) error {
	if a.TxMgr == nil {
		return nil
	}
	registry, err := a.Deployments().Deployment(ctx, a.ChainID, "identity-registry")
	if err != nil {
		a.cfg.Logger.Warn("no identity-registry deployment recorded: compliance not served", "err", err)
		return nil
	}
	svc, err := compliance.NewService(compliance.Config{
		Store: &postgres.ComplianceStore{Pool: a.Pool}, Chain: a.Client, Tx: a.TxMgr, TxLookup: &postgres.TxStore{Pool: a.Pool},
		Registry: registry.Address, ChainID: a.ChainID, Decoder: txmgr.NewDecoder(chain.SuiteABIs()...), Logger: a.cfg.Logger,
		Keys: postgres.NewAPIKeyStore(a.Pool), Now: a.cfg.Now,
	})
	if err != nil {
		return err
	}
	a.Compliance = svc
	if a.cfg.Workers.Compliance {
		w := &compliance.Worker{Service: svc, Every: a.cfg.Compliance.Every, Logger: a.cfg.Logger,
			Locker: leader}
		if err := w.Start(ctx); err != nil {
			return err
		}
		a.onStop("compliance worker", w.Stop)
	}
	return nil
}

// startIssuance builds the issuance service when the platform can write to
// the chain and the identity registry and distributor are on record.
func (a *App) startIssuance(ctx context.Context) error {
	if a.TxMgr == nil {
		return nil
	}
	deps := a.Deployments()
	registry, err := deps.Deployment(ctx, a.ChainID, "identity-registry")
	if err != nil {
		a.cfg.Logger.Warn("no identity-registry deployment recorded: issuance not served", "err", err)
		return nil
	}
	dist, err := deps.Deployment(ctx, a.ChainID, "distributor")
	if err != nil {
		a.cfg.Logger.Warn("no distributor deployment recorded: issuance not served", "err", err)
		return nil
	}
	a.Issuance, err = issuance.NewService(issuance.Config{
		Store:       &postgres.IssuanceStore{Pool: a.Pool},
		Chain:       a.Client,
		Tx:          a.TxMgr,
		TxLookup:    &postgres.TxStore{Pool: a.Pool},
		Index:       &postgres.IndexStore{Pool: a.Pool},
		Deployments: deps,
		ChainID:     a.ChainID,
		Registry:    registry.Address,
		Distributor: dist.Address,
		Keys:        postgres.NewAPIKeyStore(a.Pool),
		Rules:       a.Compliance,
		Now:         a.cfg.Now,

		MaxDocumentBytes: a.cfg.Issuance.MaxDocumentBytes,
	})
	return err
}
