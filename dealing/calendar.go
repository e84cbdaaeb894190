package dealing

import (
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/errs"
)

// Mode is one way an asset deals; the bits are the Dealing contract's
// Config.modes.
type Mode uint8

// The modes.
const (
	AsyncDeposit     Mode = 1
	AsyncRedeem      Mode = 2
	InstantSubscribe Mode = 4
	InstantRedeem    Mode = 8
	Wire             Mode = 16
)

var modeNames = []struct {
	name string
	bit  Mode
}{{"async_deposit", AsyncDeposit}, {"async_redeem", AsyncRedeem}, {"instant_subscribe", InstantSubscribe},
	{"instant_redeem", InstantRedeem}, {"wire", Wire}}

// Modes is a set of modes.
type Modes uint8

// Has reports whether m is open.
func (ms Modes) Has(m Mode) bool { return uint8(ms)&uint8(m) != 0 }

// Names lists the open modes by name, in bit order.
func (ms Modes) Names() []string {
	out := []string{}
	for _, m := range modeNames {
		if ms.Has(m.bit) {
			out = append(out, m.name)
		}
	}
	return out
}

// ParseModes reads mode names (async_deposit, async_redeem,
// instant_subscribe, instant_redeem, wire), each at most once.
func ParseModes(names []string) (Modes, error) {
	var ms Modes
	for _, n := range names {
		i := slices.IndexFunc(modeNames, func(m struct {
			name string
			bit  Mode
		}) bool {
			return m.name == n
		})
		if i < 0 {
			return 0, errs.E(errs.Invalid, "invalid_mode", fmt.Sprintf("unknown mode %q: the modes are async_deposit, async_redeem, instant_subscribe, instant_redeem and wire", n))
		}
		if ms.Has(modeNames[i].bit) {
			return 0, errs.E(errs.Invalid, "invalid_mode", "mode "+n+" is named twice")
		}
		ms |= Modes(modeNames[i].bit)
	}
	return ms, nil
}

