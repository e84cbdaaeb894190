package deploy_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/bindings/timelockcontroller"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/chain/create2"
	"github.com/tessera-rwa/tessera/chain/deploy"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

func TestMain(m *testing.M) { chaintest.Main(m, pgtest.Shutdown) }

// crashAfter sends through s until n writes went out, then fails every
// send, as a process killed after its nth transaction would.
type crashAfter struct {
	s    deploy.Sender
	n    int
	sent int
}

var errCrashed = errors.New("crashed")

func (c *crashAfter) Send(ctx context.Context, key string, to common.Address, data []byte) (*types.Receipt, error) {
	if c.sent >= c.n {
		return nil, errCrashed
	}
	c.sent++
	return c.s.Send(ctx, key, to, data)
}

func platform(t *testing.T, a *devnet.Anvil, delay time.Duration) deploy.Plan {
	t.Helper()
	from := chaintest.Transactor(a, a.Keys[0]).From
	p, err := deploy.Platform(deploy.Params{ChainID: a.ChainID, From: from, MinDelay: delay,
		Proposers: []common.Address{from}, Executors: []common.Address{from}})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// A deployment interrupted after any write finishes on the next Apply
// without sending a write twice; the plan's addresses are the ones it gets
// and records; a third Apply sends nothing; every step's effect is on
// chain (the timelock alone holds UPGRADER_ROLE, the signer has the
// operating roles); another plan for the same chain is refused.
func TestApplyResumesWithoutSendingTwice(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	a := chaintest.NewAnvil(t, devnet.AnvilConfig{})
	c := chaintest.Dial(t, a.URL)
	store := &postgres.Deployments{Pool: pgtest.NewDB(t)}
	opts := chaintest.Transactor(a, a.Keys[0])
	send := deploy.DirectSender{Backend: c, Opts: opts}
	p := platform(t, a, 2*time.Second)
	if err := deploy.EnsureDeterministicDeployer(ctx, c); err != nil {
		t.Fatal(err)
	}

	st, err := deploy.State(ctx, c, p)
	if err != nil {
		t.Fatal(err)
	}
	gas, approx := deploy.Total(st)
	if gas == 0 || !approx || st[0].Approx {
		t.Fatalf("estimate of an empty chain: %d gas, approx %v, first step approx %v", gas, approx, st[0].Approx)
	}
	var plan bytes.Buffer
	deploy.Print(&plan, p, st, big.NewInt(2_000_000_000))
	if !strings.Contains(plan.String(), "[to do] factory") || !strings.Contains(plan.String(), "× 2 gwei = about") {
		t.Fatalf("printed plan:\n%s", plan.String())
	}

	for _, n := range []int{1, 4} {
		err := deploy.Apply(ctx, c, &crashAfter{s: send, n: n}, store, p, nil)
		if !errors.Is(err, errCrashed) {
			t.Fatalf("Apply crashing after %d writes: %v", n, err)
		}
	}
	var progress bytes.Buffer
	if err := deploy.Apply(ctx, c, send, store, p, &progress); err != nil {
		t.Fatal(err)
	}
	nonce, err := c.NonceAt(ctx, opts.From, nil)
	if err != nil {
		t.Fatal(err)
	}
	if nonce != uint64(len(p.Steps)) {
		t.Fatalf("%d steps took %d transactions:\n%s", len(p.Steps), nonce, progress.String())
	}
	if got := strings.Count(progress.String(), "already on chain"); got != 5 {
		t.Fatalf("the resumed run found %d steps done, want the 1 + 4 sent before:\n%s", got, progress.String())
	}
	for _, s := range p.Steps {
		if !s.Creates() {
			continue
		}
		rec, err := store.Deployment(ctx, a.ChainID, s.Name)
		if err != nil || rec.Address != s.Address || rec.Block == 0 {
			t.Fatalf("record of %s: %+v, %v (planned %s)", s.Name, rec, err, s.Address)
		}
	}
	st, err = deploy.State(ctx, c, p)
	if err != nil {
		t.Fatal(err)
	}
	if gas, _ := deploy.Total(st); gas != 0 {
		t.Fatalf("after the deployment %d gas is left to send", gas)
	}
	if err := deploy.Apply(ctx, c, &crashAfter{s: send}, store, p, nil); err != nil {
		t.Fatalf("a third Apply sent something: %v", err)
	}

	// Roles: the timelock alone upgrades, the signer operates.
	reg := identityregistry.NewIdentityRegistry()
	regRec, _ := store.Deployment(ctx, a.ChainID, "identity-registry")
	lockRec, _ := store.Deployment(ctx, a.ChainID, "timelock")
	has := func(role string, who common.Address) bool {
		ok, err := bind.Call(reg.Instance(c, regRec.Address), nil, reg.PackHasRole(roleID(role), who), reg.UnpackHasRole)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	if !has("UPGRADER_ROLE", lockRec.Address) || has("UPGRADER_ROLE", opts.From) || !has("REGISTRAR_ROLE", opts.From) {
		t.Fatal("registry roles: want UPGRADER_ROLE with the timelock only and REGISTRAR_ROLE with the signer")
	}
	impl, err := create2.Implementation(ctx, c, regRec.Address)
	implRec, _ := store.Deployment(ctx, a.ChainID, "impl:IdentityRegistry")
	if err != nil || impl != implRec.Address {
		t.Fatalf("the registry proxy runs %s, the record says %s (%v)", impl, implRec.Address, err)
	}
	tl := timelockcontroller.NewTimelockController()
	delay, err := bind.Call(tl.Instance(c, lockRec.Address), nil, tl.PackGetMinDelay(), tl.UnpackGetMinDelay)
	if err != nil || delay.Int64() != 2 {
		t.Fatalf("timelock delay %v, %v", delay, err)
	}

	// Another timelock delay makes another timelock: refused by name.
	other := platform(t, a, time.Hour)
	conflicts, err := deploy.Check(ctx, store, other)
	if !errors.Is(err, deploy.ErrBound) || len(conflicts) == 0 || conflicts[0].Name != "timelock" {
		t.Fatalf("Check of another plan: %+v, %v", conflicts, err)
	}
	if err := deploy.Apply(ctx, c, send, store, other, nil); !errors.Is(err, deploy.ErrBound) {
		t.Fatalf("Apply of another plan: %v", err)
	}
}

// A development chain reset under the same id gets its contracts again at
// the same addresses, and the records move to the new blocks.
func TestApplyOnAResetChain(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	store := &postgres.Deployments{Pool: pgtest.NewDB(t)}
	var first chain.Deployment
	for i := range 2 {
		a := chaintest.NewAnvil(t, devnet.AnvilConfig{})
		c := chaintest.Dial(t, a.URL)
		p := platform(t, a, time.Second)
		if err := deploy.Apply(ctx, c, deploy.DirectSender{Backend: c, Opts: chaintest.Transactor(a, a.Keys[0])}, store, p, nil); err != nil {
			t.Fatal(err)
		}
		rec, err := store.Deployment(ctx, a.ChainID, "distributor")
		if err != nil {
			t.Fatal(err)
		}
		head, _ := c.HeaderByNumber(ctx, new(big.Int).SetUint64(rec.Block))
		if head == nil || head.Hash() != rec.BlockHash {
			t.Fatalf("run %d: the record's block %d is not this chain's", i, rec.Block)
		}
		if i == 0 {
			first = rec
		} else if rec.Address != first.Address || rec.BlockHash == first.BlockHash {
			t.Fatalf("reset chain: record %+v, first %+v", rec, first)
		}
	}
}

// A chain without the deterministic deployment proxy is refused with what
// to do about it.
func TestNoDeterministicDeployer(t *testing.T) {
	t.Parallel()
	a := chaintest.NewAnvil(t, devnet.AnvilConfig{})
	c := chaintest.Dial(t, a.URL)
	if err := c.Client().Call(nil, "anvil_setCode", create2.DeterministicDeployer, "0x"); err != nil {
		t.Fatal(err)
	}
	err := deploy.EnsureDeterministicDeployer(context.Background(), c)
	if !errors.Is(err, deploy.ErrNoDeterministicDeployer) || !strings.Contains(err.Error(), "0x3fab184622dc19b6109349b94811493bf2a45362") {
		t.Fatalf("EnsureDeterministicDeployer: %v", err)
	}
}

func roleID(name string) [32]byte { return crypto.Keccak256Hash([]byte(name)) }

// Two platforms deployed at once on one chain by two signers share the
// libraries (their addresses commit to their code alone): whichever
// transaction loses the race for one finds it deployed and goes on.
func TestConcurrentDeployersShareTheLibraries(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	a := chaintest.NewAnvil(t, devnet.AnvilConfig{Accounts: 2})
	c := chaintest.Dial(t, a.URL)
	errs := make(chan error, 2)
	for i := range 2 {
		go func() {
			opts := chaintest.Transactor(a, a.Keys[i])
			p, err := deploy.Platform(deploy.Params{ChainID: a.ChainID, From: opts.From, MinDelay: time.Second,
				Proposers: []common.Address{opts.From}, Executors: []common.Address{opts.From}})
			if err == nil {
				err = deploy.Apply(ctx, c, deploy.DirectSender{Backend: c, Opts: opts}, chaintest.Records{}, p, nil)
			}
			errs <- err
		}()
	}
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
}

// keyedSender remembers each key's receipt, as the transaction manager
// does: a key sent again returns its first receipt without sending.
type keyedSender struct {
	s    deploy.Sender
	sent map[string]*types.Receipt
}

func (k *keyedSender) Send(ctx context.Context, key string, to common.Address, data []byte) (*types.Receipt, error) {
	if r, ok := k.sent[key]; ok {
		return r, nil
	}
	r, err := k.s.Send(ctx, key, to, data)
	if err == nil {
		k.sent[key] = r
	}
	return r, err
}

// A role granted by an earlier run and revoked since is granted again,
// though its write's key already has a receipt.
func TestApplyRedoesACallUndoneSince(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	a := chaintest.NewAnvil(t, devnet.AnvilConfig{})
	c := chaintest.Dial(t, a.URL)
	opts := chaintest.Transactor(a, a.Keys[0])
	send := &keyedSender{s: deploy.DirectSender{Backend: c, Opts: opts}, sent: map[string]*types.Receipt{}}
	store := chaintest.Records{}
	p := platform(t, a, time.Second)
	if err := deploy.Apply(ctx, c, send, store, p, nil); err != nil {
		t.Fatal(err)
	}
	reg := identityregistry.NewIdentityRegistry()
	regRec, err := store.Deployment(ctx, a.ChainID, "identity-registry")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := (deploy.DirectSender{Backend: c, Opts: opts}).Send(ctx, "", regRec.Address, reg.PackRevokeRole(roleID("REGISTRAR_ROLE"), opts.From)); err != nil {
		t.Fatal(err)
	}
	if err := deploy.Apply(ctx, c, send, store, p, nil); err != nil {
		t.Fatal(err)
	}
	ok, err := bind.Call(reg.Instance(c, regRec.Address), nil, reg.PackHasRole(roleID("REGISTRAR_ROLE"), opts.From), reg.UnpackHasRole)
	if err != nil || !ok {
		t.Fatalf("REGISTRAR_ROLE after the second Apply: %v, %v", ok, err)
	}
}
