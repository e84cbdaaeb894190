package web

import (
	"math/big"
	"net/http"
	"strconv"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/dealing"
	"github.com/tessera-rwa/tessera/errs"
)

// DealingRoutes returns the dealing module's /v1 routes, served by svc;
// pass them in Config.Routes. Issuers set calendars; readers (issuer,
// approver, compliance, auditor) read calendars, days, books and
// requests; an approver independent of the book's requester (the dealing
// job) approves or rejects a priced book. Readers also prepare the calls
// an investor's wallet signs itself (it changes nothing, so the
// Idempotency-Key header is optional).
func DealingRoutes(svc *dealing.Service) []Route {
	h := dealingHandlers{svc: svc}
	return []Route{
		{Method: "GET", Pattern: "/dealing/assets/{asset}/calendar", Summary: "An asset's dealing calendar",
			Action: auth.DealingCalendarRead, Response: api.DealingCalendar{}, Handler: h.getCalendar},
		{Method: "PUT", Pattern: "/dealing/assets/{asset}/calendar", Summary: "Set an asset's dealing calendar (every field checked; a bad one stores nothing)",
			Action: auth.DealingCalendarSet, Request: api.SetDealingCalendar{}, Response: api.DealingCalendar{}, Handler: h.setCalendar},
		{Method: "GET", Pattern: "/dealing/assets/{asset}/days", Summary: "An asset's next dealing days: each cut-off and settlement date",
			Action: auth.DealingCalendarRead, Response: api.DealingDays{}, Handler: h.days,
			Query: []QueryParam{{Name: "n", Description: "how many days (1 to 366, default 10)"}}},
		{Method: "GET", Pattern: "/dealing/assets/{asset}/books", Summary: "An asset's dealing books, newest cut-off first (without lines)",
			Action: auth.DealingBookRead, Response: api.List[api.DealingBook]{}, Paginated: true, Handler: h.books},
		{Method: "GET", Pattern: "/dealing/books/{id}", Summary: "A dealing book with its priced lines, refusals and batches",
			Action: auth.DealingBookRead, Response: api.DealingBook{}, Handler: h.book},
		{Method: "POST", Pattern: "/dealing/books/{id}/approve", Summary: "Approve a priced book (four-eyes: independent of its requester); the dealing job then fulfils it",
			Action: auth.DealingBookDecide, Request: api.Decision{}, Response: api.DealingBook{}, Handler: h.approve},
		{Method: "POST", Pattern: "/dealing/books/{id}/reject", Summary: "Reject a priced book (a note is required): nothing deals at its day, which the dealing job declares void on chain; its investors may then cancel its requests",
			Action: auth.DealingBookDecide, Request: api.Decision{}, Response: api.DealingBook{}, Handler: h.reject},
		{Method: "POST", Pattern: "/dealing/books/{id}/batches/{index}/retry", Summary: "Send a failed fulfilment batch again (same requests, same round) once its cause is fixed",
			Action: auth.DealingBatchRetry, Response: api.DealingBook{}, Handler: h.retry},
		{Method: "GET", Pattern: "/dealing/assets/{asset}/requests", Summary: "The subscription and redemption requests indexed from an asset's Dealing contract, by id",
			Action: auth.DealingBookRead, Response: api.List[api.DealingRequest]{}, Paginated: true, Handler: h.requests,
			Query: []QueryParam{{Name: "state", Description: "pending, fulfilled, claimed, cancelled, cancel_claimed or rejected"},
				{Name: "controller", Description: "only this controller's requests (an address)"}}},
		{Method: "POST", Pattern: "/dealing/assets/{asset}/requests/{id}/payment", Summary: "Confirm, with the bank's reference, that a wire subscription's money arrived (takes effect once an independent approver approves it)",
			Action: auth.DealingWireConfirm, Status: http.StatusCreated, Request: api.ConfirmWire{}, Response: api.WireConfirmation{}, Handler: h.confirmPayment},
		{Method: "POST", Pattern: "/dealing/assets/{asset}/requests/{id}/payout", Summary: "Confirm, with the bank's reference, that a priced wire redemption was paid out (takes effect once an independent approver approves it: its units are burned)",
			Action: auth.DealingWireConfirm, Status: http.StatusCreated, Request: api.ConfirmWire{}, Response: api.WireConfirmation{}, Handler: h.confirmPayout},
		{Method: "GET", Pattern: "/dealing/assets/{asset}/wire-confirmations", Summary: "An asset's wire payment and payout confirmations, newest first",
			Action: auth.DealingBookRead, Response: api.List[api.WireConfirmation]{}, Paginated: true, Handler: h.wires},
		{Method: "POST", Pattern: "/dealing/wire-confirmations/{id}/approve", Summary: "Approve another key's wire confirmation: the platform signer confirms it on chain (confirmPayment / confirmPayout)",
			Action: auth.DealingWireDecide, Request: api.Decision{}, Response: api.WireConfirmation{}, Handler: h.approveWire},
		{Method: "POST", Pattern: "/dealing/wire-confirmations/{id}/reject", Summary: "Reject a wire confirmation (a note is required); nothing reaches the chain",
			Action: auth.DealingWireDecide, Request: api.Decision{}, Response: api.WireConfirmation{}, Handler: h.rejectWire},
		{Method: "POST", Pattern: "/dealing/assets/{asset}/calls", Summary: "Prepare the unsigned calls a wallet signs itself to request, cancel or claim a subscription or redemption, or to deal instantly; every refusal the contract would make is made first, with its code (changes nothing)",
			Action: auth.DealingPrepare, Idempotency: IdempotencyOptional, Request: api.PrepareDealingCalls{}, Response: api.DealingCalls{}, Handler: h.calls},
	}
}

