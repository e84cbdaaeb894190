package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/term"

	"github.com/tessera-rwa/tessera/chain/address"
	"github.com/tessera-rwa/tessera/chain/deploy"
	"github.com/tessera-rwa/tessera/internal/app"
	"github.com/tessera-rwa/tessera/observe"
)

// chainConfig is what the commands that write to a chain without serving
// (`tessera deploy`, `tessera upgrade`) run with: serve's database, node,
// signer, transaction manager and logging settings.
type chainConfig struct {
	serve serveConfig
	// deploy's own
	DryRun bool
	Yes    bool
	// WeakTimelock lets the signer propose upgrades and the delay be
	// under MinTimelockDelay: for test networks.
	WeakTimelock bool
	MinDelay     time.Duration
	Proposers    []common.Address
	Executors    []common.Address
	VerifyDir    string
	Artifacts    string
	// OperationID is the timelock operation `upgrade cancel` cancels.
	OperationID string
}

// chainSettingNames are the serve settings that deploy and upgrade share.
var chainSettingNames = []string{"DATABASE_URL", "RPC_URL", "CHAIN_ID", "TESSERA_KEYSTORE", "TESSERA_EXTERNAL_SIGNER",
	"TESSERA_SIGNER_ADDRESS", "TESSERA_KEYSTORE_PASSWORD", "TESSERA_KEYSTORE_PASSWORD_FILE", "TESSERA_MIGRATE",
	"TESSERA_CONFIRMATIONS", "TESSERA_POLL_INTERVAL", "LOG_FORMAT", "LOG_LEVEL"}

func chainSettings(cfg *chainConfig, extra []setting) []setting {
	var out []setting
	for _, s := range serveSettings(&cfg.serve) {
		if contains(chainSettingNames, s.Env) {
			out = append(out, s)
		}
	}
	return append(out, extra...)
}

// loadChainConfig reads the shared settings and extra, and requires a
// signer.
func loadChainConfig(command string, cfg *chainConfig, extra []setting, args []string, getenv func(string) string, stdout io.Writer) ([]setting, error) {
	settings := chainSettings(cfg, extra)
	values, problems, err := readSettings(command, settings, args, getenv, stdout)
	if err != nil {
		return nil, err
	}
	s := cfg.serve
	if s.KeystoreFile == "" && s.ExternalSigner == "" {
		problems = append(problems, errors.New("TESSERA_KEYSTORE or TESSERA_EXTERNAL_SIGNER: a signer is required"))
	}
	if s.KeystoreFile != "" && s.KeystorePassword == "" && s.KeystorePassFile == "" {
		problems = append(problems, errors.New("TESSERA_KEYSTORE_PASSWORD or TESSERA_KEYSTORE_PASSWORD_FILE: required with TESSERA_KEYSTORE"))
	}
	if s.KeystoreFile != "" && s.ExternalSigner != "" {
		problems = append(problems, errors.New("TESSERA_EXTERNAL_SIGNER: set either it or TESSERA_KEYSTORE, not both"))
	}
	if err := invalid(command, problems); err != nil {
		return nil, err
	}
	return settingsWith(settings, values), nil
}

// startSender builds the app that sends: database, node, transaction
// manager.
func (c *chainConfig) startSender(ctx context.Context, stdout io.Writer) (*app.App, error) {
	logger, err := observe.NewLogger(os.Stderr, c.serve.LogFormat, c.serve.LogLevel, nil)
	if err != nil {
		return nil, err
	}
	signer, err := c.serve.signer()
	if err != nil {
		return nil, err
	}
	a, err := app.NewSender(app.Config{
		Logger:   logger,
		Database: app.Database{URL: c.serve.DatabaseURL, Migrate: c.serve.Migrate},
		Chain:    app.Chain{RPCURL: c.serve.RPCURL, ChainID: c.serve.ChainID},
		Signer:   signer,
		TxMgr:    app.TxMgr{Confirmations: c.serve.Confirmations, PollInterval: c.serve.PollInterval},
	})
	if err != nil {
		return nil, err
	}
	if err := a.StartSender(ctx); err != nil {
		return nil, errors.Join(err, a.Stop(context.Background()))
	}
	return a, nil
}

