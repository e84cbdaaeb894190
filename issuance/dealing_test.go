package issuance_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/dealing"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/postgres"
)

// dealingFund is a fund that deals at NAV in pay.
func dealingFund(pay common.Address) api.NewAsset {
	n := fund()
	n.Symbol, n.DealingPaymentToken = "TTFD", pay.Hex()
	return n
}

// mustDeal checks on chain that dealing is asset a's Dealing contract as
// tokenizing leaves it: it deals a's token in pay at a's feed, the token
// lets it mint, burn and lock units, and the signer configures, funds and
// fulfils it.
func (e *env) mustDeal(t *testing.T, a api.Asset, dealingAddr, pay common.Address) {
	t.Helper()
	if code, err := e.c.CodeAt(context.Background(), dealingAddr, nil); err != nil || len(code) == 0 {
		t.Fatalf("no code at the dealing contract %s: %v", dealingAddr, err)
	}
	dl := dealing.NewDealing()
	inst := dl.Instance(e.c, dealingAddr)
	for _, c := range []struct {
		what string
		got  func() (common.Address, error)
		want common.Address
	}{
		{"share()", func() (common.Address, error) { return bind.Call(inst, nil, dl.PackShare(), dl.UnpackShare) }, *a.Token},
		{"asset()", func() (common.Address, error) { return bind.Call(inst, nil, dl.PackAsset(), dl.UnpackAsset) }, pay},
		{"feed()", func() (common.Address, error) { return bind.Call(inst, nil, dl.PackFeed(), dl.UnpackFeed) }, *a.Feed},
	} {
		if got, err := c.got(); err != nil || got != c.want {
			t.Errorf("dealing %s = %s, %v; want %s", c.what, got, err, c.want)
		}
	}
	tok := assettoken.NewAssetToken()
	signer := e.svc.Signer()
	for _, r := range []struct {
		on      common.Address
		role    string
		account common.Address
	}{
		{*a.Token, "MINTER_ROLE", dealingAddr},
		{*a.Token, "AGENT_ROLE", dealingAddr},
		{dealingAddr, "CONFIG_ROLE", signer},
		{dealingAddr, "TREASURY_ROLE", signer},
		{dealingAddr, "FULFILLER_ROLE", signer},
		{dealingAddr, "DEFAULT_ADMIN_ROLE", signer},
	} {
		id := crypto.Keccak256Hash([]byte(r.role))
		if r.role == "DEFAULT_ADMIN_ROLE" {
			id = common.Hash{}
		}
		held, err := bind.Call(tok.Instance(e.c, r.on), nil, tok.PackHasRole(id, r.account), tok.UnpackHasRole)
		if err != nil || !held {
			t.Errorf("%s on %s for %s: %v, %v; want held", r.role, r.on, r.account, held, err)
		}
	}
}

