package audit

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/bindings/dealing"
)

// An asset's Dealing contract is audited from its own events: the scan
// keeps them, and replaying them in chain order rebuilds what the contract
// should hold (each request's state, the escrow, the reserve, the fees,
// the redemptions owed, the cancelled deposits) and the token mints and
// burns it must have made, under the token request ids it derives. The
// checks then hold that replay against the token's events, the feed's
// rounds and the contract's state at the audited block.

var dealABI = dealing.NewDealing()

// dealTopics are the Dealing events a scan keeps, by topic.
var dealTopics = func() map[common.Hash]string {
	m := map[common.Hash]string{}
	for _, name := range []string{"ConfigSet", "DepositRequest", "RedeemRequest", "WireRequest", "PaymentConfirmed",
		"PayoutConfirmed", "DayPriced", "DepositFulfilled", "RedeemFulfilled", "RequestRejected", "Deposit", "Withdraw",
		"CancelDepositRequest", "CancelDepositClaim", "CancelRedeemRequest", "CancelRedeemClaim", "Subscribed",
		"RedeemedInstant", "ReserveFunded", "ReserveWithdrawn", "FeesWithdrawn", "CutoffPublished", "RequestCutoff", "DayVoided"} {
		m[dealABI.GetABI().Events[name].ID] = name
	}
	return m
}()

// dealingEv is one Dealing event as a scan keeps it. Who is the request's
// or claim's controller, an instant deal's investor, the treasury's
// counterparty; Assets are payment base units, Shares unit base units.
type dealingEv struct {
	Block    uint64         `json:"b"`
	Tx       common.Hash    `json:"tx"`
	LogIndex uint           `json:"l"`
	Event    string         `json:"e"`
	ID       *big.Int       `json:"id,omitempty"` // the request
	Who      common.Address `json:"w"`
	Owner    common.Address `json:"o"` // a request's owner
	Receiver common.Address `json:"r"` // a claim's receiver
	Cutoff   uint64         `json:"c,omitempty"`
	Round    *big.Int       `json:"rd,omitempty"`
	NAV      *big.Int       `json:"nav,omitempty"`
	Assets   *big.Int       `json:"a,omitempty"`
	Shares   *big.Int       `json:"s,omitempty"`
	Fee      *big.Int       `json:"f,omitempty"`
	FeeBps   uint16         `json:"bps,omitempty"`
}

// where names the event's place on chain.
func (e *dealingEv) where() string { return fmt.Sprintf("tx %s (block %d)", e.Tx.Hex(), e.Block) }

