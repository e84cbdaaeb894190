package ui

import (
	"math/big"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/chain/address"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/units"
)

// rulesForm is a rules version as the editor's fields show it.
type rulesForm struct {
	CountryRestriction bool
	AllowedCountries   string
	MaxInvestors       string
	MaxBalance         string
	RequiredFlags      string
	LockupSeconds      string
	LockupReason       string
	ValuationFeed      string
	ValuationMaxAge    string
	MinHolding         string
	FlowbackUntil      string
	ForceFullTransfer  bool
	// The proof-of-reserve guard on mints: feed, maximum age, margin
	// mode and margin (basis points, or the token's units).
	ReserveFeed       string
	ReserveMaxAge     string
	ReserveMarginMode string
	ReserveMargin     string
}

// rulesFormOf fills the editor from r, its amounts in the token's units
// (decimals; nil: unknown, and they are left as base units).
func rulesFormOf(r compliance.Rules, decimals *uint8) rulesForm {
	amount := func(v *big.Int) string {
		if decimals == nil {
			return v.String()
		}
		return units.Format(v, *decimals)
	}
	f := rulesForm{CountryRestriction: r.CountryRestriction, AllowedCountries: strings.Join(r.AllowedCountries, ", "),
		RequiredFlags: strings.Join(r.RequiredFlags.Names(), ", "), ForceFullTransfer: r.ForceFullTransfer}
	if r.MaxInvestors != nil {
		f.MaxInvestors = strconv.FormatUint(uint64(*r.MaxInvestors), 10)
	}
	if r.MaxBalance != nil {
		f.MaxBalance = amount(r.MaxBalance)
	}
	if r.LockupSeconds > 0 {
		f.LockupSeconds, f.LockupReason = strconv.FormatUint(r.LockupSeconds, 10), strconv.Itoa(int(r.LockupReason))
	}
	if r.ValuationFeed != nil {
		f.ValuationFeed, f.ValuationMaxAge = r.ValuationFeed.Hex(), strconv.FormatUint(r.ValuationMaxAge, 10)
	}
	if r.MinHolding != nil {
		f.MinHolding = amount(r.MinHolding)
	}
	if r.FlowbackUntil != nil {
		f.FlowbackUntil = r.FlowbackUntil.UTC().Format(time.RFC3339)
	}
	if g := r.ReserveGuard; g != nil {
		f.ReserveFeed, f.ReserveMaxAge, f.ReserveMarginMode = g.Feed.Hex(), strconv.FormatUint(g.MaxAge, 10), string(g.MarginMode)
		switch {
		case g.Margin == nil:
		case g.MarginMode == compliance.MarginAbsolute:
			f.ReserveMargin = amount(g.Margin)
		default:
			f.ReserveMargin = g.Margin.String()
		}
	}
	return f
}

// lockReasons are the reason codes the forms offer.
var lockReasons = []compliance.LockReason{compliance.ReasonIssuance, compliance.ReasonVesting, compliance.ReasonCourtOrder, compliance.ReasonUnspecified}

// rulesPage shows an asset's rules in force with their history, the
// editor (for keys that may set rules), a wallet's locks, and the form to
// request interventions on the asset's token.
func (u *UI) rulesPage(w http.ResponseWriter, r *http.Request) error {
	_, svc, asset, err := u.onAsset(r, auth.RulesRead)
	if err != nil {
		return err
	}
	data, err := u.rulesData(r, svc, asset)
	if err != nil {
		return err
	}
	data["Notice"] = noticeOf(r, nil)
	return u.render(w, r, http.StatusOK, "rules", data)
}

