package compliance

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"maps"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/units"
)

// CapsUpdate changes an asset's investor caps and transfer windows. A
// field left nil keeps what the token has; a cap of 0 removes it.
// Country, category and share caps need the token to count investors
// (turned on at tokenization, before the first unit; never afterwards).
type CapsUpdate struct {
	// CountryCaps caps the investors from each country (ISO 3166-1
	// alpha-2), counted once per investor under the country it entered with.
	CountryCaps map[string]uint32
	// CategoryCaps caps the investors per category: accredited,
	// qualified_purchaser, professional, institutional, issuer_4 to
	// issuer_7 (registry flags 0–7) and retail (none of them); at most
	// 268,435,455. Categories left out keep their cap.
	CategoryCaps map[string]uint32
	// MaxCountryShareBPS caps one country's investors at a share of all,
	// in basis points (0: none; at most 10,000).
	MaxCountryShareBPS *uint16
	// TransferLimits replaces the transfer windows (at most four; an
	// empty list removes them): each investor may transfer at most Limit
	// base units per Period seconds, over all its wallets.
	TransferLimits *[]TransferWindow
	Reason         string
	// BasedOnState, when set, is the Caps.State the change was made from:
	// if the caps changed since (through Tessera or on chain), nothing is
	// changed and the answer is 409 caps_changed, so a change made from
	// an old reading cannot silently undo another officer's.
	BasedOnState string
}

// TransferWindow is one transfer limit: Limit base units per Period
// seconds.
type TransferWindow struct {
	PeriodSeconds uint32
	Limit         *big.Int
}

// CapsResult is what SetCaps logged and the chain writes that apply it.
type CapsResult struct {
	Log LogEntry
	Txs []TxStatus
}

const (
	maxCategoryCap = 1<<28 - 1
	maxWindows     = 4
)

// categoryIndex is the counter index of a category name.
func categoryIndex(name string) (int, bool) {
	for i := range chain.Categories {
		if chain.CategoryName(i) == name {
			return i, true
		}
	}
	return 0, false
}

// SetCaps validates u against the token's current caps and counting,
// simulates each change, logs it (who, why, what before and after) in the
// compliance log, and writes it to the token through the transaction
// manager (the signer needs COMPLIANCE_ADMIN_ROLE). The caps are rules:
// the principal needs the rules.set action.
//
// A change is worked out from the token's caps once the writes of the
// newest logged change are mined (waiting for them up to WaitTimeout,
// Conflict caps_pending after), and logged only while that change is
// still the newest: otherwise it is worked out again (three times, then
// Conflict caps_changed), or, made from a state the caller read
// (BasedOnState), refused.
func (s *Service) SetCaps(ctx context.Context, p auth.Principal, asset common.Address, u CapsUpdate) (CapsResult, error) {
	if err := auth.Authorize(p, auth.RulesSet); err != nil {
		return CapsResult{}, err
	}
	if err := checkReason(u.Reason); err != nil {
		return CapsResult{}, err
	}
	if u.CountryCaps == nil && u.CategoryCaps == nil && u.MaxCountryShareBPS == nil && u.TransferLimits == nil {
		return CapsResult{}, errs.E(errs.Invalid, "nothing_to_change", "give country_caps, category_caps, max_country_share_bps or transfer_limits")
	}
	return againIfMoved(u.BasedOnState != "", capsChanged, func() (CapsResult, error) { return s.setCaps(ctx, p, asset, u) })
}

// againIfMoved runs work, a change worked out from what is in force,
// again while it returns ErrMoved (another change came first), three
// times at most; a change made from a reading the caller named is not
// worked out again. Giving up, it returns changed().
func againIfMoved[T any](named bool, changed func() error, work func() (T, error)) (T, error) {
	for tries := 1; ; tries++ {
		res, err := work()
		if !errors.Is(err, ErrMoved) {
			return res, err
		}
		if named || tries == 3 {
			var zero T
			return zero, changed()
		}
	}
}

// capsActions are the setters a cap change may write, as its write keys
// name them.
var capsActions = []string{"country-caps", "category-caps", "country-share", "transfer-limits"}

func capsWriteKey(asset common.Address, seq int64, action string) string {
	return fmt.Sprintf("compliance/caps/%s/%d/%s", strings.ToLower(asset.Hex()), seq, action)
}

