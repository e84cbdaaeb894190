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
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/dealing"
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

// seed makes the demo, once per chain and resumably: an interrupted seed
// completes on the next start. The signer gets the token roles compliance
// needs; the suite's treasury fund and building are registered as assets
// with a document each, verified, active, and minted to three investors
// with approval; the fund gets its dealing calendar and the investors
// their requests for a demo dealing day just ahead; the web UI gets
// operator keys; a demo appraiser starts valuing both assets; and the
// demo day is settled in the background (startDemoDay): priced, approved,
// fulfilled and claimed.
func (e *devEnv) seed(ctx context.Context) error {
	a := e.app
	if a.Issuance == nil || a.Compliance == nil || a.Oracle == nil {
		return errors.New("the issuance, compliance and oracle services did not start")
	}
	if err := e.grantComplianceRoles(ctx); err != nil {
		return fmt.Errorf("compliance roles: %w", err)
	}
	fundID, day, err := e.seedDemo(ctx, a.Issuance, a.Compliance)
	if err != nil {
		return err
	}
	if err := e.devUIKeys(ctx, a.Keys); err != nil {
		return err
	}
	demo := newDemoAppraiser(a.Oracle, a.ChainID, devnet.DevKey(1), e.log)
	if err := demo.Start(ctx); err != nil {
		return err
	}
	e.demo = demo
	e.startDemoDay(ctx, fundID, day)
	return nil
}

// seedDemo seeds the demo up to its dealing day's requests and returns
// the fund's id and the demo dealing day's cut-off (zero: none to settle).
func (e *devEnv) seedDemo(ctx context.Context, svc *issuance.Service, csvc *compliance.Service) (fundID string, day time.Time, err error) {
	store := &postgres.IssuanceStore{Pool: e.pool}
	send := func(key string, to common.Address, data []byte) error {
		wctx, cancel := context.WithTimeout(ctx, time.Minute)
		defer cancel()
		_, err := e.txm.SubmitAndWait(wctx, txmgr.Request{IdempotencyKey: key, To: &to, Data: data})
		return err
	}
	for _, t := range []common.Address{e.suite.FundToken.Address, e.suite.BuildingTok.Address} {
		if err := send("dev-seed:"+t.Hex()+":document-role", t, issuance.DocumentRoleGrant(e.txm.From())); err != nil {
			return "", day, err
		}
	}
	// Ten million tUSD in the demo issuer's own wallet: it funds the
	// treasuries that pay the distributions. The signer owns the dev
	// stablecoin and mints them; it keeps none.
	issuerWallet := crypto.PubkeyToAddress(devnet.DevKey(devIssuerWallet).PublicKey)
	if err := send("dev-seed:stablecoin:issuer-wallet", e.suite.Stablecoin.Address, devnet.StablecoinMint(issuerWallet, big.NewInt(10_000_000_000_000))); err != nil {
		return "", day, err
	}
	var wallets []common.Address
	for n, i := range devInvestors {
		w, err := e.onboardDemoInvestor(ctx, csvc, n, devnet.DevKey(i))
		if err != nil {
			return "", day, fmt.Errorf("demo investor %d: %w", n+1, err)
		}
		wallets = append(wallets, w)
	}

	demo := []struct {
		asset      issuance.NewAsset
		token      chain.Deployment
		feed       chain.Deployment
		dealing    *chain.Deployment // the suite's Dealing contract, for an asset that deals at NAV
		doc, title string
		amounts    []string
	}{
		{issuance.NewAsset{Kind: issuance.TreasuryFund, Name: "Tessera Treasury Fund", Symbol: "TTF", Jurisdiction: "US-NY", Currency: "USD",
			TotalUnits: "10000000", Decimals: 6, Attributes: map[string]string{"holdings": "US Treasury bills, 3 months"},
			DealingPaymentToken: e.suite.Stablecoin.Address.Hex()},
			e.suite.FundToken, e.suite.FundFeed, &e.suite.FundDealing, "prospectus", "Tessera Treasury Fund: prospectus (demo)\n", []string{"250000", "100000", "50000.5"}},
		{issuance.NewAsset{Kind: issuance.RealEstate, Name: "12 Harbour Street", Symbol: "BLDG", Jurisdiction: "DE", Currency: "USD",
			TotalUnits: "1000", Decimals: 0, Attributes: map[string]string{"address": "12 Harbour Street", "use": "offices"}},
			e.suite.BuildingTok, e.suite.BuildingFeed, nil, "title-deed", "12 Harbour Street: title deed (demo)\n", []string{"600", "300", "100"}},
	}
	var mints []string
	var building common.Address
	for _, d := range demo {
		a, err := e.seedAsset(ctx, svc, store, d.asset, d.token, d.feed, d.dealing, d.doc, d.title)
		if err != nil {
			return "", day, err
		}
		keys, err := seedMints(ctx, svc, a, wallets, d.amounts)
		if err != nil {
			return "", day, err
		}
		mints = append(mints, keys...)
		if d.asset.Kind == issuance.TreasuryFund {
			fundID = a.ID
		} else {
			building = *a.Token
		}
		e.log.Info("demo asset seeded", "symbol", a.Symbol, "id", a.ID)
	}
	for _, key := range mints {
		wctx, cancel := context.WithTimeout(ctx, time.Minute)
		_, err := e.txm.Outcome(wctx, key)
		cancel()
		if err != nil {
			return "", day, fmt.Errorf("demo mint: %w", err)
		}
	}
	if err := seedBuildingCaps(ctx, csvc, building); err != nil {
		return "", day, fmt.Errorf("demo building's caps: %w", err)
	}
	if err := e.seedPayout(ctx, svc, fundID, wallets); err != nil {
		return "", day, err
	}
	day, err = e.openDemoDay(ctx, fundID)
	return fundID, day, err
}

