package web_test

import (
	"context"
	"errors"
	"math/big"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth/apikey"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/client"
	"github.com/tessera-rwa/tessera/dealing"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/postgres"
	"github.com/tessera-rwa/tessera/postgres/pgtest"
	"github.com/tessera-rwa/tessera/web"
	"github.com/tessera-rwa/tessera/web/webtest"
)

// indexedChain writes what the indexer would read from a Dealing
// contract and its feed into the real index store, one block per call.
type indexedChain struct {
	t       *testing.T
	idx     *postgres.IndexStore
	chainID *big.Int
	parent  chain.BlockRef
	next    uint64
}

// block stores one block at time at carrying the given events, returns it.
func (c *indexedChain) block(at time.Time, evs []chain.DealingEvent, rounds []chain.ValuationRound) {
	c.t.Helper()
	c.next++
	b := chain.IndexedBlock{Number: c.next, Hash: common.BigToHash(new(big.Int).SetUint64(1000 + c.next)), ParentHash: c.parent.Hash, Time: at}
	for i := range evs {
		evs[i].EventRef = chain.EventRef{Block: b.Number, BlockHash: b.Hash, TxHash: common.BigToHash(big.NewInt(int64(c.next*100 + uint64(i)))), LogIndex: uint(i)}
	}
	for i := range rounds {
		rounds[i].EventRef = chain.EventRef{Block: b.Number, BlockHash: b.Hash, TxHash: common.Hash{0xfe, byte(c.next)}, LogIndex: uint(len(evs) + i)}
	}
	if err := c.idx.ApplyIndexBatch(context.Background(), c.chainID, &chain.IndexBatch{Parent: c.parent, Blocks: []chain.IndexedBlock{b},
		Head: b.Number, DealingEvents: evs, ValuationRounds: rounds}); err != nil {
		c.t.Fatal(err)
	}
	c.parent = b.Ref()
}

// request stores r's request events at its request time, with the
// cut-off the contract stamped it with (r.Cutoff).
func (c *indexedChain) request(r dealing.Request) {
	kind := chain.DealingDepositRequest
	if r.Kind == dealing.Redeem {
		kind = chain.DealingRedeemRequest
	}
	evs := []chain.DealingEvent{{Dealing: r.Dealing, Kind: kind, RequestID: r.ID, Controller: r.Controller, Owner: r.Owner, Sender: r.Owner, Amount: r.Amount},
		{Dealing: r.Dealing, Kind: chain.DealingRequestCutoff, RequestID: r.ID, Cutoff: r.Cutoff}}
	if r.Wire {
		evs = append(evs, chain.DealingEvent{Dealing: r.Dealing, Kind: chain.DealingWireRequest, RequestID: r.ID, Ref: common.Hash{1}})
	}
	if r.Paid {
		evs = append(evs, chain.DealingEvent{Dealing: r.Dealing, Kind: chain.DealingPaymentConfirmed, RequestID: r.ID, Ref: common.Hash{1}})
	}
	c.block(r.RequestedAt, evs, nil)
}

// fulfil stores the fulfilment of requests at time at.
func (c *indexedChain) fulfil(at time.Time, rs ...dealing.Request) {
	var evs []chain.DealingEvent
	for _, r := range rs {
		kind := chain.DealingDepositFulfilled
		if r.Kind == dealing.Redeem {
			kind = chain.DealingRedeemFulfilled
		}
		evs = append(evs, chain.DealingEvent{Dealing: r.Dealing, Kind: kind, RequestID: r.ID, Controller: r.Controller, Amount: r.Amount,
			Result: big.NewInt(1), RoundID: big.NewInt(42)})
	}
	c.block(at, evs, nil)
}

// round stores a round of feed observed at observed, transmitted at at.
func (c *indexedChain) round(at time.Time, feed common.Address, id int64, answer int64, observed time.Time) {
	c.block(at, nil, []chain.ValuationRound{{Feed: feed, RoundID: big.NewInt(id), Answer: big.NewInt(answer), StartedAt: observed, UpdatedAt: at}})
}

// sentBatches records what the closer hands the chain side.
type sentBatches struct {
	mu   sync.Mutex
	keys []string
	ids  [][]*big.Int
}

