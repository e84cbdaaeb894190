package issuance_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/deedtoken"
	"github.com/tessera-rwa/tessera/bindings/devstablecoin"
	"github.com/tessera-rwa/tessera/bindings/distributor"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/chain/txmgr/txmgrtest"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/indexer"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/webtest"
)

// env is the whole platform for one test: its own anvil with the dev suite
// (registry, stablecoin, distributor), three verified investors and one
// unverified wallet, the transaction manager, the indexer, and an API
// server with issuer and approver clients.
type env struct {
	a         *devnet.Anvil
	c         *ethclient.Client
	pool      *pgxpool.Pool
	suite     devnet.Suite
	svc       *issuance.Service
	comp      *compliance.Service // sets tokens' rules
	srv       *webtest.Server
	index     *indexer.Indexer
	txm       *txmgr.Manager
	investors []*ecdsa.PrivateKey
	wallets   []common.Address
	stranger  common.Address // never registered
	// funder is the issuer's own wallet: it holds payment tokens and funds
	// its assets' treasuries on the Distributor.
	funder *ecdsa.PrivateKey

	issuer, approver, both, auditor *client.Client
}

func suiteABIs(t testing.TB) []*abi.ABI {
	var out []*abi.ABI
	for _, md := range []*bind.MetaData{&assettoken.AssetTokenMetaData, &deedtoken.DeedTokenMetaData,
		&identityregistry.IdentityRegistryMetaData, &distributor.DistributorMetaData} {
		a, err := md.ParseABI()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

func newEnv(t *testing.T) *env {
	t.Helper()
	ctx := context.Background()
	e := &env{a: chaintest.NewAnvil(t, devnet.AnvilConfig{})}
	e.c = chaintest.Dial(t, e.a.URL)
	e.pool = pgtest.NewDB(t)
	deployments := &postgres.Deployments{Pool: e.pool}
	opts := chaintest.Transactor(e.a, e.a.Keys[0])
	suite, err := devnet.DeploySuite(ctx, &chain.Deployer{Backend: e.c, Store: deployments, Opts: opts, ChainID: e.a.ChainID})
	if err != nil {
		t.Fatal(err)
	}
	e.suite = suite

	// Investors: keys 1–3 verified in Germany, a year of KYC.
	reg := identityregistry.NewIdentityRegistry()
	regInst := reg.Instance(e.c, suite.Registry.Address)
	expiry := uint64(time.Now().AddDate(1, 0, 0).Unix())
	for i := 1; i <= 3; i++ {
		k := e.a.Keys[i]
		w := crypto.PubkeyToAddress(k.PublicKey)
		e.investors, e.wallets = append(e.investors, k), append(e.wallets, w)
		tx, err := bind.Transact(regInst, opts, reg.PackRegisterIdentity(w, crypto.Keccak256Hash([]byte("investor"), w.Bytes()), 276, expiry, big.NewInt(1)))
		chaintest.MustMined(t, e.c, tx, err)
	}
	e.stranger = crypto.PubkeyToAddress(e.a.Keys[4].PublicKey)
	// The issuer's own wallet holds payment tokens for its treasuries. The
	// platform signer holds some too, as it did when it paid distributions
	// itself: nothing may take them now.
	e.funder = e.a.Keys[8]
	coin := devstablecoin.NewDevStablecoin()
	for _, to := range []common.Address{opts.From, crypto.PubkeyToAddress(e.funder.PublicKey)} {
		tx, err := bind.Transact(coin.Instance(e.c, suite.Stablecoin.Address), opts, coin.PackMint(to, big.NewInt(1_000_000_000_000)))
		chaintest.MustMined(t, e.c, tx, err)
	}

	cfg := txmgrtest.Config(t, e.c, e.pool, e.a.Keys[0], e.a.ChainID, suiteABIs(t)...)
	cfg.Batchers = map[string]txmgr.Batcher{issuance.MintBatchKind: issuance.MintBatcher{}}
	m := txmgrtest.Start(t, cfg)
	e.txm = m

	idx := &postgres.IndexStore{Pool: e.pool}
	e.index, err = indexer.New(indexer.Config{Client: e.c, Store: idx, Deployments: deployments, ChainID: e.a.ChainID,
		PollInterval: 20 * time.Millisecond, FinalityTag: "none", FinalityDepth: 2})
	if err != nil {
		t.Fatal(err)
	}
	if err := e.index.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = e.index.Stop(context.Background()) })

	e.comp, err = compliance.NewService(compliance.Config{Store: &postgres.ComplianceStore{Pool: e.pool}, Chain: e.c, Tx: m,
		TxLookup: &postgres.TxStore{Pool: e.pool}, Registry: suite.Registry.Address, Keys: postgres.NewAPIKeyStore(e.pool),
		Decoder: txmgr.NewDecoder(suiteABIs(t)...)})
	if err != nil {
		t.Fatal(err)
	}
	e.svc, err = issuance.NewService(issuance.Config{
		Store: &postgres.IssuanceStore{Pool: e.pool}, Chain: e.c, Tx: m, TxLookup: &postgres.TxStore{Pool: e.pool},
		Index: idx, Deployments: deployments, ChainID: e.a.ChainID, Registry: suite.Registry.Address,
		Distributor: suite.Distributor.Address, MaxDocumentBytes: 64 << 10, Keys: postgres.NewAPIKeyStore(e.pool),
		Rules: e.comp,
	})
	if err != nil {
		t.Fatal(err)
	}
	e.srv = webtest.Start(t, web.Config{Pool: e.pool, Routes: append(web.IssuanceRoutes(e.svc), web.ComplianceRoutes(e.comp)...)})
	e.issuer = e.srv.NewClient(t, apikey.Issuer)
	e.approver = e.srv.NewClient(t, apikey.Approver)
	e.both = e.srv.NewClient(t, apikey.Issuer, apikey.Approver)
	e.auditor = e.srv.NewClient(t, apikey.Auditor)
	return e
}

