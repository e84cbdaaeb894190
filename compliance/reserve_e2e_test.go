package compliance_test

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/internal/app/apptest"
)

// TestReserveGuardRules: compliance sets the proof-of-reserve guard through
// the rules API, reads it back, refuses a configuration the token would not
// take with a clear error, and only the compliance scope may set it. The
// pre-check then reports the token's own 0x5E and 0x5F with the guard.
func TestReserveGuardRules(t *testing.T) {
	t.Parallel()
	r := newRig(t, apptest.Options{Shared: true})
	alice := r.onboard("Alice", "DE", nil, time.Now().AddDate(1, 0, 0))
	r.mint(alice.addr, 1000)
	asset := r.token.Hex()

	// The reserve comes from one of Tessera's own feeds, as the relay would
	// write it: 8 decimals against CTF's 6, so 0.00150099 is 1500 base units.
	feed := valuationfeed.NewValuationFeed()
	feedAddr := chaintest.DeployProxy(t, r.eth, r.admin, "ValuationFeed",
		feed.PackInitialize(8, "CTF reserve", big.NewInt(1), big.NewInt(1e18), r.admin.From, r.admin.From, r.admin.From, r.admin.From))
	r.send(feedAddr, feed.PackTransmit(big.NewInt(150_099), uint64(time.Now().Unix())))

	guard := &api.ReserveGuard{Feed: feedAddr.Hex(), MaxAge: 3600}
	bad := []struct {
		guard api.ReserveGuard
		code  string
		msg   string
	}{
		{api.ReserveGuard{Feed: feedAddr.Hex()}, "invalid_reserve_guard", "max_age must be a positive"},
		{api.ReserveGuard{Feed: feedAddr.Hex(), MaxAge: 60, MarginMode: "bps", Margin: "10001"}, "invalid_reserve_guard", "1 to 10000 basis points"},
		{api.ReserveGuard{Feed: feedAddr.Hex(), MaxAge: 60, MarginMode: "percent", Margin: "5"}, "invalid_reserve_guard", "none, bps or absolute"},
		{api.ReserveGuard{Feed: feedAddr.Hex(), MaxAge: 60, Margin: "5"}, "invalid_reserve_guard", "needs a margin_mode"},
		{api.ReserveGuard{Feed: "0x0000000000000000000000000000000000000000", MaxAge: 60}, "invalid_reserve_guard", "feed must be"},
		{api.ReserveGuard{Feed: "reserve", MaxAge: 60}, "invalid_address", "reserve_guard.feed"},
		{api.ReserveGuard{Feed: feedAddr.Hex(), MaxAge: 60, MarginMode: "absolute", Margin: "5 units"}, "invalid_field", "reserve_guard.margin"},
		{api.ReserveGuard{Feed: feedAddr.Hex(), MaxAge: 60, MarginMode: "bps", MarginUnits: "1"}, "invalid_reserve_guard", "margin_mode absolute"},
		{api.ReserveGuard{Feed: feedAddr.Hex(), MaxAge: 60, MarginMode: "absolute", Margin: "200", MarginUnits: "0.0002"}, "invalid_amount", "not both"},
		{api.ReserveGuard{Feed: feedAddr.Hex(), MaxAge: 60, MarginMode: "absolute", MarginUnits: "0.0000001"}, "decimals_mismatch", "6 decimals"},
	}
	for _, tc := range bad {
		g := tc.guard
		_, err := r.officer.SetRules(r.ctx, asset, api.SetRules{ReserveGuard: &g, Reason: "bad reserve guard"})
		wantAPIError(t, err, 400, tc.code)
		if !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("%+v: %v, want it to say %q", tc.guard, err, tc.msg)
		}
	}
	// A feed address without code passes the API's checks but not the
	// token's: the simulated write refuses it before anything is stored.
	_, err := r.officer.SetRules(r.ctx, asset, api.SetRules{ReserveGuard: &api.ReserveGuard{Feed: alice.addr.Hex(), MaxAge: 60}, Reason: "an EOA"})
	wantAPIError(t, err, 409, "chain_refused")
	if !strings.Contains(err.Error(), "InvalidReserveGuard") {
		t.Errorf("EOA feed: %v", err)
	}

	// Only compliance sets rules.
	for _, c := range []*client.Client{r.issuer, r.auditor} {
		_, err := c.SetRules(r.ctx, asset, api.SetRules{ReserveGuard: guard, Reason: "not mine to set"})
		wantAPIError(t, err, 403, "missing_scope")
	}
	if _, err := r.auditor.Rules(r.ctx, asset); err == nil {
		t.Fatal("refused settings stored rules")
	}

	res, err := r.officer.SetRules(r.ctx, asset, api.SetRules{ReserveGuard: guard, Reason: "mints need reserves"})
	if err != nil {
		t.Fatal(err)
	}
	// The first version writes every rule, the guard among them.
	wrote := false
	for _, tx := range res.Txs {
		wrote = wrote || (strings.HasSuffix(tx.Key, "/v1/reserve_guard") && (tx.State == "confirmed" || tx.State == "finalized"))
	}
	if !wrote {
		t.Fatalf("rule writes %+v", res.Txs)
	}
	got, err := r.auditor.Rules(r.ctx, asset)
	if err != nil || got.ReserveGuard == nil || got.ReserveGuard.Feed != strings.ToLower(feedAddr.Hex()) || got.ReserveGuard.MaxAge != 3600 ||
		got.ReserveGuard.MarginMode != "none" || got.ReserveGuard.Margin != "" {
		t.Fatalf("rules %+v %v", got.ReserveGuard, err)
	}
	onChain := mustTokenCall(t, r, tokBinding.PackReserveGuard(), tokBinding.UnpackReserveGuard)
	if onChain.Feed != feedAddr || onChain.MaxAge != 3600 || onChain.MarginMode != 0 || onChain.Margin.Sign() != 0 {
		t.Fatalf("token's reserveGuard %+v", onChain)
	}

	// 1000 out, 1500 in reserve: 500 more may be minted, not 501.
	rule := "proof-of-reserve guard: feed " + feedAddr.Hex() + ", maximum age 3600s"
	if c := r.check(common.Address{}, alice.addr, 500); !c.Allowed {
		t.Fatalf("mint up to the reserve: %+v", c)
	}
	wantMintRefused(t, r, alice.addr, 501, compliance.ReserveExceeded, rule)

	// A margin of 10% of the reserve leaves 1350: 350 more.
	res, err = r.officer.SetRules(r.ctx, asset, api.SetRules{ReserveGuard: &api.ReserveGuard{Feed: feedAddr.Hex(), MaxAge: 3600,
		MarginMode: "bps", Margin: "1000"}, Reason: "keep a cushion"})
	if err != nil || res.Rules.ReserveGuard == nil || res.Rules.ReserveGuard.Margin != "1000" ||
		res.Rules.ReserveGuard.MarginUnits != "" || len(res.Txs) != 1 { // basis points have no units
		t.Fatalf("margin %+v %v", res, err)
	}
	if c := r.check(common.Address{}, alice.addr, 350); !c.Allowed {
		t.Fatalf("mint up to the reserve less the margin: %+v", c)
	}
	wantMintRefused(t, r, alice.addr, 351, compliance.ReserveExceeded, rule+", margin 1000 basis points of the reserve")

	// A paused feed refuses every mint.
	r.send(feedAddr, feed.PackGrantRole(role("GUARDIAN_ROLE"), r.admin.From))
	r.send(feedAddr, feed.PackPause())
	wantMintRefused(t, r, alice.addr, 1, compliance.ReserveStale, rule+", margin 1000 basis points of the reserve")
	r.send(feedAddr, feed.PackUnpause())

	// An absolute margin typed in units: 0.0002 CTF is 200 base units,
	// leaving 1300 of the reserve: 300 more, and the refusal says so in
	// units.
	res, err = r.officer.SetRules(r.ctx, asset, api.SetRules{ReserveGuard: &api.ReserveGuard{Feed: feedAddr.Hex(), MaxAge: 3600,
		MarginMode: "absolute", MarginUnits: "0.0002"}, Reason: "a fixed cushion"})
	if err != nil || res.Rules.ReserveGuard == nil || res.Rules.ReserveGuard.Margin != "200" || res.Rules.ReserveGuard.MarginUnits != "0.0002" {
		t.Fatalf("absolute margin in units %+v %v", res, err)
	}
	if c := r.check(common.Address{}, alice.addr, 300); !c.Allowed {
		t.Fatalf("mint up to the reserve less the absolute margin: %+v", c)
	}
	wantMintRefused(t, r, alice.addr, 301, compliance.ReserveExceeded, rule+", margin 0.0002 units (200 base units)")

	// Off: rules without the guard write setReserveGuard(0, …).
	res, err = r.officer.SetRules(r.ctx, asset, api.SetRules{Reason: "no reserve guard"})
	if err != nil || res.Rules.ReserveGuard != nil || len(res.Txs) != 1 {
		t.Fatalf("off %+v %v", res, err)
	}
	if c := r.check(common.Address{}, alice.addr, 10_000); !c.Allowed {
		t.Fatalf("mint with the guard off: %+v", c)
	}
	var versions []*api.ReserveGuard
	for v, err := range r.auditor.RulesHistory(r.ctx, asset, 10) {
		if err != nil {
			t.Fatal(err)
		}
		versions = append(versions, v.ReserveGuard)
	}
	if len(versions) != 4 || versions[0] != nil || versions[1].MarginMode != "absolute" || versions[2].MarginMode != "bps" || versions[3].MarginMode != "none" {
		t.Fatalf("history %+v", versions)
	}
}

