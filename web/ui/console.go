package ui

import (
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/go-chi/chi/v5"

	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/issuance"
	"github.com/tessera-rwa/tessera/web/apikey"
)

// pendingView is a request awaiting approval, with its asset.
type pendingView struct {
	issuance.Request
	Asset issuance.Asset
}

// console is the operator's home: assets, the approval queue, and the
// form to create an asset.
func (u *UI) console(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	assets, err := u.cfg.Issuance.Assets(ctx, "", 500)
	if err != nil {
		return err
	}
	var pending []pendingView
	for _, a := range assets {
		if a.Token == nil {
			continue
		}
		rs, err := u.cfg.Issuance.Requests(ctx, a.ID, issuance.RequestFilter{State: "pending"}, "", 500)
		if err != nil {
			return err
		}
		for _, q := range rs {
			if q.State == "pending" {
				pending = append(pending, pendingView{Request: q, Asset: a})
			}
		}
	}
	return u.render(w, r, http.StatusOK, "console", map[string]any{
		"Title": "Issuer console", "Assets": assets, "Pending": pending,
		"Kinds":  []issuance.Kind{issuance.TreasuryFund, issuance.RealEstate, issuance.PrivateCredit, issuance.Commodity, issuance.Art, issuance.OtherKind},
		"Notice": r.URL.Query().Get("notice"),
	})
}

func requireScope(r *http.Request, scope apikey.Scope) (string, error) {
	s, _ := sessionFrom(r.Context())
	if !viewOf(s).has(scope) {
		return "", errs.E(errs.Forbidden, string(scope)+"_required", "this needs an API key with the "+string(scope)+" scope")
	}
	return s.Subject, nil
}

func back(w http.ResponseWriter, r *http.Request, path, notice string) error {
	http.Redirect(w, r, path+"?notice="+url.QueryEscape(notice), http.StatusSeeOther)
	return nil
}

func (u *UI) createAsset(w http.ResponseWriter, r *http.Request) error {
	who, err := requireScope(r, apikey.Issuer)
	if err != nil {
		return err
	}
	dec, err := strconv.ParseUint(r.PostFormValue("decimals"), 10, 8)
	if err != nil {
		return errs.E(errs.Invalid, "invalid_decimals", "decimals must be a whole number from 0 to 18")
	}
	n := issuance.NewAsset{Kind: issuance.Kind(r.PostFormValue("kind")), Name: strings.TrimSpace(r.PostFormValue("name")),
		Symbol: strings.TrimSpace(r.PostFormValue("symbol")), Jurisdiction: strings.TrimSpace(r.PostFormValue("jurisdiction")),
		Currency: strings.TrimSpace(r.PostFormValue("currency")), TotalUnits: strings.TrimSpace(r.PostFormValue("total_units")),
		Decimals: uint8(dec), Unique: r.PostFormValue("unique") == "on"}
	a, err := u.cfg.Issuance.CreateAsset(r.Context(), who, n)
	if err != nil {
		return err
	}
	return back(w, r, "/ui/console/assets/"+a.ID, "Asset created, in draft.")
}

