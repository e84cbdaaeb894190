package compliance

import (
	"context"
	"fmt"
	"math/big"
	"strings"

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
	Reason string
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
	needAmount := n.Kind == FreezePartial || n.Kind == UnfreezePartial || n.Kind == ForcedTransfer
	needTo := n.Kind == ForcedTransfer || n.Kind == Recovery
	switch n.Kind {
	case Freeze, Unfreeze, FreezePartial, UnfreezePartial, ForcedTransfer, Recovery:
	default:
		return errs.E(errs.Invalid, "invalid_kind", "kind must be freeze, unfreeze, freeze_partial, unfreeze_partial, forced_transfer or recovery")
	}
	if needAmount != (n.Amount != nil) {
		return errs.E(errs.Invalid, "invalid_amount", fmt.Sprintf("amount is %s for %s", map[bool]string{true: "required", false: "not taken"}[needAmount], n.Kind))
	}
	if n.Amount != nil && (n.Amount.Sign() <= 0 || n.Amount.Cmp(maxBalanceLimit) > 0) {
		return errs.E(errs.Invalid, "invalid_amount", "amount must be a positive integer of base units below 2^96")
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
	in := Intervention{Kind: n.Kind, Asset: n.Asset, Wallet: n.Wallet, To: n.To, Amount: n.Amount, Reason: n.Reason, RequestedBy: actor}
	data, err := s.calldata(ctx, in)
	if err != nil {
		return InterventionView{}, err
	}
	if err := s.simulate(ctx, write{to: n.Asset, data: data, action: string(n.Kind)}); err != nil {
		return InterventionView{}, err
	}
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
	data, err := s.calldata(ctx, in)
	if err != nil {
		return InterventionView{}, err
	}
	if err := s.simulate(ctx, write{to: in.Asset, data: data, action: string(in.Kind)}); err != nil {
		return InterventionView{}, err
	}
	key := fmt.Sprintf("compliance/intervention/%d", id)
	in, err = s.store.DecideIntervention(ctx, id, s.now(), func(in *Intervention) error {
		if err := checkDecision(in, actor); err != nil {
			return err
		}
		in.State, in.DecidedBy, in.DecisionNote, in.TxKey = Approved, actor, note, key
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
