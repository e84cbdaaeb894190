package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
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
	if sub == "cancel" {
		extra = append(extra, setting{Flag: "id", Help: "the operation to cancel (0x id, as plan prints it); default: the only one waiting",
			parse: func(v string) error {
				if v != "" && (len(v) != 66 || !strings.HasPrefix(v, "0x")) {
					return errors.New("want a 0x-prefixed 32-byte id")
				}
				cfg.OperationID = v
				return nil
			}})
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
	lock, ops, err := deploy.Operations(ctx, a.Client, a.Deployments(), a.ChainID)
	if err != nil {
		return fmt.Errorf("upgrade: %w", err)
	}
	names := map[common.Address]string{}
	if recs, err := a.Deployments().Deployments(ctx, a.ChainID); err == nil {
		for _, r := range recs {
			names[r.Address] = r.Name
		}
	}
	if len(ops) > 0 {
		fmt.Fprintf(stdout, "waiting in timelock %s:\n", lock.Hex())
		for _, op := range ops {
			op.Print(stdout, names)
		}
	}
	// The timelock judges readiness by block time, not by this clock.
	head, err := a.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("upgrade: read head: %w", err)
	}
	now := time.Unix(int64(head.Time), 0)
	send := deploy.TxSender{M: a.TxMgr}
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
		if err := confirm(stdout, cfg.Yes, fmt.Sprintf("deploy %d contract(s) and schedule the upgrade of %d proxies in the timelock?", len(u.Implementations), len(u.Changes))); err != nil {
			return err
		}
		ready, err := u.Schedule(ctx, a.Client, send, a.Deployments(), stdout)
		if err != nil {
			return fmt.Errorf("upgrade: %w", err)
		}
		fmt.Fprintf(stdout, "scheduled operation %s: executable from %s (run `tessera upgrade execute`)\n", common.Hash(u.ID).Hex(), ready.UTC().Format(time.RFC3339))
		return nil
	case "cancel":
		op, err := pickOperation(ops, cfg.OperationID)
		if err != nil {
			return err
		}
		if err := confirm(stdout, cfg.Yes, fmt.Sprintf("cancel operation %s?", common.Hash(op.ID).Hex())); err != nil {
			return err
		}
		if err := op.Cancel(ctx, a.ChainID, lock, send); err != nil {
			return fmt.Errorf("upgrade: cancel: %w", err)
		}
		fmt.Fprintf(stdout, "cancelled operation %s\n", common.Hash(op.ID).Hex())
		return nil
	default:
		var ready []deploy.Operation
		for _, op := range ops {
			if op.State.Ready(now) {
				ready = append(ready, op)
			}
		}
		if len(ready) == 0 {
			if len(ops) > 0 {
				op := ops[0]
				return fmt.Errorf("upgrade: operation %s is not ready: the timelock allows it from %s (in %s of chain time)", common.Hash(op.ID).Hex(),
					op.State.ReadyAt.UTC().Format(time.RFC3339), op.State.ReadyAt.Sub(now).Round(time.Second))
			}
			// An upgrade executed elsewhere (a multisig) or by a run that
			// stopped before recording it: the records catch up.
			n, err := deploy.Promote(ctx, a.Client, a.Deployments(), a.ChainID)
			if err != nil {
				return fmt.Errorf("upgrade: %w", err)
			}
			if n > 0 {
				fmt.Fprintf(stdout, "recorded %d implementation(s) the proxies now run\n", n)
			}
			if len(u.Changes) > 0 {
				return errors.New("upgrade: this upgrade is not scheduled: run `tessera upgrade schedule` first")
			}
			return nil
		}
		if err := confirm(stdout, cfg.Yes, fmt.Sprintf("execute %d ready operation(s)?", len(ready))); err != nil {
			return err
		}
		for _, op := range ready {
			receipt, err := op.Execute(ctx, a.ChainID, lock, send)
			if err != nil {
				return fmt.Errorf("upgrade: execute %s: %w", common.Hash(op.ID).Hex(), err)
			}
			fmt.Fprintf(stdout, "executed operation %s in %s (block %d): %d proxies upgraded\n", common.Hash(op.ID).Hex(), receipt.TxHash.Hex(), receipt.BlockNumber, len(op.Targets))
		}
		if _, err := deploy.Promote(ctx, a.Client, a.Deployments(), a.ChainID); err != nil {
			return fmt.Errorf("upgrade: %w", err)
		}
		return nil
	}
}

// pickOperation is the operation with id (0x hex), or the only one waiting.
func pickOperation(ops []deploy.Operation, id string) (deploy.Operation, error) {
	if id == "" {
		switch len(ops) {
		case 0:
			return deploy.Operation{}, errors.New("upgrade: no operation waits in the timelock: nothing to cancel")
		case 1:
			return ops[0], nil
		}
		return deploy.Operation{}, fmt.Errorf("upgrade: %d operations wait in the timelock: name one with -id", len(ops))
	}
	for _, op := range ops {
		if strings.EqualFold(common.Hash(op.ID).Hex(), id) {
			return op, nil
		}
	}
	return deploy.Operation{}, fmt.Errorf("upgrade: operation %s does not wait in the timelock", id)
}