func addressList(dst *[]common.Address, field string) func(string) error {
	return func(v string) error {
		*dst = nil
		for _, part := range strings.Split(v, ",") {
			part = strings.TrimSpace(part)
			if part == "" {
				continue
			}
			if !address.Valid(part) {
				return fmt.Errorf("%q is not a 0x address (want comma-separated addresses)", part)
			}
			*dst = append(*dst, common.HexToAddress(part))
		}
		return nil
	}
}

func flagBool(dst *bool) func(string) error {
	return func(v string) error {
		if v == "" {
			*dst = false
			return nil
		}
		return boolParser(dst)(v)
	}
}

// deploySettings are deploy's own settings, beside the ones it shares
// with serve (chainSettingNames).
func deploySettings(cfg *chainConfig) []setting {
	return []setting{
		{Flag: "dry-run", Bool: true, Help: "print the plan and its estimated cost, send nothing", parse: flagBool(&cfg.DryRun)},
		{Flag: "yes", Bool: true, Help: "send without asking (required when stdin is not a terminal)", parse: flagBool(&cfg.Yes)},
		{Flag: "allow-weak-timelock", Bool: true, Help: "test networks only: let the signer propose upgrades and the delay be under 24h (one key could then upgrade every contract)", parse: flagBool(&cfg.WeakTimelock)},
		{Env: "TESSERA_TIMELOCK_DELAY", Flag: "timelock-delay", Default: "48h", Help: "how long an upgrade waits in the timelock between schedule and execute",
			parse: durationParser(&cfg.MinDelay, time.Second)},
		{Env: "TESSERA_TIMELOCK_PROPOSERS", Flag: "proposers", Help: "comma-separated addresses that may schedule (and cancel) upgrades, never the signer: a multisig of people who do not hold it (required)",
			parse: addressList(&cfg.Proposers, "proposers")},
		{Env: "TESSERA_TIMELOCK_EXECUTORS", Flag: "executors", Help: "comma-separated addresses that may execute a scheduled upgrade once its delay passed; 0x0000000000000000000000000000000000000000 lets anyone; default: the signer",
			parse: addressList(&cfg.Executors, "executors")},
		{Env: "TESSERA_VERIFY_DIR", Flag: "verify-dir", Default: "deployments", Help: "directory receiving, per chain and contract, the solc standard-JSON input and metadata that Etherscan-style verifiers and Sourcify accept",
			parse: func(v string) error { cfg.VerifyDir = v; return nil }},
	}
}

