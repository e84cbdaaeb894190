package dealing

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/errs"
)

func weekdaysCal(tz, cutoff string, holidays ...string) Calendar {
	return Calendar{Asset: "TBILL", ChainID: big.NewInt(31337), Dealing: common.HexToAddress("0xd1"), Feed: common.HexToAddress("0xfe"),
		PaymentToken: common.HexToAddress("0xca"), UnitDecimals: 18, PaymentDecimals: 6, TimeZone: tz,
		BusinessDays: []string{"monday", "tuesday", "wednesday", "thursday", "friday"}, Holidays: holidays, Cutoff: cutoff,
		SettlementLag: 2, NAVTTL: 3600, MinDeposit: big.NewInt(100), MinRedeem: big.NewInt(0), Modes: Modes(AsyncDeposit | AsyncRedeem)}
}

func mustSchedule(tb testing.TB, c Calendar) Schedule {
	tb.Helper()
	s, err := c.Schedule()
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

func at(tb testing.TB, tz, s string) time.Time {
	tb.Helper()
	loc, err := time.LoadLocation(tz)
	if err != nil {
		tb.Fatal(err)
	}
	t, err := time.ParseInLocation("2006-01-02 15:04:05", s, loc)
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

func TestCalendarRefusesBadInput(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name   string
		change func(c *Calendar)
		code   string
	}{
		{"unknown zone", func(c *Calendar) { c.TimeZone = "Europe/Atlantis" }, "invalid_time_zone"},
		{"empty zone", func(c *Calendar) { c.TimeZone = "" }, "invalid_time_zone"},
		{"server-local zone", func(c *Calendar) { c.TimeZone = "Local" }, "invalid_time_zone"},
		{"no business days", func(c *Calendar) { c.BusinessDays = nil }, "no_business_days"},
		{"unknown weekday", func(c *Calendar) { c.BusinessDays = []string{"monday", "funday"} }, "invalid_business_day"},
		{"weekday twice", func(c *Calendar) { c.BusinessDays = []string{"monday", "monday"} }, "invalid_business_day"},
		{"holiday not a date", func(c *Calendar) { c.Holidays = []string{"2026-02-30"} }, "invalid_holiday"},
		{"holiday not a date at all", func(c *Calendar) { c.Holidays = []string{"christmas"} }, "invalid_holiday"},
		{"holiday twice", func(c *Calendar) { c.Holidays = []string{"2026-12-25", "2026-12-25"} }, "invalid_holiday"},
		{"cutoff not HH:MM", func(c *Calendar) { c.Cutoff = "4pm" }, "invalid_cutoff"},
		{"cutoff 24:00", func(c *Calendar) { c.Cutoff = "24:00" }, "invalid_cutoff"},
		{"cutoff 9:30", func(c *Calendar) { c.Cutoff = "9:30" }, "invalid_cutoff"},
		{"cutoff minutes", func(c *Calendar) { c.Cutoff = "16:60" }, "invalid_cutoff"},
		{"negative lag", func(c *Calendar) { c.SettlementLag = -1 }, "invalid_settlement_lag"},
		{"lag too long", func(c *Calendar) { c.SettlementLag = 31 }, "invalid_settlement_lag"},
		{"TTL 0", func(c *Calendar) { c.NAVTTL = 0 }, "invalid_nav_ttl"},
		{"TTL too long", func(c *Calendar) { c.NAVTTL = MaxNAVTTL + 1 }, "invalid_nav_ttl"},
		{"min deposit above max", func(c *Calendar) { c.MaxDeposit = big.NewInt(99) }, "min_above_max"},
		{"min redeem above max", func(c *Calendar) { c.MinRedeem, c.MaxRedeem = big.NewInt(5), big.NewInt(4) }, "min_above_max"},
		{"no min deposit", func(c *Calendar) { c.MinDeposit = nil }, "invalid_ticket"},
		{"negative min", func(c *Calendar) { c.MinRedeem = big.NewInt(-1) }, "invalid_ticket"},
		{"max above uint128", func(c *Calendar) { c.MaxDeposit = new(big.Int).Lsh(big.NewInt(1), 128) }, "invalid_ticket"},
		{"max zero", func(c *Calendar) { c.MaxRedeem = new(big.Int) }, "invalid_ticket"},
		{"unknown mode bits", func(c *Calendar) { c.Modes = 32 }, "invalid_mode"},
		{"threshold zero", func(c *Calendar) { c.AutoApproveBelow = new(big.Int) }, "invalid_auto_approve_below"},
		{"zero dealing", func(c *Calendar) { c.Dealing = common.Address{} }, "invalid_dealing"},
		{"zero feed", func(c *Calendar) { c.Feed = common.Address{} }, "invalid_feed"},
		{"zero payment token", func(c *Calendar) { c.PaymentToken = common.Address{} }, "invalid_payment_token"},
		{"no chain", func(c *Calendar) { c.ChainID = nil }, "invalid_chain_id"},
		{"decimals", func(c *Calendar) { c.UnitDecimals = 37 }, "invalid_decimals"},
		{"no asset", func(c *Calendar) { c.Asset = " " }, "invalid_asset"},
	} {
		c := weekdaysCal("Europe/London", "16:00")
		tt.change(&c)
		_, err := c.Schedule()
		if e := errs.As(err); e == nil || e.Kind != errs.Invalid || e.Code != tt.code {
			t.Errorf("%s: got %v, want invalid %s", tt.name, err, tt.code)
		}
	}
	if _, err := weekdaysCal("Europe/London", "16:00").Schedule(); err != nil {
		t.Fatalf("the good calendar: %v", err)
	}
}

func TestModes(t *testing.T) {
	t.Parallel()
	ms, err := ParseModes([]string{"wire", "async_deposit", "instant_redeem"})
	if err != nil || uint8(ms) != 1|8|16 {
		t.Fatalf("ParseModes = %d, %v", ms, err)
	}
	if got := ms.Names(); len(got) != 3 || got[0] != "async_deposit" || got[2] != "wire" {
		t.Errorf("Names = %v", got)
	}
	for _, bad := range [][]string{{"sync"}, {"wire", "wire"}} {
		if _, err := ParseModes(bad); errs.As(err) == nil || errs.As(err).Code != "invalid_mode" {
			t.Errorf("ParseModes(%v) = %v", bad, err)
		}
	}
}

func TestNextCutoff(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name, tz, cutoff string
		holidays         []string
		t                string // local
		want             string // local cut-off
		wantDate         string
		settle           string
	}{
		{"before the cut-off", "Europe/London", "16:00", nil, "2026-06-10 09:00:00", "2026-06-10 16:00:00", "2026-06-10", "2026-06-12"},
		{"at the cut-off: the next day", "Europe/London", "16:00", nil, "2026-06-10 16:00:00", "2026-06-11 16:00:00", "2026-06-11", "2026-06-15"},
		{"a second before the cut-off", "Europe/London", "16:00", nil, "2026-06-10 15:59:59", "2026-06-10 16:00:00", "2026-06-10", "2026-06-12"},
		{"after the cut-off", "Europe/London", "16:00", nil, "2026-06-10 16:00:01", "2026-06-11 16:00:00", "2026-06-11", "2026-06-15"},
		{"friday after the cut-off", "Europe/London", "16:00", nil, "2026-06-12 17:00:00", "2026-06-15 16:00:00", "2026-06-15", "2026-06-17"},
		{"saturday", "Europe/London", "16:00", nil, "2026-06-13 10:00:00", "2026-06-15 16:00:00", "2026-06-15", "2026-06-17"},
		{"friday holiday", "Europe/London", "16:00", []string{"2026-04-03"}, "2026-04-02 18:00:00", "2026-04-06 16:00:00", "2026-04-06", "2026-04-08"},
		{"friday holiday, settlement skips another", "Europe/London", "16:00", []string{"2026-04-03", "2026-04-06"}, "2026-04-02 18:00:00", "2026-04-07 16:00:00", "2026-04-07", "2026-04-09"},
		{"settlement over a holiday", "Europe/London", "16:00", []string{"2026-06-11"}, "2026-06-10 09:00:00", "2026-06-10 16:00:00", "2026-06-10", "2026-06-15"},
		{"year boundary", "America/New_York", "16:00", []string{"2026-12-25", "2027-01-01"}, "2026-12-31 16:30:00", "2027-01-04 16:00:00", "2027-01-04", "2027-01-06"},
		{"year boundary settlement", "America/New_York", "16:00", []string{"2027-01-01"}, "2026-12-30 12:00:00", "2026-12-30 16:00:00", "2026-12-30", "2027-01-04"},
		{"London spring forward (Sunday, so Monday)", "Europe/London", "01:30", nil, "2026-03-29 00:00:00", "2026-03-30 01:30:00", "2026-03-30", "2026-04-01"},
		{"London autumn, 01:30 twice: the first", "Europe/London", "01:30", []string{}, "2026-10-23 02:00:00", "2026-10-26 01:30:00", "2026-10-26", "2026-10-28"},
		{"New York DST week", "America/New_York", "16:00", nil, "2026-03-06 17:00:00", "2026-03-09 16:00:00", "2026-03-09", "2026-03-11"},
	} {
		c := weekdaysCal(tt.tz, tt.cutoff, tt.holidays...)
		s := mustSchedule(t, c)
		got, date, err := s.NextCutoff(at(t, tt.tz, tt.t))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if want := at(t, tt.tz, tt.want); !got.Equal(want) || date.String() != tt.wantDate {
			t.Errorf("%s: NextCutoff = %s (%s), want %s (%s)", tt.name, got, date, want, tt.wantDate)
		}
		if got := s.Settlement(date).String(); got != tt.settle {
			t.Errorf("%s: settlement %s, want %s", tt.name, got, tt.settle)
		}
		prev, _, err := s.PrevCutoff(got)
		if err != nil || !prev.Equal(got) {
			t.Errorf("%s: PrevCutoff(cut-off) = %s, %v", tt.name, prev, err)
		}
		before, _, err := s.PrevCutoff(got.Add(-time.Second))
		if err != nil || !before.Before(got) {
			t.Errorf("%s: PrevCutoff just before = %s, %v", tt.name, before, err)
		}
	}
}

