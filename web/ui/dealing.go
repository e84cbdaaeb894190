package ui

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/go-chi/chi/v5"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/dealing"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/web"
)

// navDecimals are the decimals of the valuation feeds tokenization
// deploys: a NAV answer is the value of one unit scaled by 10^8.
const navDecimals = 8

// dayView is a dealing day as pages show it: the cut-off in the
// calendar's own zone and in UTC.
type dayView struct {
	Date       string
	Local      string // 2006-01-02 15:04 MST in the calendar's zone
	UTC        string
	ISO        string // for <time datetime>
	Settlement string
}

func viewDay(d dealing.Day, loc *time.Location) dayView {
	return dayView{Date: d.Date.String(), Local: d.Cutoff.In(loc).Format("Mon 2006-01-02 15:04 MST"),
		UTC: d.Cutoff.UTC().Format("2006-01-02 15:04 UTC"), ISO: d.Cutoff.UTC().Format(time.RFC3339), Settlement: d.Settlement.String()}
}

// navView is a NAV round: its answer per unit, and how old it is by the
// platform's clock.
type navView struct {
	Round   string
	Answer  string // in the asset's currency
	Updated string
	ISO     string
	Age     string
}

// dealingRequestView is one of the wallet's requests.
type dealingRequestView struct {
	ID     string
	Kind   string // subscription or redemption
	Amount string // with its unit
	Result string // "" until priced
	State  dealing.RequestState
	Round  uint64
	NAV    string // the round's answer, "" when not read
	Day    string // the dealing day it belongs to
	Wire   bool
	Void   bool // its day is void: it may only be cancelled
	At     string
}

// dealingView is one asset's dealing section of the portal.
type dealingView struct {
	Asset      issuance.Asset
	Zone       string
	Cutoff     string // HH:MM local
	Days       []dayView
	NAV        *navView
	Payment    common.Address
	PayLabel   string // what payment amounts are named by
	FeeBps     uint16
	MinDeposit string
	MinRedeem  string
	Open       struct{ Deposit, Redeem, Subscribe, RedeemInstant bool }
	Pending    []dealingRequestView
	Claimable  []dealingRequestView
	Settled    []dealingRequestView
	More       bool
}

// ageAt says how long before now t was, by the platform's clock.
func ageAt(t, now time.Time) string {
	d := now.Sub(t)
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return fmt.Sprintf("%d min ago", int(d/time.Minute))
	case d < 48*time.Hour:
		return fmt.Sprintf("%d h ago", int(d/time.Hour))
	}
	return fmt.Sprintf("%d days ago", int(d/(24*time.Hour)))
}

func fmtUnits(v *big.Int, decimals uint8) string {
	if v == nil {
		return ""
	}
	return unitsOf(v.String(), decimals)
}

