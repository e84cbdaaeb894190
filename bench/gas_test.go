package bench

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/assettokenunproxied"
	"github.com/tessera-rwa/tessera/bindings/deedtoken"
	"github.com/tessera-rwa/tessera/bindings/devstablecoin"
	"github.com/tessera-rwa/tessera/bindings/distributor"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/bindings/mockv3aggregator"
	"github.com/tessera-rwa/tessera/bindings/referenceerc20"
	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/chain/create2"
	"github.com/tessera-rwa/tessera/chain/deploy"
	"github.com/tessera-rwa/tessera/contracts"
	"github.com/tessera-rwa/tessera/merkle"
)

const (
	gasCountryFR      uint16 = 250
	gasCountryDE      uint16 = 276
	gasFlagAccredited        = 1
)

// gasChain is the one chain every contract of the benchmark is deployed on.
type gasChain struct {
	b      *testing.B
	sim    *simulated.Backend
	client simulated.Client
	admin  *bind.TransactOpts
}

// osakaRules pins the simulated chain to Osaka, the rules mainnet runs. The
// backend's default also enables forks still in development (Amsterdam's
// EIP-8037 state gas prices a new storage slot near 98,000 gas), which would
// measure a chain nobody uses.
func osakaRules(_ *node.Config, eth *ethconfig.Config) {
	cfg := *eth.Genesis.Config
	cfg.AmsterdamTime, cfg.BogotaTime, cfg.UBTTime = nil, nil, nil
	eth.Genesis.Config = &cfg
}

// newGasChain starts the chain with the admin and n more funded accounts.
func newGasChain(b *testing.B, n int) (*gasChain, []*bind.TransactOpts) {
	b.Helper()
	alloc := types.GenesisAlloc{}
	funds := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	opts := make([]*bind.TransactOpts, n+1)
	for i := range opts {
		// Fixed keys: addresses, hence calldata, hence gas, repeat run to run.
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("tessera gas benchmark key %d", i))))
		if err != nil {
			b.Fatal(err)
		}
		opts[i] = bind.NewKeyedTransactor(key, big.NewInt(1337))
		alloc[opts[i].From] = types.Account{Balance: funds}
	}
	create2.Alloc(alloc)
	sim := simulated.NewBackend(alloc, osakaRules, traceGas)
	b.Cleanup(func() { _ = sim.Close() })
	g := &gasChain{b: b, sim: sim, client: sim.Client(), admin: opts[0]}
	sim.Commit()
	return g, opts[1:]
}

func (g *gasChain) deploy(bin string, input []byte) common.Address {
	g.b.Helper()
	addr, tx, err := bind.DeployContract(g.admin, common.FromHex(bin), g.client, input)
	if err != nil {
		g.b.Fatalf("deploy: %v", err)
	}
	g.mined(tx)
	return addr
}

// proxy deploys a fresh implementation of contract (built for registry if
// it checks one) and its proxy over it initialized with initCall (the
// libraries first, once), and returns the proxy and the gas of both
// deployments.
func (g *gasChain) proxy(contract string, registry common.Address, initCall []byte) (common.Address, uint64) {
	g.b.Helper()
	ctx := context.Background()
	libs, err := deploy.LibrarySteps(contract, contracts.Embedded)
	if err != nil {
		g.b.Fatal(err)
	}
	if err := deploy.Apply(ctx, g.client, &meteredSender{g: g}, chaintest.Records{}, deploy.Plan{ChainID: big.NewInt(1337), From: g.admin.From, Steps: libs}, nil); err != nil {
		g.b.Fatal(err)
	}
	code, err := create2.ImplementationInitCode(contract, registry)
	if err != nil {
		g.b.Fatal(err)
	}
	impl, gas := g.deployGas(code)
	proxy, proxyGas := g.deployGas(create2.ProxyInitCodeFor(contract, impl, initCall))
	return proxy, gas + proxyGas
}

