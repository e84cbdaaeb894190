package client

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"iter"
	"net/http"
	"net/url"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tessera-rwa/tessera/api"
)

// CreateAsset creates an asset in draft (issuer scope).
func (c *Client) CreateAsset(ctx context.Context, in api.NewAsset, opts ...Option) (api.Asset, error) {
	var out api.Asset
	err := c.Do(ctx, http.MethodPost, "/v1/assets", in, &out, opts...)
	return out, err
}

// Asset returns one asset.
func (c *Client) Asset(ctx context.Context, id string) (api.Asset, error) {
	var out api.Asset
	err := c.Do(ctx, http.MethodGet, "/v1/assets/"+url.PathEscape(id), nil, &out)
	return out, err
}

// Assets iterates over every asset.
func (c *Client) Assets(ctx context.Context) iter.Seq2[api.Asset, error] {
	return Paginate[api.Asset](ctx, c, "/v1/assets", nil, 0)
}

// AssetEvents returns an asset's lifecycle history.
func (c *Client) AssetEvents(ctx context.Context, id string) ([]api.AssetEvent, error) {
	var out []api.AssetEvent
	err := c.Do(ctx, http.MethodGet, "/v1/assets/"+url.PathEscape(id)+"/events", nil, &out)
	return out, err
}

// TransitionAsset moves an asset to state to: submitted (issuer), verified
// (approver, not the creator), active, redeemed, retired.
func (c *Client) TransitionAsset(ctx context.Context, id, to, note string, opts ...Option) (api.Asset, error) {
	var out api.Asset
	in := api.Transition{To: to, Note: note}
	err := c.Do(ctx, http.MethodPost, "/v1/assets/"+url.PathEscape(id)+"/transitions", in, &out, opts...)
	return out, err
}

// Tokenize deploys a verified asset's contracts, or registers an existing
// token when req.Token is set.
func (c *Client) Tokenize(ctx context.Context, id string, req api.Tokenize, opts ...Option) (api.Asset, error) {
	var out api.Asset
	err := c.Do(ctx, http.MethodPost, "/v1/assets/"+url.PathEscape(id)+"/tokenize", req, &out, opts...)
	return out, err
}

// UploadDocument uploads a document of an asset.
func (c *Client) UploadDocument(ctx context.Context, assetID, name, kind, contentType string, content []byte, opts ...Option) (api.Document, error) {
	var out api.Document
	in := api.DocumentUpload{Name: name, Kind: kind, ContentType: contentType, Content: base64.StdEncoding.EncodeToString(content)}
	err := c.Do(ctx, http.MethodPost, "/v1/assets/"+url.PathEscape(assetID)+"/documents", in, &out, opts...)
	return out, err
}

// DocumentProposals lists the documents proposed after an asset's
// verification, newest first.
func (c *Client) DocumentProposals(ctx context.Context, assetID string) ([]api.DocumentProposal, error) {
	var out []api.DocumentProposal
	err := c.Do(ctx, http.MethodGet, "/v1/assets/"+url.PathEscape(assetID)+"/document-proposals", nil, &out)
	return out, err
}

// DecideDocument approves (or rejects) a proposed document.
func (c *Client) DecideDocument(ctx context.Context, assetID string, proposal int64, approve bool, note string, opts ...Option) (api.Document, error) {
	var out api.Document
	verb := "reject"
	if approve {
		verb = "approve"
	}
	err := c.Do(ctx, http.MethodPost, fmt.Sprintf("/v1/assets/%s/document-proposals/%d/%s", url.PathEscape(assetID), proposal, verb),
		api.Decision{Note: note}, &out, opts...)
	return out, err
}

// Documents lists an asset's documents.
func (c *Client) Documents(ctx context.Context, assetID string) ([]api.Document, error) {
	var out []api.Document
	err := c.Do(ctx, http.MethodGet, "/v1/assets/"+url.PathEscape(assetID)+"/documents", nil, &out)
	return out, err
}

// DownloadDocument returns a document's record (with the hash anchored on
// chain) and its bytes.
func (c *Client) DownloadDocument(ctx context.Context, assetID, name string) (api.Document, []byte, error) {
	var out api.DocumentDownload
	if err := c.Do(ctx, http.MethodGet, "/v1/assets/"+url.PathEscape(assetID)+"/documents/"+url.PathEscape(name), nil, &out); err != nil {
		return api.Document{}, nil, err
	}
	b, err := base64.StdEncoding.DecodeString(out.Content)
	return out.Document, b, err
}

