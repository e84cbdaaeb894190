package web

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/units"
)

// The issuance domain's values as the API shows them (package wire), and
// the API's requests as the domain takes them.

func newAssetOf(in api.NewAsset) (issuance.NewAsset, error) {
	rules, err := rulesUpdateOf("rules.", in.Rules)
	return issuance.NewAsset{Kind: issuance.Kind(in.Kind), Name: in.Name, Symbol: in.Symbol, Jurisdiction: in.Jurisdiction,
		Currency: in.Currency, TotalUnits: in.TotalUnits, Decimals: in.Decimals, Unique: in.Unique, Attributes: in.Attributes,
		Rules: rules, DealingPaymentToken: in.DealingPaymentToken}, err
}

func assetWire(a issuance.Asset) api.Asset {
	attrs := a.Attributes
	if attrs == nil {
		attrs = map[string]string{}
	}
	return api.Asset{ID: a.ID, Kind: string(a.Kind), Name: a.Name, Symbol: a.Symbol, Jurisdiction: a.Jurisdiction,
		Currency: a.Currency, TotalBase: a.TotalBase, TotalUnits: units.FormatString(a.TotalBase, a.Decimals), Decimals: a.Decimals, Unique: a.Unique, Attributes: attrs,
		Rules: assetRulesWire(a.Rules),
		State: string(a.State), CreatedBy: a.CreatedBy, VerifiedBy: a.VerifiedBy, VerifiedAt: a.VerifiedAt, ChainID: a.ChainID,
		Token: a.Token, Feed: a.Feed, Deed: a.Deed, DealingPaymentToken: a.DealingPaymentToken, Dealing: a.Dealing,
		CreatedAt: a.CreatedAt, UpdatedAt: a.UpdatedAt}
}

func assetEventWire(e issuance.Event) api.AssetEvent {
	return api.AssetEvent{ID: e.ID, From: string(e.From), To: string(e.To), Actor: e.Actor, Note: e.Note, At: e.At}
}

func documentWire(d issuance.Document) api.Document {
	out := api.Document{AssetID: d.AssetID, Name: d.Name, Kind: d.Kind, ContentType: d.ContentType, Size: d.Size,
		SHA256: d.SHA256, UploadedBy: d.UploadedBy, UploadedAt: d.UploadedAt, AnchorKey: d.AnchorKey,
		OnchainHash: d.OnchainHash, Anchored: d.Anchored}
	if d.Proposal != nil {
		p := proposalWire(*d.Proposal)
		out.Proposal = &p
	}
	return out
}

func proposalWire(p issuance.DocumentProposal) api.DocumentProposal {
	return api.DocumentProposal{ID: p.ID, AssetID: p.AssetID, Name: p.Name, Kind: p.Kind, ContentType: p.ContentType,
		Size: p.Size, SHA256: p.SHA256, ProposedBy: p.ProposedBy, ProposedAt: p.ProposedAt, State: p.State,
		DecidedBy: p.DecidedBy, DecidedAt: p.DecidedAt, Note: p.Note}
}

func newRequestOf(in api.NewRequest) issuance.NewRequest {
	return issuance.NewRequest{Wallet: in.Wallet, Amount: in.AmountUnits, LockedUntil: in.LockedUntil, Reason: in.Reason}
}

func requestWire(q issuance.Request) api.Request {
	return api.Request{ID: q.ID, AssetID: q.AssetID, Kind: string(q.Kind), Wallet: q.Wallet, Amount: q.Amount, Units: q.Units,
		LockedUntil: q.LockedUntil, Reason: q.Reason, BatchID: q.BatchID, State: q.State, RequestedBy: q.RequestedBy,
		DecidedBy: q.DecidedBy, DecidedAt: q.DecidedAt, DecisionNote: q.DecisionNote, OnchainID: q.OnchainID,
		TxKey: q.TxKey, ChainState: q.ChainState, TxHash: q.TxHash, Error: q.Error, CreatedAt: q.CreatedAt}
}

