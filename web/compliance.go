package web

import (
	"math/big"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/go-chi/chi/v5"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/errs"
)

// ComplianceRoutes returns the compliance module's /v1 routes, served by
// svc; pass them in Config.Routes. Officers hold the compliance scope;
// interventions are approved by another key with the compliance or
// approver scope; auditors read every GET route.
func ComplianceRoutes(svc *compliance.Service) []Route {
	h := complianceHandlers{svc: svc}
	return append([]Route{
		{Method: "POST", Pattern: "/compliance/investors", Summary: "Onboard an investor (KYC pending)",
			Action: auth.InvestorWrite, Status: http.StatusCreated, Request: api.NewInvestor{}, Response: api.Investor{}, Handler: h.createInvestor},
		{Method: "GET", Pattern: "/compliance/investors", Summary: "List investors with their wallets, by id",
			Action: auth.InvestorRead, Response: api.List[api.Investor]{}, Paginated: true, Handler: h.listInvestors},
		{Method: "GET", Pattern: "/compliance/investors/{id}", Summary: "An investor, each wallet's identity on chain next to the one its record implies",
			Action: auth.InvestorRead, Response: api.Investor{}, Handler: h.getInvestor},
		{Method: "PATCH", Pattern: "/compliance/investors/{id}", Summary: "Change an investor's name, country or categories with their expiry and proof (synced to the identity registry)",
			Action: auth.InvestorWrite, Request: api.InvestorUpdate{}, Response: api.Investor{}, Handler: h.updateInvestor},
		{Method: "POST", Pattern: "/compliance/investors/{id}/kyc", Summary: "Record a KYC decision: approval (expiry in the future) registers the wallets, rejection unregisters them",
			Action: auth.InvestorWrite, Request: api.KYCDecision{}, Response: api.Investor{}, Handler: h.setKYC},
		{Method: "POST", Pattern: "/compliance/investors/{id}/wallets/challenges", Summary: "Issue a single-use message for a wallet to sign (EIP-191 personal_sign) to prove control",
			Action: auth.InvestorWrite, Status: http.StatusCreated, Request: api.NewChallenge{}, Response: api.Challenge{}, Handler: h.challenge},
		{Method: "POST", Pattern: "/compliance/investors/{id}/wallets", Summary: "Link a wallet that signed its challenge; registered on chain when KYC is approved",
			Action: auth.InvestorWrite, Status: http.StatusCreated, Request: api.WalletProof{}, Response: api.Investor{}, Handler: h.addWallet},

		{Method: "GET", Pattern: "/compliance/assets/{asset}/rules", Summary: "The transfer rules in force for an asset",
			Action: auth.RulesRead, Response: api.Rules{}, Handler: h.getRules},
		{Method: "PUT", Pattern: "/compliance/assets/{asset}/rules", Summary: "Set an asset's rules (new version; changes written to the token)",
			Action: auth.RulesSet, Request: api.SetRules{}, Response: api.RulesResult{}, Handler: h.setRules},
		{Method: "GET", Pattern: "/compliance/assets/{asset}/rules/history", Summary: "Every version of an asset's rules, newest first",
			Action: auth.RulesRead, Response: api.List[api.Rules]{}, Paginated: true, Handler: h.rulesHistory},

		{Method: "POST", Pattern: "/compliance/check", Summary: "Pre-trade check: the token's own answer by eth_call at the latest block, explained",
			Action: auth.ComplianceCheck, Idempotency: IdempotencyOptional, Request: api.CheckTransfer{}, Response: api.CheckResult{}, Handler: h.check},

		{Method: "GET", Pattern: "/compliance/assets/{asset}/locks/{wallet}", Summary: "A wallet's running locks on an asset (index, reason, what each locks now, schedule) and its investor's liquidate-only state",
			Action: auth.InterventionRead, Response: api.WalletLocks{}, Handler: h.locks},
		{Method: "POST", Pattern: "/compliance/interventions", Summary: "Request a freeze, partial freeze, forced transfer, recovery, lock, unlock or liquidate-only (needs a second approver)",
			Action: auth.InterventionNew, Status: http.StatusCreated, Request: api.NewIntervention{}, Response: api.Intervention{}, Handler: h.requestIntervention},
		{Method: "GET", Pattern: "/compliance/interventions", Summary: "List interventions, newest first",
			Action: auth.InterventionRead, Response: api.List[api.Intervention]{}, Paginated: true, Handler: h.listInterventions},
		{Method: "GET", Pattern: "/compliance/interventions/{id}", Summary: "An intervention and its transaction",
			Action: auth.InterventionRead, Response: api.Intervention{}, Handler: h.getIntervention},
		{Method: "POST", Pattern: "/compliance/interventions/{id}/approve", Summary: "Approve another key's intervention request and send it",
			Action: auth.InterventionDecide, Request: api.Decision{}, Response: api.Intervention{}, Handler: h.approve},
		{Method: "POST", Pattern: "/compliance/interventions/{id}/reject", Summary: "Reject an intervention request",
			Action: auth.InterventionDecide, Request: api.Decision{}, Response: api.Intervention{}, Handler: h.reject},

		{Method: "POST", Pattern: "/compliance/reconcile", Summary: "Compare records with the identity registry, repair drift, report",
			Action: auth.ComplianceRun, Response: api.ReconcileReport{}, Handler: h.reconcile},
		{Method: "POST", Pattern: "/compliance/kyc/sweep", Summary: "Mark approved KYC past its expiry as expired; drop lapsed investor categories and clear them in the identity registry",
			Action: auth.ComplianceRun, Response: api.SweepResult{}, Handler: h.sweep},
		{Method: "GET", Pattern: "/compliance/log", Summary: "The tamper-evident compliance log, oldest first",
			Action: auth.ComplianceLogRead, Response: api.List[api.LogEntry]{}, Paginated: true, Handler: h.log},
		{Method: "GET", Pattern: "/compliance/log/verify", Summary: "Check the log's hash chain and name the first bad entry",
			Action: auth.ComplianceLogRead, Response: api.LogVerification{}, Sequential: true, Handler: h.verifyLog},
	}, append(h.onboardingRoutes(), h.capsRoutes()...)...)
}

