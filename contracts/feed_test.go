package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/tessera-rwa/tessera/bindings/aggregatorv3interface"
	"github.com/tessera-rwa/tessera/bindings/mockv3aggregator"
	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
	"github.com/tessera-rwa/tessera/chain/create2"
)

// feed is a deployed ValuationFeed (8 decimals, answers in [1, 10^15])
// whose admin is also its transmitter, and no one its overrider.
type feed struct {
	c    *chain
	abi  *valuationfeed.ValuationFeed
	inst *bind.BoundContract
	addr common.Address
}

func deployFeed(tb testing.TB, c *chain) *feed {
	tb.Helper()
	f := &feed{c: c, abi: valuationfeed.NewValuationFeed()}
	f.addr = c.mustProxy(tb, "ValuationFeed",
		f.abi.PackInitialize(8, "RIV12 / EUR", big.NewInt(1), big.NewInt(1e15), c.admin.From, c.admin.From, common.Address{}, c.admin.From))
	f.inst = f.abi.Instance(c.client, f.addr)
	return f
}

func (f *feed) transmit(answer int64, observedAt uint64) error {
	_, err := f.c.send(f.c.admin, f.inst, f.abi.PackTransmit(big.NewInt(answer), observedAt))
	return err
}

func TestFeedRounds(t *testing.T) {
	t.Parallel()
	c := newChain(t, 1)
	f := deployFeed(t, c)
	a := f.abi

	if got := mustCall(t, f.inst, a.PackTypeAndVersion(), a.UnpackTypeAndVersion); got != "ValuationFeed 1.1.0" {
		t.Errorf("typeAndVersion = %q", got)
	}
	if got := mustCall(t, f.inst, a.PackDescription(), a.UnpackDescription); got != "RIV12 / EUR" {
		t.Errorf("description = %q", got)
	}
	if got := mustCall(t, f.inst, a.PackDecimals(), a.UnpackDecimals); got != 8 {
		t.Errorf("decimals = %d", got)
	}
	// Before the first round: V3 reverts, the legacy getters read zero.
	wantRevertData(t, callErr(t, f.inst, a.PackLatestRoundData()), "NoDataPresent()")
	if got := mustCall(t, f.inst, a.PackLatestAnswer(), a.UnpackLatestAnswer); got.Sign() != 0 {
		t.Errorf("latestAnswer before any round = %s", got)
	}

	var observed []uint64
	for i, answer := range []int64{100_000_000, 101_500_000, 99_250_000} {
		obs := c.now(t) - 30
		if i > 0 && obs <= observed[i-1] {
			obs = observed[i-1] + 1
		}
		observed = append(observed, obs)
		r := c.mustSend(t, c.admin, f.inst, a.PackTransmit(big.NewInt(answer), obs))
		block, err := c.client.HeaderByHash(t.Context(), r.BlockHash)
		if err != nil {
			t.Fatal(err)
		}
		round := uint64(i + 1)
		nr := findEvent(t, r, a.UnpackNewRoundEvent)
		if nr.RoundId.Uint64() != round || nr.StartedBy != c.admin.From || nr.StartedAt.Uint64() != obs {
			t.Errorf("round %d: NewRound %+v", round, nr)
		}
		au := findEvent(t, r, a.UnpackAnswerUpdatedEvent)
		if au.Current.Int64() != answer || au.RoundId.Uint64() != round || au.UpdatedAt.Uint64() != block.Time {
			t.Errorf("round %d: AnswerUpdated %+v", round, au)
		}
		latest := mustCall(t, f.inst, a.PackLatestRoundData(), a.UnpackLatestRoundData)
		if latest.RoundId.Uint64() != round || latest.Answer.Int64() != answer || latest.StartedAt.Uint64() != obs ||
			latest.UpdatedAt.Uint64() != block.Time || latest.AnsweredInRound.Uint64() != round {
			t.Errorf("round %d: latestRoundData %+v (block time %d)", round, latest, block.Time)
		}
	}

	// History, through the feed's own binding and through Chainlink's interface.
	cl := aggregatorv3interface.NewAggregatorV3Interface()
	clInst := cl.Instance(c.client, f.addr)
	for i, want := range []int64{100_000_000, 101_500_000, 99_250_000} {
		round := big.NewInt(int64(i + 1))
		got := mustCall(t, clInst, cl.PackGetRoundData(round), cl.UnpackGetRoundData)
		if got.RoundId.Cmp(round) != 0 || got.Answer.Int64() != want || got.StartedAt.Uint64() != observed[i] || got.AnsweredInRound.Cmp(round) != 0 {
			t.Errorf("Chainlink getRoundData(%d) = %+v", i+1, got)
		}
		if ans := mustCall(t, f.inst, a.PackGetAnswer(round), a.UnpackGetAnswer); ans.Int64() != want {
			t.Errorf("getAnswer(%d) = %s", i+1, ans)
		}
		if ts := mustCall(t, f.inst, a.PackGetTimestamp(round), a.UnpackGetTimestamp); ts.Uint64() != got.UpdatedAt.Uint64() {
			t.Errorf("getTimestamp(%d) = %s, want updatedAt %s", i+1, ts, got.UpdatedAt)
		}
	}
	if got := mustCall(t, clInst, cl.PackLatestRoundData(), cl.UnpackLatestRoundData); got.RoundId.Uint64() != 3 {
		t.Errorf("Chainlink latestRoundData round %s", got.RoundId)
	}
	if got := mustCall(t, clInst, cl.PackDecimals(), cl.UnpackDecimals); got != 8 {
		t.Errorf("Chainlink decimals %d", got)
	}
	if got := mustCall(t, f.inst, a.PackLatestRound(), a.UnpackLatestRound); got.Uint64() != 3 {
		t.Errorf("latestRound = %s", got)
	}
	if got := mustCall(t, f.inst, a.PackLatestAnswer(), a.UnpackLatestAnswer); got.Int64() != 99_250_000 {
		t.Errorf("latestAnswer = %s", got)
	}
	if got := mustCall(t, f.inst, a.PackGetAnswer(big.NewInt(4)), a.UnpackGetAnswer); got.Sign() != 0 {
		t.Errorf("legacy getAnswer(unknown) = %s, want 0", got)
	}
}

