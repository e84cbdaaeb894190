package ui

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/go-chi/chi/v5"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/chain/address"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/errs"
)

const complianceListLimit = 100

// interventionRow is an intervention as the compliance view lists it.
type interventionRow struct {
	compliance.Intervention
	Amount     string // in the token's units (or "N base units" when its decimals cannot be read)
	AmountBase string
}

// compliancePage shows investors with their KYC status and each wallet's
// identity as the record implies it beside the registry's, and the
// interventions awaiting a second approver.
func (u *UI) compliancePage(w http.ResponseWriter, r *http.Request) error {
	p, err := principal(r, auth.InterventionRead)
	if err != nil {
		return err
	}
	svc, err := u.running("compliance")
	if err != nil {
		return err
	}
	ctx := r.Context()
	// Investors only for keys that may read them over the API too.
	var views []compliance.InvestorView
	if p.Can(auth.InvestorRead) {
		invs, err := svc.Investors(ctx, "", complianceListLimit)
		if err != nil {
			return err
		}
		views = make([]compliance.InvestorView, 0, len(invs))
		for _, inv := range invs {
			v, err := svc.Investor(ctx, inv.ID)
			if err != nil {
				return err
			}
			views = append(views, v)
		}
	}
	var keys []compliance.KYCKey
	var keyRequests []compliance.KYCKeyRequest
	if p.Can(auth.KYCProviderRead) {
		if keys, err = svc.KYCKeys(ctx); err != nil {
			return err
		}
		all, err := svc.KYCKeyRequests(ctx, 0, complianceListLimit)
		if err != nil {
			return err
		}
		for _, kr := range all {
			if kr.State == compliance.Requested {
				keyRequests = append(keyRequests, kr)
			}
		}
	}
	var queue []compliance.Onboarding
	if p.Can(auth.InvestorRead) {
		if queue, err = svc.Onboardings(ctx, true, 0, complianceListLimit); err != nil {
			return err
		}
	}
	var tokens []tokenLink
	if p.Can(auth.RulesRead) && u.cfg.Issuance != nil {
		as, err := u.cfg.Issuance.Assets(ctx, "", complianceListLimit)
		if err != nil {
			return err
		}
		for _, a := range as {
			if a.Token != nil {
				tokens = append(tokens, tokenLink{Symbol: a.Symbol, Token: *a.Token})
			}
		}
	}
	ins, err := svc.Interventions(ctx, 0, complianceListLimit)
	if err != nil {
		return err
	}
	var pending, decided []interventionRow
	decimals := map[common.Address]*uint8{} // nil: unreadable
	for _, in := range ins {
		row := interventionRow{Intervention: in}
		if in.Amount != nil {
			d, seen := decimals[in.Asset]
			if !seen {
				if v, err := svc.Decimals(ctx, in.Asset); err == nil {
					d = &v
				}
				decimals[in.Asset] = d
			}
			row.Amount, row.AmountBase = in.Amount.String()+" base units", in.Amount.String()
			if d != nil {
				row.Amount = unitsOf(in.Amount.String(), *d)
			}
		}
		if in.State == compliance.Requested {
			pending = append(pending, row)
		} else {
			decided = append(decided, row)
		}
	}
	return u.render(w, r, http.StatusOK, "compliance", map[string]any{
		"Title": "Compliance", "Investors": views, "Pending": pending, "Decided": decided,
		"KYCKeys": keys, "KYCKeyRequests": keyRequests, "Queue": queue, "Tokens": tokens,
		"Notice": noticeOf(r, func(code, id string) (string, bool) {
			switch code {
			case noticeKYCKeyDecided:
				n, err := strconv.ParseInt(id, 10, 64)
				if err != nil {
					return "", false
				}
				kr, err := svc.KYCKeyRequest(ctx, n)
				if err != nil {
					return "", false
				}
				return id + " " + string(kr.State), true
			case noticeOnboardingDecided:
				n, err := strconv.ParseInt(id, 10, 64)
				if err != nil {
					return "", false
				}
				o, err := svc.Onboarding(ctx, n)
				if err != nil {
					return "", false
				}
				return string(o.KYCStatus), true
			}
			for _, v := range decided {
				if strconv.FormatInt(v.ID, 10) == id {
					return id + " " + string(v.State), true
				}
			}
			return "", false
		}),
	})
}

// decideIntervention approves or rejects another key's intervention; the
// service refuses the requester's own.
func (u *UI) decideIntervention(w http.ResponseWriter, r *http.Request) error {
	who, err := principal(r, auth.InterventionDecide)
	if err != nil {
		return err
	}
	svc, err := u.running("compliance")
	if err != nil {
		return err
	}
	id, err := strconv.ParseInt(chi.URLParam(r, "iid"), 10, 64)
	if err != nil || id <= 0 {
		return notFound("no intervention " + chi.URLParam(r, "iid"))
	}
	note := strings.TrimSpace(r.PostFormValue("note"))
	var v compliance.InterventionView
	switch chi.URLParam(r, "decision") {
	case "approve":
		v, err = svc.ApproveIntervention(r.Context(), who, id, note)
	case "reject":
		v, err = svc.RejectIntervention(r.Context(), who, id, note)
	default:
		return notFound("no such decision")
	}
	if err != nil {
		return err
	}
	return back(w, r, "/ui/compliance", noticeInterventionDecided, strconv.FormatInt(v.Intervention.ID, 10))
}

func (u *UI) compliance() *compliance.Service {
	if u.cfg.Compliance == nil {
		return nil
	}
	return u.cfg.Compliance()
}

// onAsset is how every compliance page of one asset starts: the
// principal, which must be allowed action; the compliance service, which
// must be running; the asset's address from the path.
func (u *UI) onAsset(r *http.Request, action auth.Action) (auth.Principal, *compliance.Service, common.Address, error) {
	p, err := principal(r, action)
	if err != nil {
		return p, nil, common.Address{}, err
	}
	svc, err := u.running("compliance")
	if err != nil {
		return p, nil, common.Address{}, err
	}
	asset, err := address.Parse("asset", chi.URLParam(r, "asset"))
	return p, svc, asset, err
}

// running is the compliance service, or Unavailable naming what (the
// compliance pages, onboarding) is not running on this server.
func (u *UI) running(what string) (*compliance.Service, error) {
	if svc := u.compliance(); svc != nil {
		return svc, nil
	}
	return nil, errs.E(errs.Unavailable, "compliance_unavailable", what+" is not running on this server")
}
