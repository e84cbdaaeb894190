package dealing

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/errs"
)

// WireKind is what a wire confirmation says about the money of a wire
// request, which moves off chain.
type WireKind string

// The kinds of wire confirmation.
const (
	// Payment: a wire subscription's money arrived; the request may now
	// be fulfilled (Dealing.confirmPayment).
	Payment WireKind = "payment"
	// Payout: a priced wire redemption was paid by wire; its locked units
	// are burned (Dealing.confirmPayout).
	Payout WireKind = "payout"
)

// WireState is where a wire confirmation stands.
type WireState string

// A confirmation is requested (pending), then approved by an independent
// principal, which sends it to the chain, or rejected; once sent it is
// confirmed by its transaction or failed (the request may then be
// confirmed again).
const (
	WirePending   WireState = "pending"
	WireApproved  WireState = "approved" // sent; its transaction is not yet known to have gone through
	WireRejected  WireState = "rejected"
	WireConfirmed WireState = "confirmed"
	WireFailed    WireState = "failed"
)

// MaxReference bounds a bank reference, in characters: SWIFT's remittance
// information and SEPA's are 140.
const MaxReference = 140

// WireConfirmation is one four-eyes confirmation of a wire request's
// money: Reference is the bank's reference as the requester typed it,
// RefHash its keccak256, the ref the contract records.
type WireConfirmation struct {
	ID          int64
	Asset       string
	ChainID     *big.Int
	Dealing     common.Address
	RequestID   *big.Int
	Kind        WireKind
	Reference   string
	RefHash     common.Hash
	RequestedBy string
	RequestedAt time.Time
	DecidedBy   string
	DecidedAt   *time.Time
	Note        string
	State       WireState
	TxKey       string
	TxHash      *common.Hash
	Error       string // why the chain refused it (failed)
	UpdatedAt   time.Time
}

// RefHash is the ref a reference is recorded under on chain:
// keccak256 of its UTF-8 bytes.
func RefHash(reference string) common.Hash { return crypto.Keccak256Hash([]byte(reference)) }

// WireKey is the idempotency key of a confirmation's transaction:
// dealing:<chainID>:<dealing>:payment|payout:<request id>, with #n for the
// n-th attempt after n-1 failed ones.
func WireKey(chainID *big.Int, dealing common.Address, kind WireKind, requestID *big.Int, attempt int) string {
	k := "dealing:" + chainID.String() + ":" + dealing.Hex() + ":" + string(kind) + ":" + requestID.String()
	if attempt > 1 {
		k += fmt.Sprintf("#%d", attempt)
	}
	return k
}

// CheckReference trims a bank reference and refuses an empty one, one
// longer than MaxReference characters, or one with control characters.
func CheckReference(reference string) (string, error) {
	r := strings.TrimSpace(reference)
	switch {
	case r == "":
		return "", errs.E(errs.Invalid, "reference_required", "a wire confirmation needs the bank's reference")
	case !utf8.ValidString(r):
		return "", errs.E(errs.Invalid, "invalid_reference", "the reference is not UTF-8 text")
	case utf8.RuneCountInString(r) > MaxReference:
		return "", errs.E(errs.Invalid, "reference_too_long", fmt.Sprintf("a reference has at most %d characters", MaxReference))
	case strings.IndexFunc(r, unicode.IsControl) >= 0:
		return "", errs.E(errs.Invalid, "invalid_reference", "the reference holds control characters")
	}
	return r, nil
}

// WireOutcome is how a confirmation's transaction ended, as far as the
// sender waited: TxHash once mined, Failed with the chain's reason (its
// code in FailedCode), neither while it is still on its way.
type WireOutcome struct {
	TxHash     *common.Hash
	Failed     string
	FailedCode string
}

// WireSender sends confirmPayment / confirmPayout to a Dealing contract
// through the transaction manager of the signer holding FULFILLER_ROLE,
// under key (sending a key twice sends one transaction), and waits a
// bounded time for its outcome. ChainWire implements it.
type WireSender interface {
	SendWire(ctx context.Context, key string, dealing common.Address, kind WireKind, requestID *big.Int, ref common.Hash) (WireOutcome, error)
}

// ChainWire implements WireSender with a txmgr.Sender.
type ChainWire struct {
	Tx txmgr.Sender
	// Timeout bounds the wait for the transaction; default 2 minutes.
	// Past it the confirmation stays approved and its state follows the
	// transaction.
	Timeout time.Duration
}

