package compliance

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/errs"
)

// A KYC provider signs attestations (see Attestation) with one or more
// signing keys. Which keys count is a four-eyes change, as interventions
// are: one compliance principal asks (auth.KYCProviderRequest), a second,
// independent one decides (auth.KYCProviderDecide, checked with
// auth.Check and checkUndecided), and only an approval touches the keys.
// A revoked key's attestations are refused from the moment the revocation
// is approved, also those signed before it. A provider is named by a
// stable slug, so its keys can be rotated (add the new one, revoke the
// old) without its subjects changing investor.

// KYCKey is a provider's signing key as approved.
type KYCKey struct {
	ID          int64
	Provider    string
	Signer      common.Address
	AddedAt     time.Time
	AddedBy     string // the approver of its addition
	RevokedAt   *time.Time
	RevokedBy   string
	RequestedBy string // who asked for its addition
}

// Active reports whether the key's attestations are accepted.
func (k KYCKey) Active() bool { return k.RevokedAt == nil }

// KYCKeyChange is what a KYC key request asks for.
type KYCKeyChange string

// The changes.
const (
	KYCKeyAdd    KYCKeyChange = "add"
	KYCKeyRevoke KYCKeyChange = "revoke"
)

// KYCKeyRequest asks for a provider's key to be added or revoked; its
// states are those of an intervention (requested, approved, rejected).
type KYCKeyRequest struct {
	ID           int64
	Change       KYCKeyChange
	Provider     string
	Signer       common.Address
	KeyID        int64 // the key revoked, or added once approved
	Reason       string
	State        InterventionState
	RequestedBy  string
	DecidedBy    string
	DecisionNote string
	CreatedAt    time.Time
	DecidedAt    *time.Time
}

