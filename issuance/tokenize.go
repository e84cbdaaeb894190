package issuance

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/bindings/deedtoken"
	"github.com/tessera-rwa/tessera/bindings/valuationfeed"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/errs"

	"go.opentelemetry.io/otel/attribute"
)

// TokenizeRequest says how to tokenize a verified asset: deploy new
// contracts (the zero value) or register a token the platform signer
// deployed earlier (register.go says what is accepted).
type TokenizeRequest struct {
	Token *common.Address `json:"token,omitempty"` // an existing AssetToken to register
	Feed  *common.Address `json:"feed,omitempty"`  // its ValuationFeed, optional (required when the asset deals at NAV)
	// Dealing is the token's existing Dealing contract, for an asset that
	// deals at NAV; without it, registering deploys one.
	Dealing *common.Address `json:"dealing,omitempty"`
}

// DeedID is the token id of an asset's deed in its own DeedToken.
var DeedID = big.NewInt(1)

var (
	feedABI = valuationfeed.NewValuationFeed()
	deedABI = deedtoken.NewDeedToken()
)

func roleID(name string) [32]byte { return crypto.Keccak256Hash([]byte(name)) }

// Tokenize deploys the asset's contracts through the transaction manager,
// or registers one the platform deployed earlier (register refuses any
// other contract), records the deployments so the indexer follows them,
// and moves the asset to tokenized. For a fund or any
// fractional asset: a ValuationFeed and an AssetToken; for real estate
// also a DeedToken whose deed is minted to the signer and locked into the
// AssetToken, with the rules chosen at onboarding set through compliance;
// for an asset that deals at NAV also its Dealing contract (dealing.go).
// Every write has a key derived from the asset id, so calling
// Tokenize again after a failure resumes where it stopped, attempting again
// the step that failed (sendStep); the asset stays verified until every
// step is done.
func (s *Service) Tokenize(ctx context.Context, p auth.Principal, id string, req TokenizeRequest) (Asset, error) {
	if err := auth.Authorize(p, auth.AssetTokenize); err != nil {
		return Asset{}, err
	}
	return traced(ctx, "issuance.Tokenize", []attribute.KeyValue{attribute.String("issuance.asset_id", id)}, func(ctx context.Context) (Asset, error) {
		return s.tokenize(ctx, p.Actor(), id, req)
	})
}

