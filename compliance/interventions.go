package compliance

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

// NewIntervention is a request for an intervention.
type NewIntervention struct {
	Kind   InterventionKind
	Asset  common.Address
	Wallet common.Address
	To     *common.Address
	Amount *big.Int
	// Lock is the lock a lock intervention adds (Amount is its amount).
	Lock *LockTerms
	// LockIndex is, for an unlock, the lock's index in the wallet's
	// locks as the requester saw them: the request is bound to that
	// lock's content, and the index is found again at approval.
	LockIndex *int
	Reason    string
}

// InterventionView is an intervention and its chain write.
type InterventionView struct {
	Intervention Intervention
	Tx           *TxStatus
}

func (s *Service) checkIntervention(ctx context.Context, n NewIntervention) error {
	if err := checkReason(n.Reason); err != nil {
		return err
	}
	if n.Asset == (common.Address{}) || n.Wallet == (common.Address{}) {
		return errs.E(errs.Invalid, "invalid_field", "asset and wallet are required")
	}
	needAmount := n.Kind == FreezePartial || n.Kind == UnfreezePartial || n.Kind == ForcedTransfer || n.Kind == AddLock
	needTo := n.Kind == ForcedTransfer || n.Kind == Recovery
	switch n.Kind {
	case Freeze, Unfreeze, FreezePartial, UnfreezePartial, ForcedTransfer, Recovery, AddLock, RemoveLock, LiquidateOnlyOn, LiquidateOnlyOff:
	default:
		return errs.E(errs.Invalid, "invalid_kind", "kind must be freeze, unfreeze, freeze_partial, unfreeze_partial, forced_transfer, recovery, lock, unlock, liquidate_only or liquidate_only_off")
	}
	if (n.Kind == AddLock) != (n.Lock != nil) {
		return errs.E(errs.Invalid, "invalid_lock", fmt.Sprintf("the lock's schedule (end, and start, cliff, lock_reason) is %s for %s",
			map[bool]string{true: "required", false: "not taken"}[n.Kind == AddLock], n.Kind))
	}
	if (n.Kind == RemoveLock) != (n.LockIndex != nil) {
		return errs.E(errs.Invalid, "invalid_lock_index", fmt.Sprintf("lock_index is %s for %s",
			map[bool]string{true: "required", false: "not taken"}[n.Kind == RemoveLock], n.Kind))
	}
	if n.Lock != nil {
		l := n.Lock
		switch {
		case l.End.Nanosecond() != 0 || l.Start.Nanosecond() != 0 || l.Cliff.Nanosecond() != 0:
			return errs.E(errs.Invalid, "invalid_lock", "start, cliff and end are whole seconds")
		case l.Start.Unix() <= 0 || l.End.Unix() > maxChainTime:
			return errs.E(errs.Invalid, "invalid_lock", "start and end must lie between 1970 and the year 10000")
		case l.Start.After(l.Cliff) || l.Cliff.After(l.End):
			return errs.E(errs.Invalid, "invalid_lock", "a lock needs start <= cliff <= end")
		case !l.End.After(s.now()):
			return errs.E(errs.Invalid, "invalid_lock", "the lock's end must be in the future")
		}
		if _, err := checkLockReason("lock_reason", int64(l.Reason)); err != nil {
			return err
		}
	}
	if n.LockIndex != nil && (*n.LockIndex < 0 || *n.LockIndex > 255) {
		return errs.E(errs.Invalid, "invalid_lock_index", "lock_index is a lock's index in the wallet's locks, from 0")
	}
	if needAmount != (n.Amount != nil) {
		return errs.E(errs.Invalid, "invalid_amount", fmt.Sprintf("an amount (amount_base or amount_units) is %s for %s", map[bool]string{true: "required", false: "not taken"}[needAmount], n.Kind))
	}
	if n.Amount != nil && (n.Amount.Sign() <= 0 || n.Amount.Cmp(maxBalanceLimit) > 0) {
		return errs.E(errs.Invalid, "invalid_amount", "the amount must be positive and below 2^96 base units")
	}
	if needTo != (n.To != nil) {
		return errs.E(errs.Invalid, "invalid_to", fmt.Sprintf("to is %s for %s", map[bool]string{true: "required", false: "not taken"}[needTo], n.Kind))
	}
	if n.To != nil && (*n.To == (common.Address{}) || *n.To == n.Wallet) {
		return errs.E(errs.Invalid, "invalid_to", "to must be another, non-zero address")
	}
	if n.Kind == Recovery {
		lost, err := s.store.WalletOwner(ctx, n.Wallet)
		if errs.Is(err, errs.NotFound) {
			return errs.E(errs.Unprocessable, "wallet_unknown", "the lost wallet is not linked to any investor")
		} else if err != nil {
			return err
		}
		fresh, err := s.store.WalletOwner(ctx, *n.To)
		if errs.Is(err, errs.NotFound) || (err == nil && fresh.ID != lost.ID) {
			return errs.E(errs.Unprocessable, "recovery_wallet_not_linked",
				"the new wallet must first be linked to the same investor, with proof of control")
		} else if err != nil {
			return err
		}
	}
	return nil
}

