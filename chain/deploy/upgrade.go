package deploy

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/timelockcontroller"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/create2"
	"github.com/tessera-rwa/tessera/contracts"
)

// Change is one proxy moving to another implementation.
type Change struct {
	Name     string // the proxy's record
	Contract string
	Proxy    common.Address
	From, To common.Address // implementations
}

// OpState is a timelock operation's state: its timestamp in the timelock
// (0 unknown to it, 1 executed, else the time it becomes executable).
type OpState struct {
	Timestamp uint64
	ReadyAt   time.Time
}

// Scheduled reports whether the operation waits in the timelock (ready or
// not).
func (s OpState) Scheduled() bool { return s.Timestamp > 1 }

// Ready reports whether a scheduled operation may be executed at now.
func (s OpState) Ready(now time.Time) bool { return s.Scheduled() && !now.Before(s.ReadyAt) }

// Upgrade is the timelock operation that moves every recorded proxy whose
// implementation differs from its source's to the source's: one batch of
// upgradeToAndCall calls, identified by its targets and implementations
// (the salt is their hash), so plan, schedule and execute compute the same
// operation from the chain and the records.
type Upgrade struct {
	ChainID  *big.Int
	From     common.Address
	Timelock common.Address
	Delay    time.Duration
	Changes  []Change
	// Implementations are the steps creating implementations not on chain
	// yet.
	Implementations []Step
	Payloads        [][]byte
	Salt, ID        [32]byte
	State           OpState
}

// UpgradeReader is what planning an upgrade reads from the node.
type UpgradeReader interface {
	Reader
	StorageAt(ctx context.Context, account common.Address, key common.Hash, block *big.Int) ([]byte, error)
}

// PlanUpgrade reads the recorded proxies on chainID and the implementation
// each runs, and plans the operation moving them to src's implementations
// (deployed by from through the factory; nil src: this binary's).
func PlanUpgrade(ctx context.Context, r UpgradeReader, store chain.DeploymentStore, chainID *big.Int, from common.Address, src *contracts.Build) (Upgrade, error) {
	lock, err := store.Deployment(ctx, chainID, "timelock")
	if err != nil {
		return Upgrade{}, fmt.Errorf("timelock record: %w (deploy with `tessera deploy` first)", err)
	}
	u := Upgrade{ChainID: chainID, From: from, Timelock: lock.Address}
	tl := timelockcontroller.NewTimelockController()
	out, err := r.CallContract(ctx, callMsg(lock.Address, tl.PackGetMinDelay()), nil)
	if err != nil {
		return Upgrade{}, fmt.Errorf("timelock delay: %w", err)
	}
	delay, err := tl.UnpackGetMinDelay(out)
	if err != nil {
		return Upgrade{}, fmt.Errorf("timelock delay: %w", err)
	}
	u.Delay = time.Duration(delay.Int64()) * time.Second

	recs, err := store.Deployments(ctx, chainID)
	if err != nil {
		return Upgrade{}, err
	}
	if src == nil {
		src = contracts.Embedded
	}
	registry, err := store.Deployment(ctx, chainID, "identity-registry")
	if err != nil {
		return Upgrade{}, fmt.Errorf("identity registry record: %w", err)
	}
	next := map[string][]Step{}
	for _, rec := range recs {
		if !slices.Contains(Upgradeable, rec.Contract) || strings.HasPrefix(rec.Name, "impl:") {
			continue
		}
		code, err := r.CodeAt(ctx, rec.Address, nil)
		if err != nil {
			return Upgrade{}, fmt.Errorf("read code of %s: %w", rec.Name, err)
		}
		// The proxies are this binary's: a release's artifacts do not say
		// which addresses are proxies.
		proxyArt, err := contracts.Load(contracts.ProxyOf(rec.Contract))
		if err != nil {
			return Upgrade{}, err
		}
		if !proxyArt.Matches(code) {
			continue // not a proxy
		}
		current, err := create2.Implementation(ctx, r, rec.Address)
		if err != nil {
			return Upgrade{}, err
		}
		steps, ok := next[rec.Contract]
		if !ok {
			if !src.Upgradeable(rec.Contract) {
				return Upgrade{}, fmt.Errorf("%s's %s has no upgradeToAndCall and proxiableUUID: a proxy moved to it could never be upgraded again", src, rec.Contract)
			}
			if steps, err = ImplSteps(from, rec.Contract, src, registry.Address); err != nil {
				return Upgrade{}, err
			}
			next[rec.Contract] = steps
		}
		to := steps[len(steps)-1].Address
		if current == to {
			continue
		}
		u.Changes = append(u.Changes, Change{Name: rec.Name, Contract: rec.Contract, Proxy: rec.Address, From: current, To: to})
	}
	if len(u.Changes) == 0 {
		return u, nil
	}
	slices.SortFunc(u.Changes, func(a, b Change) int { return bytes.Compare(a.Proxy[:], b.Proxy[:]) })
	needed := map[string]bool{}
	tok := assettoken.NewAssetToken()
	var salt []byte
	for _, c := range u.Changes {
		needed[c.Contract] = true
		u.Payloads = append(u.Payloads, tok.PackUpgradeToAndCall(c.To, nil))
		salt = append(append(salt, c.Proxy[:]...), c.To[:]...)
	}
	for _, c := range Upgradeable {
		if !needed[c] {
			continue
		}
		for _, s := range next[c] {
			if slices.ContainsFunc(u.Implementations, func(o Step) bool { return o.Address == s.Address }) {
				continue
			}
			// Recorded already under its name: on chain and current.
			if rec, err := store.Deployment(ctx, chainID, s.Name); err == nil && rec.Address == s.Address {
				continue
			}
			// Otherwise recorded under its address (also when a run
			// deployed it and stopped before recording it), until an
			// executed upgrade makes "impl:<Contract>" name it; a library
			// of a new release keeps the old one's record intact.
			s.Name += ":" + strings.ToLower(s.Address.Hex())
			u.Implementations = append(u.Implementations, s)
		}
	}
	u.Salt = crypto.Keccak256Hash(salt)
	targets, values := u.targets()
	out, err = r.CallContract(ctx, callMsg(lock.Address, tl.PackHashOperationBatch(targets, values, u.Payloads, [32]byte{}, u.Salt)), nil)
	if err != nil {
		return Upgrade{}, fmt.Errorf("timelock operation id: %w", err)
	}
	if u.ID, err = tl.UnpackHashOperationBatch(out); err != nil {
		return Upgrade{}, fmt.Errorf("timelock operation id: %w", err)
	}
	if u.State, err = opState(ctx, r, lock.Address, u.ID); err != nil {
		return Upgrade{}, err
	}
	return u, nil
}

