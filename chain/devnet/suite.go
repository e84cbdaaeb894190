package devnet

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/deedtoken"
	"github.com/tessera-rwa/tessera/bindings/devstablecoin"
	"github.com/tessera-rwa/tessera/bindings/distributor"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/bindings/timelockcontroller"
	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/create2"
)

// Suite is the set of contracts a development network runs: the CREATE2
// factory, the timelock that alone may upgrade, the implementations, and
// behind ERC-1967 proxies a shared identity registry, a distributor, a
// tokenized treasury fund with its valuation feed, and a tokenized building
// (deed locked into its fractions) with its feed; plus a payment stablecoin.
type Suite struct {
	Factory      chain.Deployment
	Timelock     chain.Deployment
	Impls        []chain.Deployment // "impl:AssetToken", …
	Registry     chain.Deployment
	Stablecoin   chain.Deployment
	Distributor  chain.Deployment
	FundToken    chain.Deployment
	FundFeed     chain.Deployment
	BuildingDeed chain.Deployment
	BuildingTok  chain.Deployment
	BuildingFeed chain.Deployment
}

// All lists the suite's deployments.
func (s Suite) All() []chain.Deployment {
	all := []chain.Deployment{s.Factory, s.Timelock}
	all = append(all, s.Impls...)
	return append(all, s.Registry, s.Stablecoin, s.Distributor, s.FundToken, s.FundFeed, s.BuildingDeed, s.BuildingTok, s.BuildingFeed)
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

// Implementations are the contracts deployed once as UUPS implementations,
// recorded as "impl:<Name>".
var Implementations = []string{"IdentityRegistry", "Distributor", "AssetToken", "ValuationFeed", "DeedToken"}

// ImplementationSalt is the factory salt of contract's implementation.
func ImplementationSalt(contract string) [32]byte { return create2.Salt("tessera:impl:" + contract) }

// ImplementationAddress is where deployer's implementation of contract is,
// on a platform whose identity registry is registry (see
// create2.ImplementationInitCode).
func ImplementationAddress(deployer common.Address, contract string, registry common.Address) (common.Address, error) {
	code, err := create2.ImplementationInitCode(contract, registry)
	if err != nil {
		return common.Address{}, err
	}
	return create2.Predict(create2.Factory(), deployer, ImplementationSalt(contract), code), nil
}

// DeploySuite deploys the development suite with a timelock of
// DevTimelockDelay; see DeploySuiteWith.
func DeploySuite(ctx context.Context, d *chain.Deployer) (Suite, error) {
	return DeploySuiteWith(ctx, d, DevTimelockDelay)
}

// DeploySuiteWith deploys the development suite once per chain with d, the
// deployer's key as admin, minter, registrar, feed transmitter and the
// timelock's proposer and executor; the timelock (min delay minDelay) holds
// UPGRADER_ROLE on every proxy. The factory comes through the deterministic
// deployment proxy, everything else through the factory, so every address
// is predictable from the deployer alone. The registry sits behind an
// IdentityRegistryProxy and the AssetToken implementation, built for that
// registry, follows it. A contract already deployed on this chain is
// reused and not configured again.
func DeploySuiteWith(ctx context.Context, d *chain.Deployer, minDelay time.Duration) (Suite, error) {
	admin := d.Opts.From
	send := create2.Transactor(d.Backend, d.Opts)
	var s Suite
	var err error
	record := func(name, contract string, addr common.Address, rc *types.Receipt) chain.Deployment {
		if err != nil {
			return chain.Deployment{}
		}
		rec, e := d.Store.Deployment(ctx, d.ChainID, name)
		if rc == nil && e == nil && rec.Address == addr {
			return rec // deployed and recorded before
		}
		rec = chain.Deployment{ChainID: d.ChainID, Name: name, Contract: contract, Address: addr}
		if rc != nil {
			rec.TxHash, rec.Block, rec.BlockHash = rc.TxHash, rc.BlockNumber.Uint64(), rc.BlockHash
		}
		if e := d.Store.SaveDeployment(ctx, rec); e != nil {
			err = fmt.Errorf("record %s: %w", name, e)
		}
		return rec
	}
	var factory common.Address
	deploy := func(name, contract string, salt [32]byte, initCode []byte) (chain.Deployment, bool) {
		if err != nil {
			return chain.Deployment{}, false
		}
		addr, rc, e := create2.Deploy(ctx, d.Backend, send, factory, admin, salt, initCode)
		if e != nil {
			err = fmt.Errorf("deploy %s: %w", name, e)
			return chain.Deployment{}, false
		}
		return record(name, contract, addr, rc), rc != nil
	}
	call := func(to common.Address, data []byte) {
		if err == nil {
			err = transact(ctx, d, to, data)
		}
	}

	addr, rc, e := create2.EnsureDeterministic(ctx, d.Backend, send, create2.FactoryInitCode())
	if e != nil {
		return Suite{}, fmt.Errorf("deploy suite: factory: %w", e)
	}
	factory = addr
	s.Factory = record("factory", "TesseraFactory", addr, rc)

	impl := map[string]common.Address{}
	// Implementations built for the identity registry wait for its proxy.
	implementations := func(registry common.Address, built bool) {
		for _, c := range Implementations {
			if create2.ChecksRegistry(c) != built {
				continue
			}
			if err == nil {
				err = create2.EnsureLibraries(ctx, d.Backend, send, c)
			}
			code, e := create2.ImplementationInitCode(c, registry)
			if e != nil && err == nil {
				err = e
			}
			if err != nil {
				return
			}
			rec, _ := deploy("impl:"+c, c, ImplementationSalt(c), code)
			impl[c] = rec.Address
			s.Impls = append(s.Impls, rec)
		}
	}
	implementations(common.Address{}, false)

	timelock := timelockcontroller.NewTimelockController()
	s.Timelock, _ = deploy("timelock", "TimelockController", create2.Salt("tessera:timelock"),
		append(common.FromHex(timelockcontroller.TimelockControllerMetaData.Bin),
			timelock.PackConstructor(big.NewInt(int64(minDelay/time.Second)), []common.Address{admin}, []common.Address{admin}, common.Address{})...))
	upgrader := s.Timelock.Address
	proxy := func(name, contract string, initCall []byte) (chain.Deployment, bool) {
		return deploy(name, contract, create2.Salt("tessera:"+name), create2.ProxyInitCodeFor(contract, impl[contract], initCall))
	}

	reg := identityregistry.NewIdentityRegistry()
	var fresh bool
	if s.Registry, fresh = proxy("identity-registry", "IdentityRegistry", reg.PackInitialize(admin, upgrader)); fresh {
		call(s.Registry.Address, reg.PackGrantRole(role("REGISTRAR_ROLE"), admin))
		// The issuer's own wallet is a verified holder: it receives the deed.
		call(s.Registry.Address, reg.PackRegisterIdentity(admin, crypto.Keccak256Hash([]byte("tessera-dev-issuer")), 276,
			uint64(time.Now().AddDate(10, 0, 0).Unix()), big.NewInt(1)))
	}
	implementations(s.Registry.Address, true)
	coin := devstablecoin.NewDevStablecoin()
	s.Stablecoin, _ = deploy("stablecoin", "DevStablecoin", create2.Salt("tessera:stablecoin"),
		append(common.FromHex(devstablecoin.DevStablecoinMetaData.Bin), coin.PackConstructor("Tessera Dev USD", "tUSD", admin)...))
	dist := distributor.NewDistributor()
	if s.Distributor, fresh = proxy("distributor", "Distributor", dist.PackInitialize(admin, upgrader)); fresh {
		call(s.Distributor.Address, dist.PackGrantRole(role("PUBLISHER_ROLE"), admin))
	}

	tok := assettoken.NewAssetToken()
	feed := valuationfeed.NewValuationFeed()
	// Treasury fund: NAV per unit in USD with 8 decimals, between $0.01 and $1,000,000.
	s.FundFeed, _ = proxy("asset:TTF:feed", "ValuationFeed",
		feed.PackInitialize(8, "TTF / USD NAV per unit", big.NewInt(1e6), big.NewInt(1e14), admin, admin, upgrader))
	if s.FundToken, fresh = proxy("asset:TTF:token", "AssetToken",
		tok.PackInitialize("Tessera Treasury Fund", "TTF", 6, s.Registry.Address, common.Address{}, new(big.Int), admin, upgrader)); fresh {
		call(s.FundToken.Address, tok.PackGrantRole(role("MINTER_ROLE"), admin))
	}

	deed := deedtoken.NewDeedToken()
	// Building appraisal in USD with 8 decimals, between $1 and $10 billion.
	s.BuildingFeed, _ = proxy("asset:BLDG:feed", "ValuationFeed",
		feed.PackInitialize(8, "BLDG / USD appraisal per unit", big.NewInt(1e8), big.NewInt(1e18), admin, admin, upgrader))
	s.BuildingDeed, _ = proxy("asset:BLDG:deed", "DeedToken",
		deed.PackInitialize("Tessera Building Deeds", "DEED", s.Registry.Address, admin, upgrader))
	if s.BuildingTok, fresh = proxy("asset:BLDG:token", "AssetToken",
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

// transact sends a configuration call and waits for it to succeed.
func transact(ctx context.Context, d *chain.Deployer, to common.Address, data []byte) error {
	opts := *d.Opts
	opts.Context = ctx
	tx, err := bind.NewBoundContract(to, abi.ABI{}, d.Backend, d.Backend, d.Backend).RawTransact(&opts, data)
	if err != nil {
		return fmt.Errorf("call %s: %w", to, err)
	}
	r, err := chain.WaitMined(ctx, d.Backend, tx.Hash(), 50*time.Millisecond)
	if err != nil {
		return err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("call %s: transaction %s reverted", to, tx.Hash())
	}
	return nil
}
