package ui_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"net"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/audit"
	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/deedtoken"
	"github.com/tessera-rwa/tessera/bindings/devstablecoin"
	"github.com/tessera-rwa/tessera/bindings/distributor"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/chain/txmgr/txmgrtest"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/indexer"
	"github.com/tessera-rwa/tessera/internal/localport"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
	"github.com/tessera-rwa/tessera/stream"
	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/ui"
	"github.com/tessera-rwa/tessera/web/webtest"
)

func TestMain(m *testing.M) { chaintest.Main(m, pgtest.Shutdown, stopBrowser) }

// env is the platform behind one UI: its own anvil with the dev suite,
// three verified investors, the transaction manager, the indexer, the
// issuance service and a server with the API and the UI.
type env struct {
	a         *devnet.Anvil
	c         *ethclient.Client
	pool      *pgxpool.Pool
	suite     devnet.Suite
	svc       *issuance.Service
	srv       *webtest.Server
	index     *indexer.Indexer
	txm       *txmgr.Manager
	comp      *compliance.Service
	ui        *ui.UI
	uiConfig  ui.Config // e.ui's, for another UI on the same platform
	investors []*ecdsa.PrivateKey
	wallets   []common.Address
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
	// The issuer's own wallet (account 8) holds the payment tokens that fund
	// its assets' treasuries; the platform signer holds some too, which no
	// distribution may take.
	coin := devstablecoin.NewDevStablecoin()
	for _, to := range []common.Address{opts.From, crypto.PubkeyToAddress(e.a.Keys[8].PublicKey)} {
		tx, err := bind.Transact(coin.Instance(e.c, suite.Stablecoin.Address), opts, coin.PackMint(to, big.NewInt(1_000_000_000_000)))
		chaintest.MustMined(t, e.c, tx, err)
	}

	cfg := txmgrtest.Config(t, e.c, e.pool, e.a.Keys[0], e.a.ChainID, suiteABIs(t)...)
	cfg.Batchers = map[string]txmgr.Batcher{issuance.MintBatchKind: issuance.MintBatcher{}}
	e.txm = txmgrtest.Start(t, cfg)

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

	e.comp, err = compliance.NewService(compliance.Config{Store: &postgres.ComplianceStore{Pool: e.pool}, Chain: e.c, Tx: e.txm,
		TxLookup: &postgres.TxStore{Pool: e.pool}, Registry: suite.Registry.Address, Decoder: txmgr.NewDecoder(suiteABIs(t)...),
		Keys: postgres.NewAPIKeyStore(e.pool)})
	if err != nil {
		t.Fatal(err)
	}
	e.svc, err = issuance.NewService(issuance.Config{
		Store: &postgres.IssuanceStore{Pool: e.pool}, Chain: e.c, Tx: e.txm, TxLookup: &postgres.TxStore{Pool: e.pool},
		Index: idx, Deployments: deployments, ChainID: e.a.ChainID, Registry: suite.Registry.Address,
		Distributor: suite.Distributor.Address, MaxDocumentBytes: 64 << 10, Keys: postgres.NewAPIKeyStore(e.pool), Rules: e.comp,
	})
	if err != nil {
		t.Fatal(err)
	}
	keys, err := apikey.NewService(apikey.ServiceConfig{Store: postgres.NewAPIKeyStore(e.pool), MasterKey: webtest.MasterKey})
	if err != nil {
		t.Fatal(err)
	}
	hub, err := stream.New(stream.Config{Store: &postgres.StreamStore{Pool: e.pool}, Resolve: keys.Resolve})
	if err != nil {
		t.Fatal(err)
	}
	audit := auditConfig(e.c, e.pool, e.a.ChainID, idx)
	// The UI's public origin is the server's own address, so the port is
	// chosen before the server starts.
	port, err := localport.Free()
	if err != nil {
		t.Fatal(err)
	}
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	e.uiConfig = ui.Config{Issuance: e.svc, Rounds: idx, Keys: keys, Sessions: &postgres.UISessionStore{Pool: e.pool}, Chain: e.c,
		Compliance: func() *compliance.Service { return e.comp }, Audit: audit, Stream: hub, PublicOrigin: "http://" + addr}
	e.ui, err = ui.New(e.uiConfig)
	if err != nil {
		t.Fatal(err)
	}
	// The API beside the UI, as tessera dev and serve mount it.
	routes := append(web.IssuanceRoutes(e.svc), web.ComplianceRoutes(e.comp)...)
	routes = append(routes, web.AuditRoutes(*audit)...)
	e.srv = webtest.Start(t, web.Config{Pool: e.pool, Addr: addr, Routes: routes, Public: e.ui.Routes(), Stream: hub})
	return e
}

// auditConfig is the audit the auditor view runs, as tessera dev builds it.
func auditConfig(c *ethclient.Client, pool *pgxpool.Pool, chainID *big.Int, index *postgres.IndexStore) *web.AuditConfig {
	records := &postgres.AuditRecords{Pool: pool}
	return &web.AuditConfig{
		Verifier: &audit.Verifier{Chain: c, Records: records, Index: index, Oracle: records, Mints: records, Documents: records,
			Interventions: records, ComplianceLog: records, Checkpoints: &postgres.AuditCheckpoints{Pool: pool}},
		Exports: &audit.Exports{Records: records, Exporter: records, Index: index}, ChainID: chainID,
	}
}

