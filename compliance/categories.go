package compliance

import (
	"context"
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/txmgr"
	"github.com/tessera-rwa/tessera/errs"
)

// Investor categories are the eligibility flags (bits 0–7 of the registry's
// flags; FlagNames names those Tessera knows). A category is held either
// without expiry (the flag alone, written with registerIdentity and
// updateFlags) or until a date, proven by the hash of its evidence (an
// accreditation letter, a KYC provider's attestation): a CategoryGrant,
// written with the registry's setCategory. Once a grant's expiry passes,
// SweepCategories drops the category from the record and clears it on
// chain with expireCategories; tokens read only the flag bit.

// CategoryGrant is the terms on which an investor holds a category until
// a date.
type CategoryGrant struct {
	Category  Flag // one flag
	ExpiresAt time.Time
	Proof     common.Hash // the evidence's hash; zero: none
}

// Index is the category's bit number (0–7), the registry's category.
func (f Flag) Index() uint8 { return uint8(bits.TrailingZeros8(uint8(f))) }

// Name names a single flag (chain.CategoryName).
func (f Flag) Name() string { return chain.CategoryName(int(f.Index())) }

// Grant returns the investor's grant of category f, if it holds f until a date.
func (inv Investor) Grant(f Flag) (CategoryGrant, bool) {
	for _, g := range inv.Grants {
		if g.Category == f {
			return g, true
		}
	}
	return CategoryGrant{}, false
}

// CategoryInput is one category an investor is to hold, as a request
// gives it.
type CategoryInput struct {
	Name      string     // from FlagNames
	ExpiresAt *time.Time // nil: held without expiry
	Proof     string     // 0x-prefixed 32 bytes of hex; "" for none; needs ExpiresAt
}

// parseCategories turns plain flag names (held without expiry) and
// categories with terms into flags and grants. A category of categories
// is named there once and not in flags; an expiry must lie ahead of now;
// a proof is 32 bytes and goes with an expiry.
func parseCategories(flags []string, cats []CategoryInput, now time.Time) (Flag, []CategoryGrant, error) {
	f, err := ParseFlags(flags)
	if err != nil {
		return 0, nil, err
	}
	seen := map[string]bool{} // a flag named twice is still one flag, as it always was
	for _, n := range flags {
		seen[n] = true
	}
	var grants []CategoryGrant
	for _, c := range cats {
		one, err := ParseFlags([]string{c.Name})
		if err != nil {
			return 0, nil, errs.E(errs.Invalid, "invalid_category", fmt.Sprintf("unknown category %q; known: %s", c.Name, strings.Join(allFlags().Names(), ", ")))
		}
		if seen[c.Name] {
			return 0, nil, errs.E(errs.Invalid, "duplicate_category", fmt.Sprintf("category %q is named twice", c.Name))
		}
		seen[c.Name] = true
		f |= one
		var proof common.Hash
		if c.Proof != "" {
			b, err := hexutil.Decode(c.Proof)
			if err != nil || len(b) != common.HashLength {
				return 0, nil, errs.E(errs.Invalid, "invalid_category_proof", fmt.Sprintf("category %s: proof must be 32 bytes of 0x-prefixed hex (a bytes32 hash)", c.Name))
			}
			proof = common.BytesToHash(b)
		}
		if c.ExpiresAt == nil {
			if c.Proof != "" {
				return 0, nil, errs.E(errs.Invalid, "category_proof_needs_expiry", fmt.Sprintf("category %s: a proof goes with an expires_at (the registry keeps proofs of categories held until a date)", c.Name))
			}
			continue
		}
		exp := c.ExpiresAt.UTC().Truncate(time.Second)
		if !exp.After(now) {
			return 0, nil, errs.E(errs.Invalid, "category_expiry_past", fmt.Sprintf("category %s: expires_at %s is not in the future", c.Name, exp.Format(time.RFC3339)))
		}
		if exp.Year() > 9999 {
			return 0, nil, errs.E(errs.Invalid, "category_expiry_past", fmt.Sprintf("category %s: expires_at is beyond the year 9999", c.Name))
		}
		grants = append(grants, CategoryGrant{Category: one, ExpiresAt: exp, Proof: proof})
	}
	slices.SortFunc(grants, func(a, b CategoryGrant) int { return int(a.Category) - int(b.Category) })
	return f, grants, nil
}

// grantsJSON renders grants for the log.
func grantsJSON(gs []CategoryGrant) []map[string]string {
	out := []map[string]string{}
	for _, g := range gs {
		m := map[string]string{"category": g.Category.Name(), "expires_at": g.ExpiresAt.UTC().Format(time.RFC3339)}
		if g.Proof != (common.Hash{}) {
			m["proof"] = g.Proof.Hex()
		}
		out = append(out, m)
	}
	return out
}

// Lapse is a category grant whose expiry passed: the sweep dropped it from
// the record and keeps it until the registry no longer holds it for any
// of the investor's wallets.
type Lapse struct {
	ID         int64
	InvestorID string
	Category   Flag
	ExpiresAt  time.Time
	Proof      common.Hash
	LapsedAt   time.Time
	Wallets    []Wallet // the investor's wallets (PendingLapses)
}

// CategorySweep is what one SweepCategories did: the grants it dropped
// from records and the registry writes that cleared lapsed categories.
type CategorySweep struct {
	Lapsed []Lapse
	Txs    []TxStatus
}

