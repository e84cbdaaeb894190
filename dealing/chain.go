package dealing

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/bindings/dealing"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/errs"
)

var dealingABI = dealing.NewDealing()

// The Dealing contract's request states (Dealing.State).
const statePending = 1

// ChainFulfiller sends fulfilment batches through the transaction manager
// of the signer holding the Dealing contracts' FULFILLER_ROLE.
type ChainFulfiller struct {
	Tx     txmgr.Sender
	Lookup txmgr.Lookup
	Chain  ethereum.ContractCaller
	// Gas, optional, makes it an Estimator: eth_estimateGas of the fulfil
	// from Tx's signer.
	Gas ethereum.GasEstimator
}

var (
	_ Fulfiller = ChainFulfiller{}
	_ Estimator = ChainFulfiller{}
	_ Voider    = ChainFulfiller{}
)

// ErrBatchFailed is wrapped in Fulfil's answer once a batch's transactions
// failed MaxAttempts times: nothing more is sent under its key until an
// operator retries it (Batch.SendKey).
var ErrBatchFailed = errors.New("dealing: fulfilment batch failed")

// MaxAttempts bounds the transactions one batch may take: a batch whose
// transaction failed is sent again (key#2, key#3) with the requests still
// pending, and after MaxAttempts failures it waits for an operator.
const MaxAttempts = 3

// Fulfil implements Fulfiller. The batch's key names its first
// transaction; while the newest attempt is in flight or confirmed nothing
// is sent. After a failed attempt the ids still pending on chain are sent
// under the next attempt key (a request cancelled meanwhile is left out,
// never refused for the whole batch); when none is pending nothing is
// sent. The transaction carries GasLimit(gas) (gas 0: the manager
// estimates it), so the manager neither adds its own margin, which could
// take a full batch past what a block or a transaction may hold, nor
// refuses the batch before sending: a batch that would revert (a request
// cancelled since pricing: NotPending) reverts on chain, and its next
// attempt leaves that request out; a later attempt is estimated by the
// manager. With gas 0 (an operator's retry of a failed batch) every
// attempt sends only the ids still pending and is estimated by the
// manager.
func (f ChainFulfiller) Fulfil(ctx context.Context, key string, dl common.Address, cutoff time.Time, round uint64, ids []*big.Int, gas uint64) error {
	at, err := f.attempts(ctx, key)
	switch {
	case err != nil:
		return err
	case at.busy:
		return nil // in flight or confirmed
	case at.exhausted:
		return fmt.Errorf("%w %d times under %s, last: %s", ErrBatchFailed, MaxAttempts, key, at.last)
	}
	pending := ids
	if at.n > 1 || gas == 0 {
		if pending, err = f.stillPending(ctx, dl, ids); err != nil {
			return err
		}
		if len(pending) == 0 {
			return nil
		}
	}
	if cutoff.Unix() < 0 {
		return fmt.Errorf("dealing: cut-off %s before 1970", cutoff)
	}
	limit := uint64(0)
	if gas != 0 && at.n == 1 {
		// A later attempt is estimated afresh: its failure may have been
		// the gas.
		limit = GasLimit(gas)
	}
	_, err = f.Tx.Submit(ctx, txmgr.Request{IdempotencyKey: at.next, To: &dl, GasLimit: limit,
		Data: dealingABI.PackFulfil(uint64(cutoff.Unix()), new(big.Int).SetUint64(round), pending)})
	return err
}

// ChainDay implements Voider: the day's state on the Dealing contract
// (Dealing.day).
func (f ChainFulfiller) ChainDay(ctx context.Context, dl common.Address, cutoff time.Time) (DayOnChain, error) {
	if cutoff.Unix() < 0 {
		return DayOnChain{}, fmt.Errorf("dealing: cut-off %s before 1970", cutoff)
	}
	out, err := f.Chain.CallContract(ctx, ethereum.CallMsg{To: &dl, Data: dealingABI.PackDay(uint64(cutoff.Unix()))}, nil)
	if err != nil {
		return DayOnChain{}, fmt.Errorf("dealing: read the day of %s: %w", cutoff.UTC().Format(time.RFC3339), err)
	}
	d, err := dealingABI.UnpackDay(out)
	if err != nil {
		return DayOnChain{}, fmt.Errorf("dealing: read the day of %s: %w", cutoff.UTC().Format(time.RFC3339), err)
	}
	day := DayOnChain{NAVTTL: time.Duration(d.NavTTL) * time.Second}
	switch {
	case d.RoundId.Cmp(voidRound) == 0:
		day.Void = true
	case d.RoundId.IsUint64():
		day.Round = d.RoundId.Uint64()
	}
	return day, nil
}

