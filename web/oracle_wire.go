package web

import (
	"math/big"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/oracle"
)

// The oracle's values as the API shows them (package wire).

func bigString(v *big.Int) string {
	if v == nil {
		return ""
	}
	return v.String()
}

func observationWire(o oracle.Observation) api.Observation {
	out := api.Observation{ID: o.ID, Asset: o.Asset, Source: o.Source, Kind: string(o.Kind), Value: bigString(o.Value),
		Decimals: o.Decimals, Display: oracle.FormatDecimal(o.Value, o.Decimals), ObservedAt: o.ObservedAt,
		ReceivedAt: o.ReceivedAt, Signer: o.Signer, Nonce: bigString(o.Nonce), Imported: o.Kind == oracle.KindCSV,
		Actor: o.Actor, Raw: string(o.Raw)}
	if !utf8.Valid(o.Raw) {
		out.Raw = hexutil.Encode(o.Raw)
	}
	return out
}

func pushWire(p oracle.Push) api.Push {
	return api.Push{ID: p.ID, Asset: p.Asset, ChainID: bigString(p.ChainID), Feed: p.Feed, State: string(p.State),
		Reason: string(p.Reason), Answer: bigString(p.Answer), Previous: bigString(p.Previous), ObservedAt: p.ObservedAt,
		IntendedRound: bigString(p.IntendedRound), RoundID: bigString(p.RoundID), TxHash: p.TxHash, BlockNumber: p.BlockNumber,
		GasUsed: p.GasUsed, Error: p.Error, IdempotencyKey: p.IdempotencyKey, CreatedAt: p.CreatedAt, UpdatedAt: p.UpdatedAt,
		Used: mapSlice(p.Used, observationWire), Rejected: mapSlice(p.Rejected, observationWire)}
}

func appraiserRequestWire(r oracle.AppraiserRequest) api.AppraiserRequest {
	return api.AppraiserRequest{ID: r.ID, Asset: r.Asset, Address: r.Address, Name: r.Name, Change: string(r.Change),
		State: string(r.State), RequestedBy: r.RequestedBy, RequestedAt: r.RequestedAt, DecidedBy: r.DecidedBy,
		DecidedAt: r.DecidedAt, Note: r.Note}
}

func overrideWire(o oracle.Override) api.Override {
	return api.Override{ID: o.ID, Asset: o.Asset, ChainID: bigString(o.ChainID), Feed: o.Feed, Value: bigString(o.Value),
		ObservedAt: o.ObservedAt, Reason: o.Reason, State: string(o.State), RequestedBy: o.RequestedBy, RequestedAt: o.RequestedAt,
		DecidedBy: o.DecidedBy, DecidedAt: o.DecidedAt, Note: o.Note, IdempotencyKey: o.IdempotencyKey, RoundID: bigString(o.RoundID),
		TxHash: o.TxHash, BlockNumber: o.BlockNumber, Error: o.Error, UpdatedAt: o.UpdatedAt}
}

func alertWire(a oracle.Alert) api.OracleAlert {
	return api.OracleAlert{ID: a.ID, Asset: a.Asset, ChainID: bigString(a.ChainID), Feed: a.Feed, Reason: string(a.Reason),
		Proposed: bigString(a.Proposed), ObservedAt: a.ObservedAt, Previous: bigString(a.Previous),
		PreviousRound: bigString(a.PreviousRound), Reference: bigString(a.Reference), Detail: a.Detail, CreatedAt: a.CreatedAt}
}