func (u Upgrade) targets() ([]common.Address, []*big.Int) {
	targets := make([]common.Address, len(u.Changes))
	values := make([]*big.Int, len(u.Changes))
	for i, c := range u.Changes {
		targets[i], values[i] = c.Proxy, new(big.Int)
	}
	return targets, values
}

func opState(ctx context.Context, r Caller, lock common.Address, id [32]byte) (OpState, error) {
	tl := timelockcontroller.NewTimelockController()
	out, err := r.CallContract(ctx, callMsg(lock, tl.PackGetTimestamp(id)), nil)
	if err != nil {
		return OpState{}, fmt.Errorf("timelock operation state: %w", err)
	}
	ts, err := tl.UnpackGetTimestamp(out)
	if err != nil {
		return OpState{}, fmt.Errorf("timelock operation state: %w", err)
	}
	s := OpState{Timestamp: ts.Uint64()}
	if s.Scheduled() {
		s.ReadyAt = time.Unix(int64(s.Timestamp), 0)
	}
	return s, nil
}

// Print writes the upgrade as people read it.
func (u Upgrade) Print(w io.Writer) {
	if len(u.Changes) == 0 {
		fmt.Fprintf(w, "no upgrade: every proxy on chain %s runs its implementation of this release\n", u.ChainID)
		return
	}
	fmt.Fprintf(w, "upgrade through timelock %s (delay %s), operation %s:\n", u.Timelock.Hex(), u.Delay, common.Hash(u.ID).Hex())
	for _, c := range u.Changes {
		fmt.Fprintf(w, "  %-28s %s  %s → %s (%s)\n", c.Name, c.Proxy.Hex(), c.From.Hex(), c.To.Hex(), c.Contract)
	}
	for _, s := range u.Implementations {
		fmt.Fprintf(w, "  new %s %s at %s\n", s.Says, s.Contract, s.Address.Hex())
	}
	switch {
	case u.State.Timestamp == 1:
		fmt.Fprintln(w, "state: executed")
	case u.State.Scheduled():
		fmt.Fprintf(w, "state: scheduled, executable from %s\n", u.State.ReadyAt.UTC().Format(time.RFC3339))
	default:
		fmt.Fprintln(w, "state: not scheduled")
	}
}