// Void implements Voider: it sends voidDay(cutoff, firstRound) through
// the transaction manager under key (key#2, key#3 after a failed attempt)
// and answers true once the contract holds the day void. With proof, the
// call is first run as a caller without FULFILLER_ROLE would run it, so
// the contract itself judges the day unpriceable; nothing is sent when it
// does not.
func (f ChainFulfiller) Void(ctx context.Context, key string, dl common.Address, cutoff time.Time, firstRound uint64, proof bool) (bool, error) {
	day, err := f.ChainDay(ctx, dl, cutoff)
	switch {
	case err != nil:
		return false, err
	case day.Void:
		return true, nil
	case day.Round != 0:
		return false, fmt.Errorf("dealing: the day of %s was priced at round %d: it cannot be void", cutoff.UTC().Format(time.RFC3339), day.Round)
	}
	at, err := f.attempts(ctx, key)
	switch {
	case err != nil:
		return false, err
	case at.busy:
		return false, nil // in flight, or confirmed in a block not read yet
	case at.exhausted:
		return false, fmt.Errorf("dealing: voidDay failed %d times under %s, last: %s", MaxAttempts, key, at.last)
	}
	data := dealingABI.PackVoidDay(uint64(cutoff.Unix()), new(big.Int).SetUint64(firstRound))
	if proof {
		if _, err := f.Chain.CallContract(ctx, ethereum.CallMsg{To: &dl, Data: data}, nil); err != nil {
			return false, fmt.Errorf("dealing: the chain does not hold the day of %s unpriceable: %w", cutoff.UTC().Format(time.RFC3339), err)
		}
	}
	_, err = f.Tx.Submit(ctx, txmgr.Request{IdempotencyKey: at.next, To: &dl, Data: data})
	return false, err
}

// attempt is where a transaction's attempts stand: sent under key, then
// key#2, key#3 after failures, up to MaxAttempts.
type attempt struct {
	next      string // the key of the attempt to send now
	n         int    // its number, from 1
	busy      bool   // the newest attempt is in flight or confirmed: send nothing
	exhausted bool   // MaxAttempts attempts failed
	last      string // the last failure's reason
}

// attempts reads key's attempts from the transaction manager.
func (f ChainFulfiller) attempts(ctx context.Context, key string) (attempt, error) {
	at := attempt{next: key, n: 1}
	for {
		r, err := f.Lookup.Request(ctx, at.next)
		if errors.Is(err, txmgr.ErrNotFound) {
			return at, nil
		}
		if err != nil {
			return at, err
		}
		if r.State != txmgr.Failed {
			at.busy = true
			return at, nil
		}
		at.last = r.Error
		if at.n == MaxAttempts {
			at.exhausted = true
			return at, nil
		}
		at.n++
		at.next = fmt.Sprintf("%s#%d", key, at.n)
	}
}

// voidRound is Dealing's VOID, the day round of a void day.
var voidRound = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 80), big.NewInt(1))

// EstimateFulfil implements Estimator.
func (f ChainFulfiller) EstimateFulfil(ctx context.Context, dl common.Address, cutoff time.Time, round uint64, ids []*big.Int) (uint64, error) {
	if f.Gas == nil {
		return 0, errors.New("dealing: no gas estimator")
	}
	if cutoff.Unix() < 0 {
		return 0, fmt.Errorf("dealing: cut-off %s before 1970", cutoff)
	}
	return f.Gas.EstimateGas(ctx, ethereum.CallMsg{From: f.Tx.From(), To: &dl,
		Data: dealingABI.PackFulfil(uint64(cutoff.Unix()), new(big.Int).SetUint64(round), ids)})
}

// stillPending returns the ids the Dealing contract at dl holds pending.
func (f ChainFulfiller) stillPending(ctx context.Context, dl common.Address, ids []*big.Int) ([]*big.Int, error) {
	var out []*big.Int
	for _, id := range ids {
		res, err := f.Chain.CallContract(ctx, ethereum.CallMsg{To: &dl, Data: dealingABI.PackRequestOf(id)}, nil)
		if err != nil {
			return nil, fmt.Errorf("dealing: read request %s: %w", id, err)
		}
		r, err := dealingABI.UnpackRequestOf(res)
		if err != nil {
			return nil, fmt.Errorf("dealing: read request %s: %w", id, err)
		}
		if r.State == statePending {
			out = append(out, id)
		}
	}
	return out, nil
}

