package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/internal/app"
	"github.com/tessera-rwa/tessera/observe"
	"github.com/tessera-rwa/tessera/seal"
	"github.com/tessera-rwa/tessera/web"
)

// runServe is `tessera serve`: the platform (internal/app) against an
// existing node and database, configured from flags and environment.
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
	appCfg, err := cfg.appConfig(stdout)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	appCfg.Logger = logger
	a, err := app.New(appCfg)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	if err := a.Start(ctx, nil); err != nil {
		return errors.Join(fmt.Errorf("serve: %w", err), a.Stop(context.Background()))
	}
	fmt.Fprintf(stdout, "serving on %s (chain %s, workers %s)\n", a.HTTP.URL(), a.ChainID, cfg.workers())
	if ops := a.HTTP.OpsURL(); ops != "" {
		fmt.Fprintf(stdout, "operations on %s (/metrics, /ea, /healthz, /readyz)\n", ops)
	}
	<-ctx.Done()
	fmt.Fprintln(stdout, "stopping…")
	stopCtx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
	defer cancel()
	return a.Stop(stopCtx)
}

func (c serveConfig) workers() string {
	var names []string
	for w := range c.Workers {
		names = append(names, w)
	}
	sort.Strings(names)
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ",")
}

// appConfig is the platform's configuration from serve's settings: the
// master key and the signer are loaded here, from their files or
// variables.
func (c serveConfig) appConfig(stdout io.Writer) (app.Config, error) {
	masterKey, err := seal.LoadMasterKey(func(name string) string {
		switch name {
		case seal.EnvMasterKey:
			return c.MasterKey
		case seal.EnvMasterKeyFile:
			return c.MasterKeyFile
		}
		return ""
	}, "")
	if err != nil {
		return app.Config{}, err
	}
	out := app.Config{
		Database:  app.Database{URL: c.DatabaseURL, Migrate: c.Migrate, LeaderRetry: c.LeaderRetry},
		Chain:     app.Chain{RPCURL: c.RPCURL, ChainID: c.ChainID},
		MasterKey: masterKey,
		Workers: app.Workers{TxMgr: c.Workers["txmgr"], Indexer: c.Workers["indexer"], Relay: c.Workers["relay"],
			Compliance: c.Workers["compliance"], Dealing: c.Workers["dealing"]},
		TxMgr:      app.TxMgr{Confirmations: c.Confirmations, PollInterval: c.PollInterval},
		Compliance: app.Compliance{Every: c.ComplianceEvery},
		Dealing:    app.Dealing{Every: c.DealingEvery, AutoApproveMax: c.DealingAutoApproveMax},
		HTTP: app.HTTP{Addr: c.Addr, OpsAddr: c.OpsAddr, PublicURL: c.PublicURL, AllowedHosts: c.AllowedHosts,
			IdempotencyLock: c.IdempotencyLock, AuthWindow: c.AuthWindow},
		Tracing: observe.TracingConfig{Exporter: c.TracesExporter, SampleRatio: c.TracesSampleRatio, ServiceName: "tessera", Stdout: stdout},
	}
	if c.Workers["txmgr"] || c.Workers["relay"] || c.Workers["dealing"] {
		if out.Signer, err = c.signer(); err != nil {
			return app.Config{}, err
		}
	}
	return out, nil
}

// signer connects to the external signer, or opens the keystore with the
// passphrase from its file or variable.
func (c serveConfig) signer() (txmgr.Signer, error) {
	if c.ExternalSigner != "" {
		var addr common.Address
		if c.SignerAddress != "" {
			addr = common.HexToAddress(c.SignerAddress)
		}
		return newExternalSigner(c.ExternalSigner, addr)
	}
	pass := c.KeystorePassword
	if c.KeystorePassFile != "" {
		raw, err := os.ReadFile(c.KeystorePassFile)
		if err != nil {
			return nil, fmt.Errorf("TESSERA_KEYSTORE_PASSWORD_FILE: %w", err)
		}
		pass = strings.TrimRight(string(raw), "\r\n")
	}
	signer, err := txmgr.NewKeystoreSigner(c.KeystoreFile, pass)
	if err != nil {
		return nil, fmt.Errorf("TESSERA_KEYSTORE: %w", err)
	}
	return signer, nil
}
