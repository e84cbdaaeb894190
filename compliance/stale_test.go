package compliance_test

import (
	"errors"
	"math/big"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/internal/app/apptest"
	"github.com/tessera-rwa/tessera/postgres"
)

// A change made from an old reading of an asset's caps or rules is
// refused (409 caps_changed, rules_changed) whichever door sends it,
// whoever changed them meanwhile (Tessera, or a role holder on chain),
// and however close together: of two changes made from one reading,
// exactly one lands.
func TestChangesMadeFromAnOldReadingAreRefused(t *testing.T) {
	t.Parallel()
	r := newRig(t, apptest.Options{Shared: true})
	asset := r.token.Hex()
	r.send(r.token, tokBinding.PackGrantRole(role("COMPLIANCE_ADMIN_ROLE"), r.admin.From))
	r.send(r.token, tokBinding.PackSetInvestorCounting())
	caps := func() api.Caps {
		t.Helper()
		c, err := r.auditor.Caps(r.ctx, asset)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	logged := func() int {
		t.Helper()
		var n int
		if err := r.pool.QueryRow(r.ctx, `SELECT count(*) FROM compliance_log WHERE action = 'caps.set' AND subject = $1`,
			strings.ToLower(asset)).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	window := func(limit string) *[]api.TransferWindow {
		return &[]api.TransferWindow{{PeriodSeconds: 86400, Limit: limit}}
	}

	s0 := caps()
	if s0.Version != 0 || s0.State == "" {
		t.Fatalf("caps never changed: version %d, state %q", s0.Version, s0.State)
	}
	res, err := r.officer.SetCaps(r.ctx, asset, api.SetCaps{TransferLimits: window("1000"), Reason: "daily limit", BasedOnState: s0.State})
	if err != nil {
		t.Fatal(err)
	}
	s1 := caps()
	if s1.Version != res.Log.Seq || s1.State == s0.State {
		t.Fatalf("after a change: version %d (logged %d), state %q (was %q)", s1.Version, res.Log.Seq, s1.State, s0.State)
	}
	// The second officer's form, filled before the first change.
	_, err = r.second.SetCaps(r.ctx, asset, api.SetCaps{TransferLimits: &[]api.TransferWindow{}, Reason: "no limits", BasedOnState: s0.State})
	wantAPIError(t, err, 409, "caps_changed")
	if n := logged(); n != 1 {
		t.Fatalf("a refused change was logged: %d caps.set entries", n)
	}
	if c := caps(); len(c.TransferLimits) != 1 || c.State != s1.State {
		t.Fatalf("a refused change wrote: %+v", c)
	}

	// A change on chain past Tessera moves the state too.
	r.send(r.token, tokBinding.PackSetMaxCountryShare(5_000))
	s2 := caps()
	if s2.State == s1.State || s2.Version != s1.Version {
		t.Fatalf("after an on-chain change: %q (was %q), version %d", s2.State, s1.State, s2.Version)
	}
	_, err = r.officer.SetCaps(r.ctx, asset, api.SetCaps{MaxCountryShareBPS: ptr(uint16(0)), Reason: "no share cap", BasedOnState: s1.State})
	wantAPIError(t, err, 409, "caps_changed")

	// Two changes made from one reading, sent together.
	race := func(name string, send func(i int) error, code string) {
		t.Helper()
		var wg sync.WaitGroup
		errs := make([]error, 2)
		for i := range errs {
			wg.Go(func() { errs[i] = send(i) })
		}
		wg.Wait()
		var ok, refused int
		for _, err := range errs {
			var e *client.Error
			switch {
			case err == nil:
				ok++
			case errors.As(err, &e) && e.Status == 409 && e.Code == code:
				refused++
			default:
				t.Fatalf("%s: %v", name, err)
			}
		}
		if ok != 1 || refused != 1 {
			t.Fatalf("%s: %d landed, %d refused; want one each", name, ok, refused)
		}
	}
	race("caps", func(i int) error {
		_, err := []*client.Client{r.officer, r.second}[i].SetCaps(r.ctx, asset, api.SetCaps{TransferLimits: window([]string{"2000", "3000"}[i]),
			Reason: "raise the limit", BasedOnState: s2.State})
		return err
	}, "caps_changed")
	if n := logged(); n != 2 {
		t.Fatalf("after the race: %d caps.set entries, want 2", n)
	}

	set, err := r.officer.SetRules(r.ctx, asset, api.SetRules{MaxInvestors: ptr(int64(50)), Reason: "first rules", BasedOnVersion: ptr(int64(0))})
	if err != nil {
		t.Fatal(err)
	}
	v := int64(set.Rules.Version)
	race("rules", func(i int) error {
		_, err := []*client.Client{r.officer, r.second}[i].SetRules(r.ctx, asset, api.SetRules{MaxInvestors: ptr(int64(60 + i)),
			Reason: "more investors", BasedOnVersion: &v})
		return err
	}, "rules_changed")
	if now, err := r.auditor.Rules(r.ctx, asset); err != nil || int64(now.Version) != v+1 {
		t.Fatalf("after the race: version %d (%v), want %d", now.Version, err, v+1)
	}

	// Changes sent together without naming the version they were made
	// from are each worked out from the version they replace, so the
	// token ends as the newest version says (once, both were worked out
	// from the same version and the token kept the older one's country).
	inst := tokBinding.Instance(r.eth, r.token)
	for round := range 3 {
		updates := []api.SetRules{
			{CountryRestriction: true, AllowedCountries: []string{"DE", "US"}, MaxInvestors: ptr(int64(70 + round)), Reason: "US too"},
			{CountryRestriction: true, AllowedCountries: []string{"DE"}, MaxInvestors: ptr(int64(80 + round)), Reason: "more investors"},
		}
		var wg sync.WaitGroup
		errs := make([]error, 2)
		for i := range updates {
			wg.Go(func() { _, errs[i] = []*client.Client{r.officer, r.second}[i].SetRules(r.ctx, asset, updates[i]) })
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				t.Fatalf("round %d: %v", round, err)
			}
		}
		now, err := r.auditor.Rules(r.ctx, asset)
		if err != nil {
			t.Fatal(err)
		}
		us, err := bind.Call(inst, nil, tokBinding.PackIsCountryAllowed(840), tokBinding.UnpackIsCountryAllowed)
		if err != nil {
			t.Fatal(err)
		}
		maxInv, err := bind.Call(inst, nil, tokBinding.PackMaxInvestors(), tokBinding.UnpackMaxInvestors)
		if err != nil {
			t.Fatal(err)
		}
		if now.MaxInvestors == nil {
			t.Fatalf("round %d: version %d has no maximum investors", round, now.Version)
		}
		if us != slices.Contains(now.AllowedCountries, "US") || maxInv.Int64() != int64(*now.MaxInvestors) {
			t.Fatalf("round %d: version %d says countries %v, max investors %d; the token: US %v, max investors %s",
				round, now.Version, now.AllowedCountries, *now.MaxInvestors, us, maxInv)
		}
	}

	// The store checks under its locks, whatever the caller read before.
	store := &postgres.ComplianceStore{Pool: r.pool}
	stale := int64(0)
	_, err = store.AppendLog(r.ctx, compliance.LogDraft{Actor: "test", Action: "caps.set", Subject: strings.ToLower(asset), Data: map[string]string{}, Follows: &stale}, time.Now())
	if !errors.Is(err, compliance.ErrMoved) {
		t.Fatalf("a log entry following seq 0 of a subject at seq %d: %v", s2.Version, err)
	}
	_, err = store.SaveRules(r.ctx, compliance.Rules{Asset: r.token, Reason: "stale", Actor: "test", MaxBalance: big.NewInt(1)}, &v, time.Now(),
		func(compliance.Rules) compliance.LogDraft {
			return compliance.LogDraft{Actor: "test", Action: "rules.set", Subject: "x", Data: 1}
		})
	if !errors.Is(err, compliance.ErrMoved) {
		t.Fatalf("rules made from version %d with %d in force: %v", v, v+1, err)
	}
	if n := logged(); n != 2 {
		t.Fatalf("refused store writes were logged: %d caps.set entries", n)
	}
}

// A wallet's investor is named only to a principal that may read
// investors: the pages that show wallets ask through WalletName.
func TestWalletNameNeedsInvestorRead(t *testing.T) {
	t.Parallel()
	r := newRig(t, apptest.Options{Shared: true})
	alice := r.onboard("Alice Example", "DE", nil, time.Now().AddDate(1, 0, 0))
	for _, c := range []struct {
		p    auth.Principal
		want string
	}{
		{auth.System("officer", auth.Compliance), "Alice Example"},
		{auth.System("issuer", auth.Issuer), ""},
		{auth.System("oracle", auth.Oracle), ""},
	} {
		name, ok, err := r.svc.WalletName(r.ctx, c.p, alice.addr)
		if err != nil || name != c.want || ok != (c.want != "") {
			t.Errorf("%s: %q %v %v, want %q", c.p.Actor(), name, ok, err, c.want)
		}
	}
	if name, ok, err := r.svc.WalletName(r.ctx, auth.System("officer", auth.Compliance), r.admin.From); ok || err != nil {
		t.Errorf("a wallet no investor holds: %q %v %v", name, ok, err)
	}
}

// A cap change is worked out from the token only once the newest logged
// change is on it: a second officer's change, sent while the first one's
// write waits to be mined, once wrote the category caps it read from the
// token back over the first one's.
func TestCapChangesWaitForTheOneBeforeOnChain(t *testing.T) {
	t.Parallel()
	r := newRig(t, apptest.Options{}) // its own anvil: the test stops mining
	asset := r.token.Hex()
	r.send(r.token, tokBinding.PackGrantRole(role("COMPLIANCE_ADMIN_ROLE"), r.admin.From))
	r.send(r.token, tokBinding.PackSetInvestorCounting())
	automine := func(on bool) {
		t.Helper()
		if err := r.eth.Client().Call(nil, "evm_setAutomine", on); err != nil {
			t.Fatal(err)
		}
	}
	automine(false)
	defer automine(true)
	var wg sync.WaitGroup
	errs := make([]error, 2)
	wg.Go(func() {
		_, errs[0] = r.officer.SetCaps(r.ctx, asset, api.SetCaps{CategoryCaps: map[string]uint32{"accredited": 10}, Reason: "accredited cap"})
	})
	// The first change is logged, its write sent and not mined.
	deadline := time.Now().Add(30 * time.Second)
	for {
		if c, err := r.auditor.Caps(r.ctx, asset); err == nil && c.Version != 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the first cap change was never logged")
		}
		time.Sleep(20 * time.Millisecond)
	}
	wg.Go(func() {
		_, errs[1] = r.second.SetCaps(r.ctx, asset, api.SetCaps{CategoryCaps: map[string]uint32{"retail": 20}, Reason: "retail cap"})
	})
	time.Sleep(time.Second) // the second is sent while the first waits
	automine(true)
	if err := r.eth.Client().Call(nil, "evm_mine"); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("change %d: %v", i+1, err)
		}
	}
	c, err := r.auditor.Caps(r.ctx, asset)
	if err != nil {
		t.Fatal(err)
	}
	if c.CategoryCaps["accredited"] != 10 || c.CategoryCaps["retail"] != 20 {
		t.Fatalf("category caps on the token %v: want accredited 10 and retail 20", c.CategoryCaps)
	}
}