func TestFeedRefusals(t *testing.T) {
	t.Parallel()
	c := newChain(t, 1)
	f := deployFeed(t, c)
	a := f.abi
	last := c.now(t) - 60
	if err := f.transmit(100, last); err != nil {
		t.Fatal(err)
	}
	now := c.now(t)
	cases := []struct {
		name     string
		answer   int64
		observed uint64
		err      string
	}{
		{"observed in the future", 100, now + 3600, "ObservationInFuture(uint64,uint256)"},
		{"observed at the last observation", 100, last, "ObservationNotAfterLast(uint64,uint64)"},
		{"observed before the last observation", 100, last - 1, "ObservationNotAfterLast(uint64,uint64)"},
		{"below minAnswer", 0, now, "AnswerOutOfRange(int256,int192,int192)"},
		{"negative", -5, now, "AnswerOutOfRange(int256,int192,int192)"},
		{"above maxAnswer", 1e15 + 1, now, "AnswerOutOfRange(int256,int192,int192)"},
	}
	for _, tc := range cases {
		data := revertData(f.transmit(tc.answer, tc.observed))
		if sel := selector(tc.err); len(data) < 4 || [4]byte(data[:4]) != sel {
			t.Errorf("%s: revert %x, want %s", tc.name, data, tc.err)
		}
	}
	if err := f.transmit(1e15, now); err != nil {
		t.Errorf("maxAnswer itself: %v", err)
	}
	for _, round := range []int64{0, 3, 1 << 40} {
		data := callErr(t, f.inst, a.PackGetRoundData(big.NewInt(round)))
		wantRevertData(t, data, "RoundNotFound(uint80)")
	}
	if got := mustCall(t, f.inst, a.PackMinAnswer(), a.UnpackMinAnswer); got.Int64() != 1 {
		t.Errorf("minAnswer = %s", got)
	}
	if got := mustCall(t, f.inst, a.PackMaxAnswer(), a.UnpackMaxAnswer); got.Int64() != 1e15 {
		t.Errorf("maxAnswer = %s", got)
	}

	// Only the transmitter transmits; min must be below max.
	stranger := c.signers[0]
	c.warp(t, time.Second)
	wantUnauthorized(t, c, stranger, f.inst, a.PackTransmit(big.NewInt(100), c.now(t)), "TRANSMITTER_ROLE")
	wantUnauthorized(t, c, stranger, f.inst, a.PackGrantRole(role("TRANSMITTER_ROLE"), stranger.From), "DEFAULT_ADMIN_ROLE")
	impl, err := c.client.StorageAt(t.Context(), f.addr, create2.ImplementationSlot, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, tx, err := bind.DeployContract(c.admin, create2.ProxyInitCode(common.BytesToAddress(impl),
		a.PackInitialize(8, "bad", big.NewInt(10), big.NewInt(10), c.admin.From, c.admin.From, c.admin.From, c.admin.From)), c.client, nil)
	if err == nil {
		c.sim.Commit()
		if r, _ := c.client.TransactionReceipt(t.Context(), tx.Hash()); r != nil && r.Status == 1 {
			t.Error("a feed with minAnswer == maxAnswer deployed")
		}
	} else {
		wantRevert(t, err, "InvalidRange(int192,int192)")
	}
}

// wantRevertData fails unless data starts with the selector of errSig.
func wantRevertData(tb testing.TB, data []byte, errSig string) {
	tb.Helper()
	if sel := selector(errSig); len(data) < 4 || [4]byte(data[:4]) != sel {
		tb.Errorf("revert data %x, want %s", data, errSig)
	}
}

// guarded is a feed with a guardian and an overrider besides its
// admin-transmitter, past its first round (1.00000000).
type guarded struct {
	*feed
	guardian, overrider *bind.TransactOpts
	first               uint64 // the first round's observation time
}

func deployGuarded(tb testing.TB, c *chain) *guarded {
	tb.Helper()
	g := &guarded{feed: deployFeed(tb, c), guardian: c.signers[0], overrider: c.signers[1]}
	a := g.abi
	c.mustSend(tb, c.admin, g.inst, a.PackGrantRole(role("GUARDIAN_ROLE"), g.guardian.From))
	c.mustSend(tb, c.admin, g.inst, a.PackGrantRole(role("OVERRIDE_ROLE"), g.overrider.From))
	g.first = c.now(tb) - 30
	if err := g.transmit(100_000_000, g.first); err != nil {
		tb.Fatal(err)
	}
	return g
}

// unchanged fails unless the feed still reads round `round` with `answer`.
func (g *guarded) unchanged(tb testing.TB, what string, round uint64, answer int64) {
	tb.Helper()
	a := g.abi
	latest := mustCall(tb, g.inst, a.PackLatestRoundData(), a.UnpackLatestRoundData)
	if latest.RoundId.Uint64() != round || latest.Answer.Int64() != answer {
		tb.Errorf("%s: the feed reads round %s answer %s, want round %d answer %d", what, latest.RoundId, latest.Answer, round, answer)
	}
}

func (g *guarded) override(answer int64, observedAt uint64) (*types.Receipt, error) {
	return g.c.send(g.overrider, g.inst, g.abi.PackTransmitOverride(big.NewInt(answer), observedAt))
}

// Each guard refuses with its own error, carrying the numbers, and leaves
// the feed as it was; a value just inside a limit passes.
func TestFeedGuardsRefuse(t *testing.T) {
	t.Parallel()
	c := newChain(t, 2)
	g := deployGuarded(t, c)
	a := g.abi

	r := c.mustSend(t, g.guardian, g.inst, a.PackSetGuards(1_000, 3600)) // 10%, one hour
	if ev := findEvent(t, r, a.UnpackGuardsSetEvent); ev.MaxChangeBps != 1_000 || ev.MinInterval != 3600 {
		t.Errorf("GuardsSet %+v", ev)
	}
	got := mustCall(t, g.inst, a.PackGuards(), a.UnpackGuards)
	if got.MaxChangeBps != 1_000 || got.MinInterval != 3600 || got.IsPaused || got.ReferenceFeed != (common.Address{}) {
		t.Errorf("guards %+v", got)
	}

	// Too soon: the elapsed time since the last transmission and the minimum.
	c.warp(t, 10*time.Minute)
	err := g.transmit(101_000_000, c.now(t))
	data := wantRevert(t, err, "TooSoon(uint256,uint32)")
	if e, err := a.UnpackTooSoonError(data[4:]); err != nil || e.Elapsed.Uint64() < 600 || e.Elapsed.Uint64() >= 3600 || e.MinInterval != 3600 {
		t.Errorf("TooSoon %+v, %v", e, err)
	}
	g.unchanged(t, "too soon", 1, 100_000_000)

	// Too large a change: one unit past 10%, either way.
	c.warp(t, time.Hour)
	for _, answer := range []int64{110_000_001, 89_999_999, 1_000_000_000} {
		data := wantRevert(t, g.transmit(answer, c.now(t)), "ChangeTooLarge(int256,int256,uint16)")
		if e, err := a.UnpackChangeTooLargeError(data[4:]); err != nil || e.Answer.Int64() != answer || e.Previous.Int64() != 100_000_000 || e.MaxBps != 1_000 {
			t.Errorf("ChangeTooLarge %+v, %v", e, err)
		}
	}
	g.unchanged(t, "too large a change", 1, 100_000_000)
	if err := g.transmit(110_000_000, c.now(t)); err != nil { // exactly 10%
		t.Fatalf("a change of exactly the maximum: %v", err)
	}
	g.unchanged(t, "exactly 10%", 2, 110_000_000)

	// Paused: transmissions and overrides refused, reads unchanged.
	r = c.mustSend(t, g.guardian, g.inst, a.PackPause())
	if ev := findEvent(t, r, a.UnpackPausedEvent); ev.Account != g.guardian.From {
		t.Errorf("Paused %+v", ev)
	}
	if !mustCall(t, g.inst, a.PackPaused(), a.UnpackPaused) || !mustCall(t, g.inst, a.PackRipcord(), a.UnpackRipcord) {
		t.Error("paused() or ripcord() false while paused")
	}
	c.warp(t, 2*time.Hour)
	wantRevert(t, g.transmit(111_000_000, c.now(t)), "FeedPaused()")
	_, err = g.override(111_000_000, c.now(t))
	wantRevert(t, err, "FeedPaused()")
	g.unchanged(t, "paused", 2, 110_000_000)
	if ans := mustCall(t, g.inst, a.PackLatestAnswer(), a.UnpackLatestAnswer); ans.Int64() != 110_000_000 {
		t.Errorf("latestAnswer while paused = %s", ans)
	}
	c.mustSend(t, g.guardian, g.inst, a.PackUnpause())
	if mustCall(t, g.inst, a.PackRipcord(), a.UnpackRipcord) {
		t.Error("ripcord() true after unpause")
	}
	if err := g.transmit(111_000_000, c.now(t)); err != nil {
		t.Fatalf("after unpause: %v", err)
	}

	// Guards off again: any change in the bounds passes.
	c.mustSend(t, g.guardian, g.inst, a.PackSetGuards(0, 0))
	if err := g.transmit(900_000_000, c.now(t)); err != nil {
		t.Fatalf("guards off: %v", err)
	}
	if _, err := c.send(g.guardian, g.inst, a.PackSetGuards(1, 1<<24)); err == nil {
		t.Error("a minimum interval past 2^24 - 1 accepted")
	} else {
		wantRevert(t, err, "InvalidGuard()")
	}
}

// A reference feed of other decimals: a transmission farther than the
// maximum deviation from the reference's answer, scaled exactly, is
// refused, and so is any transmission while the reference has no usable
// answer (none, not positive, stale).
func TestFeedReferenceGuard(t *testing.T) {
	t.Parallel()
	c := newChain(t, 2)
	g := deployGuarded(t, c)
	a := g.abi
	mock := mockv3aggregator.NewMockV3Aggregator()
	for _, tc := range []struct {
		decimals uint8
		one      *big.Int // 1.0 at those decimals
	}{{18, big.NewInt(1e18)}, {6, big.NewInt(1e6)}, {8, big.NewInt(1e8)}} {
		ref := c.mustDeploy(t, mockv3aggregator.MockV3AggregatorMetaData.Bin, mock.PackConstructor(tc.decimals, tc.one))
		r := c.mustSend(t, g.guardian, g.inst, a.PackSetReference(ref, 200, 3600)) // 2%, one hour
		if ev := findEvent(t, r, a.UnpackReferenceSetEvent); ev.Feed != ref || ev.Decimals != tc.decimals || ev.MaxDeviationBps != 200 || ev.MaxAge != 3600 {
			t.Errorf("ReferenceSet %+v", ev)
		}
		round := mustCall(t, g.inst, a.PackLatestRound(), a.UnpackLatestRound).Uint64()
		last := mustCall(t, g.inst, a.PackLatestAnswer(), a.UnpackLatestAnswer).Int64()
		c.warp(t, time.Second)
		for _, answer := range []int64{102_000_001, 97_999_999} {
			data := wantRevert(t, g.transmit(answer, c.now(t)), "ReferenceDeviation(int256,int256,uint16)")
			if e, err := a.UnpackReferenceDeviationError(data[4:]); err != nil || e.Answer.Int64() != answer || e.ReferenceAnswer.Cmp(tc.one) != 0 || e.MaxBps != 200 {
				t.Errorf("%d decimals: ReferenceDeviation %+v, %v", tc.decimals, e, err)
			}
		}
		g.unchanged(t, "off the reference", round, last)
		if err := g.transmit(102_000_000, c.now(t)); err != nil { // exactly 2%
			t.Fatalf("%d decimals: exactly the maximum deviation: %v", tc.decimals, err)
		}
		c.warp(t, time.Second)
		if err := g.transmit(98_000_000, c.now(t)); err != nil {
			t.Fatalf("%d decimals: exactly the maximum deviation below: %v", tc.decimals, err)
		}
	}

	// Unusable references.
	ref := c.mustDeploy(t, mockv3aggregator.MockV3AggregatorMetaData.Bin, mock.PackConstructor(8, big.NewInt(1e8)))
	refInst := mock.Instance(c.client, ref)
	c.mustSend(t, g.guardian, g.inst, a.PackSetReference(ref, 200, 3600))
	round := mustCall(t, g.inst, a.PackLatestRound(), a.UnpackLatestRound).Uint64()
	now := c.now(t)
	c.mustSend(t, c.admin, refInst, mock.PackUpdateRoundData(big.NewInt(7), big.NewInt(0), new(big.Int).SetUint64(now), new(big.Int).SetUint64(now)))
	c.warp(t, time.Second)
	wantRevert(t, g.transmit(100_000_000, c.now(t)), "ReferenceUnavailable()")
	c.mustSend(t, c.admin, refInst, mock.PackUpdateAnswer(big.NewInt(1e8)))
	c.warp(t, 2*time.Hour) // older than the reference's maximum age
	wantRevert(t, g.transmit(100_000_000, c.now(t)), "ReferenceUnavailable()")
	empty := deployFeed(t, c) // reverts NoDataPresent
	c.mustSend(t, g.guardian, g.inst, a.PackSetReference(empty.addr, 200, 3600))
	wantRevert(t, g.transmit(100_000_000, c.now(t)), "ReferenceUnavailable()")
	g.unchanged(t, "unusable references", round, 98_000_000)

	// An override does not consult the reference.
	if _, err := g.override(100_000_000, c.now(t)); err != nil {
		t.Fatalf("override with an unusable reference: %v", err)
	}

	// A reference must be a feed, with a deviation and an age; zero turns it off.
	for _, call := range [][]byte{a.PackSetReference(c.signers[1].From, 200, 3600), a.PackSetReference(ref, 0, 3600),
		a.PackSetReference(ref, 200, 0), a.PackSetReference(g.addr, 200, 3600), a.PackSetReference(common.Address{}, 200, 0)} {
		_, err := c.send(g.guardian, g.inst, call)
		wantRevert(t, err, "InvalidGuard()")
	}
	c.mustSend(t, g.guardian, g.inst, a.PackSetReference(common.Address{}, 0, 0))
	c.warp(t, time.Second)
	if err := g.transmit(500_000_000, c.now(t)); err != nil {
		t.Fatalf("reference off: %v", err)
	}
}

// The override skips the change, interval and reference guards, never
// the bounds, the pause or the observation-time rules; and each role does
// its own thing only.
func TestFeedOverrideAndRoles(t *testing.T) {
	t.Parallel()
	c := newChain(t, 3)
	g := deployGuarded(t, c)
	a := g.abi
	stranger := c.signers[2]
	c.mustSend(t, g.guardian, g.inst, a.PackSetGuards(1_000, 3600))

	// Ten times the last answer, a second after it: refused to the
	// transmitter, accepted from the overrider.
	c.warp(t, time.Second)
	wantRevert(t, g.transmit(1_000_000_000, c.now(t)), "TooSoon(uint256,uint32)")
	obs := c.now(t)
	r, err := g.override(1_000_000_000, obs)
	if err != nil {
		t.Fatalf("override: %v (%x)", err, revertData(err))
	}
	if ev := findEvent(t, r, a.UnpackOverriddenEvent); ev.RoundId.Uint64() != 2 || ev.Answer.Int64() != 1_000_000_000 || ev.Sender != g.overrider.From {
		t.Errorf("Overridden %+v", ev)
	}
	if au := findEvent(t, r, a.UnpackAnswerUpdatedEvent); au.RoundId.Uint64() != 2 || au.Current.Int64() != 1_000_000_000 {
		t.Errorf("AnswerUpdated %+v", au)
	}
	g.unchanged(t, "overridden", 2, 1_000_000_000)

	_, err = g.override(1e15+1, c.now(t))
	wantRevert(t, err, "AnswerOutOfRange(int256,int192,int192)")
	_, err = g.override(900_000_000, obs)
	wantRevert(t, err, "ObservationNotAfterLast(uint64,uint64)")
	_, err = g.override(900_000_000, c.now(t)+3600)
	wantRevert(t, err, "ObservationInFuture(uint64,uint256)")
	g.unchanged(t, "refused overrides", 2, 1_000_000_000)

	// Roles: the transmitter (also the admin) neither guards nor overrides;
	// the guardian neither transmits nor overrides; a stranger does nothing.
	c.warp(t, time.Second)
	now := c.now(t)
	wantUnauthorized(t, c, c.admin, g.inst, a.PackSetGuards(0, 0), "GUARDIAN_ROLE")
	wantUnauthorized(t, c, c.admin, g.inst, a.PackSetReference(common.Address{}, 0, 0), "GUARDIAN_ROLE")
	wantUnauthorized(t, c, c.admin, g.inst, a.PackPause(), "GUARDIAN_ROLE")
	wantUnauthorized(t, c, c.admin, g.inst, a.PackTransmitOverride(big.NewInt(1), now), "OVERRIDE_ROLE")
	wantUnauthorized(t, c, g.guardian, g.inst, a.PackTransmit(big.NewInt(1), now), "TRANSMITTER_ROLE")
	wantUnauthorized(t, c, g.guardian, g.inst, a.PackTransmitOverride(big.NewInt(1), now), "OVERRIDE_ROLE")
	wantUnauthorized(t, c, g.overrider, g.inst, a.PackUnpause(), "GUARDIAN_ROLE")
	wantUnauthorized(t, c, stranger, g.inst, a.PackPause(), "GUARDIAN_ROLE")
	wantUnauthorized(t, c, stranger, g.inst, a.PackGrantRole(role("OVERRIDE_ROLE"), stranger.From), "DEFAULT_ADMIN_ROLE")
	g.unchanged(t, "refused roles", 2, 1_000_000_000)

	// initialize grants OVERRIDE_ROLE to its overrider.
	other := &feed{c: c, abi: a}
	other.addr = c.mustProxy(t, "ValuationFeed",
		a.PackInitialize(8, "X / EUR", big.NewInt(1), big.NewInt(1e15), c.admin.From, c.admin.From, g.overrider.From, c.admin.From))
	other.inst = a.Instance(c.client, other.addr)
	if !mustCall(t, other.inst, a.PackHasRole(role("OVERRIDE_ROLE"), g.overrider.From), a.UnpackHasRole) ||
		mustCall(t, other.inst, a.PackHasRole(role("OVERRIDE_ROLE"), c.admin.From), a.UnpackHasRole) {
		t.Error("initialize's overrider")
	}
}
