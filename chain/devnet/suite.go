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
	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
	"github.com/tessera-rwa/tessera/chain"
)

// Suite is the set of contracts a development network runs: a shared
// identity registry, a payment stablecoin, a distributor, a tokenized
// treasury fund with its valuation feed, and a tokenized building (deed
// locked into its fractions) with its feed.
type Suite struct {
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
	return []chain.Deployment{s.Registry, s.Stablecoin, s.Distributor, s.FundToken, s.FundFeed, s.BuildingDeed, s.BuildingTok, s.BuildingFeed}
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

// DeploySuite deploys the development suite once per chain with d, the
// deployer's key as admin, minter, registrar and feed transmitter. A
// contract already deployed on this chain is reused and not configured
// again.
func DeploySuite(ctx context.Context, d *chain.Deployer) (Suite, error) {
	admin := d.Opts.From
	var s Suite
	var err error
	step := func(name, contract string, bin string, ctor []byte) (chain.Deployment, bool) {
		if err != nil {
			return chain.Deployment{}, false
		}
		var rec chain.Deployment
		var fresh bool
		rec, fresh, err = d.Ensure(ctx, name, contract, common.FromHex(bin), ctor)
		return rec, fresh
	}
	send := func(to common.Address, data []byte) {
		if err != nil {
			return
		}
		err = transact(ctx, d, to, data)
	}

	reg := identityregistry.NewIdentityRegistry()
	var fresh bool
	if s.Registry, fresh = step("identity-registry", "IdentityRegistry", identityregistry.IdentityRegistryMetaData.Bin, reg.PackConstructor(admin)); fresh {
		send(s.Registry.Address, reg.PackGrantRole(role("REGISTRAR_ROLE"), admin))
		// The issuer's own wallet is a verified holder: it receives the deed.
		send(s.Registry.Address, reg.PackRegisterIdentity(admin, crypto.Keccak256Hash([]byte("tessera-dev-issuer")), 276,
			uint64(time.Now().AddDate(10, 0, 0).Unix()), big.NewInt(1)))
	}
	coin := devstablecoin.NewDevStablecoin()
	s.Stablecoin, _ = step("stablecoin", "DevStablecoin", devstablecoin.DevStablecoinMetaData.Bin, coin.PackConstructor("Tessera Dev USD", "tUSD", admin))
	dist := distributor.NewDistributor()
	if s.Distributor, fresh = step("distributor", "Distributor", distributor.DistributorMetaData.Bin, dist.PackConstructor(admin)); fresh {
		send(s.Distributor.Address, dist.PackGrantRole(role("PUBLISHER_ROLE"), admin))
	}

	tok := assettoken.NewAssetToken()
	feed := valuationfeed.NewValuationFeed()
	// Treasury fund: NAV per unit in USD with 8 decimals, between $0.01 and $1,000,000.
	s.FundFeed, _ = step("asset:TTF:feed", "ValuationFeed", valuationfeed.ValuationFeedMetaData.Bin,
		feed.PackConstructor(8, "TTF / USD NAV per unit", big.NewInt(1e6), big.NewInt(1e14), admin, admin))
	if s.FundToken, fresh = step("asset:TTF:token", "AssetToken", assettoken.AssetTokenMetaData.Bin,
		tok.PackConstructor("Tessera Treasury Fund", "TTF", 6, s.Registry.Address, common.Address{}, new(big.Int), admin)); fresh {
		send(s.FundToken.Address, tok.PackGrantRole(role("MINTER_ROLE"), admin))
	}

	deed := deedtoken.NewDeedToken()
	// Building appraisal in USD with 8 decimals, between $1 and $10 billion.
	s.BuildingFeed, _ = step("asset:BLDG:feed", "ValuationFeed", valuationfeed.ValuationFeedMetaData.Bin,
		feed.PackConstructor(8, "BLDG / USD appraisal per unit", big.NewInt(1e8), big.NewInt(1e18), admin, admin))
	s.BuildingDeed, _ = step("asset:BLDG:deed", "DeedToken", deedtoken.DeedTokenMetaData.Bin,
		deed.PackConstructor("Tessera Building Deeds", "DEED", s.Registry.Address, admin))
	if s.BuildingTok, fresh = step("asset:BLDG:token", "AssetToken", assettoken.AssetTokenMetaData.Bin,
		tok.PackConstructor("12 Harbour Street", "BLDG", 0, s.Registry.Address, s.BuildingDeed.Address, BuildingDeedID, admin)); fresh {
		send(s.BuildingTok.Address, tok.PackGrantRole(role("MINTER_ROLE"), admin))
		send(s.BuildingDeed.Address, deed.PackGrantRole(role("MINTER_ROLE"), admin))
		send(s.BuildingDeed.Address, deed.PackMint(admin, BuildingDeedID, "ipfs://tessera-dev/deeds/12-harbour-street"))
		send(s.BuildingDeed.Address, deed.PackBindFractions(BuildingDeedID, s.BuildingTok.Address))
		send(s.BuildingDeed.Address, deed.PackLockDeed(BuildingDeedID))
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
