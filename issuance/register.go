package issuance

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/create2"
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
		// An address the platform deploys for another asset (recorded
		// before its deployment is sent) is that asset's, done or not.
		if rest, ok := strings.CutPrefix(d.Name, "issuance:"); ok && !strings.HasPrefix(rest, a.ID+":") &&
			(d.Address == token || d.Address == deed || (feed != nil && d.Address == *feed)) {
			return token, deed, nil, errs.E(errs.Conflict, "token_taken", d.Address.Hex()+" is deployed for another asset")
		}
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
//   - its runtime code is exactly ERC1967Proxy's, and its ERC-1967
//     implementation slot points at a Tessera implementation of c: one the
//     platform recorded ("impl:<Contract>"), or one whose runtime code is the
//     compiled contract's, immutables masked. A contract with other code may
//     do anything behind a familiar ABI;
//   - the factory says the platform signer deployed it (deployerOf). The
//     factory binds its salts to the caller, so nobody else can have put it
//     there; and AccessControl cannot list who else holds a role, so a proxy
//     someone else created may keep an admin (and a minter) of the creator's
//     choosing beside the signer, while one the signer created (initialized
//     in the same transaction) holds only the roles the signer granted;
//   - its identityRegistry() is the platform's registry, so compliance is
//     the platform's;
//   - the platform signer holds its DEFAULT_ADMIN_ROLE.
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
	proxy, err := contracts.Load("ERC1967Proxy")
	if err != nil {
		return err
	}
	if !proxy.Matches(code) {
		return refuse("its code is not the ERC1967Proxy this platform deploys its contracts behind")
	}
	impl, err := create2.Implementation(ctx, s.cfg.Chain, addr)
	if err != nil {
		return err
	}
	ours, err := s.ownImplementation(ctx, c.contract, impl)
	if err != nil {
		return err
	}
	if !ours {
		return refuse("its implementation " + impl.Hex() + " is not the " + c.contract + " this platform compiles")
	}
	signer := s.cfg.Tx.From()
	factory := create2.Factory()
	if d, err := s.cfg.Deployments.Deployment(ctx, s.cfg.ChainID, "factory"); err == nil {
		factory = d.Address
	} else if !errors.Is(err, chain.ErrNotDeployed) {
		return err
	}
	out, err := s.call(ctx, factory, factoryABI.PackDeployerOf(addr))
	if err != nil {
		return fmt.Errorf("read the deployer of %s: %w", addr, err)
	}
	deployer, err := factoryABI.UnpackDeployerOf(out)
	if err != nil {
		return fmt.Errorf("read the deployer of %s: %w", addr, err)
	}
	if deployer != signer {
		return refuse("the platform signer " + signer.Hex() + " did not deploy it through the factory " + factory.Hex())
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
	out, err = s.call(ctx, addr, tokenABI.PackHasRole([32]byte{}, signer))
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
	return nil
}

// ownImplementation reports whether impl is a Tessera implementation of
// contract: the platform's recorded one, or code equal to the compiled
// contract's outside its immutables.
func (s *Service) ownImplementation(ctx context.Context, contract string, impl common.Address) (bool, error) {
	d, err := s.cfg.Deployments.Deployment(ctx, s.cfg.ChainID, "impl:"+contract)
	switch {
	case err == nil && d.Address == impl:
		return true, nil
	case err != nil && !errors.Is(err, chain.ErrNotDeployed):
		return false, err
	}
	code, err := s.cfg.Chain.CodeAt(ctx, impl, nil)
	if err != nil {
		return false, fmt.Errorf("read the code at %s: %w", impl, err)
	}
	art, err := contracts.Load(contract)
	if err != nil {
		return false, err
	}
	return art.Matches(code), nil
}