type complianceHandlers struct{ svc *compliance.Service }

func (h complianceHandlers) createInvestor(w http.ResponseWriter, r *http.Request) error {
	var req api.NewInvestor
	if err := Decode(r, &req); err != nil {
		return err
	}
	v, err := h.svc.CreateInvestor(r.Context(), principal(r), compliance.NewInvestor{LegalName: req.LegalName,
		Type: compliance.InvestorType(req.Type), Country: req.Country, Flags: req.Flags, Categories: categoriesIn(req.Categories)})
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusCreated, investorWire(v))
	return nil
}

func (h complianceHandlers) listInvestors(w http.ResponseWriter, r *http.Request) error {
	p, err := ReadPage[string](r)
	if err != nil {
		return err
	}
	invs, err := h.svc.Investors(r.Context(), p.After, p.Limit+1)
	if err != nil {
		return err
	}
	list := Paginate(p, invs, func(i compliance.Investor) string { return i.ID })
	JSON(w, r, http.StatusOK, api.List[api.Investor]{NextCursor: list.NextCursor, Items: mapSlice(list.Items, func(inv compliance.Investor) api.Investor {
		return investorWire(compliance.InvestorView{Investor: inv})
	})})
	return nil
}

func (h complianceHandlers) getInvestor(w http.ResponseWriter, r *http.Request) error {
	v, err := h.svc.Investor(r.Context(), chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, investorWire(v))
	return nil
}

func (h complianceHandlers) updateInvestor(w http.ResponseWriter, r *http.Request) error {
	var req api.InvestorUpdate
	if err := Decode(r, &req); err != nil {
		return err
	}
	u := compliance.InvestorUpdate{LegalName: req.LegalName, Country: req.Country, Flags: req.Flags}
	if req.Categories != nil {
		cats := categoriesIn(*req.Categories)
		u.Categories = &cats
	}
	v, err := h.svc.UpdateInvestor(r.Context(), principal(r), chi.URLParam(r, "id"), u)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, investorWire(v))
	return nil
}

func (h complianceHandlers) setKYC(w http.ResponseWriter, r *http.Request) error {
	var req api.KYCDecision
	if err := Decode(r, &req); err != nil {
		return err
	}
	v, err := h.svc.SetKYC(r.Context(), principal(r), chi.URLParam(r, "id"), compliance.KYCDecision{
		Status: compliance.KYCStatus(req.Status), Provider: req.Provider, Reference: req.Reference, ExpiresAt: req.ExpiresAt})
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, investorWire(v))
	return nil
}

