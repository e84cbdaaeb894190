package ui_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/chain/indexer"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/internal/app/apptest"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
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
	p         *apptest.Env
}

func newEnv(t *testing.T) *env {
	t.Helper()
	return newEnvWith(t, apptest.Options{})
}

func newEnvWith(t *testing.T, opts apptest.Options) *env {
	t.Helper()
	p := apptest.Start(t, opts)
	return &env{a: p.Anvil, c: p.Client, pool: p.Pool, suite: p.Suite, svc: p.Issuance, srv: p.Server, index: p.Indexer,
		txm: p.TxMgr, comp: p.Compliance, ui: p.UI, uiConfig: p.UIConfig, investors: p.Investors, wallets: p.Wallets, p: p}
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
func (e *env) waitIndexed(t *testing.T) { t.Helper(); e.p.WaitIndexed(t) }

// waitRequest waits until a request's transaction is done.
func (e *env) waitRequest(t *testing.T, id string) issuance.Request {
	t.Helper()
	return e.p.WaitRequest(t, id)
}

func (e *env) balanceOf(t *testing.T, token, wallet common.Address) *big.Int {
	t.Helper()
	return e.p.BalanceOf(t, token, wallet)
}

// seedHolding creates, verifies, tokenizes and activates an asset, mints
// amounts to the investors with approval, and pushes valuation rounds.
func (e *env) seedHolding(t *testing.T, symbol string, amounts []string, answers []int64) issuance.Asset {
	t.Helper()
	ctx := context.Background()
	a := e.activeAsset(t, issuance.NewAsset{Kind: issuance.TreasuryFund, Name: symbol + " Fund", Symbol: symbol,
		Jurisdiction: "US", Currency: "USD", TotalUnits: "1000000", Decimals: 6})
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
	e.p.FundTreasury(t, token, amount)
}

// The seed acts as two people of its own, as four-eyes demands.
var (
	seedIssuer   = auth.System("seed-issuer", auth.Issuer)
	seedApprover = auth.System("seed-approver", auth.Approver)
)

// activeAsset takes a new asset n through the issuer's and the approver's
// steps to active: created, submitted, verified, tokenized, active.
func (e *env) activeAsset(t *testing.T, n issuance.NewAsset) issuance.Asset {
	t.Helper()
	ctx := context.Background()
	a, err := e.svc.CreateAsset(ctx, seedIssuer, n)
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
	if a, err = e.svc.Transition(ctx, seedIssuer, a.ID, issuance.Active, ""); err != nil {
		t.Fatal(err)
	}
	return a
}
