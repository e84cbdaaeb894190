package web

import (
	"encoding/json"
	"net/http"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/go-chi/chi/v5"

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
	return []Route{
		{Method: "POST", Pattern: "/compliance/investors", Summary: "Onboard an investor (KYC pending)",
			Action: auth.InvestorWrite, Status: http.StatusCreated, Request: createInvestorRequest{}, Response: investorJSON{}, Handler: h.createInvestor},
		{Method: "GET", Pattern: "/compliance/investors", Summary: "List investors with their wallets, by id",
			Action: auth.InvestorRead, Response: investorJSON{}, Paginated: true, Handler: h.listInvestors},
		{Method: "GET", Pattern: "/compliance/investors/{id}", Summary: "An investor, each wallet's identity on chain next to the one its record implies",
			Action: auth.InvestorRead, Response: investorJSON{}, Handler: h.getInvestor},
		{Method: "PATCH", Pattern: "/compliance/investors/{id}", Summary: "Change an investor's name, country or eligibility flags (synced to the identity registry)",
			Action: auth.InvestorWrite, Request: updateInvestorRequest{}, Response: investorJSON{}, Handler: h.updateInvestor},
		{Method: "POST", Pattern: "/compliance/investors/{id}/kyc", Summary: "Record a KYC decision: approval (expiry in the future) registers the wallets, rejection unregisters them",
			Action: auth.InvestorWrite, Request: kycRequest{}, Response: investorJSON{}, Handler: h.setKYC},
		{Method: "POST", Pattern: "/compliance/investors/{id}/wallets/challenges", Summary: "Issue a single-use message for a wallet to sign (EIP-191 personal_sign) to prove control",
			Action: auth.InvestorWrite, Status: http.StatusCreated, Request: challengeRequest{}, Response: challengeJSON{}, Handler: h.challenge},
		{Method: "POST", Pattern: "/compliance/investors/{id}/wallets", Summary: "Link a wallet that signed its challenge; registered on chain when KYC is approved",
			Action: auth.InvestorWrite, Status: http.StatusCreated, Request: walletRequest{}, Response: investorJSON{}, Handler: h.addWallet},

		{Method: "GET", Pattern: "/compliance/assets/{asset}/rules", Summary: "The transfer rules in force for an asset",
			Action: auth.RulesRead, Response: rulesJSON{}, Handler: h.getRules},
		{Method: "PUT", Pattern: "/compliance/assets/{asset}/rules", Summary: "Set an asset's rules (new version; changes written to the token)",
			Action: auth.RulesSet, Request: rulesRequest{}, Response: rulesResult{}, Handler: h.setRules},
		{Method: "GET", Pattern: "/compliance/assets/{asset}/rules/history", Summary: "Every version of an asset's rules, newest first",
			Action: auth.RulesRead, Response: rulesJSON{}, Paginated: true, Handler: h.rulesHistory},

		{Method: "POST", Pattern: "/compliance/check", Summary: "Pre-trade check: the token's own answer by eth_call at the latest block, explained",
			Action: auth.ComplianceCheck, Idempotency: IdempotencyOptional, Request: checkRequest{}, Response: checkJSON{}, Handler: h.check},

		{Method: "POST", Pattern: "/compliance/interventions", Summary: "Request a freeze, partial freeze, forced transfer or recovery (needs a second approver)",
			Action: auth.InterventionNew, Status: http.StatusCreated, Request: interventionRequest{}, Response: interventionJSON{}, Handler: h.requestIntervention},
		{Method: "GET", Pattern: "/compliance/interventions", Summary: "List interventions, newest first",
			Action: auth.InterventionRead, Response: interventionJSON{}, Paginated: true, Handler: h.listInterventions},
		{Method: "GET", Pattern: "/compliance/interventions/{id}", Summary: "An intervention and its transaction",
			Action: auth.InterventionRead, Response: interventionJSON{}, Handler: h.getIntervention},
		{Method: "POST", Pattern: "/compliance/interventions/{id}/approve", Summary: "Approve another key's intervention request and send it",
			Action: auth.InterventionDecide, Request: decisionRequest{}, Response: interventionJSON{}, Handler: h.approve},
		{Method: "POST", Pattern: "/compliance/interventions/{id}/reject", Summary: "Reject an intervention request",
			Action: auth.InterventionDecide, Request: decisionRequest{}, Response: interventionJSON{}, Handler: h.reject},

		{Method: "POST", Pattern: "/compliance/reconcile", Summary: "Compare records with the identity registry, repair drift, report",
			Action: auth.ComplianceRun, Response: compliance.ReconcileReport{}, Handler: h.reconcile},
		{Method: "POST", Pattern: "/compliance/kyc/sweep", Summary: "Mark approved KYC past its expiry as expired",
			Action: auth.ComplianceRun, Response: sweepJSON{}, Handler: h.sweep},
		{Method: "GET", Pattern: "/compliance/log", Summary: "The tamper-evident compliance log, oldest first",
			Action: auth.ComplianceLogRead, Response: logEntryJSON{}, Paginated: true, Handler: h.log},
		{Method: "GET", Pattern: "/compliance/log/verify", Summary: "Check the log's hash chain and name the first bad entry",
			Action: auth.ComplianceLogRead, Response: compliance.LogVerification{}, Handler: h.verifyLog},
	}
}

