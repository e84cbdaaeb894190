package dealing

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/bindings/aggregatorv3interface"
	"github.com/tessera-rwa/tessera/bindings/assettoken"
	"github.com/tessera-rwa/tessera/bindings/idealingfeed"
	"github.com/tessera-rwa/tessera/bindings/referenceerc20"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/units"
)

// Node is what preparing a wallet's calls reads from the chain: eth_call
// at the latest block (the contracts' views, and each call simulated from
// the wallet) and the latest header (the instant facility judges the
// NAV's freshness by the chain's clock). An ethclient.Client is one.
type Node interface {
	ethereum.ContractCaller
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// CallAction is what a wallet asks to do with an asset's dealing.
type CallAction string

// The actions a wallet takes on dealing, each as calls it signs itself.
const (
	ActRequestDeposit CallAction = "request_deposit" // ERC-7540 requestDeposit, after an approve if needed
	ActRequestRedeem  CallAction = "request_redeem"  // ERC-7540 requestRedeem
	ActCancel         CallAction = "cancel"          // ERC-7887 cancel, then its claim
	ActClaim          CallAction = "claim"           // ERC-4626 deposit and/or redeem of the claimable totals
	ActSubscribe      CallAction = "subscribe"       // instant subscription, after an approve if needed
	ActRedeemInstant  CallAction = "redeem_instant"  // instant redemption
	// ActRequestDepositWire is requestDepositWire: a subscription paid by
	// wire, fulfilled once its payment is confirmed.
	ActRequestDepositWire CallAction = "request_deposit_wire"
	// ActRequestRedeemWire is requestRedeemWire: a redemption paid out by
	// wire, its units burned once the payout is confirmed.
	ActRequestRedeemWire CallAction = "request_redeem_wire"
)

// CallRequest says what a wallet wants to do.
type CallRequest struct {
	Action CallAction
	// Wallet is the wallet that signs (Prepare; PrepareCalls takes the
	// signed-in wallet instead).
	Wallet common.Address
	// Amount is payment base units for request_deposit and subscribe, unit
	// base units for request_redeem and redeem_instant; for claim, an
	// optional part of one side (payment for the deposit side, units for
	// the redeem side); nil claims everything claimable.
	Amount *big.Int
	// RequestID is the request to cancel.
	RequestID *big.Int
	// Side narrows a claim to Deposit or Redeem; "" claims both (a partial
	// claim needs a side when both are claimable).
	Side Kind
	// MinOut bounds an instant deal's result (units for subscribe,
	// payment for redeem_instant); nil: the exact result at the latest NAV.
	MinOut *big.Int
	// AmountUnits and MinOutUnits are Amount and MinOut as people type
	// them ("1000", "2.5"), in units of what each measures (the payment
	// token's or the asset's, by the action): converted by the calendar's
	// decimals; give each at most one way.
	AmountUnits, MinOutUnits string
	// Reference is the payment reference the investor gives a wire
	// request (request_deposit_wire, request_redeem_wire): the call
	// carries keccak256 of it (RefHash), so the bank reference stays off
	// chain.
	Reference string
}

// Call is one contract call the wallet signs and sends, in order.
type Call struct {
	To          common.Address
	Data        []byte
	Description string
}

// Outcome is what a prepared action gives the wallet: Amount of units or
// payment (What), the instant facility's Fee (payment) where one is
// charged. Estimate marks a request's result at the latest NAV: the
// dealing day's own NAV decides it.
type Outcome struct {
	What     string // "units" or "payment"
	Amount   *big.Int
	Fee      *big.Int
	Estimate bool
}

// Prepared is a wallet's calls for one action, with what they lead to.
type Prepared struct {
	Asset   string
	ChainID *big.Int
	Dealing common.Address
	From    common.Address // the wallet that must sign every call
	Action  CallAction
	// Day is the dealing day an asynchronous request belongs to: made
	// after its cut-off, a request goes to the next dealing day.
	Day *Day
	// NAV is the latest round the expected results are computed at; nil
	// when the feed has none or none is needed.
	NAV      *Round
	Expected []Outcome
	Calls    []Call
}

var (
	erc20ABI = referenceerc20.NewReferenceERC20() // any ERC-20: only the standard's functions are used
	unitsABI = assettoken.NewAssetToken()
	feedABI  = aggregatorv3interface.NewAggregatorV3Interface()
	pauseABI = idealingfeed.NewIDealingFeed()
)

// Prepare is PrepareCalls for an API key (dealing.prepare): the wallet is
// req.Wallet. Preparing moves nothing; only the wallet's own signature
// makes the calls.
func (s *Service) Prepare(ctx context.Context, p auth.Principal, asset string, req CallRequest) (Prepared, error) {
	if err := auth.Authorize(p, auth.DealingPrepare); err != nil {
		return Prepared{}, err
	}
	return s.PrepareCalls(ctx, req.Wallet, asset, req)
}

// PrepareCalls builds the calls wallet signs and sends itself to take
// req.Action on asset's Dealing contract: the platform never signs for an
// investor. Every refusal the contract would make is made first, with a
// code, and nothing is prepared: no dealing calendar (not_dealing), a
// closed mode (mode_closed), a ticket out of bounds (ticket_too_small,
// ticket_too_large), the token's compliance answer asked exactly as the
// contract asks it (transfer_restricted, with the token's code and
// message), too little payment or free units (insufficient_balance); then
// every call that does not depend on an earlier one in the list (an
// approve, a cancellation) is simulated from the wallet and a revert is
// decoded into its error's code (not_pending, exceeds_claimable,
// nav_stale…; see RevertError).
func (s *Service) PrepareCalls(ctx context.Context, wallet common.Address, asset string, req CallRequest) (Prepared, error) {
	if s.cfg.Node == nil {
		return Prepared{}, errs.E(errs.Unavailable, "chain_unavailable", "this server does not read the chain for dealing calls")
	}
	if wallet == (common.Address{}) {
		return Prepared{}, errs.E(errs.Invalid, "invalid_wallet", "wallet must be the address that signs the calls")
	}
	cal, err := s.cfg.Store.Calendar(ctx, asset)
	if errors.Is(err, ErrNotFound) {
		return Prepared{}, errs.E(errs.Conflict, "not_dealing", fmt.Sprintf("asset %s has no dealing calendar: it does not deal at NAV", asset))
	}
	if err != nil {
		return Prepared{}, err
	}
	con, err := s.cfg.Assets.DealingOf(ctx, asset)
	if err != nil {
		return Prepared{}, err
	}
	sched, err := cal.Schedule()
	if err != nil {
		return Prepared{}, err
	}
	if err := req.inBaseUnits(cal); err != nil {
		return Prepared{}, err
	}
	p := &preparer{node: s.cfg.Node, cal: cal, sched: sched, token: con.Token, wallet: wallet, now: s.cfg.Now(),
		out: Prepared{Asset: asset, ChainID: cal.ChainID, Dealing: cal.Dealing, From: wallet, Action: req.Action}}
	switch req.Action {
	case ActRequestDeposit:
		err = p.requestDeposit(ctx, req)
	case ActRequestRedeem:
		err = p.requestRedeem(ctx, req)
	case ActCancel:
		err = p.cancel(ctx, req)
	case ActClaim:
		err = p.claim(ctx, req)
	case ActSubscribe:
		err = p.subscribe(ctx, req)
	case ActRedeemInstant:
		err = p.redeemInstant(ctx, req)
	case ActRequestDepositWire:
		err = p.requestWire(ctx, req, false)
	case ActRequestRedeemWire:
		err = p.requestWire(ctx, req, true)
	default:
		err = errs.E(errs.Invalid, "invalid_action", fmt.Sprintf("action %q is not one of request_deposit, request_redeem, request_deposit_wire, request_redeem_wire, cancel, claim, subscribe, redeem_instant", req.Action))
	}
	if err != nil {
		return Prepared{}, err
	}
	return p.out, nil
}

// preparer reads one asset's contracts for one wallet's action.
type preparer struct {
	node   Node
	cal    Calendar
	sched  Schedule
	token  common.Address
	wallet common.Address
	now    time.Time
	out    Prepared
}

// asUnits writes an amount of the asset for people: "2.5 units
// (2500000000000000000 base units)".
func (p *preparer) asUnits(v *big.Int) string { return units.Text(v, &p.cal.UnitDecimals, "units") }

// asPayment writes an amount of the payment token the same way.
func (p *preparer) asPayment(v *big.Int) string {
	return units.Text(v, &p.cal.PaymentDecimals, "of the payment token")
}

func (p *preparer) add(to common.Address, data []byte, description string) {
	p.out.Calls = append(p.out.Calls, Call{To: to, Data: data, Description: description})
}

// read is an eth_call of a view at the latest block.
func (p *preparer) read(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	out, err := p.node.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return nil, errs.Wrap(err, errs.Unavailable, "chain_unavailable", "the chain could not be read; try again")
	}
	return out, nil
}