// runDeploy is `tessera deploy`: the platform's contracts on the node at
// RPC_URL, sent by the production signer through the transaction manager,
// recorded in DATABASE_URL for `tessera serve`.
func runDeploy(ctx context.Context, args []string, stdout io.Writer) error {
	var cfg chainConfig
	extra := deploySettings(&cfg)
	settings, err := loadChainConfig("deploy", &cfg, extra, args, os.Getenv, stdout)
	if err != nil {
		return err
	}
	printConfig(stdout, settings)
	a, err := cfg.startSender(ctx, stdout)
	if err != nil {
		return fmt.Errorf("deploy: %w", err)
	}
	defer a.Stop(context.Background())

	from := a.TxMgr.From()
	params := deploy.Params{ChainID: a.ChainID, From: from, MinDelay: cfg.MinDelay,
		Proposers: cfg.Proposers, Executors: cfg.Executors}
	if len(params.Executors) == 0 {
		params.Executors = []common.Address{from}
	}
	if cfg.WeakTimelock && len(params.Proposers) == 0 {
		params.Proposers = []common.Address{from}
	}
	if err := checkTimelock(params, cfg.WeakTimelock); err != nil {
		return err
	}
	plan, err := deploy.Platform(params)
	if err != nil {
		return fmt.Errorf("deploy: %w", err)
	}
	if conflicts, err := deploy.Check(ctx, a.Deployments(), plan); err != nil {
		if errors.Is(err, deploy.ErrBound) {
			var b strings.Builder
			for _, c := range conflicts {
				fmt.Fprintf(&b, "\n  %s is recorded at %s, the plan puts it at %s", c.Name, c.Recorded.Hex(), c.Planned.Hex())
			}
			return fmt.Errorf("deploy: chain %s already has a Tessera deployment at other addresses (a different signer, timelock setting or release deployed it); refusing to deploy a second one:%s", a.ChainID, b.String())
		}
		return fmt.Errorf("deploy: %w", err)
	}
	if err := deploy.EnsureDeterministicDeployer(ctx, a.Client); err != nil {
		return fmt.Errorf("deploy: %w", err)
	}
	st, err := deploy.State(ctx, a.Client, plan)
	if err != nil {
		return fmt.Errorf("deploy: %w", err)
	}
	price, err := a.Client.SuggestGasPrice(ctx)
	if err != nil {
		return fmt.Errorf("deploy: gas price: %w", err)
	}
	deploy.Print(stdout, plan, st, price)
	if cfg.WeakTimelock {
		fmt.Fprintln(stdout, "warning: -allow-weak-timelock: this deployment's upgrades are guarded less than production needs")
	}
	if gas, _ := deploy.Total(st); gas > 0 {
		if cfg.DryRun {
			fmt.Fprintln(stdout, "dry run: nothing sent")
			return nil
		}
		if err := confirm(stdout, cfg.Yes, fmt.Sprintf("send %d transaction(s) from %s on chain %s?", pending(st), from.Hex(), a.ChainID)); err != nil {
			return err
		}
		if err := deploy.Apply(ctx, a.Client, deploy.TxSender{M: a.TxMgr}, a.Deployments(), plan, stdout); err != nil {
			return err
		}
	} else if cfg.DryRun {
		return nil
	}
	dir := filepath.Join(cfg.VerifyDir, a.ChainID.String())
	n, err := deploy.WriteVerification(dir, plan)
	if err != nil {
		return fmt.Errorf("deploy: verification files: %w", err)
	}
	fmt.Fprintf(stdout, "verification files for %d contracts in %s (solc standard-JSON input and metadata)\n", n, dir)
	fmt.Fprintf(stdout, "deployed: run `tessera serve` with the same DATABASE_URL and RPC_URL (chain %s)\n", a.ChainID)
	return nil
}

// MinTimelockDelay is the shortest upgrade delay deploy accepts without
// -allow-weak-timelock: a day for holders, auditors and compliance to see a
// scheduled upgrade and react.
const MinTimelockDelay = 24 * time.Hour

// checkTimelock refuses a timelock one key could drive: the signer (a hot
// key) among the proposers, or none named, or a delay under
// MinTimelockDelay, unless weak is set.
func checkTimelock(p deploy.Params, weak bool) error {
	if weak {
		return nil
	}
	var problems []string
	if len(p.Proposers) == 0 {
		problems = append(problems, "-proposers is required: the addresses that may schedule upgrades (a multisig of people who do not hold the signer)")
	}
	if slices.Contains(p.Proposers, p.From) {
		problems = append(problems, "-proposers includes the signer "+p.From.Hex()+": the hot key that mints must not also propose upgrades")
	}
	if p.MinDelay < MinTimelockDelay {
		problems = append(problems, fmt.Sprintf("-timelock-delay %s is under %s", p.MinDelay, MinTimelockDelay))
	}
	if len(problems) > 0 {
		return fmt.Errorf("deploy: the timelock would let too few people upgrade too fast (use -allow-weak-timelock on a test network):\n  %s", strings.Join(problems, "\n  "))
	}
	return nil
}

func pending(st []deploy.Status) int {
	n := 0
	for _, s := range st {
		if !s.Done {
			n++
		}
	}
	return n
}

// confirm asks question on a terminal; elsewhere yes must be set.
func confirm(stdout io.Writer, yes bool, question string) error {
	if yes {
		return nil
	}
	if !term.IsTerminal(int(os.Stdin.Fd())) {
		return errors.New("stdin is not a terminal: pass -yes to send, or -dry-run to see the plan only")
	}
	fmt.Fprintf(stdout, "%s [y/N] ", question)
	line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	if a := strings.ToLower(strings.TrimSpace(line)); a != "y" && a != "yes" {
		return errors.New("not confirmed: nothing sent")
	}
	return nil
}
