package api

import "time"

// Principal is who a request resolves to (GET /v1/me): the key, the
// person or service that owns it, every owner who has held its secret
// (custodians; four-eyes needs two principals whose custodians do not
// meet), its scopes and expiry.
type Principal struct {
	KeyID      string     `json:"key_id,omitempty"`
	Name       string     `json:"name,omitempty"`
	Owner      string     `json:"owner"`
	Custodians []string   `json:"custodians"`
	Scopes     []string   `json:"scopes"`
	ExpiresAt  *time.Time `json:"expires_at,omitempty"`
	RotatedAt  *time.Time `json:"rotated_at,omitempty"` // when the key last got a new secret
}

// Key is an API key; its secret is never part of it.
type Key struct {
	ID         string     `json:"id"`
	Name       string     `json:"name"`
	Owner      string     `json:"owner"`
	Custodians []string   `json:"custodians"`
	Scopes     []string   `json:"scopes"` // issuer, approver, compliance, oracle, auditor, admin
	CreatedAt  time.Time  `json:"created_at"`
	ExpiresAt  *time.Time `json:"expires_at,omitempty"`
	RotatedAt  *time.Time `json:"rotated_at,omitempty"`
	RevokedAt  *time.Time `json:"revoked_at,omitempty"`
}

// KeyWithSecret is a key and the secret it was just given: the only
// response that ever carries it.
type KeyWithSecret struct {
	Key    Key    `json:"key"`
	Secret string `json:"secret"`
}

// NewKey creates an API key (POST /v1/keys).
type NewKey struct {
	Name      string   `json:"name"`
	Owner     string   `json:"owner"` // the person or service the key belongs to
	Scopes    []string `json:"scopes"`
	ExpiresIn string   `json:"expires_in,omitempty"` // a Go duration such as "720h"; absent: never expires
}

// RotateKey gives a key a new secret; Grace is how long the previous one
// keeps working, a Go duration such as "24h" (the default) or "0s".
type RotateKey struct {
	Grace string `json:"grace,omitempty"`
}
