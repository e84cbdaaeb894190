package deploy

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/dealing"
	"github.com/tessera-rwa/tessera/bindings/distributor"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/bindings/timelockcontroller"
	"github.com/tessera-rwa/tessera/chain/create2"
	"github.com/tessera-rwa/tessera/contracts"
)

// Upgradeable are the contracts that run behind ERC-1967 proxies, each with
// its implementation deployed once per release and recorded as
// "impl:<Contract>".
var Upgradeable = []string{"IdentityRegistry", "Distributor", "AssetToken", "ValuationFeed", "DeedToken", "Dealing"}

// Params are the choices of a platform deployment.
type Params struct {
	ChainID *big.Int
	// From deploys, administers the contracts and holds their operating
	// roles (registrar, publisher): the platform's signer.
	From common.Address
	// MinDelay is the timelock's delay between scheduling an upgrade and
	// executing it.
	MinDelay time.Duration
	// Proposers may schedule and cancel upgrades; Executors may execute
	// them once ready (the zero address: anyone).
	Proposers, Executors []common.Address
	// Build gives the artifacts; nil: this binary's (contracts.Embedded).
	Build *contracts.Build
}

// Salt is the factory salt of a record name: the same name, deployer and
// code give the same address on every chain.
func Salt(name string) [32]byte { return create2.Salt("tessera:" + name) }

// ImplName is the record of a contract's current implementation.
func ImplName(contract string) string { return "impl:" + contract }

// Platform is the plan of a platform deployment: the factory, the linked
// libraries, the implementations, the timelock that alone may upgrade, the
// identity registry and distributor proxies, and the roles the signer
// needs to run them.
func Platform(p Params) (Plan, error) {
	if p.ChainID == nil || p.From == (common.Address{}) {
		return Plan{}, errors.New("deploy: ChainID and From are required")
	}
	if len(p.Proposers) == 0 || len(p.Executors) == 0 {
		return Plan{}, errors.New("deploy: the timelock needs at least one proposer and one executor")
	}
	if p.MinDelay < 0 {
		return Plan{}, errors.New("deploy: the timelock delay must not be negative")
	}
	src := p.Build
	if src == nil {
		src = contracts.Embedded
	}
	plan := Plan{ChainID: p.ChainID, From: p.From, Steps: []Step{FactoryStep()}}
	impls := map[string]common.Address{}
	addImpls := func(registry common.Address, built bool) error {
		for _, c := range Upgradeable {
			art, err := src.Load(c)
			if err != nil {
				return err
			}
			if art.TakesRegistry() != built {
				continue
			}
			steps, err := ImplSteps(p.From, c, src, registry)
			if err != nil {
				return err
			}
			for _, s := range steps {
				if !slices.ContainsFunc(plan.Steps, func(o Step) bool { return o.Address == s.Address }) {
					plan.Steps = append(plan.Steps, s)
				}
			}
			impls[c] = steps[len(steps)-1].Address
		}
		return nil
	}
	if err := addImpls(common.Address{}, false); err != nil {
		return Plan{}, err
	}
	lock, err := src.Load("TimelockController")
	if err != nil {
		return Plan{}, err
	}
	tl := timelockcontroller.NewTimelockController()
	lockArgs := tl.PackConstructor(big.NewInt(int64(p.MinDelay/time.Second)), p.Proposers, p.Executors, common.Address{})
	lockStep := CreateStep(p.From, "timelock", "TimelockController", append(bytes.Clone(lock.Creation), lockArgs...))
	lockStep.Args = lockArgs
	lockStep.Says = fmt.Sprintf("upgrade delay %s, %d proposer(s), %d executor(s)", p.MinDelay, len(p.Proposers), len(p.Executors))
	plan.Steps = append(plan.Steps, lockStep)

	reg := identityregistry.NewIdentityRegistry()
	regStep := ProxyStep(p.From, "identity-registry", "IdentityRegistry", impls["IdentityRegistry"], reg.PackInitialize(p.From, lockStep.Address))
	plan.Steps = append(plan.Steps, regStep,
		GrantStep(regStep.Address, "REGISTRAR_ROLE", p.From, reg.PackGrantRole, reg.PackHasRole, reg.UnpackHasRole))
	// The implementations built for the registry (it is an immutable of
	// theirs, read by every transfer) follow it.
	if err := addImpls(regStep.Address, true); err != nil {
		return Plan{}, err
	}
	dist := distributor.NewDistributor()
	distStep := ProxyStep(p.From, "distributor", "Distributor", impls["Distributor"], dist.PackInitialize(p.From, lockStep.Address))
	plan.Steps = append(plan.Steps, distStep,
		GrantStep(distStep.Address, "PUBLISHER_ROLE", p.From, dist.PackGrantRole, dist.PackHasRole, dist.UnpackHasRole))
	return plan, nil
}