func (p *preparer) u256(ctx context.Context, to common.Address, data []byte) (*big.Int, error) {
	out, err := p.read(ctx, to, data)
	if err != nil {
		return nil, err
	}
	if len(out) != 32 {
		return nil, fmt.Errorf("dealing: %s answered %d bytes for a uint256", to, len(out))
	}
	return new(big.Int).SetBytes(out), nil
}

// simulate runs the wallet's last prepared call at the latest block and
// explains a revert.
func (p *preparer) simulate(ctx context.Context, what string) error {
	c := p.out.Calls[len(p.out.Calls)-1]
	_, err := p.node.CallContract(ctx, ethereum.CallMsg{From: p.wallet, To: &c.To, Data: c.Data}, nil)
	if err == nil {
		return nil
	}
	data, isRevert := txmgr.RevertData(err)
	if !isRevert {
		return errs.Wrap(err, errs.Unavailable, "chain_unavailable", "the chain could not simulate "+what+"; try again")
	}
	e := RevertError(what, data)
	switch r := reverts.Decode(data); {
	case r.Name == "TransferRestricted" && len(r.Args) == 1:
		if code, ok := r.Args[0].(uint8); ok {
			return p.restrictedError(ctx, code, what)
		}
	case r.Name == "ERC7943InsufficientUnfrozenBalance":
		// ERC-7943's name for restriction 0x57: within the balance, beyond the unfrozen balance.
		return p.restrictedError(ctx, tokensFrozen, what)
	}
	return e
}

