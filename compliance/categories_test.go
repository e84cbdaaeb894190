package compliance_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/bindings/identityregistry"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/internal/app/apptest"
	"github.com/tessera-rwa/tessera/postgres"
)

// categoryOf reads the registry's categoryOf(wallet, c).
func (r *rig) categoryOf(w common.Address, c uint8) identityregistry.CategoryOfOutput {
	r.t.Helper()
	out, err := r.eth.CallContract(r.ctx, ethereum.CallMsg{To: &r.registry, Data: regBinding.PackCategoryOf(w, c)}, nil)
	if err != nil {
		r.t.Fatal(err)
	}
	got, err := regBinding.UnpackCategoryOf(out)
	if err != nil {
		r.t.Fatal(err)
	}
	return got
}

// flagsOf reads the flags of identityOf(wallet).
func (r *rig) flagsOf(w common.Address) uint64 {
	r.t.Helper()
	out, err := r.eth.CallContract(r.ctx, ethereum.CallMsg{To: &r.registry, Data: regBinding.PackIdentityOf(w)}, nil)
	if err != nil {
		r.t.Fatal(err)
	}
	id, err := regBinding.UnpackIdentityOf(out)
	if err != nil {
		r.t.Fatal(err)
	}
	return id.Flags.Uint64()
}

// advance moves the chain's clock and the platform's by d.
func (r *rig) advance(d time.Duration) {
	r.t.Helper()
	if err := r.eth.Client().Call(nil, "evm_increaseTime", int64(d/time.Second)); err != nil {
		r.t.Fatal(err)
	}
	if err := r.eth.Client().Call(nil, "evm_mine"); err != nil {
		r.t.Fatal(err)
	}
	r.now.Add(int64(d / time.Second))
}

func mined(tb testing.TB, txs []api.TxState) {
	tb.Helper()
	for _, tx := range txs {
		if tx.State != "confirmed" && tx.State != "finalized" {
			tb.Fatalf("chain write %+v", tx)
		}
	}
}

func actions(txs []api.TxState) []string {
	out := []string{}
	for _, tx := range txs {
		out = append(out, tx.Action)
	}
	return out
}

