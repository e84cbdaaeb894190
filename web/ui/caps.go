package ui

import (
	"cmp"
	"encoding/json"
	"fmt"
	"maps"
	"math/big"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/issuance"
)

// The caps editor on the rules page: country caps, category caps, the
// largest share one country may have, and up to four transfer windows,
// their limits typed and shown in the token's units. The form states
// the caps as they should be; the handler changes on chain only what
// differs from what the chain has when it is sent.

// capsForm is the caps editor's fields, as the page fills them from the
// chain or as the user typed them.
type capsForm struct {
	// Loaded is the state of the caps the form was filled from
	// (compliance.Caps.State): a form filled before another change is
	// refused rather than silently undoing it.
	Loaded             string
	CountryCaps        string // "DE=100, FR=50"
	Categories         []capsField
	MaxCountryShareBPS string
	Windows            []windowField
	Reason             string
}

type capsField struct{ Name, Value string }

type windowField struct{ Period, Limit string }

// capsFormOf fills the editor from the caps in force.
func capsFormOf(c compliance.Caps) capsForm {
	f := capsForm{Loaded: c.State, Windows: make([]windowField, 4)}
	var cc []string
	for _, k := range slices.Sorted(maps.Keys(c.CountryCaps)) {
		cc = append(cc, k+"="+strconv.FormatUint(uint64(c.CountryCaps[k]), 10))
	}
	f.CountryCaps = strings.Join(cc, ", ")
	for i, v := range c.CategoryCaps {
		f.Categories = append(f.Categories, capsField{Name: chain.CategoryName(i), Value: capOrEmpty(v)})
	}
	if c.MaxCountryShareBPS != 0 {
		f.MaxCountryShareBPS = strconv.Itoa(int(c.MaxCountryShareBPS))
	}
	for i, w := range c.TransferLimits {
		if i < len(f.Windows) {
			f.Windows[i] = windowField{Period: strconv.FormatUint(uint64(w.PeriodSeconds), 10), Limit: issuance.FormatUnits(w.Limit, c.Decimals)}
		}
	}
	return f
}

func capOrEmpty(v uint32) string {
	if v == 0 {
		return ""
	}
	return strconv.FormatUint(uint64(v), 10)
}

// capsFormFrom is the editor's fields as the request typed them.
func capsFormFrom(r *http.Request) capsForm {
	v := func(name string) string { return strings.TrimSpace(r.PostFormValue(name)) }
	f := capsForm{Loaded: v("caps_loaded"), CountryCaps: v("country_caps"), MaxCountryShareBPS: v("max_country_share_bps"), Reason: v("reason")}
	for i := range chain.Categories {
		n := chain.CategoryName(i)
		f.Categories = append(f.Categories, capsField{Name: n, Value: v("category_cap_" + n)})
	}
	for i := range 4 {
		f.Windows = append(f.Windows, windowField{Period: v(fmt.Sprintf("window_period_%d", i)), Limit: v(fmt.Sprintf("window_limit_%d", i))})
	}
	return f
}

