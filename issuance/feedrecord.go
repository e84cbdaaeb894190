package issuance

import (
	"context"
	"fmt"

	"github.com/tessera-rwa/tessera/chain"
)

// feedContract is the contract name a valuation feed is recorded under.
const feedContract = "ValuationFeed"

// feedRecords is the service's deployment store: every ValuationFeed
// record it saves without decimals first asks the feed for its decimals(),
// so a valuation's scale is always read from the record, whichever path
// (deploying or registering) recorded the feed.
type feedRecords struct {
	chain.DeploymentStore
	s *Service
}

// SaveDeployment implements chain.DeploymentStore.
func (f feedRecords) SaveDeployment(ctx context.Context, d chain.Deployment) error {
	if d.Contract == feedContract && d.Decimals == nil {
		out, err := f.s.call(ctx, d.Address, feedABI.PackDecimals())
		if err != nil {
			return fmt.Errorf("decimals of feed %s: %w", d.Address, err)
		}
		if len(out) == 0 {
			// Recorded before its deployment is sent: the record made
			// once it is mined carries the decimals.
			return f.DeploymentStore.SaveDeployment(ctx, d)
		}
		dec, err := feedABI.UnpackDecimals(out)
		if err != nil {
			return fmt.Errorf("decimals of feed %s: %w", d.Address, err)
		}
		d.Decimals = &dec
	}
	return f.DeploymentStore.SaveDeployment(ctx, d)
}
