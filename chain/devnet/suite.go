package devnet

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/dealing"
	"github.com/tessera-rwa/tessera/bindings/deedtoken"
	"github.com/tessera-rwa/tessera/bindings/devstablecoin"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/deploy"
)

// Suite is the set of contracts a development network runs: the CREATE2
// factory, the timelock that alone may upgrade, the implementations, and
// behind ERC-1967 proxies a shared identity registry, a distributor, a
// tokenized treasury fund with its valuation feed and its Dealing contract
// (subscriptions and redemptions at NAV, in the stablecoin), and a
// tokenized building (deed locked into its fractions) with its feed; plus
// a payment stablecoin.
type Suite struct {
	Factory      chain.Deployment
	Timelock     chain.Deployment
	Impls        []chain.Deployment // "impl:AssetToken", …
	Registry     chain.Deployment
	Stablecoin   chain.Deployment
	Distributor  chain.Deployment
	FundToken    chain.Deployment
	FundFeed     chain.Deployment
	FundDealing  chain.Deployment
	BuildingDeed chain.Deployment
	BuildingTok  chain.Deployment
	BuildingFeed chain.Deployment
}

// All lists the suite's deployments.
func (s Suite) All() []chain.Deployment {
	all := []chain.Deployment{s.Factory, s.Timelock}
	all = append(all, s.Impls...)
	return append(all, s.Registry, s.Stablecoin, s.Distributor, s.FundToken, s.FundFeed, s.FundDealing, s.BuildingDeed, s.BuildingTok, s.BuildingFeed)
}

// Role names of the contracts, as keccak256 of the name.
func role(name string) [32]byte { return crypto.Keccak256Hash([]byte(name)) }

// StablecoinMint is the DevStablecoin call, sent by its owner (the suite's
// admin), that mints amount base units to `to`.
func StablecoinMint(to common.Address, amount *big.Int) []byte {
	return devstablecoin.NewDevStablecoin().PackMint(to, amount)
}

// BuildingDeedID is the token id of the demo building's deed.
var BuildingDeedID = big.NewInt(1)

// DevTimelockDelay is the timelock's minimum delay on a development network.
const DevTimelockDelay = time.Minute

// DeploySuite deploys the development suite with a timelock of
// DevTimelockDelay; see DeploySuiteWith.
func DeploySuite(ctx context.Context, d *chain.Deployer) (Suite, error) {
	return DeploySuiteWith(ctx, d, DevTimelockDelay)
}

