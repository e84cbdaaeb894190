package bench

import (
	"context"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/chain/deploy"
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
	timelock, registry common.Address
	impls              map[string]common.Address
}

// meteredSender is a deploy.Sender that sends as g's admin, mines each
// transaction and adds its gas to gas.
type meteredSender struct {
	g   *gasChain
	gas uint64
}

func (m *meteredSender) Send(ctx context.Context, _ string, to common.Address, data []byte) (*types.Receipt, error) {
	tx, err := bind.NewBoundContract(to, abi.ABI{}, m.g.client, m.g.client, m.g.client).RawTransact(m.g.admin, data)
	if err != nil {
		return nil, err
	}
	r := m.g.mined(tx)
	m.gas += r.GasUsed
	return r, nil
}

// gasOfPlatform deploys the platform exactly as `tessera deploy` does
// (deploy.Platform), on a chain that has none of it yet, and returns the
// gas of all of it.
func gasOfPlatform(g *gasChain) (gasPlatform, uint64) {
	g.b.Helper()
	ctx := context.Background()
	admin := g.admin.From
	plan, err := deploy.Platform(deploy.Params{ChainID: big.NewInt(1337), From: admin, MinDelay: time.Minute,
		Proposers: []common.Address{admin}, Executors: []common.Address{admin}})
	if err != nil {
		g.b.Fatal(err)
	}
	send := &meteredSender{g: g}
	if err := deploy.Apply(ctx, g.client, send, chaintest.Records{}, plan, nil); err != nil {
		g.b.Fatal(err)
	}
	p := gasPlatform{impls: map[string]common.Address{}}
	for _, s := range plan.Steps {
		switch {
		case s.Name == "timelock":
			p.timelock = s.Address
		case s.Name == "identity-registry":
			p.registry = s.Address
		case strings.HasPrefix(s.Name, "impl:"):
			p.impls[s.Contract] = s.Address
		}
	}
	return p, send.gas
}

// gasOfAsset tokenizes one asset on p as issuance does: its valuation feed
// and its token, each an ERC1967Proxy through the factory initialized in
// the same transaction, and returns the gas of both.
func gasOfAsset(g *gasChain, p gasPlatform) uint64 {
	g.b.Helper()
	admin := g.admin.From
	feed := valuationfeed.NewValuationFeed()
	tok := assettoken.NewAssetToken()
	plan := deploy.Plan{ChainID: big.NewInt(1337), From: admin, Steps: []deploy.Step{
		deploy.ProxyStep(admin, "asset:bench:feed", "ValuationFeed", p.impls["ValuationFeed"], feed.PackInitialize(8, "BENCH / EUR per unit", big.NewInt(1),
			new(big.Int).Exp(big.NewInt(10), big.NewInt(26), nil), admin, admin, admin, p.timelock)),
		deploy.ProxyStep(admin, "asset:bench:token", "AssetToken", p.impls["AssetToken"],
			tok.PackInitialize("Bench Asset", "BNCH", 18, p.registry, common.Address{}, new(big.Int), admin, p.timelock)),
	}}
	send := &meteredSender{g: g}
	if err := deploy.Apply(context.Background(), g.client, send, chaintest.Records{}, plan, nil); err != nil {
		g.b.Fatal(err)
	}
	return send.gas
}
