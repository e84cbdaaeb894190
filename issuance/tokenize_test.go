package issuance_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/postgres"
)

// A name the token's constructor would refuse (EIP-712 keeps it as a
// ShortString: StringTooLong beyond 31 bytes) is refused when the asset is
// created, counting UTF-8 bytes, not characters; a name of exactly 31
// bytes is created and tokenized, and the token carries it.
func TestAssetNameFitsTheToken(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	for _, name := range []string{
		"Harbour Street Treasury Fund II",  // 31 letters and one more below
		strings.Repeat("é", 16),            // 16 characters, 32 bytes
		"Harbour Street Treasury Fund III", // 32
	} {
		n := fund()
		n.Name = name
		if len(name) <= issuance.MaxNameBytes {
			continue
		}
		_, err := e.issuer.CreateAsset(ctx, n)
		mustCode(t, err, 400, "invalid_name")
		if !strings.Contains(err.Error(), "at most 31") {
			t.Errorf("refusal of %q does not say the limit: %v", name, err)
		}
	}
	n := fund()
	n.Name = "Harbour Street Treasury Fund II"
	if len(n.Name) != issuance.MaxNameBytes {
		t.Fatalf("test name is %d bytes", len(n.Name))
	}
	a := onboard(t, e, n, prospectus, "prospectus")
	tok := assettoken.NewAssetToken()
	got, err := bind.Call(tok.Instance(e.c, *a.Token), nil, tok.PackName(), tok.UnpackName)
	if err != nil || got != n.Name {
		t.Fatalf("token name %q, %v", got, err)
	}
}

// A tokenization that fails part way (here the deed's mint: the issuer's
// wallet lost its KYC) leaves the asset verified with nothing recorded,
// and calling Tokenize again resumes it: the failed step is attempted
// again under a new key, the contracts already deployed are not deployed
// twice, and the asset ends tokenized.
func TestTokenizeResumesAfterAFailedStep(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	signer := e.svc.Signer()
	setExpiry := func(key string, at time.Time) {
		t.Helper()
		reg := identityregistry.NewIdentityRegistry()
		to := e.suite.Registry.Address
		if _, err := e.txm.Submit(ctx, txmgr.Request{IdempotencyKey: key, To: &to, Data: reg.PackUpdateExpiry(signer, uint64(at.Unix()))}); err != nil {
			t.Fatal(err)
		}
		if r, err := e.txm.Wait(ctx, key); err != nil || r.State == txmgr.Failed {
			t.Fatalf("%s: %+v, %v", key, r, err)
		}
	}

	a, err := e.issuer.CreateAsset(ctx, building())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.issuer.TransitionAsset(ctx, a.ID, string(issuance.Submitted), ""); err != nil {
		t.Fatal(err)
	}
	if _, err := e.approver.TransitionAsset(ctx, a.ID, string(issuance.Verified), "checked"); err != nil {
		t.Fatal(err)
	}
	setExpiry("test/kyc-expired", time.Now().Add(-time.Hour))
	_, err = e.issuer.Tokenize(ctx, a.ID, api.Tokenize{})
	mustCode(t, err, 422, "chain_write_failed")
	if !strings.Contains(err.Error(), "deed-mint") {
		t.Fatalf("failure does not name the step: %v", err)
	}
	stuck, err := e.auditor.Asset(ctx, a.ID)
	if err != nil || stuck.State != string(issuance.Verified) || stuck.Token != nil {
		t.Fatalf("after the failure: %+v, %v", stuck, err)
	}
	feedTx := e.request(t, "issuance:"+a.ID+":feed")

	setExpiry("test/kyc-renewed", time.Now().AddDate(1, 0, 0))
	done, err := e.issuer.Tokenize(ctx, a.ID, api.Tokenize{})
	if err != nil {
		t.Fatalf("tokenize again: %v", err)
	}
	if done.State != string(issuance.Tokenized) || done.Token == nil || done.Deed == nil || done.Feed == nil {
		t.Fatalf("resumed tokenization: %+v", done)
	}
	if again := e.request(t, "issuance:"+a.ID+":feed"); again.TxHash != feedTx.TxHash {
		t.Errorf("the feed was deployed again: %s, then %s", feedTx.TxHash, again.TxHash)
	}
	if r := e.request(t, "issuance:"+a.ID+":deed-mint"); r.State != txmgr.Failed {
		t.Errorf("first deed mint: %s", r.State)
	}
	if r := e.request(t, "issuance:"+a.ID+":deed-mint#2"); !r.State.Done() || r.State == txmgr.Failed {
		t.Errorf("second deed mint: %s %s", r.State, r.Error)
	}
	tok := assettoken.NewAssetToken()
	locked, err := bind.Call(tok.Instance(e.c, *done.Token), nil, tok.PackDeedLocked(), tok.UnpackDeedLocked)
	if err != nil || !locked {
		t.Errorf("deed locked into the fractions: %v, %v", locked, err)
	}
	// Once tokenized, there is nothing left to resume.
	_, err = e.issuer.Tokenize(ctx, a.ID, api.Tokenize{})
	mustCode(t, err, 409, "invalid_state")
}

