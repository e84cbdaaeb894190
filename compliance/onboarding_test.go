package compliance_test

import (
	"crypto/ecdsa"
	"math/big"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/internal/app/apptest"
	"github.com/tessera-rwa/tessera/web"
)

// provider is a KYC provider's signing key, added four-eyes.
type provider struct {
	name string
	key  *ecdsa.PrivateKey
	id   int64
}

func (p provider) addr() common.Address { return crypto.PubkeyToAddress(p.key.PublicKey) }

// addProvider has the officer request the key and the second officer
// approve it.
func (r *rig) addProvider(name string) provider {
	r.t.Helper()
	k, _ := crypto.GenerateKey()
	p := provider{name: name, key: k}
	req, err := r.officer.RequestKYCKey(r.ctx, api.NewKYCKey{Provider: name, Signer: p.addr().Hex(), Reason: "contract signed"})
	if err != nil {
		r.t.Fatal(err)
	}
	done, err := r.second.ApproveKYCKeyRequest(r.ctx, req.ID, "checked the key ceremony")
	if err != nil {
		r.t.Fatal(err)
	}
	if done.State != "approved" || done.KeyID == 0 || done.DecidedBy == done.RequestedBy {
		r.t.Fatalf("approved %+v", done)
	}
	p.id = done.KeyID
	return p
}

// nonces makes each attestation's nonce unique across parallel tests.
var nonces atomic.Int64

func nextNonce() common.Hash {
	return common.BigToHash(big.NewInt(time.Now().UnixNano() + nonces.Add(1)))
}

// attest has p sign an attestation for wallet in country with categories,
// valid for a year from the platform's clock.
func (r *rig) attest(p provider, wallet common.Address, subject string, country uint16, cats compliance.Flag, change func(*compliance.Attestation)) compliance.SignedAttestation {
	r.t.Helper()
	now := r.clock()
	a := compliance.Attestation{Wallet: wallet, Subject: crypto.Keccak256Hash([]byte(subject)), Country: country, Categories: cats,
		Expiry: uint64(now.AddDate(1, 0, 0).Unix()), IssuedAt: uint64(now.Add(-time.Minute).Unix()), Nonce: nextNonce()}
	if change != nil {
		change(&a)
	}
	d, err := r.svc.AttestationDomain()
	if err != nil {
		r.t.Fatal(err)
	}
	s, err := a.Sign(d, p.key)
	if err != nil {
		r.t.Fatal(err)
	}
	return s
}

func (r *rig) verified(w common.Address) bool {
	r.t.Helper()
	out, err := r.eth.CallContract(r.ctx, ethereum.CallMsg{To: &r.registry, Data: regBinding.PackIsVerified(w)}, nil)
	if err != nil {
		r.t.Fatal(err)
	}
	v, err := regBinding.UnpackIsVerified(out)
	if err != nil {
		r.t.Fatal(err)
	}
	return v
}

func wantCode(tb testing.TB, err error, code string) {
	tb.Helper()
	if e := errs.As(err); e == nil || e.Code != code {
		tb.Fatalf("got %v, want %s", err, code)
	}
}

