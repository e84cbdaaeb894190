package compliance

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/errs"
)

// Self-service onboarding: a wallet signed in with Sign-In with Ethereum
// hands in a KYC provider's attestation (see Attestation) that names it.
// Every check below must pass, or nothing is recorded:
//
//   - the signature recovers an active signing key of a provider;
//   - the expiry is in the future and at most MaxKYCValidity ahead;
//   - issuedAt is not in the future (a minute of clock skew) nor after
//     the expiry;
//   - the attestation names the signed-in wallet;
//   - its EIP-712 hash was never used before;
//   - the country is an ISO 3166-1 numeric code and the categories name
//     only the flags of FlagNames;
//   - the wallet is neither linked to an investor nor bound in the
//     identity registry.
//
// The onboarding policy then decides: auto (investor approved until the
// attestation's expiry, wallet registered on chain) or review (investor
// pending in the compliance queue). One provider's subject is one
// investor: a further wallet attested for the same subject joins that
// investor, so limits per investor count the person once. It joins only
// when its country and categories equal the investor's record, the
// investor is not rejected, and either the policy approves its tier
// automatically (a newer expiry then renews the investor's KYC) or the
// investor still waits for review; otherwise a compliance officer links
// it. The provider vouched for the person behind this wallet, and the
// wallet proved control by signing in, so the join gives no one a right
// the attestation did not.

// MaxKYCValidity bounds how far ahead an attestation's expiry may be.
const MaxKYCValidity = 3 * 366 * 24 * time.Hour

// attestationSkew is how far in the future issuedAt may be (clocks differ).
const attestationSkew = time.Minute

// Onboarding is one accepted attestation and what the policy made of it.
type Onboarding struct {
	ID         int64
	Hash       common.Hash // the attestation's EIP-712 hash
	KeyID      int64
	Provider   string
	Signer     common.Address
	Subject    common.Hash
	Wallet     common.Address
	Country    string // ISO 3166-1 alpha-2
	Categories Flag
	Tier       string
	Mode       OnboardMode
	Why        string // the policy's reason for the mode
	ExpiresAt  time.Time
	IssuedAt   time.Time
	InvestorID string
	Joined     bool // the wallet joined an investor onboarded before
	Actor      string
	CreatedAt  time.Time
	// KYCStatus is the investor's status when the record was read.
	KYCStatus KYCStatus
	// KeyRevoked: the attestation's provider key has been revoked since.
	KeyRevoked bool
}

// Reference is the investor's KYC reference an attestation leaves: its
// EIP-712 hash, which proves what the provider signed.
func (o Onboarding) Reference() string { return "eip712:" + o.Hash.Hex() }

// Approval is the KYC decision that approves a reviewed onboarding with
// the attestation's provider, reference and expiry (see SetKYC).
func (o Onboarding) Approval() KYCDecision {
	exp := o.ExpiresAt
	return KYCDecision{Status: KYCApproved, Provider: o.Provider, Reference: o.Reference(), ExpiresAt: &exp}
}

// OnboardResult is the answer to an onboarding: registered (auto, KYC
// approved) or waiting for review.
type OnboardResult struct {
	Onboarding Onboarding
	Investor   InvestorView
	Registered bool
}

// OnboardConsentMessage is what a wallet signs (EIP-191 personal_sign) to
// let an officer's integration hand in its attestation (OnboardFor): the
// attestation's hash is used once, so the consent is too.
func OnboardConsentMessage(wallet common.Address, hash common.Hash) string {
	return fmt.Sprintf("Tessera: onboard wallet %s with KYC attestation %s", wallet.Hex(), hash.Hex())
}

// Onboard onboards p's wallet, a signed-in wallet (auth.OnboardSelf), with
// att, which must name that wallet.
func (s *Service) Onboard(ctx context.Context, p auth.Principal, att SignedAttestation) (OnboardResult, error) {
	if err := auth.Authorize(p, auth.OnboardSelf); err != nil {
		return OnboardResult{}, err
	}
	if w := p.WalletAddress(); !common.IsHexAddress(w) || common.HexToAddress(w) != att.Wallet {
		return OnboardResult{}, errs.E(errs.Forbidden, "wallet_mismatch",
			fmt.Sprintf("the attestation is for wallet %s, not for the signed-in wallet %s", att.Wallet.Hex(), w))
	}
	return s.onboard(ctx, p.Actor(), att)
}