// seedBuildingCaps gives the demo building investor caps, which its cap
// table shows against the counts, and a transfer window, which the
// portal shows as each investor's allowance: at most 25 investors from
// Germany and 25 from France, 50 accredited, and 250 units per investor a
// day. Set once: a resumed seed that finds the window leaves them.
func seedBuildingCaps(ctx context.Context, csvc *compliance.Service, token common.Address) error {
	now, err := csvc.Caps(ctx, token)
	if err != nil || len(now.TransferLimits) > 0 {
		return err
	}
	ws := []compliance.TransferWindow{{PeriodSeconds: 86_400, Limit: big.NewInt(250)}}
	u := compliance.CapsUpdate{TransferLimits: &ws, Reason: "demo: a private placement's investor caps and a daily transfer limit"}
	if now.Counting { // not on a building seeded before tokens counted investors
		u.CountryCaps, u.CategoryCaps = map[string]uint32{"DE": 25, "FR": 25}, map[string]uint32{"accredited": 50}
	}
	_, err = csvc.SetCaps(ctx, devOfficer, token, u)
	return err
}

// demoCalendar is the demo fund's dealing calendar: New York business
// days, a 4 pm cut-off settling a day later, subscriptions and
// redemptions by request, by wire and instantly (a 0.10% fee), $100 to
// $1,000,000 a ticket, instant deals limited to $1,000,000 a day and
// $100,000 per investor; on the suite's contracts (SetCalendar takes them
// from the fund's records).
func (e *devEnv) demoCalendar(fundID string) dealing.Calendar {
	return dealing.Calendar{Asset: fundID, ChainID: e.chain.ChainID, Dealing: e.suite.FundDealing.Address, Feed: e.suite.FundFeed.Address,
		PaymentToken: e.suite.Stablecoin.Address, UnitDecimals: 6, PaymentDecimals: 6, TimeZone: "America/New_York",
		BusinessDays: []string{"monday", "tuesday", "wednesday", "thursday", "friday"}, Cutoff: "16:00", SettlementLag: 1,
		NAVTTL: 86_400, MinDeposit: tusd(100), MaxDeposit: tusd(1_000_000), MinRedeem: big.NewInt(1_000_000), // one TTF unit
		Modes:  dealing.Modes(dealing.AsyncDeposit | dealing.AsyncRedeem | dealing.InstantSubscribe | dealing.InstantRedeem | dealing.Wire),
		FeeBps: 10, SubscribeLimit: dealing.RateLimit{Global: tusd(1_000_000), PerInvestor: tusd(100_000), Window: 86_400},
		RedeemLimit: dealing.RateLimit{Global: tusd(1_000_000), PerInvestor: tusd(100_000), Window: 86_400}}
}

// seedCalendar gives the demo fund its dealing calendar (demoCalendar).
// Setting it puts its settings on the fund's Dealing contract and
// publishes its next cut-offs (after the demo day's, when there is one);
// setting it again changes nothing.
func (e *devEnv) seedCalendar(ctx context.Context, fundID string) error {
	if e.app.Dealing == nil {
		return errors.New("the dealing service did not start")
	}
	if _, err := e.app.Dealing.SetCalendar(ctx, devIssuer, e.demoCalendar(fundID)); err != nil {
		return fmt.Errorf("demo fund's dealing calendar: %w", err)
	}
	return nil
}