func (s *Service) tokenize(ctx context.Context, actor, id string, req TokenizeRequest) (Asset, error) {
	a, err := s.needState(ctx, id, Verified)
	if err != nil {
		return Asset{}, err
	}
	// An asset stored before today's limits may hold what the contracts
	// refuse: say so before the first deployment, not after.
	if err := a.fitsChain(); err != nil {
		return Asset{}, err
	}
	// The payment token is checked before anything is deployed: the
	// Dealing contract's initializer reads its decimals.
	var payDecimals *uint8
	switch {
	case a.DealingPaymentToken != nil:
		dec, err := s.paymentDecimals(ctx, *a.DealingPaymentToken)
		if err != nil {
			return Asset{}, err
		}
		payDecimals = &dec
		if req.Token != nil && req.Feed == nil {
			return Asset{}, invalid("feed_required", "asset "+a.ID+" deals at NAV, which its ValuationFeed prices: register the token with its feed")
		}
		if req.Dealing != nil && req.Token == nil {
			return Asset{}, invalid("invalid_dealing", "a dealing contract is registered with its token: give token and feed, or neither to deploy all three")
		}
	case req.Dealing != nil:
		return Asset{}, invalid("invalid_dealing", "asset "+a.ID+" does not deal at NAV (it was created without a dealing_payment_token): give no dealing contract")
	}
	var token, feed, deed, dealing common.Address
	var recs []chain.Deployment
	if req.Token != nil {
		if token, deed, recs, err = s.register(ctx, a, *req.Token, req.Feed); err != nil {
			return Asset{}, err
		}
		// The dealing contract given is checked before the token is
		// touched: a refusal leaves nothing behind.
		if req.Dealing != nil {
			more, err := s.checkDealing(ctx, a, *req.Dealing, token, *req.Feed)
			if err != nil {
				return Asset{}, err
			}
			recs = append(recs, more...)
		}
		if err := s.capSupply(ctx, a, token); err != nil {
			return Asset{}, err
		}
		if req.Feed != nil {
			feed = *req.Feed
		}
		// The rules the asset was verified with hold on a registered token
		// as on a deployed one: the signer, the token's admin (register
		// checked it), takes the compliance-admin role to set them.
		to := token
		if _, err := s.sendStep(ctx, "issuance:"+a.ID+":compliance-admin", &to,
			tokenABI.PackGrantRole(roleID("COMPLIANCE_ADMIN_ROLE"), s.cfg.Tx.From())); err != nil {
			return Asset{}, err
		}
		if err := s.countInvestors(ctx, a, token); err != nil {
			return Asset{}, err
		}
		if err := s.setRules(ctx, actor, a, token); err != nil {
			return Asset{}, err
		}
		if a.DealingPaymentToken != nil {
			d, more, err := s.attachDealing(ctx, a, token, feed, req.Dealing)
			if err != nil {
				return Asset{}, err
			}
			dealing, recs = d, append(recs, more...)
		}
	} else {
		if token, feed, deed, recs, err = s.deployAsset(ctx, a); err != nil {
			return Asset{}, err
		}
		if err := s.setRules(ctx, actor, a, token); err != nil {
			return Asset{}, err
		}
		if a.DealingPaymentToken != nil {
			d, more, err := s.attachDealing(ctx, a, token, feed, nil)
			if err != nil {
				return Asset{}, err
			}
			dealing, recs = d, append(recs, more...)
		}
	}
	for _, d := range recs {
		if err := s.cfg.Deployments.SaveDeployment(ctx, d); err != nil {
			return Asset{}, fmt.Errorf("record deployment %s: %w", d.Name, err)
		}
	}
	out, err := s.cfg.Store.UpdateAsset(ctx, id, func(a *Asset) (Event, error) {
		if a.State != Verified {
			return Event{}, errs.E(errs.Conflict, "invalid_state", "asset "+id+" is "+string(a.State)+"; tokenizing needs it verified")
		}
		a.ChainID, a.Token = s.cfg.ChainID.String(), &token
		if feed != (common.Address{}) {
			a.Feed = &feed
		}
		if deed != (common.Address{}) {
			a.Deed = &deed
		}
		if dealing != (common.Address{}) {
			a.Dealing, a.DealingPaymentDecimals = &dealing, payDecimals
		}
		ev := Event{From: a.State, To: Tokenized, Actor: actor, Note: "token " + token.Hex()}
		a.State = Tokenized
		return ev, nil
	})
	if err != nil {
		return Asset{}, err
	}
	// Documents uploaded before the token existed are anchored now.
	docs, err := s.cfg.Store.Documents(ctx, id)
	if err != nil {
		return Asset{}, err
	}
	for _, d := range docs {
		if _, err := s.anchor(ctx, out, d); err != nil {
			return Asset{}, err
		}
	}
	return out, nil
}