func TestKYCProviderKeysAreFourEyes(t *testing.T) {
	t.Parallel()
	r := newRig(t, apptest.Options{Shared: true})
	k, _ := crypto.GenerateKey()
	signer := crypto.PubkeyToAddress(k.PublicKey).Hex()

	_, err := r.auditor.RequestKYCKey(r.ctx, api.NewKYCKey{Provider: "acme-kyc", Signer: signer, Reason: "x"})
	wantAPIError(t, err, 403, "missing_scope")
	_, err = r.officer.RequestKYCKey(r.ctx, api.NewKYCKey{Provider: "Acme KYC", Signer: signer, Reason: "x"})
	wantAPIError(t, err, 400, "invalid_provider")
	req, err := r.officer.RequestKYCKey(r.ctx, api.NewKYCKey{Provider: "acme-kyc", Signer: signer, Reason: "contract 2026-41"})
	if err != nil {
		t.Fatal(err)
	}
	_, err = r.second.RequestKYCKey(r.ctx, api.NewKYCKey{Provider: "acme-kyc", Signer: signer, Reason: "again"})
	wantAPIError(t, err, 409, "kyc_key_request_pending")
	// The requester cannot approve; an approver-scope key is not a
	// compliance principal; a second compliance key can.
	_, err = r.officer.ApproveKYCKeyRequest(r.ctx, req.ID, "")
	wantAPIError(t, err, 403, "self_approval")
	_, err = r.approver.ApproveKYCKeyRequest(r.ctx, req.ID, "")
	wantAPIError(t, err, 403, "missing_scope")
	// Another key of the requester's owner is not a second person.
	me, err := r.officer.Me(r.ctx)
	if err != nil {
		t.Fatal(err)
	}
	sid, ssecret := r.env.Server.NewOwnedKey(t, "same owner", me.Owner, apikey.Compliance)
	sameOwner := r.env.Server.Client(t, sid, ssecret, func(c *client.Config) { c.Now = r.clock })
	_, err = sameOwner.ApproveKYCKeyRequest(r.ctx, req.ID, "")
	wantAPIError(t, err, 403, "self_approval")
	if ks, err := r.officer.KYCKeys(r.ctx); err != nil || len(ks) != 0 {
		t.Fatalf("keys before approval: %+v %v", ks, err)
	}
	done, err := r.second.ApproveKYCKeyRequest(r.ctx, req.ID, "ceremony witnessed")
	if err != nil {
		t.Fatal(err)
	}
	_, err = r.second.ApproveKYCKeyRequest(r.ctx, req.ID, "")
	wantAPIError(t, err, 409, "already_decided")
	ks, err := r.auditor.KYCKeys(r.ctx)
	if err != nil || len(ks) != 1 || !ks[0].Active || ks[0].Signer.Hex() != signer || ks[0].ID != done.KeyID ||
		ks[0].RequestedBy != req.RequestedBy || ks[0].AddedBy != done.DecidedBy {
		t.Fatalf("keys %+v %v", ks, err)
	}
	_, err = r.officer.RequestKYCKey(r.ctx, api.NewKYCKey{Provider: "other", Signer: signer, Reason: "x"})
	wantAPIError(t, err, 409, "kyc_key_active")

	// Revocation: requested, rejected without a note refused, rejected,
	// requested again and approved.
	rev, err := r.second.RevokeKYCKey(r.ctx, done.KeyID, "key leaked")
	if err != nil {
		t.Fatal(err)
	}
	_, err = r.officer.RejectKYCKeyRequest(r.ctx, rev.ID, " ")
	wantAPIError(t, err, 400, "reason_required")
	if _, err := r.officer.RejectKYCKeyRequest(r.ctx, rev.ID, "it did not"); err != nil {
		t.Fatal(err)
	}
	rev, err = r.second.RevokeKYCKey(r.ctx, done.KeyID, "key leaked after all")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.officer.ApproveKYCKeyRequest(r.ctx, rev.ID, "confirmed"); err != nil {
		t.Fatal(err)
	}
	if ks, _ := r.officer.KYCKeys(r.ctx); len(ks) != 1 || ks[0].Active || ks[0].RevokedAt == nil {
		t.Fatalf("after revocation %+v", ks)
	}
	_, err = r.officer.RevokeKYCKey(r.ctx, done.KeyID, "again")
	wantAPIError(t, err, 409, "kyc_key_revoked")

	// The compliance log holds who asked and who decided, and still verifies.
	var actions []string
	for e, err := range r.auditor.ComplianceLog(r.ctx, 100) {
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(e.Action, "kyc_key.") {
			actions = append(actions, e.Action)
		}
	}
	if strings.Join(actions, " ") != "kyc_key.requested kyc_key.approved kyc_key.requested kyc_key.rejected kyc_key.requested kyc_key.approved" {
		t.Fatalf("log %v", actions)
	}
	if v, err := r.auditor.VerifyComplianceLog(r.ctx); err != nil || !v.OK {
		t.Fatalf("log verification %+v %v", v, err)
	}
}