// settledCaps returns the sequence number of asset's newest cap change (0:
// none) once its writes are mined: a change worked out from the token
// before would write back what that one changes. A write never submitted
// (a crash between logging and submitting) is not waited for.
func (s *Service) settledCaps(ctx context.Context, asset common.Address) (int64, error) {
	var newest int64
	for e, err := range s.capsLog(ctx, asset) {
		if err != nil {
			return 0, err
		}
		newest = e.Seq
		break
	}
	if newest == 0 {
		return 0, nil
	}
	wctx, cancel := context.WithTimeout(ctx, s.cfg.WaitTimeout)
	defer cancel()
	for _, action := range capsActions {
		key := capsWriteKey(asset, newest, action)
		r, err := s.cfg.TxLookup.Request(ctx, key)
		if errors.Is(err, txmgr.ErrNotFound) {
			continue // the change has no such write
		}
		if err != nil {
			return 0, err
		}
		switch r.State {
		case txmgr.Confirmed, txmgr.Finalized, txmgr.Failed:
			continue
		}
		if _, err := s.cfg.Tx.Wait(wctx, key); err != nil {
			if errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil {
				return 0, errs.E(errs.Conflict, "caps_pending", fmt.Sprintf(
					"the cap change logged as %d is still being written to the token (%s): send this one once it is mined", newest, key))
			}
			return 0, err
		}
	}
	return newest, nil
}

// setCaps is SetCaps from the caps as it reads them; ErrMoved if another
// change was logged before this one.
func (s *Service) setCaps(ctx context.Context, p auth.Principal, asset common.Address, u CapsUpdate) (CapsResult, error) {
	newest, err := s.settledCaps(ctx, asset)
	if err != nil {
		return CapsResult{}, err
	}
	// Checked again as the change is logged: no other Tessera change may
	// come between.
	follows := &newest
	if u.BasedOnState != "" {
		now, err := s.Caps(ctx, asset)
		if err != nil {
			return CapsResult{}, err
		}
		if now.State != u.BasedOnState {
			return CapsResult{}, capsChanged()
		}
		follows = &now.Version
	}
	before, err := s.onchainCaps(ctx, asset)
	if err != nil {
		return CapsResult{}, err
	}
	if !before.Counting && (u.CountryCaps != nil || u.CategoryCaps != nil || u.MaxCountryShareBPS != nil) {
		return CapsResult{}, errs.E(errs.Conflict, "counting_off", "token "+asset.Hex()+" does not count investors per country and category, "+
			"which country, category and share caps need; counting can only be turned on while no unit is outstanding: "+
			"tokenization turns it on for every new asset, before its first mint")
	}
	var ops []op
	data := map[string]any{"reason": u.Reason}
	if u.CountryCaps != nil {
		keys := slices.Sorted(maps.Keys(u.CountryCaps))
		if len(keys) == 0 {
			return CapsResult{}, errs.E(errs.Invalid, "invalid_country_caps", "country_caps names no country")
		}
		nums, caps := make([]uint16, len(keys)), make([]uint32, len(keys))
		for i, k := range keys {
			if err := checkCountry("country_caps", k); err != nil {
				return CapsResult{}, err
			}
			nums[i], _ = CountryNumeric(k)
			caps[i] = u.CountryCaps[k]
		}
		was, err := s.countryCaps(ctx, asset, keys)
		if err != nil {
			return CapsResult{}, err
		}
		ops = append(ops, op{action: "country-caps", data: s.tok.PackSetCountryCaps(nums, caps)})
		data["country_caps_before"], data["country_caps"] = was, u.CountryCaps
	}
	if u.CategoryCaps != nil {
		next := before.CategoryCaps
		for name, c := range u.CategoryCaps {
			i, ok := categoryIndex(name)
			if !ok {
				return CapsResult{}, errs.E(errs.Invalid, "invalid_category", fmt.Sprintf("unknown category %q; known: accredited, qualified_purchaser, professional, institutional, issuer_4 to issuer_7, retail", name))
			}
			if c > maxCategoryCap {
				return CapsResult{}, errs.E(errs.Invalid, "invalid_category_cap", fmt.Sprintf("the cap of %s must be at most %d (0: none)", name, maxCategoryCap))
			}
			next[i] = c
		}
		ops = append(ops, op{action: "category-caps", data: s.tok.PackSetCategoryCaps(next)})
		data["category_caps_before"], data["category_caps"] = before.CategoryCaps, next
	}
	if u.MaxCountryShareBPS != nil {
		if *u.MaxCountryShareBPS > 10_000 {
			return CapsResult{}, errs.E(errs.Invalid, "invalid_country_share", "max_country_share_bps must be from 0 (none) to 10000")
		}
		ops = append(ops, op{action: "country-share", data: s.tok.PackSetMaxCountryShare(*u.MaxCountryShareBPS)})
		data["max_country_share_bps_before"], data["max_country_share_bps"] = before.MaxCountryShareBPS, *u.MaxCountryShareBPS
	}
	if u.TransferLimits != nil {
		ws := *u.TransferLimits
		if len(ws) > maxWindows {
			return CapsResult{}, errs.E(errs.Invalid, "too_many_windows", fmt.Sprintf("at most %d transfer windows, not %d", maxWindows, len(ws)))
		}
		periods, limits := make([]uint32, len(ws)), make([]*big.Int, len(ws))
		for i, w := range ws {
			if w.PeriodSeconds == 0 || w.Limit == nil || w.Limit.Sign() <= 0 || w.Limit.Cmp(maxBalanceLimit) > 0 {
				return CapsResult{}, errs.E(errs.Invalid, "invalid_transfer_limit", fmt.Sprintf("transfer window %d needs a positive period_seconds and a limit (limit_base or limit_units) from 1 to 2^96-1 base units", i+1))
			}
			periods[i], limits[i] = w.PeriodSeconds, new(big.Int).Set(w.Limit)
		}
		logged := loggedWindows(ws)
		ops = append(ops, op{action: "transfer-limits", data: s.tok.PackSetTransferLimits(periods, limits)})
		data["transfer_limits_before"], data["transfer_limits"] = loggedWindows(before.TransferLimits), logged
	}
	for _, o := range ops {
		if err := s.simulate(ctx, write{to: asset, data: o.data, action: "cap change " + o.action}); err != nil {
			return CapsResult{}, err
		}
	}
	entry, err := s.store.AppendLog(ctx, LogDraft{Actor: p.Actor(), Action: "caps.set", Subject: strings.ToLower(asset.Hex()), Data: data, Follows: follows}, s.now())
	if err != nil {
		return CapsResult{}, err // ErrMoved: another change was logged since
	}
	ws := make([]write, len(ops))
	for i, o := range ops {
		ws[i] = write{key: capsWriteKey(asset, entry.Seq, o.action), to: asset, data: o.data, action: "cap " + o.action}
	}
	txs, err := s.submit(ctx, ws)
	if err != nil {
		return CapsResult{}, err
	}
	return CapsResult{Log: entry, Txs: txs}, nil
}