// restricted asks the token, as the contract does, whether from may send
// amount units to to (from 0: a mint), and refuses with its code.
func (p *preparer) restricted(ctx context.Context, from, to common.Address, amount *big.Int, what string) error {
	out, err := p.read(ctx, p.token, unitsABI.PackDetectTransferRestriction(from, to, amount))
	if err != nil {
		return err
	}
	code, err := unitsABI.UnpackDetectTransferRestriction(out)
	if err != nil {
		return fmt.Errorf("dealing: read the restriction of %s: %w", p.token, err)
	}
	if code == 0 {
		return nil
	}
	return p.restrictedError(ctx, code, what)
}

// tokensFrozen is the restriction code of an amount beyond the unfrozen
// balance (contracts/src/TransferRestrictions.sol).
const tokensFrozen uint8 = 0x57

func (p *preparer) restrictedError(ctx context.Context, code uint8, what string) error {
	msg := "no message"
	if out, err := p.read(ctx, p.token, unitsABI.PackMessageForTransferRestriction(code)); err == nil {
		if m, err := unitsABI.UnpackMessageForTransferRestriction(out); err == nil && m != "" {
			msg = m
		}
	}
	return errs.E(errs.Unprocessable, "transfer_restricted",
		fmt.Sprintf("the token refuses %s for wallet %s: restriction 0x%02X, %s", what, p.wallet.Hex(), code, msg))
}

func (p *preparer) mode(m Mode, name string) error {
	if !p.cal.Modes.Has(m) {
		return errs.E(errs.Unprocessable, "mode_closed", fmt.Sprintf("asset %s does not take %s: the mode is closed in its dealing calendar", p.out.Asset, name))
	}
	return nil
}

// maxUint128 is the contract's bound on every amount it stores.
var maxUint128 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))

// ticket checks amount against a ticket as the contract does (a maximum
// nil or 0 is none); show writes an amount of the ticket's token.
func (p *preparer) ticket(amount, lo, hi *big.Int, show func(*big.Int) string) error {
	if amount.Sign() == 0 || (lo != nil && amount.Cmp(lo) < 0) {
		return errs.E(errs.Unprocessable, "ticket_too_small", fmt.Sprintf("%s is below the minimum ticket of %s", show(amount), show(orZero(lo))))
	}
	if hi != nil && hi.Sign() > 0 && amount.Cmp(hi) > 0 {
		return errs.E(errs.Unprocessable, "ticket_too_large", fmt.Sprintf("%s is above the maximum ticket of %s", show(amount), show(hi)))
	}
	if amount.Cmp(maxUint128) > 0 {
		return errs.E(errs.Unprocessable, "ticket_too_large", fmt.Sprintf("%s is above 2^128-1 base units", show(amount)))
	}
	return nil
}

func positive(field string, v *big.Int) error {
	if v == nil || v.Sign() <= 0 || v.BitLen() > 256 {
		what := field + " must be a positive integer below 2^256"
		if field == "amount" {
			what = "the amount (amount_base or amount_units) must be positive and below 2^256 base units"
		}
		return errs.E(errs.Invalid, "invalid_"+field, what)
	}
	return nil
}

// latest is the feed's latest round, as the contract's _latest reads it:
// ok false when the feed has none or its answer is not positive.
type latest struct {
	round     Round
	updatedAt uint64
	ok        bool
}

