package issuance_test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/compliance"
)

// TestReserveGuardRefusesMintRequests: with a proof-of-reserve guard in
// an asset's rules, a mint request beyond the reserve is refused when it
// is made, with the token's own code and message (0x5E), one within it is
// taken, and a paused reserve feed refuses every request (0x5F).
func TestReserveGuardRefusesMintRequests(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ctx := context.Background()
	n := fund()
	n.Symbol, n.TotalUnits = "RSV", "1000"
	a := onboard(t, e, n, prospectus, "prospectus")

	// 25 units in reserve, at the feed's 8 decimals (the token has 6).
	owner := chaintest.Transactor(e.a, e.a.Keys[4])
	feed := valuationfeed.NewValuationFeed()
	feedAddr := chaintest.DeployProxy(t, e.c, owner, "ValuationFeed",
		feed.PackInitialize(8, "RSV reserve", big.NewInt(1), big.NewInt(1e18), owner.From, owner.From, owner.From, owner.From))
	inst := feed.Instance(e.c, feedAddr)
	send := func(data []byte) {
		t.Helper()
		tx, err := inst.RawTransact(owner, data)
		chaintest.MustMined(t, e.c, tx, err)
	}
	send(feed.PackTransmit(big.NewInt(25_00000000), uint64(time.Now().Unix())))
	if _, err := e.comp.SetRules(ctx, auth.System("test-officer", auth.Compliance), *a.Token, compliance.RulesUpdate{
		ReserveGuard: &compliance.ReserveGuard{Feed: feedAddr, MaxAge: 3600}, Reason: "units only against reserves"}); err != nil {
		t.Fatal(err)
	}

	w := e.wallets[0]
	_, err := e.issuer.RequestMint(ctx, a.ID, api.NewRequest{Wallet: w.Hex(), AmountUnits: "25.000001"})
	mustCode(t, err, 422, "transfer_restricted")
	if !strings.Contains(err.Error(), "restriction 0x5E: mint exceeds proof of reserve") {
		t.Errorf("over the reserve: %v", err)
	}
	if _, err := e.issuer.RequestMint(ctx, a.ID, api.NewRequest{Wallet: w.Hex(), AmountUnits: "25"}); err != nil {
		t.Fatalf("up to the reserve: %v", err)
	}

	send(feed.PackGrantRole(crypto.Keccak256Hash([]byte("GUARDIAN_ROLE")), owner.From))
	send(feed.PackPause())
	_, err = e.issuer.RequestMint(ctx, a.ID, api.NewRequest{Wallet: w.Hex(), AmountUnits: "1"})
	mustCode(t, err, 422, "transfer_restricted")
	if !strings.Contains(err.Error(), "restriction 0x5F: proof of reserve is stale, paused or missing") {
		t.Errorf("paused reserve feed: %v", err)
	}
}
