package web

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/go-chi/chi/v5"

	"github.com/tessera-rwa/tessera/api"
	"github.com/tessera-rwa/tessera/auth"
	"github.com/tessera-rwa/tessera/chain"
	"github.com/tessera-rwa/tessera/chain/address"
	"github.com/tessera-rwa/tessera/errs"
	"github.com/tessera-rwa/tessera/issuance"
)

// IssuanceRoutes returns the issuer's /v1 routes, served by svc; pass them
// in Config.Routes. Issuer keys onboard, tokenize and request; approver
// keys verify assets and decide requests (never their own); auditors read
// everything.
func IssuanceRoutes(svc *issuance.Service) []Route {
	h := issuanceHandlers{svc: svc}
	req := IdempotencyRequired
	return []Route{
		{Method: "POST", Pattern: "/assets", Summary: "Create an asset, in draft", Action: auth.AssetCreate, Idempotency: req,
			Status: http.StatusCreated, Request: api.NewAsset{}, Response: api.Asset{}, Handler: h.create},
		{Method: "GET", Pattern: "/assets", Summary: "List assets, oldest first", Action: auth.AssetRead,
			Response: api.List[api.Asset]{}, Paginated: true, Handler: h.list},
		{Method: "GET", Pattern: "/assets/{id}", Summary: "One asset", Action: auth.AssetRead, Response: api.Asset{}, Handler: h.get},
		{Method: "GET", Pattern: "/assets/{id}/events", Summary: "An asset's lifecycle history, oldest first", Action: auth.AssetRead,
			Response: []api.AssetEvent{}, Handler: h.events},
		{Method: "POST", Pattern: "/assets/{id}/transitions", Summary: "Move an asset through its lifecycle (verifying needs an approver key other than the creator's)",
			Action: auth.AssetTransition, Or: auth.AssetVerify, Idempotency: req, Request: api.Transition{}, Response: api.Asset{}, Handler: h.transition},
		{Method: "POST", Pattern: "/assets/{id}/tokenize", Summary: "Deploy a verified asset's contracts (or register an existing token)",
			Action: auth.AssetTokenize, Idempotency: req, Request: api.Tokenize{}, Response: api.Asset{}, Handler: h.tokenize},
		{Method: "POST", Pattern: "/assets/{id}/documents", Summary: "Upload a document (base64); anchored on the token with ERC-1643 setDocument; once the asset is verified, only proposed (see proposal) until an independent approver approves it",
			Action: auth.DocumentUpload, Idempotency: req, Status: http.StatusCreated, Request: api.DocumentUpload{}, Response: api.Document{}, Handler: h.upload},
		{Method: "GET", Pattern: "/assets/{id}/documents", Summary: "An asset's documents with their on-chain hashes", Action: auth.AssetRead,
			Response: []api.Document{}, Handler: h.documents},
		{Method: "GET", Pattern: "/assets/{id}/document-proposals", Summary: "Documents proposed after verification, newest first, with their decisions", Action: auth.AssetRead,
			Response: []api.DocumentProposal{}, Handler: h.documentProposals},
		{Method: "POST", Pattern: "/assets/{id}/document-proposals/{pid}/approve", Summary: "Approve a proposed document (not by its proposer): it becomes current and is anchored",
			Action: auth.DocumentDecide, Idempotency: req, Request: api.Decision{}, Response: api.Document{}, Handler: decision(h.documentDecision(true), documentWire)},
		{Method: "POST", Pattern: "/assets/{id}/document-proposals/{pid}/reject", Summary: "Reject a proposed document (not by its proposer)",
			Action: auth.DocumentDecide, Idempotency: req, Request: api.Decision{}, Response: api.Document{}, Handler: decision(h.documentDecision(false), documentWire)},
		{Method: "GET", Pattern: "/assets/{id}/documents/{name}", Summary: "Download a document: its bytes (base64) and the hash anchored on chain",
			Action: auth.AssetRead, Response: api.DocumentDownload{}, Handler: h.download},
		{Method: "POST", Pattern: "/assets/{id}/mints", Summary: "Request a mint to an investor's wallet (pre-checked against compliance)",
			Action: auth.MintRequest, Idempotency: req, Status: http.StatusCreated, Request: api.NewRequest{}, Response: api.Request{}, Handler: h.requestKind(issuance.MintKind)},
		{Method: "POST", Pattern: "/assets/{id}/burns", Summary: "Request a burn (redemption) from an investor's wallet",
			Action: auth.MintRequest, Idempotency: req, Status: http.StatusCreated, Request: api.NewRequest{}, Response: api.Request{}, Handler: h.requestKind(issuance.BurnKind)},
		{Method: "POST", Pattern: "/assets/{id}/mints/bulk", Summary: "Request mints from CSV rows wallet,amount: all rows or none, with per-row errors",
			Action: auth.MintRequest, Idempotency: req, Request: api.BulkMint{}, Response: api.BulkResult{}, Handler: h.bulk},
		{Method: "GET", Pattern: "/assets/{id}/batches/{batch}", Summary: "Progress of a bulk request", Action: auth.AssetRead,
			Response: api.BatchProgress{}, Handler: h.progress},
		{Method: "POST", Pattern: "/assets/{id}/batches/{batch}/approve", Summary: "Approve every pending request of a bulk request",
			Action: auth.MintDecide, Idempotency: req, Request: api.Decision{}, Response: api.BatchProgress{}, Handler: h.approveBatch},
		{Method: "GET", Pattern: "/assets/{id}/requests", Summary: "An asset's mint and burn requests, oldest first (?state=pending for the approval queue, ?batch= for one bulk request)",
			Action: auth.AssetRead, Response: api.List[api.Request]{}, Paginated: true, Handler: h.requests},
		{Method: "GET", Pattern: "/requests/{id}", Summary: "One mint or burn request with its chain state", Action: auth.AssetRead,
			Response: api.Request{}, Handler: h.request},
		{Method: "POST", Pattern: "/requests/{id}/approve", Summary: "Approve a request and send it to the chain (not by its requester)",
			Action: auth.MintDecide, Idempotency: req, Request: api.Decision{}, Response: api.Request{}, Handler: decision(byID(h.svc.Approve), requestWire)},
		{Method: "POST", Pattern: "/requests/{id}/reject", Summary: "Reject a request (not by its requester)",
			Action: auth.MintDecide, Idempotency: req, Request: api.Decision{}, Response: api.Request{}, Handler: decision(byID(h.svc.Reject), requestWire)},
		{Method: "GET", Pattern: "/assets/{id}/cap-table", Summary: "Holders by investor from the indexer, beside supply on chain and recorded mints − burns",
			Action: auth.AssetRead, Response: api.CapTable{}, Sequential: true, Handler: h.capTable},
		{Method: "POST", Pattern: "/assets/{id}/distributions", Summary: "Declare a pro-rata distribution to the holders verified and not frozen at the snapshot: stored pending, published only once an independent approver approves it; refused (insufficient_treasury) unless the asset's treasury on the Distributor can pay it",
			Action: auth.DistributionNew, Idempotency: req, Status: http.StatusCreated, Request: api.NewDistribution{}, Response: api.Distribution{}, Handler: h.distribute},
		{Method: "GET", Pattern: "/assets/{id}/treasury/{token}", Summary: "The asset's treasury on the Distributor in a payment token: balance, reserved by approved distributions not yet published, available",
			Action: auth.AssetRead, Response: api.TreasuryBalance{}, Handler: h.treasury},
		{Method: "GET", Pattern: "/assets/{id}/distributions", Summary: "An asset's distributions", Action: auth.AssetRead,
			Response: []api.Distribution{}, Handler: h.distributions},
		{Method: "GET", Pattern: "/distributions/{id}", Summary: "One distribution with its leaves", Action: auth.AssetRead,
			Response: api.Distribution{}, Handler: h.distribution},
		{Method: "POST", Pattern: "/distributions/{id}/approve", Summary: "Approve a declared distribution (not by its declarer) and publish it, paid out of the asset's treasury",
			Action: auth.DistributionDecide, Idempotency: req, Request: api.Decision{}, Response: api.Distribution{}, Handler: decision(byID(h.svc.ApproveDistribution), distributionWire)},
		{Method: "POST", Pattern: "/distributions/{id}/reject", Summary: "Reject a declared distribution (not by its declarer)",
			Action: auth.DistributionDecide, Idempotency: req, Request: api.Decision{}, Response: api.Distribution{}, Handler: decision(byID(h.svc.RejectDistribution), distributionWire)},
		{Method: "POST", Pattern: "/distributions/{id}/publish", Summary: "Finish publishing an approved distribution whose publication was interrupted",
			Action: auth.DistributionPub, Idempotency: req, Response: api.Distribution{}, Handler: h.publish},
		{Method: "GET", Pattern: "/distributions/{id}/tree", Summary: "The distribution's Merkle tree (OpenZeppelin standard-v1 dump) to recompute the root",
			Action: auth.AssetRead, Response: json.RawMessage{}, Handler: h.tree},
		{Method: "GET", Pattern: "/distributions/{id}/proofs/{account}", Summary: "A holder's amount and Merkle proof", Action: auth.AssetRead,
			Response: api.Proof{}, Errors: []int{http.StatusConflict}, Handler: h.proof},
		{Method: "GET", Pattern: "/investors/{wallet}/holdings", Summary: "Every asset a wallet (or an investor id: all its wallets) holds with units, share, valuation, value and payouts",
			Action: auth.AssetRead, Response: []api.Holding{}, Handler: h.holdings,
			Query: []QueryParam{{Name: "locks", Description: "true: each holding's locks and liquidate-only state too, read from the chain (one batched read)"}}},
		{Method: "GET", Pattern: "/investors/{wallet}/transfers", Summary: "A wallet's transfers, newest first", Action: auth.AssetRead,
			Response: api.List[api.Transfer]{}, Paginated: true, Handler: h.transfers},
	}
}