// RequestMint asks for a mint (issuer scope); an approver decides it.
func (c *Client) RequestMint(ctx context.Context, assetID string, in api.NewRequest, opts ...Option) (api.Request, error) {
	var out api.Request
	err := c.Do(ctx, http.MethodPost, "/v1/assets/"+url.PathEscape(assetID)+"/mints", in, &out, opts...)
	return out, err
}

// RequestBurn asks for a burn (issuer scope).
func (c *Client) RequestBurn(ctx context.Context, assetID string, in api.NewRequest, opts ...Option) (api.Request, error) {
	var out api.Request
	err := c.Do(ctx, http.MethodPost, "/v1/assets/"+url.PathEscape(assetID)+"/burns", in, &out, opts...)
	return out, err
}

// RequestBulk asks for mints from CSV rows wallet,amount: all or none.
func (c *Client) RequestBulk(ctx context.Context, assetID, csv, reason string, opts ...Option) (api.BulkResult, error) {
	var out api.BulkResult
	err := c.Do(ctx, http.MethodPost, "/v1/assets/"+url.PathEscape(assetID)+"/mints/bulk", api.BulkMint{CSV: csv, Reason: reason}, &out, opts...)
	return out, err
}

// BatchProgress reports a bulk request's progress.
func (c *Client) BatchProgress(ctx context.Context, assetID, batchID string) (api.BatchProgress, error) {
	var out api.BatchProgress
	err := c.Do(ctx, http.MethodGet, "/v1/assets/"+url.PathEscape(assetID)+"/batches/"+url.PathEscape(batchID), nil, &out)
	return out, err
}

// ApproveBatch approves every pending request of a bulk request.
func (c *Client) ApproveBatch(ctx context.Context, assetID, batchID, note string, opts ...Option) (api.BatchProgress, error) {
	var out api.BatchProgress
	err := c.Do(ctx, http.MethodPost, "/v1/assets/"+url.PathEscape(assetID)+"/batches/"+url.PathEscape(batchID)+"/approve",
		api.Decision{Note: note}, &out, opts...)
	return out, err
}

// MintRequest returns one request with its chain state.
func (c *Client) MintRequest(ctx context.Context, id string) (api.Request, error) {
	var out api.Request
	err := c.Do(ctx, http.MethodGet, "/v1/requests/"+url.PathEscape(id), nil, &out)
	return out, err
}

// Requests iterates over an asset's requests, those in state only when
// state is set (pending: the approval queue).
func (c *Client) Requests(ctx context.Context, assetID, state string) iter.Seq2[api.Request, error] {
	var q url.Values
	if state != "" {
		q = url.Values{"state": {state}}
	}
	return Paginate[api.Request](ctx, c, "/v1/assets/"+url.PathEscape(assetID)+"/requests", q, 0)
}

// ApproveRequest approves a request (approver scope, not the requester).
func (c *Client) ApproveRequest(ctx context.Context, id, note string, opts ...Option) (api.Request, error) {
	var out api.Request
	err := c.Do(ctx, http.MethodPost, "/v1/requests/"+url.PathEscape(id)+"/approve", api.Decision{Note: note}, &out, opts...)
	return out, err
}

// RejectRequest rejects a request.
func (c *Client) RejectRequest(ctx context.Context, id, note string, opts ...Option) (api.Request, error) {
	var out api.Request
	err := c.Do(ctx, http.MethodPost, "/v1/requests/"+url.PathEscape(id)+"/reject", api.Decision{Note: note}, &out, opts...)
	return out, err
}

// CapTable returns an asset's cap table.
func (c *Client) CapTable(ctx context.Context, assetID string) (api.CapTable, error) {
	var out api.CapTable
	err := c.Do(ctx, http.MethodGet, "/v1/assets/"+url.PathEscape(assetID)+"/cap-table", nil, &out)
	return out, err
}

// Distribute declares a distribution; it stays pending until another,
// independent key approves it (ApproveDistribution).
func (c *Client) Distribute(ctx context.Context, assetID string, in api.NewDistribution, opts ...Option) (api.Distribution, error) {
	var out api.Distribution
	err := c.Do(ctx, http.MethodPost, "/v1/assets/"+url.PathEscape(assetID)+"/distributions", in, &out, opts...)
	return out, err
}