type complianceHandlers struct{ svc *compliance.Service }

type createInvestorRequest struct {
	LegalName string   `json:"legal_name"`
	Type      string   `json:"type"`    // person or entity
	Country   string   `json:"country"` // ISO 3166-1 alpha-2
	Flags     []string `json:"flags,omitempty"`
}

type updateInvestorRequest struct {
	LegalName *string   `json:"legal_name,omitempty"`
	Country   *string   `json:"country,omitempty"`
	Flags     *[]string `json:"flags,omitempty"`
}

type kycRequest struct {
	Status    string     `json:"status"` // approved, rejected or pending
	Provider  string     `json:"provider,omitempty"`
	Reference string     `json:"reference,omitempty"`
	ExpiresAt *time.Time `json:"expires_at,omitempty"`
}

type challengeRequest struct {
	Address string `json:"address"`
}

type challengeJSON struct {
	ID        int64     `json:"id"`
	Address   string    `json:"address"`
	Message   string    `json:"message"`
	ExpiresAt time.Time `json:"expires_at"`
}

type walletRequest struct {
	ChallengeID int64  `json:"challenge_id"`
	Signature   string `json:"signature"`        // 0x-prefixed, 65 bytes
	Scheme      string `json:"scheme,omitempty"` // eip191 (personal_sign, default) or eip712 (eth_signTypedData_v4)
}

type txJSON struct {
	Key    string `json:"key"`
	To     string `json:"to,omitempty"`
	Action string `json:"action,omitempty"`
	State  string `json:"state"`
	TxHash string `json:"tx_hash,omitempty"`
	Block  uint64 `json:"block,omitempty"`
	Error  string `json:"error,omitempty"`
}

type kycJSON struct {
	Status    string     `json:"status"`
	Provider  string     `json:"provider"`
	Reference string     `json:"reference"`
	ExpiresAt *time.Time `json:"expires_at,omitempty"`
}

type walletJSON struct {
	Address   string                  `json:"address"`
	Status    string                  `json:"status"`
	CreatedAt time.Time               `json:"created_at"`
	Want      compliance.IdentityJSON `json:"want"`
	OnChain   compliance.IdentityJSON `json:"on_chain"`
	InSync    bool                    `json:"in_sync"`
}

type investorJSON struct {
	ID        string       `json:"id"`
	ChainID   string       `json:"chain_investor_id"`
	LegalName string       `json:"legal_name"`
	Type      string       `json:"type"`
	Country   string       `json:"country"`
	Flags     []string     `json:"flags"`
	KYC       kycJSON      `json:"kyc"`
	Version   int          `json:"version"`
	Wallets   []walletJSON `json:"wallets"`
	Txs       []txJSON     `json:"txs,omitempty"`
	CreatedAt time.Time    `json:"created_at"`
	UpdatedAt time.Time    `json:"updated_at"`
}

type rulesRequest struct {
	CountryRestriction bool     `json:"country_restriction"`
	AllowedCountries   []string `json:"allowed_countries,omitempty"`
	MaxInvestors       *int64   `json:"max_investors,omitempty"` // absent: no limit
	MaxBalance         *string  `json:"max_balance,omitempty"`   // base units; absent: no limit
	RequiredFlags      []string `json:"required_flags,omitempty"`
	LockupSeconds      uint64   `json:"lockup_seconds,omitempty"`
	ValuationFeed      *string  `json:"valuation_feed,omitempty"`
	ValuationMaxAge    uint64   `json:"valuation_max_age,omitempty"`
	Reason             string   `json:"reason"`
}

