package dealing

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/errs"
)

// WalletAsset is what a signed-in wallet sees of one asset's dealing: the
// calendar an investor deals by (without who set it or the approval
// threshold, which are the operators' business), the next dealing days,
// and the wallet's own requests.
type WalletAsset struct {
	Calendar Calendar
	Days     []Day
	// Requests are the requests the wallet controls (the wallet that
	// claims or cancels them), by id; More is true when there were more
	// than the limit.
	Requests []Request
	More     bool
}

// MaxWalletRequests bounds the requests WalletAssets returns per asset.
const MaxWalletRequests = 500

// WalletAssets is the wallet door's read of dealing, as PrepareCalls is
// its write: its identity is the signed-in wallet, so it returns, for
// every asset with a dealing calendar, the next `days` dealing days
// from now and only that wallet's requests.
func (s *Service) WalletAssets(ctx context.Context, wallet common.Address, days int) ([]WalletAsset, error) {
	cals, err := s.cfg.Store.Calendars(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]WalletAsset, 0, len(cals))
	for _, c := range cals {
		w, err := s.walletAsset(ctx, wallet, c, days)
		if err != nil {
			return nil, err
		}
		out = append(out, w)
	}
	return out, nil
}

// WalletCalendar is the calendar of asset as a wallet deals by it (what
// WalletAssets gives, without the requests): errs.NotFound (not_dealing)
// when the asset has none.
func (s *Service) WalletCalendar(ctx context.Context, asset string) (Calendar, error) {
	c, err := s.calendarOf(ctx, asset)
	if err != nil {
		return Calendar{}, err
	}
	return forWallets(c), nil
}

func (s *Service) calendarOf(ctx context.Context, asset string) (Calendar, error) {
	c, err := s.cfg.Store.Calendar(ctx, asset)
	if errors.Is(err, ErrNotFound) {
		return Calendar{}, errs.E(errs.NotFound, "not_dealing", fmt.Sprintf("asset %s has no dealing calendar: it does not deal at NAV", asset))
	}
	return c, err
}

// forWallets leaves out of c what is the operators' business: who set it
// and the approval threshold.
func forWallets(c Calendar) Calendar {
	c.UpdatedBy, c.AutoApproveBelow = "", nil
	return c
}

func (s *Service) walletAsset(ctx context.Context, wallet common.Address, c Calendar, days int) (WalletAsset, error) {
	if wallet == (common.Address{}) {
		return WalletAsset{}, errs.E(errs.Invalid, "invalid_wallet", "a wallet is needed")
	}
	sched, err := c.Schedule()
	if err != nil {
		return WalletAsset{}, err
	}
	w := WalletAsset{}
	if days > 0 {
		if w.Days, err = sched.Days(s.cfg.Now(), days); err != nil {
			return WalletAsset{}, err
		}
	}
	rs, err := s.cfg.Store.Requests(ctx, c.ChainID, c.Dealing, RequestFilter{Controller: &wallet}, nil, MaxWalletRequests+1)
	if err != nil {
		return WalletAsset{}, err
	}
	if len(rs) > MaxWalletRequests {
		rs, w.More = rs[:MaxWalletRequests], true
	}
	w.Requests = rs
	w.Calendar = forWallets(c)
	return w, nil
}