// DeploySuiteWith deploys the development suite once per chain with d: the
// platform exactly as `tessera deploy` puts it on a network (deploy.Platform:
// factory, libraries, implementations, a timelock of minDelay with the
// deployer as proposer and executor, registry and distributor proxies),
// then the demo assets' proxies through the same factory, with the
// deployer's key as admin, minter, registrar and feed transmitter and overrider. A
// contract already on this chain is reused and not configured again.
func DeploySuiteWith(ctx context.Context, d *chain.Deployer, minDelay time.Duration) (Suite, error) {
	admin := d.Opts.From
	send := deploy.DirectSender{Backend: d.Backend, Opts: d.Opts}
	platform, err := deploy.Platform(deploy.Params{ChainID: d.ChainID, From: admin, MinDelay: minDelay,
		Proposers: []common.Address{admin}, Executors: []common.Address{admin}})
	if err != nil {
		return Suite{}, fmt.Errorf("deploy suite: %w", err)
	}
	if err := deploy.Apply(ctx, d.Backend, send, d.Store, platform, nil); err != nil {
		return Suite{}, fmt.Errorf("deploy suite: %w", err)
	}
	var s Suite
	rec := func(name string) chain.Deployment {
		r, e := d.Store.Deployment(ctx, d.ChainID, name)
		if e != nil && err == nil {
			err = fmt.Errorf("record %s: %w", name, e)
		}
		return r
	}
	s.Factory, s.Timelock, s.Registry, s.Distributor = rec("factory"), rec("timelock"), rec("identity-registry"), rec("distributor")
	impl := map[string]common.Address{}
	for _, c := range deploy.Upgradeable {
		r := rec(deploy.ImplName(c))
		s.Impls = append(s.Impls, r)
		impl[c] = r.Address
	}
	if err != nil {
		return Suite{}, fmt.Errorf("deploy suite: %w", err)
	}
	upgrader := s.Timelock.Address

	// The demo: each step a contract, configured once, when it is new.
	var fresh bool
	create := func(st deploy.Step) chain.Deployment {
		if err != nil {
			return chain.Deployment{}
		}
		code, e := d.Backend.CodeAt(ctx, st.Address, nil)
		if e != nil {
			err = e
			return chain.Deployment{}
		}
		fresh = len(code) == 0
		if e := deploy.Apply(ctx, d.Backend, send, d.Store, deploy.Plan{ChainID: d.ChainID, From: admin, Steps: []deploy.Step{st}}, nil); e != nil {
			err = e
			return chain.Deployment{}
		}
		return rec(st.Name)
	}
	proxy := func(name, contract string, initCall []byte) chain.Deployment {
		st := deploy.ProxyStep(admin, name, contract, impl[contract], initCall)
		if contract == "ValuationFeed" {
			eight := uint8(8) // every demo feed's, in its initializer below
			st.Decimals = &eight
		}
		return create(st)
	}
	call := func(to common.Address, data []byte) {
		if err == nil {
			_, err = send.Send(ctx, "", to, data)
		}
	}

	reg := identityregistry.NewIdentityRegistry()
	// The issuer's own wallet is a verified holder: it receives the deed.
	if ok, e := bind.Call(reg.Instance(d.Backend, s.Registry.Address), nil, reg.PackIsVerified(admin), reg.UnpackIsVerified); e != nil {
		return Suite{}, fmt.Errorf("deploy suite: %w", e)
	} else if !ok {
		call(s.Registry.Address, reg.PackRegisterIdentity(admin, crypto.Keccak256Hash([]byte("tessera-dev-issuer")), 276,
			uint64(time.Now().AddDate(10, 0, 0).Unix()), big.NewInt(1)))
	}
	coin := devstablecoin.NewDevStablecoin()
	s.Stablecoin = create(deploy.CreateStep(admin, "stablecoin", "DevStablecoin",
		append(common.FromHex(devstablecoin.DevStablecoinMetaData.Bin), coin.PackConstructor("Tessera Dev USD", "tUSD", admin)...)))

	tok := assettoken.NewAssetToken()
	feed := valuationfeed.NewValuationFeed()
	// Treasury fund: NAV per unit in USD with 8 decimals, between $0.01 and $1,000,000.
	s.FundFeed = proxy("asset:TTF:feed", "ValuationFeed",
		feed.PackInitialize(8, "TTF / USD NAV per unit", big.NewInt(1e6), big.NewInt(1e14), admin, admin, admin, upgrader))
	if s.FundToken = proxy("asset:TTF:token", "AssetToken",
		tok.PackInitialize("Tessera Treasury Fund", "TTF", 6, s.Registry.Address, common.Address{}, new(big.Int), admin, upgrader)); fresh {
		call(s.FundToken.Address, tok.PackGrantRole(role("MINTER_ROLE"), admin))
	}
	// The fund deals at NAV in the stablecoin: its Dealing contract, which
	// the token lets mint, burn and lock units; the deployer configures,
	// funds and fulfils it.
	if err == nil {
		var steps []deploy.Step
		if steps, err = deploy.DealingSteps(admin, deploy.DealingParams{Asset: "TTF", Impl: impl["Dealing"],
			Token: s.FundToken.Address, Payment: s.Stablecoin.Address, Feed: s.FundFeed.Address,
			Admin: admin, Fulfiller: admin, Upgrader: upgrader}); err == nil {
			s.FundDealing = create(steps[0])
			dl := dealing.NewDealing()
			steps = append(steps[1:],
				deploy.GrantStep(s.FundDealing.Address, "CONFIG_ROLE", admin, dl.PackGrantRole, dl.PackHasRole, dl.UnpackHasRole),
				deploy.GrantStep(s.FundDealing.Address, "TREASURY_ROLE", admin, dl.PackGrantRole, dl.PackHasRole, dl.UnpackHasRole))
			if err == nil {
				err = deploy.Apply(ctx, d.Backend, send, d.Store, deploy.Plan{ChainID: d.ChainID, From: admin, Steps: steps}, nil)
			}
		}
	}

	deed := deedtoken.NewDeedToken()
	// Building appraisal in USD with 8 decimals, between $1 and $10 billion.
	s.BuildingFeed = proxy("asset:BLDG:feed", "ValuationFeed",
		feed.PackInitialize(8, "BLDG / USD appraisal per unit", big.NewInt(1e8), big.NewInt(1e18), admin, admin, admin, upgrader))
	s.BuildingDeed = proxy("asset:BLDG:deed", "DeedToken",
		deed.PackInitialize("Tessera Building Deeds", "DEED", s.Registry.Address, admin, upgrader))
	if s.BuildingTok = proxy("asset:BLDG:token", "AssetToken",
		tok.PackInitialize("12 Harbour Street", "BLDG", 0, s.Registry.Address, s.BuildingDeed.Address, BuildingDeedID, admin, upgrader)); fresh {
		call(s.BuildingTok.Address, tok.PackGrantRole(role("MINTER_ROLE"), admin))
		call(s.BuildingDeed.Address, deed.PackGrantRole(role("MINTER_ROLE"), admin))
		call(s.BuildingDeed.Address, deed.PackMint(admin, BuildingDeedID, "ipfs://tessera-dev/deeds/12-harbour-street"))
		call(s.BuildingDeed.Address, deed.PackBindFractions(BuildingDeedID, s.BuildingTok.Address))
		call(s.BuildingDeed.Address, deed.PackLockDeed(BuildingDeedID))
	}
	if err != nil {
		return Suite{}, fmt.Errorf("deploy suite: %w", err)
	}
	return s, nil
}
