package issuance

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/contracts"
	"github.com/tessera-rwa/tessera/errs"
)

// ownContract says how to recognise one kind of Tessera contract on chain.
type ownContract struct {
	contract string // artifact name in contracts/out
	role     string // what it is to the asset, for messages: "token", "deed", "feed"
	code     string // the error code of a refusal
	registry bool   // it answers identityRegistry(), which must be the platform's
}

var (
	ownToken = ownContract{contract: "AssetToken", role: "token", code: "foreign_token", registry: true}
	ownDeed  = ownContract{contract: "DeedToken", role: "deed", code: "foreign_token", registry: true}
	ownFeed  = ownContract{contract: "ValuationFeed", role: "feed", code: "foreign_feed"}
)

// register accepts an existing token (and its feed) only if Tessera made it
// and controls it: the token is an AssetToken, its deed if it has one a
// DeedToken and the feed a ValuationFeed, each checked on chain by
// checkOwn. Anything else is a 422 naming what failed; an issuer could
// otherwise tokenize a verified asset as a contract it controls and mint
// itself a share of the asset's payouts. It returns the token's deed and
// the deployments to record.
func (s *Service) register(ctx context.Context, a Asset, token common.Address, feed *common.Address) (common.Address, common.Address, []chain.Deployment, error) {
	var deed common.Address
	if err := s.checkOwn(ctx, ownToken, token); err != nil {
		return token, deed, nil, err
	}
	out, err := s.call(ctx, token, tokenABI.PackDecimals())
	if err != nil {
		return token, deed, nil, fmt.Errorf("read decimals of %s: %w", token, err)
	}
	dec, err := tokenABI.UnpackDecimals(out)
	if err != nil {
		return token, deed, nil, fmt.Errorf("read decimals of %s: %w", token, err)
	}
	if dec != a.Decimals {
		return token, deed, nil, errs.E(errs.Unprocessable, "decimals_mismatch", fmt.Sprintf("the token has %d decimals, the asset %d", dec, a.Decimals))
	}
	if _, err := s.cfg.Store.AssetByToken(ctx, s.cfg.ChainID, token); err == nil {
		return token, deed, nil, errs.E(errs.Conflict, "token_taken", "another asset is tokenized as "+token.Hex())
	}
	if out, err = s.call(ctx, token, tokenABI.PackDeed()); err == nil {
		deed, err = tokenABI.UnpackDeed(out)
	}
	if err != nil {
		return token, deed, nil, fmt.Errorf("read the deed of %s: %w", token, err)
	}
	if deed != (common.Address{}) {
		if err := s.checkOwn(ctx, ownDeed, deed); err != nil {
			return token, deed, nil, err
		}
	}
	if feed != nil {
		if err := s.checkOwn(ctx, ownFeed, *feed); err != nil {
			return token, deed, nil, err
		}
		// A feed values one asset: sharing one, an asset would carry the
		// other's price (the store's unique index holds this under races).
		if other, err := s.cfg.Store.AssetByFeed(ctx, s.cfg.ChainID, *feed); err == nil && other.ID != a.ID {
			return token, deed, nil, errs.E(errs.Conflict, "feed_taken", "another asset is valued by "+feed.Hex())
		}
	}

	known, err := s.cfg.Deployments.Deployments(ctx, s.cfg.ChainID)
	if err != nil {
		return token, deed, nil, err
	}
	have := map[common.Address]bool{}
	var recs []chain.Deployment
	for _, d := range known {
		have[d.Address] = true
		if feed != nil && d.Address == *feed && d.Decimals == nil {
			// Recorded before records carried a feed's decimals (the dev
			// suite's feeds): saved again, the record learns them.
			recs = append(recs, d)
		}
	}
	add := func(addr common.Address, c ownContract) {
		if addr != (common.Address{}) && !have[addr] {
			recs = append(recs, chain.Deployment{ChainID: s.cfg.ChainID, Name: "issuance:" + a.ID + ":" + c.role, Contract: c.contract, Address: addr})
		}
	}
	add(token, ownToken)
	add(deed, ownDeed)
	if feed != nil {
		add(*feed, ownFeed)
	}
	return token, deed, recs, nil
}