// seedAsset takes one demo asset as far as active, from wherever an
// interrupted seed left it: created, documented, submitted, verified,
// tokenized onto its suite token, feed and (when it deals at NAV) Dealing
// contract, active.
func (e *devEnv) seedAsset(ctx context.Context, svc *issuance.Service, store *postgres.IssuanceStore, n issuance.NewAsset,
	token, feed chain.Deployment, dealing *chain.Deployment, doc, title string) (issuance.Asset, error) {
	a, err := store.AssetByToken(ctx, e.chain.ChainID, token.Address)
	if errors.Is(err, issuance.ErrNotFound) {
		a, err = e.assetBySymbol(ctx, svc, n.Symbol)
	}
	if errors.Is(err, issuance.ErrNotFound) {
		a, err = svc.CreateAsset(ctx, devIssuer, n)
	}
	if err != nil {
		return a, err
	}
	docs, err := svc.Documents(ctx, a.ID)
	if err != nil {
		return a, err
	}
	if len(docs) == 0 && (a.State == issuance.Draft || a.State == issuance.Submitted) {
		if _, err := svc.UploadDocument(ctx, devIssuer, a.ID, issuance.Upload{Name: doc, Kind: doc, ContentType: "text/plain", Content: []byte(title)}); err != nil {
			return a, err
		}
	}
	for a.State != issuance.Active {
		switch a.State {
		case issuance.Draft:
			a, err = svc.Transition(ctx, devIssuer, a.ID, issuance.Submitted, "demo")
		case issuance.Submitted:
			a, err = svc.Transition(ctx, devApprover, a.ID, issuance.Verified, "demo")
		case issuance.Verified:
			req := issuance.TokenizeRequest{Token: &token.Address, Feed: &feed.Address}
			if dealing != nil && a.DealingPaymentToken != nil { // a seed older than dealing created the asset without one
				req.Dealing = &dealing.Address
			}
			a, err = svc.Tokenize(ctx, devIssuer, a.ID, req)
		case issuance.Tokenized:
			a, err = svc.Transition(ctx, devIssuer, a.ID, issuance.Active, "demo")
		default:
			return a, fmt.Errorf("demo asset %s is %s", a.Symbol, a.State)
		}
		if err != nil {
			return a, err
		}
	}
	return a, nil
}

// assetBySymbol finds a demo asset an interrupted seed created but did not
// tokenize.
func (e *devEnv) assetBySymbol(ctx context.Context, svc *issuance.Service, symbol string) (issuance.Asset, error) {
	after := ""
	for {
		page, err := svc.Assets(ctx, after, 100)
		if err != nil {
			return issuance.Asset{}, err
		}
		for _, a := range page {
			if a.Symbol == symbol {
				return a, nil
			}
		}
		if len(page) < 100 {
			return issuance.Asset{}, issuance.ErrNotFound
		}
		after = page[len(page)-1].ID
	}
}

// seedMints requests and approves one demo subscription per wallet, those
// an interrupted seed did not, and returns the approved mints' transaction
// keys.
func seedMints(ctx context.Context, svc *issuance.Service, a issuance.Asset, wallets []common.Address, amounts []string) ([]string, error) {
	existing, err := svc.Requests(ctx, a.ID, issuance.RequestFilter{}, "", 100)
	if err != nil {
		return nil, err
	}
	var keys []string
	for i, w := range wallets {
		var r issuance.Request
		for _, x := range existing {
			if x.Wallet == w && x.Kind == issuance.MintKind && x.State != issuance.Rejected {
				r = x
			}
		}
		if r.ID == "" {
			if r, err = svc.RequestMint(ctx, devIssuer, a.ID, issuance.MintKind, issuance.NewRequest{Wallet: w.Hex(), Amount: amounts[i], Reason: "demo subscription"}); err != nil {
				return nil, err
			}
		}
		if r.State == issuance.Pending {
			if r, err = svc.Approve(ctx, devApprover, r.ID, "demo"); err != nil {
				return nil, err
			}
		}
		keys = append(keys, r.TxKey)
	}
	return keys, nil
}

