package ui

import (
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/chain/address"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/issuance"
)

// pendingView is a request awaiting approval, with its asset.
type pendingView struct {
	issuance.Request
	Asset issuance.Asset
}

// console is the operator's home: assets, the approval queue, and the
// form to create an asset.
func (u *UI) console(w http.ResponseWriter, r *http.Request) error {
	if _, err := principal(r, auth.AssetRead); err != nil {
		return err
	}
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
		"Notice": noticeOf(r, nil),
	})
}

func (u *UI) createAsset(w http.ResponseWriter, r *http.Request) error {
	who, err := principal(r, auth.AssetCreate)
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
		Decimals: uint8(dec), Unique: r.PostFormValue("unique") == "on",
		DealingPaymentToken: strings.TrimSpace(r.PostFormValue("dealing_payment_token"))}
	a, err := u.cfg.Issuance.CreateAsset(r.Context(), who, n)
	if err != nil {
		return err
	}
	return back(w, r, "/ui/console/assets/"+a.ID, noticeAssetCreated, "")
}

// assetPage shows one asset: lifecycle, documents, requests, cap table,
// distributions, and the actions the operator's scopes allow.
func (u *UI) assetPage(w http.ResponseWriter, r *http.Request) error {
	if _, err := principal(r, auth.AssetRead); err != nil {
		return err
	}
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
	proposals, err := svc.DocumentProposals(ctx, a.ID)
	if err != nil {
		return err
	}
	data := map[string]any{"Title": a.Name, "Asset": a, "Events": events, "Documents": docs, "Proposals": proposals, "Next": nextStates(a.State)}
	var reqs []issuance.Request
	var ds []issuance.Distribution
	if a.Token != nil {
		if reqs, err = svc.Requests(ctx, a.ID, issuance.RequestFilter{}, "", 500); err != nil {
			return err
		}
		ct, err := svc.CapTable(ctx, a.ID)
		if err != nil {
			return err
		}
		if ds, err = svc.Distributions(ctx, a.ID); err != nil {
			return err
		}
		dv := make([]distributionView, len(ds))
		for i, d := range ds {
			dv[i].Distribution = d
			dv[i].Decimals, dv[i].Known = u.tokenDecimals(ctx, d.PaymentToken)
		}
		data["Requests"], data["CapTable"], data["Distributions"] = reqs, ct, dv
	}
	// A notice names only what this page just read.
	data["Notice"] = noticeOf(r, func(code, id string) (string, bool) {
		switch code {
		case noticeAssetMoved:
			return string(a.State), true
		case noticeTokenized:
			if a.Token != nil {
				return a.Token.Hex(), true
			}
		case noticeDocumentUploaded:
			for _, d := range docs {
				if d.SHA256 == id {
					return d.Name + " (sha256 " + d.SHA256 + ")", true
				}
			}
		case noticeMintRequested:
			for _, q := range reqs {
				if q.ID == id {
					return q.Units, true
				}
			}
		case noticeDistributionDeclared, noticeDistributionPublished:
			for _, d := range ds {
				if d.ID == id {
					return d.ID, true
				}
			}
		}
		return "", false
	})
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
	action := auth.AssetTransition
	if to == issuance.Verified {
		action = auth.AssetVerify
	}
	who, err := principal(r, action)
	if err != nil {
		return err
	}
	a, err := u.cfg.Issuance.Transition(r.Context(), who, chi.URLParam(r, "id"), to, strings.TrimSpace(r.PostFormValue("note")))
	if err != nil {
		return err
	}
	return back(w, r, "/ui/console/assets/"+a.ID, noticeAssetMoved, "")
}

func (u *UI) tokenize(w http.ResponseWriter, r *http.Request) error {
	who, err := principal(r, auth.AssetTokenize)
	if err != nil {
		return err
	}
	a, err := u.cfg.Issuance.Tokenize(r.Context(), who, chi.URLParam(r, "id"), issuance.TokenizeRequest{})
	if err != nil {
		return err
	}
	return back(w, r, "/ui/console/assets/"+a.ID, noticeTokenized, "")
}