// update turns the typed caps into the change from now: only what
// differs from the caps in force, so a token that does not count
// investors can still have its windows changed, and a country left out
// of the list loses its cap.
func (f capsForm) update(now compliance.Caps) (compliance.CapsUpdate, error) {
	u := compliance.CapsUpdate{Reason: f.Reason}
	countries := map[string]uint32{}
	for _, item := range strings.FieldsFunc(f.CountryCaps, func(r rune) bool { return r == ',' || r == ';' || r == '\n' }) {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		k, n, ok := strings.Cut(item, "=")
		k = strings.ToUpper(strings.TrimSpace(k))
		c, err := strconv.ParseUint(strings.TrimSpace(n), 10, 32)
		if !ok || err != nil {
			return u, errs.E(errs.Invalid, "invalid_country_caps", fmt.Sprintf("country caps: %q is not COUNTRY=CAP, such as DE=100 (a cap is a whole number; 0 removes it)", item))
		}
		if _, dup := countries[k]; dup {
			return u, errs.E(errs.Invalid, "invalid_country_caps", "country caps: "+k+" is named twice")
		}
		countries[k] = uint32(c)
	}
	changed := map[string]uint32{}
	for k, c := range countries {
		if now.CountryCaps[k] != c || c == 0 {
			changed[k] = c
		}
	}
	for k := range now.CountryCaps {
		if _, kept := countries[k]; !kept {
			changed[k] = 0
		}
	}
	if len(changed) > 0 {
		u.CountryCaps = changed
	}
	cats := map[string]uint32{}
	for i, c := range f.Categories {
		var n uint64
		if c.Value != "" {
			var err error
			if n, err = strconv.ParseUint(c.Value, 10, 32); err != nil {
				return u, errs.E(errs.Invalid, "invalid_category_cap", fmt.Sprintf("the cap of %s must be a whole number (empty or 0: none)", c.Name))
			}
		}
		if i < len(now.CategoryCaps) && uint32(n) != now.CategoryCaps[i] {
			cats[c.Name] = uint32(n)
		}
	}
	if len(cats) > 0 {
		u.CategoryCaps = cats
	}
	var share uint64
	if f.MaxCountryShareBPS != "" {
		var err error
		if share, err = strconv.ParseUint(f.MaxCountryShareBPS, 10, 16); err != nil {
			return u, errs.E(errs.Invalid, "invalid_country_share", "the largest country share must be a whole number of basis points from 0 (none) to 10000")
		}
	}
	if uint16(share) != now.MaxCountryShareBPS {
		s := uint16(share)
		u.MaxCountryShareBPS = &s
	}
	var ws []compliance.TransferWindow
	for i, w := range f.Windows {
		if w.Period == "" && w.Limit == "" {
			continue
		}
		p, err := strconv.ParseUint(w.Period, 10, 32)
		if err != nil || p == 0 {
			return u, errs.E(errs.Invalid, "invalid_transfer_limit", fmt.Sprintf("transfer window %d: the period must be a whole number of seconds above 0, such as 86400 for a day", i+1))
		}
		if w.Limit == "" {
			return u, errs.E(errs.Invalid, "invalid_transfer_limit", fmt.Sprintf("transfer window %d: give its limit in units", i+1))
		}
		limit, err := issuance.ParseUnits(w.Limit, now.Decimals)
		if err != nil {
			if e := errs.As(err); e != nil {
				return u, errs.E(errs.Invalid, e.Code, fmt.Sprintf("transfer window %d: %s", i+1, e.Message))
			}
			return u, err
		}
		ws = append(ws, compliance.TransferWindow{PeriodSeconds: uint32(p), Limit: limit})
	}
	if !slices.EqualFunc(ws, now.TransferLimits, func(a, b compliance.TransferWindow) bool {
		return a.PeriodSeconds == b.PeriodSeconds && a.Limit.Cmp(b.Limit) == 0
	}) {
		if ws == nil {
			ws = []compliance.TransferWindow{}
		}
		u.TransferLimits = &ws
	}
	return u, nil
}

// setCaps changes the asset's caps from the editor through the same
// domain call as the API. A refusal is the rules page again, with its
// reason beside the editor and the fields as typed.
func (u *UI) setCaps(w http.ResponseWriter, r *http.Request) error {
	who, svc, asset, err := u.onAsset(r, auth.RulesSet)
	if err != nil {
		return err
	}
	form := capsFormFrom(r)
	now, err := svc.Caps(r.Context(), asset)
	if err != nil {
		return err
	}
	upd, err := form.update(now)
	if err == nil {
		// The domain refuses a form filled before another change (whose
		// state it names), so setting it cannot undo that change unseen.
		// A form without it matches no state.
		upd.BasedOnState = cmp.Or(form.Loaded, "unknown")
		var res compliance.CapsResult
		if res, err = svc.SetCaps(r.Context(), who, asset, upd); err == nil {
			return back(w, r, "/ui/compliance/assets/"+asset.Hex(), noticeCapsSet, strconv.FormatInt(res.Log.Seq, 10))
		}
	}
	e := errs.As(err)
	if e == nil || e.Kind == errs.Internal || e.Kind == errs.Unavailable {
		return err
	}
	data, err := u.rulesData(r, svc, asset)
	if err != nil {
		return err
	}
	msg := e.Message
	if e.Code == "caps_changed" {
		// The page shows the caps in force; the typed values stay, and
		// sending them again sets them over what is now in force.
		msg = "the caps changed since this page was loaded: compare your values with the caps in force shown above and set them again"
		if cur, ok := data["CapsForm"].(capsForm); ok {
			form.Loaded = cur.Loaded
		}
	}
	data["CapsForm"], data["CapsError"], data["CapsErrorCode"] = form, msg, e.Code
	return u.render(w, r, statusOfRefusal(e), "rules", data)
}

// capsChange is one caps.set entry of the compliance log as the history
// shows it.
type capsChange struct {
	Seq     int64
	At      time.Time
	Actor   string
	Reason  string
	Changes []capsDiff
}

type capsDiff struct{ What, Before, After string }