// request reads a transaction manager request by key.
func (e *env) request(t *testing.T, key string) txmgr.Request {
	t.Helper()
	r, err := (&postgres.TxStore{Pool: e.pool}).Request(context.Background(), key)
	if err != nil {
		t.Fatalf("request %s: %v", key, err)
	}
	return r
}

// Tokenizing sets the rules chosen at onboarding through compliance, which
// owns them: the compliance API shows them as the token's first version,
// recorded as set by the platform for the tokenizing key with the verifier
// named, and the token enforces them. Rules compliance would refuse are
// refused when the asset is created.
func TestTokenizeSetsRulesThroughCompliance(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	for _, bad := range []struct {
		rules api.AssetRules
		code  string
	}{
		{api.AssetRules{CountryRestriction: true, AllowedCountries: []string{"XX"}}, "invalid_country"},
		{api.AssetRules{MaxBalance: ptr("0")}, "invalid_max_balance"},
		{api.AssetRules{MaxBalance: ptr("ten")}, "invalid_field"},
		{api.AssetRules{MaxInvestors: ptr(int64(1 << 32))}, "invalid_max_investors"},
		{api.AssetRules{RequiredFlags: []string{"rich"}}, "invalid_flag"},
		// A valuation guard is compliance's to set, on the token.
		{api.AssetRules{ValuationFeed: ptr("0x00000000000000000000000000000000000000f1"), ValuationMaxAge: 3600}, "invalid_valuation_guard"},
		{api.AssetRules{ValuationMaxAge: 3600}, "invalid_valuation_guard"},
	} {
		n := building()
		n.Rules = bad.rules
		_, err := e.issuer.CreateAsset(ctx, n)
		mustCode(t, err, 400, bad.code)
	}

	n := building()
	n.Rules.RequiredFlags = []string{"accredited"}
	a := onboard(t, e, n, pdf, "title_deed")
	officer := e.srv.NewClient(t, apikey.Compliance)
	r, err := officer.Rules(ctx, a.Token.Hex())
	if err != nil {
		t.Fatalf("compliance API: rules of the new token: %v", err)
	}
	if r.Version != 1 || !r.CountryRestriction || strings.Join(r.AllowedCountries, ",") != "DE" || r.MaxInvestors == nil || *r.MaxInvestors != 100 ||
		strings.Join(r.RequiredFlags, ",") != "accredited" || r.Actor != "system:issuance-tokenize" ||
		!strings.Contains(r.Reason, a.ID) || !strings.Contains(r.Reason, a.VerifiedBy) {
		t.Fatalf("rules shown by compliance: %+v", r)
	}
	tok := assettoken.NewAssetToken()
	inst := tok.Instance(e.c, *a.Token)
	if v, err := bind.Call(inst, nil, tok.PackMaxInvestors(), tok.UnpackMaxInvestors); err != nil || v.Int64() != 100 {
		t.Errorf("maxInvestors on chain: %d, %v", v, err)
	}
	if v, err := bind.Call(inst, nil, tok.PackIsCountryAllowed(276), tok.UnpackIsCountryAllowed); err != nil || !v {
		t.Errorf("Germany allowed on chain: %v, %v", v, err)
	}
	if v, err := bind.Call(inst, nil, tok.PackRequiredFlags(), tok.UnpackRequiredFlags); err != nil || v != 1 {
		t.Errorf("required flags on chain: %d, %v", v, err)
	}
	// Investors are counted from the first unit, so caps can come later.
	if v, err := bind.Call(inst, nil, tok.PackInvestorCounting(), tok.UnpackInvestorCounting); err != nil || !v {
		t.Errorf("investor counting on chain: %v, %v", v, err)
	}
	// The asset keeps the rules it was verified with, in compliance's form.
	got, err := e.auditor.Asset(ctx, a.ID)
	if err != nil || got.Rules.MaxInvestors == nil || *got.Rules.MaxInvestors != 100 || strings.Join(got.Rules.AllowedCountries, ",") != "DE" {
		t.Fatalf("asset rules: %+v, %v", got.Rules, err)
	}
}
