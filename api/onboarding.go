package api

import (
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// NewKYCKey asks for a KYC provider's signing key to be added (takes
// effect once another compliance key approves it).
type NewKYCKey struct {
	Provider string `json:"provider"` // slug, e.g. acme-kyc
	Signer   string `json:"signer" openapi:"address"`
	Reason   string `json:"reason"`
}

// RevokeKYCKey asks for a key to be revoked (once approved, its
// attestations are refused at once).
type RevokeKYCKey struct {
	Reason string `json:"reason"`
}

// KYCKey is a KYC provider's signing key.
type KYCKey struct {
	ID          int64          `json:"id"`
	Provider    string         `json:"provider"`
	Signer      common.Address `json:"signer"`
	Active      bool           `json:"active"`
	RequestedBy string         `json:"requested_by"`
	AddedBy     string         `json:"added_by"`
	AddedAt     time.Time      `json:"added_at"`
	RevokedBy   string         `json:"revoked_by,omitempty"`
	RevokedAt   *time.Time     `json:"revoked_at,omitempty"`
}

// KYCKeyRequest is a four-eyes request to add or revoke a KYC key.
type KYCKeyRequest struct {
	ID           int64          `json:"id"`
	Change       string         `json:"change"` // add or revoke
	Provider     string         `json:"provider"`
	Signer       common.Address `json:"signer"`
	KeyID        int64          `json:"key_id,omitempty"`
	Reason       string         `json:"reason"`
	State        string         `json:"state"` // requested, approved or rejected
	RequestedBy  string         `json:"requested_by"`
	DecidedBy    string         `json:"decided_by,omitempty"`
	DecisionNote string         `json:"decision_note,omitempty"`
	CreatedAt    time.Time      `json:"created_at"`
	DecidedAt    *time.Time     `json:"decided_at,omitempty"`
}

// TierRule is what the onboarding policy does with one tier: retail, or
// an eligibility category (accredited, qualified_purchaser, professional,
// institutional). With countries (ISO 3166-1 alpha-2), auto applies only
// to investors of those countries; the others are reviewed.
type TierRule struct {
	Tier      string   `json:"tier"`
	Mode      string   `json:"mode"` // auto or review
	Countries []string `json:"countries,omitempty"`
}

// SetOnboardingPolicy replaces the onboarding policy; tiers it does not
// name are reviewed.
type SetOnboardingPolicy struct {
	Tiers  []TierRule `json:"tiers"`
	Reason string     `json:"reason"`
	// BasedOnVersion, when set, is the version the caller read: if
	// another has been set since, nothing changes (409 policy_changed).
	BasedOnVersion *int `json:"based_on_version,omitempty"`
}

// OnboardingPolicy is the onboarding policy in force (version 0: none
// set, everything reviewed).
type OnboardingPolicy struct {
	Version   int        `json:"version"`
	Tiers     []TierRule `json:"tiers"`
	Reason    string     `json:"reason,omitempty"`
	Actor     string     `json:"actor,omitempty"`
	CreatedAt *time.Time `json:"created_at,omitempty"`
}

// AttestationDomain is the EIP-712 domain and type KYC providers sign
// attestations for on this platform.
type AttestationDomain struct {
	Name              string         `json:"name"`
	Version           string         `json:"version"`
	ChainID           string         `json:"chain_id"`
	VerifyingContract common.Address `json:"verifying_contract"` // the IdentityRegistry
	PrimaryType       string         `json:"primary_type"`
	Type              string         `json:"type"`
}

// AttestationMessage is the EIP-712 message a KYC provider signs, field
// for field.
type AttestationMessage struct {
	Wallet     string `json:"wallet" openapi:"address"`
	Subject    string `json:"subject"`    // bytes32, 0x hex: the provider's reference for the person
	Country    uint16 `json:"country"`    // ISO 3166-1 numeric
	Categories uint8  `json:"categories"` // bit 0 accredited, 1 qualified_purchaser, 2 professional, 3 institutional, 4–7 issuer_4–issuer_7
	Expiry     uint64 `json:"expiry"`     // Unix seconds
	IssuedAt   uint64 `json:"issuedAt"`   // Unix seconds
	Nonce      string `json:"nonce"`      // bytes32, 0x hex
}

// Attestation is a signed KYC attestation as the provider hands it out.
type Attestation struct {
	Message   AttestationMessage `json:"message"`
	Signature string             `json:"signature"` // 0x hex, 65 bytes
}

// OnboardRequest hands in a wallet's attestation through an officer's
// integration: wallet_signature is the wallet's personal_sign of
// "Tessera: onboard wallet <wallet> with KYC attestation <hash>".
type OnboardRequest struct {
	Attestation     Attestation `json:"attestation"`
	WalletSignature string      `json:"wallet_signature"`
}

// Onboarding is one accepted attestation and what the policy made of it.
type Onboarding struct {
	ID              int64          `json:"id"`
	AttestationHash common.Hash    `json:"attestation_hash"`
	Provider        string         `json:"provider"`
	KeyID           int64          `json:"key_id"`
	Signer          common.Address `json:"signer"`
	Subject         common.Hash    `json:"subject"`
	Wallet          common.Address `json:"wallet"`
	Country         string         `json:"country"`
	Categories      []string       `json:"categories"`
	Tier            string         `json:"tier"`
	Mode            string         `json:"mode"` // auto or review
	Why             string         `json:"why"`
	ExpiresAt       time.Time      `json:"expires_at"`
	IssuedAt        time.Time      `json:"issued_at"`
	InvestorID      string         `json:"investor_id"`
	Joined          bool           `json:"joined"`
	KYCStatus       string         `json:"kyc_status"`
	Actor           string         `json:"actor"`
	CreatedAt       time.Time      `json:"created_at"`
	// KeyRevoked: the provider key that signed the attestation has been
	// revoked since; a reviewed one can then only be rejected here.
	KeyRevoked bool `json:"key_revoked"`
}

// OnboardResult is the answer to an onboarding.
type OnboardResult struct {
	Status     string     `json:"status"` // registered or review
	Onboarding Onboarding `json:"onboarding"`
	Investor   Investor   `json:"investor"`
}
