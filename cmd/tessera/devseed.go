package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/devstablecoin"
	"github.com/tessera-rwa/tessera/bindings/distributor"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/postgres"
)

// The demo's actors, as recorded in the asset history: the seed acts for
// an issuer and a separate approver, as four-eyes approval demands.
var (
	devIssuer   = auth.System("tessera-dev-issuer", auth.Issuer)
	devApprover = auth.System("tessera-dev-approver", auth.Approver)
	devOfficer  = auth.System("tessera-dev-compliance", auth.Compliance)
)

// devInvestors are the dev accounts the demo registers as verified
// investors (account 1 is the demo appraiser).
var devInvestors = []int{2, 3, 4}

// devIssuerWallet is the dev account that stands for the demo issuer's own
// wallet: it holds the issuer's tUSD and funds its assets' treasuries on
// the Distributor, which pay the distributions (the platform signer never
// pays them).
const devIssuerWallet = 5

// startIssuance builds the issuance service on the dev suite and seeds the
// demo once per chain: the suite's treasury fund and building registered as
// assets with a document each, verified, active, and minted to three
// investors with approval.
func (e *devEnv) startIssuance(ctx context.Context, csvc *compliance.Service) (*issuance.Service, error) {
	svc, err := issuance.NewService(issuance.Config{
		Store:       &postgres.IssuanceStore{Pool: e.pool},
		Chain:       e.client,
		Tx:          e.txm,
		TxLookup:    &postgres.TxStore{Pool: e.pool},
		Index:       &postgres.IndexStore{Pool: e.pool},
		Deployments: &postgres.Deployments{Pool: e.pool},
		Rules:       csvc,
		ChainID:     e.chain.ChainID,
		Registry:    e.suite.Registry.Address,
		Distributor: e.suite.Distributor.Address,
		Keys:        postgres.NewAPIKeyStore(e.pool),
	})
	if err != nil {
		return nil, err
	}
	if err := e.seedDemo(ctx, svc, csvc); err != nil {
		return nil, fmt.Errorf("seed the demo: %w", err)
	}
	return svc, nil
}