// calldata is the token call an intervention makes.
func (s *Service) calldata(ctx context.Context, in Intervention) ([]byte, error) {
	t := s.tok
	switch in.Kind {
	case Freeze:
		return t.PackSetAddressFrozen(in.Wallet, true), nil
	case Unfreeze:
		return t.PackSetAddressFrozen(in.Wallet, false), nil
	case FreezePartial:
		return t.PackFreezePartialTokens(in.Wallet, in.Amount), nil
	case UnfreezePartial:
		return t.PackUnfreezePartialTokens(in.Wallet, in.Amount), nil
	case ForcedTransfer:
		return t.PackForcedTransfer(in.Wallet, *in.To, in.Amount), nil
	case Recovery:
		inv, err := s.store.WalletOwner(ctx, in.Wallet)
		if err != nil {
			return nil, err
		}
		return t.PackRecoveryAddress(in.Wallet, *in.To, ChainInvestorID(inv.ID)), nil
	case AddLock:
		l := in.Lock
		return t.PackAddLock(in.Wallet, in.Amount, uint64(l.Start.Unix()), uint64(l.Cliff.Unix()), uint64(l.End.Unix()), uint8(l.Reason)), nil
	case RemoveLock:
		// By content: the token lifts the running lock that is exactly
		// this one, wherever earlier locks ending or going have moved it.
		l := in.Lock
		return t.PackRemoveLock(in.Wallet, in.Amount, uint64(l.Start.Unix()), uint64(l.Cliff.Unix()), uint64(l.End.Unix()), uint8(l.Reason)), nil
	case LiquidateOnlyOn:
		return t.PackSetLiquidateOnly(in.Wallet, true), nil
	case LiquidateOnlyOff:
		return t.PackSetLiquidateOnly(in.Wallet, false), nil
	}
	return nil, fmt.Errorf("compliance: unknown intervention kind %q", in.Kind)
}

// RequestIntervention records an intervention for a second person to
// approve. It is refused at once if the token would refuse it now.
func (s *Service) RequestIntervention(ctx context.Context, p auth.Principal, n NewIntervention) (InterventionView, error) {
	if err := auth.Authorize(p, auth.InterventionNew); err != nil {
		return InterventionView{}, err
	}
	actor := p.Actor()
	if err := s.checkIntervention(ctx, n); err != nil {
		return InterventionView{}, err
	}
	in := Intervention{Kind: n.Kind, Asset: n.Asset, Wallet: n.Wallet, To: n.To, Amount: n.Amount, Lock: n.Lock, Reason: n.Reason, RequestedBy: actor}
	if n.Kind == RemoveLock {
		// Bind the request to the lock the requester saw, by content.
		wl, err := s.Locks(ctx, n.Asset, n.Wallet)
		if err != nil {
			return InterventionView{}, err
		}
		if *n.LockIndex >= len(wl.Locks) {
			return InterventionView{}, errs.E(errs.Unprocessable, "no_such_lock", fmt.Sprintf(
				"wallet %s has %d running lock(s) on this asset: no lock %d", n.Wallet.Hex(), len(wl.Locks), *n.LockIndex))
		}
		l := wl.Locks[*n.LockIndex]
		in.Amount, in.Lock = l.Amount, &LockTerms{Start: l.Start, Cliff: l.Cliff, End: l.End, Reason: l.Reason}
		idx := l.Index
		in.LockIndex = &idx // for the simulation only: the index is stored at approval
	}
	data, err := s.calldata(ctx, in)
	if err != nil {
		return InterventionView{}, err
	}
	if err := s.simulate(ctx, write{to: n.Asset, data: data, action: string(n.Kind)}); err != nil {
		return InterventionView{}, err
	}
	in.LockIndex = nil
	in, err = s.store.CreateIntervention(ctx, in, s.now(), func(in Intervention) LogDraft {
		return LogDraft{Actor: actor, Action: "intervention.requested", Subject: fmt.Sprint(in.ID), Data: interventionLog(in)}
	})
	if err != nil {
		return InterventionView{}, err
	}
	return InterventionView{Intervention: in}, nil
}

