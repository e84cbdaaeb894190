package oracle_test

import (
	"cmp"
	"context"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/tessera-rwa/tessera/chain/chaintest"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/oracle"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

// relayRig is an anvil of its own, a database, a transaction manager for
// the anvil's first key, the oracle's store and service.
type relayRig struct {
	anvil   *devnet.Anvil
	client  *ethclient.Client
	pool    *pgxpool.Pool
	store   *postgres.OracleStore
	txStore *postgres.TxStore
	txm     *txmgr.Manager
	log     *slog.Logger
	// interval between relay passes; 0 means 50ms.
	interval time.Duration
}

func newRelayRig(t *testing.T) *relayRig {
	t.Helper()
	a := chaintest.NewAnvil(t, devnet.AnvilConfig{})
	pool := pgtest.NewDB(t)
	r := &relayRig{anvil: a, client: chaintest.Dial(t, a.URL), pool: pool, store: &postgres.OracleStore{Pool: pool},
		txStore: &postgres.TxStore{Pool: pool}, log: slog.New(slog.NewTextHandler(testWriter{t}, nil))}
	m, err := txmgr.New(txmgr.Config{
		Client:       r.client,
		Store:        r.txStore,
		Locker:       &postgres.Leader{Pool: pool, Retry: 20 * time.Millisecond},
		Signer:       txmgr.NewKeySigner(a.Keys[0]),
		ChainID:      a.ChainID,
		Logger:       r.log,
		PollInterval: 20 * time.Millisecond,
	})
	if err != nil {
		t.Fatal(err)
	}
	r.txm = m
	return r
}

func (r *relayRig) startTxm(t *testing.T) {
	t.Helper()
	if err := r.txm.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = r.txm.Stop(context.Background()) })
}

func (r *relayRig) relay(t *testing.T, metrics oracle.Metrics, feeds ...oracle.Feed) *oracle.Relay {
	t.Helper()
	rl, err := oracle.NewRelay(oracle.RelayConfig{
		Store:    r.store,
		Client:   r.client,
		Tx:       r.txm,
		TxLookup: r.txStore,
		Locker:   &postgres.Leader{Pool: r.pool, Retry: 20 * time.Millisecond},
		ChainID:  r.anvil.ChainID,
		Feeds:    feeds,
		Interval: cmp.Or(r.interval, 50*time.Millisecond),
		Logger:   r.log,
		Metrics:  metrics,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := rl.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = rl.Stop(context.Background()) })
	return rl
}

// appraisers registers n appraisers of asset and returns a function that
// makes appraiser i submit value (a decimal string) observed now.
func (r *relayRig) appraisers(t *testing.T, s *oracle.Service, asset string, n int) func(i int, value string) {
	t.Helper()
	f, _ := s.Feed(context.Background(), asset)
	var nonce int64
	var mu sync.Mutex
	keys := make([]struct {
		key  any
		sign func(oracle.Valuation) oracle.SignedValuation
	}, n)
	for i := range keys {
		key, addr := mustKey(t)
		mustAppraiser(t, s, addr, asset)
		keys[i].sign = func(v oracle.Valuation) oracle.SignedValuation { return mustSign(t, s, key, v) }
	}
	return func(i int, value string) {
		t.Helper()
		v, err := oracle.ParseDecimal(value, f.Decimals)
		if err != nil {
			t.Fatal(err)
		}
		mu.Lock()
		nonce++
		n := nonce
		mu.Unlock()
		sv := keys[i].sign(oracle.Valuation{Asset: asset, Value: v, Decimals: f.Decimals, ObservedAt: uint64(time.Now().Unix()), Nonce: big.NewInt(n)})
		if _, err := s.Submit(context.Background(), testFeeder, sv); err != nil {
			t.Fatalf("appraiser %d submits %s: %v", i, value, err)
		}
	}
}

// pushes returns the pushes of asset, oldest first.
func (r *relayRig) pushes(t *testing.T, asset string) []oracle.Push {
	t.Helper()
	ps, err := r.store.Pushes(context.Background(), asset, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	for i, j := 0, len(ps)-1; i < j; i, j = i+1, j-1 {
		ps[i], ps[j] = ps[j], ps[i]
	}
	return ps
}

// waitFor polls cond until it holds or 30 s pass.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// recorder is a Metrics that remembers what it was told.
type recorder struct {
	mu       sync.Mutex
	alerts   []oracle.Alert
	atRisk   map[string]int
	outliers map[string]int
	reasons  map[oracle.Reason]int
	finished []oracle.PushResult
}

func newRecorder() *recorder {
	return &recorder{atRisk: map[string]int{}, outliers: map[string]int{}, reasons: map[oracle.Reason]int{}}
}

func (m *recorder) Decided(_ string, d oracle.Decision) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.reasons[d.Reason]++
}

