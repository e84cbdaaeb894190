package web

import (
	"encoding/json"
	"net/http"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/errs"
)

// onboardingRoutes are the routes of self-service onboarding: KYC
// provider keys (changed four-eyes), the onboarding policy, attestations
// handed in through an officer's integration, and the review queue. A
// wallet hands in its own attestation through the web UI's portal.
func (h complianceHandlers) onboardingRoutes() []Route {
	return []Route{
		{Method: "GET", Pattern: "/compliance/kyc-keys", Summary: "KYC providers' signing keys, active and revoked, oldest first",
			Action: auth.KYCProviderRead, Response: api.List[api.KYCKey]{}, Handler: h.kycKeys},
		{Method: "POST", Pattern: "/compliance/kyc-keys", Summary: "Request adding a KYC provider's signing key (takes effect once another compliance key approves it)",
			Action: auth.KYCProviderRequest, Status: http.StatusCreated, Request: api.NewKYCKey{}, Response: api.KYCKeyRequest{}, Handler: h.requestKYCKey},
		{Method: "POST", Pattern: "/compliance/kyc-keys/{id}/revoke", Summary: "Request revoking a KYC provider's signing key (once approved, its attestations are refused at once)",
			Action: auth.KYCProviderRequest, Status: http.StatusCreated, Request: api.RevokeKYCKey{}, Response: api.KYCKeyRequest{}, Handler: h.revokeKYCKey},
		{Method: "GET", Pattern: "/compliance/kyc-key-requests", Summary: "KYC key requests, newest first",
			Action: auth.KYCProviderRead, Response: api.List[api.KYCKeyRequest]{}, Paginated: true, Handler: h.kycKeyRequests},
		{Method: "GET", Pattern: "/compliance/kyc-key-requests/{id}", Summary: "A KYC key request",
			Action: auth.KYCProviderRead, Response: api.KYCKeyRequest{}, Handler: h.kycKeyRequest},
		{Method: "POST", Pattern: "/compliance/kyc-key-requests/{id}/approve", Summary: "Approve another compliance key's KYC key request and apply it",
			Action: auth.KYCProviderDecide, Request: api.Decision{}, Response: api.KYCKeyRequest{}, Handler: h.approveKYCKey},
		{Method: "POST", Pattern: "/compliance/kyc-key-requests/{id}/reject", Summary: "Reject a KYC key request (a note is required)",
			Action: auth.KYCProviderDecide, Request: api.Decision{}, Response: api.KYCKeyRequest{}, Handler: h.rejectKYCKey},

		{Method: "GET", Pattern: "/compliance/onboarding/policy", Summary: "The onboarding policy in force: per tier, auto (registered at once) or review",
			Action: auth.OnboardingPolicyRead, Response: api.OnboardingPolicy{}, Handler: h.policy},
		{Method: "PUT", Pattern: "/compliance/onboarding/policy", Summary: "Set the onboarding policy (new version; tiers it does not name are reviewed)",
			Action: auth.OnboardingPolicySet, Request: api.SetOnboardingPolicy{}, Response: api.OnboardingPolicy{}, Handler: h.setPolicy},
		{Method: "GET", Pattern: "/compliance/onboarding/domain", Summary: "The EIP-712 domain and type KYC providers sign attestations for",
			Action: auth.OnboardingPolicyRead, Response: api.AttestationDomain{}, Handler: h.domain},
		{Method: "POST", Pattern: "/compliance/onboardings", Summary: "Hand in a wallet's KYC attestation with the wallet's consent signature; the policy registers the investor or queues it for review",
			Action: auth.InvestorWrite, Status: http.StatusCreated, Request: api.OnboardRequest{}, Response: api.OnboardResult{}, Handler: h.onboardFor},
		{Method: "GET", Pattern: "/compliance/onboardings", Summary: "Accepted attestations, newest first; ?pending=true: the review queue",
			Action: auth.InvestorRead, Response: api.List[api.Onboarding]{}, Paginated: true, Handler: h.onboardings,
			Query: []QueryParam{{Name: "pending", Description: "true: only those whose investor's KYC waits for review"}}},
		{Method: "GET", Pattern: "/compliance/onboardings/{id}", Summary: "An accepted attestation and its investor's KYC status",
			Action: auth.InvestorRead, Response: api.Onboarding{}, Handler: h.onboarding},
		{Method: "POST", Pattern: "/compliance/onboardings/{id}/approve", Summary: "Approve the KYC of a reviewed onboarding's waiting investor with the attestation's provider, reference and expiry (its key must still be active)",
			Action: auth.InvestorWrite, Response: api.Investor{}, Errors: []int{http.StatusConflict, http.StatusUnprocessableEntity}, Handler: h.decideOnboarding(true)},
		{Method: "POST", Pattern: "/compliance/onboardings/{id}/reject", Summary: "Reject the KYC of a reviewed onboarding's waiting investor",
			Action: auth.InvestorWrite, Response: api.Investor{}, Errors: []int{http.StatusConflict}, Handler: h.decideOnboarding(false)},
	}
}