func (s *sentBatches) Fulfil(_ context.Context, key string, _ common.Address, _ time.Time, _ uint64, ids []*big.Int, _ uint64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if slices.Contains(s.keys, key) {
		return nil // in flight: nothing sent again
	}
	s.keys, s.ids = append(s.keys, key), append(s.ids, ids)
	return nil
}

// assetContracts answers what tokenization recorded for each test asset:
// TBILL and OTHER claim the same Dealing contract, which the store
// refuses for the second.
type assetContracts map[string]dealing.Contracts

func (a assetContracts) DealingOf(_ context.Context, asset string) (dealing.Contracts, error) {
	c, ok := a[asset]
	if !ok {
		return c, errs.E(errs.Conflict, "not_dealing", asset+" has no Dealing contract")
	}
	return c, nil
}

func testContracts(dealingAddr string) dealing.Contracts {
	return dealing.Contracts{ChainID: big.NewInt(31337), Dealing: common.HexToAddress(dealingAddr),
		Feed: common.HexToAddress("0x00000000000000000000000000000000000000fe"), Token: common.HexToAddress("0xaa"),
		PaymentToken: common.HexToAddress("0x00000000000000000000000000000000000000ca"), UnitDecimals: 18, PaymentDecimals: 6}
}

// configured records the calendars the service puts on chain: the chain
// side (dealing.ChainConfigurer) is exercised against anvil in the
// platform's end-to-end test.
type configured struct {
	mu   sync.Mutex
	cals []dealing.Calendar
}

func (c *configured) Configure(_ context.Context, cal dealing.Calendar) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.cals = append(c.cals, cal)
	return nil
}

func dealingCalendar() api.SetDealingCalendar {
	return api.SetDealingCalendar{TimeZone: "Europe/London",
		BusinessDays: []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"},
		Holidays:     []string{"2030-12-25", "2030-01-01"}, Cutoff: "16:00", SettlementLag: 2, NAVTTL: 86400,
		MinDeposit: "1000000", MaxDeposit: "1000000000000", MinRedeem: "1", Modes: []string{"async_deposit", "async_redeem", "wire"}}
}