var _ WireSender = ChainWire{}

// SendWire implements WireSender.
func (w ChainWire) SendWire(ctx context.Context, key string, dl common.Address, kind WireKind, id *big.Int, ref common.Hash) (WireOutcome, error) {
	timeout := w.Timeout
	if timeout == 0 {
		timeout = 2 * time.Minute
	}
	data := dealingABI.PackConfirmPayment(id, ref)
	if kind == Payout {
		data = dealingABI.PackConfirmPayout(id, ref)
	}
	wctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	rec, err := w.Tx.SubmitAndWait(wctx, txmgr.Request{IdempotencyKey: key, To: &dl, Data: data})
	var failed *txmgr.FailedError
	switch {
	case errors.As(err, &failed):
		return WireOutcome{Failed: failed.Reason, FailedCode: reasonCode(failed.Reason, "chain_write_failed")}, nil
	case errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil:
		return WireOutcome{}, nil
	case err != nil:
		return WireOutcome{}, err
	}
	h := rec.TxHash
	return WireOutcome{TxHash: &h}, nil
}

// WireStore keeps wire confirmations (the Store's dealing_wire_
// confirmations).
type WireStore interface {
	// CreateWire stores c as pending and returns it with its id. A live
	// (pending, approved or confirmed) confirmation of the same request
	// is errs.Conflict already_confirmed; a live one of another request
	// of the asset with the same reference is errs.Conflict
	// reference_reused.
	CreateWire(ctx context.Context, c WireConfirmation) (WireConfirmation, error)
	// Wire returns a confirmation, or ErrNotFound.
	Wire(ctx context.Context, id int64) (WireConfirmation, error)
	// Wires lists an asset's confirmations, newest first, before the one
	// with id before (0: from the newest), up to limit.
	Wires(ctx context.Context, asset string, before int64, limit int) ([]WireConfirmation, error)
	// FailedWires counts the failed confirmations of a request.
	FailedWires(ctx context.Context, chainID *big.Int, dealing common.Address, requestID *big.Int) (int, error)
	// UpdateWire locks the confirmation, lets change modify its state,
	// decision, transaction and error, and stores them.
	UpdateWire(ctx context.Context, id int64, change func(c *WireConfirmation) error) (WireConfirmation, error)
}

// RequestWirePayment records, for asset's wire subscription requestID,
// that its money arrived with the bank's reference: a pending
// confirmation that takes effect once an independent principal approves
// it (ApproveWire). See checkWire for the refusals.
func (s *Service) RequestWirePayment(ctx context.Context, p auth.Principal, asset string, requestID *big.Int, reference string) (WireConfirmation, error) {
	return s.requestWire(ctx, p, asset, requestID, Payment, reference)
}

// RequestWirePayout records that asset's priced wire redemption requestID
// was paid by wire, as RequestWirePayment does; approved, its locked
// units are burned.
func (s *Service) RequestWirePayout(ctx context.Context, p auth.Principal, asset string, requestID *big.Int, reference string) (WireConfirmation, error) {
	return s.requestWire(ctx, p, asset, requestID, Payout, reference)
}

func (s *Service) requestWire(ctx context.Context, p auth.Principal, asset string, requestID *big.Int, kind WireKind, reference string) (WireConfirmation, error) {
	if err := auth.Authorize(p, auth.DealingWireConfirm); err != nil {
		return WireConfirmation{}, err
	}
	if s.cfg.Wires == nil {
		return WireConfirmation{}, errs.E(errs.Unavailable, "chain_unavailable", "this server does not confirm wire payments")
	}
	ref, err := CheckReference(reference)
	if err != nil {
		return WireConfirmation{}, err
	}
	if requestID == nil || requestID.Sign() <= 0 || requestID.BitLen() > 256 {
		return WireConfirmation{}, notFound("request", fmt.Sprint(requestID))
	}
	cal, err := s.cfg.Store.Calendar(ctx, asset)
	if errors.Is(err, ErrNotFound) {
		return WireConfirmation{}, errs.E(errs.Conflict, "not_dealing", fmt.Sprintf("asset %s has no dealing calendar: it does not deal at NAV", asset))
	}
	if err != nil {
		return WireConfirmation{}, err
	}
	if _, err := s.wireRequest(ctx, cal, requestID, kind); err != nil {
		return WireConfirmation{}, err
	}
	return s.cfg.Wires.CreateWire(ctx, WireConfirmation{Asset: asset, ChainID: cal.ChainID, Dealing: cal.Dealing,
		RequestID: requestID, Kind: kind, Reference: ref, RefHash: RefHash(ref), RequestedBy: p.Actor(),
		RequestedAt: s.cfg.Now().UTC(), State: WirePending})
}

