package web

import (
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/units"
)

// The compliance domain's values as the API shows them (package wire).

func txWire(t compliance.TxStatus) api.TxState {
	return api.TxState{Key: t.Key, To: t.To, Action: t.Action, State: string(t.State), TxHash: t.TxHash, Block: t.Block, Error: t.Error}
}

// identityWire is an identity as compliance renders it for its reports
// (compliance.IdentityJSON), typed.
func identityWire(id compliance.IdentityJSON) api.Identity {
	out := api.Identity{Registered: id.Registered, Country: id.Country, Flags: nonNil(id.Flags), Verified: id.Verified}
	for _, c := range id.Categories {
		t, _ := time.Parse(time.RFC3339, c.Expiry)
		out.Categories = append(out.Categories, api.IdentityCategory{Category: c.Category, Expiry: t, Proof: common.HexToHash(c.Proof)})
	}
	if id.InvestorID != "" {
		out.InvestorID = common.HexToHash(id.InvestorID)
	}
	if t, err := time.Parse(time.RFC3339, id.Expiry); err == nil {
		out.Expiry = &t
	}
	return out
}

func investorWire(v compliance.InvestorView) api.Investor {
	inv := v.Investor
	out := api.Investor{ID: inv.ID, ChainInvestorID: compliance.ChainInvestorID(inv.ID), LegalName: inv.LegalName,
		Type: string(inv.Type), Country: inv.Country, Flags: nonNil(inv.Flags.Names()), Version: inv.Version,
		Categories: categoriesWire(inv), Wallets: []api.InvestorWallet{},
		KYC:       api.KYC{Status: string(inv.KYCStatus), Provider: inv.KYCProvider, Reference: inv.KYCReference, ExpiresAt: inv.KYCExpiresAt},
		CreatedAt: inv.CreatedAt, UpdatedAt: inv.UpdatedAt}
	for _, w := range v.Wallets {
		want, onChain := identityWire(w.Want.JSON(false)), identityWire(w.OnChain.JSON(true))
		out.Wallets = append(out.Wallets, api.InvestorWallet{Address: w.Wallet.Address, Status: string(w.Wallet.Status),
			CreatedAt: w.Wallet.CreatedAt, Want: &want, OnChain: &onChain, InSync: w.InSync})
	}
	if v.Wallets == nil {
		for _, w := range inv.Wallets {
			out.Wallets = append(out.Wallets, api.InvestorWallet{Address: w.Address, Status: string(w.Status), CreatedAt: w.CreatedAt})
		}
	}
	for _, t := range v.Txs {
		out.Txs = append(out.Txs, txWire(t))
	}
	return out
}

// categoriesWire lists the investor's categories with their terms.
func categoriesWire(inv compliance.Investor) []api.InvestorCategory {
	out := []api.InvestorCategory{}
	for _, fn := range compliance.FlagNames {
		if inv.Flags&fn.Flag == 0 {
			continue
		}
		c := api.InvestorCategory{Category: fn.Name}
		if g, ok := inv.Grant(fn.Flag); ok {
			exp := g.ExpiresAt.UTC()
			c.ExpiresAt = &exp
			if g.Proof != (common.Hash{}) {
				c.Proof = g.Proof.Hex()
			}
		}
		out = append(out, c)
	}
	return out
}

// categoriesIn is the categories of a request as compliance takes them.
func categoriesIn(cs []api.InvestorCategory) []compliance.CategoryInput {
	out := make([]compliance.CategoryInput, len(cs))
	for i, c := range cs {
		out[i] = compliance.CategoryInput{Name: c.Category, ExpiresAt: c.ExpiresAt, Proof: c.Proof}
	}
	return out
}

// rulesWire is a rules version, its amounts also in the token's units when
// decimals (compliance.Service.KnownDecimals) are known.
func rulesWire(r compliance.Rules, decimals *uint8) api.Rules {
	out := api.Rules{Asset: r.Asset, Version: r.Version, CountryRestriction: r.CountryRestriction,
		AllowedCountries: nonNil(r.AllowedCountries), MaxInvestors: r.MaxInvestors, RequiredFlags: nonNil(r.RequiredFlags.Names()),
		LockupSeconds: r.LockupSeconds, ValuationFeed: r.ValuationFeed, ValuationMaxAge: r.ValuationMaxAge, Reason: r.Reason,
		Actor: r.Actor, CreatedAt: r.CreatedAt, FlowbackUntil: r.FlowbackUntil, ForceFullTransfer: r.ForceFullTransfer}
	if r.MaxBalance != nil {
		out.MaxBalance, out.MaxBalanceUnits = r.MaxBalance.String(), unitsIfKnown(r.MaxBalance, decimals)
	}
	if r.MinHolding != nil {
		out.MinHolding, out.MinHoldingUnits = r.MinHolding.String(), unitsIfKnown(r.MinHolding, decimals)
	}
	if r.LockupSeconds > 0 {
		out.LockupReason, out.LockupReasonName = uint8(r.LockupReason), r.LockupReason.Name()
	}
	out.ReserveGuard = reserveGuardWire(r.ReserveGuard, decimals)
	return out
}