func interventionLog(in Intervention) map[string]any {
	m := map[string]any{"kind": in.Kind, "asset": in.Asset.Hex(), "wallet": in.Wallet.Hex(), "reason": in.Reason,
		"requested_by": in.RequestedBy, "state": in.State}
	if in.To != nil {
		m["to"] = in.To.Hex()
	}
	if in.Amount != nil {
		m["amount"] = in.Amount.String()
	}
	if l := in.Lock; l != nil {
		m["lock"] = map[string]any{"start": l.Start.UTC().Format(time.RFC3339), "cliff": l.Cliff.UTC().Format(time.RFC3339),
			"end": l.End.UTC().Format(time.RFC3339), "reason": uint8(l.Reason)}
	}
	if in.LockIndex != nil {
		m["lock_index"] = *in.LockIndex
	}
	if in.DecidedBy != "" {
		m["decided_by"], m["note"] = in.DecidedBy, in.DecisionNote
	}
	if in.TxKey != "" {
		m["tx_key"] = in.TxKey
	}
	return m
}

func checkDecision(in *Intervention, actor string) error {
	return checkUndecided(fmt.Sprintf("intervention %d", in.ID), in.State, in.RequestedBy, actor)
}

// checkUndecided is the four-eyes check every request of this package
// (interventions, KYC provider key changes) repeats inside the store
// transaction that decides it: what (e.g. "intervention 7") is still
// requested, and actor is not its requester. auth.Check has decided
// before that actor's key may decide and is independent of the
// requester's.
func checkUndecided(what string, state InterventionState, requestedBy, actor string) error {
	if state != Requested {
		return errs.E(errs.Conflict, "already_decided", fmt.Sprintf("%s is %s already", what, state))
	}
	if requestedBy == actor {
		return errs.E(errs.Forbidden, "self_approval", "four-eyes: the requester cannot decide its own request")
	}
	return nil
}

// ApproveIntervention approves an intervention requested by an
// independent principal (four-eyes, auth.InterventionDecide) and makes its
// chain write (idempotency key "compliance/intervention/<id>").
func (s *Service) ApproveIntervention(ctx context.Context, p auth.Principal, id int64, note string) (InterventionView, error) {
	if err := auth.Authorize(p, auth.InterventionDecide); err != nil {
		return InterventionView{}, err
	}
	in, err := s.store.Intervention(ctx, id)
	if err != nil {
		return InterventionView{}, err
	}
	if err := auth.Check(ctx, s.cfg.Keys, auth.InterventionDecide, p, in.RequestedBy); err != nil {
		return InterventionView{}, err
	}
	actor := p.Actor()
	if err := checkDecision(&in, actor); err != nil {
		return InterventionView{}, err
	}
	if in.Kind == RemoveLock {
		idx, err := s.resolveLock(ctx, in)
		if err != nil {
			return InterventionView{}, err
		}
		in.LockIndex = &idx
	}
	data, err := s.calldata(ctx, in)
	if err != nil {
		return InterventionView{}, err
	}
	if err := s.simulate(ctx, write{to: in.Asset, data: data, action: string(in.Kind)}); err != nil {
		return InterventionView{}, err
	}
	key := fmt.Sprintf("compliance/intervention/%d", id)
	resolved := in.LockIndex
	in, err = s.store.DecideIntervention(ctx, id, s.now(), func(in *Intervention) error {
		if err := checkDecision(in, actor); err != nil {
			return err
		}
		in.State, in.DecidedBy, in.DecisionNote, in.TxKey, in.LockIndex = Approved, actor, note, key, resolved
		return nil
	}, func(in Intervention) LogDraft {
		return LogDraft{Actor: actor, Action: "intervention.approved", Subject: fmt.Sprint(in.ID), Data: interventionLog(in)}
	})
	if err != nil {
		return InterventionView{}, err
	}
	txs, err := s.submit(ctx, []write{{key: key, to: in.Asset, data: data, action: string(in.Kind)}})
	if err != nil {
		return InterventionView{}, err
	}
	tx := txs[0]
	if in.Kind == Recovery && tx.State.Done() && tx.Error == "" {
		// The balance moved: the lost wallet's identity leaves the registry.
		inv, err := s.store.SetWalletStatus(ctx, in.Wallet, WalletLost, s.now(), LogDraft{Actor: actor, Action: "wallet.lost",
			Data: map[string]string{"wallet": in.Wallet.Hex(), "recovered_to": in.To.Hex(), "intervention": fmt.Sprint(in.ID)}})
		if err != nil {
			return InterventionView{}, err
		}
		if _, err := s.syncInvestor(ctx, inv, fmt.Sprintf("compliance/investor/%s/v%d", inv.ID, inv.Version)); err != nil {
			return InterventionView{}, err
		}
	}
	return InterventionView{Intervention: in, Tx: &tx}, nil
}