var weekdays = map[string]time.Weekday{"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday}

// The bounds a calendar must keep.
const (
	MaxSettlementLag = 30                // business days
	MaxNAVTTL        = 30 * 24 * 60 * 60 // seconds: the contract's uint32, bounded to a month
	MaxFeeBps        = 100               // the Dealing contract's MAX_FEE_BPS: 1%
	MaxHolidays      = 2000              // about eight years of a busy calendar
	MaxDecimals      = 36                // units, payment and feed decimals
	horizon          = 4000              // days NextCutoff looks ahead before giving up
	dateLayout       = "2006-01-02"      // holidays and settlement dates
	maxUint128Bits   = 128               // tickets are the contract's uint128
	autoApproveActor = "system:dealing-auto"
)

// AutoApprover is the actor recorded as the decider of a book approved by
// the calendar's threshold policy.
const AutoApprover = autoApproveActor

// Calendar is how and when one asset deals: where its Dealing contract is,
// its dealing days (business days that are not holidays, in its time
// zone), the daily cut-off, the settlement lag, how fresh the day's NAV
// must be, the tickets, the open modes and the auto-approval threshold.
// Schedule checks it and answers the date questions.
type Calendar struct {
	Asset           string
	ChainID         *big.Int
	Dealing         common.Address // the asset's Dealing proxy
	Feed            common.Address // the asset's ValuationFeed
	PaymentToken    common.Address // the stablecoin deposits pay in
	UnitDecimals    uint8          // the asset token's decimals()
	PaymentDecimals uint8          // the payment token's decimals()
	TimeZone        string         // IANA, e.g. "Europe/London"
	BusinessDays    []string       // lower-case English weekday names
	Holidays        []string       // YYYY-MM-DD, local dates
	Cutoff          string         // HH:MM local time
	SettlementLag   int            // business days after the dealing day
	NAVTTL          uint32         // seconds the day's NAV may be observed after the cut-off
	MinDeposit      *big.Int       // payment base units
	MaxDeposit      *big.Int       // nil: no maximum
	MinRedeem       *big.Int       // unit base units
	MaxRedeem       *big.Int       // nil: no maximum
	Modes           Modes
	// FeeBps is the instant facility's fee in basis points, at most
	// MaxFeeBps (the contract's hard cap).
	FeeBps uint16
	// SubscribeLimit and RedeemLimit are the instant facility's
	// linear-decay rate limits per direction, in payment base units.
	SubscribeLimit, RedeemLimit RateLimit
	// AutoApproveBelow is a total gross value (payment base units): a
	// book whose deposits and redemptions together are worth less is
	// approved by policy (AutoApprover). Nil: every book needs a second
	// principal.
	AutoApproveBelow *big.Int
	UpdatedBy        string
	UpdatedAt        time.Time
	// Tickets, when given to SetCalendar, sets the ticket bounds from
	// amounts as people type them; not stored.
	Tickets *Tickets
}

// Tickets are a calendar's amounts in units ("100", "0.5"): the ticket
// bounds (the deposits' in the payment token's, the redemptions' in the
// asset's), the auto-approval threshold and the instant facility's rate
// limits (in the payment token's); an empty one is left as the calendar's
// base-unit field has it.
type Tickets struct {
	MinDeposit, MaxDeposit, MinRedeem, MaxRedeem string
	AutoApproveBelow                             string
	SubscribeGlobal, SubscribePerInvestor        string
	RedeemGlobal, RedeemPerInvestor              string
}

// ticketsInBaseUnits sets c's amounts from c.Tickets by its decimals.
func (c *Calendar) ticketsInBaseUnits() error {
	if c.Tickets == nil {
		return nil
	}
	pay, unit := "the payment token's", "the asset's"
	for _, f := range []struct {
		name, in string
		dec      uint8
		whose    string
		out      **big.Int
	}{{"min_deposit", c.Tickets.MinDeposit, c.PaymentDecimals, pay, &c.MinDeposit}, {"max_deposit", c.Tickets.MaxDeposit, c.PaymentDecimals, pay, &c.MaxDeposit},
		{"min_redeem", c.Tickets.MinRedeem, c.UnitDecimals, unit, &c.MinRedeem}, {"max_redeem", c.Tickets.MaxRedeem, c.UnitDecimals, unit, &c.MaxRedeem},
		{"auto_approve_below", c.Tickets.AutoApproveBelow, c.PaymentDecimals, pay, &c.AutoApproveBelow},
		{"subscribe_limit.global", c.Tickets.SubscribeGlobal, c.PaymentDecimals, pay, &c.SubscribeLimit.Global},
		{"subscribe_limit.per_investor", c.Tickets.SubscribePerInvestor, c.PaymentDecimals, pay, &c.SubscribeLimit.PerInvestor},
		{"redeem_limit.global", c.Tickets.RedeemGlobal, c.PaymentDecimals, pay, &c.RedeemLimit.Global},
		{"redeem_limit.per_investor", c.Tickets.RedeemPerInvestor, c.PaymentDecimals, pay, &c.RedeemLimit.PerInvestor}} {
		if err := fromUnits(f.name, f.name+"_units", f.in, f.dec, f.whose, f.out); err != nil {
			return err
		}
	}
	c.Tickets = nil
	return nil
}

// Date is a local calendar date.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// ParseDate reads YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		return Date{}, err
	}
	return dateOf(t), nil
}

func dateOf(t time.Time) Date { y, m, d := t.Date(); return Date{y, m, d} }

// String is YYYY-MM-DD.
func (d Date) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day) }

// AddDays is the date n days later (earlier when n < 0).
func (d Date) AddDays(n int) Date {
	return dateOf(time.Date(d.Year, d.Month, d.Day+n, 12, 0, 0, 0, time.UTC))
}

// Weekday is the date's day of the week.
func (d Date) Weekday() time.Weekday {
	return time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC).Weekday()
}

// Before reports whether d is earlier than e.
func (d Date) Before(e Date) bool {
	if d.Year != e.Year {
		return d.Year < e.Year
	}
	if d.Month != e.Month {
		return d.Month < e.Month
	}
	return d.Day < e.Day
}

