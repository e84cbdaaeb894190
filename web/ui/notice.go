package ui

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
)

// A notice is the line a page shows after a form's redirect. The redirect
// names it by code (?notice=<code>, with at most an ?id= of the thing it is
// about); the text comes only from this table, and a page fills in a value
// only from what it read from the database for that id. An unknown code
// shows nothing, so a crafted link cannot put words of its own on our
// pages.
type notice struct {
	text string // shown when the page has nothing to fill in
	with string // shown with %s replaced by what the page read for the id
}

// Notice codes.
const (
	noticeAssetCreated          = "asset_created"
	noticeAssetMoved            = "asset_moved"
	noticeTokenized             = "tokenized"
	noticeDocumentUploaded      = "document_uploaded"
	noticeDocumentProposed      = "document_proposed"
	noticeDocumentApproved      = "document_approved"
	noticeDocumentRejected      = "document_rejected"
	noticeMintRequested         = "mint_requested"
	noticeRequestApproved       = "request_approved"
	noticeRequestRejected       = "request_rejected"
	noticeDistributionDeclared  = "distribution_declared"
	noticeDistributionPublished = "distribution_published"
	noticeDistributionRejected  = "distribution_rejected"
	noticeInterventionDecided   = "intervention_decided"
	noticeBookApproved          = "book_approved"
	noticeBookRejected          = "book_rejected"
	noticeBatchRetried          = "batch_retried"
	noticeKYCKeyRequested       = "kyc_key_requested"
	noticeKYCKeyDecided         = "kyc_key_decided"
	noticeOnboardingDecided     = "onboarding_decided"
	noticeRulesSet              = "rules_set"
	noticeCapsSet               = "caps_set"
	noticeInterventionRequested = "intervention_requested"
)

var notices = map[string]notice{
	noticeAssetCreated:          {text: "Asset created, in draft."},
	noticeAssetMoved:            {text: "Asset moved.", with: "Asset is now %s."},
	noticeTokenized:             {text: "Tokenized.", with: "Tokenized: token %s."},
	noticeDocumentUploaded:      {text: "Document uploaded; anchoring on chain.", with: "Document %s uploaded; anchoring on chain."},
	noticeDocumentProposed:      {text: "Document proposed; the asset is verified, so it awaits an independent approver."},
	noticeDocumentApproved:      {text: "Document approved; anchoring on chain."},
	noticeDocumentRejected:      {text: "Document proposal rejected."},
	noticeMintRequested:         {text: "Mint requested; it awaits another key's approval.", with: "Mint of %s requested; it awaits another key's approval."},
	noticeRequestApproved:       {text: "Request approved."},
	noticeRequestRejected:       {text: "Request rejected."},
	noticeDistributionDeclared:  {text: "Distribution declared; it awaits another key's approval before it is published.", with: "Distribution %s declared; it awaits another key's approval before it is published."},
	noticeDistributionPublished: {text: "Distribution published.", with: "Distribution %s published."},
	noticeDistributionRejected:  {text: "Distribution rejected."},
	noticeInterventionDecided:   {text: "Intervention decided.", with: "Intervention %s."},
	noticeBookApproved:          {text: "Book approved; the dealing job fulfils it on chain."},
	noticeBookRejected:          {text: "Book rejected; the dealing job declares its day void on chain, after which its investors may cancel its requests."},
	noticeBatchRetried:          {text: "Batch sent again; the dealing job fulfils it on chain."},
	noticeKYCKeyRequested:       {text: "KYC key change requested; it takes effect once another compliance key approves it."},
	noticeKYCKeyDecided:         {text: "KYC key change decided.", with: "KYC key request %s."},
	noticeOnboardingDecided:     {text: "Onboarding decided.", with: "Investor's KYC is %s."},
	noticeRulesSet:              {text: "Rules set; the changes are written to the token."},
	noticeCapsSet:               {text: "Caps set; the changes are written to the token."},
	noticeInterventionRequested: {text: "Intervention requested; it takes effect once another key approves it."},
}

// noticeID is what an ?id= may look like: request and distribution UUIDs,
// intervention numbers, 0x-prefixed document hashes.
var noticeID = regexp.MustCompile(`^[0-9A-Za-z-]{1,66}$`)

// back redirects to path after a form, naming the notice to show there by
// code, and the thing it is about by id (or "").
func back(w http.ResponseWriter, r *http.Request, path, code, id string) error {
	q := url.Values{"notice": {code}}
	if id != "" {
		q.Set("id", id)
	}
	http.Redirect(w, r, path+"?"+q.Encode(), http.StatusSeeOther)
	return nil
}

// noticeOf returns the text of the request's notice, "" for none or an
// unknown code. fill (nil: none) returns what the page read from the
// database for the notice's code and id, and false when it found nothing:
// then the notice shows its text without it.
func noticeOf(r *http.Request, fill func(code, id string) (string, bool)) string {
	q := r.URL.Query()
	code := q.Get("notice")
	n, ok := notices[code]
	if !ok {
		return ""
	}
	if n.with == "" || fill == nil {
		return n.text
	}
	id := q.Get("id")
	if id != "" && !noticeID.MatchString(id) {
		return n.text
	}
	v, ok := fill(code, id)
	if !ok || v == "" {
		return n.text
	}
	return strings.Replace(n.with, "%s", v, 1)
}