type rulesJSON struct {
	Asset              string    `json:"asset"`
	Version            int       `json:"version"`
	CountryRestriction bool      `json:"country_restriction"`
	AllowedCountries   []string  `json:"allowed_countries"`
	MaxInvestors       *uint32   `json:"max_investors,omitempty"`
	MaxBalance         string    `json:"max_balance,omitempty"`
	RequiredFlags      []string  `json:"required_flags"`
	LockupSeconds      uint64    `json:"lockup_seconds"`
	ValuationFeed      string    `json:"valuation_feed,omitempty"`
	ValuationMaxAge    uint64    `json:"valuation_max_age,omitempty"`
	Reason             string    `json:"reason"`
	Actor              string    `json:"actor"`
	CreatedAt          time.Time `json:"created_at"`
}

type rulesResult struct {
	Rules rulesJSON `json:"rules"`
	Txs   []txJSON  `json:"txs"`
}

type checkRequest struct {
	Asset  string `json:"asset"`
	From   string `json:"from"` // zero address previews a mint
	To     string `json:"to"`
	Amount string `json:"amount"` // base units
}

type checkJSON struct {
	Allowed  bool     `json:"allowed"`
	Code     string   `json:"code"` // 0xNN
	CodeName string   `json:"code_name"`
	Message  string   `json:"message"`
	Rule     string   `json:"rule,omitempty"`
	Block    uint64   `json:"block"`
	Context  []string `json:"context"`
}

type interventionRequest struct {
	Kind   string  `json:"kind"`
	Asset  string  `json:"asset"`
	Wallet string  `json:"wallet"`
	To     *string `json:"to,omitempty"`
	Amount *string `json:"amount,omitempty"`
	Reason string  `json:"reason"`
}

type interventionJSON struct {
	ID           int64      `json:"id"`
	Kind         string     `json:"kind"`
	Asset        string     `json:"asset"`
	Wallet       string     `json:"wallet"`
	To           string     `json:"to,omitempty"`
	Amount       string     `json:"amount,omitempty"`
	Reason       string     `json:"reason"`
	State        string     `json:"state"`
	RequestedBy  string     `json:"requested_by"`
	DecidedBy    string     `json:"decided_by,omitempty"`
	DecisionNote string     `json:"decision_note,omitempty"`
	CreatedAt    time.Time  `json:"created_at"`
	DecidedAt    *time.Time `json:"decided_at,omitempty"`
	Tx           *txJSON    `json:"tx,omitempty"`
}

type sweepJSON struct {
	Expired []string `json:"expired"` // investor ids
}

type logEntryJSON struct {
	Seq      int64           `json:"seq"`
	At       time.Time       `json:"at"`
	Actor    string          `json:"actor"`
	Action   string          `json:"action"`
	Subject  string          `json:"subject"`
	Data     json.RawMessage `json:"data"`
	PrevHash string          `json:"prev_hash"`
	Hash     string          `json:"hash"`
}

func toTxJSON(t compliance.TxStatus) txJSON {
	out := txJSON{Key: t.Key, Action: t.Action, State: string(t.State), Block: t.Block, Error: t.Error}
	if t.To != (common.Address{}) {
		out.To = t.To.Hex()
	}
	if t.TxHash != (common.Hash{}) {
		out.TxHash = t.TxHash.Hex()
	}
	return out
}

func toInvestorJSON(v compliance.InvestorView) investorJSON {
	inv := v.Investor
	cid := compliance.ChainInvestorID(inv.ID)
	out := investorJSON{ID: inv.ID, ChainID: hexutil.Encode(cid[:]), LegalName: inv.LegalName, Type: string(inv.Type),
		Country: inv.Country, Flags: inv.Flags.Names(), Version: inv.Version, Wallets: []walletJSON{},
		KYC:       kycJSON{Status: string(inv.KYCStatus), Provider: inv.KYCProvider, Reference: inv.KYCReference, ExpiresAt: inv.KYCExpiresAt},
		CreatedAt: inv.CreatedAt, UpdatedAt: inv.UpdatedAt}
	for _, w := range v.Wallets {
		out.Wallets = append(out.Wallets, walletJSON{Address: w.Wallet.Address.Hex(), Status: string(w.Wallet.Status),
			CreatedAt: w.Wallet.CreatedAt, Want: w.Want.JSON(false), OnChain: w.OnChain.JSON(true), InSync: w.InSync})
	}
	if v.Wallets == nil {
		for _, w := range inv.Wallets {
			out.Wallets = append(out.Wallets, walletJSON{Address: w.Address.Hex(), Status: string(w.Status), CreatedAt: w.CreatedAt})
		}
	}
	for _, t := range v.Txs {
		out.Txs = append(out.Txs, toTxJSON(t))
	}
	return out
}

