package chain_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/devstablecoin"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

func TestMain(m *testing.M) { chaintest.Main(m, pgtest.Shutdown) }

// backend is what the sample-contract exercise needs from a chain.
type backend interface {
	chain.Backend
	BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
}

// exerciseStablecoin deploys the sample contract through its binding, mints,
// transfers, and reads the balances back through the binding.
func exerciseStablecoin(t *testing.T, c backend, opts *bind.TransactOpts) {
	t.Helper()
	coin := devstablecoin.NewDevStablecoin()
	owner := opts.From
	holder := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	addr, tx, err := bind.DeployContract(opts, common.FromHex(devstablecoin.DevStablecoinMetaData.Bin), c,
		coin.PackConstructor("Tessera Dev USD", "tUSD", owner))
	chaintest.MustMined(t, c, tx, err)
	inst := coin.Instance(c, addr)

	tx, err = bind.Transact(inst, opts, coin.PackMint(owner, big.NewInt(5_000_000)))
	chaintest.MustMined(t, c, tx, err)
	tx, err = bind.Transact(inst, opts, coin.PackTransfer(holder, big.NewInt(1_250_000)))
	chaintest.MustMined(t, c, tx, err)

	call := &bind.CallOpts{Context: context.Background()}
	for who, want := range map[common.Address]int64{owner: 3_750_000, holder: 1_250_000} {
		got, err := bind.Call(inst, call, coin.PackBalanceOf(who), coin.UnpackBalanceOf)
		if err != nil {
			t.Fatal(err)
		}
		if got.Cmp(big.NewInt(want)) != 0 {
			t.Errorf("balanceOf(%s) = %s, want %d", who, got, want)
		}
	}
	dec, err := bind.Call(inst, call, coin.PackDecimals(), coin.UnpackDecimals)
	if err != nil || dec != 6 {
		t.Errorf("decimals = %d, %v; want 6", dec, err)
	}
	// A non-owner cannot mint: the call reverts with Ownable's custom error.
	stranger := crypto.PubkeyToAddress(devnet.DevKey(99).PublicKey)
	_, err = inst.CallRaw(&bind.CallOpts{From: stranger, Context: context.Background()}, coin.PackMint(stranger, big.NewInt(1)))
	if err == nil {
		t.Fatal("mint by a non-owner did not revert")
	}
}

func TestSampleContractOnDevChain(t *testing.T) {
	t.Parallel()
	dc, err := devnet.StartDevChain(devnet.DevChainConfig{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = dc.Stop() })
	// Over real JSON-RPC on 127.0.0.1, as wallets and tools connect.
	c := chaintest.Dial(t, dc.HTTPURL())
	id, err := c.ChainID(context.Background())
	if err != nil || id.Int64() != devnet.DevChainID {
		t.Fatalf("chain id = %v, %v; want %d", id, err, devnet.DevChainID)
	}
	exerciseStablecoin(t, c, bind.NewKeyedTransactor(dc.Keys[0], dc.ChainID))
}

func TestSampleContractOnAnvil(t *testing.T) {
	t.Parallel()
	a := chaintest.Anvil(t)
	c := chaintest.Dial(t, a.URL)
	exerciseStablecoin(t, c, chaintest.Transactor(a, a.Keys[1]))
}

// The development suite deploys on a fresh chain with the building's deed
// locked into its fractions, and a second run deploys nothing.
func TestDeploySuite(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	a := chaintest.NewAnvil(t, devnet.AnvilConfig{})
	c := chaintest.Dial(t, a.URL)
	d := &chain.Deployer{Backend: c, Store: &postgres.Deployments{Pool: pgtest.NewDB(t)}, Opts: chaintest.Transactor(a, a.Keys[0]), ChainID: a.ChainID}
	s, err := devnet.DeploySuite(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	tok := assettoken.NewAssetToken()
	locked, err := bind.Call(tok.Instance(c, s.BuildingTok.Address), nil, tok.PackDeedLocked(), tok.UnpackDeedLocked)
	if err != nil || !locked {
		t.Fatalf("building deed locked = %v, %v", locked, err)
	}
	again, err := devnet.DeploySuite(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	for i, rec := range again.All() {
		if first := s.All()[i]; rec.Address != first.Address || rec.Address == (common.Address{}) {
			t.Errorf("%s: %s then %s", rec.Name, first.Address, rec.Address)
		}
	}
}