func capsChanged() error {
	return errs.E(errs.Conflict, "caps_changed", "the caps changed since the reading this change was made from: "+
		"read them again (their state is in the answer) and make the change from those")
}

// loggedWindows is how the compliance log records transfer windows.
func loggedWindows(ws []TransferWindow) []map[string]string {
	out := make([]map[string]string, len(ws))
	for i, w := range ws {
		out[i] = map[string]string{"period_seconds": fmt.Sprint(w.PeriodSeconds), "limit": w.Limit.String()}
	}
	return out
}

// Caps are a token's investor caps and transfer windows as the chain has
// them now.
type Caps struct {
	Counting bool
	// Decimals are the token's: limits are in base units, shown in units.
	Decimals uint8
	// CountryCaps are the caps in force of the countries Tessera has
	// capped (the token keeps no list of its capped countries: a cap set
	// on chain past Tessera shows in the cap table, not here).
	CountryCaps        map[string]uint32
	CategoryCaps       [chain.Categories]uint32
	MaxCountryShareBPS uint16
	TransferLimits     []TransferWindow
	// Version is the seq of the newest change Tessera logged (caps.set;
	// 0: none), and State fingerprints it with the caps in force: a
	// change made from this reading names it (CapsUpdate.BasedOnState).
	Version int64
	State   string
}

