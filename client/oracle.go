package client

import (
	"context"
	"iter"
	"math/big"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/tessera-rwa/tessera/api"
)

// RequestOverride asks for value (scaled by the feed's decimals), observed
// at observedAt, to be written to asset's feed past its NAV guards; an
// independent key approves it (oracle or admin scope).
func (c *Client) RequestOverride(ctx context.Context, asset string, value *big.Int, observedAt time.Time, reason string, opts ...Option) (api.Override, error) {
	in := api.NewOverride{Value: value.String(), ObservedAt: uint64(observedAt.Unix()), Reason: reason}
	var out api.Override
	err := c.Do(ctx, http.MethodPost, "/v1/oracle/assets/"+url.PathEscape(asset)+"/overrides", in, &out, opts...)
	return out, err
}

// Override returns one feed override.
func (c *Client) Override(ctx context.Context, id int64) (api.Override, error) {
	var out api.Override
	err := c.Do(ctx, http.MethodGet, "/v1/oracle/overrides/"+strconv.FormatInt(id, 10), nil, &out)
	return out, err
}

// Overrides iterates over asset's feed overrides, newest first.
func (c *Client) Overrides(ctx context.Context, asset string, pageSize int) iter.Seq2[api.Override, error] {
	return Paginate[api.Override](ctx, c, "/v1/oracle/assets/"+url.PathEscape(asset)+"/overrides", nil, pageSize)
}

// ApproveOverride approves another key's override (approver or admin
// scope); the relay then writes it.
func (c *Client) ApproveOverride(ctx context.Context, id int64, note string, opts ...Option) (api.Override, error) {
	var out api.Override
	err := c.Do(ctx, http.MethodPost, "/v1/oracle/overrides/"+strconv.FormatInt(id, 10)+"/approve", api.Decision{Note: note}, &out, opts...)
	return out, err
}

// RejectOverride rejects an override; note says why and is required.
func (c *Client) RejectOverride(ctx context.Context, id int64, note string, opts ...Option) (api.Override, error) {
	var out api.Override
	err := c.Do(ctx, http.MethodPost, "/v1/oracle/overrides/"+strconv.FormatInt(id, 10)+"/reject", api.Decision{Note: note}, &out, opts...)
	return out, err
}

// OracleAlerts iterates over the values the relay refused to sign for
// asset because its feed's NAV guards would refuse them, newest first.
func (c *Client) OracleAlerts(ctx context.Context, asset string, pageSize int) iter.Seq2[api.OracleAlert, error] {
	return Paginate[api.OracleAlert](ctx, c, "/v1/oracle/assets/"+url.PathEscape(asset)+"/alerts", nil, pageSize)
}