// wireRequest reads the indexed request and refuses a confirmation the
// contract would refuse: an unknown request (request_not_found), one not
// made in wire mode (not_wire), a payment for a redemption or a payout
// for a subscription (wrong_kind), one whose money is already confirmed
// (already_confirmed), a payment for a request no longer pending
// (not_pending), a payout for a redemption not yet priced
// (not_fulfilled).
func (s *Service) wireRequest(ctx context.Context, cal Calendar, id *big.Int, kind WireKind) (Request, error) {
	rs, err := s.cfg.Store.Requests(ctx, cal.ChainID, cal.Dealing, RequestFilter{}, new(big.Int).Sub(id, big.NewInt(1)), 1)
	if err != nil {
		return Request{}, err
	}
	if len(rs) == 0 || rs[0].ID.Cmp(id) != 0 {
		return Request{}, errs.E(errs.NotFound, "request_not_found", fmt.Sprintf("the Dealing contract of %s has no indexed request %s", cal.Asset, id))
	}
	r := rs[0]
	switch {
	case !r.Wire:
		return r, errs.E(errs.Unprocessable, "not_wire", fmt.Sprintf("request %s is paid on chain, not by wire: there is nothing to confirm", id))
	case kind == Payment && r.Kind != Deposit:
		return r, errs.E(errs.Unprocessable, "wrong_kind", fmt.Sprintf("request %s is a redemption: confirm its payout, not a payment", id))
	case kind == Payout && r.Kind != Redeem:
		return r, errs.E(errs.Unprocessable, "wrong_kind", fmt.Sprintf("request %s is a subscription: confirm its payment, not a payout", id))
	case kind == Payment && r.Paid:
		return r, errs.E(errs.Conflict, "already_confirmed", fmt.Sprintf("request %s's payment is already confirmed on chain", id))
	case kind == Payout && r.State == Claimed:
		return r, errs.E(errs.Conflict, "already_confirmed", fmt.Sprintf("request %s's payout is already confirmed on chain", id))
	case kind == Payment && r.State != Pending:
		return r, errs.E(errs.Unprocessable, "not_pending", fmt.Sprintf("request %s is %s, not pending: its payment can no longer be confirmed", id, r.State))
	case kind == Payout && r.State != Fulfilled:
		return r, errs.E(errs.Unprocessable, "not_fulfilled", fmt.Sprintf("request %s is %s: a payout is confirmed once the redemption is priced (fulfilled)", id, r.State))
	}
	return r, nil
}

// Wires lists an asset's wire confirmations, newest first.
func (s *Service) Wires(ctx context.Context, p auth.Principal, asset string, before int64, limit int) ([]WireConfirmation, error) {
	if err := auth.Authorize(p, auth.DealingBookRead); err != nil {
		return nil, err
	}
	if s.cfg.Wires == nil {
		return nil, nil
	}
	return s.cfg.Wires.Wires(ctx, asset, before, limit)
}

