package oracle

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/errs"

	"github.com/tessera-rwa/tessera/internal/lead"
)

// PushGasLimit is the gas limit of a feed update: a ValuationFeed transmit
// past its first round uses about 68,000 gas, 84,000 with every NAV guard
// on (a reference feed included), Chainlink's MockV3Aggregator about
// 103,000.
const PushGasLimit = 200_000

// Metrics receives the relay's events; every method must be cheap and safe
// for concurrent use. NopMetrics ignores them.
type Metrics interface {
	// Decided is called for every decision taken on a fresh aggregate.
	Decided(asset string, d Decision)
	// Outliers is called with the observations discarded from an aggregate.
	Outliers(asset string, rejected []Outlier)
	// Submitted is called when a push is handed to the transaction manager.
	Submitted(p Push)
	// Finished is called when a push is confirmed or failed, latency being
	// the time from its decision to its outcome being seen.
	Finished(p Push, r PushResult, latency time.Duration)
	// HeartbeatAtRisk is called when a feed nears its heartbeat and no
	// fresh aggregate is available to refresh it.
	HeartbeatAtRisk(asset string, age time.Duration)
	// Alerted is called when the relay refused to sign a value the feed's
	// guards would refuse, once per alert stored.
	Alerted(a Alert)
}

// NopMetrics is a Metrics that does nothing.
type NopMetrics struct{}

// Decided implements Metrics.
func (NopMetrics) Decided(string, Decision) {}

// Outliers implements Metrics.
func (NopMetrics) Outliers(string, []Outlier) {}

// Submitted implements Metrics.
func (NopMetrics) Submitted(Push) {}

// Finished implements Metrics.
func (NopMetrics) Finished(Push, PushResult, time.Duration) {}

// HeartbeatAtRisk implements Metrics.
func (NopMetrics) HeartbeatAtRisk(string, time.Duration) {}

// Alerted implements Metrics.
func (NopMetrics) Alerted(Alert) {}

// RelayConfig configures a Relay.
type RelayConfig struct {
	Store    Store
	Client   chain.Reader
	Tx       txmgr.Sender
	TxLookup txmgr.Lookup
	// Locker elects one relay per database; required.
	Locker  lead.Locker
	ChainID *big.Int // of the feeds and of Tx
	// Source says which feeds to keep up to date; it is read again on
	// every pass, so a feed recorded while the relay runs is pushed from
	// its next pass on. Or Feeds lists them, fixed.
	Source FeedSource
	Feeds  []Feed

	Interval   time.Duration // 5s between passes over the feeds
	RetryAfter time.Duration // 1m before a feed whose push failed is tried again
	WarnEvery  time.Duration // 1m between two logs of the same warning
	LockName   string        // "oracle-relay/<chain id>"
	Logger     *slog.Logger
	Metrics    Metrics
	Now        func() time.Time
}