// Schedule is a checked calendar's dealing days.
type Schedule struct {
	loc          *time.Location
	business     [7]bool
	holidays     map[Date]bool
	hour, minute int
	lag          int
}

func invalid(code, msg string) error { return errs.E(errs.Invalid, code, msg) }

// Schedule checks every field of c and returns its schedule, or an
// errs.Invalid error whose code names what is wrong.
func (c Calendar) Schedule() (Schedule, error) {
	s := Schedule{holidays: map[Date]bool{}, lag: c.SettlementLag}
	switch {
	case strings.TrimSpace(c.Asset) == "":
		return s, invalid("invalid_asset", "a calendar needs its asset")
	case c.ChainID == nil || c.ChainID.Sign() <= 0:
		return s, invalid("invalid_chain_id", "chain_id must be a positive integer")
	case c.Dealing == (common.Address{}):
		return s, invalid("invalid_dealing", "dealing must be the asset's Dealing contract, not the zero address")
	case c.Feed == (common.Address{}):
		return s, invalid("invalid_feed", "feed must be the asset's ValuationFeed, not the zero address")
	case c.PaymentToken == (common.Address{}):
		return s, invalid("invalid_payment_token", "payment_token must be the payment token's address, not the zero address")
	case c.UnitDecimals > MaxDecimals || c.PaymentDecimals > MaxDecimals:
		return s, invalid("invalid_decimals", fmt.Sprintf("unit and payment decimals are at most %d", MaxDecimals))
	}
	// time.LoadLocation reads "" and "Local" as the server's own zone: a
	// calendar names its zone.
	if c.TimeZone == "" || c.TimeZone == "Local" {
		return s, invalid("invalid_time_zone", "time_zone must be an IANA time zone such as Europe/London")
	}
	loc, err := time.LoadLocation(c.TimeZone)
	if err != nil {
		return s, invalid("invalid_time_zone", fmt.Sprintf("time zone %q is not an IANA time zone this server knows", c.TimeZone))
	}
	s.loc = loc
	if len(c.BusinessDays) == 0 {
		return s, invalid("no_business_days", "business_days must name at least one weekday")
	}
	for _, d := range c.BusinessDays {
		wd, ok := weekdays[d]
		if !ok {
			return s, invalid("invalid_business_day", fmt.Sprintf("%q is not a weekday: use monday … sunday", d))
		}
		if s.business[wd] {
			return s, invalid("invalid_business_day", d+" is named twice")
		}
		s.business[wd] = true
	}
	if len(c.Holidays) > MaxHolidays {
		return s, invalid("too_many_holidays", fmt.Sprintf("at most %d holidays", MaxHolidays))
	}
	for _, h := range c.Holidays {
		d, err := ParseDate(h)
		if err != nil {
			return s, invalid("invalid_holiday", fmt.Sprintf("holiday %q is not a date (YYYY-MM-DD)", h))
		}
		if s.holidays[d] {
			return s, invalid("invalid_holiday", "holiday "+h+" is listed twice")
		}
		s.holidays[d] = true
	}
	if s.hour, s.minute, err = parseClock(c.Cutoff); err != nil {
		return s, invalid("invalid_cutoff", fmt.Sprintf("cutoff %q is not a local time HH:MM (00:00 to 23:59)", c.Cutoff))
	}
	if c.SettlementLag < 0 || c.SettlementLag > MaxSettlementLag {
		return s, invalid("invalid_settlement_lag", fmt.Sprintf("settlement_lag must be 0 to %d business days", MaxSettlementLag))
	}
	if c.NAVTTL == 0 || c.NAVTTL > MaxNAVTTL {
		return s, invalid("invalid_nav_ttl", fmt.Sprintf("nav_ttl must be 1 to %d seconds", MaxNAVTTL))
	}
	if err := checkTicket("deposit", c.MinDeposit, c.MaxDeposit); err != nil {
		return s, err
	}
	if err := checkTicket("redeem", c.MinRedeem, c.MaxRedeem); err != nil {
		return s, err
	}
	if c.Modes&^Modes(AsyncDeposit|AsyncRedeem|InstantSubscribe|InstantRedeem|Wire) != 0 {
		return s, invalid("invalid_mode", fmt.Sprintf("modes %#x has bits no mode uses", uint8(c.Modes)))
	}
	if c.FeeBps > MaxFeeBps {
		return s, invalid("fee_above_cap", fmt.Sprintf("fee_bps %d is above the contract's cap of %d basis points", c.FeeBps, MaxFeeBps))
	}
	for _, l := range []struct {
		name string
		l    RateLimit
	}{{"subscribe_limit", c.SubscribeLimit}, {"redeem_limit", c.RedeemLimit}} {
		if err := l.l.check(l.name); err != nil {
			return s, err
		}
	}
	if c.AutoApproveBelow != nil && c.AutoApproveBelow.Sign() <= 0 {
		return s, invalid("invalid_auto_approve_below", "auto_approve_below (_base or _units) must be a positive amount of the payment token, or absent for always four-eyes")
	}
	return s, nil
}