func (p *preparer) latestNAV(ctx context.Context) (latest, Price, error) {
	out, err := p.node.CallContract(ctx, ethereum.CallMsg{To: &p.cal.Feed, Data: feedABI.PackLatestRoundData()}, nil)
	if err != nil {
		if _, isRevert := txmgr.RevertData(err); isRevert {
			return latest{}, Price{}, nil // no round yet
		}
		return latest{}, Price{}, errs.Wrap(err, errs.Unavailable, "chain_unavailable", "the NAV feed could not be read; try again")
	}
	r, err := feedABI.UnpackLatestRoundData(out)
	if err != nil || r.Answer.Sign() <= 0 {
		return latest{}, Price{}, nil
	}
	out, err = p.read(ctx, p.cal.Feed, feedABI.PackDecimals())
	if err != nil {
		return latest{}, Price{}, err
	}
	dec, err := feedABI.UnpackDecimals(out)
	if err != nil {
		return latest{}, Price{}, fmt.Errorf("dealing: read the decimals of feed %s: %w", p.cal.Feed, err)
	}
	price, err := NewPrice(r.Answer, p.cal.UnitDecimals, p.cal.PaymentDecimals, dec)
	if err != nil {
		return latest{}, Price{}, err
	}
	l := latest{round: Round{ID: r.RoundId.Uint64(), Answer: r.Answer, ObservedAt: time.Unix(r.StartedAt.Int64(), 0).UTC(), Decimals: dec},
		updatedAt: r.UpdatedAt.Uint64(), ok: true}
	p.out.NAV = &l.round
	return l, price, nil
}

// freshNAV is the latest NAV for an instant deal, refused as the contract
// refuses it: none (no_nav), updated longer than the NAV time-to-live ago
// by the chain's clock (nav_stale), the feed paused (nav_paused).
func (p *preparer) freshNAV(ctx context.Context) (latest, Price, error) {
	l, price, err := p.latestNAV(ctx)
	if err != nil {
		return l, price, err
	}
	if !l.ok {
		return l, price, errs.E(errs.Unprocessable, "no_nav", "the asset's feed has no NAV yet")
	}
	head, err := p.node.HeaderByNumber(ctx, nil)
	if err != nil {
		return l, price, errs.Wrap(err, errs.Unavailable, "chain_unavailable", "the chain's head could not be read; try again")
	}
	if head.Time > l.updatedAt && head.Time-l.updatedAt > uint64(p.cal.NAVTTL) {
		return l, price, errs.E(errs.Unprocessable, "nav_stale", fmt.Sprintf("the latest NAV (round %d) was updated %ds ago, longer than the %ds the instant facility accepts",
			l.round.ID, head.Time-l.updatedAt, p.cal.NAVTTL))
	}
	if out, err := p.node.CallContract(ctx, ethereum.CallMsg{To: &p.cal.Feed, Data: pauseABI.PackPaused()}, nil); err == nil {
		if paused, err := pauseABI.UnpackPaused(out); err == nil && paused {
			return l, price, errs.E(errs.Unprocessable, "nav_paused", "the asset's NAV feed is paused")
		}
	}
	return l, price, nil
}

// day is the dealing day a request made now belongs to: the cut-off the
// Dealing contract would stamp it with (the first published one after the
// latest block; the published cut-offs win over a calendar changed since).
func (p *preparer) day(ctx context.Context) error {
	next, err := p.read(ctx, p.cal.Dealing, dealingABI.PackNextCutoff())
	if err != nil {
		return err
	}
	cut, err := dealingABI.UnpackNextCutoff(next)
	if err != nil {
		return errs.Wrap(err, errs.Unavailable, "chain_unavailable", "the Dealing contract's next cut-off could not be read")
	}
	if cut == 0 {
		return errs.E(errs.Conflict, "no_cutoff", "no dealing day's cut-off is published on the Dealing contract yet: requests are refused until one is")
	}
	at := time.Unix(int64(cut), 0).UTC()
	date := p.sched.dateIn(at)
	p.out.Day = &Day{Date: date, Cutoff: at, Settlement: p.sched.Settlement(date)}
	return nil
}

// pay checks the wallet holds amount of the payment token and adds an
// approve of the Dealing contract when its allowance is short; it reports
// whether it did.
func (p *preparer) pay(ctx context.Context, amount *big.Int) (approved bool, err error) {
	bal, err := p.u256(ctx, p.cal.PaymentToken, erc20ABI.PackBalanceOf(p.wallet))
	if err != nil {
		return false, err
	}
	if bal.Cmp(amount) < 0 {
		return false, errs.E(errs.Unprocessable, "insufficient_balance", fmt.Sprintf("wallet %s holds %s, less than %s", p.wallet.Hex(), p.asPayment(bal), p.asPayment(amount)))
	}
	allowed, err := p.u256(ctx, p.cal.PaymentToken, erc20ABI.PackAllowance(p.wallet, p.cal.Dealing))
	if err != nil {
		return false, err
	}
	if allowed.Cmp(amount) >= 0 {
		return false, nil
	}
	p.add(p.cal.PaymentToken, erc20ABI.PackApprove(p.cal.Dealing, amount),
		fmt.Sprintf("approve: let the Dealing contract take %s", p.asPayment(amount)))
	return true, nil
}

