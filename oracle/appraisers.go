package oracle

import (
	"context"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/errs"
)

// An appraiser's registration decides whose signed valuations move an
// asset's price, so it is a four-eyes change: one principal asks
// (auth.AppraiserManage), a principal independent of it decides
// (auth.AppraiserDecide, checked with auth.Check), and only an approval
// touches the registration. A pending registration's appraiser cannot
// submit yet; a pending revocation's still can.

// RequestAppraiser asks, on p's behalf, for addr to be registered as an
// appraiser of asset under name. It is refused when addr is already an
// active appraiser of asset (Conflict) or a request for it is pending
// (Conflict, CodeRequestPending).
func (s *Service) RequestAppraiser(ctx context.Context, p auth.Principal, asset string, addr common.Address, name string) (AppraiserRequest, error) {
	if err := auth.Authorize(p, auth.AppraiserManage); err != nil {
		return AppraiserRequest{}, err
	}
	f, err := s.Feed(ctx, asset)
	if err != nil {
		return AppraiserRequest{}, err
	}
	asset = f.Asset // the feed's key, when named by its issuance id
	name = strings.TrimSpace(name)
	if addr == (common.Address{}) || name == "" || len(name) > 100 {
		return AppraiserRequest{}, errs.E(errs.Invalid, "", "an appraiser needs an address and a name of 1-100 characters")
	}
	now := s.cfg.Now().UTC()
	cur, err := s.cfg.Store.Appraiser(ctx, addr, asset)
	switch {
	case err == nil && cur.Active(now):
		return AppraiserRequest{}, alreadyRegistered(addr, asset)
	case err != nil && !errs.Is(err, errs.NotFound):
		return AppraiserRequest{}, err
	}
	return s.cfg.Store.CreateAppraiserRequest(ctx, AppraiserRequest{Asset: asset, Address: addr, Name: name,
		Change: ChangeRegister, State: RequestPending, RequestedBy: p.Actor(), RequestedAt: now})
}

// RequestRevocation asks, on p's behalf, for addr to stop being an
// appraiser of asset. It is refused when addr is not an active appraiser
// of asset (NotFound) or a request for it is pending (Conflict).
func (s *Service) RequestRevocation(ctx context.Context, p auth.Principal, asset string, addr common.Address) (AppraiserRequest, error) {
	if err := auth.Authorize(p, auth.AppraiserManage); err != nil {
		return AppraiserRequest{}, err
	}
	f, err := s.Feed(ctx, asset)
	if err != nil {
		return AppraiserRequest{}, err
	}
	asset = f.Asset // the feed's key, when named by its issuance id
	now := s.cfg.Now().UTC()
	cur, err := s.cfg.Store.Appraiser(ctx, addr, asset)
	if errs.Is(err, errs.NotFound) || err == nil && !cur.Active(now) {
		return AppraiserRequest{}, notActive(addr, asset)
	}
	if err != nil {
		return AppraiserRequest{}, err
	}
	return s.cfg.Store.CreateAppraiserRequest(ctx, AppraiserRequest{Asset: asset, Address: addr, Name: cur.Name,
		Change: ChangeRevoke, State: RequestPending, RequestedBy: p.Actor(), RequestedAt: now})
}

// ApproveAppraiserRequest approves request id on p's behalf and applies
// it: p must hold auth.AppraiserDecide and be independent of the requester
// (Forbidden, code self_approval, otherwise: another key of the same
// owner, or one the requester's owner created or rotated, is not a second
// person). A request already decided is a Conflict; so is one the
// registration has moved past (a registration of an appraiser registered
// meanwhile, a revocation of one no longer active).
func (s *Service) ApproveAppraiserRequest(ctx context.Context, p auth.Principal, id int64, note string) (AppraiserRequest, error) {
	return s.decide(ctx, p, id, RequestApproved, note)
}

// RejectAppraiserRequest closes request id on p's behalf without any
// change; note says why and is required. The same rules as for approval
// say who may.
func (s *Service) RejectAppraiserRequest(ctx context.Context, p auth.Principal, id int64, note string) (AppraiserRequest, error) {
	if strings.TrimSpace(note) == "" {
		return AppraiserRequest{}, errs.E(errs.Invalid, "reason_required", "a note saying why is required to reject")
	}
	return s.decide(ctx, p, id, RequestRejected, note)
}

func (s *Service) decide(ctx context.Context, p auth.Principal, id int64, state RequestState, note string) (AppraiserRequest, error) {
	if err := auth.Authorize(p, auth.AppraiserDecide); err != nil {
		return AppraiserRequest{}, err
	}
	if len(note) > 1000 {
		return AppraiserRequest{}, errs.E(errs.Invalid, "", "the note is longer than 1000 characters")
	}
	cur, err := s.cfg.Store.AppraiserRequest(ctx, id)
	if err != nil {
		return AppraiserRequest{}, err
	}
	if err := auth.Check(ctx, s.cfg.Keys, auth.AppraiserDecide, p, cur.RequestedBy); err != nil {
		return AppraiserRequest{}, err
	}
	actor := p.Actor()
	return s.cfg.Store.DecideAppraiserRequest(ctx, id, func(r *AppraiserRequest, a *Appraiser) error {
		if r.State != RequestPending {
			return errs.E(errs.Conflict, CodeAlreadyDecided, fmt.Sprintf("appraiser request %d is %s already", r.ID, r.State))
		}
		if r.RequestedBy == actor {
			return errs.E(errs.Forbidden, "self_approval", "four-eyes: the requester cannot decide its own request")
		}
		now := s.cfg.Now().UTC()
		if state == RequestApproved {
			active := a != nil && a.Active(now)
			switch {
			case r.Change == ChangeRegister && active:
				return alreadyRegistered(r.Address, r.Asset)
			case r.Change == ChangeRevoke && !active:
				return errs.E(errs.Conflict, CodeAppraiserInactive, fmt.Sprintf("%s is no longer an appraiser of %s", r.Address.Hex(), r.Asset))
			}
		}
		r.State, r.DecidedBy, r.DecidedAt, r.Note = state, actor, &now, note
		return nil
	})
}

// AppraiserRequest returns request id.
func (s *Service) AppraiserRequest(ctx context.Context, id int64) (AppraiserRequest, error) {
	return s.cfg.Store.AppraiserRequest(ctx, id)
}

// AppraiserRequests returns the appraiser requests of asset, newest first,
// and the cursor of the next page (0 at the end).
func (s *Service) AppraiserRequests(ctx context.Context, asset string, page Page) ([]AppraiserRequest, int64, error) {
	return listPage(ctx, s, asset, page, s.cfg.Store.AppraiserRequests, func(r AppraiserRequest) int64 { return r.ID })
}

func alreadyRegistered(addr common.Address, asset string) error {
	return errs.E(errs.Conflict, CodeAppraiserActive, fmt.Sprintf("%s is already an appraiser of %s", addr.Hex(), asset))
}

func notActive(addr common.Address, asset string) error {
	return errs.E(errs.NotFound, "appraiser_not_found", fmt.Sprintf("%s is not an active appraiser of %s", addr.Hex(), asset))
}