type dealingHandlers struct{ svc *dealing.Service }

func (h dealingHandlers) getCalendar(w http.ResponseWriter, r *http.Request) error {
	c, err := h.svc.Calendar(r.Context(), principal(r), chi.URLParam(r, "asset"))
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, calendarWire(c))
	return nil
}

// optionalBig reads an optional amount: "" is absent.
func optionalBig(field, s string) (*big.Int, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	return parseBig(field, s)
}

func (h dealingHandlers) setCalendar(w http.ResponseWriter, r *http.Request) error {
	var req api.SetDealingCalendar
	if err := Decode(r, &req); err != nil {
		return err
	}
	c := dealing.Calendar{Asset: chi.URLParam(r, "asset"), TimeZone: req.TimeZone, BusinessDays: req.BusinessDays,
		Holidays: req.Holidays, Cutoff: req.Cutoff, SettlementLag: req.SettlementLag, NAVTTL: req.NAVTTL, FeeBps: req.FeeBps,
		SubscribeLimit: dealing.RateLimit{Window: req.SubscribeLimit.Window}, RedeemLimit: dealing.RateLimit{Window: req.RedeemLimit.Window}}
	var err error
	for _, a := range []struct {
		field, in string
		out       **big.Int
		required  bool
	}{{"min_deposit_base", req.MinDeposit, &c.MinDeposit, req.MinDepositUnits == ""}, {"max_deposit_base", req.MaxDeposit, &c.MaxDeposit, false},
		{"min_redeem_base", req.MinRedeem, &c.MinRedeem, req.MinRedeemUnits == ""}, {"max_redeem_base", req.MaxRedeem, &c.MaxRedeem, false},
		{"auto_approve_below_base", req.AutoApproveBelow, &c.AutoApproveBelow, false},
		{"subscribe_limit.global_base", req.SubscribeLimit.Global, &c.SubscribeLimit.Global, false},
		{"subscribe_limit.per_investor_base", req.SubscribeLimit.PerInvestor, &c.SubscribeLimit.PerInvestor, false},
		{"redeem_limit.global_base", req.RedeemLimit.Global, &c.RedeemLimit.Global, false},
		{"redeem_limit.per_investor_base", req.RedeemLimit.PerInvestor, &c.RedeemLimit.PerInvestor, false}} {
		if a.required {
			*a.out, err = parseBig(a.field, a.in)
		} else {
			*a.out, err = optionalBig(a.field, a.in)
		}
		if err != nil {
			return err
		}
	}
	t := dealing.Tickets{MinDeposit: req.MinDepositUnits, MaxDeposit: req.MaxDepositUnits, MinRedeem: req.MinRedeemUnits, MaxRedeem: req.MaxRedeemUnits,
		AutoApproveBelow: req.AutoApproveBelowUnits, SubscribeGlobal: req.SubscribeLimit.GlobalUnits, SubscribePerInvestor: req.SubscribeLimit.PerInvestorUnits,
		RedeemGlobal: req.RedeemLimit.GlobalUnits, RedeemPerInvestor: req.RedeemLimit.PerInvestorUnits}
	if t != (dealing.Tickets{}) {
		c.Tickets = &t
	}
	if c.Modes, err = dealing.ParseModes(req.Modes); err != nil {
		return err
	}
	out, err := h.svc.SetCalendar(r.Context(), principal(r), c)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, calendarWire(out))
	return nil
}