func (s *Service) deployAsset(ctx context.Context, a Asset) (token, feed, deed common.Address, recs []chain.Deployment, err error) {
	admin := s.cfg.Tx.From()
	key := func(step string) string { return "issuance:" + a.ID + ":" + step }
	record := func(name, contract string, addr common.Address, rc *types.Receipt) {
		recs = append(recs, chain.Deployment{ChainID: s.cfg.ChainID, Name: key(name), Contract: contract, Address: addr,
			TxHash: rc.TxHash, Block: rc.BlockNumber.Uint64(), BlockHash: rc.BlockHash})
	}
	call := func(step string, to common.Address, data []byte) {
		if err == nil {
			_, err = s.sendStep(ctx, key(step), &to, data)
		}
	}
	var rc *types.Receipt
	// Valuations per unit in the asset's currency with 8 decimals, from
	// 0.00000001 to 10^18 units of currency.
	maxAnswer := new(big.Int).Exp(big.NewInt(10), big.NewInt(26), nil)
	p, err := s.platform(ctx, a)
	if err != nil {
		return
	}
	feed, rc, err = s.deployProxy(ctx, p, a, "feed", "ValuationFeed",
		feedABI.PackInitialize(8, a.Symbol+" / "+a.Currency+" per unit", big.NewInt(1), maxAnswer, admin, admin, admin, p.timelock))
	if err != nil {
		return
	}
	record("feed", "ValuationFeed", feed, rc)

	deedID := new(big.Int)
	if a.Kind == RealEstate {
		deed, rc, err = s.deployProxy(ctx, p, a, "deed", "DeedToken",
			deedABI.PackInitialize(a.Name+" deed", a.Symbol+"D", s.cfg.Registry, admin, p.timelock))
		if err != nil {
			return
		}
		record("deed", "DeedToken", deed, rc)
		deedID = DeedID
		call("deed-minter", deed, deedABI.PackGrantRole(roleID("MINTER_ROLE"), admin))
		call("deed-mint", deed, deedABI.PackMint(admin, DeedID, "tessera:asset:"+a.ID))
	}
	if err != nil {
		return
	}
	token, rc, err = s.deployProxy(ctx, p, a, "token", "AssetToken",
		tokenABI.PackInitialize(a.Name, a.Symbol, a.Decimals, s.cfg.Registry, deed, deedID, admin, p.timelock))
	if err != nil {
		return
	}
	record("token", "AssetToken", token, rc)
	// The supply cap before any minter: the token never mints beyond the
	// asset's total units, whatever the records say.
	call("supply-cap", token, tokenABI.PackSetSupplyCap(totalUnits(a)))
	call("minter", token, tokenABI.PackGrantRole(roleID("MINTER_ROLE"), admin))
	call("documents", token, DocumentRoleGrant(admin))
	call("compliance-admin", token, tokenABI.PackGrantRole(roleID("COMPLIANCE_ADMIN_ROLE"), admin))
	// Investors counted per country and category from the first unit:
	// the token can start counting only while none is outstanding, and
	// the caps compliance may set later need the counters.
	call("investor-counting", token, tokenABI.PackSetInvestorCounting())
	if a.Kind == RealEstate {
		call("deed-bind", deed, deedABI.PackBindFractions(DeedID, token))
		call("deed-lock", deed, deedABI.PackLockDeed(DeedID))
	}
	return
}

// countInvestors turns investor counting on for a registered token that
// does not count yet and has no unit outstanding, as deployAsset does for
// a new one, so compliance can cap investors per country and category
// later. A registered token with units out and no counting stays as it
// is: it cannot start counting any more, and its caps will be refused.
func (s *Service) countInvestors(ctx context.Context, a Asset, token common.Address) error {
	out, err := s.call(ctx, token, tokenABI.PackInvestorCounting())
	if err != nil {
		return fmt.Errorf("investorCounting: %w", err)
	}
	if on, err := tokenABI.UnpackInvestorCounting(out); err != nil || on {
		return err
	}
	supply, err := s.totalSupply(ctx, token)
	if err != nil || supply.Sign() != 0 {
		return err
	}
	_, err = s.sendStep(ctx, "issuance:"+a.ID+":investor-counting", &token, tokenABI.PackSetInvestorCounting())
	return err
}

// tokenizer is the principal that sets a deployed token's first rules:
// the platform, acting on rules the asset's verification approved.
var tokenizer = auth.System("issuance-tokenize", auth.Compliance)

// setRules sets the rules chosen at onboarding on the token just deployed
// or registered,
// through compliance, which owns them from then on (its API shows them as
// version 1, its log says who chose and who verified them). Calling it
// again with the same rules writes nothing.
func (s *Service) setRules(ctx context.Context, actor string, a Asset, token common.Address) error {
	u := a.Rules
	u.Reason = fmt.Sprintf("rules chosen at onboarding of asset %s, verified by %s, set when %s tokenized it", a.ID, a.VerifiedBy, actor)
	res, err := s.cfg.Rules.SetRules(ctx, tokenizer, token, u)
	if err != nil {
		return fmt.Errorf("set the asset's rules: %w", err)
	}
	for _, t := range res.Txs {
		switch {
		case t.State == txmgr.Failed:
			return errs.E(errs.Unprocessable, "chain_write_failed", "rule "+t.Action+" failed on chain: "+t.Error)
		case !t.State.Done():
			return errs.E(errs.Unavailable, "chain_timeout", "the chain did not confirm rule "+t.Action+" in time; retry the same call")
		}
	}
	return nil
}