func (g *gasChain) deployGas(code []byte) (common.Address, uint64) {
	g.b.Helper()
	addr, tx, err := bind.DeployContract(g.admin, code, g.client, nil)
	if err != nil {
		g.b.Fatalf("deploy: %v", err)
	}
	return addr, g.mined(tx).GasUsed
}

// send mines one transaction and returns its gas used.
func (g *gasChain) send(opts *bind.TransactOpts, inst *bind.BoundContract, data []byte) uint64 {
	g.b.Helper()
	tx, err := bind.Transact(inst, opts, data)
	if err != nil {
		g.b.Fatalf("transact: %v", err)
	}
	return g.mined(tx).GasUsed
}

func (g *gasChain) mined(tx *types.Transaction) *types.Receipt {
	g.b.Helper()
	g.sim.Commit()
	r, err := g.client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		g.b.Fatal(err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		g.b.Fatalf("transaction %s reverted", tx.Hash())
	}
	return r
}

func (g *gasChain) head() *types.Header {
	g.b.Helper()
	h, err := g.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		g.b.Fatal(err)
	}
	return h
}

func (g *gasChain) now() uint64 { return g.head().Time }

func gasRole(name string) [32]byte { return [32]byte(crypto.Keccak256([]byte(name))) }

func gasID(s string) [32]byte {
	var b [32]byte
	copy(b[:], s)
	return b
}

