package issuance

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/units"

	"go.opentelemetry.io/otel/attribute"
)

// DistributionPublishKey is the transaction manager key that publishes
// distribution id: one publication, however often it is retried.
func DistributionPublishKey(id string) string { return "issuance:distribution:" + id + ":publish" }

// Treasury returns what the treasury of the asset tokenized as token holds
// on the Distributor in paymentToken: what its distributions are paid from.
func (s *Service) Treasury(ctx context.Context, token, paymentToken common.Address) (*big.Int, error) {
	out, err := s.call(ctx, s.cfg.Distributor, distABI.PackTreasury(token, paymentToken))
	if err != nil {
		return nil, fmt.Errorf("treasury(%s, %s) on the Distributor %s: %w", token, paymentToken, s.cfg.Distributor, err)
	}
	return distABI.UnpackTreasury(out)
}

// checkTreasury refuses (insufficient_treasury, naming the amount
// missing) a distribution of total the asset's treasury cannot pay beside
// the reserved part, which approved distributions not yet published hold.
func (s *Service) checkTreasury(ctx context.Context, token, paymentToken common.Address, total, reserved *big.Int) error {
	have, err := s.Treasury(ctx, token, paymentToken)
	if err != nil {
		return err
	}
	free := new(big.Int).Sub(have, reserved)
	if free.Sign() < 0 {
		free.SetInt64(0)
	}
	if free.Cmp(total) >= 0 {
		return nil
	}
	missing := new(big.Int).Sub(total, free)
	var dec *uint8 // read once for the three amounts; unknown: base units alone
	if d, err := s.PaymentTokenDecimals(ctx, paymentToken); err == nil {
		dec = &d
	}
	return errs.E(errs.Unprocessable, "insufficient_treasury", fmt.Sprintf(
		"the treasury of %s on the Distributor %s holds %s of payment token %s, %s of it for approved distributions not yet published: "+
			"%s more is needed; the issuer funds it from its own wallet with approve(%s, amount) on the payment token, then fund(%s, %s, amount) on the Distributor",
		token.Hex(), s.cfg.Distributor.Hex(), units.Text(have, dec, ""), paymentToken.Hex(), units.Text(reserved, dec, ""),
		units.Text(missing, dec, ""), s.cfg.Distributor.Hex(), token.Hex(), paymentToken.Hex()))
}

// ApproveDistribution approves a pending distribution on p's behalf
// (four-eyes: p must be independent of the declarer, auth.DistributionDecide)
// and publishes it. The decision is taken under the asset's lock: the
// treasury must hold its total beside what the asset's other approved,
// unpublished distributions reserve (insufficient_treasury otherwise).
// Approving again a distribution approved but not published (a crash in
// between) publishes it under the same key.
func (s *Service) ApproveDistribution(ctx context.Context, p auth.Principal, id, note string) (Distribution, error) {
	if err := auth.Authorize(p, auth.DistributionDecide); err != nil {
		return Distribution{}, err
	}
	return traced(ctx, "issuance.ApproveDistribution", []attribute.KeyValue{attribute.String("issuance.distribution_id", id)}, func(ctx context.Context) (Distribution, error) {
		return s.approveDistribution(ctx, p, id, note)
	})
}

func (s *Service) approveDistribution(ctx context.Context, p auth.Principal, id, note string) (Distribution, error) {
	d, err := s.Distribution(ctx, id)
	if err != nil {
		return Distribution{}, err
	}
	if err := auth.Check(ctx, s.cfg.Keys, auth.DistributionDecide, p, d.CreatedBy); err != nil {
		return Distribution{}, err
	}
	a, err := s.Asset(ctx, d.AssetID)
	if err != nil {
		return Distribution{}, err
	}
	if a.Token == nil || (a.State != Tokenized && a.State != Active) {
		return Distribution{}, errs.E(errs.Conflict, "invalid_state", "asset "+a.ID+" is "+string(a.State))
	}
	if d.State == Approved && d.OnchainID == "" {
		return s.publish(ctx, d, *a.Token)
	}
	actor := p.Actor()
	if err := checkDistributionDecision(d, actor); err != nil {
		return Distribution{}, err
	}
	// The Distributor refuses a deadline already passed; leave a minute for
	// the publication to be mined.
	if !d.ClaimDeadline.After(s.cfg.Now().Add(time.Minute)) {
		return Distribution{}, errs.E(errs.Conflict, "deadline_passed",
			"distribution "+id+"'s claim deadline "+d.ClaimDeadline.Format(time.RFC3339)+" has passed: reject it and declare it again")
	}
	total, _ := new(big.Int).SetString(d.Total, 10)
	d, err = s.cfg.Store.DecideDistribution(ctx, id, func(d *Distribution, reserved *big.Int) error {
		if err := checkDistributionDecision(*d, actor); err != nil {
			return err
		}
		if err := s.checkTreasury(ctx, *a.Token, d.PaymentToken, total, reserved); err != nil {
			return err
		}
		now := s.cfg.Now().UTC()
		d.State, d.DecidedBy, d.DecidedAt, d.DecisionNote = Approved, actor, &now, note
		return nil
	})
	if err != nil {
		return Distribution{}, err
	}
	// Published after the decision is stored: after a crash in between,
	// approving again or Publish sends it under the same key.
	return s.publish(ctx, d, *a.Token)
}

