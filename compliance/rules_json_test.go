package compliance_test

import (
	"encoding/json"
	"math/big"
	"reflect"
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
		ValuationFeed: &feed, ValuationMaxAge: 86400}
	b, err := json.Marshal(u)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"country_restriction":true,"allowed_countries":["DE","FR"],"max_investors":100,"max_balance":"1237940039285380274899124224",` +
		`"required_flags":["accredited"],"lockup_seconds":3600,"valuation_feed":"0x000000000000000000000000000000000000FEeD","valuation_max_age":86400}`
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