func TestOnboardingPolicyAccess(t *testing.T) {
	t.Parallel()
	r := newRig(t, apptest.Options{Shared: true})
	policy := api.SetOnboardingPolicy{Tiers: []api.TierRule{{Tier: "retail", Mode: "auto"}}, Reason: "open the doors"}
	for _, c := range []struct {
		name string
		do   func() error
		code string
	}{
		{"auditor", func() error { _, err := r.auditor.SetOnboardingPolicy(r.ctx, policy); return err }, "missing_scope"},
		{"approver", func() error { _, err := r.approver.SetOnboardingPolicy(r.ctx, policy); return err }, "missing_scope"},
	} {
		wantAPIError(t, c.do(), 403, c.code)
	}
	// A signed-in wallet (the portal's principal) cannot either.
	_, err := r.svc.SetOnboardingPolicy(r.ctx, auth.Wallet(r.newWallet().addr.Hex()), []compliance.TierRule{{Tier: "retail", Mode: compliance.OnboardAuto}}, "mine", nil)
	wantCode(t, err, "missing_scope")
	if p, err := r.issuer.OnboardingPolicy(r.ctx); err != nil || p.Version != 0 || len(p.Tiers) != 0 {
		t.Fatalf("no policy yet: %+v %v", p, err)
	}
	for _, bad := range []struct {
		tiers []api.TierRule
		code  string
	}{
		{[]api.TierRule{{Tier: "whale", Mode: "auto"}}, "invalid_tier"},
		{[]api.TierRule{{Tier: "retail", Mode: "auto"}, {Tier: "retail", Mode: "review"}}, "invalid_tier"},
		{[]api.TierRule{{Tier: "retail", Mode: "yes"}}, "invalid_mode"},
		{[]api.TierRule{{Tier: "retail", Mode: "auto", Countries: []string{"XX"}}}, "invalid_country"},
	} {
		_, err := r.officer.SetOnboardingPolicy(r.ctx, api.SetOnboardingPolicy{Tiers: bad.tiers, Reason: "x"})
		wantAPIError(t, err, 400, bad.code)
	}
	// Registering without a review waives compliance's: the issuer cannot
	// approve more automatically than the policy in force, through the
	// API or the service.
	wantAPIError(t, func() error { _, err := r.issuer.SetOnboardingPolicy(r.ctx, policy); return err }(), 403, "policy_widens")
	_, err = r.svc.SetOnboardingPolicy(r.ctx, auth.System("issuer-job", auth.Issuer), []compliance.TierRule{{Tier: "retail", Mode: compliance.OnboardAuto}}, "mine", nil)
	wantCode(t, err, "policy_widens")
	// A compliance officer may.
	p, err := r.officer.SetOnboardingPolicy(r.ctx, api.SetOnboardingPolicy{Reason: "launch", Tiers: []api.TierRule{
		{Tier: "retail", Mode: "auto", Countries: []string{"DE", "FR"}}, {Tier: "accredited", Mode: "auto"}}})
	if err != nil || p.Version != 1 || p.Tiers[0].Mode != "auto" {
		t.Fatalf("set %+v %v", p, err)
	}
	// Within it, the issuer sets the policy: fewer countries, a tier
	// reviewed, and based on the version it read.
	v := 1
	p, err = r.issuer.SetOnboardingPolicy(r.ctx, api.SetOnboardingPolicy{Reason: "DE only", BasedOnVersion: &v, Tiers: []api.TierRule{
		{Tier: "retail", Mode: "auto", Countries: []string{"DE"}}, {Tier: "accredited", Mode: "auto", Countries: []string{"DE", "AT"}}, {Tier: "professional", Mode: "review"}}})
	if err != nil || p.Version != 2 {
		t.Fatalf("issuer within the policy: %+v %v", p, err)
	}
	// Beyond it again, it cannot: a country the tier leaves out, every
	// country where the tier names some, a tier it reviews.
	for _, wider := range [][]api.TierRule{
		{{Tier: "retail", Mode: "auto", Countries: []string{"DE", "FR"}}},
		{{Tier: "accredited", Mode: "auto"}},
		{{Tier: "professional", Mode: "auto"}},
	} {
		_, err := r.issuer.SetOnboardingPolicy(r.ctx, api.SetOnboardingPolicy{Reason: "wider", Tiers: wider})
		wantAPIError(t, err, 403, "policy_widens")
	}
	// A decision on a version that is no longer in force changes nothing.
	_, err = r.officer.SetOnboardingPolicy(r.ctx, api.SetOnboardingPolicy{Reason: "stale", BasedOnVersion: &v, Tiers: []api.TierRule{{Tier: "retail", Mode: "review"}}})
	wantAPIError(t, err, 409, "policy_changed")
	if p, err := r.auditor.OnboardingPolicy(r.ctx); err != nil || p.Version != 2 || p.Reason != "DE only" {
		t.Fatalf("in force %+v %v", p, err)
	}
	if d, err := r.auditor.AttestationDomain(r.ctx); err != nil || d.VerifyingContract != r.registry || d.Name != "Tessera KYC" || d.Type != compliance.AttestationType {
		t.Fatalf("domain %+v %v", d, err)
	}
}