// rulesData is what the rules page shows of asset.
func (u *UI) rulesData(r *http.Request, svc *compliance.Service, asset common.Address) (map[string]any, error) {
	ctx := r.Context()
	var current *compliance.Rules
	rules, err := svc.Rules(ctx, asset)
	switch {
	case err == nil:
		current = &rules
	case !errs.Is(err, errs.NotFound):
		return nil, err
	}
	history, err := svc.RulesHistory(ctx, asset, 0, 50)
	if err != nil {
		return nil, err
	}
	// Amounts are shown and typed in the token's units.
	var decimals *uint8
	if d, err := svc.Decimals(ctx, asset); err == nil {
		decimals = &d
	}
	form := rulesForm{}
	if current != nil {
		form = rulesFormOf(*current, decimals)
	}
	version := 0
	if current != nil {
		version = current.Version
	}
	// The editor offers the reason in force too, an issuer's own among
	// them, so a form sent unchanged keeps it.
	reasons := lockReasons
	if current != nil && current.LockupSeconds > 0 && !slices.Contains(reasons, current.LockupReason) {
		reasons = append(slices.Clone(reasons), current.LockupReason)
	}
	data := map[string]any{"Title": "Transfer rules", "Asset": asset.Hex(), "Rules": current, "History": history, "Form": form, "Version": version,
		"Reasons": reasons, "Decimals": decimals,
		"MarginModes": []compliance.MarginMode{compliance.MarginNone, compliance.MarginBps, compliance.MarginAbsolute}}
	if err := u.capsSection(r, svc, asset, data); err != nil {
		return nil, err
	}
	if s := r.URL.Query().Get("wallet"); s != "" {
		wallet, err := address.Parse("wallet", s)
		if err != nil {
			return nil, err
		}
		wl, err := svc.Locks(ctx, asset, wallet)
		if err != nil {
			return nil, err
		}
		data["Wallet"], data["Locks"] = wallet.Hex(), wl
	}
	return data, nil
}

// setRules sets the asset's rules from the editor's form: the full set,
// as the rules API takes it.
func (u *UI) setRules(w http.ResponseWriter, r *http.Request) error {
	who, svc, asset, err := u.onAsset(r, auth.RulesSet)
	if err != nil {
		return err
	}
	v := func(name string) string { return strings.TrimSpace(r.PostFormValue(name)) }
	upd := compliance.RulesUpdate{CountryRestriction: v("country_restriction") != "", AllowedCountries: list(v("allowed_countries")),
		RequiredFlags: list(v("required_flags")), ForceFullTransfer: v("force_full_transfer") != "", Reason: v("reason")}
	// The editor states the rules in full, as they should be from the
	// version it was filled from: made from an older version, it would
	// undo what came since.
	based, err := strconv.ParseInt(v("based_on_version"), 10, 64)
	if err != nil {
		return errs.E(errs.Invalid, "invalid_form", "the form lacks the rules version it was filled from: reload the page")
	}
	upd.BasedOnVersion = &based
	if s := v("max_investors"); s != "" {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return errs.E(errs.Invalid, "invalid_max_investors", "max_investors must be a whole number")
		}
		upd.MaxInvestors = &n
	}
	for _, f := range []struct {
		name string
		to   **big.Int
	}{{"max_balance", &upd.MaxBalance}, {"min_holding", &upd.MinHolding}} {
		if s := v(f.name); s != "" {
			n, err := svc.ParseUnits(r.Context(), asset, f.name, s)
			if err != nil {
				return err
			}
			*f.to = n
		}
	}
	for _, f := range []struct {
		name string
		to   *uint64
	}{{"lockup_seconds", &upd.LockupSeconds}, {"valuation_max_age", &upd.ValuationMaxAge}} {
		if s := v(f.name); s != "" {
			n, err := strconv.ParseUint(s, 10, 64)
			if err != nil {
				return errs.E(errs.Invalid, "invalid_field", f.name+" must be a whole number of seconds")
			}
			*f.to = n
		}
	}
	if s := v("lockup_reason"); s != "" && upd.LockupSeconds > 0 {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return errs.E(errs.Invalid, "invalid_lock_reason", "lockup_reason must be a code from 0 to 255")
		}
		upd.LockupReason = &n
	}
	if s := v("valuation_feed"); s != "" {
		f, err := address.Parse("valuation_feed", s)
		if err != nil {
			return err
		}
		upd.ValuationFeed = &f
	}
	if s := v("flowback_until"); s != "" {
		t, err := compliance.ParseTime("flowback_until", s)
		if err != nil {
			return err
		}
		upd.FlowbackUntil = &t
	}
	if s := v("reserve_feed"); s != "" {
		if upd.ReserveGuard, err = reserveGuardOf(r, svc, asset, s); err != nil {
			return err
		}
	}
	res, err := svc.SetRules(r.Context(), who, asset, upd)
	if err != nil {
		return err
	}
	return back(w, r, "/ui/compliance/assets/"+asset.Hex(), noticeRulesSet, strconv.Itoa(res.Rules.Version))
}