// ApproveWire approves a pending wire confirmation on p's behalf
// (four-eyes: p independent of its requester) and sends it to the chain
// under its key; the request is checked again first. Approving again an
// approved confirmation whose transaction has not finished waits for it
// again (the key sends nothing twice).
func (s *Service) ApproveWire(ctx context.Context, p auth.Principal, id int64, note string) (WireConfirmation, error) {
	c, err := s.wireDecision(ctx, p, id, note)
	if err != nil {
		return c, err
	}
	if s.cfg.WireSender == nil {
		return WireConfirmation{}, errs.E(errs.Unavailable, "chain_unavailable", "this server does not send wire confirmations")
	}
	if c.State == WirePending {
		cal, err := s.cfg.Store.Calendar(ctx, c.Asset)
		if err != nil {
			return WireConfirmation{}, wrapNotFound(err, "calendar", c.Asset)
		}
		if _, err := s.wireRequest(ctx, cal, c.RequestID, c.Kind); err != nil {
			return WireConfirmation{}, err
		}
		failed, err := s.cfg.Wires.FailedWires(ctx, c.ChainID, c.Dealing, c.RequestID)
		if err != nil {
			return WireConfirmation{}, err
		}
		actor, key := p.Actor(), WireKey(c.ChainID, c.Dealing, c.Kind, c.RequestID, failed+1)
		c, err = s.cfg.Wires.UpdateWire(ctx, id, func(c *WireConfirmation) error {
			if c.State != WirePending {
				return errs.E(errs.Conflict, "already_decided", fmt.Sprintf("wire confirmation %d is %s, not pending", c.ID, c.State))
			}
			now := s.cfg.Now().UTC()
			c.State, c.DecidedBy, c.DecidedAt, c.Note, c.TxKey = WireApproved, actor, &now, note, key
			return nil
		})
		if err != nil {
			return WireConfirmation{}, wrapNotFound(err, "wire_confirmation", fmt.Sprint(id))
		}
	}
	if c.State != WireApproved {
		return c, nil // confirmed or failed: nothing more to send
	}
	out, err := s.cfg.WireSender.SendWire(ctx, c.TxKey, c.Dealing, c.Kind, c.RequestID, c.RefHash)
	if err != nil {
		return WireConfirmation{}, err
	}
	if out.TxHash == nil && out.Failed == "" {
		return c, nil // still on its way: the read follows its transaction
	}
	c, err = s.cfg.Wires.UpdateWire(ctx, id, func(c *WireConfirmation) error {
		if c.State != WireApproved {
			return nil
		}
		if out.TxHash != nil {
			c.State, c.TxHash = WireConfirmed, out.TxHash
		} else {
			c.State, c.Error = WireFailed, out.Failed
		}
		return nil
	})
	if err != nil {
		return WireConfirmation{}, err
	}
	if c.State == WireFailed && out.Failed != "" {
		return c, errs.E(errs.Unprocessable, out.FailedCode, fmt.Sprintf("the Dealing contract refused wire confirmation %d: %s; it may be requested again", c.ID, out.Failed))
	}
	return c, nil
}

// RejectWire rejects a pending wire confirmation (four-eyes, as
// ApproveWire); a note is required. Nothing reaches the chain, and the
// request may be confirmed again with another reference.
func (s *Service) RejectWire(ctx context.Context, p auth.Principal, id int64, note string) (WireConfirmation, error) {
	if strings.TrimSpace(note) == "" {
		return WireConfirmation{}, errs.E(errs.Invalid, "note_required", "a rejection needs a note saying why")
	}
	c, err := s.wireDecision(ctx, p, id, note)
	if err != nil {
		return c, err
	}
	actor := p.Actor()
	c, err = s.cfg.Wires.UpdateWire(ctx, id, func(c *WireConfirmation) error {
		if c.State != WirePending {
			return errs.E(errs.Conflict, "already_decided", fmt.Sprintf("wire confirmation %d is %s, not pending", c.ID, c.State))
		}
		now := s.cfg.Now().UTC()
		c.State, c.DecidedBy, c.DecidedAt, c.Note = WireRejected, actor, &now, note
		return nil
	})
	return c, wrapNotFound(err, "wire_confirmation", fmt.Sprint(id))
}

// wireDecision checks p may decide confirmation id: the action, the note,
// p's independence of the requester, and a state still open to decide
// (pending; approved too for an approval, which resends).
func (s *Service) wireDecision(ctx context.Context, p auth.Principal, id int64, note string) (WireConfirmation, error) {
	if err := auth.Authorize(p, auth.DealingWireDecide); err != nil {
		return WireConfirmation{}, err
	}
	if s.cfg.Wires == nil {
		return WireConfirmation{}, notFound("wire_confirmation", fmt.Sprint(id))
	}
	if len(note) > MaxNote {
		return WireConfirmation{}, errs.E(errs.Invalid, "note_too_long", fmt.Sprintf("a note has at most %d bytes", MaxNote))
	}
	c, err := s.cfg.Wires.Wire(ctx, id)
	if err != nil {
		return c, wrapNotFound(err, "wire_confirmation", fmt.Sprint(id))
	}
	if err := auth.Check(ctx, s.cfg.Keys, auth.DealingWireDecide, p, c.RequestedBy); err != nil {
		return WireConfirmation{}, err
	}
	if c.State != WirePending && c.State != WireApproved {
		return WireConfirmation{}, errs.E(errs.Conflict, "already_decided", fmt.Sprintf("wire confirmation %d is %s", c.ID, c.State))
	}
	return c, nil
}
