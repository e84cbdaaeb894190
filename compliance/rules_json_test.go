package compliance_test

import (
	"encoding/json"
	"math/big"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/errs"
)

// RulesUpdate travels as the rules API's body: amounts as strings, and it
// reads back what it wrote. Rules stored with an asset before compliance
// owned them (numeric countries, a flag mask) read as the same rules.
func TestRulesUpdateJSON(t *testing.T) {
	t.Parallel()
	n, feed := int64(100), common.HexToAddress("0xfeed")
	u := compliance.RulesUpdate{CountryRestriction: true, AllowedCountries: []string{"DE", "FR"}, MaxInvestors: &n,
		MaxBalance: new(big.Int).Lsh(big.NewInt(1), 90), RequiredFlags: []string{"accredited"}, LockupSeconds: 3600,
		ValuationFeed: &feed, ValuationMaxAge: 86400,
		ReserveGuard: &compliance.ReserveGuard{Feed: feed, MaxAge: 3600, MarginMode: compliance.MarginBps, Margin: big.NewInt(250)}}
	b, err := json.Marshal(u)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"country_restriction":true,"allowed_countries":["DE","FR"],"max_investors":100,"max_balance":"1237940039285380274899124224",` +
		`"required_flags":["accredited"],"lockup_seconds":3600,"valuation_feed":"0x000000000000000000000000000000000000FEeD","valuation_max_age":86400,` +
		`"reserve_guard":{"feed":"0x000000000000000000000000000000000000FEeD","max_age":3600,"margin_mode":"bps","margin":"250"}}`
	if string(b) != want {
		t.Fatalf("JSON\n%s\nwant\n%s", b, want)
	}
	var back compliance.RulesUpdate
	if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(back, u) {
		t.Fatalf("round trip: %+v, %v", back, err)
	}
	// The holding rules travel too: times as RFC 3339 (unix seconds read).
	reason, until := int64(2), time.Unix(1_900_000_000, 0).UTC()
	h := compliance.RulesUpdate{LockupSeconds: 60, LockupReason: &reason, MinHolding: big.NewInt(25), FlowbackUntil: &until, ForceFullTransfer: true}
	if b, err = json.Marshal(h); err != nil || string(b) != `{"lockup_seconds":60,"lockup_reason":2,"min_holding":"25","flowback_until":"2030-03-17T17:46:40Z","force_full_transfer":true}` {
		t.Fatalf("holding rules JSON %s %v", b, err)
	}
	var hb compliance.RulesUpdate
	if err := json.Unmarshal(b, &hb); err != nil || !reflect.DeepEqual(hb, h) {
		t.Fatalf("holding rules round trip: %+v, %v", hb, err)
	}
	if err := json.Unmarshal([]byte(`{"flowback_until":"1900000000"}`), &hb); err != nil || !hb.FlowbackUntil.Equal(until) {
		t.Fatalf("unix flowback: %+v, %v", hb, err)
	}
	if b, _ := json.Marshal(compliance.RulesUpdate{}); string(b) != "{}" {
		t.Errorf("no rules: %s", b)
	}

	var legacy compliance.RulesUpdate
	if err := json.Unmarshal([]byte(`{"max_investors":5,"max_balance":"1000","allowed_countries":[276,250],"required_flags":1}`), &legacy); err != nil {
		t.Fatal(err)
	}
	if !legacy.CountryRestriction || !reflect.DeepEqual(legacy.AllowedCountries, []string{"DE", "FR"}) || *legacy.MaxInvestors != 5 ||
		legacy.MaxBalance.Int64() != 1000 || !reflect.DeepEqual(legacy.RequiredFlags, []string{"accredited"}) {
		t.Fatalf("legacy rules read as %+v", legacy)
	}
	for _, bad := range []string{`{"max_balance":1000}`, `{"max_balance":"ten"}`, `{"allowed_countries":[0]}`, `{"valuation_feed":"feed"}`, `{"colour":"red"}`,
		`{"reserve_guard":{"feed":"feed","max_age":60}}`, `{"reserve_guard":{"feed":"0xfeed","max_age":60,"margin":5}}`,
		`{"reserve_guard":{"feed":"0x000000000000000000000000000000000000FEeD","max_age":60,"margin":"5%"}}`,
		`{"reserve_guard":{"feed":"0x000000000000000000000000000000000000FEeD","max_age":60,"colour":"red"}}`,
		`{"min_holding":"1.5"}`, `{"flowback_until":"soon"}`, `{"flowback_until":1900000000}`} {
		var u compliance.RulesUpdate
		err := json.Unmarshal([]byte(bad), &u)
		if err == nil {
			t.Errorf("%s accepted: %+v", bad, u)
		} else if e := errs.As(err); e != nil && e.Kind != errs.Invalid {
			t.Errorf("%s: %v", bad, err)
		}
	}
}

// TestReserveGuardCheck: a reserve guard is taken only in a form the token
// accepts, and each refusal names what is wrong.
func TestReserveGuardCheck(t *testing.T) {
	t.Parallel()
	feed := common.HexToAddress("0xfeed")
	guard := func(maxAge uint64, mode compliance.MarginMode, margin int64) *compliance.ReserveGuard {
		g := &compliance.ReserveGuard{Feed: feed, MaxAge: maxAge, MarginMode: mode}
		if margin != 0 {
			g.Margin = big.NewInt(margin)
		}
		return g
	}
	huge := new(big.Int).Lsh(big.NewInt(1), 96)
	cases := []struct {
		name  string
		guard *compliance.ReserveGuard
		want  string // "" accepted, else a fragment of the message
	}{
		{"no margin", guard(3600, "", 0), ""},
		{"basis points", guard(3600, compliance.MarginBps, 10_000), ""},
		{"absolute", guard(60, compliance.MarginAbsolute, 1), ""},
		{"no feed", &compliance.ReserveGuard{MaxAge: 60}, "feed must be"},
		{"no maximum age", guard(0, compliance.MarginNone, 0), "max_age must be a positive"},
		{"maximum age beyond BIGINT", guard(1<<63, compliance.MarginNone, 0), "max_age must be a positive"},
		{"over 10000 basis points", guard(60, compliance.MarginBps, 10_001), "from 1 to 10000 basis points"},
		{"zero basis points", guard(60, compliance.MarginBps, 0), "from 1 to 10000 basis points"},
		{"negative absolute margin", guard(60, compliance.MarginAbsolute, -1), "from 1 to 2^96-1 base units"},
		{"absolute margin beyond any supply", &compliance.ReserveGuard{Feed: feed, MaxAge: 60, MarginMode: compliance.MarginAbsolute, Margin: huge}, "from 1 to 2^96-1"},
		{"a margin without a mode", guard(60, compliance.MarginNone, 5), "needs a margin_mode"},
		{"unknown mode", guard(60, "percent", 5), `not "percent"`},
	}
	for _, tc := range cases {
		err := compliance.RulesUpdate{ReserveGuard: tc.guard}.Check(6)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.want != "" && err == nil:
			t.Errorf("%s: accepted", tc.name)
		case tc.want != "":
			e := errs.As(err)
			if e == nil || e.Kind != errs.Invalid || e.Code != "invalid_reserve_guard" || !strings.Contains(e.Message, tc.want) {
				t.Errorf("%s: %v, want invalid_reserve_guard with %q", tc.name, err, tc.want)
			}
		}
	}
}