func bulkResultWire(r issuance.BulkResult) api.BulkResult {
	return api.BulkResult{BatchID: r.BatchID, Rows: r.Rows, Accepted: r.Accepted,
		Errors: mapSlice(r.Errors, func(e issuance.RowError) api.BulkRowError {
			return api.BulkRowError{Row: e.Row, Code: e.Code, Message: e.Message}
		})}
}

func progressWire(p issuance.Progress) api.BatchProgress {
	states := p.States
	if states == nil {
		states = map[string]int{}
	}
	return api.BatchProgress{BatchID: p.BatchID, Total: p.Total, States: states, Done: p.Done}
}

func capTableWire(ct issuance.CapTable) api.CapTable {
	return api.CapTable{AssetID: ct.AssetID, Token: common.HexToAddress(ct.Token), Decimals: ct.Decimals,
		Holders: mapSlice(ct.Holders, func(h issuance.Holder) api.Holder {
			out := api.Holder{InvestorID: h.InvestorID, Amount: h.Amount, Units: h.Units, PPM: h.PPM, Wallets: nonNil(h.Wallets)}
			out.PendingRedeemBase, out.PendingSubscriptionPayment, out.ClaimableBase, out.ClaimablePayment = inFlightWire(h.InFlight)
			return out
		}),
		IndexedSupply: ct.IndexedSupply, OnchainSupply: ct.OnchainSupply, RecordedMinted: ct.RecordedMinted,
		RecordedBurned: ct.RecordedBurned, DealtMinted: ct.DealtMinted, DealtBurned: ct.DealtBurned, RecordedSupply: ct.RecordedSupply,
		IndexedBlock: ct.IndexedBlock, Reconciled: ct.Reconciled, Investors: investorCountsWire(ct.Investors)}
}

func investorCountsWire(c issuance.InvestorCounts) api.InvestorCounts {
	return api.InvestorCounts{Counting: c.Counting, InvestorCount: c.InvestorCount, Holders: c.Holders, MaxInvestors: c.MaxInvestors,
		MaxCountryShare: c.MaxCountryShare, Drift: nonNil(c.Drift),
		Countries: mapSlice(c.Countries, func(x issuance.CountryCount) api.CountryCount {
			return api.CountryCount{Country: x.Country, Numeric: x.Numeric, Onchain: x.Onchain, Recounted: x.Recounted, Current: x.Current, Cap: x.Cap, ShareBPS: x.ShareOfAll}
		}),
		Categories: mapSlice(c.Categories, func(x issuance.CategoryCount) api.CategoryCount {
			return api.CategoryCount{Category: x.Category, Onchain: x.Onchain, Recounted: x.Recounted, Current: x.Current, Cap: x.Cap}
		}),
		Recount: mapSlice(c.Recount, func(x issuance.RecountInvestor) api.RecountInvestor {
			return api.RecountInvestor{Anchor: x.Anchor, RecountWith: x.RecountWith, Wallets: nonNil(x.Wallets), Country: x.Country, Categories: nonNil(x.Categories),
				NowCountry: x.NowCountry, NowCategories: nonNil(x.NowCategories)}
		}),
	}
}

func newDistributionOf(in api.NewDistribution) issuance.NewDistribution {
	return issuance.NewDistribution{PaymentToken: in.PaymentToken, TotalUnits: in.TotalUnits, Total: in.Total, SnapshotBlock: in.SnapshotBlock,
		Snapshot: in.Snapshot, ClaimDeadline: in.ClaimDeadline}
}

