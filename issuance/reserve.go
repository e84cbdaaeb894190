package issuance

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/errs"
)

// Ledger is what an asset's requests add up to, in base units. A mint
// reserves its units from its approval until its transaction is confirmed
// (the supply then carries them) or fails (they are free again); a burn
// frees units only once confirmed.
type Ledger struct {
	Pending  *big.Int // mints awaiting a decision
	Reserved *big.Int // approved mints whose transaction is not yet confirmed, finalized or failed, sent or not
	Minted   *big.Int // approved mints whose transaction is confirmed or finalized
	Burned   *big.Int // approved burns whose transaction is confirmed or finalized
	// ReservedMints are the mints that make up Reserved.
	ReservedMints []ReservedMint
}

// ReservedMint is an approved mint not yet confirmed.
type ReservedMint struct {
	RequestID string
	Amount    *big.Int
}

// Reservations keeps the units an asset's approved mints hold. Approving
// a mint is decided under the asset's lock, so two approvals of one asset
// cannot both spend the same units.
type Reservations interface {
	// Ledger reads the asset's ledger without a lock: the early check at
	// request time.
	Ledger(ctx context.Context, assetID string) (Ledger, error)
	// DecideLocked decides a request under its asset's lock: in one
	// transaction it locks the asset's row, then the request's, reads the
	// asset's Ledger and lets decide change the request (state, decision,
	// transaction key, locked_until). Decisions on one asset's requests
	// take turns, each seeing what the ones before it reserved.
	DecideLocked(ctx context.Context, id string, decide func(r *Request, l Ledger) error) (Request, error)
}

// Lockups reads, from the compliance rules in force for a token (kept by
// package compliance), how long newly minted units stay locked.
type Lockups interface {
	// Lockup is the lock-up of token's rules in force; 0 when the rules
	// have none or the token has no rules.
	Lockup(ctx context.Context, token common.Address) (time.Duration, error)
}

// checkTotalUnits is the early check of a mint request: it refuses one
// that would take the asset beyond its total units once every pending and
// approved mint is issued. Approval decides again, under the asset's lock
// (checkUnits without the pending requests).
func (s *Service) checkTotalUnits(ctx context.Context, a Asset, amount *big.Int) error {
	l, err := s.cfg.Store.Ledger(ctx, a.ID)
	if err != nil {
		return err
	}
	cs, err := s.readUnits(ctx, a, l)
	if err != nil {
		return err
	}
	return checkUnits(a, l, cs, amount, true)
}

// chainUnits is what the token says of an asset's units: its supply, and
// which of the mints a ledger reserved it has processed already (mined,
// not yet confirmed: they are in the supply).
type chainUnits struct {
	supply    *big.Int
	processed map[string]bool // request id → processed
}

// readUnits reads chainUnits for ledger l, outside any database
// transaction, so no lock is held while the node answers. The supply and
// which reserved mints the token processed are read at one block, so a
// mint is either in that supply and processed, or neither: a mint mined
// while they are read is counted once (reading them at the latest block
// one after the other counted it twice, and refused a mint that fits).
func (s *Service) readUnits(ctx context.Context, a Asset, l Ledger) (chainUnits, error) {
	cs := chainUnits{processed: map[string]bool{}}
	head, err := s.cfg.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return cs, fmt.Errorf("read the head: %w", err)
	}
	at := head.Number
	for _, m := range l.ReservedMints {
		out, err := s.callAt(ctx, *a.Token, tokenABI.PackIsRequestProcessed(OnchainRequestID(m.RequestID)), at)
		if err != nil {
			return cs, fmt.Errorf("isRequestProcessed: %w", err)
		}
		done, err := tokenABI.UnpackIsRequestProcessed(out)
		if err != nil {
			return cs, err
		}
		cs.processed[m.RequestID] = done
	}
	out, err := s.callAt(ctx, *a.Token, tokenABI.PackTotalSupply(), at)
	if err != nil {
		return cs, fmt.Errorf("totalSupply: %w", err)
	}
	cs.supply, err = tokenABI.UnpackTotalSupply(out)
	return cs, err
}