func parseClock(s string) (h, m int, err error) {
	if len(s) != 5 || s[2] != ':' {
		return 0, 0, fmt.Errorf("not HH:MM")
	}
	for _, i := range []int{0, 1, 3, 4} {
		if s[i] < '0' || s[i] > '9' {
			return 0, 0, fmt.Errorf("not HH:MM")
		}
	}
	h, m = int(s[0]-'0')*10+int(s[1]-'0'), int(s[3]-'0')*10+int(s[4]-'0')
	if h > 23 || m > 59 {
		return 0, 0, fmt.Errorf("not a time of day")
	}
	return h, m, nil
}

func checkTicket(side string, lo, hi *big.Int) error {
	if lo == nil || lo.Sign() < 0 || lo.BitLen() > maxUint128Bits {
		return invalid("invalid_ticket", "min_"+side+" (_base or _units) must be from 0 to 2^128-1 base units")
	}
	if hi == nil {
		return nil
	}
	if hi.Sign() <= 0 || hi.BitLen() > maxUint128Bits {
		return invalid("invalid_ticket", "max_"+side+" (_base or _units) must be from 1 to 2^128-1 base units, or absent for no maximum")
	}
	if lo.Cmp(hi) > 0 {
		return invalid("min_above_max", fmt.Sprintf("min_%s %s is above max_%s %s", side, lo, side, hi))
	}
	return nil
}

// Location is the calendar's time zone.
func (s Schedule) Location() *time.Location { return s.loc }

// IsDealingDate reports whether d is a business day that is not a holiday.
func (s Schedule) IsDealingDate(d Date) bool { return s.business[d.Weekday()] && !s.holidays[d] }

// CutoffOn is the instant of the cut-off on local date d (a dealing date or
// not). A cut-off time that date skips (a spring-forward gap) is read with
// the offset in force before the gap, so it falls as long after the gap
// starts as the wall time names (02:30 in a 02:00–03:00 gap is 03:30); one
// that date shows twice (fall-back) is its first occurrence.
func (s Schedule) CutoffOn(d Date) time.Time { return wallClock(d, s.hour, s.minute, s.loc) }

func wallClock(d Date, hour, minute int, loc *time.Location) time.Time {
	naive := time.Date(d.Year, d.Month, d.Day, hour, minute, 0, 0, time.UTC)
	// The offsets in force a day either side: a zone changes its offset
	// at most once within two days.
	_, before := naive.Add(-26 * time.Hour).In(loc).Zone()
	_, after := naive.Add(26 * time.Hour).In(loc).Zone()
	a, b := naive.Add(-time.Duration(before)*time.Second), naive.Add(-time.Duration(after)*time.Second)
	if b.Before(a) {
		a, b = b, a
	}
	for _, t := range []time.Time{a, b} {
		l := t.In(loc)
		if dateOf(l) == d && l.Hour() == hour && l.Minute() == minute {
			return t
		}
	}
	return naive.Add(-time.Duration(before) * time.Second)
}

