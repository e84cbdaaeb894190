package issuance

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/tessera-rwa/tessera/bindings/dealing"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/errs"
)

// An asset that deals at NAV (NewAsset.DealingPaymentToken) gets, when it
// is tokenized, a Dealing contract: the ERC-7540 requests and the instant
// facility through which investors subscribe and redeem at the NAV of the
// asset's ValuationFeed, paid in the payment token. The contract mints and
// burns units (MINTER_ROLE on the token) and locks the units a redeem
// request holds (AGENT_ROLE); the signer is its admin, holds CONFIG_ROLE
// and TREASURY_ROLE, and fulfils its books (FULFILLER_ROLE); the timelock
// alone upgrades it.

var dealingABI = dealing.NewDealing()

// MaxPaymentDecimals bounds a payment token's decimals: the Dealing
// contract prices with 10^decimals, and the dealing calendars store at
// most 36.
const MaxPaymentDecimals = 36

// ownDealing recognises a Dealing contract on chain (register.go).
var ownDealing = ownContract{contract: "Dealing", role: "dealing", code: "foreign_dealing"}

// DealingAsset is what the dealing domain needs of an asset that deals at
// NAV: where its contracts are and the decimals its prices are in.
type DealingAsset struct {
	AssetID         string
	Symbol          string
	State           State
	ChainID         *big.Int
	Token           common.Address // the AssetToken: the units
	Feed            common.Address // the ValuationFeed: the NAV
	Dealing         common.Address // the Dealing proxy
	PaymentToken    common.Address // the ERC-20 stablecoin it deals in
	UnitDecimals    uint8          // the token's decimals (the asset's)
	PaymentDecimals uint8          // the payment token's decimals(), read when tokenizing
}

// DealingOf answers where a tokenized asset deals: errs.NotFound
// asset_not_found for an unknown asset, errs.Conflict not_dealing for one
// that does not deal at NAV or is not tokenized yet. It reads only the
// record: the payment token's decimals were read from the chain when the
// asset was tokenized (an ERC-20's decimals never change).
func (s *Service) DealingOf(ctx context.Context, assetID string) (DealingAsset, error) {
	a, err := s.Asset(ctx, assetID)
	if err != nil {
		return DealingAsset{}, err
	}
	switch {
	case a.DealingPaymentToken == nil:
		return DealingAsset{}, errs.E(errs.Conflict, "not_dealing", "asset "+a.ID+" does not deal at NAV: it was created without a dealing_payment_token")
	case a.Dealing == nil || a.Token == nil || a.Feed == nil || a.DealingPaymentDecimals == nil:
		return DealingAsset{}, errs.E(errs.Conflict, "not_dealing", "asset "+a.ID+" is "+string(a.State)+": it deals at NAV once tokenized")
	}
	chainID, ok := new(big.Int).SetString(a.ChainID, 10)
	if !ok {
		return DealingAsset{}, fmt.Errorf("asset %s: chain id %q", a.ID, a.ChainID)
	}
	return DealingAsset{AssetID: a.ID, Symbol: a.Symbol, State: a.State, ChainID: chainID, Token: *a.Token, Feed: *a.Feed,
		Dealing: *a.Dealing, PaymentToken: *a.DealingPaymentToken, UnitDecimals: a.Decimals, PaymentDecimals: *a.DealingPaymentDecimals}, nil
}

// paymentDecimals reads the decimals of the ERC-20 at pay, refusing an
// address where no ERC-20 answers: the Dealing contract's initializer
// reads them too, and would revert after the token is deployed.
func (s *Service) paymentDecimals(ctx context.Context, pay common.Address) (uint8, error) {
	refuse := func(why string) error {
		return errs.E(errs.Unprocessable, "invalid_payment_token", "no ERC-20 answers at "+pay.Hex()+": "+why+
			"; an asset's payment token is verified with it and cannot change: retire the asset and create it again")
	}
	out, err := s.call(ctx, pay, erc20ABI.PackDecimals())
	if err != nil || len(out) == 0 {
		return 0, refuse("decimals() did not answer")
	}
	dec, err := erc20ABI.UnpackDecimals(out)
	if err != nil {
		return 0, refuse("decimals() did not answer a uint8")
	}
	if out, err := s.call(ctx, pay, erc20ABI.PackBalanceOf(s.cfg.Tx.From())); err != nil || len(out) != 32 {
		return 0, refuse("balanceOf() did not answer")
	}
	if dec > MaxPaymentDecimals {
		return 0, refuse(fmt.Sprintf("its %d decimals are more than the %d dealing prices with", dec, MaxPaymentDecimals))
	}
	return dec, nil
}