// ChainConfigurer sets a Dealing contract's configuration (modes, fee,
// NAV time-to-live, tickets) and rate limits to a calendar's, and
// publishes the calendar's next cut-offs on it, through the transaction
// manager of the signer holding its CONFIG_ROLE.
type ChainConfigurer struct {
	Tx    txmgr.Sender
	Chain ethereum.ContractCaller
	// Timeout bounds the wait for each transaction; default 2 minutes.
	Timeout time.Duration
	// Now is the clock the next dealing days are counted from; default time.Now.
	Now func() time.Time
}

var (
	_ Configurer      = ChainConfigurer{}
	_ CutoffPublisher = ChainConfigurer{}
)

// PublishAhead is how many of a calendar's next dealing days have their
// cut-offs published on its Dealing contract: a request is stamped with
// the first published cut-off after it and refused (NoCutoff) without one.
const PublishAhead = 10

// PublishMargin is how close a cut-off may be and still be published: one
// nearer could pass before its transaction is mined (the contract refuses
// a cut-off not after its block).
const PublishMargin = time.Minute

// CutoffsToPublish is what tops up c's Dealing contract, whose last
// published cut-off is last (unix seconds, 0 for none), at now: the
// calendar's cut-offs among its next PublishAhead dealing days from
// now + PublishMargin that come after last, in order. Published cut-offs
// stay as they are, so after a calendar change the new calendar's days
// start after the last one the old calendar published.
func CutoffsToPublish(c Calendar, last uint64, now time.Time) ([]uint64, error) {
	sched, err := c.Schedule()
	if err != nil {
		return nil, err
	}
	days, err := sched.Days(now.Add(PublishMargin), PublishAhead)
	if err != nil {
		return nil, err
	}
	var out []uint64
	for _, d := range days {
		if u := d.Cutoff.Unix(); u > 0 && uint64(u) > last {
			out = append(out, uint64(u))
		}
	}
	return out, nil
}

// LastCutoff reads the last cut-off published on the Dealing contract dl
// (zero time when none is).
func LastCutoff(ctx context.Context, chain ethereum.ContractCaller, dl common.Address) (time.Time, error) {
	last, err := lastCutoff(ctx, chain, dl)
	if err != nil || last == 0 {
		return time.Time{}, err
	}
	return time.Unix(int64(last), 0).UTC(), nil
}

func lastCutoff(ctx context.Context, chain ethereum.ContractCaller, dl common.Address) (uint64, error) {
	out, err := chain.CallContract(ctx, ethereum.CallMsg{To: &dl, Data: dealingABI.PackLastCutoff()}, nil)
	if err != nil {
		return 0, fmt.Errorf("dealing: read the last cut-off of %s: %w", dl, err)
	}
	last, err := dealingABI.UnpackLastCutoff(out)
	if err != nil {
		return 0, fmt.Errorf("dealing: read the last cut-off of %s: %w", dl, err)
	}
	return last, nil
}

// PublishCutoffs implements CutoffPublisher: it reads the contract's last
// published cut-off and sends publishCutoffs with CutoffsToPublish under a
// key derived from that cut-off and the list, so every process topping
// the schedule up at once sends one transaction, and a list refused (a
// cut-off passed before it was mined) is followed by another. Nothing is
// sent when the schedule already reaches PublishAhead days. With wait it
// returns once the transaction is mined and the contract holds the list's
// last cut-off.
func (f ChainConfigurer) PublishCutoffs(ctx context.Context, c Calendar, wait bool) error {
	now := time.Now
	if f.Now != nil {
		now = f.Now
	}
	dl := c.Dealing
	last, err := lastCutoff(ctx, f.Chain, dl)
	if err != nil {
		return err
	}
	list, err := CutoffsToPublish(c, last, now())
	if err != nil || len(list) == 0 {
		return err
	}
	data := dealingABI.PackPublishCutoffs(list)
	key := fmt.Sprintf("dealing:%s:%s:cutoffs:%d:%x", c.ChainID, dl.Hex(), last, crypto.Keccak256(data)[:8])
	req := txmgr.Request{IdempotencyKey: key, To: &dl, Data: data}
	if !wait {
		_, err := f.Tx.Submit(ctx, req)
		return err
	}
	if err := f.send(ctx, req, "cut-offs"); err != nil {
		return err
	}
	got, err := lastCutoff(ctx, f.Chain, dl)
	if err != nil {
		return err
	}
	if got < list[len(list)-1] {
		return errs.E(errs.Unavailable, "chain_write_lost", "the Dealing contract's cut-offs are not the calendar's after they were sent; retry the same call")
	}
	return nil
}