func TestSelfServiceOnboarding(t *testing.T) {
	t.Parallel()
	r := newRig(t, apptest.Options{Shared: true})
	acme := r.addProvider("acme-kyc")
	if _, err := r.officer.SetOnboardingPolicy(r.ctx, api.SetOnboardingPolicy{Reason: "launch", Tiers: []api.TierRule{
		{Tier: "retail", Mode: "review"}, {Tier: "accredited", Mode: "auto", Countries: []string{"DE", "FR"}}, {Tier: "institutional", Mode: "auto"},
	}}); err != nil {
		t.Fatal(err)
	}
	onboard := func(w common.Address, att compliance.SignedAttestation) (compliance.OnboardResult, error) {
		return r.svc.Onboard(r.ctx, auth.Wallet(w.Hex()), att)
	}

	// Auto tier: accredited in Germany is registered at once.
	alice := r.newWallet()
	att := r.attest(acme, alice.addr, "person-alice", 276, compliance.Accredited, nil)
	res, err := onboard(alice.addr, att)
	if err != nil {
		t.Fatal(err)
	}
	inv := res.Investor.Investor
	d, _ := r.svc.AttestationDomain()
	h, _ := att.Digest(d)
	if !res.Registered || inv.KYCStatus != compliance.KYCApproved || inv.KYCProvider != "acme-kyc" || inv.KYCReference != "eip712:"+h.Hex() ||
		inv.Country != "DE" || inv.Flags != compliance.Accredited || inv.KYCExpiresAt.Unix() != int64(att.Expiry) || res.Onboarding.Mode != compliance.OnboardAuto {
		t.Fatalf("auto onboarding %+v %+v", res.Onboarding, inv)
	}
	if !r.verified(alice.addr) {
		t.Fatal("alice is not verified in the identity registry")
	}

	// The same attestation again, by its wallet: used.
	_, err = onboard(alice.addr, att)
	wantCode(t, err, "attestation_used")

	// Someone else's attestation: refused before anything is read.
	mallory := r.newWallet()
	_, err = onboard(mallory.addr, r.attest(acme, alice.addr, "person-alice", 276, compliance.Accredited, nil))
	wantCode(t, err, "wallet_mismatch")

	// Forgeries: an unregistered signer; a message changed after signing;
	// a signature for another chain; a malformed signature.
	rogue := provider{name: "rogue", key: func() *ecdsa.PrivateKey { k, _ := crypto.GenerateKey(); return k }()}
	_, err = onboard(mallory.addr, r.attest(rogue, mallory.addr, "m", 276, compliance.Institutional, nil))
	wantCode(t, err, "unknown_kyc_signer")
	tampered := r.attest(acme, mallory.addr, "m", 276, 0, nil)
	tampered.Categories = compliance.Institutional
	_, err = onboard(mallory.addr, tampered)
	wantCode(t, err, "unknown_kyc_signer")
	other, err := compliance.Attestation{Wallet: mallory.addr, Country: 276, Categories: compliance.Institutional,
		Expiry: uint64(r.clock().AddDate(1, 0, 0).Unix()), IssuedAt: uint64(r.clock().Unix())}.Sign(
		compliance.AttestationDomain{ChainID: big.NewInt(1), Registry: r.registry}, acme.key)
	if err != nil {
		t.Fatal(err)
	}
	_, err = onboard(mallory.addr, other)
	wantCode(t, err, "unknown_kyc_signer")
	short := r.attest(acme, mallory.addr, "m", 276, 0, nil)
	short.Signature = short.Signature[:64]
	_, err = onboard(mallory.addr, short)
	wantCode(t, err, "bad_attestation_signature")

	// Time: expired, too far ahead, issued in the future; bad fields.
	now := r.clock()
	for _, c := range []struct {
		change func(*compliance.Attestation)
		code   string
	}{
		{func(a *compliance.Attestation) { a.Expiry = uint64(now.Add(-time.Second).Unix()) }, "attestation_expired"},
		{func(a *compliance.Attestation) { a.Expiry = uint64(now.AddDate(4, 0, 0).Unix()) }, "attestation_expiry_too_far"},
		{func(a *compliance.Attestation) { a.IssuedAt = uint64(now.Add(time.Hour).Unix()) }, "attestation_from_future"},
		{func(a *compliance.Attestation) { a.Country = 999 }, "invalid_country"},
	} {
		_, err = onboard(mallory.addr, r.attest(acme, mallory.addr, "m", 276, 0, c.change))
		wantCode(t, err, c.code)
	}

	// A revoked key: its attestation, signed while it was active, is
	// refused once the revocation is approved.
	beta := r.addProvider("beta-kyc")
	signedBefore := r.attest(beta, mallory.addr, "m", 276, compliance.Institutional, nil)
	rev, err := r.officer.RevokeKYCKey(r.ctx, beta.id, "provider lost its licence")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.second.ApproveKYCKeyRequest(r.ctx, rev.ID, "confirmed"); err != nil {
		t.Fatal(err)
	}
	_, err = onboard(mallory.addr, signedBefore)
	wantCode(t, err, "kyc_key_revoked")
	// Nothing of mallory's was recorded by all these refusals.
	if st, err := r.svc.WalletState(r.ctx, mallory.addr); err != nil || st.Investor != nil || st.Onboarding != nil || st.OnChain.Registered {
		t.Fatalf("mallory %+v %v", st, err)
	}

	// Review tier: retail lands in the queue with KYC pending, nothing on
	// chain; an officer approves it with the KYC decision path.
	bob := r.newWallet()
	res, err = onboard(bob.addr, r.attest(acme, bob.addr, "person-bob", 276, 0, nil))
	if err != nil {
		t.Fatal(err)
	}
	if res.Registered || res.Investor.Investor.KYCStatus != compliance.KYCPending || res.Onboarding.Tier != "retail" || r.verified(bob.addr) {
		t.Fatalf("review onboarding %+v", res)
	}
	// Accredited outside the tier's countries is reviewed too.
	carol := r.newWallet()
	resC, err := onboard(carol.addr, r.attest(acme, carol.addr, "person-carol", 840, compliance.Accredited, nil))
	if err != nil || resC.Registered || !strings.Contains(resC.Onboarding.Why, "only in") {
		t.Fatalf("accredited in the US: %+v %v", resC.Onboarding, err)
	}
	var queue []api.Onboarding
	for o, err := range r.officer.Onboardings(r.ctx, true, 10) {
		if err != nil {
			t.Fatal(err)
		}
		queue = append(queue, o)
	}
	if len(queue) != 2 || queue[0].Wallet != carol.addr || queue[1].Wallet != bob.addr || queue[1].KYCStatus != "pending" {
		t.Fatalf("queue %+v", queue)
	}
	if _, err := r.svc.SetKYC(r.ctx, auth.Wallet(bob.addr.Hex()), res.Investor.Investor.ID, res.Onboarding.Approval()); errs.As(err) == nil || errs.As(err).Code != "missing_scope" {
		t.Fatalf("a wallet approved its own KYC: %v", err)
	}
	app := res.Onboarding.Approval()
	if _, err := r.officer.SetKYC(r.ctx, res.Investor.Investor.ID, api.KYCDecision{Status: "approved", Provider: app.Provider,
		Reference: app.Reference, ExpiresAt: app.ExpiresAt}); err != nil {
		t.Fatal(err)
	}
	if !r.verified(bob.addr) {
		t.Fatal("bob not verified after review")
	}
	queue = queue[:0]
	for o, err := range r.officer.Onboardings(r.ctx, true, 10) {
		if err != nil {
			t.Fatal(err)
		}
		queue = append(queue, o)
	}
	if len(queue) != 1 || queue[0].Wallet != carol.addr {
		t.Fatalf("queue after review %+v", queue)
	}

	// One subject, one investor: alice's second wallet joins her investor.
	alice2 := r.newWallet()
	res, err = onboard(alice2.addr, r.attest(acme, alice2.addr, "person-alice", 276, compliance.Accredited, nil))
	if err != nil || !res.Onboarding.Joined || res.Investor.Investor.ID != inv.ID || len(res.Investor.Investor.Wallets) != 2 || !r.verified(alice2.addr) {
		t.Fatalf("second wallet %+v %v", res, err)
	}
	// …unless the attestation disagrees with her record.
	alice3 := r.newWallet()
	_, err = onboard(alice3.addr, r.attest(acme, alice3.addr, "person-alice", 250, compliance.Accredited, nil))
	wantCode(t, err, "attestation_conflicts_record")

	// Through the API: an officer's integration hands in an attestation
	// with the wallet's consent; without it, or as an issuer, it is refused.
	dave := r.newWallet()
	datt := r.attest(acme, dave.addr, "entity-dave", 840, compliance.Institutional|compliance.Accredited, nil)
	dh, _ := datt.Digest(d)
	wire := api.Attestation{Message: api.AttestationMessage{Wallet: dave.addr.Hex(), Subject: datt.Subject.Hex(), Country: datt.Country,
		Categories: uint8(datt.Categories), Expiry: datt.Expiry, IssuedAt: datt.IssuedAt, Nonce: datt.Nonce.Hex()}, Signature: hexutil.Encode(datt.Signature)}
	_, err = r.officer.Onboard(r.ctx, api.OnboardRequest{Attestation: wire, WalletSignature: personalSign(t, mallory.key, compliance.OnboardConsentMessage(dave.addr, dh))})
	wantAPIError(t, err, 422, "bad_signature")
	consent := personalSign(t, dave.key, compliance.OnboardConsentMessage(dave.addr, dh))
	_, err = r.issuer.Onboard(r.ctx, api.OnboardRequest{Attestation: wire, WalletSignature: consent})
	wantAPIError(t, err, 403, "missing_scope")
	got, err := r.officer.Onboard(r.ctx, api.OnboardRequest{Attestation: wire, WalletSignature: consent})
	if err != nil || got.Status != "registered" || got.Onboarding.Tier != "institutional" || got.Investor.Type != "entity" || !r.verified(dave.addr) {
		t.Fatalf("relayed onboarding %+v %v", got, err)
	}
	_, err = r.officer.Onboard(r.ctx, api.OnboardRequest{Attestation: wire, WalletSignature: consent})
	wantAPIError(t, err, 409, "attestation_used")

	// The attestation document the portal takes parses to the same thing.
	doc, _ := datt.MarshalJSON()
	back, err := compliance.ParseAttestation(doc)
	if err != nil || back.Attestation != datt.Attestation {
		t.Fatalf("round trip %s: %+v %v", doc, back, err)
	}
	if fromWire, err := web.ParseAttestationWire(wire); err != nil || fromWire.Attestation != datt.Attestation {
		t.Fatalf("wire %+v %v", fromWire, err)
	}
}