// KYCKeyWire is a key as the API shows it.
func KYCKeyWire(k compliance.KYCKey) api.KYCKey {
	return api.KYCKey{ID: k.ID, Provider: k.Provider, Signer: k.Signer, Active: k.Active(), RequestedBy: k.RequestedBy,
		AddedBy: k.AddedBy, AddedAt: k.AddedAt, RevokedBy: k.RevokedBy, RevokedAt: k.RevokedAt}
}

func kycRequestWire(r compliance.KYCKeyRequest) api.KYCKeyRequest {
	return api.KYCKeyRequest{ID: r.ID, Change: string(r.Change), Provider: r.Provider, Signer: r.Signer, KeyID: r.KeyID,
		Reason: r.Reason, State: string(r.State), RequestedBy: r.RequestedBy, DecidedBy: r.DecidedBy,
		DecisionNote: r.DecisionNote, CreatedAt: r.CreatedAt, DecidedAt: r.DecidedAt}
}

// OnboardingWire is an onboarding as the API shows it.
func OnboardingWire(o compliance.Onboarding) api.Onboarding {
	return api.Onboarding{ID: o.ID, AttestationHash: o.Hash, Provider: o.Provider, KeyID: o.KeyID, Signer: o.Signer,
		Subject: o.Subject, Wallet: o.Wallet, Country: o.Country, Categories: nonNil(o.Categories.Names()), Tier: o.Tier,
		Mode: string(o.Mode), Why: o.Why, ExpiresAt: o.ExpiresAt, IssuedAt: o.IssuedAt, InvestorID: o.InvestorID,
		Joined: o.Joined, KYCStatus: string(o.KYCStatus), Actor: o.Actor, CreatedAt: o.CreatedAt, KeyRevoked: o.KeyRevoked}
}

// OnboardResultWire is an onboarding's answer as the API shows it.
func OnboardResultWire(r compliance.OnboardResult) api.OnboardResult {
	out := api.OnboardResult{Status: "review", Onboarding: OnboardingWire(r.Onboarding), Investor: investorWire(r.Investor)}
	out.Onboarding.KYCStatus = string(r.Investor.Investor.KYCStatus)
	if r.Registered {
		out.Status = "registered"
	}
	return out
}

func policyWire(p compliance.OnboardingPolicy) api.OnboardingPolicy {
	out := api.OnboardingPolicy{Version: p.Version, Reason: p.Reason, Actor: p.Actor, Tiers: mapSlice(p.Tiers, func(t compliance.TierRule) api.TierRule {
		return api.TierRule{Tier: t.Tier, Mode: string(t.Mode), Countries: t.Countries}
	})}
	if out.Tiers == nil {
		out.Tiers = []api.TierRule{}
	}
	if p.Version > 0 {
		t := p.CreatedAt
		out.CreatedAt = &t
	}
	return out
}

func (h complianceHandlers) kycKeys(w http.ResponseWriter, r *http.Request) error {
	ks, err := h.svc.KYCKeys(r.Context())
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, api.List[api.KYCKey]{Items: nonNil(mapSlice(ks, KYCKeyWire))})
	return nil
}

func (h complianceHandlers) requestKYCKey(w http.ResponseWriter, r *http.Request) error {
	var req api.NewKYCKey
	if err := Decode(r, &req); err != nil {
		return err
	}
	signer, err := parseAddress("signer", req.Signer)
	if err != nil {
		return err
	}
	out, err := h.svc.RequestKYCKey(r.Context(), principal(r), req.Provider, signer, req.Reason)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusCreated, kycRequestWire(out))
	return nil
}

func (h complianceHandlers) revokeKYCKey(w http.ResponseWriter, r *http.Request) error {
	id, err := idParam(r, "kyc_key_not_found", "no such KYC provider key")
	if err != nil {
		return err
	}
	var req api.RevokeKYCKey
	if err := Decode(r, &req); err != nil {
		return err
	}
	out, err := h.svc.RequestKYCKeyRevocation(r.Context(), principal(r), id, req.Reason)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusCreated, kycRequestWire(out))
	return nil
}

func (h complianceHandlers) kycKeyRequests(w http.ResponseWriter, r *http.Request) error {
	p, err := ReadPage[int64](r)
	if err != nil {
		return err
	}
	rs, err := h.svc.KYCKeyRequests(r.Context(), p.After, p.Limit+1)
	if err != nil {
		return err
	}
	list := Paginate(p, rs, func(x compliance.KYCKeyRequest) int64 { return x.ID })
	JSON(w, r, http.StatusOK, api.List[api.KYCKeyRequest]{NextCursor: list.NextCursor, Items: nonNil(mapSlice(list.Items, kycRequestWire))})
	return nil
}

