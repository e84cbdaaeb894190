package compliance

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/units"
)

// maxBalanceLimit is the token's cap on balances, 2^96 − 1 base units.
var maxBalanceLimit = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))

// RulesUpdate is the full set of rules an asset should have. Its JSON
// (rules_json.go) is the rules API's body; the tags name the same fields
// for readers of the type (amounts and addresses travel as strings).
type RulesUpdate struct {
	CountryRestriction bool            `json:"country_restriction,omitempty"`
	AllowedCountries   []string        `json:"allowed_countries,omitempty"` // ISO 3166-1 alpha-2
	MaxInvestors       *int64          `json:"max_investors,omitempty"`     // nil: no limit; else 1 to 4,294,967,295
	MaxBalance         *big.Int        `json:"max_balance,omitempty"`       // base units, summed over an investor's wallets
	RequiredFlags      []string        `json:"required_flags,omitempty"`
	LockupSeconds      uint64          `json:"lockup_seconds,omitempty"`
	LockupReason       *int64          `json:"lockup_reason,omitempty"` // nil: issuance lock-up (1) when LockupSeconds is set
	ValuationFeed      *common.Address `json:"valuation_feed,omitempty"`
	ValuationMaxAge    uint64          `json:"valuation_max_age,omitempty"`
	ReserveGuard       *ReserveGuard   `json:"reserve_guard,omitempty"`  // nil: off
	MinHolding         *big.Int        `json:"min_holding,omitempty"`    // base units; nil: none
	FlowbackUntil      *time.Time      `json:"flowback_until,omitempty"` // nil: no Reg S flowback window
	ForceFullTransfer  bool            `json:"force_full_transfer,omitempty"`
	Reason             string          `json:"reason,omitempty"`
	// BasedOnVersion, when set, is the version in force the change was
	// made from (0: none yet): another version in force refuses it
	// (rules_changed) rather than let it undo a change its author did not
	// see.
	BasedOnVersion *int64 `json:"based_on_version,omitempty"`
}

// Check validates u as SetRules does, but for the reason, which is given
// when the rules are set: issuance checks the rules an issuer chooses at
// onboarding, for a token of decimals, when the asset is created, long
// before its token exists.
func (u RulesUpdate) Check(decimals uint8) error {
	_, err := u.rules(common.Address{}, time.Now(), nil, func() *uint8 { return &decimals })
	return err
}