func (st *scanState) addDealing(l *types.Log) error {
	name, ok := dealTopics[l.Topics[0]]
	if !ok {
		return nil
	}
	e := dealingEv{Block: l.BlockNumber, Tx: l.TxHash, LogIndex: l.Index, Event: name}
	var err error
	switch name {
	case "ConfigSet":
		var ev *dealing.DealingConfigSet
		if ev, err = dealABI.UnpackConfigSetEvent(l); err == nil {
			e.FeeBps = ev.Config.FeeBps
		}
	case "DepositRequest":
		var ev *dealing.DealingDepositRequest
		if ev, err = dealABI.UnpackDepositRequestEvent(l); err == nil {
			e.ID, e.Who, e.Owner, e.Assets = ev.RequestId, ev.Controller, ev.Owner, ev.Assets
		}
	case "RedeemRequest":
		var ev *dealing.DealingRedeemRequest
		if ev, err = dealABI.UnpackRedeemRequestEvent(l); err == nil {
			e.ID, e.Who, e.Owner, e.Shares = ev.RequestId, ev.Controller, ev.Owner, ev.Shares
		}
	case "WireRequest":
		var ev *dealing.DealingWireRequest
		if ev, err = dealABI.UnpackWireRequestEvent(l); err == nil {
			e.ID = ev.RequestId
		}
	case "PaymentConfirmed":
		var ev *dealing.DealingPaymentConfirmed
		if ev, err = dealABI.UnpackPaymentConfirmedEvent(l); err == nil {
			e.ID = ev.RequestId
		}
	case "PayoutConfirmed":
		var ev *dealing.DealingPayoutConfirmed
		if ev, err = dealABI.UnpackPayoutConfirmedEvent(l); err == nil {
			e.ID = ev.RequestId
		}
	case "DayPriced":
		var ev *dealing.DealingDayPriced
		if ev, err = dealABI.UnpackDayPricedEvent(l); err == nil {
			e.Cutoff, e.Round, e.NAV = ev.Cutoff, ev.RoundId, ev.Nav
		}
	case "DepositFulfilled":
		var ev *dealing.DealingDepositFulfilled
		if ev, err = dealABI.UnpackDepositFulfilledEvent(l); err == nil {
			e.ID, e.Who, e.Cutoff, e.Round, e.Assets, e.Shares = ev.RequestId, ev.Controller, ev.Cutoff, ev.RoundId, ev.Assets, ev.Shares
		}
	case "RedeemFulfilled":
		var ev *dealing.DealingRedeemFulfilled
		if ev, err = dealABI.UnpackRedeemFulfilledEvent(l); err == nil {
			e.ID, e.Who, e.Cutoff, e.Round, e.Assets, e.Shares = ev.RequestId, ev.Controller, ev.Cutoff, ev.RoundId, ev.Assets, ev.Shares
		}
	case "CutoffPublished":
		var ev *dealing.DealingCutoffPublished
		if ev, err = dealABI.UnpackCutoffPublishedEvent(l); err == nil {
			e.Cutoff = ev.Cutoff
		}
	case "DayVoided":
		var ev *dealing.DealingDayVoided
		if ev, err = dealABI.UnpackDayVoidedEvent(l); err == nil {
			e.Cutoff, e.Who = ev.Cutoff, ev.By
		}
	case "RequestCutoff":
		var ev *dealing.DealingRequestCutoff
		if ev, err = dealABI.UnpackRequestCutoffEvent(l); err == nil {
			e.ID, e.Cutoff = ev.RequestId, ev.Cutoff
		}
	case "RequestRejected":
		var ev *dealing.DealingRequestRejected
		if ev, err = dealABI.UnpackRequestRejectedEvent(l); err == nil {
			e.ID = ev.RequestId
		}
	case "Deposit": // a deposit claim: ERC-4626's sender is the controller, owner the receiver
		var ev *dealing.DealingDeposit
		if ev, err = dealABI.UnpackDepositEvent(l); err == nil {
			e.Who, e.Receiver, e.Assets, e.Shares = ev.Sender, ev.Owner, ev.Assets, ev.Shares
		}
	case "Withdraw": // a redemption claim: ERC-4626's owner is the controller
		var ev *dealing.DealingWithdraw
		if ev, err = dealABI.UnpackWithdrawEvent(l); err == nil {
			e.Who, e.Receiver, e.Assets, e.Shares = ev.Owner, ev.Receiver, ev.Assets, ev.Shares
		}
	case "CancelDepositRequest":
		var ev *dealing.DealingCancelDepositRequest
		if ev, err = dealABI.UnpackCancelDepositRequestEvent(l); err == nil {
			e.ID, e.Who = ev.RequestId, ev.Controller
		}
	case "CancelDepositClaim":
		var ev *dealing.DealingCancelDepositClaim
		if ev, err = dealABI.UnpackCancelDepositClaimEvent(l); err == nil {
			e.ID, e.Who, e.Receiver, e.Assets = ev.RequestId, ev.Controller, ev.Receiver, ev.Assets
		}
	case "CancelRedeemRequest":
		var ev *dealing.DealingCancelRedeemRequest
		if ev, err = dealABI.UnpackCancelRedeemRequestEvent(l); err == nil {
			e.ID, e.Who = ev.RequestId, ev.Controller
		}
	case "CancelRedeemClaim":
		var ev *dealing.DealingCancelRedeemClaim
		if ev, err = dealABI.UnpackCancelRedeemClaimEvent(l); err == nil {
			e.ID, e.Who, e.Receiver, e.Shares = ev.RequestId, ev.Controller, ev.Receiver, ev.Shares
		}
	case "Subscribed":
		var ev *dealing.DealingSubscribed
		if ev, err = dealABI.UnpackSubscribedEvent(l); err == nil {
			e.Who, e.Round, e.Assets, e.Fee, e.Shares = ev.Investor, ev.RoundId, ev.Assets, ev.Fee, ev.Units
		}
	case "RedeemedInstant": // Assets is the net paid
		var ev *dealing.DealingRedeemedInstant
		if ev, err = dealABI.UnpackRedeemedInstantEvent(l); err == nil {
			e.Who, e.Round, e.Shares, e.Fee, e.Assets = ev.Investor, ev.RoundId, ev.Units, ev.Fee, ev.Assets
		}
	case "ReserveFunded":
		var ev *dealing.DealingReserveFunded
		if ev, err = dealABI.UnpackReserveFundedEvent(l); err == nil {
			e.Who, e.Assets = ev.From, ev.Amount
		}
	case "ReserveWithdrawn":
		var ev *dealing.DealingReserveWithdrawn
		if ev, err = dealABI.UnpackReserveWithdrawnEvent(l); err == nil {
			e.Who, e.Assets = ev.To, ev.Amount
		}
	case "FeesWithdrawn":
		var ev *dealing.DealingFeesWithdrawn
		if ev, err = dealABI.UnpackFeesWithdrawnEvent(l); err == nil {
			e.Who, e.Assets = ev.To, ev.Amount
		}
	}
	if err != nil {
		return err
	}
	st.DealingEvents = append(st.DealingEvents, e)
	return nil
}