func (h complianceHandlers) challenge(w http.ResponseWriter, r *http.Request) error {
	var req api.NewChallenge
	if err := Decode(r, &req); err != nil {
		return err
	}
	addr, err := parseAddress("address", req.Address)
	if err != nil {
		return err
	}
	c, err := h.svc.NewChallenge(r.Context(), principal(r), chi.URLParam(r, "id"), addr)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusCreated, api.Challenge{ID: c.ID, Address: c.Address, Message: c.Message, ExpiresAt: c.ExpiresAt})
	return nil
}

func (h complianceHandlers) addWallet(w http.ResponseWriter, r *http.Request) error {
	var req api.WalletProof
	if err := Decode(r, &req); err != nil {
		return err
	}
	sig, err := hexutil.Decode(req.Signature)
	if err != nil || len(sig) != 65 {
		return errs.E(errs.Invalid, "invalid_field", "signature must be 65 bytes of 0x-prefixed hex")
	}
	v, err := h.svc.AddWallet(r.Context(), principal(r), chi.URLParam(r, "id"), req.ChallengeID, compliance.ProofScheme(req.Scheme), sig)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusCreated, investorWire(v))
	return nil
}

func assetParam(r *http.Request) (common.Address, error) {
	return parseAddress("asset", chi.URLParam(r, "asset"))
}

func (h complianceHandlers) getRules(w http.ResponseWriter, r *http.Request) error {
	asset, err := assetParam(r)
	if err != nil {
		return err
	}
	rules, err := h.svc.Rules(r.Context(), asset)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, rulesWire(rules, h.svc.KnownDecimals(r.Context(), asset)))
	return nil
}

func (h complianceHandlers) setRules(w http.ResponseWriter, r *http.Request) error {
	asset, err := assetParam(r)
	if err != nil {
		return err
	}
	var req api.SetRules
	if err := Decode(r, &req); err != nil {
		return err
	}
	u, err := rulesUpdateOf("", api.AssetRules{CountryRestriction: req.CountryRestriction, AllowedCountries: req.AllowedCountries,
		MaxInvestors: req.MaxInvestors, MaxBalance: req.MaxBalance, RequiredFlags: req.RequiredFlags, LockupSeconds: req.LockupSeconds,
		LockupReason: req.LockupReason, ValuationFeed: req.ValuationFeed, ValuationMaxAge: req.ValuationMaxAge,
		MinHolding: req.MinHolding, FlowbackUntil: req.FlowbackUntil, ForceFullTransfer: req.ForceFullTransfer})
	if err != nil {
		return err
	}
	u.Reason, u.BasedOnVersion = req.Reason, req.BasedOnVersion
	if u.MaxBalance, err = h.unitsOr(r, asset, "max_balance", u.MaxBalance, req.MaxBalanceUnits); err != nil {
		return err
	}
	if u.MinHolding, err = h.unitsOr(r, asset, "min_holding", u.MinHolding, req.MinHoldingUnits); err != nil {
		return err
	}
	if u.ReserveGuard, err = reserveGuardOf(req.ReserveGuard); err != nil {
		return err
	}
	if g := req.ReserveGuard; g != nil && g.MarginUnits != "" {
		if g.MarginMode != string(compliance.MarginAbsolute) {
			return errs.E(errs.Invalid, "invalid_reserve_guard", "reserve_guard.margin_units is an absolute margin: give it with margin_mode absolute (a bps margin is reserve_guard.margin)")
		}
		if g.Margin != "" {
			return bothForms("reserve_guard.margin", "reserve_guard.margin_units")
		}
		if u.ReserveGuard.Margin, err = h.svc.ParseUnits(r.Context(), asset, "reserve_guard.margin_units", g.MarginUnits); err != nil {
			return err
		}
	}
	res, err := h.svc.SetRules(r.Context(), principal(r), asset, u)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, api.RulesResult{Rules: rulesWire(res.Rules, h.svc.KnownDecimals(r.Context(), asset)), Txs: mapSlice(res.Txs, txWire)})
	return nil
}