// send submits r and waits for it, naming the contract's refusal.
func (f ChainConfigurer) send(ctx context.Context, r txmgr.Request, what string) error {
	timeout := f.Timeout
	if timeout == 0 {
		timeout = 2 * time.Minute
	}
	wctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	_, err := f.Tx.SubmitAndWait(wctx, r)
	var failed *txmgr.FailedError
	switch {
	case errors.As(err, &failed):
		// The code names the contract's error (fee_above_cap,
		// invalid_config, invalid_cutoff…) when the manager decoded one.
		return errs.E(errs.Unprocessable, reasonCode(failed.Reason, "chain_write_failed"), "the Dealing contract refused its "+what+": "+failed.Reason)
	case errors.Is(err, context.DeadlineExceeded):
		return errs.E(errs.Unavailable, "chain_timeout", "the chain did not confirm the Dealing contract's "+what+" in time; retry the same call")
	}
	return err
}

// OnChainConfig is the Dealing contract's Config for c.
func OnChainConfig(c Calendar) dealing.DealingConfig {
	return dealing.DealingConfig{Modes: uint8(c.Modes), FeeBps: c.FeeBps, NavTTL: c.NAVTTL, MinDeposit: c.MinDeposit,
		MaxDeposit: orZero(c.MaxDeposit), MinRedeem: c.MinRedeem, MaxRedeem: orZero(c.MaxRedeem)}
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

// Configure implements Configurer. Each setting the contract already
// holds is not sent again; one it does not is sent under a key derived
// from the contract's current setting, the new one and the calendar's
// version (c.UpdatedAt), so every change is a transaction of its own,
// even back to an earlier setting; after it is mined the setting is read
// again, and a chain that does not hold it is an error. Then the
// calendar's next cut-offs are published (PublishCutoffs, waited for).
func (f ChainConfigurer) Configure(ctx context.Context, c Calendar) error {
	dl := c.Dealing
	read := func(data []byte) ([]byte, error) {
		return f.Chain.CallContract(ctx, ethereum.CallMsg{To: &dl, Data: data}, nil)
	}
	type setting struct {
		name       string
		read, want []byte
		same       func(current []byte) (bool, error)
	}
	cfg := OnChainConfig(c)
	settings := []setting{{"config", dealingABI.PackConfig(), dealingABI.PackSetConfig(cfg), func(cur []byte) (bool, error) {
		got, err := dealingABI.UnpackConfig(cur)
		return err == nil && got.Modes == cfg.Modes && got.FeeBps == cfg.FeeBps && got.NavTTL == cfg.NavTTL &&
			got.MinDeposit.Cmp(cfg.MinDeposit) == 0 && got.MaxDeposit.Cmp(cfg.MaxDeposit) == 0 &&
			got.MinRedeem.Cmp(cfg.MinRedeem) == 0 && got.MaxRedeem.Cmp(cfg.MaxRedeem) == 0, err
	}}}
	for dir, l := range []RateLimit{c.SubscribeLimit, c.RedeemLimit} {
		g, p := orZero(l.Global), orZero(l.PerInvestor)
		settings = append(settings, setting{fmt.Sprintf("rate-limit-%d", dir), dealingABI.PackRateLimit(uint8(dir)),
			dealingABI.PackSetRateLimit(uint8(dir), g, p, l.Window), func(cur []byte) (bool, error) {
				got, err := dealingABI.UnpackRateLimit(cur)
				return err == nil && got.GlobalCapacity.Cmp(g) == 0 && got.PerInvestorCapacity.Cmp(p) == 0 && got.Window == l.Window, err
			}})
	}
	for _, s := range settings {
		cur, err := read(s.read)
		if err != nil {
			return fmt.Errorf("dealing: read %s of %s: %w", s.name, dl, err)
		}
		same, err := s.same(cur)
		if err != nil {
			return fmt.Errorf("dealing: read %s of %s: %w", s.name, dl, err)
		}
		if same {
			continue
		}
		version := new(big.Int).SetInt64(c.UpdatedAt.UnixNano()).Bytes()
		key := fmt.Sprintf("dealing:%s:%s:%s:%x", c.ChainID, dl.Hex(), s.name, crypto.Keccak256(cur, s.want, version)[:8])
		if err := f.send(ctx, txmgr.Request{IdempotencyKey: key, To: &dl, Data: s.want}, s.name); err != nil {
			return err
		}
		now, err := read(s.read)
		if err != nil {
			return fmt.Errorf("dealing: read %s of %s: %w", s.name, dl, err)
		}
		if same, err := s.same(now); err != nil || !same {
			return errs.E(errs.Unavailable, "chain_write_lost", "the Dealing contract's "+s.name+" is not the calendar's after it was sent; retry the same call")
		}
	}
	return f.PublishCutoffs(ctx, c, true)
}