// capsChangeOf reads what SetCaps logged; entries logged before the
// befores were recorded show "—" for them.
func capsChangeOf(e compliance.LogEntry, decimals uint8) (capsChange, error) {
	var d struct {
		Reason            string                    `json:"reason"`
		CountryCaps       map[string]uint32         `json:"country_caps"`
		CountryCapsBefore map[string]uint32         `json:"country_caps_before"`
		CategoryCaps      *[chain.Categories]uint32 `json:"category_caps"`
		CategoryBefore    *[chain.Categories]uint32 `json:"category_caps_before"`
		Share             *uint16                   `json:"max_country_share_bps"`
		ShareBefore       *uint16                   `json:"max_country_share_bps_before"`
		Windows           *[]map[string]string      `json:"transfer_limits"`
		WindowsBefore     *[]map[string]string      `json:"transfer_limits_before"`
	}
	if err := json.Unmarshal(e.Data, &d); err != nil {
		return capsChange{}, fmt.Errorf("compliance log entry %d: %w", e.Seq, err)
	}
	c := capsChange{Seq: e.Seq, At: e.At, Actor: e.Actor, Reason: d.Reason}
	for _, k := range slices.Sorted(maps.Keys(d.CountryCaps)) {
		before := "—"
		if d.CountryCapsBefore != nil {
			before = capOrNone(d.CountryCapsBefore[k])
		}
		c.Changes = append(c.Changes, capsDiff{What: "country " + k, Before: before, After: capOrNone(d.CountryCaps[k])})
	}
	if d.CategoryCaps != nil {
		for i, v := range d.CategoryCaps {
			before := "—"
			if d.CategoryBefore != nil {
				if d.CategoryBefore[i] == v {
					continue
				}
				before = capOrNone(d.CategoryBefore[i])
			}
			c.Changes = append(c.Changes, capsDiff{What: "category " + chain.CategoryName(i), Before: before, After: capOrNone(v)})
		}
	}
	if d.Share != nil {
		before := "—"
		if d.ShareBefore != nil {
			before = bpsOrNone(*d.ShareBefore)
		}
		c.Changes = append(c.Changes, capsDiff{What: "largest country share", Before: before, After: bpsOrNone(*d.Share)})
	}
	if d.Windows != nil {
		before := "—"
		if d.WindowsBefore != nil {
			before = windowsText(*d.WindowsBefore, decimals)
		}
		c.Changes = append(c.Changes, capsDiff{What: "transfer windows", Before: before, After: windowsText(*d.Windows, decimals)})
	}
	if len(c.Changes) == 0 {
		c.Changes = []capsDiff{{What: "nothing", Before: "—", After: "—"}}
	}
	return c, nil
}

func capOrNone(v uint32) string {
	if v == 0 {
		return "none"
	}
	return strconv.FormatUint(uint64(v), 10)
}

func bpsOrNone(v uint16) string {
	if v == 0 {
		return "none"
	}
	return strconv.Itoa(int(v)) + " bps"
}

// windowsText is logged windows in units: "1,000.5 per 86400 s; …".
func windowsText(ws []map[string]string, decimals uint8) string {
	if len(ws) == 0 {
		return "none"
	}
	var parts []string
	for _, w := range ws {
		limit := w["limit"]
		if v, ok := new(big.Int).SetString(limit, 10); ok {
			limit = unitsOf(v.String(), decimals)
		}
		parts = append(parts, limit+" per "+w["period_seconds"]+" s")
	}
	return strings.Join(parts, "; ")
}

// capsSection reads what the rules page shows of the caps: those in
// force, the editor's fields and the history. A token whose caps cannot
// be read (an address that is no Tessera token) shows why instead.
func (u *UI) capsSection(r *http.Request, svc *compliance.Service, asset common.Address, data map[string]any) error {
	c, err := svc.Caps(r.Context(), asset)
	if err != nil {
		if e := errs.As(err); e != nil && e.Kind == errs.Unavailable {
			return err
		}
		u.log.Warn("ui: caps unreadable", "asset", asset, "err", err)
		data["CapsUnreadable"] = true
		return nil
	}
	entries, err := svc.CapsHistory(r.Context(), asset, 0, 50)
	if err != nil {
		return err
	}
	hist := make([]capsChange, 0, len(entries))
	for _, e := range entries {
		ch, err := capsChangeOf(e, c.Decimals)
		if err != nil {
			return err
		}
		hist = append(hist, ch)
	}
	windows := make([]capsWindowView, len(c.TransferLimits))
	for i, w := range c.TransferLimits {
		windows[i] = capsWindowView{Period: time.Duration(w.PeriodSeconds) * time.Second, Seconds: w.PeriodSeconds, Limit: w.Limit.String()}
	}
	data["Caps"], data["CapsWindows"], data["CapsForm"], data["CapsHistory"] = c, windows, capsFormOf(c), hist
	var capped []capsField
	for _, f := range capsFormOf(c).Categories {
		if f.Value != "" {
			capped = append(capped, f)
		}
	}
	data["CapsCountries"], data["CapsCategories"] = capsFormOf(c).CountryCaps, capped
	return nil
}

type capsWindowView struct {
	Period  time.Duration
	Seconds uint32
	Limit   string // base units
}