// A provider key revoked (say, stolen) leaves nothing it signed to approve
// with a click: its queued attestations can only be rejected, and a
// subject it was first used for takes no further wallet, so a genuine
// attestation under the provider's next key cannot join the investor
// whoever held the old key made. The review queue holds only what the
// policy sent to review: an investor suspended (back to pending) does not
// bring its automatic onboardings back for approval.
func TestRevokedKeyLeavesNothingToApprove(t *testing.T) {
	t.Parallel()
	r := newRig(t, apptest.Options{Shared: true})
	leaked := r.addProvider("acme-kyc")
	if _, err := r.officer.SetOnboardingPolicy(r.ctx, api.SetOnboardingPolicy{Reason: "launch", Tiers: []api.TierRule{
		{Tier: "retail", Mode: "review"}, {Tier: "accredited", Mode: "auto"}}}); err != nil {
		t.Fatal(err)
	}
	onboard := func(w common.Address, att compliance.SignedAttestation) (compliance.OnboardResult, error) {
		return r.svc.Onboard(r.ctx, auth.Wallet(w.Hex()), att)
	}
	queue := func() map[int64]api.Onboarding {
		t.Helper()
		out := map[int64]api.Onboarding{}
		for o, err := range r.officer.Onboardings(r.ctx, true, 50) {
			if err != nil {
				t.Fatal(err)
			}
			out[o.ID] = o
		}
		return out
	}
	// Before the revocation: one queued (retail), one registered at once.
	qw := r.newWallet()
	queued, err := onboard(qw.addr, r.attest(leaked, qw.addr, "case-1000", 276, 0, nil))
	if err != nil || queued.Registered {
		t.Fatalf("queued %+v %v", queued, err)
	}
	thief := r.newWallet()
	taken, err := onboard(thief.addr, r.attest(leaked, thief.addr, "case-1001", 276, compliance.Accredited, nil))
	if err != nil || !taken.Registered {
		t.Fatalf("auto %+v %v", taken, err)
	}
	if _, ok := queue()[queued.Onboarding.ID]; !ok {
		t.Fatalf("the retail onboarding is not in the queue: %v", queue())
	}

	req, err := r.officer.RevokeKYCKey(r.ctx, leaked.id, "the key leaked")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.second.ApproveKYCKeyRequest(r.ctx, req.ID, "confirmed with the provider"); err != nil {
		t.Fatal(err)
	}

	// The queued one shows its key revoked and cannot be approved from it.
	if o := queue()[queued.Onboarding.ID]; !o.KeyRevoked {
		t.Fatalf("the queue does not say the key was revoked: %+v", o)
	}
	_, err = r.officer.DecideOnboarding(r.ctx, queued.Onboarding.ID, true)
	wantAPIError(t, err, 422, "kyc_key_revoked")
	if r.verified(qw.addr) {
		t.Fatal("a revoked key's queued attestation was approved")
	}
	if inv, err := r.officer.DecideOnboarding(r.ctx, queued.Onboarding.ID, false); err != nil || inv.KYC.Status != "rejected" {
		t.Fatalf("reject: %+v %v", inv, err)
	}

	// The provider's next key: a genuine attestation naming the subject
	// the leaked key was used for does not join that investor.
	next := r.addProvider("acme-kyc")
	victim := r.newWallet()
	_, err = onboard(victim.addr, r.attest(next, victim.addr, "case-1001", 276, compliance.Accredited, nil))
	wantCode(t, err, "subject_needs_review")
	if r.verified(victim.addr) {
		t.Fatal("the victim's wallet was registered under the investor the leaked key made")
	}

	// Suspended, the auto-onboarded investor is pending again: its
	// automatic onboarding is no review to approve.
	if _, err := r.officer.SetKYC(r.ctx, taken.Investor.Investor.ID, api.KYCDecision{Status: "pending"}); err != nil {
		t.Fatal(err)
	}
	if _, ok := queue()[taken.Onboarding.ID]; ok {
		t.Fatal("a suspension put an automatic onboarding in the review queue")
	}
	_, err = r.officer.DecideOnboarding(r.ctx, taken.Onboarding.ID, true)
	wantAPIError(t, err, 409, "not_reviewed")
	if r.verified(thief.addr) {
		t.Fatal("the suspended investor's wallet is verified again")
	}
}
