package chaintest

import (
	"context"
	"crypto/sha256"
	"math/big"
	"sort"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/create2"
	"github.com/tessera-rwa/tessera/chain/deploy"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/contracts"
)

// DeployAssetToken deploys an identity registry and a 6-decimal AssetToken
// with a's first key as admin, registrar and minter, and registers holders
// as verified investors (one investor each, country 276, a year of KYC).
func DeployAssetToken(tb testing.TB, a *devnet.Anvil, c *ethclient.Client, holders []common.Address) common.Address {
	tb.Helper()
	opts := Transactor(a, a.Keys[0])
	admin := opts.From
	reg := identityregistry.NewIdentityRegistry()
	regAddr := DeployProxy(tb, c, opts, "IdentityRegistry", reg.PackInitialize(admin, admin))
	regInst := reg.Instance(c, regAddr)
	tx, err := bind.Transact(regInst, opts, reg.PackGrantRole(crypto.Keccak256Hash([]byte("REGISTRAR_ROLE")), admin))
	MustMined(tb, c, tx, err)
	expiry := uint64(time.Now().AddDate(1, 0, 0).Unix())
	for start := 0; start < len(holders); start += 50 {
		part := holders[start:min(start+50, len(holders))]
		ids := make([][32]byte, len(part))
		countries := make([]uint16, len(part))
		expiries := make([]uint64, len(part))
		flags := make([]*big.Int, len(part))
		for i, h := range part {
			ids[i] = sha256.Sum256(h.Bytes())
			countries[i], expiries[i], flags[i] = 276, expiry, big.NewInt(1)
		}
		tx, err = bind.Transact(regInst, opts, reg.PackBatchRegisterIdentity(part, ids, countries, expiries, flags))
		MustMined(tb, c, tx, err)
	}
	tok := assettoken.NewAssetToken()
	tokAddr := DeployTokenProxy(tb, c, opts, regAddr,
		tok.PackInitialize("Tessera Treasury Fund", "TTF", 6, regAddr, common.Address{}, new(big.Int), admin, admin))
	tx, err = bind.Transact(tok.Instance(c, tokAddr), opts, tok.PackGrantRole(crypto.Keccak256Hash([]byte("MINTER_ROLE")), admin))
	MustMined(tb, c, tx, err)
	return tokAddr
}

// DeployProxy deploys a fresh implementation of contract (an artifact name)
// and its proxy over it initialized with initCall, from opts, and returns
// the proxy. Tests that pass opts.From as the upgrader may upgrade it
// themselves. An AssetToken is built for its registry: DeployTokenProxy.
func DeployProxy(tb testing.TB, c chain.Backend, opts *bind.TransactOpts, contract string, initCall []byte) common.Address {
	tb.Helper()
	return DeployProxyFor(tb, c, opts, contract, common.Address{}, initCall)
}

// DeployTokenProxy is DeployProxy for an AssetToken whose implementation
// checks registry (initCall must name the same).
func DeployTokenProxy(tb testing.TB, c chain.Backend, opts *bind.TransactOpts, registry common.Address, initCall []byte) common.Address {
	tb.Helper()
	return DeployProxyFor(tb, c, opts, "AssetToken", registry, initCall)
}

// DeployProxyFor is DeployProxy with the identity registry an
// implementation that checks one is built for (zero for the others): its
// libraries through the deterministic deployment proxy (once per chain),
// then a fresh implementation and its proxy by plain CREATE, for tests that
// need a working contract but no predictable address.
func DeployProxyFor(tb testing.TB, c chain.Backend, opts *bind.TransactOpts, contract string, registry common.Address, initCall []byte) common.Address {
	tb.Helper()
	ctx := context.Background()
	libs, err := deploy.LibrarySteps(contract, contracts.Embedded)
	if err != nil {
		tb.Fatal(err)
	}
	if err := deploy.Apply(ctx, c, deploy.DirectSender{Backend: c, Opts: opts}, Records{}, deploy.Plan{ChainID: big.NewInt(0), From: opts.From, Steps: libs}, nil); err != nil {
		tb.Fatalf("deploy the libraries of %s: %v", contract, err)
	}
	code, err := create2.ImplementationInitCode(contract, registry)
	if err != nil {
		tb.Fatal(err)
	}
	impl, tx, err := bind.DeployContract(opts, code, c, nil)
	MustMined(tb, c, tx, err)
	addr, tx, err := bind.DeployContract(opts, create2.ProxyInitCodeFor(contract, impl, initCall), c, nil)
	MustMined(tb, c, tx, err)
	return addr
}

// DeployRecorded deploys creation code (constructor arguments appended) by
// plain CREATE from opts and records it as name running contract.
func DeployRecorded(tb testing.TB, c *ethclient.Client, opts *bind.TransactOpts, store chain.DeploymentStore,
	chainID *big.Int, name, contract string, code []byte) chain.Deployment {
	tb.Helper()
	addr, tx, err := bind.DeployContract(opts, code, c, nil)
	r := MustMined(tb, c, tx, err)
	rec := chain.Deployment{ChainID: chainID, Name: name, Contract: contract, Address: addr,
		TxHash: tx.Hash(), Block: r.BlockNumber.Uint64(), BlockHash: r.BlockHash}
	if err := store.SaveDeployment(context.Background(), rec); err != nil {
		tb.Fatal(err)
	}
	return rec
}

// Records keeps deployment records in memory, for tests that deploy
// without a database (a simulated chain, a contract test).
type Records map[string]chain.Deployment

// Deployment implements chain.DeploymentStore.
func (m Records) Deployment(_ context.Context, chainID *big.Int, name string) (chain.Deployment, error) {
	d, ok := m[chainID.String()+"/"+name]
	if !ok {
		return chain.Deployment{}, chain.ErrNotDeployed
	}
	return d, nil
}

// SaveDeployment implements chain.DeploymentStore.
func (m Records) SaveDeployment(_ context.Context, d chain.Deployment) error {
	m[d.ChainID.String()+"/"+d.Name] = d
	return nil
}

// Deployments implements chain.DeploymentStore.
func (m Records) Deployments(_ context.Context, chainID *big.Int) ([]chain.Deployment, error) {
	var out []chain.Deployment
	for _, d := range m {
		if d.ChainID.Cmp(chainID) == 0 {
			out = append(out, d)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// RenameDeployments renames records as postgres.Deployments does.
func (m Records) RenameDeployments(_ context.Context, chainID *big.Int, renames [][2]string) error {
	for _, r := range renames {
		d, ok := m[chainID.String()+"/"+r[0]]
		if !ok {
			return chain.ErrNotDeployed
		}
		delete(m, chainID.String()+"/"+r[0])
		d.Name = r[1]
		m[chainID.String()+"/"+r[1]] = d
	}
	return nil
}