// Schedule deploys the new implementations and schedules the operation in
// the timelock (from must be a proposer); it returns when the operation
// becomes executable.
func (u Upgrade) Schedule(ctx context.Context, r interface {
	Reader
	LogReader
}, send Sender, store chain.DeploymentStore, progress io.Writer) (time.Time, error) {
	if len(u.Changes) == 0 {
		return time.Time{}, errors.New("nothing to upgrade")
	}
	if err := Apply(ctx, r, send, store, Plan{ChainID: u.ChainID, From: u.From, Steps: u.Implementations}, progress); err != nil {
		return time.Time{}, err
	}
	// An operation cancelled before is scheduled again under a new key.
	logs, err := r.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{u.Timelock},
		Topics: [][]common.Hash{{chain.TrailABI.Events["Cancelled"].ID}, {u.ID}}})
	if err != nil {
		return time.Time{}, fmt.Errorf("read the timelock's cancellations: %w", err)
	}
	tl := timelockcontroller.NewTimelockController()
	targets, values := u.targets()
	delay := new(big.Int).SetInt64(int64(u.Delay / time.Second))
	if _, err := send.Send(ctx, fmt.Sprintf("upgrade:%s:schedule:%x:%d", u.ChainID, u.ID, len(logs)), u.Timelock,
		tl.PackScheduleBatch(targets, values, u.Payloads, [32]byte{}, u.Salt, delay)); err != nil {
		return time.Time{}, fmt.Errorf("schedule: %w", err)
	}
	st, err := opState(ctx, r, u.Timelock, u.ID)
	if err != nil {
		return time.Time{}, err
	}
	if !st.Scheduled() {
		return time.Time{}, fmt.Errorf("schedule: operation %s is not waiting in the timelock after its transaction", common.Hash(u.ID).Hex())
	}
	return st.ReadyAt, nil
}

// Promote makes "impl:<Contract>" name the implementation every recorded
// proxy of that contract runs, when the records know it under its address
// (an upgrade executed through the timelock, by `tessera upgrade execute`
// or a multisig): tokenizations after it then use it. It returns how many
// records it moved; it is idempotent, so a run that crashed after the
// execution catches up on the next.
func Promote(ctx context.Context, r UpgradeReader, store chain.DeploymentStore, chainID *big.Int) (int, error) {
	recs, err := store.Deployments(ctx, chainID)
	if err != nil {
		return 0, err
	}
	byName := map[string]chain.Deployment{}
	for _, d := range recs {
		byName[d.Name] = d
	}
	runs := map[string]map[common.Address]bool{}
	for _, d := range recs {
		if !slices.Contains(Upgradeable, d.Contract) || strings.HasPrefix(d.Name, "impl:") {
			continue
		}
		impl, err := create2.Implementation(ctx, r, d.Address)
		if err != nil {
			return 0, err
		}
		if impl == (common.Address{}) {
			continue // not a proxy
		}
		if runs[d.Contract] == nil {
			runs[d.Contract] = map[common.Address]bool{}
		}
		runs[d.Contract][impl] = true
	}
	moved := 0
	for _, contract := range Upgradeable {
		current, ok := byName[ImplName(contract)]
		if !ok {
			continue
		}
		// The implementation proxies moved to and the records know under
		// its address; proxies still on the current one (tokenized while
		// the upgrade waited) show in the next plan.
		var impl common.Address
		found := 0
		for a := range runs[contract] {
			if _, ok := byName[implAt(contract, a)]; ok && a != current.Address {
				impl = a
				found++
			}
		}
		if found != 1 {
			continue
		}
		renamer, ok := store.(Renamer)
		if !ok {
			return moved, errors.New("the deployment records cannot be renamed")
		}
		if err := renamer.RenameDeployments(ctx, chainID, [][2]string{
			{ImplName(contract), implAt(contract, current.Address)},
			{implAt(contract, impl), ImplName(contract)},
		}); err != nil {
			return moved, fmt.Errorf("promote %s to %s: %w", implAt(contract, impl), ImplName(contract), err)
		}
		moved++
	}
	return moved, nil
}

// Renamer renames deployment records, in order, at once
// (postgres.Deployments has it).
type Renamer interface {
	RenameDeployments(ctx context.Context, chainID *big.Int, renames [][2]string) error
}

// implAt is the record of contract's implementation at addr while another
// is current.
func implAt(contract string, addr common.Address) string {
	return ImplName(contract) + ":" + strings.ToLower(addr.Hex())
}

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}