// DealingParams are the choices of one asset's dealing contract.
type DealingParams struct {
	// Asset names the asset: the proxy is recorded as "asset:<Asset>:dealing",
	// its salt that of the name, beside the asset's token and feed.
	Asset string
	// Impl is the platform's Dealing implementation (record impl:Dealing).
	Impl common.Address
	// Token is the asset's AssetToken, Payment the stablecoin it deals in,
	// Feed its ValuationFeed.
	Token, Payment, Feed common.Address
	// Admin holds DEFAULT_ADMIN_ROLE (the issuer; it grants CONFIG_ROLE and
	// TREASURY_ROLE), Fulfiller FULFILLER_ROLE (the platform signer), and
	// Upgrader UPGRADER_ROLE (the timelock).
	Admin, Fulfiller, Upgrader common.Address
}

// DealingSteps create asset p.Asset's dealing proxy through the factory,
// from from, and grant it, on the asset's token, MINTER_ROLE (it mints at
// claims and instant subscriptions and burns at redemptions) and
// AGENT_ROLE (it freezes the units a redeem request locks): from must be
// the token's admin. The proxy is the first step.
func DealingSteps(from common.Address, p DealingParams) ([]Step, error) {
	if p.Asset == "" || p.Impl == (common.Address{}) || p.Token == (common.Address{}) || p.Payment == (common.Address{}) ||
		p.Feed == (common.Address{}) || p.Admin == (common.Address{}) || p.Upgrader == (common.Address{}) {
		return nil, errors.New("deploy: a dealing contract needs an asset, the implementation, token, payment, feed, admin and upgrader")
	}
	d := dealing.NewDealing()
	proxy := ProxyStep(from, "asset:"+p.Asset+":dealing", "Dealing", p.Impl,
		d.PackInitialize(p.Token, p.Payment, p.Feed, p.Admin, p.Fulfiller, p.Upgrader))
	tok := assettoken.NewAssetToken()
	return []Step{proxy,
		GrantStep(p.Token, "MINTER_ROLE", proxy.Address, tok.PackGrantRole, tok.PackHasRole, tok.UnpackHasRole),
		GrantStep(p.Token, "AGENT_ROLE", proxy.Address, tok.PackGrantRole, tok.PackHasRole, tok.UnpackHasRole),
	}, nil
}

// FactoryStep creates the TesseraFactory through the deterministic
// deployment proxy with salt 0: one address on every chain.
func FactoryStep() Step {
	return Step{Name: "factory", Contract: "TesseraFactory", Runs: "TesseraFactory", Address: create2.Factory(),
		To: create2.DeterministicDeployer, Data: create2.DeterministicData(create2.FactoryInitCode()), Says: "CREATE2 factory"}
}

// CreateStep creates initCode through the factory under the salt of name.
func CreateStep(from common.Address, name, contract string, initCode []byte) Step {
	salt := Salt(name)
	return Step{Name: name, Contract: contract, Runs: contract, Address: create2.Predict(create2.Factory(), from, salt, initCode),
		To: create2.Factory(), Data: create2.FactoryData(salt, initCode)}
}