func toRulesJSON(r compliance.Rules) rulesJSON {
	out := rulesJSON{Asset: r.Asset.Hex(), Version: r.Version, CountryRestriction: r.CountryRestriction,
		AllowedCountries: r.AllowedCountries, MaxInvestors: r.MaxInvestors, RequiredFlags: r.RequiredFlags.Names(),
		LockupSeconds: r.LockupSeconds, ValuationMaxAge: r.ValuationMaxAge, Reason: r.Reason, Actor: r.Actor, CreatedAt: r.CreatedAt}
	if out.AllowedCountries == nil {
		out.AllowedCountries = []string{}
	}
	if r.MaxBalance != nil {
		out.MaxBalance = r.MaxBalance.String()
	}
	if r.ValuationFeed != nil {
		out.ValuationFeed = r.ValuationFeed.Hex()
	}
	return out
}

func toInterventionJSON(v compliance.InterventionView) interventionJSON {
	in := v.Intervention
	out := interventionJSON{ID: in.ID, Kind: string(in.Kind), Asset: in.Asset.Hex(), Wallet: in.Wallet.Hex(), Reason: in.Reason,
		State: string(in.State), RequestedBy: in.RequestedBy, DecidedBy: in.DecidedBy, DecisionNote: in.DecisionNote,
		CreatedAt: in.CreatedAt, DecidedAt: in.DecidedAt}
	if in.To != nil {
		out.To = in.To.Hex()
	}
	if in.Amount != nil {
		out.Amount = in.Amount.String()
	}
	if v.Tx != nil {
		t := toTxJSON(*v.Tx)
		out.Tx = &t
	}
	return out
}

func (h complianceHandlers) createInvestor(w http.ResponseWriter, r *http.Request) error {
	var req createInvestorRequest
	if err := Decode(r, &req); err != nil {
		return err
	}
	v, err := h.svc.CreateInvestor(r.Context(), principal(r), compliance.NewInvestor{LegalName: req.LegalName,
		Type: compliance.InvestorType(req.Type), Country: req.Country, Flags: req.Flags})
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusCreated, toInvestorJSON(v))
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
	out := make([]investorJSON, len(invs))
	for i, inv := range invs {
		out[i] = toInvestorJSON(compliance.InvestorView{Investor: inv})
	}
	JSON(w, r, http.StatusOK, Paginate(p, out, func(i investorJSON) string { return i.ID }))
	return nil
}

func (h complianceHandlers) getInvestor(w http.ResponseWriter, r *http.Request) error {
	v, err := h.svc.Investor(r.Context(), chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, toInvestorJSON(v))
	return nil
}

func (h complianceHandlers) updateInvestor(w http.ResponseWriter, r *http.Request) error {
	var req updateInvestorRequest
	if err := Decode(r, &req); err != nil {
		return err
	}
	v, err := h.svc.UpdateInvestor(r.Context(), principal(r), chi.URLParam(r, "id"), compliance.InvestorUpdate{
		LegalName: req.LegalName, Country: req.Country, Flags: req.Flags})
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, toInvestorJSON(v))
	return nil
}

func (h complianceHandlers) setKYC(w http.ResponseWriter, r *http.Request) error {
	var req kycRequest
	if err := Decode(r, &req); err != nil {
		return err
	}
	v, err := h.svc.SetKYC(r.Context(), principal(r), chi.URLParam(r, "id"), compliance.KYCDecision{
		Status: compliance.KYCStatus(req.Status), Provider: req.Provider, Reference: req.Reference, ExpiresAt: req.ExpiresAt})
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, toInvestorJSON(v))
	return nil
}

func (h complianceHandlers) challenge(w http.ResponseWriter, r *http.Request) error {
	var req challengeRequest
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
	JSON(w, r, http.StatusCreated, challengeJSON{ID: c.ID, Address: c.Address.Hex(), Message: c.Message, ExpiresAt: c.ExpiresAt})
	return nil
}

func (h complianceHandlers) addWallet(w http.ResponseWriter, r *http.Request) error {
	var req walletRequest
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
	JSON(w, r, http.StatusCreated, toInvestorJSON(v))
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
	JSON(w, r, http.StatusOK, toRulesJSON(rules))
	return nil
}