// dateIn is t's local date.
func (s Schedule) dateIn(t time.Time) Date { return dateOf(t.In(s.loc)) }

// NextCutoff is the first cut-off strictly after t on a dealing date: the
// cut-off of the dealing day a request made at t belongs to, as the
// Dealing contract stamps it (a request in the cut-off's own second
// belongs to the next day).
func (s Schedule) NextCutoff(t time.Time) (time.Time, Date, error) {
	d := s.dateIn(t).AddDays(-1)
	for i := 0; i < horizon; i, d = i+1, d.AddDays(1) {
		if !s.IsDealingDate(d) {
			continue
		}
		if c := s.CutoffOn(d); c.After(t) {
			return c, d, nil
		}
	}
	return time.Time{}, Date{}, invalid("no_dealing_day", fmt.Sprintf("no dealing day within %d days of %s", horizon, t.Format(time.RFC3339)))
}

// PrevCutoff is the last cut-off at or before t on a dealing date: the
// newest dealing day that has closed by t.
func (s Schedule) PrevCutoff(t time.Time) (time.Time, Date, error) {
	d := s.dateIn(t).AddDays(1)
	for i := 0; i < horizon; i, d = i+1, d.AddDays(-1) {
		if !s.IsDealingDate(d) {
			continue
		}
		if c := s.CutoffOn(d); !c.After(t) {
			return c, d, nil
		}
	}
	return time.Time{}, Date{}, invalid("no_dealing_day", fmt.Sprintf("no dealing day within %d days before %s", horizon, t.Format(time.RFC3339)))
}

// Settlement is the date a dealing day d settles: lag business days
// (weekdays of the calendar that are not holidays) after d.
func (s Schedule) Settlement(d Date) Date {
	for n := 0; n < s.lag; {
		d = d.AddDays(1)
		if s.IsDealingDate(d) {
			n++
		}
	}
	return d
}

// Day is one dealing day.
type Day struct {
	Date       Date      // local date of the cut-off
	Cutoff     time.Time // the instant requests close
	Settlement Date
}

// DayOf is the dealing day a request made at t belongs to.
func (s Schedule) DayOf(t time.Time) (Day, error) {
	c, d, err := s.NextCutoff(t)
	if err != nil {
		return Day{}, err
	}
	return Day{Date: d, Cutoff: c, Settlement: s.Settlement(d)}, nil
}

// MaxDays bounds Days.
const MaxDays = 366

// Days lists the next n dealing days whose cut-off is after t.
func (s Schedule) Days(t time.Time, n int) ([]Day, error) {
	if n < 1 || n > MaxDays {
		return nil, invalid("invalid_n", fmt.Sprintf("n must be 1 to %d", MaxDays))
	}
	out := make([]Day, 0, n)
	for len(out) < n {
		day, err := s.DayOf(t)
		if err != nil {
			return nil, err
		}
		out = append(out, day)
		t = day.Cutoff
	}
	return out, nil
}

// RateLimit is one direction's linear-decay limit on the instant
// facility: at most Global in total and PerInvestor per investor (over
// all its wallets) within any Window seconds, used capacity draining
// linearly. A nil capacity is no limit.
type RateLimit struct {
	Global, PerInvestor *big.Int
	Window              uint32
}

// On reports whether any capacity is set.
func (l RateLimit) On() bool { return l.Global != nil || l.PerInvestor != nil }

func (l RateLimit) check(name string) error {
	for _, v := range []*big.Int{l.Global, l.PerInvestor} {
		if v != nil && (v.Sign() <= 0 || v.BitLen() > maxUint128Bits) {
			return invalid("invalid_rate_limit", name+": a capacity is a positive amount below 2^128, or absent for no limit")
		}
	}
	if l.On() && l.Window == 0 {
		return invalid("invalid_rate_limit", name+": a limit needs a window of at least one second")
	}
	if !l.On() && l.Window != 0 {
		return invalid("invalid_rate_limit", name+": a window without a capacity limits nothing")
	}
	return nil
}