// rules validates u at now and returns the version it makes for asset;
// prev is the version in force, if any (a flowback window that has ended
// may stay as it was); decimals, the token's when known, put amounts in a
// refusal in its units (asked only for such a refusal).
func (u RulesUpdate) rules(asset common.Address, now time.Time, prev *Rules, decimals func() *uint8) (Rules, error) {
	countries := slices.Clone(u.AllowedCountries)
	for _, c := range countries {
		if err := checkCountry("allowed_countries", c); err != nil {
			return Rules{}, err
		}
	}
	slices.Sort(countries)
	countries = slices.Compact(countries)
	if countries == nil {
		countries = []string{}
	}
	r := Rules{Asset: asset, CountryRestriction: u.CountryRestriction, AllowedCountries: countries,
		LockupSeconds: u.LockupSeconds, ValuationMaxAge: u.ValuationMaxAge, Reason: u.Reason}
	if u.MaxInvestors != nil {
		if *u.MaxInvestors < 1 || *u.MaxInvestors > 1<<32-1 {
			return Rules{}, errs.E(errs.Invalid, "invalid_max_investors", "max_investors must be from 1 to 4294967295 (leave it out for no limit)")
		}
		n := uint32(*u.MaxInvestors)
		r.MaxInvestors = &n
	}
	if u.MaxBalance != nil {
		if u.MaxBalance.Sign() <= 0 || u.MaxBalance.Cmp(maxBalanceLimit) > 0 {
			return Rules{}, errs.E(errs.Invalid, "invalid_max_balance", "the maximum balance (max_balance_base or max_balance_units) must be from 1 to 2^96-1 base units (leave it out for no limit)")
		}
		r.MaxBalance = new(big.Int).Set(u.MaxBalance)
	}
	flags, err := ParseFlags(u.RequiredFlags)
	if err != nil {
		return Rules{}, err
	}
	r.RequiredFlags = flags
	if u.LockupSeconds > 10*365*24*3600 {
		return Rules{}, errs.E(errs.Invalid, "invalid_lockup", "lockup_seconds must be at most ten years")
	}
	switch {
	case u.LockupReason != nil:
		if u.LockupSeconds == 0 && *u.LockupReason != 0 {
			return Rules{}, errs.E(errs.Invalid, "invalid_lock_reason", "lockup_reason needs lockup_seconds (leave it out without a lock-up)")
		}
		if r.LockupReason, err = checkLockReason("lockup_reason", *u.LockupReason); err != nil {
			return Rules{}, err
		}
	case u.LockupSeconds > 0:
		r.LockupReason = ReasonIssuance
	}
	if u.MinHolding != nil {
		if u.MinHolding.Sign() <= 0 || u.MinHolding.Cmp(maxBalanceLimit) > 0 {
			return Rules{}, errs.E(errs.Invalid, "invalid_min_holding", "the minimum holding (min_holding_base or min_holding_units) must be from 1 to 2^96-1 base units (leave it out for no minimum)")
		}
		if r.MaxBalance != nil && u.MinHolding.Cmp(r.MaxBalance) > 0 {
			return Rules{}, errs.E(errs.Invalid, "invalid_min_holding", fmt.Sprintf(
				"the minimum holding, %s, is above the maximum balance, %s: no investor could hold the asset",
				amountText(u.MinHolding, decimals()), amountText(r.MaxBalance, decimals())))
		}
		r.MinHolding = new(big.Int).Set(u.MinHolding)
	}
	if u.FlowbackUntil != nil {
		f := u.FlowbackUntil.UTC()
		if f.Nanosecond() != 0 || f.Unix() <= 0 || f.Unix() > maxChainTime {
			return Rules{}, errs.E(errs.Invalid, "invalid_flowback", "flowback_until must be a time in whole seconds before the year 10000")
		}
		kept := prev != nil && prev.FlowbackUntil != nil && prev.FlowbackUntil.Equal(f)
		if !f.After(now) && !kept {
			return Rules{}, errs.E(errs.Invalid, "invalid_flowback", fmt.Sprintf(
				"flowback_until %s is not in the future: a flowback window must end after now (leave it out for none)", f.Format(time.RFC3339)))
		}
		r.FlowbackUntil = &f
	}
	r.ForceFullTransfer = u.ForceFullTransfer
	if u.ValuationFeed != nil {
		if *u.ValuationFeed == (common.Address{}) || u.ValuationMaxAge == 0 {
			return Rules{}, errs.E(errs.Invalid, "invalid_valuation_guard", "valuation_feed must be a feed address and valuation_max_age positive (leave the feed out to turn the guard off)")
		}
		f := *u.ValuationFeed
		r.ValuationFeed = &f
	} else if u.ValuationMaxAge != 0 {
		return Rules{}, errs.E(errs.Invalid, "invalid_valuation_guard", "valuation_max_age needs a valuation_feed")
	}
	if u.ReserveGuard != nil {
		g, err := u.ReserveGuard.check()
		if err != nil {
			return Rules{}, err
		}
		r.ReserveGuard = &g
	}
	return r, nil
}

// RulesResult is a rules version and the chain writes that applied it.
type RulesResult struct {
	Rules Rules
	Txs   []TxStatus
}

func checkReason(r string) error {
	if strings.TrimSpace(r) == "" || len(r) > 1000 {
		return errs.E(errs.Invalid, "reason_required", "a reason (1 to 1000 characters) is required")
	}
	return nil
}