func (e *devEnv) seedDemo(ctx context.Context, svc *issuance.Service, csvc *compliance.Service) error {
	store := &postgres.IssuanceStore{Pool: e.pool}
	if _, err := store.AssetByToken(ctx, e.chain.ChainID, e.suite.FundToken.Address); err == nil {
		return nil // seeded on this chain already
	} else if !errors.Is(err, issuance.ErrNotFound) {
		return err
	}
	send := func(key string, to common.Address, data []byte) error {
		if _, err := e.txm.Submit(ctx, txmgr.Request{IdempotencyKey: key, To: &to, Data: data}); err != nil {
			return err
		}
		wctx, cancel := context.WithTimeout(ctx, time.Minute)
		defer cancel()
		r, err := e.txm.Wait(wctx, key)
		if err == nil && r.State == txmgr.Failed {
			err = fmt.Errorf("%s failed: %s", key, r.Error)
		}
		return err
	}
	tok := assettoken.NewAssetToken()
	docRole := crypto.Keccak256Hash([]byte("DOCUMENT_ROLE"))
	for _, t := range []common.Address{e.suite.FundToken.Address, e.suite.BuildingTok.Address} {
		if err := send("dev-seed:"+t.Hex()+":document-role", t, tok.PackGrantRole(docRole, e.txm.From())); err != nil {
			return err
		}
	}
	// Ten million tUSD in the demo issuer's own wallet: it funds the
	// treasuries that pay the distributions. The signer owns the dev
	// stablecoin and mints them; it keeps none.
	coin := devstablecoin.NewDevStablecoin()
	issuerWallet := crypto.PubkeyToAddress(devnet.DevKey(devIssuerWallet).PublicKey)
	if err := send("dev-seed:stablecoin:issuer-wallet", e.suite.Stablecoin.Address, coin.PackMint(issuerWallet, big.NewInt(10_000_000_000_000))); err != nil {
		return err
	}
	var wallets []common.Address
	for n, i := range devInvestors {
		w, err := e.onboardDemoInvestor(ctx, csvc, n, devnet.DevKey(i))
		if err != nil {
			return fmt.Errorf("demo investor %d: %w", n+1, err)
		}
		wallets = append(wallets, w)
	}

	demo := []struct {
		asset      issuance.NewAsset
		token      chain.Deployment
		feed       chain.Deployment
		doc, title string
		amounts    []string
	}{
		{issuance.NewAsset{Kind: issuance.TreasuryFund, Name: "Tessera Treasury Fund", Symbol: "TTF", Jurisdiction: "US-NY", Currency: "USD",
			TotalUnits: "10000000", Decimals: 6, Attributes: map[string]string{"holdings": "US Treasury bills, 3 months"}},
			e.suite.FundToken, e.suite.FundFeed, "prospectus", "Tessera Treasury Fund: prospectus (demo)\n", []string{"250000", "100000", "50000.5"}},
		{issuance.NewAsset{Kind: issuance.RealEstate, Name: "12 Harbour Street", Symbol: "BLDG", Jurisdiction: "DE", Currency: "USD",
			TotalUnits: "1000", Decimals: 0, Attributes: map[string]string{"address": "12 Harbour Street", "use": "offices"}},
			e.suite.BuildingTok, e.suite.BuildingFeed, "title-deed", "12 Harbour Street: title deed (demo)\n", []string{"600", "300", "100"}},
	}
	var fundID string
	var mints []string
	for _, d := range demo {
		a, err := svc.CreateAsset(ctx, devIssuer, d.asset)
		if err != nil {
			return err
		}
		if _, err := svc.UploadDocument(ctx, devIssuer, a.ID, issuance.Upload{Name: d.doc, Kind: d.doc, ContentType: "text/plain", Content: []byte(d.title)}); err != nil {
			return err
		}
		if _, err := svc.Transition(ctx, devIssuer, a.ID, issuance.Submitted, "demo"); err != nil {
			return err
		}
		if _, err := svc.Transition(ctx, devApprover, a.ID, issuance.Verified, "demo"); err != nil {
			return err
		}
		feed := d.feed.Address
		if _, err := svc.Tokenize(ctx, devIssuer, a.ID, issuance.TokenizeRequest{Token: &d.token.Address, Feed: &feed}); err != nil {
			return err
		}
		if _, err := svc.Transition(ctx, devIssuer, a.ID, issuance.Active, "demo"); err != nil {
			return err
		}
		for i, w := range wallets {
			r, err := svc.RequestMint(ctx, devIssuer, a.ID, issuance.MintKind, issuance.NewRequest{Wallet: w.Hex(), Amount: d.amounts[i], Reason: "demo subscription"})
			if err != nil {
				return err
			}
			ok, err := svc.Approve(ctx, devApprover, r.ID, "demo")
			if err != nil {
				return err
			}
			mints = append(mints, ok.TxKey)
		}
		if d.asset.Kind == issuance.TreasuryFund {
			fundID = a.ID
		}
		e.log.Info("demo asset seeded", "symbol", a.Symbol, "id", a.ID)
	}
	for _, key := range mints {
		wctx, cancel := context.WithTimeout(ctx, time.Minute)
		r, err := e.txm.Wait(wctx, key)
		cancel()
		if err == nil && r.State == txmgr.Failed {
			err = fmt.Errorf("%s failed: %s", key, r.Error)
		}
		if err != nil {
			return fmt.Errorf("demo mint: %w", err)
		}
	}
	return e.seedPayout(ctx, svc, fundID, wallets)
}

