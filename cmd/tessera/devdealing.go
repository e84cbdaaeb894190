package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	dealingabi "github.com/tessera-rwa/tessera/bindings/dealing"
	"github.com/tessera-rwa/tessera/chain/devnet"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/dealing"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/postgres"
)

// devDealingEvery is how often `tessera dev`'s dealing job passes: often
// enough that a dealing day is priced, and its approved book fulfilled,
// within seconds.
const devDealingEvery = 2 * time.Second

// The demo dealing day. The calendar's first cut-off is days away at
// worst, so the seed publishes one of its own a few seconds ahead, before
// the calendar's (published cut-offs only ever increase), has the demo
// investors make their requests for it, and takes the day to the end:
// priced at the first NAV after it, approved by the dev approver,
// fulfilled, claimed.
const (
	// demoCutoffKey is the idempotency key of the demo cut-off's
	// publication: its record says, on every later start, which day the
	// demo's is.
	demoCutoffKey = "dev-seed:dealing:demo-cutoff"
	// demoConfigKey is the key of the calendar's settings put on the
	// contract before the demo cut-off is published under them.
	demoConfigKey = "dev-seed:dealing:demo-config"
	// demoCutoffLead is how far ahead of the chain the demo cut-off is:
	// time for the calendar's settings and the requests (a dozen blocks)
	// to be mined before it.
	demoCutoffLead = 20 * time.Second
	// demoDayWait bounds each wait of the demo day for the dealing job,
	// once its cut-off has passed: for the day's NAV round (the relay
	// pushes on a 0.5% move, and at least every minute), then for its
	// fulfilment.
	demoDayWait = 2 * time.Minute
	// demoInvestorTUSD is what each demo investor's wallet is given to
	// subscribe with: 250,000 tUSD.
	demoInvestorTUSD = 250_000
)

// tusd is n whole tUSD in base units (6 decimals).
func tusd(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1_000_000)) }

// demoDealing is what the demo investors ask of the fund on its demo day:
// two subscriptions, whose payments the same fulfilment puts in the
// reserve, and a redemption they more than cover.
var demoDealing = []struct {
	investor int // index into devInvestors
	action   dealing.CallAction
	amount   *big.Int // payment base units for a deposit, unit base units for a redeem
}{
	{0, dealing.ActRequestDeposit, tusd(25_000)},
	{1, dealing.ActRequestDeposit, tusd(100_000)},
	{2, dealing.ActRequestRedeem, big.NewInt(500_000_000)}, // 500 TTF
}

var dealingABI = dealingabi.NewDealing()

// demoWallet is demo investor n's wallet.
func demoWallet(n int) common.Address {
	return crypto.PubkeyToAddress(devnet.DevKey(devInvestors[n]).PublicKey)
}

// openDemoDay sets the demo fund's dealing calendar and, on a fund that
// never dealt, opens the demo dealing day first: the investors get tUSD,
// the demo cut-off is published, then the calendar (whose cut-offs follow
// it), then each investor requests. It returns the demo day's cut-off, or
// zero when there is no day to settle: a fund whose calendar an earlier
// seed set (a data directory older than the demo day), a demo cut-off
// that passed before any request was made.
//
// Each step reads its own effect first (the cut-off's transaction record,
// the calendar, the requests on chain), so an interrupted seed completes
// on the next start without doing a step twice.
func (e *devEnv) openDemoDay(ctx context.Context, fundID string) (time.Time, error) {
	if e.app.Dealing == nil {
		return time.Time{}, errors.New("the dealing service did not start")
	}
	day, published, err := e.demoCutoff(ctx)
	if err != nil {
		return time.Time{}, err
	}
	if !published {
		_, calErr := e.app.Dealing.Calendar(ctx, devIssuer, fundID)
		if calErr != nil && !errs.Is(calErr, errs.NotFound) {
			return time.Time{}, calErr
		}
		last, err := dealing.LastCutoff(ctx, e.client, e.suite.FundDealing.Address)
		if err != nil {
			return time.Time{}, err
		}
		if calErr == nil || !last.IsZero() {
			e.log.Info("demo dealing day skipped: the fund's dealing calendar was set by an earlier seed, without one")
			return time.Time{}, e.seedCalendar(ctx, fundID)
		}
		if err := e.fundDemoInvestors(ctx); err != nil {
			return time.Time{}, err
		}
		if day, err = e.publishDemoCutoff(ctx, fundID); err != nil {
			return time.Time{}, err
		}
	}
	if err := e.seedCalendar(ctx, fundID); err != nil {
		return time.Time{}, err
	}
	if day.IsZero() {
		return day, nil
	}
	return e.requestDemoDay(ctx, fundID, day)
}