// SetRules validates u, stores it as the asset's next rules version and
// writes what changed to the token through the transaction manager (the
// signer needs COMPLIANCE_ADMIN_ROLE).
func (s *Service) SetRules(ctx context.Context, p auth.Principal, asset common.Address, u RulesUpdate) (RulesResult, error) {
	if err := auth.Authorize(p, auth.RulesSet); err != nil {
		return RulesResult{}, err
	}
	actor := p.Actor()
	if err := checkReason(u.Reason); err != nil {
		return RulesResult{}, err
	}
	// What to send to the token is worked out from the version in force,
	// so the change is stored only while that version still is: made
	// from a version the caller read (BasedOnVersion), a newer one
	// refuses it; otherwise it is worked out again from the newer one.
	return againIfMoved(u.BasedOnVersion != nil, func() error {
		if b := u.BasedOnVersion; b != nil {
			return rulesChanged(*b, "a newer version")
		}
		return errs.E(errs.Conflict, "rules_changed",
			"other changes to the rules were stored while this one was worked out, three times in a row: send it again")
	}, func() (RulesResult, error) { return s.setRules(ctx, actor, asset, u) })
}

// setRules is SetRules from the version in force when it reads it;
// ErrMoved if another was stored before this one.
func (s *Service) setRules(ctx context.Context, actor string, asset common.Address, u RulesUpdate) (RulesResult, error) {
	prev, err := s.store.Rules(ctx, asset)
	first := errs.Is(err, errs.NotFound)
	if err != nil && !first {
		return RulesResult{}, err
	}
	var inForce *Rules
	if !first {
		inForce = &prev
	}
	if b := u.BasedOnVersion; b != nil && (first && *b != 0 || !first && *b != int64(prev.Version)) {
		in := "none"
		if !first {
			in = fmt.Sprintf("version %d", prev.Version)
		}
		return RulesResult{}, rulesChanged(*b, in)
	}
	r, err := u.rules(asset, s.now(), inForce, s.decimalsOnce(ctx, asset))
	if err != nil {
		return RulesResult{}, err
	}
	r.Actor = actor
	ops := s.rulesOps(prev, r, first)
	// Unchanged rules make no version.
	if !first && sameRules(prev, r) {
		return RulesResult{Rules: prev, Txs: []TxStatus{}}, nil
	}
	// Refuse what the token would refuse (a missing role, a bad address)
	// before anything is stored.
	for _, o := range ops {
		if err := s.simulate(ctx, write{to: asset, data: o.data, action: "rule change " + o.action}); err != nil {
			return RulesResult{}, err
		}
	}
	madeFrom := int64(prev.Version) // 0 when there were none
	saved, err := s.store.SaveRules(ctx, r, &madeFrom, s.now(), func(r Rules) LogDraft {
		return LogDraft{Actor: actor, Action: "rules.set", Subject: strings.ToLower(asset.Hex()), Data: rulesLog(r)}
	})
	if err != nil { // ErrMoved: another change was stored since the rules were read above
		return RulesResult{}, err
	}
	ws := make([]write, len(ops))
	for i, o := range ops {
		ws[i] = write{key: fmt.Sprintf("compliance/rules/%s/v%d/%s", strings.ToLower(asset.Hex()), saved.Version, o.action),
			to: asset, data: o.data, action: "rule " + o.action}
	}
	txs := []TxStatus{}
	if len(ws) > 0 {
		if txs, err = s.submit(ctx, ws); err != nil {
			return RulesResult{}, err
		}
	}
	return RulesResult{Rules: saved, Txs: txs}, nil
}

func rulesChanged(basedOn int64, inForce string) error {
	return errs.E(errs.Conflict, "rules_changed", fmt.Sprintf("the rules changed since version %d this change was made from (%s is in force): "+
		"read them again and make the change from those", basedOn, inForce))
}

