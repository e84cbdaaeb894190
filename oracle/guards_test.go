package oracle_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/oracle"
)

func TestCheckGuards(t *testing.T) {
	t.Parallel()
	now := time.Unix(1_800_000_000, 0)
	onChain := oracle.Round{RoundID: big.NewInt(4), Answer: big.NewInt(100_000_000), StartedAt: now.Add(-time.Hour), UpdatedAt: now.Add(-time.Hour)}
	ref := oracle.Round{RoundID: big.NewInt(9), Answer: new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil), StartedAt: now.Add(-time.Minute), UpdatedAt: now.Add(-time.Minute)}
	refFeed := common.HexToAddress("0x0f")
	cases := []struct {
		name  string
		g     oracle.Guards
		value int64
		ref   oracle.Round
		want  oracle.GuardReason
	}{
		{"no guards, ten-fold", oracle.Guards{}, 1_000_000_000, oracle.Round{}, ""},
		{"paused", oracle.Guards{Paused: true}, 100_000_000, oracle.Round{}, oracle.GuardFeedPaused},
		{"too soon", oracle.Guards{MinInterval: 2 * time.Hour}, 100_000_000, oracle.Round{}, oracle.GuardTooSoon},
		{"interval passed", oracle.Guards{MinInterval: time.Hour}, 100_000_000, oracle.Round{}, ""},
		{"exactly the maximum change", oracle.Guards{MaxChangeBps: 1_000}, 110_000_000, oracle.Round{}, ""},
		{"one unit past it", oracle.Guards{MaxChangeBps: 1_000}, 110_000_001, oracle.Round{}, oracle.GuardChangeTooLarge},
		{"down past it", oracle.Guards{MaxChangeBps: 1_000}, 89_999_999, oracle.Round{}, oracle.GuardChangeTooLarge},
		{"reference at 18 decimals, 2% off", oracle.Guards{Reference: refFeed, ReferenceDecimals: 18, ReferenceMaxBps: 200, ReferenceMaxAge: time.Hour}, 102_000_000, ref, ""},
		{"reference, one unit farther", oracle.Guards{Reference: refFeed, ReferenceDecimals: 18, ReferenceMaxBps: 200, ReferenceMaxAge: time.Hour}, 102_000_001, ref, oracle.GuardReferenceDeviation},
		{"reference stale", oracle.Guards{Reference: refFeed, ReferenceDecimals: 18, ReferenceMaxBps: 200, ReferenceMaxAge: 30 * time.Second}, 100_000_000, ref, oracle.GuardReferenceUnavailable},
		{"reference without a round", oracle.Guards{Reference: refFeed, ReferenceDecimals: 18, ReferenceMaxBps: 200, ReferenceMaxAge: time.Hour}, 100_000_000, oracle.Round{}, oracle.GuardReferenceUnavailable},
	}
	for _, tc := range cases {
		got := oracle.CheckGuards(tc.g, 8, big.NewInt(tc.value), onChain, tc.ref, now)
		if got.Reason != tc.want {
			t.Errorf("%s: %q (%s), want %q", tc.name, got.Reason, got.Detail, tc.want)
		}
	}
}

