package client

import (
	"context"
	"iter"
	"net/http"
	"net/url"
	"strconv"

	"github.com/tessera-rwa/tessera/api"
)

// KYCKeys lists KYC providers' signing keys, active and revoked.
func (c *Client) KYCKeys(ctx context.Context) ([]api.KYCKey, error) {
	var out api.List[api.KYCKey]
	err := c.Do(ctx, http.MethodGet, "/v1/compliance/kyc-keys", nil, &out)
	return out.Items, err
}

// RequestKYCKey asks for a provider's signing key to be added (compliance
// scope; another compliance key approves it).
func (c *Client) RequestKYCKey(ctx context.Context, p api.NewKYCKey, opts ...Option) (api.KYCKeyRequest, error) {
	var out api.KYCKeyRequest
	err := c.Do(ctx, http.MethodPost, "/v1/compliance/kyc-keys", p, &out, opts...)
	return out, err
}

// RevokeKYCKey asks for key id to be revoked.
func (c *Client) RevokeKYCKey(ctx context.Context, id int64, reason string, opts ...Option) (api.KYCKeyRequest, error) {
	var out api.KYCKeyRequest
	err := c.Do(ctx, http.MethodPost, "/v1/compliance/kyc-keys/"+strconv.FormatInt(id, 10)+"/revoke", api.RevokeKYCKey{Reason: reason}, &out, opts...)
	return out, err
}

// KYCKeyRequests iterates over KYC key requests, newest first.
func (c *Client) KYCKeyRequests(ctx context.Context, pageSize int) iter.Seq2[api.KYCKeyRequest, error] {
	return Paginate[api.KYCKeyRequest](ctx, c, "/v1/compliance/kyc-key-requests", nil, pageSize)
}

func kycRequestPath(id int64) string {
	return "/v1/compliance/kyc-key-requests/" + strconv.FormatInt(id, 10)
}

// KYCKeyRequest returns a KYC key request.
func (c *Client) KYCKeyRequest(ctx context.Context, id int64) (api.KYCKeyRequest, error) {
	var out api.KYCKeyRequest
	err := c.Do(ctx, http.MethodGet, kycRequestPath(id), nil, &out)
	return out, err
}

// ApproveKYCKeyRequest approves another compliance key's request.
func (c *Client) ApproveKYCKeyRequest(ctx context.Context, id int64, note string, opts ...Option) (api.KYCKeyRequest, error) {
	var out api.KYCKeyRequest
	err := c.Do(ctx, http.MethodPost, kycRequestPath(id)+"/approve", api.Decision{Note: note}, &out, opts...)
	return out, err
}

// RejectKYCKeyRequest rejects a request; note is required.
func (c *Client) RejectKYCKeyRequest(ctx context.Context, id int64, note string, opts ...Option) (api.KYCKeyRequest, error) {
	var out api.KYCKeyRequest
	err := c.Do(ctx, http.MethodPost, kycRequestPath(id)+"/reject", api.Decision{Note: note}, &out, opts...)
	return out, err
}

// OnboardingPolicy returns the onboarding policy in force.
func (c *Client) OnboardingPolicy(ctx context.Context) (api.OnboardingPolicy, error) {
	var out api.OnboardingPolicy
	err := c.Do(ctx, http.MethodGet, "/v1/compliance/onboarding/policy", nil, &out)
	return out, err
}

// SetOnboardingPolicy replaces the onboarding policy (compliance scope).
func (c *Client) SetOnboardingPolicy(ctx context.Context, p api.SetOnboardingPolicy, opts ...Option) (api.OnboardingPolicy, error) {
	var out api.OnboardingPolicy
	err := c.Do(ctx, http.MethodPut, "/v1/compliance/onboarding/policy", p, &out, opts...)
	return out, err
}

// AttestationDomain returns the EIP-712 domain attestations are signed for.
func (c *Client) AttestationDomain(ctx context.Context) (api.AttestationDomain, error) {
	var out api.AttestationDomain
	err := c.Do(ctx, http.MethodGet, "/v1/compliance/onboarding/domain", nil, &out)
	return out, err
}

// Onboard hands in a wallet's attestation with the wallet's consent
// signature (see api.OnboardRequest).
func (c *Client) Onboard(ctx context.Context, p api.OnboardRequest, opts ...Option) (api.OnboardResult, error) {
	var out api.OnboardResult
	err := c.Do(ctx, http.MethodPost, "/v1/compliance/onboardings", p, &out, opts...)
	return out, err
}

// Onboardings iterates over accepted attestations, newest first; pending
// keeps the review queue.
func (c *Client) Onboardings(ctx context.Context, pending bool, pageSize int) iter.Seq2[api.Onboarding, error] {
	var q url.Values
	if pending {
		q = url.Values{"pending": {"true"}}
	}
	return Paginate[api.Onboarding](ctx, c, "/v1/compliance/onboardings", q, pageSize)
}

// Onboarding returns an accepted attestation.
func (c *Client) Onboarding(ctx context.Context, id int64) (api.Onboarding, error) {
	var out api.Onboarding
	err := c.Do(ctx, http.MethodGet, onboardingPath(id), nil, &out)
	return out, err
}

func onboardingPath(id int64) string {
	return "/v1/compliance/onboardings/" + strconv.FormatInt(id, 10)
}

// DecideOnboarding approves (with the attestation's provider, reference
// and expiry; its key must still be active) or rejects the KYC of a
// reviewed onboarding's waiting investor.
func (c *Client) DecideOnboarding(ctx context.Context, id int64, approve bool, opts ...Option) (api.Investor, error) {
	decision := "/reject"
	if approve {
		decision = "/approve"
	}
	var out api.Investor
	err := c.Do(ctx, http.MethodPost, onboardingPath(id)+decision, nil, &out, opts...)
	return out, err
}