type issuanceHandlers struct{ svc *issuance.Service }

func (h issuanceHandlers) create(w http.ResponseWriter, r *http.Request) error {
	var in api.NewAsset
	if err := Decode(r, &in); err != nil {
		return err
	}
	n, err := newAssetOf(in)
	if err != nil {
		return err
	}
	a, err := h.svc.CreateAsset(r.Context(), principal(r), n)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusCreated, assetWire(a))
	return nil
}

func (h issuanceHandlers) list(w http.ResponseWriter, r *http.Request) error {
	p, err := ReadPage[string](r)
	if err != nil {
		return err
	}
	as, err := h.svc.Assets(r.Context(), p.After, p.Limit+1)
	if err != nil {
		return err
	}
	list := Paginate(p, as, func(a issuance.Asset) string { return a.ID })
	JSON(w, r, http.StatusOK, api.List[api.Asset]{Items: mapSlice(list.Items, assetWire), NextCursor: list.NextCursor})
	return nil
}

func (h issuanceHandlers) get(w http.ResponseWriter, r *http.Request) error {
	a, err := h.svc.Asset(r.Context(), chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, assetWire(a))
	return nil
}

func (h issuanceHandlers) events(w http.ResponseWriter, r *http.Request) error {
	evs, err := h.svc.Events(r.Context(), chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, mapSlice(evs, assetEventWire))
	return nil
}