func suiteABIs(t testing.TB) []*abi.ABI {
	var out []*abi.ABI
	for _, md := range []*bind.MetaData{&assettoken.AssetTokenMetaData, &deedtoken.DeedTokenMetaData,
		&identityregistry.IdentityRegistryMetaData, &distributor.DistributorMetaData, &valuationfeed.ValuationFeedMetaData} {
		a, err := md.ParseABI()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// send submits a transaction from the issuer's key through the
// transaction manager and waits for it.
func (e *env) send(t *testing.T, key string, to common.Address, data []byte) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := e.txm.Submit(ctx, txmgr.Request{IdempotencyKey: key, To: &to, Data: data}); err != nil {
		t.Fatal(err)
	}
	r, err := e.txm.Wait(ctx, key)
	if err != nil || r.State == txmgr.Failed {
		t.Fatalf("%s: %v %s", key, err, r.Error)
	}
}

// waitIndexed waits until the indexer has read the chain's head.
func (e *env) waitIndexed(t *testing.T) {
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
}

// waitRequest waits until a request's transaction is done.
func (e *env) waitRequest(t *testing.T, id string) issuance.Request {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		r, err := e.svc.Request(context.Background(), id)
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

func (e *env) balanceOf(t *testing.T, token, wallet common.Address) *big.Int {
	t.Helper()
	tok := assettoken.NewAssetToken()
	v, err := bind.Call(tok.Instance(e.c, token), nil, tok.PackBalanceOf(wallet), tok.UnpackBalanceOf)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// seedHolding creates, verifies, tokenizes and activates an asset, mints
// amounts to the investors with approval, and pushes valuation rounds.
func (e *env) seedHolding(t *testing.T, symbol string, amounts []string, answers []int64) issuance.Asset {
	t.Helper()
	ctx := context.Background()
	a, err := e.svc.CreateAsset(ctx, seedIssuer, issuance.NewAsset{Kind: issuance.TreasuryFund, Name: symbol + " Fund", Symbol: symbol,
		Jurisdiction: "US", Currency: "USD", TotalUnits: "1000000", Decimals: 6})
	if err != nil {
		t.Fatal(err)
	}
	for _, step := range []struct {
		who auth.Principal
		to  issuance.State
	}{{seedIssuer, issuance.Submitted}, {seedApprover, issuance.Verified}} {
		if _, err := e.svc.Transition(ctx, step.who, a.ID, step.to, ""); err != nil {
			t.Fatal(err)
		}
	}
	if a, err = e.svc.Tokenize(ctx, seedIssuer, a.ID, issuance.TokenizeRequest{}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.svc.Transition(ctx, seedIssuer, a.ID, issuance.Active, ""); err != nil {
		t.Fatal(err)
	}
	for i, amt := range amounts {
		r, err := e.svc.RequestMint(ctx, seedIssuer, a.ID, issuance.MintKind, issuance.NewRequest{Wallet: e.wallets[i].Hex(), Amount: amt})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := e.svc.Approve(ctx, seedApprover, r.ID, ""); err != nil {
			t.Fatal(err)
		}
		if r = e.waitRequest(t, r.ID); r.ChainState != string(txmgr.Confirmed) && r.ChainState != string(txmgr.Finalized) {
			t.Fatalf("mint %s: %s", r.ID, r.ChainState)
		}
	}
	feed := valuationfeed.NewValuationFeed()
	now := time.Now().Unix()
	for i, ans := range answers {
		observed := uint64(now - int64(len(answers)-i)*60)
		e.send(t, "seed-round:"+a.ID+":"+string(rune('a'+i)), *a.Feed, feed.PackTransmit(big.NewInt(ans), observed))
	}
	e.waitIndexed(t)
	return a
}

// fundTreasury has the issuer's own wallet fund token's treasury on the
// Distributor with amount of the dev stablecoin.
func (e *env) fundTreasury(t *testing.T, token common.Address, amount *big.Int) {
	t.Helper()
	coin, dist := devstablecoin.NewDevStablecoin(), distributor.NewDistributor()
	opts := chaintest.Transactor(e.a, e.a.Keys[8])
	tx, err := bind.Transact(coin.Instance(e.c, e.suite.Stablecoin.Address), opts, coin.PackApprove(e.suite.Distributor.Address, amount))
	chaintest.MustMined(t, e.c, tx, err)
	tx, err = bind.Transact(dist.Instance(e.c, e.suite.Distributor.Address), opts, dist.PackFund(token, e.suite.Stablecoin.Address, amount))
	chaintest.MustMined(t, e.c, tx, err)
}

// The seed acts as two people of its own, as four-eyes demands.
var (
	seedIssuer   = auth.System("seed-issuer", auth.Issuer)
	seedApprover = auth.System("seed-approver", auth.Approver)
)