// A cut-off inside a spring-forward gap is one well-defined instant: the
// wall time read with the offset before the gap (02:30 EST = 03:30 EDT);
// on the autumn day a repeated wall time is its first occurrence.
func TestCutoffAcrossDST(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		tz, cutoff, date string
		wantUTC          string
	}{
		{"America/New_York", "02:30", "2026-03-08", "2026-03-08T07:30:00Z"}, // gap 02:00–03:00 EST→EDT
		{"America/New_York", "02:30", "2026-03-09", "2026-03-09T06:30:00Z"}, // EDT the day after
		{"America/New_York", "01:30", "2026-11-01", "2026-11-01T05:30:00Z"}, // 01:30 EDT, not EST
		{"Europe/London", "01:30", "2026-03-29", "2026-03-29T01:30:00Z"},    // gap 01:00–02:00 GMT→BST
		{"Europe/London", "01:30", "2026-10-25", "2026-10-25T00:30:00Z"},    // 01:30 BST, the first
		{"Europe/London", "16:00", "2026-03-29", "2026-03-29T15:00:00Z"},
		{"Europe/London", "16:00", "2026-03-27", "2026-03-27T16:00:00Z"},
	} {
		c := weekdaysCal(tt.tz, tt.cutoff)
		c.BusinessDays = []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
		s := mustSchedule(t, c)
		d, _ := ParseDate(tt.date)
		got := s.CutoffOn(d)
		if got.UTC().Format(time.RFC3339) != tt.wantUTC {
			t.Errorf("%s %s on %s = %s, want %s", tt.tz, tt.cutoff, tt.date, got.UTC().Format(time.RFC3339), tt.wantUTC)
		}
		// The same instant whatever time of that day asks for it.
		for _, h := range []string{"00:00:00", "01:59:00", "04:00:00"} {
			next, date, err := s.NextCutoff(at(t, tt.tz, tt.date+" "+h))
			if err != nil {
				t.Fatal(err)
			}
			if date.String() == tt.date && !next.Equal(got) {
				t.Errorf("%s %s: NextCutoff from %s = %s, want %s", tt.tz, tt.date, h, next, got)
			}
		}
	}
}