func (h complianceHandlers) kycKeyRequest(w http.ResponseWriter, r *http.Request) error {
	id, err := idParam(r, "kyc_key_request_not_found", "no such KYC key request")
	if err != nil {
		return err
	}
	out, err := h.svc.KYCKeyRequest(r.Context(), id)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, kycRequestWire(out))
	return nil
}

func (h complianceHandlers) approveKYCKey(w http.ResponseWriter, r *http.Request) error {
	return decideRequest(w, r, kycKeyRequestID, h.svc.ApproveKYCKeyRequest, kycRequestWire)
}

func (h complianceHandlers) rejectKYCKey(w http.ResponseWriter, r *http.Request) error {
	return decideRequest(w, r, kycKeyRequestID, h.svc.RejectKYCKeyRequest, kycRequestWire)
}

func (h complianceHandlers) policy(w http.ResponseWriter, r *http.Request) error {
	p, err := h.svc.OnboardingPolicy(r.Context())
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, policyWire(p))
	return nil
}

func (h complianceHandlers) setPolicy(w http.ResponseWriter, r *http.Request) error {
	var req api.SetOnboardingPolicy
	if err := Decode(r, &req); err != nil {
		return err
	}
	tiers := mapSlice(req.Tiers, func(t api.TierRule) compliance.TierRule {
		return compliance.TierRule{Tier: t.Tier, Mode: compliance.OnboardMode(t.Mode), Countries: t.Countries}
	})
	p, err := h.svc.SetOnboardingPolicy(r.Context(), principal(r), tiers, req.Reason, req.BasedOnVersion)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, policyWire(p))
	return nil
}

func (h complianceHandlers) domain(w http.ResponseWriter, r *http.Request) error {
	d, err := h.svc.AttestationDomain()
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, api.AttestationDomain{Name: compliance.AttestationDomainName, Version: compliance.AttestationDomainVersion,
		ChainID: d.ChainID.String(), VerifyingContract: d.Registry, PrimaryType: compliance.AttestationPrimaryType, Type: compliance.AttestationType})
	return nil
}

// ParseAttestationWire reads an attestation of the wire model with the one
// parser the portal uses too.
func ParseAttestationWire(a api.Attestation) (compliance.SignedAttestation, error) {
	b, err := json.Marshal(a)
	if err != nil {
		return compliance.SignedAttestation{}, err
	}
	return compliance.ParseAttestation(b)
}

func (h complianceHandlers) onboardFor(w http.ResponseWriter, r *http.Request) error {
	var req api.OnboardRequest
	if err := Decode(r, &req); err != nil {
		return err
	}
	att, err := ParseAttestationWire(req.Attestation)
	if err != nil {
		return err
	}
	sig, err := hexutil.Decode(req.WalletSignature)
	if err != nil {
		return errs.E(errs.Invalid, "invalid_signature", "wallet_signature must be 0x-prefixed hex")
	}
	res, err := h.svc.OnboardFor(r.Context(), principal(r), att, sig)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusCreated, OnboardResultWire(res))
	return nil
}

func (h complianceHandlers) onboardings(w http.ResponseWriter, r *http.Request) error {
	p, err := ReadPage[int64](r)
	if err != nil {
		return err
	}
	pending := false
	switch v := r.URL.Query().Get("pending"); v {
	case "", "false":
	case "true":
		pending = true
	default:
		return errs.E(errs.Invalid, "invalid_query", "pending must be true or false")
	}
	os, err := h.svc.Onboardings(r.Context(), pending, p.After, p.Limit+1)
	if err != nil {
		return err
	}
	list := Paginate(p, os, func(x compliance.Onboarding) int64 { return x.ID })
	JSON(w, r, http.StatusOK, api.List[api.Onboarding]{NextCursor: list.NextCursor, Items: nonNil(mapSlice(list.Items, OnboardingWire))})
	return nil
}

func (h complianceHandlers) onboarding(w http.ResponseWriter, r *http.Request) error {
	id, err := idParam(r, "onboarding_not_found", "no such onboarding")
	if err != nil {
		return err
	}
	o, err := h.svc.Onboarding(r.Context(), id)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, OnboardingWire(o))
	return nil
}

func (h complianceHandlers) decideOnboarding(approve bool) HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		id, err := idParam(r, "onboarding_not_found", "no such onboarding")
		if err != nil {
			return err
		}
		v, err := h.svc.DecideOnboarding(r.Context(), principal(r), id, approve)
		if err != nil {
			return err
		}
		JSON(w, r, http.StatusOK, investorWire(v))
		return nil
	}
}

func kycKeyRequestID(r *http.Request) (int64, error) {
	return idParam(r, "kyc_key_request_not_found", "no such KYC key request")
}
