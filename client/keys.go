package client

import (
	"context"
	"iter"
	"net/http"
	"net/url"
	"time"

	"github.com/tessera-rwa/tessera/wire"
)

// CreateKeyParams describes a new key (sent as a wire.NewKey).
type CreateKeyParams struct {
	Name string
	// Owner is the person or service the key belongs to (required).
	Owner     string
	Scopes    []string      // issuer, approver, compliance, oracle, auditor, admin
	ExpiresIn time.Duration // 0: never expires
}

// Me returns the key this client signs with.
func (c *Client) Me(ctx context.Context) (wire.Principal, error) {
	var out wire.Principal
	err := c.Do(ctx, http.MethodGet, "/v1/me", nil, &out)
	return out, err
}

// CreateKey creates a key (admin scope).
func (c *Client) CreateKey(ctx context.Context, p CreateKeyParams, opts ...Option) (wire.KeyWithSecret, error) {
	in := wire.NewKey{Name: p.Name, Owner: p.Owner, Scopes: p.Scopes}
	if p.ExpiresIn > 0 {
		in.ExpiresIn = p.ExpiresIn.String()
	}
	var out wire.KeyWithSecret
	err := c.Do(ctx, http.MethodPost, "/v1/keys", in, &out, opts...)
	return out, err
}

// wire.Key returns one key (admin or auditor scope).
func (c *Client) Key(ctx context.Context, id string) (wire.Key, error) {
	var out wire.Key
	err := c.Do(ctx, http.MethodGet, "/v1/keys/"+url.PathEscape(id), nil, &out)
	return out, err
}

// Keys iterates over every key, oldest first (admin or auditor scope).
func (c *Client) Keys(ctx context.Context, pageSize int) iter.Seq2[wire.Key, error] {
	return Paginate[wire.Key](ctx, c, "/v1/keys", nil, pageSize)
}

// RotateKey gives a key a new secret; the previous one keeps working for
// grace (0: it stops at once).
func (c *Client) RotateKey(ctx context.Context, id string, grace time.Duration, opts ...Option) (wire.KeyWithSecret, error) {
	in := wire.RotateKey{Grace: grace.String()}
	var out wire.KeyWithSecret
	err := c.Do(ctx, http.MethodPost, "/v1/keys/"+url.PathEscape(id)+"/rotate", in, &out, opts...)
	return out, err
}

// RevokeKey stops a key at once.
func (c *Client) RevokeKey(ctx context.Context, id string, opts ...Option) (wire.Key, error) {
	var out wire.Key
	err := c.Do(ctx, http.MethodPost, "/v1/keys/"+url.PathEscape(id)+"/revoke", nil, &out, opts...)
	return out, err
}

// Ready returns nil when the server's /readyz answers 200.
func (c *Client) Ready(ctx context.Context) error {
	return c.Do(ctx, http.MethodGet, "/readyz", nil, nil)
}