func TestDays(t *testing.T) {
	t.Parallel()
	s := mustSchedule(t, weekdaysCal("Europe/London", "16:00", "2026-12-25", "2026-12-28", "2027-01-01"))
	days, err := s.Days(at(t, "Europe/London", "2026-12-23 17:00:00"), 5)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range days {
		got = append(got, d.Date.String()+">"+d.Settlement.String())
	}
	want := []string{"2026-12-24>2026-12-30", "2026-12-29>2026-12-31", "2026-12-30>2027-01-04", "2026-12-31>2027-01-05", "2027-01-04>2027-01-06"}
	if len(got) != len(want) {
		t.Fatalf("days %v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("day %d = %s, want %s", i, got[i], want[i])
		}
	}
	for _, n := range []int{0, -1, MaxDays + 1} {
		if _, err := s.Days(time.Now(), n); errs.As(err) == nil || errs.As(err).Code != "invalid_n" {
			t.Errorf("Days(%d) = %v", n, err)
		}
	}
}

// FuzzNextCutoff: from any instant, the next cut-off is not earlier, falls
// on a dealing date at the calendar's wall time (or the gap-shifted one),
// and no cut-off lies between the instant and it.
func FuzzNextCutoff(f *testing.F) {
	f.Add(int64(1772935200), uint8(0), uint8(2), uint8(30))  // New York spring forward
	f.Add(int64(1774746000), uint8(1), uint8(1), uint8(30))  // London spring forward
	f.Add(int64(1798761600), uint8(2), uint8(16), uint8(0))  // year boundary
	f.Add(int64(-100000000), uint8(3), uint8(23), uint8(59)) // 1966
	zones := []string{"America/New_York", "Europe/London", "Asia/Tokyo", "Australia/Lord_Howe", "UTC", "America/Santiago"}
	f.Fuzz(func(t *testing.T, unix int64, zone, hour, minute uint8) {
		if unix < -2e9 || unix > 7e9 {
			return
		}
		c := weekdaysCal(zones[int(zone)%len(zones)], "00:00", "2026-12-25", "2027-01-01")
		c.Cutoff = time.Date(2000, 1, 1, int(hour%24), int(minute%60), 0, 0, time.UTC).Format("15:04")
		s := mustSchedule(t, c)
		tt := time.Unix(unix, 0)
		next, date, err := s.NextCutoff(tt)
		if err != nil {
			t.Fatal(err)
		}
		if next.Before(tt) {
			t.Fatalf("NextCutoff(%s) = %s, earlier", tt, next)
		}
		if !s.IsDealingDate(date) || !next.Equal(s.CutoffOn(date)) {
			t.Fatalf("NextCutoff(%s) = %s on %s: not that dealing date's cut-off", tt, next, date)
		}
		if wd := date.Weekday(); wd == time.Saturday || wd == time.Sunday {
			t.Fatalf("cut-off on a %s", wd)
		}
		prev, _, err := s.PrevCutoff(next.Add(-time.Nanosecond))
		if err == nil && !prev.Before(tt) && !prev.Equal(next) {
			t.Fatalf("a cut-off %s lies between %s and the next %s", prev, tt, next)
		}
	})
}
