package issuance

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
)

// HoldingsOf is the holdings of a wallet set, as Holdings and
// InvestorHoldings read them.
func (s *Service) HoldingsOf(ctx context.Context, wallets []common.Address) ([]Holding, error) {
	return s.holdings(ctx, wallets, false)
}