// OnboardFor hands in att on behalf of its wallet through a compliance
// officer's key (auth.InvestorWrite): consent is the wallet's personal_sign
// of OnboardConsentMessage, its proof of control, as linking a wallet needs.
func (s *Service) OnboardFor(ctx context.Context, p auth.Principal, att SignedAttestation, consent []byte) (OnboardResult, error) {
	if err := auth.Authorize(p, auth.InvestorWrite); err != nil {
		return OnboardResult{}, err
	}
	d, err := s.attestationDomain()
	if err != nil {
		return OnboardResult{}, err
	}
	h, err := att.Digest(d)
	if err != nil {
		return OnboardResult{}, err
	}
	if ok, err := VerifyProof(EIP191, att.Wallet, OnboardConsentMessage(att.Wallet, h), consent); err != nil {
		return OnboardResult{}, err
	} else if !ok {
		return OnboardResult{}, errs.E(errs.Unprocessable, "bad_signature",
			"wallet_signature is not the wallet's personal_sign of \""+OnboardConsentMessage(att.Wallet, h)+"\"")
	}
	return s.onboard(ctx, p.Actor(), att)
}

// AttestationDomain is the EIP-712 domain this platform accepts
// attestations for.
func (s *Service) AttestationDomain() (AttestationDomain, error) { return s.attestationDomain() }

func (s *Service) attestationDomain() (AttestationDomain, error) {
	if s.cfg.ChainID == nil {
		return AttestationDomain{}, errs.E(errs.Unavailable, "onboarding_unavailable", "self-service onboarding is not configured on this server")
	}
	return AttestationDomain{ChainID: s.cfg.ChainID, Registry: s.cfg.Registry}, nil
}

func refuse(code, msg string) error { return errs.E(errs.Unprocessable, code, msg) }

// verifyAttestation runs the checks that need no lock and returns the
// signing key and the attestation's hash.
func (s *Service) verifyAttestation(ctx context.Context, att SignedAttestation) (KYCKey, common.Hash, error) {
	d, err := s.attestationDomain()
	if err != nil {
		return KYCKey{}, common.Hash{}, err
	}
	signer, h, err := att.Signer(d)
	if err != nil {
		return KYCKey{}, h, err
	}
	keys, err := s.store.KYCKeys(ctx)
	if err != nil {
		return KYCKey{}, h, err
	}
	var key *KYCKey
	for i, k := range keys {
		if k.Signer == signer && (key == nil || k.Active()) {
			key = &keys[i]
		}
	}
	switch {
	case key == nil:
		return KYCKey{}, h, refuse("unknown_kyc_signer", fmt.Sprintf("the attestation is not signed by a registered KYC provider key (it recovers %s: another key, "+
			"another platform or chain, or a changed message)", signer.Hex()))
	case !key.Active():
		return KYCKey{}, h, refuse("kyc_key_revoked", fmt.Sprintf("the attestation is signed by a revoked key of %s: ask the provider for a new one", key.Provider))
	}
	now := s.now()
	exp, issued := time.Unix(int64(att.Expiry), 0).UTC(), time.Unix(int64(att.IssuedAt), 0).UTC()
	switch {
	case att.Expiry > uint64(1<<62) || !exp.After(now):
		return KYCKey{}, h, refuse("attestation_expired", "the attestation expired at "+exp.Format(time.RFC3339))
	case exp.After(now.Add(MaxKYCValidity)):
		return KYCKey{}, h, refuse("attestation_expiry_too_far", "the attestation's expiry is more than three years ahead")
	case att.IssuedAt > uint64(1<<62) || issued.After(now.Add(attestationSkew)):
		return KYCKey{}, h, refuse("attestation_from_future", "the attestation is issued in the future ("+issued.Format(time.RFC3339)+")")
	case issued.After(exp):
		return KYCKey{}, h, refuse("invalid_attestation", "the attestation is issued after it expires")
	case CountryAlpha2(att.Country) == "":
		return KYCKey{}, h, refuse("invalid_country", fmt.Sprintf("country %d is not an ISO 3166-1 numeric code", att.Country))
	}
	return *key, h, nil
}

func AttestationUsed() error {
	return errs.E(errs.Conflict, "attestation_used", "this attestation was used already: each attestation onboards once; ask the provider for a new one")
}

func allFlags() Flag {
	var f Flag
	for _, fn := range FlagNames {
		f |= fn.Flag
	}
	return f
}