func (h dealingHandlers) days(w http.ResponseWriter, r *http.Request) error {
	n := 10
	if s := r.URL.Query().Get("n"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil {
			return errs.E(errs.Invalid, "invalid_n", "n must be a whole number from 1 to 366")
		}
		n = v
	}
	asset := chi.URLParam(r, "asset")
	c, err := h.svc.Calendar(r.Context(), principal(r), asset)
	if err != nil {
		return err
	}
	days, err := h.svc.Days(r.Context(), principal(r), asset, n)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, api.DealingDays{Asset: asset, TimeZone: c.TimeZone, Days: mapSlice(days, func(d dealing.Day) api.DealingDay {
		return api.DealingDay{Date: d.Date.String(), Cutoff: d.Cutoff.UTC(), Settlement: d.Settlement.String()}
	})})
	return nil
}

func (h dealingHandlers) books(w http.ResponseWriter, r *http.Request) error {
	p, err := ReadPage[int64](r)
	if err != nil {
		return err
	}
	if p.HasAfter && p.After <= 0 {
		return errs.E(errs.Invalid, "invalid_cursor", "cursor is not one this list returned")
	}
	books, err := h.svc.Books(r.Context(), principal(r), chi.URLParam(r, "asset"), p.After, p.Limit+1)
	if err != nil {
		return err
	}
	list := Paginate(p, books, func(b dealing.Book) int64 { return b.ID })
	JSON(w, r, http.StatusOK, api.List[api.DealingBook]{NextCursor: list.NextCursor, Items: mapSlice(list.Items, bookWire)})
	return nil
}

func bookID(r *http.Request) (int64, error) {
	return idParam(r, "book_not_found", "no such book")
}

func (h dealingHandlers) book(w http.ResponseWriter, r *http.Request) error {
	id, err := bookID(r)
	if err != nil {
		return err
	}
	b, err := h.svc.Book(r.Context(), principal(r), id)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, bookWire(b))
	return nil
}

func (h dealingHandlers) approve(w http.ResponseWriter, r *http.Request) error {
	return decideRequest(w, r, bookID, h.svc.ApproveBook, bookWire)
}
func (h dealingHandlers) reject(w http.ResponseWriter, r *http.Request) error {
	return decideRequest(w, r, bookID, h.svc.RejectBook, bookWire)
}

func (h dealingHandlers) retry(w http.ResponseWriter, r *http.Request) error {
	id, err := bookID(r)
	if err != nil {
		return err
	}
	index, err := strconv.Atoi(chi.URLParam(r, "index"))
	if err != nil || index < 0 {
		return errs.E(errs.Invalid, "invalid_batch", "the batch index is a number from 0")
	}
	b, err := h.svc.RetryBatch(r.Context(), principal(r), id, index)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, bookWire(b))
	return nil
}

func (h dealingHandlers) requests(w http.ResponseWriter, r *http.Request) error {
	p, err := ReadPage[string](r)
	if err != nil {
		return err
	}
	var after *big.Int
	if p.HasAfter {
		v, ok := new(big.Int).SetString(p.After, 10)
		if !ok || v.Sign() <= 0 {
			return errs.E(errs.Invalid, "invalid_cursor", "cursor is not one this list returned")
		}
		after = v
	}
	q := r.URL.Query()
	f := dealing.RequestFilter{State: dealing.RequestState(q.Get("state"))}
	if s := q.Get("controller"); s != "" {
		a, err := parseAddress("controller", s)
		if err != nil {
			return err
		}
		f.Controller = &a
	}
	rs, err := h.svc.Requests(r.Context(), principal(r), chi.URLParam(r, "asset"), f, after, p.Limit+1)
	if err != nil {
		return err
	}
	list := Paginate(p, rs, func(r dealing.Request) string { return r.ID.String() })
	JSON(w, r, http.StatusOK, api.List[api.DealingRequest]{NextCursor: list.NextCursor, Items: mapSlice(list.Items, dealingRequestWire)})
	return nil
}

