package compliance

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/errs"
)

// OnboardMode says what self-service onboarding does with an attestation.
type OnboardMode string

// The modes.
const (
	// OnboardAuto creates the investor with KYC approved until the
	// attestation's expiry, links the wallet and registers it on chain.
	OnboardAuto OnboardMode = "auto"
	// OnboardReview creates the investor with KYC pending and the wallet
	// linked; a compliance officer decides (SetKYC) from the review queue.
	OnboardReview OnboardMode = "review"
)

// TierRetail is the tier of an attestation with no category.
const TierRetail = "retail"

// tierFlags are the categories that make tiers: the four standard ones
// (an issuer-defined category does not change an investor's tier).
var tierFlags = FlagNames[:4]

// Tiers lists the tiers a policy may name: retail, then the standard
// categories in bit order.
func Tiers() []string {
	out := []string{TierRetail}
	for _, f := range tierFlags {
		out = append(out, f.Name)
	}
	return out
}

// TierOf is the tier of categories: its highest standard category in bit
// order (institutional above professional above qualified purchaser
// above accredited), or retail.
func TierOf(categories Flag) string {
	tier := TierRetail
	for _, f := range tierFlags {
		if categories&f.Flag != 0 {
			tier = f.Name
		}
	}
	return tier
}

// TierRule is what the policy does with one tier. With Countries set, an
// auto tier is auto only for investors of those countries (ISO 3166-1
// alpha-2); everyone else of the tier is reviewed.
type TierRule struct {
	Tier      string      `json:"tier"`
	Mode      OnboardMode `json:"mode"`
	Countries []string    `json:"countries,omitempty"`
}

// OnboardingPolicy is one version of the onboarding policy. A tier it does
// not name is reviewed; with no policy set every attestation is reviewed.
type OnboardingPolicy struct {
	Version   int
	Tiers     []TierRule
	Reason    string
	Actor     string
	CreatedAt time.Time
}

// Decide returns the mode the policy gives an investor of country (alpha-2)
// with categories, and why.
func (p OnboardingPolicy) Decide(country string, categories Flag) (tier string, mode OnboardMode, why string) {
	tier = TierOf(categories)
	i := slices.IndexFunc(p.Tiers, func(r TierRule) bool { return r.Tier == tier })
	if i < 0 {
		return tier, OnboardReview, "the onboarding policy does not approve the " + tier + " tier automatically"
	}
	r := p.Tiers[i]
	switch {
	case r.Mode == OnboardReview:
		return tier, OnboardReview, "the onboarding policy reviews the " + tier + " tier"
	case len(r.Countries) > 0 && !slices.Contains(r.Countries, country):
		return tier, OnboardReview, fmt.Sprintf("the onboarding policy approves the %s tier automatically only in %v", tier, r.Countries)
	}
	return tier, OnboardAuto, "the onboarding policy approves the " + tier + " tier automatically"
}

func checkPolicy(tiers []TierRule) error {
	seen := map[string]bool{}
	known := Tiers()
	for i, r := range tiers {
		if !slices.Contains(known, r.Tier) {
			return errs.E(errs.Invalid, "invalid_tier", fmt.Sprintf("tiers[%d]: unknown tier %q; known: %v", i, r.Tier, known))
		}
		if seen[r.Tier] {
			return errs.E(errs.Invalid, "invalid_tier", fmt.Sprintf("tiers[%d]: tier %s is named twice", i, r.Tier))
		}
		seen[r.Tier] = true
		if r.Mode != OnboardAuto && r.Mode != OnboardReview {
			return errs.E(errs.Invalid, "invalid_mode", fmt.Sprintf(`tiers[%d]: mode must be "auto" or "review"`, i))
		}
		for _, c := range r.Countries {
			if err := checkCountry(fmt.Sprintf("tiers[%d].countries", i), c); err != nil {
				return err
			}
		}
	}
	return nil
}

// SetOnboardingPolicy stores tiers as the next version of the onboarding
// policy. The issuer sets it, or a compliance officer
// (auth.OnboardingPolicySet): which attested investors it takes without a
// review. Only provider keys compliance added four-eyes make an
// attestation count, whatever the policy says.
func (s *Service) SetOnboardingPolicy(ctx context.Context, p auth.Principal, tiers []TierRule, reason string) (OnboardingPolicy, error) {
	if err := auth.Authorize(p, auth.OnboardingPolicySet); err != nil {
		return OnboardingPolicy{}, err
	}
	if err := checkReason(reason); err != nil {
		return OnboardingPolicy{}, err
	}
	if err := checkPolicy(tiers); err != nil {
		return OnboardingPolicy{}, err
	}
	actor := p.Actor()
	return s.store.SaveOnboardingPolicy(ctx, OnboardingPolicy{Tiers: tiers, Reason: reason, Actor: actor}, s.now(),
		func(pol OnboardingPolicy) LogDraft {
			return LogDraft{Actor: actor, Action: "onboarding_policy.set", Subject: fmt.Sprint(pol.Version),
				Data: map[string]any{"tiers": pol.Tiers, "reason": reason}}
		})
}

// OnboardingPolicy returns the policy in force: version 0 with no tiers
// (everything reviewed) when none was set.
func (s *Service) OnboardingPolicy(ctx context.Context) (OnboardingPolicy, error) {
	pol, err := s.store.OnboardingPolicy(ctx)
	if errs.Is(err, errs.NotFound) {
		return OnboardingPolicy{Tiers: []TierRule{}}, nil
	}
	return pol, err
}