// wantMintRefused checks a mint of amount to `to` in the pre-check and on
// chain: both refuse it with code, the pre-check naming rule.
func wantMintRefused(t *testing.T, r *rig, to common.Address, amount int64, code compliance.Restriction, rule string) {
	t.Helper()
	res := r.check(common.Address{}, to, amount)
	if res.Allowed || res.Code != code.Hex() || res.CodeName != code.Name() || res.Message != code.Message() || res.Rule != rule {
		t.Fatalf("mint preview of %d: %+v, want %s %s (%s)", amount, res, code.Hex(), code.Name(), rule)
	}
	_, err := r.eth.CallContract(r.ctx, ethereum.CallMsg{From: r.admin.From, To: &r.token, Data: tokBinding.PackMint(to, big.NewInt(amount), [32]byte{1})}, nil)
	if data, ok := chainRevert(err); !ok || compliance.Restriction(data) != code {
		t.Fatalf("mint of %d on chain: %v, want %s", amount, err, code.Hex())
	}
}

func mustTokenCall[T any](t *testing.T, r *rig, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	out, err := r.eth.CallContract(r.ctx, ethereum.CallMsg{To: &r.token, Data: data}, nil)
	if err != nil {
		t.Fatal(err)
	}
	v, err := unpack(out)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