func (h dealingHandlers) calls(w http.ResponseWriter, r *http.Request) error {
	var req api.PrepareDealingCalls
	if err := Decode(r, &req); err != nil {
		return err
	}
	wallet, err := parseAddress("wallet", req.Wallet)
	if err != nil {
		return err
	}
	cr := dealing.CallRequest{Action: dealing.CallAction(req.Action), Wallet: wallet, Side: dealing.Kind(req.Side), Reference: req.Reference,
		AmountUnits: req.AmountUnits, MinOutUnits: req.MinOutUnits}
	for _, a := range []struct {
		field, in string
		out       **big.Int
	}{{"amount_base", req.Amount, &cr.Amount}, {"request_id", req.RequestID, &cr.RequestID}, {"min_out_base", req.MinOut, &cr.MinOut}} {
		if *a.out, err = optionalBig(a.field, a.in); err != nil {
			return err
		}
	}
	p, err := h.svc.Prepare(r.Context(), principal(r), chi.URLParam(r, "asset"), cr)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, dealingCallsWire(p))
	return nil
}

func (h dealingHandlers) confirmWire(w http.ResponseWriter, r *http.Request, kind dealing.WireKind) error {
	id, ok := new(big.Int).SetString(chi.URLParam(r, "id"), 10)
	if !ok || id.Sign() <= 0 {
		return errs.E(errs.NotFound, "request_not_found", "no such request")
	}
	var req api.ConfirmWire
	if err := Decode(r, &req); err != nil {
		return err
	}
	asset := chi.URLParam(r, "asset")
	var (
		c   dealing.WireConfirmation
		err error
	)
	if kind == dealing.Payment {
		c, err = h.svc.RequestWirePayment(r.Context(), principal(r), asset, id, req.Reference)
	} else {
		c, err = h.svc.RequestWirePayout(r.Context(), principal(r), asset, id, req.Reference)
	}
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusCreated, wireConfirmationWire(c))
	return nil
}

func (h dealingHandlers) confirmPayment(w http.ResponseWriter, r *http.Request) error {
	return h.confirmWire(w, r, dealing.Payment)
}
func (h dealingHandlers) confirmPayout(w http.ResponseWriter, r *http.Request) error {
	return h.confirmWire(w, r, dealing.Payout)
}

func (h dealingHandlers) wires(w http.ResponseWriter, r *http.Request) error {
	p, err := ReadPage[int64](r)
	if err != nil {
		return err
	}
	if p.HasAfter && p.After <= 0 {
		return errs.E(errs.Invalid, "invalid_cursor", "cursor is not one this list returned")
	}
	cs, err := h.svc.Wires(r.Context(), principal(r), chi.URLParam(r, "asset"), p.After, p.Limit+1)
	if err != nil {
		return err
	}
	list := Paginate(p, cs, func(c dealing.WireConfirmation) int64 { return c.ID })
	JSON(w, r, http.StatusOK, api.List[api.WireConfirmation]{NextCursor: list.NextCursor, Items: mapSlice(list.Items, wireConfirmationWire)})
	return nil
}

func (h dealingHandlers) approveWire(w http.ResponseWriter, r *http.Request) error {
	return decideRequest(w, r, wireConfirmationID, h.svc.ApproveWire, wireConfirmationWire)
}
func (h dealingHandlers) rejectWire(w http.ResponseWriter, r *http.Request) error {
	return decideRequest(w, r, wireConfirmationID, h.svc.RejectWire, wireConfirmationWire)
}

func wireConfirmationID(r *http.Request) (int64, error) {
	return idParam(r, "wire_confirmation_not_found", "no such wire confirmation")
}
