package web

import (
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/dealing"
)

// The dealing domain's values as the API shows them (package api).

func calendarWire(c dealing.Calendar) api.DealingCalendar {
	holidays := c.Holidays
	if holidays == nil {
		holidays = []string{}
	}
	return api.DealingCalendar{Asset: c.Asset, ChainID: bigString(c.ChainID), Dealing: c.Dealing, Feed: c.Feed,
		PaymentToken: c.PaymentToken, UnitDecimals: c.UnitDecimals, PaymentDecimals: c.PaymentDecimals, TimeZone: c.TimeZone,
		BusinessDays: c.BusinessDays, Holidays: holidays, Cutoff: c.Cutoff, SettlementLag: c.SettlementLag, NAVTTL: c.NAVTTL,
		MinDeposit: bigString(c.MinDeposit), MaxDeposit: bigString(c.MaxDeposit), MinRedeem: bigString(c.MinRedeem),
		MaxRedeem: bigString(c.MaxRedeem), Modes: c.Modes.Names(), ModeBits: uint8(c.Modes),
		MinDepositUnits: unitsIfKnown(c.MinDeposit, &c.PaymentDecimals), MaxDepositUnits: unitsIfKnown(c.MaxDeposit, &c.PaymentDecimals),
		MinRedeemUnits: unitsIfKnown(c.MinRedeem, &c.UnitDecimals), MaxRedeemUnits: unitsIfKnown(c.MaxRedeem, &c.UnitDecimals),
		AutoApproveBelow: bigString(c.AutoApproveBelow), AutoApproveBelowUnits: unitsIfKnown(c.AutoApproveBelow, &c.PaymentDecimals),
		UpdatedBy: c.UpdatedBy, UpdatedAt: c.UpdatedAt, FeeBps: c.FeeBps,
		SubscribeLimit: rateLimitWire(c.SubscribeLimit, c.PaymentDecimals), RedeemLimit: rateLimitWire(c.RedeemLimit, c.PaymentDecimals)}
}

// rateLimitWire is one direction's limit, in the payment token's base
// units and units (decimals).
func rateLimitWire(l dealing.RateLimit, decimals uint8) api.DealingRateLimit {
	return api.DealingRateLimit{Global: bigString(l.Global), PerInvestor: bigString(l.PerInvestor), Window: l.Window,
		GlobalUnits: unitsIfKnown(l.Global, &decimals), PerInvestorUnits: unitsIfKnown(l.PerInvestor, &decimals)}
}

func bookWire(b dealing.Book) api.DealingBook {
	out := api.DealingBook{ID: b.ID, Asset: b.Asset, ChainID: bigString(b.ChainID), Dealing: b.Dealing, Date: b.Date.String(),
		Cutoff: b.Cutoff.UTC(), Settlement: b.Settlement.String(), State: string(b.State), UnitDecimals: b.UnitDecimals,
		PaymentDecimals: b.PaymentDecimals, RequestedBy: b.RequestedBy, RequestedAt: b.RequestedAt, PricedAt: b.PricedAt,
		DecidedBy: b.DecidedBy, DecidedAt: b.DecidedAt, DecisionNote: b.DecisionNote, Policy: b.Policy,
		Totals: api.DealingTotals{GrossIn: bigOrZero(b.Totals.GrossIn), GrossOut: bigOrZero(b.Totals.GrossOut),
			NetReserveNeed: bigOrZero(b.Totals.NetReserveNeed), UnitsIn: bigOrZero(b.Totals.UnitsIn), UnitsOut: bigOrZero(b.Totals.UnitsOut)},
		Lines: mapSlice(b.Lines, func(l dealing.Line) api.DealingLine {
			return api.DealingLine{RequestID: l.RequestID.String(), Kind: string(l.Kind), Controller: l.Controller, Owner: l.Owner,
				Amount: l.Amount.String(), Wire: l.Wire, Result: l.Result.String(), RemainderNum: l.Remainder.Num.String(),
				RemainderDen: l.Remainder.Den.String(), Batch: l.Batch}
		}),
		Refused: mapSlice(b.Refused, func(r dealing.Refusal) api.DealingRefusal {
			return api.DealingRefusal{RequestID: r.RequestID.String(), Reason: r.Reason}
		}),
		Batches: mapSlice(b.Batches, func(bt dealing.Batch) api.DealingBatch {
			return api.DealingBatch{Index: bt.Index, RequestIDs: mapSlice(bt.RequestIDs, (*big.Int).String), Gas: bt.Gas,
				IdempotencyKey: bt.Key, TxKey: bt.TxKey, TxHash: bt.TxHash, State: string(bt.State), Error: bt.Error, Retries: bt.Retries}
		}),
	}
	if b.State != dealing.BookOpen && b.Round.Answer != nil {
		out.Round = &api.DealingRound{ID: strconv.FormatUint(b.Round.ID, 10), Answer: b.Round.Answer.String(),
			Decimals: b.Round.Decimals, ObservedAt: b.Round.ObservedAt.UTC()}
	}
	return out
}

