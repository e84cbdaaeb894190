package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/tessera-rwa/tessera/chain/deploy"
	"github.com/tessera-rwa/tessera/contracts"
)

// upgradeSettings are upgrade's own settings for subcommand sub.
func upgradeSettings(cfg *chainConfig, sub string) []setting {
	extra := []setting{
		{Env: "TESSERA_ARTIFACTS", Flag: "artifacts", Help: "directory of contract artifacts (<Contract>.json with bytecode, as contracts/out holds) to upgrade to; default: the ones built into this binary",
			parse: func(v string) error {
				if v != "" {
					if fi, err := os.Stat(v); err != nil || !fi.IsDir() {
						return errors.New("not a directory")
					}
				}
				cfg.Artifacts = v
				return nil
			}},
	}
	if sub != "plan" {
		extra = append(extra, setting{Flag: "yes", Bool: true, Help: "send without asking (required when stdin is not a terminal)", parse: flagBool(&cfg.Yes)})
	}
	return extra
}

// runUpgrade is `tessera upgrade plan|schedule|execute|cancel`: the platform's
// proxies move to the implementations of this build (or of -artifacts)
// only through the timelock, after its delay.
func runUpgrade(ctx context.Context, args []string, stdout io.Writer) error {
	if len(args) == 0 || !slices.Contains([]string{"plan", "schedule", "execute", "cancel"}, args[0]) {
		return errors.New("upgrade: want `tessera upgrade plan`, `schedule`, `execute` or `cancel` (each takes -h)")
	}
	sub := args[0]
	var cfg chainConfig
	extra := upgradeSettings(&cfg, sub)
	settings, err := loadChainConfig("upgrade "+sub, &cfg, extra, args[1:], os.Getenv, stdout)
	if err != nil {
		return err
	}
	printConfig(stdout, settings)
	a, err := cfg.startSender(ctx, stdout)
	if err != nil {
		return fmt.Errorf("upgrade: %w", err)
	}
	defer a.Stop(context.Background())

	build := contracts.Embedded
	if cfg.Artifacts != "" {
		if build, err = contracts.Release(cfg.Artifacts); err != nil {
			return fmt.Errorf("upgrade: %w", err)
		}
	}
	u, err := deploy.PlanUpgrade(ctx, a.Client, a.Deployments(), a.ChainID, a.TxMgr.From(), build)
	if err != nil {
		return fmt.Errorf("upgrade: %w", err)
	}
	u.Print(stdout)
	switch sub {
	case "plan":
		return nil
	case "schedule":
		if len(u.Changes) == 0 {
			return nil
		}
		if u.State.Scheduled() {
			fmt.Fprintln(stdout, "this upgrade is already scheduled: run `tessera upgrade execute` once it is ready")
			return nil
		}
		if err := confirm(stdout, cfg.Yes, fmt.Sprintf("deploy %d implementation(s) and schedule the upgrade of %d proxies in the timelock?", len(u.Implementations), len(u.Changes))); err != nil {
			return err
		}
		ready, err := u.Schedule(ctx, a.Client, deploy.TxSender{M: a.TxMgr}, a.Deployments(), stdout)
		if err != nil {
			return fmt.Errorf("upgrade: %w", err)
		}
		fmt.Fprintf(stdout, "scheduled operation %s: executable from %s (run `tessera upgrade execute`)\n", common.Hash(u.ID).Hex(), ready.UTC().Format(time.RFC3339))
		return nil
	case "cancel":
		if !u.State.Scheduled() {
			return errors.New("upgrade: this upgrade is not scheduled: nothing to cancel")
		}
		if err := confirm(stdout, cfg.Yes, fmt.Sprintf("cancel operation %s?", common.Hash(u.ID).Hex())); err != nil {
			return err
		}
		if err := u.Cancel(ctx, deploy.TxSender{M: a.TxMgr}); err != nil {
			return fmt.Errorf("upgrade: %w", err)
		}
		fmt.Fprintf(stdout, "cancelled operation %s\n", common.Hash(u.ID).Hex())
		return nil
	default:
		if len(u.Changes) == 0 {
			// An upgrade executed elsewhere (a multisig) or by a run that
			// stopped before recording it: the records catch up.
			n, err := deploy.Promote(ctx, a.Client, a.Deployments(), a.ChainID)
			if err != nil {
				return fmt.Errorf("upgrade: %w", err)
			}
			if n > 0 {
				fmt.Fprintf(stdout, "recorded %d implementation(s) the proxies now run\n", n)
			}
			return nil
		}
		if !u.State.Scheduled() {
			return errors.New("upgrade: this upgrade is not scheduled: run `tessera upgrade schedule` first")
		}
		if !u.State.Ready(time.Now()) {
			return fmt.Errorf("upgrade: operation %s is not ready: the timelock allows it from %s (in %s)", common.Hash(u.ID).Hex(),
				u.State.ReadyAt.UTC().Format(time.RFC3339), time.Until(u.State.ReadyAt).Round(time.Second))
		}
		if err := confirm(stdout, cfg.Yes, fmt.Sprintf("execute the upgrade of %d proxies?", len(u.Changes))); err != nil {
			return err
		}
		if err := u.Execute(ctx, a.Client, deploy.TxSender{M: a.TxMgr}, a.Deployments(), stdout); err != nil {
			return fmt.Errorf("upgrade: %w", err)
		}
		fmt.Fprintf(stdout, "executed operation %s: %d proxies upgraded\n", common.Hash(u.ID).Hex(), len(u.Changes))
		return nil
	}
}