// seedPayout has the first demo investor send 1,000 TTF to the third, the
// demo issuer fund the fund's treasury with 10,000 tUSD from its own
// wallet, then pays them to the fund's holders pro rata at the newest
// indexed block: declared by the issuer, approved (and so published) by
// the approver.
//
// Each step checks its own effect first, so a seed interrupted anywhere
// here completes on the next start without doing a step twice.
func (e *devEnv) seedPayout(ctx context.Context, svc *issuance.Service, fundID string, wallets []common.Address) error {
	dists, err := svc.Distributions(ctx, fundID)
	if err != nil {
		return err
	}
	for _, d := range dists {
		if d.State == issuance.Pending {
			if _, err := svc.ApproveDistribution(ctx, devApprover, d.ID, "demo"); err != nil {
				return fmt.Errorf("approve the demo distribution: %w", err)
			}
		}
		if d.State != issuance.Rejected {
			return nil
		}
	}
	// The first investor holds exactly its subscription until it sends
	// the 1,000 TTF on.
	tok := assettoken.NewAssetToken()
	first := crypto.PubkeyToAddress(devnet.DevKey(devInvestors[0]).PublicKey)
	held, err := bind.Call(tok.Instance(e.client, e.suite.FundToken.Address), nil, tok.PackBalanceOf(first), tok.UnpackBalanceOf)
	if err != nil {
		return err
	}
	if held.Cmp(big.NewInt(250_000_000_000)) == 0 {
		transfer, err := issuance.TransferCall(e.suite.FundToken.Address, wallets[2], big.NewInt(1_000_000_000))
		if err != nil {
			return err
		}
		if err := e.sendAs(ctx, devInvestors[0], transfer.To, transfer.Data); err != nil {
			return fmt.Errorf("demo transfer: %w", err)
		}
	}
	const payout = 10_000_000_000 // 10,000 tUSD
	funded, err := svc.Treasury(ctx, e.suite.FundToken.Address, e.suite.Stablecoin.Address)
	if err != nil {
		return err
	}
	funding, err := svc.FundTreasuryCalls(e.suite.FundToken.Address, e.suite.Stablecoin.Address, big.NewInt(payout))
	if err != nil {
		return err
	}
	for _, c := range funding { // approve, then fund
		if funded.Cmp(big.NewInt(payout)) >= 0 {
			break
		}
		if err := e.sendAs(ctx, devIssuerWallet, c.To, c.Data); err != nil {
			return fmt.Errorf("demo treasury: %w", err)
		}
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
// succeed, for a minute at most.
func (e *devEnv) sendAs(ctx context.Context, i int, to common.Address, data []byte) error {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	opts := bind.NewKeyedTransactor(devnet.DevKey(i), e.chain.ChainID)
	opts.Context = ctx
	tx, err := bind.NewBoundContract(to, abi.ABI{}, e.client, e.client, e.client).RawTransact(opts, data)
	if err != nil {
		return err
	}
	r, err := chain.WaitMined(ctx, e.client, tx.Hash(), 50*time.Millisecond)
	if err != nil {
		return fmt.Errorf("transaction %s to %s: %w", tx.Hash(), to, err)
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
	inv, err := demoInvestor(ctx, csvc, devInvestorNames[n])
	if err == nil && inv.Investor.ID == "" {
		inv, err = csvc.CreateInvestor(ctx, devOfficer, compliance.NewInvestor{
			LegalName: devInvestorNames[n], Type: typ, Country: "DE", Flags: []string{"accredited"}})
	}
	if err != nil {
		return w, err
	}
	for _, wv := range inv.Wallets {
		if wv.Wallet.Address == w && wv.InSync {
			return w, nil // onboarded by an earlier start
		}
	}
	if inv.Investor.KYCStatus != compliance.KYCApproved {
		expires := time.Now().AddDate(5, 0, 0).UTC().Truncate(24 * time.Hour)
		if _, err := csvc.SetKYC(ctx, devOfficer, inv.Investor.ID, compliance.KYCDecision{
			Status: compliance.KYCApproved, Provider: "demo-kyc", Reference: fmt.Sprintf("DEMO-%d", n+1), ExpiresAt: &expires}); err != nil {
			return w, err
		}
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
		_, err := e.txm.Outcome(wctx, tx.Key)
		cancel()
		if err != nil {
			return w, fmt.Errorf("register the wallet: %w", err)
		}
	}
	return w, nil
}

// demoInvestor finds the demo investor an earlier start created (zero
// when none did).
func demoInvestor(ctx context.Context, csvc *compliance.Service, name string) (compliance.InvestorView, error) {
	after := ""
	for {
		page, err := csvc.Investors(ctx, after, 100)
		if err != nil {
			return compliance.InvestorView{}, err
		}
		for _, inv := range page {
			if inv.LegalName == name {
				return csvc.Investor(ctx, inv.ID)
			}
		}
		if len(page) < 100 {
			return compliance.InvestorView{}, nil
		}
		after = page[len(page)-1].ID
	}
}
