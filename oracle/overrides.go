package oracle

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/errs"
)

// An override writes a value the feed's guards refuse to a transmitter
// (a NAV that really did move ten-fold, a reference feed that is down):
// one principal asks (auth.ValuationOverrideRequest), a principal
// independent of it decides (auth.ValuationOverrideDecide, checked with
// auth.Check), and the relay writes an approved one with the feed's
// transmitOverride through the transaction manager. The feed still
// refuses an override outside its bounds, while paused or not newer than
// its last observation; such a failure is recorded on the override.

// OverrideState is where an override stands.
type OverrideState string

// The override states: pending → approved → submitted → confirmed or
// failed; pending → rejected.
const (
	OverridePending   OverrideState = "pending"
	OverrideApproved  OverrideState = "approved"
	OverrideRejected  OverrideState = "rejected"
	OverrideSubmitted OverrideState = "submitted"
	OverrideConfirmed OverrideState = "confirmed"
	OverrideFailed    OverrideState = "failed"
)

// Override is a request to write Value to an asset's feed past its
// change, interval and reference guards, its decision and its outcome.
type Override struct {
	ID          int64
	Asset       string
	ChainID     *big.Int
	Feed        common.Address
	Value       *big.Int // scaled by the feed's decimals
	ObservedAt  time.Time
	Reason      string // the requester's
	State       OverrideState
	RequestedBy string // actor
	RequestedAt time.Time
	DecidedBy   string // actor; empty while pending
	DecidedAt   *time.Time
	Note        string // the decider's
	// IdempotencyKey is the transaction manager's key, once submitted.
	IdempotencyKey string
	RoundID        *big.Int // once confirmed
	TxHash         common.Hash
	BlockNumber    uint64
	Error          string // why it failed
	UpdatedAt      time.Time
}

// OverrideKey is the idempotency key of override id's write to feed.
func OverrideKey(chainID *big.Int, feed common.Address, id int64) string {
	return fmt.Sprintf("oracle/%s/%s/override/%d", chainID, feed.Hex(), id)
}

// Error codes of overrides.
const (
	CodeOverrideOpen     = "override_open"
	CodeOverrideNotFound = "override_not_found"
)

// RequestOverride asks, on p's behalf, for value (scaled by the feed's
// decimals) observed at observedAt to be written to asset's feed past its
// guards. It is refused when the value is outside the feed's configured
// bounds or the time is in the future or unset (Invalid), no reason is
// given (Invalid), or another override of the feed is still open
// (Conflict).
func (s *Service) RequestOverride(ctx context.Context, p auth.Principal, asset string, value *big.Int, observedAt time.Time, reason string) (Override, error) {
	if err := auth.Authorize(p, auth.ValuationOverrideRequest); err != nil {
		return Override{}, err
	}
	f, err := s.Feed(ctx, asset)
	if err != nil {
		return Override{}, err
	}
	reason = strings.TrimSpace(reason)
	now := s.cfg.Now().UTC()
	switch {
	case value == nil:
		return Override{}, errs.E(errs.Invalid, CodeBadValue, "an override needs a value")
	case f.Policy.MinAnswer != nil && value.Cmp(f.Policy.MinAnswer) < 0, f.Policy.MaxAnswer != nil && value.Cmp(f.Policy.MaxAnswer) > 0:
		return Override{}, errs.E(errs.Invalid, CodeBadValue, fmt.Sprintf("%s is outside the feed's bounds", value))
	case observedAt.IsZero() || observedAt.Unix() <= 0:
		return Override{}, errs.E(errs.Invalid, "invalid_field", "observed_at is required")
	case observedAt.After(now.Add(s.cfg.MaxFuture)):
		return Override{}, errs.E(errs.Invalid, "observed_in_future", "observed_at is in the future")
	case reason == "" || len(reason) > 1000:
		return Override{}, errs.E(errs.Invalid, "reason_required", "an override needs a reason of 1-1000 characters")
	}
	return s.cfg.Store.CreateOverride(ctx, Override{Asset: f.Asset, ChainID: new(big.Int).Set(s.cfg.ChainID), Feed: f.Address,
		Value: value, ObservedAt: observedAt.UTC().Truncate(time.Second), Reason: reason, State: OverridePending,
		RequestedBy: p.Actor(), RequestedAt: now})
}

// ApproveOverride approves override id on p's behalf: the relay writes it
// on its next pass. p must hold auth.ValuationOverrideDecide and be
// independent of the requester (Forbidden, code self_approval, otherwise).
// An override already decided is a Conflict.
func (s *Service) ApproveOverride(ctx context.Context, p auth.Principal, id int64, note string) (Override, error) {
	o, err := s.decideOverride(ctx, p, id, OverrideApproved, note)
	if err == nil && s.cfg.OnOverride != nil {
		s.cfg.OnOverride()
	}
	return o, err
}

// RejectOverride closes override id on p's behalf; note says why and is
// required. The same rules as for approval say who may.
func (s *Service) RejectOverride(ctx context.Context, p auth.Principal, id int64, note string) (Override, error) {
	if strings.TrimSpace(note) == "" {
		return Override{}, errs.E(errs.Invalid, "reason_required", "a note saying why is required to reject")
	}
	return s.decideOverride(ctx, p, id, OverrideRejected, note)
}

func (s *Service) decideOverride(ctx context.Context, p auth.Principal, id int64, state OverrideState, note string) (Override, error) {
	if err := auth.Authorize(p, auth.ValuationOverrideDecide); err != nil {
		return Override{}, err
	}
	if len(note) > 1000 {
		return Override{}, errs.E(errs.Invalid, "", "the note is longer than 1000 characters")
	}
	cur, err := s.cfg.Store.Override(ctx, id)
	if err != nil {
		return Override{}, err
	}
	if err := auth.Check(ctx, s.cfg.Keys, auth.ValuationOverrideDecide, p, cur.RequestedBy); err != nil {
		return Override{}, err
	}
	actor := p.Actor()
	return s.cfg.Store.DecideOverride(ctx, id, func(o *Override) error {
		if o.State != OverridePending {
			return errs.E(errs.Conflict, CodeAlreadyDecided, fmt.Sprintf("override %d is %s already", o.ID, o.State))
		}
		if o.RequestedBy == actor {
			return errs.E(errs.Forbidden, "self_approval", "four-eyes: the requester cannot decide its own override")
		}
		now := s.cfg.Now().UTC()
		o.State, o.DecidedBy, o.DecidedAt, o.Note = state, actor, &now, note
		return nil
	})
}

// Override returns override id.
func (s *Service) Override(ctx context.Context, id int64) (Override, error) {
	return s.cfg.Store.Override(ctx, id)
}

// Overrides returns the overrides of asset, newest first, and the cursor
// of the next page (0 at the end).
func (s *Service) Overrides(ctx context.Context, asset string, page Page) ([]Override, int64, error) {
	return listPage(ctx, s, asset, page, s.cfg.Store.Overrides, func(o Override) int64 { return o.ID })
}