func (h issuanceHandlers) transition(w http.ResponseWriter, r *http.Request) error {
	var in api.Transition
	if err := Decode(r, &in); err != nil {
		return err
	}
	a, err := h.svc.Transition(r.Context(), principal(r), chi.URLParam(r, "id"), issuance.State(in.To), in.Note)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, assetWire(a))
	return nil
}

func (h issuanceHandlers) tokenize(w http.ResponseWriter, r *http.Request) error {
	var in api.Tokenize
	if err := Decode(r, &in); err != nil {
		return err
	}
	a, err := h.svc.Tokenize(r.Context(), principal(r), chi.URLParam(r, "id"), issuance.TokenizeRequest{Token: in.Token, Feed: in.Feed, Dealing: in.Dealing})
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, assetWire(a))
	return nil
}

func (h issuanceHandlers) upload(w http.ResponseWriter, r *http.Request) error {
	var in api.DocumentUpload
	if err := Decode(r, &in); err != nil {
		return err
	}
	content, err := base64.StdEncoding.DecodeString(in.Content)
	if err != nil {
		return errs.E(errs.Invalid, "invalid_content", "content must be standard base64")
	}
	d, err := h.svc.UploadDocument(r.Context(), principal(r), chi.URLParam(r, "id"),
		issuance.Upload{Name: in.Name, Kind: in.Kind, ContentType: in.ContentType, Content: content})
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusCreated, documentWire(d))
	return nil
}

func (h issuanceHandlers) documents(w http.ResponseWriter, r *http.Request) error {
	ds, err := h.svc.Documents(r.Context(), chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, mapSlice(ds, documentWire))
	return nil
}