func (s *Service) onboard(ctx context.Context, actor string, att SignedAttestation) (OnboardResult, error) {
	key, h, err := s.verifyAttestation(ctx, att)
	if err != nil {
		return OnboardResult{}, err
	}
	if owner, err := s.store.WalletOwner(ctx, att.Wallet); err == nil {
		if o, err := s.store.WalletOnboarding(ctx, att.Wallet); err == nil && o.Hash == h {
			return OnboardResult{}, AttestationUsed()
		}
		return OnboardResult{}, errs.E(errs.Conflict, "wallet_onboarded", fmt.Sprintf("wallet %s is already onboarded (investor %s)", att.Wallet.Hex(), owner.ID))
	} else if !errs.Is(err, errs.NotFound) {
		return OnboardResult{}, err
	}
	out, err := s.call(ctx, s.cfg.Registry, s.reg.PackBoundInvestorOf(att.Wallet), nil)
	if err != nil {
		return OnboardResult{}, err
	}
	if bound, err := s.reg.UnpackBoundInvestorOf(out); err != nil {
		return OnboardResult{}, err
	} else if bound != ([32]byte{}) {
		return OnboardResult{}, errs.E(errs.Conflict, "wallet_bound", fmt.Sprintf("wallet %s is bound to an investor in the identity registry already", att.Wallet.Hex()))
	}
	pol, err := s.OnboardingPolicy(ctx)
	if err != nil {
		return OnboardResult{}, err
	}
	country := CountryAlpha2(att.Country)
	tier, mode, why := pol.Decide(country, att.Categories)
	o := Onboarding{Hash: h, KeyID: key.ID, Provider: key.Provider, Signer: key.Signer, Subject: att.Subject, Wallet: att.Wallet,
		Country: country, Categories: att.Categories, Tier: tier, Mode: mode, Why: why,
		ExpiresAt: time.Unix(int64(att.Expiry), 0).UTC(), IssuedAt: time.Unix(int64(att.IssuedAt), 0).UTC(), Actor: actor}
	// Each attested category is held until the attestation expires, proven
	// by its hash.
	var grants []CategoryGrant
	for _, fn := range FlagNames {
		if att.Categories&fn.Flag != 0 {
			grants = append(grants, CategoryGrant{Category: fn.Flag, ExpiresAt: o.ExpiresAt, Proof: h})
		}
	}
	fresh := Investor{LegalName: fmt.Sprintf("%s subject %s", key.Provider, att.Subject.Hex()), Type: Person, Country: country,
		Flags: att.Categories, Grants: grants, KYCStatus: KYCPending, KYCProvider: key.Provider, KYCReference: o.Reference()}
	if att.Categories&Institutional != 0 {
		fresh.Type = Entity
	}
	if mode == OnboardAuto {
		exp := o.ExpiresAt
		fresh.KYCStatus, fresh.KYCExpiresAt = KYCApproved, &exp
	}
	join := func(inv *Investor) error {
		switch {
		case inv.KYCStatus == KYCRejected:
			return errs.E(errs.Conflict, "investor_rejected", "compliance rejected the investor this attestation's subject belongs to")
		case inv.Country != country || inv.Flags != att.Categories:
			return errs.E(errs.Conflict, "attestation_conflicts_record", fmt.Sprintf(
				"the attestation says %s %v, the investor's record %s %v: compliance updates the record first", country, att.Categories.Names(), inv.Country, inv.Flags.Names()))
		case mode == OnboardAuto:
			if inv.KYCStatus != KYCPending && (inv.KYCExpiresAt == nil || o.ExpiresAt.After(*inv.KYCExpiresAt)) {
				exp := o.ExpiresAt
				inv.KYCStatus, inv.KYCProvider, inv.KYCReference, inv.KYCExpiresAt = KYCApproved, o.Provider, o.Reference(), &exp
				inv.Grants = renewGrants(inv.Grants, grants)
			}
		case inv.KYCStatus != KYCPending:
			return errs.E(errs.Conflict, "wallet_needs_review", "the policy reviews this tier and the investor is approved already: a compliance officer links this wallet")
		}
		return nil
	}
	o, inv, err := s.store.Onboard(ctx, o, fresh, s.now(), join, func(o Onboarding) LogDraft {
		return LogDraft{Actor: actor, Action: "onboarding." + string(o.Mode), Subject: o.InvestorID, Data: map[string]any{
			"attestation": o.Hash.Hex(), "provider": o.Provider, "key": o.KeyID, "signer": o.Signer.Hex(), "wallet": o.Wallet.Hex(),
			"tier": o.Tier, "mode": o.Mode, "why": o.Why, "joined": o.Joined, "country": o.Country, "flags": o.Categories.Names(),
			"expires_at": o.ExpiresAt.Format(time.RFC3339), "issued_at": o.IssuedAt.Format(time.RFC3339)}}
	})
	if err != nil {
		return OnboardResult{}, err
	}
	s.log.Info("wallet onboarded", "investor", inv.ID, "provider", o.Provider, "tier", o.Tier, "mode", o.Mode)
	v, err := s.syncAndView(ctx, inv)
	if err != nil {
		return OnboardResult{}, err
	}
	return OnboardResult{Onboarding: o, Investor: v, Registered: inv.KYCStatus == KYCApproved}, nil
}