// freeUnits checks the wallet holds amount units neither frozen nor
// locked by a pending redemption.
func (p *preparer) freeUnits(ctx context.Context, amount *big.Int) error {
	bal, err := p.u256(ctx, p.token, unitsABI.PackBalanceOf(p.wallet))
	if err != nil {
		return err
	}
	frozen, err := p.u256(ctx, p.token, unitsABI.PackGetFrozenTokens(p.wallet))
	if err != nil {
		return err
	}
	free := new(big.Int).Sub(bal, frozen)
	if free.Cmp(amount) < 0 {
		return errs.E(errs.Unprocessable, "insufficient_balance", fmt.Sprintf("wallet %s holds %s free (of %s, %s frozen or locked), fewer than %s",
			p.wallet.Hex(), p.asUnits(free), p.asUnits(bal), p.asUnits(frozen), p.asUnits(amount)))
	}
	return nil
}

// rateLimit refuses amount beyond what direction's limits leave the
// wallet's investor.
func (p *preparer) rateLimit(ctx context.Context, direction uint8, amount *big.Int) error {
	if l := [2]RateLimit{p.cal.SubscribeLimit, p.cal.RedeemLimit}[direction]; !l.On() {
		return nil
	}
	left, err := p.u256(ctx, p.cal.Dealing, dealingABI.PackRemaining(direction, p.wallet))
	if err != nil {
		return err
	}
	if amount.Cmp(left) > 0 {
		return errs.E(errs.Unprocessable, "rate_limited", fmt.Sprintf("%s exceeds the %s left under the instant facility's rate limit",
			p.asPayment(amount), p.asPayment(left)))
	}
	return nil
}

// depositRequest checks a subscription request of amount (payment base
// units), by request or by wire (what), as the contract will: its ticket,
// and the token's answer about a mint of the estimated units (at the
// latest NAV, 0 without one) to the controller; the estimate is the
// expected outcome.
func (p *preparer) depositRequest(ctx context.Context, amount *big.Int, what string) error {
	if err := p.ticket(amount, p.cal.MinDeposit, p.cal.MaxDeposit, p.asPayment); err != nil {
		return err
	}
	l, price, err := p.latestNAV(ctx)
	if err != nil {
		return err
	}
	estimate := new(big.Int)
	if l.ok {
		estimate, _ = price.UnitsFor(amount)
		p.out.Expected = []Outcome{{What: "units", Amount: estimate, Estimate: true}}
	}
	return p.restricted(ctx, common.Address{}, p.wallet, estimate, what)
}

// redeemRequest checks a redemption request of amount (unit base units),
// by request or by wire (what), as the contract will: its ticket, the
// token's answer about a transfer from the wallet to itself, and units
// free to lock; the payment at the latest NAV is the expected outcome.
func (p *preparer) redeemRequest(ctx context.Context, amount *big.Int, what string) error {
	if err := p.ticket(amount, p.cal.MinRedeem, p.cal.MaxRedeem, p.asUnits); err != nil {
		return err
	}
	if err := p.restricted(ctx, p.wallet, p.wallet, amount, what); err != nil {
		return err
	}
	if err := p.freeUnits(ctx, amount); err != nil {
		return err
	}
	l, price, err := p.latestNAV(ctx)
	if err != nil {
		return err
	}
	if l.ok {
		assets, _ := price.PaymentFor(amount)
		p.out.Expected = []Outcome{{What: "payment", Amount: assets, Estimate: true}}
	}
	return nil
}

func (p *preparer) requestDeposit(ctx context.Context, req CallRequest) error {
	if err := positive("amount", req.Amount); err != nil {
		return err
	}
	if err := p.mode(AsyncDeposit, "deposit requests"); err != nil {
		return err
	}
	if err := p.depositRequest(ctx, req.Amount, "a deposit request"); err != nil {
		return err
	}
	approved, err := p.pay(ctx, req.Amount)
	if err != nil {
		return err
	}
	p.add(p.cal.Dealing, dealingABI.PackRequestDeposit(req.Amount, p.wallet, p.wallet),
		fmt.Sprintf("requestDeposit: escrow %s for the dealing day's NAV", p.asPayment(req.Amount)))
	if !approved {
		if err := p.simulate(ctx, "requestDeposit"); err != nil {
			return err
		}
	}
	return p.day(ctx)
}

func (p *preparer) requestRedeem(ctx context.Context, req CallRequest) error {
	if err := positive("amount", req.Amount); err != nil {
		return err
	}
	if err := p.mode(AsyncRedeem, "redemption requests"); err != nil {
		return err
	}
	if err := p.redeemRequest(ctx, req.Amount, "a redemption request"); err != nil {
		return err
	}
	p.add(p.cal.Dealing, dealingABI.PackRequestRedeem(req.Amount, p.wallet, p.wallet),
		fmt.Sprintf("requestRedeem: lock %s in the wallet until the dealing day's NAV", p.asUnits(req.Amount)))
	if err := p.simulate(ctx, "requestRedeem"); err != nil {
		return err
	}
	return p.day(ctx)
}

