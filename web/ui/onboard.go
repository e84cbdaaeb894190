package ui

import (
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/go-chi/chi/v5"

	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/compliance"
	"github.com/tessera-rwa/tessera/errs"
)

// The investor's side of self-service onboarding: a signed-in wallet that
// no investor holds, and that the identity registry does not verify,
// lands on the onboarding page, pastes or uploads its KYC provider's
// attestation and gets its answer at once: registered, waiting for
// review, or refused with the reason.

// needsOnboarding reports whether wallet should onboard before it sees the
// portal: compliance runs, no investor holds it and the registry does not
// verify it (a wallet registered otherwise sees its holdings).
func (u *UI) needsOnboarding(r *http.Request, wallet common.Address) (bool, error) {
	svc := u.compliance()
	if svc == nil {
		return false, nil
	}
	st, err := svc.WalletState(r.Context(), wallet)
	if err != nil {
		return false, err
	}
	return st.Investor == nil && !st.OnChain.Verified, nil
}

// onboardPage shows where the wallet stands and the form.
func (u *UI) onboardPage(w http.ResponseWriter, r *http.Request) error {
	return u.renderOnboard(w, r, http.StatusOK, nil, "")
}

func (u *UI) renderOnboard(w http.ResponseWriter, r *http.Request, status int, res *compliance.OnboardResult, refusal string) error {
	svc, err := u.running("onboarding")
	if err != nil {
		return err
	}
	s, _ := sessionFrom(r.Context())
	wallet := common.HexToAddress(s.Subject)
	st, err := svc.WalletState(r.Context(), wallet)
	if err != nil {
		return err
	}
	data := map[string]any{"Title": "Onboard", "Wallet": wallet.Hex(), "State": st, "Refusal": refusal, "Result": res}
	if d, err := svc.AttestationDomain(); err == nil {
		data["ChainID"], data["Registry"] = d.ChainID.String(), d.Registry.Hex()
	}
	return u.render(w, r, status, "onboard", data)
}

// onboard takes the attestation from the form's text or file and hands it
// in for the signed-in wallet. A refusal is the page's answer, with its
// reason, not an error page.
func (u *UI) onboard(w http.ResponseWriter, r *http.Request) error {
	svc, err := u.running("onboarding")
	if err != nil {
		return err
	}
	s, _ := sessionFrom(r.Context())
	doc := []byte(strings.TrimSpace(r.PostFormValue("attestation")))
	if len(doc) == 0 {
		if f, _, err := r.FormFile("file"); err == nil {
			doc, err = io.ReadAll(io.LimitReader(f, 16<<10))
			f.Close()
			if err != nil {
				return err
			}
		} else if !errors.Is(err, http.ErrMissingFile) && !errors.Is(err, http.ErrNotMultipart) {
			return errs.E(errs.Invalid, "invalid_form", "the form could not be read")
		}
	}
	att, err := compliance.ParseAttestation(doc)
	if err == nil {
		var res compliance.OnboardResult
		res, err = svc.Onboard(r.Context(), auth.Wallet(common.HexToAddress(s.Subject).Hex()), att)
		if err == nil {
			return u.renderOnboard(w, r, http.StatusOK, &res, "")
		}
	}
	if e := errs.As(err); e != nil && e.Kind != errs.Internal && e.Kind != errs.Unavailable {
		return u.renderOnboard(w, r, statusOfRefusal(e), nil, e.Message)
	}
	return err
}

func statusOfRefusal(e *errs.Error) int {
	switch e.Kind {
	case errs.Invalid:
		return http.StatusBadRequest
	case errs.Forbidden:
		return http.StatusForbidden
	case errs.Conflict:
		return http.StatusConflict
	}
	return http.StatusUnprocessableEntity
}

// The compliance officer's side: providers' keys and their pending
// changes, and the review queue.

func (u *UI) requestKYCKey(w http.ResponseWriter, r *http.Request) error {
	who, err := principal(r, auth.KYCProviderRequest)
	if err != nil {
		return err
	}
	svc, err := u.running("compliance")
	if err != nil {
		return err
	}
	signer := strings.TrimSpace(r.PostFormValue("signer"))
	if !common.IsHexAddress(signer) || !strings.HasPrefix(signer, "0x") {
		return errs.E(errs.Invalid, "invalid_address", "signer must be a 0x-prefixed 20-byte hex address")
	}
	req, err := svc.RequestKYCKey(r.Context(), who, strings.TrimSpace(r.PostFormValue("provider")), common.HexToAddress(signer),
		strings.TrimSpace(r.PostFormValue("reason")))
	if err != nil {
		return err
	}
	return back(w, r, "/ui/compliance", noticeKYCKeyRequested, strconv.FormatInt(req.ID, 10))
}

func (u *UI) revokeKYCKey(w http.ResponseWriter, r *http.Request) error {
	who, err := principal(r, auth.KYCProviderRequest)
	if err != nil {
		return err
	}
	svc, err := u.running("compliance")
	if err != nil {
		return err
	}
	id, err := strconv.ParseInt(chi.URLParam(r, "kid"), 10, 64)
	if err != nil || id <= 0 {
		return notFound("no KYC key " + chi.URLParam(r, "kid"))
	}
	req, err := svc.RequestKYCKeyRevocation(r.Context(), who, id, strings.TrimSpace(r.PostFormValue("reason")))
	if err != nil {
		return err
	}
	return back(w, r, "/ui/compliance", noticeKYCKeyRequested, strconv.FormatInt(req.ID, 10))
}

func (u *UI) decideKYCKey(w http.ResponseWriter, r *http.Request) error {
	who, err := principal(r, auth.KYCProviderDecide)
	if err != nil {
		return err
	}
	svc, err := u.running("compliance")
	if err != nil {
		return err
	}
	id, err := strconv.ParseInt(chi.URLParam(r, "rid"), 10, 64)
	if err != nil || id <= 0 {
		return notFound("no KYC key request " + chi.URLParam(r, "rid"))
	}
	note := strings.TrimSpace(r.PostFormValue("note"))
	var req compliance.KYCKeyRequest
	switch chi.URLParam(r, "decision") {
	case "approve":
		req, err = svc.ApproveKYCKeyRequest(r.Context(), who, id, note)
	case "reject":
		req, err = svc.RejectKYCKeyRequest(r.Context(), who, id, note)
	default:
		return notFound("no such decision")
	}
	if err != nil {
		return err
	}
	return back(w, r, "/ui/compliance", noticeKYCKeyDecided, strconv.FormatInt(req.ID, 10))
}

// decideOnboarding approves a reviewed onboarding with the KYC decision
// path (the attestation's provider, reference and expiry) or rejects it.
func (u *UI) decideOnboarding(w http.ResponseWriter, r *http.Request) error {
	who, err := principal(r, auth.InvestorWrite)
	if err != nil {
		return err
	}
	svc, err := u.running("compliance")
	if err != nil {
		return err
	}
	id, err := strconv.ParseInt(chi.URLParam(r, "oid"), 10, 64)
	if err != nil || id <= 0 {
		return notFound("no onboarding " + chi.URLParam(r, "oid"))
	}
	var approve bool
	switch chi.URLParam(r, "decision") {
	case "approve":
		approve = true
	case "reject":
	default:
		return notFound("no such decision")
	}
	if _, err := svc.DecideOnboarding(r.Context(), who, id, approve); err != nil {
		return err
	}
	return back(w, r, "/ui/compliance", noticeOnboardingDecided, strconv.FormatInt(id, 10))
}