// sameRules reports whether a and b are the same rules, whoever set them
// and why.
func sameRules(a, b Rules) bool {
	u32 := func(p *uint32) int64 {
		if p == nil {
			return -1
		}
		return int64(*p)
	}
	bi := func(p *big.Int) string {
		if p == nil {
			return ""
		}
		return p.String()
	}
	addr := func(p *common.Address) string {
		if p == nil {
			return ""
		}
		return p.Hex()
	}
	return a.CountryRestriction == b.CountryRestriction && slices.Equal(a.AllowedCountries, b.AllowedCountries) &&
		u32(a.MaxInvestors) == u32(b.MaxInvestors) && bi(a.MaxBalance) == bi(b.MaxBalance) && a.RequiredFlags == b.RequiredFlags &&
		a.LockupSeconds == b.LockupSeconds && addr(a.ValuationFeed) == addr(b.ValuationFeed) && a.ValuationMaxAge == b.ValuationMaxAge &&
		sameReserveGuard(a.ReserveGuard, b.ReserveGuard) &&
		extendedOf(a) == extendedOf(b)
}

// extended is what setExtendedRules writes, comparable.
type extended struct {
	minHolding    string
	flowbackUntil uint64
	lockup        uint32
	reason        LockReason
	forceFull     bool
}

func extendedOf(r Rules) extended {
	x := extended{minHolding: "0", lockup: uint32(r.LockupSeconds), reason: r.LockupReason, forceFull: r.ForceFullTransfer}
	if r.MinHolding != nil {
		x.minHolding = r.MinHolding.String()
	}
	if r.FlowbackUntil != nil {
		x.flowbackUntil = uint64(r.FlowbackUntil.Unix())
	}
	if r.LockupSeconds == 0 {
		x.reason = 0
	}
	return x
}

func rulesLog(r Rules) map[string]any {
	m := map[string]any{"version": r.Version, "country_restriction": r.CountryRestriction, "allowed_countries": r.AllowedCountries,
		"required_flags": r.RequiredFlags.Names(), "lockup_seconds": r.LockupSeconds, "reason": r.Reason,
		"force_full_transfer": r.ForceFullTransfer}
	if r.LockupSeconds > 0 {
		m["lockup_reason"] = uint8(r.LockupReason)
	}
	if r.MinHolding != nil {
		m["min_holding"] = r.MinHolding.String()
	}
	if r.FlowbackUntil != nil {
		m["flowback_until"] = r.FlowbackUntil.UTC().Format(time.RFC3339)
	}
	if r.MaxInvestors != nil {
		m["max_investors"] = *r.MaxInvestors
	}
	if r.MaxBalance != nil {
		m["max_balance"] = r.MaxBalance.String()
	}
	if r.ValuationFeed != nil {
		m["valuation_feed"] = r.ValuationFeed.Hex()
		m["valuation_max_age"] = r.ValuationMaxAge
	}
	if g := r.ReserveGuard; g != nil {
		rg := map[string]any{"feed": g.Feed.Hex(), "max_age": g.MaxAge, "margin_mode": string(g.MarginMode)}
		if g.Margin != nil {
			rg["margin"] = g.Margin.String()
		}
		m["reserve_guard"] = rg
	}
	return m
}