// The Dealing contract's request kinds and flags (Dealing.Kind, F_WIRE).
const (
	kindDeposit = 1
	kindRedeem  = 2
	flagWire    = 1
)

func (p *preparer) cancel(ctx context.Context, req CallRequest) error {
	if err := positive("request_id", req.RequestID); err != nil {
		return err
	}
	out, err := p.read(ctx, p.cal.Dealing, dealingABI.PackRequestOf(req.RequestID))
	if err != nil {
		return err
	}
	r, err := dealingABI.UnpackRequestOf(out)
	if err != nil {
		return fmt.Errorf("dealing: read request %s: %w", req.RequestID, err)
	}
	if r.Controller == (common.Address{}) {
		return errs.E(errs.NotFound, "request_not_found", fmt.Sprintf("the Dealing contract of %s has no request %s", p.out.Asset, req.RequestID))
	}
	if r.State != statePending {
		return errs.E(errs.Unprocessable, "not_pending", fmt.Sprintf("request %s is %s, not pending: only a pending request can be cancelled", req.RequestID, stateName(r.State)))
	}
	id, controller := req.RequestID, r.Controller
	switch r.Kind {
	case kindDeposit:
		refund := new(big.Int).Set(r.Amount)
		if r.Flags&flagWire != 0 {
			refund.SetInt64(0) // paid off chain: refunded off chain
		}
		p.out.Expected = []Outcome{{What: "payment", Amount: refund}}
		p.add(p.cal.Dealing, dealingABI.PackCancelDepositRequest(id, controller), fmt.Sprintf("cancelDepositRequest: cancel request %s", id))
		if err := p.simulate(ctx, "cancelDepositRequest"); err != nil {
			return err
		}
		p.add(p.cal.Dealing, dealingABI.PackClaimCancelDepositRequest(id, controller, controller),
			fmt.Sprintf("claimCancelDepositRequest: take back the %s request %s escrowed", p.asPayment(refund), id))
	case kindRedeem:
		p.out.Expected = []Outcome{{What: "units", Amount: new(big.Int).Set(r.Amount)}}
		p.add(p.cal.Dealing, dealingABI.PackCancelRedeemRequest(id, controller), fmt.Sprintf("cancelRedeemRequest: cancel request %s", id))
		if err := p.simulate(ctx, "cancelRedeemRequest"); err != nil {
			return err
		}
		// The units never left the owner's wallet: the claim unlocks them
		// there, so the receiver is the owner.
		p.add(p.cal.Dealing, dealingABI.PackClaimCancelRedeemRequest(id, r.Owner, controller),
			fmt.Sprintf("claimCancelRedeemRequest: unlock the %s request %s locked", p.asUnits(r.Amount), id))
	default:
		return fmt.Errorf("dealing: request %s has kind %d", id, r.Kind)
	}
	return nil
}

func (p *preparer) claim(ctx context.Context, req CallRequest) error {
	if req.Side != "" && req.Side != Deposit && req.Side != Redeem {
		return errs.E(errs.Invalid, "invalid_side", fmt.Sprintf("side %q is neither deposit nor redeem", req.Side))
	}
	if req.Amount != nil {
		if err := positive("amount", req.Amount); err != nil {
			return err
		}
	}
	dl := p.cal.Dealing
	var dep, red Claimable
	var err error
	for _, v := range []struct {
		out  **big.Int
		data []byte
	}{{&dep.Assets, dealingABI.PackMaxDeposit(p.wallet)}, {&dep.Shares, dealingABI.PackMaxMint(p.wallet)},
		{&red.Shares, dealingABI.PackMaxRedeem(p.wallet)}, {&red.Assets, dealingABI.PackMaxWithdraw(p.wallet)}} {
		if *v.out, err = p.u256(ctx, dl, v.data); err != nil {
			return err
		}
	}
	depOK, redOK := dep.Assets.Sign() > 0 && (req.Side == "" || req.Side == Deposit), red.Shares.Sign() > 0 && (req.Side == "" || req.Side == Redeem)
	switch {
	case !depOK && !redOK:
		what := "nothing is claimable"
		if req.Side != "" {
			what = "nothing is claimable on the " + string(req.Side) + " side"
		}
		return errs.E(errs.Unprocessable, "nothing_claimable", fmt.Sprintf("wallet %s: %s", p.wallet.Hex(), what))
	case req.Amount != nil && depOK && redOK:
		return errs.E(errs.Invalid, "side_required", "both sides are claimable: a partial claim names its side (deposit or redeem)")
	}
	if depOK {
		assets := dep.Assets
		if req.Amount != nil {
			if req.Amount.Cmp(dep.Assets) > 0 {
				return errs.E(errs.Unprocessable, "exceeds_claimable", fmt.Sprintf("%s exceeds the %s claimable on the deposit side", p.asPayment(req.Amount), p.asPayment(dep.Assets)))
			}
			assets = req.Amount
		}
		units, err := dep.Deposit(assets)
		if err != nil {
			return err
		}
		p.out.Expected = append(p.out.Expected, Outcome{What: "units", Amount: units})
		if err := p.restricted(ctx, common.Address{}, p.wallet, units, "the units of a deposit claim"); err != nil {
			return err
		}
		p.add(dl, dealingABI.PackDeposit(assets, p.wallet, p.wallet), fmt.Sprintf("deposit: claim %s for %s of fulfilled payment", p.asUnits(units), p.asPayment(assets)))
		if err := p.simulate(ctx, "deposit"); err != nil {
			return err
		}
	}
	if redOK {
		shares := red.Shares
		if req.Amount != nil {
			if req.Amount.Cmp(red.Shares) > 0 {
				return errs.E(errs.Unprocessable, "exceeds_claimable", fmt.Sprintf("%s exceeds the %s claimable on the redeem side", p.asUnits(req.Amount), p.asUnits(red.Shares)))
			}
			shares = req.Amount
		}
		assets, err := red.Redeem(shares)
		if err != nil {
			return err
		}
		p.out.Expected = append(p.out.Expected, Outcome{What: "payment", Amount: assets})
		p.add(dl, dealingABI.PackRedeem(shares, p.wallet, p.wallet), fmt.Sprintf("redeem: claim %s for %s redeemed", p.asPayment(assets), p.asUnits(shares)))
		if err := p.simulate(ctx, "redeem"); err != nil {
			return err
		}
	}
	return nil
}

