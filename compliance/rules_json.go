package compliance

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/errs"
)

// rulesUpdateJSON is RulesUpdate as JSON: the body of the rules API, and
// the rules an issuer chooses at onboarding (issuance.NewAsset.Rules).
// Amounts are decimal strings.
type rulesUpdateJSON struct {
	CountryRestriction *bool           `json:"country_restriction,omitempty"`
	AllowedCountries   json.RawMessage `json:"allowed_countries,omitempty"`
	MaxInvestors       *int64          `json:"max_investors,omitempty"`
	MaxBalance         *string         `json:"max_balance,omitempty"`
	RequiredFlags      json.RawMessage `json:"required_flags,omitempty"`
	LockupSeconds      uint64          `json:"lockup_seconds,omitempty"`
	LockupReason       *int64          `json:"lockup_reason,omitempty"`
	ValuationFeed      *string         `json:"valuation_feed,omitempty"`
	ValuationMaxAge    uint64          `json:"valuation_max_age,omitempty"`
	ReserveGuard       *reserveJSON    `json:"reserve_guard,omitempty"`
	MinHolding         *string         `json:"min_holding,omitempty"`
	FlowbackUntil      *string         `json:"flowback_until,omitempty"` // RFC 3339 or unix seconds
	ForceFullTransfer  bool            `json:"force_full_transfer,omitempty"`
	Reason             string          `json:"reason,omitempty"`
}

// reserveJSON is a ReserveGuard as JSON; the margin is a decimal string.
type reserveJSON struct {
	Feed       string `json:"feed"`
	MaxAge     uint64 `json:"max_age"`
	MarginMode string `json:"margin_mode,omitempty"`
	Margin     string `json:"margin,omitempty"`
}

// MarshalJSON writes u as the rules API takes it.
func (u RulesUpdate) MarshalJSON() ([]byte, error) {
	j := rulesUpdateJSON{MaxInvestors: u.MaxInvestors, LockupSeconds: u.LockupSeconds, LockupReason: u.LockupReason,
		ValuationMaxAge: u.ValuationMaxAge, ForceFullTransfer: u.ForceFullTransfer, Reason: u.Reason}
	if u.MinHolding != nil {
		s := u.MinHolding.String()
		j.MinHolding = &s
	}
	if u.FlowbackUntil != nil {
		s := u.FlowbackUntil.UTC().Format(time.RFC3339)
		j.FlowbackUntil = &s
	}
	if u.CountryRestriction {
		j.CountryRestriction = &u.CountryRestriction
	}
	if len(u.AllowedCountries) > 0 {
		j.AllowedCountries, _ = json.Marshal(u.AllowedCountries)
	}
	if len(u.RequiredFlags) > 0 {
		j.RequiredFlags, _ = json.Marshal(u.RequiredFlags)
	}
	if u.MaxBalance != nil {
		s := u.MaxBalance.String()
		j.MaxBalance = &s
	}
	if u.ValuationFeed != nil {
		s := u.ValuationFeed.Hex()
		j.ValuationFeed = &s
	}
	if g := u.ReserveGuard; g != nil {
		j.ReserveGuard = &reserveJSON{Feed: g.Feed.Hex(), MaxAge: g.MaxAge, MarginMode: string(g.MarginMode)}
		if g.Margin != nil {
			j.ReserveGuard.Margin = g.Margin.String()
		}
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads u as the rules API takes it. It also reads the form
// assets stored before compliance owned their rules: allowed countries as
// ISO 3166 numeric codes (which turned the country restriction on) and
// required flags as a bit mask.
func (u *RulesUpdate) UnmarshalJSON(data []byte) error {
	var j rulesUpdateJSON
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return err
	}
	out := RulesUpdate{MaxInvestors: j.MaxInvestors, LockupSeconds: j.LockupSeconds, LockupReason: j.LockupReason,
		ValuationMaxAge: j.ValuationMaxAge, ForceFullTransfer: j.ForceFullTransfer, Reason: j.Reason}
	if j.MinHolding != nil {
		v, ok := new(big.Int).SetString(*j.MinHolding, 10)
		if !ok {
			return invalidRules("min_holding must be a decimal integer of base units, as a string")
		}
		out.MinHolding = v
	}
	if j.FlowbackUntil != nil {
		t, err := ParseTime("rules.flowback_until", *j.FlowbackUntil)
		if err != nil {
			return err
		}
		out.FlowbackUntil = &t
	}
	if j.CountryRestriction != nil {
		out.CountryRestriction = *j.CountryRestriction
	}
	if len(j.AllowedCountries) > 0 && string(j.AllowedCountries) != "null" {
		var alpha2 []string
		var numeric []uint16
		if err := json.Unmarshal(j.AllowedCountries, &alpha2); err == nil {
			out.AllowedCountries = alpha2
		} else {
			if json.Unmarshal(j.AllowedCountries, &numeric) != nil {
				return invalidRules("allowed_countries holds ISO 3166-1 alpha-2 codes such as \"DE\"")
			}
			for _, n := range numeric {
				a := CountryAlpha2(n)
				if a == "" {
					return invalidRules(fmt.Sprintf("allowed_countries: %d is not an ISO 3166-1 numeric code", n))
				}
				out.AllowedCountries = append(out.AllowedCountries, a)
			}
			if j.CountryRestriction == nil {
				out.CountryRestriction = len(numeric) > 0
			}
		}
	}
	if len(j.RequiredFlags) > 0 && string(j.RequiredFlags) != "null" {
		var names []string
		if err := json.Unmarshal(j.RequiredFlags, &names); err == nil {
			out.RequiredFlags = names
		} else {
			var mask uint8
			if json.Unmarshal(j.RequiredFlags, &mask) != nil {
				return invalidRules("required_flags holds flag names such as \"accredited\"")
			}
			out.RequiredFlags = Flag(mask).Names()
		}
	}
	if j.MaxBalance != nil {
		v, ok := new(big.Int).SetString(*j.MaxBalance, 10)
		if !ok {
			return invalidRules("max_balance must be a decimal integer of base units, as a string")
		}
		out.MaxBalance = v
	}
	if j.ValuationFeed != nil {
		if !common.IsHexAddress(*j.ValuationFeed) {
			return invalidRules("valuation_feed must be a 0x-prefixed address")
		}
		f := common.HexToAddress(*j.ValuationFeed)
		out.ValuationFeed = &f
	}
	if g := j.ReserveGuard; g != nil {
		if !common.IsHexAddress(g.Feed) {
			return invalidRules("reserve_guard.feed must be a 0x-prefixed address")
		}
		out.ReserveGuard = &ReserveGuard{Feed: common.HexToAddress(g.Feed), MaxAge: g.MaxAge, MarginMode: MarginMode(g.MarginMode)}
		if g.Margin != "" {
			v, ok := new(big.Int).SetString(g.Margin, 10)
			if !ok {
				return invalidRules("reserve_guard.margin must be a decimal integer, as a string")
			}
			out.ReserveGuard.Margin = v
		}
	}
	*u = out
	return nil
}

func invalidRules(msg string) error { return errs.E(errs.Invalid, "invalid_rules", "rules."+msg) }