func bigOrZero(v *big.Int) string {
	if v == nil {
		return "0"
	}
	return v.String()
}

func dealingRequestWire(r dealing.Request) api.DealingRequest {
	out := api.DealingRequest{ChainID: bigString(r.ChainID), Dealing: r.Dealing, ID: r.ID.String(), Kind: string(r.Kind),
		Controller: r.Controller, Owner: r.Owner, Amount: r.Amount.String(), Wire: r.Wire, Paid: r.Paid,
		RequestedAt: r.RequestedAt.UTC(), State: string(r.State), Result: bigString(r.Result),
		RequestTx: r.RequestTx, FulfilTx: r.FulfilTx, ClaimTx: r.ClaimTx, CancelTx: r.CancelTx,
		ConfirmedRef: r.ConfirmedRef, WireReference: r.WireReference, DayVoid: r.DayVoid}
	if r.Round != 0 {
		out.Round = strconv.FormatUint(r.Round, 10)
	}
	if !r.Cutoff.IsZero() {
		c := r.Cutoff.UTC()
		out.Cutoff = &c
	}
	return out
}

func dealingCallsWire(p dealing.Prepared) api.DealingCalls {
	out := api.DealingCalls{Asset: p.Asset, ChainID: bigString(p.ChainID), Dealing: p.Dealing, From: p.From, Action: string(p.Action),
		Expected: mapSlice(p.Expected, func(o dealing.Outcome) api.DealingOutcome {
			return api.DealingOutcome{What: o.What, Amount: o.Amount.String(), Fee: bigString(o.Fee), Estimate: o.Estimate}
		}),
		Calls: mapSlice(p.Calls, func(c dealing.Call) api.DealingCall {
			return api.DealingCall{To: c.To, Data: hexutil.Encode(c.Data), Description: c.Description}
		}),
	}
	if p.Day != nil {
		out.Day = &api.DealingDay{Date: p.Day.Date.String(), Cutoff: p.Day.Cutoff.UTC(), Settlement: p.Day.Settlement.String()}
	}
	if p.NAV != nil {
		out.NAV = &api.DealingRound{ID: strconv.FormatUint(p.NAV.ID, 10), Answer: p.NAV.Answer.String(),
			Decimals: p.NAV.Decimals, ObservedAt: p.NAV.ObservedAt.UTC()}
	}
	return out
}

func wireConfirmationWire(c dealing.WireConfirmation) api.WireConfirmation {
	return api.WireConfirmation{ID: c.ID, Asset: c.Asset, ChainID: bigString(c.ChainID), Dealing: c.Dealing,
		RequestID: c.RequestID.String(), Kind: string(c.Kind), Reference: c.Reference, RefHash: c.RefHash, State: string(c.State),
		RequestedBy: c.RequestedBy, RequestedAt: c.RequestedAt.UTC(), DecidedBy: c.DecidedBy, DecidedAt: c.DecidedAt, Note: c.Note,
		TxKey: c.TxKey, TxHash: c.TxHash, Error: c.Error}
}