// Request states, numbered as Dealing.State.
const (
	reqPending uint8 = iota + 1
	reqClaimable
	reqCancelClaimable
	reqCancelClaimed
	reqRejected
)

var stateNames = map[uint8]string{reqPending: "pending", reqClaimable: "fulfilled", reqCancelClaimable: "cancelled (claimable)",
	reqCancelClaimed: "cancelled (claimed)", reqRejected: "rejected"}

// dealRequest is a request as its events tell it.
type dealRequest struct {
	ev         *dealingEv // its DepositRequest or RedeemRequest
	deposit    bool
	controller common.Address
	owner      common.Address
	amount     *big.Int // payment for a deposit, units for a redeem
	wire       bool
	paid       bool // a wire deposit's payment, a wire redeem's payout confirmed
	state      uint8
	fulfilment *dealingEv
	// The cut-off the contract stamped it with (its RequestCutoff; 0
	// without one), whether that cut-off was published before the request,
	// and the latest cut-off published before it that is earlier than the
	// stamp (0 for none): the request must have come after that one.
	cutoff, prevCutoff uint64
	stampPublished     bool
	// stampBlock is the block of the stamp: the request's, or for a wire
	// deposit the block its payment was confirmed in (the contract stamps
	// it again then); paidTx the confirmation's transaction.
	stampBlock uint64
	paidTx     common.Hash
	cancel     *dealingEv // its ERC-7887 cancellation
}

// stamp takes st as q's cut-off, judged against the cut-offs published
// so far.
func (q *dealRequest) stamp(st *dealingEv, published []uint64) {
	q.cutoff, q.stampBlock, q.stampPublished, q.prevCutoff = st.Cutoff, st.Block, false, 0
	for _, c := range published {
		if c == st.Cutoff {
			q.stampPublished = true
		} else if c < st.Cutoff {
			q.prevCutoff = c
		}
	}
}

func (q *dealRequest) kind() string {
	if q.deposit {
		return "deposit"
	}
	return "redeem"
}

// locksUnits reports whether a redeem request's units are still locked in
// its owner's wallet: pending, cancelled but not claimed back, or a wire
// redeem priced and not yet paid out.
func (q *dealRequest) locksUnits() bool {
	if q.deposit {
		return false
	}
	return q.state == reqPending || q.state == reqCancelClaimable || (q.state == reqClaimable && q.wire && !q.paid)
}

// supplyMove is a token mint or burn a Dealing event implies, under the
// token request id the contract derives for it.
type supplyMove struct {
	id     common.Hash
	wallet common.Address
	amount *big.Int
	burn   bool
	what   string // "claim", "subscription", "redeem request 4", …
	ev     *dealingEv
}

// instantDeal is an instant subscription or redemption with the fee rate
// configured when it was made.
type instantDeal struct {
	ev         *dealingEv
	feeBps     uint16
	configured bool
}

// controllerBook is one controller's running claimable totals.
type controllerBook struct {
	fulfilledAssets, fulfilledShares *big.Int // deposits priced
	claimedAssets, claimedShares     *big.Int // deposits claimed (units minted)
	owedShares, owedAssets           *big.Int // redeems priced (on chain, not wire)
	paidShares, paidAssets           *big.Int // redemptions claimed
}