// Check fills defaults and validates c.
func (c *RelayConfig) Check() error {
	switch {
	case c.Store == nil, c.Client == nil, c.Tx == nil, c.TxLookup == nil, c.Locker == nil:
		return errors.New("oracle relay: Store, Client, Tx, TxLookup and Locker are required")
	case c.ChainID == nil || c.ChainID.Sign() <= 0:
		return errors.New("oracle relay: ChainID is required")
	}
	if c.Interval <= 0 {
		c.Interval = 5 * time.Second
	}
	if c.RetryAfter <= 0 {
		c.RetryAfter = time.Minute
	}
	if c.WarnEvery <= 0 {
		c.WarnEvery = time.Minute
	}
	if c.LockName == "" {
		c.LockName = "oracle-relay/" + c.ChainID.String()
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.Metrics == nil {
		c.Metrics = NopMetrics{}
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return nil
}

// Relay keeps every configured feed up to date: on each pass, for each
// feed, it settles the feed's pending push, aggregates the fresh
// observations, reads the round on chain, applies the feed's Policy and,
// when it says so, submits the update through the transaction manager.
//
// A push is stored (with the observations behind it) before it is
// submitted, under an idempotency key made of the feed and the round it
// intends to create, so a crash between the two re-submits the same write
// and never a second one; and no new push is decided while one is pending.
type Relay struct {
	cfg   RelayConfig
	src   FeedSource
	feeds []Feed // of the last pass that could read the source
	log   *slog.Logger
	loop  lead.Loop
	wake  chan struct{}

	mu       sync.Mutex
	failedAt map[string]time.Time           // by asset: when its last push failed
	warned   map[string]time.Time           // by warning: when it was last logged
	outliers map[string]map[int64]bool      // by asset: the outliers of the last pass
	alerted  map[string]string              // by asset: the last alert raised (reason, value, round)
	bounds   map[common.Address][2]*big.Int // by feed: its contract's min/max answer, nil where unreadable
}

// throttle reports whether the warning called key may be logged now: once
// per WarnEvery, so a relay passing every few seconds does not flood the
// log with the same condition.
func (r *Relay) throttle(key string, now time.Time) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if last, ok := r.warned[key]; ok && now.Sub(last) < r.cfg.WarnEvery {
		return false
	}
	r.warned[key] = now
	return true
}

// newOutliers returns the outliers not already reported by the previous
// pass, so each discarded observation is reported once.
func (r *Relay) newOutliers(asset string, rejected []Outlier) []Outlier {
	r.mu.Lock()
	defer r.mu.Unlock()
	prev, cur := r.outliers[asset], map[int64]bool{}
	var out []Outlier
	for _, o := range rejected {
		cur[o.ID] = true
		if !prev[o.ID] {
			out = append(out, o)
		}
	}
	r.outliers[asset] = cur
	return out
}

// NewRelay returns a relay for cfg.
func NewRelay(cfg RelayConfig) (*Relay, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	src, err := feedSource(cfg.Source, cfg.Feeds)
	if err != nil {
		return nil, err
	}
	r := &Relay{cfg: cfg, src: src, log: cfg.Logger.With("component", "oracle-relay"), wake: make(chan struct{}, 1),
		failedAt: map[string]time.Time{}, warned: map[string]time.Time{}, outliers: map[string]map[int64]bool{}, alerted: map[string]string{}, bounds: map[common.Address][2]*big.Int{}}
	r.loop = lead.Loop{Name: cfg.LockName, Locker: cfg.Locker, Log: r.log, Lead: func(ctx context.Context) {
		lead.Every(ctx, cfg.Interval, r.wake, func(ctx context.Context) { r.step(ctx) })
	}}
	return r, nil
}

// Start runs the relay until Stop. It waits for the leadership in the
// background, so a standby replica starts too.
func (r *Relay) Start(ctx context.Context) error { return r.loop.Start(ctx) }

// Stop ends the relay and waits for it. A push in flight stays in the
// transaction manager and is settled by the next leader.
func (r *Relay) Stop(ctx context.Context) error { return r.loop.Stop(ctx) }

// Notify makes the relay run a pass now (after a new observation, say).
func (r *Relay) Notify() {
	select {
	case r.wake <- struct{}{}:
	default:
	}
}

// PushKey is the idempotency key of the attempt-th push meant to create
// round of feed.
func PushKey(chainID *big.Int, feed common.Address, round *big.Int, attempt int) string {
	return fmt.Sprintf("oracle/%s/%s/round/%s/%d", chainID, feed.Hex(), round, attempt)
}

// policy is f's policy with its answer bounds narrowed to the feed
// contract's own immutable minAnswer/maxAnswer, read once: a configuration
// that drifted from the contract can never let an out-of-range push through.
// A feed without those getters (Chainlink's mock) keeps the configured ones.
func (r *Relay) policy(ctx context.Context, f *Feed) Policy {
	r.mu.Lock()
	b, ok := r.bounds[f.Address]
	r.mu.Unlock()
	if !ok {
		b = [2]*big.Int{r.readBound(ctx, f.Address, feedABI.PackMinAnswer(), feedABI.UnpackMinAnswer),
			r.readBound(ctx, f.Address, feedABI.PackMaxAnswer(), feedABI.UnpackMaxAnswer)}
		if ctx.Err() != nil {
			return f.Policy
		}
		r.mu.Lock()
		r.bounds[f.Address] = b
		r.mu.Unlock()
	}
	p := f.Policy
	if b[0] != nil && (p.MinAnswer == nil || b[0].Cmp(p.MinAnswer) > 0) {
		p.MinAnswer = b[0]
	}
	if b[1] != nil && (p.MaxAnswer == nil || b[1].Cmp(p.MaxAnswer) < 0) {
		p.MaxAnswer = b[1]
	}
	return p
}

func (r *Relay) readBound(ctx context.Context, feed common.Address, data []byte, unpack func([]byte) (*big.Int, error)) *big.Int {
	out, err := r.cfg.Client.CallContract(ctx, ethereum.CallMsg{To: &feed, Data: data}, nil)
	if err != nil {
		return nil
	}
	v, err := unpack(out)
	if err != nil {
		return nil
	}
	return v
}

var feedABI = valuationfeed.NewValuationFeed()

// step runs one pass over every feed the source lists now; when it cannot
// be read, over those of the last pass.
func (r *Relay) step(ctx context.Context) {
	feeds, err := r.src.Feeds(ctx)
	switch {
	case err != nil && ctx.Err() == nil:
		if r.throttle("feeds", r.cfg.Now()) {
			r.log.Warn("cannot read the feeds: passing over the last known ones", "err", err)
		}
	case err == nil:
		r.logNewFeeds(feeds)
		r.feeds = feeds
	}
	for i := range r.feeds {
		f := &r.feeds[i]
		if ctx.Err() != nil {
			return
		}
		if err := r.stepFeed(ctx, f); err != nil && ctx.Err() == nil {
			r.log.Warn("feed pass failed", "asset", f.Asset, "feed", f.Address, "err", err)
		}
	}
}

// logNewFeeds logs the feeds that were not in the last pass.
func (r *Relay) logNewFeeds(feeds []Feed) {
	known := make(map[common.Address]bool, len(r.feeds))
	for _, f := range r.feeds {
		known[f.Address] = true
	}
	for _, f := range feeds {
		if !known[f.Address] {
			r.log.Info("feed followed", "asset", f.Asset, "feed", f.Address, "decimals", f.Decimals)
		}
	}
}

func (r *Relay) stepFeed(ctx context.Context, f *Feed) error {
	log := r.log.With("asset", f.Asset, "feed", f.Address)
	pending, err := r.settle(ctx, f, log)
	if err != nil {
		return fmt.Errorf("settle pending push: %w", err)
	}
	// An approved override goes first, and nothing else is pushed while
	// it is in flight: both write the feed's next round.
	overriding, err := r.settleOverride(ctx, f, pending, log)
	if err != nil {
		return fmt.Errorf("settle the override: %w", err)
	}
	pending = pending || overriding
	round, err := ReadRound(ctx, r.cfg.Client, f.Address, nil)
	if err != nil {
		return err
	}
	now := r.cfg.Now().UTC()
	obs, err := r.cfg.Store.FreshObservations(ctx, f.Asset, now.Add(-f.Aggregation.MaxAge))
	if err != nil {
		return err
	}
	agg, aggErr := AggregateObservations(obs, f.Decimals, f.Aggregation, now)
	if fresh := r.newOutliers(f.Asset, agg.Rejected); len(fresh) > 0 {
		for _, o := range fresh {
			log.Warn("outlier discarded", "source", o.Source, "observation", o.ID,
				"value", FormatDecimal(o.Value, f.Decimals), "distance_ppb", o.DistancePPB)
		}
		r.cfg.Metrics.Outliers(f.Asset, fresh)
	}
	age := time.Duration(0)
	if round.Exists() {
		age = now.Sub(round.UpdatedAt)
	}
	atRisk := func(why any) {
		if !round.Exists() || age >= f.Policy.Heartbeat-f.HeartbeatWarn {
			switch {
			case !r.throttle("heartbeat/"+f.Asset, now):
			case !round.Exists():
				log.Warn("feed has no round yet and no fresh source to start it", "heartbeat", f.Policy.Heartbeat, "why", why)
			default:
				log.Warn("feed nears its heartbeat without a fresh source", "age", age.Round(time.Second),
					"heartbeat", f.Policy.Heartbeat, "why", why)
			}
			r.cfg.Metrics.HeartbeatAtRisk(f.Asset, age)
		}
	}
	if aggErr != nil {
		atRisk(aggErr)
		return nil
	}
	// A feed takes no observation time past its block time: a source a
	// little ahead (within the aggregation's MaxFuture) is sent as now.
	observedAt := agg.ObservedAt
	if observedAt.After(now) {
		observedAt = now
	}
	agg.ObservedAt = observedAt.Truncate(time.Second)
	d := Decide(r.policy(ctx, f), Proposal{Value: agg.Value, ObservedAt: agg.ObservedAt}, round, pending, now)
	r.cfg.Metrics.Decided(f.Asset, d)
	if d.Reason == ReasonNotNewer {
		atRisk("no observation newer than the round on chain")
	}
	if d.Reason == ReasonOutOfRange && r.throttle("range/"+f.Asset, now) {
		log.Error("aggregated value is outside the feed's bounds: not pushed",
			"value", FormatDecimal(agg.Value, f.Decimals), "min", f.Policy.MinAnswer, "max", f.Policy.MaxAnswer)
	}
	if !d.Push {
		return nil
	}
	r.mu.Lock()
	failedAt, failed := r.failedAt[f.Asset]
	r.mu.Unlock()
	if failed && now.Sub(failedAt) < r.cfg.RetryAfter {
		return nil
	}
	// Never sign what the feed's NAV guards would refuse.
	chk, err := r.checkGuards(ctx, f, agg.Value, round, now)
	if err != nil {
		return err
	}
	switch {
	case chk.Reason == GuardTooSoon:
		if r.throttle("too-soon/"+f.Asset, now) {
			log.Info("update waits for the feed's minimum interval", "value", FormatDecimal(agg.Value, f.Decimals), "detail", chk.Detail)
		}
		return nil
	case chk.Reason.Alert():
		return r.alert(ctx, f, agg, round, chk, log)
	}
	return r.push(ctx, f, agg, round, d, log)
}

// checkGuards reads the feed's guards (and its reference's round) and
// applies them to value.
func (r *Relay) checkGuards(ctx context.Context, f *Feed, value *big.Int, round Round, now time.Time) (GuardCheck, error) {
	g, err := ReadGuards(ctx, r.cfg.Client, f.Address)
	if err != nil {
		return GuardCheck{}, err
	}
	var ref Round
	if g.Reference != (common.Address{}) {
		if ref, err = ReadRound(ctx, r.cfg.Client, g.Reference, nil); err != nil {
			return GuardCheck{}, err
		}
	}
	return CheckGuards(g, f.Decimals, value, round, ref, now), nil
}

// alert records that the relay refused to sign agg: a row (and with it a
// stream event), a log line and a metric, once per value, reason and
// round on chain, however many passes see it.
func (r *Relay) alert(ctx context.Context, f *Feed, agg Aggregate, round Round, chk GuardCheck, log *slog.Logger) error {
	a := Alert{Asset: f.Asset, ChainID: r.cfg.ChainID, Feed: f.Address, Reason: chk.Reason, Proposed: agg.Value,
		ObservedAt: agg.ObservedAt, PreviousRound: new(big.Int), Reference: chk.Reference, Detail: chk.Detail}
	if round.Exists() {
		a.Previous, a.PreviousRound = round.Answer, round.RoundID
	}
	key := fmt.Sprintf("%s/%s/%s", a.Reason, a.Proposed, a.PreviousRound)
	r.mu.Lock()
	seen := r.alerted[f.Asset] == key
	r.mu.Unlock()
	if seen {
		return nil
	}
	stored, created, err := r.cfg.Store.CreateAlert(ctx, a)
	if err != nil {
		return err
	}
	r.mu.Lock()
	r.alerted[f.Asset] = key
	r.mu.Unlock()
	if !created {
		return nil
	}
	log.Error("value refused by the feed's NAV guards: not signed", "reason", a.Reason,
		"value", FormatDecimal(a.Proposed, f.Decimals), "previous", a.Previous, "detail", a.Detail, "alert", stored.ID)
	r.cfg.Metrics.Alerted(stored)
	return nil
}

// settleOverride writes the feed's approved override, unless a push is
// pending, and records the outcome of a submitted one. It reports whether
// an override is in flight.
func (r *Relay) settleOverride(ctx context.Context, f *Feed, pushPending bool, log *slog.Logger) (bool, error) {
	o, err := r.cfg.Store.OpenOverride(ctx, r.cfg.ChainID, f.Address)
	if errs.Is(err, errs.NotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if o.State == OverrideApproved {
		if pushPending {
			return true, nil
		}
		o.IdempotencyKey = OverrideKey(r.cfg.ChainID, f.Address, o.ID)
		if err := r.cfg.Store.SubmitOverride(ctx, o.ID, o.IdempotencyKey); err != nil {
			return true, err
		}
		log.Info("override submitted", "override", o.ID, "value", FormatDecimal(o.Value, f.Decimals),
			"requested_by", o.RequestedBy, "decided_by", o.DecidedBy, "key", o.IdempotencyKey)
		return true, r.submitOverride(ctx, o)
	}
	req, err := r.cfg.TxLookup.Request(ctx, o.IdempotencyKey)
	if errors.Is(err, txmgr.ErrNotFound) {
		log.Info("re-submitting an override stored before a restart", "key", o.IdempotencyKey)
		return true, r.submitOverride(ctx, o)
	}
	if err != nil {
		return true, err
	}
	if !req.State.Done() {
		return true, nil
	}
	res := PushResult{At: r.cfg.Now().UTC(), TxHash: req.TxHash, BlockNumber: req.Block}
	state := OverrideConfirmed
	if req.State == txmgr.Failed {
		state, res.Error = OverrideFailed, req.Error
		log.Error("override failed", "override", o.ID, "key", o.IdempotencyKey, "err", req.Error)
	} else {
		receipt, err := r.cfg.Client.TransactionReceipt(ctx, req.TxHash)
		if err != nil {
			return true, fmt.Errorf("receipt of %s: %w", req.TxHash, err)
		}
		res.BlockNumber, res.GasUsed = receipt.BlockNumber.Uint64(), receipt.GasUsed
		res.RoundID = roundFromReceipt(receipt, f.Address)
		log.Info("override confirmed", "override", o.ID, "round", res.RoundID, "value", FormatDecimal(o.Value, f.Decimals),
			"tx", req.TxHash, "block", res.BlockNumber)
	}
	return false, r.cfg.Store.FinishOverride(ctx, o.ID, state, res)
}

func (r *Relay) submitOverride(ctx context.Context, o Override) error {
	data := feedABI.PackTransmitOverride(o.Value, uint64(o.ObservedAt.Unix()))
	_, err := r.cfg.Tx.Submit(ctx, txmgr.Request{IdempotencyKey: o.IdempotencyKey, To: &o.Feed, Data: data, GasLimit: PushGasLimit})
	return err
}

// push stores a new push and submits it.
func (r *Relay) push(ctx context.Context, f *Feed, agg Aggregate, round Round, d Decision, log *slog.Logger) error {
	intended := big.NewInt(1)
	if round.Exists() {
		intended.Add(round.RoundID, intended)
	}
	attempt, err := r.cfg.Store.NextAttempt(ctx, r.cfg.ChainID, f.Address, intended)
	if err != nil {
		return err
	}
	data, err := f.Encode(agg.Value, agg.ObservedAt)
	if err != nil {
		return fmt.Errorf("encode the update: %w", err)
	}
	p := Push{
		Asset:          f.Asset,
		ChainID:        r.cfg.ChainID,
		Feed:           f.Address,
		IntendedRound:  intended,
		Attempt:        attempt,
		IdempotencyKey: PushKey(r.cfg.ChainID, f.Address, intended, attempt),
		Answer:         agg.Value,
		ObservedAt:     agg.ObservedAt,
		Reason:         d.Reason,
		Calldata:       data,
		Used:           agg.Used,
	}
	if round.Exists() {
		p.Previous = round.Answer
	}
	for _, o := range agg.Rejected {
		p.Rejected = append(p.Rejected, o.Observation)
	}
	p, err = r.cfg.Store.CreatePush(ctx, p)
	if err != nil {
		return err
	}
	if err := r.submit(ctx, p); err != nil {
		return err // stored: the next pass submits it
	}
	log.Info("update submitted", "reason", d.Reason, "value", FormatDecimal(p.Answer, f.Decimals),
		"previous", p.Previous, "deviation_ppb", d.DeviationPPB, "round", p.IntendedRound, "sources", len(p.Used), "key", p.IdempotencyKey)
	r.cfg.Metrics.Submitted(p)
	return nil
}

func (r *Relay) submit(ctx context.Context, p Push) error {
	// A fixed gas limit instead of an estimate: geth estimates against its
	// latest block, which may be older than the observation (a dev chain
	// seals blocks only when transactions come), and the feed refuses an
	// observation from its future. The transaction itself runs in a new
	// block, dated after the observation.
	_, err := r.cfg.Tx.Submit(ctx, txmgr.Request{IdempotencyKey: p.IdempotencyKey, To: &p.Feed, Data: p.Calldata, GasLimit: PushGasLimit})
	return err
}

// settle looks at the feed's pending push, if any: it submits it again when
// the transaction manager never got it (a crash in between), and records
// its outcome once the transaction manager is done. It reports whether a
// push is still pending.
func (r *Relay) settle(ctx context.Context, f *Feed, log *slog.Logger) (bool, error) {
	p, err := r.cfg.Store.OpenPush(ctx, r.cfg.ChainID, f.Address)
	if errs.Is(err, errs.NotFound) {
		return false, nil
	}
	if err != nil {
		return true, err
	}
	req, err := r.cfg.TxLookup.Request(ctx, p.IdempotencyKey)
	if errors.Is(err, txmgr.ErrNotFound) {
		log.Info("re-submitting a push stored before a restart", "key", p.IdempotencyKey)
		return true, r.submit(ctx, p)
	}
	if err != nil {
		return true, err
	}
	if !req.State.Done() {
		return true, nil
	}
	now := r.cfg.Now().UTC()
	res := PushResult{At: now, TxHash: req.TxHash, BlockNumber: req.Block}
	if req.State == txmgr.Failed {
		res.State, res.Error = PushFailed, req.Error
		r.mu.Lock()
		r.failedAt[f.Asset] = now
		r.mu.Unlock()
		log.Error("update failed", "key", p.IdempotencyKey, "err", req.Error)
	} else {
		receipt, err := r.cfg.Client.TransactionReceipt(ctx, req.TxHash)
		if err != nil {
			return true, fmt.Errorf("receipt of %s: %w", req.TxHash, err)
		}
		res.State, res.GasUsed, res.BlockNumber = PushConfirmed, receipt.GasUsed, receipt.BlockNumber.Uint64()
		res.RoundID = roundFromReceipt(receipt, f.Address)
		if res.RoundID == nil {
			// Not every aggregator emits AnswerUpdated (Chainlink's mock
			// does not): read the round as of the transaction's block.
			round, err := ReadRound(ctx, r.cfg.Client, f.Address, receipt.BlockNumber)
			if err == nil && round.Exists() && round.Answer.Cmp(p.Answer) == 0 {
				res.RoundID = round.RoundID
			} else {
				log.Warn("cannot tell the round of a confirmed update", "tx", req.TxHash, "err", err)
			}
		}
		r.mu.Lock()
		delete(r.failedAt, f.Asset)
		r.mu.Unlock()
		log.Info("update confirmed", "round", res.RoundID, "value", FormatDecimal(p.Answer, f.Decimals),
			"tx", req.TxHash, "block", res.BlockNumber, "gas", res.GasUsed)
	}
	if err := r.cfg.Store.FinishPush(ctx, p.ID, res); err != nil {
		return true, err
	}
	r.cfg.Metrics.Finished(p, res, now.Sub(p.CreatedAt))
	return false, nil
}