// attachDealing gives asset a, tokenized as token and valued by feed, its
// Dealing contract: existing (a registration, which checkDealing
// accepted) or, with existing nil, a new proxy deployed as the asset's
// other contracts are ("issuance:<id>:dealing"). Then the token lets the
// contract mint, burn and lock units, and the signer takes the roles it
// configures, funds and fulfils with. Each grant is read first and sent
// under its own key only when missing, so a resumed tokenization sends
// nothing twice. It returns the contract and the deployments to record.
func (s *Service) attachDealing(ctx context.Context, a Asset, token, feed common.Address, existing *common.Address) (common.Address, []chain.Deployment, error) {
	signer := s.cfg.Tx.From()
	var addr common.Address
	var recs []chain.Deployment
	if existing != nil {
		addr = *existing
	} else {
		p, err := s.platform(ctx, a)
		if err != nil {
			return addr, nil, err
		}
		var rc *types.Receipt
		addr, rc, err = s.deployProxy(ctx, p, a, "dealing", "Dealing",
			dealingABI.PackInitialize(token, *a.DealingPaymentToken, feed, signer, signer, p.timelock))
		if err != nil {
			return addr, nil, err
		}
		recs = append(recs, chain.Deployment{ChainID: s.cfg.ChainID, Name: "issuance:" + a.ID + ":dealing", Contract: "Dealing",
			Address: addr, TxHash: rc.TxHash, Block: rc.BlockNumber.Uint64(), BlockHash: rc.BlockHash})
	}
	for _, g := range []struct {
		step    string
		target  common.Address
		role    string
		account common.Address
	}{
		{"dealing-minter", token, "MINTER_ROLE", addr},
		{"dealing-agent", token, "AGENT_ROLE", addr},
		{"dealing-config", addr, "CONFIG_ROLE", signer},
		{"dealing-treasury", addr, "TREASURY_ROLE", signer},
		{"dealing-fulfiller", addr, "FULFILLER_ROLE", signer},
	} {
		if err := s.grantOnce(ctx, "issuance:"+a.ID+":"+g.step, g.target, g.role, g.account); err != nil {
			return addr, nil, err
		}
	}
	if err := s.guardFeed(ctx, a, feed); err != nil {
		return addr, nil, err
	}
	return addr, recs, nil
}

// DealingMaxChangeBps is the NAV guard a dealing asset's feed starts with:
// a transmission more than 20% away from the previous round is refused by
// the feed (and not signed by the relay), so no single value, mistyped or
// forged, prices subscriptions and redemptions; a larger move goes through
// a four-eyes override (docs/chainlink.md).
const DealingMaxChangeBps = 2_000

// guardFeed turns on the maximum change per update of the feed that prices
// asset a's dealing, unless a guard is set already: the signer (the feed's
// admin) takes GUARDIAN_ROLE for it.
func (s *Service) guardFeed(ctx context.Context, a Asset, feed common.Address) error {
	out, err := s.call(ctx, feed, feedABI.PackGuards())
	if err != nil {
		return fmt.Errorf("read the guards of feed %s: %w", feed, err)
	}
	g, err := feedABI.UnpackGuards(out)
	if err != nil {
		return fmt.Errorf("read the guards of feed %s: %w", feed, err)
	}
	if g.MaxChangeBps != 0 {
		return nil
	}
	if err := s.grantOnce(ctx, "issuance:"+a.ID+":feed-guardian", feed, "GUARDIAN_ROLE", s.cfg.Tx.From()); err != nil {
		return err
	}
	_, err = s.sendStep(ctx, "issuance:"+a.ID+":feed-guards", &feed, feedABI.PackSetGuards(DealingMaxChangeBps, 0))
	return err
}

// grantOnce grants role on target to account under key unless account
// holds it already. AssetToken and Dealing share AccessControl's
// selectors, so the token binding packs the calls for both.
func (s *Service) grantOnce(ctx context.Context, key string, target common.Address, role string, account common.Address) error {
	out, err := s.call(ctx, target, tokenABI.PackHasRole(roleID(role), account))
	if err != nil {
		return fmt.Errorf("read %s of %s on %s: %w", role, account, target, err)
	}
	held, err := tokenABI.UnpackHasRole(out)
	if err != nil {
		return fmt.Errorf("read %s of %s on %s: %w", role, account, target, err)
	}
	if held {
		return nil
	}
	_, err = s.sendStep(ctx, key, &target, tokenABI.PackGrantRole(roleID(role), account))
	return err
}

// checkDealing accepts an existing Dealing contract for asset a only if it
// is a Tessera Dealing under the platform's control (checkOwn: our proxy
// and implementation, created by the signer, the signer its admin) and it
// deals exactly what the asset was verified with: share() the asset's
// token, asset() its payment token, feed() its feed. It returns the record
// to save, none when the platform recorded the address already (the dev
// suite's).
func (s *Service) checkDealing(ctx context.Context, a Asset, addr, token, feed common.Address) ([]chain.Deployment, error) {
	if err := s.checkOwn(ctx, ownDealing, addr); err != nil {
		return nil, err
	}
	for _, c := range []struct {
		what string
		pack []byte
		want common.Address
	}{
		{"share() (the units it issues)", dealingABI.PackShare(), token},
		{"asset() (the payment token)", dealingABI.PackAsset(), *a.DealingPaymentToken},
		{"feed() (the NAV)", dealingABI.PackFeed(), feed},
	} {
		out, err := s.call(ctx, addr, c.pack)
		if err != nil {
			return nil, fmt.Errorf("read %s of %s: %w", c.what, addr, err)
		}
		if len(out) != 32 {
			return nil, fmt.Errorf("read %s of %s: %d bytes", c.what, addr, len(out))
		}
		got := common.BytesToAddress(out)
		if got != c.want {
			return nil, errs.E(errs.Unprocessable, "dealing_mismatch", fmt.Sprintf("dealing %s answers %s = %s; the asset was verified with %s",
				addr.Hex(), c.what, got.Hex(), c.want.Hex()))
		}
	}
	known, err := s.cfg.Deployments.Deployments(ctx, s.cfg.ChainID)
	if err != nil {
		return nil, err
	}
	for _, d := range known {
		if d.Address != addr {
			continue
		}
		if rest, ok := strings.CutPrefix(d.Name, "issuance:"); ok && !strings.HasPrefix(rest, a.ID+":") {
			return nil, errs.E(errs.Conflict, "dealing_taken", addr.Hex()+" is deployed for another asset")
		}
		return nil, nil
	}
	return []chain.Deployment{{ChainID: s.cfg.ChainID, Name: "issuance:" + a.ID + ":dealing", Contract: "Dealing", Address: addr}}, nil
}
