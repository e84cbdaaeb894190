package client

import (
	"context"
	"iter"
	"net/http"
	"net/url"
	"time"
)

// Caller is the principal a request resolves to: the key, the person or
// service that owns it, every owner who has held its secret (custodians;
// four-eyes needs two principals whose custodians do not meet), scopes
// and expiry.
type Caller struct {
	KeyID      string     `json:"key_id"`
	Name       string     `json:"name"`
	Owner      string     `json:"owner"`
	Custodians []string   `json:"custodians"`
	Scopes     []string   `json:"scopes"`
	ExpiresAt  *time.Time `json:"expires_at,omitempty"`
}

// Key is an API key; its secret is never part of it.
type Key struct {
	ID         string     `json:"id"`
	Name       string     `json:"name"`
	Owner      string     `json:"owner"`
	Custodians []string   `json:"custodians"`
	Scopes     []string   `json:"scopes"`
	CreatedAt  time.Time  `json:"created_at"`
	ExpiresAt  *time.Time `json:"expires_at,omitempty"`
	RotatedAt  *time.Time `json:"rotated_at,omitempty"`
	RevokedAt  *time.Time `json:"revoked_at,omitempty"`
}

// KeyWithSecret is a key and the secret it was just given.
type KeyWithSecret struct {
	Key    Key    `json:"key"`
	Secret string `json:"secret"`
}

// CreateKeyParams describes a new key.
type CreateKeyParams struct {
	Name string
	// Owner is the person or service the key belongs to (required).
	Owner     string
	Scopes    []string      // issuer, approver, compliance, oracle, auditor, admin
	ExpiresIn time.Duration // 0: never expires
}

// Me returns the key this client signs with.
func (c *Client) Me(ctx context.Context) (Caller, error) {
	var out Caller
	err := c.Do(ctx, http.MethodGet, "/v1/me", nil, &out)
	return out, err
}

// CreateKey creates a key (admin scope).
func (c *Client) CreateKey(ctx context.Context, p CreateKeyParams, opts ...Option) (KeyWithSecret, error) {
	in := struct {
		Name      string   `json:"name"`
		Owner     string   `json:"owner"`
		Scopes    []string `json:"scopes"`
		ExpiresIn string   `json:"expires_in,omitempty"`
	}{Name: p.Name, Owner: p.Owner, Scopes: p.Scopes}
	if p.ExpiresIn > 0 {
		in.ExpiresIn = p.ExpiresIn.String()
	}
	var out KeyWithSecret
	err := c.Do(ctx, http.MethodPost, "/v1/keys", in, &out, opts...)
	return out, err
}

// Key returns one key (admin or auditor scope).
func (c *Client) Key(ctx context.Context, id string) (Key, error) {
	var out Key
	err := c.Do(ctx, http.MethodGet, "/v1/keys/"+url.PathEscape(id), nil, &out)
	return out, err
}

// Keys iterates over every key, oldest first (admin or auditor scope).
func (c *Client) Keys(ctx context.Context, pageSize int) iter.Seq2[Key, error] {
	return Paginate[Key](ctx, c, "/v1/keys", nil, pageSize)
}

// RotateKey gives a key a new secret; the previous one keeps working for
// grace (0: it stops at once).
func (c *Client) RotateKey(ctx context.Context, id string, grace time.Duration, opts ...Option) (KeyWithSecret, error) {
	in := struct {
		Grace string `json:"grace"`
	}{Grace: grace.String()}
	var out KeyWithSecret
	err := c.Do(ctx, http.MethodPost, "/v1/keys/"+url.PathEscape(id)+"/rotate", in, &out, opts...)
	return out, err
}

// RevokeKey stops a key at once.
func (c *Client) RevokeKey(ctx context.Context, id string, opts ...Option) (Key, error) {
	var out Key
	err := c.Do(ctx, http.MethodPost, "/v1/keys/"+url.PathEscape(id)+"/revoke", nil, &out, opts...)
	return out, err
}

// Ready returns nil when the server's /readyz answers 200.
func (c *Client) Ready(ctx context.Context) error {
	return c.Do(ctx, http.MethodGet, "/readyz", nil, nil)
}