// ApproveDistribution approves a declared distribution, which publishes
// it; the asset's treasury pays it.
func (c *Client) ApproveDistribution(ctx context.Context, id, note string, opts ...Option) (api.Distribution, error) {
	var out api.Distribution
	err := c.Do(ctx, http.MethodPost, "/v1/distributions/"+url.PathEscape(id)+"/approve", api.Decision{Note: note}, &out, opts...)
	return out, err
}

// RejectDistribution rejects a declared distribution.
func (c *Client) RejectDistribution(ctx context.Context, id, note string, opts ...Option) (api.Distribution, error) {
	var out api.Distribution
	err := c.Do(ctx, http.MethodPost, "/v1/distributions/"+url.PathEscape(id)+"/reject", api.Decision{Note: note}, &out, opts...)
	return out, err
}

// PublishDistribution finishes publishing an approved distribution whose
// publication was interrupted.
func (c *Client) PublishDistribution(ctx context.Context, id string, opts ...Option) (api.Distribution, error) {
	var out api.Distribution
	err := c.Do(ctx, http.MethodPost, "/v1/distributions/"+url.PathEscape(id)+"/publish", nil, &out, opts...)
	return out, err
}

// Treasury returns an asset's treasury on the Distributor in paymentToken.
func (c *Client) Treasury(ctx context.Context, assetID string, paymentToken common.Address) (api.TreasuryBalance, error) {
	var out api.TreasuryBalance
	err := c.Do(ctx, http.MethodGet, "/v1/assets/"+url.PathEscape(assetID)+"/treasury/"+paymentToken.Hex(), nil, &out)
	return out, err
}

// Distribution returns one distribution.
func (c *Client) Distribution(ctx context.Context, id string) (api.Distribution, error) {
	var out api.Distribution
	err := c.Do(ctx, http.MethodGet, "/v1/distributions/"+url.PathEscape(id), nil, &out)
	return out, err
}

// DistributionTree returns a distribution's standard-v1 Merkle tree dump.
func (c *Client) DistributionTree(ctx context.Context, id string) (json.RawMessage, error) {
	var out json.RawMessage
	err := c.Do(ctx, http.MethodGet, "/v1/distributions/"+url.PathEscape(id)+"/tree", nil, &out)
	return out, err
}

// DistributionProof returns account's amount and proof.
func (c *Client) DistributionProof(ctx context.Context, id string, account common.Address) (api.Proof, error) {
	var out api.Proof
	err := c.Do(ctx, http.MethodGet, "/v1/distributions/"+url.PathEscape(id)+"/proofs/"+account.Hex(), nil, &out)
	return out, err
}

// Holdings returns every asset wallet holds.
func (c *Client) Holdings(ctx context.Context, wallet common.Address) ([]api.Holding, error) {
	var out []api.Holding
	err := c.Do(ctx, http.MethodGet, "/v1/investors/"+wallet.Hex()+"/holdings", nil, &out)
	return out, err
}

// HoldingsWithLocks is Holdings with each holding's locks and its
// investor's liquidate-only state, which the server reads from the chain.
func (c *Client) HoldingsWithLocks(ctx context.Context, wallet common.Address) ([]api.Holding, error) {
	var out []api.Holding
	err := c.Do(ctx, http.MethodGet, "/v1/investors/"+wallet.Hex()+"/holdings?locks=true", nil, &out)
	return out, err
}

// InvestorHoldings returns every asset an investor (all its wallets in
// the identity registry) holds.
func (c *Client) InvestorHoldings(ctx context.Context, investorID common.Hash) ([]api.Holding, error) {
	var out []api.Holding
	err := c.Do(ctx, http.MethodGet, "/v1/investors/"+investorID.Hex()+"/holdings", nil, &out)
	return out, err
}

// Transfers iterates over wallet's transfers, newest first.
func (c *Client) Transfers(ctx context.Context, wallet common.Address, pageSize int) iter.Seq2[api.Transfer, error] {
	return Paginate[api.Transfer](ctx, c, "/v1/investors/"+wallet.Hex()+"/transfers", nil, pageSize)
}
