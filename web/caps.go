package web

import (
	"fmt"
	"math/big"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/go-chi/chi/v5"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/units"
)

// capsRoutes are the routes of an asset's investor caps (per country, per
// category, one country's share) and transfer windows, and of the
// allowance those windows leave a wallet.
func (h complianceHandlers) capsRoutes() []Route {
	return []Route{
		{Method: "GET", Pattern: "/compliance/assets/{asset}/caps", Summary: "An asset's investor caps and transfer windows on chain, with its decimals (country caps: those Tessera set; all in the cap table)",
			Action: auth.RulesRead, Response: api.Caps{}, Handler: h.getCaps},
		{Method: "PUT", Pattern: "/compliance/assets/{asset}/caps", Summary: "Change an asset's investor caps and transfer windows (a reason is required; logged, then written to the token)",
			Action: auth.RulesSet, Request: api.SetCaps{}, Response: api.CapsResult{}, Handler: h.setCaps},
		{Method: "GET", Pattern: "/compliance/assets/{asset}/wallets/{wallet}/transfer-allowance", Summary: "What a wallet's investor may still transfer in each of the asset's transfer windows, and when each resets",
			Action: auth.ComplianceCheck, Response: api.TransferAllowance{}, Handler: h.transferAllowance},
	}
}

func (h complianceHandlers) getCaps(w http.ResponseWriter, r *http.Request) error {
	asset, err := assetParam(r)
	if err != nil {
		return err
	}
	c, err := h.svc.Caps(r.Context(), asset)
	if err != nil {
		return err
	}
	out := api.Caps{Asset: asset, Counting: c.Counting, Decimals: c.Decimals, CountryCaps: c.CountryCaps, Version: c.Version, State: c.State,
		CategoryCaps: map[string]uint32{}, MaxCountryShareBPS: c.MaxCountryShareBPS,
		TransferLimits: mapSlice(c.TransferLimits, func(w compliance.TransferWindow) api.TransferWindow {
			return api.TransferWindow{PeriodSeconds: w.PeriodSeconds, Limit: w.Limit.String(), LimitUnits: units.Format(w.Limit, c.Decimals)}
		})}
	for i, v := range c.CategoryCaps {
		out.CategoryCaps[chain.CategoryName(i)] = v
	}
	JSON(w, r, http.StatusOK, out)
	return nil
}

func (h complianceHandlers) setCaps(w http.ResponseWriter, r *http.Request) error {
	asset, err := assetParam(r)
	if err != nil {
		return err
	}
	var req api.SetCaps
	if err := Decode(r, &req); err != nil {
		return err
	}
	u := compliance.CapsUpdate{CountryCaps: req.CountryCaps, CategoryCaps: req.CategoryCaps, MaxCountryShareBPS: req.MaxCountryShareBPS, Reason: req.Reason,
		BasedOnState: req.BasedOnState}
	if req.TransferLimits != nil {
		ws := make([]compliance.TransferWindow, len(*req.TransferLimits))
		var decimals *uint8 // read once, for the limits given in units
		for i, tw := range *req.TransferLimits {
			field := fmt.Sprintf("transfer_limits[%d].limit", i)
			var limit *big.Int
			switch {
			case tw.LimitUnits == "":
				if limit, err = parseBig(field+"_base", tw.Limit); err != nil {
					return err
				}
			case tw.Limit != "":
				return bothForms(field+"_base", field+"_units")
			default:
				if decimals == nil {
					d, err := h.svc.Decimals(r.Context(), asset)
					if err != nil {
						return err
					}
					decimals = &d
				}
				if limit, err = units.ParseAmount(tw.LimitUnits, *decimals, field+"_units", "the token's"); err != nil {
					return err
				}
			}
			ws[i] = compliance.TransferWindow{PeriodSeconds: tw.PeriodSeconds, Limit: limit}
		}
		u.TransferLimits = &ws
	}
	res, err := h.svc.SetCaps(r.Context(), principal(r), asset, u)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, api.CapsResult{Log: logEntryWire(res.Log), Txs: mapSlice(res.Txs, txWire)})
	return nil
}

func (h complianceHandlers) transferAllowance(w http.ResponseWriter, r *http.Request) error {
	asset, err := assetParam(r)
	if err != nil {
		return err
	}
	wallet, err := parseAddress("wallet", chi.URLParam(r, "wallet"))
	if err != nil {
		return err
	}
	ws, err := h.svc.TransferAllowances(r.Context(), principal(r), asset, wallet)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, TransferAllowanceWire(asset, wallet, ws, h.svc.KnownDecimals(r.Context(), asset)))
	return nil
}

// TransferAllowanceWire is a wallet's allowance as the API shows it, its
// amounts also in the token's units when decimals are known.
func TransferAllowanceWire(asset, wallet common.Address, ws []compliance.TransferAllowance, decimals *uint8) api.TransferAllowance {
	return api.TransferAllowance{Asset: asset, Wallet: wallet, Windows: mapSlice(ws, func(a compliance.TransferAllowance) api.AllowanceWindow {
		out := api.AllowanceWindow{PeriodSeconds: a.PeriodSeconds, Limit: a.Limit.String(), LimitUnits: unitsIfKnown(a.Limit, decimals),
			Remaining: a.Remaining.String(), RemainingUnits: unitsIfKnown(a.Remaining, decimals)}
		if a.ResetsAt != 0 {
			t := time.Unix(int64(a.ResetsAt), 0).UTC()
			out.ResetsAt = &t
		}
		return out
	})}
}