// An asset that deals at NAV gets, when tokenized, its Dealing contract:
// deployed after the token, recorded so the indexer follows it, wired to
// the token and the feed, with the signer holding its roles; DealingOf
// answers where it deals, and refuses assets that do not.
func TestTokenizeDeploysTheDealingContract(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	pay := e.suite.Stablecoin.Address

	n := dealingFund(pay)
	draft, err := e.issuer.CreateAsset(ctx, n)
	if err != nil {
		t.Fatal(err)
	}
	if draft.DealingPaymentToken == nil || *draft.DealingPaymentToken != pay || draft.Dealing != nil {
		t.Fatalf("new asset: payment token %v, dealing %v", draft.DealingPaymentToken, draft.Dealing)
	}
	_, err = e.svc.DealingOf(ctx, draft.ID)
	mustKind(t, err, errs.Conflict, "not_dealing")
	if _, err := e.issuer.TransitionAsset(ctx, draft.ID, string(issuance.Retired), ""); err != nil {
		t.Fatal(err)
	}

	a := onboard(t, e, n, prospectus, "prospectus")
	if a.Dealing == nil || a.DealingPaymentToken == nil || *a.DealingPaymentToken != pay {
		t.Fatalf("tokenized asset: dealing %v, payment token %v", a.Dealing, a.DealingPaymentToken)
	}
	e.mustDeal(t, a, *a.Dealing, pay)
	rec, err := (&postgres.Deployments{Pool: e.pool}).Deployment(ctx, e.a.ChainID, "issuance:"+a.ID+":dealing")
	if err != nil || rec.Contract != "Dealing" || rec.Address != *a.Dealing || rec.TxHash == (common.Hash{}) {
		t.Fatalf("dealing record: %+v, %v", rec, err)
	}

	d, err := e.svc.DealingOf(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := issuance.DealingAsset{AssetID: a.ID, Symbol: "TTFD", State: issuance.Active, ChainID: e.a.ChainID, Token: *a.Token,
		Feed: *a.Feed, Dealing: *a.Dealing, PaymentToken: pay, UnitDecimals: 6, PaymentDecimals: 6}
	if d.ChainID == nil || d.ChainID.Cmp(want.ChainID) != 0 {
		t.Fatalf("DealingOf chain id %v; want %v", d.ChainID, want.ChainID)
	}
	d.ChainID = want.ChainID
	if d != want {
		t.Fatalf("DealingOf:\n got %+v\nwant %+v", d, want)
	}

	// A fund created without a payment token does not deal.
	plain := onboard(t, e, fund(), prospectus, "prospectus")
	if plain.Dealing != nil {
		t.Fatalf("a fund without a payment token got a dealing contract %s", plain.Dealing)
	}
	_, err = e.svc.DealingOf(ctx, plain.ID)
	mustKind(t, err, errs.Conflict, "not_dealing")
	_, err = e.svc.DealingOf(ctx, "00000000-0000-4000-8000-000000000000")
	mustKind(t, err, errs.NotFound, "asset_not_found")
	_, err = e.svc.DealingOf(ctx, "not-an-id")
	mustKind(t, err, errs.NotFound, "asset_not_found")
}

// The payment token is checked when the asset is created (an address, not
// zero, on a kind that deals at NAV) and, when it is tokenized, on chain:
// an address where no ERC-20 answers is refused before anything is
// deployed.
func TestDealingPaymentTokenIsChecked(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	pay := e.suite.Stablecoin.Address
	for _, bad := range []struct {
		name   string
		change func(*api.NewAsset)
		code   string
	}{
		{"real estate", func(n *api.NewAsset) { *n = building(); n.DealingPaymentToken = pay.Hex() }, "invalid_dealing"},
		{"art", func(n *api.NewAsset) { n.Kind = string(issuance.Art) }, "invalid_dealing"},
		{"a unique asset", func(n *api.NewAsset) {
			n.Kind, n.Unique, n.Decimals, n.TotalUnits = string(issuance.OtherKind), true, 0, "1"
		}, "invalid_dealing"},
		{"not an address", func(n *api.NewAsset) { n.DealingPaymentToken = "0x1234" }, "invalid_payment_token"},
		// The API's decoder refuses a mistyped address in any field.
		{"a bad checksum", func(n *api.NewAsset) { n.DealingPaymentToken = miscased(pay) }, "invalid_address"},
		{"the zero address", func(n *api.NewAsset) { n.DealingPaymentToken = common.Address{}.Hex() }, "invalid_payment_token"},
	} {
		n := dealingFund(pay)
		bad.change(&n)
		if n.DealingPaymentToken == "" {
			t.Fatalf("%s: no payment token in the test", bad.name)
		}
		_, err := e.issuer.CreateAsset(ctx, n)
		mustCode(t, err, 400, bad.code)
	}
	for _, k := range []issuance.Kind{issuance.PrivateCredit, issuance.Commodity, issuance.OtherKind} {
		n := dealingFund(pay)
		n.Kind = string(k)
		if a, err := e.issuer.CreateAsset(ctx, n); err != nil || a.DealingPaymentToken == nil {
			t.Errorf("%s dealing at NAV: %+v, %v", k, a, err)
		}
	}

	// An account with no code: no ERC-20 answers there.
	a := verifiedAsset(t, e, dealingFund(e.stranger))
	_, err := e.issuer.Tokenize(ctx, a.ID, api.Tokenize{})
	mustCode(t, err, 422, "invalid_payment_token")
	if got, err := e.auditor.Asset(ctx, a.ID); err != nil || got.State != string(issuance.Verified) || got.Token != nil {
		t.Fatalf("after the refusal: %+v, %v", got, err)
	}
	if _, err := (&postgres.TxStore{Pool: e.pool}).Request(ctx, "issuance:"+a.ID+":feed"); !errors.Is(err, txmgr.ErrNotFound) {
		t.Fatalf("a contract was deployed for the refused asset: %v", err)
	}
	// A token registered for it is refused the same way.
	fundToken, fundFeed := e.suite.FundToken.Address, e.suite.FundFeed.Address
	_, err = e.issuer.Tokenize(ctx, a.ID, api.Tokenize{Token: &fundToken, Feed: &fundFeed})
	mustCode(t, err, 422, "invalid_payment_token")
}

// miscased is a's EIP-55 form with the case of one letter flipped: a
// checksum that fails.
func miscased(a common.Address) string {
	b := []byte(a.Hex())
	for i := 2; i < len(b); i++ {
		switch {
		case b[i] >= 'a' && b[i] <= 'f':
			b[i] -= 'a' - 'A'
			return string(b)
		case b[i] >= 'A' && b[i] <= 'F':
			b[i] += 'a' - 'A'
			return string(b)
		}
	}
	panic("an address with no letter")
}

// onlyFromEOA is runtime code that answers every call with the uint256 6
// (decimals(), balanceOf()…) when called by the transaction's own sender,
// and reverts when called by a contract: an eth_call from the signer sees
// an ERC-20, a Dealing initializer reading its decimals() reverts.
var onlyFromEOA = common.FromHex("0x333214600b5760006000fd5b600660005260206000f3")

// A tokenization that fails at the Dealing contract (its initializer
// reverts) leaves the asset verified; once the cause is gone, calling
// Tokenize again resumes it: the token and feed are not deployed again,
// the dealing deployment is attempted again under a new key at the same
// address, and there is one Dealing contract.
func TestTokenizeDealingResumesAfterAFailure(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	pay := common.HexToAddress("0x00000000000000000000000000000000000d0117")
	setCode := func(code []byte) {
		t.Helper()
		if err := e.c.Client().CallContext(ctx, nil, "anvil_setCode", pay, hexutil.Encode(code)); err != nil {
			t.Fatal(err)
		}
	}
	setCode(onlyFromEOA)
	a := verifiedAsset(t, e, dealingFund(pay))
	_, err := e.issuer.Tokenize(ctx, a.ID, api.Tokenize{})
	mustCode(t, err, 422, "chain_write_failed")
	if !strings.Contains(err.Error(), "issuance:"+a.ID+":dealing") {
		t.Fatalf("the failure does not name the dealing step: %v", err)
	}
	if got, err := e.auditor.Asset(ctx, a.ID); err != nil || got.State != string(issuance.Verified) || got.Dealing != nil {
		t.Fatalf("after the failure: %+v, %v", got, err)
	}
	tokenTx := e.request(t, "issuance:"+a.ID+":token")
	first, err := (&postgres.Deployments{Pool: e.pool}).Deployment(ctx, e.a.ChainID, "issuance:"+a.ID+":dealing")
	if err != nil {
		t.Fatalf("the dealing address is recorded before it is sent: %v", err)
	}

	// The payment token becomes a real ERC-20 (the stablecoin's code).
	coin, err := e.c.CodeAt(ctx, e.suite.Stablecoin.Address, nil)
	if err != nil {
		t.Fatal(err)
	}
	setCode(coin)
	done, err := e.issuer.Tokenize(ctx, a.ID, api.Tokenize{})
	if err != nil {
		t.Fatalf("tokenize again: %v", err)
	}
	if done.State != string(issuance.Tokenized) || done.Dealing == nil || *done.Dealing != first.Address {
		t.Fatalf("resumed: %+v; want the dealing contract at %s", done, first.Address)
	}
	if again := e.request(t, "issuance:"+a.ID+":token"); again.TxHash != tokenTx.TxHash {
		t.Errorf("the token was deployed again: %s, then %s", tokenTx.TxHash, again.TxHash)
	}
	if r := e.request(t, "issuance:"+a.ID+":dealing"); r.State != txmgr.Failed {
		t.Errorf("first dealing deployment: %s", r.State)
	}
	if r := e.request(t, "issuance:"+a.ID+":dealing#2"); !r.State.Done() || r.State == txmgr.Failed {
		t.Errorf("second dealing deployment: %s %s", r.State, r.Error)
	}
	e.mustDeal(t, done, *done.Dealing, pay)
	recs, err := (&postgres.Deployments{Pool: e.pool}).Deployments(ctx, e.a.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	var dealings []chain.Deployment
	for _, d := range recs {
		if d.Contract == "Dealing" && strings.HasPrefix(d.Name, "issuance:"+a.ID+":") {
			dealings = append(dealings, d)
		}
	}
	if len(dealings) != 1 || dealings[0].Address != *done.Dealing {
		t.Fatalf("dealing records of the asset: %+v", dealings)
	}
	if d, err := e.svc.DealingOf(ctx, a.ID); err != nil || d.Dealing != *done.Dealing || d.PaymentDecimals != 6 {
		t.Fatalf("DealingOf: %+v, %v", d, err)
	}
}

// Registering an existing token for an asset that deals at NAV needs its
// feed, and takes the token's existing Dealing contract only if it deals
// that token, in the asset's payment token, at that feed; the dev suite's
// fund, registered with its Dealing contract, deals through it.
func TestRegisterTakesTheTokensDealingContract(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	pay := e.suite.Stablecoin.Address
	fundToken, fundFeed, fundDealing := e.suite.FundToken.Address, e.suite.FundFeed.Address, e.suite.FundDealing.Address

	plain := verifiedAsset(t, e, fund())
	_, err := e.issuer.Tokenize(ctx, plain.ID, api.Tokenize{Token: &fundToken, Feed: &fundFeed, Dealing: &fundDealing})
	mustCode(t, err, 400, "invalid_dealing")

	a := verifiedAsset(t, e, dealingFund(pay))
	_, err = e.issuer.Tokenize(ctx, a.ID, api.Tokenize{Token: &fundToken})
	mustCode(t, err, 400, "feed_required")
	_, err = e.issuer.Tokenize(ctx, a.ID, api.Tokenize{Dealing: &fundDealing})
	mustCode(t, err, 400, "invalid_dealing")
	// Not a Dealing contract, and one that deals in another payment token.
	_, err = e.issuer.Tokenize(ctx, a.ID, api.Tokenize{Token: &fundToken, Feed: &fundFeed, Dealing: &fundFeed})
	mustCode(t, err, 422, "foreign_dealing")
	other := verifiedAsset(t, e, dealingFund(fundToken)) // an ERC-20, not the one the suite's fund deals in
	_, err = e.issuer.Tokenize(ctx, other.ID, api.Tokenize{Token: &fundToken, Feed: &fundFeed, Dealing: &fundDealing})
	mustCode(t, err, 422, "dealing_mismatch")

	got, err := e.issuer.Tokenize(ctx, a.ID, api.Tokenize{Token: &fundToken, Feed: &fundFeed, Dealing: &fundDealing})
	if err != nil {
		t.Fatal(err)
	}
	if got.Dealing == nil || *got.Dealing != fundDealing {
		t.Fatalf("registered with dealing %v; want %s", got.Dealing, fundDealing)
	}
	e.mustDeal(t, got, fundDealing, pay)
	d, err := e.svc.DealingOf(ctx, a.ID)
	if err != nil || d.Dealing != fundDealing || d.Token != fundToken || d.Feed != fundFeed || d.PaymentToken != pay ||
		d.UnitDecimals != 6 || d.PaymentDecimals != 6 {
		t.Fatalf("DealingOf: %+v, %v", d, err)
	}
}
