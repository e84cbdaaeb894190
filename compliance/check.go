package compliance

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/errs"
)

// CheckRequest is a transfer to pre-check. From zero previews a mint.
type CheckRequest struct {
	Asset  common.Address
	From   common.Address
	To     common.Address
	Amount *big.Int
}

// CheckResult is the token's own answer at one block, explained.
type CheckResult struct {
	Allowed bool
	Code    Restriction
	Message string // the token's messageForTransferRestriction
	Rule    string // the rule behind a refusal, with its current value
	Block   uint64
	Context []string // what Tessera's records say about the parties
}

// Check asks the token, by eth_call at the latest block, whether the
// transfer would pass (detectTransferRestriction and
// messageForTransferRestriction), so the answer cannot drift from the
// contract; it adds the rule behind a refusal and what the records say
// about sender and receiver.
func (s *Service) Check(ctx context.Context, req CheckRequest) (CheckResult, error) {
	if req.Asset == (common.Address{}) {
		return CheckResult{}, errs.E(errs.Invalid, "invalid_field", "asset must be the token's address")
	}
	if req.To == (common.Address{}) {
		return CheckResult{}, errs.E(errs.Invalid, "invalid_field", "to must not be the zero address")
	}
	if req.Amount == nil || req.Amount.Sign() <= 0 || req.Amount.Cmp(maxBalanceLimit) > 0 {
		return CheckResult{}, errs.E(errs.Invalid, "invalid_amount", "the amount (amount_base or amount_units) must be positive and below 2^96 base units")
	}
	head, err := s.cfg.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return CheckResult{}, errs.Wrap(err, errs.Unavailable, "chain_unavailable", "the chain could not be read; try again")
	}
	block := head.Number
	out, err := s.call(ctx, req.Asset, s.tok.PackDetectTransferRestriction(req.From, req.To, req.Amount), block)
	if err != nil {
		return CheckResult{}, err
	}
	code, err := s.tok.UnpackDetectTransferRestriction(out)
	if err != nil {
		return CheckResult{}, errs.Wrap(err, errs.Invalid, "not_a_token", "asset does not answer detectTransferRestriction: is it a Tessera token?")
	}
	if out, err = s.call(ctx, req.Asset, s.tok.PackMessageForTransferRestriction(code), block); err != nil {
		return CheckResult{}, err
	}
	msg, err := s.tok.UnpackMessageForTransferRestriction(out)
	if err != nil {
		return CheckResult{}, fmt.Errorf("compliance: decode message: %w", err)
	}
	res := CheckResult{Allowed: code == 0, Code: Restriction(code), Message: msg, Block: block.Uint64(), Context: []string{}}
	if !res.Allowed {
		res.Rule = s.ruleBehind(ctx, req, Restriction(code), block, time.Unix(int64(head.Time), 0).UTC())
	}
	if req.From != (common.Address{}) {
		res.Context = append(res.Context, s.partyContext(ctx, "sender", req.From, head.Time)...)
	}
	res.Context = append(res.Context, s.partyContext(ctx, "receiver", req.To, head.Time)...)
	return res, nil
}