// demoCutoff reads the demo cut-off an earlier start published: published
// is false when none was sent; a publication the chain refused is no day
// (zero).
func (e *devEnv) demoCutoff(ctx context.Context) (day time.Time, published bool, err error) {
	r, err := (&postgres.TxStore{Pool: e.pool}).Request(ctx, demoCutoffKey)
	switch {
	case errors.Is(err, txmgr.ErrNotFound):
		return time.Time{}, false, nil
	case err != nil:
		return time.Time{}, false, err
	case r.State == txmgr.Failed:
		e.log.Info("demo dealing day skipped: the chain refused its cut-off", "reason", r.Error)
		return time.Time{}, true, nil
	}
	wctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	receipt, err := e.txm.Outcome(wctx, demoCutoffKey)
	if err != nil {
		return time.Time{}, true, fmt.Errorf("the demo dealing day's cut-off: %w", err)
	}
	for _, l := range receipt.Logs {
		if ev, err := dealingABI.UnpackCutoffPublishedEvent(l); err == nil && l.Address == e.suite.FundDealing.Address {
			return time.Unix(int64(ev.Cutoff), 0).UTC(), true, nil
		}
	}
	return time.Time{}, true, fmt.Errorf("the demo dealing day's cut-off: transaction %s published none", receipt.TxHash)
}

// fundDemoInvestors mints each demo investor's wallet its tUSD: the
// signer owns the dev stablecoin.
func (e *devEnv) fundDemoInvestors(ctx context.Context) error {
	coin := e.suite.Stablecoin.Address
	var keys []string
	for n := range devInvestors {
		key := fmt.Sprintf("dev-seed:stablecoin:investor-%d", n+1)
		if _, err := e.txm.Submit(ctx, txmgr.Request{IdempotencyKey: key, To: &coin,
			Data: devnet.StablecoinMint(demoWallet(n), tusd(demoInvestorTUSD))}); err != nil {
			return err
		}
		keys = append(keys, key)
	}
	for _, key := range keys {
		wctx, cancel := context.WithTimeout(ctx, time.Minute)
		_, err := e.txm.Outcome(wctx, key)
		cancel()
		if err != nil {
			return fmt.Errorf("the demo investors' tUSD: %w", err)
		}
	}
	return nil
}

// publishDemoCutoff publishes the demo cut-off, demoCutoffLead after the
// chain's clock (or the wall clock, whichever is later: the dev chain's
// blocks run ahead of it when many come in one second). When the
// calendar's own next cut-off comes first, that one is the demo day and
// nothing is published: the calendar publishes it.
func (e *devEnv) publishDemoCutoff(ctx context.Context, fundID string) (time.Time, error) {
	head, err := e.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, err
	}
	now := time.Now()
	day := time.Unix(int64(head.Time), 0).UTC()
	if now.After(day) {
		day = now.UTC().Truncate(time.Second)
	}
	day = day.Add(demoCutoffLead)
	next, err := dealing.CutoffsToPublish(e.demoCalendar(fundID), 0, now)
	if err != nil {
		return time.Time{}, err
	}
	if len(next) > 0 && int64(next[0]) <= day.Unix() {
		day = time.Unix(int64(next[0]), 0).UTC()
		e.log.Info("demo dealing day: the calendar's next cut-off comes first and is the demo day", "cutoff", day)
		return day, nil
	}
	dl := e.suite.FundDealing.Address
	wctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	// A day keeps the NAV time-to-live it is published under: the
	// calendar's settings go on the contract first.
	if _, err := e.txm.SubmitAndWait(wctx, txmgr.Request{IdempotencyKey: demoConfigKey, To: &dl,
		Data: dealingABI.PackSetConfig(dealing.OnChainConfig(e.demoCalendar(fundID)))}); err != nil {
		return time.Time{}, fmt.Errorf("configure the demo fund's Dealing contract: %w", err)
	}
	if _, err := e.txm.SubmitAndWait(wctx, txmgr.Request{IdempotencyKey: demoCutoffKey, To: &dl,
		Data: dealingABI.PackPublishCutoffs([]uint64{uint64(day.Unix())})}); err != nil {
		return time.Time{}, fmt.Errorf("publish the demo dealing day's cut-off: %w", err)
	}
	e.log.Info("demo dealing day: cut-off published", "cutoff", day)
	return day, nil
}