func (u *UI) uploadDocument(w http.ResponseWriter, r *http.Request) error {
	who, err := principal(r, auth.DocumentUpload)
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
	if d.Proposal != nil {
		return back(w, r, "/ui/console/assets/"+id, noticeDocumentProposed, "")
	}
	return back(w, r, "/ui/console/assets/"+id, noticeDocumentUploaded, d.SHA256)
}

// decideDocument approves or rejects a document proposed after the
// asset's verification; the service refuses the proposer's own.
func (u *UI) decideDocument(w http.ResponseWriter, r *http.Request) error {
	who, err := principal(r, auth.DocumentDecide)
	if err != nil {
		return err
	}
	id, err := strconv.ParseInt(chi.URLParam(r, "pid"), 10, 64)
	if err != nil || id <= 0 {
		return notFound("no document proposal " + chi.URLParam(r, "pid"))
	}
	var approve bool
	switch chi.URLParam(r, "decision") {
	case "approve":
		approve = true
	case "reject":
	default:
		return notFound("no such decision")
	}
	asset := chi.URLParam(r, "id")
	if _, err := u.cfg.Issuance.DecideDocument(r.Context(), who, asset, id, approve, strings.TrimSpace(r.PostFormValue("note"))); err != nil {
		return err
	}
	code := noticeDocumentRejected
	if approve {
		code = noticeDocumentApproved
	}
	return back(w, r, "/ui/console/assets/"+asset, code, "")
}

func (u *UI) requestMint(w http.ResponseWriter, r *http.Request) error {
	who, err := principal(r, auth.MintRequest)
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
	return back(w, r, "/ui/console/assets/"+id, noticeMintRequested, q.ID)
}

func (u *UI) decide(w http.ResponseWriter, r *http.Request) error {
	who, err := principal(r, auth.MintDecide)
	if err != nil {
		return err
	}
	note := strings.TrimSpace(r.PostFormValue("note"))
	var q issuance.Request
	var code string
	switch chi.URLParam(r, "decision") {
	case "approve":
		q, err = u.cfg.Issuance.Approve(r.Context(), who, chi.URLParam(r, "rid"), note)
		code = noticeRequestApproved
	case "reject":
		q, err = u.cfg.Issuance.Reject(r.Context(), who, chi.URLParam(r, "rid"), note)
		code = noticeRequestRejected
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
	return back(w, r, to, code, "")
}

func (u *UI) distribute(w http.ResponseWriter, r *http.Request) error {
	who, err := principal(r, auth.DistributionNew)
	if err != nil {
		return err
	}
	token := strings.TrimSpace(r.PostFormValue("payment_token"))
	if !address.Valid(token) {
		return errs.E(errs.Invalid, "invalid_payment_token", "payment token must be a 0x address")
	}
	id := chi.URLParam(r, "id")
	d, err := u.cfg.Issuance.Distribute(r.Context(), who, id, issuance.NewDistribution{
		PaymentToken: token, TotalUnits: strings.TrimSpace(r.PostFormValue("total")), Snapshot: "latest"})
	if err != nil {
		return err
	}
	return back(w, r, "/ui/console/assets/"+id, noticeDistributionDeclared, d.ID)
}

// decideDistribution approves (which publishes it, paid from the asset's
// treasury) or rejects a declared distribution; the service refuses the
// declarer's own and any key of the same custodians.
func (u *UI) decideDistribution(w http.ResponseWriter, r *http.Request) error {
	who, err := principal(r, auth.DistributionDecide)
	if err != nil {
		return err
	}
	id, note := chi.URLParam(r, "did"), strings.TrimSpace(r.PostFormValue("note"))
	var d issuance.Distribution
	var code string
	switch chi.URLParam(r, "decision") {
	case "approve":
		d, err = u.cfg.Issuance.ApproveDistribution(r.Context(), who, id, note)
		code = noticeDistributionPublished
	case "reject":
		d, err = u.cfg.Issuance.RejectDistribution(r.Context(), who, id, note)
		code = noticeDistributionRejected
	default:
		return notFound("no such decision")
	}
	if err != nil {
		return err
	}
	return back(w, r, "/ui/console/assets/"+d.AssetID, code, d.ID)
}