func gasUnits(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// gasRow is one line of the gas table.
type gasRow struct {
	what      string
	tessera   uint64
	reference uint64 // 0 when there is nothing to compare with
	metric    string
}

// BenchmarkGas measures, on one chain, Tessera's contracts against a plain
// OpenZeppelin ERC-20 and Chainlink's MockV3Aggregator, and prints the table.
// Gas is deterministic: one iteration is enough (-benchtime 1x).
func BenchmarkGas(b *testing.B) {
	g, accounts := newGasChain(b, 4)
	admin := g.admin
	// The platform first, while the chain has none of it (not even the libraries).
	platform, platformGas := gasOfPlatform(g)
	assetGas := gasOfAsset(g, platform)

	// Identity: every holder is a verified, accredited investor in an allowed country.
	reg := identityregistry.NewIdentityRegistry()
	regAddr, _ := g.proxy("IdentityRegistry", common.Address{}, reg.PackInitialize(admin.From, admin.From))
	regInst := reg.Instance(g.client, regAddr)
	g.send(admin, regInst, reg.PackGrantRole(gasRole("REGISTRAR_ROLE"), admin.From))
	expiry := g.now() + 365*24*3600
	register := func(wallets []common.Address, prefix string) {
		n := len(wallets)
		ids := make([][32]byte, n)
		countries := make([]uint16, n)
		expiries := make([]uint64, n)
		flags := make([]*big.Int, n)
		for i := range wallets {
			ids[i] = gasID(fmt.Sprintf("%s-%d", prefix, i))
			countries[i] = gasCountryFR
			if i%2 == 1 {
				countries[i] = gasCountryDE
			}
			expiries[i] = expiry
			flags[i] = big.NewInt(gasFlagAccredited)
		}
		g.send(admin, regInst, reg.PackBatchRegisterIdentity(wallets, ids, countries, expiries, flags))
	}
	alice, bob, carol, dave := accounts[0], accounts[1], accounts[2], accounts[3]
	register([]common.Address{admin.From, alice.From, bob.From, carol.From, dave.From}, "investor")
	batch := make([]common.Address, 110)
	for i := range batch {
		batch[i] = crypto.CreateAddress(common.Address{0xba, 0x7c}, uint64(i))
	}
	register(batch[:55], "batch-a")
	register(batch[55:], "batch-b")

	// Valuation feed and Chainlink's mock, both past their first round.
	feed := valuationfeed.NewValuationFeed()
	feedAddr, _ := g.proxy("ValuationFeed", common.Address{},
		feed.PackInitialize(8, "RIV12 / EUR", big.NewInt(1), new(big.Int).Lsh(big.NewInt(1), 180), admin.From, admin.From, admin.From, admin.From))
	feedInst := feed.Instance(g.client, feedAddr)
	g.send(admin, feedInst, feed.PackTransmit(big.NewInt(1_000_000_00000000), g.now()))
	mock := mockv3aggregator.NewMockV3Aggregator()
	mockAddr := g.deploy(mockv3aggregator.MockV3AggregatorMetaData.Bin, mock.PackConstructor(8, big.NewInt(1_000_000_00000000)))
	mockInst := mock.Instance(g.client, mockAddr)
	g.sim.Commit()
	unguardedGas := g.send(admin, feedInst, feed.PackTransmit(big.NewInt(1_005_000_00000000), g.now()))
	// Every NAV guard on: 10% maximum change, a one-second minimum interval
	// and Chainlink's mock as the reference (5%, one hour).
	g.send(admin, feedInst, feed.PackGrantRole(gasRole("GUARDIAN_ROLE"), admin.From))
	g.send(admin, feedInst, feed.PackSetGuards(1_000, 1))
	g.send(admin, feedInst, feed.PackSetReference(mockAddr, 500, 3600))
	g.sim.Commit()
	feedGas := g.send(admin, feedInst, feed.PackTransmit(big.NewInt(1_010_000_00000000), g.now()))
	mockGas := g.send(admin, mockInst, mock.PackUpdateAnswer(big.NewInt(1_010_000_00000000)))

	// The deed, locked into its fractions.
	deed := deedtoken.NewDeedToken()
	deedAddr, _ := g.proxy("DeedToken", regAddr, deed.PackInitialize("Tessera Deeds", "DEED", regAddr, admin.From, admin.From))
	deedInst := deed.Instance(g.client, deedAddr)
	g.send(admin, deedInst, deed.PackGrantRole(gasRole("MINTER_ROLE"), admin.From))
	deedMintGas := g.send(admin, deedInst, deed.PackMint(admin.From, big.NewInt(1), "ipfs://deed-1"))

	tok := assettoken.NewAssetToken()
	tokAddr, _ := g.proxy("AssetToken", regAddr,
		tok.PackInitialize("Rue de Rivoli 12", "RIV12", 18, regAddr, deedAddr, big.NewInt(1), admin.From, admin.From))
	tokInst := tok.Instance(g.client, tokAddr)
	for _, r := range []string{"MINTER_ROLE", "COMPLIANCE_ADMIN_ROLE"} {
		g.send(admin, tokInst, tok.PackGrantRole(gasRole(r), admin.From))
	}
	g.send(admin, deedInst, deed.PackBindFractions(big.NewInt(1), tokAddr))
	g.send(admin, deedInst, deed.PackLockDeed(big.NewInt(1)))

	// Every rule on.
	g.send(admin, tokInst, tok.PackSetCountryRestriction(true))
	g.send(admin, tokInst, tok.PackSetCountriesAllowed([]uint16{gasCountryFR, gasCountryDE}, true))
	g.send(admin, tokInst, tok.PackSetRequiredFlags(gasFlagAccredited))
	g.send(admin, tokInst, tok.PackSetMaxInvestors(10_000))
	g.send(admin, tokInst, tok.PackSetMaxBalance(gasUnits(1_000_000)))
	g.send(admin, tokInst, tok.PackSetValuationGuard(feedAddr, 7*24*3600))

	// The same logic without a proxy (the test harness initializes in its
	// constructor), with the same rules but no deed, to price the proxy hop.
	raw := assettokenunproxied.NewAssetTokenUnproxied()
	rawAddr := g.deploy(assettokenunproxied.AssetTokenUnproxiedMetaData.Bin,
		raw.PackConstructor("Rue de Rivoli 12", "RIV12", 18, regAddr, common.Address{}, big.NewInt(0), admin.From, admin.From))
	rawInst := raw.Instance(g.client, rawAddr)
	for _, r := range []string{"MINTER_ROLE", "COMPLIANCE_ADMIN_ROLE"} {
		g.send(admin, rawInst, tok.PackGrantRole(gasRole(r), admin.From))
	}
	g.send(admin, rawInst, tok.PackSetCountryRestriction(true))
	g.send(admin, rawInst, tok.PackSetCountriesAllowed([]uint16{gasCountryFR, gasCountryDE}, true))
	g.send(admin, rawInst, tok.PackSetRequiredFlags(gasFlagAccredited))
	g.send(admin, rawInst, tok.PackSetMaxInvestors(10_000))
	g.send(admin, rawInst, tok.PackSetMaxBalance(gasUnits(1_000_000)))
	g.send(admin, rawInst, tok.PackSetValuationGuard(feedAddr, 7*24*3600))

	ref := referenceerc20.NewReferenceERC20()
	refAddr := g.deploy(referenceerc20.ReferenceERC20MetaData.Bin, nil)
	refInst := ref.Instance(g.client, refAddr)

	// Holdings: alice and bob hold both tokens; alice's tokens came from a
	// lock-up that has ended (configured, not blocking); carol holds tokens
	// of which part are still locked.
	mintGas := g.send(admin, tokInst, tok.PackMint(bob.From, gasUnits(1_000), gasID("mint-bob")))
	g.send(admin, tokInst, tok.PackMintLocked(alice.From, gasUnits(1_000), gasID("mint-alice"), g.now()+60))
	g.send(admin, tokInst, tok.PackMint(carol.From, gasUnits(500), gasID("mint-carol-free")))
	g.send(admin, tokInst, tok.PackMintLocked(carol.From, gasUnits(500), gasID("mint-carol-locked"), g.now()+365*24*3600))
	if err := g.sim.AdjustTime(2 * time.Minute); err != nil {
		b.Fatal(err)
	}
	g.sim.Commit()
	for _, to := range []common.Address{alice.From, bob.From} {
		g.send(admin, refInst, ref.PackMint(to, gasUnits(1_000)))
		g.send(admin, rawInst, tok.PackMint(to, gasUnits(1_000), gasID("raw-"+to.Hex())))
	}

	var rows []gasRow
	var plain [2]uint64        // the plain ERC-20's transfer to an existing and to a new holder
	var plainSplit [2]gasSplit // where their gas went
	newGas := g.send(alice, tokInst, tok.PackTransfer(dave.From, gasUnits(10)))
	plain[1], plainSplit[1] = g.sendSplit(alice, refInst, ref.PackTransfer(dave.From, gasUnits(10)), regAddr)
	rows = append(rows, gasRow{"ERC-20 transfer to a new holder", newGas, plain[1], "transfer-new"})
	existingGas := g.send(alice, tokInst, tok.PackTransfer(bob.From, gasUnits(10)))
	plain[0], plainSplit[0] = g.sendSplit(alice, refInst, ref.PackTransfer(bob.From, gasUnits(10)), regAddr)
	rows = append(rows, gasRow{"ERC-20 transfer to an existing holder", existingGas, plain[0], "transfer-existing"})
	rows = append(rows, gasRow{"same token unproxied (test harness): transfer to a new holder",
		g.send(alice, rawInst, tok.PackTransfer(dave.From, gasUnits(10))),
		g.send(bob, refInst, ref.PackTransfer(carol.From, gasUnits(10))), "transfer-new-unproxied"})
	rows = append(rows, gasRow{"same token unproxied (test harness): transfer to an existing holder",
		g.send(alice, rawInst, tok.PackTransfer(bob.From, gasUnits(10))),
		g.send(alice, refInst, ref.PackTransfer(bob.From, gasUnits(10))), "transfer-existing-unproxied"})
	rows = append(rows, gasRow{"ERC-20 transfer to an existing holder, sender under a running lock-up",
		g.send(carol, tokInst, tok.PackTransfer(bob.From, gasUnits(10))),
		g.send(bob, refInst, ref.PackTransfer(alice.From, gasUnits(10))), "transfer-locked"})
	rows = append(rows, gasRow{"mint (new holder, request id, every rule)", mintGas, 0, "mint"})
	for _, n := range []int{10, 100} {
		to := batch[:n]
		if n == 10 {
			to = batch[100:110]
		}
		amounts := make([]*big.Int, n)
		ids := make([][32]byte, n)
		for i := range to {
			amounts[i] = gasUnits(1)
			ids[i] = gasID(fmt.Sprintf("batch-%d-%d", n, i))
		}
		gas := g.send(admin, tokInst, tok.PackBatchMint(to, amounts, ids))
		rows = append(rows, gasRow{fmt.Sprintf("batch mint of %d, per recipient", n), gas / uint64(n), 0, fmt.Sprintf("batchmint%d-per", n)})
	}
	rows = append(rows, gasOfReserveGuard(g, tok, tokInst, bob.From))
	rows = append(rows, gasRow{"ERC-721 deed mint", deedMintGas, 0, "deed-mint"})
	rows = append(rows, gasRow{"feed transmit, every NAV guard on (change, interval, reference feed) vs MockV3Aggregator.updateAnswer (steady state)", feedGas, mockGas, "feed-update"})
	rows = append(rows, gasRow{"feed transmit, NAV guards off, vs MockV3Aggregator.updateAnswer (steady state)", unguardedGas, mockGas, "feed-update-unguarded"})
	fundGas, publishGas, claimGas := gasOfDistribution(g, tokAddr, batch[:8], gasUnits(1))
	rows = append(rows, gasRow{"Distributor fund (the asset's treasury, from the issuer's wallet)", fundGas, 0, "fund"})
	rows = append(rows, gasRow{"Distributor publish (8 payees, out of the treasury)", publishGas, 0, "publish"})
	rows = append(rows, gasRow{"Distributor claim", claimGas, 0, "claim"})
	rows = append(rows, gasOfDealing(g, regAddr, alice, bob, carol)...)
	// Registered wallets no token of the rules' has seen.
	rows = append(rows, gasOfRules(g, regAddr, feedAddr, alice, bob, batch[40:60], plain, plainSplit)...)

	rows = append(rows, gasRow{"deploy the platform: factory, libraries, 6 implementations, timelock, registry and distributor proxies, role grants (reference: registry + distributor before proxies)",
		platformGas, gasBeforeProxiesPlatform, "deploy-platform"})
	rows = append(rows, gasRow{"tokenize one asset: token and feed proxies through the factory, initialized (reference: token + feed before proxies)",
		assetGas, gasBeforeProxiesAsset, "tokenize-one-asset"})

	fmt.Print(gasTable(rows))
	for _, r := range rows {
		b.ReportMetric(float64(r.tessera), "gas/"+r.metric)
		if r.reference != 0 {
			b.ReportMetric(float64(r.tessera)/float64(r.reference), "ratio/"+r.metric)
		}
	}
}

// gasOfReserveGuard prices the proof-of-reserve guard: a mint to an
// existing holder with every rule on, then the same mint once the guard
// reads a reserve feed of its own (a cold address, as a Chainlink Proof of
// Reserve feed would be) with a basis-point margin, its most expensive
// form. The reference is the mint without the guard.
func gasOfReserveGuard(g *gasChain, tok *assettoken.AssetToken, tokInst *bind.BoundContract, holder common.Address) gasRow {
	g.b.Helper()
	admin := g.admin
	feed := valuationfeed.NewValuationFeed()
	feedAddr, _ := g.proxy("ValuationFeed", common.Address{},
		feed.PackInitialize(8, "RIV12 reserve", big.NewInt(1), new(big.Int).Lsh(big.NewInt(1), 180), admin.From, admin.From, admin.From, admin.From))
	g.send(admin, feed.Instance(g.client, feedAddr), feed.PackTransmit(big.NewInt(1_000_000_000_00000000), g.now()))
	g.sim.Commit()
	unguarded := g.send(admin, tokInst, tok.PackMint(holder, gasUnits(1), gasID("reserve-unguarded")))
	g.send(admin, tokInst, tok.PackSetReserveGuard(feedAddr, 7*24*3600, 1, big.NewInt(100)))
	guarded := g.send(admin, tokInst, tok.PackMint(holder, gasUnits(1), gasID("reserve-guarded")))
	return gasRow{"mint to an existing holder, every rule, proof-of-reserve guard on (1% margin) vs the same mint without it", guarded, unguarded, "mint-reserve-guard"}
}

// gasOfDistribution funds asset's treasury, publishes a distribution to
// eight verified holders out of it and measures the funding, the
// publication and one claim, which checks the payee against the token and
// its identity registry (the payment token's receiver already holds some).
func gasOfDistribution(g *gasChain, asset common.Address, payees []common.Address, amount *big.Int) (fund, publish, claim uint64) {
	g.b.Helper()
	admin := g.admin
	coin := devstablecoin.NewDevStablecoin()
	coinAddr := g.deploy(devstablecoin.DevStablecoinMetaData.Bin, coin.PackConstructor("Tessera Dev USD", "tUSD", admin.From))
	coinInst := coin.Instance(g.client, coinAddr)
	dist := distributor.NewDistributor()
	distAddr, _ := g.proxy("Distributor", common.Address{}, dist.PackInitialize(admin.From, admin.From))
	distInst := dist.Instance(g.client, distAddr)
	g.send(admin, distInst, dist.PackGrantRole(gasRole("PUBLISHER_ROLE"), admin.From))

	leaves := make([]merkle.Leaf, len(payees))
	total := new(big.Int)
	for i, w := range payees {
		leaves[i] = merkle.Leaf{Account: w, Amount: amount}
		total.Add(total, amount)
	}
	tree, err := merkle.New(leaves)
	if err != nil {
		g.b.Fatal(err)
	}
	g.send(admin, coinInst, coin.PackMint(admin.From, new(big.Int).Mul(total, big.NewInt(2))))
	g.send(admin, coinInst, coin.PackTransfer(leaves[0].Account, big.NewInt(1)))
	g.send(admin, coinInst, coin.PackApprove(distAddr, total))
	fund = g.send(admin, distInst, dist.PackFund(asset, coinAddr, total))
	publish = g.send(admin, distInst, dist.PackPublish(asset, coinAddr, total, tree.Root(), g.head().Number.Uint64(), g.now()+3600))
	proof, err := tree.Proof(0)
	if err != nil {
		g.b.Fatal(err)
	}
	return fund, publish, g.send(admin, distInst, dist.PackClaim(big.NewInt(1), leaves[0].Account, amount, gasProof(proof)))
}

func gasProof(p []common.Hash) [][32]byte {
	out := make([][32]byte, len(p))
	for i, h := range p {
		out[i] = h
	}
	return out
}

// gasTable renders the rows as markdown.
func gasTable(rows []gasRow) string {
	var sb strings.Builder
	sb.WriteString("| operation | Tessera gas | reference gas | ratio |\n|---|---:|---:|---:|\n")
	for _, r := range rows {
		ref, ratio := "—", "—"
		if r.reference != 0 {
			ref = fmt.Sprintf("%d", r.reference)
			ratio = fmt.Sprintf("%.2f×", float64(r.tessera)/float64(r.reference))
		}
		fmt.Fprintf(&sb, "| %s | %d | %s | %s |\n", r.what, r.tessera, ref, ratio)
	}
	return sb.String()
}
