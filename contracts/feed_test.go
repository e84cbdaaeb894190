package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/bindings/aggregatorv3interface"
	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
	"github.com/tessera-rwa/tessera/chain/create2"
)

// feed is a deployed ValuationFeed (8 decimals, answers in [1, 10^15])
// whose admin is also its transmitter.
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
		f.abi.PackInitialize(8, "RIV12 / EUR", big.NewInt(1), big.NewInt(1e15), c.admin.From, c.admin.From, c.admin.From))
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

	if got := mustCall(t, f.inst, a.PackTypeAndVersion(), a.UnpackTypeAndVersion); got != "ValuationFeed 1.0.0" {
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
		a.PackInitialize(8, "bad", big.NewInt(10), big.NewInt(10), c.admin.From, c.admin.From, c.admin.From)), c.client, nil)
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