// SweepCategories drops every category whose expiry has passed from its
// investor's record, logging which category lapsed for which investor,
// and clears lapsed categories from the identity registry. For each
// wallet of an investor with a lapse it reads categoryOf and, only while
// the chain still holds the category with an expiry that has passed
// there, simulates expireCategories(wallet) (anyone may call it) and
// sends it through the transaction manager under the idempotency key of
// the wallet, category and expiry: however often the sweep runs, that
// write happens once. A lapse stays queued until no wallet needs it, so a
// sweep stopped between the record and the chain is completed by the next.
func (s *Service) SweepCategories(ctx context.Context, p auth.Principal) (CategorySweep, error) {
	if err := auth.Authorize(p, auth.ComplianceRun); err != nil {
		return CategorySweep{}, err
	}
	out := CategorySweep{Lapsed: []Lapse{}, Txs: []TxStatus{}}
	lapsed, err := s.store.ExpireCategories(ctx, s.now(), p.Actor())
	if err != nil {
		return out, err
	}
	out.Lapsed = append(out.Lapsed, lapsed...)
	if len(lapsed) > 0 {
		s.log.Info("investor categories lapsed", "grants", len(lapsed))
	}
	pending, err := s.store.PendingLapses(ctx, 200)
	if err != nil || len(pending) == 0 {
		return out, err
	}
	head, err := s.cfg.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return out, errs.Wrap(err, errs.Unavailable, "chain_unavailable", "the chain could not be read; try again")
	}
	var ws []write
	byWallet := map[common.Address]int{} // one expireCategories per wallet and sweep
	needs := make([][]int, len(pending)) // the writes each lapse waits for
	waiting := make([]bool, len(pending))
	for i, l := range pending {
		for _, w := range l.Wallets {
			if w.Status != WalletActive {
				continue // its identity is deleted from the registry
			}
			expiry, state, err := s.lapseOnChain(ctx, w.Address, l, head.Time)
			if err != nil {
				return out, err
			}
			switch state {
			case lapseWaiting:
				waiting[i] = true
				continue
			case lapseClear:
				continue
			}
			if j, ok := byWallet[w.Address]; ok {
				needs[i] = append(needs[i], j)
				continue
			}
			wr := write{key: fmt.Sprintf("compliance/category-expiry/%s/%s/%d", strings.ToLower(w.Address.Hex()), l.Category.Name(), expiry),
				to: s.cfg.Registry, data: s.reg.PackExpireCategories(w.Address), action: "registry expire_categories"}
			if err := s.simulate(ctx, wr); errs.Is(err, errs.Unavailable) {
				return out, err // the lapse stays queued for the next sweep
			} else if err != nil {
				// Refused (a wallet no longer registered): nothing the
				// sweep can clear; reconciliation owns that wallet.
				s.log.Warn("expireCategories refused", "wallet", w.Address, "error", err)
				continue
			}
			byWallet[w.Address] = len(ws)
			needs[i] = append(needs[i], len(ws))
			ws = append(ws, wr)
		}
	}
	if len(ws) > 0 {
		if out.Txs, err = s.submit(ctx, ws); err != nil {
			return out, err
		}
	}
	for i, l := range pending {
		done := !waiting[i]
		for _, j := range needs[i] {
			tx := out.Txs[j]
			if tx.State == txmgr.Failed {
				// Not cleared: the lapse stays queued, and reconciliation,
				// which revokes terms the record no longer has, clears the
				// category; the sweep after it finds the chain clear.
				s.log.Warn("expireCategories failed", "key", tx.Key, "error", tx.Error)
			}
			done = done && tx.State.Done() && tx.State != txmgr.Failed
		}
		if !done {
			continue
		}
		if err := s.store.FinishLapse(context.WithoutCancel(ctx), l.ID, s.now()); err != nil {
			return out, err
		}
	}
	return out, nil
}

type lapseState int

const (
	lapseClear   lapseState = iota // the chain holds no expired grant of the category
	lapseExpired                   // it holds one past its expiry: expireCategories clears it
	lapseWaiting                   // it holds the lapsed grant, whose expiry the chain has not reached yet
)

// lapseOnChain reads how the registry holds l's category for wallet at a
// chain time of now (unix seconds). A grant there with another expiry,
// still running, is not the lapsed one: reconciliation owns that drift.
func (s *Service) lapseOnChain(ctx context.Context, wallet common.Address, l Lapse, now uint64) (uint64, lapseState, error) {
	terms, err := s.categoryOf(ctx, wallet, l.Category.Index())
	if err != nil {
		return 0, lapseClear, err
	}
	switch {
	case terms.Expiry == 0:
		return 0, lapseClear, nil
	case terms.Expiry <= now:
		return terms.Expiry, lapseExpired, nil
	case terms.Expiry == uint64(l.ExpiresAt.Unix()):
		return terms.Expiry, lapseWaiting, nil
	default:
		return terms.Expiry, lapseClear, nil
	}
}

// categoryOf reads the registry's terms of category c of wallet.
func (s *Service) categoryOf(ctx context.Context, wallet common.Address, c uint8) (CategoryTerms, error) {
	out, err := s.call(ctx, s.cfg.Registry, s.reg.PackCategoryOf(wallet, c), nil)
	if err != nil {
		return CategoryTerms{}, err
	}
	got, err := s.reg.UnpackCategoryOf(out)
	if err != nil {
		return CategoryTerms{}, fmt.Errorf("compliance: decode categoryOf: %w", err)
	}
	return CategoryTerms{Expiry: got.Expiry, Proof: got.Proof}, nil
}