// Caps reads the token's caps, its decimals, and the caps in force of
// every country the compliance log shows Tessera capping on it.
func (s *Service) Caps(ctx context.Context, asset common.Address) (Caps, error) {
	c, err := s.onchainCaps(ctx, asset)
	if err != nil {
		return c, err
	}
	if c.Decimals, err = s.Decimals(ctx, asset); err != nil {
		return c, err
	}
	seen := map[string]bool{}
	var countries []string
	for e, err := range s.capsLog(ctx, asset) {
		if err != nil {
			return c, err
		}
		if c.Version == 0 {
			c.Version = e.Seq // newest first
		}
		var d struct {
			CountryCaps map[string]uint32 `json:"country_caps"`
		}
		if err := json.Unmarshal(e.Data, &d); err != nil {
			return c, fmt.Errorf("compliance log entry %d: %w", e.Seq, err)
		}
		for k := range d.CountryCaps {
			if !seen[k] {
				seen[k] = true
				countries = append(countries, k)
			}
		}
	}
	slices.Sort(countries)
	all, err := s.countryCaps(ctx, asset, countries)
	if err != nil {
		return c, err
	}
	c.CountryCaps = map[string]uint32{}
	for k, v := range all {
		if v != 0 {
			c.CountryCaps[k] = v
		}
	}
	c.State = capsState(c)
	return c, nil
}

// capsState fingerprints c's caps and the newest logged change:
// "<version>-<32 hex digits>".
func capsState(c Caps) string {
	h := sha256.New()
	for _, k := range slices.Sorted(maps.Keys(c.CountryCaps)) {
		fmt.Fprintf(h, "%s=%d;", k, c.CountryCaps[k])
	}
	fmt.Fprintf(h, "|%v|%d|%t|", c.CategoryCaps, c.MaxCountryShareBPS, c.Counting)
	for _, w := range c.TransferLimits {
		fmt.Fprintf(h, "%d=%s;", w.PeriodSeconds, w.Limit)
	}
	return fmt.Sprintf("%d-%x", c.Version, h.Sum(nil)[:16])
}

// Decimals reads the token's decimals().
func (s *Service) Decimals(ctx context.Context, asset common.Address) (uint8, error) {
	out, err := s.call(ctx, asset, s.tok.PackDecimals(), nil)
	if err != nil {
		return 0, err
	}
	d, err := s.tok.UnpackDecimals(out)
	if err != nil {
		return 0, fmt.Errorf("decimals of %s: %w", asset.Hex(), err)
	}
	return d, nil
}

// ParseUnits reads v, an amount of the token's units as a person types it
// ("12.5"), as its base units, by the token's decimals() on chain: field
// names it in a refusal (invalid_amount; decimals_mismatch for more
// fractional digits than the token has). Zero is refused; bounds beyond
// are the caller's.
func (s *Service) ParseUnits(ctx context.Context, asset common.Address, field, v string) (*big.Int, error) {
	dec, err := s.Decimals(ctx, asset)
	if err != nil {
		return nil, err
	}
	n, err := units.ParseAmount(v, dec, field, "the token's")
	if err != nil {
		return nil, err
	}
	return n, nil
}

// countryCaps reads the caps in force of countries (alpha-2) on chain.
func (s *Service) countryCaps(ctx context.Context, asset common.Address, countries []string) (map[string]uint32, error) {
	out := make(map[string]uint32, len(countries))
	for _, k := range countries {
		n, ok := CountryNumeric(k)
		if !ok {
			continue
		}
		b, err := s.call(ctx, asset, s.tok.PackCountryInvestors(n), nil)
		if err != nil {
			return nil, err
		}
		ci, err := s.tok.UnpackCountryInvestors(b)
		if err != nil {
			return nil, fmt.Errorf("countryInvestors(%d) of %s: %w", n, asset.Hex(), err)
		}
		out[k] = uint32(ci.Cap.Uint64())
	}
	return out, nil
}

// capsLog yields the asset's caps.set entries of the compliance log,
// newest first.
func (s *Service) capsLog(ctx context.Context, asset common.Address) iter.Seq2[LogEntry, error] {
	return func(yield func(LogEntry, error) bool) {
		var before int64
		for {
			page, err := s.store.SubjectLog(ctx, "caps.set", strings.ToLower(asset.Hex()), before, 100)
			if err != nil {
				yield(LogEntry{}, err)
				return
			}
			for _, e := range page {
				if !yield(e, nil) {
					return
				}
			}
			if len(page) < 100 {
				return
			}
			before = page[len(page)-1].Seq
		}
	}
}