func (h issuanceHandlers) documentProposals(w http.ResponseWriter, r *http.Request) error {
	ps, err := h.svc.DocumentProposals(r.Context(), chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, mapSlice(ps, proposalWire))
	return nil
}

// decision serves an approve or reject route: the optional body's note,
// decided on the principal's behalf.
func decision[T, W any](decide func(r *http.Request, p auth.Principal, note string) (T, error), toWire func(T) W) HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		var in api.Decision
		if r.ContentLength != 0 {
			if err := Decode(r, &in); err != nil {
				return err
			}
		}
		if len(in.Note) > 1000 {
			return errs.E(errs.Invalid, "invalid_note", "note must have at most 1000 characters")
		}
		v, err := decide(r, principal(r), in.Note)
		if err != nil {
			return err
		}
		JSON(w, r, http.StatusOK, toWire(v))
		return nil
	}
}

// byID decides the route's {id}.
func byID[T any](decide func(ctx context.Context, p auth.Principal, id, note string) (T, error)) func(*http.Request, auth.Principal, string) (T, error) {
	return func(r *http.Request, p auth.Principal, note string) (T, error) {
		return decide(r.Context(), p, chi.URLParam(r, "id"), note)
	}
}

// documentDecision decides the proposal {pid} of asset {id}.
func (h issuanceHandlers) documentDecision(approve bool) func(*http.Request, auth.Principal, string) (issuance.Document, error) {
	return func(r *http.Request, p auth.Principal, note string) (issuance.Document, error) {
		pid, err := strconv.ParseInt(chi.URLParam(r, "pid"), 10, 64)
		if err != nil || pid <= 0 {
			return issuance.Document{}, errs.E(errs.NotFound, "not_found", "no document proposal "+chi.URLParam(r, "pid"))
		}
		return h.svc.DecideDocument(r.Context(), p, chi.URLParam(r, "id"), pid, approve, note)
	}
}

func (h issuanceHandlers) download(w http.ResponseWriter, r *http.Request) error {
	d, content, err := h.svc.Download(r.Context(), chi.URLParam(r, "id"), chi.URLParam(r, "name"))
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, api.DocumentDownload{Document: documentWire(d), Content: base64.StdEncoding.EncodeToString(content)})
	return nil
}

func (h issuanceHandlers) requestKind(kind issuance.RequestKind) HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		var in api.NewRequest
		if err := Decode(r, &in); err != nil {
			return err
		}
		req, err := h.svc.RequestMint(r.Context(), principal(r), chi.URLParam(r, "id"), kind, newRequestOf(in))
		if err != nil {
			return err
		}
		JSON(w, r, http.StatusCreated, requestWire(req))
		return nil
	}
}

func (h issuanceHandlers) bulk(w http.ResponseWriter, r *http.Request) error {
	var in api.BulkMint
	if err := Decode(r, &in); err != nil {
		return err
	}
	res, err := h.svc.RequestBulk(r.Context(), principal(r), chi.URLParam(r, "id"), in.CSV, in.Reason)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, bulkResultWire(res))
	return nil
}

func (h issuanceHandlers) progress(w http.ResponseWriter, r *http.Request) error {
	p, err := h.svc.BatchProgress(r.Context(), chi.URLParam(r, "id"), chi.URLParam(r, "batch"))
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, progressWire(p))
	return nil
}

func (h issuanceHandlers) approveBatch(w http.ResponseWriter, r *http.Request) error {
	var in api.Decision
	if err := Decode(r, &in); err != nil {
		return err
	}
	p, err := h.svc.ApproveBatch(r.Context(), principal(r), chi.URLParam(r, "id"), chi.URLParam(r, "batch"), in.Note)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, progressWire(p))
	return nil
}

func (h issuanceHandlers) requests(w http.ResponseWriter, r *http.Request) error {
	p, err := ReadPage[string](r)
	if err != nil {
		return err
	}
	q := r.URL.Query()
	rs, err := h.svc.Requests(r.Context(), chi.URLParam(r, "id"), issuance.RequestFilter{BatchID: q.Get("batch"), State: q.Get("state")}, p.After, p.Limit+1)
	if err != nil {
		return err
	}
	list := Paginate(p, rs, func(q issuance.Request) string { return q.ID })
	JSON(w, r, http.StatusOK, api.List[api.Request]{Items: mapSlice(list.Items, requestWire), NextCursor: list.NextCursor})
	return nil
}