// ruleBehind names the rule a code comes from, with its value in force:
// the records' rules, and for the holding rules and locks the token's own
// state at block, whose time is at.
func (s *Service) ruleBehind(ctx context.Context, req CheckRequest, code Restriction, block *big.Int, at time.Time) string {
	r, err := s.store.Rules(ctx, req.Asset)
	have := err == nil
	dec := s.decimalsOnce(ctx, req.Asset) // for amounts in the token's units
	switch code {
	case TokensLocked:
		why, err := s.lockBehind(ctx, req, block, at, dec)
		if err != nil {
			s.log.Warn("pre-check: read the sender's locks", "error", err)
			return "locks on the sender's units"
		}
		return why
	case LiquidateOnly, BelowMinHolding, PartialTransfer, Flowback:
		why, err := s.holdingRuleBehind(ctx, req, code, block, dec)
		if err != nil {
			s.log.Warn("pre-check: read the token's rules", "error", err)
			return code.Message()
		}
		return why
	case Paused:
		return "token pause (holder transfers are stopped)"
	case SenderFrozen, ReceiverFrozen:
		return "wallet freeze (a freeze intervention)"
	case SenderNotVerified, ReceiverNotVerified:
		return "verified investors only: registered in the identity registry with a KYC expiry in the future"
	case CountryNotAllowed:
		if have {
			return "allowed countries: " + strings.Join(r.AllowedCountries, ", ")
		}
		return "allowed countries"
	case ReceiverNotEligible:
		if have {
			return "required eligibility flags: " + strings.Join(r.RequiredFlags.Names(), ", ")
		}
		return "required eligibility flags"
	case TokensFrozen:
		return "partial freeze of the sender's balance (a freeze_partial intervention)"
	case MaxInvestorsReached:
		if have && r.MaxInvestors != nil {
			return fmt.Sprintf("maximum investors: %d", *r.MaxInvestors)
		}
		return "maximum investors"
	case MaxBalanceExceeded:
		if have && r.MaxBalance != nil {
			return "maximum balance per investor: " + amountText(r.MaxBalance, dec())
		}
		return "maximum balance per investor"
	case ValuationStale:
		if have && r.ValuationFeed != nil {
			return fmt.Sprintf("stale-valuation guard: feed %s, maximum age %ds", r.ValuationFeed.Hex(), r.ValuationMaxAge)
		}
		return "stale-valuation guard"
	case ReserveExceeded, ReserveStale:
		if have && r.ReserveGuard != nil {
			return r.ReserveGuard.Describe(dec())
		}
		return "proof-of-reserve guard"
	case DeedNotLocked, DeedLocked:
		return "deed-backed token: the deed must stay locked while fractions exist"
	}
	return ""
}

// lockBehind names the sender's locks that hold the units a transfer
// needs and the earliest time the transfer would fit, with the token's
// arithmetic.
func (s *Service) lockBehind(ctx context.Context, req CheckRequest, block *big.Int, at time.Time, dec func() *uint8) (string, error) {
	wl, err := ReadLocks(ctx, s.cfg.Chain, req.Asset, req.From, block, at)
	if err != nil {
		return "", err
	}
	bal, err := s.callBig(ctx, req.Asset, s.tok.PackBalanceOf(req.From), block, s.tok.UnpackBalanceOf)
	if err != nil {
		return "", err
	}
	frozen, err := s.callBig(ctx, req.Asset, s.tok.PackGetFrozenTokens(req.From), block, s.tok.UnpackGetFrozenTokens)
	if err != nil {
		return "", err
	}
	unfrozen := new(big.Int).Sub(bal, frozen)
	if unfrozen.Sign() < 0 {
		unfrozen.SetInt64(0)
	}
	free := new(big.Int).Sub(unfrozen, wl.Locked)
	if free.Sign() < 0 {
		free.SetInt64(0)
	}
	var parts []string
	for _, l := range wl.Locks {
		if l.Locked.Sign() > 0 {
			parts = append(parts, fmt.Sprintf("lock %d, %s", l.Index, l.Describe(dec())))
		}
	}
	out := fmt.Sprintf("locks: %s of the sender's %s are locked now, %s free to move; %s",
		amountText(wl.Locked, dec()), amountText(bal, dec()), amountText(free, dec()), strings.Join(parts, "; "))
	if t, ok := FitsFrom(wl.Locks, unfrozen, req.Amount, at); ok {
		out += "; this transfer fits from " + t.Format(time.RFC3339)
	}
	return out, nil
}

