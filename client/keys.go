package client

import (
	"context"
	"iter"
	"net/http"
	"net/url"
	"time"

	"github.com/tessera-rwa/tessera/api"
)

// CreateKeyParams describes a new key (sent as a api.NewKey).
type CreateKeyParams struct {
	Name string
	// Owner is the person or service the key belongs to (required).
	Owner     string
	Scopes    []string      // issuer, approver, compliance, oracle, auditor, admin
	ExpiresIn time.Duration // 0: never expires
}

// Me returns the key this client signs with.
func (c *Client) Me(ctx context.Context) (api.Principal, error) {
	var out api.Principal
	err := c.Do(ctx, http.MethodGet, "/v1/me", nil, &out)
	return out, err
}

// CreateKey creates a key (admin scope).
func (c *Client) CreateKey(ctx context.Context, p CreateKeyParams, opts ...Option) (api.KeyWithSecret, error) {
	in := api.NewKey{Name: p.Name, Owner: p.Owner, Scopes: p.Scopes}
	if p.ExpiresIn > 0 {
		in.ExpiresIn = p.ExpiresIn.String()
	}
	var out api.KeyWithSecret
	err := c.Do(ctx, http.MethodPost, "/v1/keys", in, &out, opts...)
	return out, err
}

// api.Key returns one key (admin or auditor scope).
func (c *Client) Key(ctx context.Context, id string) (api.Key, error) {
	var out api.Key
	err := c.Do(ctx, http.MethodGet, "/v1/keys/"+url.PathEscape(id), nil, &out)
	return out, err
}

// Keys iterates over every key, oldest first (admin or auditor scope).
func (c *Client) Keys(ctx context.Context, pageSize int) iter.Seq2[api.Key, error] {
	return Paginate[api.Key](ctx, c, "/v1/keys", nil, pageSize)
}

// RotateKey gives a key a new secret; the previous one keeps working for
// grace (0: it stops at once).
func (c *Client) RotateKey(ctx context.Context, id string, grace time.Duration, opts ...Option) (api.KeyWithSecret, error) {
	in := api.RotateKey{Grace: grace.String()}
	var out api.KeyWithSecret
	err := c.Do(ctx, http.MethodPost, "/v1/keys/"+url.PathEscape(id)+"/rotate", in, &out, opts...)
	return out, err
}

// RevokeKey stops a key at once.
func (c *Client) RevokeKey(ctx context.Context, id string, opts ...Option) (api.Key, error) {
	var out api.Key
	err := c.Do(ctx, http.MethodPost, "/v1/keys/"+url.PathEscape(id)+"/revoke", nil, &out, opts...)
	return out, err
}

// Ready returns nil when the server's /readyz answers 200.
func (c *Client) Ready(ctx context.Context) error {
	return c.Do(ctx, http.MethodGet, "/readyz", nil, nil)
}