func TestDealingRoutes(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.NewDB(t)
	store := &postgres.DealingStore{Pool: pool}
	keys := postgres.NewAPIKeyStore(pool)
	onChain := &configured{}
	autoMax := big.NewRat(50, 1) // the platform's cap: $50, 50 units of the 6-decimal payment token
	svc, err := dealing.NewService(dealing.Config{Store: store, Keys: keys, Chain: onChain, AutoApproveMax: autoMax, Assets: assetContracts{
		"TBILL": testContracts("0x00000000000000000000000000000000000000d1"),
		"SMALL": testContracts("0x00000000000000000000000000000000000000d2"),
		"OTHER": testContracts("0x00000000000000000000000000000000000000d1"),
	}})
	if err != nil {
		t.Fatal(err)
	}
	srv := webtest.StartOn(t, pool, web.Config{Routes: web.DealingRoutes(svc)})
	type keyed struct {
		*client.Client
		actor string
	}
	clientFor := func(name, owner string, scopes ...apikey.Scope) keyed {
		id, secret := srv.NewOwnedKey(t, name, owner, scopes...)
		return keyed{srv.Client(t, id, secret), "key:" + id}
	}
	issuer := clientFor("issuer", "issuer@example.com", apikey.Issuer)
	issuerApprover := clientFor("issuer's approver key", "issuer@example.com", apikey.Approver) // the issuer's owner again
	approver := clientFor("approver", "risk@example.com", apikey.Approver)
	auditor := clientFor("auditor", "audit@example.com", apikey.Auditor)
	oracleKey := clientFor("feeder", "feeds@example.com", apikey.Oracle)

	// Bad calendars are refused, each with its code, and nothing is stored.
	for _, tt := range []struct {
		name   string
		change func(c *api.SetDealingCalendar)
		code   string
	}{
		{"unknown zone", func(c *api.SetDealingCalendar) { c.TimeZone = "Mars/Olympus" }, "invalid_time_zone"},
		{"no business days", func(c *api.SetDealingCalendar) { c.BusinessDays = []string{} }, "no_business_days"},
		{"holiday not a date", func(c *api.SetDealingCalendar) { c.Holidays = []string{"2030-13-01"} }, "invalid_holiday"},
		{"cut-off not HH:MM", func(c *api.SetDealingCalendar) { c.Cutoff = "16h00" }, "invalid_cutoff"},
		{"min above max", func(c *api.SetDealingCalendar) { c.MinDeposit = "2000000000000" }, "min_above_max"},
		{"TTL 0", func(c *api.SetDealingCalendar) { c.NAVTTL = 0 }, "invalid_nav_ttl"},
		{"amount not an integer", func(c *api.SetDealingCalendar) { c.MinRedeem = "1.5" }, "invalid_field"},
		{"unknown mode", func(c *api.SetDealingCalendar) { c.Modes = []string{"instant"} }, "invalid_mode"},
		{"fee above the cap", func(c *api.SetDealingCalendar) { c.FeeBps = 101 }, "fee_above_cap"},
		{"limit without window", func(c *api.SetDealingCalendar) { c.SubscribeLimit.Global = "1000" }, "invalid_rate_limit"},
		{"window without limit", func(c *api.SetDealingCalendar) { c.RedeemLimit.Window = 60 }, "invalid_rate_limit"},
		{"limit not an integer", func(c *api.SetDealingCalendar) { c.RedeemLimit.PerInvestor = "-5" }, "invalid_rate_limit"},
		{"threshold 0", func(c *api.SetDealingCalendar) { c.AutoApproveBelow = "0" }, "invalid_auto_approve_below"},
		{"threshold above the platform's cap", func(c *api.SetDealingCalendar) { c.AutoApproveBelow = "50000001" }, "auto_approve_above_cap"},
	} {
		c := dealingCalendar()
		tt.change(&c)
		_, err := issuer.SetDealingCalendar(ctx, "TBILL", c)
		var e *client.Error
		if !errors.As(err, &e) || e.Status != http.StatusBadRequest || (e.Code != tt.code && !(tt.code == "invalid_address" && e.Code == "invalid_field")) {
			t.Errorf("%s: %v, want 400 %s", tt.name, err, tt.code)
		}
		if tt.code == "auto_approve_above_cap" && !strings.Contains(err.Error(), "the auto-approval threshold, 50.000001 units of the payment token, is above the platform's cap on auto-approval (50 units of the payment token)") {
			t.Errorf("%s: %v, want the threshold and the cap in units", tt.name, err)
		}
	}
	if len(onChain.cals) != 0 {
		t.Errorf("refused calendars reached the chain: %d", len(onChain.cals))
	}
	_, err = issuer.SetDealingCalendar(ctx, "HOUSE", dealingCalendar())
	wantAPIError(t, err, http.StatusConflict, "not_dealing")
	_, err = auditor.DealingCalendar(ctx, "TBILL")
	wantAPIError(t, err, http.StatusNotFound, "calendar_not_found")
	_, err = auditor.SetDealingCalendar(ctx, "TBILL", dealingCalendar())
	wantAPIError(t, err, http.StatusForbidden, "missing_scope")
	_, err = oracleKey.DealingCalendar(ctx, "TBILL")
	wantAPIError(t, err, http.StatusForbidden, "missing_scope")

	// A good calendar is stored and read back as set.
	set, err := issuer.SetDealingCalendar(ctx, "TBILL", dealingCalendar())
	if err != nil {
		t.Fatal(err)
	}
	got, err := auditor.DealingCalendar(ctx, "TBILL")
	if err != nil {
		t.Fatal(err)
	}
	if got.TimeZone != "Europe/London" || got.Cutoff != "16:00" || got.MaxDeposit != "1000000000000" || got.MaxRedeem != "" ||
		got.ModeBits != 1|2|16 || len(got.Holidays) != 2 || got.Holidays[0] != "2030-01-01" || got.UpdatedBy != issuer.actor ||
		got.AutoApproveBelow != "" || got.Dealing != set.Dealing || got.Dealing != common.HexToAddress("0xd1") || got.UnitDecimals != 18 {
		t.Errorf("calendar read back %+v", got)
	}
	if len(onChain.cals) != 1 || onChain.cals[0].Dealing != common.HexToAddress("0xd1") || onChain.cals[0].Modes != 1|2|16 {
		t.Errorf("put on chain: %+v", onChain.cals)
	}
	// Ticket bounds typed in units: the deposits' in the payment token's
	// (6 decimals), the redemptions' in the asset's (18); finer ones, or
	// a bound given both ways, are refused.
	inUnits := dealingCalendar()
	inUnits.MinDeposit, inUnits.MaxDeposit, inUnits.MinRedeem = "", "", ""
	inUnits.MinDepositUnits, inUnits.MaxDepositUnits, inUnits.MinRedeemUnits = "1", "1000000", "0.5"
	// So are the threshold and the instant facility's limits, in the
	// payment token's units.
	inUnits.AutoApproveBelowUnits = "10"
	inUnits.SubscribeLimit = api.DealingRateLimit{GlobalUnits: "500", PerInvestorUnits: "2.5", Window: 3600}
	inUnits.RedeemLimit = api.DealingRateLimit{PerInvestorUnits: "0.000001", Window: 60}
	if got, err := issuer.SetDealingCalendar(ctx, "TBILL", inUnits); err != nil || got.MinDeposit != "1000000" || got.MaxDeposit != "1000000000000" ||
		got.MinRedeem != "500000000000000000" || got.AutoApproveBelow != "10000000" || got.SubscribeLimit.Global != "500000000" ||
		got.SubscribeLimit.PerInvestor != "2500000" || got.RedeemLimit.PerInvestor != "1" || got.RedeemLimit.Global != "" {
		t.Fatalf("amounts in units: %+v, %v", got, err)
	} else if got.MinDepositUnits != "1" || got.MaxDepositUnits != "1000000" || got.MinRedeemUnits != "0.5" || got.MaxRedeemUnits != "" ||
		got.AutoApproveBelowUnits != "10" || got.SubscribeLimit.GlobalUnits != "500" || got.SubscribeLimit.PerInvestorUnits != "2.5" ||
		got.RedeemLimit.PerInvestorUnits != "0.000001" || got.RedeemLimit.GlobalUnits != "" {
		// The answer gives each bound back in units too, as typed.
		t.Fatalf("the answer's amounts in units: %+v", got)
	}
	for _, bad := range []struct {
		set  func(*api.SetDealingCalendar)
		code string
	}{
		{func(c *api.SetDealingCalendar) { c.MinDepositUnits = "0.0000001" }, "decimals_mismatch"},
		{func(c *api.SetDealingCalendar) { c.MinDeposit = "1000000" }, "invalid_amount"},
		{func(c *api.SetDealingCalendar) { c.RedeemLimit.PerInvestorUnits = "0.0000001" }, "decimals_mismatch"},
		{func(c *api.SetDealingCalendar) { c.AutoApproveBelow = "10000000" }, "invalid_amount"},
	} {
		c := inUnits
		bad.set(&c)
		_, err := issuer.SetDealingCalendar(ctx, "TBILL", c)
		wantAPIError(t, err, http.StatusBadRequest, bad.code)
	}
	if set, err = issuer.SetDealingCalendar(ctx, "TBILL", dealingCalendar()); err != nil {
		t.Fatal(err)
	}
	days, err := auditor.DealingDays(ctx, "TBILL", 3)
	if err != nil || len(days.Days) != 3 || !days.Days[0].Cutoff.After(time.Now().Add(-time.Second)) ||
		days.Days[1].Cutoff.Sub(days.Days[0].Cutoff) < 23*time.Hour {
		t.Fatalf("days %+v, %v", days, err)
	}
	_, err = auditor.DealingDays(ctx, "TBILL", 0)
	wantAPIError(t, err, http.StatusBadRequest, "invalid_n")

	// A second asset, under an auto-approval threshold of $10.
	small := dealingCalendar()
	small.AutoApproveBelow = "10000000"
	if _, err := issuer.SetDealingCalendar(ctx, "SMALL", small); err != nil {
		t.Fatal(err)
	}
	// One Dealing contract belongs to one asset.
	_, err = issuer.SetDealingCalendar(ctx, "OTHER", dealingCalendar())
	wantAPIError(t, err, http.StatusConflict, "dealing_taken")

	// The indexer's requests: TBILL's day has four priced, one unpaid wire
	// deposit and one after the cut-off.
	cal, err := store.Calendar(ctx, "TBILL")
	if err != nil {
		t.Fatal(err)
	}
	sched, err := cal.Schedule()
	if err != nil {
		t.Fatal(err)
	}
	cutoff, _, err := sched.PrevCutoff(time.Now())
	if err != nil {
		t.Fatal(err)
	}
	alice, bob := common.HexToAddress("0xa11ce"), common.HexToAddress("0xb0b")
	// Each request is stamped, as the contract does, with the first
	// cut-off strictly after it.
	req := func(c dealing.Calendar, id int64, kind dealing.Kind, amount string, who common.Address, wire, paid bool, at time.Time) dealing.Request {
		a, _ := new(big.Int).SetString(amount, 10)
		s, err := c.Schedule()
		if err != nil {
			t.Fatal(err)
		}
		stamp, _, err := s.NextCutoff(at)
		if err != nil {
			t.Fatal(err)
		}
		return dealing.Request{ChainID: c.ChainID, Dealing: c.Dealing, ID: big.NewInt(id), Kind: kind, Controller: who, Owner: who,
			Amount: a, Wire: wire, Paid: paid, RequestedAt: at, Cutoff: stamp, State: dealing.Pending}
	}
	early := cutoff.Add(-2 * time.Hour)
	reqs := []dealing.Request{
		req(cal, 1, dealing.Deposit, "1000000000", alice, false, false, early),       // $1000
		req(cal, 2, dealing.Redeem, "2000000000000000000", bob, false, false, early), // 2 units
		req(cal, 3, dealing.Deposit, "700000000", bob, true, false, early),           // wire, unpaid
		req(cal, 4, dealing.Deposit, "500000000", alice, true, true, early),          // wire, paid
		req(cal, 5, dealing.Deposit, "1000000", alice, false, false, cutoff.Add(time.Second)),
		req(cal, 6, dealing.Redeem, "333333333333333333", alice, false, false, cutoff.Add(-time.Second)), // the cut-off's last second
		req(cal, 8, dealing.Deposit, "2000000", bob, false, false, cutoff),                               // at the cut-off itself: the next day
		req(cal, 7, dealing.Deposit, "3000000", bob, false, false, early),
	}
	ic := &indexedChain{t: t, idx: &postgres.IndexStore{Pool: pool}, chainID: cal.ChainID}
	for _, r := range reqs {
		ic.request(r)
	}

	// Before the day's NAV round exists the book is open and the closer
	// waits.
	dec := uint8(8)
	if err := (&postgres.Deployments{Pool: pool}).SaveDeployment(ctx, chain.Deployment{ChainID: cal.ChainID, Name: "asset:TBILL:feed",
		Contract: "ValuationFeed", Address: cal.Feed, Decimals: &dec}); err != nil {
		t.Fatal(err)
	}
	nav, sent := postgres.DealingNAV{Index: ic.idx, Deployments: &postgres.Deployments{Pool: pool}, ChainID: cal.ChainID}, &sentBatches{}
	issuerPrincipal, err := keys.Principal(ctx, issuer.actor)
	if err != nil {
		t.Fatal(err)
	}
	closer := &dealing.Closer{Store: store, NAV: nav, Fulfiller: sent, Principal: issuerPrincipal,
		Gas: dealing.Gas{Base: 60_000, PerRequest: 150_000, Budget: 400_000}} // two requests per batch
	b, err := closer.CloseDay(ctx, "TBILL", cutoff)
	if !errors.Is(err, dealing.ErrNotYet) || b.State != dealing.BookOpen {
		t.Fatalf("CloseDay without a round: %s, %v", b.State, err)
	}
	if _, err := closer.CloseDay(ctx, "TBILL", cutoff.Add(time.Minute)); err == nil {
		t.Error("closed a day at a time that is not a cut-off")
	}
	ic.round(cutoff, cal.Feed, 41, 105_000_000, cutoff.Add(-time.Minute)) // before: not the day's
	ic.round(cutoff.Add(6*time.Minute), cal.Feed, 42, 105_000_000, cutoff.Add(5*time.Minute))
	b, err = closer.CloseDay(ctx, "TBILL", cutoff)
	if err != nil {
		t.Fatal(err)
	}
	book, err := auditor.DealingBook(ctx, b.ID)
	if err != nil {
		t.Fatal(err)
	}
	wantLines := []struct{ id, result, num string }{
		{"1", "952380952380952380952", "40000000000000"},
		{"2", "2100000", "0"},
		{"4", "476190476190476190476", "20000000000000"},
		{"6", "349999", "99999999999965000000000000"},
		{"7", "2857142857142857142", "90000000000000"},
	}
	if book.State != "priced" || len(book.Lines) != len(wantLines) || book.Round == nil || book.Round.ID != "42" {
		t.Fatalf("book %+v", book)
	}
	for i, w := range wantLines {
		l := book.Lines[i]
		if l.RequestID != w.id || l.Result != w.result || l.RemainderNum != w.num || l.RemainderDen != "100000000000000000000000000" {
			t.Errorf("line %d = %+v, want %+v", i, l, w)
		}
	}
	// Requests 5 (after the cut-off) and 8 (in its own second) are stamped
	// with the next day: they are not in this one at all.
	if len(book.Refused) != 1 || book.Refused[0] != (api.DealingRefusal{RequestID: "3", Reason: "unpaid_wire"}) {
		t.Errorf("refused %+v", book.Refused)
	}
	if tt := book.Totals; tt.GrossIn != "1503000000" || tt.GrossOut != "2449999" || tt.NetReserveNeed != "-1000550001" {
		t.Errorf("totals %+v", tt)
	}
	if len(book.Batches) != 3 || book.Batches[0].Gas != 360_000 || len(book.Batches[2].RequestIDs) != 1 ||
		book.Batches[1].IdempotencyKey != dealing.BatchKey(cal.ChainID, cal.Dealing, cutoff, 1) {
		t.Errorf("batches %+v", book.Batches)
	}
	if book.RequestedBy != issuer.actor || book.DecidedBy != "" {
		t.Errorf("requested by %s, decided by %s", book.RequestedBy, book.DecidedBy)
	}
	// Closing again returns the same book.
	if again, err := closer.CloseDay(ctx, "TBILL", cutoff); err != nil || again.ID != b.ID || len(again.Lines) != 5 {
		t.Errorf("closing again: %d lines of %d, %v", len(again.Lines), again.ID, err)
	}

	// Four-eyes: the requester's own owner may not approve, nor may an
	// issuer or auditor; an independent approver may.
	_, err = issuerApprover.ApproveDealingBook(ctx, b.ID, "mine")
	wantAPIError(t, err, http.StatusForbidden, "self_approval")
	_, err = issuer.ApproveDealingBook(ctx, b.ID, "")
	wantAPIError(t, err, http.StatusForbidden, "missing_scope")
	_, err = approver.RejectDealingBook(ctx, b.ID, "")
	wantAPIError(t, err, http.StatusBadRequest, "note_required")
	approved, err := approver.ApproveDealingBook(ctx, b.ID, "checked against the administrator's NAV")
	if err != nil {
		t.Fatal(err)
	}
	if approved.State != "approved" || approved.DecidedBy != approver.actor || approved.Policy != "" {
		t.Errorf("approved %+v", approved)
	}
	_, err = approver.RejectDealingBook(ctx, b.ID, "too late")
	wantAPIError(t, err, http.StatusConflict, "already_decided")
	_, err = approver.ApproveDealingBook(ctx, 999999, "")
	wantAPIError(t, err, http.StatusNotFound, "book_not_found")

	// Under the threshold a book is approved by policy, recorded as such;
	// the dealing job (system:dealing) is the requester.
	smallCal, err := store.Calendar(ctx, "SMALL")
	if err != nil {
		t.Fatal(err)
	}
	ic.request(req(smallCal, 1, dealing.Deposit, "5000000", alice, false, false, early))
	ic.request(req(smallCal, 2, dealing.Redeem, "1000000000000000000", bob, false, false, early)) // $1.05
	ic.block(cutoff.Add(7*time.Minute), nil, nil)                                                 // the index reaches past the cut-off again
	job := &dealing.Closer{Store: store, NAV: nav, Fulfiller: sent, Gas: dealing.Gas{Base: 1, PerRequest: 1, Budget: 100}, AutoApproveMax: autoMax}
	sb, err := job.CloseDay(ctx, "SMALL", cutoff)
	if err != nil {
		t.Fatal(err)
	}
	if sb.State != dealing.BookApproved || sb.DecidedBy != dealing.AutoApprover || sb.Policy != dealing.PolicyAutoApprove ||
		sb.RequestedBy != "system:dealing" || len(sb.Batches) != 1 {
		t.Errorf("small book: %s by %s (%s), requested by %s, %d batches", sb.State, sb.DecidedBy, sb.Policy, sb.RequestedBy, len(sb.Batches))
	}
	_, err = approver.ApproveDealingBook(ctx, sb.ID, "")
	wantAPIError(t, err, http.StatusConflict, "already_decided")

	// The closer sends the approved book's batches, then follows the
	// indexed requests to fulfilled.
	closer.Pass(ctx)
	if len(sent.keys) != 4 || sent.keys[3] != dealing.BatchKey(smallCal.ChainID, smallCal.Dealing, cutoff, 0) || sent.keys[0] != dealing.BatchKey(cal.ChainID, cal.Dealing, cutoff, 0) || len(sent.ids[1]) != 2 ||
		sent.ids[1][0].Int64() != 7 || sent.ids[1][1].Int64() != 2 {
		t.Fatalf("sent %v %v", sent.keys, sent.ids)
	}
	if got, _ := auditor.DealingBook(ctx, b.ID); got.State != "fulfilling" || got.Batches[2].State != "sent" {
		t.Fatalf("after sending: %s %+v", got.State, got.Batches)
	}
	closer.Pass(ctx) // nothing sent twice
	if len(sent.keys) != 4 {
		t.Errorf("batches sent again: %v", sent.keys)
	}
	ic.fulfil(cutoff.Add(10*time.Minute), reqs[0], reqs[1], reqs[3]) // requests 1, 2 and 4: batch 0 ([1 4], deposits first) and half of batch 1 ([7 2])
	closer.Pass(ctx)
	if got, _ := auditor.DealingBook(ctx, b.ID); got.State != "fulfilling" || got.Batches[0].State != "fulfilled" || got.Batches[1].State != "sent" {
		t.Fatalf("partly fulfilled: %s %+v", got.State, got.Batches)
	}
	ic.fulfil(cutoff.Add(11*time.Minute), reqs[5], reqs[7]) // requests 6 and 7
	closer.Pass(ctx)
	if got, _ := auditor.DealingBook(ctx, b.ID); got.State != "fulfilled" {
		t.Fatalf("all fulfilled: %s %+v", got.State, got.Batches)
	}

	// Lists: books newest first, requests by id with filters and cursors.
	var books []api.DealingBook
	for bk, err := range auditor.DealingBooks(ctx, "TBILL", 1) {
		if err != nil {
			t.Fatal(err)
		}
		books = append(books, bk)
	}
	if len(books) != 1 || books[0].ID != b.ID {
		t.Errorf("books %+v", books)
	}
	var ids []string
	for r, err := range auditor.DealingRequests(ctx, "TBILL", "", "", 2) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, r.ID)
		// Request 8, made in the cut-off's own second, is stamped with the next day.
		if r.ID == "8" && (r.Cutoff == nil || !r.Cutoff.Equal(reqs[6].Cutoff) || !r.Cutoff.After(cutoff)) {
			t.Errorf("request 8's cut-off %v, want the next day's %s", r.Cutoff, reqs[6].Cutoff)
		}
	}
	if len(ids) != 8 || ids[0] != "1" || ids[7] != "8" {
		t.Errorf("requests %v", ids)
	}
	ids = ids[:0]
	for r, err := range auditor.DealingRequests(ctx, "TBILL", "pending", alice.Hex(), 1) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, r.ID)
	}
	if len(ids) != 1 || ids[0] != "5" {
		t.Errorf("alice's pending requests %v", ids)
	}
	for _, err := range auditor.DealingRequests(ctx, "TBILL", "lost", "", 0) {
		wantAPIError(t, err, http.StatusBadRequest, "invalid_state")
	}

	// The days are the cut-offs published on chain first — here one off
	// the calendar, published under an earlier one, halfway to its next
	// day (and at least five minutes ahead, whatever the time of day) —
	// then the calendar's after the last published.
	base := time.Now().Add(10 * time.Minute)
	next, _, err := sched.NextCutoff(base)
	if err != nil {
		t.Fatal(err)
	}
	extra := base.Add(next.Sub(base) / 2).Truncate(time.Second)
	ic.block(time.Now(), []chain.DealingEvent{{Dealing: cal.Dealing, Kind: chain.DealingCutoffPublished, Cutoff: cutoff},
		{Dealing: cal.Dealing, Kind: chain.DealingCutoffPublished, Cutoff: extra},
		{Dealing: cal.Dealing, Kind: chain.DealingCutoffPublished, Cutoff: next}}, nil)
	days, err = auditor.DealingDays(ctx, "TBILL", 3)
	after, _, _ := sched.NextCutoff(next)
	if err != nil || len(days.Days) != 3 || !days.Days[0].Cutoff.Equal(extra) || !days.Days[1].Cutoff.Equal(next) || !days.Days[2].Cutoff.Equal(after) ||
		days.Days[0].Date != extra.In(sched.Location()).Format("2006-01-02") {
		t.Errorf("days with an off-calendar cut-off published: %+v, %v; want %s, %s, %s", days, err, extra, next, after)
	}
}