func (h issuanceHandlers) request(w http.ResponseWriter, r *http.Request) error {
	q, err := h.svc.Request(r.Context(), chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, requestWire(q))
	return nil
}

func (h issuanceHandlers) capTable(w http.ResponseWriter, r *http.Request) error {
	ct, err := h.svc.CapTable(r.Context(), chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, capTableWire(ct))
	return nil
}

func (h issuanceHandlers) distribute(w http.ResponseWriter, r *http.Request) error {
	var in api.NewDistribution
	if err := Decode(r, &in); err != nil {
		return err
	}
	d, err := h.svc.Distribute(r.Context(), principal(r), chi.URLParam(r, "id"), newDistributionOf(in))
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusCreated, distributionWire(d))
	return nil
}

func (h issuanceHandlers) treasury(w http.ResponseWriter, r *http.Request) error {
	token, err := walletParam(r, "token")
	if err != nil {
		return err
	}
	t, err := h.svc.AssetTreasury(r.Context(), chi.URLParam(r, "id"), token)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, treasuryWire(t))
	return nil
}

func (h issuanceHandlers) distributions(w http.ResponseWriter, r *http.Request) error {
	ds, err := h.svc.Distributions(r.Context(), chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, mapSlice(ds, distributionWire))
	return nil
}

func (h issuanceHandlers) distribution(w http.ResponseWriter, r *http.Request) error {
	d, err := h.svc.Distribution(r.Context(), chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, distributionWire(d))
	return nil
}

func (h issuanceHandlers) tree(w http.ResponseWriter, r *http.Request) error {
	t, err := h.svc.Tree(r.Context(), chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, json.RawMessage(t))
	return nil
}

func walletParam(r *http.Request, name string) (common.Address, error) {
	return address.Parse(name, chi.URLParam(r, name))
}

func (h issuanceHandlers) proof(w http.ResponseWriter, r *http.Request) error {
	acct, err := walletParam(r, "account")
	if err != nil {
		return err
	}
	p, err := h.svc.ProofFor(r.Context(), chi.URLParam(r, "id"), acct)
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, proofWire(p))
	return nil
}

func (h issuanceHandlers) holdings(w http.ResponseWriter, r *http.Request) error {
	var hs []issuance.Holding
	var err error
	var locks bool
	switch v := r.URL.Query().Get("locks"); v {
	case "", "false":
	case "true":
		locks = true
	default:
		return errs.E(errs.Invalid, "invalid_query", "locks must be true or false")
	}
	if s := chi.URLParam(r, "wallet"); len(s) == 66 && strings.HasPrefix(s, "0x") {
		// An investor id from the identity registry: all its wallets.
		b, derr := hexutil.Decode(s)
		if derr != nil {
			return errs.E(errs.Invalid, "invalid_investor", "an investor id is 0x and 64 hex digits")
		}
		hs, err = h.svc.InvestorHoldings(r.Context(), common.BytesToHash(b), locks)
	} else {
		wallet, werr := walletParam(r, "wallet")
		if werr != nil {
			return werr
		}
		hs, err = h.svc.Holdings(r.Context(), wallet, locks)
	}
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, mapSlice(hs, holdingWire))
	return nil
}

func (h issuanceHandlers) transfers(w http.ResponseWriter, r *http.Request) error {
	wallet, err := walletParam(r, "wallet")
	if err != nil {
		return err
	}
	p, err := ReadPage[chain.EventPos](r)
	if err != nil {
		return err
	}
	var after *chain.EventPos
	if p.HasAfter {
		after = &p.After
	}
	ts, err := h.svc.Transfers(r.Context(), wallet, after, p.Limit+1)
	if err != nil {
		return err
	}
	list := Paginate(p, ts, func(t chain.Transfer) chain.EventPos { return chain.EventPos{Block: t.Block, LogIndex: t.LogIndex} })
	JSON(w, r, http.StatusOK, api.List[api.Transfer]{Items: mapSlice(list.Items, transferWire), NextCursor: list.NextCursor})
	return nil
}

func (h issuanceHandlers) publish(w http.ResponseWriter, r *http.Request) error {
	d, err := h.svc.Publish(r.Context(), principal(r), chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	JSON(w, r, http.StatusOK, distributionWire(d))
	return nil
}
