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

// widens names the first investors p registers without a review that cur
// reviews: a tier cur does not approve automatically, or a country cur's
// automatic tier leaves out.
func (p OnboardingPolicy) widens(cur OnboardingPolicy) (string, bool) {
	for _, r := range p.Tiers {
		if r.Mode != OnboardAuto {
			continue
		}
		i := slices.IndexFunc(cur.Tiers, func(c TierRule) bool { return c.Tier == r.Tier })
		if i < 0 || cur.Tiers[i].Mode != OnboardAuto {
			return "the " + r.Tier + " tier", true
		}
		allowed := cur.Tiers[i].Countries
		switch {
		case len(allowed) == 0: // every country already
		case len(r.Countries) == 0:
			return fmt.Sprintf("the %s tier in every country (not only %v)", r.Tier, allowed), true
		default:
			for _, c := range r.Countries {
				if !slices.Contains(allowed, c) {
					return fmt.Sprintf("the %s tier in %s", r.Tier, c), true
				}
			}
		}
	}
	return "", false
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
// policy: which attested investors are registered without a review. The
// issuer sets it, or a compliance officer (auth.OnboardingPolicySet); an
// issuer may only approve less automatically than the policy in force
// (Forbidden policy_widens otherwise), for an attested investor
// registered at once skips compliance's review, which only compliance may
// waive. Only provider keys compliance added four-eyes make an
// attestation count, whatever the policy says. With basedOn, the policy
// is set only if the one in force is still that version (Conflict
// policy_changed).
func (s *Service) SetOnboardingPolicy(ctx context.Context, p auth.Principal, tiers []TierRule, reason string, basedOn *int) (OnboardingPolicy, error) {
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
	next := OnboardingPolicy{Tiers: tiers, Reason: reason, Actor: actor}
	check := func(cur OnboardingPolicy) error {
		if basedOn != nil && *basedOn != cur.Version {
			return errs.E(errs.Conflict, "policy_changed", fmt.Sprintf(
				"the onboarding policy in force is version %d, not %d: read it again and decide on what it says now", cur.Version, *basedOn))
		}
		if what, wider := next.widens(cur); wider && !p.Has(auth.Compliance) {
			return errs.E(errs.Forbidden, "policy_widens", fmt.Sprintf(
				"this policy registers %s without a review, which the policy in force (version %d) reviews: only a compliance officer may approve more automatically; an issuer may approve less",
				what, cur.Version))
		}
		return nil
	}
	return s.store.SaveOnboardingPolicy(ctx, next, s.now(), check,
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