// dealingLedger is the replay of a Dealing contract's events.
type dealingLedger struct {
	requests    map[string]*dealRequest
	order       []*dealRequest
	days        map[uint64]*dealingEv // DayPriced by cut-off
	voided      map[uint64]*dealingEv // DayVoided by cut-off
	published   []uint64              // CutoffPublished, in order (increasing)
	fulfilments []*dealingEv
	instant     []instantDeal
	moves       []supplyMove
	ids         map[common.Hash]bool // token request ids of moves
	txs         map[common.Hash]bool // transactions the contract emitted events in
	controllers map[common.Address]*controllerBook
	// The contract's accounting as its events add it up.
	escrowed, reserve, fees, owed, cancelled *big.Int
	moneyEvents                              int // events that move payment or units
	// What the replay itself found wrong, per check.
	fulfilIssues, mintIssues, balanceIssues []string
}

func (l *dealingLedger) controller(a common.Address) *controllerBook {
	b := l.controllers[a]
	if b == nil {
		b = &controllerBook{new(big.Int), new(big.Int), new(big.Int), new(big.Int), new(big.Int), new(big.Int), new(big.Int), new(big.Int)}
		l.controllers[a] = b
	}
	return b
}

// dealingTagID is the token request id Dealing derives for its n-th mint
// or instant burn: keccak256(abi.encode(dealing, tag, n)); a redeem's burn
// uses the request id as n under the tag "redeem".
func dealingTagID(dealingAddr common.Address, tag string, n *big.Int) common.Hash {
	enc, err := tagArgs.Pack(dealingAddr, tag, n)
	if err != nil {
		panic(err) // the types are fixed: cannot fail
	}
	return crypto.Keccak256Hash(enc)
}

var tagArgs = func() abi.Arguments {
	typ := func(s string) abi.Type {
		t, err := abi.NewType(s, "", nil)
		if err != nil {
			panic(err)
		}
		return t
	}
	return abi.Arguments{{Type: typ("address")}, {Type: typ("string")}, {Type: typ("uint256")}}
}()

func plus(a, b *big.Int) *big.Int  { return new(big.Int).Add(a, b) }
func minus(a, b *big.Int) *big.Int { return new(big.Int).Sub(a, b) }