func TestCategoryExpiryFlowsToRegistryAndLapses(t *testing.T) {
	t.Parallel()
	// An anvil of its own: the test moves the chain's clock.
	r := newRig(t, apptest.Options{})
	year := time.Now().AddDate(1, 0, 0)
	alice := r.onboard("Alice", "DE", []string{"accredited"}, year)
	r.mint(alice.addr, 1000)

	// Bob is accredited for an hour, on the strength of a letter.
	letter := crypto.Keccak256Hash([]byte("accreditation letter of Bob"))
	until := r.clock().Add(time.Hour).Truncate(time.Second)
	inv, err := r.officer.CreateInvestor(r.ctx, api.NewInvestor{LegalName: "Bob", Type: "person", Country: "DE", Flags: []string{"professional"},
		Categories: []api.InvestorCategory{{Category: "accredited", ExpiresAt: &until, Proof: letter.Hex()}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(inv.Categories) != 2 || inv.Categories[0].Category != "accredited" || !inv.Categories[0].ExpiresAt.Equal(until) ||
		inv.Categories[0].Proof != letter.Hex() || inv.Categories[1].Category != "professional" || inv.Categories[1].ExpiresAt != nil {
		t.Fatalf("categories %+v", inv.Categories)
	}
	if _, err := r.officer.SetKYC(r.ctx, inv.ID, api.KYCDecision{Status: "approved", ExpiresAt: &year}); err != nil {
		t.Fatal(err)
	}
	bob := r.newWallet()
	got := r.link(inv.ID, bob)
	// Registered first with the lasting flags, then the category on its
	// terms: the later write follows in nonce order with a fixed gas limit.
	mined(t, got.Txs)
	if a := actions(got.Txs); strings.Join(a, ",") != "registry register,registry set_category_accredited" {
		t.Fatalf("writes %v", a)
	}
	if rc, err := r.eth.TransactionReceipt(r.ctx, got.Txs[1].TxHash); err != nil {
		t.Fatal(err)
	} else {
		t.Logf("setCategory after registerIdentity: %d gas", rc.GasUsed)
	}
	c := r.categoryOf(bob.addr, 0)
	if !c.Held || c.Expiry != uint64(until.Unix()) || common.Hash(c.Proof) != letter {
		t.Fatalf("categoryOf %+v", c)
	}
	if f := r.flagsOf(bob.addr); f != uint64(compliance.Accredited|compliance.Professional) {
		t.Fatalf("flags 0x%x", f)
	}
	w := got.Wallets[0]
	if !w.InSync || len(w.OnChain.Categories) != 1 || w.OnChain.Categories[0].Proof != letter || !w.OnChain.Categories[0].Expiry.Equal(until) {
		t.Fatalf("wallet view %+v", w)
	}

	// A new expiry and proof are rewritten with setCategory alone.
	renewed, letter2 := until.Add(30*time.Minute), crypto.Keccak256Hash([]byte("renewed letter"))
	cats := []api.InvestorCategory{{Category: "accredited", ExpiresAt: &renewed, Proof: letter2.Hex()}, {Category: "professional"}}
	got, err = r.officer.UpdateInvestor(r.ctx, inv.ID, api.InvestorUpdate{Categories: &cats})
	if err != nil {
		t.Fatal(err)
	}
	mined(t, got.Txs)
	if a := actions(got.Txs); strings.Join(a, ",") != "registry set_category_accredited" {
		t.Fatalf("writes %v", a)
	}
	if c := r.categoryOf(bob.addr, 0); c.Expiry != uint64(renewed.Unix()) || common.Hash(c.Proof) != letter2 {
		t.Fatalf("renewed categoryOf %+v", c)
	}
	// Flags alone keep the terms of a category they still name.
	flags := []string{"accredited", "professional"}
	got, err = r.officer.UpdateInvestor(r.ctx, inv.ID, api.InvestorUpdate{Flags: &flags})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Txs) != 0 || got.Categories[0].ExpiresAt == nil || !got.Categories[0].ExpiresAt.Equal(renewed) {
		t.Fatalf("flags-only update: %v %+v", actions(got.Txs), got.Categories)
	}

	// Drift: a second registrar rewrites the terms behind the platform's
	// back; reconciliation writes the record's back.
	r.grantRegistrar()
	r.send(r.registry, regBinding.PackSetCategory(bob.addr, 0, uint64(renewed.Add(time.Hour).Unix()), [32]byte{1}))
	rep, err := r.officer.Reconcile(r.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Repairs) != 1 || rep.Repairs[0].Action != "set_category_accredited" || rep.Repairs[0].Wallet != bob.addr {
		t.Fatalf("repairs %+v", rep.Repairs)
	}
	if c := r.categoryOf(bob.addr, 0); c.Expiry != uint64(renewed.Unix()) || common.Hash(c.Proof) != letter2 {
		t.Fatalf("repaired categoryOf %+v", c)
	}

	// Accredited only: Bob may receive while his accreditation runs.
	if res, err := r.officer.SetRules(r.ctx, r.token.Hex(), api.SetRules{RequiredFlags: []string{"accredited"}, Reason: "accredited only"}); err != nil {
		t.Fatal(err)
	} else {
		mined(t, res.Txs)
	}
	if code := r.onChainCode(alice, bob.addr, 10); code != 0 {
		t.Fatalf("accredited receiver refused: 0x%02X", code)
	}

	// Two hours later on chain and on the platform: the sweep drops the
	// category from the record and clears it on chain, once.
	r.advance(2 * time.Hour)
	logBefore := r.logLen()
	sw, err := r.officer.Sweep(r.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(sw.Lapsed) != 1 || sw.Lapsed[0].InvestorID != inv.ID || sw.Lapsed[0].Category != "accredited" ||
		!sw.Lapsed[0].ExpiredAt.Equal(renewed) || sw.Lapsed[0].Proof != letter2.Hex() {
		t.Fatalf("lapsed %+v", sw.Lapsed)
	}
	mined(t, sw.Txs)
	key := "compliance/category-expiry/" + strings.ToLower(bob.addr.Hex()) + "/accredited/" + strconv.FormatInt(renewed.Unix(), 10)
	if len(sw.Txs) != 1 || sw.Txs[0].Action != "registry expire_categories" || sw.Txs[0].Key != key {
		t.Fatalf("sweep writes %+v", sw.Txs)
	}
	if c := r.categoryOf(bob.addr, 0); c.Held || c.Expiry != 0 {
		t.Fatalf("after the sweep categoryOf %+v", c)
	}
	if f := r.flagsOf(bob.addr); f != uint64(compliance.Professional) {
		t.Fatalf("after the sweep flags 0x%x", f)
	}
	r.wantRefused(alice, bob.addr, 10, 0x56, "required eligibility flags: accredited")
	after, err := r.officer.Investor(r.ctx, inv.ID)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(after.Flags, ",") != "professional" || len(after.Categories) != 1 || after.Categories[0].ExpiresAt != nil || !after.Wallets[0].InSync {
		t.Fatalf("record after the sweep %+v", after)
	}
	var data json.RawMessage
	var actor, subject string
	if err := r.pool.QueryRow(r.ctx, `SELECT actor, subject, data FROM compliance_log WHERE action = 'category.expired' AND seq > $1`, logBefore).
		Scan(&actor, &subject, &data); err != nil {
		t.Fatal(err)
	}
	var entry map[string]string
	if err := json.Unmarshal(data, &entry); err != nil || subject != inv.ID || entry["category"] != "accredited" ||
		entry["expired_at"] != renewed.UTC().Format(time.RFC3339) || entry["proof"] != letter2.Hex() {
		t.Fatalf("log entry %s %s %s", actor, subject, data)
	}

	// Again: nothing lapses, nothing is written.
	if sw, err := r.officer.Sweep(r.ctx); err != nil || len(sw.Lapsed) != 0 || len(sw.Txs) != 0 {
		t.Fatalf("second sweep %+v %v", sw, err)
	}
	var n int
	if err := r.pool.QueryRow(r.ctx, `SELECT count(*) FROM tx_requests WHERE idempotency_key LIKE 'compliance/category-expiry/%' || $1 || '/%'`,
		strings.ToLower(bob.addr.Hex())).Scan(&n); err != nil || n != 1 {
		t.Fatalf("expireCategories requests: %d %v", n, err)
	}
}

// A record whose category lapsed before the chain could clear it (the
// sweep stopped after the record) is cleared by the next sweep, with the
// same key; the registry's own expireCategories, called by anyone first,
// leaves the sweep nothing to send.
func TestCategorySweepCatchesUp(t *testing.T) {
	t.Parallel()
	r := newRig(t, apptest.Options{})
	year := time.Now().AddDate(1, 0, 0)
	until := r.clock().Add(time.Hour).Truncate(time.Second)
	mk := func(name string) holder {
		inv, err := r.officer.CreateInvestor(r.ctx, api.NewInvestor{LegalName: name, Type: "person", Country: "DE",
			Categories: []api.InvestorCategory{{Category: "qualified_purchaser", ExpiresAt: &until}}})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := r.officer.SetKYC(r.ctx, inv.ID, api.KYCDecision{Status: "approved", ExpiresAt: &year}); err != nil {
			t.Fatal(err)
		}
		h := r.newWallet()
		h.investorID = inv.ID
		mined(t, r.link(inv.ID, h).Txs)
		return h
	}
	carol, dave := mk("Carol"), mk("Dave")
	store := &postgres.ComplianceStore{Pool: r.pool}
	r.advance(2 * time.Hour)

	// The record side alone, as a sweep that stopped before the chain.
	lapses, err := store.ExpireCategories(r.ctx, r.clock(), "test")
	if err != nil || len(lapses) != 2 {
		t.Fatalf("lapses %+v %v", lapses, err)
	}
	// Anyone clears Dave's on chain first.
	r.send(r.registry, regBinding.PackExpireCategories(dave.addr))
	sw, err := r.svc.SweepCategories(r.ctx, auth.System("test", auth.Compliance))
	if err != nil {
		t.Fatal(err)
	}
	if len(sw.Lapsed) != 0 || len(sw.Txs) != 1 || !strings.Contains(sw.Txs[0].Key, strings.ToLower(carol.addr.Hex())) || sw.Txs[0].State != txmgr.Confirmed && sw.Txs[0].State != txmgr.Finalized {
		t.Fatalf("catch-up sweep %+v", sw)
	}
	for _, h := range []holder{carol, dave} {
		if c := r.categoryOf(h.addr, 1); c.Held || c.Expiry != 0 || r.flagsOf(h.addr) != 0 {
			t.Fatalf("%s: categoryOf %+v flags 0x%x", h.addr, c, r.flagsOf(h.addr))
		}
	}
	if pending, err := store.PendingLapses(r.ctx, 10); err != nil || len(pending) != 0 {
		t.Fatalf("pending lapses %+v %v", pending, err)
	}
}

func TestOnboardingGrantsAttestedCategories(t *testing.T) {
	t.Parallel()
	r := newRig(t, apptest.Options{Shared: true})
	w, att, res, h := r.onboardAttested("person-erin", compliance.Accredited|compliance.Professional, "accredited", "professional", "institutional")
	if !res.Registered || len(res.Investor.Investor.Grants) != 2 {
		t.Fatalf("onboarded %+v", res.Investor.Investor)
	}
	for _, c := range []uint8{0, 2} {
		got := r.categoryOf(w.addr, c)
		if !got.Held || got.Expiry != att.Expiry || common.Hash(got.Proof) != h {
			t.Fatalf("category %d: %+v, want expiry %d proof %s", c, got, att.Expiry, h)
		}
	}
	if f := r.flagsOf(w.addr); f != uint64(compliance.Accredited|compliance.Professional) {
		t.Fatalf("flags 0x%x", f)
	}
	inv, err := r.officer.Investor(r.ctx, res.Investor.Investor.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(inv.Categories) != 2 || inv.Categories[0].Proof != h.Hex() || inv.Categories[0].ExpiresAt.Unix() != int64(att.Expiry) || !inv.Wallets[0].InSync {
		t.Fatalf("investor %+v", inv)
	}

	// The officer makes professional lasting: its terms are revoked on
	// chain and the flag written again; accredited keeps its terms.
	exp := time.Unix(int64(att.Expiry), 0)
	cats := []api.InvestorCategory{{Category: "accredited", ExpiresAt: &exp, Proof: h.Hex()}, {Category: "professional"}}
	got, err := r.officer.UpdateInvestor(r.ctx, inv.ID, api.InvestorUpdate{Categories: &cats})
	if err != nil {
		t.Fatal(err)
	}
	mined(t, got.Txs)
	if a := actions(got.Txs); strings.Join(a, ",") != "registry revoke_category_professional,registry update_flags" || !got.Wallets[0].InSync {
		t.Fatalf("writes %v, wallet %+v", a, got.Wallets[0])
	}
	if c := r.categoryOf(w.addr, 2); !c.Held || c.Expiry != 0 || c.Proof != ([32]byte{}) {
		t.Fatalf("lasting professional: %+v", c)
	}
	if c := r.categoryOf(w.addr, 0); !c.Held || c.Expiry != att.Expiry || common.Hash(c.Proof) != h {
		t.Fatalf("accredited: %+v", c)
	}
	if f := r.flagsOf(w.addr); f != uint64(compliance.Accredited|compliance.Professional) {
		t.Fatalf("flags 0x%x", f)
	}
}

func TestCategoryInputsAreChecked(t *testing.T) {
	t.Parallel()
	r := newRig(t, apptest.Options{Shared: true})
	soon, past := r.clock().Add(time.Hour), r.clock().Add(-time.Minute)
	proof := crypto.Keccak256Hash([]byte("letter")).Hex()
	count := func() (n int) {
		t.Helper()
		if err := r.pool.QueryRow(r.ctx, `SELECT (SELECT count(*) FROM compliance_investors) + (SELECT count(*) FROM compliance_investor_categories)`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	existing, err := r.officer.CreateInvestor(r.ctx, api.NewInvestor{LegalName: "Frank", Type: "person", Country: "DE",
		Categories: []api.InvestorCategory{{Category: "institutional", ExpiresAt: &soon, Proof: proof}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		cats []api.InvestorCategory
		code string
	}{
		{"past expiry", []api.InvestorCategory{{Category: "accredited", ExpiresAt: &past}}, "category_expiry_past"},
		{"short proof", []api.InvestorCategory{{Category: "accredited", ExpiresAt: &soon, Proof: "0x1234"}}, "invalid_category_proof"},
		{"proof not hex", []api.InvestorCategory{{Category: "accredited", ExpiresAt: &soon, Proof: "0x" + strings.Repeat("zz", 32)}}, "invalid_category_proof"},
		{"proof without 0x", []api.InvestorCategory{{Category: "accredited", ExpiresAt: &soon, Proof: proof[2:]}}, "invalid_category_proof"},
		{"proof without expiry", []api.InvestorCategory{{Category: "accredited", Proof: proof}}, "category_proof_needs_expiry"},
		{"unknown category", []api.InvestorCategory{{Category: "sophisticated", ExpiresAt: &soon}}, "invalid_category"},
		{"named twice", []api.InvestorCategory{{Category: "accredited"}, {Category: "accredited", ExpiresAt: &soon}}, "duplicate_category"},
	} {
		t.Run(c.name, func(t *testing.T) {
			logs, rows := r.logLen(), count()
			_, err := r.officer.CreateInvestor(r.ctx, api.NewInvestor{LegalName: "Mallory", Type: "person", Country: "DE", Categories: c.cats})
			wantAPIError(t, err, 400, c.code)
			_, err = r.officer.UpdateInvestor(r.ctx, existing.ID, api.InvestorUpdate{Categories: &c.cats})
			wantAPIError(t, err, 400, c.code)
			if r.logLen() != logs || count() != rows {
				t.Fatal("a refused request stored something")
			}
		})
	}
	got, err := r.officer.Investor(r.ctx, existing.ID)
	if err != nil || got.Version != existing.Version || len(got.Categories) != 1 || got.Categories[0].Proof != proof {
		t.Fatalf("after refusals %+v %v", got, err)
	}
	// Flags and categories name one category once between them.
	_, err = r.officer.CreateInvestor(r.ctx, api.NewInvestor{LegalName: "Mallory", Type: "person", Country: "DE", Flags: []string{"accredited"},
		Categories: []api.InvestorCategory{{Category: "accredited", ExpiresAt: &soon}}})
	wantAPIError(t, err, 400, "duplicate_category")
}

func TestCategoriesNeedTheComplianceScope(t *testing.T) {
	t.Parallel()
	r := newRig(t, apptest.Options{Shared: true})
	soon := r.clock().Add(time.Hour)
	cats := []api.InvestorCategory{{Category: "accredited", ExpiresAt: &soon, Proof: crypto.Keccak256Hash([]byte("x")).Hex()}}
	inv, err := r.officer.CreateInvestor(r.ctx, api.NewInvestor{LegalName: "Grace", Type: "person", Country: "DE"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []*client.Client{r.issuer, r.auditor, r.approver} {
		_, err := c.CreateInvestor(r.ctx, api.NewInvestor{LegalName: "Mallory", Type: "person", Country: "DE", Categories: cats})
		wantAPIError(t, err, 403, "missing_scope")
		_, err = c.UpdateInvestor(r.ctx, inv.ID, api.InvestorUpdate{Categories: &cats})
		wantAPIError(t, err, 403, "missing_scope")
		_, err = c.Sweep(r.ctx)
		wantAPIError(t, err, 403, "missing_scope")
	}
	// In the domain too: a signed-in wallet and a key without the
	// compliance scope are refused before anything is read.
	in := []compliance.CategoryInput{{Name: "accredited", ExpiresAt: &soon}}
	for _, p := range []auth.Principal{auth.Wallet(r.newWallet().addr.Hex()), auth.System("issuer-job", auth.Issuer)} {
		_, err := r.svc.UpdateInvestor(r.ctx, p, inv.ID, compliance.InvestorUpdate{Categories: &in})
		wantCode(t, err, "missing_scope")
		_, err = r.svc.SweepCategories(r.ctx, p)
		wantCode(t, err, "missing_scope")
	}
	if got, err := r.officer.Investor(r.ctx, inv.ID); err != nil || len(got.Categories) != 0 || got.Version != inv.Version {
		t.Fatalf("after refusals %+v %v", got, err)
	}
}

// TestIssuerCategories: the issuer's own categories (issuer_4 … issuer_7,
// registry flag bits 4–7) are set like the standard ones, by an officer
// and by an attestation (with its terms), and do not change an
// attestation's tier.
func TestIssuerCategories(t *testing.T) {
	t.Parallel()
	r := newRig(t, apptest.Options{Shared: true})
	w, att, res, h := r.onboardAttested("person-gina", compliance.Accredited|compliance.Issuer5, "accredited")
	if !res.Registered || res.Onboarding.Tier != "accredited" {
		t.Fatalf("onboarded: registered %v, tier %q (want accredited: an issuer category is no tier)", res.Registered, res.Onboarding.Tier)
	}
	if got := r.categoryOf(w.addr, 5); !got.Held || got.Expiry != att.Expiry || common.Hash(got.Proof) != h {
		t.Fatalf("issuer_5 on chain: %+v", got)
	}
	if f := r.flagsOf(w.addr); f != uint64(compliance.Accredited|compliance.Issuer5) {
		t.Fatalf("flags 0x%x", f)
	}

	inv, err := r.officer.CreateInvestor(r.ctx, api.NewInvestor{LegalName: "Hugo", Type: "person", Country: "DE", Flags: []string{"issuer_6"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(inv.Categories) != 1 || inv.Categories[0].Category != "issuer_6" || inv.Categories[0].ExpiresAt != nil {
		t.Fatalf("categories %+v", inv.Categories)
	}
	if _, err := r.officer.CreateInvestor(r.ctx, api.NewInvestor{LegalName: "Ivo", Type: "person", Country: "DE", Flags: []string{"issuer_8"}}); !client.IsCode(err, "invalid_flag") {
		t.Fatalf("unknown category: %v, want invalid_flag", err)
	}
}

// onboardAttested has a new KYC provider attest a new wallet of subject,
// German, with cats, under a policy that auto-approves autoTiers, and
// onboards it with that attestation; it returns the wallet, the
// attestation, the result and the attestation's EIP-712 hash (the proof
// its categories carry).
func (r *rig) onboardAttested(subject string, cats compliance.Flag, autoTiers ...string) (holder, compliance.SignedAttestation, compliance.OnboardResult, common.Hash) {
	r.t.Helper()
	acme := r.addProvider("acme-kyc")
	tiers := make([]api.TierRule, len(autoTiers))
	for i, tier := range autoTiers {
		tiers[i] = api.TierRule{Tier: tier, Mode: "auto"}
	}
	if _, err := r.officer.SetOnboardingPolicy(r.ctx, api.SetOnboardingPolicy{Reason: "launch", Tiers: tiers}); err != nil {
		r.t.Fatal(err)
	}
	w := r.newWallet()
	att := r.attest(acme, w.addr, subject, 276, cats, nil)
	res, err := r.svc.Onboard(r.ctx, auth.Wallet(w.addr.Hex()), att)
	if err != nil {
		r.t.Fatal(err)
	}
	d, err := r.svc.AttestationDomain()
	if err != nil {
		r.t.Fatal(err)
	}
	h, err := att.Digest(d)
	if err != nil {
		r.t.Fatal(err)
	}
	return w, att, res, h
}