func (m *recorder) Outliers(asset string, rejected []oracle.Outlier) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.outliers[asset] += len(rejected)
}

func (m *recorder) Submitted(oracle.Push) {}

func (m *recorder) Finished(_ oracle.Push, r oracle.PushResult, _ time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.finished = append(m.finished, r)
}

func (m *recorder) HeartbeatAtRisk(asset string, _ time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.atRisk[asset]++
}

func (m *recorder) Alerted(a oracle.Alert) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.alerts = append(m.alerts, a)
}

func (m *recorder) count(f func(*recorder) int) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return f(m)
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

// mockFeedConfig writes to a MockV3Aggregator with updateAnswer, so the
// relay's rules run against Chainlink's own mock.
func mockFeedConfig(asset string, addr common.Address) oracle.Feed {
	f := testFeed(asset, addr)
	f.Aggregation = oracle.AggregationConfig{MaxAge: 10 * time.Minute, MinSources: 2, OutlierPPB: 100_000_000} // 10%
	f.Encode = func(answer *big.Int, _ time.Time) ([]byte, error) { return mockAgg.PackUpdateAnswer(answer), nil }
	return f
}

// The relay against Chainlink's MockV3Aggregator: an in-band median is not
// pushed, a deviation is, outliers are dropped and recorded, nothing is
// pushed while an update is pending in the transaction manager, and a feed
// near its heartbeat without sources is reported.
func TestRelayAgainstMockAggregator(t *testing.T) {
	t.Parallel()
	r := newRelayRig(t)
	now := time.Now().Unix()
	tbill := mustMockFeed(t, r.anvil, 1, 8, 1)
	tbill.setRound(t, 1, 100_00000000, now-600, now-600)
	bldg := mustMockFeed(t, r.anvil, 1, 8, 1)
	bldg.setRound(t, 1, 5_000_000_00000000, now-55*60, now-55*60) // 55 min old, heartbeat 1h
	feeds := []oracle.Feed{mockFeedConfig("TBILL", tbill.addr), mockFeedConfig("BLDG", bldg.addr)}
	svc := mustService(t, r.store, nil, feeds...)
	submit := r.appraisers(t, svc, "TBILL", 3)
	metrics := newRecorder()

	// Passes run only when the test asks (Notify), so no pass can see half
	// of a pair of submissions: each pair follows a second of quiet.
	r.interval = time.Hour
	// The transaction manager is not running yet: a push stays pending.
	relay := r.relay(t, metrics, feeds...)
	waitPass := func(what string, cond func() bool) {
		t.Helper()
		waitFor(t, what, func() bool { relay.Notify(); return cond() })
	}
	time.Sleep(time.Second) // the first pass, at start, is over
	submit(0, "100.1")
	submit(1, "100.2")
	submit(2, "180") // an outlier
	relay.Notify()
	waitPass("an in-band decision", func() bool { return metrics.count(func(m *recorder) int { return m.reasons[oracle.ReasonInBand] }) > 0 })
	if ps := r.pushes(t, "TBILL"); len(ps) != 0 {
		t.Fatalf("pushed an in-band median: %+v", ps[0])
	}
	waitPass("the outlier reported", func() bool { return metrics.count(func(m *recorder) int { return m.outliers["TBILL"] }) > 0 })
	waitPass("BLDG reported near its heartbeat", func() bool { return metrics.count(func(m *recorder) int { return m.atRisk["BLDG"] }) > 0 })
	if n := metrics.count(func(m *recorder) int { return m.atRisk["TBILL"] }); n != 0 {
		t.Fatalf("TBILL reported at risk %d times", n)
	}

	time.Sleep(time.Second) // observations are dated in seconds: the next ones must be newer
	submit(0, "101.0")
	submit(1, "101.2")
	relay.Notify()
	waitPass("a pending push", func() bool { return len(r.pushes(t, "TBILL")) == 1 })
	time.Sleep(time.Second)
	submit(0, "105")
	submit(1, "105")
	relay.Notify()
	waitPass("a decision held back by the pending push", func() bool {
		return metrics.count(func(m *recorder) int { return m.reasons[oracle.ReasonPending] }) > 0
	})
	if ps := r.pushes(t, "TBILL"); len(ps) != 1 || ps[0].State != oracle.PushPending {
		t.Fatalf("pushes while one is pending: %+v", ps)
	}

	r.startTxm(t)
	waitPass("the first push confirmed", func() bool {
		ps := r.pushes(t, "TBILL")
		return len(ps) == 1 && ps[0].State == oracle.PushConfirmed
	})
	// The mock dates a round by its block, not by its observations: the
	// values held back are now older than the round, so they come again.
	time.Sleep(time.Second)
	submit(0, "105")
	submit(1, "105")
	relay.Notify()
	waitPass("two confirmed pushes", func() bool {
		ps := r.pushes(t, "TBILL")
		return len(ps) == 2 && ps[1].State == oracle.PushConfirmed
	})
	ps := r.pushes(t, "TBILL")
	first, second := ps[0], ps[1]
	if first.State != oracle.PushConfirmed || first.Answer.String() != "10110000000" || first.Reason != oracle.ReasonDeviation ||
		first.RoundID.Int64() != 2 || first.IntendedRound.Int64() != 2 || first.GasUsed == 0 || first.Previous.String() != "10000000000" {
		t.Fatalf("first push %+v", first)
	}
	if len(first.Used) != 2 || len(first.Rejected) != 1 || first.Rejected[0].Value.String() != "18000000000" {
		t.Fatalf("observations behind the first push: used %d, rejected %+v", len(first.Used), first.Rejected)
	}
	if second.Answer.String() != "10500000000" || second.RoundID.Int64() != 3 {
		t.Fatalf("second push %+v", second)
	}
	v, err := mustReader(t, r.client, tbill.addr, nil).Latest(context.Background())
	if err != nil || v.Answer.String() != "10500000000" || v.RoundID.Int64() != 3 {
		t.Fatalf("feed reads %+v, %v", v, err)
	}
	t.Logf("MockV3Aggregator.updateAnswer through the relay: %d gas", first.GasUsed)

	// Nothing new: no third push.
	time.Sleep(300 * time.Millisecond)
	if ps := r.pushes(t, "TBILL"); len(ps) != 2 {
		t.Fatalf("%d pushes without a change", len(ps))
	}
}

