package bench

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/distributor"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/bindings/timelockcontroller"
	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
	"github.com/tessera-rwa/tessera/chain/create2"
	"github.com/tessera-rwa/tessera/chain/devnet"
)

// The same deployments measured before the contracts moved behind proxies
// (plain constructors, no factory): the identity registry and the
// distributor; an asset's token and its valuation feed.
const (
	gasBeforeProxiesPlatform = 2_373_062
	gasBeforeProxiesAsset    = 5_607_395
)

// gasPlatform is what gasOfPlatform deployed.
type gasPlatform struct {
	factory, timelock, registry common.Address
	impls                       map[string]common.Address
}

// metered is a create2.Sender through g that adds the gas of every
// transaction it sends to *gas.
func (g *gasChain) metered(gas *uint64) create2.Sender {
	send := g.sender()
	return func(ctx context.Context, to common.Address, data []byte) (*types.Receipt, error) {
		r, err := send(ctx, to, data)
		if r != nil {
			*gas += r.GasUsed
		}
		return r, err
	}
}

// gasOfPlatform deploys the platform as the dev suite does, on a chain
// that has none of it yet: TesseraFactory through the deterministic
// deployment proxy, the libraries, the five implementations and the
// TimelockController through the factory, the identity registry and the
// distributor behind their proxies, and their role grants; it returns the
// gas of all of it.
func gasOfPlatform(g *gasChain) (gasPlatform, uint64) {
	g.b.Helper()
	ctx := context.Background()
	admin := g.admin.From
	var gas uint64
	send := g.metered(&gas)
	must := func(err error) {
		if err != nil {
			g.b.Fatal(err)
		}
	}
	p := gasPlatform{impls: map[string]common.Address{}}
	var err error
	p.factory, _, err = create2.EnsureDeterministic(ctx, g.client, send, create2.FactoryInitCode())
	must(err)
	deploy := func(salt [32]byte, code []byte) common.Address {
		addr, _, err := create2.Deploy(ctx, g.client, send, p.factory, admin, salt, code)
		must(err)
		return addr
	}
	implementations := func(built bool) {
		for _, c := range devnet.Implementations {
			if create2.ChecksRegistry(c) != built {
				continue
			}
			must(create2.EnsureLibraries(ctx, g.client, send, c))
			code, err := create2.ImplementationInitCode(c, p.registry)
			must(err)
			p.impls[c] = deploy(devnet.ImplementationSalt(c), code)
		}
	}
	implementations(false)
	tl := timelockcontroller.NewTimelockController()
	p.timelock = deploy(create2.Salt("tessera:timelock"), append(common.FromHex(timelockcontroller.TimelockControllerMetaData.Bin),
		tl.PackConstructor(big.NewInt(60), []common.Address{admin}, []common.Address{admin}, common.Address{})...))
	proxy := func(name, contract string, initCall []byte) common.Address {
		return deploy(create2.Salt("tessera:"+name), create2.ProxyInitCodeFor(contract, p.impls[contract], initCall))
	}
	reg := identityregistry.NewIdentityRegistry()
	p.registry = proxy("identity-registry", "IdentityRegistry", reg.PackInitialize(admin, p.timelock))
	_, err = send(ctx, p.registry, reg.PackGrantRole(gasRole("REGISTRAR_ROLE"), admin))
	must(err)
	implementations(true)
	dist := distributor.NewDistributor()
	d := proxy("distributor", "Distributor", dist.PackInitialize(admin, p.timelock))
	_, err = send(ctx, d, dist.PackGrantRole(gasRole("PUBLISHER_ROLE"), admin))
	must(err)
	return p, gas
}

// gasOfAsset tokenizes one asset on p as issuance does: its valuation feed
// and its token, each an ERC1967Proxy through the factory initialized in
// the same transaction, and returns the gas of both.
func gasOfAsset(g *gasChain, p gasPlatform) uint64 {
	g.b.Helper()
	ctx := context.Background()
	admin := g.admin.From
	var gas uint64
	send := g.metered(&gas)
	deploy := func(role, contract string, initCall []byte) {
		_, _, err := create2.Deploy(ctx, g.client, send, p.factory, admin, create2.Salt("tessera:asset:bench:"+role),
			create2.ProxyInitCodeFor(contract, p.impls[contract], initCall))
		if err != nil {
			g.b.Fatal(err)
		}
	}
	feed := valuationfeed.NewValuationFeed()
	deploy("feed", "ValuationFeed", feed.PackInitialize(8, "BENCH / EUR per unit", big.NewInt(1),
		new(big.Int).Exp(big.NewInt(10), big.NewInt(26), nil), admin, admin, p.timelock))
	tok := assettoken.NewAssetToken()
	deploy("token", "AssetToken", tok.PackInitialize("Bench Asset", "BNCH", 18, p.registry, common.Address{}, new(big.Int), admin, p.timelock))
	return gas
}