// reserveGuardOf reads the editor's proof-of-reserve fields, the feed
// given; the service checks the guard as the API's.
func reserveGuardOf(r *http.Request, svc *compliance.Service, asset common.Address, feed string) (*compliance.ReserveGuard, error) {
	v := func(name string) string { return strings.TrimSpace(r.PostFormValue(name)) }
	f, err := address.Parse("reserve_feed", feed)
	if err != nil {
		return nil, err
	}
	g := &compliance.ReserveGuard{Feed: f, MarginMode: compliance.MarginMode(v("reserve_margin_mode"))}
	if g.MaxAge, err = strconv.ParseUint(v("reserve_max_age"), 10, 64); err != nil {
		return nil, errs.E(errs.Invalid, "invalid_reserve_guard", "reserve_max_age must be a whole number of seconds")
	}
	switch s := v("reserve_margin"); {
	case s == "":
	case g.MarginMode == compliance.MarginAbsolute:
		if g.Margin, err = svc.ParseUnits(r.Context(), asset, "reserve_margin", s); err != nil {
			return nil, err
		}
	default:
		m, ok := new(big.Int).SetString(s, 10)
		if !ok {
			return nil, errs.E(errs.Invalid, "invalid_reserve_guard", "reserve_margin must be a whole number of basis points")
		}
		g.Margin = m
	}
	return g, nil
}

// requestIntervention requests an intervention on the asset's token from
// the form; another key approves it on the compliance page.
func (u *UI) requestIntervention(w http.ResponseWriter, r *http.Request) error {
	who, svc, asset, err := u.onAsset(r, auth.InterventionNew)
	if err != nil {
		return err
	}
	v := func(name string) string { return strings.TrimSpace(r.PostFormValue(name)) }
	n := compliance.NewIntervention{Kind: compliance.InterventionKind(v("kind")), Asset: asset, Reason: v("reason")}
	if n.Wallet, err = address.Parse("wallet", v("wallet")); err != nil {
		return err
	}
	if s := v("to"); s != "" {
		to, err := address.Parse("to", s)
		if err != nil {
			return err
		}
		n.To = &to
	}
	if s := v("amount"); s != "" {
		if n.Amount, err = svc.ParseUnits(r.Context(), asset, "amount", s); err != nil {
			return err
		}
	}
	if n.Kind == compliance.AddLock {
		if v("end") == "" {
			return errs.E(errs.Invalid, "invalid_lock", "end is required for a lock")
		}
		end, err := compliance.ParseTime("end", v("end"))
		if err != nil {
			return err
		}
		l := compliance.LockTerms{Start: end, Cliff: end, End: end}
		if s := v("start"); s != "" {
			if l.Start, err = compliance.ParseTime("start", s); err != nil {
				return err
			}
			l.Cliff = l.Start
		}
		if s := v("cliff"); s != "" {
			if l.Cliff, err = compliance.ParseTime("cliff", s); err != nil {
				return err
			}
		}
		code, err := strconv.ParseUint(v("lock_reason"), 10, 8)
		if err != nil {
			return errs.E(errs.Invalid, "invalid_lock_reason", "lock_reason must be a code from 0 to 255")
		}
		l.Reason = compliance.LockReason(code)
		n.Lock = &l
	}
	if n.Kind == compliance.RemoveLock {
		i, err := strconv.Atoi(v("lock_index"))
		if err != nil {
			return errs.E(errs.Invalid, "invalid_lock_index", "lock_index is the lock's index in the wallet's locks, from 0")
		}
		n.LockIndex = &i
	}
	in, err := svc.RequestIntervention(r.Context(), who, n)
	if err != nil {
		return err
	}
	return back(w, r, "/ui/compliance", noticeInterventionRequested, strconv.FormatInt(in.Intervention.ID, 10))
}

func list(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// tokenLink is a tokenized asset the compliance page links to.
type tokenLink struct {
	Symbol string
	Token  common.Address
}