// A push stored just before a crash (never handed to the transaction
// manager) is submitted by the next relay under the same key, and the
// round is written once.
func TestRelayResubmitsAfterCrash(t *testing.T) {
	t.Parallel()
	r := newRelayRig(t)
	now := time.Now().Unix()
	feed := mustMockFeed(t, r.anvil, 1, 8, 1)
	feed.setRound(t, 1, 100_00000000, now-600, now-600)
	cfg := mockFeedConfig("TBILL", feed.addr)
	svc := mustService(t, r.store, nil, cfg)
	submit := r.appraisers(t, svc, "TBILL", 2)
	submit(0, "120")
	submit(1, "120")
	agg, err := svc.Value(context.Background(), "TBILL")
	if err != nil {
		t.Fatal(err)
	}
	data, _ := cfg.Encode(agg.Value, agg.ObservedAt)
	key := oracle.PushKey(r.anvil.ChainID, feed.addr, big.NewInt(2), 0)
	if _, err := r.store.CreatePush(context.Background(), oracle.Push{Asset: "TBILL", ChainID: r.anvil.ChainID, Feed: feed.addr,
		IntendedRound: big.NewInt(2), IdempotencyKey: key, Answer: agg.Value, ObservedAt: agg.ObservedAt,
		Reason: oracle.ReasonDeviation, Calldata: data, Used: agg.Used}); err != nil {
		t.Fatal(err)
	}
	r.startTxm(t)
	r.relay(t, nil, cfg)
	waitFor(t, "the stored push confirmed", func() bool {
		ps := r.pushes(t, "TBILL")
		return len(ps) == 1 && ps[0].State == oracle.PushConfirmed
	})
	req, err := r.txStore.Request(context.Background(), key)
	if err != nil || req.State != txmgr.Confirmed && req.State != txmgr.Finalized {
		t.Fatalf("request %+v, %v", req, err)
	}
	time.Sleep(300 * time.Millisecond)
	if ps := r.pushes(t, "TBILL"); len(ps) != 1 {
		t.Fatalf("%d pushes, want the one stored before the crash", len(ps))
	}
	round, err := oracle.ReadRound(context.Background(), r.client, feed.addr, nil)
	if err != nil || round.RoundID.Int64() != 2 || round.Answer.String() != "12000000000" {
		t.Fatalf("round on chain %+v, %v", round, err)
	}
}