// seedPayout has the first demo investor send 1,000 TTF to the third, the
// demo issuer fund the fund's treasury with 10,000 tUSD from its own
// wallet, then pays them to the fund's holders pro rata at the newest
// indexed block: declared by the issuer, approved (and so published) by
// the approver.
func (e *devEnv) seedPayout(ctx context.Context, svc *issuance.Service, fundID string, wallets []common.Address) error {
	tok := assettoken.NewAssetToken()
	if err := e.sendAs(ctx, devInvestors[0], e.suite.FundToken.Address, tok.PackTransfer(wallets[2], big.NewInt(1_000_000_000))); err != nil {
		return fmt.Errorf("demo transfer: %w", err)
	}
	const payout = 10_000_000_000 // 10,000 tUSD
	coin, dist := devstablecoin.NewDevStablecoin(), distributor.NewDistributor()
	if err := e.sendAs(ctx, devIssuerWallet, e.suite.Stablecoin.Address, coin.PackApprove(e.suite.Distributor.Address, big.NewInt(payout))); err != nil {
		return fmt.Errorf("demo treasury allowance: %w", err)
	}
	if err := e.sendAs(ctx, devIssuerWallet, e.suite.Distributor.Address,
		dist.PackFund(e.suite.FundToken.Address, e.suite.Stablecoin.Address, big.NewInt(payout))); err != nil {
		return fmt.Errorf("demo treasury: %w", err)
	}
	head, err := e.client.BlockNumber(ctx)
	if err != nil {
		return err
	}
	wctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	if err := e.index.WaitFor(wctx, head); err != nil {
		return fmt.Errorf("wait for the indexer: %w", err)
	}
	d, err := svc.Distribute(ctx, devIssuer, fundID, issuance.NewDistribution{
		PaymentToken: e.suite.Stablecoin.Address.Hex(), Total: strconv.Itoa(payout), Snapshot: "latest"})
	if err != nil {
		return fmt.Errorf("demo distribution: %w", err)
	}
	if d, err = svc.ApproveDistribution(ctx, devApprover, d.ID, "demo"); err != nil {
		return fmt.Errorf("approve the demo distribution: %w", err)
	}
	e.log.Info("demo distribution published", "id", d.ID, "onchain_id", d.OnchainID, "holders", len(d.Leaves))
	return nil
}

// sendAs sends data to `to` from dev account i (not the platform signer,
// whose writes go through the transaction manager) and waits for it to
// succeed.
func (e *devEnv) sendAs(ctx context.Context, i int, to common.Address, data []byte) error {
	opts := bind.NewKeyedTransactor(devnet.DevKey(i), e.chain.ChainID)
	opts.Context = ctx
	tx, err := bind.NewBoundContract(to, abi.ABI{}, e.client, e.client, e.client).RawTransact(opts, data)
	if err != nil {
		return err
	}
	r, err := chain.WaitMined(ctx, e.client, tx.Hash(), 50*time.Millisecond)
	if err != nil {
		return err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("transaction %s to %s reverted", tx.Hash(), to)
	}
	return nil
}

// devInvestorNames are the demo investors' legal names, in devInvestors'
// order.
var devInvestorNames = []string{"Ada Keller", "Harbour Pension Fund", "Luca Moretti"}

// onboardDemoInvestor takes one demo investor through the compliance
// officer's workflow: the record, KYC approved for five years, and the dev
// wallet linked by its EIP-191 signature over a server challenge, which
// registers the wallet in the identity registry.
func (e *devEnv) onboardDemoInvestor(ctx context.Context, csvc *compliance.Service, n int, key *ecdsa.PrivateKey) (common.Address, error) {
	w := crypto.PubkeyToAddress(key.PublicKey)
	typ := compliance.Person
	if n == 1 {
		typ = compliance.Entity
	}
	inv, err := csvc.CreateInvestor(ctx, devOfficer, compliance.NewInvestor{
		LegalName: devInvestorNames[n], Type: typ, Country: "DE", Flags: []string{"accredited"}})
	if err != nil {
		return w, err
	}
	expires := time.Now().AddDate(5, 0, 0).UTC().Truncate(24 * time.Hour)
	if _, err := csvc.SetKYC(ctx, devOfficer, inv.Investor.ID, compliance.KYCDecision{
		Status: compliance.KYCApproved, Provider: "demo-kyc", Reference: fmt.Sprintf("DEMO-%d", n+1), ExpiresAt: &expires}); err != nil {
		return w, err
	}
	ch, err := csvc.NewChallenge(ctx, devOfficer, inv.Investor.ID, w)
	if err != nil {
		return w, err
	}
	sig, err := crypto.Sign(accounts.TextHash([]byte(ch.Message)), key)
	if err != nil {
		return w, err
	}
	sig[64] += 27 // as a wallet's personal_sign returns it
	view, err := csvc.AddWallet(ctx, devOfficer, inv.Investor.ID, ch.ID, compliance.EIP191, sig)
	if err != nil {
		return w, err
	}
	for _, tx := range view.Txs {
		wctx, cancel := context.WithTimeout(ctx, time.Minute)
		r, err := e.txm.Wait(wctx, tx.Key)
		cancel()
		if err == nil && r.State == txmgr.Failed {
			err = fmt.Errorf("%s failed: %s", tx.Key, r.Error)
		}
		if err != nil {
			return w, fmt.Errorf("register the wallet: %w", err)
		}
	}
	return w, nil
}
