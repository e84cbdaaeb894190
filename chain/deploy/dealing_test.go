package deploy_test

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/dealing"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/chain/create2"
	"github.com/tessera-rwa/tessera/chain/deploy"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

// DealingSteps as the dev suite applies them to its treasury fund: the
// proxy is recorded as "asset:TTF:dealing" with contract Dealing (which
// the indexer follows), runs the platform's Dealing implementation,
// deals the fund's token in the stablecoin at the fund's feed, and holds
// its roles where the parameters put them (the timelock alone upgrades);
// the token lets it mint, burn and lock units. Afterwards every step of
// the same plan is done, and deploying the suite again sends nothing.
func TestDealingStepsAsTheDevSuiteAppliesThem(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	a := chaintest.NewAnvil(t, devnet.AnvilConfig{})
	c := chaintest.Dial(t, a.URL)
	store := &postgres.Deployments{Pool: pgtest.NewDB(t)}
	opts := chaintest.Transactor(a, a.Keys[0])
	admin := opts.From
	s, err := devnet.DeploySuite(ctx, &chain.Deployer{Backend: c, Store: store, Opts: opts, ChainID: a.ChainID})
	if err != nil {
		t.Fatal(err)
	}
	addr := s.FundDealing.Address
	rec, err := store.Deployment(ctx, a.ChainID, "asset:TTF:dealing")
	if err != nil || rec.Contract != "Dealing" || rec.Address != addr || addr == (common.Address{}) {
		t.Fatalf("record of the fund's dealing contract: %+v, %v (suite: %s)", rec, err, addr)
	}
	impl, err := store.Deployment(ctx, a.ChainID, deploy.ImplName("Dealing"))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := create2.Implementation(ctx, c, addr); err != nil || got != impl.Address {
		t.Fatalf("implementation behind the proxy: %s, %v; want %s", got, err, impl.Address)
	}

	dl := dealing.NewDealing()
	inst := dl.Instance(c, addr)
	for _, v := range []struct {
		what string
		pack []byte
		want common.Address
	}{
		{"share()", dl.PackShare(), s.FundToken.Address},
		{"asset()", dl.PackAsset(), s.Stablecoin.Address},
		{"feed()", dl.PackFeed(), s.FundFeed.Address},
	} {
		got, err := bind.Call(inst, nil, v.pack, dl.UnpackShare) // each answers one address
		if err != nil || got != v.want {
			t.Errorf("%s = %s, %v; want %s", v.what, got, err, v.want)
		}
	}
	tok := assettoken.NewAssetToken()
	timelock := s.Timelock.Address
	for _, r := range []struct {
		on      common.Address
		role    string
		account common.Address
		held    bool
	}{
		{s.FundToken.Address, "MINTER_ROLE", addr, true},
		{s.FundToken.Address, "AGENT_ROLE", addr, true},
		{addr, "DEFAULT_ADMIN_ROLE", admin, true},
		{addr, "FULFILLER_ROLE", admin, true},
		{addr, "CONFIG_ROLE", admin, true},
		{addr, "TREASURY_ROLE", admin, true},
		{addr, "UPGRADER_ROLE", timelock, true},
		{addr, "UPGRADER_ROLE", admin, false},
		{addr, "DEFAULT_ADMIN_ROLE", timelock, false},
	} {
		id := crypto.Keccak256Hash([]byte(r.role))
		if r.role == "DEFAULT_ADMIN_ROLE" {
			id = common.Hash{}
		}
		got, err := bind.Call(tok.Instance(c, r.on), nil, tok.PackHasRole(id, r.account), tok.UnpackHasRole)
		if err != nil || got != r.held {
			t.Errorf("%s of %s on %s: %v, %v; want %v", r.role, r.account, r.on, got, err, r.held)
		}
	}

	params := deploy.DealingParams{Asset: "TTF", Impl: impl.Address, Token: s.FundToken.Address, Payment: s.Stablecoin.Address,
		Feed: s.FundFeed.Address, Admin: admin, Fulfiller: admin, Upgrader: timelock}
	steps, err := deploy.DealingSteps(admin, params)
	if err != nil {
		t.Fatal(err)
	}
	if len(steps) != 3 || steps[0].Address != addr || steps[0].Name != "asset:TTF:dealing" || steps[0].Contract != "Dealing" {
		t.Fatalf("steps: %d, first %+v; want the proxy at %s first", len(steps), steps[0], addr)
	}
	st, err := deploy.State(ctx, c, deploy.Plan{ChainID: a.ChainID, From: admin, Steps: steps})
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range st {
		if !x.Done {
			t.Errorf("step %q (%s) not done after the suite", x.Name, x.Says)
		}
	}
	// Deployed again, the suite finds the same contract, and the dealing
	// steps again send nothing (through a sender that fails every write).
	again, err := devnet.DeploySuite(ctx, &chain.Deployer{Backend: c, Store: store, Opts: opts, ChainID: a.ChainID})
	if err != nil || again.FundDealing.Address != addr {
		t.Fatalf("suite again: dealing %s, %v", again.FundDealing.Address, err)
	}
	if err := deploy.Apply(ctx, c, &crashAfter{s: deploy.DirectSender{Backend: c, Opts: opts}}, store,
		deploy.Plan{ChainID: a.ChainID, From: admin, Steps: steps}, nil); err != nil {
		t.Fatalf("the dealing steps again: %v", err)
	}

	// Every address the contract needs is required.
	for _, clear := range []func(*deploy.DealingParams){
		func(p *deploy.DealingParams) { p.Asset = "" },
		func(p *deploy.DealingParams) { p.Impl = common.Address{} },
		func(p *deploy.DealingParams) { p.Token = common.Address{} },
		func(p *deploy.DealingParams) { p.Payment = common.Address{} },
		func(p *deploy.DealingParams) { p.Feed = common.Address{} },
		func(p *deploy.DealingParams) { p.Admin = common.Address{} },
		func(p *deploy.DealingParams) { p.Upgrader = common.Address{} },
	} {
		p := params
		clear(&p)
		if _, err := deploy.DealingSteps(admin, p); err == nil {
			t.Errorf("DealingSteps accepted %+v", p)
		}
	}
}