// checkUnits refuses a mint of amount when the units already out, plus
// those approved mints hold, (with pending, plus those pending mints ask
// for) and amount exceed the asset's total units. The units out are the
// larger of the supply on chain and the confirmed mints minus the
// confirmed burns on record: the chain counts mints made outside Tessera,
// the record counts mints a lagging node does not show yet. A reserved
// mint the token had processed when cs was read is in the supply and not
// reserved again; one the ledger holds that cs did not ask about (approved
// since) counts as reserved. Every error of judgement counts units twice,
// never not at all.
func checkUnits(a Asset, l Ledger, cs chainUnits, amount *big.Int, pending bool) error {
	reserved := new(big.Int)
	for _, m := range l.ReservedMints {
		if !cs.processed[m.RequestID] {
			reserved.Add(reserved, m.Amount)
		}
	}
	if l.ReservedMints == nil {
		reserved.Set(l.Reserved)
	}
	out := new(big.Int).Sub(l.Minted, l.Burned)
	if cs.supply.Cmp(out) > 0 {
		out = cs.supply
	}
	next := new(big.Int).Add(out, reserved)
	next.Add(next, amount)
	if pending {
		next.Add(next, l.Pending)
	}
	total := totalUnits(a)
	if next.Cmp(total) <= 0 {
		return nil
	}
	f := func(v *big.Int) string { return FormatUnits(v, a.Decimals) }
	parts := []string{f(out) + " issued"}
	if reserved.Sign() > 0 {
		parts = append(parts, f(reserved)+" approved and not yet confirmed")
	}
	if pending && l.Pending.Sign() > 0 {
		parts = append(parts, f(l.Pending)+" pending approval")
	}
	parts = append(parts, f(amount)+" asked for")
	return errs.E(errs.Unprocessable, "exceeds_total_units", fmt.Sprintf("the supply would be %s units (%s), beyond the asset's %s",
		f(next), strings.Join(parts, ", "), f(total)))
}

// capSupply caps a registered token's supply at the asset's total units
// (the signer is its admin, register checked): a token already capped
// there is left as it is, one capped elsewhere or holding more than the
// total units is refused.
func (s *Service) capSupply(ctx context.Context, a Asset, token common.Address) error {
	out, err := s.call(ctx, token, tokenABI.PackSupplyCap())
	if err != nil {
		return fmt.Errorf("supplyCap: %w", err)
	}
	cap, err := tokenABI.UnpackSupplyCap(out)
	if err != nil {
		return err
	}
	total := totalUnits(a)
	switch {
	case cap.Cmp(total) == 0:
		return nil
	case cap.Sign() != 0:
		return errs.E(errs.Unprocessable, "supply_cap_mismatch", fmt.Sprintf("the token caps its supply at %s units, the asset has %s",
			FormatUnits(cap, a.Decimals), FormatUnits(total, a.Decimals)))
	}
	supply, err := s.totalSupply(ctx, token)
	if err != nil {
		return err
	}
	if supply.Cmp(total) > 0 {
		return errs.E(errs.Unprocessable, "exceeds_total_units", fmt.Sprintf("the token's supply is %s units, beyond the asset's %s",
			FormatUnits(supply, a.Decimals), FormatUnits(total, a.Decimals)))
	}
	_, err = s.sendStep(ctx, "issuance:"+a.ID+":supply-cap", &token, tokenABI.PackSetSupplyCap(total))
	return err
}

// totalUnits is the asset's total units in base units.
func totalUnits(a Asset) *big.Int {
	v, _ := new(big.Int).SetString(a.TotalBase, 10)
	return v
}

// lockedUntil is when units minted at now stay locked until: the later of
// the request's own locked_until (which may extend the rules' lock-up,
// never shorten it) and now plus the lock-up of the rules in force, in
// whole seconds rounded up (the token counts seconds). Nil when neither
// lies in the future: the mint is then a plain one.
func lockedUntil(requested *time.Time, now time.Time, lockup time.Duration) *time.Time {
	var end time.Time
	if lockup > 0 {
		end = ceilSecond(now.Add(lockup))
	}
	if requested != nil && requested.After(end) {
		end = ceilSecond(*requested)
	}
	if !end.After(now) {
		return nil
	}
	end = end.UTC()
	return &end
}

func ceilSecond(t time.Time) time.Time {
	if u := t.Truncate(time.Second); u.Before(t) {
		return u.Add(time.Second)
	}
	return t
}
