// Package apptest starts the real platform (internal/app) in-process for
// integration tests and benchmarks: an anvil of the test's own (or the
// package's shared one) with the demo suite deployed, a fresh database on
// the package's PostgreSQL cluster, the transaction manager, indexer and
// relay running, the API and web UI on a free port. A test package that
// uses it calls chaintest.Main (with pgtest.Shutdown) from its TestMain.
package apptest

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/devstablecoin"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/chain/txmgr/txmgrtest"
	"github.com/tessera-rwa/tessera/internal/app"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
	"github.com/tessera-rwa/tessera/web/webtest"
)

// Options adjust the platform a test starts.
type Options struct {
	// Anvil configures the test's own anvil.
	Anvil devnet.AnvilConfig
	// Shared runs the platform on the package's shared anvil
	// (chaintest.Anvil) instead: one anvil process for the package, not
	// one per test. Each test still gets its own suite, and every account
	// of its fixture (signer, investors, funder, Admin) is a fresh key
	// funded with ether, so no two tests share a nonce. Such a test must
	// not move the chain's clock or depend on block numbers. Anvil is then
	// ignored.
	Shared bool
	// Configure adjusts the configuration before the platform starts.
	Configure func(*app.Config)
}

// Env is a running platform and the fixture it was started with.
type Env struct {
	*app.App
	Anvil *devnet.Anvil
	Suite devnet.Suite
	// Server is the API as webtest serves it: keys and signed clients.
	Server *webtest.Server
	// Investors are anvil accounts 1–3 (fresh keys on the shared anvil),
	// registered in the identity registry as investors in Germany for a
	// year; Wallets their addresses.
	Investors []*ecdsa.PrivateKey
	Wallets   []common.Address
	// Funder is the issuer's own wallet (anvil account 8, or a fresh
	// key): it holds dev stablecoins to fund its assets' treasuries. The
	// platform signer holds some too, which no distribution may take.
	Funder *ecdsa.PrivateKey
	// Signer is the platform's key (anvil account 0, or a fresh key): it
	// deployed the suite and holds every role in it.
	Signer *ecdsa.PrivateKey
	// Admin is a funded key of the test's own that holds no role in the
	// suite, for the test's direct transactions (contracts of its own,
	// changes the platform did not make): they never take one of the
	// signer's nonces from the transaction manager.
	Admin *ecdsa.PrivateKey
	// Config is the configuration the platform was started with, as given
	// (app.New fills the defaults).
	Config app.Config
}

// Start starts the platform for tb, stopped when tb ends.
func Start(tb testing.TB, opts Options) *Env {
	tb.Helper()
	ctx := context.Background()
	e := &Env{}
	if opts.Shared {
		e.Anvil = chaintest.Anvil(tb)
	} else {
		e.Anvil = chaintest.NewAnvil(tb, opts.Anvil)
	}
	c := chaintest.Dial(tb, e.Anvil.URL)
	if opts.Shared {
		e.Signer, e.Funder = fundedKey(tb, c), fundedKey(tb, c)
		for range 3 {
			e.Investors = append(e.Investors, fundedKey(tb, c))
		}
	} else {
		e.Signer, e.Funder, e.Investors = e.Anvil.Keys[0], e.Anvil.Keys[8], slices.Clone(e.Anvil.Keys[1:4])
	}
	e.Admin = fundedKey(tb, c)
	// The web UI's public origin is the server's own address, so the
	// listener is bound before the app is built (and the suite deployed):
	// a port only chosen here could be taken by another process meanwhile.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = ln.Close() }) // in case the app never serves it
	addr := ln.Addr().String()
	cfg := app.Config{
		Logger:    slog.New(slog.NewTextHandler(txmgrtest.Writer{T: tb}, &slog.HandlerOptions{Level: slog.LevelWarn})),
		Database:  app.Database{URL: pgtest.NewURL(tb), Migrate: true, LeaderRetry: 50 * time.Millisecond},
		Chain:     app.Chain{RPCURL: e.Anvil.URL},
		Signer:    txmgr.NewKeySigner(e.Signer),
		MasterKey: webtest.MasterKey,
		Workers:   app.Workers{TxMgr: true, Indexer: true, Relay: true},
		TxMgr:     app.TxMgr{PollInterval: 20 * time.Millisecond},
		Indexer:   app.Indexer{PollInterval: 20 * time.Millisecond, FinalityTag: "none", FinalityDepth: 2},
		Issuance:  app.Issuance{MaxDocumentBytes: 64 << 10},
		HTTP:      app.HTTP{Addr: addr, Listener: ln, OpsAddr: "127.0.0.1:0", PublicURL: "http://" + addr},
	}
	if opts.Configure != nil {
		opts.Configure(&cfg)
	}
	a, err := app.New(cfg)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := a.Stop(ctx); err != nil {
			tb.Errorf("apptest: stop: %v", err)
		}
	})
	if err := a.Start(ctx, e.deploy); err != nil {
		tb.Fatalf("apptest: start: %v", err)
	}
	e.App, e.Config = a, cfg
	e.Server = &webtest.Server{Server: a.HTTP, Pool: a.Pool}
	return e
}

