package issuance_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/deedtoken"
	"github.com/tessera-rwa/tessera/bindings/referenceerc20"
	"github.com/tessera-rwa/tessera/bindings/tesserafactory"
	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/chain/create2"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/postgres"
)

// verifiedAsset creates n, submits it and has the approver verify it.
func verifiedAsset(t *testing.T, e *env, n api.NewAsset) api.Asset {
	t.Helper()
	ctx := context.Background()
	a, err := e.issuer.CreateAsset(ctx, n)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.issuer.TransitionAsset(ctx, a.ID, string(issuance.Submitted), ""); err != nil {
		t.Fatal(err)
	}
	if a, err = e.approver.TransitionAsset(ctx, a.ID, string(issuance.Verified), ""); err != nil {
		t.Fatal(err)
	}
	return a
}

// deployAsSigner deploys code from the platform signer, through its
// transaction manager (which owns the signer's nonces).
func (e *env) deployAsSigner(t *testing.T, key string, code []byte) common.Address {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	factory := e.suite.Factory.Address
	salt := create2.Salt(key)
	data := tesserafactory.NewTesseraFactory().PackDeploy(salt, code)
	if _, err := e.txm.Submit(ctx, txmgr.Request{IdempotencyKey: key, To: &factory, Data: data}); err != nil {
		t.Fatal(err)
	}
	r, err := e.txm.Wait(ctx, key)
	if err != nil || r.State == txmgr.Failed {
		t.Fatalf("deploy %s: %v %s", key, err, r.Error)
	}
	return create2.Predict(factory, e.svc.Signer(), salt, code)
}

// implOf is the suite's implementation of contract.
func (e *env) implOf(t *testing.T, contract string) common.Address {
	t.Helper()
	for _, d := range e.suite.Impls {
		if d.Contract == contract {
			return d.Address
		}
	}
	t.Fatalf("the suite has no %s implementation", contract)
	return common.Address{}
}