func distributionWire(d issuance.Distribution) api.Distribution {
	return api.Distribution{ID: d.ID, AssetID: d.AssetID, PaymentToken: d.PaymentToken, Total: d.Total,
		SnapshotBlock: d.SnapshotBlock, ClaimDeadline: d.ClaimDeadline, MerkleRoot: d.MerkleRoot,
		Leaves:      mapSlice(d.Leaves, func(l issuance.Leaf) api.Leaf { return api.Leaf{Account: l.Account, Amount: l.Amount} }),
		RemainderTo: d.RemainderTo, Remainder: d.Remainder,
		Excluded: mapSlice(d.Excluded, func(x issuance.Excluded) api.Excluded {
			return api.Excluded{Account: x.Account, Balance: x.Balance, Reason: x.Reason}
		}),
		CreatedBy: d.CreatedBy, State: d.State, DecidedBy: d.DecidedBy, DecidedAt: d.DecidedAt, DecisionNote: d.DecisionNote,
		OnchainID: d.OnchainID, Claimed: d.Claimed, CreatedAt: d.CreatedAt}
}

func treasuryWire(t issuance.TreasuryBalance) api.TreasuryBalance {
	return api.TreasuryBalance{AssetID: t.AssetID, Token: t.Token, PaymentToken: t.PaymentToken, Distributor: t.Distributor,
		Balance: t.Balance, Reserved: t.Reserved, Available: t.Available, Decimals: t.Decimals,
		BalanceUnits: t.BalanceUnits, ReservedUnits: t.ReservedUnits, AvailableUnits: t.AvailableUnits}
}

func proofWire(p issuance.Proof) api.Proof {
	return api.Proof{DistributionID: p.DistributionID, OnchainID: p.OnchainID, Distributor: p.Distributor, Account: p.Account,
		Amount: p.Amount, Proof: nonNil(p.Proof), MerkleRoot: p.MerkleRoot, Claimed: p.Claimed}
}

func holdingWire(h issuance.Holding) api.Holding {
	out := api.Holding{AssetID: h.AssetID, Name: h.Name, Symbol: h.Symbol, Token: common.HexToAddress(h.Token),
		Wallets: nonNil(h.Wallets), Amount: h.Amount, Units: h.Units, PPM: h.PPM, Value: h.Value, Currency: h.Currency,
		Payouts: mapSlice(h.Payouts, func(p issuance.Payout) api.Payout {
			return api.Payout{DistributionID: p.DistributionID, PaymentToken: p.PaymentToken, Amount: p.Amount, Claimed: p.Claimed}
		})}
	out.PendingRedeemBase, out.PendingSubscriptionPayment, out.ClaimableBase, out.ClaimablePayment = inFlightWire(h.InFlight)
	if v := h.Valuation; v != nil {
		out.Valuation = &api.Valuation{Feed: v.Feed, RoundID: v.RoundID, Answer: v.Answer, Decimals: v.Decimals, UpdatedAt: v.UpdatedAt}
	}
	if h.Locks != nil { // read: the caller asked for locks
		out.Locks = mapSlice(h.Locks, func(l issuance.HoldingLock) api.Lock { return lockWire(l.Wallet, l.Lock, &h.Decimals) })
		out.Locked, out.LockedUnits, out.LiquidateOnly = h.Locked, units.FormatString(h.Locked, h.Decimals), h.LiquidateOnly
	}
	out.LocksUnavailable = h.LocksUnavailable
	return out
}

func transferWire(t chain.Transfer) api.Transfer {
	return api.Transfer{Block: t.Block, LogIndex: t.LogIndex, TxHash: t.TxHash, Time: t.Time, Token: t.Token,
		From: t.From, To: t.To, Value: t.Value.String()}
}

// inFlightWire is an InFlight's four amounts, "0" where unset.
func inFlightWire(f issuance.InFlight) (pendingRedeemUnits, pendingSubscriptionPayment, claimableUnits, claimablePayment string) {
	zero := func(s string) string {
		if s == "" {
			return "0"
		}
		return s
	}
	return zero(f.PendingRedeemUnits), zero(f.PendingSubscriptionPayment), zero(f.ClaimableUnits), zero(f.ClaimablePayment)
}