// minOut is the caller's bound, refused when the latest NAV gives less
// (slippage), or got itself.
func minOut(got, bound *big.Int, what string) (*big.Int, error) {
	if bound == nil {
		return got, nil
	}
	if bound.Sign() < 0 || bound.BitLen() > 256 {
		return nil, errs.E(errs.Invalid, "invalid_min_out", "min_out (min_out_base or min_out_units) must be from 0 to 2^256-1 base units")
	}
	if got.Cmp(bound) < 0 {
		return nil, errs.E(errs.Unprocessable, "slippage", fmt.Sprintf("at the latest NAV this gives %s %s, below the minimum asked, %s", got, what, bound))
	}
	return bound, nil
}

func (p *preparer) subscribe(ctx context.Context, req CallRequest) error {
	if err := positive("amount", req.Amount); err != nil {
		return err
	}
	if err := p.mode(InstantSubscribe, "instant subscriptions"); err != nil {
		return err
	}
	if err := p.ticket(req.Amount, p.cal.MinDeposit, p.cal.MaxDeposit, p.asPayment); err != nil {
		return err
	}
	_, price, err := p.freshNAV(ctx)
	if err != nil {
		return err
	}
	fee, units, _ := price.Subscribe(req.Amount, p.cal.FeeBps)
	bound, err := minOut(units, req.MinOut, "units")
	if err != nil {
		return err
	}
	p.out.Expected = []Outcome{{What: "units", Amount: units, Fee: fee}}
	if err := p.restricted(ctx, common.Address{}, p.wallet, units, "an instant subscription"); err != nil {
		return err
	}
	if err := p.rateLimit(ctx, 0, req.Amount); err != nil {
		return err
	}
	approved, err := p.pay(ctx, req.Amount)
	if err != nil {
		return err
	}
	p.add(p.cal.Dealing, dealingABI.PackSubscribe(req.Amount, bound),
		fmt.Sprintf("subscribe: pay %s (fee %s) for at least %s at the latest NAV", p.asPayment(req.Amount), p.asPayment(fee), p.asUnits(bound)))
	if !approved {
		return p.simulate(ctx, "subscribe")
	}
	return nil
}

func (p *preparer) redeemInstant(ctx context.Context, req CallRequest) error {
	if err := positive("amount", req.Amount); err != nil {
		return err
	}
	if err := p.mode(InstantRedeem, "instant redemptions"); err != nil {
		return err
	}
	if err := p.ticket(req.Amount, p.cal.MinRedeem, p.cal.MaxRedeem, p.asUnits); err != nil {
		return err
	}
	_, price, err := p.freshNAV(ctx)
	if err != nil {
		return err
	}
	gross, fee, net, _ := price.RedeemInstant(req.Amount, p.cal.FeeBps)
	bound, err := minOut(net, req.MinOut, "base units of payment")
	if err != nil {
		return err
	}
	p.out.Expected = []Outcome{{What: "payment", Amount: net, Fee: fee}}
	if err := p.restricted(ctx, p.wallet, p.wallet, req.Amount, "an instant redemption"); err != nil {
		return err
	}
	if err := p.freeUnits(ctx, req.Amount); err != nil {
		return err
	}
	if err := p.rateLimit(ctx, 1, gross); err != nil {
		return err
	}
	reserve, err := p.u256(ctx, p.cal.Dealing, dealingABI.PackReserve())
	if err != nil {
		return err
	}
	if gross.Cmp(reserve) > 0 {
		return errs.E(errs.Unprocessable, "insufficient_reserve", fmt.Sprintf("the instant facility's reserve holds %s, less than the %s this redemption needs", p.asPayment(reserve), p.asPayment(gross)))
	}
	p.add(p.cal.Dealing, dealingABI.PackRedeemInstant(req.Amount, bound),
		fmt.Sprintf("redeemInstant: burn %s for at least %s (fee %s) at the latest NAV", p.asUnits(req.Amount), p.asPayment(bound), p.asPayment(fee)))
	return p.simulate(ctx, "redeemInstant")
}