// checkOwn reads addr's code and state and refuses it unless it is c as
// Tessera deploys it, under the platform's control:
//   - its runtime code is the compiled contract's, immutables masked: a
//     contract with other code may do anything behind a familiar ABI;
//   - its identityRegistry() is the platform's registry, so compliance is
//     the platform's;
//   - the platform signer holds its DEFAULT_ADMIN_ROLE;
//   - the platform signer created it. AccessControl cannot list who else
//     holds a role, so a contract someone else created may keep an admin
//     (and a minter) of the creator's choosing beside the signer; one the
//     signer created holds only the roles the signer granted.
func (s *Service) checkOwn(ctx context.Context, c ownContract, addr common.Address) error {
	refuse := func(why string) error {
		return errs.E(errs.Unprocessable, c.code, fmt.Sprintf("%s %s is not a Tessera %s under the platform's control: %s",
			c.role, addr.Hex(), c.contract, why))
	}
	code, err := s.cfg.Chain.CodeAt(ctx, addr, nil)
	if err != nil {
		return fmt.Errorf("read the code at %s: %w", addr, err)
	}
	if len(code) == 0 {
		return refuse("no contract is deployed there")
	}
	art, err := contracts.Load(c.contract)
	if err != nil {
		return err
	}
	if !art.Matches(code) {
		return refuse("its code differs from the " + c.contract + " this platform compiles")
	}
	// The code is ours, so these calls answer as our sources say; the
	// selectors of identityRegistry() and hasRole are the same on every
	// Tessera contract, so the AssetToken binding packs them for all.
	if c.registry {
		out, err := s.call(ctx, addr, tokenABI.PackIdentityRegistry())
		if err != nil {
			return fmt.Errorf("read the identity registry of %s: %w", addr, err)
		}
		reg, err := tokenABI.UnpackIdentityRegistry(out)
		if err != nil {
			return fmt.Errorf("read the identity registry of %s: %w", addr, err)
		}
		if reg != s.cfg.Registry {
			return refuse(fmt.Sprintf("its identity registry is %s, not the platform's %s", reg.Hex(), s.cfg.Registry.Hex()))
		}
	}
	signer := s.cfg.Tx.From()
	out, err := s.call(ctx, addr, tokenABI.PackHasRole([32]byte{}, signer))
	if err != nil {
		return fmt.Errorf("read the admin role of %s: %w", addr, err)
	}
	admin, err := tokenABI.UnpackHasRole(out)
	if err != nil {
		return fmt.Errorf("read the admin role of %s: %w", addr, err)
	}
	if !admin {
		return refuse("the platform signer " + signer.Hex() + " does not hold its admin role (DEFAULT_ADMIN_ROLE)")
	}
	created, err := s.createdBySigner(ctx, addr)
	if err != nil {
		return err
	}
	if !created {
		return refuse("the platform signer " + signer.Hex() + " did not deploy it")
	}
	return nil
}

// createdBySigner reports whether the signer's account created addr with
// one of the nonces it has used (CREATE from the signer, as the
// transaction manager deploys). Each nonce costs one Keccak hash, so even
// a signer with millions of transactions is checked in about a second.
func (s *Service) createdBySigner(ctx context.Context, addr common.Address) (bool, error) {
	signer := s.cfg.Tx.From()
	nonce, err := s.cfg.Chain.NonceAt(ctx, signer, nil)
	if err != nil {
		return false, fmt.Errorf("read the nonce of %s: %w", signer, err)
	}
	for n := range nonce {
		if n%65536 == 0 && ctx.Err() != nil {
			return false, ctx.Err()
		}
		if crypto.CreateAddress(signer, n) == addr {
			return true, nil
		}
	}
	return false, nil
}