// RejectDistribution rejects a pending distribution (four-eyes, as
// ApproveDistribution); nothing reaches the chain.
func (s *Service) RejectDistribution(ctx context.Context, p auth.Principal, id, note string) (Distribution, error) {
	if err := auth.Authorize(p, auth.DistributionDecide); err != nil {
		return Distribution{}, err
	}
	d, err := s.Distribution(ctx, id)
	if err != nil {
		return Distribution{}, err
	}
	if err := auth.Check(ctx, s.cfg.Keys, auth.DistributionDecide, p, d.CreatedBy); err != nil {
		return Distribution{}, err
	}
	actor := p.Actor()
	return s.cfg.Store.DecideDistribution(ctx, id, func(d *Distribution, _ *big.Int) error {
		if err := checkDistributionDecision(*d, actor); err != nil {
			return err
		}
		now := s.cfg.Now().UTC()
		d.State, d.DecidedBy, d.DecidedAt, d.DecisionNote = Rejected, actor, &now, note
		return nil
	})
}

// checkDistributionDecision runs again inside the decision's transaction:
// the distribution must still be pending (independence was checked
// before).
func checkDistributionDecision(d Distribution, actor string) error {
	if d.State != Pending {
		return errs.E(errs.Conflict, "already_decided", "distribution "+d.ID+" is already "+d.State)
	}
	if d.CreatedBy == actor {
		return errs.E(errs.Forbidden, "self_approval", "four-eyes: the declarer cannot decide its own distribution")
	}
	return nil
}

// publish publishes an approved distribution through the transaction
// manager; the Distributor pays it out of the asset's treasury. The key
// makes it safe to call again after a failure.
func (s *Service) publish(ctx context.Context, d Distribution, token common.Address) (Distribution, error) {
	key := DistributionPublishKey(d.ID)
	total, _ := new(big.Int).SetString(d.Total, 10)
	dist := s.cfg.Distributor
	r, err := s.send(ctx, key, &dist, distABI.PackPublish(token, d.PaymentToken, total, d.MerkleRoot,
		d.SnapshotBlock, uint64(d.ClaimDeadline.Unix())))
	if err != nil {
		return Distribution{}, err
	}
	rc, err := s.cfg.Chain.TransactionReceipt(ctx, r.TxHash)
	if err != nil {
		return Distribution{}, fmt.Errorf("receipt of %s: %w", key, err)
	}
	for _, l := range rc.Logs {
		if l.Address != dist {
			continue
		}
		if ev, err := distABI.UnpackDistributionPublishedEvent(l); err == nil {
			if err := s.cfg.Store.SetDistributionOnchainID(ctx, d.ID, ev.Id); err != nil {
				return Distribution{}, err
			}
			d.OnchainID = ev.Id.String()
		}
	}
	return d, nil
}

// Publish publishes an approved distribution whose publication did not
// finish (a chain timeout, a crash): the same transaction key is used, so
// nothing is sent twice. A published distribution is returned as is; one
// not approved is refused (not_approved).
func (s *Service) Publish(ctx context.Context, p auth.Principal, id string) (Distribution, error) {
	if err := auth.Authorize(p, auth.DistributionPub); err != nil {
		return Distribution{}, err
	}
	d, err := s.Distribution(ctx, id)
	if err != nil || d.OnchainID != "" {
		return d, err
	}
	if d.State != Approved {
		return Distribution{}, errs.E(errs.Conflict, "not_approved",
			"distribution "+id+" is "+d.State+": only a distribution an independent approver approved is published")
	}
	a, err := s.Asset(ctx, d.AssetID)
	if err != nil {
		return Distribution{}, err
	}
	return s.publish(ctx, d, *a.Token)
}

// TreasuryBalance is an asset's treasury on the Distributor in one payment
// token: what it holds, what approved distributions not yet published
// reserve of it, and what a new distribution may take.
type TreasuryBalance struct {
	AssetID      string         `json:"asset_id"`
	Token        common.Address `json:"token"`
	PaymentToken common.Address `json:"payment_token"`
	Distributor  common.Address `json:"distributor"`
	Balance      string         `json:"balance"`
	Reserved     string         `json:"reserved"`
	Available    string         `json:"available"`
	// Decimals are the payment token's (nil when its decimals() cannot be
	// read), and the Units fields the amounts above in its units.
	Decimals                                    *uint8
	BalanceUnits, ReservedUnits, AvailableUnits string
}

// AssetTreasury returns the treasury of a tokenized asset in paymentToken.
// The issuer funds it from its own wallet: approve(distributor, amount) on
// the payment token, then fund(token, paymentToken, amount) on the
// Distributor.
func (s *Service) AssetTreasury(ctx context.Context, assetID string, paymentToken common.Address) (TreasuryBalance, error) {
	a, err := s.Asset(ctx, assetID)
	if err != nil {
		return TreasuryBalance{}, err
	}
	if a.Token == nil {
		return TreasuryBalance{}, errs.E(errs.Conflict, "invalid_state", "asset "+a.ID+" is not tokenized")
	}
	have, err := s.Treasury(ctx, *a.Token, paymentToken)
	if err != nil {
		return TreasuryBalance{}, err
	}
	reserved, err := s.cfg.Store.DistributionReserved(ctx, a.ID, paymentToken)
	if err != nil {
		return TreasuryBalance{}, err
	}
	free := new(big.Int).Sub(have, reserved)
	if free.Sign() < 0 {
		free.SetInt64(0)
	}
	t := TreasuryBalance{AssetID: a.ID, Token: *a.Token, PaymentToken: paymentToken, Distributor: s.cfg.Distributor,
		Balance: have.String(), Reserved: reserved.String(), Available: free.String()}
	if dec, err := s.PaymentTokenDecimals(ctx, paymentToken); err == nil {
		t.Decimals = &dec
		t.BalanceUnits, t.ReservedUnits, t.AvailableUnits = FormatUnits(have, dec), FormatUnits(reserved, dec), FormatUnits(free, dec)
	}
	return t, nil
}