// requestDemoDay has each demo investor make its request for the demo
// day, from its own wallet with the calls the dealing service prepares
// (as the portal does), unless it made it already. A request the contract
// would stamp with a later day is not made: the demo day has passed. It
// returns the day, or zero when it holds no demo request.
func (e *devEnv) requestDemoDay(ctx context.Context, fundID string, day time.Time) (time.Time, error) {
	made, err := e.demoRequests(ctx, day)
	if err != nil {
		return time.Time{}, err
	}
	sent := make([]bool, len(demoDealing))
	for i, r := range demoDealing {
		if made[i] != nil {
			continue
		}
		w := demoWallet(r.investor)
		p, err := e.app.Dealing.PrepareCalls(ctx, w, fundID, dealing.CallRequest{Action: r.action, Amount: r.amount})
		if err != nil {
			return time.Time{}, fmt.Errorf("demo dealing request of %s: %w", devInvestorNames[r.investor], err)
		}
		if p.Day == nil || !p.Day.Cutoff.Equal(day) {
			e.log.Info("demo dealing request not made: the demo day's cut-off has passed", "investor", devInvestorNames[r.investor], "cutoff", day)
			continue
		}
		for _, c := range p.Calls { // approve (a deposit's, if needed), then the request
			if err := e.sendAs(ctx, devInvestors[r.investor], c.To, c.Data); err != nil {
				return time.Time{}, fmt.Errorf("demo dealing request of %s: %w", devInvestorNames[r.investor], err)
			}
		}
		sent[i] = true
	}
	if made, err = e.demoRequests(ctx, day); err != nil {
		return time.Time{}, err
	}
	n := 0
	for i, id := range made {
		switch {
		case id != nil:
			n++
		case sent[i]:
			// Mined after the cut-off: the contract stamped it with the
			// next published day, where it waits like any request.
			e.log.Warn("a demo dealing request missed the demo day's cut-off: it belongs to the next dealing day",
				"investor", devInvestorNames[demoDealing[i].investor], "cutoff", day)
		}
	}
	if n == 0 {
		e.log.Info("demo dealing day skipped: no request was made before its cut-off", "cutoff", day)
		return time.Time{}, nil
	}
	e.log.Info("demo dealing day: requests made", "cutoff", day, "requests", n)
	return day, nil
}

// demoRequests finds, on the fund's Dealing contract, the request each
// entry of demoDealing made for day (nil: none). Requests are numbered in
// the order they are made and stamped with non-decreasing cut-offs, so
// the search stops at the first request of a later day.
func (e *devEnv) demoRequests(ctx context.Context, day time.Time) ([]*big.Int, error) {
	inst := dealingABI.Instance(e.client, e.suite.FundDealing.Address)
	last, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, dealingABI.PackNextRequestId(), dealingABI.UnpackNextRequestId)
	if err != nil {
		return nil, fmt.Errorf("read the demo fund's dealing requests: %w", err)
	}
	found := make([]*big.Int, len(demoDealing))
	for id := big.NewInt(1); id.Cmp(last) <= 0; id = new(big.Int).Add(id, big.NewInt(1)) {
		r, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, dealingABI.PackRequestOf(id), dealingABI.UnpackRequestOf)
		if err != nil {
			return nil, fmt.Errorf("read the demo fund's dealing request %s: %w", id, err)
		}
		if r.Cutoff.Int64() > day.Unix() {
			break
		}
		kind := map[uint8]dealing.CallAction{1: dealing.ActRequestDeposit, 2: dealing.ActRequestRedeem}[r.Kind]
		for i, d := range demoDealing {
			if found[i] == nil && r.Cutoff.Int64() == day.Unix() && r.Controller == demoWallet(d.investor) && kind == d.action {
				found[i] = id
				break
			}
		}
	}
	return found, nil
}

// demoDaySettler is the background run of settleDemoDay.
type demoDaySettler struct {
	day    time.Time // the demo day's cut-off
	cancel context.CancelFunc
	done   chan struct{}
}

// startDemoDay settles the demo day (if there is one) in the background,
// so that the environment is ready meanwhile: the cut-off is a wall-clock
// wait, longer on a new chain than the seed itself (the dev chain seals a
// block per transaction, each at least a second after the last, so after
// the deployment and the seed its clock runs a minute or so ahead of the
// wall clock, and the day's NAV is observed by the wall clock). It logs
// its progress; a failure is logged, and the next start takes the day up
// where it stopped.
func (e *devEnv) startDemoDay(ctx context.Context, fundID string, day time.Time) {
	if day.IsZero() {
		return
	}
	ctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	s := &demoDaySettler{day: day, cancel: cancel, done: make(chan struct{})}
	e.demoDay = s
	go func() {
		defer close(s.done)
		if err := e.settleDemoDay(ctx, fundID, day); err != nil && ctx.Err() == nil {
			e.log.Error("demo dealing day not settled: the next start takes it up again", "err", err)
		}
	}()
}

// stop ends the background run and waits for it.
func (s *demoDaySettler) stop() {
	s.cancel()
	<-s.done
}