// deploy deploys the demo suite, registers the investors and funds the
// issuer's wallet, before the platform's services start.
func (e *Env) deploy(ctx context.Context, a *app.App) error {
	opts := chaintest.Transactor(e.Anvil, e.Signer)
	suite, err := devnet.DeploySuite(ctx, &chain.Deployer{Backend: a.Client, Store: a.Deployments(), Opts: opts, ChainID: e.Anvil.ChainID})
	if err != nil {
		return err
	}
	e.Suite = suite
	reg := identityregistry.NewIdentityRegistry()
	regInst := reg.Instance(a.Client, suite.Registry.Address)
	expiry := uint64(time.Now().AddDate(1, 0, 0).Unix())
	send := func(c *bind.BoundContract, data []byte) error {
		tx, err := bind.Transact(c, opts, data)
		if err != nil {
			return err
		}
		r, err := chain.WaitMined(ctx, a.Client, tx.Hash(), 5*time.Millisecond)
		if err == nil && r.Status != types.ReceiptStatusSuccessful {
			err = fmt.Errorf("fixture transaction %s reverted", tx.Hash())
		}
		return err
	}
	for _, k := range e.Investors {
		w := crypto.PubkeyToAddress(k.PublicKey)
		e.Wallets = append(e.Wallets, w)
		if err := send(regInst, reg.PackRegisterIdentity(w, crypto.Keccak256Hash([]byte("investor"), w.Bytes()), 276, expiry, big.NewInt(1))); err != nil {
			return err
		}
	}
	coin := devstablecoin.NewDevStablecoin()
	for _, to := range []common.Address{opts.From, crypto.PubkeyToAddress(e.Funder.PublicKey)} {
		if err := send(coin.Instance(a.Client, suite.Stablecoin.Address), coin.PackMint(to, big.NewInt(1_000_000_000_000))); err != nil {
			return err
		}
	}
	return nil
}

// fundedKey is a fresh key given 100 ether on c's anvil.
func fundedKey(tb testing.TB, c *ethclient.Client) *ecdsa.PrivateKey {
	tb.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		tb.Fatal(err)
	}
	wei := new(big.Int).Exp(big.NewInt(10), big.NewInt(20), nil)
	if err := c.Client().Call(nil, "anvil_setBalance", crypto.PubkeyToAddress(k.PublicKey), hexutil.EncodeBig(wei)); err != nil {
		tb.Fatalf("apptest: fund a key: %v", err)
	}
	return k
}

// WaitIndexed waits until the indexer has read the chain's head and
// returns it.
func (e *Env) WaitIndexed(tb testing.TB) uint64 {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	head, err := e.Client.BlockNumber(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	if err := e.Indexer.WaitFor(ctx, head); err != nil {
		tb.Fatalf("indexer did not reach block %d: %v", head, err)
	}
	return head
}

// SendAs sends data to `to` from key's wallet (not through the platform's
// transaction manager, as an investor or issuer does from its own wallet)
// and fails the test unless it succeeds.
func (e *Env) SendAs(tb testing.TB, key *ecdsa.PrivateKey, to common.Address, data []byte) *types.Receipt {
	tb.Helper()
	tx, err := bind.NewBoundContract(to, abi.ABI{}, e.Client, e.Client, e.Client).RawTransact(chaintest.Transactor(e.Anvil, key), data)
	return chaintest.MustMined(tb, e.Client, tx, err)
}

// FundTreasury has the issuer's own wallet (Funder) fund token's treasury
// on the Distributor with amount of the dev stablecoin, with the calls the
// issuance service builds.
func (e *Env) FundTreasury(tb testing.TB, token common.Address, amount *big.Int) {
	tb.Helper()
	calls, err := e.Issuance.FundTreasuryCalls(token, e.Suite.Stablecoin.Address, amount)
	if err != nil {
		tb.Fatal(err)
	}
	for _, c := range calls {
		e.SendAs(tb, e.Funder, c.To, c.Data)
	}
}

// BalanceOf is wallet's balance of the ERC-20 token, read on chain.
func (e *Env) BalanceOf(tb testing.TB, token, wallet common.Address) *big.Int {
	tb.Helper()
	tok := assettoken.NewAssetToken()
	v, err := bind.Call(tok.Instance(e.Client, token), nil, tok.PackBalanceOf(wallet), tok.UnpackBalanceOf)
	if err != nil {
		tb.Fatal(err)
	}
	return v
}

// WaitRequest waits until a mint or burn request's transaction is done.
func (e *Env) WaitRequest(tb testing.TB, id string) issuance.Request {
	tb.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		r, err := e.Issuance.Request(context.Background(), id)
		if err != nil {
			tb.Fatal(err)
		}
		if txmgr.State(r.ChainState).Done() {
			return r
		}
		if time.Now().After(deadline) {
			tb.Fatalf("request %s still %s/%s", id, r.State, r.ChainState)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
