package postgres_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/dealing"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
)

var (
	wireDealing = common.HexToAddress("0x00000000000000000000000000000000000000d7")
	dave        = common.HexToAddress("0x00000000000000000000000000000000000000b4")
)

// dealingEvent is one indexed Dealing event of request id (0: none) by
// who, as controller and owner.
func dealingEvent(b chain.IndexedBlock, li uint, kind chain.DealingEventKind, id int64, who common.Address, amount, result int64) chain.DealingEvent {
	e := chain.DealingEvent{EventRef: transfer(b, li, common.Address{}, common.Address{}, 0).EventRef, Dealing: wireDealing, Kind: kind,
		Controller: who, Owner: who, Amount: big.NewInt(amount)}
	if id != 0 {
		e.RequestID = big.NewInt(id)
	}
	if result != 0 {
		e.Result, e.RoundID = big.NewInt(result), big.NewInt(3)
	}
	return e
}

// The cap table's and the holdings' in-flight amounts, read per wallet
// from the indexed requests and claims of the asset's Dealing contract:
// units locked by pending redemptions (and by a priced wire redemption
// waiting for its payout), payment of pending subscriptions, and what
// fulfilled requests give that is not claimed; zero for a holder with
// nothing in flight, and a wallet whose first subscription is pending
// sees the asset before it holds a unit.
func TestDealingPositionsInHoldings(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.NewDB(t)
	idx := &postgres.IndexStore{Pool: pool}
	s := &postgres.IssuanceStore{Pool: pool}
	pay := common.HexToAddress("0x00000000000000000000000000000000000000c1")
	a, err := s.CreateAsset(ctx, issuance.Asset{ID: issuance.NewID(), Kind: issuance.TreasuryFund, Name: "Fund", Symbol: "FND",
		Jurisdiction: "DE", Currency: "EUR", TotalBase: "1000", Decimals: 0, Attributes: map[string]string{},
		DealingPaymentToken: &pay, State: issuance.Draft, CreatedBy: "tk_issuer"})
	if err != nil {
		t.Fatal(err)
	}
	token, feed, six := idxToken, common.HexToAddress("0xa2"), uint8(6)
	if _, err := s.UpdateAsset(ctx, a.ID, func(x *issuance.Asset) (issuance.Event, error) {
		x.ChainID, x.Token, x.Feed, x.Dealing, x.DealingPaymentDecimals = "31337", &token, &feed, &wireDealing, &six
		x.State = issuance.Tokenized
		return issuance.Event{From: issuance.Draft, To: issuance.Tokenized, Actor: "test"}, nil
	}); err != nil {
		t.Fatal(err)
	}
	b1, b2 := block(1, 0xc), block(2, 0xc)
	ev := dealingEvent
	mustApply(t, idx, &chain.IndexBatch{Blocks: []chain.IndexedBlock{b1, b2}, Head: 2,
		Transfers: []chain.Transfer{transfer(b1, 0, common.Address{}, alice, 10), transfer(b1, 1, common.Address{}, bob, 10),
			transfer(b1, 2, common.Address{}, carol, 10)},
		DealingEvents: []chain.DealingEvent{
			// alice: a pending redemption of 4 units, a pending subscription of 100.
			ev(b1, 10, chain.DealingRedeemRequest, 1, alice, 4, 0),
			ev(b1, 11, chain.DealingDepositRequest, 2, alice, 100, 0),
			// bob: a subscription of 50 fulfilled for 5 units, 2 claimed; a wire
			// redemption of 2 units priced at 200 (its payout not confirmed);
			// a redemption of 1 unit fulfilled for 100, 40 claimed.
			ev(b1, 12, chain.DealingDepositRequest, 3, bob, 50, 0),
			ev(b1, 13, chain.DealingRedeemRequest, 4, bob, 2, 0),
			ev(b1, 14, chain.DealingWireRequest, 4, common.Address{}, 0, 0),
			ev(b1, 15, chain.DealingRedeemRequest, 5, bob, 1, 0),
			ev(b2, 0, chain.DealingDepositFulfilled, 3, bob, 50, 5),
			ev(b2, 1, chain.DealingRedeemFulfilled, 4, bob, 2, 200),
			ev(b2, 2, chain.DealingRedeemFulfilled, 5, bob, 1, 100),
			ev(b2, 3, chain.DealingDepositClaim, 0, bob, 20, 2),
			ev(b2, 4, chain.DealingRedeemClaim, 0, bob, 1, 40),
			// dave holds nothing yet: his first subscription is pending; and a
			// cancelled one counts for nothing.
			ev(b2, 5, chain.DealingDepositRequest, 6, dave, 30, 0),
			ev(b2, 6, chain.DealingDepositRequest, 7, dave, 70, 0),
			ev(b2, 7, chain.DealingCancelDeposit, 7, dave, 0, 0),
		}})

	type inFlight struct{ pru, psp, cu, cp int64 }
	want := map[common.Address]inFlight{alice: {4, 100, 0, 0}, bob: {2, 0, 3, 60}, carol: {}, dave: {0, 30, 0, 0}}
	for w, f := range want {
		recs, err := s.Holdings(ctx, issuance.HoldingsQuery{ChainID: idxChain, Wallets: []common.Address{w}})
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != 1 {
			t.Fatalf("%s: %d holdings, want the fund", w, len(recs))
		}
		d := recs[0].Dealing
		got := inFlight{d.PendingRedeemUnits.Int64(), d.PendingSubscriptionPayment.Int64(), d.ClaimableUnits.Int64(), d.ClaimablePayment.Int64()}
		if got != f {
			t.Errorf("%s's holding in flight %+v, want %+v", w, got, f)
		}
	}
	// An investor's wallets together.
	recs, err := s.Holdings(ctx, issuance.HoldingsQuery{ChainID: idxChain, Wallets: []common.Address{alice, bob, dave}})
	if err != nil || len(recs) != 1 || recs[0].Dealing.PendingSubscriptionPayment.Int64() != 130 || recs[0].Dealing.PendingRedeemUnits.Int64() != 6 {
		t.Fatalf("alice, bob and dave together: %+v, %v", recs, err)
	}

	// The cap table's read: every wallet in flight, none at rest.
	ps, err := s.DealingPositions(ctx, idxChain, wireDealing, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := map[common.Address]inFlight{}
	for _, p := range ps {
		got[p.Wallet] = inFlight{p.PendingRedeemUnits.Int64(), p.PendingSubscriptionPayment.Int64(), p.ClaimableUnits.Int64(), p.ClaimablePayment.Int64()}
	}
	for w, f := range want {
		if got[w] != f {
			t.Errorf("%s's position %+v, want %+v", w, got[w], f)
		}
	}
	if _, ok := got[carol]; ok {
		t.Errorf("carol has nothing in flight but is listed: %+v", got[carol])
	}
}

// A wire confirmation holds its request and its reference while live;
// rejected, it frees both; the request shows the bank reference once the
// chain records its ref.
func TestWireConfirmationsStore(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.NewDB(t)
	idx := &postgres.IndexStore{Pool: pool}
	store := &postgres.DealingStore{Pool: pool}
	now := time.Now().UTC().Truncate(time.Second)
	if _, err := store.SetCalendar(ctx, dealing.Calendar{Asset: "fund", ChainID: idxChain, Dealing: wireDealing, Feed: common.HexToAddress("0xf1"),
		PaymentToken: common.HexToAddress("0xc1"), UnitDecimals: 18, PaymentDecimals: 6, TimeZone: "UTC", BusinessDays: []string{"monday"},
		Cutoff: "16:00", SettlementLag: 1, NAVTTL: 3600, MinDeposit: big.NewInt(1), MinRedeem: big.NewInt(1), Modes: dealing.Modes(dealing.Wire),
		UpdatedBy: "tk_issuer", UpdatedAt: now}); err != nil {
		t.Fatal(err)
	}
	b1 := block(1, 0xd)
	mustApply(t, idx, &chain.IndexBatch{Blocks: []chain.IndexedBlock{b1}, Head: 1, DealingEvents: []chain.DealingEvent{
		dealingEvent(b1, 0, chain.DealingDepositRequest, 1, alice, 100, 0),
		dealingEvent(b1, 1, chain.DealingWireRequest, 1, common.Address{}, 0, 0),
		dealingEvent(b1, 2, chain.DealingDepositRequest, 2, bob, 100, 0),
		dealingEvent(b1, 3, chain.DealingWireRequest, 2, common.Address{}, 0, 0),
	}})
	create := func(id int64, ref string) (dealing.WireConfirmation, error) {
		return store.CreateWire(ctx, dealing.WireConfirmation{Asset: "fund", ChainID: idxChain, Dealing: wireDealing, RequestID: big.NewInt(id),
			Kind: dealing.Payment, Reference: ref, RefHash: dealing.RefHash(ref), RequestedBy: "tk_issuer", RequestedAt: now})
	}
	code := func(err error) string {
		if e := errs.As(err); e != nil {
			return e.Code
		}
		return ""
	}
	c, err := create(1, "BANK-REF-1")
	if err != nil || c.State != dealing.WirePending || c.ID == 0 {
		t.Fatalf("create: %+v, %v", c, err)
	}
	if _, err := create(1, "BANK-REF-9"); code(err) != "already_confirmed" {
		t.Fatalf("a second confirmation of request 1: %v, want already_confirmed", err)
	}
	if _, err := create(2, "BANK-REF-1"); code(err) != "reference_reused" {
		t.Fatalf("request 2 with request 1's reference: %v, want reference_reused", err)
	}
	if _, err := store.UpdateWire(ctx, c.ID, func(c *dealing.WireConfirmation) error {
		c.State, c.DecidedBy, c.DecidedAt, c.Note = dealing.WireRejected, "tk_approver", &now, "wrong account"
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := create(2, "BANK-REF-1"); err != nil {
		t.Fatalf("a rejected confirmation still holds its reference: %v", err)
	}
	c, err = create(1, "BANK-REF-3")
	if err != nil {
		t.Fatalf("a rejected confirmation still holds its request: %v", err)
	}
	// The four-eyes constraint holds in the database too.
	if _, err := store.UpdateWire(ctx, c.ID, func(c *dealing.WireConfirmation) error {
		c.State, c.DecidedBy, c.DecidedAt, c.TxKey = dealing.WireApproved, c.RequestedBy, &now, "k1"
		return nil
	}); err == nil {
		t.Fatal("the requester approved its own confirmation in the database")
	}
	if c, err = store.UpdateWire(ctx, c.ID, func(c *dealing.WireConfirmation) error {
		c.State, c.DecidedBy, c.DecidedAt, c.TxKey = dealing.WireApproved, "tk_approver", &now, "dealing:test:1"
		return nil
	}); err != nil || c.State != dealing.WireApproved {
		t.Fatalf("approve: %+v, %v", c, err)
	}
	list, err := store.Wires(ctx, "fund", 0, 10)
	if err != nil || len(list) != 3 || list[0].ID != c.ID {
		t.Fatalf("list: %+v, %v", list, err)
	}

	// Request 2's confirmation is approved and its transaction fails: the
	// read follows the transaction, the failure counts for the next key,
	// and the request may be confirmed again.
	c2 := list[1]
	if c2, err = store.UpdateWire(ctx, c2.ID, func(c *dealing.WireConfirmation) error {
		c.State, c.DecidedBy, c.DecidedAt, c.TxKey = dealing.WireApproved, "tk_approver", &now, "dealing:test:2"
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := pool.Exec(ctx, `INSERT INTO tx_requests (idempotency_key, chain_id, from_address, data, state, error)
		VALUES ('dealing:test:2', 31337, '\x00000000000000000000000000000000000000e1', '\x', 'failed', 'would revert: NotPending(2, 3)')`); err != nil {
		t.Fatal(err)
	}
	if c2, err = store.Wire(ctx, c2.ID); err != nil || c2.State != dealing.WireFailed || c2.Error != "would revert: NotPending(2, 3)" {
		t.Fatalf("after its transaction failed: %+v, %v", c2, err)
	}
	if n, err := store.FailedWires(ctx, idxChain, wireDealing, big.NewInt(2)); err != nil || n != 1 {
		t.Fatalf("failed confirmations of request 2: %d, %v", n, err)
	}
	if _, err := create(2, "BANK-REF-1"); err != nil {
		t.Fatalf("a failed confirmation still holds its request and reference: %v", err)
	}

	// The chain records the payment with the reference's hash: the request
	// shows it and the reference.
	b2 := block(2, 0xd)
	paid := dealingEvent(b2, 0, chain.DealingPaymentConfirmed, 1, common.Address{}, 0, 0)
	paid.Ref = dealing.RefHash("BANK-REF-3")
	mustApply(t, idx, &chain.IndexBatch{Parent: b1.Ref(), Blocks: []chain.IndexedBlock{b2}, Head: 2, DealingEvents: []chain.DealingEvent{paid}})
	rs, err := store.Requests(ctx, idxChain, wireDealing, dealing.RequestFilter{}, nil, 10)
	if err != nil || len(rs) != 2 {
		t.Fatalf("requests: %+v, %v", rs, err)
	}
	if r := rs[0]; !r.Paid || r.ConfirmedRef == nil || *r.ConfirmedRef != dealing.RefHash("BANK-REF-3") || r.WireReference != "BANK-REF-3" {
		t.Errorf("request 1 after its payment: paid %v, ref %v, reference %q", r.Paid, r.ConfirmedRef, r.WireReference)
	}
	if r := rs[1]; r.Paid || r.ConfirmedRef != nil || r.WireReference != "" {
		t.Errorf("request 2, not confirmed on chain: paid %v, ref %v, reference %q", r.Paid, r.ConfirmedRef, r.WireReference)
	}
}