func (h complianceHandlers) rulesHistory(w http.ResponseWriter, r *http.Request) error {
	asset, err := assetParam(r)
	if err != nil {
		return err
	}
	p, err := ReadPage[int](r)
	if err != nil {
		return err
	}
	rs, err := h.svc.RulesHistory(r.Context(), asset, p.After, p.Limit+1)
	if err != nil {
		return err
	}
	list := Paginate(p, rs, func(x compliance.Rules) int { return x.Version })
	decimals := h.svc.KnownDecimals(r.Context(), asset)
	JSON(w, r, http.StatusOK, api.List[api.Rules]{Items: mapSlice(list.Items, func(x compliance.Rules) api.Rules { return rulesWire(x, decimals) }),
		NextCursor: list.NextCursor})
	return nil
}

func (h complianceHandlers) check(w http.ResponseWriter, r *http.Request) error {
	var req api.CheckTransfer
	if err := Decode(r, &req); err != nil {
		return err
	}
	asset, err := parseAddress("asset", req.Asset)
	if err != nil {
		return err
	}
	from := common.Address{}
	if req.From != "" {
		if from, err = parseAddress("from", req.From); err != nil {
			return err
		}
	}
	to, err := parseAddress("to", req.To)
	if err != nil {
		return err
	}
	var amount *big.Int
	if req.Amount != "" || req.AmountUnits == "" {
		if amount, err = parseBig("amount_base", req.Amount); err != nil {
			return err
		}
	}
	var inUnits *string
	if req.AmountUnits != "" {
		inUnits = &req.AmountUnits
	}
	if amount, err = h.unitsOr(r, asset, "amount", amount, inUnits); err != nil {
		return err
	}
	res, err := h.svc.Check(r.Context(), compliance.CheckRequest{Asset: asset, From: from, To: to, Amount: amount})
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, api.CheckResult{Allowed: res.Allowed, Code: res.Code.Hex(), CodeName: res.Code.Name(),
		Message: res.Message, Rule: res.Rule, Block: res.Block, Context: nonNil(res.Context)})
	return nil
}

func (h complianceHandlers) requestIntervention(w http.ResponseWriter, r *http.Request) error {
	var req api.NewIntervention
	if err := Decode(r, &req); err != nil {
		return err
	}
	n := compliance.NewIntervention{Kind: compliance.InterventionKind(req.Kind), Reason: req.Reason}
	var err error
	if n.Asset, err = parseAddress("asset", req.Asset); err != nil {
		return err
	}
	if n.Wallet, err = parseAddress("wallet", req.Wallet); err != nil {
		return err
	}
	if req.To != nil {
		to, err := parseAddress("to", *req.To)
		if err != nil {
			return err
		}
		n.To = &to
	}
	if req.Amount != nil {
		if n.Amount, err = parseBig("amount_base", *req.Amount); err != nil {
			return err
		}
	}
	if n.Amount, err = h.unitsOr(r, n.Asset, "amount", n.Amount, req.AmountUnits); err != nil {
		return err
	}
	if n.Lock, err = lockTermsOf(req); err != nil {
		return err
	}
	n.LockIndex = req.LockIndex
	v, err := h.svc.RequestIntervention(r.Context(), principal(r), n)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusCreated, interventionWire(v))
	return nil
}

// lockTermsOf reads a lock intervention's schedule: nil when none of its
// fields is given. Start and cliff default to end (a plain lock), cliff to
// start.
func lockTermsOf(req api.NewIntervention) (*compliance.LockTerms, error) {
	if req.Start == nil && req.Cliff == nil && req.End == nil && req.LockReason == nil {
		return nil, nil
	}
	if req.End == nil {
		return nil, errs.E(errs.Invalid, "invalid_lock", "end is required for a lock")
	}
	end, err := compliance.ParseTime("end", *req.End)
	if err != nil {
		return nil, err
	}
	l := &compliance.LockTerms{Start: end, Cliff: end, End: end}
	if req.Start != nil {
		if l.Start, err = compliance.ParseTime("start", *req.Start); err != nil {
			return nil, err
		}
		l.Cliff = l.Start
	}
	if req.Cliff != nil {
		if l.Cliff, err = compliance.ParseTime("cliff", *req.Cliff); err != nil {
			return nil, err
		}
	}
	if req.LockReason != nil {
		if *req.LockReason < 0 || *req.LockReason > 255 {
			return nil, errs.E(errs.Invalid, "invalid_lock_reason", "lock_reason must be a code from 0 to 255")
		}
		l.Reason = compliance.LockReason(*req.LockReason)
	}
	return l, nil
}