// waitDemoCutoff waits for the demo day's cut-off to pass by the wall
// clock, as the dealing job counts it.
func (e *devEnv) waitDemoCutoff(ctx context.Context, day time.Time) error {
	wait := time.Until(day)
	if wait <= 0 {
		return nil
	}
	e.log.Info("demo dealing day: waiting for its cut-off", "cutoff", day, "in", wait.Round(time.Second))
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// settleDemoDay follows the demo day's book through the dealing job:
// priced at the first NAV round after the cut-off, approved by the dev
// approver (four-eyes: the job, system:dealing, priced it), fulfilled on
// chain; then each investor claims its units or payment from its own
// wallet. It picks the book up wherever an earlier start left it, and
// gives up with an error after demoDayWait without progress.
func (e *devEnv) settleDemoDay(ctx context.Context, fundID string, day time.Time) error {
	if err := e.waitDemoCutoff(ctx, day); err != nil {
		return err
	}
	store := &postgres.DealingStore{Pool: e.pool}
	seen, since := dealing.BookState("none"), time.Now()
	var reported time.Time
	for {
		b, ok, err := store.BookAt(ctx, fundID, day)
		if err != nil {
			return err
		}
		state := dealing.BookState("none")
		if ok {
			state = b.State
		}
		switch state {
		case dealing.BookPriced:
			b, err = e.app.Dealing.ApproveBook(ctx, devApprover, b.ID, "demo dealing day")
			if err != nil && !errs.Is(err, errs.Conflict) { // a conflict: decided meanwhile, read again
				return fmt.Errorf("approve the demo dealing day's book: %w", err)
			}
			if err == nil {
				e.log.Info("demo dealing day: book approved by the dev approver", "book", b.ID, "nav", b.Round.Answer, "round", b.Round.ID, "lines", len(b.Lines))
			}
			continue
		case dealing.BookRejected:
			e.log.Info("demo dealing day: its book was rejected; nothing to claim", "book", b.ID)
			return nil
		case dealing.BookFulfilled:
			return e.claimDemoDay(ctx, fundID, b)
		}
		if state != seen {
			seen, since, reported = state, time.Now(), time.Time{}
		}
		waiting := "the day's NAV round" // none or open: the job closes the day once its NAV round is indexed
		if state == dealing.BookApproved || state == dealing.BookFulfilling {
			waiting = "the fulfilment"
		}
		if time.Since(since) > demoDayWait {
			return fmt.Errorf("the demo dealing day (cut-off %s) waited %s for %s (book: %s): see the relay's and the dealing job's log lines",
				day.Format(time.RFC3339), demoDayWait, waiting, state)
		}
		if time.Since(reported) >= 10*time.Second {
			e.log.Info("demo dealing day: waiting for "+waiting, "cutoff", day, "book", state)
			reported = time.Now()
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// claimDemoDay has each investor with a line in the fulfilled book whose
// request is not claimed yet (as indexed) claim everything claimable from
// its own wallet, with the calls the dealing service prepares; one with
// nothing left to claim is done.
func (e *devEnv) claimDemoDay(ctx context.Context, fundID string, b dealing.Book) error {
	store := &postgres.DealingStore{Pool: e.pool}
	done := map[common.Address]bool{}
	for _, l := range b.Lines {
		if done[l.Controller] {
			continue
		}
		done[l.Controller] = true
		rs, err := store.Requests(ctx, b.ChainID, b.Dealing, dealing.RequestFilter{Controller: &l.Controller},
			new(big.Int).Sub(l.RequestID, big.NewInt(1)), 1)
		if err != nil {
			return err
		}
		if len(rs) == 1 && rs[0].ID.Cmp(l.RequestID) == 0 && rs[0].State == dealing.Claimed {
			continue // claimed by an earlier start
		}
		n := -1
		for i := range devInvestors {
			if demoWallet(i) == l.Controller {
				n = i
			}
		}
		if n < 0 {
			continue // not a demo investor's: its own wallet claims it
		}
		p, err := e.app.Dealing.PrepareCalls(ctx, l.Controller, fundID, dealing.CallRequest{Action: dealing.ActClaim})
		if re := errs.As(err); re != nil && re.Code == "nothing_claimable" {
			continue
		}
		if err != nil {
			return fmt.Errorf("demo dealing claim of %s: %w", devInvestorNames[n], err)
		}
		for _, c := range p.Calls {
			if err := e.sendAs(ctx, devInvestors[n], c.To, c.Data); err != nil {
				return fmt.Errorf("demo dealing claim of %s: %w", devInvestorNames[n], err)
			}
		}
	}
	e.log.Info("demo dealing day settled", "cutoff", b.Cutoff, "book", b.ID, "nav", b.Round.Answer, "round", b.Round.ID,
		"requests", len(b.Lines), "units_out", b.Totals.UnitsOut, "units_in", b.Totals.UnitsIn)
	return nil
}
