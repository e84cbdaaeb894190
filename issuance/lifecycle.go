package issuance

import (
	"context"
	"fmt"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/errs"
)

// CreateAsset validates n and stores the asset as a draft created by p.
func (s *Service) CreateAsset(ctx context.Context, p auth.Principal, n NewAsset) (Asset, error) {
	if err := auth.Authorize(p, auth.AssetCreate); err != nil {
		return Asset{}, err
	}
	a, err := n.validate()
	if err != nil {
		return Asset{}, err
	}
	a.CreatedBy = p.Actor()
	return s.cfg.Store.CreateAsset(ctx, a)
}

// Asset returns the asset with id.
func (s *Service) Asset(ctx context.Context, id string) (Asset, error) {
	if !ValidID(id) {
		return Asset{}, notFound("asset", id)
	}
	a, err := s.cfg.Store.Asset(ctx, id)
	return a, wrapNotFound(err, "asset", id)
}

// Assets lists assets by creation.
func (s *Service) Assets(ctx context.Context, after string, limit int) ([]Asset, error) {
	return s.cfg.Store.Assets(ctx, after, limit)
}

// Events returns the asset's history, oldest first.
func (s *Service) Events(ctx context.Context, id string) ([]Event, error) {
	if _, err := s.Asset(ctx, id); err != nil {
		return nil, err
	}
	return s.cfg.Store.Events(ctx, id)
}

// Transition moves an asset to state to on p's behalf. Verifying is
// four-eyes (auth.AssetVerify): the verifier must be independent of the
// asset's creator; it records who and when. Tokenizing has its own
// method.
func (s *Service) Transition(ctx context.Context, p auth.Principal, id string, to State, note string) (Asset, error) {
	action := auth.AssetTransition
	if to == Verified {
		action = auth.AssetVerify
	}
	if err := auth.Authorize(p, action); err != nil {
		return Asset{}, err
	}
	if to == Tokenized {
		return Asset{}, invalid("use_tokenize", "an asset becomes tokenized through POST /v1/assets/{id}/tokenize")
	}
	cur, err := s.Asset(ctx, id)
	if err != nil {
		return Asset{}, err
	}
	if to == Verified {
		if err := auth.Check(ctx, s.cfg.Keys, auth.AssetVerify, p, cur.CreatedBy); err != nil {
			return Asset{}, err
		}
	}
	actor := p.Actor()
	if len(note) > 1000 {
		return Asset{}, invalid("invalid_note", "note must have at most 1000 characters")
	}
	if to == Redeemed {
		if err := s.checkAllRedeemed(ctx, id); err != nil {
			return Asset{}, err
		}
	}
	a, err := s.cfg.Store.UpdateAsset(ctx, id, func(a *Asset) (Event, error) {
		if err := checkTransition(*a, to); err != nil {
			return Event{}, err
		}
		if to == Verified {
			now := s.cfg.Now().UTC()
			a.VerifiedBy, a.VerifiedAt = actor, &now
		}
		if to == Active && a.Token == nil {
			return Event{}, errs.E(errs.Conflict, "invalid_state", "the asset has no token yet")
		}
		ev := Event{From: a.State, To: to, Actor: actor, Note: note}
		a.State = to
		return ev, nil
	})
	return a, wrapNotFound(err, "asset", id)
}

// needState returns the asset if it is in one of states.
func (s *Service) needState(ctx context.Context, id string, states ...State) (Asset, error) {
	a, err := s.Asset(ctx, id)
	if err != nil {
		return Asset{}, err
	}
	for _, st := range states {
		if a.State == st {
			return a, nil
		}
	}
	return Asset{}, errs.E(errs.Conflict, "invalid_state", fmt.Sprintf("asset %s is %s; this needs it %v", id, a.State, states))
}

// checkAllRedeemed refuses to call an asset redeemed while any of its units
// are outstanding on chain.
func (s *Service) checkAllRedeemed(ctx context.Context, id string) error {
	a, err := s.Asset(ctx, id)
	if err != nil || a.Token == nil {
		return err
	}
	supply, err := s.totalSupply(ctx, *a.Token)
	if err != nil {
		return err
	}
	if supply.Sign() > 0 {
		return errs.E(errs.Conflict, "units_outstanding", fmt.Sprintf("%s units are still outstanding; burn them before the asset is redeemed", FormatUnits(supply, a.Decimals)))
	}
	return nil
}