// An existing token is registered only if the platform deployed it and
// controls it: an issuer's own ERC-20, an AssetToken with another registry
// or admin, one whose deployer kept its admin role beside the signer's, and
// feeds and deeds of others are refused with 422 and nothing recorded; the
// suite's tokens, deployed by the signer, are accepted with their feed and
// deed, a feed only for the one asset it values.
func TestTokenizeRegistersOnlyThePlatformsTokens(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	a := verifiedAsset(t, e, fund())

	// The issuer's own wallet, which the platform does not control.
	issuer := chaintest.Transactor(e.a, e.a.Keys[5])
	// The issuer deploys through the platform's own factory, over the
	// platform's own implementations: only deployerOf tells them apart.
	factory := e.suite.Factory.Address
	issuerDeploy := func(name string, code []byte) common.Address {
		t.Helper()
		salt := create2.Salt(name)
		tx, err := bind.Transact(tesserafactory.NewTesseraFactory().Instance(e.c, factory), issuer,
			tesserafactory.NewTesseraFactory().PackDeploy(salt, code))
		chaintest.MustMined(t, e.c, tx, err)
		return create2.Predict(factory, issuer.From, salt, code)
	}
	tok, deed, feed := assettoken.NewAssetToken(), deedtoken.NewDeedToken(), valuationfeed.NewValuationFeed()
	registry, signer := e.suite.Registry.Address, e.svc.Signer()
	upgrader := e.suite.Timelock.Address
	tokenCode := func(impl, reg, admin common.Address) []byte {
		return create2.ProxyInitCode(impl,
			tok.PackInitialize("Issuer Fund", "IFND", 6, reg, common.Address{}, new(big.Int), admin, upgrader))
	}
	ourImpl := e.implOf(t, "AssetToken")
	plainAddr, tx, err := bind.DeployContract(issuer, common.FromHex(referenceerc20.ReferenceERC20MetaData.Bin), e.c, nil)
	chaintest.MustMined(t, e.c, tx, err)
	plain := plainAddr
	// The platform's AssetToken, built for another registry: the code is
	// ours, the registry is not.
	elsewhere := common.HexToAddress("0x00000000000000000000000000000000000000e5")
	elsewhereCode, err := create2.ImplementationInitCode("AssetToken", elsewhere)
	if err != nil {
		t.Fatal(err)
	}
	elsewhereImpl := e.deployAsSigner(t, "test:other-registry-implementation", elsewhereCode)
	otherRegistry := e.deployAsSigner(t, "test:other-registry", tokenCode(elsewhereImpl, elsewhere, signer))
	otherAdmin := e.deployAsSigner(t, "test:other-admin", tokenCode(ourImpl, registry, issuer.From))
	// A proxy the signer deployed over an implementation that is not ours.
	foreignImpl := e.deployAsSigner(t, "test:foreign-implementation", create2.ProxyInitCode(plain, referenceerc20.NewReferenceERC20().PackName()))
	// The issuer deploys a genuine token proxy through the same factory as
	// its own admin, then makes the signer a second admin: every check but
	// the deployer passes.
	coAdmin := issuerDeploy("co-admin", tokenCode(ourImpl, registry, issuer.From))
	tx, err = bind.Transact(tok.Instance(e.c, coAdmin), issuer, tok.PackGrantRole([32]byte{}, signer))
	chaintest.MustMined(t, e.c, tx, err)
	// A token the platform made whose deed is the issuer's, and the
	// issuer's feed.
	issuerDeed := issuerDeploy("deed", create2.ProxyInitCode(e.implOf(t, "DeedToken"),
		deed.PackInitialize("Issuer Deeds", "IDEED", registry, issuer.From, upgrader)))
	withIssuerDeed := e.deployAsSigner(t, "test:token-with-issuer-deed", create2.ProxyInitCode(ourImpl,
		tok.PackInitialize("Issuer Fund", "IFND", 6, registry, issuerDeed, big.NewInt(1), signer, upgrader)))
	issuerFeed := issuerDeploy("feed", create2.ProxyInitCode(e.implOf(t, "ValuationFeed"),
		feed.PackInitialize(8, "IFND / USD", big.NewInt(1), big.NewInt(1e18), issuer.From, issuer.From, issuer.From, upgrader)))

	deps := &postgres.Deployments{Pool: e.pool}
	before, err := deps.Deployments(ctx, e.a.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	fundToken, fundFeed := e.suite.FundToken.Address, e.suite.FundFeed.Address
	ptr := func(a common.Address) *common.Address { return &a }
	tests := []struct {
		name        string
		token, feed *common.Address
		code, says  string
	}{
		{"no contract", ptr(common.HexToAddress("0x00000000000000000000000000000000000000aa")), nil, "foreign_token", "no contract is deployed there"},
		{"a plain ERC-20", &plain, nil, "foreign_token", "its code is not the ERC1967Proxy"},
		{"the platform's stablecoin", &e.suite.Stablecoin.Address, nil, "foreign_token", "its code is not the ERC1967Proxy"},
		{"a deed as the token", &e.suite.BuildingDeed.Address, nil, "foreign_token", "is not the AssetToken this platform compiles"},
		{"a proxy over a foreign implementation", &foreignImpl, nil, "foreign_token", "its implementation " + plain.Hex() + " is not the AssetToken"},
		{"another identity registry", &otherRegistry, nil, "foreign_token", "its identity registry is 0x00000000000000000000000000000000000000E5"},
		{"another admin", &otherAdmin, nil, "foreign_token", "does not hold its admin role"},
		{"a proxy another deployer made through the same factory", &coAdmin, nil, "foreign_token", "did not deploy it through the factory"},
		{"the issuer's deed", &withIssuerDeed, nil, "foreign_token", "deed " + issuerDeed.Hex()},
		{"the issuer's feed", &fundToken, &issuerFeed, "foreign_feed", "did not deploy it through the factory"},
		{"a token as the feed", &fundToken, &fundToken, "foreign_feed", "is not the ValuationFeed this platform compiles"},
	}
	for _, tt := range tests {
		_, err := e.issuer.Tokenize(ctx, a.ID, api.Tokenize{Token: tt.token, Feed: tt.feed})
		var ce *client.Error
		if !errors.As(err, &ce) || ce.Status != 422 || ce.Code != tt.code || !strings.Contains(ce.Message, tt.says) {
			t.Errorf("%s: %v; want 422 %s saying %q", tt.name, err, tt.code, tt.says)
		}
	}
	after, err := deps.Deployments(ctx, e.a.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != len(before) {
		t.Fatalf("refused registrations recorded deployments: %d before, %d after", len(before), len(after))
	}
	if got, err := e.auditor.Asset(ctx, a.ID); err != nil || got.State != string(issuance.Verified) || got.Token != nil {
		t.Fatalf("after refusals the asset is %+v (%v); want verified without a token", got, err)
	}

	// The suite's tokens are the platform's: accepted, with feed and deed.
	got, err := e.issuer.Tokenize(ctx, a.ID, api.Tokenize{Token: &fundToken, Feed: &fundFeed})
	if err != nil {
		t.Fatal(err)
	}
	if got.State != string(issuance.Tokenized) || *got.Token != fundToken || *got.Feed != fundFeed || got.Deed != nil {
		t.Fatalf("fund registered as %+v", got)
	}
	b := verifiedAsset(t, e, building())
	bldg, bldgFeed := e.suite.BuildingTok.Address, e.suite.BuildingFeed.Address
	// A feed values one asset: the fund's, given for the building, would
	// carry the fund's price into the building's holdings.
	var ce *client.Error
	if _, err := e.issuer.Tokenize(ctx, b.ID, api.Tokenize{Token: &bldg, Feed: &fundFeed}); !errors.As(err, &ce) || ce.Status != 409 || ce.Code != "feed_taken" {
		t.Fatalf("the building registered with the fund's feed: %v; want 409 feed_taken", err)
	}
	// An address the platform deploys for another asset is that asset's,
	// already while that tokenization is under way (its record is written
	// before the deployment is sent).
	const inFlight = `UPDATE chain_deployments SET name = $1 WHERE chain_id = $2 AND name = $3`
	other := "issuance:00000000-0000-4000-8000-000000000000:token"
	if _, err := e.pool.Exec(ctx, inFlight, other, e.a.ChainID.String(), "asset:BLDG:token"); err != nil {
		t.Fatal(err)
	}
	if _, err := e.issuer.Tokenize(ctx, b.ID, api.Tokenize{Token: &bldg, Feed: &bldgFeed}); !errors.As(err, &ce) || ce.Status != 409 || ce.Code != "token_taken" {
		t.Fatalf("another asset's token registered: %v; want 409 token_taken", err)
	}
	if _, err := e.pool.Exec(ctx, inFlight, "asset:BLDG:token", e.a.ChainID.String(), other); err != nil {
		t.Fatal(err)
	}
	if got, err = e.issuer.Tokenize(ctx, b.ID, api.Tokenize{Token: &bldg, Feed: &bldgFeed}); err != nil {
		t.Fatal(err)
	}
	if got.Deed == nil || *got.Deed != e.suite.BuildingDeed.Address {
		t.Fatalf("building registered as %+v; want the suite's deed", got)
	}
	// The rules the building was verified with hold on the registered
	// token as on a deployed one: compliance shows them, and the token
	// enforces them.
	r, err := e.srv.NewClient(t, apikey.Compliance).Rules(ctx, bldg.Hex())
	if err != nil || r.Version != 1 || !r.CountryRestriction || strings.Join(r.AllowedCountries, ",") != "DE" ||
		r.MaxInvestors == nil || *r.MaxInvestors != 100 || r.Actor != "system:issuance-tokenize" {
		t.Fatalf("rules of the registered building token: %+v, %v", r, err)
	}
	tokABI := assettoken.NewAssetToken()
	maxInv, err := bind.Call(tokABI.Instance(e.c, bldg), nil, tokABI.PackMaxInvestors(), tokABI.UnpackMaxInvestors)
	if err != nil || maxInv.Int64() != 100 {
		t.Fatalf("the token's max investors: %v, %v; want 100", maxInv, err)
	}
}
