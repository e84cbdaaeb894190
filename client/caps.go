package client

import (
	"context"
	"net/http"
	"net/url"

	"github.com/tessera-rwa/tessera/api"
)

func capsPath(asset string) string { return "/v1/compliance/assets/" + url.PathEscape(asset) + "/caps" }

// Caps returns an asset's investor caps and transfer windows on chain.
func (c *Client) Caps(ctx context.Context, asset string) (api.Caps, error) {
	var out api.Caps
	err := c.Do(ctx, http.MethodGet, capsPath(asset), nil, &out)
	return out, err
}

// SetCaps changes an asset's investor caps and transfer windows.
func (c *Client) SetCaps(ctx context.Context, asset string, p api.SetCaps, opts ...Option) (api.CapsResult, error) {
	var out api.CapsResult
	err := c.Do(ctx, http.MethodPut, capsPath(asset), p, &out, opts...)
	return out, err
}

// TransferAllowance returns what wallet's investor may still transfer in
// each of the asset's transfer windows.
func (c *Client) TransferAllowance(ctx context.Context, asset, wallet string) (api.TransferAllowance, error) {
	var out api.TransferAllowance
	err := c.Do(ctx, http.MethodGet, "/v1/compliance/assets/"+url.PathEscape(asset)+"/wallets/"+url.PathEscape(wallet)+"/transfer-allowance", nil, &out)
	return out, err
}