// renewGrants renews each grant of old with newer's grant of the same
// category when that one runs longer. A category the record holds without
// expiry stays so: the officer who recorded it decided that.
func renewGrants(old, newer []CategoryGrant) []CategoryGrant {
	out := slices.Clone(old)
	for i, g := range out {
		if j := slices.IndexFunc(newer, func(n CategoryGrant) bool { return n.Category == g.Category }); j >= 0 && newer[j].ExpiresAt.After(g.ExpiresAt) {
			out[i] = newer[j]
		}
	}
	return out
}

// Onboardings lists accepted attestations with id below before (0: from
// the newest), newest first; pending keeps those whose investor's KYC is
// still pending: the review queue.
func (s *Service) Onboardings(ctx context.Context, pending bool, before int64, limit int) ([]Onboarding, error) {
	return s.store.Onboardings(ctx, pending, before, limit)
}

// Onboarding returns accepted attestation id.
func (s *Service) Onboarding(ctx context.Context, id int64) (Onboarding, error) {
	return s.store.Onboarding(ctx, id)
}

// DecideOnboarding decides, on p's behalf (auth.InvestorWrite), the KYC
// of the investor an onboarding the policy sent to review left waiting:
// approved with the attestation's provider, reference and expiry, or
// rejected. Only such an onboarding is decided here (Conflict
// not_reviewed for one the policy approved, already_decided once its
// investor is no longer pending), and an approval needs the attestation's
// key still active (Unprocessable kyc_key_revoked): a key revoked since
// it was queued proves nothing. An officer deciding on other evidence
// uses SetKYC.
func (s *Service) DecideOnboarding(ctx context.Context, p auth.Principal, id int64, approve bool) (InvestorView, error) {
	if err := auth.Authorize(p, auth.InvestorWrite); err != nil {
		return InvestorView{}, err
	}
	o, err := s.store.Onboarding(ctx, id)
	if err != nil {
		return InvestorView{}, err
	}
	switch {
	case o.Mode != OnboardReview:
		return InvestorView{}, errs.E(errs.Conflict, "not_reviewed", fmt.Sprintf(
			"onboarding %d registered its investor without a review (the policy approved it): decide investor %s's KYC itself", o.ID, o.InvestorID))
	case o.KYCStatus != KYCPending:
		return InvestorView{}, errs.E(errs.Conflict, "already_decided", "this investor's KYC is "+string(o.KYCStatus)+" already")
	}
	d := KYCDecision{Status: KYCRejected, Provider: o.Provider, Reference: o.Reference()}
	if approve {
		if o.KeyRevoked {
			return InvestorView{}, errs.E(errs.Unprocessable, "kyc_key_revoked", fmt.Sprintf(
				"the attestation of onboarding %d is signed by a key of %s revoked since it was queued: reject it, or decide investor %s's KYC on other evidence",
				o.ID, o.Provider, o.InvestorID))
		}
		d = o.Approval()
	}
	return s.SetKYC(ctx, p, o.InvestorID, d)
}

// WalletOnboarding is where a wallet stands: its investor (nil if none),
// its latest onboarding (nil if it was linked otherwise), and its identity
// on chain.
type WalletOnboarding struct {
	Investor   *Investor
	Onboarding *Onboarding
	OnChain    Identity
}

// WalletState reads where wallet stands, for the portal.
func (s *Service) WalletState(ctx context.Context, wallet common.Address) (WalletOnboarding, error) {
	var out WalletOnboarding
	inv, err := s.store.WalletOwner(ctx, wallet)
	switch {
	case err == nil:
		out.Investor = &inv
	case !errs.Is(err, errs.NotFound):
		return out, err
	}
	o, err := s.store.WalletOnboarding(ctx, wallet)
	switch {
	case err == nil:
		out.Onboarding = &o
	case !errs.Is(err, errs.NotFound):
		return out, err
	}
	out.OnChain, err = s.identity(ctx, wallet, 0)
	return out, err
}