// replayDealing replays the events of dealing contract addr in chain
// order. The contract draws one nonce for every deposit claim that mints,
// every instant subscription and every instant redemption, in that order:
// replaying the events in order derives the token request id of each.
func replayDealing(addr common.Address, evs []dealingEv) *dealingLedger {
	l := &dealingLedger{requests: map[string]*dealRequest{}, days: map[uint64]*dealingEv{}, voided: map[uint64]*dealingEv{}, ids: map[common.Hash]bool{},
		txs: map[common.Hash]bool{}, controllers: map[common.Address]*controllerBook{},
		escrowed: new(big.Int), reserve: new(big.Int), fees: new(big.Int), owed: new(big.Int), cancelled: new(big.Int)}
	nonce := new(big.Int)
	stamps := map[string]*dealingEv{} // RequestCutoff by request id
	var feeBps uint16
	configured := false
	move := func(m supplyMove) {
		l.moves = append(l.moves, m)
		l.ids[m.id] = true
	}
	for i := range evs {
		e := &evs[i]
		l.txs[e.Tx] = true
		var q *dealRequest
		if e.ID != nil {
			q = l.requests[e.ID.String()]
		}
		unknown := func(issues *[]string) bool {
			if q == nil {
				*issues = append(*issues, fmt.Sprintf("%s of request %s in %s: no such request was made", e.Event, e.ID, e.where()))
				return true
			}
			return false
		}
		switch e.Event {
		case "ConfigSet":
			feeBps, configured = e.FeeBps, true
		case "DepositRequest", "RedeemRequest":
			l.moneyEvents++
			if q != nil {
				l.fulfilIssues = append(l.fulfilIssues, fmt.Sprintf("request %s is announced twice (%s and %s)", e.ID, q.ev.where(), e.where()))
				continue
			}
			q = &dealRequest{ev: e, deposit: e.Event == "DepositRequest", controller: e.Who, owner: e.Owner, state: reqPending}
			if q.deposit {
				q.amount = e.Assets
				l.escrowed = plus(l.escrowed, e.Assets)
			} else {
				q.amount = e.Shares
			}
			l.requests[e.ID.String()] = q
			l.order = append(l.order, q)
			if st := stamps[e.ID.String()]; st != nil && st.Tx == e.Tx {
				q.stamp(st, l.published)
			}
		case "WireRequest": // follows its request in the same transaction
			if unknown(&l.fulfilIssues) {
				continue
			}
			q.wire = true
			if q.deposit {
				l.escrowed = minus(l.escrowed, q.amount) // nothing was pulled
			}
		case "PaymentConfirmed", "PayoutConfirmed":
			if unknown(&l.mintIssues) {
				continue
			}
			q.paid, q.paidTx = true, e.Tx
			if e.Event == "PayoutConfirmed" {
				l.moneyEvents++
				move(supplyMove{id: dealingTagID(addr, "redeem", e.ID), wallet: q.owner, amount: q.amount, burn: true,
					what: fmt.Sprintf("the payout of wire redeem request %s", e.ID), ev: e})
			}
		case "CutoffPublished":
			if n := len(l.published); n > 0 && e.Cutoff <= l.published[n-1] {
				l.fulfilIssues = append(l.fulfilIssues, fmt.Sprintf("cut-off %d (%s) is published in %s after cut-off %s: a schedule only grows",
					e.Cutoff, unix(e.Cutoff), e.where(), unix(l.published[n-1])))
				continue
			}
			l.published = append(l.published, e.Cutoff)
		case "RequestCutoff":
			// The contract stamps a request just before it announces it,
			// in the same transaction: the stamp waits for its request. A
			// wire deposit is stamped again when its payment is confirmed.
			if q != nil && q.deposit && q.wire && q.paid && q.paidTx == e.Tx {
				q.stamp(e, l.published)
				continue
			}
			if q != nil || stamps[e.ID.String()] != nil {
				l.fulfilIssues = append(l.fulfilIssues, fmt.Sprintf("request %s is stamped again in %s", e.ID, e.where()))
				continue
			}
			stamps[e.ID.String()] = e
		case "DayPriced":
			if d := l.days[e.Cutoff]; d != nil {
				l.fulfilIssues = append(l.fulfilIssues, fmt.Sprintf("cut-off %d (%s) is priced twice: round %s in %s, round %s in %s",
					e.Cutoff, unix(e.Cutoff), d.Round, d.where(), e.Round, e.where()))
				continue
			}
			l.days[e.Cutoff] = e
		case "DayVoided":
			switch {
			case l.voided[e.Cutoff] != nil:
				l.fulfilIssues = append(l.fulfilIssues, fmt.Sprintf("cut-off %d (%s) is voided twice: in %s and in %s",
					e.Cutoff, unix(e.Cutoff), l.voided[e.Cutoff].where(), e.where()))
			case l.days[e.Cutoff] != nil:
				l.fulfilIssues = append(l.fulfilIssues, fmt.Sprintf("cut-off %d (%s) is voided in %s after it was priced in %s",
					e.Cutoff, unix(e.Cutoff), e.where(), l.days[e.Cutoff].where()))
			}
			l.voided[e.Cutoff] = e
		case "DepositFulfilled", "RedeemFulfilled":
			l.moneyEvents++
			l.fulfilments = append(l.fulfilments, e)
			if v := l.voided[e.Cutoff]; v != nil {
				l.fulfilIssues = append(l.fulfilIssues, fmt.Sprintf("request %s is fulfilled in %s for cut-off %s, a day voided in %s",
					e.ID, e.where(), unix(e.Cutoff), v.where()))
			}
			if unknown(&l.fulfilIssues) {
				continue
			}
			if q.state != reqPending {
				l.fulfilIssues = append(l.fulfilIssues, fmt.Sprintf("request %s is fulfilled in %s while %s", e.ID, e.where(), stateNames[q.state]))
			}
			q.state, q.fulfilment = reqClaimable, e
			b := l.controller(e.Who)
			if e.Event == "DepositFulfilled" {
				if !q.wire {
					l.escrowed = minus(l.escrowed, e.Assets)
					l.reserve = plus(l.reserve, e.Assets)
				}
				b.fulfilledAssets, b.fulfilledShares = plus(b.fulfilledAssets, e.Assets), plus(b.fulfilledShares, e.Shares)
				continue
			}
			if !q.wire { // a wire redeem is paid off chain and burned at its payout
				l.reserve = minus(l.reserve, e.Assets)
				l.owed = plus(l.owed, e.Assets)
				b.owedShares, b.owedAssets = plus(b.owedShares, e.Shares), plus(b.owedAssets, e.Assets)
				move(supplyMove{id: dealingTagID(addr, "redeem", e.ID), wallet: q.owner, amount: e.Shares, burn: true,
					what: fmt.Sprintf("redeem request %s", e.ID), ev: e})
			}
		case "RequestRejected":
			if unknown(&l.fulfilIssues) {
				continue
			}
			q.state = reqRejected
		case "Deposit":
			l.moneyEvents++
			b := l.controller(e.Who)
			b.claimedAssets, b.claimedShares = plus(b.claimedAssets, e.Assets), plus(b.claimedShares, e.Shares)
			if b.claimedShares.Cmp(b.fulfilledShares) > 0 || b.claimedAssets.Cmp(b.fulfilledAssets) > 0 {
				l.mintIssues = append(l.mintIssues, fmt.Sprintf("controller %s has claimed %s units for %s of payment by %s, more than the %s units for %s fulfilled for it",
					e.Who.Hex(), b.claimedShares, b.claimedAssets, e.where(), b.fulfilledShares, b.fulfilledAssets))
			}
			if e.Shares.Sign() > 0 { // a claim of no unit mints nothing and draws no nonce
				nonce = plus(nonce, big.NewInt(1))
				move(supplyMove{id: dealingTagID(addr, "claim", nonce), wallet: e.Receiver, amount: e.Shares,
					what: fmt.Sprintf("the claim of controller %s", e.Who.Hex()), ev: e})
			}
		case "Withdraw":
			l.moneyEvents++
			b := l.controller(e.Who)
			b.paidShares, b.paidAssets = plus(b.paidShares, e.Shares), plus(b.paidAssets, e.Assets)
			l.owed = minus(l.owed, e.Assets)
			if b.paidShares.Cmp(b.owedShares) > 0 || b.paidAssets.Cmp(b.owedAssets) > 0 {
				l.balanceIssues = append(l.balanceIssues, fmt.Sprintf("controller %s has been paid %s for %s units by %s, more than the %s for %s units its fulfilled redeems owe",
					e.Who.Hex(), b.paidAssets, b.paidShares, e.where(), b.owedAssets, b.owedShares))
			}
		case "CancelDepositRequest", "CancelRedeemRequest":
			l.moneyEvents++
			if unknown(&l.balanceIssues) {
				continue
			}
			if q.state != reqPending {
				l.balanceIssues = append(l.balanceIssues, fmt.Sprintf("request %s is cancelled in %s while %s", e.ID, e.where(), stateNames[q.state]))
			}
			q.state, q.cancel = reqCancelClaimable, e
			if q.deposit && !q.wire {
				l.escrowed = minus(l.escrowed, q.amount)
				l.cancelled = plus(l.cancelled, q.amount)
			}
		case "CancelDepositClaim", "CancelRedeemClaim":
			l.moneyEvents++
			if unknown(&l.balanceIssues) {
				continue
			}
			if q.state != reqCancelClaimable {
				l.balanceIssues = append(l.balanceIssues, fmt.Sprintf("request %s's cancellation is claimed in %s while %s", e.ID, e.where(), stateNames[q.state]))
			}
			q.state = reqCancelClaimed
			if e.Event == "CancelDepositClaim" {
				l.cancelled = minus(l.cancelled, e.Assets)
			}
		case "Subscribed":
			l.moneyEvents++
			l.instant = append(l.instant, instantDeal{ev: e, feeBps: feeBps, configured: configured})
			l.reserve = plus(l.reserve, minus(e.Assets, e.Fee))
			l.fees = plus(l.fees, e.Fee)
			nonce = plus(nonce, big.NewInt(1))
			move(supplyMove{id: dealingTagID(addr, "subscribe", nonce), wallet: e.Who, amount: e.Shares,
				what: fmt.Sprintf("the instant subscription of %s", e.Who.Hex()), ev: e})
		case "RedeemedInstant":
			l.moneyEvents++
			l.instant = append(l.instant, instantDeal{ev: e, feeBps: feeBps, configured: configured})
			l.reserve = minus(l.reserve, plus(e.Assets, e.Fee)) // the reserve gives the gross
			l.fees = plus(l.fees, e.Fee)
			nonce = plus(nonce, big.NewInt(1))
			move(supplyMove{id: dealingTagID(addr, "instant", nonce), wallet: e.Who, amount: e.Shares, burn: true,
				what: fmt.Sprintf("the instant redemption of %s", e.Who.Hex()), ev: e})
		case "ReserveFunded":
			l.moneyEvents++
			l.reserve = plus(l.reserve, e.Assets)
		case "ReserveWithdrawn":
			l.moneyEvents++
			l.reserve = minus(l.reserve, e.Assets)
		case "FeesWithdrawn":
			l.moneyEvents++
			l.fees = minus(l.fees, e.Assets)
		}
	}
	return l
}