// The relay against a guarded ValuationFeed on anvil: a fat-finger value
// (ten times the NAV) is never signed but raised once as an alert; an
// override of it, requested by one key, is refused to its requester's
// approval, approved by an independent key and written on chain by the
// relay with transmitOverride.
func TestRelayGuardsAndOverride(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRelayRig(t)
	deployer := chaintest.Transactor(r.anvil, r.anvil.Keys[1])
	relayer := crypto.PubkeyToAddress(r.anvil.Keys[0].PublicKey)
	feedAddr := chaintest.DeployProxy(t, r.client, deployer, "ValuationFeed",
		valuationFeed.PackInitialize(8, "TBILL / USD", big.NewInt(1), big.NewInt(1e15), deployer.From, relayer, relayer, deployer.From))
	inst := valuationFeed.Instance(r.client, feedAddr)
	send := func(data []byte) {
		t.Helper()
		tx, err := bind.Transact(inst, deployer, data)
		chaintest.MustMined(t, r.client, tx, err)
	}
	send(valuationFeed.PackGrantRole(crypto.Keccak256Hash([]byte("GUARDIAN_ROLE")), deployer.From))
	send(valuationFeed.PackSetGuards(1_000, 0)) // 10% at most per update

	feed := testFeed("TBILL", feedAddr)
	feed.Aggregation = oracle.AggregationConfig{MaxAge: 10 * time.Minute, MinSources: 2, OutlierPPB: 100_000_000}
	feed.Policy.MaxAnswer = big.NewInt(1e15) // the contract's, for the service's check of override requests
	svc := mustService(t, r.store, nil, feed)
	submit := r.appraisers(t, svc, "TBILL", 2)
	metrics := newRecorder()
	r.startTxm(t)
	submit(0, "100")
	submit(1, "100")
	r.interval = time.Hour
	relay := r.relay(t, metrics, feed)
	waitPass := func(what string, cond func() bool) {
		t.Helper()
		waitFor(t, what, func() bool { relay.Notify(); return cond() })
	}
	round := func() oracle.Round {
		t.Helper()
		rd, err := oracle.ReadRound(ctx, r.client, feedAddr, nil)
		if err != nil {
			t.Fatal(err)
		}
		return rd
	}
	waitPass("the first round", func() bool { return round().Exists() })

	// Ten times the NAV: decided as a deviation, refused by the guard.
	time.Sleep(time.Second)
	submit(0, "1000")
	submit(1, "1000")
	alerts := func() []oracle.Alert {
		t.Helper()
		as, _, err := svc.Alerts(ctx, "TBILL", oracle.Page{Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		return as
	}
	waitPass("an alert", func() bool { return len(alerts()) > 0 })
	for range 5 { // more passes see the same value: no second alert
		relay.Notify()
		time.Sleep(50 * time.Millisecond)
	}
	as := alerts()
	if len(as) != 1 {
		t.Fatalf("%d alerts, want 1: %+v", len(as), as)
	}
	a := as[0]
	if a.Reason != oracle.GuardChangeTooLarge || a.Proposed.String() != "100000000000" || a.Previous.String() != "10000000000" ||
		a.PreviousRound.Int64() != 1 || a.Feed != feedAddr || a.Asset != "TBILL" {
		t.Fatalf("alert %+v", a)
	}
	if n := metrics.count(func(m *recorder) int { return len(m.alerts) }); n != 1 {
		t.Fatalf("%d alert metrics, want 1", n)
	}
	if ps := r.pushes(t, "TBILL"); len(ps) != 1 {
		t.Fatalf("%d pushes: the fat-finger value was signed", len(ps))
	}
	if rd := round(); rd.RoundID.Int64() != 1 || rd.Answer.String() != "10000000000" {
		t.Fatalf("round on chain %+v", rd)
	}
	var events int
	if err := r.pool.QueryRow(ctx, `SELECT count(*) FROM stream_events WHERE type = 'oracle_alert' AND data->>'reason' = 'change_too_large'`).Scan(&events); err != nil || events != 1 {
		t.Fatalf("%d oracle_alert stream events, %v", events, err)
	}

	// The override: four-eyes, then on chain.
	keys := newKeyring(t, r.store)
	alice := keys.principal(t, "alice@example.com", auth.Admin)
	aliceAgain := keys.principal(t, "alice@example.com", auth.Approver)
	bob := keys.principal(t, "bob@example.com", auth.Approver)
	feeder := keys.principal(t, "feeds@example.com", auth.Oracle)
	value := big.NewInt(100_000_000_000)
	time.Sleep(time.Second) // observed after the first round, in whole seconds
	observed := time.Now().Truncate(time.Second)
	_, err := svc.RequestOverride(ctx, bob, "TBILL", value, observed, "NAV restated ten-fold")
	wantErr(t, "request by an approver", err, errs.Forbidden, "missing_scope")
	_, err = svc.RequestOverride(ctx, alice, "TBILL", value, observed, " ")
	wantErr(t, "request without a reason", err, errs.Invalid, "reason_required")
	_, err = svc.RequestOverride(ctx, alice, "TBILL", big.NewInt(1e15+1), observed, "above the bounds")
	wantErr(t, "request above the feed's bounds", err, errs.Invalid, oracle.CodeBadValue)
	o, err := svc.RequestOverride(ctx, alice, "TBILL", value, observed, "NAV restated ten-fold")
	if err != nil || o.State != oracle.OverridePending || o.RequestedBy != alice.Actor() || o.Feed != feedAddr {
		t.Fatalf("override request %+v, %v", o, err)
	}
	_, err = svc.RequestOverride(ctx, feeder, "TBILL", value, observed, "a second one")
	wantErr(t, "a second open override", err, errs.Conflict, oracle.CodeOverrideOpen)
	_, err = svc.ApproveOverride(ctx, alice, o.ID, "")
	wantErr(t, "self-approval", err, errs.Forbidden, "")
	_, err = svc.ApproveOverride(ctx, aliceAgain, o.ID, "")
	wantErr(t, "approval by the requester's own second key", err, errs.Forbidden, "")
	_, err = svc.ApproveOverride(ctx, feeder, o.ID, "")
	wantErr(t, "approval by an oracle key", err, errs.Forbidden, "missing_scope")
	relay.Notify()
	time.Sleep(200 * time.Millisecond)
	if rd := round(); rd.RoundID.Int64() != 1 {
		t.Fatalf("a pending override was written: round %+v", rd)
	}
	approved, err := svc.ApproveOverride(ctx, bob, o.ID, "checked the administrator's restatement")
	if err != nil || approved.State != oracle.OverrideApproved || approved.DecidedBy != bob.Actor() {
		t.Fatalf("approval %+v, %v", approved, err)
	}
	_, err = svc.RejectOverride(ctx, bob, o.ID, "too late")
	wantErr(t, "rejecting an approved override", err, errs.Conflict, oracle.CodeAlreadyDecided)

	waitPass("the override confirmed", func() bool {
		got, err := svc.Override(ctx, o.ID)
		return err == nil && got.State == oracle.OverrideConfirmed
	})
	got, _ := svc.Override(ctx, o.ID)
	if got.RoundID.Int64() != 2 || got.TxHash == (common.Hash{}) || got.BlockNumber == 0 || got.IdempotencyKey != oracle.OverrideKey(r.anvil.ChainID, feedAddr, o.ID) ||
		got.Note != "checked the administrator's restatement" || got.RequestedBy != alice.Actor() || got.DecidedBy != bob.Actor() {
		t.Fatalf("confirmed override %+v", got)
	}
	if rd := round(); rd.RoundID.Int64() != 2 || rd.Answer.Cmp(value) != 0 || rd.StartedAt.Unix() != observed.Unix() {
		t.Fatalf("round on chain after the override %+v", rd)
	}
	receipt, err := r.client.TransactionReceipt(ctx, got.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if ev, err := valuationFeed.UnpackOverriddenEvent(receipt.Logs[len(receipt.Logs)-1]); err != nil || ev.RoundId.Int64() != 2 || ev.Sender != relayer {
		t.Fatalf("Overridden event %+v, %v", ev, err)
	}

	// Paused: even a value within the guards is not signed.
	send(valuationFeed.PackPause())
	time.Sleep(time.Second)
	submit(0, "1050")
	submit(1, "1050")
	waitPass("a feed_paused alert", func() bool {
		as := alerts()
		return len(as) == 2 && as[0].Reason == oracle.GuardFeedPaused && as[0].PreviousRound.Int64() == 2
	})
	if rd := round(); rd.RoundID.Int64() != 2 {
		t.Fatalf("a paused feed was written: %+v", rd)
	}
}