func (h complianceHandlers) setRules(w http.ResponseWriter, r *http.Request) error {
	asset, err := assetParam(r)
	if err != nil {
		return err
	}
	var req rulesRequest
	if err := Decode(r, &req); err != nil {
		return err
	}
	u := compliance.RulesUpdate{CountryRestriction: req.CountryRestriction, AllowedCountries: req.AllowedCountries,
		MaxInvestors: req.MaxInvestors, RequiredFlags: req.RequiredFlags, LockupSeconds: req.LockupSeconds,
		ValuationMaxAge: req.ValuationMaxAge, Reason: req.Reason}
	if req.MaxBalance != nil {
		if u.MaxBalance, err = parseBig("max_balance", *req.MaxBalance); err != nil {
			return err
		}
	}
	if req.ValuationFeed != nil {
		f, err := parseAddress("valuation_feed", *req.ValuationFeed)
		if err != nil {
			return err
		}
		u.ValuationFeed = &f
	}
	res, err := h.svc.SetRules(r.Context(), principal(r), asset, u)
	if err != nil {
		return err
	}
	out := rulesResult{Rules: toRulesJSON(res.Rules), Txs: []txJSON{}}
	for _, t := range res.Txs {
		out.Txs = append(out.Txs, toTxJSON(t))
	}
	JSON(w, r, http.StatusOK, out)
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
	out := make([]rulesJSON, len(rs))
	for i, x := range rs {
		out[i] = toRulesJSON(x)
	}
	JSON(w, r, http.StatusOK, Paginate(p, out, func(x rulesJSON) int { return x.Version }))
	return nil
}

func (h complianceHandlers) check(w http.ResponseWriter, r *http.Request) error {
	var req checkRequest
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
	amount, err := parseBig("amount", req.Amount)
	if err != nil {
		return err
	}
	res, err := h.svc.Check(r.Context(), compliance.CheckRequest{Asset: asset, From: from, To: to, Amount: amount})
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, checkJSON{Allowed: res.Allowed, Code: res.Code.Hex(), CodeName: res.Code.Name(),
		Message: res.Message, Rule: res.Rule, Block: res.Block, Context: res.Context})
	return nil
}

func (h complianceHandlers) requestIntervention(w http.ResponseWriter, r *http.Request) error {
	var req interventionRequest
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
		if n.Amount, err = parseBig("amount", *req.Amount); err != nil {
			return err
		}
	}
	v, err := h.svc.RequestIntervention(r.Context(), principal(r), n)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusCreated, toInterventionJSON(v))
	return nil
}

func interventionID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, errs.E(errs.NotFound, "intervention_not_found", "no such intervention")
	}
	return id, nil
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
	out := make([]interventionJSON, len(ins))
	for i, in := range ins {
		out[i] = toInterventionJSON(compliance.InterventionView{Intervention: in})
	}
	JSON(w, r, http.StatusOK, Paginate(p, out, func(x interventionJSON) int64 { return x.ID }))
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
	JSON(w, r, http.StatusOK, toInterventionJSON(v))
	return nil
}

func (h complianceHandlers) decide(w http.ResponseWriter, r *http.Request, approve bool) error {
	id, err := interventionID(r)
	if err != nil {
		return err
	}
	var req decisionRequest
	if err := Decode(r, &req); err != nil {
		return err
	}
	var v compliance.InterventionView
	if approve {
		v, err = h.svc.ApproveIntervention(r.Context(), principal(r), id, req.Note)
	} else {
		v, err = h.svc.RejectIntervention(r.Context(), principal(r), id, req.Note)
	}
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, toInterventionJSON(v))
	return nil
}

func (h complianceHandlers) approve(w http.ResponseWriter, r *http.Request) error {
	return h.decide(w, r, true)
}
func (h complianceHandlers) reject(w http.ResponseWriter, r *http.Request) error {
	return h.decide(w, r, false)
}

func (h complianceHandlers) reconcile(w http.ResponseWriter, r *http.Request) error {
	rep, err := h.svc.Reconcile(r.Context(), principal(r))
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, rep)
	return nil
}

func (h complianceHandlers) sweep(w http.ResponseWriter, r *http.Request) error {
	invs, err := h.svc.SweepKYC(r.Context(), principal(r))
	if err != nil {
		return err
	}
	out := sweepJSON{Expired: []string{}}
	for _, inv := range invs {
		out.Expired = append(out.Expired, inv.ID)
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
	out := make([]logEntryJSON, len(entries))
	for i, e := range entries {
		out[i] = logEntryJSON{Seq: e.Seq, At: e.At, Actor: e.Actor, Action: e.Action, Subject: e.Subject, Data: e.Data,
			PrevHash: hexutil.Encode(e.PrevHash[:]), Hash: hexutil.Encode(e.Hash[:])}
	}
	JSON(w, r, http.StatusOK, Paginate(p, out, func(x logEntryJSON) int64 { return x.Seq }))
	return nil
}

func (h complianceHandlers) verifyLog(w http.ResponseWriter, r *http.Request) error {
	v, err := h.svc.VerifyLog(r.Context())
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, v)
	return nil
}