// rulesOps lists the token setters that move prev to next; with first
// set, every rule is written.
func (s *Service) rulesOps(prev, next Rules, first bool) []op {
	t := s.tok
	var ops []op
	if first || prev.CountryRestriction != next.CountryRestriction {
		ops = append(ops, op{action: "country_restriction", data: t.PackSetCountryRestriction(next.CountryRestriction)})
	}
	var removed, added []uint16
	for _, c := range prev.AllowedCountries {
		if !slices.Contains(next.AllowedCountries, c) {
			n, _ := CountryNumeric(c)
			removed = append(removed, n)
		}
	}
	for _, c := range next.AllowedCountries {
		if first || !slices.Contains(prev.AllowedCountries, c) {
			n, _ := CountryNumeric(c)
			added = append(added, n)
		}
	}
	if len(removed) > 0 {
		ops = append(ops, op{action: "countries_removed", data: t.PackSetCountriesAllowed(removed, false)})
	}
	if len(added) > 0 {
		ops = append(ops, op{action: "countries_added", data: t.PackSetCountriesAllowed(added, true)})
	}
	u32 := func(p *uint32) uint32 {
		if p == nil {
			return 0
		}
		return *p
	}
	if first || u32(prev.MaxInvestors) != u32(next.MaxInvestors) {
		ops = append(ops, op{action: "max_investors", data: t.PackSetMaxInvestors(u32(next.MaxInvestors))})
	}
	bi := func(p *big.Int) *big.Int {
		if p == nil {
			return new(big.Int)
		}
		return p
	}
	if first || bi(prev.MaxBalance).Cmp(bi(next.MaxBalance)) != 0 {
		ops = append(ops, op{action: "max_balance", data: t.PackSetMaxBalance(bi(next.MaxBalance))})
	}
	if first || prev.RequiredFlags != next.RequiredFlags {
		ops = append(ops, op{action: "required_flags", data: t.PackSetRequiredFlags(uint8(next.RequiredFlags))})
	}
	feed := func(r Rules) (common.Address, uint64) {
		if r.ValuationFeed == nil {
			return common.Address{}, 0
		}
		return *r.ValuationFeed, r.ValuationMaxAge
	}
	pf, pa := feed(prev)
	nf, na := feed(next)
	if first || pf != nf || pa != na {
		ops = append(ops, op{action: "valuation_guard", data: t.PackSetValuationGuard(nf, na)})
	}
	// A token that predates the reserve guard has no setReserveGuard: an
	// asset without the guard never writes it.
	if (first && next.ReserveGuard != nil) || (!first && !sameReserveGuard(prev.ReserveGuard, next.ReserveGuard)) {
		ops = append(ops, op{action: "reserve_guard", data: t.PackSetReserveGuard(next.ReserveGuard.onChain())})
	}
	// The minimum holding, the flowback window, the initial lock-up and
	// force full transfer are one setter: written when any of them moves.
	if x := extendedOf(next); first || extendedOf(prev) != x {
		mh, _ := new(big.Int).SetString(x.minHolding, 10)
		ops = append(ops, op{action: "extended_rules", data: t.PackSetExtendedRules(mh, x.flowbackUntil, x.lockup, uint8(x.reason), x.forceFull)})
	}
	return ops
}

// Rules returns the rules in force for an asset.
func (s *Service) Rules(ctx context.Context, asset common.Address) (Rules, error) {
	return s.store.Rules(ctx, asset)
}

// RulesHistory lists an asset's rule versions below before (0: newest first).
func (s *Service) RulesHistory(ctx context.Context, asset common.Address, before, limit int) ([]Rules, error) {
	return s.store.RulesHistory(ctx, asset, before, limit)
}

// KnownDecimals reads the token's decimals() for the amounts of an answer
// given also in units: nil when they cannot be read (the answer then gives
// base units only, rather than failing a read of records the chain does
// not hold).
func (s *Service) KnownDecimals(ctx context.Context, asset common.Address) *uint8 {
	d, err := s.Decimals(ctx, asset)
	if err != nil {
		return nil
	}
	return &d
}

// decimalsOnce reads the token's decimals() the first time it is called,
// for the amounts of a refusal or an explanation: nil when they cannot be
// read (the amounts are then given in base units).
func (s *Service) decimalsOnce(ctx context.Context, asset common.Address) func() *uint8 {
	return sync.OnceValue(func() *uint8 { return s.KnownDecimals(ctx, asset) })
}

// amountText writes base units for people (refusals, a pre-check's
// explanation): in the token's units with base units beside them when its
// decimals are known ("12.5 units (1250 base units)"; a token of 0
// decimals has no other), else in base units.
func amountText(v *big.Int, decimals *uint8) string {
	if decimals == nil {
		return units.Text(v, nil, "")
	}
	word := "units"
	if units.Format(v, *decimals) == "1" {
		word = "unit"
	}
	if *decimals == 0 {
		return v.String() + " " + word
	}
	return units.Text(v, decimals, word)
}