// unitsIfKnown is base units v in the token's units, for an answer's _units
// twin: empty (left out) when the decimals are unknown or v is unset.
func unitsIfKnown(v *big.Int, decimals *uint8) string {
	if v == nil || decimals == nil {
		return ""
	}
	return units.Format(v, *decimals)
}

// reserveGuardWire is a reserve guard as the API shows it; nil: off.
func reserveGuardWire(g *compliance.ReserveGuard, decimals *uint8) *api.ReserveGuard {
	if g == nil {
		return nil
	}
	out := &api.ReserveGuard{Feed: strings.ToLower(g.Feed.Hex()), MaxAge: g.MaxAge, MarginMode: string(g.MarginMode)}
	if g.Margin != nil {
		out.Margin = g.Margin.String()
		if g.MarginMode == compliance.MarginAbsolute {
			out.MarginUnits = unitsIfKnown(g.Margin, decimals)
		}
	}
	return out
}

func lockTermsWire(l compliance.LockTerms) api.LockTerms {
	return api.LockTerms{Start: l.Start, Cliff: l.Cliff, End: l.End, Reason: uint8(l.Reason), ReasonName: l.Reason.Name()}
}

// lockWire is one of wallet's locks, its amounts also in the token's units
// when decimals are known.
func lockWire(wallet common.Address, l compliance.Lock, decimals *uint8) api.Lock {
	return api.Lock{Wallet: wallet, Index: l.Index, Amount: l.Amount.String(), AmountUnits: unitsIfKnown(l.Amount, decimals),
		Locked: l.Locked.String(), LockedUnits: unitsIfKnown(l.Locked, decimals), Vesting: l.Vesting(),
		Start: l.Start, Cliff: l.Cliff, End: l.End, Reason: uint8(l.Reason), ReasonName: l.Reason.Name()}
}

func walletLocksWire(asset common.Address, wl compliance.WalletLocks, decimals *uint8) api.WalletLocks {
	return api.WalletLocks{Asset: asset, Wallet: wl.Wallet, Locked: wl.Locked.String(), LockedUnits: unitsIfKnown(wl.Locked, decimals),
		LiquidateOnly: wl.LiquidateOnly, Block: wl.Block, Time: wl.Time,
		Locks: mapSlice(wl.Locks, func(l compliance.Lock) api.Lock { return lockWire(wl.Wallet, l, decimals) })}
}

func interventionWire(v compliance.InterventionView) api.Intervention {
	in := v.Intervention
	out := api.Intervention{ID: in.ID, Kind: string(in.Kind), Asset: in.Asset, Wallet: in.Wallet, To: in.To, Reason: in.Reason,
		State: string(in.State), RequestedBy: in.RequestedBy, DecidedBy: in.DecidedBy, DecisionNote: in.DecisionNote,
		CreatedAt: in.CreatedAt, DecidedAt: in.DecidedAt}
	if in.Amount != nil {
		out.Amount = in.Amount.String()
	}
	if in.Lock != nil {
		t := lockTermsWire(*in.Lock)
		out.Lock = &t
	}
	out.LockIndex = in.LockIndex
	if v.Tx != nil {
		t := txWire(*v.Tx)
		out.Tx = &t
	}
	return out
}

func reconcileWire(r compliance.ReconcileReport) api.ReconcileReport {
	return api.ReconcileReport{Run: r.Run, At: r.At, Investors: r.Investors, Wallets: r.Wallets,
		Repairs: mapSlice(r.Repairs, func(x compliance.Repair) api.Repair {
			out := api.Repair{InvestorID: x.InvestorID, Wallet: x.Wallet, Action: x.Action, Before: identityWire(x.Before),
				After: identityWire(x.After), TxKey: x.TxKey, TxState: x.TxState, Error: x.Error}
			if x.TxHash != "" {
				out.TxHash = common.HexToHash(x.TxHash)
			}
			return out
		})}
}

func logEntryWire(e compliance.LogEntry) api.LogEntry {
	return api.LogEntry{Seq: e.Seq, At: e.At, Actor: e.Actor, Action: e.Action, Subject: e.Subject, Data: e.Data,
		PrevHash: e.PrevHash, Hash: e.Hash}
}