// waitIndexed waits until the indexer has read the chain's head.
func (e *env) waitIndexed(t *testing.T) uint64 {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	head, err := e.c.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.index.WaitFor(ctx, head); err != nil {
		t.Fatalf("indexer did not reach block %d: %v", head, err)
	}
	return head
}

// waitRequest polls a request until its transaction is done.
func (e *env) waitRequest(t *testing.T, id string) issuance.Request {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		r, err := e.auditor.MintRequest(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		if txmgr.State(r.ChainState).Done() {
			return r
		}
		if time.Now().After(deadline) {
			t.Fatalf("request %s still %s/%s", id, r.State, r.ChainState)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// fundTreasury has the issuer's own wallet fund token's treasury on the
// Distributor with amount of the dev stablecoin, as an issuer does on chain.
func (e *env) fundTreasury(t *testing.T, token common.Address, amount *big.Int) {
	t.Helper()
	coin, dist := devstablecoin.NewDevStablecoin(), distributor.NewDistributor()
	opts := chaintest.Transactor(e.a, e.funder)
	tx, err := bind.Transact(coin.Instance(e.c, e.suite.Stablecoin.Address), opts, coin.PackApprove(e.suite.Distributor.Address, amount))
	chaintest.MustMined(t, e.c, tx, err)
	tx, err = bind.Transact(dist.Instance(e.c, e.suite.Distributor.Address), opts, dist.PackFund(token, e.suite.Stablecoin.Address, amount))
	chaintest.MustMined(t, e.c, tx, err)
}

// coinBalance is wallet's balance of the dev stablecoin.
func (e *env) coinBalance(t *testing.T, wallet common.Address) *big.Int {
	t.Helper()
	coin := devstablecoin.NewDevStablecoin()
	v, err := bind.Call(coin.Instance(e.c, e.suite.Stablecoin.Address), nil, coin.PackBalanceOf(wallet), coin.UnpackBalanceOf)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func (e *env) balanceOf(t *testing.T, token, wallet common.Address) *big.Int {
	t.Helper()
	tok := assettoken.NewAssetToken()
	v, err := bind.Call(tok.Instance(e.c, token), nil, tok.PackBalanceOf(wallet), tok.UnpackBalanceOf)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func mustCode(t *testing.T, err error, status int, code string) {
	t.Helper()
	var ce *client.Error
	if err == nil {
		t.Fatalf("no error; want %d %s", status, code)
	}
	if !errors.As(err, &ce) || ce.Status != status || ce.Code != code {
		t.Fatalf("error %v; want %d %s", err, status, code)
	}
}

func ptr[T any](v T) *T { return &v }