// CapsHistory lists the asset's cap changes (who, when, why, what before
// and after, as SetCaps logged them) with seq below before (0: from the
// newest), newest first.
func (s *Service) CapsHistory(ctx context.Context, asset common.Address, before int64, limit int) ([]LogEntry, error) {
	if limit <= 0 || limit > 500 {
		limit = 50
	}
	return s.store.SubjectLog(ctx, "caps.set", strings.ToLower(asset.Hex()), before, limit)
}

// onchainCaps reads the caps the token keeps as a whole: counting,
// category caps, the country share and the transfer windows.
func (s *Service) onchainCaps(ctx context.Context, asset common.Address) (Caps, error) {
	var c Caps
	out, err := s.call(ctx, asset, s.tok.PackInvestorCounting(), nil)
	if err != nil {
		return c, err
	}
	if c.Counting, err = s.tok.UnpackInvestorCounting(out); err != nil {
		return c, fmt.Errorf("investorCounting of %s: %w", asset.Hex(), err)
	}
	if out, err = s.call(ctx, asset, s.tok.PackCategoryInvestors(), nil); err != nil {
		return c, err
	}
	cats, err := s.tok.UnpackCategoryInvestors(out)
	if err != nil {
		return c, fmt.Errorf("categoryInvestors of %s: %w", asset.Hex(), err)
	}
	for i, v := range cats.Caps {
		c.CategoryCaps[i] = uint32(v.Uint64())
	}
	if out, err = s.call(ctx, asset, s.tok.PackMaxCountryShare(), nil); err != nil {
		return c, err
	}
	if c.MaxCountryShareBPS, err = s.tok.UnpackMaxCountryShare(out); err != nil {
		return c, fmt.Errorf("maxCountryShare of %s: %w", asset.Hex(), err)
	}
	if out, err = s.call(ctx, asset, s.tok.PackTransferLimits(), nil); err != nil {
		return c, err
	}
	lim, err := s.tok.UnpackTransferLimits(out)
	if err != nil {
		return c, fmt.Errorf("transferLimits of %s: %w", asset.Hex(), err)
	}
	c.TransferLimits = make([]TransferWindow, len(lim.Periods))
	for i := range lim.Periods {
		c.TransferLimits[i] = TransferWindow{PeriodSeconds: lim.Periods[i], Limit: lim.Limits[i]}
	}
	return c, nil
}

// TransferAllowance is what an investor may still transfer in one of a
// token's transfer windows.
type TransferAllowance struct {
	PeriodSeconds uint32
	Limit         *big.Int
	Remaining     *big.Int
	ResetsAt      uint64 // unix seconds its running window ends; 0: none runs (the full limit is free)
}

// TransferAllowances reads, for wallet's investor, each transfer window
// of the token with what it may still transfer in it now. It is a
// pre-trade figure: a signed-in wallet reads its own, and any principal
// that may run pre-trade checks (compliance.check: compliance, issuer,
// auditor) any wallet's; another wallet's is refused.
func (s *Service) TransferAllowances(ctx context.Context, p auth.Principal, asset, wallet common.Address) ([]TransferAllowance, error) {
	if own := p.WalletAddress(); own == "" || !common.IsHexAddress(own) || common.HexToAddress(own) != wallet {
		if err := auth.Authorize(p, auth.ComplianceCheck); err != nil {
			return nil, err
		}
	}
	c, err := s.onchainCaps(ctx, asset)
	if err != nil {
		return nil, err
	}
	out, err := s.call(ctx, asset, s.tok.PackTransferAllowance(wallet), nil)
	if err != nil {
		return nil, err
	}
	a, err := s.tok.UnpackTransferAllowance(out)
	if err != nil {
		return nil, fmt.Errorf("transferAllowance of %s: %w", wallet.Hex(), err)
	}
	if len(a.Remaining) != len(c.TransferLimits) || len(a.Resets) != len(c.TransferLimits) {
		return nil, fmt.Errorf("token %s gives %d allowances for %d windows", asset.Hex(), len(a.Remaining), len(c.TransferLimits))
	}
	res := make([]TransferAllowance, len(c.TransferLimits))
	for i, w := range c.TransferLimits {
		res[i] = TransferAllowance{PeriodSeconds: w.PeriodSeconds, Limit: w.Limit, Remaining: a.Remaining[i], ResetsAt: a.Resets[i]}
	}
	return res, nil
}
