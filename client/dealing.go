package client

import (
	"context"
	"iter"
	"net/http"
	"net/url"
	"strconv"

	"github.com/tessera-rwa/tessera/api"
)

func dealingAssetPath(asset string) string { return "/v1/dealing/assets/" + url.PathEscape(asset) }

func dealingBookPath(id int64) string { return "/v1/dealing/books/" + strconv.FormatInt(id, 10) }

// DealingCalendar returns an asset's dealing calendar.
func (c *Client) DealingCalendar(ctx context.Context, asset string) (api.DealingCalendar, error) {
	var out api.DealingCalendar
	err := c.Do(ctx, http.MethodGet, dealingAssetPath(asset)+"/calendar", nil, &out)
	return out, err
}

// SetDealingCalendar sets an asset's dealing calendar (issuer scope).
func (c *Client) SetDealingCalendar(ctx context.Context, asset string, cal api.SetDealingCalendar, opts ...Option) (api.DealingCalendar, error) {
	var out api.DealingCalendar
	err := c.Do(ctx, http.MethodPut, dealingAssetPath(asset)+"/calendar", cal, &out, opts...)
	return out, err
}

// DealingDays lists an asset's next n dealing days.
func (c *Client) DealingDays(ctx context.Context, asset string, n int) (api.DealingDays, error) {
	var out api.DealingDays
	err := c.Do(ctx, http.MethodGet, dealingAssetPath(asset)+"/days?n="+strconv.Itoa(n), nil, &out)
	return out, err
}

// DealingBooks iterates over an asset's books, newest cut-off first.
func (c *Client) DealingBooks(ctx context.Context, asset string, pageSize int) iter.Seq2[api.DealingBook, error] {
	return Paginate[api.DealingBook](ctx, c, dealingAssetPath(asset)+"/books", nil, pageSize)
}

// DealingBook returns a book with its lines and batches.
func (c *Client) DealingBook(ctx context.Context, id int64) (api.DealingBook, error) {
	var out api.DealingBook
	err := c.Do(ctx, http.MethodGet, dealingBookPath(id), nil, &out)
	return out, err
}

// ApproveDealingBook approves a priced book (approver scope, independent
// of the book's requester).
func (c *Client) ApproveDealingBook(ctx context.Context, id int64, note string, opts ...Option) (api.DealingBook, error) {
	var out api.DealingBook
	err := c.Do(ctx, http.MethodPost, dealingBookPath(id)+"/approve", api.Decision{Note: note}, &out, opts...)
	return out, err
}

// RejectDealingBook rejects a priced book; note is required.
func (c *Client) RejectDealingBook(ctx context.Context, id int64, note string, opts ...Option) (api.DealingBook, error) {
	var out api.DealingBook
	err := c.Do(ctx, http.MethodPost, dealingBookPath(id)+"/reject", api.Decision{Note: note}, &out, opts...)
	return out, err
}

// RetryDealingBatch sends a failed fulfilment batch of a book again.
func (c *Client) RetryDealingBatch(ctx context.Context, id int64, index int, opts ...Option) (api.DealingBook, error) {
	var out api.DealingBook
	err := c.Do(ctx, http.MethodPost, dealingBookPath(id)+"/batches/"+strconv.Itoa(index)+"/retry", nil, &out, opts...)
	return out, err
}

// DealingRequests iterates over the requests indexed from an asset's
// Dealing contract, by id; state and controller ("" for any) narrow it.
func (c *Client) DealingRequests(ctx context.Context, asset, state, controller string, pageSize int) iter.Seq2[api.DealingRequest, error] {
	q := url.Values{}
	if state != "" {
		q.Set("state", state)
	}
	if controller != "" {
		q.Set("controller", controller)
	}
	return Paginate[api.DealingRequest](ctx, c, dealingAssetPath(asset)+"/requests", q, pageSize)
}

// PrepareDealingCalls returns the calls req.Wallet signs and sends itself
// to take req.Action on an asset's dealing, or the refusal the contract
// would make, with its code. It changes nothing.
func (c *Client) PrepareDealingCalls(ctx context.Context, asset string, req api.PrepareDealingCalls, opts ...Option) (api.DealingCalls, error) {
	var out api.DealingCalls
	err := c.Do(ctx, http.MethodPost, dealingAssetPath(asset)+"/calls", req, &out, opts...)
	return out, err
}

func wireConfirmationPath(id int64) string {
	return "/v1/dealing/wire-confirmations/" + strconv.FormatInt(id, 10)
}

// ConfirmWirePayment records, with the bank's reference, that asset's wire
// subscription requestID has been paid (issuer scope); it takes effect
// once an independent approver approves it (ApproveWireConfirmation).
func (c *Client) ConfirmWirePayment(ctx context.Context, asset, requestID, reference string, opts ...Option) (api.WireConfirmation, error) {
	var out api.WireConfirmation
	err := c.Do(ctx, http.MethodPost, dealingAssetPath(asset)+"/requests/"+url.PathEscape(requestID)+"/payment",
		api.ConfirmWire{Reference: reference}, &out, opts...)
	return out, err
}

// ConfirmWirePayout records, with the bank's reference, that asset's
// priced wire redemption requestID has been paid out (issuer scope),
// four-eyes like ConfirmWirePayment.
func (c *Client) ConfirmWirePayout(ctx context.Context, asset, requestID, reference string, opts ...Option) (api.WireConfirmation, error) {
	var out api.WireConfirmation
	err := c.Do(ctx, http.MethodPost, dealingAssetPath(asset)+"/requests/"+url.PathEscape(requestID)+"/payout",
		api.ConfirmWire{Reference: reference}, &out, opts...)
	return out, err
}

// WireConfirmations iterates over an asset's wire confirmations, newest
// first.
func (c *Client) WireConfirmations(ctx context.Context, asset string, pageSize int) iter.Seq2[api.WireConfirmation, error] {
	return Paginate[api.WireConfirmation](ctx, c, dealingAssetPath(asset)+"/wire-confirmations", nil, pageSize)
}

// ApproveWireConfirmation approves another key's wire confirmation
// (approver scope): the platform signer confirms it on chain.
func (c *Client) ApproveWireConfirmation(ctx context.Context, id int64, note string, opts ...Option) (api.WireConfirmation, error) {
	var out api.WireConfirmation
	err := c.Do(ctx, http.MethodPost, wireConfirmationPath(id)+"/approve", api.Decision{Note: note}, &out, opts...)
	return out, err
}

// RejectWireConfirmation rejects a wire confirmation; note is required.
func (c *Client) RejectWireConfirmation(ctx context.Context, id int64, note string, opts ...Option) (api.WireConfirmation, error) {
	var out api.WireConfirmation
	err := c.Do(ctx, http.MethodPost, wireConfirmationPath(id)+"/reject", api.Decision{Note: note}, &out, opts...)
	return out, err
}