// ImplSteps create contract's implementation from src, recorded as
// ImplName(contract), after the libraries it links (each through the
// deterministic deployment proxy, at the address the artifact was linked
// against). The implementation's constructor takes no arguments, except the
// platform's registry for those built for it (TakesRegistry), so
// its address depends only on its code: a release deploys each once. The
// implementation is the last step.
func ImplSteps(from common.Address, contract string, src *contracts.Build, registry common.Address) ([]Step, error) {
	steps, err := LibrarySteps(contract, src)
	if err != nil {
		return nil, err
	}
	art, err := src.Load(contract)
	if err != nil {
		return nil, err
	}
	code, err := create2.ImplementationCode(art, registry)
	if err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	s := CreateStep(from, ImplName(contract), contract, code)
	s.Args, s.Says = code[len(art.Creation):], "implementation"
	return append(steps, s), nil
}

// LibrarySteps create, through the deterministic deployment proxy, the
// libraries src's contract links, at the addresses it was linked against
// (the same on every chain: each address commits to the library's code).
func LibrarySteps(contract string, src *contracts.Build) ([]Step, error) {
	art, err := src.Load(contract)
	if err != nil {
		return nil, err
	}
	var steps []Step
	names := make([]string, 0, len(art.Libraries))
	for name := range art.Libraries {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		libName := name[strings.LastIndexByte(name, ':')+1:]
		lib, err := src.Load(libName)
		if err != nil {
			return nil, fmt.Errorf("deploy: library %s of %s: %w", libName, contract, err)
		}
		addr := create2.Deterministic(lib.Creation)
		if addr != art.Libraries[name] {
			return nil, fmt.Errorf("deploy: %s links library %s at %s, but its code deploys at %s", contract, libName, art.Libraries[name], addr)
		}
		steps = append(steps, Step{Name: "lib:" + libName, Contract: libName, Runs: libName, Address: addr,
			To: create2.DeterministicDeployer, Data: create2.DeterministicData(lib.Creation), Says: "library"})
	}
	return steps, nil
}

// ProxyStep creates an ERC-1967 proxy of impl, initialized in its
// constructor with init.
func ProxyStep(from common.Address, name, contract string, impl common.Address, init []byte) Step {
	s := CreateStep(from, name, contract, create2.ProxyInitCodeFor(contract, impl, init))
	s.Runs, s.Args = contracts.ProxyOf(contract), create2.ProxyArgs(impl, init)
	s.Says = "proxy of " + contract
	return s
}

// GrantStep grants role (by name) to account on target, done when hasRole
// says so.
func GrantStep(target common.Address, role string, account common.Address,
	pack func([32]byte, common.Address) []byte, packHas func([32]byte, common.Address) []byte,
	unpackHas func([]byte) (bool, error)) Step {
	id := crypto.Keccak256Hash([]byte(role))
	return Step{To: target, Data: pack(id, account), Says: fmt.Sprintf("grant %s on %s to %s", role, target.Hex(), account.Hex()),
		Done: func(ctx context.Context, r Caller) (bool, error) {
			out, err := r.CallContract(ctx, callMsg(target, packHas(id, account)), nil)
			if err != nil {
				return false, err
			}
			return unpackHas(out)
		}}
}

// ErrNoDeterministicDeployer is returned when the chain lacks the
// deterministic deployment proxy the factory and libraries come through.
var ErrNoDeterministicDeployer = errors.New("the chain has no deterministic deployment proxy at " + create2.DeterministicDeployer.Hex() +
	": fund its one-time deployer 0x3fab184622dc19b6109349b94811493bf2a45362 with 0.01 ETH and broadcast its published pre-signed transaction (docs/operations.md), then run deploy again")

// EnsureDeterministicDeployer checks that the chain has the deterministic
// deployment proxy.
func EnsureDeterministicDeployer(ctx context.Context, r ChainReader) error {
	code, err := r.CodeAt(ctx, create2.DeterministicDeployer, nil)
	if err != nil {
		return fmt.Errorf("read the deterministic deployment proxy: %w", err)
	}
	if !bytes.Equal(code, create2.DeterministicDeployerCode) {
		return ErrNoDeterministicDeployer
	}
	return nil
}