func (h complianceHandlers) locks(w http.ResponseWriter, r *http.Request) error {
	asset, err := assetParam(r)
	if err != nil {
		return err
	}
	wallet, err := walletParam(r, "wallet")
	if err != nil {
		return err
	}
	wl, err := h.svc.Locks(r.Context(), asset, wallet)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, walletLocksWire(asset, wl, h.svc.KnownDecimals(r.Context(), asset)))
	return nil
}

func interventionID(r *http.Request) (int64, error) {
	return idParam(r, "intervention_not_found", "no such intervention")
}

func (h complianceHandlers) listInterventions(w http.ResponseWriter, r *http.Request) error {
	p, err := ReadPage[int64](r)
	if err != nil {
		return err
	}
	ins, err := h.svc.Interventions(r.Context(), p.After, p.Limit+1)
	if err != nil {
		return err
	}
	list := Paginate(p, ins, func(x compliance.Intervention) int64 { return x.ID })
	JSON(w, r, http.StatusOK, api.List[api.Intervention]{NextCursor: list.NextCursor, Items: mapSlice(list.Items, func(in compliance.Intervention) api.Intervention {
		return interventionWire(compliance.InterventionView{Intervention: in})
	})})
	return nil
}

func (h complianceHandlers) getIntervention(w http.ResponseWriter, r *http.Request) error {
	id, err := interventionID(r)
	if err != nil {
		return err
	}
	v, err := h.svc.Intervention(r.Context(), id)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, interventionWire(v))
	return nil
}

func (h complianceHandlers) approve(w http.ResponseWriter, r *http.Request) error {
	return decideRequest(w, r, interventionID, h.svc.ApproveIntervention, interventionWire)
}
func (h complianceHandlers) reject(w http.ResponseWriter, r *http.Request) error {
	return decideRequest(w, r, interventionID, h.svc.RejectIntervention, interventionWire)
}

func (h complianceHandlers) reconcile(w http.ResponseWriter, r *http.Request) error {
	rep, err := h.svc.Reconcile(r.Context(), principal(r))
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, reconcileWire(rep))
	return nil
}

func (h complianceHandlers) sweep(w http.ResponseWriter, r *http.Request) error {
	invs, err := h.svc.SweepKYC(r.Context(), principal(r))
	if err != nil {
		return err
	}
	sw, err := h.svc.SweepCategories(r.Context(), principal(r))
	if err != nil {
		return err
	}
	out := api.SweepResult{Expired: []string{}, Lapsed: []api.LapsedCategory{}}
	for _, inv := range invs {
		out.Expired = append(out.Expired, inv.ID)
	}
	for _, l := range sw.Lapsed {
		lc := api.LapsedCategory{InvestorID: l.InvestorID, Category: l.Category.Name(), ExpiredAt: l.ExpiresAt}
		if l.Proof != (common.Hash{}) {
			lc.Proof = l.Proof.Hex()
		}
		out.Lapsed = append(out.Lapsed, lc)
	}
	for _, t := range sw.Txs {
		out.Txs = append(out.Txs, txWire(t))
	}
	JSON(w, r, http.StatusOK, out)
	return nil
}

func (h complianceHandlers) log(w http.ResponseWriter, r *http.Request) error {
	p, err := ReadPage[int64](r)
	if err != nil {
		return err
	}
	entries, err := h.svc.Log(r.Context(), p.After, p.Limit+1)
	if err != nil {
		return err
	}
	list := Paginate(p, entries, func(x compliance.LogEntry) int64 { return x.Seq })
	JSON(w, r, http.StatusOK, api.List[api.LogEntry]{Items: mapSlice(list.Items, logEntryWire), NextCursor: list.NextCursor})
	return nil
}

func (h complianceHandlers) verifyLog(w http.ResponseWriter, r *http.Request) error {
	v, err := h.svc.VerifyLog(r.Context())
	if err != nil {
		return err
	}
	out := api.LogVerification{Entries: v.Entries, OK: v.OK, FirstBad: v.FirstBad, Problem: v.Problem}
	if v.Head != "" {
		out.Head = common.HexToHash(v.Head)
	}
	JSON(w, r, http.StatusOK, out)
	return nil
}

