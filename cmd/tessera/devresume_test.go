package main

import (
	"context"
	"log/slog"
	"math/big"
	"net"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/bindings/assettoken"
	dealingabi "github.com/tessera-rwa/tessera/bindings/dealing"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

// A `tessera dev` stopped while it seeds the demo (here: as soon as the
// first demo asset exists) completes the seed on its next start, and does
// no step twice: two active assets, three investors with one wallet each,
// three approved subscriptions per asset, one distribution, the demo
// transfer made once, and the demo dealing day's three requests made once. The restarted platform then values a fund an issuer
// tokenizes through the API, as serve does (checkNewFundValued).
func TestDevSeedResumesAfterAnInterruption(t *testing.T) {
	t.Parallel()
	dbURL := pgtest.NewURL(t)
	_, port, _ := net.SplitHostPort(freeAddr(t))
	rpcPort, _ := strconv.Atoi(port)
	cfg := devConfig{DataDir: dataDir(t), Addr: freeAddr(t), RPCPort: rpcPort, DatabaseURL: dbURL}
	log := slog.New(slog.DiscardHandler)

	pool, err := postgres.Open(context.Background(), dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	ctx, interrupt := context.WithCancel(context.Background())
	go func() {
		for ctx.Err() == nil {
			var n int
			// Before the first migration the table is missing: keep polling.
			if pool.QueryRow(ctx, "SELECT count(*) FROM issuance_assets").Scan(&n) == nil && n > 0 {
				interrupt()
				return
			}
			time.Sleep(5 * time.Millisecond)
		}
	}()
	first := &devEnv{cfg: cfg, log: log}
	err = first.Start(ctx)
	interrupt()
	if stopErr := first.Stop(context.Background()); stopErr != nil {
		t.Logf("stop after the interruption: %v", stopErr)
	}
	if err == nil {
		t.Fatal("the seed completed before it was interrupted")
	}

	second := &devEnv{cfg: cfg, log: log}
	if err := second.Start(context.Background()); err != nil {
		t.Fatalf("restart after an interrupted seed: %v", err)
	}
	defer second.Stop(context.Background())
	a := second.app
	bg := context.Background()

	assets, err := a.Issuance.Assets(bg, "", 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(assets) != 2 {
		t.Fatalf("%d assets after the resumed seed, want the 2 demo assets: %+v", len(assets), assets)
	}
	for _, as := range assets {
		if as.State != issuance.Active {
			t.Errorf("%s is %s, want active", as.Symbol, as.State)
		}
		reqs, err := a.Issuance.Requests(bg, as.ID, issuance.RequestFilter{}, "", 100)
		if err != nil {
			t.Fatal(err)
		}
		if len(reqs) != 3 {
			t.Errorf("%s has %d subscriptions, want 3", as.Symbol, len(reqs))
		}
		for _, r := range reqs {
			if r.State != issuance.Approved {
				t.Errorf("%s subscription of %s is %s", as.Symbol, r.Wallet, r.State)
			}
		}
		d, dealErr := a.Issuance.DealingOf(bg, as.ID)
		if as.Symbol == "TTF" {
			dists, err := a.Issuance.Distributions(bg, as.ID)
			if err != nil || len(dists) != 1 || dists[0].State != issuance.Approved {
				t.Errorf("the fund's distributions: %+v %v", dists, err)
			}
			// The fund deals at NAV in the dev stablecoin, through the
			// suite's Dealing contract.
			if dealErr != nil || d.Dealing != second.suite.FundDealing.Address || d.Token != second.suite.FundToken.Address ||
				d.Feed != second.suite.FundFeed.Address || d.PaymentToken != second.suite.Stablecoin.Address ||
				d.UnitDecimals != 6 || d.PaymentDecimals != 6 {
				t.Errorf("where the fund deals: %+v, %v", d, dealErr)
			}
		} else if e := errs.As(dealErr); e == nil || e.Code != "not_dealing" {
			t.Errorf("%s deals at NAV: %+v, %v", as.Symbol, d, dealErr)
		}
	}
	invs, err := a.Compliance.Investors(bg, "", 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(invs) != len(devInvestors) {
		t.Fatalf("%d investors, want %d", len(invs), len(devInvestors))
	}
	for _, inv := range invs {
		if len(inv.Wallets) != 1 {
			t.Errorf("investor %s has %d wallets", inv.LegalName, len(inv.Wallets))
		}
	}
	tok := assettoken.NewAssetToken()
	sender := crypto.PubkeyToAddress(devnet.DevKey(devInvestors[0]).PublicKey)
	held, err := bind.Call(tok.Instance(a.Client, second.suite.FundToken.Address), nil, tok.PackBalanceOf(sender), tok.UnpackBalanceOf)
	if err != nil {
		t.Fatal(err)
	}
	// The demo dealing day's requests were made once, each for the demo
	// day; its settlement goes on in the background, so the first
	// investor holds its units from the day's deposit, or not yet.
	dl := dealingabi.NewDealing()
	dlInst := dl.Instance(a.Client, second.suite.FundDealing.Address)
	if n, err := bind.Call(dlInst, nil, dl.PackNextRequestId(), dl.UnpackNextRequestId); err != nil || n.Int64() != int64(len(demoDealing)) {
		t.Errorf("%v dealing requests (%v), want the %d demo requests", n, err, len(demoDealing))
	}
	if second.demoDay == nil {
		t.Fatal("the resumed seed opened no demo dealing day")
	}
	made, err := second.demoRequests(bg, second.demoDay.day)
	if err != nil {
		t.Fatal(err)
	}
	for i, id := range made {
		if id == nil {
			t.Errorf("demo dealing request %d was not made for the demo day %s", i, second.demoDay.day)
		}
	}
	deposit, err := bind.Call(dlInst, nil, dl.PackRequestOf(made[0]), dl.UnpackRequestOf)
	if err != nil {
		t.Fatal(err)
	}
	if base := big.NewInt(249_000_000_000); held.Cmp(base) != 0 && held.Cmp(new(big.Int).Add(base, deposit.Result)) != 0 {
		t.Errorf("the first investor holds %s TTF base units, want %s (the demo transfer made once), plus %s once its demo deposit is claimed", held, base, deposit.Result)
	}

	newClient := func(owner string, scopes ...apikey.Scope) *client.Client {
		k, secret, err := a.Keys.Create(bg, apikey.CLI, apikey.CreateParams{Name: owner, Owner: owner, Scopes: scopes})
		if err != nil {
			t.Fatal(err)
		}
		c, err := client.New(client.Config{BaseURL: a.HTTP.URL(), KeyID: k.ID, Secret: secret})
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	checkNewFundValued(t, newFundRig{
		issuer: newClient("issuer", apikey.Issuer), approver: newClient("approver", apikey.Approver),
		oracleAdmin: newClient("oracle-desk", apikey.Admin), carrier: newClient("appraisal-gateway", apikey.Oracle),
		officer: newClient("compliance-office", apikey.Compliance),
		rpcURL:  second.chain.HTTPURL(), chainID: a.ChainID, dbURL: dbURL,
	})
}