// The closer closes every passed day that requests are still pending at,
// by the cut-off each is stamped with: a day missed while the job was
// down is closed too, not only the latest.
func TestDealingCloserClosesMissedDays(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pool := pgtest.NewDB(t)
	store := &postgres.DealingStore{Pool: pool}
	con := testContracts("0x00000000000000000000000000000000000000d3")
	cal, err := store.SetCalendar(ctx, dealing.Calendar{Asset: "MISSED", ChainID: con.ChainID, Dealing: con.Dealing, Feed: con.Feed,
		PaymentToken: con.PaymentToken, UnitDecimals: 18, PaymentDecimals: 6, TimeZone: "UTC",
		BusinessDays: []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}, Cutoff: "16:00",
		SettlementLag: 1, NAVTTL: 86400, MinDeposit: big.NewInt(1), MinRedeem: big.NewInt(1), Modes: dealing.Modes(dealing.AsyncDeposit),
		UpdatedBy: "test", UpdatedAt: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	sched, err := cal.Schedule()
	if err != nil {
		t.Fatal(err)
	}
	latest, _, err := sched.PrevCutoff(time.Now())
	if err != nil {
		t.Fatal(err)
	}
	missed, _, err := sched.PrevCutoff(latest.Add(-time.Second))
	if err != nil {
		t.Fatal(err)
	}
	dec := uint8(8)
	if err := (&postgres.Deployments{Pool: pool}).SaveDeployment(ctx, chain.Deployment{ChainID: cal.ChainID, Name: "asset:MISSED:feed",
		Contract: "ValuationFeed", Address: cal.Feed, Decimals: &dec}); err != nil {
		t.Fatal(err)
	}
	ic := &indexedChain{t: t, idx: &postgres.IndexStore{Pool: pool}, chainID: cal.ChainID}
	request := func(id int64, cutoff time.Time) dealing.Request {
		return dealing.Request{ChainID: cal.ChainID, Dealing: cal.Dealing, ID: big.NewInt(id), Kind: dealing.Deposit,
			Controller: common.HexToAddress("0xa11ce"), Owner: common.HexToAddress("0xa11ce"), Amount: big.NewInt(1_000_000_000),
			RequestedAt: cutoff.Add(-time.Hour), Cutoff: cutoff, State: dealing.Pending}
	}
	ic.request(request(1, missed))
	ic.round(missed.Add(6*time.Minute), cal.Feed, 1, 100_000_000, missed.Add(5*time.Minute))
	ic.request(request(2, latest))
	ic.round(latest.Add(6*time.Minute), cal.Feed, 2, 110_000_000, latest.Add(5*time.Minute))

	closer := &dealing.Closer{Store: store, NAV: postgres.DealingNAV{Index: ic.idx, Deployments: &postgres.Deployments{Pool: pool}, ChainID: cal.ChainID},
		Fulfiller: &sentBatches{}, Gas: dealing.Gas{Base: 1, PerRequest: 1, Budget: 100}}
	closer.Pass(ctx)
	for _, day := range []struct {
		cutoff time.Time
		id     int64
		round  uint64
	}{{missed, 1, 1}, {latest, 2, 2}} {
		b, ok, err := store.BookAt(ctx, "MISSED", day.cutoff)
		if err != nil || !ok {
			t.Fatalf("no book for the day closing at %s: %v", day.cutoff, err)
		}
		if b.State != dealing.BookPriced || len(b.Lines) != 1 || b.Lines[0].RequestID.Int64() != day.id || b.Round.ID != day.round {
			t.Errorf("book of %s: %s, lines %+v, round %+v", day.cutoff, b.State, b.Lines, b.Round)
		}
	}
}