// unitsOr is an amount given either in base units (base, parsed from
// field+"_base") or in the token's units (inUnits, from field+"_units"),
// not both.
func (h complianceHandlers) unitsOr(r *http.Request, asset common.Address, field string, base *big.Int, inUnits *string) (*big.Int, error) {
	if inUnits == nil {
		return base, nil
	}
	if base != nil {
		return nil, bothForms(field+"_base", field+"_units")
	}
	return h.svc.ParseUnits(r.Context(), asset, field+"_units", *inUnits)
}

// bothForms refuses an amount given both in base units (base names the
// field) and in the token's units (inUnits).
func bothForms(base, inUnits string) error {
	return errs.E(errs.Invalid, "invalid_amount", "give "+base+" (base units) or "+inUnits+" (the token's units), not both")
}

// rulesUpdateOf is a set of rules as compliance takes it, from the API's
// form (the rules API's body, or an asset's onboarding rules, whose
// fields are named under prefix).
func rulesUpdateOf(prefix string, in api.AssetRules) (compliance.RulesUpdate, error) {
	u := compliance.RulesUpdate{CountryRestriction: in.CountryRestriction, AllowedCountries: in.AllowedCountries,
		MaxInvestors: in.MaxInvestors, RequiredFlags: in.RequiredFlags, LockupSeconds: in.LockupSeconds,
		LockupReason: in.LockupReason, ValuationMaxAge: in.ValuationMaxAge, ForceFullTransfer: in.ForceFullTransfer}
	if in.MinHolding != nil {
		b, err := parseBig(prefix+"min_holding_base", *in.MinHolding)
		if err != nil {
			return u, err
		}
		u.MinHolding = b
	}
	if in.FlowbackUntil != nil && *in.FlowbackUntil != "" {
		t, err := compliance.ParseTime(prefix+"flowback_until", *in.FlowbackUntil)
		if err != nil {
			return u, err
		}
		u.FlowbackUntil = &t
	}
	if in.MaxBalance != nil {
		b, err := parseBig(prefix+"max_balance_base", *in.MaxBalance)
		if err != nil {
			return u, err
		}
		u.MaxBalance = b
	}
	if in.ValuationFeed != nil {
		f, err := parseAddress(prefix+"valuation_feed", *in.ValuationFeed)
		if err != nil {
			return u, err
		}
		u.ValuationFeed = &f
	}
	return u, nil
}

// reserveGuardOf is a reserve guard as compliance takes it (which
// validates it); nil: off.
func reserveGuardOf(in *api.ReserveGuard) (*compliance.ReserveGuard, error) {
	if in == nil {
		return nil, nil
	}
	feed, err := parseAddress("reserve_guard.feed", in.Feed)
	if err != nil {
		return nil, err
	}
	g := &compliance.ReserveGuard{Feed: feed, MaxAge: in.MaxAge, MarginMode: compliance.MarginMode(in.MarginMode)}
	if in.Margin != "" {
		if g.Margin, err = parseBig("reserve_guard.margin", in.Margin); err != nil {
			return nil, err
		}
	}
	return g, nil
}

// assetRulesWire is the API's form of rules compliance holds.
func assetRulesWire(u compliance.RulesUpdate) api.AssetRules {
	out := api.AssetRules{CountryRestriction: u.CountryRestriction, AllowedCountries: u.AllowedCountries,
		MaxInvestors: u.MaxInvestors, RequiredFlags: u.RequiredFlags, LockupSeconds: u.LockupSeconds,
		LockupReason: u.LockupReason, ValuationMaxAge: u.ValuationMaxAge, ForceFullTransfer: u.ForceFullTransfer}
	if u.MinHolding != nil {
		b := u.MinHolding.String()
		out.MinHolding = &b
	}
	if u.FlowbackUntil != nil {
		f := u.FlowbackUntil.UTC().Format(time.RFC3339)
		out.FlowbackUntil = &f
	}
	if u.MaxBalance != nil {
		b := u.MaxBalance.String()
		out.MaxBalance = &b
	}
	if u.ValuationFeed != nil {
		f := u.ValuationFeed.Hex()
		out.ValuationFeed = &f
	}
	return out
}