// assetPage shows one asset: lifecycle, documents, requests, cap table,
// distributions, and the actions the operator's scopes allow.
func (u *UI) assetPage(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	svc := u.cfg.Issuance
	a, err := svc.Asset(ctx, chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	events, err := svc.Events(ctx, a.ID)
	if err != nil {
		return err
	}
	docs, err := svc.Documents(ctx, a.ID)
	if err != nil {
		return err
	}
	data := map[string]any{"Title": a.Name, "Asset": a, "Events": events, "Documents": docs,
		"Notice": r.URL.Query().Get("notice"), "Next": nextStates(a.State)}
	if a.Token != nil {
		reqs, err := svc.Requests(ctx, a.ID, issuance.RequestFilter{}, "", 500)
		if err != nil {
			return err
		}
		ct, err := svc.CapTable(ctx, a.ID)
		if err != nil {
			return err
		}
		ds, err := svc.Distributions(ctx, a.ID)
		if err != nil {
			return err
		}
		data["Requests"], data["CapTable"], data["Distributions"] = reqs, ct, ds
	}
	return u.render(w, r, http.StatusOK, "asset", data)
}

// nextStates are the lifecycle moves offered from a state (tokenizing has
// its own action).
func nextStates(s issuance.State) []issuance.State {
	switch s {
	case issuance.Draft:
		return []issuance.State{issuance.Submitted}
	case issuance.Submitted:
		return []issuance.State{issuance.Verified}
	case issuance.Tokenized:
		return []issuance.State{issuance.Active}
	case issuance.Active:
		return []issuance.State{issuance.Redeemed}
	case issuance.Redeemed:
		return []issuance.State{issuance.Retired}
	}
	return nil
}

func (u *UI) transition(w http.ResponseWriter, r *http.Request) error {
	to := issuance.State(r.PostFormValue("to"))
	scope := apikey.Issuer
	if to == issuance.Verified {
		scope = apikey.Approver
	}
	who, err := requireScope(r, scope)
	if err != nil {
		return err
	}
	if to == issuance.Tokenized {
		return errs.E(errs.Invalid, "use_tokenize", "tokenize the asset with its own action")
	}
	a, err := u.cfg.Issuance.Transition(r.Context(), who, chi.URLParam(r, "id"), to, strings.TrimSpace(r.PostFormValue("note")))
	if err != nil {
		return err
	}
	return back(w, r, "/ui/console/assets/"+a.ID, "Asset is now "+string(a.State)+".")
}

func (u *UI) tokenize(w http.ResponseWriter, r *http.Request) error {
	who, err := requireScope(r, apikey.Issuer)
	if err != nil {
		return err
	}
	a, err := u.cfg.Issuance.Tokenize(r.Context(), who, chi.URLParam(r, "id"), issuance.TokenizeRequest{})
	if err != nil {
		return err
	}
	return back(w, r, "/ui/console/assets/"+a.ID, "Tokenized: token "+a.Token.Hex()+".")
}

func (u *UI) uploadDocument(w http.ResponseWriter, r *http.Request) error {
	who, err := requireScope(r, apikey.Issuer)
	if err != nil {
		return err
	}
	if err := r.ParseMultipartForm(1 << 20); err != nil {
		return errs.E(errs.Invalid, "invalid_upload", "send the document as a multipart form with a file")
	}
	f, hdr, err := r.FormFile("file")
	if err != nil {
		return errs.E(errs.Invalid, "missing_file", "choose a file to upload")
	}
	defer f.Close()
	content, err := io.ReadAll(f)
	if err != nil {
		return err
	}
	ct := hdr.Header.Get("Content-Type")
	if i := strings.IndexByte(ct, ';'); i >= 0 {
		ct = ct[:i]
	}
	id := chi.URLParam(r, "id")
	d, err := u.cfg.Issuance.UploadDocument(r.Context(), who, id, issuance.Upload{
		Name: strings.TrimSpace(r.FormValue("name")), Kind: r.FormValue("kind"), ContentType: ct, Content: content})
	if err != nil {
		return err
	}
	return back(w, r, "/ui/console/assets/"+id, "Document "+d.Name+" uploaded (sha256 "+d.SHA256+"); anchoring on chain.")
}

func (u *UI) requestMint(w http.ResponseWriter, r *http.Request) error {
	who, err := requireScope(r, apikey.Issuer)
	if err != nil {
		return err
	}
	id := chi.URLParam(r, "id")
	q, err := u.cfg.Issuance.RequestMint(r.Context(), who, id, issuance.MintKind, issuance.NewRequest{
		Wallet: strings.TrimSpace(r.PostFormValue("wallet")), Amount: strings.TrimSpace(r.PostFormValue("amount")),
		Reason: strings.TrimSpace(r.PostFormValue("reason"))})
	if err != nil {
		return err
	}
	return back(w, r, "/ui/console/assets/"+id, "Mint of "+q.Units+" requested; it awaits another key's approval.")
}

func (u *UI) decide(w http.ResponseWriter, r *http.Request) error {
	who, err := requireScope(r, apikey.Approver)
	if err != nil {
		return err
	}
	note := strings.TrimSpace(r.PostFormValue("note"))
	var q issuance.Request
	switch chi.URLParam(r, "decision") {
	case "approve":
		q, err = u.cfg.Issuance.Approve(r.Context(), who, chi.URLParam(r, "rid"), note)
	case "reject":
		q, err = u.cfg.Issuance.Reject(r.Context(), who, chi.URLParam(r, "rid"), note)
	default:
		return notFound("no such decision")
	}
	if err != nil {
		return err
	}
	to := "/ui/console/assets/" + q.AssetID
	if r.PostFormValue("from") == "console" {
		to = "/ui/console"
	}
	return back(w, r, to, "Request "+q.State+".")
}

func (u *UI) distribute(w http.ResponseWriter, r *http.Request) error {
	who, err := requireScope(r, apikey.Issuer)
	if err != nil {
		return err
	}
	token := strings.TrimSpace(r.PostFormValue("payment_token"))
	if !common.IsHexAddress(token) {
		return errs.E(errs.Invalid, "invalid_payment_token", "payment token must be a 0x address")
	}
	id := chi.URLParam(r, "id")
	d, err := u.cfg.Issuance.Distribute(r.Context(), who, id, issuance.NewDistribution{
		PaymentToken: token, Total: strings.TrimSpace(r.PostFormValue("total")), Snapshot: "latest"})
	if err != nil {
		return err
	}
	return back(w, r, "/ui/console/assets/"+id, "Distribution "+d.ID+" published.")
}
