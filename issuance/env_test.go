package issuance_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/bindings/devstablecoin"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/chain/indexer"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/internal/app/apptest"
	"github.com/tessera-rwa/tessera/issuance"
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
	p                               *apptest.Env
}

func newEnv(t *testing.T) *env {
	t.Helper()
	p := apptest.Start(t, apptest.Options{})
	e := &env{a: p.Anvil, c: p.Client, pool: p.Pool, suite: p.Suite, svc: p.Issuance, comp: p.Compliance, srv: p.Server, index: p.Indexer,
		txm: p.TxMgr, investors: p.Investors, wallets: p.Wallets, funder: p.Funder, p: p}
	e.stranger = crypto.PubkeyToAddress(e.a.Keys[4].PublicKey)
	e.issuer = e.srv.NewClient(t, apikey.Issuer)
	e.approver = e.srv.NewClient(t, apikey.Approver)
	e.both = e.srv.NewClient(t, apikey.Issuer, apikey.Approver)
	e.auditor = e.srv.NewClient(t, apikey.Auditor)
	return e
}

// waitIndexed waits until the indexer has read the chain's head.
func (e *env) waitIndexed(t *testing.T) uint64 { t.Helper(); return e.p.WaitIndexed(t) }

// waitRequest polls a request until its transaction is done.
func (e *env) waitRequest(t *testing.T, id string) api.Request {
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

// fundTreasury has the issuer's own wallet fund token's treasury.
func (e *env) fundTreasury(t *testing.T, token common.Address, amount *big.Int) {
	t.Helper()
	e.p.FundTreasury(t, token, amount)
}

// callFrom is c as an eth_call from `from`.
func callFrom(from common.Address, c issuance.Call) ethereum.CallMsg {
	return ethereum.CallMsg{From: from, To: &c.To, Data: c.Data}
}

// sendAs sends c from key's wallet and fails the test unless it succeeds.
func (e *env) sendAs(t *testing.T, key *ecdsa.PrivateKey, c issuance.Call) *types.Receipt {
	t.Helper()
	return e.p.SendAs(t, key, c.To, c.Data)
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
	return e.p.BalanceOf(t, token, wallet)
}

// mustKind fails the test unless err is a service error of kind and code.
func mustKind(t *testing.T, err error, kind errs.Kind, code string) {
	t.Helper()
	if e := errs.As(err); e == nil || e.Kind != kind || e.Code != code {
		t.Fatalf("error %v; want %s %s", err, kind, code)
	}
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