// holdingRuleBehind explains 0xA0–0xA3 with the value the token holds.
func (s *Service) holdingRuleBehind(ctx context.Context, req CheckRequest, code Restriction, block *big.Int, dec func() *uint8) (string, error) {
	if code == LiquidateOnly {
		return "liquidate-only: the receiver's investor may sell and redeem but not receive (a liquidate_only intervention; all its wallets)", nil
	}
	out, err := s.call(ctx, req.Asset, s.tok.PackExtendedRules(), block)
	if err != nil {
		return "", err
	}
	x, err := s.tok.UnpackExtendedRules(out)
	if err != nil {
		return "", err
	}
	switch code {
	case BelowMinHolding:
		why := "minimum holding per investor: " + amountText(x.MinHolding, dec()) + ", summed over its wallets (emptying a position is allowed)"
		if req.From != (common.Address{}) {
			if v, err := s.callBig(ctx, req.Asset, s.tok.PackInvestorBalanceOf(req.From), block, s.tok.UnpackInvestorBalanceOf); err == nil {
				why += "; the sender's investor holds " + amountText(v, dec())
			}
		}
		if v, err := s.callBig(ctx, req.Asset, s.tok.PackInvestorBalanceOf(req.To), block, s.tok.UnpackInvestorBalanceOf); err == nil {
			why += "; the receiver's investor holds " + amountText(v, dec())
		}
		return why, nil
	case PartialTransfer:
		why := "force full transfer: a holder may only transfer its whole wallet balance"
		if v, err := s.callBig(ctx, req.Asset, s.tok.PackBalanceOf(req.From), block, s.tok.UnpackBalanceOf); err == nil {
			why += " (" + amountText(v, dec()) + ")"
		}
		return why, nil
	case Flowback:
		return fmt.Sprintf("Reg S flowback window until %s: no unit may move to a US person (the receiver's country is US)",
			time.Unix(int64(x.FlowbackUntil), 0).UTC().Format(time.RFC3339)), nil
	}
	return code.Message(), nil
}

func (s *Service) callBig(ctx context.Context, to common.Address, data []byte, block *big.Int, unpack func([]byte) (*big.Int, error)) (*big.Int, error) {
	out, err := s.call(ctx, to, data, block)
	if err != nil {
		return nil, err
	}
	return unpack(out)
}

// partyContext is what the records say about one party of a transfer.
func (s *Service) partyContext(ctx context.Context, role string, wallet common.Address, chainTime uint64) []string {
	inv, err := s.store.WalletOwner(ctx, wallet)
	if errs.Is(err, errs.NotFound) {
		return []string{fmt.Sprintf("%s wallet %s is not linked to any investor in Tessera's records", role, wallet.Hex())}
	}
	if err != nil {
		s.log.Warn("pre-check context", "error", err)
		return nil
	}
	var out []string
	for _, w := range inv.Wallets {
		if w.Address == wallet && w.Status == WalletLost {
			out = append(out, fmt.Sprintf("%s wallet %s was reported lost and recovered", role, wallet.Hex()))
		}
	}
	now := time.Unix(int64(chainTime), 0)
	switch {
	case inv.KYCStatus == KYCExpired || (inv.KYCStatus == KYCApproved && inv.KYCExpiresAt != nil && !inv.KYCExpiresAt.After(now)):
		out = append(out, fmt.Sprintf("%s's KYC expired on %s", role, inv.KYCExpiresAt.UTC().Format(time.RFC3339)))
	case inv.KYCStatus == KYCPending:
		out = append(out, role+"'s KYC is pending")
	case inv.KYCStatus == KYCRejected:
		out = append(out, role+"'s KYC was rejected")
	case inv.KYCStatus == KYCApproved:
		out = append(out, fmt.Sprintf("%s's KYC is approved until %s", role, inv.KYCExpiresAt.UTC().Format(time.RFC3339)))
	}
	out = append(out, fmt.Sprintf("%s's investor %s: country %s, flags [%s]", role, inv.ID, inv.Country, strings.Join(inv.Flags.Names(), ", ")))
	return out
}

// WalletName is the legal name of the investor holding wallet, for pages
// that show who a wallet is: only to a principal that may read investors
// (auth.InvestorRead); ok is false when p may not, or no investor holds
// the wallet.
func (s *Service) WalletName(ctx context.Context, p auth.Principal, wallet common.Address) (name string, ok bool, err error) {
	if auth.Authorize(p, auth.InvestorRead) != nil {
		return "", false, nil
	}
	inv, err := s.store.WalletOwner(ctx, wallet)
	if errs.Is(err, errs.NotFound) {
		return "", false, nil
	}
	if err != nil {
		return "", false, err
	}
	return inv.LegalName, inv.LegalName != "", nil
}