var providerName = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,62}$`)

func kycKeyLog(r KYCKeyRequest) map[string]any {
	m := map[string]any{"change": r.Change, "provider": r.Provider, "signer": r.Signer.Hex(), "reason": r.Reason,
		"state": r.State, "requested_by": r.RequestedBy}
	if r.KeyID != 0 {
		m["key"] = r.KeyID
	}
	if r.DecidedBy != "" {
		m["decided_by"], m["note"] = r.DecidedBy, r.DecisionNote
	}
	return m
}

// RequestKYCKey asks, on p's behalf, for signer to become a signing key of
// provider. It is refused when signer is an active key already (of any
// provider) or a request for it is pending (Conflict).
func (s *Service) RequestKYCKey(ctx context.Context, p auth.Principal, provider string, signer common.Address, reason string) (KYCKeyRequest, error) {
	if err := auth.Authorize(p, auth.KYCProviderRequest); err != nil {
		return KYCKeyRequest{}, err
	}
	if !providerName.MatchString(provider) {
		return KYCKeyRequest{}, errs.E(errs.Invalid, "invalid_provider", "provider must be a slug of 1 to 63 lower-case letters, digits and dashes (e.g. acme-kyc)")
	}
	if signer == (common.Address{}) {
		return KYCKeyRequest{}, errs.E(errs.Invalid, "invalid_address", "signer must be a non-zero address")
	}
	if err := checkReason(reason); err != nil {
		return KYCKeyRequest{}, err
	}
	if k, err := s.store.ActiveKYCKey(ctx, signer); err == nil {
		return KYCKeyRequest{}, errs.E(errs.Conflict, "kyc_key_active", fmt.Sprintf("%s is already a signing key of %s", signer.Hex(), k.Provider))
	} else if !errs.Is(err, errs.NotFound) {
		return KYCKeyRequest{}, err
	}
	actor := p.Actor()
	return s.store.CreateKYCKeyRequest(ctx, KYCKeyRequest{Change: KYCKeyAdd, Provider: provider, Signer: signer, Reason: reason,
		State: Requested, RequestedBy: actor}, s.now(), func(r KYCKeyRequest) LogDraft {
		return LogDraft{Actor: actor, Action: "kyc_key.requested", Subject: fmt.Sprint(r.ID), Data: kycKeyLog(r)}
	})
}

// RequestKYCKeyRevocation asks, on p's behalf, for key id to be revoked.
// It is refused when the key is revoked already (Conflict) or a request for
// its signer is pending (Conflict).
func (s *Service) RequestKYCKeyRevocation(ctx context.Context, p auth.Principal, id int64, reason string) (KYCKeyRequest, error) {
	if err := auth.Authorize(p, auth.KYCProviderRequest); err != nil {
		return KYCKeyRequest{}, err
	}
	if err := checkReason(reason); err != nil {
		return KYCKeyRequest{}, err
	}
	k, err := s.store.KYCKey(ctx, id)
	if err != nil {
		return KYCKeyRequest{}, err
	}
	if !k.Active() {
		return KYCKeyRequest{}, errs.E(errs.Conflict, "kyc_key_revoked", fmt.Sprintf("key %d of %s is revoked already", k.ID, k.Provider))
	}
	actor := p.Actor()
	return s.store.CreateKYCKeyRequest(ctx, KYCKeyRequest{Change: KYCKeyRevoke, Provider: k.Provider, Signer: k.Signer, KeyID: k.ID,
		Reason: reason, State: Requested, RequestedBy: actor}, s.now(), func(r KYCKeyRequest) LogDraft {
		return LogDraft{Actor: actor, Action: "kyc_key.requested", Subject: fmt.Sprint(r.ID), Data: kycKeyLog(r)}
	})
}

// ApproveKYCKeyRequest approves request id on p's behalf and applies it:
// p must hold auth.KYCProviderDecide and be independent of the requester
// (Forbidden, self_approval). An addition whose signer became active
// meanwhile, or a revocation of a key revoked meanwhile, is a Conflict.
func (s *Service) ApproveKYCKeyRequest(ctx context.Context, p auth.Principal, id int64, note string) (KYCKeyRequest, error) {
	return s.decideKYCKey(ctx, p, id, Approved, note)
}

// RejectKYCKeyRequest closes request id without any change; a note saying
// why is required.
func (s *Service) RejectKYCKeyRequest(ctx context.Context, p auth.Principal, id int64, note string) (KYCKeyRequest, error) {
	if strings.TrimSpace(note) == "" {
		return KYCKeyRequest{}, errs.E(errs.Invalid, "reason_required", "a note saying why is required to reject")
	}
	return s.decideKYCKey(ctx, p, id, Rejected, note)
}

func (s *Service) decideKYCKey(ctx context.Context, p auth.Principal, id int64, state InterventionState, note string) (KYCKeyRequest, error) {
	if err := auth.Authorize(p, auth.KYCProviderDecide); err != nil {
		return KYCKeyRequest{}, err
	}
	if len(note) > 1000 {
		return KYCKeyRequest{}, errs.E(errs.Invalid, "invalid_note", "the note is longer than 1000 characters")
	}
	cur, err := s.store.KYCKeyRequest(ctx, id)
	if err != nil {
		return KYCKeyRequest{}, err
	}
	if err := auth.Check(ctx, s.cfg.Keys, auth.KYCProviderDecide, p, cur.RequestedBy); err != nil {
		return KYCKeyRequest{}, err
	}
	actor := p.Actor()
	return s.store.DecideKYCKeyRequest(ctx, id, s.now(), func(r *KYCKeyRequest) error {
		if err := checkUndecided(fmt.Sprintf("KYC key request %d", r.ID), r.State, r.RequestedBy, actor); err != nil {
			return err
		}
		r.State, r.DecidedBy, r.DecisionNote = state, actor, note
		return nil
	}, func(r KYCKeyRequest) LogDraft {
		return LogDraft{Actor: actor, Action: "kyc_key." + string(state), Subject: fmt.Sprint(r.ID), Data: kycKeyLog(r)}
	})
}

// KYCKeys lists every provider key, active and revoked, by id.
func (s *Service) KYCKeys(ctx context.Context) ([]KYCKey, error) { return s.store.KYCKeys(ctx) }

// KYCKeyRequests lists key requests with id below before (0: from the
// newest), newest first.
func (s *Service) KYCKeyRequests(ctx context.Context, before int64, limit int) ([]KYCKeyRequest, error) {
	return s.store.KYCKeyRequests(ctx, before, limit)
}

// KYCKeyRequest returns request id.
func (s *Service) KYCKeyRequest(ctx context.Context, id int64) (KYCKeyRequest, error) {
	return s.store.KYCKeyRequest(ctx, id)
}