// portalDealing reads the dealing sections of wallet's portal: every asset
// with a calendar, through the dealing service's wallet door (the
// wallet's own requests only).
func (u *UI) portalDealing(ctx context.Context, wallet common.Address) ([]dealingView, error) {
	if u.cfg.Dealing == nil {
		return nil, nil
	}
	was, err := u.cfg.Dealing.WalletAssets(ctx, wallet, 3)
	if err != nil {
		return nil, err
	}
	out := make([]dealingView, 0, len(was))
	for _, wa := range was {
		v, err := u.dealingSection(ctx, wa)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

func (u *UI) dealingSection(ctx context.Context, wa dealing.WalletAsset) (dealingView, error) {
	c := wa.Calendar
	a, err := u.cfg.Issuance.Asset(ctx, c.Asset)
	if err != nil {
		return dealingView{}, err
	}
	sched, err := c.Schedule()
	if err != nil {
		return dealingView{}, err
	}
	loc, now := sched.Location(), u.cfg.Now()
	v := dealingView{Asset: a, Zone: c.TimeZone, Cutoff: c.Cutoff, Payment: c.PaymentToken, PayLabel: a.Currency,
		FeeBps: c.FeeBps, MinDeposit: fmtUnits(c.MinDeposit, c.PaymentDecimals), MinRedeem: fmtUnits(c.MinRedeem, c.UnitDecimals), More: wa.More}
	if v.PayLabel == "" {
		v.PayLabel = "payment"
	}
	v.Open.Deposit, v.Open.Redeem = c.Modes.Has(dealing.AsyncDeposit), c.Modes.Has(dealing.AsyncRedeem)
	v.Open.Subscribe, v.Open.RedeemInstant = c.Modes.Has(dealing.InstantSubscribe), c.Modes.Has(dealing.InstantRedeem)
	for _, d := range wa.Days {
		v.Days = append(v.Days, viewDay(d, loc))
	}
	if r, ok, err := u.cfg.Rounds.LatestValuation(ctx, c.ChainID, c.Feed, chain.ViewLatest); err != nil {
		return dealingView{}, err
	} else if ok {
		v.NAV = &navView{Round: r.RoundID.String(), Answer: money(r.Answer.String(), navDecimals), Updated: r.UpdatedAt.UTC().Format("2006-01-02 15:04 UTC"),
			ISO: r.UpdatedAt.UTC().Format(time.RFC3339), Age: ageAt(r.UpdatedAt, now)}
	}
	want := map[uint64]bool{}
	for _, r := range wa.Requests {
		if r.Round > 0 {
			want[r.Round] = true
		}
	}
	navs, err := u.roundAnswers(ctx, c.ChainID, c.Feed, want)
	if err != nil {
		return dealingView{}, err
	}
	// Newest first: what the investor did last is on top.
	for _, r := range slices.Backward(wa.Requests) {
		rv := dealingRequestView{ID: r.ID.String(), State: r.State, Round: r.Round, NAV: navs[r.Round], Wire: r.Wire, Void: r.DayVoid,
			At: r.RequestedAt.UTC().Format("2006-01-02 15:04 UTC")}
		if d, err := sched.DayOf(r.RequestedAt); err == nil {
			rv.Day = d.Date.String()
		}
		if r.Kind == dealing.Deposit {
			rv.Kind, rv.Amount = "subscription", fmtUnits(r.Amount, c.PaymentDecimals)+" "+v.PayLabel
			if r.Result != nil {
				rv.Result = fmtUnits(r.Result, c.UnitDecimals) + " units"
			}
		} else {
			rv.Kind, rv.Amount = "redemption", fmtUnits(r.Amount, c.UnitDecimals)+" units"
			if r.Result != nil {
				rv.Result = fmtUnits(r.Result, c.PaymentDecimals) + " " + v.PayLabel
			}
		}
		switch r.State {
		case dealing.Pending:
			v.Pending = append(v.Pending, rv)
		case dealing.Fulfilled:
			v.Claimable = append(v.Claimable, rv)
		default:
			v.Settled = append(v.Settled, rv)
		}
	}
	return v, nil
}

// roundAnswers reads the answers of the wanted rounds of feed from its
// indexed rounds, formatted per unit; a round not found is left out.
func (u *UI) roundAnswers(ctx context.Context, chainID *big.Int, feed common.Address, want map[uint64]bool) (map[uint64]string, error) {
	out := map[uint64]string{}
	var after *chain.EventPos
	for page := 0; len(out) < len(want) && page < 20; page++ {
		rs, err := u.cfg.Rounds.ValuationRounds(ctx, chainID, feed, chain.ViewLatest, after, 500)
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			if r.RoundID.IsUint64() && want[r.RoundID.Uint64()] {
				out[r.RoundID.Uint64()] = money(r.Answer.String(), navDecimals)
			}
		}
		if len(rs) < 500 {
			break
		}
		p := rs[len(rs)-1].Pos()
		after = &p
	}
	return out, nil
}

// dealingCallsRequest is what a portal dealing form posts: amounts as
// decimal numbers of whole units (payment or units, by action). It names
// no wallet: the calls are always the signed-in wallet's.
type dealingCallsRequest struct {
	Action    string `json:"action"`
	Amount    string `json:"amount,omitempty"`
	RequestID string `json:"request_id,omitempty"`
	Side      string `json:"side,omitempty"`
	MinOut    string `json:"min_out,omitempty"`
	// Wallet is read only to be refused: a form that names a wallet is
	// not one of ours.
	Wallet *json.RawMessage `json:"wallet,omitempty"`
}

// walletCall is one transaction the browser's wallet sends.
type walletCall struct {
	To          common.Address `json:"to"`
	Data        hexutil.Bytes  `json:"data"`
	Description string         `json:"description"`
}

// walletCalls are the calls the wallet sends, in order, with what they
// lead to in words.
type walletCalls struct {
	From     common.Address `json:"from"`
	ChainID  string         `json:"chain_id"`
	Calls    []walletCall   `json:"calls"`
	Expected []string       `json:"expected"`
	Day      string         `json:"day,omitempty"`
}

// prepareDealing prepares the calls the signed-in wallet sends itself for
// one dealing action on an asset: PrepareCalls, for the session's wallet
// and no other. A refusal comes back as the service's error, code and
// message.
func (u *UI) prepareDealing(w http.ResponseWriter, r *http.Request) (any, error) {
	if u.cfg.Dealing == nil {
		return nil, errs.E(errs.Unavailable, "dealing_unavailable", "dealing is not running on this server")
	}
	s, _ := sessionFrom(r.Context())
	wallet := common.HexToAddress(s.Subject)
	var req dealingCallsRequest
	if err := web.Decode(r, &req); err != nil {
		return nil, err
	}
	if req.Wallet != nil {
		return nil, errs.E(errs.Invalid, "wallet_not_accepted", "the calls are prepared for the signed-in wallet "+wallet.Hex()+": a form cannot name a wallet")
	}
	ctx := r.Context()
	asset := chi.URLParam(r, "asset")
	c, err := u.cfg.Dealing.WalletCalendar(ctx, asset)
	if err != nil {
		return nil, err
	}
	// The form's amounts are units; the domain converts them by the
	// calendar's decimals.
	cr := dealing.CallRequest{Action: dealing.CallAction(req.Action), Side: dealing.Kind(req.Side), AmountUnits: req.Amount, MinOutUnits: req.MinOut}
	if req.RequestID != "" {
		id, ok := new(big.Int).SetString(req.RequestID, 10)
		if !ok || id.Sign() <= 0 {
			return nil, errs.E(errs.Invalid, "invalid_request_id", "request_id must be a positive integer")
		}
		cr.RequestID = id
	}
	p, err := u.cfg.Dealing.PrepareCalls(ctx, wallet, asset, cr)
	if err != nil {
		return nil, err
	}
	a, err := u.cfg.Issuance.Asset(ctx, asset)
	if err != nil {
		return nil, err
	}
	label := a.Currency
	if label == "" {
		label = "payment"
	}
	out := walletCalls{From: p.From, ChainID: p.ChainID.String(), Calls: []walletCall{}, Expected: []string{}}
	for _, call := range p.Calls {
		out.Calls = append(out.Calls, walletCall{To: call.To, Data: call.Data, Description: call.Description})
	}
	for _, o := range p.Expected {
		var s string
		if o.What == "units" {
			s = fmtUnits(o.Amount, c.UnitDecimals) + " units"
		} else {
			s = fmtUnits(o.Amount, c.PaymentDecimals) + " " + label
		}
		if o.Fee != nil && o.Fee.Sign() > 0 {
			s += " after a fee of " + fmtUnits(o.Fee, c.PaymentDecimals) + " " + label
		}
		if o.Estimate {
			s = "about " + s + " at the latest NAV (the dealing day's NAV decides)"
		}
		out.Expected = append(out.Expected, s)
	}
	if p.Day != nil {
		loc, _ := time.LoadLocation(c.TimeZone)
		if loc == nil {
			loc = time.UTC
		}
		d := viewDay(*p.Day, loc)
		out.Day = "dealing day " + d.Date + " (cut-off " + d.Local + ", " + d.UTC + "; settles " + d.Settlement + ")"
	}
	return out, nil
}

// bookRow is a book as the asset's dealing page lists it.
type bookRow struct {
	dealing.Book
	NAV string
}

// dealingPage is an asset's dealing for operators: its calendar with the
// next dealing days, and its books, newest first.
func (u *UI) dealingPage(w http.ResponseWriter, r *http.Request) error {
	p, err := principal(r, auth.DealingBookRead)
	if err != nil {
		return err
	}
	ctx := r.Context()
	a, err := u.cfg.Issuance.Asset(ctx, chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	data := map[string]any{"Title": a.Name + " · dealing", "Asset": a}
	if u.cfg.Dealing == nil {
		return u.render(w, r, http.StatusOK, "dealing", data)
	}
	svc := u.cfg.Dealing
	cal, err := svc.Calendar(ctx, p, a.ID)
	if errs.Is(err, errs.NotFound) {
		return u.render(w, r, http.StatusOK, "dealing", data)
	}
	if err != nil {
		return err
	}
	loc, err := time.LoadLocation(cal.TimeZone)
	if err != nil {
		return err
	}
	days, err := svc.Days(ctx, p, a.ID, 5)
	if err != nil {
		return err
	}
	var dv []dayView
	for _, d := range days {
		dv = append(dv, viewDay(d, loc))
	}
	var before int64
	if b := r.URL.Query().Get("before"); b != "" {
		if before, err = strconv.ParseInt(b, 10, 64); err != nil || before <= 0 {
			return errs.E(errs.Invalid, "invalid_cursor", "the page cursor is not one this page gave")
		}
	}
	books, err := svc.Books(ctx, p, a.ID, before, 21)
	if err != nil {
		return err
	}
	next := ""
	if len(books) > 20 {
		books = books[:20]
		next = strconv.FormatInt(books[len(books)-1].ID, 10)
	}
	rows := make([]bookRow, 0, len(books))
	for _, b := range books {
		rows = append(rows, bookRow{Book: b, NAV: bookNAV(b)})
	}
	data["Calendar"], data["Days"], data["Books"], data["Next"], data["Paged"] = cal, dv, rows, next, before > 0
	data["Modes"] = strings.Join(cal.Modes.Names(), ", ")
	return u.render(w, r, http.StatusOK, "dealing", data)
}

// bookRoute is the principal of a book route, allowed action a, and the
// book id its path names.
func (u *UI) bookRoute(r *http.Request, a auth.Action) (auth.Principal, int64, error) {
	p, err := principal(r, a)
	if err != nil {
		return p, 0, err
	}
	if u.cfg.Dealing == nil {
		return p, 0, notFound("dealing is not running on this server")
	}
	id, err := strconv.ParseInt(chi.URLParam(r, "bid"), 10, 64)
	if err != nil || id <= 0 {
		return p, 0, notFound("no dealing book " + chi.URLParam(r, "bid"))
	}
	return p, id, nil
}

// bookNAV is a priced book's NAV per unit, "" before it is priced.
func bookNAV(b dealing.Book) string {
	if b.Round.ID == 0 || b.Round.Answer == nil {
		return ""
	}
	return money(b.Round.Answer.String(), b.Round.Decimals)
}

// bookPage is one dealing book: its totals, lines, refusals and batches,
// and the decision, offered to a principal who may decide it.
func (u *UI) bookPage(w http.ResponseWriter, r *http.Request) error {
	p, id, err := u.bookRoute(r, auth.DealingBookRead)
	if err != nil {
		return err
	}
	ctx := r.Context()
	b, err := u.cfg.Dealing.Book(ctx, p, id)
	if err != nil {
		return err
	}
	a, err := u.cfg.Issuance.Asset(ctx, b.Asset)
	if err != nil {
		return err
	}
	failed := false
	for _, bt := range b.Batches {
		failed = failed || bt.State == dealing.BatchFailed
	}
	data := map[string]any{"Title": fmt.Sprintf("%s · book %d", a.Name, b.ID), "Asset": a, "Book": b, "Currency": a.Currency,
		"NAV": bookNAV(b), "Failed": failed}
	data["Notice"] = noticeOf(r, nil)
	return u.render(w, r, http.StatusOK, "book", data)
}

// retryBatch sends a failed batch again through the dealing service.
func (u *UI) retryBatch(w http.ResponseWriter, r *http.Request) error {
	who, id, err := u.bookRoute(r, auth.DealingBatchRetry)
	if err != nil {
		return err
	}
	index, err := strconv.Atoi(chi.URLParam(r, "index"))
	if err != nil || index < 0 {
		return notFound("no such batch")
	}
	if _, err := u.cfg.Dealing.RetryBatch(r.Context(), who, id, index); err != nil {
		return err
	}
	return back(w, r, fmt.Sprintf("/ui/console/dealing/books/%d", id), noticeBatchRetried, "")
}

// decideBook approves or rejects a priced book through the dealing
// service, which holds the four-eyes rule: the UI decides nothing itself.
func (u *UI) decideBook(w http.ResponseWriter, r *http.Request) error {
	who, id, err := u.bookRoute(r, auth.DealingBookDecide)
	if err != nil {
		return err
	}
	note := strings.TrimSpace(r.PostFormValue("note"))
	var code string
	switch chi.URLParam(r, "decision") {
	case "approve":
		_, err = u.cfg.Dealing.ApproveBook(r.Context(), who, id, note)
		code = noticeBookApproved
	case "reject":
		_, err = u.cfg.Dealing.RejectBook(r.Context(), who, id, note)
		code = noticeBookRejected
	default:
		return notFound("no such decision")
	}
	if err != nil {
		return err
	}
	return back(w, r, fmt.Sprintf("/ui/console/dealing/books/%d", id), code, "")
}