// wireRef checks the investor's payment reference and returns its hash.
func wireRef(reference string) (common.Hash, error) {
	r, err := CheckReference(reference)
	if err != nil {
		return common.Hash{}, err
	}
	return RefHash(r), nil
}

// requestWire prepares a wire request: a subscription paid by wire, or
// (redeem) a redemption paid out by wire, carrying the hash of the
// investor's reference.
func (p *preparer) requestWire(ctx context.Context, req CallRequest, redeem bool) error {
	if err := positive("amount", req.Amount); err != nil {
		return err
	}
	ref, err := wireRef(req.Reference)
	if err != nil {
		return err
	}
	if err := p.mode(Wire, "wire requests"); err != nil {
		return err
	}
	name := "requestDepositWire"
	if redeem {
		name = "requestRedeemWire"
		if err := p.redeemRequest(ctx, req.Amount, "a wire redemption request"); err != nil {
			return err
		}
		p.add(p.cal.Dealing, dealingABI.PackRequestRedeemWire(req.Amount, p.wallet, p.wallet, ref),
			fmt.Sprintf("requestRedeemWire: lock %s until the dealing day's NAV, paid out by wire (reference hash %s)", p.asUnits(req.Amount), ref.Hex()))
	} else {
		if err := p.depositRequest(ctx, req.Amount, "a wire deposit request"); err != nil {
			return err
		}
		p.add(p.cal.Dealing, dealingABI.PackRequestDepositWire(req.Amount, p.wallet, p.wallet, ref),
			fmt.Sprintf("requestDepositWire: subscribe %s paid by wire (reference hash %s); fulfilled once the payment is confirmed", p.asPayment(req.Amount), ref.Hex()))
	}
	if err := p.simulate(ctx, name); err != nil {
		return err
	}
	return p.day(ctx)
}

// inBaseUnits sets Amount and MinOut from AmountUnits and MinOutUnits:
// a deposit's amount is payment and its result units, a redemption's the
// other way round, a claim's amount what its side pays out.
func (req *CallRequest) inBaseUnits(cal Calendar) error {
	amountIn, outIn := cal.PaymentDecimals, cal.UnitDecimals
	amountWhose, outWhose := "the payment token's", "the asset's"
	switch req.Action {
	case ActRequestRedeem, ActRedeemInstant, ActRequestRedeemWire:
		amountIn, outIn, amountWhose, outWhose = outIn, amountIn, outWhose, amountWhose
	case ActClaim:
		if req.AmountUnits != "" && req.Side == "" {
			// The sides pay out in different tokens: units typed for one
			// would be scaled by the other's decimals.
			return errs.E(errs.Invalid, "side_required", "a partial claim in units names its side (deposit: payment; redeem: the asset's units)")
		}
		if req.Side == Redeem {
			amountIn, amountWhose = cal.UnitDecimals, "the asset's"
		}
	}
	for _, f := range []struct {
		name, in string
		dec      uint8
		whose    string
		out      **big.Int
	}{{"amount", req.AmountUnits, amountIn, amountWhose, &req.Amount}, {"min_out", req.MinOutUnits, outIn, outWhose, &req.MinOut}} {
		if err := fromUnits(f.name, f.name+"_units", f.in, f.dec, f.whose, f.out); err != nil {
			return err
		}
	}
	return nil
}

// fromUnits sets *out from in, an amount of a token with dec decimals as
// people type it (nothing when in is empty), refusing one given in base
// units too; what names it in a refusal, field+"_base" its base-unit field.
func fromUnits(field, what, in string, dec uint8, whose string, out **big.Int) error {
	if in == "" {
		return nil
	}
	if *out != nil {
		return errs.E(errs.Invalid, "invalid_amount", "give "+field+"_base (base units) or "+field+"_units, not both")
	}
	v, err := units.ParseAmount(in, dec, what, whose)
	if err != nil {
		return err
	}
	*out = v
	return nil
}