// resolveLock finds the index of the lock an unlock is bound to among the
// wallet's running locks now (shown with the decision; the token lifts it
// by content). It refuses when no running lock has that content any more
// (it ended, was lifted, or a forced transfer or burn took part of it).
func (s *Service) resolveLock(ctx context.Context, in Intervention) (int, error) {
	wl, err := s.Locks(ctx, in.Asset, in.Wallet)
	if err != nil {
		return 0, err
	}
	want := Lock{Amount: in.Amount, Start: in.Lock.Start, Cliff: in.Lock.Cliff, End: in.Lock.End, Reason: in.Lock.Reason}
	for _, l := range wl.Locks {
		if l.Same(want) {
			return l.Index, nil
		}
	}
	return 0, errs.E(errs.Conflict, "lock_changed", fmt.Sprintf(
		"wallet %s no longer has the lock this request names (%s base units, %s, until %s): it ended, was lifted or was reduced; request again",
		in.Wallet.Hex(), in.Amount, in.Lock.Reason.Label(), in.Lock.End.Format(time.RFC3339)))
}

// RejectIntervention closes a request without any chain write.
func (s *Service) RejectIntervention(ctx context.Context, p auth.Principal, id int64, note string) (InterventionView, error) {
	if err := auth.Authorize(p, auth.InterventionDecide); err != nil {
		return InterventionView{}, err
	}
	if strings.TrimSpace(note) == "" {
		return InterventionView{}, errs.E(errs.Invalid, "reason_required", "a note saying why is required to reject")
	}
	cur, err := s.store.Intervention(ctx, id)
	if err != nil {
		return InterventionView{}, err
	}
	if err := auth.Check(ctx, s.cfg.Keys, auth.InterventionDecide, p, cur.RequestedBy); err != nil {
		return InterventionView{}, err
	}
	actor := p.Actor()
	in, err := s.store.DecideIntervention(ctx, id, s.now(), func(in *Intervention) error {
		if err := checkDecision(in, actor); err != nil {
			return err
		}
		in.State, in.DecidedBy, in.DecisionNote = Rejected, actor, note
		return nil
	}, func(in Intervention) LogDraft {
		return LogDraft{Actor: actor, Action: "intervention.rejected", Subject: fmt.Sprint(in.ID), Data: interventionLog(in)}
	})
	if err != nil {
		return InterventionView{}, err
	}
	return InterventionView{Intervention: in}, nil
}

// Intervention returns an intervention and the state of its chain write.
func (s *Service) Intervention(ctx context.Context, id int64) (InterventionView, error) {
	in, err := s.store.Intervention(ctx, id)
	if err != nil {
		return InterventionView{}, err
	}
	v := InterventionView{Intervention: in}
	if in.TxKey != "" {
		st, err := s.TxStatus(ctx, in.TxKey)
		if err != nil {
			return InterventionView{}, err
		}
		v.Tx = &st
	}
	return v, nil
}

// Interventions lists interventions, newest first, with id below before.
func (s *Service) Interventions(ctx context.Context, before int64, limit int) ([]Intervention, error) {
	return s.store.Interventions(ctx, before, limit)
}

// Log lists log entries after seq.
func (s *Service) Log(ctx context.Context, after int64, limit int) ([]LogEntry, error) {
	return s.store.LogEntries(ctx, after, limit)
}

// VerifyLog checks the log's hash chain.
func (s *Service) VerifyLog(ctx context.Context) (LogVerification, error) {
	return VerifyLog(ctx, s.store)
}
